"""Italian FAQ and plan for test set 37: Centro Estetico Naviglio Rosa, Milano (made up).
Run from src/: PYTHONPATH=<check folder> python3 it.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("ceretta", "Quanto costa la ceretta?",
      "Gamba intera 35 €, mezza gamba 22 €, inguine 15 €, ascelle 10 €, baffetto 6 €. Il trio gamba intera, "
      "inguine e ascelle costa 52 €. Usiamo cera tiepida per il corpo e cera a caldo per le zone delicate.",
      "epilazione", ["ceretta", "depilazione", "gambe", "inguine", "ascelle"],
      ["quanto viene la ceretta", "prezzo ceretta gambe", "fate la depilazione"])
entry("prima", "Come mi preparo alla ceretta?",
      "I peli devono essere lunghi almeno 5 mm, cioè circa 3 settimane dopo l'ultima rasatura. Il giorno del "
      "trattamento niente creme o oli sulla zona; niente scrub nelle 24 ore prima e niente sole o lampade nelle 48 "
      "ore dopo.",
      "epilazione", ["preparazione", "peli", "lunghezza", "rasatura", "dopo la ceretta"],
      ["quanto devono essere lunghi i peli", "cosa non devo fare prima della ceretta", "posso andare al sole dopo"])
entry("unghie", "Quanto costano manicure e semipermanente?",
      "Manicure 20 €, semipermanente mani 32 €, pedicure estetica 30 €, semipermanente piedi 38 €, ricostruzione "
      "in gel 55 € e refill 40 € (ogni 3-4 settimane). La rimozione del semipermanente fatto altrove costa 10 €, "
      "quella del nostro è gratuita.",
      "unghie", ["manicure", "semipermanente", "pedicure", "unghie", "ricostruzione"],
      ["quanto costa lo smalto semipermanente", "fate la pedicure", "prezzo ricostruzione unghie"])
entry("viso", "Che trattamenti viso fate?",
      "Pulizia del viso profonda (60 minuti) 50 €, trattamento idratante 60 €, peeling 70 €, trattamento "
      "antietà 85 €. Prima del primo trattamento facciamo un'analisi della pelle gratuita di 10 minuti. Il peeling "
      "non si fa in gravidanza.",
      "viso", ["pulizia del viso", "trattamento viso", "peeling", "pelle", "antieta"],
      ["quanto costa una pulizia viso", "fate il peeling", "trattamento per la pelle del viso"])
entry("massaggi", "Che massaggi fate e quanto costano?",
      "Massaggio rilassante 50 minuti 55 €, decontratturante 60 €, linfodrenante 65 €, massaggio di coppia in "
      "cabina doppia 110 €. Dal 4° mese di gravidanza facciamo il massaggio prenatale (60 €), non prima.",
      "massaggi", ["massaggio", "rilassante", "decontratturante", "linfodrenante", "coppia"],
      ["quanto costa un massaggio", "fate massaggi di coppia", "massaggio per la schiena"])
entry("orari", "Quali sono gli orari e dove siete?",
      "Centro Estetico Naviglio Rosa, via Vigevano 18, 20144 Milano, a 5 minuti dalla M2 Porta Genova. Da martedì "
      "a venerdì 9:30-19:30 (giovedì fino alle 21), sabato 9-18. Domenica e lunedì chiuso.",
      "generale", ["orari", "indirizzo", "aperto", "dove siete", "lunedi"],
      ["a che ora aprite", "dove vi trovate", "siete aperti il sabato"])
entry("prenota", "Come si prenota?",
      "Su WhatsApp al 345 555 2791, al telefono 02 5550 3318 negli orari di apertura oppure online dal nostro sito, "
      "24 ore su 24. Il giorno prima riceve un SMS di promemoria.",
      "generale", ["prenotare", "prenotazione", "appuntamento", "whatsapp", "online"],
      ["come prendo appuntamento", "si puo prenotare online", "numero per prenotare"])
entry("disdetta", "Come faccio a disdire o spostare un appuntamento?",
      "Gratis fino a 24 ore prima, su WhatsApp o al telefono. Con meno di 24 ore addebitiamo il 50 % del "
      "trattamento; se non si presenta, il prezzo intero. Per i pacchetti la seduta disdetta tardi viene scalata.",
      "generale", ["disdire", "spostare", "annullare", "cancellazione", "disdetta"],
      ["non posso venire all'appuntamento", "posso cambiare giorno", "cosa pago se disdico"])
entry("ritardo", "Cosa succede se arrivo in ritardo?",
      "Fino a 10 minuti aspettiamo senza problemi. Oltre, il trattamento viene accorciato per non far aspettare la "
      "cliente successiva e si paga il prezzo intero. Con più di 20 minuti di ritardo possiamo annullarlo e vale "
      "come appuntamento mancato.",
      "generale", ["ritardo", "tardi", "accorciato", "appuntamento mancato"],
      ["arrivo in ritardo", "sono in ritardo di 15 minuti", "se arrivo tardi pago lo stesso"])
entry("gift", "Avete buoni regalo?",
      "Sì, da 20 € in su o per un trattamento preciso, validi 6 mesi. Li mandiamo via e-mail subito dopo il "
      "pagamento online oppure li ritira in reception in una busta regalo. Non sono rimborsabili; si possono "
      "prolungare una volta di 3 mesi per 10 €.",
      "generale", ["buono regalo", "regalo", "gift card", "regalare"],
      ["vorrei fare un regalo", "avete gift card", "buono per un massaggio"])
entry("pacchetti", "Come funzionano i pacchetti?",
      "Pacchetto 5 massaggi rilassanti 250 € (uno gratis), 10 cerette gamba intera 300 €, 6 pulizie viso 270 €. "
      "Sono nominativi, validi 12 mesi dal primo utilizzo e si pagano in anticipo, anche in 2 rate.",
      "generale", ["pacchetto", "pacchetti", "sedute", "scadenza", "abbonamento"],
      ["quanto costa il pacchetto massaggi", "il pacchetto scade", "conviene prendere un pacchetto"])
entry("pagamento", "Come posso pagare?",
      "In contanti, con bancomat, carta di credito o Satispay. Non accettiamo assegni. I pacchetti si possono "
      "pagare in 2 rate: la prima all'acquisto, la seconda entro 30 giorni.",
      "generale", ["pagamento", "pagare", "satispay", "bancomat", "rate"],
      ["posso pagare con la carta", "accettate satispay", "si puo pagare a rate"])
entry("allergie", "Ho la pelle sensibile o delle allergie: che prodotti usate?",
      "Usiamo cera all'ossido di zinco e prodotti ipoallergenici senza parabeni, non testati su animali. Se ha la "
      "pelle reattiva facciamo una prova gratuita su una piccola zona 48 ore prima. Ci dica sempre allergie e "
      "farmaci al primo appuntamento.",
      "viso", ["allergia", "pelle sensibile", "prodotti", "ipoallergenico", "prova"],
      ["sono allergica", "che cera usate", "ho la pelle delicata"])
entry("uomo", "Fate trattamenti anche per uomini?",
      "Sì: ceretta schiena 30 €, petto 25 €, schiena e spalle 40 €, pulizia viso uomo 50 €, manicure uomo 18 € e "
      "tutti i massaggi. Gli uomini hanno la stessa cabina e gli stessi orari.",
      "generale", ["uomo", "uomini", "maschile", "ceretta schiena", "petto"],
      ["fate anche gli uomini", "ceretta per lui", "trattamenti maschili"])
entry("sposa", "Avete un pacchetto sposa?",
      "Il pacchetto sposa (190 €) comprende pulizia viso, ceretta completa, manicure e pedicure semipermanente e "
      "un massaggio rilassante, in 2 o 3 appuntamenti nelle 2-4 settimane prima delle nozze. Per lo sposo c'è un "
      "pacchetto da 120 €. Lavoriamo solo in centro, non a domicilio.",
      "generale", ["sposa", "matrimonio", "nozze", "sposo", "pacchetto sposa"],
      ["mi sposo", "trattamenti prima del matrimonio", "pacchetto per la sposa"])

write_faq("it", FAQ)

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"

convs = [
    # 1
    [
        ("ciao! quanto viene la ceretta gamba intera con inguine e siete aperti il lunedi",
         BOTH(E["ceretta"], E["orari"]) + " — full leg 35 € + bikini 15 € (the trio with underarms 52 €); closed on "
         "Monday (Tue-Fri 9:30-19:30, Thu to 21, Sat 9-18)",
         HALF + "; saying open on Monday"),
        ("ah i peli li ho rasati 5 giorni fa, va bene lo stesso?",
         F(E["prima"]) + " — hair must be at least 5 mm, about 3 weeks after shaving: 5 days is too short",
         "treating it as new unclear; saying it is fine"),
        ("ok. gia che ci sono mi fate anche le mani con lo smalto che dura?",
         F(E["unghie"]) + " — semi-permanent on hands 32 € (manicure 20 €)",
         "treating it as new unclear; the gel price as the semi-permanent price"),
        ("perfetto, grazie mille. taac, ciao",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("ue ciao, avrei una domanda",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("vorrei far trovare a mia suocera sotto l'albero qualcosa da spendere da voi quando vuole lei, non so "
         "cosa le piace",
         TYPE + F(E["gift"]) + " — vouchers from 20 € or for a treatment, valid 6 months, by e-mail after paying "
         "online or picked up at reception",
         "tapping a choice; asking to rephrase; the packages entry"),
        ("e per quanto tempo vale? posso pagarlo con satispay",
         BOTH(E["gift"], E["pagamento"]) + " — valid 6 months (extendable once by 3 months for 10 €); Satispay "
         "accepted, also cash, bancomat, credit card",
         HALF + "; saying Satispay is not accepted; a 12-month validity"),
        ("ma sto scrivendo con una persona vera o con un programma?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("buongiorno, ho un problema",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no, niente di tutto questo",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("ogni volta che mi tolgono i peli in un altro centro mi vengono dei puntini rossi che prudono per "
         "giorni, voi cosa mettete? si puo testare prima su un pezzetto?",
         F(E["allergie"]) + " — zinc-oxide wax and hypoallergenic products; a free patch test on a small area 48 "
         "hours before; tell them about allergies",
         "asking to rephrase again; medical advice; saying no test is possible"),
        ("e fate anche colore e piega? devo sistemarmi anche i capelli",
         "Not covered (hairdressing) — say so plainly; may offer a person",
         "inventing hair services and prices"),
    ],
    # 4
    [
        ("ciao, il 14 giugno dico si in comune a palazzo reale!! avete qualcosa di completo per me e per lui, e come si fissa?",
         BOTH(E["sposa"], E["prenota"]) + " — bridal package 190 € (facial, full wax, semi-permanent mani+pedi, "
         "relaxing massage) in 2-3 visits in the 2-4 weeks before; groom 120 €; book by WhatsApp 345 555 2791, "
         "phone 02 5550 3318 or online",
         HALF + "; a home service promised"),
        ("no io voglio che venite a casa mia in via washington la mattina del matrimonio alle 7 con tutto, "
         "unghie comprese",
         "Push-back: apologise; the centre works only on its premises, no home visits — say so, offer a person",
         "a promised home visit; the same full answer again without acknowledging"),
        ("ma che sistema pirla, voglio parlare subito con una persona vera!",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("c'e qualcuno??",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("sono furiosa. sono entrata 15 minuti dopo per colpa della metro ferma, mi avete fatto 35 minuti di "
         "massaggio invece di 50 e mi avete fatto pagare 55 euro pieni!!",
         F(E["ritardo"]) + " — apologise; after 10 minutes the treatment is shortened and the full price is due "
         "(a person may look at it); no refund promised",
         "no apology; a refund promised; the cancellation rule as if it applied"),
        ("senti ma sai chi ha vinto il derby ieri sera? mio cognato bauscia non la smette",
         "Not covered (football) — say so kindly, back to the centre's topics",
         "a result invented; an FAQ answer; a handover"),
        ("mi richiamate per favore? 339 555 7104",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the centre's number instead"),
        ("e piu o meno quando mi chiamate, stamattina o nel pomeriggio?",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("ciao, avevo preso giovedi alle 18 per la pulizia del viso ma mi hanno messo il turno al lavoro, non ce "
         "la faccio a venire",
         F(E["disdetta"]) + " — free until 24 hours before by WhatsApp or phone; later 50 %, no-show full price; "
         "claim nothing as done",
         "claiming it is cancelled or moved; the facial price list"),
        ("eh va be, ghe pensi mi",
         "Ambiguous reply (Milanese 'I'll take care of it') — ask what they mean or restate the step (cancel or "
         "move by WhatsApp/phone); nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("ah e quei 5 massaggi che ho preso a marzo, entro quando li devo fare?",
         F(E["pacchetti"]) + " — packages valid 12 months from first use, personal",
         "12 months from purchase stated as certain; saying they expired"),
        ("mi capissi nient de quell che te diset. voeuri parlà cont vun vera, minga cont una macchina",
         "Request: person in Milanese ('I don't understand anything you say. I want to talk to a real person, "
         "not a machine') — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard Italian"),
    ],
    # 7
    [
        ("ciao, il mio compagno si vergogna un po ma vorrebbe togliersi il pelo dalla schiena, lo fate anche a "
         "loro?",
         F(E["uomo"]) + " — yes: back wax 30 €, chest 25 €, back and shoulders 40 €; same cabin and hours",
         "saying men are not treated"),
        ("e se gli togliete anche quelli sulle spalle?",
         F(E["uomo"]) + " — back and shoulders 40 €",
         "treating it as new unclear; the women's prices"),
        ("ok grazie! e per me invece una pulizia del viso e un massaggio rilassante quanto vengono?",
         BOTH(E["viso"], E["massaggi"]) + " — deep facial 60 min 50 €; relaxing massage 50 min 55 €",
         HALF + "; the package prices as single prices"),
    ],
]

write_plan("it", convs)
