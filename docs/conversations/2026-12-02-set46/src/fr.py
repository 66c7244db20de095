"""French FAQ and plan for test set 46: Kréol Parapente (tandem paragliding flights), Saint-Leu, La Réunion, made up.
Customers write Réunion French with Réunion Creole words. Served as fr. Run from src/:
PYTHONPATH=<check folder> python3 fr.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("prix", "Combien coûte un vol en parapente biplace ?",
      "Vol découverte d'environ 15 minutes depuis le décollage de 800 m : 75 €. Vol sensation d'environ 20 "
      "minutes depuis 1 500 m : 95 €. Vol prestige d'environ 30 minutes : 130 €. Le transport en 4x4 jusqu'au "
      "décollage et l'assurance sont compris.",
      "vols", ["prix", "tarif", "coût", "vol découverte", "biplace"],
      ["c'est combien un vol", "prix du vol de 20 minutes", "le tarif comprend quoi"])
entry("reserver", "Comment réserver un vol ?",
      "Réservez sur notre site ou par téléphone au 0262 55 01 23. Un acompte de 30 € par personne est demandé "
      "par carte. Nous vous confirmons l'heure du vol par SMS la veille à 18 h, selon la météo. En juillet, août "
      "et pendant les vacances scolaires, réservez au moins une semaine à l'avance.",
      "réservation", ["réserver", "réservation", "acompte", "disponibilité"],
      ["je voudrais réserver pour samedi", "il faut réserver combien de temps avant", "vous avez de la place demain"])
entry("meteo", "Que se passe-t-il si la météo ne permet pas de voler ?",
      "Nous volons le matin, quand les conditions sont les plus calmes. Si nous annulons à cause du vent, de la "
      "pluie ou des nuages, vous choisissez : report gratuit à une autre date ou remboursement intégral, "
      "acompte compris, sous 7 jours. Nous vous prévenons au plus tard 1 heure avant le rendez-vous.",
      "réservation", ["météo", "vent", "pluie", "annulé", "report"],
      ["et s'il pleut", "vol annulé à cause du vent", "vous remboursez si on ne vole pas"])
entry("annulation", "Puis-je annuler ou déplacer mon vol ?",
      "Oui, gratuitement jusqu'à 48 heures avant le vol, par téléphone ou par e-mail. Moins de 48 heures avant, "
      "l'acompte de 30 € est conservé. Si vous ne venez pas sans prévenir, le vol est dû en entier.",
      "réservation", ["annuler", "déplacer", "changer la date", "annulation", "reporter"],
      ["je ne peux plus venir", "changer la date de mon vol", "on récupère l'acompte"])
entry("poids", "Y a-t-il des limites de poids ou d'âge ?",
      "Nous faisons voler les passagers de 20 à 110 kg. Les enfants peuvent voler dès 6 ans ; les moins de 18 "
      "ans doivent avoir une autorisation signée par un parent. Il n'y a pas d'âge maximum, il suffit de pouvoir "
      "faire quelques pas de course au décollage.",
      "vols", ["poids", "âge", "enfant", "kilos", "limite"],
      ["à partir de quel âge", "je pèse 100 kilos", "mon fils peut voler"])
entry("sante", "Puis-je voler si j'ai un problème de santé ou si je suis enceinte ?",
      "Le vol est déconseillé aux femmes enceintes et aux personnes ayant un problème cardiaque ou une opération "
      "récente du dos ou des genoux ; un certificat médical est demandé en cas d'épilepsie. Ne volez pas dans les "
      "24 heures après une plongée en bouteille. Si vous avez le mal des transports, prévenez le pilote.",
      "vols", ["santé", "enceinte", "grossesse", "médical", "plongée"],
      ["je suis enceinte", "j'ai des problèmes de dos", "mal des transports"])
entry("tenue", "Que faut-il porter pour le vol ?",
      "Des chaussures fermées (pas de tongs), un pantalon léger ou un short, un coupe-vent et des lunettes de "
      "soleil avec un cordon. Pensez à la crème solaire (indice 50), il fait vite 30 °C à l'atterrissage. Le casque et la sellette sont fournis.",
      "vols", ["tenue", "vêtements", "chaussures", "porter", "habits"],
      ["comment s'habiller", "on peut voler en tongs", "il faut prendre une veste"])
entry("rdv", "Où est le point de rendez-vous ?",
      "Rendez-vous à notre local, 12 rue du Lagon, 97436 Saint-Leu, 30 minutes avant l'heure du vol ; le parking "
      "de la plage en face est gratuit. Notre 4x4 vous monte au décollage (environ 20 minutes de route) et "
      "l'atterrissage se fait sur la plage, à 200 m du local.",
      "pratique", ["rendez-vous", "adresse", "parking", "local", "lieu"],
      ["où est-ce qu'on se retrouve", "on peut se garer", "c'est où votre local"])
entry("photos", "Proposez-vous des photos et vidéos du vol ?",
      "Oui, l'option photos et vidéo GoPro coûte 30 € ; le pilote filme tout le vol. Vous recevez un lien de "
      "téléchargement par e-mail sous 24 heures, ou une clé USB pour 5 € de plus. Votre propre téléphone n'est "
      "autorisé qu'avec une dragonne.",
      "vols", ["photos", "vidéo", "gopro", "film", "souvenir"],
      ["vous filmez le vol", "combien pour la vidéo", "je peux prendre mon téléphone"])
entry("duree", "Combien de temps dure l'activité au total ?",
      "Comptez 1 h 30 à 2 heures en tout : accueil, montée en 4x4 d'environ 20 minutes, briefing de 10 minutes, "
      "le vol, puis le retour au local depuis la plage d'atterrissage à pied.",
      "pratique", ["durée", "temps", "combien de temps", "heures"],
      ["ça prend combien de temps", "on en a pour la matinée", "le vol dure combien"])
entry("bons", "Proposez-vous des bons cadeaux ?",
      "Oui, pour tous nos vols, valables 12 mois. Vous recevez le bon en PDF tout de suite, ou une carte "
      "imprimée pour 5 € de plus. Une prolongation de 3 mois coûte 15 €. Les bons ne sont pas remboursables.",
      "réservation", ["bon cadeau", "cadeau", "offrir", "carte cadeau"],
      ["je veux offrir un vol", "bon cadeau anniversaire", "mon bon est périmé"])
entry("groupes", "Y a-t-il des tarifs pour les groupes ?",
      "À partir de 5 personnes le même jour, nous accordons 10 % de réduction sur les vols (pas sur les options). "
      "Comités d'entreprise et associations : devis sur demande. Nos 4 pilotes volent par rotations, prévoyez la "
      "matinée pour un groupe.",
      "réservation", ["groupe", "réduction", "comité d'entreprise", "association", "remise"],
      ["on est un groupe de 8", "vous faites une remise pour les groupes", "sortie d'entreprise"])
entry("paiement", "Quels moyens de paiement acceptez-vous ?",
      "Carte bancaire (sauf American Express), espèces et chèques ANCV ; virement pour les groupes et les "
      "comités d'entreprise. L'acompte de 30 € se paie par carte en ligne ou par téléphone, le solde le jour du vol.",
      "pratique", ["paiement", "payer", "carte bancaire", "espèces", "ANCV"],
      ["je peux payer en liquide", "vous prenez la carte", "payer le reste le jour même"])
entry("peur", "Et si j'ai peur ou le vertige ?",
      "Nos pilotes sont diplômés d'État et ont chacun plus de 3 000 vols. En parapente, on ressent rarement le "
      "vertige car on n'est relié à rien au sol. Dites-le au pilote : il fera un vol tout en douceur. Si vous "
      "renoncez au moment du décollage, nous vous remboursons 50 % du prix.",
      "vols", ["peur", "vertige", "stress", "angoisse", "sécurité"],
      ["j'ai le vertige", "c'est dangereux", "et si je panique"])
entry("horaires", "Quels sont vos horaires ?",
      "Nous volons tous les jours de 7 h 30 à 12 h 30 ; le bureau répond au téléphone de 8 h à 17 h. Le vendredi, "
      "un vol au coucher du soleil part à 16 h 30 (supplément de 20 €). Fermé le 25 décembre et le 1er janvier.",
      "pratique", ["horaires", "ouvert", "heures", "dimanche", "fermé"],
      ["vous êtes ouverts le dimanche", "à quelle heure sont les vols", "vous volez l'après-midi"])

write_faq("fr", FAQ)

convs = [
    # 1
    [
        ("oté ! nou lé deux avec mon mari, zot i fé combien pour monter dans le ciel la haut, et faut s'y prendre "
         "longtemps avant ?",
         BOTH(E["prix"], E["reserver"]) + " — discovery flight about 15 min from 800 m 75 €, sensation about 20 "
         "min from 1,500 m 95 €, prestige about 30 min 130 €, 4x4 and insurance included; book online or on "
         "0262 55 01 23, 30 € deposit per person, SMS the evening before; in July, August and school holidays at "
         "least a week ahead ('oté' = hey, 'nou lé' = we are, 'zot i fé' = you charge, Réunion Creole)",
         HALF + "; a price for the two together without the options; inventing a couples' discount"),
        ("et not marmaille la 9 ans, li peut monter aussi ?",
         F(E["poids"]) + " — children from 6, under 18 need a parent's signed authorisation, 20-110 kg ('marmaille' "
         "= child, kids, 'li' = he/she, Creole; age never named)",
         NEW + "saying children can't fly"),
        ("on met quoi comme linge ? on sort direct de la plage nous",
         F(E["tenue"]) + " — closed shoes, no flip-flops, light trousers or shorts, a windbreaker, sunglasses with "
         "a cord, sun cream; helmet and harness provided ('linge' = clothes, Réunion)",
         NEW + "saying swimwear and flip-flops are fine"),
        ("gayar, merci bien ! allé, a tout' !",
         "Small talk: acknowledgement + thanks + goodbye ('gayar' = great, 'allé' = right then, Réunion) — short "
         "friendly close",
         SMALL),
    ],
    # 2
    [
        ("bonjour, mi voudrait un ti renseignement",
         "Too vague to answer ('mi voudrait un ti renseignement' = I'd like a bit of information, Creole) — "
         "choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("ma femme i attend un baba pour mars, èl i peut faire le vol quand même ?",
         TYPE + F(E["sante"]) + " — flying is advised against in pregnancy (also heart trouble, recent back or knee "
         "surgery) ('i attend un baba' = she is expecting a baby, Creole; pregnancy never named)",
         "tapping a choice; asking to rephrase; the age and weight entry"),
        ("et zot i filme ? pask faut qu'on soit à roland garros pour 14h, tout ça i prend combien de temps ?",
         BOTH(E["photos"], E["duree"]) + " — photo and GoPro video option 30 €, download link within 24 h, USB key "
         "5 € more; allow 1 h 30 to 2 h in all (4x4 about 20 min, 10 min briefing, flight, walk back) ('pask' = "
         "because; 'Roland Garros' = the airport of Saint-Denis)",
         HALF + "; only the flight's 20 minutes as the whole time"),
        ("atann, na in moun pou vré derrière ou c'est un robot ?",
         "Small talk: are you a bot ('atann' = wait, 'na in moun pou vré' = is there a real person, Creole) — "
         "honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("bonjour, c'est pour dimanche passé",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("non narien de tout ça",
         TYPE + "Typed rejection ('narien' = nothing, Creole) — apologise and ask what exactly happened; no "
         "handover yet",
         "the same choices again; a handover straight away"),
        ("nout vol de 8h la té arrêté par zot pask la brise té trop forte. nou la payé 190 euros et depuis "
         "narien, nou rentre en métropole jeudi",
         F(E["meteo"]) + " — cancelled by the shop for wind: free move to another date or full refund, deposit "
         "included, within 7 days; with departure on Thursday the refund is the fitting choice; offer to check "
         "('nout' = our, 'té' = was, 'nou la payé' = we paid, Creole; weather cancellation never named)",
         "asking to rephrase again; the customer's own cancellation rule (deposit kept)"),
        ("zot i donne aussi des cours pou apprendre à voler tout seul ?",
         "Not covered (solo paragliding lessons, near the trade but not offered) — say so plainly; may offer a "
         "person",
         "inventing a school or course prices; the flight prices as if they were that"),
    ],
    # 4
    [
        ("salut. nou lé 7 collègues du boulot, on veut tous monter le même matin. zot i fé un geste ? et nou "
         "règle avec les chèques vacances, ça passe ?",
         BOTH(E["groupes"], E["paiement"]) + " — from 5 people on the same day 10 % off the flights, not the "
         "options, flown in rotations over the morning; card (not Amex), cash and ANCV holiday vouchers, bank "
         "transfer for groups ('fé un geste' = give a discount; group and payment never named)",
         HALF + "; a bigger discount; saying holiday vouchers are refused"),
        ("10 % seulement ? mettez-nous à 60 € par tête et la vidéo offerte, sinon on va voir ailleurs",
         "Push-back: apologise; the FAQ has 10 % from 5 people, not on the options, and the video at 30 € — say so "
         "and offer a person",
         "promising 60 € or a free video; the same answer again without acknowledging"),
        ("bon sa i suffit, ou comprend narien. passe-moi quelqu'un du bureau tout de suite !",
         "Request: angry + person ('ou comprend narien' = you understand nothing, Creole) — apologise briefly and "
         "hand over",
         PW),
        ("allo ?? na quelqu'un ?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("C'EST UNE ARNAQUE. payé 30 € mardi pour avoir les images de notre envolée, on est samedi, toujours pas "
         "reçu le lien, j'ai regardé les spams et tout !!",
         F(E["photos"]) + " — apologise; the download link is due within 24 hours, so it is overdue: a person to "
         "check or resend is due ('les images de notre envolée' = the photo and video option; video never named)",
         "no apology; telling them to keep waiting; the price entry"),
        ("ou sait si le piton de la fournaise lé en éruption en ce moment ?",
         "Not covered (unrelated: whether the Piton de la Fournaise volcano is erupting; 'ou sait' = do you know, "
         "'lé' = is, Creole) — say so kindly",
         "an FAQ answer; the weather entry; a handover"),
        ("rappelez-moi au 0692 55 47 18, plutôt après 17h",
         "Request: callback with number — hand over to a person with the number (and 'after 5 pm') kept; no "
         "promise of a time",
         PW + "; asking for the number again; the shop's number instead"),
        ("lé long là... mon bus i passe dans 10 minutes",
         WAIT + WAITING,
         "the opening hours; an invented wait time"),
    ],
    # 6
    [
        ("bonjour, nou té prévu samedi 8h pour deux personnes. ma sœur i marie le même jour finalement, donc pour "
         "nous sa lé pas possible",
         F(E["annulation"]) + " — free up to 48 h before the flight by phone or e-mail (moving the date too); "
         "later the 30 € deposit is kept; claim nothing as done ('sa lé pas possible' = that's not possible; "
         "cancelling never named)",
         "claiming it is cancelled; saying the deposit is lost without the 48 h rule"),
        ("lé bon",
         "Ambiguous reply ('lé bon' = it's fine / OK, Réunion: go ahead or just noted) — ask what they mean or "
         "restate the step; nothing claimed as done",
         "claiming it is cancelled or moved; a random FAQ answer"),
        ("ot chose : mi veut faire la surprise à mon papa pour ses 70 ans, zot i fé ça ? et le dimanche zot i "
         "travaille ?",
         BOTH(E["bons"], E["horaires"]) + " — gift vouchers for all flights, valid 12 months, PDF at once or a "
         "printed card for 5 €; flights every day 7:30-12:30, office 8-17, closed 25 December and 1 January (so "
         "Sunday yes) ('ot chose' = something else; voucher never named)",
         HALF + "; saying 70 is too old"),
        ("arète ek out zafèr, mi comprend narien ! donn amoin in vré moun pou koz avek, lé pa possib sa !",
         "Request: person in Réunion Creole ('stop with your thing, I understand nothing; give me a real person to "
         "talk to, this can't go on') — hand over to a person",
         PW + "; answering an FAQ; asking for standard French"),
    ],
    # 7
    [
        ("bonsoir, on arrive demain matin à saint-leu, c'est où qu'on vous retrouve et on peut laisser la voiture ?",
         F(E["rdv"]) + " — 12 rue du Lagon, 97436 Saint-Leu, 30 min before the flight, free beach car park "
         "opposite, 4x4 to take-off, landing on the beach 200 m away",
         "only the take-off height; inventing a paid car park"),
        ("et si j'ai la tête qui tourne là-haut ?",
         F(E["peur"]) + " — state-qualified pilots with over 3,000 flights each, vertigo is rare, a gentle flight "
         "on request, 50 % back if you give up at take-off (vertigo never named; motion sickness in the health "
         "entry is a plus)",
         NEW + "saying it's not possible to fly"),
        ("ok. mi fé 112 kilos, sa lé un problème ? merci",
         F(E["poids"]) + " — yes: the limit is 110 kg, so 112 kg can't fly; thanks acknowledged; no pressure",
         NEW + "saying 112 kg is fine"),
    ],
]

write_plan("fr", convs)
