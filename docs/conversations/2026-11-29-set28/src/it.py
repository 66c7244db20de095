"""Italian FAQ and plan for test set 28: Doposcuola La Specola, after-school tutoring, Padua (made up).
Run: python3 it.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("materie", "Quali materie e livelli seguite?",
      "Seguiamo studenti dalla 3ª elementare alla 5ª superiore e del primo anno di università: matematica, "
      "fisica, chimica, latino, greco, italiano, inglese, tedesco, economia aziendale e informatica. Per le "
      "superiori lavoriamo con tutti gli indirizzi, dai licei agli istituti tecnici e professionali.",
      "corsi", ["materie", "livelli", "superiori", "medie", "elementari", "università"],
      ["fate anche latino", "seguite ragazzi delle superiori"])
entry("prezzi", "Quanto costa un'ora di lezione?",
      "Una lezione individuale di 60 minuti costa 20 € per elementari e medie, 24 € per le superiori e 28 € "
      "per l'università. Le lezioni di gruppo costano 13 € all'ora a studente. Non ci sono costi nascosti oltre "
      "alla quota di iscrizione.",
      "prezzi", ["prezzo", "costo", "tariffa", "ora", "lezione individuale"],
      ["quanto prendete all'ora", "qual è la tariffa delle ripetizioni"])
entry("pacchetti", "Avete pacchetti o abbonamenti?",
      "Sì. Il pacchetto da 10 ore individuali costa 200 € per le superiori (invece di 240 €) e si usa entro 3 "
      "mesi. Il doposcuola mensile, dal lunedì al venerdì dalle 14:30 alle 18:00, costa 190 € al mese, 160 € "
      "dal secondo fratello.",
      "prezzi", ["pacchetto", "abbonamento", "sconto", "mensile", "fratelli"],
      ["se prendo tante ore costa meno", "c'è un prezzo al mese"])
entry("gruppo", "Fate lezioni di gruppo o individuali?",
      "Entrambe. Le lezioni individuali si adattano al ritmo dello studente; i piccoli gruppi sono da 2 a 5 "
      "ragazzi della stessa classe e materia, a 13 € all'ora a testa. Due amici possono anche prenotare insieme "
      "una lezione di gruppo.",
      "corsi", ["gruppo", "individuale", "piccoli gruppi", "insieme", "compagno"],
      ["può venire anche un amico", "meglio da solo o in gruppo"])
entry("prova", "C'è una lezione di prova?",
      "Sì, la prima lezione di prova di 45 minuti è gratuita e senza impegno. Serve a conoscere l'insegnante e "
      "a capire da dove partire; dopo vi proponiamo un piano di lavoro. Si prenota in segreteria.",
      "corsi", ["lezione di prova", "prova gratuita", "prima lezione", "senza impegno"],
      ["si può provare", "la prima volta si paga"])
entry("orari", "Quali sono i vostri orari?",
      "Siamo aperti dal lunedì al venerdì dalle 14:00 alle 19:30 e il sabato dalle 9:00 alle 12:30. La "
      "segreteria risponde al 049 872 3315 dal lunedì al venerdì dalle 14:30 alle 18:30. Ad agosto siamo chiusi "
      "dal 5 al 25.",
      "info", ["orari", "aperti", "sabato", "segreteria", "chiusura"],
      ["a che ora aprite", "siete aperti ad agosto"])
entry("online", "Fate lezioni online?",
      "Sì, tutte le materie si possono seguire anche online con Google Meet e una lavagna digitale condivisa. Il "
      "prezzo è lo stesso delle lezioni in presenza, e si può alternare online e in sede. Serve un computer o "
      "un tablet con 1 connessione stabile.",
      "corsi", ["online", "a distanza", "meet", "videolezione", "da casa"],
      ["si può fare da casa col computer", "le lezioni a distanza costano uguale"])
entry("esami", "Preparate agli esami?",
      "Sì: esame di terza media, maturità, recupero dei debiti formativi ed esami universitari del primo anno. "
      "A giugno e dal 25 agosto organizziamo corsi intensivi: 15 ore in 3 settimane costano 270 € individuali o "
      "165 € in gruppo. I posti per i corsi estivi vanno prenotati entro il 31 maggio.",
      "corsi", ["esami", "maturità", "terza media", "debito", "corso intensivo", "estate"],
      ["mio figlio deve recuperare a settembre", "preparate la maturità"])
entry("dsa", "Seguite ragazzi con DSA?",
      "Sì, alcuni nostri tutor sono formati sui disturbi specifici dell'apprendimento (dislessia, discalculia, "
      "disgrafia). Lavoriamo con il PDP della scuola e con gli strumenti compensativi, come mappe e sintesi "
      "vocale. Il prezzo è uguale alle altre lezioni; prima facciamo un colloquio gratuito di 30 minuti con i "
      "genitori.",
      "corsi", ["dsa", "dislessia", "discalculia", "pdp", "bes", "strumenti compensativi"],
      ["mio figlio è dislessico", "avete tutor per ragazzi con difficoltà"])
entry("pagamento", "Come si paga?",
      "Si paga in segreteria con bancomat, carta di credito, Satispay o contanti, oppure con bonifico. Le "
      "lezioni singole si pagano alla fine del mese, i pacchetti e il doposcuola mensile in anticipo. Su "
      "richiesta rilasciamo ricevuta entro 7 giorni.",
      "prezzi", ["pagamento", "pagare", "bonifico", "satispay", "ricevuta", "contanti"],
      ["posso pagare con la carta", "quando si paga"])
entry("disdetta", "Come si disdice una lezione?",
      "Le lezioni si possono disdire o spostare gratis fino a 24 ore prima, chiamando la segreteria al 049 872 "
      "3315 o scrivendo su WhatsApp al 351 555 0742. Con meno di 24 ore di preavviso la lezione viene "
      "addebitata, salvo malattia con certificato medico.",
      "lezioni", ["disdire", "annullare", "spostare", "preavviso", "assenza"],
      ["non possiamo venire", "posso spostare la lezione"])
entry("insegnanti", "Chi sono gli insegnanti?",
      "I nostri 14 insegnanti sono laureati o laureandi magistrali nella materia che insegnano, con almeno 2 "
      "anni di esperienza di insegnamento. Cerchiamo di far seguire ogni studente sempre dallo stesso "
      "insegnante; se non si trova bene, lo cambiamo senza costi.",
      "lezioni", ["insegnanti", "tutor", "professori", "laureati", "esperienza"],
      ["chi fa le lezioni", "gli insegnanti sono qualificati"])
entry("iscrizione", "Come ci si iscrive?",
      "Si compila il modulo sul nostro sito o in segreteria e si fissa un colloquio conoscitivo gratuito. La "
      "quota di iscrizione annuale è di 25 € a studente e comprende l'assicurazione. Servono il codice fiscale "
      "dello studente e un documento del genitore.",
      "info", ["iscrizione", "iscriversi", "modulo", "quota", "documenti"],
      ["cosa serve per iscriverlo", "quanto costa iscriversi"])
entry("compiti", "Fate aiuto compiti per elementari e medie?",
      "Sì, nel doposcuola dalle 14:30 alle 18:00 i ragazzi di elementari e medie fanno i compiti con un tutor "
      "ogni 6 studenti, con una pausa merenda alle 16:30. Si può venire tutti i giorni o solo in alcuni giorni "
      "fissi della settimana: 2 giorni costano 95 € al mese.",
      "corsi", ["aiuto compiti", "doposcuola", "compiti", "pomeriggio", "merenda"],
      ["fate fare i compiti ai bambini", "c'è il doposcuola per le medie"])
entry("dove", "Dove siete e come si arriva?",
      "Siamo in via Lungargine del Piovego 22, 35131 Padova, a 5 minuti a piedi dalla stazione. Ci passano le "
      "linee di autobus 11 e 12 e il tram (fermata Stazione FS). Nel cortile c'è una rastrelliera per 20 bici; "
      "per le auto ci sono strisce blu nelle vie vicine.",
      "info", ["indirizzo", "dove", "autobus", "parcheggio", "bici"],
      ["dove vi trovo", "si può parcheggiare"])

write_faq("it", FAQ)

HALF = "only one half with no pointer to the other"

convs = [
    # 1
    [
        ("buongiorno, fate ripetizioni di latino per il classico? quanto viene l'ora",
         BOTH(E["materie"], E["prezzi"]) + " — yes, Latin at all secondary schools; one-to-one for secondary "
         "school 24 € per hour",
         HALF + "; the university or middle-school price"),
        ("e se viene con una sua compagna?",
         F(E["gruppo"]) + " — two friends can book a group lesson, 13 € each per hour",
         "treating it as new unclear; the one-to-one price"),
        ("possiamo fare un tentativo per vedere se le piace?",
         F(E["prova"]) + " — the first 45-minute trial lesson is free and without obligation",
         "the package entry; 'you pay the first lesson'"),
        ("va bene grazie mille, arrivederci",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover"),
    ],
    # 2
    [
        ("salve, avrei bisogno di informazioni per mio figlio",
         "Too vague to answer — choices (subjects, prices, trial lesson, DSA) or a clarifying question",
         "a handover; one entry given as certain"),
        ("legge lentissimo e scambia le lettere, a scuola gli hanno fatto il piano personalizzato. riuscite a "
         "stargli dietro?",
         TYPE + F(E["dsa"]) + " — yes, trained tutors, work with the school's PDP and compensatory tools, same "
         "price, a free 30-minute talk with the parents first",
         "tapping a choice; the homework-help entry alone; a diagnosis"),
        ("serve un colloquio prima? e per iscriverlo cosa bisogna portare",
         BOTH(E["dsa"], E["iscrizione"]) + " — yes, the free 30-minute talk; form + 25 € yearly fee, the pupil's "
         "codice fiscale and a parent's ID",
         HALF),
        ("scusi ma lei è una persona o un programma?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("buonasera, ho una domanda",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no niente di questo",
         TYPE + "Typed rejection — apologise and ask what exactly; no handover yet",
         "the same choices again; a handover straight away"),
        ("mia figlia a settembre ha da recuperare matematica, cosa avete a luglio e agosto",
         F(E["esami"]) + " — intensive courses in June and from 25 August, 15 hours in 3 weeks, 270 € one-to-one "
         "or 165 € in a group; book by 31 May",
         "the monthly after-school price; saying closed in summer without the courses"),
        ("e il corso per il test d'ingresso a medicina lo fate?",
         "Not covered (university entrance tests are not in the list) — say so plainly; may offer a person",
         "saying yes from the exams entry; inventing a course"),
    ],
    # 4
    [
        ("si può seguire dal pc senza venire? e per i soldi come si fa",
         BOTH(E["online"], E["pagamento"]) + " — yes, online via Google Meet, same price; card, Satispay, cash or "
         "bank transfer, single lessons at the end of the month, packages in advance",
         HALF),
        ("non hai capito, io chiedevo se con la 104 il comune ci rimborsa le lezioni",
         "Push-back: apologise; the FAQ says nothing about council refunds — say so, offer a person",
         "inventing a refund rule; the same full answer again without acknowledging"),
        ("lascia perdere, fammi parlare con qualcuno in carne e ossa. subito",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("c'è qualcuno??",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("sono arrabbiatissima, ho avvisato ieri alle 4 che mio figlio non veniva alle 5 e mi avete messo in conto "
         "lo stesso!! ma che schei buttati",
         F(E["disdetta"]) + " — apologise; free only up to 24 hours before, otherwise charged, unless illness with "
         "a doctor's certificate",
         "no apology; promising a refund; the payment entry"),
        ("sa mica dove fanno un buon tramezzino in centro?",
         "Not covered (where to eat) — say so kindly, back to the centre's topics",
         "a café tip; an FAQ answer; a handover"),
        ("mi richiamate al 347 555 2981 per favore",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again"),
        ("quanto ci vuole?",
         WAIT + WAITING,
         "the lesson length or course duration; an invented wait time"),
    ],
    # 6
    [
        ("giovedì alle 17 c'era chimica per giulia ma ha 38 di febbre, non ce la fa a venire",
         F(E["disdetta"]) + " — free up to 24 hours before via the office 049 872 3315 or WhatsApp 351 555 0742; "
         "later only with a doctor's certificate; do not claim it is done",
         "claiming it is cancelled; a handover with no reason"),
        ("si ok",
         "Ambiguous yes — ask what they mean or restate the step (call or WhatsApp); nothing claimed as done",
         "claiming the lesson is cancelled; a random FAQ answer"),
        ("ma la prof di chimica che la segue è laureata?",
         F(E["insegnanti"]) + " — all teachers have a (master's) degree in the subject or are finishing one, at "
         "least 2 years' experience; changed free if it doesn't work",
         "a name or a claim about this teacher; the subjects entry"),
        ("ciò, no go voja de scrivar co na machina. passème qualchedun vero par piaser",
         "Request: person in Venetian — hand over to a person",
         PW + "; answering an FAQ; asking to write in Italian"),
    ],
    # 7
    [
        ("buongiorno, il sabato siete aperti?",
         F(E["orari"]) + " — Saturday 9:00-12:30 (weekdays 14:00-19:30)",
         "weekday hours only; the after-school times"),
        ("e se prendo tante ore mi costa meno?",
         F(E["pacchetti"]) + " — 10 one-to-one hours for 200 € (secondary school) instead of 240 €, used within "
         "3 months",
         "treating it as new unclear; the group price"),
        ("avete anche chi aiuta con i compiti uno di seconda media? e la bici dove la lascio",
         BOTH(E["compiti"], E["dove"]) + " — yes, after school 14:30-18:00 with a tutor per 6 pupils (2 days 95 € "
         "a month); a bike rack for 20 bikes in the courtyard",
         HALF),
    ],
]

write_plan("it", convs)
