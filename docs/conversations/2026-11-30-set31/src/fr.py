"""French FAQ and plan for test set 31: Navettes Azur Plein Ciel, airport shuttle and taxi, Nice (made up).
Run from src/: PYTHONPATH=<check folder> python3 fr.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("tarif", "Combien coûte une course vers l'aéroport Nice Côte d'Azur ?",
      "Nos prix sont fixes, pour 1 à 4 passagers : 35 € depuis le centre de Nice, 60 € depuis Antibes, 85 € "
      "depuis Cannes et 90 € depuis Menton. Le même prix s'applique dans l'autre sens, de l'aéroport à votre "
      "adresse. Le prix est confirmé à la réservation, sans compteur.",
      "tarifs", ["prix", "tarif", "aéroport", "course", "forfait"],
      ["c'est combien pour aller à l'aéroport", "prix d'un taxi depuis cannes"])
entry("reservation", "Combien de temps à l'avance faut-il réserver ?",
      "Réservez au moins 12 heures avant, en ligne ou par téléphone au 04 93 62 18 47. En juillet-août et "
      "pendant les grands événements, comptez plutôt 48 heures. Pour une course immédiate, appelez-nous : nous "
      "trouvons souvent une voiture en moins d'1 heure.",
      "réservation", ["réserver", "réservation", "à l'avance", "dernière minute"],
      ["je peux réserver pour demain matin", "il faut réserver combien de jours avant"])
entry("majoration", "Y a-t-il un supplément la nuit et le dimanche ?",
      "Oui, 20 % de plus sur le prix de la course entre 20 h et 7 h, le dimanche et les jours fériés. Le "
      "supplément est inclus dans le prix confirmé à la réservation.",
      "tarifs", ["supplément", "nuit", "dimanche", "jour férié", "majoration"],
      ["c'est plus cher le soir", "tarif de nuit"])
entry("bagages", "Combien de bagages puis-je emporter ?",
      "Chaque passager a droit à 1 valise et 1 bagage à main inclus. Chaque bagage en plus, housse de ski ou "
      "sac de golf coûte 5 €, un vélo en housse 15 € (à signaler à la réservation). Pour beaucoup de bagages, "
      "nous envoyons un van.",
      "trajet", ["bagages", "valise", "housse de ski", "vélo", "golf"],
      ["on a beaucoup de valises", "je peux prendre mes skis"])
entry("enfants", "Avez-vous des sièges pour enfants ?",
      "Oui, sièges bébé, sièges auto et rehausseurs sont gratuits, de la naissance à 10 ans. Indiquez l'âge et "
      "le nombre d'enfants à la réservation, au plus tard 24 heures avant, pour que le chauffeur les installe.",
      "trajet", ["siège enfant", "siège bébé", "rehausseur", "enfant", "bébé"],
      ["on voyage avec un bébé", "vous avez un rehausseur"])
entry("retard", "Que se passe-t-il si mon vol a du retard ?",
      "Donnez-nous votre numéro de vol à la réservation : nous suivons l'heure d'atterrissage réelle. Le "
      "chauffeur attend gratuitement 45 minutes après l'atterrissage ; au-delà, l'attente coûte 30 € par heure "
      "commencée. Si votre vol est annulé, la course est annulée sans frais.",
      "trajet", ["retard", "vol", "attente", "numéro de vol", "atterrissage"],
      ["mon avion arrive en retard", "le chauffeur attend combien de temps"])
entry("monaco", "Faites-vous des trajets vers Monaco et l'Italie ?",
      "Oui : Monaco 95 €, Menton 90 €, Sanremo 150 €, Gênes 390 € depuis Nice ou l'aéroport (1 à 4 passagers). "
      "Pour l'Italie, chaque passager doit avoir une pièce d'identité valable. Une mise à disposition à "
      "l'heure est possible sur devis, à partir de 4 heures.",
      "trajet", ["monaco", "italie", "sanremo", "vintimille", "gênes"],
      ["vous allez jusqu'à monaco", "un taxi pour san remo"])
entry("groupes", "Avez-vous des vans pour les groupes ?",
      "Oui, nos vans prennent jusqu'à 8 passagers avec leurs bagages : 55 € du centre de Nice à l'aéroport. Au-"
      "delà de 8 personnes, nous proposons un minibus de 16 places sur devis, à demander au moins 7 jours "
      "avant.",
      "trajet", ["van", "groupe", "minibus", "places", "passagers"],
      ["on est 7 personnes", "un minibus pour un mariage"])
entry("paiement", "Comment peut-on payer ?",
      "Dans la voiture, par carte bancaire (CB, Visa, Mastercard, American Express, sans contact) ou en espèces "
      "jusqu'à 150 €. Les réservations en ligne peuvent être payées à l'avance. Nous n'acceptons pas les "
      "chèques.",
      "paiement", ["payer", "paiement", "carte bancaire", "espèces", "chèque"],
      ["je peux payer par carte", "vous prenez le liquide"])
entry("facture", "Pouvez-vous faire des factures pour les entreprises ?",
      "Oui, chaque course donne droit à une facture avec TVA (10 %), envoyée par e-mail. Les entreprises qui "
      "font au moins 5 courses par mois peuvent ouvrir un compte pro : une facture unique à la fin du mois, "
      "payable à 30 jours.",
      "paiement", ["facture", "entreprise", "tva", "compte pro", "note de frais"],
      ["il me faut une facture pour ma boîte", "note de frais pour le travail"])
entry("annulation", "Comment annuler une course ?",
      "Par téléphone au 04 93 62 18 47 ou avec le lien de votre e-mail de confirmation. L'annulation est "
      "gratuite jusqu'à 24 heures avant ; moins de 24 heures avant, nous facturons 50 % du prix, et 100 % si "
      "personne ne se présente.",
      "réservation", ["annuler", "annulation", "décommander", "rembourser"],
      ["je veux annuler mon taxi", "je n'ai plus besoin de la voiture"])
entry("accueil", "Où le chauffeur m'attend-il à l'aéroport ?",
      "Dans le hall des arrivées du Terminal 1 ou 2, avec une pancarte à votre nom, à la sortie des bagages. "
      "Le nom et le numéro du chauffeur vous arrivent par SMS 1 heure avant. Pour un départ, il vient à "
      "l'adresse indiquée 5 minutes avant l'heure prévue.",
      "trajet", ["chauffeur", "rendez-vous", "pancarte", "terminal", "arrivées"],
      ["comment je trouve le chauffeur", "il m'attend où"])
entry("animaux", "Acceptez-vous les animaux ?",
      "Les petits animaux voyagent gratuitement dans un sac ou une caisse de transport. Les chiens plus grands "
      "sont acceptés sur demande à la réservation, avec une couverture, pour 10 € de plus. Les chiens "
      "d'assistance voyagent toujours gratuitement.",
      "trajet", ["animaux", "chien", "chat", "caisse de transport"],
      ["je peux venir avec mon chien", "mon chat dans sa cage"])
entry("objets", "J'ai oublié un objet dans le véhicule, que faire ?",
      "Appelez-nous au 04 93 62 18 47 dans les 48 heures en donnant la date et l'heure de la course. Les "
      "objets retrouvés sont gardés 30 jours à notre bureau ; nous pouvons vous les rapporter à Nice pour 15 €.",
      "contact", ["objet oublié", "perdu", "oublié", "objets trouvés"],
      ["j'ai perdu mon téléphone dans le taxi", "j'ai laissé mon sac dans la voiture"])
entry("contact", "Quand peut-on vous joindre ?",
      "Nos voitures roulent 24 h sur 24, 7 jours sur 7. Le standard répond tous les jours de 6 h à 23 h au 04 93 "
      "62 18 47 ; la nuit, la réservation en ligne et le numéro d'urgence de votre confirmation restent "
      "disponibles.",
      "contact", ["téléphone", "horaires", "joindre", "standard", "contact"],
      ["vous répondez jusqu'à quelle heure", "numéro pour vous appeler"])

write_faq("fr", FAQ)

HALF = "only one half with no pointer to the other"

convs = [
    # 1
    [
        ("bonsoir, on atterrit samedi vers 23h avec les 2 pitchouns, vous avez des sieges pour eux? et c'est "
         "combien jusqu'a la promenade des anglais",
         BOTH(E["enfants"], E["tarif"]) + " — child seats and boosters free up to 10 years, give ages at "
         "booking at least 24 h before; centre of Nice 35 € fixed for 1-4 passengers (same both ways)",
         HALF + "; a charge for the seats; the Cannes or Monaco price"),
        ("et a cette heure la c'est plus cher?",
         F(E["majoration"]) + " — yes, +20 % between 20 h and 7 h (also Sundays and holidays), included in the "
         "confirmed price",
         "treating it as new unclear; saying there is no surcharge"),
        ("ok. et si l'avion a 1h de retard?",
         F(E["retard"]) + " — with the flight number they follow the real landing time; 45 minutes waiting "
         "free after landing, then 30 € per hour started",
         "saying the ride is lost; charging the whole delay from the booked time"),
        ("parfait, merci bien, bonne soiree",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover; claiming a ride is booked"),
    ],
    # 2
    [
        ("bonjour j'ai une question pour un trajet",
         "Too vague to answer — choices (prices, booking, luggage, groups, Monaco/Italy...) or a clarifying "
         "question",
         "a handover; one entry given as certain"),
        ("on part a 6 avec toutes les valises, ca rentre pas dans un taxi normal non?",
         TYPE + F(E["groupes"]) + " — vans for up to 8 passengers with luggage, 55 € from central Nice to the "
         "airport",
         "the luggage entry alone; tapping a choice; asking to rephrase; two taxis as the only option"),
        ("et on a aussi 2 housses de ski en plus, ca fait combien? on peut regler en cb dans la voiture?",
         BOTH(E["bagages"], E["paiement"]) + " — ski bags 5 € each; card in the car (CB, Visa, Mastercard, "
         "Amex, contactless), cash up to 150 €, no cheques",
         HALF + "; saying skis are not carried; cash only"),
        ("c'est une vraie personne qui me repond la?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("bonjour, c'est pour ma societe",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("non c'est pas ca",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("mes commerciaux prennent vos taxis 2 fois par semaine, notre gestionnaire voudrait un seul justificatif a la "
         "fin du mois au lieu de 8 tickets",
         F(E["facture"]) + " — every ride has an invoice with VAT by e-mail; from 5 rides a month a business "
         "account: one invoice at the end of the month, payable within 30 days",
         "the payment entry alone; asking to rephrase again; saying there are no business accounts"),
        ("vous louez aussi des voitures sans chauffeur? pour une semaine en juin",
         "Not covered (car rental without driver) — say so plainly; may offer a person",
         "inventing a rental price; the hourly chauffeur service as if it were car rental"),
    ],
    # 4
    [
        ("bonjour, on est 3 et on voudrait faire le rocher le matin puis san remo l'apres-midi, ca coute "
         "combien et faut s'y prendre quand?",
         BOTH(E["monaco"], E["reservation"]) + " — Monaco 95 €, Sanremo 150 € (1-4 passengers), ID for Italy; "
         "an hourly service from 4 hours on quote; book at least 12 h ahead, 48 h in July-August",
         HALF + "; saying Italy is not served"),
        ("c'est pas ce que je demande. le chauffeur peut rester avec nous toute la journee a sanremo et nous "
         "faire visiter la vieille ville?",
         "Push-back: apologise; the FAQ has no guided tours (only an hourly service on quote) — say so, do not "
         "promise a guide, offer a person",
         "a promised guided visit; the same full answer again without acknowledging"),
        ("bon ca suffit, passez moi quelqu'un de chez vous tout de suite",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("allo? y a quelqu'un?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("c'est une honte!! j'ai laisse mon sac avec mon ordi dans votre voiture hier soir et personne m'a "
         "recontacte",
         F(E["objets"]) + " — apologise; call 04 93 62 18 47 within 48 hours with the date and time of the "
         "ride; found items are kept 30 days at the office, brought back in Nice for 15 €",
         "no apology; promising the bag is found; the cancellation entry"),
        ("sinon vous savez si le marche aux fleurs du cours saleya est ouvert le lundi?",
         "Not covered (the flower market's days) — say so kindly, back to the company's topics",
         "an answer given as fact; an FAQ answer; a handover"),
        ("rappelez moi au 06 55 72 14 39 svp",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again"),
        ("ca va prendre combien de temps a peu pres?",
         WAIT + WAITING,
         "the office hours as the answer; an invented wait time; a ride time"),
    ],
    # 6
    [
        ("bonjour, j'avais pris une voiture pour jeudi 8h direction l'aeroport mais ma reunion a saute, donc "
         "plus besoin",
         F(E["annulation"]) + " — free until 24 h before, by phone 04 93 62 18 47 or the link in the "
         "confirmation e-mail; later 50 %; do not claim it is cancelled",
         "claiming the ride is cancelled; the booking entry"),
        ("oui voila",
         "Ambiguous yes — ask what they mean or restate the step (phone or the link); nothing claimed as done",
         "claiming the ride is cancelled; a random FAQ answer"),
        ("et la prochaine fois que j'arrive, le chauffeur il me cherche ou exactement dans l'aeroport?",
         F(E["accueil"]) + " — in the arrivals hall of Terminal 1 or 2, with a name sign at the baggage exit; "
         "driver's name and number by SMS 1 hour before",
         "the cancellation rules again; the late-flight entry alone"),
        ("oh macarel, ce truc est fada. je veux causer a quelqu'un de vrai",
         "Request: person with Niçois/southern words — hand over to a person",
         PW + "; answering an FAQ; asking to rephrase"),
    ],
    # 7
    [
        ("bonjour, je peux monter avec mon labrador? il est tres calme",
         F(E["animaux"]) + " — bigger dogs on request at booking, with a blanket, 10 € extra",
         "saying dogs are refused; free without conditions"),
        ("et un chat dans sa caisse?",
         F(E["animaux"]) + " — yes, small animals in a bag or carrier travel free",
         "treating it as new unclear; the 10 € dog supplement for the cat"),
        ("merci. vous repondez au tel jusqu'a quelle heure? et si j'ai besoin d'une voiture au dernier moment?",
         BOTH(E["contact"], E["reservation"]) + " — phone every day 6 h to 23 h, cars 24/7; an immediate ride "
         "by phone, often a car within 1 hour (normally book 12 h ahead)",
         HALF + "; saying last-minute rides are impossible"),
    ],
]

write_plan("fr", convs)
