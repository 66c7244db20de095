"""Italian plan for set 17: Ferramenta Zanardi, Bologna (hardware store: keys cut, paint mixed).
Customers write Bolognese Italian (Emilian words) on a phone."""
from common_a import WAIT, AFTER, TYPE, REJECT, faq, both, write_faq, write_plan

KEYPRICE = "Quanto costa duplicare una chiave?"
KEYTIME = "Quanto tempo ci vuole per fare una copia della chiave?"
KEYBAD = "La chiave duplicata non funziona: cosa posso fare?"
TINT = "Fate tinte su misura al tintometro?"
SAMPLE = "Potete riprodurre un colore da un campione?"
PAINTBACK = "Posso riportare la vernice avanzata?"
HOURS = "Quali sono gli orari del negozio?"
WHERE = "Dove siete e dove posso parcheggiare?"
DELIVERY = "Fate consegne a domicilio?"
CUT = "Tagliate il legno su misura?"
RENT = "Noleggiate attrezzi?"
PAY = "Quali pagamenti accettate?"
TRADE = "Fate sconti per artigiani e imprese?"
CANCEL = "Posso annullare un articolo ordinato su richiesta?"
SHARPEN = "Affilate coltelli e forbici?"

FAQ = [
    (KEYPRICE,
     "Una copia di chiave normale (piatta o a cilindro) costa 3,50 €, una chiave a doppia mappa 8 €, una chiave "
     "a punzonatura (tipo a pallini) 12 €. Le chiavi di sicurezza con tessera costano da 15 a 30 € e si fanno "
     "solo presentando la tessera di proprietà.",
     "Chiavi", ["chiave", "copia", "duplicato", "prezzo", "doppia mappa"],
     ["quanto viene una copia della chiave", "prezzo duplicato chiavi", "costo chiave doppia mappa"]),
    (KEYTIME,
     "Le chiavi normali e a doppia mappa le facciamo subito, in 5-15 minuti, senza appuntamento. Le chiavi con "
     "tessera vanno ordinate al produttore e arrivano in 3-5 giorni lavorativi; serve la tessera originale.",
     "Chiavi", ["tempo", "subito", "attesa", "tessera", "giorni"],
     ["le fate subito", "quanto devo aspettare per la chiave", "chiave con tessera quanti giorni"]),
    (KEYBAD,
     "Riportateci la copia entro 30 giorni con lo scontrino e la chiave originale: la sistemiamo o la rifacciamo "
     "gratis, e se non riusciamo vi rimborsiamo. Spesso basta una ritoccata di 2 minuti alla macchina.",
     "Chiavi", ["non funziona", "non gira", "difettosa", "rifare", "rimborso"],
     ["la copia non apre", "la chiave si blocca nella serratura", "chiave fatta male"]),
    (TINT,
     "Sì, al tintometro facciamo qualsiasi colore delle mazzette RAL e NCS in 10 minuti, da 0,75 l a 14 l. "
     "L'idropittura per interni tinta parte da 18 € per 2,5 l, lo smalto per legno e ferro da 14 € per 0,75 l.",
     "Colori", ["tintometro", "tinta", "colore su misura", "RAL", "idropittura"],
     ["mi fate un colore", "fate la tinta al momento", "quanto costa l'idropittura colorata"]),
    (SAMPLE,
     "Sì: portateci un pezzo del colore di almeno 2 x 2 cm (intonaco, legno, stoffa, una scheggia di vernice) e "
     "lo leggiamo con lo spettrofotometro. Da una foto o dal telefono non è possibile, i colori dello schermo non "
     "sono affidabili.",
     "Colori", ["campione", "stesso colore", "spettrofotometro", "foto", "copiare colore"],
     ["rifate lo stesso colore del mio muro", "posso portare un pezzo di muro", "va bene una foto del colore"]),
    (PAINTBACK,
     "La vernice tinta su misura non si può rendere. I barattoli di colori standard ancora chiusi si possono "
     "rendere entro 14 giorni con lo scontrino, con rimborso o buono. Per non sprecare, vi aiutiamo a calcolare "
     "la quantità: circa 1 litro ogni 10 m² per mano.",
     "Colori", ["reso", "restituire", "avanzata", "barattolo", "rimborso"],
     ["se avanza la pittura la riprendete", "posso rendere il barattolo", "ne ho presa troppa"]),
    (HOURS,
     "Siamo aperti dal lunedì al sabato dalle 8:30 alle 12:30 e dal lunedì al venerdì anche dalle 15:00 alle "
     "19:00, tranne il giovedì pomeriggio. Chiusi la domenica e dal 10 al 24 agosto.",
     "Negozio", ["orari", "aperto", "chiuso", "giovedì", "sabato"],
     ["a che ora aprite", "siete aperti il sabato pomeriggio", "quando chiudete per ferie"]),
    (WHERE,
     "Siamo in via San Vitale 88/B, a Bologna, dentro la ZTL. Il parcheggio più vicino è quello di Piazza VIII "
     "Agosto (10 minuti a piedi); con l'autobus 14 o 19 scendete alla fermata Porta San Vitale. Per scaricare "
     "merce pesante possiamo portarvela noi (vedi consegne).",
     "Negozio", ["indirizzo", "parcheggio", "ZTL", "autobus", "via San Vitale"],
     ["dove vi trovo", "dove lascio la macchina", "come arrivo in autobus"]),
    (DELIVERY,
     "Consegniamo nel comune di Bologna entro 48 ore: 8 €, gratis per spese sopra 80 €. Portiamo anche "
     "pittura, sacchi e pannelli pesanti fino al piano. Fuori comune non consegniamo.",
     "Servizi", ["consegna", "domicilio", "portare a casa", "trasporto", "gratis"],
     ["me lo portate a casa", "quanto costa la consegna", "consegnate fuori Bologna"]),
    (CUT,
     "Sì, tagliamo compensato, MDF e listelli su misura fino a 120 x 240 cm: 1 € a taglio, i primi 2 tagli "
     "gratis se comprate il pannello da noi. Catene, cavi e tubi in rame li tagliamo a misura gratis. Serve mezza "
     "giornata per ordini con più di 10 tagli.",
     "Servizi", ["taglio", "su misura", "compensato", "MDF", "pannello"],
     ["mi tagliate un pannello", "tagliate il compensato", "quanto costa il taglio"]),
    (RENT,
     "Noleggiamo tassellatore, levigatrice, idropulitrice e scale: da 15 € al giorno (tassellatore) a 25 € "
     "(idropulitrice), con cauzione di 50 € e un documento. Il ritiro è in negozio; la riconsegna entro la "
     "chiusura del giorno dopo.",
     "Servizi", ["noleggio", "trapano", "tassellatore", "cauzione", "attrezzi"],
     ["mi prestate un trapano", "noleggio levigatrice", "quanto costa noleggiare"]),
    (PAY,
     "Accettiamo contanti, bancomat, carte di credito e Satispay. La fattura la facciamo alla cassa: portate "
     "codice fiscale o partita IVA. Niente assegni.",
     "Negozio", ["pagamento", "bancomat", "Satispay", "carta", "fattura"],
     ["posso pagare col bancomat", "accettate satispay", "mi fate la fattura"]),
    (TRADE,
     "Sì, con la tessera professionisti (gratuita, con partita IVA) avete il 10 % di sconto su tutto tranne gli "
     "attrezzi a noleggio, e il 15 % sulle pitture da 14 litri. Pagamento a 30 giorni per clienti abituali dopo "
     "3 mesi.",
     "Negozio", ["sconto", "artigiani", "partita IVA", "imprese", "tessera professionisti"],
     ["sono idraulico avete uno sconto", "prezzi per imprese", "tessera per professionisti"]),
    (CANCEL,
     "Gli articoli che non abbiamo li ordiniamo dal catalogo in 3-7 giorni lavorativi, con un acconto del 30 %. "
     "Potete annullare gratis finché l'ordine non è partito al fornitore (ordini fatti entro le 12 partono il "
     "giorno stesso); dopo, l'acconto resta come buono. Le chiavi con tessera e le tinte su misura non si annullano.",
     "Servizi", ["annullare", "ordine", "acconto", "disdire", "catalogo"],
     ["voglio annullare un ordine", "non mi serve più il pezzo ordinato", "mi ridate l'acconto"]),
    (SHARPEN,
     "Sì, affiliamo coltelli da cucina a 4 € l'uno, forbici a 6 €, catene di motosega a 12 €. Lasciateli in "
     "negozio: sono pronti in 2 giorni lavorativi. Non affiliamo coltelli in ceramica né lame seghettate.",
     "Servizi", ["affilare", "coltelli", "forbici", "arrotino", "lame"],
     ["fate l'arrotino", "affilatura coltelli prezzo", "forbici che non tagliano"]),
]

C = []

# 1 greeting + question, follow-ups, thanks
C.append([
    ("bona! quanto mi viene a farmi rifare la chiave del portone?",
     "Small talk + " + faq(KEYPRICE) + " — 3.50 € normal, 8 € double-bit, 12 € dimple; security keys 15-30 € only with the card.",
     "Only a greeting; the time entry alone; 'not covered'."),
    ("e ci mettete tanto?",
     faq(KEYTIME) + " — normal and double-bit keys on the spot in 5-15 minutes; card keys 3-5 working days.",
     "Opening hours; key price again."),
    ("sono idraulico, con la partita iva mi fate qualcosa di meno?",
     faq(TRADE) + " — free trade card with VAT number: 10 % off (15 % on 14 l paint), not on rentals.",
     "Payment methods / invoice only; 'not covered'."),
    ("grazie mille, gentilissimi",
     "Small talk: thanks — short reply.",
     "An FAQ answer or choices; a handover."),
])

# 2 vague -> typed question while choices show, follow-up with two questions, bot?
C.append([
    ("ciò mi serve del colore",
     "Too vague to answer — choices (tinting, colour from a sample, paint returns) or a clarifying question; no handover.",
     "Picking one entry as certain; a handover."),
    (TYPE + "ho solo un pezzettino di intonaco della casa di mia nonna, riuscite a rifarlo identico? e quanto viene?",
     both(SAMPLE, TINT) + " — bring a piece of at least 2 x 2 cm, read with the spectrophotometer (not from a photo); tinted interior paint from 18 € for 2.5 l, ready in 10 minutes.",
     "Only one half; paint returns; showing the same choices again."),
    ("e se poi ne avanza la riporto? e pago con satispay?",
     both(PAINTBACK, PAY) + " — custom-tinted paint can't be returned (closed standard tins within 14 days); Satispay accepted.",
     "Saying the tinted paint can be returned; only one half."),
    ("socmel ma sei un robot?",
     "Small talk: 'are you a bot?' — says honestly it is an automated assistant, a person can take over.",
     "Claiming to be human; an FAQ answer; taking 'socmel' as an insult to answer at length is minor."),
])

# 3 vague, typed rejection, rephrasing, near-trade not offered
C.append([
    ("fate i tagli?",
     "Too vague to answer — choices (keys, wood cutting, sharpening) or a clarifying question.",
     "A handover; picking one entry as certain."),
    (REJECT + "no, non le chiavi",
     "Typed rejection — apologise, ask what is meant or offer the other choices; no handover yet.",
     "Repeating the key answer; a handover."),
    ("mi serve un'asse di multistrato 60 per 40 per fare una mensola in cucina",
     faq(CUT) + " — plywood/MDF cut to size up to 120 x 240, 1 € per cut, first 2 cuts free if the board is bought there.",
     "Key entries; delivery; 'not covered'."),
    ("e poi me la venite anche a montare a casa? io col trapano sono un disastro",
     "Not covered by the FAQ (installation at home is not offered) — say so honestly, offer a person.",
     "Tool rental or delivery entry as if it were installation; inventing a price."),
])

# 4 two questions, push-back twice, waiting
C.append([
    ("devo fare dei buchi nel cemento per un pensile, mi date una macchina bella forte per un paio di giorni? e me la lasciate sotto il portone?",
     both(RENT, DELIVERY) + " — hammer drill 15 €/day, deposit 50 € + ID, back by closing the next day; rental tools are picked up in the shop (delivery in Bologna, 8 €, free over 80 €, is for goods).",
     "Only one half; 'not covered'."),
    ("ma non è quello che ho chiesto",
     "Push-back (first time) — apologise, ask what is missing, offer a person; no repetition.",
     "The same answer again; an unrelated entry."),
    ("uffa, ancora niente. passami uno vero che mi sono rotto",
     "Push-back (second time in a row), angry request for a person — hand over now.",
     "Another FAQ answer; asking to rephrase; no handover."),
    (WAIT + "pronto?? c'è qualcuno?",
     "Waiting — reassure that a person will reply; no FAQ answer, no invented time.",
     "An FAQ answer or choices; starting over."),
])

# 5 angry but covered, unrelated, callback, how long
C.append([
    ("il doppione che mi avete fatto ieri non entra nella toppa!! sono rimasto mezz'ora fuori al freddo, socmel che servizio",
     "Angry, FAQ covers it: " + faq(KEYBAD) + " — apology; bring it back within 30 days with receipt and original: fixed or redone free, else refunded.",
     "The key price or time entry; a handover without the answer."),
    ("già che ci sei, dove si mangiano dei tortellini come si deve qui in zona?",
     "Not covered by the FAQ (unrelated) — say it can only help with the shop.",
     "Any FAQ entry or choices; recommending a restaurant."),
    ("fatemi richiamare al 347 123 4567, che scrivere mi stufa",
     "Request for a person (callback with a number) — hand over / record the callback request; no promise of an exact time.",
     "Ignoring the number; an FAQ answer."),
    (AFTER + "quanto ci vuole?",
     "Waiting ('how long?') — reassure; no invented waiting time.",
     "The key-time entry (5-15 minutes) — the customer asks about the callback; making up a time."),
])

# 6 cancel, ambiguous yes, person in dialect
C.append([
    ("avevo chiesto di farmi arrivare il miscelatore della doccia che non avevate, ma l'ho trovato da mio cognato. lo togliete?",
     faq(CANCEL) + " — free until sent to the supplier (orders before 12:00 leave the same day); after that the 30 % deposit stays as a voucher.",
     "Claiming the order was cancelled; paint returns."),
    ("vabbè sì",
     "Ambiguous yes — acknowledge and say how it can be cancelled (or that a person does it); never claim it was cancelled.",
     "'Your order is cancelled'; a new FAQ answer."),
    ("ciò burdèl, fammi parlare con qualcuno del negozio va là",
     "Request for a person (in dialect: 'burdèl' = lad, 'va là' = come on) — hand over.",
     "Another FAQ answer; asking to rephrase."),
])

# 7 two questions, follow-up, acknowledgement, goodbye
C.append([
    ("siete aperti giovedì pomeriggio? e la macchina dove la metto che siete in ztl?",
     both(HOURS, WHERE) + " — closed Thursday afternoon (Mon-Fri 15-19 otherwise); car park Piazza VIII Agosto, 10 minutes on foot, bus 14/19.",
     "Saying they are open Thursday afternoon; only one half."),
    ("e ho un santoku e il trinciapollo che ormai non prendono più neanche il burro",
     faq(SHARPEN) + " — kitchen knives 4 € each, scissors (poultry shears) 6 €, ready in 2 working days; no ceramic or serrated blades.",
     "Wood cutting entry; 'not covered'."),
    ("ok perfetto",
     "Small talk: acknowledgement — short reply, no FAQ answer.",
     "Choices or an FAQ answer; a handover."),
    ("ciao ciao, a posto così",
     "Small talk: goodbye — short friendly goodbye.",
     "An FAQ answer; a handover."),
])

if __name__ == "__main__":
    print(write_faq("it", FAQ))
    print(write_plan("it", C))
