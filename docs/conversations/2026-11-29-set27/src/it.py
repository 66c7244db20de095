"""Italian FAQ and plan for test set 27: Laboratorio Analisi Cliniche Levante, Bari (made up). Run: python3 it.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("digiuno", "Devo essere a digiuno per le analisi del sangue?",
      "Sì, per la maggior parte degli esami (glicemia, colesterolo, trigliceridi) serve un digiuno di 8-12 ore: "
      "si può bere solo acqua naturale, niente caffè, latte o sigarette. I farmaci abituali di solito si "
      "prendono dopo il prelievo, ma chieda sempre al Suo medico.",
      "prelievi", ["digiuno", "mangiare", "colazione", "acqua", "stomaco vuoto"],
      ["posso fare colazione prima del prelievo", "quante ore senza mangiare"])
entry("prenotazione", "Serve la prenotazione per il prelievo?",
      "No, per i prelievi di sangue si accede senza prenotazione dal lunedì al sabato dalle 7:00 alle 10:30, "
      "con il numero progressivo. Se vuole evitare l'attesa può prenotare un orario online o allo "
      "080 552 1938. La prenotazione è obbligatoria solo per la curva glicemica e per i prelievi a domicilio.",
      "prelievi", ["prenotazione", "prenotare", "senza appuntamento", "accesso diretto", "attesa"],
      ["bisogna prenotare per le analisi", "posso venire senza appuntamento"])
entry("orari", "Quali sono gli orari di apertura?",
      "Prelievi: dal lunedì al sabato dalle 7:00 alle 10:30. Segreteria e ritiro referti: dal lunedì al venerdì "
      "dalle 7:00 alle 18:00, il sabato dalle 7:00 alle 12:00. La domenica e nei giorni festivi siamo chiusi.",
      "informazioni", ["orari", "apertura", "aperti", "sabato", "domenica"],
      ["a che ora aprite", "siete aperti il sabato"])
entry("referti", "Come ricevo i referti?",
      "Può scaricarli online con le credenziali stampate sul foglio di accettazione: gli esami di routine sono "
      "pronti in 1-2 giorni lavorativi, alcuni esami speciali fino a 7 giorni. Se preferisce la copia cartacea, "
      "la ritira allo sportello; un'altra persona può ritirarla con delega e copia del Suo documento.",
      "referti", ["referti", "risultati", "online", "credenziali", "delega"],
      ["quando sono pronti i risultati", "posso vedere i referti da casa"])
entry("ticket", "Quanto si paga con la ricetta del medico?",
      "Con la ricetta del Servizio Sanitario (anche dematerializzata, con il codice NRE) si paga solo il ticket "
      "regionale, al massimo 36,15 € per ricetta, fino a 8 esami. Chi ha un'esenzione (per età e reddito, per "
      "patologia o invalidità) non paga il ticket per gli esami esenti: porti il codice di esenzione.",
      "costi", ["ticket", "ricetta", "impegnativa", "esenzione", "servizio sanitario"],
      ["quanto costa il ticket", "ho l'impegnativa del medico, quanto pago"])
entry("privato", "Quanto costano le analisi senza ricetta?",
      "Senza ricetta si paga il prezzo privato del nostro listino, per esempio emocromo 6 €, glicemia 3 €, "
      "colesterolo totale 4 €, check-up base con 12 esami 45 €. Il listino completo è in accettazione e sul "
      "nostro sito; i tempi dei referti sono gli stessi.",
      "costi", ["privato", "senza ricetta", "listino", "prezzi", "costo"],
      ["quanto costa un emocromo", "prezzi delle analisi private"])
entry("domicilio", "Fate prelievi a domicilio?",
      "Sì, un nostro infermiere viene a casa a Bari e nei comuni vicini (Modugno, Triggiano, Valenzano, "
      "Bitritto, Capurso) dal lunedì al sabato tra le 7:00 e le 9:30. Il servizio costa 25 € oltre al costo "
      "degli esami o al ticket. Prenoti entro le 13:00 del giorno prima.",
      "prelievi", ["domicilio", "prelievo domiciliare", "infermiere", "anziani", "allettati"],
      ["potete venire a casa per il prelievo", "mia madre non può uscire, venite voi?"])
entry("bambini", "Fate i prelievi ai bambini?",
      "Sì, i nostri infermieri sono abituati ai più piccoli. Per i bambini sotto i 6 anni consigliamo di "
      "prenotare nella fascia 8:30-10:00, quando c'è meno attesa; un genitore resta sempre con il bambino. Può "
      "applicare un cerotto anestetico, che trova in farmacia, 1 ora prima del prelievo.",
      "prelievi", ["bambini", "bambino", "pediatrico", "neonato", "paura degli aghi"],
      ["mio figlio ha paura degli aghi", "fate prelievi ai neonati"])
entry("urine", "Come devo raccogliere le urine?",
      "Usi un contenitore sterile (in farmacia o da noi a 1 €). Raccolga le prime urine del mattino: lavi mani e "
      "genitali, scarti il primo getto e raccolga quello intermedio. Chiuda bene il contenitore e lo porti in "
      "laboratorio entro 2 ore, dalle 7:00 alle 10:30.",
      "prelievi", ["urine", "contenitore", "urinocoltura", "raccolta", "pipì"],
      ["come si raccoglie la pipì", "posso portare le urine del giorno prima"])
entry("documenti", "Cosa devo portare il giorno del prelievo?",
      "Porti un documento d'identità, la tessera sanitaria, la ricetta del medico (o il promemoria con il codice "
      "NRE) e l'eventuale codice di esenzione. I minori di 18 anni devono essere accompagnati da un genitore. Se "
      "ha esami precedenti, li porti: aiutano il confronto.",
      "informazioni", ["documenti", "tessera sanitaria", "documento d'identità", "cosa portare"],
      ["cosa serve per fare le analisi", "devo portare la tessera sanitaria?"])
entry("pagamento", "Come posso pagare?",
      "In accettazione può pagare in contanti, con bancomat, carta di credito o Satispay. Ricevuta e fattura "
      "valgono per la detrazione del 19 % nella dichiarazione dei redditi, se il pagamento è tracciabile.",
      "costi", ["pagamento", "bancomat", "carta", "contanti", "detrazione"],
      ["accettate il bancomat", "posso pagare con la carta"])
entry("disdetta", "Come disdico o sposto una prenotazione?",
      "Usi il link nel messaggio di conferma oppure chiami lo 080 552 1938 almeno 24 ore prima: disdire o "
      "spostare è gratuito. Per i prelievi a domicilio avvisi entro le 18:00 del giorno prima, altrimenti "
      "addebitiamo i 25 € dell'uscita.",
      "prelievi", ["disdire", "disdetta", "annullare", "spostare", "prenotazione"],
      ["devo annullare la prenotazione", "posso cambiare giorno?"])
entry("gravidanza", "Fate il test di gravidanza sul sangue?",
      "Sì, il dosaggio delle beta-hCG. Senza ricetta costa 14 €; se il prelievo è fatto entro le 9:00, il "
      "risultato è online lo stesso giorno dalle 15:00. Non serve il digiuno.",
      "esami", ["gravidanza", "beta hcg", "test di gravidanza", "incinta"],
      ["quanto costa il test di gravidanza", "posso sapere oggi se sono incinta"])
entry("dove", "Dove si trova il laboratorio e c'è parcheggio?",
      "Siamo in via dei Mandorli 27, 70126 Bari, a 10 minuti a piedi dalla stazione Bari Centrale. Per chi "
      "arriva in auto c'è un parcheggio convenzionato in via dei Carrubi: la prima ora è gratuita con il timbro "
      "dell'accettazione.",
      "informazioni", ["indirizzo", "parcheggio", "dove siete", "come arrivare", "auto"],
      ["dove vi trovate", "si può parcheggiare vicino?"])
entry("curva", "Fate la curva glicemica?",
      "Sì, la curva da carico di glucosio (OGTT), anche per il diabete in gravidanza. Serve la prenotazione: si "
      "presenta a digiuno alle 7:30 e resta in laboratorio circa 2 ore, senza mangiare né fumare. Con la ricetta "
      "si paga il ticket, senza ricetta costa 20 €.",
      "esami", ["curva glicemica", "curva da carico", "glucosio", "ogtt", "diabete"],
      ["quanto dura la curva glicemica", "devo prenotare la curva da carico"])

HALF = "only one half with no pointer to the other"

convs = [
    [
        ("buongiorno, domani vorrei fare emocromo e colesterolo. devo venire senza mangiare? e bisogna prenotare "
         "o vengo e basta?",
         BOTH(E["digiuno"], E["prenotazione"]) + " — yes, 8-12 hours fasting, only water; no booking needed for "
         "blood tests, Mon-Sat 7:00-10:30 (booking online only to avoid waiting)",
         HALF + "; the glucose-curve entry"),
        ("e un caffè lo posso prendere?",
         F(E["digiuno"]) + " — no, only still water (no coffee, milk or cigarettes)",
         "treating it as a new unclear question; 'yes'"),
        ("e se non ho la ricetta quanto mi viene? i risultati li vedo dal cellulare?",
         BOTH(E["privato"], E["referti"]) + " — private prices: blood count 6 €, total cholesterol 4 €; reports "
         "online with the credentials on the acceptance sheet, routine tests in 1-2 working days",
         HALF + "; the ticket entry alone"),
        ("va bene, grazie assai, buona giornata",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover"),
    ],
    [
        ("salve, avrei bisogno di un'informazione per mia madre",
         "Too vague to answer — choices (home sampling, booking, prices/ticket, documents) or a clarifying "
         "question",
         "a handover; one entry given as certain"),
        ("ha 84 anni e non esce più di casa, potete mandare qualcuno da lei a bitritto per farle le analisi?",
         TYPE + F(E["domicilio"]) + " — yes, Bitritto is served; Mon-Sat 7:00-9:30, 25 € on top, book by 13:00 "
         "the day before",
         "'no'; the booking entry alone; tapping a choice"),
        ("quanto costa in più? e lei ha l'esenzione, il ticket lo paga lo stesso?",
         BOTH(E["domicilio"], E["ticket"]) + " — 25 € for the home visit; with an exemption no ticket for the "
         "exempt tests (bring the exemption code)",
         HALF + "; the private-price entry"),
        ("scusi, ma sto scrivendo con una persona o con un computer?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    [
        ("buonasera, ho un dubbio per domani mattina",
         "Too vague to answer — choices (fasting, booking, documents, urine sample, opening hours) or a "
         "clarifying question",
         "a handover; one entry given as certain"),
        ("no, niente di tutto questo",
         TYPE + "Typed rejection — apologise and ask what exactly; no handover yet",
         "the same choices again; a handover straight away"),
        ("il medico mi ha dato la boccetta sterile, la posso riempire stasera prima di andare a letto e "
         "portarvela domattina?",
         F(E["urine"]) + " — no: the first urine of the morning, midstream, brought to the lab within 2 hours "
         "(7:00-10:30)",
         "'yes'; the fasting entry; the documents entry"),
        ("fate anche le ecografie o le radiografie?",
         "Not covered by the FAQ (a laboratory: no ultrasound or X-rays) — say so honestly, offer a person",
         "an FAQ answer as if it covered imaging; inventing prices"),
    ],
    [
        ("mia figlia di 4 anni deve fare le analisi del sangue, ma appena vede una siringa si mette a urlare. "
         "come vi organizzate con i piccoli? e la richiesta della dottoressa la posso usare da voi?",
         BOTH(E["bambini"], E["ticket"]) + " — nurses used to small children, book 8:30-10:00 for under-6s, a "
         "parent stays, anaesthetic patch from the pharmacy 1 hour before; the doctor's prescription is valid, "
         "ticket at most 36,15 €",
         HALF + "; the private-price entry"),
        ("non mi ha risposto. chi le fa il prelievo, un'infermiera pediatrica o uno qualsiasi? lo voglio sapere "
         "prima",
         "Push-back (first time) — apologise; the FAQ does not say who takes the sample; point to what it has ("
         + F(E["bambini"]) + ") or offer a person",
         "repeating the children answer unchanged; no apology; inventing staff details"),
        ("non mi state aiutando per niente. fatemi parlare con qualcuno del laboratorio, subito",
         "Push-back (second time in a row) + Request for a person (direct, annoyed) — apologise, hand over",
         PW),
        ("pronto? c'è qualcuno?",
         WAIT + WAITING,
         "a new greeting as if the chat had just started; an FAQ answer"),
    ],
    [
        ("sono venuta stamattina per l'esame dello zucchero che dura due ore e mi avete rimandata a casa perché "
         "non avevo l'appuntamento. è una vergogna!!",
         F(E["curva"]) + " — apologise; the glucose curve (OGTT) needs a booking: come fasting at 7:30, about 2 "
         "hours; ticket with a prescription, 20 € without",
         "no apology; the booking entry's 'no booking needed' alone; the fasting entry alone"),
        ("già che ci sono, dove si mangia una buona focaccia qui vicino?",
         "Not covered by the FAQ (unrelated: food) — short honest reply",
         "the location entry; inventing a bakery"),
        ("potete richiamarmi al 347 812 5590? dopo le 15 se possibile",
         "Request for a person (callback with number) — hand over / pass on the callback request",
         "only the lab's phone number without taking the request; " + PW),
        ("quanto ci vuole?",
         WAIT + WAITING,
         "the report times (1-2 working days); inventing a wait time"),
    ],
    [
        ("avevo chiesto l'infermiere a casa per mio padre sabato mattina, ma ieri l'hanno ricoverato in "
         "ospedale",
         F(E["disdetta"]) + " — free by phone 080 552 1938 or the link in the confirmation; for home visits "
         "tell the lab by 18:00 the day before, otherwise 25 €; do not claim it is cancelled",
         "'your booking has been cancelled'; the home-sampling entry alone"),
        ("si ok",
         "Ambiguous sì — acknowledge or ask what it refers to; never claim a cancellation",
         "confirming a cancellation"),
        ("un'altra cosa, per sapere se sono incinta col prelievo quanto si spende e quando lo so?",
         F(E["gravidanza"]) + " — beta-hCG 14 € without prescription; sampled by 9:00, result online the same "
         "day from 15:00; no fasting needed",
         "the glucose-curve entry; the private-price entry alone without the pregnancy test"),
        ("ué, ma addò stè nu crestiàne vére? vogghie parlà cu quaccheduno de vuje",
         "Request for a person (dialect, Bari) — hand over",
         PW),
    ],
    [
        ("buongiorno! siete aperti anche il sabato pomeriggio? e dove vi trovate di preciso?",
         BOTH(E["orari"], E["dove"]) + " — Saturday only until 12:00 (samples until 10:30), closed in the "
         "afternoon; via dei Mandorli 27, 10 minutes on foot from Bari Centrale",
         HALF + "; 'open Saturday afternoon'"),
        ("e la macchina dove la lascio?",
         F(E["dove"]) + " — partner car park in via dei Carrubi, first hour free with the acceptance stamp",
         "treating it as a new unclear question; the home-sampling entry"),
        ("ok. oltre alla ricetta cosa mi porto? e si può pagare col bancomat?",
         BOTH(E["documenti"], E["pagamento"]) + " — ID, health card (tessera sanitaria), exemption code if any; "
         "cash, bancomat, credit card or Satispay",
         HALF + "; the ticket entry alone"),
    ],
]

write_faq("it", FAQ)
write_plan("it", convs)
print("it: %d entries, %d conversations, %d turns" % (len(FAQ), len(convs), sum(len(c) for c in convs)))
