"""French FAQ and plan for test set 48: Ferme Avicole Les Trois Palmiers (poultry farm: chickens, guinea fowl,
eggs and day-old chicks, sold at the farm and delivered), Anyama near Abidjan, Côte d'Ivoire, made up. Customers
write Ivorian French with Nouchi words; the FAQ is standard French, `vous`, FCFA. Served as fr.
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


entry("prix", "Combien coûtent vos volailles et vos œufs ?",
      "Poulet de chair vivant (environ 2 kg) : 3 500 FCFA. Poulet bicyclette (race locale élevée en plein air) : "
      "5 000 FCFA. Pintade : 6 000 FCFA. Plateau de 30 œufs : 2 500 FCFA. Les prix des fêtes de fin d'année sont "
      "majorés de 500 FCFA par volaille.",
      "ventes", ["prix", "tarif", "poulet", "pintade", "plateau", "coûte"],
      ["combien le poulet", "prix du plateau d'œufs", "vous vendez la pintade à combien"])
entry("livraison", "Livrez-vous à domicile ?",
      "Oui, du mardi au samedi dans tout le district d'Abidjan. La livraison coûte 1 000 FCFA à Anyama et Abobo, "
      "2 000 FCFA dans les autres communes et 3 000 FCFA pour Bingerville et Port-Bouët ; elle est gratuite dès "
      "50 000 FCFA d'achat. Toute commande passée avant 17 h est livrée le lendemain.",
      "livraison", ["livraison", "livrer", "domicile", "commune", "frais"],
      ["vous livrez à cocody", "combien pour la livraison", "livraison à la maison"])
entry("fetes", "Comment commander pour les fêtes ?",
      "Pour Noël, le Nouvel An et Pâques, réservez au moins 10 jours à l'avance avec un acompte de 30 %. Le "
      "dernier jour de réservation pour le 24 décembre est le 14 décembre ; après, nous servons selon le stock "
      "restant. Les volailles réservées sont livrées ou à retirer entre le 22 et le 24 décembre.",
      "commandes", ["fêtes", "noël", "réservation", "réserver", "acompte", "nouvel an"],
      ["commander pour noël", "il faut réserver quand", "poulets pour le 31"])
entry("abattage", "Pouvez-vous abattre et préparer les poulets ?",
      "Oui : abattage, plumage et vidage coûtent 500 FCFA par volaille, la découpe en morceaux 300 FCFA de plus. "
      "L'abattage halal est fait sur demande, sans supplément. Les volailles préparées sont livrées en glacière et "
      "doivent être cuisinées ou congelées le jour même.",
      "ventes", ["abattage", "abattre", "plumer", "vider", "découpe", "halal"],
      ["vous tuez le poulet", "poulet déjà plumé", "vous coupez en morceaux"])
entry("pro", "Avez-vous des prix pour les maquis et restaurants ?",
      "Oui, à partir de 20 poulets par semaine, le poulet de chair est à 3 200 FCFA pièce, livraison comprise deux "
      "fois par semaine. Nous établissons un contrat mensuel et une facture normalisée. Les œufs sont à 2 300 FCFA "
      "le plateau dès 10 plateaux.",
      "ventes", ["maquis", "restaurant", "gros", "contrat", "professionnel", "quantité"],
      ["prix de gros", "je tiens un maquis", "contrat pour restaurant"])
entry("poussins", "Vendez-vous des poussins ?",
      "Oui, des poussins d'un jour vaccinés contre Marek et Newcastle : 650 FCFA pour les poussins de chair et "
      "900 FCFA pour les futures pondeuses. La commande minimum est de 50 poussins, à passer 2 semaines à "
      "l'avance. Ils sont à retirer à la ferme tôt le matin, dans des cartons aérés.",
      "élevage", ["poussins", "poussin", "pondeuses", "élevage", "vaccinés"],
      ["je veux démarrer un élevage", "prix du poussin", "vous avez des poussins d'un jour"])
entry("aliment", "Vendez-vous de l'aliment pour volaille ?",
      "Oui, en sacs de 25 kg : aliment démarrage 14 500 FCFA, aliment croissance 13 500 FCFA et aliment ponte "
      "12 500 FCFA. Les petits éleveurs qui achètent nos poussins reçoivent des conseils gratuits par WhatsApp "
      "pendant les 6 premières semaines.",
      "élevage", ["aliment", "nourriture", "sac", "provende", "démarrage"],
      ["vous vendez la provende", "sac d'aliment prix", "aliment pour pondeuses"])
entry("oeufs", "Vos œufs sont-ils frais et comment les conserver ?",
      "Nos œufs ont moins de 3 jours à la livraison. Gardez-les au frais, à l'abri du soleil, et consommez-les "
      "dans les 21 jours. Ne les lavez pas avant de les ranger : lavez-les seulement juste avant de les utiliser.",
      "ventes", ["œufs", "frais", "fraîcheur", "conserver", "conservation"],
      ["les œufs datent de quand", "comment garder les œufs", "combien de temps les œufs tiennent"])
entry("probleme", "Que faire si ma commande arrive abîmée ou pas fraîche ?",
      "Envoyez-nous une photo sur WhatsApp au 07 59 55 51 40 dans les 24 heures, et le jour même pour une volaille "
      "préparée. Nous remplaçons ou remboursons la marchandise à la livraison suivante. Pour les œufs, nous "
      "remplaçons les œufs cassés à partir de 2 œufs cassés par plateau.",
      "livraison", ["abîmé", "cassé", "réclamation", "remboursement", "pas frais"],
      ["les œufs sont arrivés cassés", "le poulet sent mauvais", "je veux me plaindre"])
entry("paiement", "Comment puis-je payer ?",
      "En espèces à la livraison ou à la ferme, ou par Orange Money, MTN MoMo, Moov Money et Wave. Les acomptes "
      "des commandes de fêtes (30 %) et des cérémonies (50 %) se paient uniquement par mobile money. Nous "
      "n'acceptons pas les cartes bancaires.",
      "paiement", ["paiement", "payer", "orange money", "wave", "momo", "espèces"],
      ["je peux payer par wave", "paiement à la livraison", "vous prenez la carte"])
entry("ferme", "Peut-on venir acheter à la ferme ?",
      "Oui, la ferme est à Anyama, sur la route d'Azaguié, à 800 m après le corridor. La vente directe est ouverte "
      "du lundi au samedi de 7 h à 17 h et le dimanche de 8 h à 12 h. Pour des raisons d'hygiène, les visiteurs "
      "n'entrent pas dans les poulaillers.",
      "ferme", ["ferme", "adresse", "horaires", "ouvert", "venir", "anyama"],
      ["vous êtes où", "vous ouvrez à quelle heure", "je peux passer à la ferme"])
entry("annulation", "Comment annuler ou modifier une commande ?",
      "Une commande normale peut être annulée ou modifiée gratuitement jusqu'à la veille de la livraison à 12 h, par "
      "WhatsApp ou par téléphone. Pour une commande de fêtes, l'acompte est remboursé si vous annulez au moins 5 "
      "jours avant la date prévue ; après, il est conservé.",
      "commandes", ["annuler", "annulation", "modifier", "changer", "acompte"],
      ["je veux annuler ma commande", "changer la commande", "l'acompte est remboursé"])
entry("elevage", "Comment vos poulets sont-ils élevés ?",
      "Nos poulets de chair sont élevés au sol pendant 45 jours dans des bâtiments aérés, nos poulets bicyclette en "
      "plein air pendant 5 mois. Ils sont nourris avec notre propre aliment à base de maïs et de soja, sans "
      "hormones, et suivis chaque semaine par un vétérinaire.",
      "ferme", ["élevage", "élevés", "hormones", "bio", "qualité", "vétérinaire"],
      ["vos poulets ont des hormones", "c'est du poulet bio", "comment vous les nourrissez"])
entry("congele", "Vendez-vous des poulets congelés ?",
      "Non, nous vendons uniquement du frais : volailles vivantes ou préparées le jour même. Un poulet préparé se "
      "garde 2 jours au réfrigérateur ou 3 mois au congélateur ; congelez-le dans un sac fermé le jour de la "
      "livraison.",
      "ventes", ["congelé", "congélateur", "surgelé", "réfrigérateur", "garder"],
      ["vous avez du poulet congelé", "combien de temps au frigo", "je peux congeler le poulet"])
entry("ceremonie", "Fournissez-vous des volailles pour les cérémonies ?",
      "Oui, pour les mariages, baptêmes, funérailles et séminaires à partir de 50 volailles : le poulet de chair est "
      "à 3 300 FCFA pièce et la livraison est gratuite dans le district d'Abidjan. Commandez 2 semaines à l'avance "
      "avec un acompte de 50 %.",
      "commandes", ["cérémonie", "mariage", "funérailles", "baptême", "événement"],
      ["poulets pour un mariage", "commande pour des funérailles", "il me faut 100 poulets pour une fête"])

write_faq("fr", FAQ)

convs = [
    # 1
    [
        ("on dit quoi ! ma mousso veut faire kédjénou dimanche pour la famille, il me faut 3 poulets bicyclette. "
         "vous me les faites a combien et vous pouvez envoyer ça a yopougon ?",
         BOTH(E["prix"], E["livraison"]) + " — poulet bicyclette 5 000 FCFA each (15 000 FCFA for 3; +500 FCFA each "
         "at the year-end feasts); delivery Tuesday-Saturday, 2 000 FCFA to Yopougon, free from 50 000 FCFA, "
         "ordered before 17 h delivered the next day, so Sunday itself is not a delivery day ('on dit quoi' = "
         "hi, what's up, 'mousso' = wife, 'kédjénou' = chicken stew, Ivorian; price and delivery never named)",
         HALF + "; the broiler price as the answer; promising a Sunday delivery"),
        ("ils arrivent vivants ou deja tués ? ma mousso veut pas tuer dêh",
         F(E["abattage"]) + " — slaughtering, plucking and gutting 500 FCFA per bird, cutting into pieces 300 FCFA "
         "more, halal on request, delivered in a cool box, to be cooked or frozen the same day ('dêh' = emphatic "
         "particle; slaughtering never named)",
         NEW + "the frozen-chicken entry only"),
        ("et je paye comment, j'ai que wave sur moi",
         F(E["paiement"]) + " — Wave is accepted (also cash on delivery, Orange Money, MTN MoMo, Moov Money), no bank "
         "cards",
         NEW + "saying only cash"),
        ("ya fohi, merci hein. a plus",
         "Small talk: acknowledgement + thanks + goodbye ('ya fohi' = no problem, all good, Nouchi) — short friendly "
         "close",
         SMALL),
    ],
    # 2
    [
        ("bonjour tantie, j'ai une question",
         "Too vague to answer ('tantie' = ma'am, Ivorian address) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("le gars a deposé 4 plateaux ce matin a angré, quand j'ai ouvert il y a 7 qui sont gatés, le jaune coule "
         "partout dans le carton",
         TYPE + F(E["probleme"]) + " — a photo on WhatsApp 07 59 55 51 40 within 24 hours; broken eggs replaced from "
         "2 per tray, at the next delivery ('gâtés' = spoilt, broken; Angré is in Cocody; broken never named)",
         "tapping a choice; asking to rephrase; the egg-storage entry"),
        ("mon petit frère veut lancer son élevage derriere la maison a bingerville. vous avez les poussins et la "
         "provende aussi ?",
         BOTH(E["poussins"], E["aliment"]) + " — day-old chicks vaccinated against Marek and Newcastle, 650 FCFA "
         "broiler, 900 FCFA future layers, minimum 50, order 2 weeks ahead, collected at the farm early morning; "
         "feed in 25 kg bags: starter 14 500, grower 13 500, layer 12 500 FCFA, free WhatsApp advice for 6 weeks "
         "to buyers of their chicks ('provende' = animal feed)",
         HALF + "; inventing a delivery of chicks to Bingerville"),
        ("c'est une vraie personne qui me répond là ou c'est un robot ?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("bonsoir, c'est par rapport a l'affaire de l'autre jour",
         "Too vague to answer ('l'affaire de l'autre jour' = the matter from the other day) — choices or a "
         "clarifying question",
         "a handover; one entry given as certain"),
        ("non c'est pas ça",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("ma voisine dit que dans les grandes fermes là on gonfle les bêtes avec des produits pour qu'elles "
         "grossissent vite. chez vous c'est comment ?",
         F(E["elevage"]) + " — broilers raised on the floor for 45 days in airy houses, poulets bicyclette outdoors "
         "for 5 months, fed the farm's own maize and soya feed, no hormones, a vet every week ('c'est comment' = "
         "how is it; hormones never named)",
         "asking to rephrase again; the feed-sales entry"),
        ("ok. mes poules a moi toussent depuis 3 jours, vous pouvez envoyer quelqu'un pour les soigner ?",
         "Not covered (treating a customer's sick hens: veterinary care, near the trade but not offered; the "
         "farm's own vet is not a service) — say so plainly, may suggest a vet; may offer a person",
         "inventing a visit or a price; the chicks' vaccination as if it answered"),
    ],
    # 4
    [
        ("Bonjour. J'ai un espace grillade à Koumassi, on écoule environ 30 poulets chaque semaine. Vous pouvez me "
         "faire un geste sur le tarif ? Et je peux passer les récupérer moi-même chez vous le samedi matin ?",
         BOTH(E["pro"], E["ferme"]) + " — from 20 chickens a week 3 200 FCFA each, delivery twice a week included, "
         "monthly contract and standardised invoice; direct sales at the farm in Anyama, route d'Azaguié, "
         "Monday-Saturday 7-17, Sunday 8-12 ('espace grillade' = a grill bar, like a maquis; restaurant rate and "
         "farm sales never named)",
         HALF + "; the 3 500 FCFA single price; saying nobody sells at the farm"),
        ("3 200 ?? tu veux me tuer. a ce prix là je gagne rien. fais moi 2 500 et tu me livres le dimanche aussi",
         "Push-back ('tu veux me tuer' = you're killing me, i.e. too dear): apologise; the FAQ has 3 200 FCFA from "
         "20 a week and deliveries Tuesday-Saturday — say so and offer a person",
         "accepting 2 500 or Sunday deliveries; the same answer again without acknowledging"),
        ("bon, faut pas me fatiguer. je veux parler au patron de la ferme directement, pas une machine",
         "Request: angry + person ('faut pas me fatiguer' = don't wear me out) — apologise briefly and hand over",
         PW),
        ("allo ? y a quelqu'un ?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("VOUS AVEZ GÂTÉ MA FÊTE ! le livreur m'a amené hier soir les 2 pintades pour mon anniversaire, ce matin elles "
         "sentent déjà. J'ai payé 12 000 par Orange money pour ça ??",
         F(E["probleme"]) + " — apologise; for prepared birds a photo on WhatsApp the same day (yesterday's "
         "delivery: the time limit may be passed, a person should check); replacement or refund at the next "
         "delivery; prepared birds are to be cooked or frozen the same day ('gâté' = ruined; not fresh never "
         "named)",
         "no apology; blaming the customer only; the storage entry alone"),
        ("sinon vous savez quand la SODECI va remettre l'eau a yop ? depuis hier on a rien",
         "Not covered (unrelated: when the water company SODECI will restore water in Yopougon) — say so kindly",
         "an FAQ answer; a handover"),
        ("appelez moi sur le 07 59 55 28 16, plutot apres 18h quand je descends",
         "Request: callback with number ('quand je descends' = when I finish work) — hand over to a person with the "
         "number and 'after 18 h' kept; no promise of a time",
         PW + "; asking for the number again; the farm's number instead"),
        ("ça va prendre combien de temps encore ? mon woro-woro est là dans 5 minutes",
         WAIT + WAITING,
         "the farm's opening hours; an invented wait time"),
    ],
    # 6
    [
        ("j'avais pris 20 poulets pour le 24 et j'ai deja envoyé les 30 pourcent, mais on fête finalement au village chez "
         "mon vieux père a bouaké, donc c'est plus la peine de les préparer",
         F(E["annulation"]) + " — feast order: the deposit comes back if called off at least 5 days before the date, "
         "otherwise it is kept; by WhatsApp or phone; claim nothing as done ('les 30 pourcent' = the 30 % deposit, "
         "'mon vieux père' = my father (or an elder), respectful; cancelling never named; the date is unknown, so the rule, not a "
         "verdict)",
         "claiming it is cancelled; saying the deposit is lost whatever the date"),
        ("bon, on va faire comment alors",
         "Ambiguous reply ('on va faire comment' = so what do we do / oh well, nothing to be done) — ask what they "
         "mean or restate the step (WhatsApp or phone, the 5-day rule); nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("autre chose. pour les funérailles de ma tante en janvier on sera au moins 300, il faut 80 poulets. c'est "
         "combien et vous livrez jusqu'à abobo ?",
         BOTH(E["ceremonie"], E["livraison"]) + " — from 50 birds 3 300 FCFA each (264 000 FCFA for 80), delivery "
         "free in the Abidjan district (Abobo included), order 2 weeks ahead with a 50 % deposit",
         HALF + "; 1 000 FCFA delivery to Abobo as if due; the restaurant rate"),
        ("ehh c'est quelle affaire ça même ! ton robot là connaît rien dêh. donne moi un vrai môgô de la ferme, "
         "je veux plus causer avec machine",
         "Request: person in Nouchi ('what is this even! your robot knows nothing. give me a real guy from the "
         "farm, I don't want to talk to a machine any more') — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard French"),
    ],
    # 7
    [
        ("bonsoir. si je prends 2 plateaux, je les garde combien de jours ? c'est pour la boutique",
         F(E["oeufs"]) + " — less than 3 days old on delivery; keep cool out of the sun, use within 21 days, don't "
         "wash before storing (eggs' freshness never named)",
         "the egg price only; saying eggs keep for months"),
        ("et le poulet déjà préparé, je peux le mettre au congélo pour la semaine prochaine ?",
         F(E["congele"]) + " — a prepared chicken keeps 2 days in the fridge or 3 months in the freezer, freeze it "
         "in a closed bag on the delivery day ('congélo' = freezer)",
         NEW + "saying they sell frozen chicken"),
        ("ok. et pour noël il faut commander avant quelle date ? merci",
         F(E["fetes"]) + " — at least 10 days ahead with a 30 % deposit, last day for 24 December is 14 December, "
         "delivered or collected 22-24 December; thanks acknowledged",
         NEW + "no thanks acknowledged; the ceremonies entry"),
    ],
]

write_plan("fr", convs)
