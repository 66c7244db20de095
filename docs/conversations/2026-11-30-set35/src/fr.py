"""French FAQ and plan for test set 35: Controle Technique du Prado, Marseille (made up).
Run from src/: PYTHONPATH=<check folder> python3 fr.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("tarifs", "Combien coûte un contrôle technique ?",
      "Voiture essence ou diesel : 79 €. Hybride ou électrique : 69 €. Moto, scooter ou quad : 59 €. Utilitaire "
      "ou camping-car jusqu'à 3,5 t : 89 €. La contre-visite coûte 20 €. Les prix sont TTC et affichés à l'accueil.",
      "tarifs", ["prix", "tarif", "combien", "cout"],
      ["c'est combien le controle", "prix du controle technique diesel", "tarif moto"])
entry("horaires", "Quels sont vos horaires et où êtes-vous ?",
      "Nous sommes au 214 avenue du Prado, 13008 Marseille (métro Périer, parking client devant). Ouvert du lundi "
      "au vendredi de 8h à 12h et de 13h30 à 18h30, le samedi de 8h à 12h. Fermé le dimanche et les jours fériés. "
      "Téléphone : 04 91 55 37 20.",
      "centre", ["horaires", "ouverture", "adresse", "samedi", "telephone"],
      ["vous etes ouverts quand", "ou se trouve le centre", "ouvert le samedi"])
entry("rdv", "Comment prendre rendez-vous ?",
      "Réservez en ligne sur ctprado.example (paiement à la réservation) ou appelez le 04 91 55 37 20. Le samedi "
      "de 8h à 11h, nous prenons aussi les véhicules sans rendez-vous, selon l'attente. Un contrôle dure environ "
      "45 minutes.",
      "rendez-vous", ["rendez-vous", "reserver", "reservation", "sans rendez-vous", "en ligne"],
      ["je veux un creneau", "on peut venir sans rdv", "reserver sur internet"])
entry("documents", "Quels papiers dois-je apporter ?",
      "Apportez l'original de la carte grise (certificat d'immatriculation), une copie ne suffit pas, et le "
      "dernier procès-verbal si vous l'avez. Pour une voiture de leasing, la carte grise originale ou le "
      "certificat fourni par le loueur. Aucune pièce d'identité n'est demandée. Arrivez 5 minutes avant l'heure du rendez-vous.",
      "rendez-vous", ["carte grise", "papiers", "documents", "certificat d'immatriculation"],
      ["il faut quoi comme papiers", "j'ai qu'une photocopie de la carte grise", "documents a ramener"])
entry("depot", "Puis-je attendre sur place ou déposer mon véhicule ?",
      "Les deux. Notre salle d'attente a le wifi et un café offert, le contrôle dure environ 45 minutes. Vous "
      "pouvez aussi déposer le véhicule dès 8h et le récupérer jusqu'à 18h30 le même jour ; les clés se laissent "
      "à l'accueil.",
      "centre", ["attendre", "salle d'attente", "deposer", "recuperer", "duree"],
      ["je peux rester pendant le controle", "je laisse la voiture le matin", "ca dure combien de temps"])
entry("moto", "Le contrôle technique est-il obligatoire pour les motos ?",
      "Oui, pour les motos, scooters (50 cm³ compris) et quads. Le premier contrôle se fait dans les 6 mois "
      "avant les 5 ans du véhicule, puis tous les 3 ans. Le contrôle moto coûte 59 € et dure environ 30 minutes.",
      "vehicules", ["moto", "scooter", "deux-roues", "quad", "obligatoire"],
      ["je dois passer mon scooter", "controle pour les 2 roues", "premier controle moto"])
entry("periodicite", "Quand dois-je faire le contrôle technique de ma voiture ?",
      "Le premier contrôle se fait dans les 6 mois avant les 4 ans de la voiture, puis tous les 2 ans. Rouler "
      "avec un contrôle dépassé coûte une amende de 135 € et la carte grise peut être retenue. La date limite "
      "figure sur le dernier procès-verbal et sur la vignette du pare-brise.",
      "controle", ["periodicite", "date limite", "tous les 2 ans", "amende", "retard"],
      ["mon controle est depasse", "c'est quand le prochain controle", "je risque quoi sans controle"])
entry("contrevisite", "Que se passe-t-il si mon véhicule a une défaillance majeure ?",
      "Vous avez 2 mois pour faire les réparations et passer la contre-visite, qui coûte 20 € et ne contrôle que "
      "les points refusés. Après 2 mois, il faut repasser un contrôle complet. En cas de défaillance critique, le "
      "véhicule ne peut circuler que jusqu'au soir du contrôle.",
      "controle", ["contre-visite", "defaillance majeure", "defaillance critique", "refus", "reparations"],
      ["ma voiture a ete refusee", "je dois revenir apres les reparations", "combien de temps pour la contre visite"])
entry("paiement", "Quels moyens de paiement acceptez-vous ?",
      "Carte bancaire (sauf American Express), espèces et chèque avec pièce d'identité. En ligne, le paiement se "
      "fait à la réservation. Sur place, vous payez après le contrôle ; chèque accepté jusqu'à 150 €.",
      "tarifs", ["paiement", "carte bancaire", "especes", "cheque", "payer"],
      ["vous prenez la cb", "je peux payer en liquide", "on paie avant ou apres"])
entry("annulation", "Comment annuler ou déplacer mon rendez-vous ?",
      "Avec le lien reçu par SMS ou au 04 91 55 37 20. Jusqu'à 24 heures avant le rendez-vous, c'est gratuit et "
      "un paiement en ligne est remboursé en totalité sous 5 jours ouvrés. Moins de 24 heures avant ou sans "
      "prévenir, nous gardons 20 €.",
      "rendez-vous", ["annuler", "annulation", "deplacer", "reporter", "remboursement"],
      ["je ne peux pas venir", "changer la date du rdv", "je veux decaler"])
entry("pollution", "Comment éviter un refus au test de pollution ?",
      "Venez moteur chaud, après au moins 20 minutes de route (idéalement un peu de voie rapide). Faites la "
      "vidange et changez le filtre à air si c'est ancien. Pour un diesel, l'opacité des fumées est mesurée en "
      "accélérant à fond ; une fumée noire épaisse est souvent une défaillance majeure, donc contre-visite.",
      "controle", ["pollution", "opacite", "fumee", "diesel", "emissions"],
      ["ma voiture fume", "conseils pour le test antipollution", "peur d'etre refuse a la pollution"])
entry("vente", "J'ai besoin d'un contrôle technique pour vendre ma voiture ?",
      "Oui, pour vendre une voiture de plus de 4 ans, le procès-verbal doit avoir moins de 6 mois le jour de la "
      "vente (moins de 2 mois après une contre-visite). Remettez l'original du procès-verbal à l'acheteur.",
      "controle", ["vendre", "vente", "moins de 6 mois", "acheteur", "occasion"],
      ["controle pour une vente", "mon controle est valable pour vendre", "je vends ma bagnole"])
entry("pv", "J'ai perdu mon procès-verbal, comment avoir un double ?",
      "Nous vous envoyons gratuitement le PDF par e-mail pour tout contrôle fait chez nous depuis moins de 3 ans : "
      "donnez la plaque et la date. Un duplicata papier tamponné coûte 10 € à l'accueil.",
      "controle", ["proces-verbal", "duplicata", "perdu", "double", "rapport"],
      ["j'ai perdu le papier du controle", "je peux avoir une copie du rapport", "pv egare"])
entry("promo", "Avez-vous des réductions ?",
      "Réservation en ligne : 10 € de moins sur le contrôle voiture. Étudiants de moins de 26 ans : 15 % sur "
      "présentation de la carte. Entreprises à partir de 5 véhicules : tarif flotte sur devis.",
      "tarifs", ["reduction", "promo", "etudiant", "remise", "code promo"],
      ["vous avez une promo", "reduc pour les jeunes", "tarif pour les entreprises"])
entry("vehicules", "Contrôlez-vous les utilitaires et camping-cars ?",
      "Oui, jusqu'à 3,5 t de poids total et 3,20 m de hauteur (notre porte), pour 89 €. Les poids lourds, "
      "caravanes et véhicules de plus de 3,5 t ne sont pas contrôlés chez nous.",
      "vehicules", ["utilitaire", "camping-car", "camionnette", "3,5 t", "poids lourd"],
      ["vous faites les camions", "controle pour mon van", "camping car c'est possible"])

write_faq("fr", FAQ)

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"

convs = [
    # 1
    [
        ("bonjour, c combien le controle pour une clio diesel et vous etes ouvert le samedi aprem ?",
         BOTH(E["tarifs"], E["horaires"]) + " — 79 € (10 € less when booked online); Saturday only 8h-12h, "
         "weekdays 8h-12h / 13h30-18h30",
         HALF + "; saying open on Saturday afternoon"),
        ("et faut ramener quoi",
         F(E["documents"]) + " — the original carte grise (a copy is not enough), the last report if any; no ID",
         "treating it as new unclear; saying a copy is fine"),
        ("ok. je peux rester pendant ou faut que je revienne",
         F(E["depot"]) + " — both: waiting room, wifi, coffee, about 45 min; or drop off from 8h, pick up until "
         "18h30",
         "treating it as new unclear; the booking entry"),
        ("top merci, a plus",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("bonjour j'ai une question pour ma bécane",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("j'ai un tmax de 2019, jamais rien fait dessus, je dois y aller quand exactement",
         TYPE + F(E["moto"]) + " — first inspection within 6 months before the 5th anniversary (a 2019 bike: "
         "depends on the registration date, so around now), then every 3 years; 59 €",
         "tapping a choice; asking to rephrase; the car rule of 4 years / every 2 years"),
        ("vous prenez l'amex ? et y a un truc moins cher pour les etudiants",
         BOTH(E["paiement"], E["promo"]) + " — cards except American Express, cash, cheque with ID; students "
         "under 26: 15 % with the card",
         HALF + "; saying Amex is accepted"),
        ("je parle a un robot la ?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("bonjour c'est pour ma voiture",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("non rien de tout ca",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("le gars m'a donne une feuille avec des trucs en rouge, freins arriere et un pneu, faut que je repasse. "
         "j'ai combien de temps et je repaye les 79 balles ?",
         F(E["contrevisite"]) + " — 2 months to repair and come back; the re-inspection costs 20 € and checks "
         "only the failed points; after 2 months a full inspection again",
         "asking to rephrase again; saying the full price is due again"),
        ("et vous pouvez pas me changer les plaquettes vous memes ? j'ai pas de garagiste",
         "Not covered (repairs are not done by the centre) — say so plainly; may offer a person",
         "inventing a repair service or price"),
    ],
    # 4
    [
        ("salut, je vends ma 208 samedi, le passage au centre date de mars, ca suffit encore ? et la feuille je "
         "l'ai paumee dans le demenagement",
         BOTH(E["vente"], E["pv"]) + " — the report must be under 6 months old on the day of sale (March: "
         "depends on the date, judge the rule); free PDF by e-mail if done here within 3 years, paper duplicate "
         "10 €",
         HALF + "; saying any valid inspection is enough"),
        ("ca m'aide pas. je veux que vous m'ecriviez une attestation comme quoi la voiture est nickel pour "
         "l'acheteur",
         "Push-back: apologise; the FAQ has no such certificate — say so, do not promise it, offer a person",
         "a promised certificate; the same full answer again without acknowledging"),
        ("oh mais vous etes fada ou quoi. passez moi quelqu'un de vrai tout de suite !",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("allo ?? y a degun ?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("je suis gave. j'avais rdv en ligne jeudi 10h, j'ai tout decommande mardi soir avec votre lien et vous m'avez "
         "garde 20 euros quand meme !!",
         F(E["annulation"]) + " — apologise; cancelled more than 24 h before is free and an online payment is "
         "refunded in full within 5 working days; the 20 € are kept only under 24 h; a person can check",
         "no apology; saying the 20 € are normal; ignoring the 24 h rule"),
        ("sinon l'om joue a quelle heure dimanche ?",
         "Not covered (a football match) — say so kindly, back to the centre's topics",
         "a kick-off time as fact; an FAQ answer; a handover"),
        ("rappelez moi au 06 55 52 81 44 svp",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the centre's number instead"),
        ("ca va prendre longtemps avant qu'on me rappelle ?",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("j'ai rdv demain 9h pour la twingo mais elle est bloquee au garage jusqu'a lundi, embrayage mort. bon "
         "ben demain c'est pas la peine",
         F(E["annulation"]) + " — SMS link or 04 91 55 37 20; free until 24 h before (tomorrow 9h: depends on the "
         "hour now), otherwise 20 € kept; do not claim it is cancelled or moved",
         "claiming it is cancelled; the prices alone"),
        ("peuchere ouais vas y",
         "Ambiguous yes — ask what they mean (cancel or move?) or restate the step; nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("du coup mon controle il est depasse depuis 3 semaines, je risque quoi si je roule avec",
         F(E["periodicite"]) + " — a 135 € fine and the carte grise may be kept",
         "the cancellation answer again; saying there is a grace period"),
        ("oh fan de chichourle, c'est la cagade votre truc. je veux parler a un vrai collegue, pas a ta machine",
         "Request: person in Marseille slang — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard French"),
    ],
    # 7
    [
        ("bonjour, mon vieux diesel crache noir quand j'accelere, j'ai peur de me faire recaler, des conseils ?",
         F(E["pollution"]) + " — come with a warm engine after 20 min of driving, oil change and air filter; "
         "thick black smoke is often a major failure, so re-inspection",
         "promising it will pass; the prices"),
        ("meme si c'est une 306 de 2001 ?",
         F(E["pollution"]) + " — the same advice and test apply whatever the age",
         "treating it as new unclear; saying old cars are exempt"),
        ("merci beaucoup ! et vous faites le camping-car de mon pere, il fait 3,5 t et 3 m de haut ? on reserve "
         "sur internet ?",
         BOTH(E["vehicules"], E["rdv"]) + " — yes up to 3.5 t and 3.20 m, 89 €; online on ctprado.example (paid "
         "when booking) or 04 91 55 37 20; walk-in Saturday 8h-11h",
         HALF + "; refusing the camper"),
    ],
]

write_plan("fr", convs)
