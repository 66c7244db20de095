"""Italian FAQ and plan for test set 38: Pescheria e Friggitoria Vucciria Mare, Palermo (made up).
Run from src/: PYTHONPATH=<check folder> python3 it.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("orari", "Quali sono gli orari e dove siete?",
      "Pescheria Vucciria Mare, via dei Cassari 41, 90133 Palermo, a 3 minuti da piazza San Domenico. Pescheria: "
      "martedì-sabato 7:30-14:00, venerdì anche 16:30-19:30. Friggitoria: martedì-domenica 11:30-15:00 e "
      "venerdì-sabato anche 18:30-22:00. Lunedì chiuso. Telefono 091 555 4172.",
      "generale", ["orari", "indirizzo", "aperto", "lunedì", "telefono"],
      ["a che ora aprite", "dove vi trovo", "siete aperti la domenica"])
entry("pescato", "Che pesce avete oggi e quanto costa?",
      "Il pescato del giorno arriva alle 6:00 dal porto e lo pubblichiamo alle 8:00 sul canale WhatsApp "
      "(345 555 8820). Prezzi indicativi: sarde 6 €/kg, alici 8 €/kg, calamari 16 €/kg, gamberi rossi di "
      "Mazara 45-60 €/kg, pesce spada 28 €/kg. Il prezzo esatto dipende dal mercato del giorno.",
      "pesce", ["pescato", "pesce fresco", "prezzi", "spada", "gamberi"],
      ["cosa avete di fresco", "quanto costa il pesce spada", "prezzo dei gamberi rossi"])
entry("pulizia", "Pulite e sfilettate il pesce?",
      "Sì, sempre gratis: squamiamo, togliamo le interiora, sfilettiamo, tagliamo a tranci o apriamo "
      "a libro le sarde per "
      "la pasta o il beccafico. Per ordini sopra i 3 kg o per pesci grandi (oltre 2 kg) serve circa 20 minuti, "
      "meglio ordinare il giorno prima.",
      "pesce", ["pulizia", "sfilettare", "tranci", "squamare", "filetti"],
      ["me lo pulite", "mi fate i filetti", "potete aprire le sarde a libro"])
entry("consegna", "Fate consegne a domicilio?",
      "Sì, a Palermo città e Mondello, martedì-sabato tra le 10:00 e le 13:00, ordinando entro le 9:00 dello "
      "stesso giorno (WhatsApp o telefono). Consegna 5 €, gratis sopra i 60 €. Il pesce viaggia in borsa "
      "termica con ghiaccio. Fuori zona non consegniamo.",
      "consegne", ["consegna", "domicilio", "mondello", "spedizione", "zona"],
      ["me lo portate a casa", "consegnate a mondello", "quanto costa la consegna"])
entry("ordinare", "Come posso ordinare?",
      "Su WhatsApp al 345 555 8820, al telefono 091 555 4172 o in negozio. Indicate pesce, quantità, come "
      "pulirlo e se ritirate o volete la consegna. Confermiamo il prezzo esatto dopo la pesata.",
      "consegne", ["ordinare", "whatsapp", "ordine", "prenotare", "ritiro"],
      ["come faccio un ordine", "posso ordinare su whatsapp", "posso prenotare il pesce"])
entry("feste", "Come funzionano gli ordini per Natale e le feste?",
      "Per Natale, Capodanno e Pasqua gli ordini si chiudono 5 giorni prima (per la vigilia di Natale entro il "
      "19 dicembre) con acconto del 30 %. Il 24 e il 31 dicembre siamo aperti 6:00-15:00 solo per ritiri e "
      "consegne già prenotati. Senza prenotazione non garantiamo ricci, aragoste e gamberi rossi.",
      "feste", ["natale", "vigilia", "capodanno", "prenotazione", "acconto"],
      ["ordine per la vigilia", "entro quando prenoto per natale", "aperti il 31"])
entry("friggitoria", "Cosa c'è in friggitoria e quanto costa?",
      "Cuoppo di pesce fritto misto (calamari, gamberi, alici) 9 € piccolo, 14 € grande; arancine al nero di "
      "seppia o al ragù di pesce spada 3 €; panelle e crocchè 3 € in panino; sarde a beccafico 8 € la porzione. "
      "Tutto da asporto, ci sono 6 posti a sedere fuori.",
      "friggitoria", ["friggitoria", "fritto", "cuoppo", "arancina", "asporto"],
      ["quanto costa il fritto misto", "avete le arancine", "si può mangiare lì"])
entry("vassoi", "Fate vassoi per feste e rinfreschi?",
      "Sì: vassoio di crudi (ostriche, gamberi, tartare) da 35 € a persona; vassoio di fritto misto da 10 persone "
      "80 €; vassoio arancine mignon 25 pezzi 30 €. Ordinate almeno 48 ore prima con acconto del 30 %.",
      "feste", ["vassoi", "rinfresco", "festa", "crudi", "buffet"],
      ["vassoio per un compleanno", "fate il crudo per le feste", "catering pesce"])
entry("allergeni", "Avete informazioni sugli allergeni e prodotti senza glutine?",
      "Tutti i nostri prodotti contengono pesce, molluschi o crostacei. In friggitoria usiamo farina di grano "
      "(glutine) e lo stesso olio per tutto, quindi non garantiamo l'assenza di tracce; non c'è una linea senza "
      "glutine. La lista allergeni completa è al banco e su richiesta al 091 555 4172.",
      "friggitoria", ["allergeni", "glutine", "celiaco", "crostacei", "allergia"],
      ["sono celiaca", "c'è il glutine nel fritto", "allergia ai crostacei"])
entry("crudo", "Il pesce si può mangiare crudo?",
      "Solo quello con il cartellino \"abbattuto\": lo congeliamo a -20 °C per 24 ore come vuole la legge contro "
      "l'anisakis. Su richiesta abbattiamo anche il vostro pesce, gratis, ma serve 1 giorno in più. Ostriche e "
      "gamberi rossi per crudo li diamo già abbattuti o certificati.",
      "pesce", ["crudo", "abbattuto", "anisakis", "sushi", "tartare"],
      ["posso fare il sushi", "il pesce è abbattuto", "tartare di tonno a casa"])
entry("conservazione", "Quanto si conserva il pesce fresco?",
      "In frigo a 0-4 °C, coperto, al massimo 1 giorno (molluschi e crostacei vivi in giornata). Sottovuoto lo "
      "facciamo gratis: dura 2-3 giorni in frigo. Per congelarlo a casa pulitelo prima e consumatelo entro 3 "
      "mesi.",
      "pesce", ["conservare", "frigo", "congelare", "sottovuoto", "scadenza"],
      ["quanto dura in frigo", "lo posso congelare", "fate il sottovuoto"])
entry("pagamenti", "Come si può pagare?",
      "In negozio contanti, bancomat, carte e Satispay. Per le consegne pagamento al corriere in contanti o con "
      "POS, oppure bonifico anticipato (entro le 18:00 del giorno prima). Gli acconti per feste e vassoi si "
      "pagano in negozio o con bonifico "
      "(IBAN in chat).",
      "generale", ["pagamento", "bancomat", "satispay", "contanti", "bonifico"],
      ["si può pagare con carta", "accettate satispay", "pago alla consegna"])
entry("reclamo", "Il pesce non era fresco o l'ordine era sbagliato: cosa faccio?",
      "Ci dispiace! Scriveteci entro il giorno stesso su WhatsApp (345 555 8820) con una foto e il nome "
      "dell'ordine. Sostituiamo il prodotto il giorno dopo o vi rimborsiamo; per il pesce non rispettato in frigo "
      "non possiamo rispondere.",
      "consegne", ["reclamo", "non fresco", "sbagliato", "rimborso", "cattivo odore"],
      ["il pesce puzzava", "mi avete dato la cosa sbagliata", "voglio un rimborso"])
entry("annullare", "Posso annullare o cambiare un ordine?",
      "Ordini normali: gratis fino alle 9:00 del giorno di consegna o ritiro. Ordini per le feste e vassoi: "
      "gratis fino a 72 ore prima; dopo l'acconto del 30 % resta a noi. Per cambiare quantità scriveteci su "
      "WhatsApp, confermiamo noi.",
      "consegne", ["annullare", "disdire", "cambiare ordine", "acconto", "modifica"],
      ["devo disdire", "posso cambiare la quantità", "perdo l'acconto"])
entry("gift", "Avete buoni regalo o una tessera fedeltà?",
      "Buoni regalo da 20 € in su, validi 6 mesi, per pescheria e friggitoria, in negozio. Tessera fedeltà "
      "gratuita: 1 timbro ogni 20 € di spesa, al 10° timbro un cuoppo grande (14 €) in regalo.",
      "generale", ["buono regalo", "tessera", "fedeltà", "timbri", "regalo"],
      ["avete la tessera punti", "un buono per mio padre", "cosa si vince con i timbri"])

write_faq("it", FAQ)

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"

convs = [
    # 1
    [
        ("salve, il lunedi siete aperti? e quanto viene il pescespada al chilo piu o meno",
         BOTH(E["orari"], E["pescato"]) + " — closed on Mondays (fish shop Tue-Sat 7:30-14); swordfish about "
         "28 €/kg, exact price depends on the day",
         HALF + "; saying open Monday; a fixed price promised"),
        ("me lo tagliate a fette sottili per gli involtini?",
         F(E["pulizia"]) + " — yes, free: cut into slices/tranci; big fish or over 3 kg about 20 minutes, better "
         "ordered the day before",
         "treating it as new unclear; a cleaning fee"),
        ("ok. e se me lo portate a mondello sabato?",
         F(E["consegna"]) + " — Palermo and Mondello, Tue-Sat 10-13, order by 9 the same day; 5 €, free over "
         "60 €",
         "treating it as new unclear; saying Mondello is out of zone"),
        ("perfetto, grazie mille, a sabato",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("buongiorno volevo chiedere per un ordine",
         "Too vague to answer — choices (ordering, delivery, holidays...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("il 24 sera siamo in 14 a casa di mia suocera, mi servono 3 kg di gamberi rossi e ricci, entro quando "
         "devo dirvelo",
         TYPE + F(E["feste"]) + " — Christmas Eve orders by 19 December with a 30 % deposit; 24 Dec open 6-15 "
         "only for booked pickups and deliveries; red prawns and sea urchins not guaranteed without booking",
         "tapping a choice; asking to rephrase; the ordinary delivery times"),
        ("l'acconto lo posso mandare con bonifico? e come faccio a mandarvi la lista",
         BOTH(E["pagamenti"], E["ordinare"]) + " — deposits in the shop or by bank transfer (IBAN in chat); "
         "order by WhatsApp 345 555 8820, phone or in the shop",
         HALF + "; saying deposits are cash only"),
        ("ma sto parlando con una persona o con un programma",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("ciao, domanda sul fritto",
         "Too vague to answer — choices (fried-fish counter, allergens...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("no nessuna di queste",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("mia figlia non puo mangiare niente col frumento e vorrebbe tanto l'arancina al nero come gli amici, "
         "la fate in qualche modo sicura "
         "per lei?",
         F(E["allergeni"]) + " — wheat flour and shared oil, traces not excluded, no gluten-free line; full list "
         "at the counter or 091 555 4172",
         "asking to rephrase again; promising a safe gluten-free arancina"),
        ("e mi potete anche vendere la canna da pesca e le esche? sabato vado a sferracavallo",
         "Not covered (fishing rods and bait) — say so plainly; may offer a person",
         "inventing a tackle section"),
    ],
    # 4
    [
        ("buonasera, sabato 30 persone per la laurea di mio figlio, vorrei ostriche e "
         "roba impanata calda. che prezzi fate e "
         "con quanto anticipo ordino",
         BOTH(E["vassoi"], E["friggitoria"]) + " — raw platter from 35 €/person, fried platter for 10 people 80 €, "
         "mini arancine 25 pcs 30 €; order at least 48 h before with 30 % deposit; cuoppo 9/14 €",
         HALF + "; no deposit mentioned"),
        ("no, voglio che venga uno di voi a casa a friggere sul momento e servire ai tavoli, accussi e tutto "
         "caldo",
         "Push-back ('accussi' = like this): apologise; the FAQ has no catering staff or frying at home — say what "
         "it has (platters to order) and offer a person",
         "promising staff at home; the same answer again without acknowledging"),
        ("mizzica che camurria sta chat! passatemi subito qualcuno vero, mi sono stufato",
         "Request: angry + person ('mizzica' = wow, 'camurria' = nuisance) — apologise briefly and hand over to a "
         "person",
         PW),
        ("c'e nessuno?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("sono furiosa. ho aperto la busta delle cozze arrivata stamattina e c'era una puzza tremenda, meta "
         "erano aperte. 22 euro buttati",
         F(E["reclamo"]) + " — apologise; WhatsApp the same day with a photo and the order name; replacement "
         "the next day or refund",
         "no apology; blaming the customer's fridge first; asking to bring them back"),
        ("ma il palermo domenica gioca in casa?",
         "Not covered (a football fixture) — say so kindly, back to the shop's topics",
         "a fixture; an FAQ answer; a handover"),
        ("richiamatemi al 328 555 6149 per favore",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the shop's number instead"),
        ("ma tra quanto mi chiamano? alle 12 devo uscire",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("salve, avevo prenotato il vassoio di arancine mignon per domenica ma la festa salta, mio suocero sta "
         "male",
         F(E["annullare"]) + " — platters free until 72 h before; after that the 30 % deposit is kept; claim "
         "nothing as done",
         "claiming it is cancelled; the platter price list"),
        ("va be, talia tu",
         "Ambiguous reply ('talia' = look; 'ok, you see to it') — ask what they mean or restate the step; "
         "nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("invece il tonno che ho preso stamattina per fare la tartare domani sera, va bene o rischio?",
         BOTH(E["crudo"], E["conservazione"]) + " — raw only if labelled 'abbattuto' (-20 °C 24 h, free on "
         "request, 1 day more); fresh fish max 1 day in the fridge, vacuum-packed 2-3 days",
         HALF + "; saying any fresh fish is safe raw"),
        ("nun ci capisciu nenti, unn'e ca c'e un cristianu veru? fammi parrari cu unu di vuatri, nun mi "
         "babbiari",
         "Request: person in Sicilian ('I don't understand anything, where is a real person? Let me talk to one "
         "of you, don't joke with me') — hand over to a person",
         PW + "; answering an FAQ; asking for standard Italian"),
    ],
    # 7
    [
        ("ciao! mio papa va matto per i vostri cuoppi, volevo fargli un regalo per la festa del papa",
         F(E["gift"]) + " — vouchers from 20 €, valid 6 months, in the shop; also a free loyalty card (10 stamps "
         "= a large cuoppo)",
         "saying no vouchers; inventing online vouchers"),
        ("e quella cosa dei timbri come funziona",
         F(E["gift"]) + " — 1 stamp per 20 € spent, the 10th stamp gives a large cuoppo (14 €)",
         "treating it as new unclear"),
        ("grazie picciotta! ultima cosa, le sarde per la pasta me le aprite voi?",
         F(E["pulizia"]) + " — yes, free, sardines opened 'a libro' for pasta or beccafico",
         "a fee; saying they are sold only whole"),
    ],
]

write_plan("it", convs)
