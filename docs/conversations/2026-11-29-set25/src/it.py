"""Italian FAQ and plan for test set 25: Officina Moto Reno, Bologna (made up). Run: python3 it.py"""
from common_a import BOTH, F, TYPE, WAIT, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("tagliando", "Quanto costa il tagliando?",
      "Il tagliando parte da 120 € per gli scooter fino a 125 cc e va da 180 a 260 € per le moto, olio, filtri "
      "e manodopera compresi. Seguiamo il piano della casa madre e timbriamo il libretto, quindi la garanzia "
      "del costruttore resta valida.",
      "manutenzione", ["tagliando", "manutenzione", "libretto", "olio", "filtri"],
      ["quanto viene il tagliando della moto", "fate il tagliando anche su moto in garanzia"])
entry("tempi", "Quanto tempo ci vuole?",
      "Se lasci la moto entro le 9, il tagliando e il cambio gomme sono pronti in giornata. Per riparazioni più "
      "grandi servono di solito 2-5 giorni lavorativi, di più se dobbiamo ordinare ricambi. Ti avvisiamo con un "
      "messaggio quando la moto è pronta.",
      "officina", ["tempi", "durata", "quanto tempo", "giorni"],
      ["in quanti giorni è pronta", "me la fate in giornata"])
entry("gomme", "Cambiate le gomme?",
      "Sì, montaggio ed equilibratura costano 25 € a ruota se porti tu le gomme, 15 € a ruota se le compri da "
      "noi. Le gomme delle marche principali arrivano in 1-2 giorni lavorativi. Lo smaltimento delle vecchie è "
      "compreso.",
      "gomme", ["gomme", "pneumatici", "cambio gomme", "equilibratura"],
      ["montaggio pneumatici prezzo", "avete le gomme per la mia moto"])
entry("revisione", "Fate la revisione?",
      "Sì, facciamo la revisione di moto e scooter il martedì e il venerdì, su prenotazione. Costa 79 € "
      "(tariffa ministeriale più diritti). Se la moto non passa, ripariamo i difetti con il tuo consenso e la "
      "ripresentiamo entro un mese.",
      "revisione", ["revisione", "collaudo", "scadenza", "motorizzazione"],
      ["la revisione mi scade", "quanto costa la revisione dello scooter"])
entry("rimessaggio", "Fate il rimessaggio invernale?",
      "Sì, da novembre a marzo teniamo la moto al coperto in un locale sorvegliato: 35 € al mese o 150 € per "
      "tutta la stagione. Mantenimento della batteria con caricatore e telo sono compresi; su richiesta facciamo "
      "il tagliando prima della riconsegna.",
      "servizi", ["rimessaggio", "inverno", "deposito", "custodia"],
      ["dove lascio la moto d'inverno", "prezzo rimessaggio stagione"])
entry("ritiro", "Potete venire a prendere la moto?",
      "Sì, con il nostro furgone ritiriamo e riconsegniamo la moto entro 15 km dall'officina per 40 € andata e "
      "ritorno; oltre i 15 km 1 € a km in più. Il ritiro si prenota almeno 2 giorni prima.",
      "servizi", ["ritiro", "riconsegna", "furgone", "a domicilio"],
      ["mi venite a prendere la moto a casa", "ritiro moto guasta"])
entry("ricambi", "Vendete ricambi?",
      "Sì, ricambi originali e compatibili di qualità, anche solo al banco. Quello che non è a magazzino arriva "
      "in 2-3 giorni lavorativi. Montiamo anche ricambi portati dal cliente, ma in quel caso la garanzia vale "
      "solo sulla manodopera.",
      "ricambi", ["ricambi", "pezzi", "originali", "ordinare"],
      ["mi ordinate un pezzo", "posso portare io il ricambio"])
entry("cortesia", "Avete una moto sostitutiva?",
      "Sì, abbiamo due scooter di cortesia da 125 cc a 15 € al giorno, casco incluso su richiesta. Per guidarli "
      "basta la patente B (rilasciata da almeno 1 anno per chi non ha la A1). Vanno prenotati con l'appuntamento.",
      "servizi", ["moto sostitutiva", "scooter di cortesia", "muletto", "patente"],
      ["mi date un mezzo mentre riparate", "avete uno scooter in prestito"])
entry("pagamento", "Come posso pagare?",
      "In contanti (fino a 4.999 €), con bancomat, carta di credito o Satispay. Le aziende possono pagare con "
      "bonifico a 30 giorni. Per riparazioni sopra i 600 € è possibile il pagamento in 3 rate senza interessi.",
      "pagamenti", ["pagamento", "bancomat", "carta", "satispay", "rate"],
      ["accettate la carta", "posso pagare a rate"])
entry("preventivo", "Fate preventivi?",
      "Sì, il preventivo è gratuito e non ti impegna. Se serve una diagnosi elettronica costa 40 €, che "
      "scaliamo dal conto se poi fai la riparazione da noi. Non facciamo lavori extra senza la tua conferma.",
      "officina", ["preventivo", "diagnosi", "costo riparazione", "gratuito"],
      ["quanto mi costa ripararla", "fate un preventivo prima"])
entry("orari", "Quali sono gli orari?",
      "Dal lunedì al venerdì 8:30-12:30 e 14:30-19:00, il sabato 9:00-12:30. Chiudiamo due settimane ad agosto, "
      "di solito dal 10 al 24.",
      "generale", ["orari", "apertura", "chiusura", "agosto"],
      ["siete aperti il sabato", "a che ora chiudete"])
entry("appuntamento", "Come prendo appuntamento?",
      "Chiama lo 051 6025 418 o scrivici su WhatsApp allo stesso numero. In primavera l'attesa è di 3-5 giorni "
      "lavorativi. Se non puoi venire, avvisa almeno 24 ore prima e spostiamo l'appuntamento senza costi.",
      "officina", ["appuntamento", "prenotare", "disdire", "spostare"],
      ["devo prenotare", "come sposto l'appuntamento"])
entry("garanzia", "Le riparazioni sono garantite?",
      "Sì, sulla manodopera diamo 12 mesi di garanzia; sui ricambi vale la garanzia del produttore, di solito 24 "
      "mesi. Se un problema si ripresenta, riportaci la moto: il controllo è gratuito.",
      "officina", ["garanzia", "riparazione", "difetto", "mesi"],
      ["quanto dura la garanzia sul lavoro", "si è rotto di nuovo dopo la riparazione"])
entry("batteria", "Sostituite la batteria?",
      "Sì, il test della batteria è gratuito. Una batteria nuova montata costa da 65 € per gli scooter e da 95 € "
      "per le moto, a seconda del modello. La vecchia la smaltiamo noi.",
      "officina", ["batteria", "non parte", "avviamento", "accumulatore"],
      ["la moto non parte", "quanto costa una batteria nuova"])
entry("dove", "Dove siete?",
      "In via Emilia Levante 214 a Bologna, vicino alla rotonda di San Lazzaro. Davanti all'officina ci sono 6 "
      "posti moto; l'autobus 19 ferma a 100 m (fermata Emilia Levante).",
      "generale", ["indirizzo", "dove", "come arrivare", "parcheggio"],
      ["qual è il vostro indirizzo", "come ci arrivo in autobus"])

PW = "another FAQ answer or choices instead of the handover; asking the customer to rephrase"
WAITING = ("Waiting: reassure that a person has the message and will reply; no FAQ answer, no invented wait "
           "time")

convs = [
    [
        ("buongiorno, quanto mi costa il tagliando dei 20mila sull'mt-07? ci vuole tanto?",
         BOTH(E["tagliando"], E["tempi"]) + " — motorcycles 180-260 € incl. oil and filters; same day if left "
         "before 9",
         "only one half with no pointer; the tyres entry"),
        ("e se la lascio la mattina presto? a che ora aprite?",
         BOTH(E["tempi"], E["orari"]) + " — before 9 = ready the same day; open Mon-Fri from 8:30",
         "only one half with no pointer; the appointment entry alone"),
        ("nel frattempo avete qualcosa da darmi per andare al lavoro? ho solo la patente b",
         F(E["cortesia"]) + " — 125 cc courtesy scooter 15 €/day, licence B is enough; book with the appointment",
         "the pick-up entry; 'not covered'"),
        ("ok ricevuto, grazie e buona giornata",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover"),
    ],
    [
        ("info per la moto",
         "Too vague to answer — choices (service, tyres, revisione, storage) or a clarifying question",
         "a handover; one entry given as certain"),
        ("sta moto a novembre la metto via fino a marzo, la tenete voi?",
         TYPE + F(E["rimessaggio"]) + " — November-March indoors, 35 €/month or 150 € for the season, battery "
         "charger and cover included",
         "the service entry; the opening hours; tapping a choice"),
        ("la batteria la staccate voi? e me la venite a prendere a casa, sto a san lazzaro",
         BOTH(E["rimessaggio"], E["ritiro"]) + " — battery kept charged during storage; pick-up within 15 km "
         "40 € both ways, book 2 days ahead",
         "only one half with no pointer; the battery-replacement entry alone"),
        ("ma sei un bot o una persona vera?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    [
        ("ho un problema con la moto",
         "Too vague to answer — choices (quote, battery, warranty, appointment) or a clarifying question",
         "a handover; one entry given as certain"),
        ("no, niente di tutto questo",
         TYPE + "Typed rejection — apologise and ask what exactly; no handover yet",
         "the same choices again; a handover straight away"),
        ("stamattina giravo la chiave e non si accendeva niente, nemmeno il quadro. quanto mi costa farla "
         "guardare?",
         BOTH(E["batteria"], E["preventivo"]) + " — free battery test, new battery from 95 € for motorcycles; "
         "quote free, electronic diagnosis 40 € deducted if repaired",
         "the pick-up entry alone; inventing a diagnosis"),
        ("fate anche la carrozzeria o la verniciatura del serbatoio?",
         "Not covered by the FAQ (no bodywork or painting) — say so honestly, offer a person",
         "the quote or spare-parts entry as if it answered; inventing a price"),
    ],
    [
        ("quanto chiedete per montarmi due coperture prese su internet?",
         F(E["gomme"]) + " — 25 € per wheel with the customer's own tyres, fitting, balancing and disposal",
         "the spare-parts entry; 15 € as if bought in the shop"),
        ("non era la domanda. voglio sapere se me le montate entro venerdì",
         "Push-back (first time) — apologise; free slots are not in the FAQ (waiting time 3-5 working days in "
         "spring, " + F(E["appuntamento"]) + "); ask or offer a person",
         "repeating the tyre price unchanged; no apology; promising Friday"),
        ("lascia stare, passami un meccanico in carne e ossa",
         "Push-back (second time in a row) + Request for a person (direct, annoyed) — apologise, hand over",
         PW),
        ("ci sei? risponde qualcuno?",
         WAIT + WAITING,
         "a new greeting as if the chat had just started; an FAQ answer"),
    ],
    [
        ("mi avete cambiato la frizione a maggio e adesso slitta di nuovo, ma come lavorate??",
         F(E["garanzia"]) + " — apologise; 12 months on labour, bring the bike back, the check is free; offer a "
         "person",
         "no apology; the quote entry; saying it is not covered"),
        ("sai mica dove si mangia bene in zona stasera?",
         "Not covered by the FAQ (unrelated) — short honest reply",
         "the address entry; any FAQ entry"),
        ("fatemi richiamare al 347 218 9064, dopo le 17",
         "Request for a person (callback with number) — hand over / pass on the callback request",
         "only the workshop number without taking the request; " + PW),
        ("quanto ci vuole ancora?",
         WAIT + WAITING,
         "the repair-time entry; inventing a time"),
    ],
    [
        ("giovedì alle 9 avevo il tagliando, ma mi hanno messo di turno e non ce la faccio",
         F(E["appuntamento"]) + " — tell at least 24 h before, moved free of charge; do not claim it is "
         "cancelled or moved",
         "'your appointment has been cancelled'; the service price"),
        ("si",
         "Ambiguous sì — acknowledge or ask what it refers to; never claim a cancellation or a new date",
         "confirming a cancellation or a new date"),
        ("e il libretto lo timbrate? ho anche preso un filtro originale, posso portarlo io?",
         BOTH(E["tagliando"], E["ricambi"]) + " — service book stamped, maker's warranty kept; own parts fitted, "
         "warranty then only on labour",
         "only one half with no pointer; the appointment entry again"),
        ("ciò, mo fammi parlare con qualcuno dell'officina che qua non ne vengo fuori",
         "Request for a person (dialect, Bologna) — hand over",
         PW),
    ],
    [
        ("salve, la revisione della vespa scade a fine mese, che giorni la fate e quanto viene?",
         F(E["revisione"]) + " — Tuesday and Friday by appointment, 79 €",
         "the service entry; only the price or only the days"),
        ("e se non la passa?",
         F(E["revisione"]) + " — defects repaired with consent, re-presented within a month",
         "treating it as unclear; the warranty entry"),
        ("si paga col bancomat? e mi dite l'indirizzo preciso",
         BOTH(E["pagamento"], E["dove"]) + " — cash, bancomat, cards, Satispay; via Emilia Levante 214, Bologna",
         "only one half with no pointer; the opening hours"),
    ],
]

write_faq("it", FAQ)
write_plan("it", convs)
print("it: %d entries, %d conversations, %d turns" % (len(FAQ), len(convs), sum(len(c) for c in convs)))
