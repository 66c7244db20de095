"""Italian FAQ and plan for test set 48: Ausili Marina (rental of wheelchairs, beach wheelchairs, mobility scooters
and care aids for holidaymakers, delivered to hotels), Rimini, made up. Customers write everyday Italian with
Romagnolo words; the FAQ is standard Italian. Served as it.
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


entry("carrozzina", "Quanto costa noleggiare una carrozzina?",
      "La carrozzina pieghevole standard costa 12 € al giorno o 60 € a settimana; quella leggera ad autospinta 15 € "
      "al giorno o 80 € a settimana; la carrozzina elettrica 45 € al giorno o 220 € a settimana. Per noleggi di "
      "almeno 3 settimane applichiamo uno sconto del 20 %.",
      "noleggio", ["carrozzina", "prezzo", "noleggio", "costo", "settimana"],
      ["quanto costa una carrozzina a settimana", "prezzo carrozzina elettrica", "noleggio sedia a rotelle"])
entry("mare", "Avete carrozzine da spiaggia?",
      "Sì, la sedia da mare con ruote larghe, che va sulla sabbia e galleggia in acqua bassa, costa 15 € al giorno "
      "o 80 € a settimana. La consegniamo direttamente al vostro stabilimento balneare indicando il numero del "
      "bagno. Va sciacquata con acqua dolce a fine giornata.",
      "noleggio", ["spiaggia", "mare", "sabbia", "stabilimento", "bagno"],
      ["carrozzina per andare in acqua", "sedia da spiaggia per disabili", "portate la sedia al bagno"])
entry("scooter", "Noleggiate scooter elettrici per anziani?",
      "Sì, scooter elettrici a 4 ruote con cestino, autonomia di 30 km e velocità massima di 6 km/h, adatti al "
      "lungomare e alle piste ciclabili: 35 € al giorno o 180 € a settimana, caricabatterie incluso. Non serve la "
      "patente.",
      "noleggio", ["scooter", "elettrico", "anziani", "autonomia", "patente"],
      ["scooter per mio padre", "quanto costa lo scooter elettrico", "serve la patente per lo scooter"])
entry("letto", "Noleggiate letti ortopedici e ausili per la camera?",
      "Sì: letto elettrico con sponde e materasso antidecubito 120 € a settimana, sollevatore 90 € a settimana, "
      "sedia comoda o sedia doccia 25 € a settimana. Montaggio e smontaggio in hotel o appartamento sono inclusi.",
      "noleggio", ["letto", "ortopedico", "sollevatore", "sedia doccia", "comoda", "antidecubito"],
      ["letto elettrico in hotel", "sedia per la doccia", "avete il sollevatore"])
entry("deambulatore", "Avete deambulatori, rollator e stampelle?",
      "Sì: rollator con sedile 5 € al giorno o 25 € a settimana, deambulatore semplice 20 € a settimana, un paio di "
      "stampelle 10 € a settimana. Li potete ritirare subito in negozio senza prenotazione, fino a esaurimento.",
      "noleggio", ["deambulatore", "rollator", "stampelle", "girello", "bastone"],
      ["noleggiate le stampelle", "rollator per la settimana", "girello per anziani"])
entry("consegna", "Consegnate in hotel?",
      "Sì, consegna e ritiro in hotel o appartamento sono gratuiti a Rimini per noleggi di almeno 7 giorni; per "
      "noleggi più brevi costano 15 €. Per Riccione, Bellaria, Cattolica e Santarcangelo chiediamo 25 € andata e "
      "ritorno, per San Marino 40 €. Prenotando entro le 12 consegniamo in giornata.",
      "consegna", ["consegna", "hotel", "ritiro", "domicilio", "riccione"],
      ["me la portate in albergo", "consegnate a riccione", "quanto costa la consegna"])
entry("prenotare", "Come si prenota?",
      "Online sul nostro sito, su WhatsApp al 333 555 34 20 o al telefono 0541 555 34 20. In luglio e agosto "
      "prenotate almeno 7 giorni prima. Indicate date, indirizzo di consegna, peso e altezza della persona; "
      "confermiamo entro 24 ore.",
      "consegna", ["prenotare", "prenotazione", "whatsapp", "anticipo", "disponibilità"],
      ["come faccio a prenotare", "bisogna prenotare prima", "siete liberi ad agosto"])
entry("cauzione", "Chiedete una cauzione?",
      "Sì: 100 € per carrozzine, sedie da mare e letti, 300 € per carrozzine elettriche e scooter. La cauzione si "
      "versa in contanti o con una preautorizzazione sulla carta e viene restituita al ritiro, se l'ausilio è "
      "integro.",
      "pagamento", ["cauzione", "deposito", "garanzia", "preautorizzazione"],
      ["quanto è la cauzione", "devo lasciare un deposito", "quando mi ridate la cauzione"])
entry("pagamento", "Come posso pagare?",
      "Con carta, bancomat, Satispay o contanti alla consegna o in negozio; per noleggi oltre 2 settimane anche con "
      "bonifico anticipato. Rilasciamo lo scontrino con il codice fiscale: il noleggio di ausili è una spesa "
      "sanitaria detraibile al 19 % nella dichiarazione dei redditi.",
      "pagamento", ["pagare", "pagamento", "carta", "satispay", "detrazione", "scontrino"],
      ["si paga con la carta", "posso scaricarlo dalle tasse", "pagamento alla consegna"])
entry("asl", "Il noleggio è rimborsato dall'ASL?",
      "No, il nostro è un noleggio privato e non fatturiamo all'ASL. L'ASL fornisce ausili in comodato solo ai "
      "residenti con prescrizione del medico, con tempi di 2-4 settimane. Potete però detrarre il 19 % della spesa "
      "con il nostro scontrino.",
      "pagamento", ["asl", "rimborso", "ricetta", "prescrizione", "mutua"],
      ["con la ricetta è gratis", "lo paga la mutua", "rimborso asl noleggio"])
entry("guasto", "Cosa faccio se l'ausilio si guasta?",
      "Chiamate l'assistenza al 333 555 34 20, attiva tutti i giorni dalle 7 alle 22: a Rimini interveniamo o "
      "sostituiamo l'ausilio entro 4 ore, fuori Rimini entro 8 ore. Le forature si riparano gratis. I danni dovuti "
      "a sabbia o acqua di mare su ausili non da spiaggia vengono trattenuti dalla cauzione.",
      "assistenza", ["guasto", "rotto", "assistenza", "foratura", "sostituzione"],
      ["la carrozzina si è rotta", "si è bucata una ruota", "lo scooter non parte"])
entry("annulla", "Posso annullare o accorciare il noleggio?",
      "Annullare è gratuito fino a 48 ore prima della consegna; dopo addebitiamo 1 giorno di noleggio. Se "
      "restituite l'ausilio prima della fine e ci avvisate 24 ore prima, vi rimborsiamo il 50 % dei giorni non "
      "usati.",
      "consegna", ["annullare", "disdire", "accorciare", "restituire prima", "rimborso"],
      ["voglio disdire il noleggio", "riportare la carrozzina prima", "annullare la prenotazione"])
entry("orari", "Quali sono i vostri orari?",
      "Il negozio in via Tintori 12 a Rimini è aperto da giugno a settembre tutti i giorni dalle 8 alle 20, da "
      "ottobre a maggio dal lunedì al sabato dalle 9 alle 12.30 e dalle 15 alle 19. L'assistenza telefonica per i "
      "guasti risponde dalle 7 alle 22.",
      "assistenza", ["orari", "aperto", "negozio", "domenica", "indirizzo"],
      ["a che ora aprite", "siete aperti la domenica", "dove siete"])
entry("peso", "Avete carrozzine per persone più pesanti?",
      "La carrozzina standard porta fino a 120 kg con una seduta da 43 a 46 cm. Per persone fino a 180 kg abbiamo la "
      "carrozzina bariatrica con seduta da 56 cm, a 20 € al giorno o 100 € a settimana. Indicateci sempre peso e "
      "altezza quando prenotate.",
      "noleggio", ["peso", "bariatrica", "kg", "seduta", "larga"],
      ["carrozzina per persona robusta", "fino a quanti chili", "seduta più larga"])
entry("igiene", "Gli ausili sono sanificati?",
      "Sì, dopo ogni noleggio ogni ausilio viene lavato, sanificato all'ozono e consegnato sigillato con la data "
      "della sanificazione. Cuscini e coprisedili sono nuovi per ogni cliente; i materassi antidecubito hanno una "
      "fodera lavata a 90 °C.",
      "assistenza", ["sanificati", "igiene", "pulizia", "sanificazione", "pulito"],
      ["sono puliti", "chi l'ha usata prima", "come li pulite"])

write_faq("it", FAQ)

convs = [
    # 1
    [
        ("ciao! a luglio portiamo e' mi ba al mare a marina centro, lui con le gambe ormai fa fatica. una di quelle "
         "carrozzine che spingi tu per due settimane quanto viene? e ce la lasciate direttamente all'hotel?",
         BOTH(E["carrozzina"], E["consegna"]) + " — standard folding wheelchair 60 € a week, so 120 € for two "
         "weeks (12 € a day); delivery and collection at a Rimini hotel free for rentals of at least 7 days "
         "('e' mi ba' = my dad, Romagnolo; Marina Centro is in Rimini; price and delivery never named)",
         HALF + "; the self-propelled or electric price; charging 15 € delivery"),
        ("e per portarlo giù fino all'acqua? che a nuotare lui non ci rinuncia mica",
         F(E["mare"]) + " — beach wheelchair with wide wheels, goes on sand and floats in shallow water, 15 € a day "
         "or 80 € a week, delivered to the bathing establishment by its number, rinse with fresh water "
         "('non ci rinuncia mica' = he won't give it up; beach wheelchair never named)",
         NEW + "saying the normal wheelchair can go in the sea"),
        ("quanto vi dobbiamo lasciare in mano come garanzia?",
         F(E["cauzione"]) + " — 100 € for wheelchairs and beach chairs, cash or a card pre-authorisation, back at "
         "collection if undamaged (deposit never named)",
         NEW + "the payment methods only"),
        ("bona lè, grazie mille. ciao",
         "Small talk: acknowledgement + thanks + goodbye ('bona lè' = that's it, fine, Romagnolo) — short friendly "
         "close",
         SMALL),
    ],
    # 2
    [
        ("buongiorno, avrei bisogno di un'informazione",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("stamattina la ruota davanti della sedia che ci avete portato a riccione si è sgonfiata del tutto e la mi "
         "nona è rimasta bloccata in camera",
         TYPE + F(E["guasto"]) + " — call the assistance line 333 555 34 20, 7-22 every day; outside Rimini a repair "
         "or replacement within 8 hours; punctures are repaired free ('la mi nona' = my grandma, Romagnolo; "
         "breakdown never named)",
         "tapping a choice; asking to rephrase; the deposit entry"),
        ("lei pesa sui 130 kg, quella che avete portato è stretta. ne avete una più grande? e poi ci serve anche una "
         "sedia per farle la doccia",
         BOTH(E["peso"], E["letto"]) + " — standard chair up to 120 kg, so the bariatric chair for up to 180 kg, "
         "56 cm seat, 20 € a day or 100 € a week; shower or commode chair 25 € a week, set up in the room included",
         HALF + "; saying the standard chair is fine at 130 kg"),
        ("ma scusi, sto scrivendo con una persona o con un programma?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("salve, è per quella cosa della settimana scorsa",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no, niente di questi",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("il medico di base di mio babbo gli ha fatto l'impegnativa per la carrozzina. allora da voi non pago "
         "niente, giusto?",
         F(E["asl"]) + " — no: private rental, not billed to the ASL; the ASL lends aids only to residents with a "
         "doctor's prescription, in 2-4 weeks; 19 % of the cost can be deducted with their receipt ('babbo' = "
         "dad, Romagna and Tuscany; 'impegnativa' = the doctor's prescription form; ASL and prescription never "
         "named)",
         "asking to rephrase again; saying the prescription makes it free"),
        ("ah ok. e avete anche un'infermiera o una badante che viene in hotel ad aiutarlo a lavarsi la mattina?",
         "Not covered (a nurse or carer coming to the hotel: care staff, near the trade but not offered) — say so "
         "plainly; may offer a person",
         "inventing a care service or price; the shower-chair entry as if it answered"),
    ],
    # 4
    [
        ("buonasera. siamo una comitiva di 12 pensionati di bergamo, a settembre stiamo in albergo a bellaria e 3 di "
         "noi non ce la fanno a camminare tanto. avete quei mezzi a motore col cestino per girare sul lungomare? "
         "li può guidare anche chi non ha mai avuto la macchina? e arrivate fino a bellaria?",
         BOTH(E["scooter"], E["consegna"]) + " — 4-wheel electric scooters, 30 km range, max 6 km/h, 35 € a day or "
         "180 € a week, no licence needed; delivery to Bellaria 25 € there and back ('la macchina' = a car, i.e. "
         "no driving licence; scooter and delivery never named)",
         HALF + "; free delivery as in Rimini; saying a licence is needed"),
        ("180 a testa? siamo pensionati. per 3 scooter ve ne diamo 300 in tutto e la consegna ce la regalate, dai mo'",
         "Push-back ('dai mo'' = come on, Romagnolo): apologise; the FAQ has 180 € a week per scooter and 25 € "
         "delivery to Bellaria, no group price — say so and offer a person",
         "accepting 300 € or free delivery; the same answer again without acknowledging"),
        ("basta, questa roba non mi serve a niente. voglio parlare con il titolare, subito",
         "Request: angry + person — apologise briefly and hand over",
         PW),
        ("c'è qualcuno? pronto?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("SIETE DEI PATACCA! mi avete tenuto 60 euro della cauzione perché dite che nelle ruote della carrozzina "
         "c'era sabbia. eravamo al mare, cosa vi aspettavate!!",
         F(E["guasto"]) + " — apologise; damage from sand or sea water on aids not made for the beach is kept from "
         "the deposit (the beach wheelchair is the one for the sand); whether 60 € is right is for a person to "
         "check; the deposit entry (returned at collection if the aid is undamaged) also fits ('patacca' = clowns, "
         "useless people, Romagnolo; damage never named)",
         "no apology; promising the 60 € back; only the beach-chair price"),
        ("ma te lo sai dove la fanno la piada più buona qui a rimini?",
         "Not covered (unrelated: where the best piadina in Rimini is) — say so kindly",
         "an FAQ answer; a handover"),
        ("fatemi chiamare al 333 555 71 08, dopo le 3 che la mamma riposa",
         "Request: callback with number ('dopo le 3' = after 3 pm) — hand over to a person with the number and "
         "'after 3' kept; no promise of a time",
         PW + "; asking for the number again; the shop's number instead"),
        ("quanto ci vuole ancora? tra dieci minuti devo scendere a prendere il bus",
         WAIT + WAITING,
         "the shop's opening hours; an invented wait time"),
    ],
    # 6
    [
        ("avevo fissato la carrozzina per la zia dal 20, ma è caduta e l'hanno ricoverata a forlì. a sto punto al mare "
         "non ci viene più, purèta",
         F(E["annulla"]) + " — free up to 48 hours before the delivery, later 1 day's rental charged; claim nothing "
         "as done; sympathy ('purèta' = poor thing, Romagnolo; cancelling never named)",
         "claiming it is cancelled; no sympathy"),
        ("va là",
         "Ambiguous reply ('va là' = oh well / come off it: resignation or disbelief, Romagnolo) — ask what they "
         "mean or restate the step; nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("già che ci sono: le stampelle le avete? e il negozio a che ora apre la domenica?",
         BOTH(E["deambulatore"], E["orari"]) + " — a pair of crutches 10 € a week, collected in the shop without "
         "booking while stocks last; June-September open every day 8-20, October-May Monday-Saturday only "
         "(9-12.30, 15-19), so Sunday depends on the month",
         HALF + "; saying the shop is always open on Sunday"),
        ("bòia d'un mond, mo te a n'capés gnint! a vói parlè cun una parsòna vera, no cun sta macchinetta!",
         "Request: person in Romagnolo ('good grief, you understand nothing! I want to talk to a real person, not "
         "to this little machine') — hand over to a person",
         PW + "; answering an FAQ; asking for Italian"),
    ],
    # 7
    [
        ("buonasera, a chi l'ha usata prima di noi chi ci pensa? mio marito è appena uscito da un'operazione e ho "
         "paura delle infezioni",
         F(E["igiene"]) + " — washed and ozone-sanitised after each rental, delivered sealed with the date; new "
         "cushions and seat covers for each customer, mattress covers washed at 90 °C (sanitising never named)",
         "the damage or deposit entry; saying nothing is done"),
        ("e per pagare? avete il pos o solo contanti?",
         F(E["pagamento"]) + " — card, bancomat, Satispay or cash at delivery or in the shop, bank transfer for "
         "rentals over 2 weeks; the receipt with the tax code makes it 19 % deductible ('il POS' = card terminal)",
         NEW + "saying cash only"),
        ("ok. e se torniamo ad agosto con quanto anticipo ve lo devo dire? grazie mille",
         F(E["prenotare"]) + " — in July and August book at least 7 days ahead, online, WhatsApp 333 555 34 20 or "
         "phone 0541 555 34 20, with dates, address, weight and height, confirmed within 24 hours; thanks "
         "acknowledged (booking never named)",
         NEW + "no thanks acknowledged; the opening hours"),
    ],
]

write_plan("it", convs)
