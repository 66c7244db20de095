"""French: Savonnerie Fanny & Fils, artisan Marseille-soap maker (shop, web shop, workshops, visits),
rue d'Endoume, Marseille 7e. Customers type Marseille French."""
from common import Faq, write_faq, write_plan, CHOICES, REJECT, AFTER, WAIT

PRICE = "Combien coûte un cube de savon de Marseille ?"
REAL = "Votre savon est-il un vrai savon de Marseille ?"
VISIT = "Peut-on visiter la savonnerie ?"
HOURS = "Quels sont vos horaires d'ouverture ?"
SHIP = "Quels sont les frais de livraison ?"
CANCEL_WS = "Comment annuler ma réservation d'atelier ?"
SKIN = "Vos savons conviennent-ils aux peaux sensibles ?"
PAY = "Quels moyens de paiement acceptez-vous ?"
DAMAGED = "Mon colis est arrivé abîmé, que faire ?"

FAQ = [
    (PRICE, "Le cube vert à l'huile d'olive (72 % d'huiles) coûte 5,90 € les 300 g et 9,90 € les 600 g. Les savonnettes parfumées de 100 g sont à 4,50 € pièce ou 12 € les 3.",
     "prix", ["prix", "cube", "tarif", "combien", "savonnette"], ["c'est combien le savon", "prix du gros cube", "tarif des savonnettes"]),
    (REAL, "Oui. Notre cube vert est cuit au chaudron pendant 10 jours selon le procédé marseillais, avec 72 % d'huile d'olive, sans parfum, sans colorant et sans huile de palme. Nos savonnettes parfumées sont faites ici aussi, mais ce ne sont pas des savons de Marseille au sens strict.",
     "produits", ["authentique", "72 %", "chaudron", "procédé marseillais", "origine"], ["c'est du vrai savon de marseille", "il est fabriqué où votre savon", "c'est pas du savon industriel"]),
    ("Comment réserver un atelier de fabrication de savon ?", "Les ateliers ont lieu le mercredi et le samedi de 14h à 16h, 10 personnes au maximum. Tarif : 35 € par adulte, 20 € par enfant à partir de 8 ans, accompagné d'un adulte. Réservation sur notre site ou au 04 91 55 12 34. Chacun repart avec un savon déjà sec ; celui qu'il a fabriqué sèche 4 semaines et se retire ensuite en boutique.",
     "ateliers", ["atelier", "réserver", "fabriquer", "cours", "enfants"], ["je veux faire mon savon moi-même", "atelier savon pour enfants", "prix de l'atelier"]),
    (VISIT, "Oui, la visite guidée de 30 minutes est gratuite, du mardi au samedi à 11h et à 15h, sans réservation jusqu'à 9 personnes. Les groupes à partir de 10 personnes réservent à l'avance (3 € par personne).",
     "ateliers", ["visite", "visite guidée", "groupe", "gratuit"], ["on peut visiter l'usine", "horaires des visites", "visite pour un groupe scolaire"]),
    (HOURS, "La boutique du 14 rue d'Endoume (Marseille 7e) est ouverte du mardi au samedi de 10h à 19h et le dimanche de 10h à 13h. Elle est fermée le lundi, ainsi que du 10 au 20 août.",
     "boutique", ["horaires", "ouvert", "fermé", "dimanche", "adresse"], ["vous êtes ouverts quand", "c'est où la boutique", "ouvert le dimanche ?"]),
    (SHIP, "Nous expédions sous 48 h par Colissimo. France métropolitaine et Corse : 6,90 €, offert dès 45 € d'achat, livraison en 2 à 3 jours ouvrés. Union européenne : 14,90 €, 4 à 6 jours ouvrés. Pas d'envoi hors de l'UE.",
     "commandes", ["livraison", "frais de port", "Colissimo", "expédition", "envoi"], ["vous livrez à domicile", "c'est combien le port", "vous envoyez en belgique"]),
    ("Puis-je retirer ma commande en boutique ?", "Oui, le retrait en boutique est gratuit : choisissez « Retrait boutique » sur le site. Votre commande est prête en 2 heures pendant les horaires d'ouverture, vous recevez un SMS, et nous la gardons 15 jours.",
     "commandes", ["retrait", "click and collect", "retirer", "boutique"], ["je peux venir chercher ma commande", "click and collect", "retrait sur place"]),
    (CANCEL_WS, "Annulation gratuite jusqu'à 72 heures avant l'atelier, par téléphone ou par e-mail, avec remboursement complet. Moins de 72 heures avant, nous vous donnons un bon d'achat du même montant, valable 1 an. En cas d'absence sans prévenir, l'atelier n'est pas remboursé.",
     "ateliers", ["annuler atelier", "annulation", "report", "bon d'achat"], ["je ne peux plus venir à l'atelier", "annuler un atelier", "remboursement atelier"]),
    ("Puis-je annuler ma commande en ligne ?", "Oui, tant qu'elle n'est pas expédiée (en général dans les 24 heures) : écrivez à contact@savonnerie-fanny.example avec votre numéro de commande, vous êtes remboursé sous 5 jours. Une fois le colis parti, vous pouvez le renvoyer dans les 14 jours après réception, frais de retour à votre charge.",
     "commandes", ["annuler commande", "annulation", "rétractation", "retour"], ["annuler une commande", "je me suis trompé dans ma commande", "renvoyer un article"]),
    (SKIN, "Le cube vert sans parfum convient aux peaux sensibles et au linge des bébés. Pour la toilette des nourrissons ou une peau qui réagit (eczéma), demandez d'abord conseil à votre médecin ou pharmacien. Les savonnettes parfumées contiennent des allergènes, listés sur chaque étiquette.",
     "produits", ["peau sensible", "allergie", "nourrisson", "eczéma", "sans parfum"], ["c'est bien pour les peaux atopiques", "savon pour bébé", "il y a des allergènes"]),
    ("Faites-vous des coffrets cadeaux ?", "Oui : coffret de 3 savons à 18 € et de 5 savons à 28 €, avec emballage kraft et petit mot manuscrit offerts. Nous vendons aussi des cartes cadeaux de 20 € à 100 €, valables 1 an en boutique et sur le site.",
     "produits", ["coffret", "cadeau", "carte cadeau", "emballage"], ["idée cadeau", "vous faites des paquets cadeaux", "bon cadeau"]),
    (PAY, "En boutique : carte bancaire (sans minimum) et espèces. Sur le site : carte bancaire et PayPal. Nous n'acceptons ni les chèques ni les titres-restaurant.",
     "commandes", ["paiement", "carte bancaire", "PayPal", "espèces", "chèque"], ["je peux payer en liquide", "vous prenez la carte", "paiement en ligne"]),
    (DAMAGED, "Désolés ! Envoyez-nous dans les 7 jours suivant la réception une photo du colis et des savons à contact@savonnerie-fanny.example, avec votre numéro de commande. Nous renvoyons gratuitement les produits abîmés ou nous vous remboursons, au choix. Inutile de nous renvoyer les savons cassés.",
     "commandes", ["abîmé", "cassé", "colis endommagé", "réclamation"], ["savon cassé à la livraison", "colis écrasé", "produit reçu en mauvais état"]),
    ("Vendez-vous des copeaux de savon pour la lessive ?", "Oui : copeaux de savon de Marseille en sac de 1 kg à 11,50 € et lessive liquide au savon de Marseille, 1 litre à 8,90 €. Comptez 2 cuillères à soupe de copeaux par machine.",
     "produits", ["copeaux", "lessive", "linge", "machine à laver"], ["savon pour le linge", "vous avez de la lessive", "copeaux pour machine"]),
    ("Vendez-vous aux professionnels ?", "Oui, aux hôtels, épiceries fines et boutiques avec numéro SIRET : tarifs professionnels dès 150 € HT de commande, livraison en 5 jours ouvrés. Écrivez à pro@savonnerie-fanny.example pour recevoir le catalogue.",
     "commandes", ["professionnel", "gros", "revendeur", "hôtel", "tarif pro"], ["vente en gros", "je tiens une épicerie", "prix pour revendeurs"]),
]

write_faq("fr", FAQ)
F = Faq("fr")
o, b = F.one, F.both

C = [
    # 1 greeting + question, follow-ups, goodbye
    [
        ("bonjour, il coute combien le gros cube vert",
         o(PRICE, "le 600 g coûte 9,90 € (bonjour rendu en deux mots)"),
         "frais de livraison ; coffrets ; des choix au lieu d'une réponse"),
        ("et le petit",
         o(PRICE, "suite : le cube de 300 g coûte 5,90 €"),
         "« trop vague » ; savonnettes seules ; coffrets"),
        ("c du vrai ou c du savon pour les touristes ça",
         o(REAL, "oui : cuit au chaudron 10 jours, 72 % d'huile d'olive, sans parfum/colorant/palme"),
         "le prix à nouveau ; la visite"),
        ("merci chef, a tte",
         "Small talk : merci + au revoir (« a tte » = à tout à l'heure) — court",
         "une entrée de la FAQ ; passage à un humain"),
    ],
    # 2 angry, FAQ covers it; follow-up; push-back twice
    [
        ("oh c'est une honte!!! le colis il arrive tout esquiché, les savons en miettes, j'ai payé 30 balles pour ça",
         o(DAMAGED, "excuses ; photo du colis et des savons sous 7 jours avec le numéro de commande ; renvoi gratuit ou remboursement (« esquiché » = écrasé)"),
         "frais de livraison ; annulation de commande ; passage à un humain sans la réponse ; pas d'excuses"),
        ("et je dois vous les renvoyer les morceaux ou quoi",
         o(DAMAGED, "suite : non, inutile de renvoyer les savons cassés"),
         "« Puis-je annuler ma commande en ligne ? » (retour à ses frais)"),
        ("ça m'aide pas ton truc",
         "Push-back (first time) — s'excuser, demander ce qui manque ou proposer un humain",
         "la même réponse une deuxième fois"),
        ("oh fada tu tournes en rond là, ça sert a rien",
         "Push-back (second time in a row) — passer la main à un humain maintenant",
         "une troisième répétition ; des choix ; pas de passage à un humain"),
    ],
    # 3 vague "annuler", typed while choices show, follow-up, ambiguous yes
    [
        ("annuler",
         "Too vague to answer — choix : annuler un atelier / annuler une commande, ou question",
         "une seule des deux annulations affirmée ; passage à un humain"),
        (CHOICES + "j'ai réservé samedi avec les minots mais le petit il est malade",
         o(CANCEL_WS, "gratuit jusqu'à 72 h avant avec remboursement complet ; moins de 72 h : bon d'achat valable 1 an (« minots » = enfants)"),
         "annulation de commande ; « Comment réserver un atelier… » ; dire que c'est annulé"),
        ("c'est après-demain",
         o(CANCEL_WS, "suite : moins de 72 h avant → bon d'achat du même montant valable 1 an, pas de remboursement"),
         "promettre un remboursement ; horaires"),
        ("oui",
         "Ambiguous oui — accuser réception ou demander ; ne jamais dire que la réservation est annulée",
         "« votre atelier est annulé » ; une entrée au hasard"),
    ],
    # 4 vague, typed rejection, rephrasing, two questions in one
    [
        ("bonjour j'ai une question sur le savon",
         "Too vague to answer — choix (prix, vrai savon, peaux sensibles…) ou question",
         "une entrée affirmée ; passage à un humain"),
        (REJECT + "non rien a voir",
         "Typed rejection — demander ce qu'elle cherche ou proposer un humain ; ne pas reproposer les mêmes choix",
         "les mêmes choix ; une entrée au hasard"),
        ("je veux savoir si je peux laver la figure de ma petite avec, elle a 4 mois et ça lui tire",
         o(SKIN, "le cube vert sans parfum convient aux peaux sensibles, mais pour un nourrisson ou une peau qui réagit : d'abord l'avis du médecin ou du pharmacien"),
         "« oui sans problème » sans la réserve ; la lessive ; un conseil médical inventé"),
        ("et vous livrez sur aubagne? vous prenez paypal?",
         b(SHIP, PAY, "Colissimo France 6,90 €, offert dès 45 €, 2-3 jours ouvrés ; PayPal oui sur le site"),
         "une seule des deux réponses sans renvoyer à l'autre ; le retrait en boutique seul"),
    ],
    # 5 near-trade not offered, unrelated, callback with number
    [
        ("vous faites hammam ou des soins du visage?",
         "Not covered by the FAQ (pas de hammam ni de soins) — honnête, proposer un humain",
         "les peaux sensibles ; l'atelier ; des choix sans rapport"),
        ("et des bougies parfumées vous en avez ?",
         "Not covered by the FAQ (pas de bougies) — honnête",
         "les coffrets cadeaux comme si c'était la réponse ; inventer des bougies"),
        ("sinon tu sais a quelle heure ils jouent l'OM dimanche",
         "Not covered by the FAQ (hors sujet) — court et aimable",
         "inventer un horaire ; les horaires de la boutique"),
        ("bon rappelez moi plutot, 06 12 34 56 78, apres 18h c mieux",
         "Request for a person (rappel avec numéro) — passer la main / transmettre le numéro, sans heure inventée",
         "seulement donner le numéro de la boutique ; ignorer la demande"),
    ],
    # 6 bot question, polite request, waiting x2
    [
        ("t'es un robot toi ou y a quelqu'un derrière?",
         "Small talk : honnête « assistant automatique », proposer aide ou humain",
         "se dire humain ; une entrée de la FAQ"),
        ("j'aimerais mieux parler avec quelqu'un de la boutique si c possible",
         "Request for a person (poli, indirect) — passer la main",
         "une entrée de la FAQ ; les horaires seulement"),
        (AFTER + "oh y a dégun ??",
         "Waiting — rassurer, pas de réponse FAQ, pas de délai inventé (« dégun » = personne)",
         "une entrée de la FAQ ; « dans 2 minutes »"),
        (AFTER + WAIT + "ça va être long? j'ai pas toute la journée moi",
         "Waiting — rassurer, pas de délai inventé",
         "un délai inventé ; une entrée de la FAQ ; nouvelle remise à un humain"),
    ],
    # 7 hours, follow-up that looks like a workshop question, goodbye
    [
        ("vous êtes ouvert le lundi? je passe avec ma mère",
         o(HOURS, "non, fermé le lundi ; mardi-samedi 10h-19h, dimanche 10h-13h"),
         "la visite ; « oui »"),
        ("et on peut voir comment vous le faites le savon",
         o(VISIT, "oui, visite guidée gratuite de 30 min du mardi au samedi à 11h et 15h, sans réservation jusqu'à 9 personnes"),
         "l'atelier de fabrication (35 €) comme seule réponse ; le procédé marseillais"),
        ("nickel, merci, ciao",
         "Small talk : merci + au revoir — court",
         "une entrée de la FAQ ; passage à un humain"),
    ],
]

if __name__ == "__main__":
    print(write_plan("fr", C))
