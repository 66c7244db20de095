"""Italian FAQ and plan for test set 43: Centro Estetico Lumière (beauty centre), Bergamo (made up).
Run from src/: PYTHONPATH=<check folder> python3 it.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("ceretta", "Quanto costa la ceretta?",
      "Gamba intera 30 €, mezza gamba 18 €, inguine 12 € (integrale 20 €), ascelle 10 €, braccia 15 €, sopracciglia "
      "8 €, baffetto 5 €. Usiamo cera tiepida monouso; su richiesta ceretta araba allo zucchero con 3 € in più. I "
      "peli devono essere lunghi almeno 5 mm, cioè circa 3 settimane dopo la rasatura.",
      "epilazione", ["ceretta", "depilazione", "gambe", "inguine", "ascelle"],
      ["prezzi cera", "fate la ceretta araba", "quanto devono essere lunghi i peli"])
entry("laser", "Fate l'epilazione laser?",
      "Sì, con laser a diodo. La prima consulenza con prova è gratuita. Una seduta costa 45 € per le ascelle, 60 € "
      "per l'inguine e 180 € per le gambe intere; di solito servono 6-8 sedute, ogni 4-6 settimane, e il pacchetto "
      "da 6 sedute ha il 20 % di sconto. Niente sole o lampade 2 settimane prima e dopo; il laser non si fa in "
      "gravidanza né ai minorenni.",
      "epilazione", ["laser", "epilazione definitiva", "diodo", "luce pulsata", "sedute"],
      ["quante sedute servono", "il laser fa male", "prezzo laser gambe"])
entry("viso", "Che trattamenti viso offrite?",
      "Pulizia viso profonda (60 minuti) 55 €, trattamento idratante 65 €, peeling agli acidi della frutta 70 €, "
      "radiofrequenza anti-age 80 €. Per pelli impure e acne giovanile consigliamo un ciclo di 4 pulizie ogni 3 "
      "settimane a 190 €. Alla prima visita l'analisi della pelle è gratuita.",
      "viso", ["pulizia viso", "trattamento viso", "peeling", "pelle", "acne"],
      ["quanto costa una pulizia del viso", "avete qualcosa per le rughe", "ho la pelle grassa"])
entry("massaggi", "Quali massaggi fate e quanto costano?",
      "Rilassante 50 minuti 55 €, decontratturante 50 minuti 60 €, linfodrenante 50 minuti 60 €, con pietre calde "
      "(hot stone) 75 minuti 80 €. Massaggio di coppia nella cabina doppia, 50 minuti, 110 € in due. I nostri "
      "massaggi sono trattamenti di benessere, non fisioterapia.",
      "corpo", ["massaggio", "rilassante", "decontratturante", "linfodrenante", "coppia"],
      ["ho il collo bloccato", "prezzo massaggio", "fate l'hot stone"])
entry("unghie", "Quanto costano manicure e pedicure?",
      "Manicure 20 €, semipermanente mani 30 € (rimozione 10 €, gratis se lo rifà da noi), ricostruzione in gel "
      "55 €, refill 40 €. Pedicure estetica 30 €, con semipermanente 40 €. Se il semipermanente si stacca entro 5 "
      "giorni, lo sistemiamo gratis: basta prenotare il ritocco.",
      "mani e piedi", ["manicure", "pedicure", "semipermanente", "unghie", "gel"],
      ["quanto costa il refill", "fate la ricostruzione", "quanto dura il semipermanente"])
entry("pacchetti", "Avete pacchetti o abbonamenti?",
      "Pacchetto Sposa: pulizia viso, manicure semipermanente, pedicure, ceretta completa, prova trucco e trucco "
      "del giorno, 290 €. Pacchetto Relax: massaggio rilassante e trattamento idratante, 110 € invece di 120 €. "
      "Tessera 10 massaggi con il 15 % di sconto, valida 12 mesi e nominativa.",
      "pacchetti", ["pacchetto", "abbonamento", "sposa", "tessera", "offerta"],
      ["avete offerte", "pacchetto per il matrimonio", "conviene la tessera"])
entry("prenotare", "Come si prende un appuntamento?",
      "Al telefono 035 555 2714 negli orari di apertura, su WhatsApp al 340 555 8836 (rispondiamo entro 2 ore "
      "lavorative) oppure online sul nostro sito, 24 ore su 24. Per il sabato conviene prenotare almeno una "
      "settimana prima.",
      "info", ["prenotare", "appuntamento", "prenotazione", "whatsapp", "online"],
      ["come prenoto", "posso prenotare dal sito", "vorrei un appuntamento"])
entry("orari", "Quali sono gli orari del centro?",
      "Da martedì a venerdì dalle 9:00 alle 19:30, il giovedì fino alle 21:00; sabato dalle 8:30 alle 17:00. "
      "Lunedì e domenica chiuso. In agosto chiudiamo dal 10 al 24.",
      "info", ["orari", "apertura", "aperti", "chiusura", "sabato"],
      ["a che ora aprite", "siete aperti la sera", "chiudete ad agosto"])
entry("disdetta", "Posso disdire o spostare un appuntamento?",
      "Sì, gratis fino a 24 ore prima, per telefono o WhatsApp. Se disdice più tardi o non si presenta, "
      "addebitiamo il 50 % del trattamento alla prenotazione successiva; nei pacchetti la seduta si considera "
      "fatta. Con più di 15 minuti di ritardo il trattamento viene accorciato e il prezzo resta intero.",
      "info", ["disdire", "spostare", "annullare", "ritardo", "penale"],
      ["non posso venire", "cambiare giorno", "sono in ritardo"])
entry("buono", "Vendete buoni regalo?",
      "Sì, buoni da 20 € in su oppure per un trattamento preciso, in centro con confezione regalo gratuita oppure "
      "online in PDF. Valgono 12 mesi dall'acquisto per qualsiasi trattamento, non si convertono in denaro e la "
      "differenza non si restituisce.",
      "pacchetti", ["buono regalo", "regalo", "regalare", "gift card", "voucher"],
      ["idea regalo per mia mamma", "quanto dura il buono", "posso regalare un massaggio"])
entry("gravidanza", "Ci sono controindicazioni per gravidanza, allergie o problemi di salute?",
      "In gravidanza offriamo il massaggio prenatale dal 4° mese (50 minuti, 60 €) e la ceretta; non facciamo "
      "laser, radiofrequenza né linfodrenaggio. Ci segnali prima allergie (per esempio a nichel o lattice), vene "
      "varicose, diabete o farmaci che rendono la pelle sensibile: troveremo il trattamento adatto o le chiederemo "
      "il parere del medico.",
      "info", ["gravidanza", "incinta", "allergie", "controindicazioni", "salute"],
      ["sono incinta posso fare la ceretta", "sono allergica", "ho le vene varicose"])
entry("uomo", "Fate trattamenti anche per uomini?",
      "Sì: ceretta schiena 25 €, petto 20 €, pulizia viso uomo 55 €, manicure uomo 18 € e tutti i massaggi. Il "
      "Pacchetto Lui (pulizia viso e massaggio decontratturante) costa 100 €.",
      "corpo", ["uomo", "uomini", "maschile", "ceretta schiena", "pacchetto lui"],
      ["mio marito può venire", "ceretta per lui", "regalo per il mio compagno"])
entry("pagamento", "Come posso pagare?",
      "Contanti, bancomat, carte di credito e Satispay; non accettiamo assegni. Per pacchetti e tessere da 300 € "
      "in su può pagare in 3 rate mensili senza interessi. Su richiesta emettiamo fattura.",
      "info", ["pagamento", "bancomat", "carta", "satispay", "rate"],
      ["accettate la carta", "posso pagare a rate", "mi fate la fattura"])
entry("dove", "Dove siete e dove posso parcheggiare?",
      "Siamo in via Borgo Palazzo 88, Bergamo, a 10 minuti a piedi dalla stazione. Abbiamo 3 posti auto riservati "
      "nel cortile (citofono Lumière); altrimenti strisce blu in via (1,50 € l'ora) o il parcheggio coperto a 200 "
      "m (2 € l'ora). Autobus linea 5, fermata Borgo Palazzo.",
      "info", ["indirizzo", "parcheggio", "posteggio", "come arrivare", "autobus"],
      ["dove vi trovo", "c'è parcheggio", "come ci arrivo dalla stazione"])
entry("minorenni", "I minorenni possono fare trattamenti?",
      "Dai 14 anni, con il consenso scritto di un genitore che firma il modulo alla prima visita. Sotto i 16 anni "
      "un genitore deve essere presente durante il trattamento. Laser e radiofrequenza solo dai 18 anni.",
      "info", ["minorenni", "ragazzi", "età", "consenso", "genitori"],
      ["da che età si può venire", "serve la firma dei genitori", "a che età si può fare il laser"])

write_faq("it", FAQ)

convs = [
    # 1
    [
        ("buongiorno, sabato prossimo vorrei fare gamba intera e inguine, quanto spendo? e il sabato fino a che "
         "ora siete aperti?",
         BOTH(E["ceretta"], E["orari"]) + " — full leg 30 € + bikini line 12 € (full 20 €) = 42 € (or 50 €), hairs "
         "at least 5 mm; Saturday 8:30-17:00",
         HALF + "; saying the centre is closed on Saturday"),
        ("e per toglierli per sempre invece?",
         F(E["laser"]) + " — diode laser, first consultation with a test free; per session underarms 45 €, bikini "
         "line 60 €, full legs 180 €; usually 6-8 sessions every 4-6 weeks, 6-session package 20 % off; no sun 2 "
         "weeks before and after",
         NEW + "the wax prices again"),
        ("ok. posso fissare su whatsapp?",
         F(E["prenotare"]) + " — yes, WhatsApp 340 555 8836 (reply within 2 working hours), or phone 035 555 2714, "
         "or online 24 h; book Saturdays a week ahead ('fissare' = book)",
         NEW + "the payment methods"),
        ("perfetto pota, grazie mille e a sabato",
         "Small talk: acknowledgement + thanks + goodbye ('pota' = Bergamasque all-purpose interjection, here "
         "'well then') — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("buonasera, una cosa per mia figlia",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("ha 15 anni e vorrebbe sistemarsi le sopracciglia, puo venire da sola o devo accompagnarla io?",
         TYPE + F(E["minorenni"]) + " — from 14 with a parent's written consent signed at the first visit; under 16 "
         "a parent must be present, so at 15 she must be accompanied (eyebrows 8 €)",
         "tapping a choice; asking to rephrase; letting her come alone"),
        ("bene. e per i brufoli sulla fronte avete qualcosa? si puo pagare a rate?",
         BOTH(E["viso"], E["pagamento"]) + " — deep cleansing 55 €; for impure or acne skin a course of 4 cleansings "
         "every 3 weeks, 190 €; free skin analysis at the first visit; instalments only for packages and cards from "
         "300 €, so not for this; cash, bancomat, cards, Satispay ('brufoli' = pimples)",
         HALF + "; offering instalments for 190 €"),
        ("ma mi sta rispondendo una ragazza del centro o e un programma?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("ciao, info per una sorpresa",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no, niente di tutto cio",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("il mio moroso compie 40 anni, vorrei fargli trovare da voi un'ora con le pietre calde sulla schiena. come "
         "funziona?",
         F(E["buono"]) + " — a gift voucher for that treatment (hot stone, 75 min, 80 €) or any amount from 20 €, "
         "in the centre with free gift wrap or online as a PDF; valid 12 months; no cash ('moroso' = boyfriend, "
         "northern Italian; the gift is never named)",
         "asking to rephrase again; only booking a massage for the customer herself"),
        ("e gia che ci sono: fate ergot anche per i capelli, tipo taglio e piega?",
         "Not covered (hairdressing, near the trade but not offered; 'ergót' = something, Bergamasque) — say so "
         "plainly; may offer a person",
         "inventing haircuts or prices"),
    ],
    # 4
    [
        ("buongiorno, per l'anniversario io e mio marito vorremmo staccare un'oretta insieme, avete qualcosa per due "
         "nella stessa stanza? e se poi all'ultimo non riusciamo a venire che succede?",
         BOTH(E["massaggi"], E["disdetta"]) + " — couples' massage in the double cabin, 50 min, 110 € for two; "
         "free cancel or move up to 24 h before by phone or WhatsApp, later or no-show: 50 % charged on the next "
         "booking",
         HALF),
        ("110 euro? fatecelo a 80 e aggiungete una pulizia viso in omaggio, siamo clienti da anni",
         "Push-back: apologise; the FAQ has no loyalty discount and no free extras — say what it has (Pacchetto "
         "Relax 110 € instead of 120 €, 10-massage card 15 % off) and offer a person",
         "promising a discount or a free facial; the same answer again without acknowledging"),
        ("basta, mi sta facendo perdere tempo. voglio parlare con la sciura titolare, subito",
         "Request: angry + person ('sciura' = signora, Lombard) — apologise briefly and hand over",
         PW),
        ("ehi, qualcuno mi ha letto o no?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("e una vergogna!! giovedi ho pagato 30 euro per lo smalto che dura, e domenica era gia saltato via da 3 "
         "dita. cosi non va",
         F(E["unghie"]) + " — apologise; if the semi-permanent polish comes off within 5 days it is redone free: "
         "book the touch-up ('lo smalto che dura' = semi-permanent, never named)",
         "no apology; charging for the touch-up"),
        ("conoscete un posto qui in zona dove fanno i casonsei come si deve?",
         "Not covered (unrelated: where to eat casoncelli, Bergamo's stuffed pasta, 'casonsèi' in dialect) — say "
         "so kindly",
         "an FAQ answer; a handover"),
        ("richiamatemi voi al 348 555 1093, ades sono in ufficio e non riesco a scrivere",
         "Request: callback with number ('adès' = now, Bergamasque) — hand over to a person with the number kept; "
         "no promise of a time",
         PW + "; asking for the number again; the centre's number instead"),
        ("quanto devo aspettare ancora? alle 17 ho pilates",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("giovedi alle 18 avevo la pulizia viso ma mi e venuta la febbre a 39, non ce la faccio proprio",
         F(E["disdetta"]) + " — free up to 24 h before (Thursday 18:00: it depends on when she writes), later 50 % "
         "charged on the next booking; by phone or WhatsApp; sympathy; claim nothing as done",
         "claiming it is cancelled; no sympathy; the facial prices"),
        ("ok si",
         "Ambiguous yes — ask what they mean or restate the step (phone or WhatsApp); nothing claimed as done",
         "claiming it is cancelled or moved; a random FAQ answer"),
        ("intanto: mia cognata e incinta di 5 mesi, puo farsi fare un massaggio? e il mio bagaj, 19 anni, vuole "
         "togliersi i peli dalla schiena, li fate anche ai maschi?",
         BOTH(E["gravidanza"], E["uomo"]) + " — prenatal massage from the 4th month, 50 min, 60 € (no laser, "
         "radiofrequency or lymph drainage); back wax for men 25 € ('bagaj' = boy, Bergamasque)",
         HALF + "; refusing any massage in pregnancy"),
        ("pota, mé a capése negót de chèsta macchinetta. fam parlà con vergü del centro, mia col computer",
         "Request: person in Bergamasque ('well, I understand nothing of this little machine; let me talk to "
         "someone from the centre, not the computer') — hand over to a person",
         PW + "; answering an FAQ; asking for standard Italian"),
    ],
    # 7
    [
        ("buongiorno, dove vi trovo esattamente? vengo da treviglio in macchina",
         F(E["dove"]) + " — via Borgo Palazzo 88, Bergamo; 3 reserved spaces in the courtyard (intercom Lumière), "
         "else blue lines 1.50 €/h or the covered car park 200 m away (2 €/h)",
         "no word of parking"),
        ("e il lunedi ci siete?",
         F(E["orari"]) + " — closed on Monday (and Sunday); Tue-Fri 9:00-19:30, Thursday to 21:00, Saturday "
         "8:30-17:00",
         NEW + "saying Monday is open"),
        ("ultima cosa, mi sposo a giugno: avete qualcosa tipo prova trucco e trattamenti prima? grazie mille intanto",
         F(E["pacchetti"]) + " — Pacchetto Sposa 290 €: facial, semi-permanent manicure, pedicure, full wax, "
         "make-up trial and wedding-day make-up; thanks acknowledged",
         NEW + "no thanks acknowledged; saying make-up is not offered"),
    ],
]

write_plan("it", convs)
