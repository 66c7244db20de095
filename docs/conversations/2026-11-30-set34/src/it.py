"""Italian FAQ and plan for test set 34: Noleggi Su Poettu, scooter and car rental, Cagliari (made up).
Run from src/: PYTHONPATH=<check folder> python3 it.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("orari", "Quali sono i vostri orari di apertura?",
      "Siamo in viale Poetto 112, 09126 Cagliari. Da aprile a ottobre aperti tutti i giorni dalle 8:00 alle "
      "20:00; da novembre a marzo dal lunedì al sabato 9:00-13:00 e 16:00-19:00. Telefono 070 555 4821.",
      "agenzia", ["orari", "apertura", "aperti", "indirizzo", "domenica"],
      ["a che ora aprite", "siete aperti la domenica", "dove siete"])
entry("scooter", "Quanto costa noleggiare uno scooter?",
      "Scooter 125 cc: 35 € al giorno, 200 € per 7 giorni. Scooter 300 cc: 50 € al giorno, 290 € per 7 "
      "giorni. Il casco per il conducente è incluso, il secondo casco costa 5 € al giorno. Bauletto sempre "
      "incluso.",
      "prezzi", ["scooter", "motorino", "prezzo scooter", "casco", "125"],
      ["quanto viene uno scooter", "prezzo motorino settimana", "il casco e compreso"])
entry("auto", "Quanto costa noleggiare un'auto?",
      "Fiat Panda 45 € al giorno (260 € a settimana), Fiat 500 cabrio 65 € (390 €), Jeep Renegade 75 € (450 €). "
      "Chilometri illimitati, IVA inclusa. In luglio e agosto i prezzi salgono del 20 %.",
      "prezzi", ["auto", "macchina", "panda", "jeep", "prezzo auto"],
      ["quanto costa una macchina", "prezzo panda settimana", "avete la cabrio"])
entry("patente", "Che patente serve e quanti anni bisogna avere?",
      "Per lo scooter 125 cc basta la patente B (o A1), per il 300 cc serve la A2 o la A. Per l'auto servono "
      "la patente B da almeno 1 anno e 21 anni di età; dai 19 ai 20 anni si paga un supplemento di 10 € al "
      "giorno. Con una patente extra UE serve anche la patente internazionale.",
      "requisiti", ["patente", "età", "anni", "patente internazionale", "neopatentato"],
      ["che patente ci vuole", "ho 20 anni posso noleggiare", "patente straniera"])
entry("cauzione", "Serve una carta di credito per la cauzione?",
      "Sì, al ritiro blocchiamo una cauzione sulla carta di credito intestata al conducente: 300 € per lo "
      "scooter, 800 € per l'auto. Non accettiamo carte prepagate né bancomat per la cauzione. Lo sblocco parte "
      "alla riconsegna; la banca lo rende visibile entro 7-10 giorni lavorativi.",
      "pagamenti", ["cauzione", "deposito", "carta di credito", "blocco", "sblocco"],
      ["quanto e la cauzione", "posso usare il bancomat per il deposito", "quando mi sbloccate i soldi"])
entry("assicurazione", "Cosa copre l'assicurazione?",
      "Sono sempre inclusi RCA e assistenza stradale. Per i danni al mezzo c'è una franchigia di 800 € per "
      "l'auto e 500 € per lo scooter; con la Kasko completa (15 € al giorno auto, 7 € scooter) la franchigia "
      "scende a 0 €. Non sono mai coperti pneumatici, chiavi perse e danni su strade sterrate.",
      "assicurazione", ["assicurazione", "franchigia", "kasko", "danni", "copertura"],
      ["se faccio un graffio", "cosa copre", "conviene la kasko"])
entry("consegna", "Consegnate all'aeroporto o in hotel?",
      "Sì. All'aeroporto di Cagliari-Elmas consegniamo dalle 7:00 alle 24:00 per 20 €; in hotel, B&B o al porto "
      "di Cagliari per 10 €. Per noleggi di 7 giorni o più la consegna è gratuita. Serve il numero del volo o "
      "del traghetto.",
      "servizi", ["aeroporto", "consegna", "hotel", "porto", "elmas"],
      ["mi portate la macchina in albergo", "ritiro in aeroporto", "consegna al porto"])
entry("carburante", "Come funziona il carburante?",
      "Il mezzo si consegna con il pieno e si riporta con il pieno. Se manca carburante addebitiamo 2,50 € al "
      "litro più 15 € di servizio. Gli scooter vanno a benzina senza piombo, le auto a benzina o diesel "
      "(indicato sul portachiavi).",
      "regole", ["carburante", "benzina", "pieno", "diesel", "rifornimento"],
      ["devo fare il pieno", "che benzina ci metto", "se lo riporto senza benzina"])
entry("annullare", "Posso annullare o modificare la prenotazione?",
      "Sì, gratis fino a 48 ore prima del ritiro: l'acconto del 20 % vi torna sulla carta entro 5 giorni "
      "lavorativi. Dopo, tratteniamo il prezzo di 1 giorno di noleggio; se non vi presentate, tutto l'acconto. "
      "Annullate o cambiate date dalla mail di conferma o al 070 555 4821.",
      "prenotazioni", ["annullare", "disdetta", "modificare", "rimborso", "acconto"],
      ["devo cancellare la prenotazione", "posso cambiare le date", "mi ridate l'acconto"])
entry("dove", "Dove posso andare con il mezzo?",
      "In tutta la Sardegna su strade asfaltate. Sono vietati strade sterrate, spiagge e uscita dall'isola. Il "
      "traghetto per Carloforte o La Maddalena è permesso con la nostra autorizzazione scritta (10 €), da "
      "chiedere al ritiro.",
      "regole", ["traghetto", "sterrato", "isole", "carloforte", "limiti"],
      ["posso prendere il traghetto", "si puo andare su strade bianche", "posso portarla in continente"])
entry("guasto", "Cosa faccio in caso di guasto o incidente?",
      "Chiamate l'assistenza 24 ore su 24 al 070 555 4899, non fate riparare il mezzo da soli. In caso di "
      "incidente compilate la constatazione amichevole che trovate nel cruscotto o nel bauletto. Nell'area di "
      "Cagliari portiamo un mezzo sostitutivo entro 3 ore.",
      "assistenza", ["guasto", "incidente", "assistenza", "soccorso", "non parte"],
      ["si e rotto lo scooter", "ho fatto un incidente", "numero assistenza"])
entry("pagamento", "Come posso pagare il noleggio?",
      "Online paghi un acconto del 20 % con carta alla prenotazione, il resto al ritiro con carta di credito, "
      "bancomat, Satispay o contanti fino a 500 €. La cauzione va comunque su carta di credito.",
      "pagamenti", ["pagamento", "contanti", "bancomat", "satispay", "pagare"],
      ["si puo pagare in contanti", "accettate bancomat", "quando si paga"])
entry("ritardo", "Cosa succede se riconsegno in ritardo?",
      "C'è una tolleranza di 59 minuti, poi si paga un giorno in più. Fuori orario potete lasciare le chiavi "
      "nella cassetta davanti all'agenzia per 15 €; il mezzo resta sotto la vostra responsabilità fino "
      "all'apertura successiva.",
      "regole", ["ritardo", "riconsegna", "tardi", "fuori orario", "cassetta"],
      ["se arrivo tardi a riportarlo", "riconsegna di notte", "quanto si paga se ritardo"])
entry("seggiolino", "Avete seggiolini per bambini e accessori?",
      "Sì: seggiolino per bambini fino a 4 anni 5 € al giorno (massimo 30 € a noleggio), alzabimbo 3 € al "
      "giorno, portapacchi da tetto per tavole da surf 8 € al giorno. Da prenotare insieme all'auto.",
      "servizi", ["seggiolino", "bambini", "alzabimbo", "portapacchi", "accessori"],
      ["avete il seggiolino", "serve l'alzabimbo", "posso caricare la tavola da surf"])
entry("multe", "Cosa succede se prendo una multa?",
      "Le multe sono a carico di chi guida. Quando il Comune ci notifica un verbale comunichiamo i vostri dati "
      "e addebitiamo 25 € di spese di gestione sulla carta. Attenzione alle ZTL di Castello, Marina e Stampace: "
      "i varchi hanno le telecamere.",
      "regole", ["multa", "contravvenzione", "ztl", "verbale", "autovelox"],
      ["mi e arrivata una multa", "ztl cagliari", "chi paga le multe"])

write_faq("it", FAQ)

HALF = "only one half with no pointer to the other"

convs = [
    # 1
    [
        ("ciao, quanto viene uno scooter per 3 giorni? e che patente ci vuole, io ho solo la B",
         BOTH(E["scooter"], E["patente"]) + " — 125 cc 35 € a day (105 € for 3 days), 300 cc 50 €; licence B "
         "is enough for the 125 cc, the 300 cc needs A2 or A",
         HALF + "; letting B drive the 300 cc"),
        ("e per tutta la settimana?",
         F(E["scooter"]) + " — 125 cc 200 € for 7 days, 300 cc 290 €",
         "treating it as new unclear; the car prices"),
        ("ok. e la benzina come funziona",
         F(E["carburante"]) + " — full to full; missing fuel 2,50 € a litre + 15 € service; unleaded for "
         "scooters",
         "treating it as new unclear; saying fuel is included"),
        ("ajo, grazie mille, a presto",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover; asking what 'ajo' means"),
    ],
    # 2
    [
        ("buongiorno, una domanda per le ferie di agosto",
         "Too vague to answer — choices (prices, licence, delivery, insurance...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("atterriamo a cagliari alle 23:40 col volo da torino, qualcuno ci fa trovare la macchina appena "
         "scesi?",
         TYPE + F(E["consegna"]) + " — yes, airport delivery 7:00-24:00 for 20 € (free from 7 days), the flight "
         "number is needed",
         "tapping a choice; asking to rephrase; the opening hours (until 20:00) as a no"),
        ("ci serve pure il seggiolino per il piccolo di 2 anni, e quanto viene una panda per 10 giorni?",
         BOTH(E["seggiolino"], E["auto"]) + " — child seat 5 € a day, at most 30 € per rental; Panda 45 € a "
         "day / 260 € a week, +20 % in July and August",
         HALF + "; no mention of the August increase"),
        ("ma sei una persona vera o un programma?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("salve, avrei bisogno di una mano",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no, nessuna di queste",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("sono sulla strada per villasimius, all'altezza di solanas, e il vostro motorino si e spento e non "
         "vuole piu saperne. chi chiamo??",
         F(E["guasto"]) + " — call the 24-hour assistance 070 555 4899, do not have it repaired yourself; "
         "replacement within 3 hours in the Cagliari area",
         "asking to rephrase again; the office number only"),
        ("noleggiate anche gommoni per andare alle calette?",
         "Not covered (boat rental) — say so plainly; may offer a person",
         "inventing a boat or price; the ferry rule as if it answered it"),
    ],
    # 4
    [
        ("buongiorno, sbarchiamo in 4 da civitavecchia il 3 luglio, con la vostra jeep possiamo fare un salto "
         "sull'isola di san pietro? e se la righiamo cosa paghiamo",
         BOTH(E["dove"], E["assicurazione"]) + " — the Carloforte ferry is allowed with written permission "
         "(10 €) asked for at pick-up, no dirt roads; damage excess 800 € for cars, 0 € with full Kasko at 15 € "
         "a day",
         HALF + "; saying ferries are forbidden; no excess mentioned"),
        ("non ho chiesto questo. voglio che ci aspettiate al porto alle 6 di domenica mattina e anche se il "
         "traghetto fa ritardo",
         "Push-back: apologise; port delivery (10 €) is in the FAQ but not a 6:00 Sunday wait for a late ferry "
         "— say so, do not promise it, offer a person",
         "a promised 6:00 wait; the same full answer again without acknowledging"),
        ("ma che servizio e. fatemi parlare subito con qualcuno dell'agenzia!",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("c'e qualcuno??",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("sono arrabbiatissima, ho riportato la panda 12 giorni fa senza un graffio e sul mio conto mancano "
         "ancora 800 euro trattenuti da voi!!",
         F(E["cauzione"]) + " — apologise; the release starts at return, the bank shows it within 7-10 working "
         "days; if still blocked, a person should check",
         "no apology; saying the money is kept; the insurance entry"),
        ("cambiando discorso, dove si mangiano dei buoni culurgiones in centro?",
         "Not covered (a restaurant) — say so kindly, back to the rental topics",
         "a restaurant named as fact; an FAQ answer; a handover"),
        ("mi richiamate al 329 555 7013 per favore",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the office number instead"),
        ("e tra quanto piu o meno?",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("avevo prenotato la jeep dal 12 al 19 settembre ma mio marito si e rotto la gamba giocando a calcetto, "
         "a sto punto non veniamo piu",
         F(E["annullare"]) + " — free until 48 hours before pick-up, the 20 % deposit back on the card within 5 "
         "working days; later 1 day's price kept; via the confirmation mail or 070 555 4821; do not claim it "
         "is cancelled",
         "claiming it is cancelled; saying there is no refund"),
        ("eja va bene",
         "Ambiguous yes — ask what they mean or restate the step (cancel from the confirmation mail or by "
         "phone); nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("o magari spostiamo a fine ottobre. ci siete ancora a ottobre o chiudete?",
         F(E["orari"]) + " — open every day 8:00-20:00 until October; November-March Mon-Sat 9-13 and 16-19",
         "the cancellation answer again; saying closed in October"),
        ("ma ita ses nendi? bollu fueddai cun d'una persona vera, no cun d'una macchina",
         "Request: person in Sardinian (Campidanese) — hand over to a person",
         PW + "; answering an FAQ; asking to write in Italian"),
    ],
    # 7
    [
        ("ciao, con il vostro scooter sono passato in via manno e credo ci fosse la telecamera. che succede "
         "adesso?",
         F(E["multe"]) + " — fines are paid by the driver; when the town notifies, the shop passes on the "
         "driver's details and charges 25 € handling; ZTL gates have cameras",
         "saying the shop pays; the insurance entry"),
        ("e voi quanto ci guadagnate sopra?",
         F(E["multe"]) + " — 25 € handling charged to the card, on top of the fine itself",
         "treating it as new unclear; the rental price"),
        ("grazie, capito. posso saldare il resto in contanti? e se domenica lo riporto alle 21",
         BOTH(E["pagamento"], E["ritardo"]) + " — cash up to 500 € (or card, bancomat, Satispay), the deposit "
         "only on a credit card; 59 min tolerance, then an extra day; after hours the key box for 15 €",
         HALF + "; saying no cash"),
    ],
]

write_plan("it", convs)
