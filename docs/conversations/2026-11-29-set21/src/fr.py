"""fr: L'Atelier du Plateau, 12 rue d'Austerlitz, 69004 Lyon (framing, fine-art supplies, workshops)."""
from common_a import Faq, write_faq, write_plan, WAIT, CHOICE, REJECT

FAQ = [
 ("Combien coûte un encadrement sur mesure ?", "Un encadrement sur mesure commence à 45 € pour un format A4 (baguette bois, verre et passe-partout). Le prix dépend de la baguette, du verre et du format ; le devis en boutique est gratuit et sans engagement.", "Encadrement", "encadrement;prix;devis;sur mesure;cadre", "combien pour encadrer une affiche|prix d'un cadre sur mesure|devis encadrement"),
 ("Quel est le délai pour un encadrement ?", "Comptez 10 jours ouvrés entre la commande et le retrait. Un service express en 72 heures est possible pour 25 € de plus, selon la baguette choisie.", "Encadrement", "délai;encadrement;express;retrait;prêt", "quand mon cadre sera prêt|combien de temps pour un encadrement|encadrement rapide"),
 ("Quels sont vos horaires d'ouverture ?", "La boutique est ouverte du mardi au samedi de 10h à 19h. Elle est fermée le dimanche et le lundi.", "Boutique", "horaires;ouvert;fermé;lundi;samedi", "vous êtes ouverts quand|horaires de la boutique|ouvert le lundi"),
 ("Vendez-vous des toiles et des châssis ?", "Oui : toiles en coton montées sur châssis dès 6,50 € (30 x 40 cm) et toiles en lin dès 14 €. Nous montons aussi des châssis sur mesure en 5 jours ouvrés.", "Fournitures", "toile;châssis;lin;coton", "vous avez des toiles|toile en lin|châssis sur mesure"),
 ("Quelles peintures vendez-vous ?", "Nous vendons de l'acrylique, de l'huile, de la gouache et de l'aquarelle en tubes et godets, de marques d'étude et extra-fines. Les étudiants en école d'art ont 10 % de remise sur présentation de leur carte.", "Fournitures", "peinture;acrylique;huile;aquarelle;gouache;étudiant", "vous avez de la peinture à l'huile|remise étudiant|quelles marques de peinture"),
 ("Proposez-vous des ateliers pour adultes ?", "Oui, le mardi et le jeudi de 18h30 à 21h (aquarelle, huile, dessin), 35 € la séance ou 160 € la carte de 5 séances. Le matériel est fourni, débutants bienvenus, 8 personnes maximum.", "Ateliers", "atelier adulte;cours;aquarelle;soir;débutant", "cours de peinture pour adultes|atelier le soir|cours d'aquarelle"),
 ("Avez-vous des ateliers pour enfants ?", "Oui, le mercredi de 14h à 16h pour les 6-12 ans, 20 € la séance avec matériel et goûter compris. Pendant les vacances scolaires, stage de 3 après-midis à 55 €.", "Ateliers", "enfants;mercredi;stage;vacances;6-12 ans", "atelier pour mon fils|cours de dessin enfant|stage vacances enfants"),
 ("Comment réserver un atelier ?", "Réservez sur notre site ou en boutique ; le paiement se fait à la réservation. Vous recevez une confirmation par e-mail. Les places sont limitées à 8 par séance.", "Ateliers", "réserver;inscription;place;paiement", "comment s'inscrire|réserver une place|inscription atelier"),
 ("Puis-je annuler ma réservation d'atelier ?", "L'annulation est gratuite et remboursée jusqu'à 48 heures avant la séance. Après ce délai, la séance reste due, mais vous pouvez la reporter une fois sur une autre date.", "Ateliers", "annuler;remboursement;reporter;atelier", "annuler un cours|je ne peux pas venir à l'atelier|remboursement atelier"),
 ("Livrez-vous ?", "Nous livrons Lyon et Villeurbanne en 3 jours ouvrés pour 12 €. Le matériel part aussi en Colissimo dans toute la France dès 9,90 €, gratuit dès 80 € d'achat. La livraison des grands cadres hors Lyon se fait sur devis.", "Livraison", "livraison;colissimo;villeurbanne;frais de port", "vous livrez à domicile|frais de livraison|livraison gratuite"),
 ("Puis-je annuler ou modifier une commande d'encadrement ?", "Oui, gratuitement tant que la découpe n'a pas commencé, c'est-à-dire dans les 24 heures après la validation du devis. Ensuite, 50 % du prix restent dus.", "Encadrement", "annuler commande;modifier;encadrement;découpe", "annuler mon cadre|changer la baguette après commande|je ne veux plus le cadre"),
 ("Quels moyens de paiement acceptez-vous ?", "Carte bancaire, espèces et chèque (à partir de 15 €). Le pass Culture est accepté pour le matériel et les ateliers.", "Boutique", "paiement;carte;chèque;pass culture;espèces", "je peux payer par chèque|pass culture accepté|paiement par carte"),
 ("Vendez-vous des cartes cadeaux ?", "Oui, de 20 € à 200 €, utilisables pour le matériel, l'encadrement et les ateliers, valables 1 an. Elles s'achètent en boutique ou sur notre site.", "Boutique", "carte cadeau;bon cadeau;offrir;cadeau", "offrir un atelier|bon cadeau|idée cadeau"),
 ("Encadrez-vous des objets ?", "Oui, maillots, médailles, broderies ou petits objets sont mis en vitrine ou en caisse américaine à partir de 89 €. Le délai est de 15 jours ouvrés.", "Encadrement", "objet;maillot;vitrine;caisse américaine;médaille", "encadrer un maillot|vitrine pour médailles|encadrer un objet"),
 ("Où se trouve la boutique et où se garer ?", "12 rue d'Austerlitz, 69004 Lyon, à 3 minutes du métro C Croix-Rousse. Nous n'avons pas de parking ; le stationnement est payant dans la rue et le parking Gros Caillou est à 5 minutes.", "Boutique", "adresse;parking;métro;croix-rousse", "c'est où|comment venir|où se garer"),
]
write_faq("fr", FAQ)
F = Faq("fr")
C = [
 [
  ("bonjour, vous etes ouverts le lundi ? et ca coute combien pour encadrer une affiche", F.both(2, 0, "fermé lundi, mardi-samedi 10h-19h; dès 45 € pour A4, devis gratuit"), "une seule moitié sans renvoyer à l'autre"),
  ("et je le recupere vers quelle date", F(1, "10 jours ouvrés, express 72 h +25 €"), "horaires répétés; livraison"),
  ("ok merci bonne soiree", "Small talk: acknowledgement + thanks + goodbye", "une réponse FAQ; un transfert"),
 ],
 [
  ("cadre", "Too vague to answer — choix (prix, délai, objets...) ou question", "transfert; une réponse au hasard"),
  ("j'ai la tenue de rugby de mon pere, vous pouvez la mettre sous verre ?", CHOICE + F(13, "vitrine ou caisse américaine dès 89 €, 15 jours ouvrés"), "prix encadrement A4; taper sur un choix"),
  ("c'est combien a peu pres et je peux payer avec le pass culture de ma fille", F.both(13, 11, "dès 89 €; pass Culture accepté pour matériel et ateliers (pas indiqué pour l'encadrement)"), "une seule moitié; cartes cadeaux"),
  ("vous etes un robot ?", "Small talk: \"are you a bot?\" — honnête: assistant automatique, une personne peut prendre le relais", "se dire humain; réponse FAQ"),
 ],
 [
  ("pour les cours", "Too vague to answer — choix (adultes, enfants, réserver, annuler) ou question", "transfert; une seule réponse sûre"),
  ("non c'est pas ca", REJECT + "Typed rejection — s'excuser, demander la question ou proposer une personne", "répéter les mêmes choix"),
  ("ma fille a 8 ans elle gribouille partout, vous avez un truc pour les petits en semaine ?", F(6, "mercredi 14h-16h, 6-12 ans, 20 € avec matériel et goûter"), "ateliers adultes; réserver"),
  ("vous restaurez aussi les vieux tableaux ? j'ai une toile abimee de mon grand pere", "Not covered by the FAQ (restauration de tableaux non proposée) — honnête, proposer une personne", "toiles et châssis; encadrement comme s'il répondait"),
 ],
 [
  ("il vous reste du lin pour peindre ? et vous pouvez me l'apporter chez moi a vaise ?", F.both(3, 9, "toiles en lin dès 14 €; Lyon (Vaise = Lyon 9e) et Villeurbanne en 3 jours ouvrés pour 12 €"), "une seule moitié"),
  ("c'est pas ma question, je veux savoir si je peux l'avoir demain", "Push-back (first time) — s'excuser; 3 jours ouvrés, pas de livraison le lendemain indiquée; ou proposer une personne", "répéter la même réponse mot pour mot"),
  ("laissez tomber, je veux parler a quelqu'un de vrai !!", "Push-back (second time in a row) + angry request for a person — transférer tout de suite", "encore une réponse FAQ; demander de reformuler"),
  ("allo ?? y a quelqu'un", WAIT + "Waiting — rassurer, pas de réponse FAQ, pas de délai inventé", "réponse FAQ; nouveau menu d'accueil"),
 ],
 [
  ("j'ai paye 35 balles pour jeudi soir et finalement j'ai un empechement, si vous gardez l'argent c'est du vol !!!", F(8, "s'excuser; remboursé si annulé 48 h avant, sinon report une fois"), "ateliers adultes seulement; transfert sans réponse"),
  ("au fait l'OL a gagne hier ?", "Not covered by the FAQ (unrelated) — court et honnête", "réponse FAQ ou choix"),
  ("rappelez moi au 06 12 34 56 78 svp", "Request for a person (callback with number) — transférer, confirmer le rappel", "horaires; adresse"),
  ("ca va prendre combien de temps", WAIT + "Waiting — sur l'attente de la personne: rassurer, pas de délai inventé", "délai d'encadrement; livraison"),
 ],
 [
  ("j'ai valide un devis hier pour une photo de mariage, finalement on laisse tomber", F(10, "gratuit tant que la découpe n'a pas commencé (24 h après validation), sinon 50 %"), "annulation d'atelier; dire que c'est annulé"),
  ("oui", "Ambiguous yes — demander ce qu'il veut dire / indiquer comment annuler; ne jamais dire que la commande est annulée", "confirmer une annulation"),
  ("vous faites une reduc pour les etudiants aux beaux arts ? il me faut de la gouache", F(4, "10 % sur présentation de la carte étudiant; gouache en vente"), "cartes cadeaux; paiement"),
  ("dites, je peux pas causer avec quelqu'un de la boutique ? c'est pour mon gone", "Request for a person (dialect: \"gone\" = enfant à Lyon) — transférer", "réponse FAQ enfants sans transfert"),
 ],
 [
  ("bonsoir ! vous faites des cours d'aquarelle pour adultes ? on s'inscrit comment", F.both(5, 7, "mardi et jeudi 18h30-21h, 35 € ou 160 € les 5; sur le site ou en boutique, paiement à la réservation"), "une seule moitié; ateliers enfants"),
  ("et faut amener son materiel ?", F(5, "matériel fourni"), "peintures en vente"),
  ("c'est ou exactement, je viens en voiture", F(14, "12 rue d'Austerlitz, métro C Croix-Rousse; pas de parking, parking Gros Caillou à 5 min"), "livraison; horaires"),
  ("et pour en offrir un a ma soeur ?", F(12, "cartes cadeaux 20-200 €, valables 1 an, aussi pour les ateliers"), "réserver un atelier"),
 ],
]
write_plan("fr", C)
