"""Italian FAQ and plan for test set 39: Parco Avventura e Paintball Bosco dei Castelli, Rocca di Papa (made up).
Run from src/: PYTHONPATH=<check folder> python3 it.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("orari", "Quando siete aperti e dove siete?",
      "Da aprile a ottobre: sabato, domenica e festivi 9:30-19; da giugno a metà settembre tutti i giorni "
      "10-19. Ultimo ingresso ai percorsi alle 16:30. Via dei Laghi km 12,400, 00040 Rocca di Papa (RM), "
      "parcheggio gratuito, circa 35 minuti da Roma.",
      "info", ["orari", "apertura", "indirizzo", "parcheggio", "stagione"],
      ["a che ora aprite", "dove si trova il parco", "siete aperti a novembre"])
entry("eta", "Da che età e altezza si possono fare i percorsi sugli alberi?",
      "Percorso Baby: 3-6 anni, da 90 cm, con un adulto a terra. Junior: da 7 anni e 110 cm. Adulti: da 140 cm. "
      "Percorso Nero: da 14 anni e 160 cm. Sotto i 14 anni serve un adulto presente nel parco; sotto i 18 anni "
      "la liberatoria firmata da un genitore.",
      "percorsi", ["età", "altezza", "bambini", "percorso baby", "liberatoria"],
      ["mio figlio ha 5 anni puo salire", "quanto bisogna essere alti", "serve la firma dei genitori"])
entry("prezzi", "Quanto costano i percorsi?",
      "Biglietto per 3 ore di percorsi: Baby 10 €, Junior 16 €, Adulti 24 €. Accompagnatori a terra gratis. "
      "Il tempo parte dalla consegna dell'imbrago.",
      "percorsi", ["prezzi", "biglietto", "costo", "tariffe", "ingresso"],
      ["quanto si paga", "prezzo per un adulto", "quanto costa il biglietto"])
entry("paintball", "Come funziona il paintball?",
      "Dai 12 anni (dai 14 senza genitore presente), minimo 8 giocatori, solo su prenotazione. 28 € a persona "
      "per 2 ore: tuta, maschera, marcatore e 200 palline; 100 palline in più 8 €. Campo nel bosco con "
      "istruttore arbitro.",
      "paintball", ["paintball", "palline", "maschera", "marcatore", "squadre"],
      ["quanto costa il paintball", "da che eta si gioca a paintball", "quanti colpi sono inclusi"])
entry("compleanno", "Fate feste di compleanno?",
      "Sì: pacchetto compleanno da 10 bambini in su, 22 € a bambino, festeggiato gratis. Include percorso Baby "
      "o Junior e area merenda riservata per 2 ore. Torta e bibite le portate voi (niente fuochi). Prenotazione "
      "almeno 2 settimane prima con acconto di 50 €.",
      "gruppi", ["compleanno", "festa", "bambini", "pacchetto", "merenda"],
      ["vorrei fare la festa di mio figlio", "pacchetto compleanno prezzo", "posso portare la torta"])
entry("gruppi", "Avete prezzi per gruppi e scuole?",
      "Gruppi da 15 persone: 15 % di sconto sui biglietti. Scuole: 14 € a studente, un accompagnatore gratis "
      "ogni 10 studenti, dal lunedì al venerdì su prenotazione. Per aziende e team building preventivo su "
      "richiesta.",
      "gruppi", ["gruppi", "scuole", "sconto", "accompagnatori", "aziende"],
      ["prezzo per una classe", "sconto per comitive", "gita scolastica"])
entry("sicurezza", "Come funziona il briefing di sicurezza?",
      "Prima di salire tutti fanno un briefing obbligatorio di 15 minuti con un istruttore, che spiega imbrago e "
      "linea vita continua e vi fa provare su un percorso basso. Arrivate 20 minuti prima dell'orario "
      "prenotato: chi salta il briefing non può salire.",
      "percorsi", ["sicurezza", "briefing", "imbrago", "istruttore", "linea vita"],
      ["e pericoloso", "chi ci spiega come si fa", "quanto prima bisogna arrivare"])
entry("abbigliamento", "Come devo vestirmi?",
      "Scarpe chiuse da ginnastica (no sandali o infradito), capelli lunghi legati, niente anelli o collane. "
      "Per il paintball pantaloni lunghi e felpa sotto la tuta. Armadietti con chiave 2 €.",
      "info", ["abbigliamento", "scarpe", "vestiti", "armadietti"],
      ["che scarpe servono", "cosa mi metto", "posso venire in sandali"])
entry("meteo", "Cosa succede se piove?",
      "Con pioggia leggera siamo aperti. Con temporale o vento forte chiudiamo i percorsi: la prenotazione si "
      "sposta gratis o viene rimborsata, e se la chiusura arriva dopo l'inizio ricevete un buono per le ore non "
      "usate. Avvisiamo via SMS entro le 8:00 del giorno prenotato.",
      "info", ["pioggia", "maltempo", "temporale", "chiusura", "rimborso"],
      ["se piove si fa lo stesso", "chiuso per maltempo", "rimborso se piove"])
entry("prenotazione", "Come si prenota?",
      "Online sul sito, al telefono 06 555 7731 o su WhatsApp 333 555 4102. Nel weekend la prenotazione è "
      "consigliata; per paintball, compleanni, gruppi e scuole è obbligatoria. Si paga alla cassa il giorno "
      "stesso, salvo l'acconto per feste e gruppi.",
      "prenotazioni", ["prenotare", "prenotazione", "whatsapp", "telefono", "online"],
      ["come faccio a prenotare", "bisogna prenotare", "si puo prenotare su whatsapp"])
entry("disdetta", "Posso disdire o spostare la prenotazione?",
      "Fino a 48 ore prima si disdice gratis e l'acconto viene restituito; si può anche spostare la data una "
      "volta senza costi. Dopo, l'acconto resta a noi. Per chiusura meteo vale la regola del maltempo.",
      "prenotazioni", ["disdire", "annullare", "spostare", "acconto", "cambio data"],
      ["devo annullare", "possiamo cambiare giorno", "mi restituite l'acconto"])
entry("peso", "Ci sono limiti di peso o di salute?",
      "Peso massimo 120 kg per i percorsi e per il paintball. Non possono salire donne in gravidanza e persone "
      "con gessi o tutori; con problemi di cuore o epilessia chiedete prima al medico. Sotto effetto di alcol "
      "non si sale.",
      "percorsi", ["peso", "limiti", "salute", "gravidanza", "chili"],
      ["c'e un peso massimo", "sono incinta posso venire", "ho problemi di cuore"])
entry("cibo", "Si può mangiare al parco?",
      "Sì: area picnic gratuita con 30 tavoli all'ombra, potete portare cibo e bibite. Il bar vende panini e "
      "pizzette da 4 a 7 €. Vietati barbecue e fuochi; alcolici solo dopo aver finito i percorsi.",
      "info", ["picnic", "mangiare", "bar", "panini", "cibo"],
      ["c'e un bar", "possiamo portare il pranzo", "si puo fare la grigliata"])
entry("animali", "Posso portare il cane?",
      "Sì, al guinzaglio nell'area picnic e al bar, con ciotole d'acqua all'ingresso. I cani non possono "
      "entrare nelle aree dei percorsi né nel campo da paintball e non si possono lasciare da soli; massimo 2 "
      "cani per famiglia.",
      "info", ["cane", "animali", "guinzaglio"],
      ["si possono portare animali", "il cane puo entrare", "cani ammessi"])
entry("pagamento", "Come si paga?",
      "Alla cassa in contanti, bancomat, carta di credito o Satispay. Acconti per feste e gruppi con bonifico "
      "(IBAN nella conferma) entro 3 giorni dalla prenotazione; per le scuole accettiamo anche la fattura "
      "elettronica.",
      "prenotazioni", ["pagamento", "carta", "bonifico", "satispay", "fattura"],
      ["si puo pagare con la carta", "come faccio il bonifico", "mi fate fattura"])

write_faq("it", FAQ)

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"

convs = [
    # 1
    [
        ("ciao! sabato vorremmo venire coi pischelli, hanno 6 e 9 anni, possono salire tutti e due sugli alberi "
         "e quanto ci viene",
         BOTH(E["eta"], E["prezzi"]) + " — 6-year-old: Baby course (from 90 cm, adult on the ground); 9-year-"
         "old: Junior (from 7 years and 110 cm); Baby 10 €, Junior 16 €, adults 24 € if they climb, ground "
         "companions free ('pischelli' = kids)",
         HALF + "; the 6-year-old on the Junior course; adult prices for children"),
        ("e a che ora aprite?",
         F(E["orari"]) + " — Saturday 9:30-19, last entry 16:30 (from June to mid-September 10-19 daily)",
         "treating it as new unclear; weekday hours only"),
        ("ok. le scarpe da ginnastica vanno bene? e il cane lo possiamo portare",
         BOTH(E["abbigliamento"], E["animali"]) + " — closed trainers yes, no sandals; dog on a lead in the "
         "picnic area and bar, not in the course areas, not left alone",
         HALF + "; saying dogs are not allowed at all"),
        ("perfetto, grazie mille. a sabato",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("salve, vorrei informazioni per un gruppo",
         "Too vague to answer — choices (groups, paintball, birthdays...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("siamo 12 colleghi d'ufficio, vogliamo spararci addosso coi colori un venerdi pomeriggio, quanto "
         "viene a testa",
         TYPE + F(E["paintball"]) + " — 28 € per person for 2 hours with suit, mask, marker and 200 balls; "
         "from 12 years, minimum 8 players, booking required",
         "tapping a choice; asking to rephrase; the group-discount entry as the only answer"),
        ("e come ci dobbiamo vestire? e se piove si fa lo stesso?",
         BOTH(E["abbigliamento"], E["meteo"]) + " — long trousers and a sweatshirt under the suit, closed shoes, "
         "lockers 2 €; light rain open, storm or strong wind closed: moved free or refunded, SMS by 8:00",
         HALF + "; saying rain always cancels"),
        ("ma sei un bot o una persona vera?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("bella zi, info",
         "Too vague to answer ('bella zì' = hi mate, Roman) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no, niente di questo",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("mio figlio ha 15 anni, e' un ragazzone di 125 kg, lo fanno salire o no? non voglio che fa una "
         "figuraccia davanti agli amici",
         F(E["peso"]) + " — the maximum is 120 kg for courses and paintball, so at 125 kg he can't climb; said "
         "kindly",
         "asking to rephrase again; saying he can climb; the age entry only"),
        ("fate anche tiro con l'arco o softair?",
         "Not covered (archery, airsoft) — say so plainly; may offer a person (paintball exists, but is not "
         "airsoft)",
         "inventing archery or airsoft"),
    ],
    # 4
    [
        ("buongiorno, il 14 mio figlio fa 8 anni e vorrebbe portare da voi 15 compagni di classe, "
         "quanto si spende e chi gli spiega come si fa lassu",
         BOTH(E["compleanno"], E["sicurezza"]) + " — 22 € per child, birthday child free (15 × 22 = 330 €), "
         "Baby or Junior course + 2 h snack area, cake and drinks brought by the family, book 2 weeks ahead "
         "with 50 € deposit; compulsory 15-min briefing with an instructor, arrive 20 min early",
         HALF + "; charging the birthday child"),
        ("no guardi, io voglio il paintball per tutti i bambini, anche quelli di 7 anni, e la torta e le bibite "
         "le offrite voi",
         "Push-back: apologise; paintball is from 12 and cake/drinks are not included — say what the FAQ has "
         "and offer a person",
         "allowing paintball for 7-year-olds; promising a free cake; the same answer again without "
         "acknowledging"),
        ("ma stai a fa' sul serio? e' 'na sola. mo' voglio parlare con una persona vera",
         "Request: angry + person ('stai a fa'' = are you doing, 'sòla' = rip-off, 'mo'' = now, Roman) — "
         "apologise briefly and hand over to a person",
         PW),
        ("c'e' qualcuno?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("sono furiosa. domenica siamo venuti da roma, 40 minuti di macchina, e ci avete rimandato a casa perche "
         "c'erano tuoni e fulmini, e avevo gia pagato 64 euro!",
         F(E["meteo"]) + " — apologise; storm closures: the booking is moved free or refunded (voucher for unused "
         "hours if closed after the start); SMS by 8:00 on the day",
         "no apology; saying nothing is refunded; the cancellation entry"),
        ("ammazza che giornata. chi gioca stasera, la roma o la lazio?",
         "Not covered (a football fixture; 'ammazza' = wow) — say so kindly, back to the park's topics",
         "a fixture; an FAQ answer; a handover"),
        ("richiamatemi al 347 555 2816",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the park's number instead"),
        ("tra quanto mi chiamate? alle 6 attacco il turno",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("ciao, avevo fissato per sabato 10 persone al paintball per l'addio al celibato di mio fratello, ma "
         "lo sposo si e' rotto la caviglia, niente da fare",
         F(E["disdetta"]) + " — free until 48 h before with the deposit back, or one free date change; later "
         "the deposit is kept; depends on the test day; claim nothing as done",
         "claiming it is cancelled; the weather entry"),
        ("vabbe, daje",
         "Ambiguous yes ('daje' = go on / come on, Roman) — ask what they mean or restate the step (cancel or "
         "move the date); nothing claimed as done",
         "claiming it is cancelled or moved; a random FAQ answer"),
        ("quando lui ricammina e rifissiamo, la roba nostra tipo panini e birre la possiamo portare?",
         F(E["cibo"]) + " — free picnic area, own food and drinks allowed; alcohol only after the activity; no "
         "barbecue",
         "saying no outside food; alcohol before playing"),
        ("aho, nun ce capisco gnente. famme parla' co' 'n cristiano vero, mo'",
         "Request: person in Roman dialect ('hey, I don't understand a thing. Let me talk to a real person, "
         "now') — hand over to a person",
         PW + "; answering an FAQ; asking for standard Italian"),
    ],
    # 7
    [
        ("buongiorno, siamo una scuola media di frascati, 3 classi, 68 ragazzi, che prezzo ci fate",
         F(E["gruppi"]) + " — schools 14 € per student, Monday-Friday, booking required",
         "the 15 % group discount on the full price instead of the school price"),
        ("e i prof pagano?",
         F(E["gruppi"]) + " — one companion free per 10 students (68 students: 6 free)",
         "treating it as new unclear; all teachers free"),
        ("grazie. come blocchiamo la data per maggio, e la scuola puo pagare con bonifico?",
         BOTH(E["prenotazione"], E["pagamento"]) + " — booking required for schools: online, phone 06 555 7731 "
         "or WhatsApp; deposit by bank transfer within 3 days, electronic invoice for schools",
         HALF),
    ],
]

write_plan("it", convs)
