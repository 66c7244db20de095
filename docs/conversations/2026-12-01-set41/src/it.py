"""Italian FAQ and plan for test set 41: Palestra Levante Fit, Bari (made up), customers from Bari.
Run from src/: PYTHONPATH=<check folder> python3 it.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

FAQ = []
E = {}
HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("abbonamenti", "Quanto costano gli abbonamenti?",
      "Mensile 45 €, trimestrale 120 €, annuale 390 €. Alla prima iscrizione si paga una quota di 30 € "
      "(tessera e assicurazione), valida 12 mesi. Tutti gli abbonamenti includono sala pesi, cardio e corsi "
      "di gruppo, tranne il pilates reformer.",
      "abbonamenti", ["abbonamento", "prezzo", "mensile", "annuale", "iscrizione"],
      ["quanto costa iscriversi", "prezzi palestra", "quanto viene al mese"])
entry("giornaliero", "Posso entrare solo per un giorno?",
      "Sì, l'ingresso giornaliero costa 10 € e comprende sala e corsi di gruppo (esclusi reformer). Il "
      "carnet da 10 ingressi costa 80 € ed è valido 3 mesi. Serve un documento d'identità; il certificato "
      "medico non è richiesto per un solo ingresso.",
      "abbonamenti", ["ingresso", "giornaliero", "carnet", "turista", "giornata"],
      ["sono di passaggio", "quanto costa un ingresso", "avete un carnet"])
entry("prova", "Si può fare una prova gratuita?",
      "Sì, una giornata di prova gratuita a persona, in sala e in un corso a scelta, con documento "
      "d'identità. Basta prenotarla in reception o al 080 555 4127. I minorenni la fanno con un genitore.",
      "abbonamenti", ["prova", "gratuita", "provare", "omaggio"],
      ["posso vedere prima la palestra", "c'e una prova gratis", "vorrei provare un giorno"])
entry("sconti", "Ci sono sconti?",
      "Studenti fino a 26 anni: -20 % su tutti gli abbonamenti, con libretto o tesserino. Over 65: -15 %. "
      "Due persone che fanno l'annuale insieme: -10 % ciascuno. Gli sconti non si sommano.",
      "abbonamenti", ["sconto", "studenti", "coppia", "over 65", "riduzione"],
      ["sono studente", "se ci iscriviamo in due", "c'e una promozione"])
entry("orari", "Quali sono gli orari di apertura?",
      "Lunedì-venerdì 6:30-22:30, sabato 8:00-20:00, domenica 9:00-13:00. Nei festivi siamo chiusi; ad agosto "
      "la domenica chiusi e dal lunedì al sabato 7:00-21:00. Reception e telefono 080 555 4127 dalle 9 alle 21.",
      "info", ["orari", "aperto", "apertura", "domenica", "chiusura"],
      ["a che ora aprite", "siete aperti la domenica", "fino a che ora si puo stare"])
entry("corsi", "Quali corsi ci sono?",
      "Spinning, pilates matwork, functional, zumba, yoga e total body: oltre 50 lezioni a settimana, tutte "
      "incluse nell'abbonamento. Il pilates reformer (max 6 persone) si paga a parte: 12 € a lezione o 100 € "
      "per 10. Il programma settimanale è nell'app Levante Fit.",
      "corsi", ["corsi", "spinning", "pilates", "yoga", "zumba"],
      ["fate spinning", "il pilates e compreso", "che lezioni avete"])
entry("prenotazione", "Come si prenotano i corsi?",
      "Dall'app Levante Fit, da 48 ore fino a 30 minuti prima della lezione; i posti sono limitati (spinning "
      "24 bici). Chi non può venire deve cancellare almeno 2 ore prima: dopo 3 assenze non disdette in un "
      "mese la prenotazione è bloccata per 7 giorni.",
      "corsi", ["prenotare", "prenotazione", "app", "posto", "cancellare"],
      ["come mi segno al corso", "devo riservare la bici", "non posso piu andare a lezione"])
entry("personal", "Avete personal trainer?",
      "Sì: 35 € a seduta di 60 minuti, pacchetto da 10 sedute 300 €. La prima valutazione (misure, test e "
      "programma) è gratuita per gli iscritti. Si prenota in reception.",
      "servizi", ["personal trainer", "allenatore", "scheda", "seduta", "programma"],
      ["voglio qualcuno che mi segua", "quanto costa il personal", "mi fate la scheda"])
entry("certificato", "Serve il certificato medico?",
      "Sì, per abbonamenti e carnet serve il certificato medico per attività sportiva non agonistica, valido "
      "12 mesi, da consegnare entro la prima settimana. In palestra il medico è presente il martedì dalle 18 "
      "alle 20: visita con ECG 35 €.",
      "iscrizione", ["certificato", "medico", "visita", "ecg", "documenti"],
      ["che documenti servono", "devo fare la visita", "avete un medico"])
entry("sospensione", "Posso sospendere l'abbonamento?",
      "Sì, solo gli abbonamenti trimestrali e annuali: per malattia o infortunio con certificato medico, "
      "per gravidanza o per lavoro fuori città con attestazione, minimo 15 giorni, massimo 60 giorni l'anno. "
      "I giorni si recuperano alla scadenza. Si chiede in reception prima dell'inizio della pausa.",
      "abbonamenti", ["sospendere", "congelare", "pausa", "infortunio", "malattia"],
      ["mi sono fatto male", "posso fermare l'abbonamento", "vado via per due mesi"])
entry("disdetta", "Come si disdice l'abbonamento?",
      "Il mensile si rinnova da solo: la disdetta va fatta per iscritto (modulo in reception o e-mail a "
      "info@levantefit.example) entro il 20 del mese, altrimenti vale dal mese dopo. Trimestrale e annuale "
      "non si rimborsano, ma si possono cedere a un'altra persona (25 €); con trasferimento documentato oltre "
      "50 km rimborsiamo i mesi interi non usati meno 30 €.",
      "abbonamenti", ["disdetta", "disdire", "rimborso", "cedere", "trasferimento"],
      ["non voglio piu venire", "come faccio a smettere", "mi trasferisco in un'altra citta"])
entry("pagamento", "Come posso pagare?",
      "In reception con contanti, bancomat o carta, oppure con bonifico. L'annuale si può pagare in 12 rate "
      "mensili da 34 € con addebito SEPA (totale 408 €). Il mensile si rinnova con addebito automatico.",
      "abbonamenti", ["pagamento", "rate", "bancomat", "bonifico", "sepa"],
      ["si puo pagare a rate", "accettate la carta", "pago in contanti"])
entry("armadietti", "Ci sono gli armadietti?",
      "Sì, gli armadietti giornalieri negli spogliatoi sono gratuiti: portate il vostro lucchetto. "
      "L'armadietto fisso costa 8 € al mese e si disdice in reception entro il 20 del mese. In sala è "
      "obbligatorio l'asciugamano; docce con acqua calda comprese.",
      "servizi", ["armadietto", "lucchetto", "spogliatoio", "doccia", "asciugamano"],
      ["dove lascio la borsa", "ci sono le docce", "serve il lucchetto"])
entry("parcheggio", "Dove si parcheggia?",
      "Siamo in viale Japigia 140, 70126 Bari. Il parcheggio convenzionato di fronte costa 1 € per 3 ore "
      "mostrando la tessera; rastrelliera bici gratuita all'ingresso. Bus 12 e 22, fermata Japigia Centro.",
      "info", ["parcheggio", "macchina", "indirizzo", "bus", "bici"],
      ["dove lascio la macchina", "dove siete", "che autobus prendo"])
entry("minori", "I ragazzi possono iscriversi?",
      "Dai 14 anni, con modulo firmato da un genitore e certificato medico. Dai 14 ai 15 anni solo corsi di "
      "gruppo e sala cardio; la sala pesi è consentita dai 16 anni, oppure dai 14 con personal trainer. "
      "Stessi prezzi degli adulti, sconto studenti valido.",
      "iscrizione", ["ragazzi", "minorenni", "eta", "figlio", "anni"],
      ["mio figlio ha 14 anni", "da che eta si puo venire", "i minorenni possono fare pesi"])

write_faq("it", FAQ)

convs = [
    # 1
    [
        ("buongiorno, vorrei iscrivermi da gennaio, quanto viene al mese e all'anno, e devo portare qualche "
         "carta particolare?",
         BOTH(E["abbonamenti"], E["certificato"]) + " — monthly 45 €, annual 390 € (+30 € first-time fee); "
         "non-competitive sports medical certificate, valid 12 months, within the first week; in-house doctor "
         "Tuesday 18-20, 35 €",
         HALF + "; saying no certificate is needed"),
        ("e lo spinning e compreso?",
         F(E["corsi"]) + " — yes, all group classes are included; only pilates reformer is extra",
         NEW + "a separate spinning price"),
        ("ok. l'annuale tutto insieme pero e nu picc tanto, si puo dividere?",
         F(E["pagamento"]) + " — 12 monthly instalments of 34 € by SEPA direct debit (408 € in all) ('nu picc' "
         "= a bit, Barese)",
         NEW + "saying only full payment"),
        ("perfetto grazie, a domani",
         "Small talk: thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("salve, una domanda sul mio abbonamento",
         "Too vague to answer — choices (prices, freezing, cancelling, payment...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("a gennaio mi operano al ginocchio e sto fermo almeno 6 settimane, ho l'annuale, quei soldi li perdo?",
         TYPE + F(E["sospensione"]) + " — annual can be frozen with a medical certificate, 15-60 days a year, "
         "days added at the end; ask at reception before the break",
         "tapping a choice; asking to rephrase; a refund"),
        ("meno male. mia moglie intanto vuole vedere com'e prima di iscriversi, ha 23 anni e fa l'universita, "
         "le fate qualcosa?",
         BOTH(E["prova"], E["sconti"]) + " — one free trial day (book at reception or 080 555 4127, ID); "
         "students up to 26: -20 % with student card; couple on annual -10 % each, not combined",
         HALF + "; adding the discounts together"),
        ("ma sto scrivendo con una persona o e automatico?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("ue, domanda veloce sui servizi",
         "Too vague to answer ('uè' = hey, Barese) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no non e niente di questo",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("cerco uno che segue solo a me, ad aprile corro la mezza di bari e da solo non ce la faccio",
         F(E["personal"]) + " — 35 € per 60 min, 10 for 300 €, first assessment free for members; book at "
         "reception",
         "asking to rephrase again; only group classes"),
        ("e fate pure massaggi o fisioterapia dopo la corsa?",
         "Not covered (massage/physiotherapy, a near trade not offered) — say so plainly; may offer a person",
         "inventing a massage service or price"),
    ],
    # 4
    [
        ("buonasera, vorrei venire insieme al mio grande, ne ha fatti 15 a ottobre, puo alzare i bilancieri "
         "con me? e nel weekend fino a che ora state?",
         BOTH(E["minori"], E["orari"]) + " — from 14 with a parent's form + certificate; at 14-15 only group "
         "classes and cardio, weights from 16 or from 14 with a personal trainer; Saturday 8-20, Sunday 9-13",
         HALF + "; letting the 15-year-old into the weights room alone"),
        ("no, deve stare in sala pesi con me senza personal, e per due voglio pagare uno",
         "Push-back: apologise; the FAQ allows weights at 15 only with a personal trainer and has no 2-for-1 "
         "(couple -10 % each on annual) — say what it has and offer a person",
         "allowing it; promising 2-for-1; the same answer again without acknowledging"),
        ("non mi serve a niente. voglio parlare con qualcuno della palestra adesso, non con un programma",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("pronto? c'e qualcuno?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("e una vergogna! mi avete preso 45 euro pure a dicembre, a fine novembre l'ho detto al ragazzo "
         "al banco che non venivo piu!",
         F(E["disdetta"]) + " — apologise; the monthly renews by itself, notice must be in writing (form at "
         "reception or e-mail) by the 20th, otherwise from the next month; no refund promised",
         "no apology; promising a refund"),
        ("mba, ma il bari sabato gioca al san nicola?",
         "Not covered (a football fixture) — say so kindly, back to the gym's topics ('mbà' = mate, Barese)",
         "a fixture or a score; an FAQ answer; a handover"),
        ("richiamatemi per favore al 347 555 2291",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the gym's number instead"),
        ("quanto ci vuole ancora? alle 8 devo prendere mia figlia a pallavolo",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("salve, ho fatto l'annuale a settembre ma dal 1 febbraio l'azienda mi manda a milano, qua non ci "
         "metto piu piede",
         F(E["disdetta"]) + " — annual not refundable, but with a documented transfer over 50 km the unused "
         "whole months are refunded minus 30 €; or pass it on to someone for 25 €; claim nothing as done",
         "claiming it is cancelled; saying no refund at all"),
        ("vabbe si",
         "Ambiguous yes ('vabbè sì' = well ok, yes) — ask what they want (refund with proof of transfer, or pass it "
         "on?) or restate the step; nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("e l'armadietto fisso che pago a parte come lo chiudo? e se invece lo passo a mio cugino chidd ce "
         "deve fare?",
         BOTH(E["armadietti"], E["disdetta"]) + " — fixed locker 8 €/month, cancelled at reception by the "
         "20th; the cousin can take over the membership for 25 € ('chidd' = him, 'ce' = what, Barese)",
         HALF + "; saying memberships cannot be passed on"),
        ("ue, ce stai a dic? nan capisc nudd. famm parla cu nu cristian vero, no cu stu computer",
         "Request: person in Barese ('hey, what are you saying? I don't understand anything. Let me talk to "
         "a real person, not this computer') — hand over to a person",
         PW + "; answering an FAQ; asking for standard Italian"),
    ],
    # 7
    [
        ("ciao, sto a bari 2 settimane per lavoro e vorrei allenarmi ogni tanto, non mi serve un mese intero",
         F(E["giornaliero"]) + " — day pass 10 € incl. classes (not reformer), 10 entries 80 € valid 3 months, "
         "ID needed, no certificate for a single entry",
         "only the monthly membership"),
        ("e lo spinning delle 19, vado direttamente o devo tenermi la bici?",
         F(E["prenotazione"]) + " — book in the Levante Fit app from 48 h to 30 min before; 24 bikes; cancel "
         "at least 2 h before",
         NEW + "saying just turn up"),
        ("ok e la macchina dove la metto? grazie, jamm, sciamaninn",
         F(E["parcheggio"]) + " — viale Japigia 140, partner car park opposite 1 € for 3 hours with the card "
         "(a day-pass holder: judge only that the rule is given); thanks ('jamm', 'sciamanìnn' = let's go, Barese)",
         NEW + "saying there is no parking"),
    ],
]

write_plan("it", convs)
