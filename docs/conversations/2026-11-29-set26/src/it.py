"""Italian FAQ and plan for test set 26: Centro Cinofilo Il Gelso, Sona (Verona) (made up). Run: python3 it.py"""
from common_a import BOTH, F, TYPE, WAIT, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("cuccioli", "Fate corsi per cuccioli?",
      "Sì, la classe cuccioli è per cani dai 2 ai 5 mesi: 6 incontri di un'ora il sabato mattina alle 10, con "
      "gioco, socializzazione e prime regole. Costa 120 €. Il cucciolo deve avere fatto almeno 2 vaccinazioni.",
      "corsi", ["cuccioli", "cucciolo", "puppy class", "socializzazione"],
      ["ho appena preso un cucciolo", "da che età può iniziare un cucciolo"])
entry("base", "Che corsi fate per cani adulti?",
      "Per i cani dai 6 mesi in su c'è il corso di educazione di base: 8 lezioni di gruppo, una a settimana, il "
      "martedì o il giovedì alle 18:30. Si lavora su condotta al guinzaglio, richiamo, seduto e resta. Costa "
      "160 €.",
      "corsi", ["educazione", "obbedienza", "cane adulto", "corso base"],
      ["il mio cane tira al guinzaglio", "corso di educazione di base"])
entry("private", "Fate lezioni private?",
      "Sì, una lezione privata di un'ora costa 40 € al centro e 55 € a domicilio (entro 15 km da Sona). L'orario "
      "si concorda con l'istruttore, anche il sabato.",
      "corsi", ["lezione privata", "individuale", "domicilio", "istruttore"],
      ["lezione solo io e il mio cane", "venite anche a casa"])
entry("tessera", "Serve una tessera per iscriversi?",
      "Sì, per frequentare corsi e asilo serve la tessera associativa annuale da 20 €, che comprende "
      "l'assicurazione di responsabilità civile durante le attività. Vale dal 1° gennaio al 31 dicembre.",
      "iscrizione", ["tessera", "iscrizione", "quota associativa", "assicurazione"],
      ["quanto costa iscriversi", "serve la tessera"])
entry("vaccini", "Quali vaccinazioni servono?",
      "Serve il libretto sanitario con le vaccinazioni in regola (cimurro, parvovirosi, epatite e leptospirosi), "
      "il microchip e un antiparassitario fatto da meno di 30 giorni. I cuccioli devono avere almeno 2 "
      "vaccinazioni. Il libretto va portato alla prima lezione.",
      "iscrizione", ["vaccinazioni", "vaccini", "libretto sanitario", "microchip", "antiparassitario"],
      ["che vaccini deve avere il cane", "devo portare il libretto"])
entry("aggressivi", "Lavorate con cani aggressivi o reattivi?",
      "Sì, ma mai subito in gruppo. Si parte con una valutazione individuale di 90 minuti (60 €), poi un percorso "
      "di lezioni private con un istruttore specializzato. Se serve, il cane va portato con la museruola.",
      "corsi", ["aggressivo", "reattivo", "morde", "rieducazione", "valutazione"],
      ["il mio cane ringhia agli altri cani", "il cane ha morso qualcuno"])
entry("gruppi", "Quanti cani ci sono in un gruppo?",
      "Al massimo 6 cani per istruttore nei corsi per adulti e 5 nella classe cuccioli. Se gli iscritti sono di "
      "più apriamo un secondo gruppo con un altro istruttore.",
      "corsi", ["gruppo", "numero di cani", "classe", "quanti cani"],
      ["quanti siamo per corso", "i gruppi sono grandi"])
entry("pacchetti", "Avete pacchetti o abbonamenti?",
      "Sì: il pacchetto da 10 lezioni private costa 350 € invece di 400 € ed è valido 6 mesi. Per l'asilo c'è il "
      "carnet da 10 giornate a 190 €.",
      "prezzi", ["pacchetto", "abbonamento", "carnet", "sconto"],
      ["c'è uno sconto se prendo più lezioni", "quanto costa il carnet"])
entry("recupero", "Cosa succede se salto una lezione?",
      "Una lezione di gruppo persa si recupera in un altro gruppo entro 4 settimane, se avvisate almeno 24 ore "
      "prima. Le lezioni private si spostano gratis con 24 ore di preavviso; senza preavviso la lezione si paga.",
      "corsi", ["recupero", "lezione persa", "assenza", "disdetta", "spostare"],
      ["non posso venire alla lezione", "come recupero una lezione"])
entry("asilo", "Avete un asilo per cani?",
      "Sì, l'asilo diurno è aperto dal lunedì al venerdì dalle 7:30 alle 18:30. Una giornata costa 22 €, mezza "
      "giornata 15 €, il carnet da 10 giornate 190 €. Prima si fa una giornata di prova gratuita per vedere come "
      "sta il cane con gli altri.",
      "servizi", ["asilo", "dog daycare", "giornata", "pensione diurna"],
      ["posso lasciare il cane mentre lavoro", "quanto costa una giornata all'asilo"])
entry("dove", "Dove si trova il centro?",
      "Siamo in via dei Gelsi 14 a Sona (VR), a 5 minuti dal casello di Sommacampagna dell'A4 e a circa 15 km dal "
      "centro di Verona. Dal paese seguite i cartelli marroni Centro Cinofilo.",
      "info", ["indirizzo", "dove siete", "come arrivare", "sona"],
      ["come si arriva da verona", "qual è l'indirizzo"])
entry("parcheggio", "C'è parcheggio?",
      "Sì, dentro il cancello ci sono 20 posti auto gratuiti. Nel parcheggio i cani devono stare al guinzaglio, "
      "perché entrano ed escono anche gli altri.",
      "info", ["parcheggio", "posteggio", "macchina", "auto"],
      ["dove lascio la macchina", "si può parcheggiare"])
entry("orari", "Quali sono gli orari della segreteria?",
      "La segreteria è aperta dal martedì al sabato dalle 9 alle 12:30 e dalle 15 alle 19. Lunedì e domenica è "
      "chiusa, ma potete scriverci su WhatsApp al 340 118 7762 e vi rispondiamo entro 24 ore.",
      "info", ["orari", "segreteria", "aperto", "ufficio"],
      ["a che ora siete aperti", "quando posso passare per informazioni"])
entry("pagamento", "Come si paga?",
      "Si paga alla prima lezione in contanti, con bancomat, carta di credito o bonifico. Per importi oltre "
      "300 € si può pagare in 2 rate.",
      "prezzi", ["pagamento", "bancomat", "contanti", "bonifico", "rate"],
      ["posso pagare con la carta", "si può pagare a rate"])
entry("prova", "Si può fare una lezione di prova?",
      "Sì, la prima lezione di prova è gratuita: 30 minuti il sabato pomeriggio, su appuntamento, per conoscere "
      "voi e il cane e consigliarvi il corso giusto.",
      "corsi", ["prova", "lezione di prova", "gratis", "conoscere"],
      ["posso provare prima di iscrivermi", "la prima lezione è gratis"])

PW = "another FAQ answer or choices instead of the handover; asking the customer to rephrase"
WAITING = ("Waiting: reassure that a person has the message and will reply; no FAQ answer, no invented wait "
           "time")

convs = [
    [
        ("buongiorno, ho un cucciolo di labrador di 10 settimane, fate corsi per lui? ha fatto solo il primo "
         "vaccino, basta?",
         BOTH(E["cuccioli"], E["vaccini"]) + " — puppy class 2-5 months, 6 Saturday mornings at 10, 120 €; at "
         "least 2 vaccinations needed, so one is not enough yet",
         "only one half with no pointer; saying one vaccination is enough"),
        ("e di sabato pomeriggio?",
         F(E["cuccioli"]) + " — the puppy class is only on Saturday morning at 10",
         "treating it as a new unclear question; the trial-lesson entry alone (Saturday afternoon)"),
        ("la macchina dove la lascio? e voi di preciso dove siete?",
         BOTH(E["parcheggio"], E["dove"]) + " — 20 free spaces inside the gate, dogs on the lead; via dei Gelsi "
         "14, Sona, 5 min from the Sommacampagna exit of the A4",
         "only one half with no pointer; the opening-hours entry"),
        ("ok perfetto, grazie, allora ci vediamo sabato",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer (puppy class on Saturday); a handover"),
    ],
    [
        ("info sui corsi",
         "Too vague to answer — choices (puppy class, course for adult dogs, private lessons, trial lesson) or a "
         "clarifying question",
         "a handover; one entry given as certain"),
        ("il mio meticcio di 2 anni tira come un matto al guinzaglio e non torna quando lo chiamo",
         TYPE + F(E["base"]) + " — basic course from 6 months: 8 group lessons, Tue or Thu 18:30, lead walking "
         "and recall, 160 €",
         "the aggressive-dogs entry; the puppy entry; tapping a choice"),
        ("quanti cani ci sono per classe? e se una sera non riesco a venire la recupero?",
         BOTH(E["gruppi"], E["recupero"]) + " — at most 6 dogs per instructor; a missed group lesson is made up "
         "in another group within 4 weeks if you tell them 24 h before",
         "only one half with no pointer; the private-lessons entry"),
        ("ma sto chattando con una persona o è un programma?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    [
        ("salve, volevo sapere due cose sui costi",
         "Too vague to answer — choices (course prices, packages, membership card, payment) or a clarifying "
         "question",
         "a handover; one entry given as certain"),
        ("no nessuna di queste",
         TYPE + "Typed rejection — apologise and ask what exactly; no handover yet",
         "the same choices again; a handover straight away"),
        ("facciamo già le private da voi, ma mi conviene comprarne tante insieme invece che una alla volta?",
         F(E["pacchetti"]) + " — 10 private lessons for 350 € instead of 400 €, valid 6 months",
         "the private-lessons entry alone (40 € each) with no word on the package; the payment entry"),
        ("fate anche toelettatura? il mio ha il pelo tutto annodato",
         "Not covered by the FAQ (no grooming) — say so honestly, offer a person",
         "the daycare entry; inventing a price"),
    ],
    [
        ("il mio pastore tedesco ha morso un altro cane al parco, lo prendete lo stesso? e quanto viene un'ora "
         "solo io e lui con un educatore?",
         BOTH(E["aggressivi"], E["private"]) + " — yes but not in a group at first: 90-min assessment (60 €), "
         "then private lessons; a private hour is 40 € at the centre, 55 € at home",
         "only one half with no pointer; the group-size entry; refusing the dog"),
        ("non mi ha risposto. mercoledì prossimo alle 17 potete o no?",
         "Push-back (first time) — apologise; the FAQ holds no calendar: times are agreed with the instructor ("
         + F(E["private"]) + "); offer a person",
         "repeating the assessment answer unchanged; no apology; inventing a free slot"),
        ("lasci stare, voglio parlare con uno di voi, subito",
         "Push-back (second time in a row) + Request for a person (direct, annoyed) — apologise, hand over",
         PW),
        ("pronto? mi state leggendo?",
         WAIT + WAITING,
         "a new greeting as if the chat had just started; an FAQ answer"),
    ],
    [
        ("siamo venuti fino a sona e ci avete rimandati a casa perché mancava un foglio del veterinario!!! "
         "potevate dirlo prima",
         F(E["vaccini"]) + " — apologise; the health booklet with vaccinations, microchip and a recent "
         "antiparasitic treatment must be brought to the first lesson; offer a person",
         "no apology; the location entry; the trial-lesson entry"),
        ("sapete se l'hellas gioca in casa domenica?",
         "Not covered by the FAQ (unrelated: football) — short honest reply",
         "any FAQ entry; the opening-hours entry (Sunday)"),
        ("mi richiami qualcuno al 347 882 1590, dopo le 13",
         "Request for a person (callback with number) — hand over / pass on the callback request",
         "only the WhatsApp number without taking the request; " + PW),
        ("e quanto ci vuole?",
         WAIT + WAITING,
         "course lengths; inventing a wait time"),
    ],
    [
        ("avevo fissato con l'istruttrice venerdì alle 10, solo io e il cane, ma mi è saltato fuori un impegno e "
         "non riesco più a venire",
         F(E["recupero"]) + " — private lessons are moved free with 24 h notice, without notice they are "
         "charged; do not claim it is cancelled or moved",
         "'your lesson has been cancelled'; the private-lessons price entry alone"),
        ("sì",
         "Ambiguous sì — acknowledge or ask what it refers to; never claim a cancellation or a new date",
         "confirming a cancellation or a new date"),
        ("si può pagare col bancomat? e la tessera dell'anno è obbligatoria?",
         BOTH(E["pagamento"], E["tessera"]) + " — cash, bancomat, credit card or transfer, 2 instalments over "
         "300 €; yes, annual membership card 20 € including liability insurance",
         "only one half with no pointer; the package entry"),
        ("ostrega, me passito qualchedun de voialtri? co sta machineta no capisso gnente",
         "Request for a person (dialect, Veneto/Verona) — hand over",
         PW),
    ],
    [
        ("ciao! lavoro tutto il giorno e la mia beagle a casa da sola distrugge tutto, posso portarla da voi la "
         "mattina?",
         F(E["asilo"]) + " — daycare Mon-Fri 7:30-18:30, 22 € a day, 15 € half a day, free trial day first",
         "the basic course entry; the aggressive-dogs entry"),
        ("e se arrivo alle 7?",
         F(E["asilo"]) + " — opens at 7:30",
         "treating it as unclear; the office hours (from 9)"),
        ("ok. quando vi trovo in ufficio per parlarne di persona? e si può fare una prova prima di decidere?",
         BOTH(E["orari"], E["prova"]) + " — office Tue-Sat 9-12:30 and 15-19; free 30-min trial lesson on "
         "Saturday afternoon by appointment (for daycare, the free trial day)",
         "only one half with no pointer; the location entry alone"),
    ],
]

write_faq("it", FAQ)
write_plan("it", convs)
print("it: %d entries, %d conversations, %d turns" % (len(FAQ), len(convs), sum(len(c) for c in convs)))
