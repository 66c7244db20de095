"""French FAQ and plan for test set 38: Studio Lumière du Cap, Québec (made up).
Run from src/: PYTHONPATH=<check folder> python3 fr.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("passeport", "Faites-vous les photos de passeport?",
      "Oui, sans rendez-vous pendant les heures d'ouverture, en 10 minutes. Photos de passeport canadien, "
      "carte d'assurance maladie, résidence permanente et visas : 2 photos imprimées pour 19,95 $, taxes "
      "incluses, conformes aux normes. Pour les bébés de moins de 1 an, ajoutez 5 $.",
      "photos d'identité", ["passeport", "photo d'identité", "visa", "sans rendez-vous", "bébé"],
      ["combien pour une photo de passeport", "faut-il prendre rendez-vous pour une photo de passeport",
       "photo pour la résidence permanente"])
entry("heures", "Quelles sont vos heures d'ouverture et où êtes-vous?",
      "Studio Lumière du Cap, 412, rue Saint-Joseph Est, Québec (Québec) G1K 3B5, quartier Saint-Roch. Mardi "
      "au vendredi de 10 h à 18 h, samedi de 9 h à 16 h, fermé dimanche et lundi. Stationnement payant dans la "
      "rue et au stationnement Saint-Roch, à 2 minutes. Téléphone 418 555-0347.",
      "général", ["heures", "adresse", "ouvert", "stationnement", "téléphone"],
      ["vous êtes ouverts quand", "où est le studio", "où se stationner"])
entry("portrait", "Combien coûte une séance portrait?",
      "Séance portrait individuelle de 45 minutes en studio : 175 $, avec 5 photos retouchées en haute "
      "résolution. Photo additionnelle retouchée : 25 $. Portrait professionnel (LinkedIn, CV) en 20 minutes : "
      "95 $ pour 2 photos retouchées.",
      "séances", ["portrait", "séance", "photo professionnelle", "linkedin", "retouche"],
      ["prix d'une séance photo", "photo pour mon profil linkedin", "combien de photos sont incluses"])
entry("famille", "Faites-vous des séances de famille ou de nouveau-né?",
      "Oui : séance famille de 1 h en studio ou à l'extérieur (à moins de 30 km), 250 $ jusqu'à 6 personnes, "
      "15 photos retouchées. Séance nouveau-né (bébé de 5 à 15 jours) de 3 h en studio : 325 $. Animaux "
      "bienvenus à la séance famille.",
      "séances", ["famille", "nouveau-né", "enfants", "extérieur", "animaux"],
      ["photo avec les enfants", "séance photo bébé naissant", "peut-on amener le chien"])
entry("mariage", "Quels sont vos forfaits mariage?",
      "3 forfaits : Essentiel 6 h, 2 400 $; Complet 10 h avec un 2e photographe, 3 600 $; Élopement 2 h, "
      "900 $. Galerie en ligne avec toutes les photos retouchées en 8 semaines. Dépôt de 30 % pour réserver la "
      "date, solde 14 jours avant le mariage. Déplacement gratuit jusqu'à 50 km de Québec, 0,65 $/km au-delà.",
      "mariages", ["mariage", "forfait", "photographe de mariage", "noces"],
      ["combien pour notre mariage", "vous faites les mariages", "forfait mariage prix"])
entry("reservation", "Comment réserver une séance?",
      "En ligne sur notre site, par téléphone au 418 555-0347 ou au studio. Un dépôt de 50 $ confirme la "
      "séance et est déduit du prix. Les séances de fin de semaine partent vite : réservez 3 à 4 semaines "
      "d'avance.",
      "séances", ["réserver", "rendez-vous", "dépôt", "disponibilité", "réservation"],
      ["comment prendre rendez-vous", "avez-vous de la place samedi", "faut-il payer un dépôt"])
entry("annulation", "Puis-je annuler ou déplacer ma séance?",
      "Vous pouvez déplacer ou annuler gratuitement jusqu'à 48 h avant la séance. Moins de 48 h avant, le dépôt "
      "de 50 $ est perdu, mais vous pouvez déplacer une fois. Mariages : le dépôt de 30 % n'est pas remboursable, "
      "mais peut être reporté une fois à une autre date dans les 12 mois.",
      "séances", ["annuler", "déplacer", "reporter", "dépôt", "remboursement"],
      ["je dois changer ma date", "annulation de séance", "est-ce que je perds mon dépôt"])
entry("delai", "Quand vais-je recevoir mes photos?",
      "Séances portrait et famille : galerie de sélection en ligne dans 5 jours ouvrables, puis photos "
      "retouchées 10 jours ouvrables après votre choix. Mariages : 8 semaines. Service express en 48 h pour 60 $ "
      "(portrait seulement).",
      "photos", ["délai", "recevoir", "galerie", "retouchées", "express"],
      ["quand auront-on les photos", "combien de temps pour la retouche", "c'est long avant d'avoir les photos"])
entry("impression", "Imprimez-vous des photos?",
      "Oui, sur papier mat ou lustré, aussi à partir de vos propres fichiers (clé USB ou courriel, minimum "
      "2 Mo) : 4x6 à 0,45 $, 5x7 à 2,50 $, 8x10 à 6 $, grand format 16x20 à 28 $. Prêt en 24 h, ou en 1 h pour "
      "moins de 50 photos 4x6.",
      "impression", ["impression", "imprimer", "format", "agrandissement", "tirage"],
      ["faire imprimer mes photos", "prix d'un agrandissement", "imprimez-vous à partir d'une clé usb"])
entry("encadrement", "Faites-vous l'encadrement?",
      "Oui, encadrement sur mesure au studio : cadre noir, blanc ou bois naturel, verre anti-reflet. À partir de "
      "45 $ pour un 8x10, 120 $ pour un 16x20. Toile sur châssis à partir de 89 $. Délai 7 à 10 jours ouvrables.",
      "impression", ["encadrement", "cadre", "toile", "sur mesure"],
      ["pouvez-vous encadrer une photo", "prix d'un cadre", "photo sur toile"])
entry("fichiers", "Est-ce que je reçois les fichiers numériques?",
      "Oui, les photos retouchées incluses dans votre forfait sont livrées en haute résolution par galerie en "
      "ligne, téléchargeables pendant 60 jours. Vous pouvez les imprimer où vous voulez pour usage personnel. "
      "Les photos non retouchées (RAW) ne sont pas remises.",
      "photos", ["fichiers", "numérique", "haute résolution", "télécharger", "droits"],
      ["est-ce que j'ai les fichiers", "combien de temps pour télécharger", "peut-on avoir les photos brutes"])
entry("paiement", "Quels modes de paiement acceptez-vous?",
      "Comptant, débit, Visa, Mastercard et virement Interac. Pour les mariages, paiement en 3 versements "
      "possible. Les prix des séances n'incluent pas les taxes (TPS 5 % et TVQ 9,975 %), sauf les photos de "
      "passeport.",
      "général", ["paiement", "interac", "carte", "versements", "taxes"],
      ["prenez-vous le débit", "peut-on payer en plusieurs fois", "les taxes sont-elles incluses"])
entry("carte", "Vendez-vous des cartes-cadeaux?",
      "Oui, de 25 $ à 500 $, valides 2 ans, pour toutes nos séances et impressions. En format papier au studio "
      "ou par courriel (PDF) le jour même. Non remboursables.",
      "général", ["carte-cadeau", "cadeau", "offrir", "certificat"],
      ["offrir une séance en cadeau", "avez-vous des certificats cadeaux", "cadeau pour ma mère"])
entry("retouche", "Pouvez-vous restaurer une vieille photo?",
      "Oui : numérisation d'une photo papier 8 $, restauration simple (taches, pliures) 35 $, restauration "
      "complexe ou colorisation 75 $ par photo. Délai 5 à 10 jours ouvrables. Apportez l'original au studio, on "
      "vous le rend intact.",
      "photos", ["restauration", "vieille photo", "numérisation", "colorisation", "réparer"],
      ["réparer une photo déchirée", "numériser des vieilles photos", "mettre en couleur une photo"])
entry("insatisfait", "Je ne suis pas satisfait de mes photos. Que faire?",
      "Écrivez-nous dans les 14 jours suivant la livraison à studio@lumiereducap.example avec les numéros des "
      "photos. Nous refaisons la retouche gratuitement une fois. Si le problème vient de la séance, nous offrons "
      "une reprise de 30 minutes gratuite.",
      "photos", ["insatisfait", "plainte", "reprise", "retouche", "problème"],
      ["mes photos sont ratées", "je n'aime pas mes photos", "refaire la séance"])

write_faq("fr", FAQ)

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"

convs = [
    # 1
    [
        ("allo, ca me prends des photos pour mon passeport pis celui de mon petit de 8 mois, faut-tu prendre un "
         "rendez vous pis c'est combien",
         F(E["passeport"]) + " — no appointment, 10 minutes; 19,95 $ taxes included for 2 photos each, +5 $ "
         "for the baby (under 1 year)",
         "asking for an appointment; forgetting the baby supplement"),
        ("vous etes ouvert le lundi? je peux passer juste apres ma job",
         F(E["heures"]) + " — closed Sunday and Monday; Tue-Fri 10-18, Sat 9-16; 412 rue Saint-Joseph Est",
         "treating it as new unclear; saying open on Monday"),
        ("ok. pis mon char, je le met ou dans st-roch",
         F(E["heures"]) + " — paid street parking and the Saint-Roch parking lot 2 minutes away",
         "treating it as new unclear; inventing a free lot"),
        ("tiguidou, merci! a tantot",
         "Small talk: acknowledgement + thanks + goodbye ('tiguidou' = perfect, 'a tantot' = see you later) — "
         "short friendly close",
         SMALL),
    ],
    # 2
    [
        ("bonjour, j'ai une question pour une seance",
         "Too vague to answer — choices (booking, portraits, family...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("on voudrait une photo de nous 4 pis le chien dans les plaines en octobre avec les couleurs, ca revient "
         "a combien",
         TYPE + F(E["famille"]) + " — family session 1 h in studio or outdoors within 30 km, 250 $ up to 6 people, "
         "15 retouched photos, pets welcome",
         "tapping a choice; asking to rephrase; the wedding entry"),
        ("on peut payer par interac? pis on les a quand les photos apres",
         BOTH(E["paiement"], E["delai"]) + " — cash, debit, Visa, Mastercard, Interac e-transfer; taxes (TPS "
         "5 %, TVQ 9,975 %) not included; selection gallery in 5 working days, retouched 10 working days after "
         "the choice",
         HALF + "; saying taxes are included"),
        ("c'est-tu une vraie personne qui me repond la",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("bonjour, c'est pour des photos",
         "Too vague to answer — choices (printing, files, restoration...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("non, pantoute",
         TYPE + "Typed rejection ('pantoute' = not at all) — apologise and ask what exactly it is about; no "
         "handover yet",
         "the same choices again; a handover straight away"),
        ("ma grand-mere a un portrait de ses noces de 1952, elle est dechiree dans le coin pis toute jaunie, "
         "pouvez-vous la remettre comme neuve",
         F(E["retouche"]) + " — simple restoration (stains, folds) 35 $, complex or colorisation 75 $; "
         "5-10 working days; bring the original, returned intact",
         "asking to rephrase again; the wedding entry"),
        ("pis vous faites-tu des videos de drone pour vendre une maison",
         "Not covered (drone video for a house sale) — say so plainly; may offer a person",
         "inventing a drone service and price"),
    ],
    # 4
    [
        ("bonjour, ma blonde pis moi on se marie en juillet a l'ile d'orleans, c'est quoi vos prix pis comment "
         "on bloque la date",
         BOTH(E["mariage"], E["reservation"]) + " — Essentiel 6 h 2 400 $, Complet 10 h 3 600 $, Elopement "
         "2 h 900 $; 30 % deposit reserves the date, balance 14 days before; travel free up to 50 km; book "
         "online, by phone or at the studio",
         HALF + "; the 50 $ session deposit for a wedding"),
        ("non, on veut le forfait de 10 h mais au prix de celui de 6 h, pis toutes les photos brutes sur une cle "
         "le soir meme",
         "Push-back: apologise; the FAQ has no such discount and no raw files (retouched gallery in 8 weeks) — "
         "say so and offer a person",
         "promising the discount or the RAW files; the same answer again without acknowledging"),
        ("c'est plate en maudit de parler a une machine. je veux parler a quelqu'un du studio, tout de suite",
         "Request: angry + person ('c'est plate' = it's annoying) — apologise briefly and hand over to a person",
         PW),
        ("y'a quelqu'un??",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("je suis vraiment fachee. j'ai paye 175 $ pour mon portrait pis partout j'ai la face "
         "luisante pis les yeux fermes sur 3. c'est pas acceptable",
         F(E["insatisfait"]) + " — apologise; write within 14 days to studio@... with the photo numbers; retouch "
         "redone free once; a free 30-minute reshoot if the session was the problem",
         "no apology; promising a refund; blaming the customer"),
        ("savez-vous si le traversier de levis marche la fin de semaine",
         "Not covered (the Lévis ferry schedule) — say so kindly, back to the studio's topics",
         "a schedule; an FAQ answer; a handover"),
        ("rappelez-moi svp au 581 555-2268",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the studio's number instead"),
        ("ca va etre long? je finis de travailler a 4h",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("bonjour, j'avais un rendez-vous samedi 10h pour une photo linkedin mais mon chum a eu un accident de "
         "ski, je serai pas capable de venir",
         F(E["annulation"]) + " — free to move or cancel until 48 h before; less than 48 h: the 50 $ deposit is "
         "lost but one move is allowed; claim nothing as done",
         "claiming it is cancelled; the portrait price list"),
        ("ouin, ok d'abord",
         "Ambiguous yes ('ouin' = yeah) — ask what they mean (cancel or move?) or restate the step; nothing "
         "claimed as done",
         "claiming it is cancelled or moved; a random FAQ answer"),
        ("les photos de l'an passe, le lien marche pu pour les downloader",
         F(E["fichiers"]) + " — the online gallery is downloadable for 60 days; after that the link no longer "
         "works",
         "promising the link works; saying the files are lost for sure without offering contact"),
        ("chu tanne, j'comprends rien a vos affaires. passez-moi quelqu'un d'icitte, un vrai monde",
         "Request: person in Québec colloquial ('I'm fed up, I don't understand your stuff. Put me through to "
         "someone from here, a real person') — hand over to a person",
         PW + "; answering an FAQ; correcting the French"),
    ],
    # 7
    [
        ("allo, j'ai une cinquantaine de photos de notre voyage sur mon cell, vous les sortez en papier?",
         F(E["impression"]) + " — yes, from own files (USB or e-mail, min 2 MB): 4x6 at 0,45 $, ready in 1 h "
         "for under 50 4x6, else 24 h",
         "saying only studio photos are printed"),
        ("pis la plus belle en grand dans un beau contour en bois pour le salon",
         F(E["encadrement"]) + " — custom framing, natural wood available, anti-glare glass; from 120 $ for a "
         "16x20 (from 45 $ for 8x10); 7-10 working days",
         "treating it as new unclear; a canvas price only"),
        ("merci! ma soeur voudrait m'offrir une seance pour ma fete, ca existe? pis une seance juste moi toute "
         "seule ca coute combien",
         BOTH(E["carte"], E["portrait"]) + " — gift cards 25-500 $, valid 2 years, paper at the studio or PDF "
         "by e-mail the same day, not refundable; individual portrait session 45 min 175 $ with 5 retouched "
         "photos (taxes extra)",
         HALF + "; saying gift cards are not sold"),
    ],
]

write_plan("fr", convs)
