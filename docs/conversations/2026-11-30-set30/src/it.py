"""Italian FAQ and plan for test set 30: Sentieri Alti, mountain guides, Trento (made up).
Run from src/: PYTHONPATH=<check folder> python3 it.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("escursioni", "Quanto costa un'escursione guidata?",
      "Le escursioni di gruppo costano 45 € a persona per mezza giornata e 70 € per la giornata intera, con "
      "gruppi da 4 a 10 persone, da aprile a ottobre; il calendario aggiornato è sul nostro sito. Il prezzo "
      "comprende la guida alpina e il kit di primo soccorso; gli impianti di risalita sono a parte.",
      "uscite", ["escursione", "trekking", "gita", "prezzo a persona", "uscita di gruppo"],
      ["quanto viene una gita con la guida", "fate escursioni di gruppo"])
entry("ferrata", "Fate vie ferrate accompagnate?",
      "Sì, dalle ferrate facili per principianti, per esempio sul Monte Bondone, a quelle impegnative nel "
      "Brenta. Costano da 90 € a persona, in gruppi da 2 a 5 persone; casco, imbrago e set da ferrata sono "
      "compresi. Serve non soffrire di vertigini.",
      "uscite", ["ferrata", "via ferrata", "brenta", "bondone"],
      ["vorrei fare una ferrata facile", "quanto costa una ferrata con la guida"])
entry("arrampicata", "Organizzate corsi di arrampicata?",
      "Sì. Il corso base dura 3 giornate, in falesia ad Arco e in palestra a Trento, e costa 290 € a persona con "
      "il materiale, al massimo 6 allievi per guida. Ci sono corsi ogni mese da maggio a settembre; il corso per "
      "ragazzi dai 10 ai 15 anni costa 220 €.",
      "corsi", ["arrampicata", "corso", "falesia", "roccia", "scalare"],
      ["voglio imparare ad arrampicare", "quando ci sono i corsi di roccia"])
entry("noleggio", "Noleggiate l'attrezzatura?",
      "Sì: scarponi 10 € al giorno, bastoncini 5 €, ramponi e piccozza 15 €, kit da ferrata 15 € al giorno per "
      "chi va da solo. Nelle nostre uscite guidate il materiale tecnico (casco, imbrago, set da ferrata) è già "
      "compreso. Prenotate l'attrezzatura almeno 2 giorni prima, indicando il numero di scarpe.",
      "attrezzatura", ["noleggio", "attrezzatura", "scarponi", "casco", "imbrago"],
      ["posso noleggiare gli scarponi", "avete il kit da ferrata a noleggio"])
entry("eta", "Da che età possono partecipare i bambini?",
      "Le escursioni facili vanno bene dai 6 anni, con un adulto. Per le vie ferrate servono almeno 12 anni e "
      "1,40 m di altezza; l'arrampicata per ragazzi parte dai 10 anni. Sotto i 14 anni si paga il 30 % in meno.",
      "uscite", ["eta minima", "bambini", "ragazzi", "famiglie", "minorenni"],
      ["posso portare mia figlia di 8 anni", "fate uscite per famiglie"])
entry("allenamento", "Che preparazione fisica serve?",
      "Ogni uscita ha un livello da 1 a 4, indicato sul sito. Per il livello 1 bastano 3 ore di cammino con "
      "500 m di dislivello; per i livelli 3 e 4 servono un allenamento regolare e 1.000-1.500 m di dislivello. "
      "Se non siete sicuri, scriveteci: vi consigliamo noi l'uscita giusta.",
      "uscite", ["preparazione", "forma fisica", "livello", "allenamento", "difficolta"],
      ["bisogna essere allenati", "che livello serve per la ferrata"])
entry("meteo", "Cosa succede se c'è maltempo?",
      "Decide la guida, la sera prima o la mattina stessa, per la sicurezza del gruppo. Se annulliamo noi per il "
      "meteo, potete scegliere un'altra data oppure avere il rimborso completo entro 14 giorni. Se il tempo è "
      "solo incerto, la guida può proporre un giro più corto o più basso.",
      "prenotazioni", ["meteo", "maltempo", "pioggia", "temporale", "annullamento per meteo"],
      ["e se c'e brutto tempo", "annullate se piove"])
entry("privata", "Posso avere una guida privata?",
      "Sì, una guida solo per voi costa 300 € per la mezza giornata e 450 € per la giornata intera, per gruppi "
      "fino a 6 persone in escursione o 2 persone in ferrata e arrampicata. Per gruppi aziendali più grandi "
      "prepariamo un preventivo con più guide.",
      "uscite", ["guida privata", "uscita privata", "gruppo aziendale", "su misura"],
      ["vorremmo una guida tutta per noi", "quanto costa una guida privata"])
entry("ritrovo", "Dove ci troviamo per le uscite?",
      "Il punto di ritrovo è scritto nella conferma di prenotazione: di solito davanti al nostro ufficio in via "
      "delle Ghiaie Alte 14 a Trento alle 7:30, oppure al parcheggio di partenza del sentiero. Arrivate 15 minuti "
      "prima. Se non avete l'auto, ditecelo: spesso si può condividere il viaggio.",
      "prenotazioni", ["ritrovo", "punto d'incontro", "partenza", "parcheggio"],
      ["dove ci incontriamo", "a che ora si parte"])
entry("assicurazione", "Sono assicurato durante le uscite?",
      "Le nostre guide alpine hanno l'assicurazione di responsabilità civile professionale. Per infortuni e "
      "soccorso in elicottero vi consigliamo una copertura vostra, per esempio con l'iscrizione al CAI (circa "
      "50 € all'anno) oppure una polizza giornaliera da 5 €, che possiamo attivare noi alla prenotazione.",
      "prenotazioni", ["assicurazione", "infortuni", "soccorso", "polizza", "elicottero"],
      ["serve un'assicurazione", "se mi faccio male chi paga"])
entry("prenotazione", "Come posso prenotare?",
      "Sul nostro sito, per telefono allo 0461 238 547 o in ufficio. Per confermare il posto chiediamo un acconto "
      "del 30 %; il saldo si paga il giorno dell'uscita. Vi mandiamo una conferma via e-mail con il punto di "
      "ritrovo.",
      "prenotazioni", ["prenotare", "prenotazione", "acconto", "posto", "conferma"],
      ["come faccio a prenotare", "bisogna lasciare un acconto"])
entry("pagamento", "Come si può pagare?",
      "Accettiamo carta di credito e bancomat, bonifico bancario, Satispay e contanti in ufficio. L'acconto del "
      "30 % si paga alla prenotazione, il saldo entro il giorno dell'uscita. Alle aziende facciamo fattura "
      "elettronica con pagamento a 30 giorni.",
      "prenotazioni", ["pagamento", "carta", "bonifico", "satispay", "fattura", "contanti"],
      ["posso pagare con la carta", "fate fattura"])
entry("disdetta", "Posso disdire una prenotazione?",
      "Sì. Fino a 7 giorni prima dell'uscita vi restituiamo l'acconto meno 10 € di spese; da 6 a 2 giorni prima "
      "tratteniamo l'acconto del 30 %; il giorno prima o lo stesso giorno si paga il 100 %. Potete anche cedere "
      "il posto a un'altra persona senza costi. Scriveteci a info@sentierialti.example o chiamate lo 0461 238 547.",
      "prenotazioni", ["disdire", "disdetta", "annullare", "rinunciare", "cancellare"],
      ["devo annullare la prenotazione", "non posso piu venire"])
entry("portare", "Cosa devo portare?",
      "Per un'escursione di un giorno: scarponi da trekking già usati, zaino da 25-30 litri, giacca impermeabile, "
      "pile, cappello, occhiali da sole e crema solare, almeno 1,5 litri d'acqua e il pranzo al sacco. Jeans e "
      "scarpe da ginnastica non vanno bene. La lista completa ve la mandiamo con la conferma.",
      "attrezzatura", ["cosa portare", "zaino", "abbigliamento", "scarpe", "equipaggiamento"],
      ["come mi devo vestire", "che scarpe servono"])
entry("ufficio", "Quando è aperto l'ufficio?",
      "L'ufficio in via delle Ghiaie Alte 14 è aperto dal lunedì al venerdì dalle 9 alle 12:30 e dalle 15 alle "
      "18:30; da giugno a settembre anche il sabato dalle 9 alle 12. Al telefono (0461 238 547) rispondiamo in "
      "stagione tutti i giorni dalle 8 alle 20.",
      "ufficio", ["orari", "ufficio", "aperto", "telefono", "apertura"],
      ["a che ora aprite", "siete aperti il sabato"])

write_faq("it", FAQ)

HALF = "only one half with no pointer to the other"

convs = [
    # 1
    [
        ("buongiorno, siamo in 4 e vorremmo fare una ferrata facile sabato. quanto si spende a testa? e imbrago "
         "e casco ce li date voi?",
         BOTH(E["ferrata"], E["noleggio"]) + " — from 90 € per person (groups of 2-5); helmet, harness and "
         "ferrata set are included in guided outings",
         HALF + "; the rental prices as extra cost for a guided ferrata"),
        ("e se piove?",
         F(E["meteo"]) + " — the guide decides the evening before or that morning; if they cancel for weather: "
         "another date or a full refund within 14 days; a shorter or lower route if only uncertain",
         "treating it as new unclear; the cancellation fees of the customer"),
        ("ok. e la mattina dove ci vediamo?",
         F(E["ritrovo"]) + " — in the booking confirmation: usually outside the office, via delle Ghiaie Alte 14, "
         "at 7:30, or at the trailhead car park; 15 minutes early",
         "treating it as new unclear; the office hours"),
        ("perfetto, grazie mille. a sabato!",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover"),
    ],
    # 2
    [
        ("ciao, avrei una domanda per mio figlio",
         "Too vague to answer — choices (minimum age, climbing courses, hikes) or a clarifying question",
         "a handover; one entry given as certain"),
        ("il mio bocia ha 9 anni e vuole a tutti i costi arrampicare con le corde, si puo?",
         TYPE + F(E["eta"]) + " — climbing for young people starts at 10, so not yet at 9; easy hikes from 6 "
         "(with an adult); under 14 pay 30 % less",
         "saying yes at 9; the adult course; tapping a choice"),
        ("e serve un'assicurazione a parte? come si prenota?",
         BOTH(E["assicurazione"], E["prenotazione"]) + " — the guides have professional liability insurance; "
         "for accidents and helicopter rescue an own cover is advised (CAI about 50 € a year or a 5 € day "
         "policy added when booking); book on the website, by phone 0461 238 547 or at the office, 30 % deposit",
         HALF + "; saying no insurance is needed at all"),
        ("ma sto chattando con una persona o con un programma?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("salve, volevo sapere una cosa prima di iscrivermi",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no no, non c'entra niente",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("non so se ce la faccio, non cammino in salita da anni e ho messo su qualche chilo",
         F(E["allenamento"]) + " — levels 1 to 4; level 1 needs 3 hours' walking with 500 m of ascent; they can "
         "write and be advised on the right outing",
         "the minimum-age entry; a flat 'no problem'; asking to rephrase again"),
        ("e d'inverno fate anche uscite con le ciaspole o scialpinismo?",
         "Not covered (winter outings, snowshoes, ski touring; the FAQ season is April to October) — say so "
         "plainly; may offer a person",
         "inventing winter outings or prices; the rental entry (crampons) as if it answered"),
    ],
    # 4
    [
        ("siamo una ditta di rovereto, 12 colleghi, vorremmo una giornata in montagna tutta nostra. quanto viene? "
         "e ci fate la ricevuta intestata alla ditta?",
         BOTH(E["privata"], E["pagamento"]) + " — a private guide 450 € a full day for up to 6 on a hike, so for "
         "12 a quote with more guides; companies get an electronic invoice, payment at 30 days",
         HALF + "; 450 € for all 12 as certain"),
        ("si ma io chiedevo se la guida ci organizza anche il pranzo in rifugio e il pullman da rovereto",
         "Push-back: apologise; the FAQ says nothing about lunch or a coach — say so, restate what exists (the "
         "quote), offer a person",
         "a promised lunch or coach; the same full answer again without acknowledging"),
        ("non ci capiamo proprio. mi passi subito una persona vera, per favore",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("c'è qualcuno??",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("vergognoso! ci avete fatto saltare il giro sul brenta per due nuvole e io i 180 euro li ho gia pagati. "
         "li rivoglio!",
         F(E["meteo"]) + " — apologise; the guide decides for the group's safety; when they cancel for weather: "
         "another date or a full refund within 14 days",
         "no apology; the customer's cancellation fees; refusing the refund"),
        ("sa per caso se la funivia di sardagna oggi va?",
         "Not covered (the cable car timetable) — say so kindly, back to the company's topics",
         "a timetable answer; an FAQ answer (meeting point); a handover"),
        ("mi fate richiamare al 340 555 7193?",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again"),
        ("tra quanto piu o meno?",
         WAIT + WAITING,
         "the office hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("avevo prenotato il corso di arrampicata per il 14 luglio ma mi sono rotto il polso, non ce la faccio a "
         "venire",
         F(E["disdetta"]) + " — sorry about the wrist; up to 7 days before the deposit back minus 10 €, 6-2 days "
         "before the 30 % deposit kept, the day before 100 %; the place can be passed on free; write or call "
         "0461 238 547; do not claim it is cancelled",
         "claiming it is cancelled; the weather entry; the course prices"),
        ("ok va bene",
         "Ambiguous yes — ask what they mean or restate the step (write or call); nothing claimed as done",
         "claiming the booking is cancelled; a random FAQ answer"),
        ("ciò, e quando guarisco ce n'è uno anche a settembre?",
         F(E["arrampicata"]) + " — courses every month from May to September, so September too; 3 days, 290 €",
         "the cancellation rules again; the minimum-age entry"),
        ("ostrega, basta co sta machineta. vòi parlar co na persona vera",
         "Request: person in Trentino/Veneto dialect — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard Italian"),
    ],
    # 7
    [
        ("buongiorno, a che ora aprite l'ufficio?",
         F(E["ufficio"]) + " — Monday to Friday 9-12:30 and 15-18:30; June to September also Saturday 9-12",
         "the meeting point at 7:30; invented hours"),
        ("e la domenica?",
         F(E["ufficio"]) + " — the office is closed on Sunday; in season the phone is answered every day 8-20",
         "treating it as new unclear; the weekday hours again only"),
        ("grazie. quanto costa una camminata guidata normale a persona? e cosa mi devo portare?",
         BOTH(E["escursioni"], E["portare"]) + " — group hikes 45 € half day, 70 € full day per person; "
         "broken-in boots, 25-30 l backpack, rain jacket, fleece, sun protection, 1.5 l of water, packed lunch; "
         "no jeans or trainers",
         HALF + "; the ferrata price"),
    ],
]

write_plan("it", convs)
