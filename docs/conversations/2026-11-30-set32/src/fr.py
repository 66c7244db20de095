"""French FAQ and plan for test set 32: Passeurs de Kerlann, ferry Quiberon - Belle-Ile (made up).
Run from src/: PYTHONPATH=<check folder> python3 fr.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("horaires", "Quels sont les horaires des traversées ?",
      "La traversée Quiberon - Le Palais dure 45 minutes. Hors saison, 5 allers-retours par jour : premier "
      "départ de Quiberon à 7h45, dernier retour du Palais à 19h30. Du 1er juillet au 31 août, jusqu'à 13 "
      "départs par jour et dernier retour à 21h. Les horaires du jour sont sur notre site.",
      "traversées", ["horaires", "départ", "premier bateau", "dernier bateau", "fréquence"],
      ["a quelle heure part le bateau", "c'est quoi les heures de depart", "il y a combien de bateaux par jour"])
entry("tarifs", "Combien coûte la traversée ?",
      "Aller-retour passager : 38 € par adulte, 24 € par enfant de 4 à 17 ans, gratuit pour les moins de 4 "
      "ans. Un aller simple coûte la moitié. Les billets achetés en ligne sont 5 % moins chers qu'au guichet.",
      "tarifs", ["prix", "tarif", "billet", "adulte", "enfant", "aller-retour"],
      ["combien pour un adulte", "prix du billet pour les enfants", "c'est combien l'aller retour"])
entry("voiture", "Peut-on embarquer sa voiture ?",
      "Oui, sur le bac, uniquement sur réservation. Aller-retour voiture à partir de 160 € hors saison et 230 € "
      "en juillet-août, conducteur et passagers en plus au tarif passager. Présentez-vous à l'embarquement 45 "
      "minutes avant le départ.",
      "véhicules", ["voiture", "bac", "véhicule", "camping-car", "embarquement"],
      ["je peux prendre mon auto", "prix pour passer un vehicule", "le bac pour les voitures"])
entry("velo", "Peut-on prendre son vélo sur le bateau ?",
      "Oui, les vélos voyagent sur le pont arrière : 19 € aller-retour, 25 € pour un vélo électrique ou un "
      "tandem. En juillet-août, le nombre de places vélo est limité à 40 par départ, réservez-le avec votre "
      "billet.",
      "véhicules", ["vélo", "bicyclette", "vélo électrique", "tandem"],
      ["on peut monter avec les bicyclettes", "combien pour un velo", "place pour le velo electrique"])
entry("animaux", "Les chiens sont-ils acceptés à bord ?",
      "Oui, les chiens voyagent en laisse pour 8 € l'aller-retour, muselés pour les chiens de catégorie 1 et "
      "2. Les chats et petits animaux en panier voyagent gratuitement. Les animaux restent sur le pont "
      "extérieur ou en salle basse.",
      "à bord", ["chien", "animaux", "chat", "laisse", "muselière"],
      ["mon chien peut venir", "animaux acceptes sur le bateau", "combien pour le toutou"])
entry("reservation", "Faut-il réserver à l'avance en été ?",
      "En juillet et août, oui : les départs du samedi et du dimanche sont souvent complets 2 à 3 jours avant "
      "pour les passagers et plusieurs semaines avant pour les voitures. La réservation en ligne est possible "
      "jusqu'à 2 heures avant le départ. Le reste de l'année, un billet au guichet suffit.",
      "réservation", ["réserver", "réservation", "à l'avance", "complet", "juillet août"],
      ["faut il reserver", "c'est complet en ete", "combien de temps avant faut prendre les billets"])
entry("insulaires", "Y a-t-il un tarif pour les habitants de Belle-Île ?",
      "Oui, avec la carte insulaire (15 € par an, sur présentation d'un justificatif de domicile à Belle-Île), "
      "la traversée coûte 9 € l'aller simple. La carte couvre aussi les enfants du foyer et donne -30 % sur la "
      "voiture.",
      "tarifs", ["insulaire", "résident", "carte", "habitants", "abonnement"],
      ["tarif resident belle ile", "carte pour les iliens", "je vis sur l'ile y a un abonnement"])
entry("bagages", "Combien de bagages peut-on emporter ?",
      "Chaque passager peut prendre 2 valises et 1 sac à main gratuitement. Au-delà, 5 € par bagage. Les "
      "bagages encombrants (planche de surf, poussette double) vont en soute pour 6 €. Les bouteilles de gaz "
      "sont interdites.",
      "à bord", ["bagages", "valises", "sacs", "surplus", "encombrant"],
      ["je peux prendre combien de valises", "supplement pour les bagages", "planche de surf sur le bateau"])
entry("meteo", "Que se passe-t-il si la traversée est annulée à cause de la tempête ?",
      "Au-delà de force 8 ou sur décision du capitaine, les départs peuvent être annulés. Vous êtes prévenu par "
      "SMS au moins 2 heures avant quand c'est possible, et l'info est sur notre site. Votre billet est reporté "
      "sans frais ou remboursé à 100 %.",
      "traversées", ["tempête", "annulation", "météo", "mauvais temps", "vent"],
      ["le bateau part quand il y a du vent", "traversee annulee mauvais temps", "tempete remboursement"])
entry("parking", "Où se garer au port de Quiberon ?",
      "Le parking gardé du port coûte 14 € par jour. En juillet-août, garez-vous au parking relais de "
      "Kerné (6 € par jour), une navette gratuite vous amène au port toutes les 20 minutes. Prévoyez 30 minutes "
      "de plus en été.",
      "port", ["parking", "garer", "stationnement", "parking relais", "navette"],
      ["ou laisser la voiture a quiberon", "prix du parking au port", "parking longue duree"])
entry("malmer", "Je suis sujet au mal de mer, que faire ?",
      "La traversée ne dure que 45 minutes. Installez-vous au centre du bateau, en salle basse, et regardez "
      "l'horizon. Des cachets contre le mal de mer sont vendus au bar pour 4 €. La mer est souvent plus calme "
      "sur les départs du matin.",
      "à bord", ["mal de mer", "nausée", "malade", "cachets"],
      ["j'ai peur d'etre malade sur le bateau", "mal au coeur en bateau", "ca bouge beaucoup"])
entry("annulation", "Comment annuler ou modifier une traversée ?",
      "Dans « Mes réservations » sur notre site ou au guichet. Jusqu'à 48 heures avant le départ, l'annulation "
      "est remboursée moins 5 € de frais et la modification est gratuite. Moins de 48 heures avant, vous "
      "recevez un avoir valable 1 an. Les billets promo ne sont ni remboursables ni modifiables.",
      "réservation", ["annuler", "modifier", "annulation", "changer de date"],
      ["je veux annuler mon billet", "changer la date de la traversee", "decaler mon bateau"])
entry("remboursement", "Quand suis-je remboursé ?",
      "Le remboursement est fait sur la carte utilisée pour l'achat dans un délai de 10 jours ouvrés. Pour une "
      "traversée annulée par la compagnie (météo), il est automatique et à 100 %. Un billet payé en espèces "
      "est remboursé au guichet.",
      "réservation", ["remboursement", "rembourser", "délai", "argent"],
      ["quand je recupere mon argent", "remboursement sur ma carte", "delai de remboursement"])
entry("paiement", "Comment peut-on payer ?",
      "Au guichet : carte bancaire, espèces et chèques-vacances ANCV. En ligne : carte bancaire, Apple Pay et "
      "PayPal. Les chèques bancaires ne sont plus acceptés. Paiement par carte dès 1 €.",
      "tarifs", ["payer", "paiement", "carte bancaire", "espèces", "chèques-vacances"],
      ["vous prenez la carte", "on peut payer en liquide", "cheques vacances acceptes"])
entry("guichet", "Quand le guichet est-il ouvert ?",
      "Le guichet de la gare maritime de Quiberon est ouvert tous les jours de 7h15 à 19h45, et de 6h45 à "
      "21h30 en juillet-août, y compris dimanches et jours fériés. Par téléphone au 02 97 58 41 36 de 8h à 19h.",
      "port", ["guichet", "gare maritime", "ouverture", "téléphone", "accueil"],
      ["a quelle heure ouvre la billetterie", "le guichet ferme quand", "numero de telephone"])

write_faq("fr", FAQ)

HALF = "only one half with no pointer to the other"

convs = [
    # 1
    [
        ("bonjour, on vient a 2 adultes et 2 enfants de 6 et 11 ans, ca fait combien l'aller retour ? et on "
         "peut monter les velos ?",
         BOTH(E["tarifs"], E["velo"]) + " — return 38 € per adult, 24 € per child 4-17: 124 € for the four (5 % "
         "less online); bikes 19 € return (25 € electric), limited to 40 a crossing in July-August, book with "
         "the ticket",
         HALF + "; a wrong child price; saying bikes are not allowed"),
        ("on rentre le soir meme, c'est jusqu'a quand ?",
         F(E["horaires"]) + " — last return from Le Palais 19h30 out of season, 21h in July-August; the day's "
         "times on the website",
         "treating it as new unclear; the ticket office hours"),
        ("ok. et si ca remue, moi je suis vite barbouillee",
         F(E["malmer"]) + " — only 45 minutes; sit in the middle, lower deck, look at the horizon; tablets 4 € "
         "at the bar; calmer in the morning",
         "treating it as new unclear; the storm-cancellation entry"),
        ("super, merci beaucoup, bonne journee",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover"),
    ],
    # 2
    [
        ("bonjour j'ai une question pour cet ete",
         "Too vague to answer — choices (booking ahead, timetables, prices, car...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("on monte avec la voiture pendant les grandes vacances, faut s'y prendre combien de temps avant ?",
         TYPE + F(E["reservation"]) + " — in July-August car places are often full several weeks ahead "
         "(passengers 2-3 days for weekend sailings); book online up to 2 hours before (the car entry: "
         "booking required may be mentioned)",
         "tapping a choice; asking to rephrase; the car price alone with nothing on booking ahead"),
        ("c'est combien pour la voiture ? et le chien il peut venir ?",
         BOTH(E["voiture"], E["animaux"]) + " — car return from 230 € in July-August (160 € out of season), "
         "passengers extra, be there 45 min before; dogs on a lead 8 € return, muzzled for category 1-2",
         HALF + "; saying dogs are not allowed"),
        ("au fait vous etes un robot ?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("bonjour, c'est au sujet des billets",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("non c'est pas ca",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("je vis au palais toute l'annee, y a pas un prix special pour nous autres ?",
         F(E["insulaires"]) + " — yes: the islander card, 15 € a year with proof of address on Belle-Ile, "
         "crossing 9 € one way, -30 % on the car",
         "the normal prices only; asking to rephrase again"),
        ("vous faites aussi des sorties en mer pour voir les dauphins ?",
         "Not covered (sea trips to watch dolphins) — say so plainly; may offer a person",
         "inventing a trip or price; the timetable entry as if it answered it"),
    ],
    # 4
    [
        ("bonjour on part 5 jours sur l'ile avec pas mal d'affaires, 3 grosses malles et des cannes a peche, "
         "c'est gratuit ? et on laisse l'auto ou avant d'embarquer ?",
         BOTH(E["bagages"], E["parking"]) + " — 2 suitcases and 1 handbag free per passenger, then 5 € each, "
         "bulky items 6 €; guarded port car park 14 € a day, in July-August the Kerné park-and-ride 6 € a day "
         "with a free shuttle",
         HALF + "; saying all luggage is free; the car-on-the-ferry entry alone"),
        ("c'est pas ce que je demande. je veux savoir si un de vos gars peut porter les malles jusqu'a notre "
         "location a sauzon",
         "Push-back: apologise; the FAQ has no porter or luggage delivery on the island — say so, offer a "
         "person",
         "a promised porter; the same full answer again without acknowledging"),
        ("laissez tomber, passez moi quelqu'un de la compagnie, tout de suite",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("y a quelqu'un ?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("c'est une honte, hier soir le bateau de 17h est pas parti avec les rafales et personne nous a "
         "prevenus, on a du dormir a quiberon !!",
         F(E["meteo"]) + " — apologise; above force 8 or on the captain's decision sailings are cancelled; an "
         "SMS at least 2 hours before when possible and the website; the ticket is moved free or refunded 100 %",
         "no apology; the normal cancellation fees; the timetable entry"),
        ("autre chose, vous savez si la citadelle vauban se visite en hiver ?",
         "Not covered (visiting the citadel) — say so kindly, back to the company's topics",
         "opening times given as fact; an FAQ answer; a handover"),
        ("rappelez moi svp au 06 55 81 27 43",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the office phone number instead"),
        ("ca va etre long ?",
         WAIT + WAITING,
         "the crossing time (45 minutes) or the office hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("j'avais pris 2 allers pour samedi 9h mais ma mere est hospitalisee, on ira pas",
         F(E["annulation"]) + " — in 'Mes réservations' or at the ticket office: up to 48 h before refunded "
         "minus 5 €, later a credit valid 1 year, promo tickets not refundable; do not claim it is cancelled; "
         "kind words about the mother are welcome",
         "claiming the booking is cancelled; the storm entry"),
        ("ouais d'accord",
         "Ambiguous yes — ask what they mean or restate the step (Mes réservations or the ticket office); "
         "nothing claimed as done",
         "claiming the booking is cancelled; a random FAQ answer"),
        ("et les sous je les recupere sous combien de temps ?",
         F(E["remboursement"]) + " — back on the card used, within 10 working days (cash at the ticket office)",
         "treating it as new unclear; the cancellation answer again only"),
        ("ma doue, c'est pas possible ! je veux causer a quelqu'un en vrai, pas a une machine",
         "Request: person with a Breton exclamation — hand over to a person",
         PW + "; answering an FAQ; asking what 'ma doue' means"),
    ],
    # 7
    [
        ("demat, le guichet a quiberon ouvre a quelle heure le matin ?",
         F(E["guichet"]) + " — every day from 7h15 (6h45 in July-August); phone 02 97 58 41 36, 8h-19h",
         "the first sailing time only; asking what 'demat' means"),
        ("et le dimanche aussi ?",
         F(E["guichet"]) + " — yes, every day including Sundays and holidays",
         "treating it as new unclear; saying it is closed on Sunday"),
        ("trugarez ! on peut payer en liquide la-bas ? et le premier depart c'est a quelle heure ?",
         BOTH(E["paiement"], E["horaires"]) + " — at the ticket office card, cash and ANCV holiday vouchers; "
         "first departure from Quiberon 7h45",
         HALF + "; saying cash is refused"),
    ],
]

write_plan("fr", convs)
