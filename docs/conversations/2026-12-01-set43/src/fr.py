"""French FAQ and plan for test set 43: École de ski Les Cimes Blanches (ski school), Les Arcs, Savoie (made up).
Run from src/: PYTHONPATH=<check folder> python3 fr.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("collectifs", "Quels sont les tarifs des cours collectifs ?",
      "Les cours collectifs ont lieu du dimanche au vendredi, 6 demi-journées : le matin de 9h15 à 11h45 ou "
      "l'après-midi de 14h15 à 16h45, 10 élèves maximum par groupe. Enfants de 5 à 12 ans : 185 € les 6 matinées, "
      "165 € les 6 après-midi. Ados et adultes : 199 €. Pendant les vacances de Noël et de février, chaque tarif "
      "augmente de 15 €.",
      "cours", ["cours collectifs", "tarif", "prix", "semaine", "demi-journée"],
      ["prix des leçons en groupe", "les cours durent combien de temps", "il y a combien d'enfants par groupe"])
entry("particuliers", "Combien coûte un cours particulier ?",
      "1 heure : 65 €, 2 heures : 120 €, pour 1 ou 2 personnes ; 10 € par personne en plus, jusqu'à 5 personnes. "
      "Le créneau de 12h à 13h coûte 55 €. Pendant les vacances de Noël et de février, les cours particuliers "
      "sont majorés de 15 %. Le forfait de remontées n'est pas compris.",
      "cours", ["cours particulier", "moniteur privé", "leçon privée", "cours privé", "heure"],
      ["un moniteur rien que pour nous", "cours privé pour 2 personnes", "vous faites des cours à l'heure"])
entry("age", "À partir de quel âge mon enfant peut-il prendre des cours ?",
      "Dès 3 ans au Jardin des neiges (3 et 4 ans) : 1h30 par jour de 10h à 11h30, 165 € les 6 jours, dans un "
      "espace clos avec tapis roulant ; le forfait n'est pas nécessaire. Les cours collectifs enfants commencent "
      "à 5 ans. Avant 3 ans, nous ne donnons pas de cours. Le casque est obligatoire pour tous les enfants.",
      "enfants", ["âge", "jardin des neiges", "tout-petits", "casque", "maternelle"],
      ["dès quel âge", "vous prenez les petits", "le casque est obligatoire"])
entry("niveau", "Comment choisir le bon groupe de niveau ?",
      "Nos niveaux : Débutant, Chamois 1, 2 et 3, puis Aigle (pistes rouges et noires). Indiquez le niveau de "
      "votre enfant à la réservation. Le premier jour, les moniteurs vérifient le niveau de chacun et changent "
      "un élève de groupe si besoin, sans supplément. Si vous hésitez, réservez le niveau inférieur.",
      "cours", ["niveau", "groupe de niveau", "débutant", "chamois", "changer de groupe"],
      ["il a déjà skié deux fois", "quel niveau pour mon fils", "il s'ennuie dans son groupe"])
entry("forfait", "Le forfait de remontées est-il compris dans le cours ?",
      "Non, sauf au Jardin des neiges. Les élèves des cours collectifs ont besoin d'un forfait Les Arcs (pour les "
      "débutants, le forfait « Premières glisses » suffit), à acheter aux caisses des remontées ou en ligne. Nous "
      "pouvons acheter les forfaits enfants pour vous si vous le demandez au moins 48 h avant le premier cours : "
      "5 € de frais par forfait.",
      "cours", ["forfait", "remontées mécaniques", "pass", "compris", "caisses"],
      ["faut-il un forfait", "le pass est inclus", "où acheter le forfait des enfants"])
entry("materiel", "Louez-vous le matériel de ski ?",
      "Non, nous ne louons pas de matériel. Notre partenaire Glisse Alpine Sports (Arc 1800, à 50 m de notre "
      "bureau) vous fait 20 % de réduction sur présentation de votre réservation de cours. Skis, chaussures et "
      "casque doivent être prêts avant le premier cours.",
      "infos", ["matériel", "location", "skis", "chaussures", "casque"],
      ["où louer des skis", "vous avez des skis pour les enfants", "réduction location"])
entry("reserver", "Comment réserver et payer ?",
      "Réservez en ligne 24h/24 ou à notre bureau (Galerie des Lauzes, Arc 1800), ouvert tous les jours de 8h30 à "
      "19h en saison, tél. 04 79 55 07 21. Le paiement se fait en totalité à la réservation : carte bancaire en "
      "ligne ; au bureau carte ou espèces. Les chèques vacances ANCV sont acceptés au bureau, seulement pour les "
      "cours collectifs. Pendant les vacances scolaires, réservez au moins 2 semaines à l'avance.",
      "infos", ["réserver", "réservation", "paiement", "en ligne", "bureau"],
      ["comment on s'inscrit", "vous prenez les chèques vacances", "il faut payer tout de suite"])
entry("annulation", "Puis-je annuler ou décaler mes cours ?",
      "Jusqu'à 7 jours avant le premier cours, nous remboursons tout sauf 15 € de frais de dossier. Ensuite, pas "
      "de remboursement, sauf maladie ou accident avec certificat médical : les cours non suivis sont remboursés "
      "au prorata. Décaler vos cours à une autre date de la saison est gratuit jusqu'à 48 h avant, selon les "
      "places disponibles.",
      "infos", ["annuler", "annulation", "décaler", "remboursement", "certificat médical"],
      ["on ne peut plus venir", "mon fils s'est cassé le poignet", "changer de semaine"])
entry("meteo", "Que se passe-t-il si les pistes sont fermées à cause de la météo ?",
      "Les cours ont lieu par tous les temps (neige, brouillard, froid). Si les remontées sont fermées à cause du "
      "vent ou d'un risque d'avalanche, ou si l'école annule un cours, il est remplacé un autre jour de votre "
      "séjour ou remboursé, au choix : avoir ou virement sous 14 jours. Nous vous prévenons par SMS avant 8h.",
      "infos", ["météo", "mauvais temps", "vent", "tempête", "pistes fermées"],
      ["il neige, le cours est maintenu", "cours annulé pour le vent", "remboursement si ça ferme"])
entry("rdv", "Où est le point de rendez-vous des cours ?",
      "À Arc 1800, sur le front de neige devant notre bureau, au panneau jaune « Cimes Blanches » ; à Arc 1600, "
      "au pied du télésiège, devant les caisses. Soyez là 10 minutes avant le début. Les enfants sont récupérés "
      "au même endroit à la fin du cours (11h45 ou 16h45) ; après 15 minutes de retard des parents, nous les "
      "gardons au bureau.",
      "cours", ["rendez-vous", "point de rencontre", "lieu", "récupérer les enfants", "fin du cours"],
      ["on se retrouve où", "où déposer les enfants", "où les chercher à midi"])
entry("medaille", "Mon enfant aura-t-il une médaille à la fin de la semaine ?",
      "Oui. Le vendredi, chaque enfant passe un petit test pendant le dernier cours, puis la remise des médailles "
      "a lieu au point de rendez-vous à 11h45 (cours du matin) ou 16h45 (après-midi). La médaille et le carnet de "
      "progression sont compris dans le prix. Absent le vendredi ? Récupérez-la au bureau jusqu'au samedi 12h.",
      "enfants", ["médaille", "remise des médailles", "test", "insigne", "carnet"],
      ["il y a un test à la fin", "quand sont les médailles", "il aura son insigne"])
entry("snowboard", "Proposez-vous du snowboard et du hors-piste ?",
      "Snowboard : cours collectifs dès 8 ans, 5 après-midi de 14h15 à 16h45 pour 195 €, ou cours particulier aux "
      "tarifs habituels. Hors-piste : seulement en cours particulier avec un moniteur spécialisé, à partir d'un "
      "bon niveau sur piste noire, 340 € la demi-journée (4 h) jusqu'à 4 personnes, DVA, pelle et sonde fournis.",
      "cours", ["snowboard", "hors-piste", "freeride", "planche", "surf"],
      ["cours de snow pour ado", "vous faites du freeride", "apprendre la planche"])
entry("club", "Proposez-vous une formule à la journée avec repas ?",
      "Oui, le Club Journée pour les 5-12 ans : cours du matin et de l'après-midi, avec repas chaud et temps calme "
      "encadrés entre 11h45 et 14h15, du dimanche au vendredi, 495 € la semaine. Le repas seul peut s'ajouter à "
      "un cours du matin ou de l'après-midi : 35 € par jour, à réserver la veille avant 18h.",
      "enfants", ["journée complète", "déjeuner", "repas", "club journée", "garde"],
      ["vous gardez les enfants toute la journée", "ils mangent avec le moniteur", "formule repas"])
entry("cadeau", "Vendez-vous des bons cadeaux ?",
      "Oui, à partir de 50 € ou pour un cours précis, en ligne (PDF immédiat) ou au bureau. Ils sont valables la "
      "saison en cours et la suivante, pour tous nos cours, et ne sont ni remboursables ni échangeables contre de "
      "l'argent.",
      "infos", ["bon cadeau", "cadeau", "offrir", "carte cadeau", "chèque cadeau"],
      ["idée cadeau ski", "offrir un cours", "le bon est valable combien de temps"])
entry("retard", "Que se passe-t-il si nous arrivons en retard au cours ?",
      "Les groupes partent à l'heure (9h15 ou 14h15). En cas de retard, appelez le 04 79 55 07 21 : le moniteur "
      "vous dira où rejoindre le groupe à la pause de 10h30 (15h30 l'après-midi), si c'est possible en sécurité. "
      "Le temps de cours manqué n'est ni remboursé ni rattrapé.",
      "cours", ["retard", "en retard", "arriver tard", "rejoindre le groupe", "ponctualité"],
      ["on sera en retard", "le groupe nous attend", "que faire si on est en retard"])

write_faq("fr", FAQ)

convs = [
    # 1
    [
        ("bonjour, on sera a arc 1800 du 15 au 22 fevrier avec nos 2 garcons de 7 et 10 ans qui savent deja une "
         "miette skier. c'est combien les cours en groupe pour eux, et le forfait il est dedans?",
         BOTH(E["collectifs"], E["forfait"]) + " — children 5-12: 6 mornings 185 €, 6 afternoons 165 €, + 15 € in "
         "the February holidays (200 € / 180 €), 10 per group at most; the lift pass is not included (Les Arcs pass "
         "at the lift tills or online; the school can buy children's passes if asked 48 h ahead, 5 € each) "
         "('une miette' = a little, Savoyard)",
         HALF + "; saying the pass is included; adult prices for the boys"),
        ("et le midi?",
         F(E["club"]) + " — Club Journée for 5-12: morning and afternoon lessons with a supervised hot lunch "
         "11:45-14:15, 495 € a week; or lunch added to one lesson, 35 € a day, booked the day before by 18:00",
         NEW + "only the lesson times or the meeting point"),
        ("ok. et si le grand est pas au bon niveau dans son groupe?",
         F(E["niveau"]) + " — levels Débutant, Chamois 1-3, Aigle; the instructors check everyone on day 1 and "
         "move a child to another group free of charge; if unsure, book the lower level",
         NEW + "saying the group cannot be changed"),
        ("top merci, a tantot peut-etre",
         "Small talk: acknowledgement + thanks + goodbye ('à tantôt' = see you later, Savoyard) — short friendly "
         "close",
         SMALL),
    ],
    # 2
    [
        ("salut, c'est pour ma fille",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("elle a 3 ans et demi, elle se deguille des qu'elle a les skis aux pieds mais elle veut faire comme son "
         "cousin. vous la prenez?",
         TYPE + F(E["age"]) + " — yes: Jardin des neiges from 3 (3-4 years), 1 h 30 a day 10:00-11:30, 165 € for "
         "6 days, enclosed area with a carpet lift, no pass needed; helmet required ('se déguiller' = fall over, "
         "Savoyard)",
         "tapping a choice; asking to rephrase; saying lessons start at 5"),
        ("bon. elle a son casque mais pas de skis, vous en pretez? et on la recupere ou a la fin",
         BOTH(E["materiel"], E["rdv"]) + " — no rental or lending; partner Glisse Alpine Sports 50 m from the office, "
         "20 % off with the booking; children are collected where they were dropped (Arc 1800: snow front in front "
         "of the office, yellow sign; Arc 1600: foot of the chairlift) at the end of the lesson",
         HALF + "; inventing ski rental"),
        ("c'est un vrai moniteur qui me repond ou un ordi?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be an instructor or a person; an FAQ answer"),
    ],
    # 3
    [
        ("bonsoir, petite question pour demain",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("non, aucun de ceux-la",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("en fait demain matin on monte de bourg st maurice, il a neige fort et y a des gonfles partout sur la "
         "route, on va surement louper le debut a 9h15. le petit pourra rattraper les autres?",
         F(E["retard"]) + " — groups leave on time (9:15); call 04 79 55 07 21, the instructor says where to join "
         "the group at the 10:30 break if it is safe; missed time is neither refunded nor made up ('gonfles' = "
         "snowdrifts, Savoyard; being late is never named)",
         "asking to rephrase again; promising a make-up lesson; the weather entry"),
        ("et sinon vous faites aussi des sorties en raquettes le soir, avec une fondue au bout?",
         "Not covered (evening snowshoe outings with a fondue, near the trade but not offered) — say so plainly; "
         "may offer a person",
         "inventing outings or prices"),
    ],
    # 4
    [
        ("bonjour, mon mari et moi on voudrait 2h rien que pour nous deux avec un prof le 28 decembre. ca revient "
         "a quoi, et on regle comment, carte ou ancv?",
         BOTH(E["particuliers"], E["reserver"]) + " — 2 h for 1-2 people 120 €, + 15 % in the Christmas holidays "
         "= 138 €, pass not included; paid in full on booking: card online, card or cash at the office; ANCV "
         "holiday vouchers only for group lessons, so not for this (ANCV = chèques vacances)",
         HALF + "; accepting ANCV for a private lesson; 120 € with no holiday surcharge"),
        ("138 euros pour 2 heures?? faites-nous ca a 100 et prenez nos cheques vacances, ca fait 10 ans qu'on "
         "vient chez vous",
         "Push-back: apologise; the FAQ has the holiday surcharge, no loyalty discount and ANCV only for group "
         "lessons — say what it has (the 12:00-13:00 slot at 55 €) and offer a person",
         "promising a discount or ANCV; the same answer again without acknowledging"),
        ("bon ca suffit, vous tournez en rond. passez-moi un humain du bureau tout de suite",
         "Request: angry + person — apologise briefly and hand over",
         PW),
        ("allo?? quelqu'un au bureau?",
         WAIT + WAITING,
         "an FAQ answer (the office hours); 'how can I help?' as if new"),
    ],
    # 5
    [
        ("inadmissible!!! hier et avant-hier le cours de ma fille a saute, les telesieges etaient arretes pour les "
         "rafales, et personne ne nous dit si on est rembourses. 2 matinees payees pour rien",
         F(E["meteo"]) + " — apologise; a lesson cancelled because the lifts were shut (wind) is replaced on "
         "another day of the stay or refunded, as the customer chooses: credit or transfer within 14 days; SMS "
         "before 8:00",
         "no apology; saying weather cancellations are never refunded"),
        ("vous connaissez une bonne fruitiere pour acheter du beaufort en descendant vers bourg?",
         "Not covered (unrelated: where to buy Beaufort cheese; 'fruitière' = Savoyard cheese cooperative) — say "
         "so kindly",
         "an FAQ answer; a handover"),
        ("rappelez-moi au 06 55 82 14 37 svp, je suis sur les pistes, je vais pas y voir tout de suite",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time "
         "('y voir' = see it, Savoyard 'y' for 'le')",
         PW + "; asking for the number again; the school's phone number instead"),
        ("ca va prendre combien de temps? a 16h45 je dois recuperer la petite au front de neige",
         WAIT + WAITING,
         "the meeting-point entry as the answer; an invented wait time"),
    ],
    # 6
    [
        ("on devait monter samedi pour la semaine de ski des enfants, mais leur grand-mere est tombee malade et on "
         "reste a lyon. pour cette annee c'est mort",
         F(E["annulation"]) + " — up to 7 days before the first lesson: refund minus 15 € fee; later no refund "
         "except illness or accident with a medical certificate (whether the grandmother's illness counts is not in "
         "the FAQ: do not promise); moving the lessons to another date of the season free up to 48 h before; "
         "sympathy; claim nothing as done",
         "claiming it is cancelled or refunded; no sympathy"),
        ("ouais voila",
         "Ambiguous yes — ask what they mean or restate the step; nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("autre chose: pour noel je voudrais offrir des cours a ma soeur, vous faites des bons? et son fils de 14 "
         "ans veut se mettre au snow, c'est possible chez vous?",
         BOTH(E["cadeau"], E["snowboard"]) + " — gift vouchers from 50 € or for a given lesson, online (PDF) or at "
         "the office, valid this season and the next, not refundable; snowboard group lessons from 8, 5 afternoons "
         "14:15-16:45 for 195 €, or private lessons",
         HALF),
        ("adieu, j'y comprends rien a votre bazar, je m'encouble a chaque question. baillez-moi quelqu'un de "
         "l'ecole, un vrai",
         "Request: person in Savoyard-coloured French ('adieu' = hello in Savoie, 's'encoubler' = trip over, "
         "'bailler' = give) — hand over to a person",
         PW + "; answering an FAQ; taking 'adieu' as a goodbye"),
    ],
    # 7
    [
        ("bonjour, premier jour de cours demain pour mes deux, on doit etre ou et a quelle heure? on loge a arc 1600",
         F(E["rdv"]) + " — Arc 1600: at the foot of the chairlift in front of the lift tills, 10 minutes before the "
         "start (9:15 or 14:15 lessons); children collected at the same place at the end",
         "the Arc 1800 meeting point only; inventing a time"),
        ("et leurs forfaits?",
         F(E["forfait"]) + " — not included; Les Arcs pass (beginners: « Premières glisses ») at the lift tills or "
         "online; the school buys children's passes only if asked 48 h before the first lesson, so too late for "
         "tomorrow",
         NEW + "saying the pass is included"),
        ("et vendredi il y a une petite ceremonie pour eux? merci beaucoup pour tout",
         F(E["medaille"]) + " — Friday: a small test in the last lesson, then the medals at the meeting point at "
         "11:45 or 16:45, medal and progress booklet included; absent: collect at the office until Saturday 12:00; "
         "thanks acknowledged",
         NEW + "no thanks acknowledged"),
    ],
]

write_plan("fr", convs)
