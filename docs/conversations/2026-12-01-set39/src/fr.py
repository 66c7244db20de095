"""French FAQ and plan for test set 39: École de Glisse du Pla d'Adet, Saint-Lary-Soulan (made up).
Run from src/: PYTHONPATH=<check folder> python3 fr.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("collectifs", "Quels cours collectifs proposez-vous et à quel prix ?",
      "Cours collectifs de ski du lundi au samedi, 6 demi-journées de 2 h 30 (9 h-11 h 30 ou 14 h-16 h 30), "
      "10 élèves maximum par groupe. Enfants de 6 à 12 ans : 165 € ; ados et adultes : 185 €. Pendant les "
      "vacances scolaires, réservez au moins 3 semaines à l'avance.",
      "cours", ["cours collectif", "groupe", "tarif", "semaine", "enfants"],
      ["combien coute une semaine de cours", "vous faites des cours en groupe", "prix cours ski enfant"])
entry("prive", "Combien coûte un cours particulier ?",
      "1 h : 52 € pour 1 ou 2 personnes ; 2 h : 98 € ; 10 € par personne en plus, 4 personnes maximum. Ski ou "
      "snowboard, tous niveaux, de 9 h à 16 h 30. Rendez-vous au chalet de l'école au Pla d'Adet.",
      "cours", ["cours particulier", "moniteur", "privé", "leçon"],
      ["je veux un moniteur rien que pour nous", "prix d'une heure de cours privé", "cours individuel"])
entry("jardin", "Mon enfant de 3 ou 4 ans peut-il apprendre à skier ?",
      "Oui, au jardin des neiges « Piou-Piou » pour les 3 à 5 ans : 6 séances de 2 h (9 h 30-11 h 30 ou "
      "14 h 30-16 h 30) pour 150 €, dans un espace fermé avec tapis roulant. L'enfant doit être propre ; le "
      "casque est obligatoire.",
      "enfants", ["jardin des neiges", "piou-piou", "petits", "maternelle"],
      ["ma fille a 3 ans", "cours pour les tout-petits", "a partir de quel age le ski"])
entry("medailles", "Comment se passent les tests et les médailles ?",
      "Le test a lieu le dernier jour du stage (en général le samedi). La médaille (Piou-Piou, Ourson, Flocon, "
      "1re à 3e étoile, étoile de bronze ou d'or) est comprise dans le prix et remise à 17 h au chalet du Pla "
      "d'Adet. Si l'enfant ne l'obtient pas, le moniteur note ses progrès dans le livret et il refait le même "
      "niveau la fois suivante.",
      "enfants", ["médaille", "test", "étoile", "ourson", "livret"],
      ["quand est le passage de l'etoile", "il a rate son ourson", "ou recuperer la medaille"])
entry("forfait", "Le forfait de remontées est-il compris ?",
      "Non, le forfait n'est pas compris dans les cours collectifs ni particuliers. Enfants de moins de 5 ans : "
      "gratuit avec une pièce d'identité. Débutants : forfait « espace débutant » à 19 € la journée. Le jardin "
      "des neiges n'a pas besoin de forfait. Achat aux caisses du Pla d'Adet ou en ligne.",
      "pratique", ["forfait", "remontées", "télésiège", "skipass", "caisses"],
      ["faut il acheter le forfait", "le forfait est inclus", "prix forfait debutant"])
entry("materiel", "Peut-on louer le matériel chez vous ?",
      "Pas directement, mais nos élèves ont 20 % de remise chez Glisse Adet Sport, à côté du chalet : pack skis, "
      "chaussures et bâtons 26 €/jour adulte, 16 €/jour enfant, snowboard et boots 28 €/jour, casque 5 €/jour.",
      "pratique", ["location", "matériel", "skis", "chaussures", "casque"],
      ["ou louer des skis", "vous avez des skis a preter", "prix location snowboard"])
entry("meteo", "Que se passe-t-il si les pistes ferment à cause de la météo ?",
      "Si la station ferme les remontées ou si l'école annule (vent, tempête, risque d'avalanche), la séance est "
      "reportée dans la semaine ou remboursée au prorata. La décision est affichée au chalet et envoyée par SMS "
      "avant 8 h 30. Une séance manquée pour une autre raison n'est pas remboursée.",
      "réservations", ["météo", "vent", "fermeture", "tempête", "annulé"],
      ["le cours est annule a cause du vent", "remboursement si la station ferme", "mauvais temps"])
entry("annulation", "Puis-je annuler ou reporter une réservation ?",
      "Plus de 7 jours avant le début : remboursement moins 15 € de frais, ou report gratuit. Moins de 7 jours "
      "avant ou pendant le stage : pas de remboursement, sauf sur certificat médical (remboursement des séances "
      "restantes moins 15 €). L'assurance Carré Neige (3 €/jour) couvre aussi les accidents.",
      "réservations", ["annuler", "reporter", "rembourser", "certificat médical", "frais"],
      ["je dois annuler le stage", "on peut changer de semaine", "rembourse si malade"])
entry("reservation", "Comment réserver un cours ?",
      "En ligne sur ecoleglisse-pladadet.example, au 05 62 40 55 17 ou au bureau. Un acompte de 30 % bloque la "
      "place, le solde se paie au bureau avant le premier cours (CB, espèces, chèques-vacances).",
      "réservations", ["réserver", "réservation", "acompte", "paiement", "chèques-vacances"],
      ["comment on s'inscrit", "je peux payer en cheques vacances", "faut il verser un acompte"])
entry("rdv", "Où est le point de rendez-vous des cours ?",
      "Au chalet de l'école, sur le front de neige du Pla d'Adet (1 680 m), au drapeau jaune, 15 minutes avant "
      "le cours. Depuis le village, prenez la télécabine (première montée 8 h 45) ; parking gratuit au pied de "
      "la télécabine.",
      "pratique", ["rendez-vous", "chalet", "pla d'adet", "télécabine", "heure d'arrivée"],
      ["on se retrouve ou", "ou est le depart des cours", "a quelle heure faut il etre la"])
entry("niveau", "Quel groupe choisir pour mon enfant ou pour moi ?",
      "Choisissez le groupe d'après la dernière médaille obtenue (apportez le livret). Jamais skié : groupe "
      "débutant (Ourson pour les enfants). Le premier matin, le moniteur peut changer l'élève de groupe "
      "gratuitement jusqu'à 10 h.",
      "cours", ["niveau", "débutant", "groupe", "médaille", "livret"],
      ["il n'a jamais skie", "dans quel groupe l'inscrire", "je ne connais pas mon niveau"])
entry("bureau", "Où est votre bureau et quels sont vos horaires ?",
      "Bureau au village : 23 rue Principale, 65170 Saint-Lary-Soulan, tous les jours de 8 h 30 à 12 h et de "
      "15 h à 19 h, de mi-décembre à fin mars. Chalet du Pla d'Adet ouvert de 8 h 30 à 17 h. Téléphone 05 62 40 "
      "55 17.",
      "pratique", ["bureau", "horaires", "adresse", "téléphone", "ouverture"],
      ["vous etes ou", "le bureau ouvre a quelle heure", "numero de telephone"])
entry("snowboard", "À partir de quel âge peut-on faire du snowboard ?",
      "Cours collectifs de snowboard à partir de 8 ans : groupes 8-14 ans et groupes 15 ans et plus séparés, "
      "6 demi-journées, 195 €. Avant 8 ans, seulement en cours particulier (à partir de 6 ans).",
      "cours", ["snowboard", "snow", "surf", "âge minimum"],
      ["mon fils veut faire du snow", "cours de snowboard adulte", "age pour le snowboard"])
entry("tenue", "Que faut-il porter pour les cours ?",
      "Casque obligatoire jusqu'à 12 ans et au jardin des neiges, conseillé pour tous. Gants, masque ou lunettes, "
      "crème solaire, vêtements chauds imperméables. Les enfants reçoivent un dossard contre une caution de 10 €, "
      "rendue à la fin du stage.",
      "pratique", ["casque", "tenue", "vêtements", "dossard", "gants"],
      ["le casque est oblige", "comment habiller les enfants", "c'est quoi la caution du dossard"])
entry("reductions", "Avez-vous des réductions pour les familles ?",
      "Oui : -10 % à partir du 3e membre d'une même famille inscrit la même semaine en cours collectifs, et -5 % "
      "pour toute réservation faite avant le 30 novembre. Les réductions ne se cumulent pas.",
      "réservations", ["réduction", "famille", "remise", "promo"],
      ["prix pour les familles nombreuses", "vous faites une remise", "reduction si on reserve tot"])

write_faq("fr", FAQ)

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"

convs = [
    # 1
    [
        ("bonjour, on monte de toulouse en fevrier avec les 2 petits de 7 et 9 ans, vous faites des cours en "
         "groupe et ca coute combien ? et vous louez les skis aussi",
         BOTH(E["collectifs"], E["materiel"]) + " — 6 half-days, children 6-12 years 165 €, max 10 per group, "
         "book 3 weeks ahead in school holidays; no hire by the school, but 20 % off at Glisse Adet Sport (child "
         "pack 16 €/day)",
         HALF + "; adult price for the children; claiming the school hires skis itself"),
        ("et le forfait il est dedans ?",
         F(E["forfait"]) + " — not included; beginners' area pass 19 €/day; children under 5 free",
         "treating it as new unclear; saying it is included"),
        ("ok. ils ont jamais chausse ni l'un ni l'autre, on les met ou",
         F(E["niveau"]) + " — never skied: beginners' group (Ourson); the instructor can move them until 10 h "
         "the first morning",
         "treating it as new unclear; putting them in the jardin des neiges (3-5 years)"),
        ("super merci, gave pratique. bon je file acheter les chocolatines, a plus",
         "Small talk: acknowledgement + thanks + goodbye ('gavé' = very, 'chocolatine' = pain au chocolat, "
         "south-west) — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("bonjour j'ai une question pour les enfants",
         "Too vague to answer — choices (jardin des neiges, group lessons, medals...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("ma puce fete ses quatre bougies a noel, on peut deja la mettre sur des planches chez vous ou c'est "
         "trop tot",
         TYPE + F(E["jardin"]) + " — yes, the jardin des neiges Piou-Piou for 3-5 years, 6 sessions of 2 h for "
         "150 €; must be toilet-trained; helmet compulsory",
         "tapping a choice; asking to rephrase; the snowboard entry ('planches' = skis here)"),
        ("et le casque c'est oblige ou un bonnet suffit ? j'ai deja tout mis dans une poche. et si ca souffle "
         "fort et que tout ferme, on est rembourses ?",
         BOTH(E["tenue"], E["meteo"]) + " — helmet compulsory in the jardin des neiges and up to 12 ('poche' = "
         "bag); if the resort or school closes: moved within the week or refunded pro rata, SMS before 8:30",
         HALF + "; saying a hat is enough"),
        ("vous etes un robot ou une vraie personne ?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("bonjour c'est pour une reservation",
         "Too vague to answer — choices (booking, cancelling, prices...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("non c'est pas ca du tout",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("mon mari veut se mettre a la planche, il a 42 balais et il a jamais fait, il sera pas avec des "
         "gamins de 10 ans au moins ?",
         F(E["snowboard"]) + " — snowboard groups from 8, with 8-14 and 15+ groups separate, 6 half-days 195 €; "
         "or a private lesson ('balais' = years of age)",
         "asking to rephrase again; putting him with children; the ski group price"),
        ("vous faites aussi des sorties raquettes avec un guide le soir ?",
         "Not covered (guided snowshoe outings) — say so plainly; may offer a person",
         "inventing a snowshoe tour and price"),
    ],
    # 4
    [
        ("bonjour, on est 3 adultes qui ont jamais skie, on voudrait quelqu'un rien que pour nous 2 heures, ca "
         "fait combien et on bloque ca comment ?",
         BOTH(E["prive"], E["reservation"]) + " — 2 h 98 € for 1-2 people + 10 € for the 3rd = 108 €; online, by "
         "phone 05 62 40 55 17 or at the office, 30 % deposit, balance before the first lesson",
         HALF + "; 98 € for three; no deposit mentioned"),
        ("non, je veux le moniteur toute la journee de 9h a 17h pour 98 € et qu'il vienne nous chercher a "
         "l'appartement en bas",
         "Push-back: apologise; the FAQ has no all-day price at 98 € and no pick-up (private lessons 9-16:30, "
         "meeting at the chalet) — say what it has and offer a person",
         "promising a full day or a pick-up; the same answer again without acknowledging"),
        ("peuchere c'est pas possible, passez-moi quelqu'un de l'ecole tout de suite, j'en ai marre",
         "Request: angry + person ('peuchère' = good grief, south) — apologise briefly and hand over to a person",
         PW),
        ("y a quelqu'un ?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("je suis furieux, ce matin le cours du petit a saute parce que ca soufflait trop la-haut, on a paye 165 € pour la semaine, "
         "j'ai espinche votre site partout et rien, on perd la matinee et c'est tout ??",
         F(E["meteo"]) + " — apologise; when the school cancels for wind the session is moved within the week "
         "or refunded pro rata; decision shown at the chalet and by SMS before 8:30 ('espincher' = to look at)",
         "no apology; saying nothing is refunded; the cancellation entry"),
        ("au fait vous savez si le stade toulousain joue samedi ?",
         "Not covered (a rugby fixture) — say so kindly, back to the school's topics",
         "a fixture; an FAQ answer; a handover"),
        ("rappelez-moi au 06 71 55 42 08 svp",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the school's number instead"),
        ("vous rappelez quand ? on reprend la route a 16h",
         WAIT + WAITING,
         "the office hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("bonjour, mon fils s'est casse le poignet au rugby dimanche, il pourra pas faire la semaine de cours "
         "qu'on a prise pour les vacances de fevrier",
         F(E["annulation"]) + " — more than 7 days before: refund minus 15 € or free move; less: refund only "
         "with a medical certificate (minus 15 €); depends on the date; claim nothing as done",
         "claiming it is cancelled; the weather entry"),
        ("ouais, bon",
         "Ambiguous yes ('yeah, well') — ask what they mean or restate the step; nothing claimed as done",
         "claiming it is cancelled or refunded; a random FAQ answer"),
        ("sa soeur elle vient quand meme, elle a sa 2e etoile. le premier matin elle doit etre ou et a quelle "
         "heure ? et le papier du medecin je le depose ou",
         BOTH(E["rdv"], E["bureau"]) + " — chalet on the Pla d'Adet snow front, yellow flag, 15 min before "
         "(first cabin 8:45); office 23 rue Principale, 8:30-12 and 15-19 daily",
         HALF),
        ("boudu con, j'y pige rien a vos trucs. passez-moi un vrai de l'ecole, macarel",
         "Request: person in Toulouse colloquial ('boudu con' / 'macarel' = Occitan-tinged exclamations; 'I "
         "don't get your stuff, put me through to a real one from the school') — hand over to a person",
         PW + "; answering an FAQ; asking for standard French"),
    ],
    # 7
    [
        ("bonjour, ma fille passe son test samedi, la medaille on la recupere ou et c'est en plus ?",
         F(E["medailles"]) + " — included in the price, given at 17 h at the Pla d'Adet chalet",
         "saying it costs extra"),
        ("et si elle le rate ?",
         F(E["medailles"]) + " — progress noted in the booklet, same level next time",
         "treating it as new unclear; promising the medal anyway"),
        ("merci, on s'est gaves cette semaine. l'an prochain on revient avec les 3 cousins, vous faites un "
         "prix ?",
         F(E["reductions"]) + " — -10 % from the 3rd family member in the same week (cousins may not count as "
         "the same family: do not promise), -5 % if booked before 30 November, not combined ('se gaver' = to "
         "have a great time)",
         "inventing a group discount; combining both"),
    ],
]

write_plan("fr", convs)
