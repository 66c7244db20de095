"""French FAQ and plan for test set 41: Déménagements Rhône-Saône, Lyon (made up), customers from Lyon.
Run from src/: PYTHONPATH=<check folder> python3 fr.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

FAQ = []
E = {}
HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("devis", "Comment obtenir un devis ?",
      "Le devis est gratuit et sans engagement : formulaire sur rhone-saone-demenagements.example ou au 04 78 "
      "55 61 29. Vous le recevez sous 48 h ouvrées. Le prix dépend du volume (en m³), de la distance, des "
      "étages et de l'accès (ascenseur, stationnement).",
      "devis", ["devis", "prix", "tarif", "estimation", "volume"],
      ["combien coute un demenagement", "je voudrais une estimation", "c'est quoi vos tarifs"])
entry("visite", "Faut-il une visite avant le devis ?",
      "Au-delà de 20 m³ (environ un 3 pièces), un conseiller passe gratuitement chez vous pour une visite de "
      "45 minutes, dans la Métropole de Lyon, du lundi au samedi. En dessous, ou hors métropole, nous faisons "
      "la visite en vidéo (15 minutes).",
      "devis", ["visite", "conseiller", "rendez-vous", "video"],
      ["vous passez voir l'appartement", "on peut faire ca par video", "il faut prendre rendez-vous"])
entry("formules", "Quelles formules proposez-vous ?",
      "Trois formules, prix indicatifs dans la Métropole : Éco (vous emballez tout, nous portons et "
      "transportons) 28 €/m³ ; Standard (nous emballons le fragile, démontons et remontons les meubles) 38 "
      "€/m³ ; Confort (nous emballons et déballons tout) 52 €/m³. Minimum de facturation 390 €.",
      "formules", ["formule", "eco", "standard", "confort", "emballage"],
      ["vous emballez tout", "c'est quoi la difference entre les formules", "je veux pas faire les cartons"])
entry("cartons", "Fournissez-vous les cartons ?",
      "Oui. Les formules Standard et Confort incluent les cartons et le papier bulle. En formule Éco, un kit "
      "de 30 cartons, 1 rouleau d'adhésif et 2 penderies coûte 79 €, livré chez vous sous 5 jours ouvrés. "
      "Les cartons non utilisés et non montés sont repris et remboursés.",
      "materiel", ["cartons", "penderie", "adhesif", "papier bulle", "kit"],
      ["vous livrez des cartons", "il me faut des cartons", "je rends les cartons en trop"])
entry("monte", "Utilisez-vous un monte-meubles ?",
      "Oui, quand l'escalier est trop étroit ou au-delà du 3e étage sans ascenseur : 190 € la demi-journée, "
      "jusqu'au 8e étage. Il faut une fenêtre ou un balcon d'au moins 80 cm de large et la place de garer le "
      "véhicule devant l'immeuble.",
      "materiel", ["monte-meubles", "etage", "fenetre", "balcon", "ascenseur"],
      ["on est au 6e sans ascenseur", "le canape passe pas dans l'escalier", "vous passez par la fenetre"])
entry("stationnement", "Qui s'occupe de l'autorisation de stationnement ?",
      "Nous, pour chaque adresse : nous demandons l'arrêté de stationnement à la mairie et posons les "
      "panneaux 48 h avant. Frais administratifs 45 € par adresse, inclus dans le devis. Prévenez-nous au "
      "moins 3 semaines avant la date, la Ville de Lyon demande 15 jours ouvrés.",
      "organisation", ["stationnement", "autorisation", "arrete", "mairie", "camion"],
      ["ou va se garer le camion", "il faut demander a la mairie", "la rue est etroite"])
entry("assurance", "Mes affaires sont-elles assurées ?",
      "Oui, notre assurance couvre jusqu'à 30 000 € par déménagement, avec un maximum de 600 € par objet non "
      "déclaré. Les objets de valeur se déclarent sur la déclaration de valeur avant le jour J. Un dégât se "
      "signale sur la lettre de voiture le jour même, puis par lettre recommandée sous 10 jours.",
      "assurance", ["assurance", "casse", "degat", "dommage", "valeur"],
      ["et si vous cassez quelque chose", "qui paie si c'est abime", "ma commode vaut cher"])
entry("garde", "Proposez-vous un garde-meubles ?",
      "Oui, dans notre entrepôt sécurisé de Vénissieux : 24 € par m³ et par mois, 1 mois minimum, assurance "
      "comprise. Accès à vos affaires sur rendez-vous en semaine (35 € la sortie partielle). Le transport "
      "aller et retour est compté à part dans le devis.",
      "stockage", ["garde-meubles", "stockage", "entreposer", "entrepot", "box"],
      ["vous pouvez garder nos affaires", "on a 3 semaines sans logement", "ou stocker mes meubles"])
entry("annulation", "Puis-je annuler ou reporter mon déménagement ?",
      "Annulation ou report gratuit jusqu'à 30 jours avant la date : l'acompte est remboursé sous 14 jours. "
      "Entre 30 et 8 jours avant, l'acompte est conservé. À moins de 8 jours, 50 % du prix total est dû. "
      "Annulation par e-mail à contact@rhone-saone-demenagements.example.",
      "reservation", ["annuler", "annulation", "reporter", "report", "rembourse"],
      ["on demenage plus", "on peut changer la date", "je recupere mon acompte"])
entry("acompte", "Comment se passe le paiement ?",
      "Acompte de 30 % à la signature du devis (virement ou carte). Le solde se paie le jour de la livraison, "
      "avant le déchargement, par virement instantané, chèque ou carte. Espèces acceptées jusqu'à 1 000 €.",
      "reservation", ["paiement", "acompte", "solde", "virement", "payer"],
      ["on paie quand", "faut verser quelque chose avant", "vous prenez le liquide"])
entry("petit", "Faites-vous les petits déménagements ?",
      "Oui, la formule Petit volume : jusqu'à 5 m³ (un studio ou quelques meubles), 2 déménageurs et un "
      "camion pendant 3 heures, 220 € dans la Métropole de Lyon, 60 € par heure en plus. Réservation 1 "
      "semaine avant suffit.",
      "formules", ["petit volume", "studio", "quelques meubles", "etudiant"],
      ["juste un canape a deplacer", "on a presque rien", "c'est pour un studio"])
entry("piano", "Déménagez-vous les pianos et les objets lourds ?",
      "Oui, avec du matériel spécial : piano droit 260 € dans la Métropole (jusqu'au 2e étage, 40 € par étage "
      "en plus), piano à queue et coffre-fort sur devis après visite. Nous ne transportons pas les "
      "billards ni les aquariums remplis.",
      "materiel", ["piano", "lourd", "coffre-fort", "piano droit"],
      ["j'ai un piano", "c'est tres lourd", "vous prenez un coffre"])
entry("dates", "Combien de temps à l'avance faut-il réserver ?",
      "4 à 6 semaines à l'avance en général, 8 semaines de juin à septembre et pour les fins de mois. Du "
      "mardi au jeudi, -10 % sur le prix ; le samedi, +15 %. Nous ne travaillons pas le dimanche.",
      "reservation", ["reserver", "date", "samedi", "ete", "a l'avance"],
      ["c'est quand qu'il faut s'y prendre", "vous travaillez le samedi", "c'est moins cher en semaine"])
entry("demontage", "Démontez-vous les meubles ?",
      "Oui, le démontage et le remontage des meubles (lits, armoires, tables) sont inclus en Standard et en "
      "Confort, 90 € en Éco. Nous ne démontons pas les cuisines équipées et ne branchons ni l'électroménager "
      "ni les luminaires.",
      "formules", ["demontage", "remontage", "meubles", "armoire", "lit"],
      ["vous demontez le lit", "l'armoire passe pas", "vous remontez tout"])
entry("horaires", "Où êtes-vous et quels sont vos horaires ?",
      "148 avenue Jean-Jaurès, 69007 Lyon (métro B, arrêt Jean Macé). Bureau ouvert du lundi au vendredi de "
      "8h30 à 18h et le samedi de 9h à 12h. Téléphone 04 78 55 61 29.",
      "infos", ["adresse", "horaires", "bureau", "telephone", "ouvert"],
      ["vous etes ou", "on peut passer vous voir", "vous ouvrez a quelle heure"])

write_faq("fr", FAQ)

convs = [
    # 1
    [
        ("bonjour, on quitte la croix-rousse pour villeurbanne debut mars, un 3 pieces, environ 25 m3 je dirais. "
         "ca coute combien a peu pres et il faut que quelqu'un passe voir?",
         BOTH(E["devis"], E["visite"]) + " — free quote within 48 working hours (form or 04 78 55 61 29), price "
         "from volume/distance/floors/access; over 20 m³ a free 45-min home visit in the Métropole",
         HALF + "; a firm total price"),
        ("on est au 5e sans ascenseur",
         F(E["monte"]) + " — above the 3rd floor without lift: furniture lift 190 € per half day up to the 8th "
         "floor, window/balcony at least 80 cm, parking in front",
         NEW + "saying the move is impossible"),
        ("ok. et la grosse armoire de ma mere, vous y demontez?",
         F(E["demontage"]) + " — included in Standard and Confort, 90 € in Éco ('y' = 'le' in Lyon speech: "
         "'do you take it apart')",
         NEW + "saying wardrobes are never dismantled"),
        ("super merci, bonne journee, je file a un machon",
         "Small talk: thanks + goodbye ('mâchon' = Lyon's hearty late-morning meal) — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("bonjour, j'ai une question pour mon demenagement",
         "Too vague to answer — choices (quote, dates, payment, insurance...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("le vehicule devra se mettre rue merciere devant chez moi, c'est a moitie pieton, qui demande a la "
         "ville le papier?",
         TYPE + F(E["stationnement"]) + " — the company asks the mairie for the arrêté and puts up signs 48 h "
         "before; 45 € per address, included in the quote; tell them 3 weeks ahead (Lyon needs 15 working days)",
         "tapping a choice; asking to rephrase; telling the customer to do it alone"),
        ("parfait. on a 3 semaines entre les deux apparts, vous pouvez garder nos meubles? et on paie quand, "
         "tout au debut?",
         BOTH(E["garde"], E["acompte"]) + " — storage in Vénissieux 24 €/m³/month, 1 month minimum, insurance "
         "included, transport extra; 30 % deposit at signing, the rest on delivery day before unloading",
         HALF + "; full payment up front"),
        ("je parle a un robot la ou a quelqu'un de chez vous?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("salut, petite question sur vos formules",
         "Too vague to answer — choices (Éco/Standard/Confort, small moves, boxes...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("non c'est pas ca du tout",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("mon gone s'installe a la guillotiere, il a juste un clic-clac, un frigo et 6 caisses, vous faites ca "
         "ou c'est trop riquiqui pour vous",
         F(E["petit"]) + " — Petit volume up to 5 m³: 2 movers + van for 3 h, 220 € in the Métropole, 60 € per "
         "extra hour, 1 week ahead is enough ('gone' = kid, Lyon)",
         "asking to rephrase again; the 390 € minimum of the big formulas"),
        ("et le menage dans l'ancien appart pour l'etat des lieux, vous y faites aussi?",
         "Not covered (end-of-tenancy cleaning, a near trade not offered) — say so plainly; may offer a person",
         "inventing a cleaning service or price"),
    ],
    # 4
    [
        ("bonjour, on quitte fourviere pour annecy en juillet, 4 pieces. on a pas envie de tout mettre en cartons nous-memes, "
         "vous faites quoi comme service et il faut s'y prendre quand?",
         BOTH(E["formules"], E["dates"]) + " — Éco 28, Standard 38, Confort 52 €/m³ (Confort packs everything), "
         "minimum 390 €; book 8 weeks ahead in June-September, Tue-Thu -10 %, Saturday +15 %",
         HALF + "; saying 2 weeks ahead is enough in July"),
        ("non, je veux que vous emballiez tout mais au prix eco, et le samedi sans supplement",
         "Push-back: apologise; the FAQ has no Confort at the Éco price and Saturday is +15 % — say what it has "
         "and offer a person",
         "promising the discount; the same answer again without acknowledging"),
        ("ca m'aide pas du tout. je veux parler a quelqu'un de chez vous maintenant, pas a un programme",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("allo? y a quelqu'un?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("c'est une honte! vos gars ont raye tout le parquet samedi et le miroir de l'entree est fendu, j'ai "
         "rien ecrit le jour meme parce qu'ils etaient presses, et maintenant?",
         F(E["assurance"]) + " — apologise; damage is reported on the lettre de voiture the same day and then "
         "by registered letter within 10 days, so send it now; cover up to 30 000 €, 600 € per undeclared item",
         "no apology; saying nothing can be done because nothing was written that day"),
        ("au fait c'est quelles dates la fete des lumieres cette annee?",
         "Not covered (Lyon's Festival of Lights) — say so kindly, back to the company's topics",
         "dates; an FAQ answer; a handover"),
        ("rappelez moi svp au 06 55 12 48 73",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the company's number instead"),
        ("ca va durer encore longtemps? a 19h j'ai un pot avec les collegues",
         WAIT + WAITING + " ('un pot' = drinks)",
         "the office hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("bonjour, on avait tout cale avec vous pour le 14 avril mais finalement mon fils reprend notre appart "
         "et on bouge plus du tout",
         F(E["annulation"]) + " — free until 30 days before (deposit refunded within 14 days), 30-8 days the "
         "deposit is kept, under 8 days 50 %; by e-mail to contact@rhone-saone-demenagements.example; claim "
         "nothing as done",
         "claiming it is cancelled; deciding the fee without knowing how far off 14 April is"),
        ("ben ouais",
         "Ambiguous yes — ask what they mean (cancel?) or restate the step (send the e-mail); nothing claimed "
         "as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("et les 35 cartons que vous m'avez livres, j'en fais quoi, vous les reprenez? et ils sont ouverts ou "
         "vos bureaux samedi que je les amene",
         BOTH(E["cartons"], E["horaires"]) + " — unused, unassembled boxes are taken back and refunded; office "
         "Saturday 9h-12h, 148 avenue Jean-Jaurès (métro B Jean Macé)",
         HALF + "; saying boxes are never taken back"),
        ("oh c'est gognant ce bazar, ca caille dehors et ca fait une plombe que je cause a une machine. "
         "passez moi quelqu'un de vrai",
         "Request: person, Lyon-style ('gognant' = ridiculous/clumsy, 'ça caille' = it is cold, 'une plombe' "
         "= ages: this thing is ridiculous, I have been talking to a machine for ages, put me through to a "
         "real person) — hand over to a person",
         PW + "; answering an FAQ; talking about the weather"),
    ],
    # 7
    [
        ("bonjour, j'ai un piano droit a descendre d'un 2e montee de la grande cote, par la traboule, c'est "
         "possible chez vous?",
         F(E["piano"]) + " — upright piano 260 € in the Métropole, up to the 2nd floor (then 40 € per floor) "
         "('traboule' = Lyon passage through buildings)",
         "refusing pianos; the grand-piano rule"),
        ("combien si c'est au 4e a l'arrivee",
         F(E["piano"]) + " — 2 floors above the 2nd: +80 €, so 340 € (read as the arrival floor; a right reply "
         "states the rule)",
         NEW + "a random price"),
        ("merci! je peux passer vous voir samedi apres le marche de la croix-rousse vers 13h? je vous amene des bugnes",
         F(E["horaires"]) + " — Saturday only 9h-12h, so 13h is too late; weekdays 8h30-18h ('bugnes' = Lyon carnival fritters, a friendly aside)",
         "saying yes to 13h"),
    ],
]

write_plan("fr", convs)
