"""French: Érablière Gagnon, a sugar shack (cabane à sucre) in Saint-Marc-sur-Richelieu, Québec.

Customers type Québécois French on the phone (tu-questions, joual, swearing, 'flos', 'pis', 'canceller').
"""
from common_en_de_fr_it import (CHOICES, REJECT, AFTER, WAIT, faq, both, not_covered, vague, small, person,
                                push1, push2, waiting, ambiguous, write_faq, write_plan)

SEASON = "Quand est-ce que la cabane est ouverte?"
PRICE = "Combien coûte le repas?"
MENU = "Qu'est-ce qu'il y a au menu?"
VEGE = "Avez-vous des options végétariennes ou sans gluten?"
BOOK = "Est-ce qu'il faut réserver?"
CANCEL = "Comment annuler ou modifier ma réservation?"
WINE = "Est-ce qu'on peut apporter notre vin?"
TIRE = "Est-ce que la tire sur la neige est incluse?"
GROUP = "Avez-vous des tarifs de groupe?"
SHOP = "Est-ce que vous vendez des produits de l'érable?"
KIDS = "Y a-t-il des activités pour les enfants?"
WHERE = "Où êtes-vous situés et y a-t-il du stationnement?"
PAY = "Quels modes de paiement acceptez-vous?"
DOGS = "Est-ce que les chiens sont acceptés?"
GIFT = "Vendez-vous des certificats-cadeaux?"

FAQ = [
    (SEASON,
     "La saison des sucres va du premier samedi de mars au dernier dimanche d'avril. Les repas sont servis le vendredi à "
     "18 h, le samedi et le dimanche à 11 h 30 et à 17 h 30. Hors saison, la salle ouvre seulement pour les groupes "
     "privés de 30 personnes et plus, sur réservation.",
     "horaire", ["saison", "ouvert", "heures", "horaire", "dates"],
     ["c'est quand la saison des sucres", "vous ouvrez à quelle heure", "êtes-vous ouverts en semaine"]),
    (PRICE,
     "Adulte (13 ans et plus) : 38 $. Enfant de 6 à 12 ans : 18 $. Enfant de 3 à 5 ans : 8 $. Moins de 3 ans : gratuit. "
     "Les taxes sont incluses, le pourboire ne l'est pas. La tire sur la neige est comprise dans le prix.",
     "repas", ["prix", "tarif", "coût", "adulte", "enfant"],
     ["c'est combien par personne", "prix pour les enfants", "tarifs du repas"]),
    (MENU,
     "Repas traditionnel à volonté : soupe aux pois, oreilles de crisse, jambon à l'érable, fèves au lard, omelette "
     "soufflée, patates rissolées, cretons, crêpes et pouding chômeur, avec café et thé. La tire sur la neige est servie "
     "après le repas.",
     "repas", ["menu", "repas", "manger", "plats", "à volonté"],
     ["qu'est-ce qu'on mange", "c'est quoi le repas", "le menu de la cabane"]),
    (VEGE,
     "Oui, un menu végétarien (fèves sans lard, omelette, crêpes, soupe aux légumes) est servi si vous le demandez à la "
     "réservation. Pour le sans gluten, on fait notre possible mais on ne peut pas le garantir : la cuisine est partagée. "
     "Allergies : avisez-nous au moins 48 h d'avance.",
     "repas", ["végétarien", "végé", "sans gluten", "allergie", "cœliaque"],
     ["avez-vous un menu végé", "je suis allergique", "repas sans viande"]),
    (BOOK,
     "Oui, c'est fortement conseillé : les fins de semaine sont complètes plusieurs semaines d'avance. Réservez en ligne "
     "sur erabliere-gagnon.ca ou au 450 555-0134. Pour les groupes de 10 personnes et plus, on demande un dépôt de 10 $ "
     "par adulte.",
     "réservation", ["réserver", "réservation", "place", "complet", "dépôt"],
     ["comment réserver", "faut-il réserver la fin de semaine", "reste-t-il de la place samedi"]),
    (CANCEL,
     "Vous pouvez annuler sans frais jusqu'à 72 h avant votre repas, en ligne ou par téléphone. Pour un groupe de 10 et "
     "plus, le dépôt n'est pas remboursé si vous annulez moins de 7 jours avant. Vous pouvez changer le nombre de "
     "personnes jusqu'à 24 h avant.",
     "réservation", ["annuler", "annulation", "modifier", "changer", "nombre de personnes"],
     ["annuler ma réservation", "changer la date", "on sera moins nombreux"]),
    (WINE,
     "Oui, apportez votre vin ou votre bière, sans frais de bouchon. Les spiritueux ne sont pas permis. On vend aussi de "
     "la bière de microbrasserie sur place à 7 $.",
     "repas", ["vin", "bière", "alcool", "apportez votre vin", "boisson"],
     ["est-ce un apportez votre vin", "peut-on amener de la bière", "vendez-vous de l'alcool"]),
    (TIRE,
     "Oui, la tire sur la neige est incluse avec le repas. Sans repas, elle se vend 4 $ le bâton au kiosque extérieur, "
     "de 11 h à 16 h les fins de semaine de la saison.",
     "repas", ["tire", "tire sur la neige", "inclus", "kiosque"],
     ["la tire est-elle comprise", "combien pour la tire", "peut-on juste venir pour la tire"]),
    (GROUP,
     "Pour 20 adultes et plus : 10 % de rabais sur le repas. Écoles et garderies en semaine : 22 $ par enfant avec la "
     "visite de l'érablière. Notre salle privée accueille jusqu'à 80 personnes. Dépôt de 10 $ par adulte à la réservation.",
     "réservation", ["groupe", "rabais", "salle privée", "école", "party"],
     ["prix de groupe", "on est 25 personnes", "louer la salle privée"]),
    (SHOP,
     "Oui, notre boutique est ouverte pendant la saison, de 10 h à 17 h : sirop d'érable 540 ml à 12 $, canne de 1 L à "
     "20 $, beurre d'érable 9 $, sucre d'érable 8 $. On n'expédie pas par la poste ; hors saison, commandez par téléphone "
     "et venez chercher vos produits sur rendez-vous.",
     "boutique", ["sirop", "boutique", "beurre d'érable", "produits", "acheter"],
     ["combien pour une canne de sirop", "vendez-vous du sirop", "livrez-vous"]),
    (KIDS,
     "Oui : promenade en charrette tirée par des chevaux (incluse, fins de semaine seulement), mini-ferme avec chèvres et "
     "lapins, et un sentier de 2 km dans l'érablière. Il y a aussi des chaises hautes et un coin à langer.",
     "activités", ["enfants", "activités", "charrette", "mini-ferme", "sentier"],
     ["quoi faire avec les enfants", "avez-vous des animaux", "tour de charrette"]),
    (WHERE,
     "Au 1240, rang des Érables, Saint-Marc-sur-Richelieu, à 35 minutes de Montréal par l'autoroute 20 (sortie 112). "
     "Stationnement gratuit de 200 places. Il n'y a pas de transport en commun jusqu'à la cabane.",
     "infos", ["adresse", "stationnement", "directions", "situés", "se rendre"],
     ["c'est où", "comment se rendre", "y a-t-il du parking"]),
    (PAY,
     "Argent comptant, carte de débit, Visa et Mastercard. On ne prend pas l'American Express ni les chèques.",
     "infos", ["paiement", "payer", "carte", "débit", "comptant"],
     ["acceptez-vous les cartes de crédit", "peut-on payer comptant", "prenez-vous le débit"]),
    (DOGS,
     "Les chiens ne sont pas admis dans la salle à manger ni dans la mini-ferme. Ils sont bienvenus en laisse dans le "
     "stationnement et dans le sentier. Les chiens d'assistance sont acceptés partout.",
     "infos", ["chien", "animaux", "laisse", "chien d'assistance"],
     ["peut-on venir avec notre chien", "animaux acceptés", "chien dans la salle"]),
    (GIFT,
     "Oui, des certificats-cadeaux du montant de votre choix à partir de 25 $, valides 1 an, pour les repas et la "
     "boutique. Achetez-les en ligne (envoyés par courriel) ou au comptoir.",
     "boutique", ["certificat-cadeau", "cadeau", "carte-cadeau", "offrir"],
     ["avez-vous des cartes-cadeaux", "idée cadeau", "acheter un certificat"]),
]

C = [
    # 1 greeting + question, follow-ups, thanks
    [
        ("allo! c combien pour venir manger samedi, on est 2 adultes pis 2 flos",
         faq(PRICE, "38 $ par adulte, enfants 18 $ (6-12 ans) ou 8 $ (3-5 ans), gratuit moins de 3 ans; taxes incluses"),
         "the reservation entry only; the group rates"),
        ("les flos ont 4 pis 9 ans",
         faq(PRICE, "8 $ + 18 $, total 2 × 38 + 18 + 8 = 102 $, taxes incluses, pourboire en plus"),
         "the kids' activities entry; choices for a follow-up"),
        ("la tire c'est-tu en extra?",
         faq(TIRE, "non, incluse avec le repas"),
         "the 4 $ price as if it applied to diners"),
        ("écoeurant, merci ben!",
         small("thanks ('écoeurant' = great here)"),
         "treating 'écoeurant' as a complaint; a handover"),
    ],
    # 2 vague message, typed rejection, rephrasing
    [
        ("jpeux-tu amener qqch avec moi",
         vague("wine/beer, dogs"),
         "one entry at random; a handover"),
        (REJECT + "non, pas pantoute ça",
         push1(" (typed rejection)"),
         "the same choices again unchanged; a handover straight away"),
        ("jparle de mon ptit shih tzu, y'é ben fin",
         faq(DOGS, "pas dans la salle ni la mini-ferme; bienvenu en laisse dans le stationnement et le sentier"),
         "the kids' activities (mini-ferme) entry; saying dogs are welcome inside"),
    ],
    # 3 vague, question typed while choices show ('canceller' = the reservation), ambiguous oui, follow-up
    [
        ("ma résa",
         vague("réserver, annuler/modifier"),
         "one entry at random; a handover"),
        (CHOICES + "y annoncent une tempête, jveux canceller pour dimanche",
         faq(CANCEL, "sans frais jusqu'à 72 h avant, en ligne ou par téléphone"),
         "ending/resetting the chat; claiming the reservation is cancelled; weather talk"),
        ("oui",
         ambiguous("oui"),
         "'votre réservation est annulée'; a new FAQ answer"),
        ("pis si on est juste 4 au lieu de 6 à place?",
         faq(CANCEL, "changing the number of people is possible until 24 h before"),
         "the price entry; the group entry"),
    ],
    # 4 shipping (FAQ says no), follow-up, near-trade services not offered, unrelated
    [
        ("vous postez-tu du sirop en ontario? ma mère reste à ottawa",
         faq(SHOP, "non, pas d'expédition par la poste; hors saison commande par téléphone et cueillette sur rendez-vous"),
         "saying yes; the location entry"),
        ("ok pis le beurre c'est combien d'abord",
         faq(SHOP, "beurre d'érable 9 $"),
         "the meal price entry"),
        ("vous faites-tu du traiteur? party de bureau à laval en mai",
         not_covered("catering off-site is not offered; mentioning the private room at the shack as an alternative is fine"),
         "the group rates entry as if it answered the question; the season dates"),
        ("qui a gagné le match du ch hier soir",
         not_covered("unrelated: hockey score"),
         "any FAQ entry; inventing a score"),
    ],
    # 5 angry customer the FAQ covers, push-back twice, waiting
    [
        ("CALICE ça fait 20 min que jtourne en rond dans le rang pis y'a aucune pancarte. vous êtes où exactement??",
         faq(WHERE, "apologise; 1240 rang des Érables, Saint-Marc-sur-Richelieu, autoroute 20 sortie 112, stationnement gratuit"),
         "a handover without the address; no apology; scolding the swearing"),
        ("ça m'aide pas pantoute",
         push1(),
         "the address again, word for word"),
        ("t'es-tu sérieux là? passe-moi quelqu'un",
         push2(" (also asks for a person)"),
         "a third FAQ answer; asking to rephrase"),
        (AFTER + "allo?? y'a-tu quelqu'un",
         waiting(),
         "a FAQ answer; starting over"),
        (AFTER + "ça va-tu être long?",
         waiting(),
         "an invented wait time; the opening hours"),
    ],
    # 6 'are you a bot', callback with a made-up number, waiting
    [
        ("t'es-tu un robot toé?",
         small("says it's an automated assistant, can pass to a person"),
         "pretending to be human; a handover without being asked"),
        ("ok ben rappelez-moi au 450 555-0187, c'est pour un groupe de 40",
         person("callback with the customer's number"),
         "only the group rates; reading out the shop's phone number"),
        (AFTER + WAIT + "pis?",
         waiting(),
         "a FAQ answer; an invented time"),
    ],
    # 7 dietary question, two questions in one, follow-up, goodbye
    [
        ("ma blonde mange pas de viande pis moi chu cœliaque, y'a-tu qqch pour nous autres",
         faq(VEGE, "menu végétarien si demandé à la réservation; sans gluten pas garanti (cuisine partagée); allergies 48 h d'avance"),
         "the menu entry only; promising gluten-free"),
        ("vous prenez-tu l'amex pis c'est-tu correct d'apporter notre bouteille de rouge",
         both(PAY, WINE, "no Amex (cash, debit, Visa, Mastercard); yes, bring your wine, no corkage fee"),
         "answering only one without pointing to the other"),
        ("les flos vont-tu s'ennuyer pendant qu'on jase?",
         faq(KIDS, "charrette (fins de semaine), mini-ferme, sentier de 2 km"),
         "the price for children; small talk"),
        ("parfait, bonne journée là, bye bye",
         small("goodbye"),
         "another FAQ answer; a handover"),
    ],
]

if __name__ == "__main__":
    print(write_faq("fr", FAQ))
    print(write_plan("fr", C))
