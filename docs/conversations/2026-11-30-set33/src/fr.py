"""French FAQ and plan for test set 33: Karting des Bruyères, outdoor karting track, Naninne (Namur) (made up).
Run from src/: PYTHONPATH=<check folder> python3 fr.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("horaires", "Quelles sont vos heures d'ouverture ?",
      "Le circuit est ouvert du mardi au vendredi de 14h à 22h, le samedi et le dimanche de 10h à 22h. Le "
      "lundi, nous sommes fermés, sauf pendant les vacances scolaires belges où nous ouvrons de 14h à 20h. "
      "Dernier départ en piste 30 minutes avant la fermeture.",
      "infos", ["heures", "ouverture", "ouvert", "fermé", "lundi"],
      ["vous etes ouverts quand", "jusqu'a quelle heure on peut rouler", "c'est ferme le lundi ?"])
entry("tarifs", "Combien coûte une session de karting ?",
      "Une session de 10 minutes en kart adulte (270 cc) coûte 19 €, la formule 3 sessions 52 €. Le kart "
      "biplace (un adulte pilote avec un enfant passager) coûte 22 € les 10 minutes. Le kart enfant (120 cc) "
      "coûte 12 € les 8 minutes.",
      "tarifs", ["prix", "tarif", "session", "10 minutes", "biplace"],
      ["c'est combien un tour", "prix pour 3 sessions", "combien le kart a deux places"])
entry("age", "À partir de quel âge peut-on piloter ?",
      "Les enfants pilotent seuls le kart enfant dès 7 ans et 1,30 m. Le kart adulte est accessible dès 14 ans "
      "et 1,50 m, avec l'accord écrit d'un parent jusqu'à 17 ans. Dès 4 ans, un enfant peut monter comme "
      "passager dans le kart biplace avec un adulte.",
      "pilotes", ["âge", "enfant", "taille", "minimum", "ado"],
      ["mon fils de 9 ans peut rouler", "il faut quel age", "il y a une taille minimum"])
entry("reservation", "Faut-il réserver ?",
      "En semaine, vous pouvez venir sans réserver. Le week-end et pendant les vacances, réservez sur "
      "karting-bruyeres.example ou au 081 55 43 27 : les créneaux sont souvent complets. Présentez-vous 20 "
      "minutes avant pour le briefing de sécurité obligatoire (5 minutes).",
      "infos", ["réserver", "réservation", "créneau", "complet", "briefing"],
      ["on peut venir sans rendez-vous", "comment je reserve", "c'est complet le samedi ?"])
entry("anniv", "Organisez-vous des anniversaires pour enfants ?",
      "Oui, pour les enfants de 7 à 13 ans : la formule anniversaire coûte 25 € par enfant (de 8 à 15 "
      "enfants), avec 2 sessions en kart enfant, un diplôme, un goûter (gâteau et boissons) et notre salle "
      "pendant 1h30. À réserver au moins 10 jours à l'avance.",
      "groupes", ["anniversaire", "fête", "goûter", "enfants", "formule"],
      ["vous faites des fetes d'anniversaire", "formule pour un anniv d'enfant", "combien pour 10 enfants"])
entry("grandprix", "Proposez-vous des courses pour groupes d'adultes ou entreprises ?",
      "Oui, notre formule Grand Prix (dès 10 personnes) coûte 65 € par personne : briefing, 15 minutes "
      "d'essais, qualifications chronométrées, course de 20 minutes, podium et médailles. Comptez 2 heures. Pour "
      "les entreprises, nous faisons une facture avec TVA.",
      "groupes", ["grand prix", "groupe", "entreprise", "team building", "course"],
      ["on est une equipe de collegues", "une course entre amis avec podium", "prix pour un team building"])
entry("tenue", "Quelle tenue faut-il pour rouler ?",
      "Le casque et la combinaison sont prêtés gratuitement, la charlotte pour le casque coûte 1 €. Les "
      "chaussures fermées sont obligatoires et les cheveux longs doivent être attachés ; pas d'écharpe. Des gants "
      "sont en vente à l'accueil pour 3 €.",
      "pilotes", ["casque", "combinaison", "chaussures", "tenue", "gants"],
      ["je dois amener un casque", "comment s'habiller pour le karting", "on peut rouler en sandales"])
entry("meteo", "Que se passe-t-il s'il pleut ou en cas d'orage ?",
      "Notre piste extérieure de 1 100 m est ouverte par tous les temps : sous la pluie, les karts roulent avec "
      "des pneus pluie. En cas d'orage, nous arrêtons les sessions ; les sessions réservées qui n'ont pas pu "
      "avoir lieu sont reportées ou remboursées à 100 %, au choix, sur simple demande à info@karting-bruyeres.example.",
      "infos", ["pluie", "orage", "météo", "piste", "report"],
      ["vous roulez quand il pleut", "c'est annule s'il y a de l'orage", "et si la session saute a cause du temps"])
entry("bons", "Vendez-vous des bons cadeaux ?",
      "Oui, des bons de 20 € à 200 €, ou pour une formule précise, à acheter en ligne ou à l'accueil. Ils "
      "sont valables 1 an à partir de la date d'achat. Le montant restant reste sur le bon.",
      "tarifs", ["bon cadeau", "cadeau", "chèque cadeau", "validité", "offrir"],
      ["je veux offrir du karting", "mon bon est encore valable", "combien de temps il est valable le cheque cadeau"])
entry("annulation", "Puis-je annuler ou déplacer ma réservation ?",
      "Oui, gratuitement jusqu'à 48 heures avant le créneau, avec le lien de votre mail de confirmation ou au "
      "081 55 43 27. Moins de 48 heures avant, nous retenons 50 % du montant. Le remboursement arrive sur "
      "votre carte ou votre compte en 10 jours ouvrables.",
      "infos", ["annuler", "annulation", "déplacer", "remboursement", "48 heures"],
      ["je veux decommander", "on peut changer la date", "je serai rembourse ?"])
entry("paiement", "Quels moyens de paiement acceptez-vous ?",
      "À l'accueil : Bancontact, Visa, Mastercard, Payconiq et espèces. En ligne : Bancontact, Visa, "
      "Mastercard. Nous n'acceptons pas American Express ni les chèques-repas. Pour les groupes, virement "
      "possible jusqu'à 7 jours avant.",
      "tarifs", ["paiement", "payer", "bancontact", "carte", "cash"],
      ["on peut payer par carte", "vous prenez le cash", "payconiq c'est bon ?"])
entry("bar", "Peut-on manger et boire sur place ?",
      "Oui, notre bar avec terrasse au-dessus de la piste est ouvert aux mêmes heures que le circuit : "
      "croque-monsieur 6 €, pâtes 11 €, boissons et bières belges. Pour les groupes, menu à 14 € par personne à "
      "réserver avec la course.",
      "infos", ["bar", "manger", "boire", "restaurant", "terrasse"],
      ["il y a une cafeteria", "on sait manger un bout", "menu pour les groupes"])
entry("acces", "Comment venir au circuit ?",
      "Le Karting des Bruyères est rue du Circuit 14, 5100 Naninne, à 10 minutes de Namur : autoroute E411, "
      "sortie 14. Le parking de 120 places est gratuit. En bus, ligne TEC 4 depuis la gare de Namur (toutes "
      "les 30 minutes), arrêt Bruyères, puis 5 minutes à pied.",
      "infos", ["adresse", "parking", "bus", "gare", "venir"],
      ["c'est ou exactement", "il y a un parking", "on vient en train, c'est loin de la gare"])
entry("securite", "Y a-t-il des contre-indications pour piloter ?",
      "Pour votre sécurité, le pilotage est interdit aux femmes enceintes, aux personnes sous l'effet de "
      "l'alcool (contrôle possible, taux 0,0) et déconseillé en cas de problème de dos ou de cou. Les porteurs "
      "d'un plâtre ou d'une attelle ne peuvent pas rouler. En cas de doute, demandez à l'accueil.",
      "pilotes", ["enceinte", "alcool", "santé", "dos", "contre-indication"],
      ["je suis enceinte je peux rouler", "on peut boire une biere avant", "j'ai mal au dos c'est grave ?"])
entry("fidelite", "Avez-vous une carte de fidélité ou des réductions ?",
      "Oui, la carte de fidélité est gratuite : 1 cachet par session, la 11e session est offerte. Les "
      "étudiants ont 15 % de réduction sur présentation de leur carte, du mardi au vendredi avant 18h. Les "
      "réductions ne se cumulent pas.",
      "tarifs", ["fidélité", "réduction", "étudiant", "promo", "carte"],
      ["il y a une reduc pour les etudiants", "une session gratuite apres 10", "vous avez des promos"])

write_faq("fr", FAQ)

HALF = "only one half with no pointer to the other"

convs = [
    # 1
    [
        ("bonjour, on sait venir a 4 ce samedi apres-midi sans reserver ? et c'est combien pour 10 minutes",
         BOTH(E["reservation"], E["tarifs"]) + " — at weekends booking is advised (online or 081 55 43 27), slots "
         "are often full; come 20 minutes early for the briefing; 10 minutes adult kart 19 € (3 sessions 52 €)",
         HALF + "; saying no booking is ever needed; inventing a group price"),
        ("et mon fils a 11 ans, il peut rouler aussi ?",
         F(E["age"]) + " — yes, the child kart from 7 and 1.30 m (12 € for 8 minutes); the adult kart only from "
         "14",
         "treating it as new unclear; putting an 11-year-old in an adult kart; the birthday formula"),
        ("ok. on met quoi comme vetements",
         F(E["tenue"]) + " — helmet and overall lent free, hair cap 1 €; closed shoes required, long hair tied, no "
         "scarf; gloves 3 €",
         "treating it as new unclear; saying they must bring a helmet"),
        ("super merci, a tantot !",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover; asking what 'a tantot' means"),
    ],
    # 2
    [
        ("bonjour, c'est pour l'anniversaire de ma fille",
         "Too vague to answer — choices (birthday parties, prices, age, gift vouchers...) or a clarifying "
         "question",
         "a handover; one entry given as certain"),
        ("elle a 10 ans en mars et elle veut venir avec 12 copines de sa classe, vous avez un truc pour ca ?",
         TYPE + F(E["anniv"]) + " — yes, 7-13 years, 25 € per child for 8-15 children: 2 child-kart sessions, "
         "diploma, snack with cake and drinks, the room 1h30; book at least 10 days ahead (13 children = 325 €)",
         "tapping a choice; asking to rephrase; the adult Grand Prix"),
        ("on peut payer avec bancontact ? et les parents, il y a moyen de boire un cafe en attendant ?",
         BOTH(E["paiement"], E["bar"]) + " — Bancontact accepted (also Visa, Mastercard, Payconiq, cash); the bar "
         "with a terrace over the track, same hours, snacks and drinks",
         HALF + "; saying Bancontact is refused"),
        ("dites, je parle a une vraie personne la ?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("salut, question sur un cadeau",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("non c'est pas ca",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("mes enfants m'ont offert 50 euros chez vous pour mes septante ans en janvier et j'y suis toujours pas "
         "alle. ca marche encore en decembre ?",
         F(E["bons"]) + " — gift vouchers are valid 1 year from the purchase date, so a voucher bought in January "
         "is still valid in December (of the same year); the rest stays on the voucher",
         "asking to rephrase again; saying it has expired; the loyalty card"),
        ("vous louez aussi des quads pour faire des balades dans les bois autour ?",
         "Not covered (quad rental, rides in the woods) — say so plainly; may offer a person",
         "inventing a quad rental or price; the Grand Prix entry as if it answered it"),
    ],
    # 4
    [
        ("bonjour, on est 14 collegues et on voudrait se mesurer les uns contre les autres avec un classement a "
         "la fin, ca revient a combien ? et on arrive de liege en train, c'est loin a pied depuis la station ?",
         BOTH(E["grandprix"], E["acces"]) + " — Grand Prix from 10 people, 65 € each (14 × 65 = 910 €), about 2 "
         "hours, invoice with VAT for companies; from Namur station TEC bus 4 every 30 minutes to the Bruyères "
         "stop, then 5 minutes on foot",
         HALF + "; a price per session only; saying there is no bus"),
        ("c'est pas ce que je demande. je voudrais que vous veniez chercher tout le monde a la gare de namur "
         "avec une navette",
         "Push-back: apologise; the FAQ has no shuttle from the station (only the TEC bus 4) — say so, do not "
         "promise it, offer a person",
         "a promised shuttle; the same full answer again without acknowledging"),
        ("ca commence a bien faire. passez-moi quelqu'un de l'accueil, tout de suite !",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("allo ? y a quelqu'un ?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("je suis furieux. on avait reserve samedi a 15h, la drache et les eclairs sont arrives, on nous a renvoyes chez nous "
         "sans rien et personne ne nous a dit si on est rembourses. nonante euros quand meme !",
         F(E["meteo"]) + " — apologise; sessions booked and stopped by a storm are moved or refunded 100 %, as "
         "they choose, on request to info@karting-bruyeres.example",
         "no apology; the 48-hour cancellation rule (50 % kept); saying there is no refund"),
        ("autre chose, vous avez vu le score du standard hier soir ?",
         "Not covered (a football score) — say so kindly, back to the track's topics",
         "a score given as fact; an FAQ answer; a handover"),
        ("rappelez-moi svp au 0470 55 12 84",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the track's number instead"),
        ("ca va prendre longtemps ?",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("j'ai pris 3 sessions pour vendredi 20h pour moi et mes deux freres mais le plus jeune s'est casse le "
         "poignet au foot dimanche, donc ca tombe a l'eau",
         F(E["annulation"]) + " — free up to 48 hours before the slot (link in the confirmation e-mail or 081 55 "
         "43 27), later 50 % is kept; moving the date is also possible; do not claim it is cancelled",
         "claiming the booking is cancelled; the storm entry"),
        ("ouais d'accord",
         "Ambiguous yes — ask what they mean or restate the step (link in the e-mail or phone, before the 48 "
         "hours); nothing claimed as done",
         "claiming the booking is cancelled; a random FAQ answer"),
        ("et si on decale, ma copine est enceinte de 4 mois, elle peut faire un tour avec nous ou pas ?",
         F(E["securite"]) + " — no: driving is not allowed for pregnant women (also no alcohol, no cast or "
         "splint: the brother's wrist); ask at the desk if in doubt",
         "saying she may drive; the age entry"),
        ("non di dju, c'est pas possible. passez-moi une fois quelqu'un en vrai, je sais pas causer avec une "
         "machine",
         "Request: person in Belgian/Walloon French — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard French"),
    ],
    # 7
    [
        ("bonjour, vous etes ouverts le lundi ? on est en blocus et on voudrait se changer les idees",
         F(E["horaires"]) + " — closed on Mondays except during Belgian school holidays (then 14h-20h); Tuesday-"
         "Friday 14h-22h, weekends 10h-22h",
         "saying open on Monday without the exception; the booking entry"),
        ("et le mercredi, on sait venir tard le soir ?",
         F(E["horaires"]) + " — until 22h, last start on the track 30 minutes before closing",
         "treating it as new unclear; weekend hours"),
        ("merci ! vous faites une reduc pour les etudiants ou une carte de fidelite ? et faut ramener un casque ?",
         BOTH(E["fidelite"], E["tenue"]) + " — students 15 % Tuesday-Friday before 18h with the student card; free "
         "loyalty card, 11th session free, not combined; helmet lent free (cap 1 €)",
         HALF + "; student discount at any time; saying they must bring a helmet"),
    ],
]

write_plan("fr", convs)
