"""Italian: Caseificio Zi' Peppe, buffalo-mozzarella dairy with shop, shipping and visits, Aversa (CE).
Customers type Neapolitan / Campanian Italian."""
from common import Faq, write_faq, write_plan, CHOICES, REJECT, AFTER, WAIT

PRICE = "Quanto costa la mozzarella di bufala?"
HOURS = "Quali sono gli orari dello spaccio?"
SHIP = "Spedite la mozzarella?"
KEEP = "Quanto dura la mozzarella e come si conserva?"
CANCEL = "Come posso annullare un ordine o una prenotazione?"
DAMAGED = "La mozzarella è arrivata rovinata, cosa faccio?"
PAY = "Come si può pagare?"
TRAYS = "Fate vassoi per feste e cerimonie?"

FAQ = [
    (PRICE, "Mozzarella di bufala campana DOP allo spaccio: 16 € al kg. Bocconcini in confezione da 250 g: 4,50 €. Aversana (treccia) da 1 kg: 18 €. Prezzi IVA inclusa.",
     "prezzi", ["prezzo", "costo", "al chilo", "listino", "treccia"], ["quanto viene al chilo", "prezzo della treccia", "listino prezzi"]),
    (HOURS, "Lo spaccio è aperto dal lunedì al sabato dalle 7:30 alle 13:30 e dalle 16:30 alle 20:00, la domenica dalle 7:30 alle 13:30. La mozzarella del giorno è pronta dalle 9:00.",
     "spaccio", ["orari", "aperto", "chiuso", "domenica", "spaccio"], ["siete aperti oggi", "orario di apertura", "a che ora chiudete"]),
    (SHIP, "Sì, in tutta Italia con corriere refrigerato e box termico: consegna in 24 ore (isole 48 ore). Spediamo solo dal lunedì al mercoledì, così il pacco non resta fermo nel fine settimana. Spedizione 15 € per ordini sotto i 60 €, gratis da 60 €. Non spediamo all'estero.",
     "spedizioni", ["spedizione", "spedire", "corriere", "consegna a domicilio", "ordine online"], ["fate consegne in tutta italia", "quanto costa la spedizione", "mandate all'estero"]),
    (KEEP, "È al meglio entro 2-3 giorni e va consumata entro 5 giorni dalla produzione (data sulla confezione). Se la mangiate in giornata tenetela fuori dal frigo nel suo liquido; altrimenti in frigo, nella parte meno fredda, e tiratela fuori 1 ora prima. Non congelatela.",
     "prodotti", ["scadenza", "conservare", "frigo", "congelare", "durata"], ["si può congelare", "va tenuta in frigo", "quando scade"]),
    ("Posso prenotare la mozzarella e passare a ritirarla?", "Sì, scriveteci su WhatsApp al 333 555 6789 entro le 18:00 del giorno prima; per più di 5 kg almeno 2 giorni prima. La prenotazione va ritirata entro le 13:30 del giorno concordato, poi la rimettiamo in vendita.",
     "spaccio", ["prenotare", "prenotazione", "ritiro", "WhatsApp"], ["posso ordinare per domani", "mettetemi da parte 2 kg", "prenotare su whatsapp"]),
    ("Si può visitare il caseificio?", "Sì, visita con degustazione il sabato e la domenica alle 10:30, durata circa 1 ora e 15: si vedono le bufale e la filatura. 12 € adulti, 6 € bambini da 6 a 12 anni, gratis sotto i 6. Prenotazione obbligatoria via WhatsApp al 333 555 6789.",
     "visite", ["visita", "degustazione", "bufale", "filatura", "gita"], ["fate visite guidate", "si possono vedere le bufale", "degustazione per bambini"]),
    ("Avete prodotti senza lattosio?", "No, non produciamo prodotti senza lattosio. La mozzarella di bufala contiene lattosio e non è adatta a chi è intollerante; in caso di dubbio chiedete al vostro medico.",
     "prodotti", ["senza lattosio", "intolleranza", "lattosio", "allergia"], ["sono intollerante al lattosio", "mozzarella delattosata", "avete prodotti per intolleranti"]),
    ("Cos'altro producete oltre alla mozzarella?", "Ricotta di bufala 9 € al kg, provola affumicata 19 € al kg, burrata di bufala 3,50 € al pezzo (solo dal venerdì alla domenica) e yogurt di bufala 2 € al vasetto.",
     "prodotti", ["ricotta", "provola", "burrata", "yogurt", "altri prodotti"], ["avete la ricotta", "fate la burrata", "che formaggi vendete"]),
    (CANCEL, "Ritiri prenotati: gratis fino alle 18:00 del giorno prima, via WhatsApp. Spedizioni: fino alle 12:00 del giorno di partenza; dopo non è possibile, perché la merce fresca è già partita. Visite: gratis fino a 24 ore prima; dopo, o se non vi presentate, la visita non viene rimborsata.",
     "ordini", ["annullare", "cancellare", "disdetta", "rimborso"], ["voglio cancellare l'ordine", "annullare la visita", "non vengo più a ritirare"]),
    (DAMAGED, "Ci dispiace! Mandateci entro 24 ore dalla consegna una foto del pacco e del prodotto su WhatsApp al 333 555 6789 o a info@caseificiozipeppe.example, con il numero d'ordine. Se la catena del freddo si è interrotta, rispediamo gratis o rimborsiamo tutto. Non mangiate mozzarella gonfia o con odore acido.",
     "spedizioni", ["rovinata", "arrivata male", "calda", "gonfia", "reclamo"], ["il pacco è arrivato caldo", "mozzarella andata a male", "reclamo spedizione"]),
    (PAY, "Allo spaccio: contanti, bancomat, carte di credito e Satispay. Online: carta di credito e PayPal. Niente contrassegno.",
     "ordini", ["pagamento", "bancomat", "carta", "Satispay", "contrassegno"], ["accettate il bancomat", "si può pagare con paypal", "pagamento alla consegna"]),
    (TRAYS, "Sì, vassoi misti con mozzarella, bocconcini, ricotta e provola: per 6 persone 28 €, per 12 persone 52 €. Vanno ordinati almeno 48 ore prima via WhatsApp e si ritirano allo spaccio: i vassoi non li consegniamo a domicilio.",
     "ordini", ["vassoio", "festa", "cerimonia", "buffet", "evento"], ["vassoio per un compleanno", "buffet per una festa", "mozzarella per un matrimonio"]),
    ("Fornite ristoranti e pizzerie?", "Sì, con partita IVA: listino professionale, ordine minimo 10 kg a settimana, consegna nostra il martedì e il venerdì nella zona di Aversa, Caserta e Napoli nord. Scrivete a ordini@caseificiozipeppe.example.",
     "ordini", ["ristoranti", "pizzerie", "partita IVA", "fornitura", "ingrosso"], ["ho una pizzeria", "prezzi all'ingrosso", "fornitura per ristorante"]),
    ("Dove si trova il caseificio?", "In Via dei Bufalari 12 ad Aversa (CE), a 5 minuti dal centro. Davanti allo spaccio c'è un parcheggio gratuito con 20 posti.",
     "spaccio", ["indirizzo", "dove", "parcheggio", "come arrivare"], ["qual è l'indirizzo", "c'è parcheggio", "come ci arrivo"]),
    ("Come vi posso contattare?", "Telefono 081 555 1234 (dal lunedì al sabato, 8:00-13:00), WhatsApp 333 555 6789 per ordini e prenotazioni, email info@caseificiozipeppe.example.",
     "spaccio", ["telefono", "contatti", "WhatsApp", "email", "numero"], ["numero di telefono", "avete whatsapp", "indirizzo email"]),
]

write_faq("it", FAQ)
F = Faq("it")
o, b = F.one, F.both

C = [
    # 1 greeting + question, follow-ups (one looks like a delivery-time question), goodbye
    [
        ("uè buongiorno, quant costa a muzzarell e bufala?",
         o(PRICE, "16 € al kg; bocconcini 250 g 4,50 €; aversana 1 kg 18 € (saluto breve)"),
         "spedizioni; scelte invece di una risposta"),
        ("e si m'a mannat a milano?",
         o(SHIP, "sì, corriere refrigerato, 24 ore; spedizione lun-mer; 15 € sotto 60 €, gratis da 60 € (\"mannà\" = mandare)"),
         "'Dove si trova il caseificio?'; 'non ho capito'"),
        ("e quant dur po?",
         o(KEEP, "seguito: al meglio entro 2-3 giorni, entro 5 giorni dalla produzione; non congelare"),
         "tempi di consegna (24 ore) — è la trappola; scelte"),
        ("grazie assaje, statev buon",
         "Small talk: grazie + saluto (\"assaje\" = tanto) — breve",
         "una voce della FAQ; passaggio a una persona"),
    ],
    # 2 angry, FAQ covers it; follow-up; push-back twice
    [
        ("ma è na vergogna!!! m'è arrivat o pacc cu a muzzarell tutta cavera e gonfia, 70 euro buttat",
         o(DAMAGED, "scuse; foto di pacco e prodotto entro 24 ore con numero d'ordine; rispedizione gratis o rimborso; non mangiarla (\"cavera\" = calda)"),
         "costi di spedizione; conservazione; passaggio a una persona senza la risposta; niente scuse"),
        ("e mo a chi c'a mann a foto",
         o(DAMAGED, "seguito: WhatsApp 333 555 6789 o info@caseificiozipeppe.example"),
         "'Come vi posso contattare?' va bene solo se dà WhatsApp/email; 'non ho capito'"),
        ("nun m'aiut proprio",
         "Push-back (first time) — scusarsi, chiedere cosa manca o offrire una persona",
         "la stessa risposta di nuovo"),
        ("e n'ata vota a stessa cosa... nun serv a nient",
         "Push-back (second time in a row) — passare subito a una persona",
         "terza ripetizione; scelte; nessun passaggio"),
    ],
    # 3 vague, typed while choices show (cancel = booking), follow-up, ambiguous no
    [
        ("prenotazione",
         "Too vague to answer — scelte (prenotare il ritiro, visite, annullare…) o domanda",
         "una sola voce affermata; passaggio a una persona"),
        (CHOICES + "aggia disdicere a visita e dummenica, simm 4",
         o(CANCEL, "visite: gratis fino a 24 ore prima; dopo non rimborsata (\"aggia disdicere\" = devo disdire)"),
         "'Si può visitare il caseificio?'; dire che è annullata; ignorare il testo"),
        ("pecché mo è già sabato sera",
         o(CANCEL, "seguito: meno di 24 ore prima della visita di domenica 10:30 → non viene rimborsata"),
         "promettere il rimborso; orari"),
        ("no",
         "Ambiguous no — prendere atto o chiedere; mai dire che la visita è stata annullata",
         "'visita annullata'; una voce a caso"),
    ],
    # 4 vague, typed rejection, rephrasing ('cristiani' = people, not a human request), two questions
    [
        ("vulev sapè na cosa pe sabato",
         "Too vague to answer — domanda di chiarimento o scelte",
         "una voce affermata; passaggio a una persona"),
        (REJECT + "nient e chest",
         "Typed rejection — chiedere cosa cerca o offrire una persona; non ripetere le stesse scelte",
         "le stesse scelte; una voce a caso"),
        ("fa a comunione a piccerella, me serv roba pe 12 cristiani",
         o(TRAYS, "vassoio per 12 persone 52 €, ordinare almeno 48 ore prima via WhatsApp (\"cristiani\" = persone, NON una richiesta di parlare con qualcuno)"),
         "passaggio a una persona per via di 'cristiani'; prezzo al kg soltanto"),
        ("o purtate vuje a casa? e se pav cu satispay?",
         b(TRAYS, PAY, "i vassoi non si consegnano a domicilio, si ritirano allo spaccio; Satispay sì allo spaccio"),
         "'Spedite la mozzarella?' (corriere) come risposta sulla consegna; una sola metà senza rinvio all'altra"),
    ],
    # 5 near-trade not offered, unrelated, callback with number
    [
        ("vennit pur a carne e bufala?",
         "Not covered by the FAQ (niente carne di bufala) — onesto, offrire una persona",
         "'Cos'altro producete oltre alla mozzarella?' come se rispondesse; inventare"),
        ("e a pizza a facit? o almeno nu panin cu a muzzarell?",
         "Not covered by the FAQ (niente pizza né panini) — onesto",
         "'Fornite ristoranti e pizzerie?'; vassoi"),
        ("comm'è ghiut o napule ajere?",
         "Not covered by the FAQ (fuori tema) — breve e gentile",
         "inventare un risultato; una voce della FAQ"),
        ("facit ambress, chiammatem o 347 123 4567 primm e sett",
         "Request for a person (richiamata con numero) — passare / inoltrare il numero, senza orari inventati (\"ambress\" = in fretta)",
         "solo il numero del caseificio; ignorare la richiesta"),
    ],
    # 6 bot question, dialect request, waiting x2
    [
        ("ma tu si nu robot o si na perzona overa?",
         "Small talk: onesto 'assistente automatico', offrire aiuto o una persona",
         "dirsi umano; una voce della FAQ"),
        ("famm parlà cu nu cristian, jamm",
         "Request for a person (dialetto: \"cristiano\" = essere umano) — passare a una persona",
         "una voce della FAQ; 'riformula'"),
        (AFTER + "pronto?? ce sta quaccheruno?",
         "Waiting — rassicurare, nessuna risposta FAQ, nessun tempo inventato",
         "una voce della FAQ; 'tra 2 minuti'"),
        (AFTER + WAIT + "e quant ce vo ancora",
         "Waiting — rassicurare, nessun tempo inventato (gli orari del telefono si possono dire)",
         "un tempo inventato; un nuovo passaggio"),
    ],
    # 7 hours, follow-up that looks like a product question, goodbye
    [
        ("a che ora arapite dummenica?",
         o(HOURS, "domenica 7:30-13:30"),
         "visite della domenica; orari del telefono"),
        ("e a muzzarell fresca a che ora ce sta",
         o(HOURS, "seguito: la mozzarella del giorno è pronta dalle 9:00"),
         "il prezzo; la conservazione"),
        ("perfett, ciao bell",
         "Small talk: saluto — breve",
         "una voce della FAQ; passaggio a una persona"),
    ],
]

if __name__ == "__main__":
    print(write_plan("it", C))
