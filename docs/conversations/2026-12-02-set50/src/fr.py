"""French FAQ and plan for test set 50: Bijouterie Kréyòl Or (jeweller: Creole gold jewellery, made-to-measure,
engraving, repairs, gold buy-back), Fort-de-France, Martinique, made up. Customers write Martinican French with
Creole words; the FAQ is standard French (`vous`, EUR, a space before `?`). Served as fr.
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


entry("prix", "Quels bijoux créoles proposez-vous et à quel prix ?",
      "Tous nos bijoux créoles sont en or 18 carats : grains d'or à partir de 75 €, boucles d'oreilles créoles à "
      "partir de 120 €, chaîne forçat de 45 cm à partir de 390 €, collier choux à partir de 890 €. Nous avons "
      "aussi une gamme en argent à partir de 35 €.",
      "bijoux", ["prix", "collier choux", "grain d'or", "chaîne forçat", "or 18 carats", "créole"],
      ["combien coûte un collier choux", "prix d'une chaîne en or", "avez-vous des bijoux en argent"])
entry("mesure", "Faites-vous des bijoux sur mesure ?",
      "Oui. Le premier rendez-vous et le devis sont gratuits. Comptez 3 à 5 semaines de fabrication dans notre "
      "atelier, avec un acompte de 40 % à la commande. Vous pouvez apporter votre propre or, qui est pesé devant "
      "vous et déduit du prix.",
      "atelier", ["sur mesure", "création", "devis", "acompte", "fabrication"],
      ["faire fabriquer un bijou", "créer une bague personnalisée", "combien de temps pour une création"])
entry("gravure", "Proposez-vous la gravure ?",
      "Oui, gravure à la main : 15 € jusqu'à 20 caractères, puis 0,80 € par caractère supplémentaire. Délai : "
      "48 heures. La gravure est offerte sur les alliances achetées chez nous.",
      "atelier", ["gravure", "graver", "prénom", "date", "inscription"],
      ["graver un prénom", "combien pour une gravure", "écrire une date dans une alliance"])
entry("reparation", "Réparez-vous les bijoux ?",
      "Oui, devis gratuit en boutique. Soudure d'une chaîne à partir de 25 €, changement de fermoir 18 €, mise "
      "à taille d'une bague de 35 à 60 €. Délai habituel : 1 semaine, 48 heures en urgence avec 15 € de "
      "supplément.",
      "atelier", ["réparation", "chaîne cassée", "fermoir", "soudure", "réparer"],
      ["ma chaîne est cassée", "changer un fermoir", "réparer une boucle d'oreille"])
entry("rachat", "Rachetez-vous l'or ?",
      "Oui, sur présentation d'une pièce d'identité. Votre or est pesé et testé devant vous et payé au cours du "
      "jour affiché en boutique. Le paiement se fait par virement sous 48 heures ; la loi interdit de payer "
      "l'or en espèces.",
      "rachat", ["rachat", "vendre or", "cours de l'or", "bijoux anciens", "estimation"],
      ["je veux vendre mon or", "vous achetez les vieux bijoux", "combien vous payez le gramme"])
entry("horaires", "Quels sont vos horaires d'ouverture ?",
      "Du lundi au vendredi de 8 h 30 à 17 h 30 (fermé le mercredi après-midi) et le samedi de 8 h 30 à 13 h. "
      "Nous sommes fermés le dimanche, les jours fériés et pendant les jours gras du Carnaval (lundi et mardi "
      "gras). Téléphone : 0596 55 41 27.",
      "infos", ["horaires", "ouvert", "fermé", "samedi", "téléphone"],
      ["vous êtes ouverts le samedi", "à quelle heure vous fermez", "horaires boutique"])
entry("paiement", "Quels moyens de paiement acceptez-vous ?",
      "Carte bancaire, espèces jusqu'à 1 000 € et chèque avec une pièce d'identité. Le paiement en 3 ou 4 fois "
      "sans frais par carte est possible à partir de 300 € d'achat.",
      "paiement", ["paiement", "carte", "espèces", "chèque", "plusieurs fois"],
      ["je peux payer en plusieurs fois", "vous prenez la carte", "paiement en 3 fois"])
entry("cote", "Pouvez-vous mettre un bijou de côté ?",
      "Oui, pendant 30 jours avec un acompte de 20 %. Vous pouvez aussi régler en plusieurs versements libres "
      "sur 3 mois maximum ; le bijou vous est remis une fois entièrement payé. L'acompte n'est pas remboursé, "
      "mais il reste valable 1 an en avoir.",
      "paiement", ["mettre de côté", "réserver", "acompte", "versements", "réservation"],
      ["garder un bijou pour moi", "réserver un collier", "payer petit à petit"])
entry("taille", "Comment connaître ma taille de bague ?",
      "Passez en boutique : nous mesurons votre doigt gratuitement au baguier. À distance, mesurez le tour de "
      "votre doigt en millimètres avec un fil : 52 mm correspondent à la taille 52. La première mise à taille "
      "est offerte dans les 3 mois après l'achat.",
      "bijoux", ["taille de bague", "tour de doigt", "baguier", "mise à taille", "mesurer"],
      ["quelle taille de bague prendre", "mesurer son doigt", "la bague est trop grande"])
entry("garantie", "Vos bijoux sont-ils garantis ?",
      "Tous nos bijoux sont garantis 2 ans contre les défauts de fabrication (soudure, fermoir, sertissage) et "
      "vendus avec un certificat d'authenticité. La garantie ne couvre pas les chocs, les maillons arrachés ni "
      "l'usure normale.",
      "garantie", ["garantie", "défaut", "certificat", "authenticité", "sertissage"],
      ["le bijou est-il garanti", "une pierre est tombée", "certificat pour l'or"])
entry("echange", "Puis-je échanger ou retourner un bijou ?",
      "En boutique, vous pouvez échanger un bijou non porté dans les 15 jours avec le ticket de caisse ; nous ne "
      "remboursons pas, nous faisons un avoir valable 1 an. Pour les achats en ligne, vous avez 14 jours de "
      "rétractation. Les bijoux gravés ou faits sur mesure ne sont ni repris ni échangés.",
      "retours", ["échange", "retour", "rembourser", "avoir", "rétractation"],
      ["je veux rendre un bijou", "échanger un cadeau", "me faire rembourser"])
entry("livraison", "Livrez-vous en Martinique et à l'extérieur ?",
      "Oui, en Colissimo suivi et assuré. Martinique : 8 €, offert dès 150 €, 2 à 3 jours ouvrés. Guadeloupe et "
      "Guyane : 15 €, 3 à 5 jours. Hexagone : 19 €, 5 à 8 jours. Nous n'envoyons pas hors de France.",
      "livraison", ["livraison", "envoi", "colissimo", "hexagone", "guadeloupe", "frais de port"],
      ["vous envoyez en france", "frais de livraison", "livraison au lamentin"])
entry("nettoyage", "Proposez-vous le nettoyage et l'entretien des bijoux ?",
      "Le nettoyage aux ultrasons est gratuit pour les bijoux achetés chez nous et coûte 10 € pour les autres. "
      "Le rhodiage de l'or blanc coûte 30 € et le polissage 20 €. Comptez 24 heures.",
      "atelier", ["nettoyage", "entretien", "polissage", "rhodiage", "briller"],
      ["nettoyer mes bijoux", "mon or a terni", "faire briller une bague"])
entry("alliances", "Avez-vous des alliances et des bijoux de baptême ?",
      "Oui. Alliances en or 18 carats à partir de 290 € l'unité, gravure offerte. Pour les baptêmes : gourmettes "
      "à partir de 95 € et médailles à partir de 65 €, gravure du prénom et de la date comprise.",
      "bijoux", ["alliance", "mariage", "baptême", "gourmette", "médaille"],
      ["prix des alliances", "cadeau de baptême", "gourmette bébé"])
entry("rdv", "Peut-on venir sur rendez-vous ?",
      "Oui, pour un mariage, une création ou un rachat d'or important, nous vous recevons sur rendez-vous de "
      "45 minutes, aussi le jeudi jusqu'à 19 h. Prenez rendez-vous au 0596 55 41 27 ou en boutique.",
      "infos", ["rendez-vous", "rdv", "privé", "conseil", "jeudi soir"],
      ["prendre rendez-vous", "venir après le travail", "rendez-vous pour le mariage"])

write_faq("fr", FAQ)

convs = [
    # 1
    [
        ("bonjou ! je cherche un collier choux pour les 18 ans de ma fille, ça commence à combien ? et on peut "
         "payer en plusieurs fois chez vous ?",
         BOTH(E["prix"], E["paiement"]) + " — 18-carat collier choux from 890 € (grains d'or from 75 €, "
         "créoles from 120 €, forçat chain from 390 €); 3 or 4 instalments free of charge by card from 300 €, "
         "so possible ('bonjou' = bonjour, Creole)",
         HALF + "; inventing a price; saying instalments are not possible"),
        ("et si je veux un truc unique rien que pour elle, vous le faites ? son anniv c'est en juin",
         F(E["mesure"]) + " — yes: free first appointment and quote, 3-5 weeks in the workshop, 40 % deposit at "
         "order, own gold can be weighed and deducted; June leaves time (made-to-measure never named)",
         NEW + "the engraving entry only"),
        ("on peut mettre son prénom derrière ? c'est Maëlys",
         F(E["gravure"]) + " — hand engraving 15 € up to 20 characters (Maëlys fits), 48 hours",
         NEW + "saying engraving is free on everything"),
        ("mèsi an pil ! a pita",
         "Small talk: thanks + goodbye ('mèsi an pil' = thanks a lot, 'a pita' = see you later, Creole) — short "
         "friendly close",
         SMALL),
    ],
    # 2
    [
        ("bonjour madame",
         "Too vague to answer (a greeting only) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("le collier de ma manman s'ouvre tout seul au niveau du crochet, elle le porte depuis 20 ans, vous "
         "arrangez ça ?",
         TYPE + F(E["reparation"]) + " — free quote; new clasp 18 €, soldering from 25 €; usually 1 week, 48 "
         "hours urgent for 15 € more ('manman' = mother; repair and clasp never named)",
         "tapping a choice; asking to rephrase; the warranty entry"),
        ("et ses vieilles boucles dépareillées, vous les prenez pour de l'argent ? et le reste vous pouvez le "
         "faire briller un peu",
         BOTH(E["rachat"], E["nettoyage"]) + " — buy-back with ID, weighed and tested in front of her at the "
         "day's rate, paid by transfer within 48 hours, never cash by law; ultrasonic cleaning 10 € for pieces "
         "not bought there (free if bought there), polishing 20 €, 24 hours",
         HALF + "; promising cash for the gold"),
        ("c'est un vrai moun qui me répond là ou bien un robot ?",
         "Small talk: are you a bot ('moun' = person, Creole) — honestly an automated assistant; may offer a "
         "person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("sa ou fè",
         "Too vague to answer (a greeting only, 'sa ou fè' = how are you, Creole) — choices or a clarifying "
         "question",
         "a handover; one entry given as certain"),
        ("non pa sa menm",
         TYPE + "Typed rejection ('no, not that at all', Creole) — apologise and ask what exactly it is about; "
         "no handover yet",
         "repeating the same choices; a handover; an FAQ answer"),
        ("mon homme m'a offert un anneau à noel, il tourne tout le temps et il glisse quand je lave la vaisselle. "
         "je sais pas quel numéro il me faut",
         F(E["taille"]) + " — free measuring at the shop with the ring gauge, or measure the finger's "
         "circumference in mm with a thread (52 mm = size 52); first resizing free within 3 months of purchase "
         "(ring size never named)",
         NEW + "the exchange entry; the repair entry only"),
        ("ok. et vous percez les oreilles aussi ? pour ma ti fi de 4 ans",
         "Not covered (ear piercing: near the trade but not offered; 'ti fi' = little girl) — say so plainly; "
         "may offer a person",
         "inventing a piercing service; the earrings prices; unrelated choices"),
    ],
    # 4
    [
        ("bonjour, on se marie en juin au François, il nous faut les anneaux pour la mairie avec la date dedans. et mon "
         "chéri travaille jusqu'à 17h, on peut passer plus tard ?",
         BOTH(E["alliances"], E["rdv"]) + " — 18-carat wedding rings from 290 € each, engraving free; "
         "appointments of 45 minutes for weddings, also Thursday until 19:00, book on 0596 55 41 27 or in the "
         "shop (wedding rings and appointment never named)",
         HALF + "; inventing evening hours every day"),
        ("290 chacune ?? à Trinité on me fait 400 la paire gravée. et le samedi après-midi c'est mieux pour nous",
         "Push-back: apologise; the FAQ has rings from 290 € each and Saturday hours only until 13:00 (evening "
         "appointments on Thursday until 19:00), nothing about 400 € a pair or Saturday afternoons — say so and "
         "offer a person",
         "agreeing to 400 € a pair or a Saturday-afternoon slot; repeating the whole entry without answering"),
        ("bon la ça suffit, passez moi la patronne directement, je discute pas avec une machine",
         "Request: angry + person ('la patronne' = the owner) — apologise briefly and hand over",
         PW),
        ("allo ?? y a personne ?",
         WAIT + WAITING,
         "an FAQ answer; choices; 'nobody is here'"),
    ],
    # 5
    [
        ("C'EST PAS POSSIBLE. la gourmette acheté chez vous en mars pour mon fils, le petit anneau qui tient la "
         "plaque a cédé tout seul hier, il l'a même pas cognée !! 95 euros pour ça",
         F(E["garantie"]) + " — apologise; 2 years against manufacturing defects (soldering, clasp, setting), so a "
         "ring giving way by itself within the year is covered; not knocks or torn links; a person may arrange "
         "it (guarantee never named)",
         "blaming the customer; promising a refund as done; the repair prices only"),
        ("autre chose, vous savez a quelle heure ça part le tour des yoles dimanche au Robert ?",
         "Not covered (unrelated: the start time of the Tour des yoles rondes sailing race) — say so kindly",
         "an FAQ answer; choices of entries; an invented time"),
        ("rappelez moi au 0696 55 83 12 plutôt, après 16h je suis dispo",
         "Request: callback with number — hand over to a person with the number and 'after 4 pm' kept; no "
         "promise of a time",
         PW + "; asking for the number again; the shop's number instead"),
        ("ça va être long ? je dois récupérer les manmay à l'école",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("bonsoir, la semaine dernière vous m'avez gardé une chaîne pour l'anniversaire de mon copain, j'ai "
         "laissé 20 % et tout. mais finalement on se sépare alors...",
         F(E["cote"]) + " — a piece set aside is kept 30 days with a 20 % deposit; the deposit is not refunded "
         "but stays valid 1 year as a credit; claim nothing as done (cancelling never named)",
         "claiming it is cancelled or the deposit refunded; the exchange entry"),
        ("bon ben an tout kas",
         "Ambiguous reply ('an tout kas' = anyway / in any case, Creole) — ask what they mean or restate the "
         "step (a person can look at the order and deposit); nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("sinon le bracelet que j'ai eu pour mon anniv je l'aime pas, je peux la ramener ? et vous envoyez en "
         "Guadeloupe pour ma soeur",
         BOTH(E["echange"], E["livraison"]) + " — unworn, within 15 days with the receipt: exchange or a credit "
         "for 1 year, no refund in the shop (online 14 days' withdrawal); Guadeloupe 15 €, 3-5 days, Colissimo "
         "tracked and insured",
         HALF + "; promising a cash refund"),
        ("fout ! man pa konprann ayen adan sa ou ka ékri a. ban mwen an vré moun pou man palé, pa an machin !",
         "Request: person in Martinican Creole ('damn! I don't understand anything of what you are writing. "
         "give me a real person to talk to, not a machine!') — hand over to a person",
         PW + "; answering an FAQ; asking to write in French"),
    ],
    # 7
    [
        ("bonsoir. ma marraine à Schoelcher voudrait offrir une médaille au petit pour son baptême, c'est quoi "
         "les prix ?",
         F(E["alliances"]) + " — christening medals from 65 €, bracelets (gourmettes) from 95 €, engraving of the "
         "name and date included",
         "the general Creole-jewellery prices only"),
        ("je peux passer mercredi aprem ?",
         F(E["horaires"]) + " — no: closed on Wednesday afternoons; Mon-Fri 8:30-17:30, Sat 8:30-13:00 (opening hours never named)",
         NEW + "saying open on Wednesday afternoon"),
        ("et livré au Lamentin ça coûte combien ? merci bien bonne soirée",
         F(E["livraison"]) + " — Martinique 8 €, free from 150 €, 2-3 working days; thanks/goodbye "
         "acknowledged",
         NEW + "the Hexagone price"),
    ],
]

write_plan("fr", convs)
