"""French FAQ and plan for test set 40: École de natation Les Hippocampes, Montpellier (made up).
Run from src/: PYTHONPATH=<check folder> python3 fr.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

FAQ = []
E = {}
HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("bebes", "À partir de quel âge proposez-vous les bébés nageurs ?",
      "De 6 mois à 4 ans, le samedi de 9h à 11h30, séances de 30 minutes dans le petit bassin à 32 °C, avec "
      "un parent dans l'eau. 12 € la séance ou 110 € le carnet de 10. Couche de bain obligatoire.",
      "cours", ["bébés nageurs", "bébé", "nourrisson", "éveil aquatique"],
      ["mon bébé peut venir à la piscine", "à quel âge les bébés nageurs", "séance avec mon fils de 1 an"])
entry("enfants", "Comment fonctionnent les cours pour enfants ?",
      "De 5 à 12 ans, par niveau (Têtard, Grenouille, Dauphin, Espadon), groupes de 8 enfants maximum, 45 "
      "minutes le mercredi (10h, 14h, 15h, 16h) ou le samedi (13h30, 14h30). 165 € le trimestre de 12 séances.",
      "cours", ["cours enfants", "apprendre à nager", "niveau", "trimestre", "groupe"],
      ["mon fils veut apprendre à nager", "cours le mercredi", "combien coûtent les cours enfants"])
entry("niveau", "Comment savoir dans quel groupe mettre mon enfant ?",
      "Nous proposons un test de niveau gratuit de 20 minutes le mercredi à 13h30, sans rendez-vous, avec un "
      "maître-nageur. Têtard = n'a pas encore la tête sous l'eau, Grenouille = nage 10 m, Dauphin = 25 m, "
      "Espadon = 50 m et plusieurs nages.",
      "cours", ["test de niveau", "groupe", "évaluation", "niveau"],
      ["je sais pas quel niveau", "il nage un peu", "test pour les enfants"])
entry("adultes", "Avez-vous des cours pour adultes ?",
      "Oui, débutants (peur de l'eau bienvenue) et perfectionnement, mardi et jeudi de 19h30 à 20h15, 6 "
      "adultes maximum par groupe. 150 € les 10 séances. Premier cours d'essai à 15 €, déduit si vous vous "
      "inscrivez.",
      "cours", ["adultes", "débutant", "peur de l'eau", "soir"],
      ["je sais pas nager j'ai 40 ans", "cours pour grands", "cours le soir"])
entry("aquagym", "Quels sont les horaires et tarifs de l'aquagym ?",
      "Mardi 12h15, jeudi 18h30 et samedi 10h, 45 minutes. 9 € la séance, 80 € la carte de 10 séances (valable "
      "1 an). Réservation à l'accueil ou au 04 67 55 28 91 jusqu'à la veille. Pas de séance le dimanche.",
      "aquagym", ["aquagym", "aquabike", "gym dans l'eau", "séance"],
      ["vous faites de l'aquagym", "prix aquagym", "aquagym le samedi"])
entry("bonnet", "Faut-il un bonnet de bain ?",
      "Oui, le bonnet de bain est obligatoire pour tous, enfants et adultes, et le maillot aussi : pas de short "
      "de bain ni de caleçon long. Bonnets en vente à l'accueil à 2 €. Lunettes conseillées pour les enfants.",
      "règlement", ["bonnet", "maillot", "short de bain", "tenue", "lunettes"],
      ["il faut quoi comme affaires", "short de bain autorisé", "le bonnet c'est obligé"])
entry("vacances", "Y a-t-il des cours pendant les vacances scolaires ?",
      "Les cours au trimestre s'arrêtent pendant les vacances scolaires (zone C). À la place, stages de 5 jours "
      "du lundi au vendredi, 45 minutes par jour, pour les 6-12 ans de tous niveaux : 75 € le stage. "
      "Inscription à partir de 3 semaines avant.",
      "cours", ["vacances", "stage", "vacances scolaires", "toussaint"],
      ["vous faites quoi pendant les vacances", "stage de pâques", "cours en février"])
entry("rattrapage", "Mon enfant a manqué un cours, peut-il le rattraper ?",
      "Oui, 2 rattrapages par trimestre, dans un autre créneau de même niveau dans les 3 semaines, si vous "
      "prévenez l'accueil au moins 24 heures avant ou envoyez un certificat médical en cas de maladie. Les "
      "cours non rattrapés ne sont pas remboursés.",
      "cours", ["rattrapage", "absence", "cours manqué", "malade"],
      ["il a raté le cours", "absent mercredi", "on peut rattraper"])
entry("certificat", "Faut-il un certificat médical ?",
      "Pour les enfants, un questionnaire de santé rempli par les parents suffit. Pour les cours adultes et "
      "l'aquagym, un certificat médical de moins de 12 mois est demandé à l'inscription; pour les plus de 65 "
      "ans, il doit mentionner l'aquagym.",
      "inscription", ["certificat médical", "médecin", "questionnaire de santé", "papier"],
      ["il faut un papier du docteur", "certificat pour l'aquagym", "questionnaire santé"])
entry("inscription", "Comment s'inscrire et payer ?",
      "À l'accueil (152 avenue de la Pompignane) ou sur hippocampes-montpellier.example. Paiement par carte, "
      "chèque, espèces, chèques vacances ou Pass'Sport; en 3 fois sans frais à partir de 150 €.",
      "inscription", ["inscription", "paiement", "chèque", "plusieurs fois"],
      ["on s'inscrit comment", "je peux payer en 3 fois", "vous prenez les chèques"])
entry("famille", "Avez-vous une réduction pour les familles ?",
      "Oui, -10 % sur le 2e enfant inscrit et -20 % à partir du 3e, sur les cours au trimestre uniquement (pas "
      "sur les stages ni l'aquagym).",
      "inscription", ["réduction", "famille", "frères et sœurs", "tarif"],
      ["réduc pour le deuxième", "tarif famille", "deux enfants inscrits"])
entry("remboursement", "Puis-je arrêter et être remboursé en cours de trimestre ?",
      "Seulement pour raison médicale (certificat de plus de 3 semaines d'arrêt) ou déménagement à plus de 30 "
      "km (justificatif) : remboursement des séances restantes moins 20 € de frais de dossier. Prévenez "
      "l'accueil par écrit.",
      "inscription", ["remboursement", "arrêter", "déménagement", "résilier"],
      ["on arrête en cours d'année", "rembourser le trimestre", "on déménage"])
entry("horaires", "Quels sont les horaires de l'accueil ?",
      "Lundi à vendredi de 9h à 12h et de 14h à 19h, samedi de 8h30 à 12h30. Fermé le dimanche et les jours "
      "fériés. Piscine fermée pour vidange du 4 au 17 août. Téléphone 04 67 55 28 91.",
      "infos", ["horaires", "accueil", "ouvert", "fermeture"],
      ["vous ouvrez à quelle heure", "accueil samedi", "fermé en août"])
entry("parents", "Les parents peuvent-ils regarder les cours ?",
      "Oui, depuis la galerie vitrée au 1er étage, pas au bord du bassin. Pour les enfants jusqu'à 8 ans, un "
      "parent peut aider au vestiaire familial; après 8 ans, les enfants se changent seuls.",
      "règlement", ["parents", "regarder", "galerie", "vestiaire"],
      ["je peux rester voir", "on regarde d'où", "aider au vestiaire"])
entry("adresse", "Où se trouve la piscine ?",
      "152 avenue de la Pompignane, 34000 Montpellier. Tram ligne 1, arrêt Port Marianne, puis 8 minutes à "
      "pied. Parking gratuit de 40 places et arceaux vélos devant l'entrée.",
      "infos", ["adresse", "tram", "parking", "accès"],
      ["vous êtes où", "on peut se garer", "quel tram"])

write_faq("fr", FAQ)

convs = [
    # 1
    [
        ("bonjour, mon pitchoun a 7 ans il va sous l'eau mais il fait a peine 5 metres, vous avez quoi le "
         "mercredi et je le mets dans quel groupe ?",
         BOTH(E["enfants"], E["niveau"]) + " — 5-12 years, groups of 8, 45 min, Wednesday 10h/14h/15h/16h, 165 € "
         "a term (12 lessons); free 20-min level test Wednesday 13h30 (likely Têtard/Grenouille) ('pitchoun' = "
         "little kid)",
         HALF + "; deciding the level for sure"),
        ("et il lui faut quoi comme affaires, il a que un short de surf",
         F(E["bonnet"]) + " — swim cap compulsory (2 € at reception), swimsuit, no board shorts; goggles advised",
         "treating it as new unclear; saying the surf shorts are fine"),
        ("ok. et moi pendant ce temps je reste ou ?",
         F(E["parents"]) + " — watch from the glass gallery on the 1st floor, not at the pool side; help in the "
         "family changing room up to 8 years",
         "treating it as new unclear; saying parents may sit at the pool side"),
        ("top merci, a mercredi alors",
         "Small talk: thanks + acknowledgement + goodbye — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("bonjour c'est pour inscrire quelqu'un",
         "Too vague to answer — choices (children, babies, adults, aquagym...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("ma puce a 9 mois et elle adore le bain, on peut aller dans l'eau avec elle le week-end ?",
         TYPE + F(E["bebes"]) + " — 6 months-4 years, Saturday 9h-11h30, 30 min at 32 °C with a parent in the "
         "water, 12 € or 110 € for 10; swim nappy compulsory",
         "tapping a choice; asking to rephrase; the children's lessons from 5"),
        ("super. et on peut payer en plusieurs fois ? et si j'inscris aussi le grand ya une reduc ?",
         BOTH(E["inscription"], E["famille"]) + " — card, cheque, cash, chèques vacances, Pass'Sport; 3 times "
         "without fees from 150 €; -10 % on the 2nd child, -20 % from the 3rd, on term lessons only, not "
         "on courses or aquagym",
         HALF + "; a discount on everything"),
        ("au fait je parle a une vraie personne la ?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("salut, c'est pour moi cette fois pas pour les petits",
         "Too vague to answer — choices (adult lessons, aquagym...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("non c'est pas ca du tout",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("j'ai 46 ans et j'ai jamais su, l'ete a palavas je reste au bord comme un idiot. y a un truc apres le "
         "boulot ?",
         F(E["adultes"]) + " — beginners welcome (fear of water too), Tuesday and Thursday 19h30-20h15, max 6, "
         "150 € for 10, trial 15 € deducted",
         "asking to rephrase again; the children's lessons"),
        ("et vous faites aussi de la plongee avec bouteille ou du water-polo ?",
         "Not covered (scuba diving / water polo, a near trade the school does not offer) — say so plainly; may "
         "offer a person",
         "inventing a diving or water-polo course"),
    ],
    # 4
    [
        ("bonjour, ma mere a 68 ans et son kine veut qu'elle bouge en piscine, vous avez quoi pour elle ? et "
         "faut une ordonnance ou un truc du toubib ?",
         BOTH(E["aquagym"], E["certificat"]) + " — aquagym Tue 12h15, Thu 18h30, Sat 10h, 9 € or 80 € for 10, "
         "booking by the day before; certificate under 12 months, over 65 it must mention aquagym",
         HALF + "; saying no certificate is needed"),
        ("non elle veut le dimanche matin, et la premiere fois gratuite pour essayer, c'est pas fada quand meme",
         "Push-back ('fada' = crazy): apologise; the FAQ has no Sunday session and no free aquagym trial — say "
         "what it has and offer a person",
         "promising a Sunday session or a free first time; the same answer again without acknowledging"),
        ("bon ca commence a m'engatser. passez-moi un humain de la piscine, tout de suite",
         "Request: angry + person ('engatser' = to annoy) — apologise briefly and hand over to a person",
         PW),
        ("allo ? ca fait un bon moment la",
         WAIT + WAITING + " ('un bon moment' = a long time)",
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("c'est n'importe quoi ! mon fils a eu la varicelle, il a loupe 2 mercredis et l'accueil me dit que "
         "c'est perdu, a 165 euros le trimestre !!",
         F(E["rattrapage"]) + " — apologise; 2 make-ups per term in another slot of the same level within 3 "
         "weeks, with a medical certificate for illness; lessons not made up are not refunded",
         "no apology; promising a refund; saying missed lessons are simply lost"),
        ("au fait le mhsc joue a la mosson ce week-end ?",
         "Not covered (a football fixture, Montpellier HSC) — say so kindly, back to the school's topics",
         "a fixture; an FAQ answer; a handover"),
        ("rappelez-moi au 06 12 55 48 30 svp",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the school's number instead"),
        ("vous rappelez quand ? a 16h30 je recupere le petit a l'ecole",
         WAIT + WAITING,
         "the reception hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("bonjour, mon mari est mute a lyon, on part fin janvier, la petite pourra pas finir l'annee chez "
         "vous",
         F(E["remboursement"]) + " — a move more than 30 km away with proof: remaining lessons refunded minus "
         "20 € fee, tell reception in writing; claim nothing as done",
         "claiming it is refunded or cancelled; saying no refund is ever possible"),
        ("bon... d'accord si vous voulez",
         "Ambiguous yes — ask what they mean or restate the step; nothing claimed as done",
         "claiming the refund is under way; a random FAQ answer"),
        ("et d'ici la pendant les vacances de noel vous faites quelque chose ? et c'est ou deja votre piscine, "
         "c'est ma mere qui l'amenera",
         BOTH(E["vacances"], E["adresse"]) + " — no term lessons in school holidays; 5-day courses, 6-12, 75 €; "
         "152 avenue de la Pompignane, tram 1 Port Marianne + 8 min, free parking",
         HALF),
        ("oh peuchere, ici y a degun de vrai ? passez-moi quelqu'un de la piscine, pas la machine, fan de "
         "chichourle",
         "Request: person in Marseille-style southern French ('peuchère' = good grief, 'dégun' = nobody, 'fan "
         "de chichourle' = an exclamation: isn't there anybody real here? Put me through to someone from the "
         "pool, not the machine) — hand over to a person",
         PW + "; answering an FAQ"),
    ],
    # 7
    [
        ("bonjour, je passe samedi matin deposer des chocolatines aux maitres-nageurs pour les remercier, "
         "l'accueil ouvre a quelle heure ?",
         F(E["horaires"]) + " — Saturday 8h30-12h30 ('chocolatine' = pain au chocolat)",
         "saying closed on Saturday"),
        ("et je pourrai regler le stage de paques en cheque sur place ?",
         F(E["inscription"]) + " — yes, at reception or online; card, cheque, cash, chèques vacances, Pass'Sport",
         "treating it as new unclear; saying cheques are refused"),
        ("merci. et s'il a de la fievre un jour pendant la semaine, il peut le refaire apres ?",
         F(E["rattrapage"]) + " — make-ups exist for term lessons (2 per term, within 3 weeks, certificate); "
         "the FAQ says nothing about courses in the holidays: a right reply does not promise it for the course",
         "promising a make-up day for the holiday course as certain"),
    ],
]

write_plan("fr", convs)
