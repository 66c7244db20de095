"""Italian FAQ and plan for test set 42: Pulizie Liotru (cleaning company), Catania (made up).
Run from src/: PYTHONPATH=<check folder> python3 it.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("tariffe", "Quanto costa la pulizia di casa?",
      "18 € l'ora per operatrice, minimo 3 ore. Un appartamento di 80-100 mq richiede di solito 3-4 ore (54-72 "
      "€). Il sabato la tariffa aumenta del 20 %. Prezzi IVA inclusa.",
      "prezzi", ["prezzo", "tariffa oraria", "costo", "pulizia casa", "appartamento"],
      ["quanto prendete all'ora", "quanto costa pulire un appartamento", "il sabato costa di piu"])
entry("orari", "In che giorni e orari lavorate?",
      "Da lunedì a sabato dalle 7 alle 20. Domenica e festivi solo uffici e urgenze, con un supplemento del "
      "50 %. L'ufficio risponde al 095 555 3812 dal lunedì al venerdì 8:30-13 e 15-18:30.",
      "info", ["orari", "giorni", "domenica", "festivi", "ufficio"],
      ["venite anche la domenica", "a che ora iniziate", "quando vi posso chiamare"])
entry("prodotti", "Portate voi i prodotti?",
      "Sì, prodotti ecologici e attrezzatura (aspirapolvere, lavapavimenti, scala fino a 3 metri) sono inclusi nel prezzo. Se "
      "preferite i vostri prodotti li usiamo volentieri, ma il prezzo non cambia.",
      "servizi", ["prodotti", "detersivi", "attrezzatura", "aspirapolvere"],
      ["devo comprare i detersivi", "avete l'aspirapolvere", "posso darvi i miei prodotti"])
entry("pagamento", "Come si paga?",
      "In contanti o con carta all'operatrice a fine lavoro, oppure con bonifico entro 7 giorni dalla fattura. "
      "Per i contratti regolari addebito mensile in conto (SDD). Fattura elettronica sempre disponibile.",
      "prezzi", ["pagamento", "carta", "bonifico", "contanti", "fattura"],
      ["posso pagare con il bancomat", "mi fate la fattura", "si paga subito"])
entry("ristrutturazione", "Fate pulizie dopo i lavori di ristrutturazione?",
      "Sì, la pulizia post cantiere costa 4 € al mq, minimo 250 €: polvere di gesso e cemento, vetri, infissi, "
      "pavimenti, residui di pittura e silicone. Non portiamo via calcinacci, sacchi di macerie o mobili.",
      "servizi", ["post cantiere", "ristrutturazione", "lavori", "fine lavori", "calcinacci"],
      ["abbiamo finito i lavori", "c'e polvere di cantiere", "portate via le macerie"])
entry("preventivo", "Come funziona il preventivo?",
      "Il preventivo è gratuito: mandateci foto e metri quadri su WhatsApp al 347 555 0917 e rispondiamo entro "
      "48 ore. Per lavori oltre 150 mq o post cantiere facciamo un sopralluogo gratuito entro 25 km da Catania.",
      "prezzi", ["preventivo", "sopralluogo", "stima", "whatsapp"],
      ["mi fate sapere il prezzo", "venite a vedere prima", "quanto tempo per il preventivo"])
entry("divani", "Lavate divani e tappeti?",
      "Sì, a domicilio con lavaggio a iniezione-estrazione: divano 2 posti 70 €, 3 posti 90 €, poltrona 40 €, "
      "tappeti 15 € al mq. Macchie e odori di animali inclusi. Asciugatura 6-8 ore.",
      "servizi", ["divano", "tappeti", "poltrona", "macchie", "lavaggio"],
      ["ho una macchia sul divano", "pulite i tappeti", "quanto tempo per asciugare"])
entry("uffici", "Pulite anche uffici e negozi?",
      "Sì, uffici, studi medici e negozi, prima delle 8 o dopo le 19 così non disturbiamo: 20 € l'ora per "
      "operatrice, minimo 2 ore a intervento. Per gli studi medici usiamo prodotti disinfettanti certificati.",
      "servizi", ["uffici", "negozi", "studio", "aziende", "sera"],
      ["pulite uno studio medico", "venite dopo la chiusura", "quanto costa un ufficio"])
entry("contratto", "Avete contratti di pulizia regolare?",
      "Sì: settimanale con lo sconto del 10 %, quindicinale con il 5 %, sempre con la stessa operatrice. Si "
      "può sospendere fino a 2 mesi l'anno senza costi e disdire con 15 giorni di preavviso per iscritto.",
      "contratti", ["contratto", "abbonamento", "settimanale", "quindicinale", "sospendere"],
      ["fate uno sconto se venite ogni settimana", "posso fermare il servizio", "come disdico il contratto"])
entry("disdetta", "Posso annullare o spostare un appuntamento?",
      "Sì, gratis fino a 24 ore prima, per telefono o WhatsApp al 347 555 0917. Con meno di 24 ore di preavviso "
      "addebitiamo 25 €; se l'operatrice trova la porta chiusa addebitiamo 2 ore (36 €).",
      "contratti", ["annullare", "spostare", "disdire", "appuntamento", "preavviso"],
      ["non posso domani", "cambiare giorno", "devo pagare se non ci sono"])
entry("assicurazione", "Cosa succede se rompete qualcosa?",
      "Siamo assicurati per la responsabilità civile fino a 500.000 €. Segnalateci il danno entro 48 ore con "
      "foto; gli oggetti di valore oltre 500 € vanno indicati prima dell'intervento. Il rimborso arriva entro "
      "30 giorni.",
      "contratti", ["danno", "rotto", "assicurazione", "rimborso", "risarcimento"],
      ["l'operatrice ha rotto un vaso", "siete assicurati", "chi paga se si rompe qualcosa"])
entry("chiavi", "Posso lasciarvi le chiavi di casa?",
      "Sì, con ricevuta firmata: le chiavi sono custodite in cassaforte in ufficio, con un codice e mai con "
      "l'indirizzo. Ve le restituiamo entro 24 ore dalla richiesta o alla fine del contratto.",
      "contratti", ["chiavi", "cassaforte", "ricevuta", "restituzione"],
      ["vi do le chiavi di casa", "dove tenete le chiavi", "rivoglio le mie chiavi"])
entry("zona", "In che zona lavorate?",
      "A Catania e nei comuni entro 25 km: Acireale, Aci Castello, Misterbianco, Gravina, San Giovanni La "
      "Punta, Paternò. Oltre i 25 km aggiungiamo 0,50 € al km per il viaggio.",
      "info", ["zona", "comuni", "provincia", "distanza", "trasferta"],
      ["venite fino ad acireale", "lavorate fuori catania", "quanto costa la trasferta"])
entry("vetri", "Pulite i vetri e le finestre?",
      "Sì: 5 € per finestra o portafinestra fino a 2 ante, vetrate e verande su preventivo. Dall'esterno "
      "puliamo solo da balconi e terrazzi o fino al primo piano, senza ponteggi.",
      "servizi", ["vetri", "finestre", "verande", "vetrate"],
      ["quanto costano le finestre", "lavate le vetrate", "pulite anche fuori"])
entry("presenza", "Devo essere in casa durante la pulizia?",
      "No, basta lasciarci le chiavi o un codice. La prima volta chiediamo 10 minuti con voi per mostrarci la "
      "casa. Gli animali vanno bene se sono tenuti in una stanza chiusa.",
      "info", ["presenza", "assente", "animali", "in casa"],
      ["posso andare al lavoro", "ho un cane", "serve che ci sia qualcuno"])

write_faq("it", FAQ)

convs = [
    # 1
    [
        ("buongiorno, ho una casa a ognina, 90 mq, bedda grande. quanto mi viene una pulizia e venite anche il "
         "sabato?",
         BOTH(E["tariffe"], E["orari"]) + " — 18 €/hour per cleaner, min 3 h, 80-100 m² usually 3-4 h (54-72 €); "
         "Mon-Sat 7-20, Saturday +20 % ('bedda' = beautiful)",
         HALF + "; forgetting the Saturday +20 %"),
        ("e i detersivi?",
         F(E["prodotti"]) + " — included, eco products and equipment; own products fine, same price",
         NEW + "asking the customer to buy them"),
        ("ok. col bancomat posso?",
         F(E["pagamento"]) + " — yes, card or cash to the cleaner at the end, or transfer within 7 days",
         NEW + "cash only"),
        ("perfetto amuni, grazie e a presto",
         "Small talk: thanks + goodbye ('amunì' = let's go, Sicilian) — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("salve, avrei una domanda",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("abbiamo appena rifatto bagno e cucina, talia c'e polvere bianca dappertutto pure sui lampadari",
         TYPE + F(E["ristrutturazione"]) + " — post-renovation cleaning 4 €/m², min 250 €: plaster dust, glass, "
         "frames, floors, paint ('talìa' = look)",
         "tapping a choice; asking to rephrase; the hourly home rate only"),
        ("bene. i sacchi di macerie sul balcone li portate via? e in quanto mi fate sapere il prezzo",
         BOTH(E["ristrutturazione"], E["preventivo"]) + " — no rubble or sacks taken away; free quote within 48 "
         "h via WhatsApp photos (347 555 0917), free visit for post-renovation within 25 km",
         HALF + "; promising to take the rubble"),
        ("ma sto parlando con una persona o con un programma?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("buonasera, per il salotto",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no nessuna di queste",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("il picciotto ha rovesciato la coca cola sul tre posti di stoffa e il gatto ha fatto pipi sul persiano del salotto, "
         "2 metri per 3",
         F(E["divani"]) + " — 3-seater 90 €, rug 15 €/m² (6 m² = 90 €), stains and pet smells included, drying 6-8 h "
         "('picciotto' = boy)",
         "asking to rephrase again; sending them to a laundry"),
        ("e fate anche disinfestazione per le blatte?",
         "Not covered (pest control, near the trade but not offered) — say so plainly; may offer a person",
         "inventing a pest-control service"),
    ],
    # 4
    [
        ("buongiorno, ho un ambulatorio dentistico in via etnea, 120 mq, servirebbe 3 volte ogni 7 giorni dopo "
         "le 19. lo fate? e se e fisso mi fate un prezzo migliore?",
         BOTH(E["uffici"], E["contratto"]) + " — offices/medical practices after 19:00, 20 €/hour, min 2 h, "
         "certified disinfectants; weekly contract -10 %, same cleaner",
         HALF),
        ("troppo poco, voglio il 25 % e i vetri gratis una volta al mese",
         "Push-back: apologise; the FAQ has no 25 % and no free windows — say what it has (-10 % weekly, "
         "windows 5 € each) and offer a person",
         "promising the discount; the same answer again without acknowledging"),
        ("ma che camurria! basta con sto robot, passatemi una persona vera subito",
         "Request: angry + person ('camurrìa' = nuisance) — apologise briefly and hand over",
         PW),
        ("c'e qualcuno?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("siete degli incompetenti! la vostra ragazza stamattina ha fatto cadere il vaso di caltagirone di mia suocera "
         "ed e in mille pezzi, e adesso chi me lo ripaga??",
         F(E["assicurazione"]) + " — apologise; liability insurance up to 500,000 €, report within 48 h with "
         "photos, refund within 30 days; objects over 500 € should have been declared beforehand",
         "no apology; promising a sum"),
        ("sapete se domani la circumetnea e in sciopero?",
         "Not covered (a local railway strike, unrelated) — say so kindly",
         "an FAQ answer; a handover"),
        ("richiamatemi al 347 555 6621",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the company's number instead"),
        ("quanto ci vuole ancora? alle 13 vado a prendere i bambini a scuola",
         WAIT + WAITING,
         "the office hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("avevo prenotato per domani alle 9 ma mia madre e stata ricoverata e non ci sara nessuno a casa",
         F(E["disdetta"]) + " — free up to 24 h before by phone/WhatsApp 347 555 0917, later 25 €, closed door "
         "2 hours (36 €); claim nothing as done; some sympathy",
         "claiming it is cancelled; no sympathy"),
        ("eh si",
         "Ambiguous yes — ask what they mean (cancel or move?) or restate the step; nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("poi abbiamo il contratto ogni 15 giorni, lo posso fermare un paio di mesi? e le chiavi che vi ho "
         "lasciato me le ridate?",
         BOTH(E["contratto"], E["chiavi"]) + " — suspend up to 2 months a year free; keys returned within 24 h "
         "of the request",
         HALF + "; saying the contract must be cancelled"),
        ("mischinu a mia, nun ci staiu capennu nenti. passatimi na pirsuna vera, no sta machina",
         "Request: person in Sicilian ('poor me, I don't understand anything, put me through to a real "
         "person, not this machine') — hand over",
         PW + "; answering an FAQ; asking for standard Italian"),
    ],
    # 7
    [
        ("buongiorno, unni lavorate? io sto ad acireale",
         F(E["zona"]) + " — Catania and towns within 25 km, Acireale included; beyond 25 km 0.50 €/km ('unni' "
         "= where)",
         "a travel charge for Acireale"),
        ("e le finestre? sono 8, chiossai sporche fuori che dentro",
         F(E["vetri"]) + " — 5 € per window up to 2 panes (8 = 40 €); outside only from balconies or up to "
         "the first floor ('chiossai' = more)",
         NEW + "promising any outside window"),
        ("devo restare io li mentre pulite? ho pure il cane. grazie",
         F(E["presenza"]) + " — no, leave keys or a code; 10 minutes together the first time; the dog in a "
         "closed room",
         NEW + "saying dogs are not allowed"),
    ],
]

write_plan("it", convs)
