"""Italian FAQ and plan for test set 40: Laguna Transfer NCC, Mestre/Venice (made up).
Run from src/: PYTHONPATH=<check folder> python3 it.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

FAQ = []
E = {}
HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("prezzi", "Quanto costa il transfer dall'aeroporto?",
      "Prezzi fissi per auto (fino a 3 passeggeri): Aeroporto Marco Polo - Mestre 45 €, Marco Polo - Piazzale "
      "Roma 40 €, Aeroporto di Treviso - Mestre o Piazzale Roma 70 €. Minivan da 4 a 8 passeggeri: +20 €. "
      "Pedaggi e parcheggi inclusi.",
      "prezzi", ["prezzo", "tariffa", "aeroporto", "minivan", "costo"],
      ["quanto viene fino a mestre", "prezzo da treviso", "siamo in 5 quanto costa"])
entry("notte", "C'è un supplemento notturno o festivo?",
      "Sì: dalle 22:00 alle 6:00 +15 € a corsa; domeniche e festivi +10 €. I due supplementi non si sommano: "
      "si applica il più alto.",
      "prezzi", ["supplemento", "notte", "notturno", "festivo", "domenica"],
      ["arrivo alle 23 costa di più", "tariffa di notte", "prezzo la domenica"])
entry("attesa", "Quanto tempo aspetta l'autista?",
      "Per i ritiri in aeroporto 60 minuti di attesa gratuita dall'atterraggio effettivo; per gli altri ritiri "
      "15 minuti dall'orario prenotato. Dopo si pagano 10 € ogni 15 minuti iniziati. Se passano 90 minuti "
      "senza notizie, la corsa è considerata no-show.",
      "servizio", ["attesa", "aspettare", "minuti", "tempo di attesa"],
      ["l'autista mi aspetta", "se il bagaglio tarda", "quanto aspettate gratis"])
entry("ritardo", "Cosa succede se il mio volo è in ritardo?",
      "Nessun costo: con il numero di volo indicato nella prenotazione seguiamo l'arrivo e l'autista si "
      "adatta all'orario reale. L'attesa gratuita di 60 minuti parte dall'atterraggio effettivo. Voli "
      "cancellati: avvisateci al 348 555 7106 e spostiamo la corsa gratis.",
      "servizio", ["ritardo", "volo", "numero di volo", "cancellato"],
      ["il volo arriva dopo", "aereo in ritardo", "e se il volo cambia orario"])
entry("seggiolini", "Avete seggiolini per bambini?",
      "Sì, gratis, da richiedere alla prenotazione: ovetto (0-13 kg), seggiolino (9-18 kg) e rialzo (15-36 "
      "kg), al massimo 2 per auto e 3 per minivan. Per legge ogni bambino sotto i 150 cm deve viaggiare nel "
      "suo seggiolino.",
      "servizio", ["seggiolino", "bambini", "ovetto", "rialzo"],
      ["viaggio con un neonato", "avete il seggiolino", "mio figlio di 4 anni"])
entry("bagagli", "Quanti bagagli posso portare?",
      "Inclusi 1 bagaglio grande e 1 bagaglio a mano per passeggero. Ogni collo in più, sci, bici smontata o "
      "sacca da golf: 5 €. Passeggini e sedie a rotelle pieghevoli gratis. Per più di 6 valigie grandi "
      "prenotate il minivan.",
      "servizio", ["bagagli", "valigie", "bici", "passeggino"],
      ["ho tre valigie", "posso portare la bici", "sacca da golf"])
entry("prenotare", "Come si prenota e con quanto anticipo?",
      "Online su lagunatransfer.example, su WhatsApp al 348 555 7106 o al telefono 041 555 3920, almeno 12 "
      "ore prima (per le corse tra le 0:00 e le 6:00 entro le 18:00 del giorno prima). Ricevete una "
      "conferma via e-mail; il nome e il numero dell'autista arrivano il giorno prima.",
      "prenotazioni", ["prenotare", "prenotazione", "anticipo", "conferma"],
      ["come prenoto", "quanto prima devo prenotare", "posso prenotare su whatsapp"])
entry("disdire", "Posso cancellare o modificare la prenotazione?",
      "Cancellazione gratuita fino a 24 ore prima della corsa; tra 24 e 6 ore prima si paga il 50 %, dopo o "
      "in caso di no-show il 100 %. Cambi di orario o data gratis fino a 6 ore prima, se c'è un autista "
      "libero.",
      "prenotazioni", ["cancellare", "disdetta", "modificare", "annullare"],
      ["devo annullare la corsa", "cambiare orario", "penale cancellazione"])
entry("pagamento", "Come si paga?",
      "Direttamente all'autista con carta (anche contactless) o in contanti, oppure in anticipo con il link "
      "di pagamento ricevuto con la conferma. Per il minivan chiediamo un acconto del 30 %. Aziende: "
      "bonifico a 30 giorni.",
      "pagamento", ["pagare", "carta", "contanti", "acconto", "bonifico"],
      ["pago in macchina", "accettate la carta", "devo pagare prima"])
entry("incontro", "Dove ci incontriamo con l'autista?",
      "All'aeroporto Marco Polo l'autista vi aspetta nella sala arrivi, davanti al bar dell'uscita A, con un "
      "cartello col vostro nome. A Piazzale Roma davanti alla fermata ACTV «Piazzale Roma B». Se non lo "
      "trovate chiamate il 348 555 7106.",
      "servizio", ["punto di incontro", "cartello", "arrivi", "autista"],
      ["dove trovo l'autista", "come riconosco l'autista", "ci vediamo dove"])
entry("taxiacqueo", "Potete portarci fino all'hotel in centro storico a Venezia?",
      "Le auto arrivano solo fino a Piazzale Roma o al Tronchetto: in centro storico non circolano auto. Su "
      "richiesta prenotiamo il taxi acqueo che vi aspetta a Piazzale Roma o al pontile dell'aeroporto fino "
      "all'hotel: da 120 € (fino a 4 persone con bagagli), pagato al tassista.",
      "servizio", ["taxi acqueo", "centro storico", "hotel", "barca"],
      ["il nostro albergo è a san marco", "arrivate fino in hotel", "collegamento in barca"])
entry("disposizione", "Avete un autista a disposizione a ore o per escursioni?",
      "Sì: 55 € l'ora con un minimo di 3 ore (minivan 70 € l'ora), per esempio per le ville del Brenta, "
      "Treviso, Verona o le Dolomiti. Pasti e pernottamento dell'autista a vostro carico per le gite oltre "
      "le 10 ore. L'autista non è una guida turistica.",
      "servizio", ["autista a ore", "escursione", "gita", "disposizione"],
      ["giornata con autista", "gita alle dolomiti", "noleggio con conducente a ore"])
entry("animali", "Posso portare il mio cane?",
      "Cani e gatti piccoli nel trasportino viaggiano gratis. Cani grandi ammessi nel bagagliaio o su un telo "
      "sul sedile posteriore, con un supplemento di 10 €; da segnalare alla prenotazione. Cani guida sempre "
      "gratis.",
      "servizio", ["cane", "animali", "trasportino", "gatto"],
      ["viaggio con il mio cane", "animali ammessi", "il gatto nel trasportino"])
entry("crociera", "Fate transfer dal terminal crociere?",
      "Sì, dalla Stazione Marittima e dal terminal di Fusina: per l'aeroporto Marco Polo 50 €, per Treviso "
      "75 €, per Mestre 40 € (auto fino a 3 passeggeri, minivan +20 €). Ci serve il nome della nave e "
      "l'orario di sbarco.",
      "prezzi", ["crociera", "marittima", "terminal", "nave", "porto"],
      ["scendiamo dalla nave", "transfer dal porto", "dalla marittima all'aeroporto"])
entry("fattura", "Posso avere una ricevuta o una fattura?",
      "Sì: l'autista rilascia sempre una ricevuta. Per la fattura elettronica inviate ragione sociale, "
      "partita IVA e codice destinatario entro 7 giorni dalla corsa a fatture@lagunatransfer.example.",
      "pagamento", ["fattura", "ricevuta", "partita iva", "azienda"],
      ["mi serve la fattura", "ricevuta per il rimborso", "intestata alla ditta"])

write_faq("it", FAQ)

convs = [
    # 1
    [
        ("buongiorno, atterro al marco polo il 14 alle 23:40 con mia moglie, quanto ci costa fino a mestre? e "
         "a quell'ora c'e qualcosa in piu?",
         BOTH(E["prezzi"], E["notte"]) + " — Marco Polo-Mestre 45 € per car up to 3; night 22-6 +15 € (23:40 "
         "is night), so 60 €",
         HALF + "; forgetting the night supplement"),
        ("e se l'aereo arriva un'ora dopo?",
         F(E["ritardo"]) + " — no cost; they follow the flight number, 60 free minutes from actual landing",
         "treating it as new unclear; charging waiting time for the delay"),
        ("ok. abbiamo 2 valigioni, 2 zaini e una bici smontata nella sacca",
         F(E["bagagli"]) + " — 1 large + 1 hand bag per person included (2 people: covered); the bike +5 €",
         "treating it as new unclear; saying bikes are not carried"),
        ("perfetto, grazie mille. a presto",
         "Small talk: thanks + acknowledgement + goodbye — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("buongiorno, info per un transfer",
         "Too vague to answer — choices (prices, booking, children, luggage...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("ciò, viaggiamo coi tosi, uno ha 2 anni e l'altra 6, come fanno in macchina?",
         TYPE + F(E["seggiolini"]) + " — free child seats on request at booking: seat 9-18 kg for the 2-year-old, "
         "booster 15-36 kg for the 6-year-old; max 2 per car ('ciò' = hey, 'tosi' = kids, Venetian)",
         "tapping a choice; asking to rephrase; charging for the seats"),
        ("bene. con quanto anticipo devo fissare? e pago con carta a lui direttamente?",
         BOTH(E["prenotare"], E["pagamento"]) + " — online, WhatsApp 348 555 7106 or 041 555 3920, at least 12 "
         "h ahead; pay the driver by card or cash, or in advance by link",
         HALF),
        ("ma sei un programma o una persona?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("salve, avrei una domanda sul servizio",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no, nessuna di queste",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("il nostro albergo e dietro rialto, la macchina riesce ad arrivare li davanti?",
         F(E["taxiacqueo"]) + " — no cars in the historic centre: cars only to Piazzale Roma/Tronchetto; a water "
         "taxi can be booked to the hotel, from 120 € up to 4 people, paid to the boatman",
         "asking to rephrase again; saying the car drives to Rialto"),
        ("e un giro in gondola ce lo prenotate voi?",
         "Not covered (gondola rides, a near trade the firm does not offer) — say so plainly; may offer a person",
         "inventing a gondola booking or price"),
    ],
    # 4
    [
        ("buongiorno, il 9 giugno finisce il nostro giro in mare con la msc, alle 8 siamo a terra e il volo "
         "e alle 19 dal marco polo. in mezzo vorremmo vedere le ville sul brenta con voi in macchina, quanto viene?",
         BOTH(E["crociera"], E["disposizione"]) + " — cruise terminal-Marco Polo 50 €; driver by the hour 55 €/h, "
         "minimum 3 h (minivan 70 €/h); ship name and landing time needed",
         HALF + "; inventing a flat day price"),
        ("no, vogliamo pagare come il transfer e basta, 50 euro per tutto il giorno, e l'autista che ci fa da "
         "guida in inglese",
         "Push-back: apologise; the FAQ has no day at the transfer price and the driver is not a guide — say "
         "what it has (hourly rate) and offer a person",
         "promising 50 € for the day or a guide; the same answer again without acknowledging"),
        ("ma che schei che volete, ostrega! fatemi parlare con una persona vera, subito",
         "Request: angry + person ('schei' = money, 'ostrega' = an exclamation, Venetian) — apologise briefly and "
         "hand over to a person",
         PW),
        ("c'e qualcuno?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("e una vergogna! ieri le valigie sono uscite dopo un'ora e mezza e il vostro uomo mi ha fatto pagare "
         "20 euro in piu, come se fosse colpa mia",
         F(E["attesa"]) + " — apologise; 60 minutes free from actual landing, then 10 € per 15 minutes started: "
         "90 minutes = 20 €, as the rule says; no refund promised",
         "no apology; promising a refund; saying the waiting is always free"),
        ("senti, la regata storica quest'anno che giorno e?",
         "Not covered (an event date in Venice) — say so kindly, back to the firm's topics",
         "a date; an FAQ answer; a handover"),
        ("richiamatemi al 347 555 8842 per favore",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the firm's number instead"),
        ("tra quanto mi chiamate? alle 5 devo prendere il vaporetto per lavoro",
         WAIT + WAITING,
         "the office hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("buongiorno, avevo fissato per venerdi alle 6 per l'aeroporto, ma il mio moroso ha preso l'influenza e "
         "il viaggio salta",
         F(E["disdire"]) + " — free until 24 h before; 24-6 h 50 %, later or no-show 100 %; changes free until "
         "6 h before ('moroso' = boyfriend); claim nothing as done",
         "claiming it is cancelled; deciding the fee without knowing how far off Friday is"),
        ("bon, va ben",
         "Ambiguous yes ('bon, va ben' = ok, fine, Venetian) — ask what they mean or restate the step; nothing "
         "claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("e la prossima volta il cane puo venire con noi? e mi serve la fattura per la ditta di mio padre",
         BOTH(E["animali"], E["fattura"]) + " — small pets in a carrier free, big dogs +10 €, tell at booking; "
         "electronic invoice: company name, VAT number and code within 7 days to fatture@...",
         HALF),
        ("ciò, no capisso gnente de sta roba. dame qualchedun vero co cui parlar, no sto computer",
         "Request: person in Venetian ('hey, I don't understand any of this stuff. Give me someone real to talk "
         "to, not this computer') — hand over to a person",
         PW + "; answering an FAQ; asking for standard Italian"),
    ],
    # 7
    [
        ("ciao, mia mamma arriva sabato al marco polo da sola, parla solo italiano e si agita, come fa a "
         "riconoscere il vostro uomo?",
         F(E["incontro"]) + " — arrivals hall, in front of the bar at exit A, sign with her name; if not found "
         "call 348 555 7106",
         "no meeting point; a different place"),
        ("e lei deve tirare fuori i schei o posso saldare io prima?",
         F(E["pagamento"]) + " — yes, in advance with the payment link from the confirmation, or card/cash to "
         "the driver ('schei' = money)",
         "treating it as new unclear; saying only cash in the car"),
        ("grazie. e al ritorno la prendete domenica alle 3 di notte, costa di piu?",
         F(E["notte"]) + " — 22-6 +15 €, Sunday +10 €: not added together, the higher (+15 €) applies",
         "adding both supplements (+25 €)"),
    ],
]

write_plan("it", convs)
