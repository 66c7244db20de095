"""French FAQ and plan for test set 42: Côte Basque Séjours (holiday rentals), Biarritz (made up).
Run from src/: PYTHONPATH=<check folder> python3 fr.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("reserver", "Comment réserver un logement ?",
      "Réservez en ligne ou au 05 59 55 42 18. Un acompte de 30 % est demandé à la réservation, le solde 30 "
      "jours avant l'arrivée. En juillet et août, les locations se font du samedi au samedi ; le reste de "
      "l'année, 2 nuits minimum.",
      "réservation", ["réserver", "réservation", "acompte", "solde", "disponibilité"],
      ["comment on fait pour louer", "il faut payer combien au début", "on peut louer juste un week-end"])
entry("caution", "Y a-t-il un dépôt de garantie ?",
      "Oui : 500 € pour un appartement, 1 500 € pour une villa, sous forme d'empreinte bancaire prise 2 jours "
      "avant l'arrivée. Elle est libérée sous 7 jours après le départ s'il n'y a ni dégât ni ménage à refaire.",
      "réservation", ["caution", "dépôt de garantie", "empreinte bancaire", "restitution"],
      ["c'est combien la caution", "quand est-ce que vous rendez la caution", "la caution est encaissée"])
entry("arrivee", "À quelle heure puis-je arriver et récupérer les clés ?",
      "Les arrivées se font de 16h à 20h, clés remises à l'agence (18 avenue de Verdun, Biarritz), ouverte le "
      "samedi de 9h à 20h. Après 20h, les clés sont dans une boîte à clés dont le code vous est envoyé par "
      "SMS le jour de l'arrivée à 12h.",
      "séjour", ["arrivée", "clés", "boîte à clés", "heure d'arrivée", "check-in"],
      ["on arrive tard le soir", "où est-ce qu'on prend les clés", "à partir de quelle heure on peut entrer"])
entry("depart", "À quelle heure faut-il partir ? Peut-on partir plus tard ?",
      "Le départ se fait avant 10h, clés rendues à l'agence ou dans la boîte à clés. Un départ tardif jusqu'à "
      "14h coûte 40 €, selon disponibilité, à demander au moins 48h avant.",
      "séjour", ["départ", "départ tardif", "late check-out", "heure de départ"],
      ["on peut rester jusqu'à midi", "il faut rendre les clés à quelle heure", "notre vol est le soir"])
entry("menage", "Le ménage est-il compris ?",
      "Non. Vous pouvez laisser le logement propre vous-même ou prendre le forfait ménage de fin de séjour : "
      "70 € pour un appartement, 150 € pour une villa. Si le logement n'est pas rendu propre sans forfait, "
      "nous retenons 90 € (appartement) ou 180 € (villa) sur le dépôt de garantie.",
      "séjour", ["ménage", "nettoyage", "forfait ménage", "propreté"],
      ["on doit nettoyer avant de partir", "combien coûte le ménage", "pourquoi vous avez retenu de l'argent"])
entry("linge", "Les draps et les serviettes sont-ils fournis ?",
      "Non, sauf option : le kit linge (draps, 1 serviette de bain, 1 serviette de toilette) coûte 22 € par "
      "personne et par séjour, lits faits à l'arrivée. Sinon apportez vos draps et serviettes ; les couettes "
      "et oreillers sont fournis.",
      "séjour", ["draps", "linge", "serviettes", "kit linge", "lits faits"],
      ["faut-il amener ses draps", "les lits sont faits", "c'est combien le linge"])
entry("animaux", "Les animaux sont-ils acceptés ?",
      "Oui dans les logements marqués « animaux acceptés » : 1 animal maximum, 8 € par nuit, à déclarer à la "
      "réservation. Les animaux ne montent ni sur les lits ni sur les canapés. Les chiens de 1re catégorie "
      "sont refusés.",
      "réservation", ["animaux", "chien", "chat", "animal de compagnie"],
      ["on peut venir avec notre chien", "les chats sont acceptés", "c'est payant pour un animal"])
entry("annulation", "Que se passe-t-il si j'annule ?",
      "Plus de 30 jours avant l'arrivée : acompte remboursé moins 50 € de frais. Entre 30 et 8 jours : "
      "l'acompte est conservé. Moins de 8 jours : la totalité du séjour est due. L'assurance annulation peut "
      "rembourser ces montants. Annulation par e-mail à contact@cotebasque-sejours.example.",
      "réservation", ["annuler", "annulation", "remboursement", "frais d'annulation"],
      ["on ne peut plus venir", "je récupère mon acompte", "on doit tout payer si on vient pas"])
entry("assurance", "Proposez-vous une assurance annulation ?",
      "Oui, 3,5 % du prix du séjour, à prendre au moment de la réservation (pas après). Elle rembourse en cas "
      "de maladie, accident, hospitalisation, décès d'un proche ou licenciement, sur justificatif, moins une "
      "franchise de 30 €.",
      "réservation", ["assurance", "assurance annulation", "franchise", "justificatif"],
      ["c'est quoi l'assurance", "l'assurance couvre une opération", "on peut prendre l'assurance maintenant"])
entry("dates", "Peut-on changer les dates du séjour ?",
      "Oui, selon disponibilité : gratuitement une fois si la demande arrive plus de 30 jours avant "
      "l'arrivée, ensuite 25 € par changement. À moins de 30 jours, le changement n'est possible que vers un "
      "séjour de même prix ou plus cher.",
      "réservation", ["changer les dates", "décaler", "report", "modification"],
      ["on peut décaler notre semaine", "je voudrais venir plus tard", "modifier ma réservation"])
entry("taxe", "Combien coûte la taxe de séjour ?",
      "À Biarritz, 1,50 € par nuit et par adulte ; gratuit pour les moins de 18 ans. Elle est payée avec le "
      "solde et reversée à la commune.",
      "réservation", ["taxe de séjour", "taxe", "commune", "adulte"],
      ["c'est combien la taxe", "les enfants payent la taxe", "la taxe est comprise"])
entry("parking", "Y a-t-il un parking ?",
      "La plupart des villas ont une place privée ; pour les appartements du centre, nous réservons une place "
      "au parking public à 200 m pour 55 € la semaine (12 € la nuit hors saison). À demander au plus tard 7 "
      "jours avant l'arrivée.",
      "séjour", ["parking", "stationnement", "place", "voiture", "garage"],
      ["où garer la voiture", "il y a un garage", "c'est payant pour se garer"])
entry("degats", "Que faire en cas de casse ou de dégât ?",
      "Signalez tout défaut trouvé dans les 24h suivant l'arrivée, et toute casse avant votre départ, à "
      "l'agence ou par SMS au 06 55 40 18 22. La casse est retenue sur le dépôt de garantie selon devis ; un "
      "verre ou une assiette, 5 €. Une casse signalée n'est jamais majorée.",
      "séjour", ["casse", "dégât", "abîmé", "cassé", "état des lieux"],
      ["on a cassé un verre", "il y avait déjà une tache", "c'est retenu sur la caution"])
entry("equipement", "Les logements ont-ils le wifi et du matériel pour bébé ?",
      "Le wifi est gratuit partout (code dans le livret d'accueil). Lit parapluie et chaise haute : 25 € le "
      "séjour, à demander 7 jours avant l'arrivée. Les logements ont lave-linge, fer à repasser et sèche-cheveux.",
      "séjour", ["wifi", "internet", "lit bébé", "chaise haute", "équipement"],
      ["il y a internet", "vous avez un lit pour bébé", "il y a une machine à laver"])
entry("paiement", "Comment payer ?",
      "Par carte bancaire, virement ou chèques-vacances ANCV (pour le solde uniquement). Espèces acceptées à "
      "l'agence jusqu'à 1 000 €. Le solde est dû 30 jours avant l'arrivée.",
      "réservation", ["paiement", "payer", "virement", "chèques-vacances", "carte"],
      ["vous prenez les chèques vacances", "on peut payer en liquide", "quand payer le reste"])

write_faq("fr", FAQ)

convs = [
    # 1
    [
        ("bonjour, on cherche un appart a biarritz une semaine en juillet pour 2 adultes et 2 enfants, comment "
         "on fait pour reserver et la taxe de sejour c combien",
         BOTH(E["reserver"], E["taxe"]) + " — online or 05 59 55 42 18, 30 % deposit at booking, balance 30 days "
         "before; July-August Saturday to Saturday; tourist tax 1.50 € per night per adult",
         HALF + "; charging the tax for the children"),
        ("et les pitchouns aussi?",
         F(E["taxe"]) + " — no, free under 18 ('pitchoun' = little one)",
         NEW + "charging the children"),
        ("ok. faut amener nos draps ou pas",
         F(E["linge"]) + " — not supplied unless the linen kit, 22 € per person per stay, beds made; duvets "
         "and pillows are there",
         NEW + "saying linen is included"),
        ("super merci, bonne journee",
         "Small talk: thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("bonjour j'ai une question pour notre arrivee",
         "Too vague to answer — choices (keys, times, parking...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("notre train entre en gare de biarritz a 22h40, si degun est a l'agence on fait comment pour entrer",
         TYPE + F(E["arrivee"]) + " — after 20:00 the keys are in a key box, code by SMS on arrival day at "
         "12:00 ('dégun' = nobody)",
         "tapping a choice; asking to rephrase; saying late arrival is impossible"),
        ("parfait. on loue une voiture le 2e jour, on la met ou? et a la fin on doit tout nettoyer nous meme?",
         BOTH(E["parking"], E["menage"]) + " — most villas have a private space; centre flats: public car park 200 m away, 55 € a "
         "week, ask 7 days ahead; cleaning not included: clean yourselves or 70 € flat package, else 90 € kept "
         "from the deposit",
         HALF),
        ("je parle a un robot la ou quoi",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("bonsoir, c'est pour notre toutou",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("non c'est pas ca",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("on a un labrador de 30 kilos, gave calme, il peut venir a la villa d'anglet avec nous? ca fait combien "
         "en plus",
         F(E["animaux"]) + " — only in homes marked 'animaux acceptés', 1 animal, 8 € per night, declare at "
         "booking, not on beds/sofas ('gavé' = very)",
         "asking to rephrase again; a yes without the condition"),
        ("et vous louez aussi des planches de surf et des velos?",
         "Not covered (surfboard and bike rental, near the trade but not offered) — say so plainly; may offer "
         "a person",
         "inventing a rental service"),
    ],
    # 4
    [
        ("bonjour, on repart le dimanche et notre avion est a 18h, on peut garder l'appart plus longtemps? et "
         "les 500 balles bloques sur ma carte vous les rendez quand",
         BOTH(E["depart"], E["caution"]) + " — departure before 10:00; late check-out until 14:00 for 40 €, "
         "if available, ask 48 h ahead; deposit is a card imprint, released within 7 days",
         HALF),
        ("40 euros pour 4h c'est gave cher. vous pouvez nous le faire gratuit et liberer la caution le jour meme",
         "Push-back: apologise; the FAQ has no free late check-out and no same-day release — say what it has "
         "and offer a person",
         "promising it for free; the same answer again without acknowledging"),
        ("vous me gavez avec vos reponses toutes faites. je veux quelqu'un de l'agence, tout de suite",
         "Request: angry + person ('vous me gavez' = you are getting on my nerves) — apologise and hand over",
         PW),
        ("y a quelqu'un??",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("c'est une honte!! on a rendu l'appart nickel samedi et vous avez garde 90 euros sur la caution soi "
         "disant que c'etait sale",
         F(E["menage"]) + " — apologise; 90 € is kept only when a flat is not left clean without the package; "
         "invite contact/the agency to check it; no refund promised as done",
         "no apology; promising the refund"),
        ("vous savez a quelle heure c'est maree basse demain a la cote des basques",
         "Not covered (tides, unrelated) — say so kindly, back to the agency's topics",
         "an FAQ answer; a handover; inventing a time"),
        ("rappelez moi au 06 55 31 74 20",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the agency's number instead"),
        ("ca va etre long? a 19h je vais chercher le petit au surf et ca caille pas dehors mais quand meme",
         WAIT + WAITING,
         "the agency hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("on avait pris la villa a bidart du 8 au 15 aout mais mon mari se fait operer du genou le 3, on pourra "
         "pas venir du tout",
         F(E["annulation"]) + " — depends on how far off: >30 days deposit back minus 50 €, 30-8 days deposit "
         "kept, <8 days all due; cancellation insurance may refund; by e-mail; claim nothing as done",
         "claiming it is cancelled; no sympathy"),
        ("ben oui",
         "Ambiguous yes — ask what they mean (cancel?) or restate the step (e-mail); nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("je crois qu'on avait pris l'assurance, ca marche pour une operation? sinon on peut decaler en septembre",
         BOTH(E["assurance"], E["dates"]) + " — covers illness/hospitalisation on proof, minus 30 € excess; "
         "change of dates free once if more than 30 days ahead, then 25 €",
         HALF),
        ("peuchere j'y comprends rien a votre machin, ca me gave. passez moi une vraie personne",
         "Request: person in south-western French ('peuchère' = oh dear, 'ça me gave' = it annoys me) — hand "
         "over to a person",
         PW + "; answering an FAQ"),
    ],
    # 7
    [
        ("bonjour, on arrive samedi rue gambetta avec le bebe de 8 mois, il y a internet et de quoi le coucher?",
         F(E["equipement"]) + " — free wifi; travel cot + high chair 25 € per stay, ask 7 days ahead",
         "saying baby items are free"),
        ("et le reste on le regle comment",
         F(E["paiement"]) + " — card, transfer, ANCV holiday vouchers (balance only), cash at the agency up to "
         "1,000 €; balance 30 days before",
         NEW + "the deposit rules"),
        ("et si le petit casse un truc? merci en tout cas, poutous",
         F(E["degats"]) + " — report breakage before leaving (agency or SMS 06 55 40 18 22); kept from the "
         "deposit by quote, a glass or plate 5 €, reported breakage never increased ('poutous' = kisses)",
         NEW + "no thanks acknowledged"),
    ],
]

write_plan("fr", convs)
