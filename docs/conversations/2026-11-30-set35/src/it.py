"""Italian FAQ and plan for test set 35: Rifugio Croz de l'Aquila, Brenta group above Molveno, Trentino (made up).
Run from src/: PYTHONPATH=<check folder> python3 it.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("apertura", "Quando è aperto il rifugio?",
      "Il rifugio (2.140 m) è aperto tutti i giorni dal 20 giugno al 20 settembre. Da ottobre a maggio è chiuso; "
      "resta sempre aperto il locale invernale con 6 posti letto e coperte, senza servizio e senza prenotazione.",
      "rifugio", ["apertura", "stagione", "aperto", "chiuso", "locale invernale"],
      ["quando aprite", "siete aperti a ottobre", "d'inverno si puo dormire"])
entry("prezzi", "Quanto costa la mezza pensione?",
      "Mezza pensione (cena, pernottamento e colazione) a persona: camera 68 €, camerata 55 €. Soci CAI, SAT o "
      "altri club alpini 10 € in meno; bambini sotto i 12 anni 40 €. La doccia calda costa 3 € a gettone.",
      "prezzi", ["mezza pensione", "prezzo", "camerata", "camera", "soci cai"],
      ["quanto costa dormire", "prezzo per notte", "sconto soci sat"])
entry("prenotazione", "Come si prenota?",
      "Per telefono al 0461 555 3820 (dalle 8 alle 20) o con il modulo sul sito crozaquila.example. Per confermare "
      "serve una caparra di 30 € a persona con bonifico entro 3 giorni; senza caparra il posto viene liberato.",
      "prenotazioni", ["prenotare", "prenotazione", "caparra", "bonifico", "conferma"],
      ["voglio prenotare", "come faccio a riservare", "quanto e la caparra"])
entry("disdetta", "Posso disdire la prenotazione?",
      "Sì. Fino a 7 giorni prima dell'arrivo la caparra viene restituita per intero entro 10 giorni lavorativi; "
      "dopo la tratteniamo, ma potete spostare la data una volta entro la stessa stagione. Avvisateci sempre per "
      "telefono o e-mail a info@crozaquila.example.",
      "prenotazioni", ["disdire", "disdetta", "annullare", "rimborso caparra", "spostare data"],
      ["non possiamo piu venire", "rivoglio la caparra", "cambiare data"])
entry("arrivo", "Come si arriva al rifugio?",
      "A piedi con il sentiero 319 dal parcheggio di Malga Ceda: circa 2 ore e 30, 850 m di dislivello. Oppure "
      "con la seggiovia Pradel da Molveno e poi 1 ora e 30 di sentiero. Non c'è strada; gli zaini possono salire "
      "con la teleferica di servizio a 10 € l'uno (massimo 15 kg), consegna al parcheggio entro le 9.",
      "rifugio", ["sentiero", "dislivello", "seggiovia", "teleferica", "parcheggio"],
      ["quanto si cammina", "c'e una strada", "posso mandare su i bagagli"])
entry("pasti", "A che ora sono i pasti e cosa si mangia?",
      "Cena alle 19:00, colazione dalle 7:00 alle 8:30. Cuciniamo piatti trentini (canederli, polenta, strangolapreti); "
      "menu vegetariano o senza glutine se lo dite alla prenotazione. Il pranzo al sacco per il giorno dopo costa 9 €.",
      "pasti", ["cena", "colazione", "menu", "vegetariano", "senza glutine"],
      ["a che ora si cena", "avete piatti per celiaci", "fate il pranzo al sacco"])
entry("portare", "Cosa devo portare per dormire?",
      "Il sacco lenzuolo è obbligatorio (noleggio 5 €), le coperte ci sono. Portate ciabatte, pila frontale e "
      "tappi per le orecchie in camerata. Gli scarponi restano nel locale scarponi all'ingresso.",
      "rifugio", ["sacco lenzuolo", "lenzuola", "coperte", "ciabatte", "cosa portare"],
      ["ci sono le lenzuola", "serve il sacco a pelo", "cosa mi porto"])
entry("pagamento", "Come si paga?",
      "In contanti, bancomat o carta di credito. Il POS funziona via satellite e a volte non prende: portate anche "
      "contanti (il bancomat più vicino è a Molveno, 2 ore a valle). Niente Satispay. La caparra è già scalata dal conto finale.",
      "prezzi", ["pagamento", "contanti", "bancomat", "carta", "pos"],
      ["si puo pagare con la carta", "accettate bancomat", "devo portare contanti"])
entry("cani", "Posso portare il cane?",
      "Sì, i cani al guinzaglio sono ammessi in terrazza e in stube, non nelle camere né in camerata. Di notte "
      "possono dormire con la loro cuccia nel deposito attrezzi riscaldato, gratis; al massimo 2 cani per notte, segnalatelo alla prenotazione.",
      "rifugio", ["cane", "cani", "animali", "guinzaglio"],
      ["posso venire con il cane", "animali ammessi", "il cane dorme con noi"])
entry("meteo", "Cosa succede se c'è brutto tempo?",
      "Se Meteotrentino dà allerta arancione o rossa per il giorno di arrivo, restituiamo la caparra o la teniamo "
      "come buono per 12 mesi, a vostra scelta. Con semplice pioggia la prenotazione resta valida; chiamateci per "
      "le condizioni del sentiero.",
      "prenotazioni", ["maltempo", "brutto tempo", "allerta", "pioggia", "buono"],
      ["e se piove", "annullate se c'e temporale", "la caparra con il maltempo"])
entry("bambini", "I bambini possono venire?",
      "Certo. Consigliamo la salita a piedi dai 6 anni in su; sotto i 12 anni la mezza pensione costa 40 €. "
      "Abbiamo 2 camere famiglia da 4 letti, da prenotare presto. Seggioloni e lettino non ci sono.",
      "rifugio", ["bambini", "famiglia", "camera famiglia", "eta", "figli"],
      ["si puo salire con i figli", "da che eta", "avete camere per famiglie"])
entry("campo", "C'è campo, wifi e corrente per ricaricare?",
      "C'è campo (TIM e Vodafone) solo in terrazza, wifi non c'è. La corrente è dei pannelli solari: telefoni e "
      "powerbank si ricaricano al bancone per 2 €, asciugacapelli non sono permessi.",
      "rifugio", ["wifi", "campo", "ricaricare", "corrente", "telefono"],
      ["prende il telefono", "c'e internet", "posso caricare il cellulare"])
entry("pranzo", "Si può venire solo a pranzo?",
      "Sì, la cucina è aperta a pranzo dalle 11:30 alle 15:00 anche per chi non dorme da noi, senza prenotazione. "
      "Gruppi di più di 10 persone devono prenotare almeno il giorno prima al 0461 555 3820.",
      "pasti", ["pranzo", "mangiare", "cucina", "escursionisti di passaggio"],
      ["possiamo fermarci a mangiare", "serve prenotare per il pranzo", "fino a che ora fate da mangiare"])
entry("ferrata", "Noleggiate l'attrezzatura da ferrata?",
      "Sì: imbrago, set da ferrata e casco a 15 € al giorno, lasciando un documento. Va restituita entro le 18. "
      "Guide alpine non ne abbiamo; il numero del Collegio Guide del Trentino è in bacheca.",
      "attivita", ["ferrata", "imbrago", "casco", "noleggio", "attrezzatura"],
      ["affittate il kit da ferrata", "posso noleggiare il casco", "attrezzatura per le bocchette"])
entry("gruppi", "Fate prezzi per i gruppi?",
      "Per gruppi da 10 persone in su: 1 posto gratis ogni 15 paganti e, sopra le 16 persone, la camerata da 20 "
      "posti tutta per voi. Caparra del 50 % entro 7 giorni dalla conferma.",
      "prenotazioni", ["gruppi", "gruppo", "sconto gruppo", "sezione cai", "comitiva"],
      ["siamo in tanti", "prezzo per gruppo", "prenotazione per la sezione"])

write_faq("it", FAQ)

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"

convs = [
    # 1
    [
        ("ciao! quanto viene la mezza pensione in camerata e siete gia aperti a meta giugno?",
         BOTH(E["prezzi"], E["apertura"]) + " — dormitory 55 € per person (members of CAI/SAT 10 € less); open "
         "from 20 June only, so mid-June is closed (only the winter room, no service)",
         HALF + "; saying open in mid-June"),
        ("e per il letto cosa ci vuole, ce lo date voi?",
         F(E["portare"]) + " — a sleeping-bag liner is required, rental 5 €; blankets are there",
         "treating it as new unclear; saying sheets are included"),
        ("ok. e la sera quand'e che si va a tavola",
         F(E["pasti"]) + " — dinner at 19:00, breakfast 7:00-8:30",
         "treating it as new unclear; the lunch hours"),
        ("perfetto grazie, ciao ciao!",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("buongiorno, una domanda per agosto",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("saremmo io mia moglie e il bocia di 7 anni, ce la fa lui a salire con le sue gambe?",
         TYPE + BOTH(E["bambini"], E["arrivo"]) + " — on foot recommended from 6 years; trail 319 about 2.5 h, "
         "850 m, or the Pradel chairlift + 1.5 h; under 12 half board 40 €, family rooms with 4 beds",
         "tapping a choice; asking to rephrase; saying children are not allowed"),
        ("si paga col bancomat su? e il nostro bassotto lo possiamo portare",
         BOTH(E["pagamento"], E["cani"]) + " — cash, bancomat or card, but the satellite POS can fail, so bring "
         "cash; dogs on the lead on the terrace and in the stube, not in rooms, they sleep in the heated equipment "
         "room, free",
         HALF + "; saying the dog can sleep in the room"),
        ("ma sto scrivendo con una persona o con un programma?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("salve, e per una prenotazione",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no niente di questo",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("siamo in 18 della sat di rovereto, vorremmo il 12 luglio lo stanzone tutto per noi, ci venite "
         "incontro?",
         F(E["gruppi"]) + " — 1 free place every 15 paying, the 20-bed dormitory for themselves above 16 people; "
         "50 % deposit within 7 days (SAT members also 10 € less on half board)",
         "asking to rephrase again; the single booking entry only"),
        ("e uno di voi ci fa da guida sul sentiero delle bocchette? nessuno di noi l'ha mai fatto",
         "Not covered (no mountain guides) — say so plainly; may mention the guides' association number on the "
         "notice board (from the ferrata entry); may offer a person",
         "promising a guide; the kit rental as if it answered it"),
    ],
    # 4
    [
        ("ciao, saliamo sabato in 2 con due zaini pesantissimi, c'e modo di farli portare su? e lassu prende il "
         "cellulare? devo essere reperibile per lavoro",
         BOTH(E["arrivo"], E["campo"]) + " — the service cableway takes bags for 10 € each (max 15 kg), "
         "delivered to the car park by 9; network only on the terrace, no wifi, charging 2 €",
         HALF + "; promising wifi"),
        ("non mi serve. voglio che uno di voi venga a prendere gli zaini alla macchina alle 7 di mattina",
         "Push-back: apologise; the FAQ has no pick-up at the car at 7 — say so, do not promise it, offer a person",
         "a promised pick-up; the same full answer again without acknowledging"),
        ("cio ma che risposte sono. voglio parlare subito con il gestore!",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("c'e qualcuno??",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("sono furioso. ho avvisato 10 giorni prima che non venivamo perche mio padre e finito in ospedale e dopo 3 settimane i "
         "60 euro non me li avete ancora ridati!",
         F(E["disdetta"]) + " — apologise; cancelled more than 7 days before, so the deposit is refunded in full "
         "within 10 working days: 3 weeks is past that, so a person should check",
         "no apology; saying the deposit is kept; only the rule without the delay"),
        ("gia che ci sono, mi consigliate un buon dentista a trento?",
         "Not covered (a dentist) — say so kindly, back to the hut's topics",
         "a dentist named; an FAQ answer; a handover"),
        ("chiamatemi al 340 555 2718",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the hut's number instead"),
        ("ma ci vuole tanto prima che qualcuno mi chiami?",
         WAIT + WAITING,
         "the booking phone hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("abbiamo la doppia dal 24 al 26 luglio ma mia moglie si e rotta il polso in bici, non ce la facciamo a "
         "salire",
         F(E["disdetta"]) + " — deposit back in full until 7 days before, later kept but the date can be moved "
         "once in the same season; tell the hut by phone or e-mail; do not claim it is cancelled",
         "claiming it is cancelled; the prices alone"),
        ("si dai",
         "Ambiguous yes — ask what they mean (cancel or move the date?) or restate the step; nothing claimed as done",
         "claiming it is cancelled or moved; a random FAQ answer"),
        ("se spostiamo a settembre come si rifa la prenotazione? e se poi viene giu il diluvio perdiamo i soldi "
         "un'altra volta?",
         BOTH(E["prenotazione"], E["meteo"]) + " — phone 0461 555 3820 (8-20) or the form, 30 € deposit per person "
         "within 3 days; with an orange or red Meteotrentino warning the deposit is refunded or kept as a 12-month "
         "voucher, plain rain does not count",
         HALF + "; saying any rain means a refund"),
        ("cio, no capisso gnent de quel che te disi. voi parlar con en cristian vero, no con na machina",
         "Request: person in Trentino dialect — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard Italian"),
    ],
    # 7
    [
        ("buongiorno, domenica passiamo dalle vostre parti col giro del lago, serve avvisare per mangiare a "
         "mezzogiorno?",
         F(E["pranzo"]) + " — kitchen open 11:30-15:00 for walkers too, no booking needed",
         "the half board prices; saying only guests can eat"),
        ("anche se siamo in 12?",
         F(E["pranzo"]) + " — groups of more than 10 must book at least the day before on 0461 555 3820",
         "treating it as new unclear; the group discount entry only"),
        ("grazie mille! e noleggiate imbrago e casco per la ferrata? e la baita si puo usare anche a novembre?",
         BOTH(E["ferrata"], E["apertura"]) + " — harness, set and helmet 15 € a day with an ID, back by 18; "
         "closed in November, only the winter room with 6 beds, no service",
         HALF + "; saying the hut is open in November"),
    ],
]

write_plan("it", convs)
