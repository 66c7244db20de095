"""Italian FAQ and plan for test set 49: Sgomberi Rota (house and cellar clearance), Alzano Lombardo, Val Seriana,
province of Bergamo, made up. Customers write everyday Italian with Bergamasco words; the FAQ is standard Italian.
Served as it.
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


entry("prezzo", "Quanto costa uno sgombero?",
      "Dipende dal volume: calcoliamo 45 € al metro cubo. Una cantina o un solaio piccolo parte da 250 €, un "
      "appartamento di 70 m² costa di solito tra 900 e 1.600 €. Dal 3° piano senza ascensore aggiungiamo 80 €. Il "
      "prezzo esatto lo trovi nel preventivo scritto dopo il sopralluogo.",
      "prezzi", ["prezzo", "costo", "metro cubo", "preventivo", "cantina", "appartamento"],
      ["quanto costa svuotare una casa", "prezzo sgombero cantina", "quanto viene al metro cubo"])
entry("sopralluogo", "Il sopralluogo è gratuito?",
      "Sì, entro 30 km da Alzano Lombardo il sopralluogo è gratuito; oltre costa 30 €, scalati se accetti il "
      "preventivo. Veniamo di solito entro 3 giorni lavorativi e ti mandiamo il preventivo scritto entro 24 ore.",
      "prezzi", ["sopralluogo", "gratis", "visita", "preventivo", "valutazione"],
      ["venite a vedere prima", "il sopralluogo si paga", "quando passate a vedere"])
entry("zone", "In quali zone lavorate?",
      "Lavoriamo in tutta la provincia di Bergamo: città, Val Seriana, Val Brembana, Val Cavallina, Isola e "
      "pianura. Per la Val di Scalve e l'alta Val Brembana sopra San Pellegrino aggiungiamo 80 € di trasferta. "
      "Fuori provincia non lavoriamo.",
      "servizio", ["zone", "provincia", "valle", "trasferta", "dove"],
      ["venite anche in val brembana", "lavorate fuori bergamo", "zona servita"])
entry("cosa", "Cosa portate via e cosa no?",
      "Portiamo via mobili, elettrodomestici, vestiti, libri, oggetti, materassi e rottami. Non ritiriamo amianto "
      "(eternit), bombole del gas, bidoni di vernice o solventi oltre 5 litri e medicinali scaduti: per questi ti "
      "indichiamo le ditte autorizzate.",
      "servizio", ["cosa", "ritirate", "amianto", "eternit", "rifiuti", "vernici"],
      ["prendete anche l'eternit", "cosa non portate via", "ritirate le bombole"])
entry("valore", "Se ci sono oggetti di valore, il prezzo scende?",
      "Sì, facciamo lo sgombero compensato: il valore dei mobili e degli oggetti che possiamo rivendere viene "
      "scalato dal prezzo. A volte lo sgombero diventa gratuito. Per mobili antichi chiamiamo un nostro perito, che passa entro "
      "5 giorni lavorativi senza costi per te.",
      "prezzi", ["valore", "compensato", "antichi", "rivendere", "scalato"],
      ["ho mobili antichi", "sgombero gratis in cambio dei mobili", "valutate la roba"])
entry("smaltimento", "Lo smaltimento è in regola?",
      "Sì. Siamo iscritti all'Albo Gestori Ambientali e portiamo tutto in centri autorizzati. Gli elettrodomestici "
      "vanno al riciclo RAEE. Ti diamo copia del formulario dei rifiuti entro 10 giorni; mobili e abiti ancora "
      "buoni li doniamo a due associazioni della valle.",
      "servizio", ["smaltimento", "discarica", "formulario", "riciclo", "regola"],
      ["dove finisce la roba", "mi date il formulario", "smaltite in modo legale"])
entry("tempi", "Quanto tempo ci vuole e quando potete venire?",
      "Un appartamento di 70 m² lo svuotiamo in una giornata con 3 persone, una cantina in mezza giornata. Di "
      "solito abbiamo una data libera entro 2 settimane; per urgenze entro 48 ore con un supplemento del 20 %.",
      "servizio", ["tempo", "quanto ci vuole", "data", "urgente", "giorni"],
      ["in quanti giorni fate", "quando siete liberi", "mi serve entro la settimana"])
entry("presenza", "Devo essere presente durante lo sgombero?",
      "No. Puoi lasciarci le chiavi al sopralluogo o in un posto concordato. Ti mandiamo foto prima e dopo il lavoro "
      "su WhatsApp e riconsegniamo le chiavi a mano o per raccomandata entro 2 giorni lavorativi.",
      "servizio", ["presente", "chiavi", "foto", "lontano", "assente"],
      ["non posso esserci", "vi lascio le chiavi", "abito fuori"])
entry("pulizia", "Fate anche la pulizia finale e lo smontaggio della cucina?",
      "Sì. La pulizia finale costa 3 € al m², lo smontaggio di una cucina componibile 120 €, il distacco di lampadari "
      "e tende è incluso. Non facciamo imbiancatura né lavori idraulici o elettrici.",
      "servizio", ["pulizia", "smontaggio", "cucina", "lampadari", "finale"],
      ["lasciate la casa pulita", "smontate la cucina", "staccate i lampadari"])
entry("pagamento", "Come si paga?",
      "Alla conferma chiediamo un acconto del 30 % con bonifico; il saldo si paga a fine lavoro con bonifico, "
      "bancomat, carta o in contanti fino a 4.999 €. Emettiamo sempre fattura.",
      "pagamenti", ["pagamento", "pagare", "acconto", "bonifico", "fattura"],
      ["si paga prima o dopo", "accettate il bancomat", "serve un anticipo"])
entry("disdetta", "Posso disdire o spostare la data?",
      "Puoi disdire o spostare la data gratuitamente fino a 5 giorni lavorativi prima. Dopo tratteniamo metà "
      "dell'acconto. Avvisaci al 035 555 72 40 o su WhatsApp.",
      "prenotazione", ["disdire", "spostare", "annullare", "data", "acconto"],
      ["devo cambiare giorno", "non serve più lo sgombero", "annullare l'appuntamento"])
entry("danni", "E se durante lo sgombero si rompe o sparisce qualcosa?",
      "Siamo assicurati per la responsabilità civile fino a 500.000 €. Segnalaci il danno entro 48 ore con delle "
      "foto: lo ripariamo o lo rimborsiamo. Gli oggetti da tenere vanno segnati al sopralluogo; li mettiamo da parte "
      "in una stanza che non tocchiamo.",
      "reclami", ["danno", "rotto", "assicurazione", "sparito", "reclamo"],
      ["avete rovinato il muro", "manca una cosa", "chi paga se rompete"])
entry("eredita", "Fate sgomberi di case ereditate o da vendere?",
      "Sì, è il lavoro più frequente. Basta la delega firmata da tutti gli eredi. Documenti, foto e lettere che "
      "troviamo li mettiamo in una scatola e te li consegniamo entro 7 giorni dalla fine del lavoro.",
      "servizio", ["eredità", "eredi", "delega", "documenti", "vendita casa"],
      ["casa dei nonni da svuotare", "serve il permesso degli eredi", "casa da vendere"])
entry("singolo", "Ritirate anche un solo mobile o elettrodomestico?",
      "Sì, il ritiro di un singolo pezzo costa 60 € al piano terra, più 20 € per ogni piano senza ascensore. Per "
      "frigoriferi e lavatrici il prezzo è lo stesso.",
      "prezzi", ["singolo", "un solo", "divano", "frigorifero", "pezzo"],
      ["ritirate solo un divano", "portate via la lavatrice", "un armadio solo"])
entry("orari", "Quali sono gli orari dell'ufficio?",
      "L'ufficio in via Provinciale 88 ad Alzano Lombardo è aperto dal lunedì al venerdì dalle 8 alle 12 e dalle 14 "
      "alle 18, il sabato dalle 8 alle 12. Telefono 035 555 72 40, WhatsApp 347 555 19 63. Gli sgomberi li facciamo "
      "dal lunedì al sabato.",
      "contatti", ["orari", "ufficio", "telefono", "aperto", "whatsapp"],
      ["quando siete aperti", "numero di telefono", "lavorate il sabato"])

write_faq("it", FAQ)

convs = [
    # 1
    [
        ("buongiorno! ho da svuotare la cantina di mia mamma a nembro, sarà sui 10 metri cubi. più o meno "
         "quanto mi viene? e prima venite a vedere o no",
         BOTH(E["prezzo"], E["sopralluogo"]) + " — 45 € per cubic metre, so about 450 € (small cellars from 250 €), "
         "exact price in the written quote; Nembro is within 30 km of Alzano, so the visit is free, usually within "
         "3 working days, quote within 24 hours",
         HALF + "; a price without the quote; charging the visit"),
        ("e ci mettete tanto?",
         F(E["tempi"]) + " — a cellar in half a day; a date usually within 2 weeks, urgent within 48 hours at "
         "+20 %",
         NEW + "the opening hours"),
        ("ci sono anche 3 latte di vernice vecchia e una bombola del gas del nonno, quelle le prendete?",
         F(E["cosa"]) + " — no: gas cylinders and paint/solvent cans over 5 litres are not collected; they point "
         "to authorised firms",
         NEW + "saying everything is taken"),
        ("ok perfetto grazie mille, buona giornata",
         "Small talk: thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("salve",
         "Too vague to answer (a greeting only) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("la cà del mé nono a gandino è piena di roba vecchia, ci sono due comò di inizio novecento. pota, "
         "magari valgono qualcosa e mi costa meno?",
         TYPE + F(E["valore"]) + " — compensated clearance: the value of resellable furniture is deducted, "
         "sometimes down to free; an appraiser for antiques at no cost ('la cà del mé nono' = my grandfather's "
         "house, 'pota' = well, Bergamasco)",
         "tapping a choice; asking to rephrase; the price entry only"),
        ("siamo in 3 fratelli, basta la mia firma? e dopo la roba dove va a finire, non vorrei in un fosso",
         BOTH(E["eredita"], E["smaltimento"]) + " — a delegation signed by all heirs is needed; documents and "
         "photos found are kept in a box; registered disposal firm, authorised centres, RAEE, copy of the waste "
         "form within 10 days, good items donated",
         HALF + "; saying one heir's signature is enough"),
        ("ma tu sei una persona o un computer?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("ciao, è per quella cosa",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no niente di questi",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "repeating the same choices; a handover; an FAQ answer"),
        ("devo liberarmi di un vecchio letto a scomparsa al secondo piano, senza ascensore, in centro a seriate. "
         "mi costa un occhio?",
         F(E["singolo"]) + " — single item 60 € on the ground floor plus 20 € per floor without a lift, so 100 € "
         "for the 2nd floor",
         "the whole-flat price; the 80 € surcharge from the 3rd floor"),
        ("ah ok. e voi i traslochi li fate? i mobili buoni li devo portare a treviglio",
         "Not covered (moving furniture to a new home: near the trade but not offered) — say so plainly; may "
         "offer a person",
         "inventing a removals service; the clearance price; unrelated choices"),
    ],
    # 4
    [
        ("buonasera, abbiamo una baita a schilpario da liberare, vendiamo. venite fin su? e io abito a milano, "
         "devo per forza esserci quel giorno?",
         BOTH(E["zone"], E["presenza"]) + " — the whole province; Val di Scalve (Schilpario) +80 € travel; no need "
         "to be there: keys left at the visit or an agreed place, photos before and after on WhatsApp, keys "
         "returned by hand or registered post",
         HALF + "; saying they don't go to Val di Scalve; leaving out the 80 €"),
        ("80 euro di trasferta?? e poi il sopralluogo lassù lo pagate voi, non io. e già che ci siete fatemi "
         "metà prezzo",
         "Push-back: apologise; the FAQ has +80 € for Val di Scalve, the visit beyond 30 km at 30 € (deducted "
         "if the quote is accepted), no half price — say so and offer a person",
         "agreeing to half price or a free visit; repeating the whole entry without answering"),
        ("basta, mi sono stufato di questo giochino. voglio parlare con il titolare, subito",
         "Request: angry + person — apologise briefly and hand over",
         PW),
        ("c'è qualcuno o no?",
         WAIT + WAITING,
         "an FAQ answer; choices; 'nobody is here'"),
    ],
    # 5
    [
        ("SONO FURIOSO. ieri avete svuotato l'appartamento di via quarenghi e avete graffiato tutto il muro delle "
         "scale, adesso l'amministratore vuole i soldi da me!!",
         F(E["danni"]) + " — apologise; insured for liability up to 500,000 €; report within 48 hours with photos "
         "(yesterday: in time), they repair or reimburse; a person may arrange it",
         "denying responsibility; promising payment as done; the cleaning entry"),
        ("senti ma l'atalanta domenica gioca in casa?",
         "Not covered (unrelated: whether Atalanta plays at home on Sunday) — say so kindly",
         "an FAQ answer; choices of entries; an invented fixture"),
        ("fatemi chiamare al 338 555 40 91, dopo le 18 che esco dal lavoro",
         "Request: callback with number — hand over to a person with the number and 'after 6 pm' kept; no "
         "promise of a time",
         PW + "; asking for the number again; the shop's number instead"),
        ("quanto ci vuole ancora? tra un quarto d'ora ho la riunione di condominio",
         WAIT + WAITING,
         "the office hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("buongiorno, avevamo fissato per il 14 il solaio di mio zio a clusone. adesso però il cugino dice che "
         "la roba la vuole tenere lui, quindi non c'è più niente da portare via",
         F(E["disdetta"]) + " — free up to 5 working days before, later half the deposit is kept; tell them at "
         "035 555 72 40 or on WhatsApp; claim nothing as done (cancelling never named)",
         "claiming it is cancelled; saying the deposit is lost in any case"),
        ("vabbè dai",
         "Ambiguous reply ('oh well / fine then') — ask what they mean or restate the step; nothing claimed as "
         "done",
         "claiming it is cancelled; a random FAQ answer"),
        ("un'altra cosa, l'acconto l'ho dato con bonifico, il resto posso darvelo in contanti? e se poi svuoto "
         "casa mia la pulizia alla fine la fate voi?",
         BOTH(E["pagamento"], E["pulizia"]) + " — balance at the end by transfer, debit card, card or cash up to "
         "4,999 €, always an invoice; final cleaning 3 € per m², kitchen dismantling 120 €, no painting",
         HALF + "; saying cash is not accepted"),
        ("pota basta! mé capése nient de chèl che te scriet. fam parlà con öna persuna de bù, mia con öna "
         "machina!",
         "Request: person in Bergamasco ('enough! I don't understand anything of what you write. let me talk to a "
         "real person, not a machine') — hand over to a person",
         PW + "; answering an FAQ; asking to write in Italian"),
    ],
    # 7
    [
        ("buonasera, c'è un tetto della legnaia in lastre grigie ondulate dietro casa, anni 70. quello lo "
         "togliete insieme al resto?",
         F(E["cosa"]) + " — asbestos (eternit) is not collected, authorised firms are pointed out (corrugated grey "
         "sheets from the 70s = likely eternit; asbestos never named)",
         "saying it is taken away; the price entry"),
        ("capito. e l'ufficio il sabato mattina è aperto? vorrei passare",
         F(E["orari"]) + " — Saturday 8-12 (weekdays 8-12 and 14-18), via Provinciale 88, Alzano Lombardo",
         NEW + "inventing hours"),
        ("ok. c'è un numero whatsapp per mandarvi le foto? grazie",
         F(E["orari"]) + " — WhatsApp 347 555 19 63 (phone 035 555 72 40); thanks acknowledged",
         NEW + "no thanks acknowledged; inventing a number"),
    ],
]

write_plan("it", convs)
