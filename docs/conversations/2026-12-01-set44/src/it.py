"""Italian FAQ and plan for test set 44: Frantoio Oleario Scollo & Figli (olive-oil mill, milling for private
growers and oil shop), Chiaramonte Gulfi, province of Ragusa, Sicily (made up). Customers write everyday Italian
with Sicilian words. Run from src/: PYTHONPATH=<check folder> python3 it.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("molitura", "Quanto costa la molitura delle mie olive?",
      "La molitura per conto terzi costa 16 € al quintale (100 kg), IVA inclusa, con un minimo di 4 quintali per "
      "la lavorazione singola: le vostre olive vengono molite da sole e l'olio che esce è solo vostro. Lavoriamo a "
      "freddo, sotto i 27 °C, con impianto continuo a due fasi. La molitura si paga al ritiro dell'olio.",
      "molitura", ["molitura", "macinare", "conto terzi", "prezzo al quintale", "lavorazione singola"],
      ["quanto prendete per macinare", "fate la molitura per i privati", "lavorate a freddo"])
entry("cambio", "Posso portare poche olive?",
      "Sì. Sotto i 4 quintali facciamo il cambio olive-olio: pesiamo le olive e vi diamo subito olio extravergine "
      "già pronto in base alla resa media del giorno, trattenendo 14 € al quintale per la lavorazione. Per "
      "esempio, con 100 kg e una resa del 14 % ricevete circa 14 kg di olio (15 litri). Accettiamo anche 30-40 kg.",
      "molitura", ["poche olive", "piccole quantità", "cambio", "quantità minima", "olio in cambio"],
      ["ho solo un quintale", "accettate piccole quantità", "cosa fate con 50 kg"])
entry("turno", "Devo prenotare il turno di molitura?",
      "Sì, durante la campagna si lavora solo su prenotazione: chiamate lo 0932 555 418 o scrivete su WhatsApp al "
      "333 555 2761, anche il giorno prima se ci sono posti. Ogni turno dura circa 2 ore. Se non potete venire, "
      "avvisateci almeno 24 ore prima e spostiamo o annulliamo il turno gratis; senza avviso, alla molitura "
      "successiva si pagano 20 € di diritto fisso.",
      "molitura", ["prenotare", "turno", "prenotazione", "disdire", "spostare"],
      ["come si prenota", "avete posto domani", "devo cambiare giorno"])
entry("orari", "Quali sono i vostri orari?",
      "Durante la campagna olearia, da metà ottobre a metà dicembre, il frantoio lavora dal lunedì al sabato dalle "
      "7 alle 22 e la domenica dalle 8 alle 13. Il punto vendita è aperto tutto l'anno dal lunedì al sabato, 9-13 "
      "e 16-19, e in campagna anche la domenica mattina. Chiuso a Natale, Capodanno e Pasqua.",
      "informazioni", ["orari", "apertura", "aperti", "domenica", "campagna olearia"],
      ["a che ora aprite", "siete aperti il sabato pomeriggio", "quando inizia la stagione"])
entry("olive", "Come devo raccogliere e portare le olive?",
      "Portate le olive in cassette forate o cassoni areati, mai in sacchi di plastica, dove fermentano. Dalla "
      "raccolta alla molitura devono passare al massimo 48 ore: tenetele all'ombra e al fresco. Togliete foglie, "
      "rametti e terra, e non mescolate le olive raccolte da terra con quelle della pianta, che darebbero difetti "
      "all'olio.",
      "molitura", ["cassette", "sacchi", "raccolta", "trasporto", "foglie"],
      ["posso portarle in busta", "quanto possono aspettare", "vanno bene quelle cadute"])
entry("resa", "Quanto olio ottengo dalle mie olive?",
      "Dipende da varietà, maturazione e annata: in media da 12 a 18 kg di olio per quintale di olive. Le olive "
      "raccolte presto (ottobre) rendono meno ma danno un olio più fruttato e piccante. Nella lavorazione singola "
      "il peso delle olive e l'olio ottenuto sono scritti sulla bolla, e potete assistere a tutta la molitura "
      "dalla sala vetrata.",
      "molitura", ["resa", "rendimento", "litri", "quanto olio", "bolla"],
      ["che resa fanno quest'anno", "quanti kg escono da un quintale", "perché ho avuto poco olio"])
entry("contenitori", "In cosa mi date l'olio?",
      "Portate contenitori vostri in acciaio inox, puliti e asciutti (fusti con rubinetto). Se non li avete, li "
      "vendiamo noi: fusto inox da 25 litri 45 €, da 50 litri 70 €, lattine da 5 litri 3 € l'una. Non riempiamo "
      "taniche di plastica né bottiglie di vetro chiaro, che rovinano l'olio.",
      "molitura", ["contenitori", "fusti", "acciaio inox", "lattine", "recipienti"],
      ["posso portare le taniche", "vendete i fusti", "quanto costa un fusto"])
entry("olio", "Quanto costa il vostro olio extravergine?",
      "Il nostro olio extravergine di Tonda Iblea costa 65 € la lattina da 5 litri (60 € l'una da 10 lattine in "
      "su), 14 € la bottiglia da 0,75 litri e 8 € quella da 0,5 litri. L'olio nuovo della campagna è disponibile "
      "da inizio novembre.",
      "vendita", ["prezzo olio", "extravergine", "olio nuovo", "lattina", "listino"],
      ["quanto viene l'extravergine", "avete già quello nuovo", "prezzo della bottiglia"])
entry("spedizioni", "Spedite l'olio?",
      "Sì, con corriere in tutta Italia in 48-72 ore, in cartoni rinforzati: 12 € per ordini fino a 150 €, gratis "
      "da 150 € in su; in Sicilia 8 €. In Germania, Francia, Belgio, Paesi Bassi e Austria spediamo a 25 € a collo "
      "(al massimo 2 lattine da 5 litri). Fuori dall'Unione europea non spediamo. Si ordina online o su WhatsApp, "
      "con pagamento anticipato.",
      "vendita", ["spedizione", "spedire", "corriere", "consegna", "estero"],
      ["arriva anche a torino", "quanto costa la spedizione", "spedite in germania"])
entry("visite", "Si può visitare il frantoio?",
      "Sì, con visita guidata e degustazione di 45 minuti: 10 € a persona, bambini sotto i 12 anni gratis, al "
      "massimo 20 persone per gruppo, su prenotazione. Durante la campagna si vede il frantoio in funzione: il "
      "sabato alle 10 e alle 16. Le scolaresche vengono il mercoledì e il venerdì mattina, 5 € ad alunno.",
      "informazioni", ["visita", "degustazione", "visita guidata", "scolaresche", "assaggio"],
      ["fate le visite", "si può assaggiare", "posso portare una classe"])
entry("pagamento", "Come si può pagare?",
      "In frantoio accettiamo contanti, bancomat, carte di credito e Satispay. Per gli ordini online e le "
      "spedizioni si paga in anticipo con carta o bonifico bancario. La molitura si paga al ritiro dell'olio. La "
      "fattura si fa su richiesta, con codice fiscale o partita IVA, e arriva per email entro 3 giorni lavorativi.",
      "vendita", ["pagamento", "pagare", "bancomat", "bonifico", "fattura"],
      ["accettate la carta", "si può fare un trasferimento", "mi fate la ricevuta"])
entry("ritiro", "Quando posso ritirare il mio olio?",
      "Nella lavorazione singola l'olio si ritira lo stesso giorno, circa 1 ora dopo la fine del vostro turno. Se "
      "non potete, lo teniamo in deposito in fusti chiusi fino a 7 giorni gratis, poi 2 € al giorno. Nel cambio "
      "olive-olio ricevete l'olio subito, alla consegna delle olive.",
      "molitura", ["ritiro", "ritirare", "olio pronto", "tempi", "deposito"],
      ["quando è pronto", "posso lasciarlo da voi qualche giorno", "devo aspettare in frantoio"])
entry("bio", "Lavorate anche olive biologiche?",
      "Sì: il martedì e il giovedì l'impianto lavora solo olive biologiche certificate, dopo il lavaggio completo "
      "della linea. Portate il certificato del vostro organismo di controllo e il documento di trasporto; la "
      "molitura bio costa 18 € al quintale, con lo stesso minimo di 4 quintali.",
      "molitura", ["biologico", "bio", "certificato", "linea separata", "organismo di controllo"],
      ["fate il biologico", "olive certificate a parte", "serve il certificato"])
entry("conservazione", "Come si conserva l'olio?",
      "Al buio e al fresco, tra 14 e 18 °C, in acciaio inox o vetro scuro ben chiuso. L'olio nuovo non filtrato "
      "fa un deposito sul fondo: dopo 30-40 giorni travasatelo in un recipiente pulito lasciando il fondo, e "
      "ripetete a febbraio. Conservato così, si consuma bene entro 18 mesi.",
      "vendita", ["conservare", "conservazione", "travaso", "deposito", "temperatura"],
      ["l'olio nuovo è velato", "come si travasa", "quanto dura"])
entry("regali", "Fate confezioni regalo?",
      "Sì: cesti e scatole regalo da 25 € a 80 € con olio, patè di olive, olive condite e miele degli Iblei. Per "
      "aziende e negozi personalizziamo bigliettino ed etichetta da 20 confezioni in su, con il 10 % di sconto da "
      "50 confezioni. Per Natale ordinate entro il 10 dicembre; si spediscono come l'olio.",
      "vendita", ["confezioni regalo", "cesti", "natale", "aziende", "personalizzati"],
      ["regali aziendali", "avete cesti natalizi", "scatola regalo"])

write_faq("it", FAQ)

convs = [
    # 1
    [
        ("buongiorno, quest'anno nella campagna di mio nonno a giarratana abbiamo tirato giù una decina di "
         "quintali. quanto ci venite a costare per macinarle e più o meno quanto olio ci esce?",
         BOTH(E["molitura"], E["resa"]) + " — 16 € a quintal VAT included, so about 160 € for 10 quintals, own "
         "olives milled alone (minimum 4 quintals), paid when the oil is collected; 12-18 kg of oil per quintal on "
         "average, so roughly 120-180 kg, depending on variety and ripeness ('campagna' = farmland here, 'tirato "
         "giù' = harvested)",
         HALF + "; the small-quantity exchange for 10 quintals"),
        ("e i bidoni li porto io o ce li avete voi?",
         F(E["contenitori"]) + " — bring own clean, dry stainless-steel containers; else sold on site: 25-litre "
         "drum 45 €, 50-litre 70 €, 5-litre tins 3 € each; no plastic jerrycans or clear glass (containers or "
         "drums never named)",
         NEW + "accepting plastic jerrycans"),
        ("ok. e quando torno a pigliarmelo?",
         F(E["ritiro"]) + " — the same day, about 1 hour after the end of the milling slot; kept in closed drums up "
         "to 7 days free, then 2 € a day ('pigliare' = prendere, southern)",
         NEW + "a fixed date days later"),
        ("amunì, grazie assai, a presto",
         "Small talk: acknowledgement + thanks + goodbye ('amunì' = come on, let's go, Sicilian; 'grazie assai' = "
         "thanks a lot, southern) — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("salve, una cosa per mio zio",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("ha solo quattro piante dietro casa, saranno 80 chili sì e no. ve li prendete lo stesso o sono troppo "
         "pochi?",
         TYPE + F(E["cambio"]) + " — yes: under 4 quintals the olive-for-oil exchange, olives weighed and "
         "extra-virgin oil given at once by the day's average yield, 14 € a quintal kept (100 kg at 14 % ≈ 14 kg "
         "of oil); even 30-40 kg accepted (olives and quantity never named)",
         "tapping a choice; asking to rephrase; saying the minimum is 4 quintals and stopping there"),
        ("e serve prenotare o si viene e basta? e le porto nei sacchi della spesa, va bene?",
         BOTH(E["turno"], E["olive"]) + " — in the season milling only by booking: 0932 555 418 or WhatsApp 333 555 "
         "2761, even the day before if there is room; never plastic bags (the olives ferment): perforated crates or "
         "airy bins, at most 48 h from picking, leaves and soil removed",
         HALF + "; saying bags are fine"),
        ("scusi, ma ccà mi risponde un cristiano o una macchina?",
         "Small talk: are you a bot ('ccà' = here, 'un cristiano' = a human being, southern/Sicilian) — honestly an "
         "automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer; a reply about religion"),
    ],
    # 3
    [
        ("buonasera, domanda veloce",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no no, nenti di chistu",
         TYPE + "Typed rejection ('nenti di chistu' = none of this, Sicilian) — apologise and ask what exactly it is "
         "about; no handover yet",
         "the same choices again; a handover straight away"),
        ("quello che ho ritirato a novembre ora e tutto torbido, con una specie di fanghiglia in fondo al fusto. e "
         "normale? come faccio a farlo durare fino alla prossima raccolta?",
         F(E["conservazione"]) + " — normal for new unfiltered oil: after 30-40 days rack it into a clean "
         "container leaving the sediment, again in February; keep it dark and cool at 14-18 °C in stainless steel "
         "or dark glass; best within 18 months (oil and storing never named)",
         "asking to rephrase again; saying the oil is spoiled; the collection entry"),
        ("e già che ci sono: venite anche a potare gli alberi? ho un uliveto abbandonato vicino a licodia",
         "Not covered (pruning olive trees, near the trade but not offered; Licodia Eubea = a nearby town) — say so "
         "plainly; may offer a person",
         "inventing a pruning service or prices"),
    ],
    # 4
    [
        ("buongiorno! io e mia moglie scendiamo da milano a fine ottobre e ci piacerebbe vedere come lavorate in "
         "piena stagione, si può? e poi due o tre latte ce le mandate a casa su?",
         BOTH(E["visite"], E["spedizioni"]) + " — guided visit with tasting, 45 min, 10 € a person, on booking, "
         "during the season on Saturdays at 10 and 16 with the mill running; courier all over Italy in 48-72 h, "
         "12 € up to 150 €, free from 150 € (2 tins of 65 € = 130 € pay 12 €, 3 tins = 195 € go free) ('latte' = "
         "tins, 'su' = up north; visit and shipping never named)",
         HALF + "; saying visits are not possible; the price of shipping abroad"),
        ("12 euro di spedizione per due latte?? e 65 l'una? fatemele a 50 e la spedizione gratis, che poi vi faccio "
         "pubblicità con tutti i colleghi",
         "Push-back: apologise; the FAQ has 65 € a 5-litre tin (60 € only from 10 tins) and free shipping only from "
         "150 € (a third tin would reach it) — say what it has and offer a person",
         "promising 50 € or free shipping for 2 tins; the same answer again without acknowledging"),
        ("basta, mi sono siddiato. passatemi il titolare o uno della famiglia, ora!",
         "Request: angry + person ('siddiarisi' = to get fed up, Sicilian) — apologise briefly and hand over",
         PW),
        ("pronto? ma c'è nessuno lì?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("vergogna!! ho portato 600 chili della mia tonda iblea e me ne sono tornato a casa con 16 latte, mio cugino "
         "con la stessa oliva e gli stessi giorni di raccolta ne ha riempite 22. a chi l'avete data la mia roba??",
         F(E["resa"]) + " — apologise; the yield depends on variety, ripeness and year, 12-18 kg of oil a quintal "
         "on average (16 tins ≈ 80 l ≈ 73 kg, about 12 %, inside that range); in the single milling the olives are "
         "milled alone, the weight and the oil are written on the delivery note, and the milling can be watched "
         "from the glass room; offering a person to check the note is a plus (yield never named)",
         "no apology; agreeing that the olives were swapped; the price entry"),
        ("ah, e sapete se domenica il catania gioca in casa?",
         "Not covered (unrelated: whether Catania's football team plays at home on Sunday) — say so kindly",
         "an FAQ answer (the Sunday hours); a handover"),
        ("richiamatemi al 347 555 0862, ora sono in campagna a raccogliere e col telefono non ci riesco a scrivere",
         "Request: callback with number ('in campagna' = out in the fields) — hand over to a person with the number "
         "kept; no promise of a time",
         PW + "; asking for the number again; the mill's number instead"),
        ("quanto ci vuole ancora? fra mezz'ora devo andare a prendere la picciridda a scuola",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("giovedi alle 16 dovevo venire da voi con 5 quintali, ma la grandinata di ieri mi ha rovinato tutto il "
         "raccolto. per quest'anno niente, lasciamo stare",
         F(E["turno"]) + " — told at least 24 h before, the slot is cancelled or moved free by phone 0932 555 418 "
         "or WhatsApp 333 555 2761; without notice 20 € at the next milling; sympathy for the hail; claim nothing as "
         "done (slot, booking and cancelling never named)",
         "claiming it is cancelled; no sympathy; the small-quantity exchange"),
        ("eh, va beni",
         "Ambiguous yes ('va beni' = va bene, Sicilian) — ask what they mean or restate the step (phone or "
         "WhatsApp); nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("invece per natale volevo fare dei cesti per i clienti del mio negozio, una trentina. li fate personalizzati? "
         "e si può pagare con bonifico?",
         BOTH(E["regali"], E["pagamento"]) + " — baskets and boxes 25-80 €, card and label personalised from 20 "
         "(so 30 is fine; the 10 % off only from 50), order by 10 December; bank transfer yes for advance orders "
         "(and cash, bancomat, cards, Satispay at the mill), invoice on request with the VAT number",
         HALF + "; promising the 10 % for 30"),
        ("talè, cu sta machinetta un ci capisciu nenti. fammi parrari cu un cristianu veru du frantoiu, amunì!",
         "Request: person in Sicilian ('look, I understand nothing with this little machine; let me talk to a real "
         "person from the mill, come on'; 'talè' = look, 'cristianu' = person, 'du' = of the) — hand over to a "
         "person",
         PW + "; answering an FAQ; asking for standard Italian"),
    ],
    # 7
    [
        ("buongiorno, la domenica pomeriggio in questo periodo di raccolta ci siete?",
         F(E["orari"]) + " — in the season (mid-October to mid-December) the mill works Sunday 8-13 and the shop is "
         "open on Sunday mornings only, so not Sunday afternoon",
         "saying Sunday afternoon is open; only the weekday hours"),
        ("e la latta da 5 quanto la fate?",
         F(E["olio"]) + " — 65 € the 5-litre tin of Tonda Iblea extra virgin (60 € each from 10 tins); the new "
         "oil from early November ('latta' = tin)",
         NEW + "the container prices (an empty tin 3 €)"),
        ("e le olive bio di mio fratello le lavorate a parte? grazie mille, gentilissimi",
         F(E["bio"]) + " — Tuesdays and Thursdays only certified organic olives after a full line wash; bring the "
         "certificate and transport document; 18 € a quintal, minimum 4 quintals; thanks acknowledged",
         NEW + "no thanks acknowledged"),
    ],
]

write_plan("it", convs)
