"""Italian: Enoteca Vinsanto, via de' Serragli, Oltrarno, Firenze (wine shop with tastings)."""
from common_a import *

PREZ = "Quanto costa una degustazione?"
PREN = "Come si prenota una degustazione?"
DISD = "Posso disdire o spostare una degustazione?"
ORARI = "Quali sono gli orari dell'enoteca?"
SPED = "Spedite il vino?"
SCON = "C'è uno sconto sui vini assaggiati?"
LING = "Le degustazioni sono anche in inglese?"
BIMBI = "Possono partecipare bambini o chi non beve alcol?"
PRIV = "Organizzate degustazioni private o aziendali?"
PAGA = "Come posso pagare?"
ROTTA = "Una bottiglia è arrivata rotta o sa di tappo: cosa faccio?"
DOVE = "Dove vi trovate e come si arriva?"
BUONI = "Avete buoni regalo?"
ORD = "Potete procurarmi un vino che non avete in negozio?"
CIBO = "Nella degustazione c'è anche da mangiare?"

FAQ = [
 (PREZ, "La degustazione Base (3 vini toscani) costa 15 € a persona, la Classica (5 vini con tagliere di salumi e pecorino) 28 €, la Brunello (4 annate di Brunello di Montalcino) 45 €. Dura circa un'ora.", "degustazioni", "prezzo;degustazione;costo;brunello;tagliere", "quanto si spende per assaggiare|prezzi delle degustazioni|costo degustazione brunello"),
 (PREN, "Si prenota sul nostro sito o al telefono 055 123 4567 (mar–sab 10–20). Minimo 2 persone; gli orari sono alle 11, alle 16 e alle 18. Per gruppi di più di 8 persone vedi le degustazioni private.", "degustazioni", "prenotare;prenotazione;posto;orario", "come faccio a prenotare|si può prenotare online|voglio riservare una degustazione"),
 (DISD, "Può disdire o spostare gratis fino a 48 ore prima. Con meno di 48 ore tratteniamo il 50% del prezzo; se non vi presentate senza avvisare, è dovuto l'intero importo.", "degustazioni", "disdire;annullare;spostare;cancellare;penale", "annullare la prenotazione|non possiamo più venire|cambiare giorno della degustazione"),
 (ORARI, "L'enoteca è aperta da martedì a sabato dalle 10 alle 20 e la domenica dalle 15 alle 19; il lunedì è chiusa. Le degustazioni si tengono alle 11, alle 16 e alle 18 (la domenica solo alle 16).", "generale", "orari;aperto;domenica;chiuso;lunedì", "a che ora aprite|siete aperti la domenica|orari negozio"),
 (SPED, "Sì: in Italia la spedizione costa 9,90 € ed è gratuita da 120 €, con consegna in 2–4 giorni lavorativi in imballo protettivo. Nell'Unione Europea spediamo da 6 bottiglie a 25 €. Fuori dall'UE non spediamo.", "negozio", "spedizione;consegna;spedire;costo spedizione", "mandate le bottiglie a casa|quanto costa la spedizione|consegnate fuori firenze"),
 (SCON, "Sì, i vini assaggiati durante la degustazione hanno lo sconto del 10% se li acquistate lo stesso giorno; per 12 bottiglie o più lo sconto sale al 15%.", "negozio", "sconto;acquisto;bottiglie;degustati", "se compro il vino dopo costa meno|fate sconti|sconto per cassa da 12"),
 (LING, "Sì, ogni degustazione si svolge in italiano o in inglese: indicatelo alla prenotazione. In altre lingue non siamo in grado di condurla.", "degustazioni", "inglese;lingua;english;stranieri", "parlate inglese|degustazione in inglese per amici stranieri|in che lingua"),
 (BIMBI, "I minori di 18 anni possono accompagnare gli adulti ma non assaggiano vino: per loro c'è succo d'uva gratuito. Per chi non beve alcol c'è la degustazione analcolica (succhi e mosto) a 10 €.", "degustazioni", "bambini;minorenni;analcolico;non bevo;gravidanza", "posso portare mio figlio|sono astemio|c'è qualcosa senza alcol"),
 (PRIV, "Sì, per gruppi da 8 a 20 persone organizziamo degustazioni private, anche per aziende, a 40 € a persona con tagliere. Prenotate almeno 2 settimane prima per e-mail a info@enotecavinsanto.example.", "degustazioni", "privata;gruppo;aziendale;evento;festa", "siamo in tanti|evento per l'ufficio|degustazione per un compleanno"),
 (PAGA, "Accettiamo contanti, bancomat, carte di credito e Satispay. Le degustazioni prenotate online si pagano con carta al momento della prenotazione. Non accettiamo assegni.", "generale", "pagamento;carta;contanti;satispay;bancomat", "si può pagare con la carta|accettate satispay|pago in contanti"),
 (ROTTA, "Ci dispiace! Scriveteci entro 7 giorni dalla consegna con una foto della bottiglia e dell'imballo (o riportate la bottiglia se sa di tappo). Vi mandiamo una bottiglia nuova senza spese o vi rimborsiamo.", "negozio", "rotta;tappo;danneggiata;reclamo;rimborso", "bottiglia spaccata|il vino sa di tappo|pacco arrivato bagnato"),
 (DOVE, "Siamo in via de' Serragli 48 rosso, in Oltrarno, a 10 minuti a piedi da Ponte Vecchio. La via è in ZTL: il parcheggio più vicino è quello di Porta Romana; i bus 11 e 36 fermano a pochi metri.", "generale", "indirizzo;dove;parcheggio;ztl;arrivare", "qual è l'indirizzo|dove si parcheggia|come ci arrivo dalla stazione"),
 (BUONI, "Sì, buoni regalo da 30 € in su, per il negozio o per una degustazione. Si comprano in enoteca o sul sito, valgono 12 mesi e non si convertono in denaro.", "generale", "buono regalo;regalo;gift card;regalare", "voglio regalare una degustazione|avete gift card|idea regalo"),
 (ORD, "Sì, su ordinazione procuriamo vini che non abbiamo in assortimento, di solito in 5–10 giorni lavorativi, con un acconto del 30%. Vi avvisiamo per telefono quando arrivano.", "negozio", "ordinare;procurare;non disponibile;ordinazione;acconto", "cerco un vino particolare|me lo potete ordinare|non lo trovo sugli scaffali"),
 (CIBO, "La degustazione Classica e quelle private includono un tagliere di salumi toscani, pecorino e pane; la Base e la Brunello solo grissini. Segnalate allergie o dieta vegetariana alla prenotazione. Non serviamo pasti completi.", "degustazioni", "cibo;tagliere;mangiare;allergie;vegetariano", "c'è qualcosa da mangiare|sono vegetariano|tagliere incluso"),
]
write_faq("it", FAQ)

C = [
 [("bonasera, icche costa la degustazione? e la domenica siete aperti?", B(PREZ, ORARI, "Base 15 €, Classica 28 €, Brunello 45 € a persona; domenica 15–19, degustazione alle 16"), "una metà sola; prenotazione"),
  ("e quella co' i brunelli?", F(PREZ, "45 € a persona (seguito di 1.1)"), "spedizione; 'non coperto'"),
  ("e se uno un capisce l'italiano? vien la mi' cugina di londra", F(LING, "sì, in italiano o inglese, da indicare alla prenotazione"), "spedizione all'estero; 'non coperto'"),
  ("ganzo, grazie", "Small talk: ringraziamento ('ganzo' = ottimo) — risposta breve", "ripetere la risposta; passare a un operatore")],
 [("salve, per le bottiglie", "Too vague to answer — scelte (spedizione, bottiglia rotta, ordinazione) o domanda", "una risposta a caso come definitiva"),
  ("me ne fate arrivare 6 a lucca? quanto viene?", TYPE + F(SPED, "9,90 €, gratis da 120 €, 2–4 giorni lavorativi"), "toccare una scelta invece di scrivere; UE 25 €"),
  ("e un vino che un c'avete me lo fate arrivare? si po paga' co satispay?", B(ORD, PAGA, "su ordinazione 5–10 giorni, acconto 30%; sì Satispay"), "una metà sola"),
  ("ma te tu sei una persona o un programma?", "Small talk: sei un bot — onesto: assistente automatico, un operatore è disponibile", "dire di essere umano")],
 [("per la degustazione di sabato", "Too vague to answer — scelte (prenotare, disdire, prezzo) o domanda", "disdire senza che sia chiesto; passaggio a operatore"),
  ("no un e quello. la mi' bimba c'ha 12 anni, la po veni'?", REJECT + F(BIMBI, "sì accompagnata, niente vino, succo d'uva gratis"), "stesse scelte di nuovo; prezzo"),
  ("e c'e da mangia' qualcosa o si beve e basta?", F(CIBO, "tagliere nella Classica e nelle private, grissini nella Base e Brunello; allergie alla prenotazione"), "orari; 'non coperto'"),
  ("e voi fate anche i corsi da sommelier?", "Not covered by the FAQ (corso da sommelier, vicino al mestiere ma non offerto) — no onesto, offrire una persona", "degustazioni private vendute come corso; inventare un corso")],
 [("s'è in 12 colleghi, si po fa' una cosa solo per noi? e se poi si piglia roba da porta' a casa, ci venite incontro sul prezzo?", B(PRIV, SCON, "private 8–20 persone, 40 € a testa, 2 settimane prima; 10% sui vini assaggiati, 15% da 12 bottiglie"), "una metà sola; prenotazione normale"),
  ("un e icche v'ho chiesto", "Push-back (first time) — scusarsi, chiedere cosa manca o offrire una persona", "ripetere la stessa risposta"),
  ("boia, un capite nulla, voglio parla' con uno vero", "Push-back (second time in a row) + richiesta arrabbiata di una persona — passare ora", "un'altra risposta FAQ"),
  ("oh?? c'e qualcuno", WAIT + "Waiting — rassicurare, niente FAQ, nessun tempo inventato", "risposta FAQ; tempo inventato")],
 [("m'avete mandato il chianti tutto rotto, la hassa era fradicia!! ma che roba e'", F(ROTTA, "scuse; entro 7 giorni con foto, bottiglia nuova senza spese o rimborso"), "costi di spedizione; passare subito senza risposta"),
  ("icche danno stasera alla pergola?", "Not covered by the FAQ (teatro, senza rapporto) — no gentile e onesto", "qualsiasi FAQ; scelte di FAQ"),
  ("richiamatemi al 347 123 4567", "Request for a person (richiamata con numero) — passare / inoltrare il numero", "dare il numero del negozio; ignorare il numero"),
  ("quanto ci vole?", AFTER + "Waiting — rassicurare, nessun tempo inventato", "tempi di spedizione; tempo inventato")],
 [("domani alle 18 un ce la si fa piu a veni', s'era in 4", F(DISD, "gratis fino a 48 ore prima; domani = meno di 48 ore, quindi si trattiene il 50%"), "dire che è già disdetta; prenotare di nuovo"),
  ("eh si", "Ambiguous sì — confermare di aver capito o chiedere; mai dire che la prenotazione è annullata", "'La prenotazione è stata annullata'"),
  ("o bimbo, passami qualcuno di codesta enoteca in carne e ossa", "Request for a person (dialetto) — passare a una persona", "risposta FAQ; 'non ho capito'")],
 [("buongiorno, dove siete di preciso? e i buoni regalo li fate?", B(DOVE, BUONI, "via de' Serragli 48r, Oltrarno, ZTL, parcheggio Porta Romana; buoni da 30 €"), "una metà sola"),
  ("e quanto dura codesto buono?", F(BUONI, "12 mesi (seguito di 7.1)"), "durata della degustazione (un'ora)"),
  ("mi garberebbe regalarla, come si fa a fissare il giorno?", F(PREN, "sito o 055 123 4567, minimo 2 persone; buono per la degustazione"), "disdire; prezzo solo"),
  ("grazie, bona", "Small talk: saluto ('bona' = ciao) — breve", "risposta FAQ")],
]
write_plan("it", C)
