"""Italian FAQ and plan for test set 31: Centro Estivo Scogli e Aquiloni, children's summer camp, Genoa (made
up). Run from src/: PYTHONPATH=<check folder> python3 it.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("eta", "Per quali età è il centro estivo?",
      "Accogliamo bambini e ragazzi dai 4 ai 13 anni, divisi in 3 gruppi: 4-6, 7-10 e 11-13 anni. I bambini "
      "di 4 anni devono aver già frequentato la scuola dell'infanzia e non usare più il pannolino.",
      "iscrizioni", ["età", "anni", "fascia d'età", "gruppi", "bambini piccoli"],
      ["mio figlio ha 4 anni può venire", "fino a che età si può partecipare"])
entry("prezzi", "Quanto costa una settimana?",
      "La settimana a tempo pieno (8:30-16:30, pranzo compreso) costa 165 €, la mezza giornata (8:30-13:30 con "
      "pranzo) 110 €. Alla prima iscrizione si pagano una volta 30 € di quota associativa, assicurazione "
      "inclusa.",
      "prezzi", ["prezzo", "costo", "settimana", "tempo pieno", "mezza giornata", "quota"],
      ["quanto si spende a settimana", "prezzo mezza giornata"])
entry("fratelli", "C'è uno sconto per i fratelli?",
      "Sì: 10 % di sconto per il secondo figlio e 15 % dal terzo, sulla settimana con il prezzo più basso. Chi "
      "prenota 4 settimane o più ha inoltre 5 % di sconto. Gli sconti si sommano.",
      "prezzi", ["sconto", "fratelli", "secondo figlio", "riduzione"],
      ["ho due figli c'è una riduzione", "sconto se vengono in due"])
entry("orari", "Che orari avete? Si può portare i bambini prima?",
      "Il centro è aperto dalle 8:30 alle 16:30, ingresso entro le 9:15. Il pre-centro dalle 7:30 e il "
      "post-centro fino alle 17:30 costano 20 € a settimana ciascuno, da prenotare all'iscrizione.",
      "orari", ["orari", "ingresso anticipato", "pre-centro", "post-centro", "orario"],
      ["a che ora apre", "li posso lasciare alle 7 e mezza"])
entry("pranzo", "Com'è organizzato il pranzo? E le allergie?",
      "Il pranzo arriva da una mensa esterna ed è compreso nel prezzo, con merenda a metà mattina e a metà "
      "pomeriggio. Per allergie e intolleranze serve un certificato medico: il menù speciale è gratuito. Menù "
      "vegetariano o senza maiale su richiesta, segnalandolo 7 giorni prima.",
      "pasti", ["pranzo", "mensa", "allergie", "intolleranze", "menù", "merenda"],
      ["mia figlia è celiaca", "cosa mangiano a pranzo"])
entry("portare", "Cosa devono portare i bambini?",
      "Uno zainetto con cappellino, crema solare, borraccia e un cambio completo. Nei giorni di piscina (martedì "
      "e giovedì) anche costume, ciabatte, cuffia e asciugamano. Scrivete il nome su tutto: a fine estate "
      "teniamo gli oggetti dimenticati solo per 30 giorni.",
      "organizzazione", ["zaino", "cosa portare", "borraccia", "cambio", "costume", "crema solare"],
      ["cosa metto nello zaino", "serve il cappellino"])
entry("piscina", "Si va in piscina e in gita?",
      "Sì, 2 volte a settimana (martedì e giovedì) andiamo in piscina con istruttori di nuoto, divisi per "
      "livello; chi non sa nuotare resta nella vasca bassa. Ogni venerdì c'è una gita (Acquario, parchi di "
      "Nervi, spiaggia), inclusa nel prezzo, in pullman.",
      "attività", ["piscina", "nuoto", "gita", "acquario", "uscite"],
      ["andate al mare", "fate gite"])
entry("certificato", "Serve il certificato medico?",
      "Non serve il certificato per attività sportiva: basta l'autodichiarazione sulla salute firmata da un "
      "genitore al momento dell'iscrizione. I farmaci li diamo solo con il modulo firmato e la prescrizione. "
      "L'assicurazione infortuni e responsabilità civile è inclusa nella quota di 30 €.",
      "iscrizioni", ["certificato medico", "pediatra", "assicurazione", "infortuni", "farmaci"],
      ["se si fa male chi paga", "devo portare un certificato"])
entry("iscrizione", "Entro quando bisogna iscriversi?",
      "Le iscrizioni aprono il 1° aprile sul nostro sito e chiudono il venerdì prima della settimana scelta, "
      "ma i posti sono 60 a settimana e luglio si riempie presto. I posti ancora liberi li vedete in tempo "
      "reale sul modulo online.",
      "iscrizioni", ["iscrizione", "scadenza", "posti", "iscriversi", "prenotare"],
      ["ci sono ancora posti", "quando aprono le iscrizioni"])
entry("pagamento", "Come si paga?",
      "Con bonifico bancario o con carta in segreteria. All'iscrizione si versa un acconto del 30 %, il saldo "
      "entro il lunedì della prima settimana. Rilasciamo la ricevuta valida per la detrazione fiscale.",
      "prezzi", ["pagamento", "bonifico", "acconto", "ricevuta", "carta"],
      ["posso pagare con il bancomat", "quando si paga il saldo"])
entry("disdetta", "Posso disdire una settimana?",
      "Sì, gratis fino a 10 giorni prima dell'inizio della settimana, con una mail alla segreteria. Dopo si "
      "perde l'acconto. Se il bambino è malato, con certificato medico vi diamo un buono del 50 % da usare "
      "entro l'estate.",
      "iscrizioni", ["disdire", "disdetta", "rimborso", "cancellare", "annullare"],
      ["non veniamo più", "voglio annullare l'iscrizione"])
entry("periodo", "Quando inizia e finisce il centro estivo?",
      "Dal 16 giugno al 5 settembre, dal lunedì al venerdì. Siamo chiusi nella settimana di Ferragosto, dall'11 "
      "al 15 agosto. Si può scegliere anche una sola settimana.",
      "orari", ["date", "periodo", "giugno", "agosto", "ferragosto", "apertura"],
      ["siete aperti ad agosto", "quando inizia"])
entry("ritiro", "Chi può venire a prendere i bambini?",
      "Solo i genitori o gli adulti delegati per iscritto sul modulo di delega, con un documento d'identità. "
      "Senza delega non affidiamo il bambino a nessuno, nemmeno a parenti. I ragazzi dagli 11 anni possono "
      "uscire da soli con l'autorizzazione firmata.",
      "organizzazione", ["ritiro", "delega", "uscita", "prendere", "nonni"],
      ["può venire a prenderlo la nonna", "modulo delega"])
entry("contatti", "Come posso contattarvi?",
      "La segreteria risponde dal lunedì al venerdì dalle 8 alle 17 allo 010 589 3741, anche su WhatsApp, o "
      "via mail a info@scoglieaquiloni.example. Il sabato e la domenica siamo chiusi.",
      "contatti", ["telefono", "contatti", "segreteria", "whatsapp", "numero"],
      ["a che numero vi chiamo", "avete una mail"])
entry("cellulare", "I bambini possono portare il cellulare?",
      "Preferiamo di no. Se vi serve per il tragitto, all'arrivo lo consegnano agli animatori, che lo tengono "
      "in segreteria fino alle 16:30. Per urgenze i genitori chiamano lo 010 589 3741.",
      "organizzazione", ["cellulare", "telefonino", "smartphone", "tablet"],
      ["può tenere il telefono", "si possono portare i videogiochi"])

write_faq("it", FAQ)

HALF = "only one half with no pointer to the other"

convs = [
    # 1
    [
        ("buongiorno, ho due figli di 6 e 9 anni, quanto viene una settimana? e fate lo sconto fratelli?",
         BOTH(E["prezzi"], E["fratelli"]) + " — full day 165 € a week (half day 110 €), 30 € membership once "
         "with insurance; 10 % off for the second child on the cheaper week, 5 % for 4+ weeks",
         HALF + "; the discount on both children"),
        ("e maniman uno dei due è allergico alle noci?",
         F(E["pranzo"]) + " — a medical certificate is needed, then a special menu free of charge",
         "treating it as new unclear; promising nut-free food without the certificate"),
        ("ok. e se li porto alle 7 e mezza perché attacco a lavorare presto?",
         F(E["orari"]) + " — yes, pre-camp from 7:30 for 20 € a week, booked at registration (normal hours "
         "8:30-16:30)",
         "saying 8:30 is the earliest; the price of the week again"),
        ("perfetto, grazie mille, buona giornata",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover; claiming the children are registered"),
    ],
    # 2
    [
        ("salve, volevo chiedere una cosa per mia figlia",
         "Too vague to answer — choices (ages, prices, hours, lunch, what to bring...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("ha compiuto tre a marzo, la prendete?",
         TYPE + F(E["eta"]) + " — no: from 4 years (4-year-olds after nursery school and out of nappies)",
         "saying yes; tapping a choice; asking to rephrase"),
        ("e per l'anno prossimo, cosa deve portare da casa? e in piscina ci vanno tutti i giorni?",
         BOTH(E["portare"], E["piscina"]) + " — backpack with cap, sun cream, water bottle, a change of clothes; "
         "swimsuit, slippers, cap and towel on pool days; the pool twice a week (Tuesday and Thursday) with "
         "instructors, trips on Fridays",
         HALF + "; saying the pool is every day"),
        ("ma sto scrivendo a un programma o a una persona?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("buonasera, è per una domanda sui documenti",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no niente di tutto questo",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("devo far firmare qualche foglio dal dottore prima che il bimbo cominci?",
         F(E["certificato"]) + " — no sports certificate needed: a health self-declaration signed by a parent "
         "at registration; medicines only with the signed form and prescription; insurance in the 30 € fee",
         "the allergy entry alone; asking to rephrase again; saying a certificate is required"),
        ("fate anche doposcuola durante l'anno, da ottobre?",
         "Not covered (after-school care during the school year) — say so plainly; may offer a person",
         "inventing an after-school service; the summer dates as if they answered it"),
    ],
    # 4
    [
        ("ciao, mio figlio vorrebbe venire a luglio, fino a che giorno si fa in tempo a segnarlo e quanto va "
         "versato all'inizio?",
         BOTH(E["iscrizione"], E["pagamento"]) + " — registrations from 1 April, close the Friday before the "
         "week, 60 places a week and July fills early; 30 % deposit at registration, the rest by the Monday of "
         "the first week, transfer or card",
         HALF + "; a fixed deadline in June as the only rule"),
        ("non ho chiesto questo. voglio sapere se accettate il voucher del comune di genova per pagare",
         "Push-back: apologise; the FAQ says nothing about the city's vouchers (only transfer, card and a "
         "receipt for tax deduction) — say so, offer a person",
         "a promise that the voucher is accepted; the same full answer again without acknowledging"),
        ("ma dai, mi state facendo perdere tempo. voglio parlare subito con la responsabile",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("c'è qualcuno??",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("sono furiosa, ieri alle 16 mia cognata è passata per mia figlia e voi non gliel'avete affidata!! "
         "è assurdo",
         F(E["ritiro"]) + " — apologise for the trouble; only parents or adults delegated in writing on the "
         "form, with ID; without a delegation the child is given to nobody, relatives included",
         "no apology; blaming the parent rudely; the hours entry"),
        ("a proposito, sapete se domani c'è sciopero degli autobus amt?",
         "Not covered (a bus strike) — say so kindly, back to the camp's topics",
         "an answer given as fact; an FAQ answer; a handover"),
        ("mi richiamate al 347 555 2068 per favore",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again"),
        ("quanto devo aspettare ancora?",
         WAIT + WAITING,
         "the office hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("avevamo prenotato dal 7 all'11 luglio ma i nonni ci portano al mare in calabria, quindi il bimbo non "
         "verrà",
         F(E["disdetta"]) + " — free until 10 days before the week, by e-mail to the office; later the deposit "
         "is lost; do not claim it is cancelled",
         "claiming the week is cancelled; the registration entry"),
        ("va be sì",
         "Ambiguous yes — ask what they mean or restate the step (an e-mail to the office); nothing claimed as "
         "done",
         "claiming the week is cancelled; a random FAQ answer"),
        ("e in che settimane siete aperti ad agosto? magari lo porto dopo",
         F(E["periodo"]) + " — open until 5 September, Monday to Friday, closed 11-15 August; single weeks "
         "possible",
         "the cancellation rules again; saying August is closed"),
        ("belin, non capisci niente. fammi parlare con una persona in carne e ossa",
         "Request: person with a Genoese word — hand over to a person",
         PW + "; answering an FAQ; asking to rephrase"),
    ],
    # 7
    [
        ("buongiorno, a che numero vi posso chiamare e fino a che ora?",
         F(E["contatti"]) + " — office 010 589 3741 (also WhatsApp), Monday to Friday 8 to 17; e-mail "
         "info@scoglieaquiloni.example",
         "the camp's opening hours as the office hours; an invented number"),
        ("anche il sabato?",
         F(E["contatti"]) + " — no, closed on Saturday and Sunday",
         "treating it as new unclear; saying they are open on Saturday"),
        ("grazie. il telefonino se lo può tenere in tasca? e come faccio a sapere se a luglio c'è ancora posto?",
         BOTH(E["cellulare"], E["iscrizione"]) + " — better not; if needed it is handed to the staff and kept "
         "in the office until 16:30; free places shown live on the online form (60 a week)",
         HALF + "; saying phones are allowed all day"),
    ],
]

write_plan("it", convs)
