"""Italian FAQ and plan for test set 24: Agriturismo Poggio delle Ginestre, near Todi (made up).
Run: python3 it.py"""
from common_a import AFTER, BOTH, F, TYPE, WAIT, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("camere", "Che camere e appartamenti avete e quanto costano?",
      "Abbiamo 6 camere doppie con bagno a 95-120 € a notte, colazione inclusa, e 3 appartamenti per 2-4 "
      "persone con cucina a 130-170 € a notte. In alta stagione (luglio e agosto) gli appartamenti si "
      "affittano per almeno 3 notti.",
      "alloggio", ["camere", "appartamenti", "prezzi", "doppia", "notte"],
      ["quanto costa una notte", "avete appartamenti con cucina"])
entry("colazione", "La colazione è inclusa?",
      "Sì, per chi dorme in camera la colazione è inclusa: dalle 8:00 alle 10:00 in sala, con torte fatte in "
      "casa, le nostre marmellate, uova delle nostre galline e salumi umbri. Per gli ospiti degli appartamenti "
      "costa 12 € a persona.",
      "cibo", ["colazione", "inclusa", "orario colazione"],
      ["a che ora si fa colazione", "colazione per chi sta in appartamento"])
entry("cena", "Si può cenare in agriturismo?",
      "Sì, dal martedì al sabato alle 20:00 serviamo una cena con menù fisso di cucina umbra a 35 € a persona, "
      "bevande escluse. Va prenotata entro le 12:00 dello stesso giorno; su richiesta prepariamo piatti "
      "vegetariani.",
      "cibo", ["cena", "ristorante", "menù", "prenotare cena"],
      ["c'è il ristorante", "cena anche per chi non dorme da voi?"])
entry("olio", "Vendete il vostro olio e il vostro vino?",
      "Sì, nello spaccio aziendale: olio extravergine di nostra produzione a 16 € la bottiglia da 0,75 l o "
      "70 € la latta da 5 l; vino Grechetto bianco a 12 € e rosso a 15 € la bottiglia. In Italia spediamo a "
      "partire da 6 bottiglie, con 12 € di spedizione.",
      "prodotti", ["olio", "vino", "spaccio", "bottiglie", "latta"],
      ["posso comprare l'olio", "spedite il vino"])
entry("piscina", "Quando è aperta la piscina?",
      "La piscina è aperta da metà maggio a fine settembre, dalle 9:00 alle 19:00, solo per gli ospiti. "
      "Lettini e ombrelloni sono gratuiti, i teli costano 5 €. I bambini devono essere accompagnati da un "
      "adulto.",
      "servizi", ["piscina", "nuotare", "lettini", "teli"],
      ["orari piscina", "la piscina è riscaldata?"])
entry("animali", "Accettate animali?",
      "Sì, cani di piccola e media taglia negli appartamenti, a 10 € a notte. Non possono entrare in piscina, "
      "nella sala colazione e nella sala cena, e vanno tenuti al guinzaglio vicino al pollaio.",
      "servizi", ["animali", "cani", "cane", "pet friendly"],
      ["posso portare il cane", "accettate cani grandi?"])
entry("orari", "A che ora è il check-in e il check-out?",
      "Il check-in è dalle 15:00 alle 19:00; se arrivate dopo le 19:00 avvisateci, l'arrivo è possibile fino "
      "alle 22:00. Il check-out è entro le 10:30; potete lasciare i bagagli in reception.",
      "soggiorno", ["check-in", "check-out", "arrivo", "partenza"],
      ["a che ora possiamo arrivare", "entro quando si lascia la camera"])
entry("caparra", "Serve una caparra per prenotare?",
      "Sì, per confermare la prenotazione chiediamo una caparra del 30 % con bonifico o carta entro 3 giorni. "
      "Il saldo si paga all'arrivo.",
      "prenotazioni", ["caparra", "acconto", "confermare prenotazione", "bonifico"],
      ["quanto devo anticipare", "come confermo la prenotazione"])
entry("disdetta", "Come posso cancellare la prenotazione?",
      "Fino a 30 giorni prima dell'arrivo la cancellazione è gratuita e la caparra viene restituita. Da 29 a 7 "
      "giorni prima tratteniamo la caparra, oppure la trasformiamo in un buono valido 12 mesi. Con meno di 7 "
      "giorni o in caso di mancato arrivo è dovuto il 50 % del totale. Scriveteci per e-mail.",
      "prenotazioni", ["cancellare", "cancellazione", "annullare", "penale"],
      ["voglio annullare", "rimborso se non vengo"])
entry("corsi", "Fate corsi di cucina?",
      "Sì, il martedì e il venerdì dalle 10:00 alle 13:00: si impastano tagliatelle e umbricelli a mano e poi "
      "si pranza insieme. Costa 65 € a persona (35 € per bambini dagli 8 anni), da 4 a 10 partecipanti, "
      "prenotazione almeno 48 ore prima.",
      "attività", ["corso di cucina", "lezione", "cucinare", "scuola"],
      ["lezione di cucina umbra", "cucinate con gli ospiti?"])
entry("arrivo", "Come si arriva da voi?",
      "Siamo a 8 km da Todi, in vocabolo Casalini 12: dalla E45 uscite a Todi-Orvieto e seguite le indicazioni; "
      "gli ultimi 1,5 km sono di strada bianca. Serve un'auto: non c'è un servizio navetta, un taxi dalla "
      "stazione di Todi costa circa 25 €. La stazione di Perugia è a 45 minuti.",
      "soggiorno", ["indicazioni", "strada", "auto", "treno", "taxi"],
      ["dove siete", "si arriva in treno?"])
entry("bambini", "Siete attrezzati per i bambini?",
      "Sì: la culla e il seggiolone sono gratuiti, un letto aggiunto costa 25 € a notte. I bambini sotto i 3 "
      "anni non pagano il pernottamento.",
      "soggiorno", ["bambini", "culla", "seggiolone", "letto aggiunto"],
      ["viaggiamo con un neonato", "quanto pagano i bimbi"])
entry("wifi", "C'è il Wi-Fi e il parcheggio?",
      "Sì, il Wi-Fi è gratuito in tutte le camere e gli appartamenti, anche se in campagna è più lento che in "
      "città. Il parcheggio è gratuito, non custodito, accanto alla casa.",
      "servizi", ["wi-fi", "internet", "parcheggio", "posto auto"],
      ["dove lascio la macchina", "c'è internet"])
entry("pagamento", "Come si paga il soggiorno?",
      "Il saldo si paga all'arrivo in contanti, con bancomat o carta di credito (Visa, Mastercard). Non "
      "accettiamo American Express. La tassa di soggiorno del Comune è di 1,50 € a persona a notte, per massimo "
      "5 notti, e si paga a parte.",
      "prenotazioni", ["pagamento", "carta", "contanti", "tassa di soggiorno"],
      ["accettate carta", "c'è la tassa di soggiorno"])
entry("degustazione", "Fate degustazioni?",
      "Sì, il giovedì e il sabato alle 17:00: visita all'uliveto e alla cantina e assaggio di tre vini e del "
      "nostro olio con pane e salumi, 20 € a persona. Prenotate entro il giorno prima.",
      "attività", ["degustazione", "assaggio", "cantina", "visita"],
      ["si può visitare la cantina", "fate assaggi di vino"])

PW = "another FAQ answer or choices instead of the handover; asking the customer to rephrase"
WAITING = ("Waiting: reassure that a person has the message and will reply; no FAQ answer, no invented wait "
           "time")

convs = [
    [
        ("buongiorno, quanto viene una doppia da voi? la colazione e compresa?",
         BOTH(E["camere"], E["colazione"]) + " — double room 95-120 € per night; breakfast included for rooms",
         "only one half with no pointer; the dinner entry"),
        ("e un appartamento?",
         F(E["camere"]) + " — 130-170 € per night, 2-4 people, minimum 3 nights in July/August; breakfast 12 € "
         "per person there",
         "treating it as a new unclear question"),
        ("noi saremo li non prima delle 21, e un problema? e per bloccare la camera devo pagare qualcosa "
         "subito?",
         BOTH(E["orari"], E["caparra"]) + " — check-in 15-19, later arrival up to 22:00 if you tell us; 30 % "
         "deposit by transfer or card within 3 days, rest on arrival",
         "only one half with no pointer; the how-to-get-there entry; the payment-on-arrival entry alone"),
        ("perfetto grazie, a presto",
         "Small talk: acknowledgement + thanks + goodbye",
         "an FAQ answer; a handover"),
    ],
    [
        ("domanda sul mangiare",
         "Too vague to answer — choices (breakfast, dinner, cooking lessons) or a clarifying question",
         "a handover; one entry given as certain"),
        ("mia moglie vorrebbe imparare a fare la pasta a mano come le nonne, da voi si puo?",
         TYPE + F(E["corsi"]) + " — yes, Tuesday and Friday 10-13, 65 € with lunch",
         "the dinner entry; tapping a choice"),
        ("quanto costa e che giorni? e la sera si puo mangiare li?",
         BOTH(E["corsi"], E["cena"]) + " — 65 € per person, Tue/Fri, book 48 h ahead; dinner Tue-Sat at 20:00, "
         "35 €, book by noon",
         "only one half with no pointer; the breakfast entry"),
        ("scusa ma sei un bot?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    [
        ("vorrei delle info sui prezzi",
         "Too vague to answer — choices (rooms, dinner, cooking lessons, oil and wine) or a clarifying question",
         "a handover; one entry given as certain"),
        ("no non e questo",
         TYPE + "Typed rejection — apologise and ask what exactly; no handover yet",
         "the same choices again; a handover straight away"),
        ("l'extravergine che c'era a cena era buonissimo, posso comprarne qualche litro da portare a milano?",
         F(E["olio"]) + " — 16 € per 0.75 l bottle or 70 € per 5 l tin; shipping in Italy from 6 bottles, 12 €",
         "the dinner entry; the tasting entry alone"),
        ("fate anche la ricerca del tartufo col cane? mio marito ci tiene tanto",
         "Not covered by the FAQ (no truffle hunting) — say so honestly, offer a person",
         "the pets entry; the tasting entry; inventing an activity"),
    ],
    [
        ("veniamo in 4 col nostro labrador, puo stare in appartamento? e a settembre si fa ancora il "
         "bagno da voi?",
         BOTH(E["animali"], E["piscina"]) + " — small and medium dogs in apartments, 10 € per night; pool open "
         "until end of September",
         "only one half with no pointer; the rooms entry"),
        ("non ho chiesto questo. volevo sapere se il cane puo fare il bagno in piscina con noi",
         "Push-back (first time) — apologise; dogs are not allowed in the pool (pets entry)",
         "repeating the same answer unchanged; no apology"),
        ("ma che risposte sono. voglio parlare con una persona vera, subito",
         "Push-back (second time in a row) + Request for a person (direct, angry) — apologise, hand over",
         PW),
        ("pronto?? c'e qualcuno",
         WAIT + WAITING,
         "a new greeting as if the chat had just started; an FAQ answer"),
    ],
    [
        ("ho disdetto 3 settimane prima e vi tenete 180 euro?? e un furto",
         F(E["disdetta"]) + " — apologise; 29-7 days before, the deposit is kept or turned into a voucher "
         "valid 12 months; offer a person",
         "the deposit entry alone; no apology; promising a refund"),
        ("mi sa consigliare un meccanico a todi? mi si e accesa una spia",
         "Not covered by the FAQ (unrelated) — short honest reply, may offer a person",
         "the how-to-get-there entry; any FAQ entry"),
        ("mi richiamate al 347 882 1904? dopo le 18",
         "Request for a person (callback with number) — hand over / pass on the callback request",
         "only a contact detail without taking the request; " + PW),
        ("quanto ci vuole ancora?",
         WAIT + WAITING,
         "the how-to-get-there travel time; inventing a time"),
    ],
    [
        ("avevo prenotato dal 10 al 14 giugno ma mia madre sta male, non riusciamo a venire",
         F(E["disdetta"]) + " — free up to 30 days before, 29-7 days deposit kept or voucher, under 7 days 50 %; "
         "write by e-mail; do not claim it is cancelled",
         "'your booking has been cancelled'; only sympathy without the rule"),
        ("si",
         "Ambiguous sì — acknowledge or ask what it refers to; never claim a cancellation",
         "confirming a cancellation"),
        ("e i soldi che ho mandato?",
         F(E["disdetta"]) + " — the deposit comes back if more than 30 days before arrival, otherwise kept or "
         "turned into a voucher",
         "the deposit entry alone (how to pay it); a promise of a refund"),
        ("famme parla co qualcuno va, che e meglio",
         "Request for a person (regional, central Italy) — hand over",
         PW),
    ],
    [
        ("salve, come ci arrivo da roma senza macchina? e c'e il wifi in camera",
         BOTH(E["arrivo"], E["wifi"]) + " — a car is needed, no shuttle, taxi from Todi station about 25 €; "
         "free Wi-Fi in all rooms",
         "only one half with no pointer; the check-in entry"),
        ("e una volta li si puo provare qualche bicchiere del vostro rosso?",
         F(E["degustazione"]) + " — Thu and Sat at 17:00, three wines and oil, 20 €, book the day before",
         "the oil-and-wine sale entry alone; the dinner entry"),
        ("abbiamo un bimbo di 2 anni, serve il lettino? e all'arrivo si paga in contanti o carta",
         BOTH(E["bambini"], E["pagamento"]) + " — cot free, under 3 free; cash, bancomat, Visa/Mastercard "
         "(no Amex), plus tourist tax",
         "only one half with no pointer; the deposit entry"),
    ],
]

write_faq("it", FAQ)
write_plan("it", convs)
print("it: %d entries, %d conversations, %d turns" % (len(FAQ), len(convs), sum(len(c) for c in convs)))
