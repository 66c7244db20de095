"""Italian FAQ and plan for test set 32: Punto Spedizioni Vela Rossa, parcel shipping point, Naples (made up).
Run from src/: PYTHONPATH=<check folder> python3 it.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("prezzi", "Quanto costa spedire un pacco in Italia?",
      "Il prezzo dipende dal peso: fino a 2 kg 8,90 €, da 2 a 5 kg 11,50 €, da 5 a 10 kg 14,90 €, da 10 a 20 kg "
      "19,90 €, da 20 a 30 kg 26 €. Per Sicilia, Sardegna e isole minori si aggiungono 3 €.",
      "prezzi", ["prezzo", "costo", "peso", "tariffe", "chili"],
      ["quanto si paga per un pacco", "tariffe spedizione italia", "costo per 5 kg"])
entry("estero", "Spedite anche all'estero?",
      "Sì, in tutto il mondo. Unione Europea da 19 € (fino a 2 kg), Regno Unito e Svizzera da 32 €, Stati "
      "Uniti e Canada da 45 €, resto del mondo su preventivo. Il prezzo esatto lo calcoliamo allo sportello in "
      "base a peso e misure.",
      "prezzi", ["estero", "europa", "internazionale", "mondo", "regno unito"],
      ["mandate pacchi fuori italia", "quanto costa spedire in germania", "spedizione internazionale"])
entry("tempi", "Quanto ci mette un pacco ad arrivare?",
      "In Italia 24-48 ore lavorative (72 ore per isole e zone disagiate), nell'Unione Europea 3-6 giorni "
      "lavorativi, fuori UE 5-10 giorni lavorativi più i tempi di dogana. I pacchi consegnati entro le 17 "
      "partono in giornata.",
      "spedizioni", ["tempi di consegna", "quanto ci mette", "giorni", "arriva", "consegna"],
      ["in quanti giorni arriva", "se lo mando oggi quando arriva", "tempi di consegna italia"])
entry("imballaggio", "Vendete scatole e materiale per imballare?",
      "Sì, scatole di varie misure da 1,50 € a 4 €, pluriball, nastro e buste imbottite. Se preferisce, "
      "imballiamo noi il suo oggetto a partire da 3 €; per oggetti fragili consigliamo il doppio cartone.",
      "spedizioni", ["scatole", "imballaggio", "cartone", "pluriball", "imballare"],
      ["avete gli scatoloni", "mi imballate voi il pacco", "dove compro una scatola"])
entry("tracking", "Come faccio a seguire la spedizione?",
      "Sulla ricevuta trova il codice di tracciamento: lo inserisca sul nostro sito o sul sito del corriere. "
      "Il primo aggiornamento compare entro 12 ore dalla partenza. Se lascia il cellulare, il destinatario "
      "riceve anche un SMS con il giorno di consegna.",
      "spedizioni", ["tracciamento", "tracking", "codice", "seguire", "dove si trova"],
      ["dov'e il mio pacco", "codice di tracking", "come vedo dove sta la spedizione"])
entry("assicurazione", "Posso assicurare un oggetto di valore?",
      "Ogni spedizione è coperta fino a 100 € senza costi. Per oggetti di valore può aggiungere l'assicurazione "
      "fino a 2.500 €: costa il 3 % del valore dichiarato, minimo 5 €. Serve lo scontrino o una foto "
      "dell'oggetto. Non si possono spedire contanti.",
      "prezzi", ["assicurazione", "valore", "oggetto prezioso", "copertura", "assicurata"],
      ["voglio assicurare il pacco", "spedisco una cosa che costa tanto", "quanto costa l'assicurazione"])
entry("ritiro", "Venite a ritirare il pacco a casa?",
      "Sì, a Napoli città con 5 € in più sul prezzo della spedizione. Prenoti entro le 12 per il giorno dopo, "
      "scegliendo la fascia 9-13 o 14-18. Il pacco deve essere già chiuso; l'etichetta la porta il "
      "corriere.",
      "servizi", ["ritiro a domicilio", "ritiro", "a casa", "domicilio", "passate a prendere"],
      ["potete prendere il pacco da me", "ritiro a casa quanto costa", "venite voi a casa"])
entry("dogana", "Per i paesi fuori dall'UE servono documenti per la dogana?",
      "Sì: per Regno Unito, Svizzera, Stati Uniti e tutti i paesi extra UE serve la dichiarazione doganale con "
      "contenuto e valore. La compiliamo noi allo sportello per 5 €. Eventuali dazi e tasse li paga di solito "
      "il destinatario alla consegna.",
      "spedizioni", ["dogana", "extra ue", "dichiarazione doganale", "dazi", "documenti"],
      ["che documenti servono per l'america", "si pagano dazi", "modulo per la dogana"])
entry("orari", "Che orari fate?",
      "Siamo aperti dal lunedì al venerdì dalle 9 alle 13:30 e dalle 15:30 alle 19:30, il sabato dalle 9 alle "
      "13. La domenica e i festivi siamo chiusi. Telefono 081 552 4718 negli stessi orari.",
      "negozio", ["orari", "apertura", "aperti", "chiusi", "sabato"],
      ["a che ora aprite", "siete aperti il sabato pomeriggio", "orario di apertura"])
entry("smarrito", "Il mio pacco è perso o danneggiato, cosa faccio?",
      "Se il pacco arriva danneggiato, il destinatario lo segnali entro 8 giorni dalla consegna con foto del "
      "contenuto e dell'imballo. Se il tracciamento è fermo da 5 giorni lavorativi apriamo una pratica di "
      "smarrimento. Il rimborso arriva entro 30 giorni: fino a 100 € o fino al valore assicurato.",
      "reclami", ["smarrito", "perso", "danneggiato", "rotto", "reclamo", "rimborso"],
      ["il pacco non e mai arrivato", "e arrivato tutto rotto", "voglio fare reclamo"])
entry("pagamento", "Come posso pagare?",
      "Allo sportello accettiamo contanti, bancomat, carte di credito e Satispay. Per il ritiro a domicilio si "
      "paga online con carta o PayPal al momento della prenotazione. Non accettiamo assegni. Aziende: "
      "fattura mensile da 20 spedizioni al mese.",
      "negozio", ["pagare", "pagamento", "bancomat", "carta", "contanti", "satispay"],
      ["accettate la carta", "posso pagare con satispay", "si paga in contanti"])
entry("annullare", "Posso annullare un ritiro a domicilio?",
      "Sì, gratis fino alle 18 del giorno prima, dal link nella mail di conferma o chiamando lo 081 552 4718. "
      "Se annulla dopo, o se il corriere non trova nessuno, tratteniamo 5 € e rimborsiamo il resto.",
      "servizi", ["annullare", "disdire", "cancellare", "prenotazione"],
      ["voglio disdire il ritiro", "non serve piu il ritiro", "cancellare la prenotazione"])
entry("misure", "Qual è il peso massimo di un pacco?",
      "Fino a 30 kg per collo, con il lato più lungo al massimo di 150 cm e la somma di lunghezza, larghezza e "
      "altezza entro 300 cm. Per pacchi più grandi o pesanti facciamo un preventivo per spedizione su "
      "bancale.",
      "spedizioni", ["peso massimo", "misure", "dimensioni", "lunghezza", "pacco grande"],
      ["quanto puo pesare un pacco", "misure massime", "ho un pacco molto grande"])
entry("cibo", "Posso spedire cibo e prodotti alimentari?",
      "Sì, prodotti confezionati e a lunga conservazione (pasta, caffè, conserve, vino ben imballato) in Italia "
      "e nell'UE. Niente freschi come latticini e mozzarella. Per paesi extra UE molti alimenti sono vietati: "
      "chieda allo sportello. Per il vetro serve l'imballo rinforzato da 3 €.",
      "spedizioni", ["cibo", "alimenti", "prodotti alimentari", "vino", "mozzarella"],
      ["posso mandare la pasta", "si puo spedire il vino", "spedire roba da mangiare"])
entry("fermo", "Posso farmi spedire un pacco al vostro punto e ritirarlo lì?",
      "Sì, il servizio fermo punto è gratuito: indichi il nostro indirizzo, via dei Cordai Vecchi 14, 80138 "
      "Napoli, quando compra online. Teniamo il pacco 10 giorni e le mandiamo un SMS all'arrivo; per ritirarlo "
      "serve un documento.",
      "servizi", ["fermo punto", "ritirare", "punto di ritiro", "indirizzo", "giacenza"],
      ["posso far arrivare un pacco da voi", "ritiro pacco amazon in negozio", "fermo deposito"])

write_faq("it", FAQ)

HALF = "only one half with no pointer to the other"

convs = [
    # 1
    [
        ("buongiorno, devo mandare un pacco a mia figlia a torino, sono circa 7 chili. quanto viene e quando "
         "arriva?",
         BOTH(E["prezzi"], E["tempi"]) + " — 5 to 10 kg: 14.90 €; in Italy 24-48 working hours, parcels handed "
         "in by 17 leave the same day",
         HALF + "; the price for another weight; a promised day"),
        ("e se ci metto dentro pure due barattoli di ragù fatto in casa?",
         F(E["cibo"]) + " — homemade sauce in jars: food is allowed in Italy if long-life and well packed, no "
         "fresh dairy; glass needs the reinforced packing (3 €); saying to check at the counter is fine",
         "treating it as new unclear; a flat no to any food"),
        ("ok. la scatola la trovo da voi?",
         F(E["imballaggio"]) + " — yes, boxes 1.50 € to 4 €, bubble wrap, tape; packing by the staff from 3 €",
         "treating it as new unclear; the pick-up entry"),
        ("perfetto, grazie, buona giornata",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover"),
    ],
    # 2
    [
        ("salve, info su una spedizione",
         "Too vague to answer — choices (prices, abroad, tracking, insurance, pick-up...) or a clarifying "
         "question",
         "a handover; one entry given as certain"),
        ("devo mandare un orologio d'epoca a un collezionista, vale tipo 1800 euro, se si perde?",
         TYPE + F(E["assicurazione"]) + " — covered up to 100 € free; insurance up to 2,500 € for 3 % of the "
         "declared value (here 54 €), receipt or photo needed (the lost-parcel entry may be mentioned)",
         "tapping a choice; asking to rephrase; only the lost-parcel procedure with the 100 € limit"),
        ("pago col bancomat? e me lo venite a prendere voi a casa?",
         BOTH(E["pagamento"], E["ritiro"]) + " — at the counter cash, debit card, credit cards, Satispay (a home "
         "pick-up is paid online by card or PayPal); pick-up in Naples city +5 €, book by 12 for the next day, "
         "9-13 or 14-18",
         HALF + "; saying the debit card is refused"),
        ("ma sto parlando con una persona o con un computer?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("buonasera, ho un problema",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no niente di tutto questo",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("mio cugino a new york aspetta vestiti usati e qualche regalo, che carte devo preparare?",
         F(E["dogana"]) + " — the USA is outside the EU: a customs declaration with contents and value, filled "
         "in at the counter for 5 €; duties usually paid by the recipient",
         "the prices abroad only; asking to rephrase again"),
        ("fate pure i traslochi? dovrei portare tutta la roba di casa a milano",
         "Not covered (house moves) — say so plainly; the weight limit/pallet quote may be mentioned; may offer a "
         "person",
         "inventing a removal service or price"),
    ],
    # 4
    [
        ("salve, mando una chitarra a un amico a londra, con la custodia è lunga 125 cm, ci sta? e quanto mi "
         "costa mandarla in inghilterra?",
         BOTH(E["misure"], E["estero"]) + " — up to 30 kg, longest side 150 cm, sum of sides up to 300 cm, so "
         "125 cm is fine if the sum fits; United Kingdom from 32 € (customs declaration needed)",
         HALF + "; saying it is too long; the EU price for the UK"),
        ("non ho chiesto questo. voglio sapere se potete consegnarla voi a mano, non mi fido dei corrieri",
         "Push-back: apologise; the FAQ has no hand delivery by the staff (parcels go with the courier) — say so, "
         "offer a person",
         "a promised hand delivery; the same full answer again without acknowledging"),
        ("mamma mia che pazienza. fatemi parlare con qualcuno del negozio, adesso!",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("c'è nessuno?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("sono furiosa! il servizio di piatti che ho spedito a mia suocera a bari è arrivato a pezzi, 6 piatti "
         "rotti!",
         F(E["smarrito"]) + " — apologise; the recipient reports within 8 days of delivery with photos of the "
         "contents and the packing; refund within 30 days up to 100 € or the insured value",
         "no apology; the packing entry alone; a promise of full value without insurance"),
        ("a proposito, sapete a che ora gioca il napoli domenica?",
         "Not covered (a football match time) — say so kindly, back to the shop's topics",
         "a time given as fact; an FAQ answer; a handover"),
        ("mi richiamate al 331 555 7426 per favore",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the shop's phone number instead"),
        ("e tra quanto mi chiamate più o meno?",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("avevo fissato che passavate da me domani mattina per lo scatolone, ma l'ha già portato mio figlio "
         "in macchina, quindi non serve più",
         F(E["annullare"]) + " — free until 18 the day before, by the link in the confirmation e-mail or on 081 "
         "552 4718; later 5 € kept; do not claim it is cancelled",
         "claiming the pick-up is cancelled; the pick-up booking entry alone"),
        ("eh vabbuò",
         "Ambiguous yes — ask what they mean or restate the step (link or phone); nothing claimed as done",
         "claiming the pick-up is cancelled; a random FAQ answer"),
        ("ah e il codice per seguire l'altro pacco dove lo trovo?",
         F(E["tracking"]) + " — on the receipt; enter it on the shop's or the courier's website; first update "
         "within 12 hours",
         "the cancellation answer again; treating it as new unclear"),
        ("uè ma che stai dicenno? famme parlà cu nu cristiano overo, no cu 'na machinetta",
         "Request: person in Neapolitan — hand over to a person",
         PW + "; answering an FAQ; asking to write in Italian"),
    ],
    # 7
    [
        ("salve, il sabato a che ora chiudete?",
         F(E["orari"]) + " — Saturday 9-13 (Mon-Fri 9-13:30 and 15:30-19:30)",
         "invented Saturday afternoon hours"),
        ("e la domenica?",
         F(E["orari"]) + " — closed on Sundays and holidays",
         "treating it as new unclear; saying they are open"),
        ("grazie assai! se mi faccio mandare una cosa da voi perché di giorno non sto a casa, per quanti giorni "
         "la tenete? e quanto può pesare al massimo un pacco che mando io?",
         BOTH(E["fermo"], E["misure"]) + " — the pick-up point service is free: their address, kept 10 days, SMS "
         "on arrival, ID needed; up to 30 kg, longest side 150 cm",
         HALF + "; a charge for the pick-up point service"),
    ],
]

write_plan("it", convs)
