"""French FAQ and plan for test set 26: Garonne Horizons Voyages, Bordeaux (made up). Run: python3 fr.py"""
from common_a import BOTH, F, TYPE, WAIT, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("acompte", "Combien faut-il verser à la réservation ?",
      "À la réservation, nous demandons un acompte de 30 % du prix du voyage. Le solde est à régler au plus tard "
      "30 jours avant le départ ; si vous réservez à moins de 30 jours du départ, la totalité est due tout de "
      "suite.",
      "réservation", ["acompte", "solde", "verser", "arrhes"],
      ["il faut payer combien pour réserver", "quand est-ce qu'on paie le reste"])
entry("reserver", "Comment réserver un voyage ?",
      "Vous pouvez réserver à l'agence, par téléphone au 05 56 42 18 90 ou par e-mail. Nous vous envoyons un "
      "devis gratuit sous 48 heures et pouvons poser une option gratuite de 72 heures avant que vous confirmiez.",
      "réservation", ["réserver", "réservation", "devis", "option"],
      ["je peux réserver par mail", "faut-il venir à l'agence pour réserver"])
entry("assurance", "Proposez-vous une assurance annulation ?",
      "Oui, l'assurance annulation coûte 4 % du prix du voyage et se prend uniquement au moment de la "
      "réservation. Elle rembourse les frais d'annulation en cas de maladie, d'accident, de décès d'un proche ou "
      "de licenciement, avec une franchise de 50 € par personne.",
      "réservation", ["assurance", "assurance annulation", "garantie", "maladie", "franchise"],
      ["l'assurance coûte combien", "je suis couvert si je tombe malade"])
entry("annulation", "Que se passe-t-il si j'annule mon voyage ?",
      "Sans assurance, les frais dépendent de la date : plus de 30 jours avant le départ, vous perdez l'acompte "
      "(30 %) ; entre 30 et 8 jours, 50 % du prix ; à moins de 8 jours, 100 %. Prévenez-nous par écrit (e-mail "
      "ou lettre) le plus tôt possible.",
      "réservation", ["annuler", "annulation", "frais d'annulation", "désistement"],
      ["combien ça coûte d'annuler", "je ne peux plus partir"])
entry("papiers", "Quels papiers faut-il pour voyager ?",
      "Dans l'Union européenne, une carte d'identité ou un passeport en cours de validité suffit. Hors UE, il "
      "faut en général un passeport valable encore 6 mois après le retour, parfois un visa : nous indiquons les "
      "formalités sur le devis. Chaque enfant doit avoir sa propre pièce d'identité.",
      "préparer son voyage", ["passeport", "carte d'identité", "papiers", "visa", "formalités"],
      ["il faut un passeport pour le maroc", "ma carte d'identité suffit"])
entry("modif", "Peut-on changer les dates ou le nom d'un voyageur ?",
      "Oui. Un changement de nom est gratuit jusqu'à 30 jours avant le départ ; après, nous facturons 50 € de "
      "frais de dossier, plus les frais éventuels de la compagnie aérienne. Un changement de dates coûte 50 € de "
      "frais de dossier plus la différence de prix, selon les disponibilités.",
      "réservation", ["changer", "modifier", "changement de nom", "dates", "report"],
      ["je peux mettre quelqu'un d'autre à ma place", "on voudrait décaler le voyage"])
entry("groupes", "Organisez-vous des voyages de groupe ?",
      "Oui, à partir de 10 personnes : associations, clubs, comités d'entreprise ou familles. Le tarif groupe est "
      "10 % moins cher et nous offrons 1 place gratuite pour 20 participants payants. Comptez au moins 3 mois "
      "pour organiser le voyage.",
      "voyages", ["groupe", "association", "club", "tarif groupe", "comité d'entreprise"],
      ["vous faites des prix pour les groupes", "on est 15 copains"])
entry("paiement", "Peut-on payer en plusieurs fois ?",
      "Oui, pour les voyages de plus de 600 €, vous pouvez payer en 3 ou 4 fois sans frais par carte bancaire. "
      "Nous acceptons aussi les chèques-vacances ANCV, les virements et les chèques ; pas d'espèces au-delà de "
      "1 000 €.",
      "paiement", ["plusieurs fois", "échelonner", "chèques-vacances", "ANCV", "paiement"],
      ["on peut étaler le paiement", "vous prenez les chèques vacances"])
entry("horaires", "Quels sont vos horaires d'ouverture ?",
      "L'agence est ouverte du mardi au vendredi de 9h30 à 12h30 et de 14h à 18h30, et le samedi de 10h à 17h "
      "sans interruption. Nous sommes fermés le dimanche et le lundi, mais vous pouvez nous écrire par e-mail à "
      "tout moment.",
      "agence", ["horaires", "ouverture", "ouvert", "fermé", "samedi"],
      ["vous fermez à quelle heure", "l'agence est ouverte le lundi"])
entry("rembours", "Quand suis-je remboursé ?",
      "Si nous annulons un voyage, vous êtes remboursé intégralement sous 14 jours, sur le moyen de paiement "
      "utilisé. Si vous annulez avec l'assurance, c'est l'assureur qui rembourse, en général sous 30 jours après "
      "réception du dossier complet.",
      "paiement", ["remboursement", "rembourser", "délai", "argent"],
      ["je n'ai toujours pas été remboursé", "le remboursement prend combien de temps"])
entry("bagages", "Les bagages sont-ils compris ?",
      "Sur les vols réguliers, un bagage en soute de 23 kg est en général compris. Sur les vols low-cost, seul un "
      "petit bagage cabine est inclus : une valise en soute coûte à partir de 35 € l'aller-retour, à réserver à "
      "l'avance. Ce qui est compris est toujours écrit sur votre devis et votre carnet de voyage.",
      "préparer son voyage", ["bagages", "valise", "soute", "bagage cabine", "kilos"],
      ["combien de valises on peut prendre", "la valise est comprise"])
entry("transferts", "Les transferts entre l'aéroport et l'hôtel sont-ils inclus ?",
      "Oui, dans tous nos séjours et circuits, le transfert aller et retour entre l'aéroport d'arrivée et l'hôtel "
      "est inclus. Pour aller à l'aéroport de Bordeaux-Mérignac, nous proposons une navette en option à 25 € par "
      "personne depuis la place des Quinconces.",
      "voyages", ["transfert", "navette", "aéroport", "hôtel", "inclus"],
      ["quelqu'un vient nous chercher à l'aéroport", "comment on va à l'aéroport"])
entry("depart", "D'où partent les voyages ?",
      "La plupart de nos voyages partent de l'aéroport de Bordeaux-Mérignac. Certains circuits partent de "
      "Paris : le train Bordeaux-Paris (2 h 10) est alors compris. Nos voyages en autocar partent de la place des "
      "Quinconces à Bordeaux.",
      "voyages", ["départ", "aéroport de départ", "mérignac", "ville de départ", "train"],
      ["on part de mérignac", "il y a des départs de paris"])
entry("enfants", "Y a-t-il des réductions pour les enfants ?",
      "Oui : les bébés de moins de 2 ans voyagent gratuitement (seules les taxes sont dues) et les enfants de 2 à "
      "11 ans ont 30 % de réduction quand ils dorment dans la chambre de leurs parents. Lits bébé gratuits sur "
      "demande.",
      "voyages", ["enfants", "bébé", "réduction enfant", "tarif enfant", "famille"],
      ["c'est moins cher pour les enfants", "mon bébé paie"])
entry("documents", "Quand reçoit-on les documents de voyage ?",
      "Votre carnet de voyage (billets, bons d'hôtel, horaires et numéros utiles) vous est envoyé par e-mail 10 "
      "jours avant le départ, une fois le solde payé. Si vous préférez, vous pouvez aussi le retirer en version "
      "papier à l'agence.",
      "préparer son voyage", ["documents", "billets", "carnet de voyage", "convocation", "e-billet"],
      ["on reçoit les billets quand", "où sont mes billets d'avion"])

PW = "another FAQ answer or choices instead of the handover; asking the customer to rephrase"
WAITING = ("Waiting: reassure that a person has the message and will reply; no FAQ answer, no invented wait "
           "time")

convs = [
    [
        ("bonjour, on voudrait partir en crete en juin, faut verser combien au moment de reserver ? et on peut "
         "payer en plusieurs fois ?",
         BOTH(E["acompte"], E["paiement"]) + " — 30 % deposit, balance 30 days before departure; 3 or 4 "
         "instalments without fees by card for trips over 600 €",
         "only one half with no pointer; the cancellation entry"),
        ("et pour les pitchouns ?",
         F(E["enfants"]) + " — under 2 free (taxes only), 2-11 years 30 % off in the parents' room",
         "treating it as a new unclear question; the groups entry"),
        ("une fois sur place, quelqu'un vient nous chercher ou on se debrouille ?",
         F(E["transferts"]) + " — the airport-hotel transfer both ways is included in every stay",
         "the departure-airport entry alone; 'not covered'"),
        ("top merci, a plus",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover"),
    ],
    [
        ("j'ai une question sur mon voyage",
         "Too vague to answer — choices (changing names or dates, cancelling, documents, luggage) or a "
         "clarifying question",
         "a handover; one entry given as certain"),
        ("ma copine ne peut plus venir, ma soeur prendrait sa place, c'est faisable ?",
         TYPE + F(E["modif"]) + " — a name change is free up to 30 days before departure, after that 50 € plus "
         "any airline fees",
         "the cancellation entry; the cancellation-insurance entry; tapping a choice"),
        ("on part dans 3 semaines, ca coute quelque chose du coup ? et elle aura besoin de son passeport pour le "
         "maroc ?",
         BOTH(E["modif"], E["papiers"]) + " — less than 30 days: 50 € handling fee plus any airline fees; "
         "outside the EU a passport, usually valid 6 months after the return",
         "only one half with no pointer; saying the change is free"),
        ("attends, je parle a une vraie personne la ?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    [
        ("bonjour c'est pour un renseignement sur l'argent",
         "Too vague to answer — choices (deposit, paying in instalments, refunds, cancellation fees) or a "
         "clarifying question",
         "a handover; one entry given as certain"),
        ("non c'est rien de tout ca",
         TYPE + "Typed rejection — apologise and ask what exactly; no handover yet",
         "the same choices again; a handover straight away"),
        ("notre séjour a été annulé par vous en mars et j'attends toujours mes sous",
         F(E["rembours"]) + " — when the agency cancels, full refund within 14 days to the payment method used; "
         "apologise and offer a person since the delay is past",
         "the cancellation-fees entry (customer cancelling); the insurance entry alone"),
        ("vous faites le change de devises ? il me faudrait des dollars pour new york",
         "Not covered by the FAQ (no currency exchange) — say so honestly, offer a person",
         "the payment entry; the travel-documents entry; inventing a rate"),
    ],
    [
        ("on est 18 marcheurs d'une asso de rando, vous avez un prix spécial ? et on decollerait d'ou",
         BOTH(E["groupes"], E["depart"]) + " — from 10 people 10 % off, 1 free place per 20 paying, plan 3 "
         "months ahead; most trips leave from Bordeaux-Mérignac (some from Paris with the train included)",
         "only one half with no pointer; the children's-discount entry"),
        ("c'est pas ce que je demande. il reste de la place pour les acores fin septembre oui ou non ?",
         "Push-back (first time) — apologise; the FAQ holds no availability; offer a quote or a person ("
         + F(E["reserver"]) + ")",
         "repeating the group answer unchanged; no apology; inventing availability"),
        ("bon ca suffit, je veux parler a quelqu'un de l'agence, pas a un robot",
         "Push-back (second time in a row) + Request for a person (direct, annoyed) — apologise, hand over",
         PW),
        ("y a quelqu'un ?",
         WAIT + WAITING,
         "a new greeting as if the chat had just started; an FAQ answer"),
    ],
    [
        ("c'est inadmissible, a l'enregistrement on nous reclame 70 euros de plus pour nos affaires, personne "
         "nous a prevenus !!",
         F(E["bagages"]) + " — apologise; on low-cost flights only a cabin bag is included, hold luggage from 35 € "
         "return when booked ahead; what is included is on the quote and travel booklet; offer a person",
         "no apology; the transfers entry; the refund entry"),
        ("au fait l'ubb a gagne hier ?",
         "Not covered by the FAQ (unrelated: rugby) — short honest reply",
         "any FAQ entry; the group-trips entry (club)"),
        ("rappelez-moi au 06 71 38 22 95, je suis dispo apres 18h",
         "Request for a person (callback with number) — hand over / pass on the callback request",
         "only the agency's phone number without taking the request; " + PW),
        ("ca va prendre combien de temps ?",
         WAIT + WAITING,
         "the refund or travel times; inventing a wait time"),
    ],
    [
        ("on a reserve lisbonne pour le 12 mai mais mon mari s'est casse la jambe, on pourra pas y aller",
         F(E["annulation"]) + " — fees by date (over 30 days: the 30 % deposit; 30-8 days 50 %; under 8 days "
         "100 %), tell the agency in writing; with the insurance (" + F(E["assurance"]) + ") an accident is "
         "covered; do not claim it is cancelled",
         "'your trip has been cancelled'; the date-change entry alone"),
        ("oui",
         "Ambiguous oui — acknowledge or ask what it refers to; never claim a cancellation",
         "confirming a cancellation"),
        ("on avait pris votre assurance a 4 %, ca marche pour une fracture ?",
         F(E["assurance"]) + " — yes, accidents are covered, with a 50 € excess per person",
         "the cancellation-fees entry alone; 'not covered'"),
        ("oh boudu, passe-moi quelqu'un de l'agence, avec ta machine je suis gavé perdue",
         "Request for a person (regional, south-west France / Bordeaux) — hand over",
         PW),
    ],
    [
        ("bonsoir, pour reserver faut forcement passer en agence ? et vous etes ouverts le samedi ?",
         BOTH(E["reserver"], E["horaires"]) + " — at the agency, by phone 05 56 42 18 90 or by e-mail, free "
         "quote within 48 h; Saturday 10h-17h",
         "only one half with no pointer; the documents entry"),
        ("et le lundi matin ?",
         F(E["horaires"]) + " — closed on Monday (and Sunday); e-mail any time",
         "treating it as unclear; giving Saturday hours again"),
        ("ok. les billets d'avion on les recoit quand ? et vous avez une navette pour merignac ?",
         BOTH(E["documents"], E["transferts"]) + " — travel booklet by e-mail 10 days before departure once the "
         "balance is paid; shuttle to Mérignac 25 € per person from place des Quinconces",
         "only one half with no pointer; the departure entry alone"),
    ],
]

write_faq("fr", FAQ)
write_plan("fr", convs)
print("fr: %d entries, %d conversations, %d turns" % (len(FAQ), len(convs), sum(len(c) for c in convs)))
