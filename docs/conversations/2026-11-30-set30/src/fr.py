"""French FAQ and plan for test set 30: Fromagerie Les Alpages du Lac, cheese shop, Annecy (made up).
Run from src/: PYTHONPATH=<check folder> python3 fr.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("plateau", "Combien de fromage prévoir par personne pour un plateau ?",
      "Comptez 80 à 100 g par personne pour un plateau en fin de repas et 200 à 250 g si le fromage est le plat "
      "principal. Nos plateaux tout prêts coûtent 4,50 € par personne en fin de repas et 9 € en plat principal, "
      "à partir de 6 personnes, avec noix et confiture de figues.",
      "plateaux", ["plateau", "plateau de fromages", "par personne", "quantite", "grammes"],
      ["il faut combien de fromage pour 10", "vous faites des plateaux"])
entry("raclette", "Louez-vous des appareils à raclette ?",
      "Oui : l'appareil traditionnel pour demi-meule se loue 15 € le week-end (du vendredi au lundi), l'appareil "
      "à 8 poêlons 10 €, avec un chèque de caution de 150 €. Comptez 200 à 250 g de fromage à raclette par "
      "personne ; notre raclette de Savoie au lait cru est à 24,90 € le kg. En hiver, réservez l'appareil 1 "
      "semaine à l'avance.",
      "location", ["raclette", "appareil", "location", "demi-meule", "poelons"],
      ["vous louez une machine a raclette", "combien de raclette par personne"])
entry("fondue", "Préparez-vous la fondue savoyarde ?",
      "Oui, notre mélange maison (beaufort, abondance, emmental de Savoie) est râpé à la demande : comptez 250 g "
      "par personne, 6,50 € la part. Nous prêtons le caquelon et le réchaud pour 8 €, avec une caution de 50 €.",
      "location", ["fondue", "caquelon", "rechaud", "melange fondue"],
      ["vous faites le melange pour la fondue", "vous pretez un caquelon"])
entry("livraison", "Livrez-vous à domicile ?",
      "Oui, du mardi au samedi dans un rayon de 15 km autour d'Annecy (Annecy-le-Vieux, Seynod, Sevrier, "
      "Talloires, Poisy, Argonay...). La livraison coûte 8 € et elle est gratuite dès 80 € d'achat. Commandez "
      "avant 11 h pour être livré l'après-midi.",
      "livraison", ["livraison", "livrer", "domicile", "secteur", "frais de livraison"],
      ["vous livrez a seynod", "c'est combien la livraison"])
entry("envoi", "Pouvez-vous envoyer du fromage par colis ?",
      "Oui, partout en France métropolitaine, en colis isotherme livré en 24 à 48 h. L'envoi coûte 14,90 € et il "
      "est offert dès 120 €. Nous expédions du lundi au mercredi seulement, pour que le colis ne reste pas en "
      "entrepôt le week-end. Pas d'envoi vers la Suisse ni hors de France pour l'instant.",
      "livraison", ["envoi", "colis", "expedition", "poste", "isotherme"],
      ["vous envoyez du fromage a paris", "expedition par la poste possible"])
entry("conservation", "Comment conserver le fromage ?",
      "Gardez-le dans le bac à légumes du réfrigérateur, dans son papier d'origine ou dans un papier ciré, jamais "
      "dans du film plastique. Sortez-le 1 heure avant de le servir. Les pâtes pressées comme le beaufort ou la "
      "tomme se gardent 2 à 3 semaines, le reblochon et les pâtes molles environ 1 semaine.",
      "conseils", ["conserver", "conservation", "frigo", "garder", "refrigerateur"],
      ["combien de temps ca se garde", "je le mets au frigo"])
entry("laitcru", "Vos fromages au lait cru conviennent-ils aux femmes enceintes ?",
      "La plupart de nos fromages sont au lait cru (reblochon, beaufort, abondance, tomme). Pendant la grossesse "
      "et pour les enfants de moins de 5 ans, on conseille d'éviter le lait cru : nous avons une dizaine de "
      "fromages au lait pasteurisé, signalés en vitrine, et le fromage bien chaud (raclette, fondue) ne pose pas "
      "ce problème. En cas de doute, demandez à votre médecin.",
      "conseils", ["lait cru", "enceinte", "grossesse", "pasteurise", "listeria"],
      ["je suis enceinte je peux manger du reblochon", "vous avez du fromage pasteurise"])
entry("lactose", "Avez-vous des fromages pour les intolérants au lactose ?",
      "Les fromages à pâte dure affinés longtemps, comme le beaufort (plus de 5 mois) ou le comté 18 mois, ne "
      "contiennent presque plus de lactose et sont souvent bien tolérés. Pour une allergie aux protéines de "
      "lait, en revanche, aucun fromage ne convient, même de chèvre ou de brebis. Nous signalons aussi les "
      "fromages aux noix ou aux herbes pour les allergies.",
      "conseils", ["lactose", "intolerance", "allergie", "sans lactose"],
      ["je digere pas le lactose", "fromage pour allergique"])
entry("atelier", "Organisez-vous des ateliers dégustation ?",
      "Oui, le vendredi à 19 h : 2 heures, 5 fromages de Savoie avec vins et jus de pomme, 35 € par personne, "
      "12 places maximum, à partir de 18 ans. Pour un groupe de 8 à 12 personnes, nous privatisons l'atelier "
      "pour 320 €. Réservez en boutique ou au 04 50 27 63 18.",
      "ateliers", ["atelier", "degustation", "cours", "decouverte"],
      ["vous faites des degustations", "atelier fromage pour un anniversaire"])
entry("coffret", "Faites-vous des coffrets cadeaux ?",
      "Oui, de 29 € à 89 €, avec 3 à 6 fromages de Savoie et, selon le coffret, un couteau ou une confiture, dans "
      "un emballage isotherme. Nous faisons aussi des bons cadeaux de 20 € à 150 €, valables 1 an.",
      "cadeaux", ["coffret", "cadeau", "bon cadeau", "panier garni", "offrir"],
      ["idee cadeau fromage", "vous avez des bons d'achat"])
entry("evenement", "Pouvez-vous préparer le fromage pour un mariage ou une grande fête ?",
      "Oui, dès 30 personnes nous faisons un devis gratuit : buffet de fromages, pièce montée de fromages (à "
      "partir de 9 € par personne) ou meule entière à la découpe. Commandez au moins 3 semaines avant, avec un "
      "acompte de 30 % à la commande.",
      "evenements", ["mariage", "evenement", "buffet", "piece montee", "devis"],
      ["fromage pour un mariage de 100 personnes", "vous faites des pieces montees en fromage"])
entry("horaires", "Quels sont vos horaires d'ouverture ?",
      "Du mardi au samedi de 8 h 30 à 12 h 30 et de 15 h à 19 h, le dimanche de 8 h 30 à 12 h 30. Fermé le "
      "lundi, sauf en juillet et août où nous ouvrons aussi le lundi de 9 h à 12 h 30.",
      "boutique", ["horaires", "ouverture", "ouvert", "ferme", "dimanche"],
      ["vous etes ouverts quand", "a quelle heure vous fermez"])
entry("paiement", "Quels moyens de paiement acceptez-vous ?",
      "Carte bancaire (sans contact jusqu'à 50 €), espèces, chèques avec une pièce d'identité et "
      "titres-restaurant (25 € maximum par jour). Pour les commandes livrées, vous pouvez payer à la livraison "
      "ou par un lien de paiement envoyé par SMS. Les entreprises peuvent régler sur facture à 30 jours.",
      "boutique", ["paiement", "carte bancaire", "cheque", "especes", "titres-restaurant", "facture"],
      ["vous prenez la carte", "on peut payer en cheque"])
entry("annulation", "Puis-je annuler une commande ?",
      "Oui, gratuitement jusqu'à 48 h avant le retrait ou la livraison, par téléphone au 04 50 27 63 18 ou par "
      "e-mail à commandes@alpagesdulac.example. Après ce délai, les plateaux et les fromages déjà découpés sont "
      "facturés à 50 %. Pour les événements, l'acompte est remboursé si vous annulez au moins 14 jours avant.",
      "commandes", ["annuler", "annulation", "decommander", "rembourser"],
      ["je veux annuler ma commande", "on n'a plus besoin du plateau"])
entry("commande", "Combien de temps à l'avance faut-il commander ?",
      "Pour un plateau ou une fondue, 48 h à l'avance suffisent ; pour un coffret expédié, 3 jours ; pour un "
      "mariage ou une fête de plus de 30 personnes, au moins 3 semaines. Vous pouvez commander en boutique, au "
      "04 50 27 63 18 ou par e-mail à commandes@alpagesdulac.example.",
      "commandes", ["commander", "delai", "a l'avance", "reservation", "precommande"],
      ["il faut commander combien de jours avant", "je peux commander par mail"])

write_faq("fr", FAQ)

HALF = "only one half with no pointer to the other"

convs = [
    # 1
    [
        ("adieu! on se fait une raclette a 8 samedi soir, vous louez les appareils? et on peut payer en tickets "
         "resto?",
         BOTH(E["raclette"], E["paiement"]) + " — half-wheel machine 15 € for the weekend or 8-pan machine "
         "10 €, 150 € deposit cheque, 200-250 g per person (so about 1.6-2 kg for 8); meal vouchers accepted, "
         "25 € maximum per day",
         HALF + "; reading 'adieu' as a goodbye; saying meal vouchers are not taken"),
        ("et un petit plateau pour finir, ca revient a combien par tete?",
         F(E["plateau"]) + " — end-of-meal platter 4.50 € per person (80-100 g), from 6 people, with walnuts and "
         "fig jam",
         "treating it as new unclear; the main-course price (9 €) as the answer; the raclette price again"),
        ("et les restes je les mets ou apres?",
         F(E["conservation"]) + " — vegetable drawer of the fridge, in the original or waxed paper, no cling "
         "film; hard cheeses 2-3 weeks, soft ones about 1 week; take out 1 hour before serving",
         "treating it as new unclear; the raclette entry again"),
        ("super merci, a samedi!",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover"),
    ],
    # 2
    [
        ("bonjour, je cherche une idee pour quelqu'un",
         "Too vague to answer — choices (gift boxes, tasting workshop, platters) or a clarifying question",
         "a handover; one entry given as certain"),
        ("c'est pour mon beau-pere qui part a la retraite, il adore le beaufort. j'ai dans les 50 balles",
         TYPE + F(E["coffret"]) + " — gift boxes from 29 € to 89 € with 3-6 Savoie cheeses (one within 50 € "
         "fits), insulated packaging; gift vouchers 20-150 €, valid 1 year",
         "the platter entry; tapping a choice; asking to rephrase"),
        ("il habite a lyon, vous pouvez lui envoyer direct? et faut s'y prendre combien de temps avant?",
         BOTH(E["envoi"], E["commande"]) + " — shipping in France in an insulated parcel, 24-48 h, 14.90 € (free "
         "from 120 €), sent Monday to Wednesday only; a shipped gift box needs 3 days' notice",
         HALF + "; home delivery (15 km around Annecy) promised for Lyon"),
        ("je parle a un robot la ou pas?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("bonjour, j'ai une question par rapport au lait",
         "Too vague to answer — choices (raw milk, lactose) or a clarifying question",
         "a handover; one entry given as certain"),
        ("non c'est pas trop ca",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("ma fille attend un bebe, elle a le droit de manger du reblochon?",
         F(E["laitcru"]) + " — reblochon is raw milk; in pregnancy avoiding raw milk is advised: about ten "
         "pasteurised cheeses are marked in the shop, well-heated cheese (raclette, fondue) is fine; ask a "
         "doctor if unsure",
         "a plain 'yes no problem'; the lactose entry; medical advice beyond the FAQ"),
        ("et vous vendez du vin de savoie pour aller avec?",
         "Not covered (selling wine) — say so plainly; may offer a person (the wine in the tasting workshop is no "
         "wine shop)",
         "inventing a wine selection or prices; the workshop entry as if it sold wine"),
    ],
    # 4
    [
        ("on marie notre fils en septembre a talloires, 90 invites. vous pourriez nous faire une belle table de "
         "tommes et reblochons et l'amener sur place?",
         BOTH(E["evenement"], E["livraison"]) + " — from 30 people a free quote (cheese buffet, cheese tower from "
         "9 € per person, whole wheel), order at least 3 weeks ahead, 30 % deposit; Talloires is inside the "
         "15 km delivery area (8 €, free from 80 €, Tuesday to Saturday)",
         HALF + "; saying Talloires is too far; a firm total price"),
        ("vous repondez a cote. je demandais si vous pouvez envoyer quelqu'un pour couper et servir pendant le "
         "vin d'honneur",
         "Push-back: apologise; the FAQ says nothing about staff to cut and serve — say so, restate what exists "
         "(buffet, quote), offer a person",
         "a promised cheese server; the same full answer again without acknowledging"),
        ("bon la ca m'agace. je veux parler a quelqu'un de la fromagerie, tout de suite",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("il y a quelqu'un??",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("c'est pas serieux!! j'ai telephone hier pour dire qu'on prenait plus les plateaux de ce midi et vous "
         "me facturez quand meme la moitie??",
         F(E["annulation"]) + " — apologise; free only until 48 h before pick-up or delivery, after that "
         "prepared platters are charged at 50 % (so the charge matches the rule)",
         "no apology; saying it is always free; the platter prices alone"),
        ("sinon vous savez si les pistes du semnoz sont ouvertes ce week-end?",
         "Not covered (ski slopes) — say so kindly, back to the shop's topics",
         "a ski answer; an FAQ answer; a handover"),
        ("rappelez moi au 06 55 41 87 20 svp",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again"),
        ("dans combien de temps a peu pres?",
         WAIT + WAITING,
         "the opening hours or a delivery time; an invented wait time"),
    ],
    # 6
    [
        ("j'avais commande un coffret pour vendredi mais on fete plus rien, mon mari est a l'hopital. je vais "
         "pas y prendre",
         F(E["annulation"]) + " — a kind word; free until 48 h before pick-up: call 04 50 27 63 18 or e-mail "
         "commandes@alpagesdulac.example; do not claim it is cancelled",
         "claiming it is cancelled; the gift-box prices; no sympathy at all is minor"),
        ("ouais",
         "Ambiguous yes — ask what they mean or restate the step (call or e-mail); nothing claimed as done",
         "claiming the order is cancelled; a random FAQ answer"),
        ("et mon neveu de 16 ans, il pourra venir avec nous a votre soiree fromages du vendredi?",
         F(E["atelier"]) + " — the Friday tasting (7 pm, 35 €) is from 18 years (wine is served), so not at 16",
         "saying yes; the opening hours"),
        ("bon ce peclot y comprend rien, je veux causer a quelqu'un de vrai",
         "Request: person with Savoyard words — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard French"),
    ],
    # 7
    [
        ("bonjour, je peux passer chez vous lundi matin?",
         F(E["horaires"]) + " — closed on Mondays, except July-August (Monday 9 to 12:30); Tuesday to Saturday "
         "8:30-12:30 and 15-19",
         "saying yes with no word on Monday; invented hours"),
        ("et le dimanche?",
         F(E["horaires"]) + " — Sunday 8:30 to 12:30",
         "treating it as new unclear; the Monday answer again"),
        ("merci! mon copain digere mal le lactose, il peut manger de la fondue? et vous pretez le caquelon?",
         BOTH(E["lactose"], E["fondue"]) + " — long-aged hard cheeses (beaufort, comté) have almost no lactose "
         "and are often tolerated, no promise (not for a milk allergy); fondue mix 250 g / 6.50 € per person, "
         "pot and burner lent for 8 € with 50 € deposit",
         HALF + "; promising it is lactose-free"),
    ],
]

write_plan("fr", convs)
