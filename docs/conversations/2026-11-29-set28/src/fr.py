"""French FAQ and plan for test set 28: Théâtre des Quatre Vents, box office, Brussels (made up).
Run: python3 fr.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("prix", "Combien coûtent les places ?",
      "Le prix dépend de la catégorie : 34 € en catégorie 1 (parterre, rangs A à H), 26 € en catégorie 2 "
      "(parterre, rangs J à P) et 18 € en catégorie 3 (balcon). Les prix sont indiqués pour chaque spectacle "
      "sur notre site ; les frais de réservation en ligne sont de 1 € par billet.",
      "billets", ["prix", "tarif", "catégorie", "billet", "coût"],
      ["c'est combien pour une place", "quel est le tarif des billets"])
entry("reductions", "Y a-t-il des réductions ?",
      "Oui. Les étudiants et les jeunes de moins de 26 ans paient 12 € dans toutes les catégories, les plus de "
      "65 ans ont 20 % de réduction, et les demandeurs d'emploi 50 %. Les détenteurs d'un ticket Article 27 "
      "paient 1,25 €. Le justificatif est demandé à l'entrée.",
      "billets", ["réduction", "étudiant", "senior", "jeune", "article 27", "tarif réduit"],
      ["il y a un prix pour les étudiants", "les pensionnés ont une réduction"])
entry("plan", "Puis-je choisir ma place ?",
      "Oui, en ligne vous choisissez votre place sur le plan de salle, et au guichet nous vous conseillons. La "
      "salle compte 420 places : 260 au parterre et 160 au balcon. Depuis le balcon, la vue est bonne partout, "
      "mais les rangs X et Y ont une visibilité un peu réduite.",
      "salle", ["plan de salle", "choisir sa place", "parterre", "balcon", "rang"],
      ["où sont les meilleures places", "je peux choisir où m'asseoir"])
entry("billet_electronique", "Je reçois mes billets comment ?",
      "Après le paiement en ligne, vos billets électroniques arrivent par e-mail en PDF dans les 15 minutes. Vous "
      "pouvez les montrer sur votre smartphone à l'entrée, pas besoin d'imprimer. Rien reçu ? Regardez dans "
      "vos spams ou téléchargez-les dans votre compte.",
      "billets", ["e-ticket", "billet électronique", "pdf", "smartphone", "imprimer"],
      ["je dois imprimer les billets", "j'ai pas reçu mes billets par mail"])
entry("echange", "Puis-je échanger ou me faire rembourser mon billet ?",
      "Vous pouvez échanger gratuitement votre billet contre une autre date du même spectacle jusqu'à 48 heures "
      "avant la représentation, une seule fois, selon les places disponibles. Les billets ne sont pas "
      "remboursés, sauf si nous annulons la représentation : dans ce cas, le remboursement se fait en 14 jours.",
      "billets", ["échange", "remboursement", "changer de date", "autre date"],
      ["je peux changer la date de mes billets", "vous remboursez les places"])
entry("groupe", "Avez-vous un tarif pour les groupes ?",
      "Oui, dès 10 personnes le groupe a 15 % de réduction. Les écoles paient 10 € par élève pour les "
      "représentations en journée et 1 accompagnateur sur 10 élèves entre gratuitement. Les réservations de "
      "groupe se font par e-mail à groupes@quatrevents.example, au moins 3 semaines à l'avance.",
      "billets", ["groupe", "école", "classe", "scolaire", "tarif groupe"],
      ["on vient à plusieurs, vous faites un prix", "réserver pour une classe"])
entry("pmr", "La salle est-elle accessible en fauteuil roulant ?",
      "Oui, la salle a 6 emplacements pour fauteuils roulants au parterre, avec un accès de plain-pied par "
      "l'entrée latérale et un ascenseur vers le foyer. L'accompagnateur entre gratuitement. Réservez ces "
      "places par téléphone au 02 513 77 40 pour que nous puissions vous accueillir.",
      "salle", ["fauteuil roulant", "pmr", "accessibilité", "handicap", "ascenseur"],
      ["je suis en chaise roulante, je peux venir", "y a un ascenseur"])
entry("parking", "Où peut-on se garer ?",
      "Le parking public Loutre est à 250 m ; avec votre ticket validé au bar du théâtre, la soirée coûte 7 € "
      "après 18 h. En transports, la station de métro Gare Centrale est à 5 minutes à pied, et il y a un "
      "stationnement vélo devant l'entrée.",
      "accès", ["parking", "se garer", "voiture", "métro", "accès"],
      ["on se met où avec la voiture", "comment venir au théâtre"])
entry("vestiaire", "Y a-t-il un vestiaire ?",
      "Oui, le vestiaire est ouvert 1 heure avant le spectacle et jusqu'à 30 minutes après. Il coûte 1 € par "
      "pièce. Les grands sacs, valises et casques de vélo doivent y être déposés.",
      "salle", ["vestiaire", "manteau", "sac", "valise"],
      ["je peux laisser mon manteau", "on peut déposer une valise"])
entry("bar", "Le bar est-il ouvert ?",
      "Le bar du foyer est ouvert 1 heure avant la représentation, pendant l'entracte et 1 heure après. On y "
      "sert boissons, croques et petites assiettes ; vous pouvez commander vos boissons pour l'entracte avant "
      "le début pour éviter la file. Les boissons ne sont pas admises dans la salle.",
      "salle", ["bar", "boissons", "entracte", "foyer", "manger"],
      ["on peut boire un verre à la pause", "vous avez à manger"])
entry("guichet", "Quelles sont les heures d'ouverture de la billetterie ?",
      "La billetterie est ouverte du mardi au samedi de 12 h à 18 h, et chaque jour de représentation 1 heure "
      "avant le début. Par téléphone, au 02 513 77 40, nous répondons du mardi au vendredi de 13 h à 17 h. "
      "La vente en ligne est ouverte 24 h sur 24.",
      "billetterie", ["billetterie", "heures d'ouverture", "horaires", "guichet", "téléphone"],
      ["le guichet ouvre quand", "à quelle heure on peut acheter des billets sur place"])
entry("annuler", "Comment annuler une réservation ?",
      "Une réservation non payée est gardée 72 heures ; vous pouvez l'annuler gratuitement avec le lien dans "
      "l'e-mail de confirmation ou en nous appelant au 02 513 77 40. Les billets déjà payés ne peuvent pas être "
      "annulés, mais ils peuvent être échangés jusqu'à 48 heures avant.",
      "billets", ["annuler", "annulation", "réservation", "désister"],
      ["je veux annuler ma réservation", "comment supprimer une réservation"])
entry("retard", "Que se passe-t-il si j'arrive en retard ?",
      "Pour respecter les artistes et le public, les portes de la salle ferment au début du spectacle. Les "
      "retardataires sont placés au fond de la salle lors d'une pause de la mise en scène, au plus tard après "
      "20 minutes, ou à l'entracte. Le billet n'est pas remboursé en cas de retard.",
      "salle", ["retard", "arriver en retard", "retardataire", "portes fermées"],
      ["on peut encore entrer si on est en retard", "le spectacle commence à l'heure"])
entry("paiement", "Comment peut-on payer ?",
      "En ligne, par Bancontact, Visa, Mastercard ou Payconiq. Au guichet, aussi en espèces et avec nos "
      "chèques-cadeaux. Les réservations par téléphone doivent être payées dans les 72 heures, au plus tard 1 "
      "heure avant le spectacle.",
      "billets", ["paiement", "payer", "bancontact", "carte", "espèces"],
      ["je peux payer en cash", "vous prenez quelles cartes"])
entry("enfants", "Les spectacles conviennent-ils aux enfants ?",
      "Sauf mention contraire, nos spectacles sont conseillés à partir de 12 ans ; l'âge est indiqué sur la "
      "page de chaque spectacle. Le dimanche à 15 h, nous proposons des matinées familles dès 6 ans, à 9 € "
      "pour les moins de 12 ans. Chaque enfant a besoin de son propre billet.",
      "billets", ["enfant", "âge", "famille", "matinée", "jeune public"],
      ["c'est pour quel âge", "il y a des spectacles pour les petits"])

write_faq("fr", FAQ)

HALF = "only one half with no pointer to the other"

convs = [
    # 1
    [
        ("bonjour, c'est combien une place pour la piece de samedi et y a un prix etudiant?",
         BOTH(E["prix"], E["reductions"]) + " — 34 / 26 / 18 € by category (+1 € online fee); students and "
         "under-26s 12 €",
         HALF + "; one invented price for that play"),
        ("et pour ma bobonne de 78 ans",
         F(E["reductions"]) + " — over 65: 20 % off, proof asked at the door",
         "treating it as new unclear; the student price"),
        ("on sait choisir ou on s'assied? et les tickets on les a sur le gsm direct?",
         BOTH(E["plan"], E["billet_electronique"]) + " — yes, on the seating plan online (420 seats, parterre and "
         "balcony); PDF tickets by e-mail within 15 minutes, shown on the phone, no printing",
         HALF),
        ("ok top merci, bonne soiree",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover"),
    ],
    # 2
    [
        ("bonjour j'ai un souci avec mes places",
         "Too vague to answer — choices (exchange/refund, e-tickets, cancelling, seats) or a clarifying question",
         "a handover; one entry given as certain"),
        ("on a 3 places jeudi mais mon fils a un examen le lendemain, on peut venir plutot la semaine d'apres?",
         TYPE + F(E["echange"]) + " — free exchange for another date of the same show up to 48 hours before, "
         "once, if seats are left",
         "the cancelling entry (only for unpaid bookings); tapping a choice; promising a refund"),
        ("ca coute quelque chose? et si aucune autre date nous va, vous remboursez?",
         F(E["echange"]) + " — the exchange is free; no refund unless the theatre cancels the performance",
         "promising a refund; a fee for the exchange"),
        ("attendez, je cause avec un robot la?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("bonjour, une question pour une sortie",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("non c'est pas ca",
         TYPE + "Typed rejection — apologise and ask what exactly; no handover yet",
         "the same choices again; a handover straight away"),
        ("on est 24 eleves de 5e secondaire avec 2 profs, vous faites un prix?",
         F(E["groupe"]) + " — schools 10 € per pupil for daytime shows, 1 adult per 10 pupils free (so 2 "
         "teachers free); book by e-mail at least 3 weeks ahead",
         "the student 12 € price only; a price for the teachers"),
        ("et vous louez aussi la salle pour notre spectacle de fin d'annee?",
         "Not covered (renting the hall) — say so plainly; may offer a person",
         "inventing a rental price; the group entry again"),
    ],
    # 4
    [
        ("mon pere est en chaise, il marche plus, il peut venir? et on laisse l'auto ou",
         BOTH(E["pmr"], E["parking"]) + " — yes, 6 wheelchair spaces, level access by the side entrance, "
         "companion free, book by phone 02 513 77 40; Loutre car park 250 m, 7 € evening with the validated "
         "ticket",
         HALF),
        ("oui mais je demande si les toilettes sont adaptees, c'est ca qui compte pour lui",
         "Push-back: apologise; the FAQ says nothing about adapted toilets — say so, suggest phoning 02 513 77 40 "
         "or offer a person",
         "inventing an answer; the same full answer again without acknowledging"),
        ("c'est nul votre truc. passez-moi quelqu'un tout de suite",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("il y a quelqu'un?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("franchement c'est honteux. 5 minutes apres le debut et on nous laisse poireauter dans le hall comme des "
         "idiots",
         F(E["retard"]) + " — apologise; doors close at the start, latecomers seated at the back at a pause, at the "
         "latest after 20 minutes, or at the interval",
         "no apology; promising a refund; the exchange entry"),
        ("vous savez ou on mange une bonne frite pres de la bourse?",
         "Not covered (where to eat) — say so kindly, back to the theatre's topics",
         "a chip-shop tip; the bar entry as if it answered; a handover"),
        ("rappelez moi au 0478 55 12 90 svp",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again"),
        ("ca prend combien de temps?",
         WAIT + WAITING,
         "the e-ticket or refund time; an invented wait time"),
    ],
    # 6
    [
        ("j'avais reserve 4 places pour le 14 sans encore payer, mais finalement on sait pas venir",
         F(E["annuler"]) + " — unpaid booking: cancel free with the link in the confirmation e-mail or by phone "
         "02 513 77 40; do not claim it is done",
         "claiming it is cancelled; the exchange entry alone; 'tickets are not refunded'"),
        ("oui",
         "Ambiguous yes — ask what they mean or restate the step (link or phone); nothing claimed as done",
         "claiming the booking is cancelled; a random FAQ answer"),
        ("je paie comment au guichet? et mon petit de 9 ans il peut venir voir la piece?",
         BOTH(E["paiement"], E["enfants"]) + " — at the box office also cash and gift vouchers (Bancontact, cards); "
         "most shows from 12, family matinées on Sunday at 15:00 from 6, 9 € under 12",
         HALF + "; saying any show is fine for a 9-year-old"),
        ("allez zeg, c'est de la zwanze votre machine. je veux parler a un vrai mens",
         "Request: person with Brussels words — hand over to a person",
         PW + "; answering an FAQ"),
    ],
    # 7
    [
        ("bonsoir, le guichet ouvre a quelle heure demain?",
         F(E["guichet"]) + " — Tuesday to Saturday 12:00-18:00, and 1 hour before each performance",
         "a single time with no days; the bar's hours"),
        ("et le dimanche?",
         F(E["guichet"]) + " — Sunday only 1 hour before a performance; online sales 24 hours",
         "treating it as new unclear; the family matinée entry"),
        ("on peut laisser les manteaux quelque part? et boire un verre a la pause",
         BOTH(E["vestiaire"], E["bar"]) + " — cloakroom 1 € per item, from 1 hour before; bar open before, at "
         "the interval and after, drinks orderable in advance",
         HALF),
    ],
]

write_plan("fr", convs)
