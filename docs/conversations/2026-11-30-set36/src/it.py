"""Italian FAQ and plan for test set 36: GiraTo Car Sharing, Torino (made up).
Run from src/: PYTHONPATH=<check folder> python3 it.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("tariffe", "Quanto costa noleggiare un'auto?",
      "Citycar: 0,29 € al minuto, 14 € all'ora, 59 € al giorno (24 ore). Furgone: 0,39 € al minuto, 19 € all'ora, "
      "79 € al giorno. Il carburante è incluso e ogni giorno sono compresi 100 km; oltre si pagano 0,25 € al km.",
      "tariffe", ["tariffe", "prezzo", "al minuto", "all'ora", "giornaliero"],
      ["quanto costa al minuto", "prezzi del car sharing", "tariffa per un giorno intero"])
entry("iscrizione", "Come mi iscrivo?",
      "Scarica l'app GiraTo, carica patente e documento d'identità e aggiungi una carta di pagamento. Servono "
      "almeno 20 anni e la patente B da almeno 1 anno. Verifichiamo i documenti entro 24 ore; l'iscrizione è "
      "gratuita, la tessera fisica opzionale costa 5 €.",
      "account", ["iscrizione", "registrazione", "patente", "app", "requisiti"],
      ["come faccio a registrarmi", "serve la patente da quanto", "quanto tempo per attivare l'account"])
entry("zona", "Dove posso lasciare l'auto a fine noleggio?",
      "Solo dentro l'area operativa che vedi sulla mappa dell'app, su strisce blu o bianche (gratis per te), mai su "
      "strisce gialle, passi carrai o in garage privati. Fuori area il noleggio non si chiude; se lasci l'auto "
      "fuori zona paghi una penale di 50 €. All'aeroporto di Caselle c'è un'area dedicata con supplemento di 15 €.",
      "uso", ["area operativa", "parcheggio", "fine noleggio", "zona", "caselle"],
      ["dove parcheggio", "posso lasciarla ovunque", "si puo chiudere il noleggio all'aeroporto"])
entry("carburante", "Devo fare benzina?",
      "No, il carburante è incluso. Se il serbatoio è sotto 1/4 puoi fare rifornimento con la carta carburante "
      "che trovi nel parasole e ricevi 5 € di credito. Non usare la tua carta personale: quei rifornimenti non li "
      "rimborsiamo.",
      "uso", ["benzina", "carburante", "rifornimento", "serbatoio", "carta carburante"],
      ["chi paga la benzina", "la macchina e in riserva", "come faccio il pieno"])
entry("danni", "Cosa faccio se trovo un danno o ho un incidente?",
      "Prima di partire segnala graffi e danni nell'app con una foto: così non ti vengono addebitati. In caso di "
      "incidente compila il modulo CID nel cassetto e chiama l'assistenza 24 ore su 24 allo 011 555 7420. La "
      "franchigia è di 500 €, ridotta a 100 € con la Protezione Plus (2 € a noleggio).",
      "danni", ["danno", "graffio", "incidente", "franchigia", "cid"],
      ["ho trovato la macchina ammaccata", "ho fatto un incidente", "quanto pago se rompo qualcosa"])
entry("multe", "Cosa succede se prendo una multa?",
      "Il verbale arriva a noi come proprietari: comunichiamo i tuoi dati al Comune, che ti rinotifica la multa a "
      "casa. Per ogni verbale addebitiamo 15 € di spese di gestione. Le contestazioni si fanno direttamente con "
      "l'ente che ha emesso la multa.",
      "uso", ["multa", "verbale", "autovelox", "contravvenzione", "spese di gestione"],
      ["mi e arrivata una multa", "perche 15 euro in piu", "chi paga le multe"])
entry("prenotazione", "Posso prenotare l'auto in anticipo?",
      "Le auto si prenotano gratis dall'app per 20 minuti, estendibili di altri 20 a 0,10 € al minuto. I furgoni si "
      "prenotano invece fino a 7 giorni prima, per fasce di almeno 2 ore.",
      "uso", ["prenotare", "prenotazione", "riservare", "in anticipo"],
      ["posso bloccare una macchina", "prenotare per domani", "quanto tempo la tenete ferma"])
entry("furgone", "Avete furgoni per traslochi?",
      "Sì, furgoni da 6 m³ e da 9 m³ (patente B), nelle stazioni fisse di Lingotto e Porta Susa: si ritirano e si "
      "riconsegnano nella stessa stazione. In ogni furgone ci sono un carrello e 4 cinghie. Il furgone da 9 m³ "
      "porta un divano a tre posti.",
      "furgoni", ["furgone", "trasloco", "van", "stazione", "carico"],
      ["mi serve un furgone", "avete mezzi grandi", "per un trasloco cosa avete"])
entry("pagamento", "Come posso pagare?",
      "Con carta di credito, di debito o prepagata e con PayPal, collegati nell'app. Non accettiamo contanti né "
      "Satispay. Con i pacchetti prepagati ricarichi 50 € e ricevi 55 € di credito.",
      "tariffe", ["pagare", "pagamento", "carta", "paypal", "prepagata"],
      ["posso pagare con paypal", "accettate la carta di debito", "pacchetti prepagati"])
entry("annullare", "Posso annullare o spostare la prenotazione del furgone?",
      "Fino a 24 ore prima annulli gratis dall'app, oppure sposti la prenotazione gratis una volta. Se annulli più "
      "tardi addebitiamo 15 €; se non ti presenti addebitiamo 1 ora di noleggio (19 €).",
      "furgoni", ["annullare", "disdetta", "spostare", "cancellare prenotazione"],
      ["disdire il furgone", "cambiare data della prenotazione", "non mi serve piu il furgone"])
entry("animali", "Posso portare il mio cane in auto?",
      "Sì, in un trasportino oppure sul sedile posteriore con un telo coprisedile. Se l'auto resta sporca o piena "
      "di peli addebitiamo una pulizia straordinaria di 50 €.",
      "uso", ["cane", "animali", "gatto", "trasportino"],
      ["posso portare il gatto", "animali ammessi", "il mio cane puo salire"])
entry("pulizia", "Cosa faccio se l'auto è sporca? Si può fumare?",
      "In auto è vietato fumare: penale di 100 €. Se trovi l'auto sporca, segnalalo nell'app con una foto prima "
      "di partire: ricevi 5 minuti gratis e non ti viene addebitato nulla.",
      "uso", ["sporca", "fumare", "pulizia", "penale"],
      ["la macchina e sporca dentro", "si puo fumare", "ho trovato rifiuti in auto"])
entry("apertura", "L'auto non si apre, cosa faccio?",
      "Attiva Bluetooth e posizione sul telefono, avvicinati a meno di 5 metri e riprova dall'app; con la tessera "
      "appoggiala sul lettore del parabrezza. Se dopo 2 minuti non si apre chiama lo 011 555 7420: i minuti in cui "
      "l'auto non si apriva non vengono addebitati, e se te li abbiamo addebitati li rimborsiamo.",
      "uso", ["non si apre", "bluetooth", "sbloccare", "app non funziona", "chiusa"],
      ["la macchina non si apre", "non riesco ad aprire l'auto", "l'app non sblocca"])
entry("fuoricitta", "Posso uscire da Torino con l'auto?",
      "Sì, puoi guidare in tutta Italia, non all'estero. Il noleggio però si chiude solo dentro l'area operativa di "
      "Torino, quindi devi tornare in zona. Ogni giorno sono compresi 100 km, poi 0,25 € al km.",
      "uso", ["fuori città", "gita", "estero", "chilometri", "autostrada"],
      ["posso andare al mare", "posso portarla in francia", "quanti km sono inclusi"])
entry("ztl", "Posso entrare nella ZTL?",
      "Sì, le nostre citycar sono autorizzate nella ZTL Centrale anche negli orari attivi (7:30-10:30). I furgoni "
      "invece no. Le corsie riservate a bus e taxi restano vietate a tutti: quelle multe le paghi tu, più 15 € di "
      "spese.",
      "uso", ["ztl", "centro", "zona traffico limitato", "corsie bus"],
      ["posso andare in centro", "ztl permesso", "varchi"])

write_faq("it", FAQ)

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"

convs = [
    # 1
    [
        ("ciao, quanto costa un'ora con la macchina piccola e la benzina la devo mettere io?",
         BOTH(E["tariffe"], E["carburante"]) + " — city car 14 €/hour (0.29 €/min); fuel included; fuel card in "
         "the sun visor below 1/4, 5 € credit",
         HALF + "; saying fuel is extra"),
        ("e se la tengo da mattina a sera?",
         F(E["tariffe"]) + " — 59 € for 24 hours, 100 km included, then 0.25 €/km",
         "treating it as new unclear; hours x 14 € only"),
        ("ok. se vado a ivrea dai miei la posso lasciare li e tornare col treno?",
         BOTH(E["fuoricitta"], E["zona"]) + " — driving to Ivrea is fine, but the rental can only be ended inside "
         "the Turin operating area; outside it won't close (50 € penalty if left)",
         "treating it as new unclear; saying yes, leave it in Ivrea"),
        ("perfetto grazie, cerea",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("buongiorno, avrei bisogno di un'informazione",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("sabato mia figlia si sposta da san salvario a borgo po, ci sta un divano nelle vostre cose grandi?",
         TYPE + F(E["furgone"]) + " — vans of 6 and 9 m³ (licence B) at Lingotto and Porta Susa, same station "
         "return, trolley and 4 straps; the 9 m³ one takes a three-seat sofa",
         "tapping a choice; asking to rephrase; a city car"),
        ("lo posso bloccare gia da oggi? e si paga con satispay?",
         BOTH(E["prenotazione"], E["pagamento"]) + " — vans can be booked up to 7 days ahead, slots of at least 2 "
         "hours; cards or PayPal, no cash, no Satispay",
         HALF + "; saying Satispay works; the 20-minute car rule as if it applied to vans"),
        ("scusa ma chi mi risponde, un computer?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("salve, e per una cosa di qualche settimana fa",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no, nessuna di queste",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("mi e arrivata a casa una lettera del comune per eccesso di velocita in corso unione sovietica, quel giorno "
         "guidavo la vostra panda. e poi da voi 15 euro in piu, come mai?",
         F(E["multe"]) + " — the fine reaches the company as owner, the driver's data go to the council which "
         "re-notifies; 15 € handling fee per notice; disputes go to the issuing authority",
         "asking to rephrase again; saying the 15 € is a mistake"),
        ("ma voi avete anche bici o monopattini?",
         "Not covered (bikes or e-scooters) — say so plainly; may offer a person",
         "inventing bikes and a price; the van entry as if it answered"),
    ],
    # 4
    [
        ("ciao, stamattina ho preso una 500 in crocetta, c'e un bel segno lungo sulla portiera di destra che non "
         "ho fatto io, e dentro e piena di briciole e lattine. e adesso?",
         BOTH(E["danni"], E["pulizia"]) + " — report damage in the app with a photo before driving off so it is "
         "not charged; report the dirty car with a photo: 5 free minutes, nothing charged",
         HALF + "; saying she will be charged"),
        ("non mi basta, voglio che qualcuno venga adesso qui in via di nanni a vedere la macchina con me, prima "
         "che diate la colpa a me",
         "Push-back: apologise; the FAQ has no on-site inspection — say so, do not promise a visit, offer a person",
         "a promised visit; the same full answer again without acknowledging"),
        ("che ciadel! voglio parlare subito con una persona vera",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("c'e qualcuno?? sono ancora qui ad aspettare",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("sono furiosa. noi torinesi saremo anche bogia nen, ma 20 minuti sotto la pioggia in via nizza davanti "
         "alla vostra macchina che non voleva saperne e in piu me li avete fatti pagare!!",
         F(E["apertura"]) + " — apologise; minutes when the car would not open are not charged, and if charged "
         "they are refunded; (for next time: Bluetooth and location on, within 5 m, call 011 555 7420 after 2 "
         "minutes)",
         "no apology; the tips alone without the refund; saying the minutes are due"),
        ("gia che ci sono, sai se il museo egizio il lunedi e aperto?",
         "Not covered (museum opening) — say so kindly, back to the service's topics",
         "museum hours as fact; an FAQ answer; a handover"),
        ("richiamatemi al 347 555 1968, neh",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the assistance number instead"),
        ("e piu o meno quando mi chiamate, stamattina o nel pomeriggio?",
         WAIT + WAITING,
         "the 24-hour assistance as the answer; an invented wait time"),
    ],
    # 6
    [
        ("ho il furgone grande per sabato alle 9 al lingotto ma il padrone di casa ha rimandato tutto di un mese, "
         "quindi sabato non trasloco piu",
         F(E["annullare"]) + " — free until 24 hours before in the app, or move it free once; later 15 €, no-show "
         "1 hour (19 €); do not claim it is cancelled",
         "claiming it is cancelled; the van description alone"),
        ("eh magara, si",
         "Ambiguous yes — ask what they mean (cancel or move?) or restate the step; nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("e se invece la metto al sabato dopo, mi costa qualcosa?",
         F(E["annullare"]) + " — moving the booking is free once if done at least 24 hours before (vans are "
         "bookable up to 7 days ahead: judge the rule, not the calendar)",
         "the cancellation fee as the answer; treating it as new unclear"),
        ("mi i capiso nen lòn ch'it dise. i veuj parlé con na përsona vera, nen con na màchina",
         "Request: person in Piedmontese — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard Italian"),
    ],
    # 7
    [
        ("buongiorno, vorrei usare le vostre macchine ma ho preso la B solo 8 mesi fa, si puo?",
         F(E["iscrizione"]) + " — no: licence B held for at least 1 year and age 20+; then sign-up in the app is "
         "free",
         "saying yes; a trial with a new licence"),
        ("e tra 4 mesi quanto ci vuole per attivarsi?",
         F(E["iscrizione"]) + " — documents checked within 24 hours",
         "treating it as new unclear; an invented time"),
        ("grazie mille! ultime due: il mio cane puo venire sul sedile dietro? e si puo entrare in centro "
         "quando ci sono le telecamere accese?",
         BOTH(E["animali"], E["ztl"]) + " — dog in a carrier or on the back seat with a cover, 50 € cleaning if "
         "dirty; city cars may enter the ZTL Centrale also 7:30-10:30, vans not, bus lanes never",
         HALF + "; saying dogs are not allowed"),
    ],
]

write_plan("it", convs)
