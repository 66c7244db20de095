"""Italian FAQ and plan for test set 45: Torrefazione Sbisà & Figli, a coffee roaster in Trieste, made up.
Customers write everyday Italian with Triestine words. Run from src/: PYTHONPATH=<check folder> python3 it.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("prezzi", "Quanto costano le vostre miscele?",
      "Miscela Bora (80% arabica, 20% robusta) 9,50 € per 250 g e 34 € al chilo; Miscela Molo Audace (100% "
      "arabica) 12 € per 250 g e 44 € al chilo; monorigine Etiopia Sidamo 14 € per 250 g. Tutti i prezzi sono IVA "
      "inclusa e valgono in negozio e online.",
      "prodotti", ["prezzo", "miscela", "chilo", "arabica", "listino"],
      ["quanto viene un chilo", "che miscele avete", "prezzo della 100% arabica"])
entry("macinatura", "Potete macinare il caffè per me?",
      "Sì, gratuitamente, in negozio e online: per moka, espresso, filtro o French press. In grani il caffè resta "
      "fresco più a lungo; macinato consigliamo di consumarlo entro 2 settimane dall'apertura.",
      "prodotti", ["macinare", "macinato", "grani", "moka", "macinatura"],
      ["me lo macinate per la moka", "meglio in grani o macinato", "macinatura per espresso"])
entry("spedizione", "Spedite il caffè?",
      "Sì: in Italia 6,90 €, gratis da 49 €, consegna in 2-3 giorni lavorativi; nell'Unione Europea 14,90 €, "
      "consegna in 4-6 giorni. Il caffè parte entro 48 ore dalla tostatura. Non spediamo fuori dall'UE.",
      "ordini", ["spedizione", "consegna", "corriere", "spese di spedizione"],
      ["quanto costa mandarlo a Roma", "spedite in Austria", "in quanti giorni arriva"])
entry("abbonamento", "Come funziona l'abbonamento?",
      "Scegliete miscela, quantità e macinatura e ricevete il caffè ogni 2 o 4 settimane con il 10% di sconto e "
      "spedizione gratuita in Italia. Potete cambiare, sospendere o disdire l'abbonamento dal vostro account fino a "
      "5 giorni prima dell'invio successivo, senza penali.",
      "ordini", ["abbonamento", "disdire", "sospendere", "sconto", "ogni mese"],
      ["come disdico l'abbonamento", "posso saltare una consegna", "quanto si risparmia con l'abbonamento"])
entry("orari", "Quali sono gli orari del negozio?",
      "Il negozio con banco bar in via San Nicolò 21 è aperto dal lunedì al venerdì dalle 7:30 alle 19:00 e il "
      "sabato dalle 8:00 alle 13:00. Domenica e festivi chiuso; ad agosto chiudiamo dal 10 al 24.",
      "negozio", ["orari", "aperto", "chiuso", "negozio", "sabato"],
      ["siete aperti la domenica", "a che ora aprite", "chiudete ad agosto"])
entry("freschezza", "Quando tostate e quanto si conserva il caffè?",
      "Tostiamo il martedì e il giovedì; sulla confezione trovate la data di tostatura. Il caffè in grani dà il "
      "meglio entro 3 mesi dalla tostatura, nella sua busta con valvola chiusa, al fresco e lontano dalla luce; "
      "non in frigorifero.",
      "prodotti", ["tostatura", "conservare", "scadenza", "fresco", "data"],
      ["quanto dura il caffè", "lo metto in frigo", "quando è stato tostato"])
entry("corsi", "Organizzate corsi sul caffè?",
      "Sì: corso barista per l'espresso a casa, 3 ore il sabato pomeriggio, 85 € a persona, massimo 6 persone; "
      "degustazione guidata (cupping) di 1 ora e mezza il giovedì alle 18:00, 25 €. Prenotazione in negozio o "
      "online, disdetta gratuita fino a 48 ore prima.",
      "eventi", ["corso", "barista", "degustazione", "cupping", "lezione"],
      ["insegnate a fare il cappuccino", "corso di latte art", "quando c'è la prossima degustazione"])
entry("assistenza", "Riparate macchine da caffè?",
      "Facciamo assistenza su macchine espresso a leva e a pompa per casa e per bar: diagnosi 30 € (scalata dalla "
      "riparazione), tempi 2-3 settimane, garanzia di 6 mesi sulla riparazione. Non ripariamo macchine a capsule "
      "né superautomatiche.",
      "servizi", ["riparazione", "assistenza", "macchina espresso", "guasto", "manutenzione"],
      ["la mia macchina perde acqua", "fate la manutenzione", "riparate le macchine a capsule"])
entry("capsule", "Avete capsule compatibili?",
      "Sì, capsule compostabili compatibili Nespresso® con la Miscela Bora e la Molo Audace: 4,20 € la confezione "
      "da 10, 36 € la scatola da 100. Non produciamo capsule per Dolce Gusto, Lavazza A Modo Mio o cialde ESE.",
      "prodotti", ["capsule", "compatibili", "nespresso", "cialde", "compostabili"],
      ["avete capsule per la mia macchinetta", "fate le cialde", "le capsule si possono compostare"])
entry("pagamento", "Come posso pagare?",
      "In negozio: contanti, bancomat, carte di credito e Satispay. Online: carta di credito, PayPal e bonifico "
      "(spediamo dopo l'accredito, di solito 1-2 giorni). Per le aziende emettiamo fattura elettronica: indicate "
      "partita IVA e codice SDI.",
      "negozio", ["pagamento", "pagare", "carta", "satispay", "fattura"],
      ["posso pagare con satispay", "mi fate la fattura", "accettate bonifico"])
entry("ingrosso", "Fornite bar e uffici?",
      "Sì, da 5 kg al mese: prezzi all'ingrosso da 24 € al chilo, consegna gratuita a Trieste e provincia e, da "
      "10 kg al mese, una macchina espresso professionale in comodato d'uso gratuito. Chiamate lo 040 555 2173 per "
      "un preventivo.",
      "servizi", ["ingrosso", "bar", "ufficio", "comodato", "fornitura"],
      ["ho un bar e cerco un fornitore", "caffè per l'ufficio", "prezzi per rivenditori"])
entry("resi", "Posso restituire il caffè?",
      "Le confezioni chiuse si possono restituire entro 14 giorni dalla consegna; le spese del reso sono a vostro "
      "carico e rimborsiamo entro 7 giorni. Il caffè aperto non si restituisce, salvo errore nostro (miscela o "
      "macinatura sbagliata): in quel caso lo sostituiamo gratis.",
      "ordini", ["reso", "restituire", "rimborso", "sostituzione", "sbagliato"],
      ["mi avete mandato la macinatura sbagliata", "voglio indietro i soldi", "come faccio il reso"])
entry("regali", "Fate confezioni regalo?",
      "Sì, cofanetti da 19 € (2 miscele da 250 g) a 59 € (3 miscele, tazzine e caffettiera), con biglietto "
      "personalizzato gratuito. A Natale ordinate entro il 15 dicembre per la consegna in tempo; per aziende "
      "logo sul biglietto da 20 cofanetti.",
      "prodotti", ["regalo", "cofanetto", "natale", "confezione regalo", "biglietto"],
      ["un'idea regalo per un amante del caffè", "fate cesti natalizi", "regali aziendali"])
entry("visite", "Si può visitare la torrefazione?",
      "Sì, il sabato alle 10:00 vi mostriamo la tostatrice del 1958 e il magazzino del crudo, con assaggio di 3 "
      "caffè: 12 € a persona, 1 ora, massimo 10 persone. Prenotate almeno 2 giorni prima; per scuole e gruppi "
      "chiedete altre date.",
      "eventi", ["visita", "tostatrice", "tour", "assaggio", "gruppi"],
      ["si può vedere come tostate", "fate visite per scolaresche", "quanto costa la visita"])
entry("decaffeinato", "Avete caffè decaffeinato?",
      "Sì, il Deca Serena, decaffeinato ad acqua senza solventi, 11 € per 250 g, in grani o macinato. Orzo e "
      "ginseng li serviamo solo al banco bar, non li vendiamo in confezione.",
      "prodotti", ["decaffeinato", "deca", "orzo", "ginseng", "senza caffeina"],
      ["avete il deca", "vendete l'orzo", "un caffè senza caffeina per la sera"])

write_faq("it", FAQ)

convs = [
    # 1
    [
        ("ciò buongiorno! go finì el caffè a casa. quanto me costa un chilo de quel 100% arabica e me lo macinè "
         "per la moka?",
         BOTH(E["prezzi"], E["macinatura"]) + " — Molo Audace (100% arabica) 44 € al chilo, 12 € per 250 g; "
         "ground free for moka, espresso, filter or French press, ground best used within 2 weeks ('ciò' = hey, "
         "'go finì' = ho finito, 'macinè' = macinate, Triestine)",
         HALF + "; the Bora blend's price as the arabica"),
        ("e quanto tempo el resta bon dopo?",
         F(E["freschezza"]) + " — roasted Tuesday and Thursday, date on the bag; beans best within 3 months, valve "
         "bag closed, cool and dark, not in the fridge ('el resta bon' = it stays good; keeping never named)",
         NEW + "the price entry again"),
        ("gavè anche qualcosa che no me tien sveio la sera?",
         F(E["decaffeinato"]) + " — Deca Serena, water-process decaf without solvents, 11 € per 250 g, beans or "
         "ground ('gavè' = avete, 'sveio' = sveglio, Triestine; decaf never named)",
         NEW + "the shop hours"),
        ("perfeto, grazie mule, bona",
         "Small talk: acknowledgement + thanks + goodbye ('mule' = girls/guys, 'bona' = bye, Triestine) — short "
         "friendly close",
         SMALL),
    ],
    # 2
    [
        ("salve, una domanda",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("mia fia xe a bologna per studiar e la vol el nostro caffè spesso senza che ghe lo porto mi in treno",
         TYPE + F(E["abbonamento"]) + " — every 2 or 4 weeks, 10% off, free shipping in Italy, change, pause or "
         "stop from the account up to 5 days before (shipping 6,90 €, free from 49 €, 2-3 days is a plus) ('fia' = "
         "daughter, 'xe' = è, 'ghe' = glielo, Triestine; subscription never named)",
         "tapping a choice; asking to rephrase; only the shipping entry"),
        ("e per pagar, va ben satispay? la mandi anche in slovenia a mia cugina?",
         BOTH(E["pagamento"], E["spedizione"]) + " — in the shop cash, debit card, credit cards, Satispay; online "
         "credit card, PayPal, transfer (Satispay only in the shop); EU shipping 14,90 €, 4-6 days, so Slovenia yes",
         HALF + "; saying Satispay works online; saying only Italy is served"),
        ("scusi ma xe una persona o un programa che me scrivi?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("buongiorno, xe per l'ordine de lunedì",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no no, gnente de questo",
         TYPE + "Typed rejection ('gnente de questo' = none of this) — apologise and ask what exactly it is about; "
         "no handover yet",
         "the same choices again; a handover straight away"),
        ("go ciolto el pacco e xe vegnù fin come per l'espresso, ma mi go la napoletana. no se pol bever cussì",
         F(E["resi"]) + " — their error (wrong grind): replaced free even if opened ('ciolto' = preso, 'vegnù "
         "fin' = come out fine, ground fine, 'napoletana' = flip coffee pot, 'cussì' = così; return, wrong and "
         "grind never named)",
         "asking to rephrase again; the grinding entry only; saying opened coffee can't go back"),
        ("e se ve porto i grani verdi che mio cugin gà portà dal brasil, me li tostè voi?",
         "Not covered (roasting the customer's own green beans, near the trade but not offered; 'tostè' = tostate) "
         "— say so plainly; may offer a person",
         "inventing a roasting service or prices; the visit entry as if it were that"),
    ],
    # 4
    [
        ("bongiorno, go un picio locale in cavana e cerco chi me dà el caffè ogni mese. e me imprestè anche la "
         "macchina?",
         F(E["ingrosso"]) + " — from 5 kg a month, wholesale from 24 €/kg, free delivery in Trieste and province; from "
         "10 kg a month a professional espresso machine on free loan; quote on 040 555 2173 ('picio locale' = small "
         "bar, 'Cavana' = a quarter of Trieste's old town, 'imprestè' = lend; supplying bars never named)",
         "the home-machine repair entry; a price per 250 g"),
        ("24 al chilo? ma dai. fazè 20 e la macchina subito anche se ciapo 6 chili, semo tra triestini",
         "Push-back ('fazè' = fate, 'ciapo' = prendo, 'semo' = siamo): apologise; the FAQ has 24 €/kg and the "
         "machine from 10 kg a month — say what it has and offer a person (the 040 555 2173 quote line)",
         "promising 20 € or the machine at 6 kg; the same answer again without acknowledging"),
        ("basta, me son stufà de 'sto robot. voio parlar con qualchedun de voi, adesso!",
         "Request: angry + person ('me son stufà' = I'm fed up, 'voio' = voglio, 'qualchedun' = qualcuno) — "
         "apologise briefly and hand over",
         PW),
        ("alora? ghe xe qualchedun?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("VERGOGNA. ve go portà la mia gaggia a leva el 3 del mese, diagnosi pagada 30 euro, e dopo 5 setimane "
         "ancora gnente, ogni volta 'la setimana prossima'",
         F(E["assistenza"]) + " — apologise; lever machines are serviced, the 30 € diagnosis is taken off the "
         "repair, 2-3 weeks is the normal time, so 5 weeks is overdue: a person to check ('gaggia' = the brand "
         "used as 'my lever machine'; repair never named)",
         "no apology; saying lever machines are not repaired; the capsule entry"),
        ("ma la triestina domenica gà vinto o no?",
         "Not covered (unrelated: whether US Triestina, the football club, won on Sunday) — say so kindly",
         "an FAQ answer; a handover"),
        ("fazeme chiamar, 347 555 9921, son in ufficio fin le sei",
         "Request: callback with number ('fazeme chiamar' = have someone call me, 'fin le sei' = until six) — hand "
         "over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the shop's number instead"),
        ("quanto ghe vol ancora? devo andar a ciorme el mulo a scola",
         WAIT + WAITING,
         "the shop hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("gavevo prenotà per sabato quel pomeriggio per imparar a far l'espresso, per mio marì, ma el xe partì per lavoro fin a fine mese. "
         "lassemo perder",
         F(E["corsi"]) + " — cancelling free up to 48 h before (booking and cancelling in the shop or online); a kind "
         "tone; claim nothing as done ('marì' = marito, 'lassemo perder' = let's drop it; the course and cancelling never named)",
         "claiming it is cancelled; the price of the course only"),
        ("eh, va ben",
         "Ambiguous yes ('eh, va ben' = well, OK) — ask what they mean or restate the step (cancel in the shop or "
         "online, free up to 48 h before); nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("altra roba: per natale voria 8 cofanetti per i colleghi, entro quando ordino? e el sabato la torrefazion "
         "se pol vederla?",
         BOTH(E["regali"], E["visite"]) + " — gift boxes 19-59 € with a free personal card, order by 15 December "
         "(logo from 20 boxes, so not for 8); visits Saturday 10:00, 12 € per person, 1 hour, up to 10, book 2 days "
         "ahead ('voria' = vorrei)",
         HALF + "; promising a logo for 8 boxes"),
        ("ciò, mi con 'sta machineta no capisso un tubo. fame parlar con una persona vera de la torrefazion, no "
         "con 'sto aggeggio, dai!",
         "Request: person in Triestine ('hey, I don't understand a thing with this little machine; let me talk to a "
         "real person from the roastery, not this gadget, come on'; 'fame' = fammi) — hand over to a person",
         PW + "; answering an FAQ; asking for standard Italian"),
    ],
    # 7
    [
        ("buonasera, la mia macchinetta xe quela de le capsule de alluminio, gavè qualcosa che va ben?",
         F(E["capsule"]) + " — compostable Nespresso-compatible capsules, Bora and Molo Audace, 4,20 € for 10, 36 € "
         "for 100 (none for Dolce Gusto, A Modo Mio or ESE pods)",
         "the repair entry; the beans' prices only"),
        ("e de domenica se pol vegnir a ciorle?",
         F(E["orari"]) + " — no: closed Sundays and holidays; Mon-Fri 7:30-19:00, Sat 8:00-13:00, via San Nicolò 21 "
         "('vegnir a ciorle' = come and get them; opening hours never named)",
         NEW + "saying Sunday is open"),
        ("bon. e se a mio marì no le ghe piasi, le scatole ancora sigilade ve le posso dar indrio? grazie",
         F(E["resi"]) + " — closed packs back within 14 days of delivery, return costs on the customer, refund "
         "within 7 days ('dar indrio' = give back, 'sigilade' = sealed); thanks acknowledged",
         NEW + "no thanks acknowledged"),
    ],
]

write_plan("it", convs)
