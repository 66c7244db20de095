"""Italian FAQ and plan for test set 50: Coltelleria Del Fabbro (knife maker's shop and sharpening service),
Maniago (PN), Friuli, made up. Customers write everyday Italian with Friulian words; the FAQ is standard Italian.
Served as it.
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


entry("prezzi", "Quanto costano i vostri coltelli?",
      "I coltelli da cucina forgiati nel nostro laboratorio vanno da 45 € (spelucchino) a 160 € (coltello da "
      "chef 21 cm); il set da 3 pezzi costa 210 €. I coltelli chiudibili da tasca costano da 35 a 120 €.",
      "prodotti", ["prezzo", "costo", "coltello da cucina", "chiudibile", "set"],
      ["quanto costa un coltello da chef", "prezzi dei coltelli da tasca", "avete un set di coltelli"])
entry("affilatura", "Fate l'affilatura dei coltelli?",
      "Sì, in negozio: 6 € per un coltello da cucina, 8 € per forbici e coltelli seghettati, 4 € per i "
      "coltelli da tavola (minimo 6 pezzi). Sono pronti in 3 giorni lavorativi. Non affiliamo lame in ceramica.",
      "affilatura", ["affilatura", "affilare", "arrotino", "lama", "forbici"],
      ["quanto costa affilare un coltello", "arrotate anche le forbici", "i coltelli non tagliano più"])
entry("spedaffila", "Posso spedirvi i coltelli da affilare?",
      "Sì, da 3 pezzi in su. Avvolgete ogni lama nel cartone e scrivete nel pacco nome e telefono. Li "
      "affiliamo e li rispediamo entro 5 giorni lavorativi; il ritorno in Italia costa 9,90 €, gratis da 10 "
      "pezzi.",
      "affilatura", ["spedire", "pacco", "per posta", "affilatura a distanza", "rispedire"],
      ["affilatura per corrispondenza", "vi mando i coltelli per posta", "abito lontano, come faccio"])
entry("sumisura", "Realizzate coltelli su misura?",
      "Sì. Il preventivo è gratuito; i coltelli su misura partono da 180 € e richiedono da 6 a 10 settimane. "
      "Chiediamo un acconto del 30 % all'ordine. Potete scegliere acciaio, forma della lama e legno del manico.",
      "laboratorio", ["su misura", "personalizzato", "artigianale", "preventivo", "manico"],
      ["un coltello fatto apposta", "scegliere il legno del manico", "quanto ci vuole per un coltello personalizzato"])
entry("incisione", "Fate incisioni sulla lama?",
      "Sì, incisione laser: 12 € fino a 25 caratteri, pronta in 2 giorni lavorativi. Per un logo aziendale "
      "si paga una volta sola l'impianto di 25 €. I coltelli incisi non si possono cambiare né rendere.",
      "laboratorio", ["incisione", "incidere", "nome", "logo", "scritta"],
      ["scrivere un nome sulla lama", "incidere una dedica", "logo sul coltello"])
entry("maggiorenni", "Vendete coltelli ai minorenni? Cosa serve per l'acquisto?",
      "Vendiamo coltelli solo a maggiorenni (18 anni): in negozio e alla consegna può esservi chiesto un "
      "documento. Portare un coltello fuori casa è consentito solo con un giustificato motivo (lavoro, caccia, "
      "pesca, escursioni); per dubbi rivolgetevi alle forze dell'ordine.",
      "regole", ["minorenni", "documento", "età", "porto", "legge"],
      ["mio figlio di 16 anni può comprarlo", "serve il porto d'armi", "posso tenerlo in tasca"])
entry("orari", "Quali sono gli orari del negozio?",
      "Da martedì a sabato, 9-12.30 e 15-19. Il lunedì siamo chiusi. La domenica apriamo solo a dicembre e "
      "nel weekend della festa del coltello a settembre. Telefono 0427 555 38 10, WhatsApp 340 555 21 77.",
      "info", ["orari", "aperto", "chiuso", "lunedì", "domenica"],
      ["siete aperti il lunedì", "a che ora chiudete", "orari negozio"])
entry("visite", "Si può visitare il laboratorio?",
      "Sì, il sabato alle 10.30: visita guidata di 45 minuti alla forgia e alla molatura, 5 € a persona, "
      "gratis sotto i 12 anni. Gruppi fino a 15 persone, su prenotazione entro il giovedì; scuole anche in "
      "settimana.",
      "visite", ["visita", "laboratorio", "forgia", "gruppo", "scuola"],
      ["vedere come si fanno i coltelli", "visita per la classe", "si può entrare in officina"])
entry("spedizioni", "Spedite in tutta Italia e all'estero?",
      "In Italia la spedizione costa 7,90 € ed è gratuita da 99 €; arriva in 2-3 giorni lavorativi. Nell'UE "
      "costa 15 €, 4-7 giorni. Fuori dall'UE non spediamo coltelli (per esempio Svizzera e Regno Unito).",
      "spedizioni", ["spedizione", "consegna", "estero", "costi di spedizione", "corriere"],
      ["quanto costa la spedizione", "spedite in germania", "in quanti giorni arriva"])
entry("pagamento", "Come si può pagare?",
      "In negozio con contanti, bancomat, carte di credito e Satispay. Online con carta, PayPal (anche in 3 "
      "rate da 30 € in su) o bonifico anticipato; spediamo dopo l'accredito. Non facciamo contrassegno.",
      "pagamento", ["pagamento", "carta", "paypal", "bonifico", "contrassegno", "rate"],
      ["accettate satispay", "posso pagare alla consegna", "pagare a rate"])
entry("resi", "Posso restituire o cambiare un coltello?",
      "Per gli acquisti online avete 14 giorni per il recesso, con rimborso entro 14 giorni dal rientro. In "
      "negozio cambiamo entro 30 giorni con lo scontrino. Il coltello deve essere nuovo e mai usato; incisi e "
      "su misura sono esclusi.",
      "resi", ["reso", "cambio", "restituire", "rimborso", "recesso"],
      ["voglio cambiare un coltello", "come faccio il reso", "mi rimborsate"])
entry("garanzia", "I coltelli sono garantiti?",
      "Sì, 2 anni contro i difetti di fabbricazione, per esempio un manico che si stacca o una crepa nella "
      "lama. Non coprono scheggiature da uso improprio: ossa, cibi surgelati, lavastoviglie o cadute.",
      "garanzia", ["garanzia", "difetto", "manico", "crepa", "rotto"],
      ["il manico si è staccato", "la lama si è crepata", "è in garanzia"])
entry("cura", "Come si curano i coltelli?",
      "Lavateli a mano e asciugateli subito, mai in lavastoviglie. Usate un tagliere di legno o plastica, "
      "non vetro o marmo. L'acciaio al carbonio va passato con un velo d'olio. Fateli riaffilare ogni 6-12 "
      "mesi.",
      "cura", ["cura", "manutenzione", "lavastoviglie", "ruggine", "tagliere"],
      ["si possono mettere in lavastoviglie", "il coltello fa la ruggine", "come conservare i coltelli"])
entry("aziende", "Fate condizioni per ristoranti, macellerie e regali aziendali?",
      "Da 10 coltelli uguali facciamo il 10 % di sconto, con fattura. Per ristoranti e macellerie entro 20 km "
      "offriamo l'abbonamento di affilatura a 25 € al mese con ritiro settimanale.",
      "aziende", ["ristorante", "macelleria", "sconto", "fattura", "regali aziendali", "abbonamento"],
      ["coltelli per la nostra ditta", "affilatura per il ristorante", "sconto quantità"])
entry("riparazioni", "Riparate coltelli rotti o rovinati?",
      "Sì. Rifare una punta spezzata costa 10 €, togliere scheggiature dal filo da 12 €, un manico nuovo in "
      "legno da 25 €. Il preventivo è gratuito e il lavoro richiede circa 1 settimana.",
      "laboratorio", ["riparazione", "punta", "scheggiatura", "manico nuovo", "riparare"],
      ["la punta si è spezzata", "rifare il manico", "coltello scheggiato"])

write_faq("it", FAQ)

convs = [
    # 1
    [
        ("mandi! vorrei regalare a mio papà un coltello da chef fatto da voi, che prezzi avete? e me lo "
         "scrivete sopra il suo nome, Eliseo?",
         BOTH(E["prezzi"], E["incisione"]) + " — chef's knife 21 cm 160 € (kitchen knives 45-160 €, set of 3 "
         "210 €); laser engraving 12 € up to 25 characters, 2 working days; engraved knives can't be exchanged "
         "or returned ('mandi' = hello/bye, Friulian)",
         HALF + "; inventing a price"),
        ("e se a lui non piace, posso riportarvelo?",
         F(E["resi"]) + " — engraved knives are excluded from exchange and return (otherwise 30 days in the shop "
         "with the receipt, 14 days online) (exchange never named)",
         NEW + "saying it can be exchanged within 30 days"),
        ("lui lo mette sempre in lavastoviglie tutto, ce la fa?",
         F(E["cura"]) + " — no dishwasher: wash by hand and dry at once; wooden or plastic board; carbon steel "
         "oiled; resharpen every 6-12 months",
         NEW + "the warranty entry only"),
        ("benon, graziis. mandi mandi",
         "Small talk: acknowledgement + thanks + goodbye ('benon' = very good, 'graziis' = thank you, 'mandi' = "
         "bye, Friulian) — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("salve",
         "Too vague to answer (a greeting only) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("abito a Tolmezzo e giù a Maniago non ci vengo spesso, ho 5 lame da cucina che non tagliano neanche il "
         "burro, come possiamo fare?",
         TYPE + F(E["spedaffila"]) + " — from 3 pieces, each blade wrapped in cardboard, name and phone in the "
         "parcel; sent back within 5 working days, return 9.90 € in Italy (free from 10) (sharpening never named)",
         "tapping a choice; asking to rephrase; only the in-shop sharpening prices"),
        ("a proposito, le forbici da sarta di mia nona le fate uguale? e se poi ordino da voi online un coltello "
         "nuovo, quanto viene mandarlo fino a Tolmezzo e in quanti giorni",
         BOTH(E["affilatura"], E["spedizioni"]) + " — scissors 8 € (kitchen knives 6 €), ready in 3 working "
         "days in the shop (or in the parcel with the knives); shipping in Italy 7.90 €, free from 99 €, 2-3 "
         "working days ('nona' = grandma)",
         HALF + "; saying scissors are not done"),
        ("ma sto scrivendo con una persona o con un programma?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("buonasera, una domanda",
         "Too vague to answer (a greeting only) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no niente di tutto questo",
         TYPE + "Typed rejection ('none of this') — apologise and ask what exactly it is about; no handover yet",
         "repeating the same choices; a handover; an FAQ answer"),
        ("mio fradi ha usato il mio santoku per aprire una scatoletta e adesso in cima manca un pezzetto, si "
         "sistema?",
         F(E["riparazioni"]) + " — a broken tip rebuilt for 10 €, chips from 12 €, free quote, about 1 week "
         "('fradi' = brother, Friulian; misuse, so not the warranty; repair never named)",
         NEW + "the warranty entry as if covered"),
        ("ok. e la catena della motosega me la affilate?",
         "Not covered (sharpening a chainsaw chain: near the trade but not offered) — say so plainly; may offer "
         "a person",
         "the knife-sharpening prices as if it applied; unrelated choices"),
    ],
    # 4
    [
        ("buongiorno, ho un'osteria a Spilimbergo, avremmo bisogno di 12 coltelli da cucina tutti uguali. "
         "ci venite incontro sul prezzo? e voi passate anche a prendere quelli vecchi da arrotare?",
         F(E["aziende"]) + " — from 10 identical knives 10 % off with invoice; for restaurants within 20 km a "
         "sharpening subscription at 25 € a month with weekly pick-up (Spilimbergo is about 15 km away, so "
         "possible; discount and restaurant never named; 'arrotare' = sharpen)",
         "inventing another discount; only the in-shop sharpening prices"),
        ("10 per cento su 12 pezzi? dai, almeno il 20, e l'abbonamento a 15 euro che siamo piccoli",
         "Push-back: apologise; the FAQ has 10 % from 10 identical knives and the 25 € monthly subscription, "
         "nothing about 20 % or 15 € — say so and offer a person",
         "agreeing to 20 % or 15 €; repeating the whole entry without answering"),
        ("orpo, lasciamo perdere. passami il titolare, con lui ci parlo io",
         "Request: angry + person ('orpo' = damn, Friulian; 'il titolare' = the owner) — apologise briefly and "
         "hand over",
         PW),
        ("allora? c'è qualcuno o no?",
         WAIT + WAITING,
         "an FAQ answer; choices; 'nobody is here'"),
    ],
    # 5
    [
        ("SONO ARRABBIATISSIMO. il trinciante da 95 euro preso da voi a maggio, ieri tagliavo il pane e il legno "
         "si è aperto in due, si vede il codolo di ferro!! mai caduto, mai in lavastoviglie",
         F(E["garanzia"]) + " — apologise; 2 years against manufacturing defects such as a handle coming off, "
         "so covered (not chips from bones, frozen food, dishwasher or falls); a person may arrange it; claim "
         "nothing as done (handle and warranty never named)",
         "blaming the customer; the repair prices as if he must pay; promising a new knife as done"),
        ("cambiando discorso, sai se stasera c'è una farmacia di turno a Spilimbergo?",
         "Not covered (unrelated: the pharmacy on duty tonight) — say so kindly",
         "an FAQ answer; choices of entries; an invented pharmacy"),
        ("fatemi richiamare, 333 555 60 48, dopo le 18 che esco dal lavoro",
         "Request: callback with number — hand over to a person with the number and 'after 6 pm' kept; no "
         "promise of a time",
         PW + "; asking for the number again; the shop's number instead"),
        ("quanto ci vuole ancora? tra poco devo andare a prendere il frut all'asilo",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("buongiorno, ho ordinato online il set da 3 venerdì, mi è arrivato ieri ma mia moglie ne aveva già "
         "comprato uno uguale al mercato di Pordenone. non è mai stato aperto",
         F(E["resi"]) + " — online purchases: 14 days' withdrawal, knife new and unused, refund within 14 days "
         "of its return; claim nothing as done (return never named)",
         "claiming it is refunded; the shop's 30-day exchange only"),
        ("va ben, alore",
         "Ambiguous reply ('va ben, alore' = all right then / so, Friulian-Venetian) — ask what they mean or "
         "restate the step; nothing claimed as done",
         "claiming the return is done; a random FAQ answer"),
        ("già che ci sono, mio nipote di 16 anni lo vuole un coltellino da tasca per andare per funghi, glielo "
         "vendete? se no gliene faccio fare uno apposta per i 18 anni, col manico di noce, quanto ci vuole?",
         BOTH(E["maggiorenni"], E["sumisura"]) + " — only sold to adults (18), ID may be asked, carrying only "
         "with a justified reason; made-to-measure from 180 €, 6-10 weeks, 30 % deposit, free quote, choice of "
         "steel, blade shape and handle wood",
         HALF + "; selling to the 16-year-old"),
        ("ostie, baste! no capìs nuie di ce che tu scrivis. fasimi fevelâ cun une persone vere, no cun une "
         "machine!",
         "Request: person in Friulian ('damn, enough! I don't understand anything of what you write. let me "
         "talk to a real person, not a machine!') — hand over to a person",
         PW + "; answering an FAQ; asking to write in Italian"),
    ],
    # 7
    [
        ("buonasera, è vero che si può vedere come li fate? vorrei portare i miei due fruts",
         F(E["visite"]) + " — Saturdays 10:30, 45-minute guided tour of the forge and grinding, 5 € per person, "
         "free under 12; groups up to 15 booked by Thursday ('fruts' = kids, Friulian)",
         "the opening hours only"),
        ("e di lunedì?",
         F(E["orari"]) + " — closed on Mondays; Tue-Sat 9-12:30 and 15-19 (the tour is on Saturday)",
         NEW + "saying open on Monday"),
        ("ok. si paga anche con satispay lì? grazie, buona serata",
         F(E["pagamento"]) + " — yes, in the shop cash, bancomat, credit cards and Satispay; thanks/goodbye "
         "acknowledged",
         NEW + "saying Satispay is not taken"),
    ],
]

write_plan("it", convs)
