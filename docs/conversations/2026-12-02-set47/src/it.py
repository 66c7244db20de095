"""Italian FAQ and plan for test set 47: Facchini Barena (luggage porters and small transport), Venice, made up.
Customers write everyday Italian with Venetian words; the FAQ is standard Italian.
Served as it. Run from src/: PYTHONPATH=<check folder> python3 it.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("tariffe", "Quanto costa il trasporto dei bagagli?",
      "Da Piazzale Roma o dalla stazione di Santa Lucia a un indirizzo di Santa Croce, San Polo o Cannaregio il "
      "primo collo costa 25 € e ogni collo in più 10 €; per San Marco, Castello e Dorsoduro si aggiungono 10 € a "
      "servizio. Per Giudecca e Lido andiamo in barca: 60 € fino a 4 colli.",
      "servizi", ["prezzo", "tariffa", "costo", "collo", "valigia"],
      ["quanto costa portare una valigia", "prezzo per due valigie fino all'hotel", "tariffe facchinaggio"])
entry("prenota", "Come si prenota un facchino?",
      "Prenotate sul sito o su WhatsApp al 041 555 72 30 almeno 24 ore prima, indicando data, ora e numero del "
      "treno o del bus, indirizzo di destinazione e numero di colli. Confermiamo entro 2 ore; in alta stagione è "
      "meglio prenotare con 3 giorni di anticipo.",
      "servizi", ["prenotare", "prenotazione", "whatsapp", "anticipo", "conferma"],
      ["come faccio a prenotare", "serve prenotare prima", "prenotazione per domani"])
entry("ritardo", "Cosa succede se il mio treno arriva in ritardo?",
      "Seguiamo in tempo reale gli arrivi di treni e bus e adeguiamo l'orario. Dopo l'arrivo effettivo i primi 30 "
      "minuti di attesa sono gratuiti, poi addebitiamo 10 € ogni 30 minuti. Se il ritardo supera le 3 ore, vi "
      "richiamiamo per fissare un nuovo orario.",
      "servizi", ["ritardo", "attesa", "ritardi", "aspettare"],
      ["il treno è in ritardo", "quanto aspettate", "l'attesa si paga"])
entry("incontro", "Dove ci incontriamo all'arrivo?",
      "Il facchino vi aspetta in fondo alla scalinata della stazione, lato Ponte degli Scalzi, oppure alla fermata "
      "dei bus di Piazzale Roma, con la giacca gialla Barena e un cartello con il vostro nome. Entro le 20 del giorno prima vi "
      "mandiamo su WhatsApp nome e foto del facchino.",
      "servizi", ["incontro", "punto", "appuntamento", "cartello", "giacca"],
      ["dove vi trovo alla stazione", "come riconosco il facchino", "punto di incontro"])
entry("danni", "I bagagli sono assicurati?",
      "Sì, ogni collo è assicurato fino a 500 €. Eventuali danni vanno segnalati entro 24 ore con foto del bagaglio "
      "e numero di prenotazione a danni@facchinibarena.example; rispondiamo entro 3 giorni lavorativi. Oggetti di "
      "valore e contanti non vanno lasciati nei bagagli.",
      "garanzie", ["assicurazione", "assicurati", "danno", "danni", "rotto"],
      ["la valigia è arrivata rotta", "cosa succede se si rompe", "siete assicurati"])
entry("acquaalta", "Lavorate anche con l'acqua alta?",
      "Sì. Fino a 120 cm lavoriamo a piedi con gli stivali e i bagagli chiusi in teli impermeabili. Sopra i 130 cm "
      "passiamo alla barca con un supplemento di 15 € a servizio e possibili ritardi; vi avvisiamo su WhatsApp la "
      "sera prima, seguendo le previsioni del Centro Maree.",
      "servizi", ["acqua alta", "marea", "allagamento", "stivali"],
      ["lavorate con l'acqua alta", "se c'è la marea", "i bagagli si bagnano"])
entry("deposito", "Avete un deposito bagagli?",
      "Sì, nel nostro magazzino alle Fondamenta dei Tolentini 188, vicino a Piazzale Roma: 6 € per collo al giorno, "
      "dalle 8 alle 20. Possiamo anche ritirare i bagagli dall'hotel al check-out e custodirli fino alla partenza, a "
      "15 € più il deposito.",
      "servizi", ["deposito", "custodia", "lasciare", "magazzino"],
      ["dove lascio le valigie", "deposito bagagli piazzale roma", "tenete le valigie fino a sera"])
entry("peso", "Ci sono limiti di peso o di misura?",
      "Ogni collo può pesare al massimo 32 kg e misurare al massimo 160 cm di lato; oltre questi limiti serve un "
      "trasporto in barca da concordare. Passeggini, biciclette e attrezzatura sportiva costano 15 € a pezzo.",
      "garanzie", ["peso", "limite", "kg", "misure", "ingombrante"],
      ["quanto può pesare una valigia", "portate anche un baule", "limite di peso"])
entry("traslochi", "Fate anche piccoli traslochi?",
      "Sì, in centro storico, Giudecca e Lido: 45 € l'ora per 2 facchini con carrello, più 80 € a viaggio se serve "
      "la barca. Il sopralluogo è gratuito; per un monolocale bastano di solito 4-5 ore. Non smaltiamo mobili "
      "vecchi.",
      "servizi", ["trasloco", "traslochi", "mobili", "sopralluogo", "trasferimento"],
      ["fate traslochi", "devo spostare dei mobili", "quanto costa un trasloco piccolo"])
entry("orari", "Quali sono i vostri orari?",
      "Lavoriamo tutti i giorni dalle 7 alle 21, anche la domenica; siamo chiusi solo il 25 dicembre. Per partenze "
      "prima delle 7 possiamo iniziare dalle 6 con un supplemento di 15 €. Il deposito è aperto dalle 8 alle 20.",
      "contatti", ["orari", "orario", "aperti", "domenica", "mattina"],
      ["a che ora iniziate", "lavorate la domenica", "orari di apertura"])
entry("pagamento", "Come posso pagare?",
      "Con carta, Satispay o contanti direttamente al facchino, oppure online al momento della prenotazione. Per "
      "gruppi, matrimoni e aziende accettiamo il bonifico anticipato almeno 7 giorni prima. La ricevuta arriva per "
      "e-mail.",
      "contatti", ["pagamento", "pagare", "carta", "contanti", "bonifico"],
      ["si può pagare con carta", "accettate satispay", "pagamento con bonifico"])
entry("annulla", "Posso annullare la prenotazione?",
      "Sì, gratis fino a 12 ore prima dell'orario fissato, su WhatsApp o per e-mail. Da 12 ore prima addebitiamo il "
      "50 % del servizio, se il facchino è già sul posto il 100 %. Spostare la data è sempre gratuito una volta.",
      "servizi", ["annullare", "disdire", "cancellazione", "disdetta", "spostare"],
      ["voglio disdire il facchino", "costa annullare", "posso cambiare la data"])
entry("gruppi", "Avete tariffe per gruppi e matrimoni?",
      "Da 10 colli in su per lo stesso arrivo il prezzo scende a 15 € a collo in tutto il centro storico. Per "
      "matrimoni e congressi organizziamo accoglienza e consegna in camera con un coordinatore, a partire da 30 "
      "colli, con un preventivo gratuito entro 48 ore.",
      "servizi", ["gruppi", "gruppo", "matrimonio", "sconto", "congressi"],
      ["siamo un gruppo di 20", "prezzo per un matrimonio", "sconto comitiva"])
entry("spesa", "Consegnate la spesa a domicilio?",
      "Sì, ritiriamo la spesa già pagata al supermercato o pacchi al punto di ritiro e li portiamo fino alla porta "
      "di casa, anche ai piani alti senza ascensore: 12 € fino a 20 kg nei sestieri, 18 € a Giudecca e Lido. Per "
      "consegne fisse ogni settimana 10 € a consegna.",
      "servizi", ["spesa", "domicilio", "consegna", "pacchi", "supermercato"],
      ["portate la spesa a casa", "consegna pacchi a domicilio", "ritirate un pacco per me"])
entry("zone", "In quali zone lavorate?",
      "In tutti e 6 i sestieri, alla Giudecca, al Lido fino a Malamocco e Alberoni, al Tronchetto e a Murano. Per "
      "l'aeroporto Marco Polo portiamo i bagagli fino al taxi acqueo o all'Alilaguna. Mestre e la terraferma non "
      "sono serviti.",
      "contatti", ["zone", "zona", "lido", "murano", "giudecca", "sestieri"],
      ["arrivate fino al lido", "lavorate a murano", "servite anche mestre"])

write_faq("it", FAQ)

convs = [
    # 1
    [
        ("ciò bongiorno! doman rivo col treno dele 11 co do valise grosse e un borson, l'albergo xe in campo santa "
         "maria formosa. quanto me vien e come fasso a fissarve?",
         BOTH(E["tariffe"], E["prenota"]) + " — Santa Maria Formosa is in Castello: 25 € first piece + 10 € each "
         "further (so 45 € for 3) + 10 € for Castello; book on the site or WhatsApp at least 24 hours ahead with "
         "train, address and number of pieces, confirmed within 2 hours ('ciò' = hey, 'doman' = tomorrow, 'valise' "
         "= suitcases, 'xe' = is, Venetian; booking never named)",
         HALF + "; forgetting the Castello supplement; Giudecca/Lido boat price"),
        ("e se el frecciarossa fa i so soliti 40 minuti?",
         F(E["ritardo"]) + " — arrivals are followed live; 30 minutes' waiting free after the actual arrival, then "
         "10 € per 30 minutes, so a 40-minute delay costs nothing ('i so soliti' = its usual; delay never named)",
         NEW + "charging for the delay itself; the cancellation entry"),
        ("e come ve riconosso in mezo a tuta quea gente?",
         F(E["incontro"]) + " — at the foot of the station steps on the Scalzi side, yellow Barena jacket and a sign "
         "with the name; name and photo of the porter by WhatsApp the day before",
         NEW + "the opening hours"),
        ("grassie, bona",
         "Small talk: thanks + goodbye ('grassie' = grazie, 'bona' = bye, Venetian) — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("salve, gò bisogno de na roba",
         "Too vague to answer ('gò' = I have, 'na roba' = a thing) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("ieri el vostro omo me ga portà la valisa in hotel co na rodela spacada e el manego tuto storto",
         TYPE + F(E["danni"]) + " — each piece insured up to 500 €; report within 24 hours with photos and the "
         "booking number to the damage e-mail, answer within 3 working days (yesterday: the 24 hours may be nearly "
         "up, a person may check) ('rodela spacada' = broken wheel, 'manego' = handle; damage never named)",
         "tapping a choice; asking to rephrase; the weight-limit entry"),
        ("e se doman xe acqua granda lavorè istesso? e gavè un posto dove molar le borse fin ale 6 de sera?",
         BOTH(E["acquaalta"], E["deposito"]) + " — up to 120 cm on foot in boots with waterproof covers, above 130 cm "
         "by boat +15 € with possible delays, warned by WhatsApp the evening before; storage at Fondamenta dei "
         "Tolentini 188, 6 € per piece a day, 8-20 ('acqua granda' = very high tide, 'istesso' = anyway, 'molar' "
         "= leave)",
         HALF + "; saying they don't work in high water"),
        ("scusa ma xe un omo vero che me risponde o un programa?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("bonasera, xe par quela roba de l'altro dì",
         "Too vague to answer ('l'altro dì' = the other day) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no, gnente de tuto questo",
         TYPE + "Typed rejection ('gnente' = niente) — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("mia mama ga 88 ani, sta al terzo pian in cannaregio sensa ascensor e no la riesse pi a portar su le "
         "borse dal coop. vegnì vu?",
         F(E["spesa"]) + " — paid shopping collected at the supermarket and carried to the door, also upstairs "
         "without a lift: 12 € up to 20 kg in the sestieri, 10 € per delivery for a weekly round ('vegnì vu' = do "
         "you come; home delivery never named)",
         "asking to rephrase again; the luggage prices"),
        ("e ela podè portarla vu in carossina fin al vaporeto, quando la ga la visita?",
         "Not covered (pushing a person in a wheelchair to the waterbus, near the trade but not offered; "
         "'carossina' = wheelchair) — say so plainly; may offer a person",
         "inventing an assistance service or price; the luggage price as if it applied"),
    ],
    # 4
    [
        ("me sposo a settembre, 40 invitai che riva tuti a piazzale roma co le valise. ghe xe un prezzo "
         "speciale? e se pol saldar tuto prima co un giro dala banca?",
         BOTH(E["gruppi"], E["pagamento"]) + " — from 10 pieces for the same arrival 15 € a piece in the whole "
         "centre, wedding service with a coordinator from 30 pieces, free quote within 48 hours; bank transfer "
         "accepted for groups and weddings at least 7 days before ('me sposo' = I'm getting married, 'invitai' = guests, 'un giro dala banca' = a bank transfer; group rate and transfer never named)",
         HALF + "; only the single-piece price"),
        ("15 euro a valisa? par 40 persone ve dago 300 euro tuto compreso e la banca ve la fasso a fine mese",
         "Push-back: apologise; the FAQ has 15 € a piece from 10 pieces and transfers at least 7 days before — say "
         "so and offer a person",
         "accepting 300 € or payment after the wedding; the same answer again without acknowledging"),
        ("basta, me son stufà. voio parlar col titolare, no co sta machineta!",
         "Request: angry + person ('me son stufà' = I'm fed up, 'machineta' = little machine) — apologise briefly "
         "and hand over",
         PW),
        ("ciò? ghe xe qualchedun?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("VERGOGNA! stamatina el vostro facchino ga lassà a piazzale roma el baul de mia nona parché 'xe massa "
         "pesante' e mi gò dovesto ciapar un taxi acqueo da 90 euro!!",
         F(E["peso"]) + " — apologise; each piece at most 32 kg and 160 cm a side, beyond that a boat transport to "
         "be agreed; whether the porter should have offered that is for a person to check ('baul' = trunk, "
         "'massa' = too, 'ciapar' = take; weight never named)",
         "no apology; the insurance entry; promising the 90 € back"),
        ("ma ti sa se ancuo i vaporeti dea linea 1 fa sciopero?",
         "Not covered (unrelated: whether the line 1 waterbuses are on strike today; 'ancuo' = oggi) — say so "
         "kindly",
         "an FAQ answer; the high-water entry; a handover"),
        ("chiameme al 347 555 19 64, dopo le 5 che stacco dal lavoro",
         "Request: callback with number ('stacco' = I finish work) — hand over to a person with the number and "
         "'after 5' kept; no promise of a time",
         PW + "; asking for the number again; the shop's number instead"),
        ("xe longa? fra 10 minuti gò el vapor",
         WAIT + WAITING,
         "the opening hours; an invented wait time"),
    ],
    # 6
    [
        ("gavevo fissà par sabo matina el ritiro dal hotel a rialto, ma el me toso ga la febre e restemo a padova. "
         "no vegnimo pi",
         F(E["annulla"]) + " — free up to 12 hours before by WhatsApp or e-mail, from 12 hours 50 %, 100 % if the "
         "porter is already there; moving the date is free once; claim nothing as done; sympathy ('sabo' = "
         "Saturday, 'toso' = boy, son; cancelling never named)",
         "claiming it is cancelled; no sympathy"),
        ("va ben, va",
         "Ambiguous reply ('va ben, va' = all right then: agreement or resignation) — ask what they mean or "
         "restate the step; nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("altra roba: mia fia se sposta da dorsoduro ala giudeca, quatro mobili e un leto. lo fè? e ala matina "
         "a che ora scominsiè?",
         BOTH(E["traslochi"], E["orari"]) + " — 45 € an hour for 2 porters with a cart + 80 € per boat trip, free "
         "inspection, a studio 4-5 hours; every day 7-21, from 6 with +15 € ('fia' = daughter, 'scominsiè' = do "
         "you start)",
         HALF + "; saying moves are not done"),
        ("ciò, ma ti me ciapi in giro? no se capisse gnente de quel che ti scrivi. dame subito na persona vera, "
         "no sto arnese, ostrega!",
         "Request: person in Venetian ('are you pulling my leg? nothing you write makes sense; give me a real "
         "person right now, not this gadget, blimey') — hand over to a person",
         PW + "; answering an FAQ; asking for Italian"),
    ],
    # 7
    [
        ("bonasera, stemo ai alberoni, in fondo ala isola. rivè fin qua co le valise?",
         F(E["zone"]) + " — yes, the Lido as far as Malamocco and Alberoni is served "
         "(Alberoni is at the far end of the Lido; 'stemo' = we live, 'rivè' = do you come; the Lido never named)",
         "saying the Lido is not served"),
        ("e quanto ne costa?",
         F(E["tariffe"]) + " — Giudecca and Lido by boat: 60 € up to 4 pieces",
         NEW + "the 25 € walking price"),
        ("ok. e la carta la ciapè? grassie",
         F(E["pagamento"]) + " — card, Satispay or cash to the porter, or online when booking; thanks acknowledged "
         "('ciapè' = do you take)",
         NEW + "no thanks acknowledged"),
    ],
]

write_plan("it", convs)
