"""French: Les Paniers de la Save, organic vegetable-box farm at Lévignac near Toulouse."""
from common_a import *

PRIX = "Combien coûte un panier ?"
ABO = "Comment m'abonner ?"
ZONE = "Où livrez-vous ?"
JOUR = "Quels jours et à quelle heure livrez-vous ?"
SAUT = "Puis-je sauter une semaine ou annuler une livraison ?"
RES = "Comment résilier mon abonnement ?"
CONT = "Que contient le panier cette semaine ?"
EXCL = "Puis-je exclure des légumes que je n'aime pas ?"
BIO = "Vos légumes sont-ils bio ?"
ABIM = "Un produit est abîmé ou manquant, que faire ?"
PAIE = "Quels moyens de paiement acceptez-vous ?"
ABS = "Que se passe-t-il si je ne suis pas là à la livraison ?"
FERME = "Puis-je acheter directement à la ferme ?"
CAISSE = "Que faire de la caisse en bois ?"
CADO = "Proposez-vous des cartes cadeaux ?"

FAQ = [
 (PRIX, "Le petit panier (1 à 2 personnes) coûte 16 €, le moyen (3 à 4 personnes) 22 € et le grand (5 personnes et plus) 29 €. Vous pouvez ajouter une boîte de 6 œufs bio pour 4 €.", "paniers", "prix;tarif;panier;combien;œufs", "c'est combien le panier|tarif panier famille|prix des paniers de légumes"),
 (ABO, "Inscrivez-vous sur notre site : choisissez la taille du panier, la fréquence (chaque semaine ou toutes les deux semaines) et votre mode de livraison. L'abonnement est sans engagement ; si vous vous inscrivez avant dimanche 23 h 59, vous recevez votre premier panier la semaine suivante.", "abonnement", "abonnement;inscription;s'inscrire;commencer", "comment on commande un panier|je veux m'inscrire|comment commencer l'abonnement"),
 (ZONE, "Nous livrons à domicile à Toulouse et dans un rayon de 25 km autour de la ferme (Colomiers, Blagnac, Tournefeuille, Léguevin, Pibrac…) pour 3 € par livraison, offerte à partir de 2 paniers. Le retrait dans nos 6 points relais toulousains (Saint-Cyprien, Carmes, Minimes…) est gratuit.", "livraison", "zone;livraison à domicile;point relais;ville;frais", "vous livrez dans ma commune|livraison à domicile payante|où sont les points relais"),
 (JOUR, "Nous livrons le mardi et le vendredi entre 16 h et 20 h. En point relais, votre panier est disponible dès 15 h et jusqu'au lendemain midi.", "livraison", "jour;horaire;mardi;vendredi;heure", "quand arrive le panier|à quelle heure vous passez|jour de livraison"),
 (SAUT, "Oui : dans votre espace client, suspendez une livraison ou une période (jusqu'à 6 semaines par an) au plus tard le dimanche 23 h 59 avant la livraison concernée ; elle ne vous est pas facturée. Après ce délai, le panier est déjà préparé et reste dû.", "abonnement", "suspendre;vacances;annuler une livraison;pause;sauter", "je pars en vacances|mettre en pause mes paniers|annuler le panier de cette semaine"),
 (RES, "L'abonnement est sans engagement. Résiliez dans votre espace client ou par e-mail à contact@paniersdelasave.example avant le dimanche 23 h 59 ; les paniers déjà préparés restent dus et votre caisse consignée vous est remboursée à son retour.", "abonnement", "résilier;arrêter;désabonner;sans engagement", "arrêter l'abonnement|je veux me désinscrire|y a-t-il un engagement"),
 (CONT, "Le panier contient 6 à 8 légumes de saison de la ferme. La composition de la semaine est publiée chaque vendredi sur notre site et envoyée par e-mail aux abonnés.", "paniers", "contenu;composition;légumes;saison;cette semaine", "qu'est-ce qu'il y a dans le panier|composition du panier|quels légumes cette semaine"),
 (EXCL, "Vous pouvez exclure jusqu'à 2 légumes dans votre espace client ; nous les remplaçons par un autre légume de saison. Il n'est pas possible de composer son panier à la carte.", "paniers", "exclure;allergie;ne pas aimer;remplacer;choisir", "je n'aime pas les navets|enlever un légume du panier|choisir mes légumes"),
 (BIO, "Oui, la ferme est certifiée Agriculture Biologique (AB) depuis 2015, contrôlée par Ecocert. Les quelques fruits ajoutés en saison viennent d'un verger bio voisin, à Pibrac.", "ferme", "bio;certification;AB;pesticides;label", "c'est bio|vous êtes certifiés|vous traitez vos légumes"),
 (ABIM, "Désolés ! Envoyez-nous une photo dans les 48 heures après la livraison, par e-mail ou depuis votre espace client. Nous vous remboursons le produit ou l'ajoutons gratuitement à votre prochain panier.", "livraison", "abîmé;pourri;manquant;réclamation;photo", "des légumes pourris dans mon panier|il manque quelque chose|produit en mauvais état"),
 (PAIE, "Vous payez par carte bancaire en ligne ou par prélèvement SEPA, chaque début de mois pour les paniers du mois. Nous n'acceptons ni espèces ni chèques à la livraison ; à la ferme, la carte et les espèces sont acceptées.", "abonnement", "paiement;carte;prélèvement;payer;chèque", "comment on paye|vous prenez les chèques|paiement par prélèvement"),
 (ABS, "Si vous êtes absent, le livreur dépose le panier à l'endroit abrité que vous avez indiqué dans votre espace client. Sans consigne, il est déposé au point relais le plus proche dès le lendemain. Nous ne relivrons pas gratuitement un panier non récupéré.", "livraison", "absent;pas là;livreur;dépôt;relivraison", "je ne serai pas chez moi|le livreur n'a rien laissé|personne pour réceptionner"),
 (FERME, "Oui, la vente à la ferme est ouverte le samedi de 9 h à 12 h, 14 chemin de la Save, 31530 Lévignac. Le premier samedi du mois, une visite gratuite de la ferme a lieu à 10 h.", "ferme", "ferme;vente directe;visite;samedi;adresse", "on peut venir à la ferme|vous vendez sur place|adresse de la ferme"),
 (CAISSE, "Les légumes arrivent dans une caisse en bois consignée 5 €. Rendez-la vide au livreur ou au point relais à la livraison suivante ; la consigne est remboursée à la fin de l'abonnement si vous rendez la caisse.", "livraison", "caisse;consigne;cagette;rendre", "je garde la cagette|c'est quoi la consigne|rendre la caisse"),
 (CADO, "Oui, nous proposons des cartes cadeaux pour 1, 3 ou 6 paniers, à acheter sur notre site. Elles sont valables 1 an et envoyées par e-mail.", "abonnement", "carte cadeau;offrir;cadeau;bon", "offrir un panier|bon cadeau|faire un cadeau à ma mère"),
]
write_faq("fr", FAQ)

C = [
 [("adieu! c combien le panier pour 4 con, et vous livrez a colomiers?", B(PRIX, ZONE, "moyen panier 22 €; oui Colomiers est dans la zone ('adieu' = bonjour dans le Sud-Ouest)"), "répondre 'au revoir' à 'adieu'; une seule moitié"),
  ("et a la maison ca coute en plus?", F(ZONE, "3 € par livraison, offerte dès 2 paniers; point relais gratuit (suite de 1.1)"), "prix des paniers répété; 'non couvert'"),
  ("ca arrive quel jour? et on s'inscrit comment?", B(JOUR, ABO, "mardi et vendredi 16–20 h; inscription sur le site, sans engagement"), "une seule moitié; résiliation"),
  ("top merci", "Small talk: remerciement — réponse courte", "répéter la réponse; transfert à un humain")],
 [("bonjour, pour le panier", "Too vague to answer — choix (prix, contenu, abonnement) ou question", "une réponse choisie au hasard comme définitive; transfert"),
  ("y a quoi dedans en ce moment? et c'est bio au moins, parce qu'au marche degun sait", TYPE + B(CONT, BIO, "6–8 légumes de saison, composition publiée le vendredi; certifié AB depuis 2015"), "une seule moitié; toucher un choix au lieu de taper"),
  ("mon pitchoun supporte pas les navets, on peut les virer? et je paye comment", B(EXCL, PAIE, "jusqu'à 2 légumes exclus; carte ou prélèvement SEPA"), "une seule moitié; produit abîmé"),
  ("vous etes un robot ou quoi", "Small talk: robot ? — honnête: assistant automatique, un humain est disponible", "prétendre être humain; réponse FAQ")],
 [("j'ai un souci avec ma livraison", "Too vague to answer — choix (produit abîmé, absence, jours) ou question", "une seule réponse comme définitive; transfert immédiat"),
  ("non c'est pas ca. les courgettes etaient toutes molles et pourries, macarel", REJECT + F(ABIM, "photo sous 48 h, remboursement ou ajout au prochain panier"), "mêmes choix répétés; absence à la livraison"),
  ("et je vous montre ca comment?", F(ABIM, "par e-mail ou dans l'espace client (suite de 3.2)"), "numéro de téléphone inventé; 'non couvert'"),
  ("et vous vendez aussi de la viande ou du fromage?", "Not covered by the FAQ (viande/fromage, proche du métier mais pas proposé) — honnêtement non/pas dans la FAQ, proposer un humain", "inventer une offre; contenu du panier")],
 [("on est a la plage tout aout, je fais comment? et le cageot, quesaco, je le rends?", B(SAUT, CAISSE, "suspendre dans l'espace client avant dimanche 23 h 59, jusqu'à 6 semaines/an; caisse consignée 5 €, à rendre vide"), "résiliation; une seule moitié"),
  ("mais c'est pas ce que je demande", "Push-back (first time) — s'excuser, demander ce qui manque ou proposer un humain", "répéter mot pour mot la même réponse"),
  ("boudu vous comprenez rien, passez moi un humain", "Push-back (second time in a row) + demande fâchée d'un humain — transférer maintenant", "encore une réponse FAQ"),
  ("allo?? y a quelqu'un", WAIT + "Waiting — rassurer, pas de réponse FAQ, pas de délai inventé", "réponse FAQ; délai inventé")],
 [("ca fait 2 mardis que j'ai que dalle sur mon palier, j'etais au boulot d'accord mais c'est du vol ca!!", F(ABS, "s'excuser; dépôt à l'endroit abrité indiqué dans l'espace client, sinon point relais le lendemain; pas de relivraison gratuite"), "produit manquant (photo 48 h) seul; transfert sans réponse"),
  ("au fait vous savez le score du stade toulousain hier?", "Not covered by the FAQ (rugby, sans rapport) — non honnête et aimable", "n'importe quelle FAQ; choix de FAQ"),
  ("rappelez moi au 06 12 34 56 78", "Request for a person (rappel avec numéro) — transférer / transmettre le numéro", "ignorer le numéro"),
  ("ca va etre long?", AFTER + "Waiting — rassurer, aucun délai inventé", "jours de livraison; délai inventé")],
 [("vendredi laissez tomber, je serai pas la", F(SAUT, "suspendre dans l'espace client avant dimanche 23 h 59; après, le panier est préparé et dû — ou le laisser à un endroit abrité"), "dire que c'est annulé; résilier l'abonnement"),
  ("ouais", "Ambiguous oui — accuser réception ou demander; ne jamais dire que la livraison est annulée", "'Votre livraison est annulée'"),
  ("oh peuchere, je veux tchatcher avec quelqu'un de la ferme, pas avec une machine", "Request for a person (régional) — transférer", "réponse FAQ sur la ferme (vente le samedi)")],
 [("salut! on peut venir a la ferme acheter direct? et vous faites des cartes cadeau?", B(FERME, CADO, "samedi 9–12 h à Lévignac; cartes 1, 3 ou 6 paniers"), "une seule moitié"),
  ("et elle dure combien?", F(CADO, "valable 1 an (suite de 7.1)"), "durée de l'abonnement; 'non couvert'"),
  ("et si ca me plait pas j'arrete quand je veux?", F(RES, "sans engagement; résilier avant dimanche 23 h 59"), "suspension vacances seule"),
  ("allez a plus", "Small talk: au revoir — réponse courte", "réponse FAQ")],
]
write_plan("fr", C)
