"""fr: Affûtage Dufour Sports, 3e Avenue, Limoilou, Québec (skate sharpening and hockey equipment)."""
from common_a import *

Q1 = "Quelles sont vos heures d'ouverture?"
Q2 = "Combien coûte l'aiguisage de patins?"
Q3 = "Avez-vous une carte d'aiguisages prépayée?"
Q4 = "Faut-il prendre rendez-vous pour un aiguisage?"
Q5 = "Comment annuler une commande spéciale?"
Q6 = "Quand puis-je récupérer les patins laissés à l'aiguisage?"
Q7 = "Vendez-vous des cartes-cadeaux?"
Q8 = "Livrez-vous l'équipement?"
Q9 = "Mon aiguisage n'est pas bon. Que faire?"
Q10 = "Faites-vous la cuisson (moulage) des patins?"
Q11 = "Faites-vous le lettrage de chandails d'équipe?"
Q12 = "Achetez-vous ou échangez-vous l'équipement usagé?"
Q13 = "Avez-vous des prix pour les équipes et les ligues?"
Q14 = "Quels modes de paiement acceptez-vous?"
Q15 = "Où êtes-vous situés?"

FAQ = [
    (Q1, "De septembre à avril, nous sommes ouverts du lundi au mercredi de 10 h à 18 h, le jeudi et le vendredi de 10 h à 21 h, le samedi de 9 h à 17 h et le dimanche de 10 h à 16 h. De mai à août, nous sommes fermés le dimanche et le lundi.", "magasin", "heures;ouvert;fermé;dimanche;horaire", "à quelle heure ouvrez-vous|êtes-vous ouverts le dimanche|votre horaire"),
    (Q2, "L'aiguisage coûte 12 $ par paire de patins adultes, 9 $ pour les patins d'enfants (jusqu'à la pointure junior 5) et 18 $ pour les patins de gardien. L'affûtage se fait sur place en 15 à 20 minutes, taxes incluses.", "aiguisage", "aiguisage;affûtage;prix;patins;gardien", "c'est combien pour affûter|prix aiguisage patins d'enfants|combien pour des patins de gardien"),
    (Q3, "Oui, la carte de 10 aiguisages coûte 100 $ (patins adultes) ou 75 $ (patins d'enfants), soit deux aiguisages gratuits. Elle n'expire pas, peut être partagée dans la famille et est valide pour toutes les paires de patins.", "aiguisage", "carte;prépayée;forfait;rabais;10 aiguisages", "carte de 10|forfait aiguisage|rabais si je viens souvent"),
    (Q4, "Non, l'aiguisage se fait sans rendez-vous pendant les heures d'ouverture; comptez 15 à 20 minutes d'attente, plus le jeudi et le vendredi soir. Vous pouvez aussi laisser vos patins au comptoir le matin et les reprendre dès 16 h le même jour.", "aiguisage", "rendez-vous;sans rendez-vous;attente;réserver;comptoir", "dois-je réserver|combien de temps d'attente|est-ce sans rendez-vous"),
    (Q5, "Une commande spéciale (patins ou équipement commandé pour vous) peut être annulée sans frais dans les 48 heures suivant la commande, par courriel à info@dufoursports.ca ou au 418 555-0143. Après 48 heures, le dépôt de 50 $ est conservé; une fois l'article reçu au magasin, il ne peut plus être annulé, mais il peut être échangé dans les 30 jours.", "commandes", "annuler;commande spéciale;dépôt;remboursement;48 heures", "je veux annuler ma commande|récupérer mon dépôt|annulation commande"),
    (Q6, "Les patins laissés le matin avant midi sont prêts à partir de 16 h le même jour; laissés l'après-midi, ils sont prêts le lendemain à 10 h. Nous gardons les patins 30 jours; après, nous vous appelons, puis ils sont donnés à un organisme après 60 jours.", "aiguisage", "récupérer;prêt;laisser;comptoir;ramasser", "quand mes patins seront prêts|je viens chercher mes patins quand|combien de temps vous gardez les patins"),
    (Q7, "Oui, des cartes-cadeaux de 25 $ à 500 $, valides pour l'aiguisage et tout le magasin, et sans date d'expiration. Achetez-les au magasin ou en ligne: la version électronique arrive par courriel tout de suite; la carte plastique est postée pour 3 $.", "magasin", "carte-cadeau;cadeau;offrir;chèque-cadeau;Noël", "idée cadeau pour un joueur|carte cadeau en ligne|est-ce que les cartes cadeaux expirent"),
    (Q8, "Oui, nous livrons l'équipement partout au Québec pour 12 $ (gratuit dès 150 $ d'achat) et dans le reste du Canada pour 20 $, par Postes Canada, en 2 à 5 jours ouvrables. Les patins à aiguiser ne sont pas acceptés par la poste.", "commandes", "livraison;poste;expédier;frais de livraison;envoyer", "envoyez-vous par la poste|frais de livraison|livraison à montréal"),
    (Q9, "Désolés! Si l'aiguisage ne vous convient pas (carres inégales, trop ou pas assez de creux), rapportez les patins dans les 7 jours avec votre reçu: nous le reprenons gratuitement sur-le-champ. Si la lame a été endommagée à l'aiguisage, nous la remplaçons à nos frais.", "aiguisage", "mal aiguisé;carres inégales;reprendre;garantie;lame", "mes patins sont mal aiguisés|une carre plus haute que l'autre|je glisse de côté depuis l'aiguisage"),
    (Q10, "Oui, la cuisson (moulage au four) est gratuite avec l'achat de patins chez nous et coûte 25 $ pour des patins achetés ailleurs, si le modèle est thermoformable. Comptez 20 minutes; venez avec les bas que vous portez pour jouer.", "équipement", "cuisson;moulage;thermoformer;four;ajustement", "mouler mes patins neufs|cuire des patins|mes patins me font mal aux pieds"),
    (Q11, "Oui, lettrage et numéros sur chandails et bas: 15 $ par chandail pour le nom et le numéro, 8 $ pour le numéro seul, minimum 1 chandail. Délai de 7 à 10 jours ouvrables, 15 jours pour plus de 20 chandails. Les logos d'équipe sont faits sur soumission.", "équipement", "lettrage;chandail;numéro;nom;flocage", "mettre un nom sur un chandail|numéros d'équipe|personnaliser un jersey"),
    (Q12, "Nous vendons de l'équipement usagé vérifié et, pour les jeunes, nous reprenons patins et équipement en bon état contre un crédit au magasin de 20 à 30 % du prix neuf, utilisable sur l'achat de la pointure suivante. Nous n'achetons pas contre de l'argent comptant.", "équipement", "usagé;seconde main;échange;crédit;reprise", "patins usagés pour enfants|vous reprenez les vieux patins|échanger des patins trop petits"),
    (Q13, "Oui, pour une équipe ou une ligue de 10 joueurs et plus: aiguisage à 9 $ la paire (patins adultes) et 15 % de rabais sur l'équipement et le lettrage. Le responsable de l'équipe nous écrit à info@dufoursports.ca pour ouvrir le compte d'équipe.", "équipement", "équipe;ligue;groupe;rabais;entraîneur", "prix de groupe pour mon équipe|rabais pour une ligue|je suis coach"),
    (Q14, "Au magasin, nous acceptons l'argent comptant, Interac, Visa, Mastercard et les cartes-cadeaux. En ligne: Visa, Mastercard et PayPal. Les équipes et ligues peuvent payer par virement Interac ou sur facture à 30 jours.", "magasin", "paiement;Interac;carte de crédit;comptant;virement", "prenez-vous le débit|puis-je payer avec ma carte|virement interac"),
    (Q15, "Nous sommes au 1180, 3e Avenue, dans Limoilou, à Québec, à 5 minutes du Centre Vidéotron. Le stationnement gratuit est derrière le magasin (entrée par la 12e Rue) et la ligne 3 du RTC arrête devant la porte.", "magasin", "adresse;stationnement;Limoilou;autobus;situé", "c'est où votre magasin|y a-t-il du stationnement|comment me rendre"),
]

PLAN = [
    [
        ("allo! c combien pour faire aiguiser des patins pis faut tu prendre rendez vous", both(Q2, Q4) + " — greeting back; 12 $ adult pair (9 $ child, 18 $ goalie); no appointment, 15-20 min wait, or leave them at the counter", "only one half without pointing to the other; the prepaid card as the price; choices instead of an answer"),
        ("pis si j'en ai 3 paires pour mes kids", faq(Q2) + " — 9 $ per child pair (up to junior 5), 12 $ adult; (3 child pairs = 27 $)", "the team price (10+ players); asking what 'kids' means"),
        ("y a tu moyen que ca me coute moins cher, on vient a toutes les semaines tse", faq(Q3) + " — card of 10 sharpenings for 100 $ adult / 75 $ child, never expires, shareable in the family", "the team/league price; 'not covered'"),
        ("parfait merci", "Small talk: thanks/acknowledgement — short reply ('bienvenue' is the right Quebec 'you're welcome')", "repeating an FAQ answer; a handover"),
    ],
    [
        ("salut, je magasine pour de l'equipement", "Too vague to answer — choices (used equipment, lettering, skate baking, delivery, team prices) or a clarifying question", "picking one entry and answering it as if asked; a handover"),
        ("vous faites tu des chandails avec le nom pis le numero dessus? pis mes patins neufs achetes ailleurs vous pouvez tu les cuire", TYPE + both(Q11, Q10) + " — yes, 15 $ per jersey name+number, 7-10 working days; baking 25 $ for skates bought elsewhere (free when bought here), if heat-moldable", "answering only one half; the sharpening price"),
        ("pis pour ma blonde qui reste a gatineau, y a tu moyen de lui faire un bon d'achat qu'elle recoit chez eux", both(Q7, Q8) + " — gift cards 25-500 $, no expiry; e-card by e-mail at once, plastic card mailed for 3 $; (equipment delivery 12 $ in Quebec)", "only the equipment-delivery entry; the prepaid sharpening card"),
        ("t'es tu un robot toi?", "Small talk: honest — it is an automatic assistant; a person can take over if wanted", "claiming to be a person; an FAQ answer; handing over unasked"),
    ],
    [
        ("ca prend combien de temps avant que je les aie", "Too vague to answer — choices or a question: skates left for sharpening (ready 16 h same day), a mailed order (2-5 days), jersey lettering (7-10 days)", "a handover; picking one as if sure"),
        ("non pas ca. je parle de mes patins que j'ai laisses au comptoir a matin", REJECT + faq(Q6) + " — left before noon: ready from 16 h today", "repeating the delivery answer; the appointment entry only"),
        ("pis si je peux pas passer avant 2 semaines?", faq(Q6) + " — kept 30 days, then a call; given away after 60 days — 2 weeks is fine", "opening hours only; 'not covered'"),
        ("vous reparez tu les batons en carbone? le mien est fendu", "Not covered by the FAQ (stick repair is not offered) — say so honestly, offer a person", "the 'bad sharpening' entry; the used-equipment entry; claiming they repair sticks"),
    ],
    [
        ("mon gars a 7 ans pis il grandit vite, vous avez tu de quoi pas cher qui a deja servi? pis vous ouvrez a quelle heure dimanche", both(Q12, Q1) + " — yes, checked used equipment, trade-in credit 20-30 % for kids' gear; Sunday 10-16 (Sept-April; closed Sundays May-Aug)", "only one half; the child sharpening price"),
        ("c pas ma question pantoute. je veux savoir combien vous me donnez pour ses vieux", "Push-back (first time) — apologise; FAQ: store credit of 20-30 % of the new price, no cash; or offer a person", "the same answer repeated unchanged; an unrelated entry"),
        ("ben voyons donc, c'est ben complique. je veux parler a quelqu'un de vrai", "Push-back (second time in a row) + angry request for a person — hand over now", "another FAQ answer; asking him to rephrase again"),
        ("allo?? y'a tu quelqu'un", WAIT + "Waiting — reassure that a person will answer; no FAQ answer, no invented wait time", "an FAQ answer; inventing '5 minutes'"),
    ],
    [
        ("c quoi l'affaire la! j'ai fait passer mes lames icitte hier pis je tombe a chaque virage, chu pas capable de patiner!!", faq(Q9) + " — apologise; bring them back within 7 days with the receipt, redone free on the spot; damaged blade replaced", "the sharpening price; 'not covered'; a handover without the steps"),
        ("les remparts jouent tu a soir?", "Not covered by the FAQ (unrelated: the local hockey team's schedule) — say so briefly", "the opening hours; the team-price entry"),
        ("rappelez moi au 418 555 0187 svp", "Request for a person (callback with a number) — hand over / confirm the number is passed on", "just giving the shop's number and stopping; an FAQ answer"),
        ("ca va prendre combien de temps", WAIT + "Waiting — 'how long?' means the callback; reassure, no invented time", "the sharpening time (15-20 min) or the 16 h pickup; inventing 'within 10 minutes'"),
    ],
    [
        ("chu pu interesse aux patins bauer que j'ai fait commander lundi passe, j'ai recu le courriel. je peux tu ravoir mon argent?", faq(Q5) + " — free only within 48 h; after that the 50 $ deposit is kept (once received in store: exchange within 30 days); by e-mail or phone", "claiming the order is cancelled; promising a full refund; the gift-card entry"),
        ("ouin", "Ambiguous yes — acknowledge or ask what he wants (cancel anyway and lose the deposit?); never claim the order was cancelled", "'Your order has been cancelled'; repeating the whole answer"),
        ("chu tanne la, passe moi quelqu'un du magasin", "Request for a person (dialect) — hand over", "an FAQ answer; ignoring the request"),
    ],
    [
        ("bonjour, on est une equipe de 12 joueurs, vous faites tu un prix de groupe? pis je peux tu payer par virement", both(Q13, Q14) + " — yes, teams/leagues of 10+: 9 $ per adult pair, 15 % off equipment and lettering; Interac transfer or invoice at 30 days for teams", "the prepaid card; only one half"),
        ("ca revient a combien par joueur pour l'aiguisage", faq(Q13) + " — 9 $ per pair instead of 12 $", "12 $ or the 100 $ card; asking which player"),
        ("pis vous etes ou exactement, je viens en char", faq(Q15) + " — 1180, 3e Avenue, Limoilou; free parking behind the shop (entrance on 12e Rue)", "opening hours only; 'not covered'"),
        ("merci, bonne soiree bye", "Small talk: thanks + goodbye — short goodbye", "a greeting; an FAQ answer; a handover"),
    ],
]

if __name__ == "__main__":
    write_faq("fr", FAQ)
    write_plan("fr", PLAN)
