# Les Ruchers du Cagnard, Saint-Saturnin-lès-Apt (Vaucluse) -- fr-FR, customers with some Provençal colouring
from common import Entry as E, stopset

LANG = "fr"
SHOP = "Les Ruchers du Cagnard -- beekeeper, honey at markets and online, hive visits, Luberon, Provence (fr-FR, Provençal colouring)"

# Function words only (articles, pronouns, prepositions, conjunctions, auxiliaries).
STOP = stopset("""
alors aussi autre autres avec avez avoir avons cela celle celles celui ceux cette chez comme comment dans
depuis donc elle elles entre etre etes faire fait faut leur leurs mais meme moins nous notre nos pour
pourquoi quand quel quelle quelles quels quoi sans sera sont sous suis sommes tous tout toute toutes tres
trop votre vous peut peux pouvez puis dont ceci etait aux des les une que qui ont ici est
""")

FAQ = [
 E("Sur quels marchés vous trouve-t-on ?",
   "Le samedi matin au marché d'Apt (place de la Bouquerie, 8 h – 12 h 30) toute l'année, et le dimanche matin au "
   "marché paysan de Coustellet (8 h – 13 h) d'avril à décembre. En juillet et août, nous sommes aussi au marché nocturne "
   "de Gordes le mardi soir (18 h – 22 h).",
   "Marchés", "marché;Apt;Coustellet;samedi;dimanche",
   "Vous êtes au marché d'Apt le samedi ?|Où acheter votre miel en direct ?",
   ["vous etes au marché d'apt ce samedi ?",
    "c'est quel jour a coustellet ??",
    "on passe une semaine du côté de roussillon en juin, on peut vous voir où pour faire le plein de pots ?"]),
 E("Quels miels produisez-vous ?",
   "Selon les saisons : miel de lavande (IGP Miel de Provence), de romarin, de thym, de garrigue, de châtaignier et un "
   "toutes fleurs de printemps. Le miel de lavande est récolté en juillet, le romarin au printemps ; certaines variétés "
   "peuvent manquer en fin de saison.",
   "Nos miels", "variétés;lavande;romarin;châtaignier;garrigue",
   "Vous avez du miel de lavande ?|Quelles sortes de miel vendez-vous ?",
   ["vous avez du miel de lavande en ce moment ?",
    "vous faites du miel de chataigner ?",
    "je cherche un truc bien corsé et foncé, pas trop sucré, pour le fromage, vous me conseillez quoi ?"]),
 E("Combien coûtent vos pots de miel ?",
   "Le pot de 250 g coûte 7 €, le pot de 500 g 12 € et le pot de 1 kg 21 €, quelle que soit la variété, sauf le miel de "
   "lavande IGP : 8,50 €, 14 € et 25 €. Au marché, le troisième pot de 1 kg est à moitié prix.",
   "Nos miels", "prix;tarif;pot;kilo;coût",
   "C'est combien le pot de 500 g ?|Quel est le prix du kilo de miel ?",
   ["c'est combien le kilo de lavande ?",
    "prix du petit pot svp",
    "si j'en embarque plusieurs gros d'un coup dimanche, vous me faites un geste ?"]),
 E("Livrez-vous le miel à domicile ?",
   "Oui, vous pouvez commander sur notre site ruchersducagnard.fr. Nous expédions par Colissimo en France métropolitaine "
   "et en Belgique sous 3 jours ouvrés. Les frais de port sont de 7,90 € jusqu'à 3 pots et offerts dès 60 € d'achat. Les "
   "pots sont emballés dans du carton recyclé.",
   "Commandes", "livraison;expédition;commande en ligne;Colissimo;frais de port",
   "Vous envoyez en Belgique ?|Combien coûtent les frais de port ?",
   ["vous livrez en belgique ?",
    "frais de port pour 2 pots ?",
    "j'habite à lille et j'ai goûté votre romarin chez ma belle-soeur, je peux en recevoir chez moi ?"]),
 E("Peut-on visiter vos ruches ?",
   "Oui, de mai à septembre, le mercredi et le samedi à 10 h, sur réservation par téléphone au 06 71 28 45 90. La visite "
   "dure 2 heures : ouverture d'une ruche en combinaison, puis dégustation à la miellerie. Tarif : 15 € par adulte, 8 € "
   "par enfant à partir de 6 ans, 10 personnes maximum.",
   "Visites", "visite;rucher;réservation;combinaison;dégustation",
   "Organisez-vous des visites de rucher ?|Combien coûte la visite des ruches ?",
   ["c'est combien la visite du rucher pour 2 adultes et un enfant ?",
    "on peut reserver une visite mercredi ?",
    "mes pitchouns sont fadas des abeilles, on pourrait venir voir comment vous bossez là-haut ?"]),
 E("Que faut-il prévoir pour la visite du rucher ?",
   "Nous prêtons les combinaisons, voiles et gants. Venez en pantalon long et chaussures fermées, sans parfum ni crème "
   "parfumée. La visite est déconseillée aux personnes allergiques au venin d'abeille ; prévenez-nous en cas de doute. "
   "Prévoyez une casquette et de l'eau : le rucher est en plein soleil.",
   "Visites", "équipement;tenue;allergie;chaussures;combinaison",
   "Faut-il apporter une tenue ?|Je suis allergique aux piqûres, je peux venir ?",
   ["il faut venir avec quelle tenue ?",
    "mon fils est allergique aux piqures c risqué ?",
    "en tongs et short ça passe ou pas pour monter là-haut ?"]),
 E("Pourquoi mon miel a-t-il durci ?",
   "C'est la cristallisation, un phénomène naturel qui prouve que le miel n'a pas été chauffé ; il n'est pas abîmé. Pour "
   "le rendre liquide, placez le pot ouvert au bain-marie à 40 °C maximum. Le miel de romarin cristallise en quelques "
   "semaines, le miel de lavande beaucoup plus lentement.",
   "Conseils", "cristallisé;durci;cristallisation;liquide;bain-marie",
   "Mon miel est cristallisé, est-il encore bon ?|Comment rendre le miel liquide ?",
   ["mon miel est tout cristalisé c normal ?",
    "comment je le refais liquide ?",
    "le pot que j'ai pris l'été dernier est devenu blanc et dur comme du béton, il est bon à jeter ?"]),
 E("Peut-on donner du miel à un bébé ?",
   "Pas avant l'âge de 1 an : le miel peut contenir des spores responsables du botulisme infantile, dangereuses pour les "
   "nourrissons. À partir de 1 an, il n'y a pas de contre-indication particulière ; pour les femmes enceintes, le miel "
   "ne pose pas de problème.",
   "Conseils", "bébé;nourrisson;âge;botulisme;enfant",
   "À quel âge un enfant peut-il manger du miel ?|Le miel est-il dangereux pour les bébés ?",
   ["a partir de quel age on peut donner du miel a un bebe ?",
    "ma fille a 9 mois elle peut en manger ?",
    "je voudrais en mettre une cuillère dans le biberon de mon petit de 8 mois, c'est ok ?"]),
 E("Récupérez-vous les essaims ?",
   "Oui, gratuitement, dans un rayon de 30 km autour d'Apt, d'avril à juin. Appelez le 06 71 28 45 90 et envoyez une "
   "photo par SMS pour que nous vérifiions qu'il s'agit bien d'abeilles. Ne touchez pas à l'essaim et n'utilisez pas "
   "d'insecticide.",
   "Essaims", "essaim;récupération;abeilles;gratuit;photo",
   "Il y a un essaim dans mon jardin, que faire ?|Vous venez chercher les essaims d'abeilles ?",
   ["il y a un essaim dans mon jardin vous venez le chercher ?",
    "c'est payant de récupérer un essaim ?",
    "boudiou y a une grosse boule de bestioles qui bourdonnent accrochée à mon olivier depuis ce matin, je fais quoi ?"]),
 E("Proposez-vous le parrainage de ruche ?",
   "Oui. Pour 60 € par an, vous parrainez une ruche : vous recevez 1,5 kg de miel de « votre » ruche en trois pots, un "
   "certificat de parrainage à votre nom et une visite du rucher offerte pour deux personnes. C'est une idée de cadeau "
   "appréciée ; le parrainage peut être commandé sur le site.",
   "Parrainage", "parrainage;parrainer;cadeau;certificat;abonnement",
   "Comment parrainer une ruche ?|C'est combien le parrainage d'une ruche ?",
   ["c'est combien pour parrainer une ruche ?",
    "on peut offrir un parrainage en cadeau de noël ?",
    "mon père adore la nature, je cherche une surprise originale pour ses 70 ans en lien avec vos bestioles"]),
 E("Quels moyens de paiement acceptez-vous ?",
   "Sur les marchés : espèces, carte bancaire dès 5 € et chèque. Sur le site : carte bancaire et PayPal. Pour les "
   "commandes de mariage, un virement d'acompte de 30 % est demandé.",
   "Paiement", "paiement;carte bancaire;espèces;chèque;PayPal",
   "Vous prenez la carte au marché ?|Peut-on payer par chèque ?",
   ["vous prenez la carte au marché ?",
    "paypal c possible ?",
    "j'ai jamais de liquide sur moi, je fais comment dimanche devant votre stand ?"]),
 E("Faites-vous des petits pots pour les mariages ?",
   "Oui, des pots de 50 g avec étiquette personnalisée (prénoms, date) à 2,20 € pièce, à partir de 50 pots. Comptez "
   "4 semaines de délai ; un acompte de 30 % est demandé à la commande. Ruban et petite cuillère en bois en option "
   "(0,40 € par pot).",
   "Commandes", "mariage;cadeau d'invités;personnalisé;mini pots;baptême",
   "Vous faites des cadeaux pour les invités ?|Peut-on personnaliser les étiquettes ?",
   ["vous faites des mini pots pour un mariage ?",
    "on peut mettre nos prénoms sur l'étiquette ?",
    "on se dit oui en septembre et on voudrait laisser une douceur sur chaque assiette, vous pouvez nous aider ?"]),
]

OOS_NEAR = [
 "vous faites de l'hydromel ?",
 "vous donnez des cours pour apprendre à devenir apiculteur ?",
 "vous pouvez enlever un nid de frelons asiatiques sous mon toit ?",
 "vous louez des ruches pour polliniser un verger de cerisiers ?",
]
OOS_FAR = [
 "il va faire combien demain à avignon ?",
 "c'est quand la feria d'arles cette année ?",
 "comment je refais ma carte grise ?",
 "t'as une recette de soupe au pistou ?",
]

ACTS = [
 ("adieu ! ça va ?", "GREETING"),
 ("bonjour bonjour", "GREETING"),
 ("merci, c'est bien aimable", "THANKS"),
 ("oh merci, vous êtes gavé sympa", "THANKS"),
 ("allez zou, à la revoyure !", "BYE"),
 ("c'est un robot qui me répond là ?", "BOT_QUESTION"),
 ("vous êtes une vraie personne ou une machine ?", "BOT_QUESTION"),
 ("je peux avoir l'apiculteur au téléphone ?", "PERSON"),
 ("je voudrais parler à quelqu'un de vrai svp", "PERSON"),
 ("ça m'aide pas du tout, c'est pas ce que je demandais", "NOT_HELPED"),
]
