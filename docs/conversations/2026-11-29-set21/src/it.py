"""it: Club Fitness San Vitale, Via San Vitale 58, 40125 Bologna (fitness club)."""
from common_a import Faq, write_faq, write_plan, WAIT, CHOICE, REJECT

FAQ = [
 ("Quanto costa l'abbonamento?", "Il mensile costa 49 €, il trimestrale 129 € e l'annuale 390 €. Alla prima iscrizione si aggiunge una quota di 25 € che comprende l'assicurazione. Tutti gli abbonamenti includono sala pesi e corsi.", "Abbonamenti", "abbonamento;prezzo;mensile;annuale;iscrizione", "quanto costa iscriversi|prezzi palestra|costo mensile"),
 ("Quali sono gli orari di apertura?", "Dal lunedì al venerdì 6:30-22:30, sabato 9:00-19:00, domenica 9:00-14:00. Nei giorni festivi e in agosto l'orario è ridotto (9:00-14:00).", "Informazioni", "orari;aperto;domenica;festivi", "a che ora aprite|siete aperti la domenica|orario palestra"),
 ("Che corsi ci sono?", "Spinning lunedì, mercoledì e venerdì alle 19:00; pilates martedì e giovedì alle 18:30; yoga sabato alle 10:00; functional training tutte le mattine alle 7:15. I corsi sono inclusi nell'abbonamento, massimo 20 persone.", "Corsi", "corsi;spinning;pilates;yoga;functional", "quali lezioni fate|c'è yoga|orari corsi"),
 ("Come prenoto un corso?", "I corsi si prenotano nell'app del club fino a 7 giorni prima. Senza app puoi prenotare alla reception o al telefono 051 234 5678.", "Corsi", "prenotare;app;lezione;posto", "come mi iscrivo a una lezione|prenotare spinning|app prenotazioni"),
 ("Come disdico la prenotazione di un corso?", "Puoi disdire nell'app fino a 2 ore prima della lezione. Chi non si presenta 3 volte in un mese senza disdire non può prenotare corsi per 7 giorni; il blocco si toglie da solo.", "Corsi", "disdire prenotazione;assenza;blocco;app", "cancellare una lezione|non riesco a venire al corso|mi ha bloccato l'app"),
 ("Avete un personal trainer?", "Sì: una seduta costa 40 €, il pacchetto da 10 sedute 350 €. La prima consulenza di 30 minuti con valutazione è gratuita. Si prenota alla reception.", "Servizi", "personal trainer;seduta;allenamento personalizzato;pacchetto", "quanto costa il personal|allenamento individuale|scheda personalizzata"),
 ("La sauna è inclusa?", "Sauna e bagno turco sono inclusi nell'abbonamento annuale; con mensile o trimestrale costano 10 € al mese in più oppure 8 € a ingresso. Sono aperti dalle 10:00 alla chiusura; servono costume, ciabatte e telo.", "Servizi", "sauna;bagno turco;benessere;spa", "si paga la sauna|c'è il bagno turco|area benessere"),
 ("Posso sospendere l'abbonamento?", "Sì, il trimestrale e l'annuale si possono congelare da 14 a 60 giorni all'anno, chiedendo alla reception o per email. Con certificato medico è gratuito, altrimenti costa 15 €. Il mensile non si può sospendere.", "Abbonamenti", "congelare;sospendere;freeze;malattia;viaggio", "congelare l'abbonamento|sono malato posso fermare|vado via due mesi"),
 ("Posso provare la palestra o portare un amico?", "La prima prova è gratuita per un giorno, basta un documento. Gli iscritti possono portare un ospite una volta al mese per 8 €; l'ingresso giornaliero singolo costa 12 €.", "Abbonamenti", "prova gratuita;ospite;amico;ingresso giornaliero", "lezione di prova|ingresso singolo|posso venire con un amico"),
 ("Serve il certificato medico?", "Sì, serve un certificato medico per attività sportiva non agonistica, da consegnare entro 15 giorni dall'iscrizione. Senza certificato dopo 15 giorni l'ingresso viene sospeso.", "Abbonamenti", "certificato medico;non agonistico;visita", "devo portare il certificato|visita medica|certificato sportivo"),
 ("Come disdico l'abbonamento?", "Il mensile finisce da solo e non si rinnova. Trimestrale e annuale si rinnovano automaticamente: per disdire manda una email a info@clubsanvitale.it o firma il modulo in reception almeno 30 giorni prima della scadenza. Le quote già pagate non si rimborsano.", "Abbonamenti", "disdire;disdetta;rinnovo;recesso", "non voglio rinnovare|cancellare l'iscrizione|chiudere l'abbonamento"),
 ("Come posso pagare?", "Puoi pagare con carta, bancomat, contanti o Satispay. L'annuale si può pagare in 12 rate da 33 € con addebito SEPA sul conto.", "Abbonamenti", "pagamento;rate;bancomat;satispay;sepa", "posso pagare a rate|accettate satispay|pagamento mensile"),
 ("Dove siete e dove posso parcheggiare?", "Siamo in Via San Vitale 58, 40125 Bologna, fermata autobus 14 e 19. Non abbiamo parcheggio; il parcheggio convenzionato Piazza VIII Agosto costa 1 € all'ora mostrando la tessera.", "Informazioni", "indirizzo;parcheggio;autobus;dove", "come arrivo|c'è parcheggio|fermata bus"),
 ("Ci sono armadietti e asciugamani?", "Gli armadietti sono gratuiti con lucchetto proprio oppure a moneta da 1 € (restituita). L'asciugamano si noleggia alla reception a 2 €.", "Servizi", "armadietto;asciugamano;spogliatoio;lucchetto", "dove lascio la borsa|noleggio asciugamano|spogliatoi"),
 ("Ci sono sconti?", "Studenti universitari con tesserino: 20 % sugli abbonamenti. Over 65: 15 %. Chi si iscrive in coppia non paga la quota di iscrizione.", "Abbonamenti", "sconto;studenti;over 65;coppia;promozione", "sconto studenti|offerte|riduzioni"),
]
write_faq("it", FAQ)
F = Faq("it")
C = [
 [
  ("ciao quanto costa l'abbonamento e la domenica siete aperti?", F.both(0, 1, "49 € mese, 129 € trimestre, 390 € anno + 25 € iscrizione; domenica 9-14"), "una sola metà senza rimando all'altra"),
  ("e per gli universitari?", F(14, "20 % con tesserino"), "prezzi ripetuti; orari"),
  ("ok grazie ciao", "Small talk: acknowledgement + thanks + goodbye", "risposta FAQ; passaggio a una persona"),
 ],
 [
  ("corsi", "Too vague to answer — scelte (quali corsi, prenotare, disdire) o domanda", "passaggio a una persona; risposta a caso"),
  ("c'e qualcosa in bici la sera dopo il lavoro?", CHOICE + F(2, "lunedì, mercoledì e venerdì alle 19:00"), "toccare una scelta; orari di apertura"),
  ("si paga a parte e come faccio a tenermi il posto", F.both(2, 3, "inclusi nell'abbonamento; app fino a 7 giorni prima, reception o telefono"), "una sola metà; personal trainer"),
  ("ma sei un bot?", "Small talk: \"are you a bot?\" — onesto: assistente automatico, può subentrare una persona", "dire di essere umano; risposta FAQ"),
 ],
 [
  ("abbonamento", "Too vague to answer — scelte (prezzi, sospendere, disdire) o domanda", "passaggio a una persona; una sola risposta sicura"),
  ("no non c'entra", REJECT + "Typed rejection — scusarsi, chiedere la domanda o offrire una persona", "ripetere le stesse scelte"),
  ("a marzo parto per l'erasmus fino a maggio, l'annuale lo posso bloccare intanto?", F(7, "da 14 a 60 giorni l'anno, 15 € senza certificato medico, richiesta in reception o email"), "disdetta abbonamento; prezzi"),
  ("fate anche fisioterapia? ho male al ginocchio", "Not covered by the FAQ (fisioterapia non offerta) — onesto, offrire una persona", "personal trainer come se rispondesse"),
 ],
 [
  ("la stanza calda col vapore e extra? e il dottore deve firmarmi qualcosa?", F.both(6, 9, "inclusa nell'annuale, altrimenti +10 €/mese o 8 € a ingresso; certificato non agonistico entro 15 giorni"), "una sola metà"),
  ("non ho chiesto questo, voglio sapere se posso andarci con mio marito", "Push-back (first time) — scusarsi; ospite una volta al mese 8 € o iscrizione in coppia; oppure offrire una persona", "ripetere la stessa risposta parola per parola"),
  ("basta, fatemi parlare con una persona vera!!", "Push-back (second time in a row) + angry request for a person — passare subito", "un'altra risposta FAQ; chiedere di riformulare"),
  ("pronto?? c'e qualcuno", WAIT + "Waiting — rassicurare, nessuna risposta FAQ, nessun tempo inventato", "risposta FAQ; nuovo menu di benvenuto"),
 ],
 [
  ("l'app non mi fa piu segnare a niente, pago 49 euro al mese e non posso fare pilates, ma siamo matti??", F(4, "scusarsi; 3 assenze senza disdetta in un mese = blocco di 7 giorni che si toglie da solo; disdire fino a 2 ore prima"), "come prenotare soltanto; passaggio senza risposta"),
  ("ma il bologna ieri ha vinto?", "Not covered by the FAQ (unrelated) — breve e onesto", "risposta FAQ o scelte"),
  ("mi richiamate al 347 123 4567 per favore", "Request for a person (callback with number) — passare, confermare il richiamo", "numero della reception; orari"),
  ("quanto ci vuole", WAIT + "Waiting — sull'attesa della persona: rassicurare, nessun tempo inventato", "durata dei corsi; orari"),
 ],
 [
  ("non voglio piu venire, mi trasferisco a milano, come faccio con l'annuale?", F(10, "email o modulo in reception almeno 30 giorni prima della scadenza; quote pagate non rimborsate"), "sospensione; dire che è già disdetto"),
  ("si", "Ambiguous yes — chiedere cosa intende o indicare come disdire; mai dire che l'abbonamento è disdetto", "confermare una disdetta"),
  ("prima di andare posso fare qualche allenamento con qualcuno che mi segue?", F(5, "40 € a seduta, 10 sedute 350 €, prima consulenza gratuita"), "corsi; prova gratuita"),
  ("oh ma c'e qualcuno in carne e ossa con cui parlare? dai mo", "Request for a person (dialect: \"dai mo\" = dai, su) — passare", "risposta FAQ senza passaggio"),
 ],
 [
  ("buongiorno, posso venire a provare gratis? e la macchina dove la lascio", F.both(8, 12, "prima prova gratuita con documento; niente parcheggio, convenzionato Piazza VIII Agosto 1 €/ora"), "una sola metà; prezzi"),
  ("e se vengo con una mia amica?", F(8, "ospite di un iscritto 8 € una volta al mese, ingresso singolo 12 €"), "sconti coppia"),
  ("l'asciugamano me lo date voi?", F(13, "noleggio 2 € in reception"), "sauna"),
  ("si puo pagare un po al mese?", F(11, "annuale in 12 rate da 33 € con SEPA; carta, bancomat, contanti, Satispay"), "prezzo del mensile soltanto"),
 ],
]
write_plan("it", C)
