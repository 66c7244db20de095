# Ciclofficina Estense, Ferrara -- it-IT
from common import Entry as E, stopset

LANG = "it"
SHOP = "Ciclofficina Estense -- bicycle repair workshop and rental, Ferrara (it-IT)"

# Function words only (articles, pronouns, prepositions, conjunctions, auxiliaries).
STOP = stopset("""
alla alle allo anche ancora avere siete abbiamo avete aveva come con contro cosa cui dalla dalle dallo
degli della delle dello dentro dove dopo dunque essere fare fate fino gli hanno invece loro mentre molto
nella nelle nello noi nostra nostro nostri nostre ogni oppure perche piu poco posso possiamo potete puo
quale quali quando quanto quanta quanti quante quella quelle quello questa queste questo questi sempre
senza siamo sono sopra sotto stata stato sua sue suo suoi tanto tra tutta tutte tutti tutto una uno voi
vostra vostro gia qui per che non del dei sul sulla mia mio miei
""")

FAQ = [
 E("Quali sono gli orari di apertura?",
   "L'officina è aperta dal lunedì al sabato, 8:30–12:30 e 15:00–19:00. Da aprile a ottobre la domenica siamo aperti "
   "9:00–18:00 solo per il noleggio. Chiusi il 25 dicembre, il 1° gennaio e la settimana di Ferragosto.",
   "Orari", "orari;apertura;domenica;chiusura;sabato",
   "Siete aperti la domenica?|A che ora aprite?",
   ["che orari fate il sabato pomeriggio?",
    "siete aperti la domenica a novembre?",
    "passo davanti verso l'una con la gomma a terra, trovo qualcuno o state mangiando?"]),
 E("Quanto costa riparare una foratura?",
   "Il cambio della camera d'aria costa 12 € compresa la camera standard (bici da città e mountain bike); per le ruote "
   "con motore o con cambio nel mozzo 18 €. Di solito lo facciamo mentre aspetti, in circa 20 minuti, senza appuntamento.",
   "Riparazioni", "foratura;camera d'aria;gomma bucata;ruota;pneumatico",
   "Quanto costa cambiare la camera d'aria?|Riparate le gomme bucate al momento?",
   ["quanto costa cambiare la camera d'aria",
    "ho bucato, me la riparate subito?",
    "stamattina la posteriore si è sgonfiata di colpo e sono a piedi, quanto mi viene a sistemarla?"]),
 E("Quanto costa una revisione completa della bici?",
   "La revisione completa costa 45 €: regolazione di cambio e freni, centratura delle ruote, controllo di serraggi e "
   "cuscinetti, pulizia e lubrificazione della catena. I pezzi di ricambio (pastiglie, cavi, catena) si pagano a parte. "
   "La bici è pronta in 2–3 giorni lavorativi.",
   "Riparazioni", "revisione;manutenzione;freni;cambio;tagliando",
   "Fate il tagliando alla bici?|Quanto tempo ci vuole per una revisione?",
   ["fate il tagliando alla bici da corsa?",
    "quanto ci mettete per una revisone?",
    "la tengo in cantina da due anni, prima dell'estate vorrei rimetterla a posto che fa un rumore strano e frena poco"]),
 E("Serve un appuntamento per le riparazioni?",
   "Per le piccole riparazioni (forature, regolazioni, luci) non serve: passa in orario di apertura. Per revisioni e "
   "riparazioni di e-bike fissa un appuntamento chiamando lo 0532 204 718 o scrivendo su WhatsApp al 347 882 1044. In "
   "primavera i tempi di attesa sono di circa una settimana.",
   "Riparazioni", "appuntamento;prenotare;WhatsApp;attesa;telefono",
   "Devo prenotare per portare la bici?|Come prendo appuntamento?",
   ["devo prenotare o posso passare quando voglio?",
    "vi posso scrivere su whatsapp per fissare?",
    "se mi presento lunedì senza avvisare mi guardate il mezzo o mi rimandate a casa?"]),
 E("Quanto costa noleggiare una bici?",
   "City bike: 8 € mezza giornata, 12 € giornata intera, 50 € a settimana. E-bike: 30 € al giorno. Tandem: 25 € al "
   "giorno. Casco e lucchetto sono compresi. Per gruppi oltre le 6 bici conviene prenotare.",
   "Noleggio", "noleggio;affitto;prezzi;e-bike;tandem",
   "Quanto costa una bici a noleggio per un giorno?|Noleggiate bici elettriche?",
   ["quanto costa noleggiare una bici per tutto il giorno?",
    "prezzo tandem mezza giornata",
    "siamo in quattro e domenica vogliamo fare il giro delle mura pedalando, quanto ci viene?"]),
 E("Cosa serve per noleggiare?",
   "Un documento d'identità valido e un deposito cauzionale di 50 € (150 € per le e-bike), in contanti o con carta, che "
   "ti restituiamo alla riconsegna. I minori di 14 anni possono noleggiare solo accompagnati da un adulto.",
   "Noleggio", "documento;cauzione;deposito;carta d'identità;età",
   "Serve un documento per noleggiare?|Quanto è la cauzione?",
   ["serve la carta d'identità per noleggiare?",
    "quanto lasciate di cauzione per una e-bike",
    "sono un turista tedesco e ho dietro soltanto il passaporto, va bene lo stesso?"]),
 E("Riparate le bici elettriche?",
   "Sì, siamo centro assistenza Bosch e Shimano Steps. La diagnosi elettronica costa 25 € e viene scalata se fai la "
   "riparazione da noi. Le batterie non si aprono in officina: se sono difettose le spediamo al produttore (2–4 "
   "settimane).",
   "Riparazioni", "bici elettrica;e-bike;pedalata assistita;batteria;Bosch",
   "Fate assistenza sulle e-bike?|La batteria della mia e-bike non carica, potete aiutarmi?",
   ["fate assistenza su e-bike bosch?",
    "la batteria non carica più, la riparate voi?",
    "il motorino della mia si spegne ogni due per tre e sullo schermo esce un codice di errore, chi me la sistema?"]),
 E("Avete bici per bambini e seggiolini?",
   "Sì: seggiolino posteriore (fino a 22 kg) a 3 € al giorno, bici da bambino con ruote da 20 o 24 pollici a 7 € al "
   "giorno e carrellino rimorchio per due bambini a 10 € al giorno. Il casco per bambini è incluso.",
   "Noleggio", "bambini;seggiolino;carrellino;bici da bambino;famiglia",
   "Noleggiate seggiolini per bambini?|Avete bici piccole per ragazzi?",
   ["noleggiate il seggiolino per bambini?",
    "avete una bici piccola per un ragazzino di 9 anni?",
    "veniamo con nostra figlia di due anni, come ce la portiamo dietro in giro per la città?"]),
 E("Consegnate le bici in albergo?",
   "Sì, nel centro storico di Ferrara consegniamo e ritiriamo le bici a noleggio presso hotel e B&B: gratis a partire da "
   "3 bici, altrimenti 10 €. La consegna va richiesta almeno il giorno prima.",
   "Noleggio", "consegna;hotel;albergo;ritiro;B&B",
   "Portate le bici all'hotel?|Potete ritirare le bici al B&B?",
   ["portate le bici all hotel?",
    "consegna in albergo quanto costa",
    "alloggiamo in un affittacamere vicino al castello, ce le lasciate lì davanti così non giriamo a piedi con le valigie?"]),
 E("Cosa succede se la bici a noleggio viene rubata?",
   "Ogni bici è data con lucchetto: legala sempre a un punto fisso. In caso di furto devi fare denuncia ai Carabinieri o "
   "alla Polizia e portarci la copia; paghi una franchigia di 150 € (600 € per le e-bike). Senza denuncia viene "
   "addebitato il valore intero della bici.",
   "Noleggio", "furto;rubata;lucchetto;denuncia;franchigia",
   "E se mi rubano la bici?|Cosa devo fare in caso di furto?",
   ["e se mi rubano la bici?",
    "quanto pago se mi fregano la e-bike",
    "l'avevo lasciata fuori dal duomo e quando sono tornato dal gelato non c'era più, adesso che faccio??"]),
 E("Come si può pagare?",
   "Accettiamo contanti, bancomat, carte di credito (Visa, Mastercard, American Express) e Satispay. Per aziende e "
   "scuole emettiamo fattura con pagamento tramite bonifico.",
   "Pagamenti", "pagamento;bancomat;carta;Satispay;fattura",
   "Accettate il bancomat?|Posso pagare con Satispay?",
   ["accettate satispay?",
    "posso pagare con american express",
    "ho giusto due euro in tasca, col telefono o con la tessera della banca ce la facciamo?"]),
 E("Vendete bici usate?",
   "Sì, vendiamo bici usate revisionate a partire da 120 €, con 6 mesi di garanzia. Se ci porti la tua vecchia bici, la "
   "valutiamo e possiamo scalarne il valore dall'acquisto (permuta). L'elenco aggiornato delle bici disponibili è esposto "
   "in negozio.",
   "Vendita", "usato;bici usata;permuta;garanzia;acquisto",
   "Avete bici di seconda mano?|Ritirate la bici vecchia in permuta?",
   ["avete bici di seconda mano da città?",
    "se compro da voi mi ritirate la mia vecchia in permuta?",
    "sono una studentessa fuori sede, cerco un mezzo economico da comprarmi per girare in centro, che avete?"]),
]

OOS_NEAR = [
 "fate tour guidati in bici nel delta del po?",
 "riparate anche i monopattini elettrici?",
 "vendete caschi e abbigliamento da ciclismo?",
 "mi costruite una bici da corsa su misura?",
]
OOS_FAR = [
 "a che ora gioca la spal domenica?",
 "dove mangio dei buoni cappellacci di zucca in centro?",
 "domani piove a ferrara?",
 "dove si fa il passaporto a ferrara?",
]

ACTS = [
 ("buongiorno a tutti", "GREETING"),
 ("salve!", "GREETING"),
 ("grazie infinite, siete stati gentilissimi", "THANKS"),
 ("ok grazie, mi sei stato utile", "THANKS"),
 ("ciao, a presto", "BYE"),
 ("ma con chi sto parlando, sei un programma?", "BOT_QUESTION"),
 ("sto scrivendo a una persona vera o è tutto automatico?", "BOT_QUESTION"),
 ("posso parlare col meccanico?", "PERSON"),
 ("mi chiami qualcuno del negozio? preferisco parlare con una persona", "PERSON"),
 ("non c'entra niente con quello che ho chiesto", "NOT_HELPED"),
]
