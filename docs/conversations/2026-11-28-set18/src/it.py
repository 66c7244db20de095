"""it: Esposito Riparazioni Elettrodomestici, via Foria, Napoli (household-appliance repair)."""
from common_a import *

Q1 = "Quali sono i vostri orari?"
Q2 = "Quanto costa l'uscita del tecnico a domicilio?"
Q3 = "Il preventivo è gratuito?"
Q4 = "Come si prenota un intervento?"
Q5 = "Come posso disdire o spostare un appuntamento?"
Q6 = "Quanto tempo ci vuole per una riparazione in laboratorio?"
Q7 = "La riparazione ha una garanzia?"
Q8 = "Ritirate e riconsegnate l'elettrodomestico a casa?"
Q9 = "Come posso pagare?"
Q10 = "Riparate anche i piccoli elettrodomestici?"
Q11 = "Vendete ricambi originali?"
Q12 = "Riparate tutte le marche, anche gli apparecchi vecchi?"
Q13 = "Vendete elettrodomestici ricondizionati?"
Q14 = "Fate interventi urgenti in giornata?"
Q15 = "Dove si trova il vostro laboratorio?"

FAQ = [
    (Q1, "Siamo aperti dal lunedì al venerdì dalle 8:30 alle 13:00 e dalle 15:30 alle 19:30, il sabato dalle 9:00 alle 13:00. Domenica e festivi chiuso. I tecnici escono a domicilio dal lunedì al sabato mattina.", "negozio", "orari;aperto;chiuso;sabato;orario", "a che ora aprite|siete aperti il sabato|orario del laboratorio"),
    (Q2, "L'uscita del tecnico costa 35 euro a Napoli città e 50 euro in provincia (Pozzuoli, Casoria, Portici, ecc.) e comprende i primi 30 minuti di lavoro. Oltre, la manodopera costa 30 euro l'ora; i ricambi si pagano a parte. Prezzi IVA inclusa.", "interventi", "uscita;diritto di chiamata;domicilio;tecnico;prezzo", "quanto costa far venire il tecnico|costo intervento a casa|quanto si paga la chiamata"),
    (Q3, "Se portate l'apparecchio in laboratorio il preventivo è gratuito. A domicilio il tecnico vi fa il preventivo sul posto: se non accettate la riparazione pagate solo l'uscita (35 o 50 euro); se l'accettate, l'uscita è compresa nel prezzo della riparazione.", "interventi", "preventivo;gratis;costo stima;se non conviene;accettare", "quanto costa sapere cosa ha|se non la riparo pago lo stesso|stima gratuita"),
    (Q4, "Potete prenotare al telefono 081 440 2217, su WhatsApp allo stesso numero o dal modulo sul sito, indicando marca, modello e guasto. Di solito il tecnico viene entro 24-48 ore lavorative e vi avvisiamo il giorno prima con la fascia oraria (mattina o pomeriggio).", "interventi", "prenotare;appuntamento;richiesta;chiamare;whatsapp", "come fisso un appuntamento|voglio far venire il tecnico|come vi contatto per una riparazione"),
    (Q5, "Potete disdire o spostare gratis entro le 18:00 del giorno prima, al telefono o su WhatsApp (081 440 2217). Se disdite più tardi, o se il tecnico arriva e non trova nessuno, addebitiamo 20 euro alla prossima prenotazione.", "interventi", "disdire;annullare;spostare;cambiare giorno;appuntamento", "non posso esserci domani|annullare l'appuntamento|cambiare data del tecnico"),
    (Q6, "In laboratorio la riparazione richiede di solito 5-7 giorni lavorativi, 10-15 se bisogna ordinare il ricambio. Vi chiamiamo quando è pronto; l'apparecchio resta in deposito gratis per 60 giorni, poi costa 2 euro al giorno.", "laboratorio", "tempi;laboratorio;pronto;ritiro;deposito", "quando è pronto il mio forno|quanti giorni per la riparazione|quanto tempo tenete l'apparecchio"),
    (Q7, "Sì, ogni riparazione ha 12 mesi di garanzia su ricambi e manodopera. Se lo stesso guasto si ripresenta entro 12 mesi, il tecnico torna gratis (anche l'uscita) e ripara senza costi: chiamateci con il numero della ricevuta.", "interventi", "garanzia;guasto di nuovo;ritorno gratis;12 mesi;ricevuta", "si è rotta di nuovo|la riparazione non ha funzionato|il problema è tornato"),
    (Q8, "Sì, per gli apparecchi grandi ritiriamo e riconsegniamo a casa a 25 euro andata e ritorno a Napoli città (40 euro in provincia), con due persone e anche senza ascensore fino al 3° piano. Durante la riparazione di un frigorifero possiamo prestarvi un frigo piccolo per 5 euro a settimana.", "laboratorio", "ritiro;consegna;trasporto;portare;venire a prendere", "venite a prendere la lavatrice|trasporto in laboratorio|portate voi il frigo"),
    (Q9, "Si paga al tecnico o in laboratorio in contanti, con bancomat o carta di credito (anche contactless) o con Satispay. Per importi sopra 300 euro potete pagare in 3 rate senza interessi. Rilasciamo sempre ricevuta o fattura.", "negozio", "pagare;bancomat;carta;contanti;rate", "accettate la carta|posso pagare a rate|il tecnico prende il bancomat"),
    (Q10, "Sì, in laboratorio ripariamo anche forni a microonde, macchine del caffè, aspirapolvere, ferri da stiro e friggitrici ad aria. Il preventivo è gratuito; la riparazione minima costa 25 euro. Per questi apparecchi non facciamo uscite a domicilio.", "laboratorio", "piccoli elettrodomestici;microonde;macchina del caffè;aspirapolvere;ferro da stiro", "aggiustate la macchinetta del caffè|riparate il microonde|il phon si è rotto"),
    (Q11, "Sì, vendiamo ricambi originali e compatibili per lavatrici, frigoriferi, forni e lavastoviglie: guarnizioni, resistenze, pompe, filtri, cestelli. Se non sono in negozio li ordiniamo in 3-5 giorni lavorativi. Se li montate da soli non c'è garanzia sulla manodopera.", "negozio", "ricambi;pezzi;guarnizione;resistenza;originali", "vendete la guarnizione del frigo|mi serve un pezzo per la lavatrice|avete la resistenza del forno"),
    (Q12, "Ripariamo tutte le marche (Whirlpool, Indesit, Candy, Bosch, Samsung, LG, Smeg e altre). Per apparecchi fuori produzione cerchiamo il ricambio, ma non sempre si trova; per quelli con più di 12 anni il tecnico vi dice onestamente se conviene ripararli.", "interventi", "marche;vecchio;fuori produzione;conviene;anni", "riparate una lavatrice di 15 anni|fate anche samsung|conviene aggiustarla"),
    (Q13, "Sì, vendiamo lavatrici, frigoriferi e lavastoviglie ricondizionati e controllati da noi, da 150 a 350 euro, con 6 mesi di garanzia. La consegna e l'installazione costano 30 euro a Napoli e possiamo portar via il vecchio apparecchio gratis.", "negozio", "ricondizionato;usato;seconda mano;economico;lavatrice usata", "avete lavatrici usate|frigo usato che costa poco|apparecchi di seconda mano"),
    (Q14, "Sì, per frigoriferi e congelatori fermi facciamo interventi in giornata se chiamate entro le 12:00 (dal lunedì al venerdì), con un supplemento di 20 euro sull'uscita. Per gli altri apparecchi l'urgenza costa 20 euro in più ed è possibile solo se c'è un tecnico libero.", "interventi", "urgente;oggi;in giornata;subito;frigo fermo", "potete venire oggi|il frigo non raffredda è urgente|intervento di emergenza"),
    (Q15, "Il laboratorio è in via Foria 118, a Napoli, vicino alla fermata Piazza Cavour della metro linea 2 e a 10 minuti a piedi da Museo (linea 1). Davanti si può sostare 10 minuti per scaricare l'apparecchio.", "negozio", "indirizzo;via Foria;dove siete;metro;parcheggio", "dove state|indirizzo del laboratorio|come ci arrivo"),
]

PLAN = [
    [
        ("ue buongiorno, quanto ve pigliate pe veni a casa e comme se prenota?", both(Q2, Q4) + " — greeting back; 35 Euro in the city (incl. 30 min), 50 Euro in the province; book by phone/WhatsApp 081 440 2217 or the web form, technician within 24-48 h", "only one half without pointing to the other; the urgent-call price; choices instead of an answer"),
        ("e si sto a pozzuoli?", faq(Q2) + " — 50 Euro in the province (Pozzuoli is listed)", "the address of the shop; pickup/delivery prices only"),
        ("e si poi nun se po aggiusta, pago o stess?", faq(Q3) + " — if you refuse the repair you pay only the call-out (35/50 Euro); free estimate in the workshop", "the warranty entry; 'not covered'"),
        ("ok grazie assaje", "Small talk: thanks/acknowledgement — short reply", "repeating an FAQ answer; a handover"),
    ],
    [
        ("salve tengo nu problema cu e pezzi", "Too vague to answer — choices (spare parts, small appliances, repairs) or a clarifying question", "picking one entry and answering it as if asked; a handover"),
        ("vendete i ricambi originali? e o microonde o riparate pure?", TYPE + both(Q11, Q10) + " — yes, original and compatible parts, ordered in 3-5 days if not in stock; microwaves repaired in the workshop (no home visit), minimum 25 Euro", "answering only one half; the home call-out price"),
        ("e o frigorifero e gruosso, comme c'o porto? e cu o bancomat se po pava?", both(Q8, Q9) + " — pickup and return 25 Euro in the city (40 province), loan fridge 5 Euro/week; cash, bancomat, credit card, Satispay", "only one half; the urgent same-day entry"),
        ("ma si nu robot?", "Small talk: honest — it is an automatic assistant; a person can take over if wanted", "claiming to be a person; an FAQ answer; handing over unasked"),
    ],
    [
        ("quanto ce vo pe riave a machina", "Too vague to answer — choices or a question: a technician's visit (24-48 h), a workshop repair (5-7 working days), a spare part order (3-5 days); 'machina' may mean the washing machine or another appliance", "a handover; picking one as if sure"),
        ("no nun e chesto. o forno ca v'aggio purtato in laboratorio lunedi", REJECT + faq(Q6) + " — usually 5-7 working days, 10-15 if a part must be ordered; they call when ready", "repeating the technician-visit answer; the spare-parts entry"),
        ("e si o vengo a piglia dopo nu mese?", faq(Q6) + " — kept free for 60 days, then 2 Euro a day — a month is fine", "opening hours only; 'not covered'"),
        ("me mettite pure nu condizionatore nuovo a casa?", "Not covered by the FAQ (installing air conditioners is not offered) — say so honestly, offer a person", "the refurbished-appliances entry; the home call-out price; claiming they install it"),
    ],
    [
        ("ue, a machina e lava d'a mamma e do 2010, vale a pena ca a facite? e o sabbato venite?", both(Q12, Q1) + " — all brands, the technician says honestly whether a 12+ year old machine is worth repairing (parts not always available); technicians go out Monday to Saturday morning (shop Sat 9-13)", "only one half; the refurbished machines as if asked"),
        ("nun e chello c'aggio addimandato", "Push-back (first time) — apologise, ask what is missing or offer a person", "the same answer repeated unchanged; an unrelated entry"),
        ("guaglio, mamma mia che pazienza! voglio parla cu na persona vera mo!", "Push-back (second time in a row) + angry request for a person — hand over now", "another FAQ answer; asking her to rephrase again"),
        ("pronto?? ce sta quaccheduno?", WAIT + "Waiting — reassure that a person will answer; no FAQ answer, no invented wait time", "an FAQ answer; inventing '5 minutes'"),
    ],
    [
        ("ma che e succiesso?! o tecnico vuosto e venuto martedi, aggio pavato 90 euro e a lavatrice perde acqua n'ata vota!!", faq(Q7) + " — apologise; 12 months warranty on parts and labour: the technician comes back free and repairs at no cost; call with the receipt number", "the call-out price; 'not covered'; a handover without the steps"),
        ("addo se magna a meglio pizza a via foria?", "Not covered by the FAQ (unrelated: where to eat pizza) — say so briefly", "the address entry; choices of unrelated entries"),
        ("chiamateme o 338 412 7765 pe piacere", "Request for a person (callback with a number) — hand over / confirm the number is passed on", "just giving the shop's number and stopping; an FAQ answer"),
        ("quanto ce vo?", WAIT + "Waiting — 'how long?' means the callback; reassure, no invented time", "the repair time (5-7 days) or the visit time (24-48 h); inventing 'within 10 minutes'"),
    ],
    [
        ("aggia disdi: dimane matina nun ce stongo, o giovane vuosto nun adda veni", faq(Q5) + " — free if cancelled before 18:00 today by phone/WhatsApp 081 440 2217; later, 20 Euro on the next booking", "claiming the appointment is cancelled; the booking entry only"),
        ("si si", "Ambiguous yes — acknowledge or ask (move it to another day, or cancel?); never claim the appointment was cancelled", "'Your appointment has been cancelled'; repeating the whole answer"),
        ("famme parla cu nu cristiano pe piacere", "Request for a person (dialect: 'nu cristiano' = a human being) — hand over", "an FAQ answer; a religious reply; ignoring the request"),
    ],
    [
        ("buonasera, o frigo nun fredda cchiu e tengo tutta a spesa dinto! venite oggi stesso? e si nun conviene, tenite frigoriferi usati?", both(Q14, Q13) + " — same-day for stopped fridges if called before 12:00 Mon-Fri, +20 Euro; refurbished fridges 150-350 Euro with 6 months warranty", "only one half; the workshop repair time"),
        ("e quanto se paga in cchiu", faq(Q14) + " — 20 Euro on top of the call-out (35 city / 50 province)", "the refurbished prices; asking what 'cchiu' means"),
        ("e addo state precisamente", faq(Q15) + " — via Foria 118, near Piazza Cavour (metro line 2)", "opening hours only; 'not covered'"),
        ("ok jamm, ciao", "Small talk: goodbye — short goodbye", "a greeting; an FAQ answer; a handover"),
    ],
]

if __name__ == "__main__":
    write_faq("it", FAQ)
    write_plan("it", PLAN)
