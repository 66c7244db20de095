"""French FAQ and plan for test set 45: Homards Leblanc, a lobster shop in Shediac, New Brunswick, made up.
Customers write Acadian French (chiac). Run from src/: PYTHONPATH=<check folder> python3 fr.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("prix", "Combien coûte le homard?",
      "Le homard vivant « canner » (de 1 à 1,25 lb) coûte 17,99 $ la livre et le homard « marché » (de 1,25 à "
      "2 lb) 19,99 $ la livre; les jumbos de 3 lb et plus sont à 22,99 $ la livre. Les prix du jour sont affichés au "
      "comptoir et sur notre page Facebook, car ils changent avec l'arrivage des bateaux. Taxes en sus.",
      "produits", ["prix", "livre", "coût", "homard vivant", "tarif"],
      ["c'est combien la livre", "combien pour un gros homard", "vos prix aujourd'hui"])
entry("saison", "Quand est la saison du homard?",
      "Sur notre côte, la pêche est ouverte du 1er mai au 30 juin, puis du 9 août au 9 octobre. En dehors de ces "
      "dates, nous vendons du homard gardé dans nos viviers d'eau salée jusqu'à la fin décembre, à 2 $ de plus la "
      "livre. Le homard le plus frais arrive la première semaine de chaque saison.",
      "produits", ["saison", "pêche", "ouverture", "frais", "vivier"],
      ["quand ouvre la pêche", "avez-vous du homard en novembre", "c'est quoi le meilleur moment"])
entry("cuisson", "Pouvez-vous cuire le homard pour moi?",
      "Oui, nous cuisons gratuitement le homard acheté chez nous pendant que vous attendez, en 20 minutes environ. "
      "Pour une commande de plus de 10 livres, la cuisson coûte 2 $ la livre et il faut la commander 24 heures à "
      "l'avance. Le homard cuit se garde 2 jours au réfrigérateur.",
      "service", ["cuire", "cuisson", "cuit", "bouilli"],
      ["vous le faites bouillir pour nous", "combien de temps pour le cuire", "le homard cuit se garde combien de temps"])
entry("commande", "Comment passer une commande?",
      "Vous pouvez commander au comptoir, par téléphone au 506 555-0134 (de 9 h à 17 h) ou sur notre site. "
      "Minimum 2 livres par commande. Pour 20 livres et plus, commandez au moins 48 heures à l'avance; nous vous "
      "appelons pour confirmer l'heure de ramassage au 27, chemin du Quai, Shediac. Pour annuler ou modifier, "
      "appelez-nous au moins 24 heures avant le ramassage, sans frais; plus tard, nous gardons 50 % des commandes "
      "de 20 livres et plus.",
      "commandes", ["commander", "commande", "annuler", "ramassage", "réserver"],
      ["je veux réserver 30 livres", "peut-on commander en ligne", "je dois annuler ma commande"])
entry("expedition", "Expédiez-vous le homard vivant?",
      "Oui, partout au Canada, du lundi au mercredi seulement, en boîte isotherme avec glace pour une livraison "
      "le lendemain. Frais : 39 $ dans les Maritimes, 69 $ au Québec et en Ontario, 99 $ ailleurs au Canada. Nous "
      "n'expédions pas aux États-Unis ni outre-mer. Commandez avant 11 h pour un départ le jour même.",
      "commandes", ["expédition", "livraison", "envoyer", "boîte", "colis"],
      ["pouvez-vous en envoyer à Montréal", "livrez-vous aux États-Unis", "ça coûte combien pour l'envoi"])
entry("heures", "Quelles sont vos heures d'ouverture?",
      "En saison (mai à octobre), nous sommes ouverts tous les jours de 9 h à 19 h. De novembre à décembre, du "
      "jeudi au samedi de 10 h à 17 h. Nous sommes fermés de janvier à avril, mais les commandes de homard "
      "congelé se font par téléphone.",
      "service", ["heures", "ouvert", "fermé", "horaire"],
      ["êtes-vous ouverts dimanche", "à quelle heure fermez-vous", "ouvert en hiver"])
entry("conserver", "Comment garder un homard vivant jusqu'au souper?",
      "Gardez-le au réfrigérateur (entre 2 et 5 °C), dans son sac ou couvert d'un papier journal humide, jusqu'à "
      "36 heures. Ne le mettez jamais dans l'eau douce ni dans un sac fermé, il mourrait. Un homard mort avant "
      "la cuisson ne doit pas être mangé.",
      "produits", ["garder", "conserver", "réfrigérateur", "vivant", "frigo"],
      ["combien de temps il reste en vie", "je le mets dans l'eau", "comment le garder jusqu'à demain"])
entry("paiement", "Quels modes de paiement acceptez-vous?",
      "Au comptoir : argent comptant, Interac, Visa et Mastercard. En ligne et par téléphone : Visa ou "
      "Mastercard. Pas de chèques. Les entreprises peuvent ouvrir un compte avec facture à 30 jours à partir de "
      "500 $ d'achats par mois.",
      "service", ["paiement", "payer", "carte", "interac", "comptant"],
      ["prenez-vous la carte", "est-ce que je peux payer cash", "acceptez-vous les chèques"])
entry("souper", "Organisez-vous des soupers de homard pour les groupes?",
      "Oui, notre forfait « boucane de homard » pour 10 personnes et plus coûte 45 $ par personne : un homard "
      "marché cuit, une salade de chou, des patates, du pain et du beurre à l'ail, livré dans un rayon de 30 km. "
      "Réservez au moins 72 heures à l'avance. Nous ne fournissons pas de personnel de service.",
      "service", ["groupe", "souper", "forfait", "party", "traiteur"],
      ["on est 25 pour une réunion de famille", "faites-vous du traiteur", "un souper pour une fête"])
entry("autres", "Vendez-vous d'autres fruits de mer?",
      "Oui : moules de l'Île-du-Prince-Édouard à 4,99 $ le sac de 2 lb, pétoncles frais à 32 $ la livre, huîtres "
      "de Cocagne à 1,75 $ chacune et crabe des neiges cuit à 14,99 $ la livre en saison (avril à juin). Nous "
      "n'avons pas de poisson frais.",
      "produits", ["moules", "huîtres", "pétoncles", "crabe", "fruits de mer"],
      ["avez-vous des huîtres", "c'est combien les moules", "vendez-vous du poisson"])
entry("chair", "Vendez-vous de la chair de homard?",
      "Oui, de la chair de homard décortiquée : fraîche en saison à 54 $ la livre et congelée toute l'année à "
      "59 $ le paquet de 1 lb (pinces et queues). La chair fraîche se garde 2 jours au réfrigérateur; la chair "
      "congelée 12 mois au congélateur.",
      "produits", ["chair", "décortiqué", "congelé", "queues", "pinces"],
      ["avez-vous du homard déjà décortiqué", "pour faire des guédilles", "homard congelé"])
entry("probleme", "Que faire si mon homard est arrivé mort ou abîmé?",
      "Avisez-nous dans les 2 heures suivant la réception avec une photo, par courriel à "
      "service@homardsleblanc.example ou au 506 555-0134. Nous remplaçons le homard à l'envoi suivant ou vous "
      "remboursons sa valeur dans les 5 jours ouvrables. Une boîte livrée en retard par le transporteur est aussi "
      "couverte.",
      "commandes", ["mort", "abîmé", "remboursement", "plainte", "retard"],
      ["le homard ne bougeait plus", "la boîte est arrivée en retard", "je veux un remboursement"])
entry("taille", "Quelle grosseur de homard choisir?",
      "Comptez de 1 à 1,5 livre de homard vivant par adulte pour un repas. Les « canners » sont plus tendres et "
      "faciles à manger, les homards « marché » donnent plus de chair dans les pinces. Un homard de 1 livre "
      "donne environ 100 g de chair.",
      "produits", ["grosseur", "taille", "combien par personne", "canner", "marché"],
      ["combien il en faut pour 6", "quelle grandeur prendre", "c'est quoi un canner"])
entry("cuirechez", "Comment cuire un homard à la maison?",
      "Faites bouillir de l'eau bien salée (2 c. à soupe de sel par litre), plongez le homard tête première et "
      "comptez 12 minutes pour la première livre, puis 3 minutes par livre supplémentaire, à partir du retour à "
      "l'ébullition. La carapace devient rouge vif et les antennes s'arrachent facilement.",
      "produits", ["recette", "bouillir", "temps de cuisson", "maison", "eau salée"],
      ["combien de minutes dans l'eau", "je le fais comment chez nous", "combien de sel"])
entry("carte", "Offrez-vous des cartes-cadeaux?",
      "Oui, de 25 $ à 200 $, en magasin ou par courriel depuis notre site. Elles n'expirent pas et sont valides "
      "sur tous nos produits, l'expédition et le forfait de groupe. Elles ne sont pas remboursables en argent.",
      "service", ["carte-cadeau", "cadeau", "certificat", "offrir"],
      ["je veux offrir un certificat", "est-ce que les cartes expirent", "cadeau pour mon père"])

write_faq("fr", FAQ)

convs = [
    # 1
    [
        ("allo! je veux 6 homards pour samedi asteure, c'est combien la livre? pis vous pouvez-tu me les cuire "
         "drette là?",
         BOTH(E["prix"], E["cuisson"]) + " — canners 17,99 $/lb, markets 19,99 $/lb, jumbos 22,99 $/lb, daily prices "
         "at the counter, taxes extra; cooked free while waiting, about 20 min (over 10 lb 2 $/lb and 24 h ahead) "
         "('asteure' = now, 'drette là' = right there, Acadian)",
         HALF + "; inventing a price per lobster"),
        ("on sera 4 adultes pis 2 enfants, j'en prends des gros ou des petits?",
         F(E["taille"]) + " — 1 to 1,5 lb of live lobster per adult; canners tender and easy, markets more claw meat "
         "(size never named)",
         NEW + "the price entry again"),
        ("pis si je les ramasse vers 10h, y vont-tu être encore corrects jusqu'à 6h le soir?",
         F(E["conserver"]) + " — in the fridge at 2-5 °C, in the bag or under damp newspaper, up to 36 h; never in "
         "fresh water or a closed bag; a lobster dead before cooking is not eaten ('ramasser' = pick up; keeping "
         "never named)",
         NEW + "the opening hours"),
        ("awesome, merci ben. bye là",
         "Small talk: acknowledgement + thanks + goodbye ('merci ben' = thanks a lot, 'awesome', 'bye là', chiac) — "
         "short friendly close",
         SMALL),
    ],
    # 2
    [
        ("bonjour, j'ai une question",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("ma fille reste a gatineau pis a s'ennuie de ceux d'icitte, vous pouvez-tu y en faire parvenir des frais?",
         TYPE + F(E["expedition"]) + " — yes, anywhere in Canada, Monday to Wednesday only, insulated box with ice, "
         "next-day delivery; 69 $ to Québec (Gatineau), order before 11:00 ('a' = elle, 'icitte' = ici, Acadian; "
         "shipping never named)",
         "tapping a choice; asking to rephrase; saying it can't be shipped"),
        ("pis ca prend-tu une carte de credit ou ben je peux faire un e-transfer? et vous etes ouvert le dimanche?",
         BOTH(E["paiement"], E["heures"]) + " — online and by phone Visa or Mastercard (no e-transfer listed, cash "
         "and Interac only at the counter, no cheques); in season open daily 9-19 (Sunday yes), Nov-Dec Thursday-"
         "Saturday 10-17, closed January-April (no accents typed)",
         HALF + "; inventing e-transfer"),
        ("attends, je parle-tu à une vraie personne là?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("bonjour, à propos de ma commande d'hier",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("non c'est pas ça pantoute",
         TYPE + "Typed rejection ('pantoute' = not at all) — apologise and ask what exactly it is about; no "
         "handover yet",
         "the same choices again; a handover straight away"),
        ("la boîte a été livrée à toronto à 4h l'après-midi au lieu de 10h le matin pis 3 des 8 bougeaient pu "
         "pantoute quand je l'ai ouverte",
         F(E["probleme"]) + " — report within 2 hours of receiving it with a photo by e-mail or 506 555-0134; "
         "replaced in the next shipment or refunded within 5 working days; late delivery by the carrier is covered "
         "('bougeaient pu' = weren't moving any more; dead lobsters never named)",
         "asking to rephrase again; the keeping entry only; promising the refund as done"),
        ("pis vous autres, vous faites-tu des sorties sur le bateau avec les pêcheurs pour lever les cages?",
         "Not covered (a trip on a fishing boat to haul traps, near the trade but not offered; 'cages' = lobster "
         "traps) — say so plainly; may offer a person",
         "inventing boat trips or prices; the season entry as if it were that"),
    ],
    # 4
    [
        ("salut, on fait une réunion de famille au mois d'août, une trentaine de monde. vous faites-tu le manger "
         "au complet? pis ma belle-soeur haït ça, vous avez-tu des coquillages itou pour elle?",
         BOTH(E["souper"], E["autres"]) + " — the group package for 10 and more: 45 $ per person, a cooked market "
         "lobster, coleslaw, potatoes, bread and garlic butter, delivered within 30 km, book 72 h ahead, no serving "
         "staff; oysters from Cocagne 1,75 $ each (also mussels, scallops, snow crab in season) ('itou' = aussi, 'haït' = "
         "hates, Acadian; 'coquillages' = shellfish; group meal and seafood never named)",
         HALF + "; a price per lobster only"),
        ("45 piasses par tête? voyons donc. faites-nous ça à 35 pis les huîtres gratis, on est des clients depuis "
         "20 ans",
         "Push-back ('piasses' = dollars, 'par tête' = per head): apologise; the FAQ has 45 $ per person and the "
         "oyster price (1,75 $ each), no loyalty discount — say what it has and offer a person",
         "promising 35 $ or free oysters; the same answer again without acknowledging"),
        ("chu tanné de parler à une machine. je veux parler à quelqu'un du bureau, TOUT DE SUITE",
         "Request: angry + person ('chu tanné' = I'm fed up) — apologise briefly and hand over",
         PW),
        ("allo? y'a-tu quelqu'un?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("c'est pas correct!!! j'ai payé 59 piasses pour un paquet de viande gelée, rendu chez nous "
         "c'était toute de la glace pis ça sentait drôle. j'ai toute jeté",
         F(E["chair"]) + " (and " + F(E["probleme"]) + ") — apologise; frozen meat 59 $ the 1 lb pack keeps 12 "
         "months in the freezer; a spoiled product: report with a photo by e-mail or 506 555-0134, replaced or "
         "refunded within 5 working days (the 2-hour rule is for live lobster; a person to check is a plus) "
         "('toute' = tout, 'rendu chez nous' = once home)",
         "no apology; the cooking entry; blaming the customer"),
        ("les wildcats ont-tu gagné hier soir?",
         "Not covered (unrelated: whether the Moncton Wildcats junior hockey team won last night) — say so kindly",
         "an FAQ answer; a handover"),
        ("appelez-moi back au 506 555-0178, je suis sur la route jusqu'à 3h",
         "Request: callback with number ('appelez-moi back' = call me back, chiac) — hand over to a person with the "
         "number (and 'on the road until 3') kept; no promise of a time",
         PW + "; asking for the number again; the shop's number instead"),
        ("ça va-tu être long? faut que j'aille chercher les kids à l'école",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("j'avais fait mettre 20 livres de côté pour vendredi 4h pour la fête à mon père mais y'a fini à l'hôpital, "
         "ça se fera pas",
         F(E["commande"]) + " — sympathy; cancel by phone at 506 555-0134 (9-17) at least 24 h before pick-up, free; "
         "later 50 % of an order of 20 lb and more is kept; claim nothing as done ('ça se fera pas' = it won't "
         "happen; cancelling never named)",
         "claiming it is cancelled; no sympathy; the price entry"),
        ("yeah ok",
         "Ambiguous yes ('yeah ok', chiac) — ask what they mean or restate the step (call 506 555-0134 at least 24 h before); nothing "
         "claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("autre chose, je voudrais donner un certificat à mon père quand il va sortir. ça expire-tu? pis la pêche "
         "ouvre quand au printemps?",
         BOTH(E["carte"], E["saison"]) + " — gift cards 25-200 $, in store or by e-mail, no expiry, not refundable "
         "in cash; spring season 1 May-30 June (autumn 9 August-9 October; tank lobster to end of December at "
         "+2 $/lb)",
         HALF),
        ("r'garde, j'comprends rien à vot' affaire. arrête de m'faire tourner en rond pis passe-moé quelqu'un pour "
         "vrai, right asteure!",
         "Request: person in Acadian French ('look, I understand nothing of your thing; stop making me go round in "
         "circles and put me through to someone for real, right now'; 'moé' = moi, 'right asteure' = right now) — "
         "hand over to a person",
         PW + "; answering an FAQ; asking for standard French"),
    ],
    # 7
    [
        ("bonsoir, c'est ma premiere fois, j'en ai acheté 2 vivants. je les fais comment chez nous, combien de "
         "temps dans le chaudron?",
         F(E["cuirechez"]) + " — salted water (2 tbsp per litre), head first, 12 min for the first pound and 3 min "
         "per extra pound from the return to the boil; bright red shell ('chaudron' = pot)",
         "the shop's cooking service only; the keeping entry"),
        ("pis si je veux juste la viande pour des guédilles la semaine prochaine?",
         F(E["chair"]) + " — shelled meat fresh in season 54 $/lb (2 days in the fridge), frozen 59 $ the 1 lb pack "
         "all year, 12 months in the freezer ('guédilles' = lobster rolls; meat never named as 'chair')",
         NEW + "the cooking entry again"),
        ("ok parfait. c'est quoi le minimum si je commande par telephone? merci",
         F(E["commande"]) + " — at the counter, by phone 506 555-0134 (9-17) or online; minimum 2 lb; 20 lb and "
         "more 48 h ahead; thanks acknowledged",
         NEW + "no thanks acknowledged"),
    ],
]

write_plan("fr", convs)
