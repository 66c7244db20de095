"""French FAQ and plan for test set 24: Déménagements du Canal, Toulouse (made up). Run: python3 fr.py"""
from common_a import AFTER, BOTH, F, TYPE, WAIT, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("devis", "Comment obtenir un devis ?",
      "Le devis est gratuit et sans engagement. Nous venons estimer le volume chez vous ou par visio, puis "
      "vous recevez le devis sous 48 heures. Demandez-le par le formulaire du site ou au 05 61 42 18 90. Il "
      "reste valable 3 mois.",
      "devis", ["devis", "estimation", "visite", "gratuit"],
      ["combien pour un devis", "c'est payant le devis ?"])
entry("prix", "Combien coûte un déménagement ?",
      "Le prix dépend du volume, des étages et de la distance. À titre indicatif, dans l'agglomération "
      "toulousaine : T2 à partir de 690 €, T3 à partir de 990 €, maison à partir de 1 490 € (formule standard, "
      "emballage par vos soins). Seul le devis fixe le prix définitif.",
      "tarifs", ["prix", "tarif", "coût", "budget"],
      ["c'est combien pour un t2", "tarif demenagement maison"])
entry("petit", "Faites-vous les petits déménagements ?",
      "Oui, avec notre formule Petit volume (jusqu'à 10 m³) : un camion et deux déménageurs pour 75 € de "
      "l'heure, 2 heures minimum, à Toulouse et dans un rayon de 30 km. Idéal pour un studio ou quelques "
      "meubles.",
      "tarifs", ["petit volume", "studio", "quelques meubles", "transport"],
      ["juste un canapé à transporter", "petit demenagement studio"])
entry("cartons", "Fournissez-vous des cartons ?",
      "Avec la formule Complète, les cartons sont livrés gratuitement. Sinon, le carton standard coûte 2,50 €, "
      "le carton penderie 9 €, ou le kit de 30 cartons avec adhésif 69 €. Les cartons non utilisés et en bon "
      "état sont repris.",
      "emballage", ["cartons", "kit", "penderie", "adhésif"],
      ["où avoir des cartons", "vous vendez des boites"])
entry("emballage", "Pouvez-vous emballer mes affaires ?",
      "Oui. Dans la formule Complète, nos équipes emballent tout, y compris les objets fragiles, et déballent "
      "à l'arrivée : comptez environ 35 % de plus que la formule standard. Vous pouvez aussi réserver un "
      "emballeur à l'heure, 45 € de l'heure.",
      "emballage", ["emballage", "formule complète", "emballeur", "fragile"],
      ["vous faites les cartons a ma place", "service de mise en cartons"])
entry("meubles", "Démontez-vous les meubles ?",
      "Le démontage et le remontage des lits, armoires et tables sont inclus dans les formules standard et "
      "complète. Nous ne démontons pas les cuisines équipées et ne faisons pas les branchements d'eau ou de "
      "gaz. Pour la formule Petit volume, le démontage est facturé au temps passé.",
      "services", ["démontage", "remontage", "lit", "armoire"],
      ["vous démontez l'armoire", "remontage des meubles compris ?"])
entry("garde", "Proposez-vous un garde-meubles ?",
      "Oui, dans notre entrepôt sécurisé de Colomiers : 89 € par mois pour un box de 10 m³, un mois minimum. "
      "L'assurance est comprise jusqu'à 10 000 €. Nous pouvons y déposer vos affaires le jour du déménagement "
      "et les livrer plus tard.",
      "services", ["garde-meubles", "stockage", "entrepôt", "box"],
      ["stocker mes meubles quelques mois", "vous avez un entrepot"])
entry("assurance", "Mes affaires sont-elles assurées ?",
      "Oui, notre assurance couvre vos biens jusqu'à 10 000 € au total et 500 € par objet non déclaré. Pour un "
      "objet de valeur, déclarez-le avant le déménagement. Les objets emballés par vos soins ne sont couverts "
      "en cas de casse que si le carton lui-même a été endommagé. Signalez tout dommage sous 10 jours.",
      "assurance", ["assurance", "dommages", "objet de valeur", "indemnisation"],
      ["et si vous abimez un meuble", "c'est assuré ?"])
entry("stationnement", "Qui demande l'autorisation de stationnement ?",
      "Nous demandons l'autorisation de stationnement à la mairie de Toulouse 15 jours avant la date ; les "
      "frais de 30 € sont refacturés. Hors Toulouse, les délais varient selon la commune, donnez-nous votre "
      "date le plus tôt possible.",
      "organisation", ["stationnement", "autorisation", "mairie", "camion"],
      ["où se gare le camion", "faut il demander a la mairie"])
entry("acompte", "Faut-il verser un acompte ?",
      "Oui, 30 % du montant à la signature du devis, par virement ou carte bancaire. Le solde se règle le jour "
      "du déménagement par virement, carte ou chèque ; pas d'espèces au-delà de 1 000 €.",
      "paiement", ["acompte", "paiement", "solde", "arrhes"],
      ["on paye quand", "combien d'avance"])
entry("annulation", "Comment annuler ou reporter mon déménagement ?",
      "Jusqu'à 30 jours avant la date, l'annulation est gratuite et l'acompte est remboursé. Entre 30 et 8 "
      "jours, l'acompte est conservé, mais vous pouvez reporter une fois sans frais. À moins de 8 jours, 50 % du "
      "montant total est dû. Prévenez-nous par e-mail ou par téléphone.",
      "paiement", ["annulation", "annuler", "report", "reporter", "remboursement"],
      ["changer la date", "on ne déménage plus"])
entry("weekend", "Travaillez-vous le week-end ?",
      "Nous déménageons du lundi au samedi ; le samedi est majoré de 15 %. Pas de déménagement le dimanche ni "
      "les jours fériés. Les fins de mois partent vite : réservez 4 à 6 semaines à l'avance.",
      "organisation", ["samedi", "dimanche", "week-end", "jours fériés", "majoration"],
      ["vous bossez le dimanche", "dispo en fin de mois ?"])
entry("distance", "Déménagez-vous hors de Toulouse ?",
      "Oui, partout en France métropolitaine. Pour les longues distances, le groupage (votre chargement partage "
      "le camion) coûte jusqu'à 40 % moins cher, avec une livraison sous 1 à 2 semaines. Nous ne faisons pas de "
      "déménagement à l'étranger.",
      "organisation", ["longue distance", "groupage", "autre ville", "france"],
      ["vous allez jusqu'a paris", "demenagement en province"])
entry("etage", "Et si je n'ai pas d'ascenseur ?",
      "Jusqu'au 2e étage sans ascenseur, pas de supplément. À partir du 3e étage, comptez 40 € par étage, ou "
      "un monte-meubles par la fenêtre pour 190 € la demi-journée, selon l'accès.",
      "tarifs", ["ascenseur", "escaliers", "étage", "monte-meubles"],
      ["on habite au 5e", "supplement escalier"])
entry("horaires", "Quels sont vos horaires ?",
      "Le bureau est ouvert du lundi au vendredi de 8h30 à 18h30 et le samedi de 9h à 12h, au 05 61 42 18 90 ou "
      "au 14 chemin de la Flambère, 31300 Toulouse. Les équipes commencent les déménagements à 8h.",
      "contact", ["horaires", "bureau", "téléphone", "ouverture"],
      ["vous etes ouverts quand", "numero du bureau"])

PW = "another FAQ answer or choices instead of the handover; asking the customer to rephrase"
WAITING = ("Waiting: reassure that a person has the message and will reply; no FAQ answer, no invented wait "
           "time")

convs = [
    [
        ("bonjour, on quitte notre t3 a toulouse pour montpellier en mars, vous faites ca et ca couterait "
         "combien a peu pres ?",
         BOTH(E["distance"], E["prix"]) + " — yes, all of mainland France (groupage up to 40 % cheaper); T3 "
         "from 990 € locally as a guide, the quote sets the price",
         "only one half with no pointer; the small-move entry"),
        ("et si c'est un samedi ?",
         F(E["weekend"]) + " — Saturday possible, +15 %",
         "treating it as a new unclear question; the office opening hours"),
        ("on est au 4e et faut tout descendre a pied",
         F(E["etage"]) + " — from the 3rd floor 40 € per floor, or furniture lift 190 € per half-day",
         "the price entry again; 'not covered'"),
        ("ok merci, bonne soiree",
         "Small talk: acknowledgement + thanks + goodbye",
         "an FAQ answer; a handover"),
    ],
    [
        ("c'est pour les cartons",
         "Too vague to answer — choices (boxes supplied, packing service) or a clarifying question",
         "a handover; one entry given as certain"),
        ("j'ai pas le temps de tout mettre en cartons moi-meme, surtout la vaisselle, vous gerez ca ?",
         TYPE + F(E["emballage"]) + " — full formula packs and unpacks everything, about +35 %, or a packer "
         "at 45 €/h",
         "the boxes entry (selling boxes); tapping a choice"),
        ("et ca revient a combien",
         F(E["emballage"]) + " — about 35 % more than standard, or 45 € per hour per packer",
         "the general price entry alone; asking what 'ca' is"),
        ("je parle a un robot la ?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    [
        ("bonjour j'ai une question sur mes affaires",
         "Too vague to answer — choices (insurance, storage, packing) or a clarifying question",
         "a handover; one entry given as certain"),
        ("non c'est pas ca",
         TYPE + "Typed rejection — apologise and ask what exactly; no handover yet",
         "the same choices again; a handover straight away"),
        ("j'ai vendu la maison mais l'appart est livre que dans 2 mois, je fais quoi de tout mon bazar en "
         "attendant ?",
         F(E["garde"]) + " — storage in Colomiers, 89 € per month for a 10 m³ box, 1 month minimum, insured",
         "the insurance entry; the date/weekend entry"),
        ("vous faites aussi le menage de l'ancien appart avant l'etat des lieux ?",
         "Not covered by the FAQ (no cleaning service) — say so honestly, offer a person",
         "the packing entry; inventing a cleaning price"),
    ],
    [
        ("je dois juste amener un canape et une machine a laver chez ma fille a colomiers, vous faites ca ? "
         "et la mezzanine faut la defaire avant, vous vous en occupez ?",
         BOTH(E["petit"], E["meubles"]) + " — small-move formula 75 €/h, 2 h minimum within 30 km; "
         "dismantling billed by time in that formula",
         "only one half with no pointer; the long-distance entry"),
        ("c'est pas ce que je demande. je veux savoir si vous pouvez venir demain",
         "Push-back (first time) — apologise; availability for tomorrow is not in the FAQ: say so and offer a "
         "person (or ask)",
         "repeating the same answer; promising a date"),
        ("laissez tomber, passez moi quelqu'un de vrai svp c'est penible",
         "Push-back (second time in a row) + Request for a person (direct, annoyed) — apologise, hand over",
         PW),
        ("allo?? y'a quelqu'un",
         WAIT + WAITING,
         "a new greeting as if the chat had just started; an FAQ answer"),
    ],
    [
        ("vos gars ont pete le miroir de ma grand-mere et on me dit que c'est pas couvert parce que c'est moi "
         "qui l'ai emballe !!! c'est une blague ?",
         F(E["assurance"]) + " — apologise; items you packed are covered only if the box itself was damaged; "
         "report within 10 days; offer a person",
         "the packing-service entry; no apology; promising compensation"),
        ("vous savez si le stade toulousain joue ce week-end ?",
         "Not covered by the FAQ (unrelated) — short honest reply",
         "the weekend entry; any FAQ entry"),
        ("bon. rappelez moi au 06 12 48 77 30 apres 18h",
         "Request for a person (callback with number) — hand over / pass on the callback request",
         "only the office number and hours without taking the request; " + PW),
        ("ca va prendre combien de temps ?",
         WAIT + WAITING,
         "the duration of a move or a quote (48 h); inventing a time"),
    ],
    [
        ("on devait demenager le 14 avec vous mais finalement mon mari est mute ailleurs, on part plus",
         F(E["annulation"]) + " — free more than 30 days before (deposit refunded), 30-8 days deposit kept, "
         "less than 8 days 50 %; tell us by e-mail or phone; do not claim it is cancelled",
         "'your move has been cancelled'; the long-distance entry"),
        ("oui",
         "Ambiguous oui — acknowledge or ask what it refers to; never claim a cancellation",
         "confirming a cancellation"),
        ("et les 30 % qu'on a verse, on les revoit ?",
         F(E["annulation"]) + " — refunded if more than 30 days before the date, otherwise kept (one free "
         "postponement); the deposit entry may be added",
         "the deposit entry alone without the cancellation rule; a promise of a refund"),
        ("boudu c'est complique, je peux parler a quelqu'un du bureau ?",
         "Request for a person (regional, Toulouse) — hand over",
         PW),
    ],
    [
        ("salut ! vous fournissez les cartons ou faut que je me debrouille ? et faut avancer des sous ?",
         BOTH(E["cartons"], E["acompte"]) + " — free with the full formula, else 2.50 € each or kit of 30 for "
         "69 €; 30 % deposit on signing",
         "only one half with no pointer; the packing-service entry"),
        ("quelqu'un peut passer voir l'appart avant pour chiffrer ?",
         F(E["devis"]) + " — free, visit at home or by video, quote within 48 h, valid 3 months",
         "the price entry alone; a handover"),
        ("la rue est super etroite en centre ville, pour garer le camion c'est vous qui voyez avec la mairie ? "
         "et le bureau ferme a quelle heure",
         BOTH(E["stationnement"], E["horaires"]) + " — we apply 15 days before, 30 € fee; office Mon-Fri "
         "8:30-18:30, Sat 9-12",
         "only one half with no pointer; the floors entry"),
    ],
]

write_faq("fr", FAQ)
write_plan("fr", convs)
print("fr: %d entries, %d conversations, %d turns" % (len(FAQ), len(convs), sum(len(c) for c in convs)))
