"""French FAQ and plan for test set 44: Déneigement Tremblay & Fils (residential snow removal), Chicoutimi,
Saguenay, Québec (made up). Customers write Québécois / Saguenay French. Run from src/:
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


entry("prix", "Combien coûte un contrat de déneigement pour la saison?",
      "Le prix dépend de la taille de l'entrée: entrée simple (1 auto de large, jusqu'à 12 m de long) 425 $, "
      "entrée double (2 autos de large) 525 $, entrée triple ou en U 650 $, taxes en sus (TPS et TVQ). Le contrat "
      "couvre toute la saison du 15 novembre au 15 avril, peu importe le nombre de tempêtes. Nous mesurons votre "
      "entrée gratuitement avant de confirmer le prix.",
      "contrats", ["prix", "contrat", "coût", "entrée double", "tarif"],
      ["c'est combien pour l'hiver", "prix pour une entrée simple", "le prix change-t-il s'il neige beaucoup"])
entry("passage", "Quand passez-vous après une chute de neige?",
      "Nous partons dès 5 cm d'accumulation. Quand la neige arrête avant 3 h du matin, votre entrée est dégagée "
      "avant 7 h en semaine et avant 9 h la fin de semaine. Pendant une grosse tempête (plus de 25 cm), nous "
      "faisons jusqu'à 2 passages, puis nous revenons enlever le bourrelet laissé par la déneigeuse de la Ville "
      "dans les 12 heures suivant son passage.",
      "service", ["passage", "tempête", "accumulation", "bourrelet", "heure de passage"],
      ["vous venez à quelle heure", "combien de centimètres avant que vous veniez",
       "la déneigeuse municipale a bloqué mon entrée"])
entry("saison", "Quelles sont les dates de la saison de déneigement?",
      "La saison va du 15 novembre au 15 avril; les balises sont posées avant le 15 novembre. S'il neige en dehors "
      "de ces dates, nous passons sur demande seulement, au coût de 45 $ par passage, taxes en sus: appelez-nous "
      "ou envoyez un texto.",
      "contrats", ["saison", "dates", "début", "fin de saison", "hors saison"],
      ["vous commencez quand", "s'il neige en octobre", "jusqu'à quand dure le contrat"])
entry("paiement", "Comment puis-je payer mon contrat?",
      "En un seul versement au plus tard le 1er novembre (2 % de rabais) ou en 3 versements égaux le 1er novembre, "
      "le 1er décembre et le 1er janvier. Nous acceptons le virement Interac (paiement@deneigementtremblay.example), "
      "les chèques postdatés, la carte de crédit par téléphone et l'argent comptant au bureau. Un reçu vous est "
      "envoyé par courriel ou par la poste.",
      "contrats", ["paiement", "payer", "versements", "virement interac", "chèque"],
      ["est-ce que je peux payer en plusieurs fois", "acceptez-vous les chèques", "comment faire un virement"])
entry("piquets", "Qui pose les balises et qui répare les dommages sur le terrain?",
      "Nous posons les balises gratuitement avant le 15 novembre et les retirons à la fin avril. Les dommages "
      "causés par notre équipement (pelouse, bordure, haie, clôture) doivent nous être signalés par écrit avec "
      "photos avant le 15 mai; nous réparons la pelouse (terre et semence) et les bordures au printemps, sans "
      "frais. Les objets non balisés ou cachés sous la neige ne sont pas couverts.",
      "terrain", ["balises", "piquets", "dommages", "réparation", "réclamation"],
      ["le tracteur a brisé ma clôture", "quand enlevez-vous les piquets", "ma pelouse est abîmée"])
entry("auto", "Que faites-vous si une auto est stationnée dans l'entrée?",
      "Nous déneigeons autour du véhicule en gardant une distance de sécurité; nous ne déplaçons jamais les autos "
      "et ne touchons pas à la neige qui est dessus. Pour une entrée faite au complet, libérez-la avant 3 h du "
      "matin ou laissez l'auto toujours du même côté. Un retour pour finir l'espace libéré coûte 25 $.",
      "service", ["auto", "voiture", "véhicule", "stationnée", "entrée"],
      ["ma voiture était dans le chemin", "déneigez-vous autour du véhicule", "pouvez-vous revenir quand l'auto est partie"])
entry("escaliers", "Déneigez-vous aussi les escaliers, les galeries et les trottoirs?",
      "Oui, en option: le déneigement à la pelle de l'entrée piétonne, d'une galerie et d'un escalier jusqu'à 15 "
      "marches coûte 180 $ par saison, taxes en sus, et se fait en même temps que l'entrée. L'abrasif sur les "
      "marches est inclus dans cette option. Le trottoir public est déneigé par la Ville, pas par nous.",
      "service", ["escaliers", "galerie", "trottoir", "pelle", "marches"],
      ["pelletez-vous les marches", "option pour le balcon", "le trottoir devant chez nous"])
entry("toiture", "Déneigez-vous les toitures?",
      "Oui, sur appel, avec une équipe attachée et assurée: toit de bungalow 350 $, maison à étage à partir de "
      "450 $ selon la pente, cabanon ou remise 90 $, taxes en sus. Le délai est d'environ 48 heures en période de "
      "forte demande; les urgences (toit qui craque, portes qui ne ferment plus) passent en priorité.",
      "service", ["toiture", "toit", "déneigement de toiture", "surcharge", "cabanon"],
      ["pelletez-vous les toits", "trop de neige sur le toit", "combien pour une remise"])
entry("glace", "Mettez-vous de l'abrasif quand l'entrée est glacée?",
      "Oui. Après du verglas ou de la pluie verglaçante, nous épandons de l'abrasif (petit gravier) dans votre "
      "entrée sans frais, au plus tard 12 heures après la fin des précipitations. Nous n'utilisons pas de sel sur "
      "le pavé uni; sur l'asphalte, le sel est offert sur demande à 10 $ par épandage.",
      "service", ["abrasif", "glace", "verglas", "sel", "gravier"],
      ["c'est une patinoire devant le garage", "mettez-vous du sel", "après la pluie verglaçante"])
entry("annulation", "Puis-je annuler mon contrat ou le transférer si je déménage?",
      "Avant le 15 novembre, nous remboursons le contrat au complet moins 50 $ de frais. Après le début de la "
      "saison, nous remboursons les mois complets qui restent, moins les mêmes 50 $. Si vous vendez votre maison, "
      "le contrat peut être transféré sans frais au nouveau propriétaire, s'il l'accepte par écrit.",
      "contrats", ["annuler", "annulation", "résiliation", "transfert", "déménagement"],
      ["je veux résilier mon contrat", "je déménage en plein hiver", "remboursement si je pars"])
entry("oubli", "Que faire si vous n'êtes pas passés chez moi?",
      "Si votre entrée n'est pas faite à l'heure prévue (7 h en semaine, 9 h la fin de semaine, quand la neige a "
      "arrêté avant 3 h), appelez ou textez notre ligne de service au 418 555-0162, ouverte 24 heures pendant les "
      "tempêtes. Nous repassons dans les 4 heures. Si nous ne sommes pas passés du tout avant midi, vous obtenez "
      "un crédit de 25 $ sur votre prochain versement ou sur le contrat de l'an prochain.",
      "service", ["oubli", "pas passé", "retard", "crédit", "ligne de service"],
      ["personne n'est venu ce matin", "mon entrée n'est pas faite", "vous m'avez oublié"])
entry("secteurs", "Quels secteurs desservez-vous?",
      "Nous déneigeons à Chicoutimi (incluant Canton-Tremblay et Laterrière) et à Jonquière (incluant Kénogami et "
      "Arvida). Nous n'allons pas à La Baie, à Shipshaw ni à Saint-Honoré. Si vous êtes à la limite d'un secteur, "
      "appelez au 418 555-0147 pour vérifier votre adresse.",
      "contrats", ["secteurs", "territoire", "chicoutimi", "jonquière", "adresse"],
      ["allez-vous à la baie", "desservez-vous arvida", "ma rue est-elle dans votre territoire"])
entry("neige", "Où mettez-vous la neige?",
      "Nous soufflons la neige sur votre terrain, jamais dans la rue, sur le trottoir ni chez le voisin: c'est "
      "interdit par règlement municipal. Nous évitons les fenêtres, les haies protégées et la thermopompe si elles "
      "sont balisées. Quand il n'y a plus de place, nous pouvons charger la neige et la transporter au dépôt à "
      "neige: 95 $ par voyage de camion, taxes en sus.",
      "terrain", ["neige soufflée", "terrain", "rue", "camion", "transport"],
      ["vous soufflez ça où", "mon terrain est plein", "pouvez-vous enlever le banc de neige"])
entry("rabais", "Avez-vous des rabais?",
      "Oui: 5 % pour les personnes de 65 ans et plus, 2 % si vous payez en un seul versement avant le 1er "
      "novembre, et un crédit de 50 $ pour chaque voisin que vous nous référez et qui signe un contrat. Les rabais "
      "ne se combinent pas entre eux, sauf le crédit de référence.",
      "contrats", ["rabais", "aînés", "réduction", "référence", "escompte"],
      ["escompte pour les 65 ans et plus", "si mon voisin signe aussi", "y a-t-il un rabais si je paie d'avance"])
entry("inscription", "Comment m'inscrire pour l'hiver?",
      "Remplissez le formulaire sur notre site ou appelez au 418 555-0147 (lundi au vendredi, 8 h à 17 h). Nous "
      "venons mesurer votre entrée gratuitement et vous envoyons le contrat à signer. Les inscriptions se font "
      "jusqu'au 1er novembre; après cette date, vous êtes placé sur une liste d'attente selon les places libres "
      "dans votre secteur.",
      "contrats", ["inscription", "inscrire", "nouveau client", "liste d'attente", "formulaire"],
      ["je voudrais un contrat cette année", "prenez-vous encore des clients", "date limite pour s'inscrire"])

write_faq("fr", FAQ)

convs = [
    # 1
    [
        ("Bon matin! On vient d'acheter un bungalow à Jonquière dans le coin de Kénogami, entrée double. Ça coûte "
         "combien pour l'hiver pis vous montez-tu jusque-là?",
         BOTH(E["prix"], E["secteurs"]) + " — double driveway 525 $ plus taxes (TPS and TVQ) for the whole season, "
         "15 November-15 April, measured free before the price is confirmed; Jonquière including Kénogami is "
         "served ('bon matin' = good morning, 'pis' = and, 'vous montez-tu' = do you come up; '-tu' marks a "
         "question, Québécois)",
         HALF + "; saying Jonquière is not served; a price with taxes included"),
        ("pis tout ce que vous pitchez avec le tracteur, ça atterrit où? pas chez l'voisin j'espère",
         F(E["neige"]) + " — blown onto the customer's own land, never into the street, the sidewalk or the "
         "neighbour's (municipal by-law); windows, protected hedges, heat pump avoided if staked; hauling by truck "
         "95 $ a load when there is no room left ('pitcher' = throw, Québécois; snow never named)",
         NEW + "the stakes-and-damage entry"),
        ("ok. pis si mon char est encore dans l'entree a 5h du matin?",
         F(E["auto"]) + " — they clear around it at a safe distance, never move it or touch the snow on it; for a "
         "full clearing the driveway must be free before 3 a.m. or the car always on the same side; coming back to "
         "finish costs 25 $ ('char' = car, Québécois)",
         NEW + "saying the car gets moved or towed"),
        ("parfait, merci ben, bonne journée là",
         "Small talk: acknowledgement + thanks + goodbye ('merci ben' = thanks a lot, Québécois) — short friendly "
         "close",
         SMALL),
    ],
    # 2
    [
        ("allô, c'est pour ma mère",
         "Too vague to answer ('allô' = hello, Québécois) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("a l'a 82 ans pis y'a au moins 3 pieds de neige sur sa maison, la porte de chambre ferme pu pis ça craque "
         "la nuit. vous montez-tu là-dessus?",
         TYPE + F(E["toiture"]) + " — yes, on call, a roped and insured team: bungalow 350 $, two-storey from 450 $, "
         "plus taxes; about 48 h at busy times, but a cracking roof or doors that no longer shut go first; the 5 % "
         "seniors' discount is a plus ('a l'a' = elle a, 'pu' = plus, 'pieds' = feet, about 90 cm; roof never "
         "named)",
         "tapping a choice; asking to rephrase; the driveway contract price"),
        ("ok. pis son escalier d'en avant, 12 marches, pis sa galerie, ça se fait-tu? a paye comment, elle a pas "
         "internet pis pas de carte",
         BOTH(E["escaliers"], E["paiement"]) + " — option: footpath, porch and stairs up to 15 steps by shovel, "
         "180 $ a season plus taxes, abrasive on the steps included; payment without internet or card: post-dated "
         "cheques or cash at the office (one payment by 1 November with 2 % off, or 3 instalments) ('galerie' = "
         "porch, 'a paye' = elle paie, Québécois)",
         HALF + "; only Interac transfer or card"),
        ("attends là, c'est-tu une vraie personne qui m'écrit ou ben une machine?",
         "Small talk: are you a bot ('c'est-tu' = est-ce, 'ou ben' = or else, Québécois) — honestly an automated "
         "assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("bonsoir, j'aurais une question, c'est un peu compliqué",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("non pantoute, c'est pas ça",
         TYPE + "Typed rejection ('pantoute' = not at all, Québécois) — apologise and ask what exactly it is about; "
         "no handover yet",
         "the same choices again; a handover straight away"),
        ("le tracteur a scalpe ma haie de cedres pis y'a des grandes bandes de tourbe arrachees le long de "
         "l'asphalte. qui va arranger ca?",
         F(E["piquets"]) + " — damage by their equipment (lawn, edging, hedge, fence) reported in writing with "
         "photos before 15 May; lawn (soil and seed) and edging repaired in spring free of charge; unstaked or "
         "hidden objects not covered ('tourbe' = sod, Québécois; damage never named)",
         "asking to rephrase again; the where-does-the-snow-go entry; promising a repair date"),
        ("en passant, vous installez-tu les abris Tempo à l'automne?",
         "Not covered (putting up temporary car shelters, 'abris Tempo', in the autumn: near the trade but not "
         "offered) — say so plainly; may offer a person",
         "inventing the service or a price"),
    ],
    # 4
    [
        ("Bonjour! Mon père a 71 ans, y reste à Laterrière pis y est pu capable de pelleter sa cour. Jusqu'à quand on "
         "peut embarquer avec vous, pis les personnes âgées ont-tu un prix spécial?",
         BOTH(E["inscription"], E["rabais"]) + " — sign up by the form or 418 555-0147 (Mon-Fri 8-17) until 1 "
         "November, later a waiting list by free places in the sector; free measuring; 5 % off from 65, not "
         "combined with the 2 % one-payment discount (Laterrière is served) ('y reste' = il habite, 'cour' = "
         "driveway and yard, 'embarquer' = sign on; registration and discount never named)",
         HALF + "; no seniors' discount; a firm promise of a place after 1 November"),
        ("5 %?? c'est rien pantoute. faites-y 300 $ tout compris pis pelletez ses marches gratis, on est trois dans "
         "la famille à faire affaire avec vous autres",
         "Push-back ('faites-y' = do it for him, 'vous autres' = you people): apologise; the FAQ has 5 % for "
         "seniors, 180 $ for the steps and a 50 $ credit per referred neighbour who signs, no family deal — say what "
         "it has and offer a person",
         "promising 300 $ or free steps; the same answer again without acknowledging"),
        ("bon là chu tanné de tourner en rond avec une machine. passez-moi quelqu'un du bureau, pis vite",
         "Request: angry + person ('chu tanné' = I'm fed up, Québécois) — apologise briefly and hand over",
         PW),
        ("allô?? y'a-tu quelqu'un en ligne?",
         WAIT + WAITING,
         "an FAQ answer (the office phone); 'how can I help?' as if new"),
    ],
    # 5
    [
        ("c'est pas sérieux!! 30 cm cette nuit, à 8h ma cour était encore pleine, j'ai dû sortir la pelle moi-même "
         "pour aller travailler. 525 $ pour ça??",
         F(E["oubli"]) + " — apologise; the driveway is due before 7 on weekdays when the snow stopped before 3 "
         "a.m.; call or text the 24-h service line 418 555-0162, they come back within 4 hours; not done at all "
         "before noon: a 25 $ credit on the next instalment or next year's contract (the missed clearing never "
         "named)",
         "no apology; a refund of the season; the storm-timing entry alone with no word of the service line"),
        ("vous savez-tu à quelle heure commence la game des Saguenéens à soir?",
         "Not covered (unrelated: the start of tonight's Saguenéens hockey game; 'à soir' = tonight, 'game' = "
         "match, Québécois) — say so kindly",
         "an FAQ answer; a handover"),
        ("rappelez-moi au 418 555-0193, chu sur la route jusqu'à 4h",
         "Request: callback with number ('chu' = je suis) — hand over to a person with the number (and 'on the "
         "road until 4') kept; no promise of a time",
         PW + "; asking for the number again; the service line's number instead"),
        ("ca va-tu etre long? mon cell est a 8 % pis j'ai pas mon chargeur",
         WAIT + WAITING,
         "the service-line hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("la maison est vendue, les clés vont au nouveau proprio le 1er février pis nous autres on s'en va rester en "
         "Floride. on aura pu besoin de vous autres",
         F(E["annulation"]) + " — after the season started: refund of the full months left minus 50 $, or the "
         "contract transferred free to the buyer if he accepts in writing; good wishes; claim nothing as done "
         "('proprio' = owner, 'on s'en va rester' = we're going to live, 'pu' = no longer; cancelling never "
         "named)",
         "claiming it is cancelled or refunded; a refund of the whole season"),
        ("ouin ok",
         "Ambiguous yes ('ouin' = yeah, half-hearted, Québécois) — ask whether they want a refund or a transfer "
         "to the buyer; nothing claimed as done",
         "claiming it is cancelled or transferred; a random FAQ answer"),
        ("autre affaire: à matin y'a de la glace vive dans l'entrée, mettez-vous du gravier? pis vous les enlevez "
         "quand, vos piquets?",
         BOTH(E["glace"], E["piquets"]) + " — after freezing rain abrasive (small gravel) spread free within 12 h; "
         "no salt on paving stones, on asphalt salt on request 10 $; the stakes come out at the end of April ('à "
         "matin' = this morning, 'glace vive' = sheer ice)",
         HALF + "; charging for the gravel"),
        ("Coudonc, j'comprends rien pantoute à vot' patente. Arrêtez d'me niaiser pis mettez-moé sur la ligne avec "
         "un vrai monde du bureau!",
         "Request: person in Québécois ('well then, I understand nothing at all of your thing; stop messing me "
         "around and put me on the line with a real person from the office'; 'coudonc' = well then, 'patente' = "
         "gadget, 'niaiser' = mess around, 'moé' = moi, 'un vrai monde' = a real person) — hand over to a person",
         PW + "; answering an FAQ; asking for standard French"),
    ],
    # 7
    [
        ("Bonjour, première année avec vous autres. Vous partez à partir de combien de centimètres, pis vers quelle "
         "heure mon entrée va être faite?",
         F(E["passage"]) + " — from 5 cm; snow stopping before 3 a.m.: driveway clear before 7 on weekdays and 9 at "
         "weekends; big storms (over 25 cm) up to 2 passes",
         "inventing another threshold; no time given"),
        ("pis apres le 15 avril s'il neige encore?",
         F(E["saison"]) + " — the season ends on 15 April; after it, a pass only on request at 45 $ plus taxes, "
         "call or text",
         NEW + "saying it is included in the contract"),
        ("ok, pis la charrue de la Ville qui nous bouche le bout de l'entrée après votre passage? merci ben pour les "
         "réponses",
         F(E["passage"]) + " — they come back for the ridge left by the city plough within 12 hours of its pass; "
         "thanks acknowledged ('charrue' = snowplough, Québécois)",
         NEW + "saying the city's ridge is the customer's job; no thanks acknowledged"),
    ],
]

write_plan("fr", convs)
