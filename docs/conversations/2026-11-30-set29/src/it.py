"""Italian FAQ and plan for test set 29: Levante in Tavola, catering, Bari (made up).
Run from src/: PYTHONPATH=<check folder> python3 it.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("prezzo", "Quanto costa il catering a persona?",
      "I nostri menu partono da 28 € a persona per un buffet di rustici, focacce e dolci, 45 € per un menu "
      "completo servito (antipasti di mare e di terra, primo, secondo e dolce) e 65 € per il menu matrimonio. "
      "Le bevande sono a parte: il pacchetto bevande costa 8 € a persona. IVA inclusa.",
      "menu", ["prezzo", "menu", "a persona", "costo", "buffet", "listino"],
      ["quanto costa un buffet", "avete un listino prezzi"])
entry("matrimonio", "Organizzate matrimoni?",
      "Sì, matrimoni da 50 a 300 invitati, in sala, in masseria o all'aperto. Il menu matrimonio costa 65 € a "
      "persona e comprende aperitivo di benvenuto, 2 primi, secondo, torta nuziale e confettata; i camerieri "
      "sono compresi per 6 ore. Consigliamo di prenotare almeno 6 mesi prima.",
      "eventi", ["matrimonio", "nozze", "sposi", "ricevimento", "torta nuziale"],
      ["fate il pranzo di nozze", "quanto costa un matrimonio con voi"])
entry("feste", "Fate battesimi, comunioni e feste private?",
      "Sì: battesimi, comunioni, cresime, lauree, compleanni e feste aziendali, anche a casa vostra. Per queste "
      "feste c'è il menu festa a 35 € a persona (bambini sotto i 10 anni 18 €) con buffet di antipasti, un primo, "
      "dolci e torta. Prenotate almeno 4 settimane prima.",
      "eventi", ["battesimo", "comunione", "cresima", "compleanno", "festa", "laurea"],
      ["fate anche le comunioni", "organizzate feste a casa"])
entry("minimo", "Qual è il numero minimo di invitati?",
      "Il minimo è 20 persone per il buffet e 30 per i menu serviti. Per gruppi più piccoli, da 10 a 19 persone, "
      "facciamo solo la consegna di vassoi senza personale, con un supplemento di 50 €.",
      "eventi", ["minimo", "numero invitati", "pochi ospiti", "piccolo gruppo"],
      ["lavorate anche per poche persone", "quante persone servono almeno"])
entry("degustazione", "Si può fare una degustazione?",
      "Sì. Per eventi da 50 invitati in su la degustazione per 2 persone è gratuita; per eventi più piccoli o "
      "per persone in più costa 25 € a persona, scalati dal conto se confermate. Si fa nel nostro laboratorio il "
      "martedì e il giovedì sera, su appuntamento.",
      "eventi", ["degustazione", "assaggio", "prova menu", "assaggiare"],
      ["possiamo provare il menu prima", "la degustazione si paga"])
entry("allergie", "Avete piatti senza glutine o per allergie?",
      "Sì. Prepariamo piatti senza glutine, senza lattosio, vegetariani e vegani senza supplemento, se ce lo dite "
      "almeno 10 giorni prima con il numero esatto di persone. Per i celiaci usiamo una zona separata, ma non "
      "siamo un laboratorio certificato senza glutine: per allergie gravi parlatene con noi prima.",
      "menu", ["allergie", "senza glutine", "celiaci", "intolleranze", "vegano", "lattosio"],
      ["ho un ospite celiaco", "fate piatti vegani"])
entry("personale", "Il personale è compreso?",
      "Nei menu serviti i camerieri sono compresi (1 ogni 12 invitati) per 5 ore; ogni ora in più costa 25 € a "
      "cameriere. Con il buffet il personale è a parte: 120 € a cameriere per 5 ore. Il nostro personale "
      "apparecchia, serve e sparecchia.",
      "servizi", ["camerieri", "personale", "servizio", "staff"],
      ["i camerieri li mettete voi", "quanti camerieri ci sono"])
entry("noleggio", "Noleggiate tavoli, sedie e stoviglie?",
      "Sì: sedie 3 € l'una, tavoli rotondi da 10 posti 15 €, tovagliato 4 € a coperto, piatti, bicchieri e "
      "posate in porcellana e vetro 3,50 € a coperto, gazebo 6x3 m 120 €. Consegna e ritiro sono compresi se "
      "prendete anche il catering.",
      "servizi", ["noleggio", "tavoli", "sedie", "stoviglie", "attrezzatura", "gazebo"],
      ["affittate i tavoli", "avete piatti e bicchieri"])
entry("consegna", "Fin dove consegnate?",
      "Consegniamo gratis a Bari e nei comuni entro 25 km (per esempio Modugno, Triggiano, Bitonto, Mola). Da 25 "
      "a 60 km, fino a Monopoli, Altamura o Trani, la trasferta costa 1,20 € al km andata e ritorno. Più lontano "
      "solo per eventi da 80 persone in su.",
      "servizi", ["consegna", "zona", "trasferta", "distanza", "provincia"],
      ["venite anche fuori bari", "quanto costa la trasferta"])
entry("acconto", "Quanto si versa di acconto?",
      "Per bloccare la data si versa un acconto del 30 % alla firma del preventivo. Il saldo si paga entro 7 "
      "giorni dopo l'evento. L'acconto non è rimborsabile, ma se annullate più di 90 giorni prima lo spostiamo "
      "su un'altra data entro 12 mesi.",
      "pagamenti", ["acconto", "caparra", "anticipo", "bloccare la data"],
      ["quanto devo dare di caparra", "come si prenota la data"])
entry("pagamento", "Come si paga?",
      "Con bonifico bancario, carta di credito o bancomat nel nostro ufficio. In contanti fino a 999,99 €, come "
      "prevede la legge. Alle aziende facciamo la fattura elettronica. Non accettiamo assegni.",
      "pagamenti", ["pagamento", "bonifico", "carta", "contanti", "fattura"],
      ["posso pagare con la carta", "fate fattura"])
entry("invitati", "Posso cambiare il numero di invitati?",
      "Sì, fino a 10 giorni prima dell'evento potete aumentare o diminuire gli invitati; dopo si possono solo "
      "aggiungere persone, fino a 3 giorni prima. Si paga il numero confermato 10 giorni prima, anche se poi "
      "vengono meno persone. Se si scende sotto il minimo cambia il prezzo.",
      "eventi", ["numero invitati", "cambiare", "aggiungere", "meno ospiti", "conferma"],
      ["abbiamo qualche ospite in più", "vengono meno persone del previsto"])
entry("annullare", "Come si annulla un evento?",
      "Scriveteci a eventi@levanteintavola.example o chiamate lo 080 521 7734. Fino a 90 giorni prima perdete "
      "solo l'acconto, oppure lo spostiamo su un'altra data entro 12 mesi; da 89 a 30 giorni prima si paga il "
      "50 % del preventivo, dopo l'80 %.",
      "eventi", ["annullare", "disdetta", "annullamento", "rinuncia", "penale"],
      ["devo disdire la festa", "quanto si paga se annullo"])
entry("orari", "Quali sono i vostri orari?",
      "L'ufficio è aperto dal lunedì al venerdì dalle 9 alle 13 e dalle 16 alle 19:30, il sabato dalle 9 alle 13; "
      "per preventivi e degustazioni meglio su appuntamento. Gli eventi li facciamo tutti i giorni, domenica "
      "compresa.",
      "info", ["orari", "ufficio", "aperto", "appuntamento"],
      ["quando siete in ufficio", "siete aperti il sabato"])
entry("tipico", "Fate cibo pugliese tipico?",
      "Sì, la nostra cucina è barese e pugliese: orecchiette, panzerotti, focaccia, crudi di mare, bombette e "
      "sgagliozze. Per un angolo street food barese, con panzerotti e sgagliozze fritti sul posto, chiediamo 6 € "
      "a persona in più. Facciamo anche menu di carne e vegetariani.",
      "menu", ["piatti tipici", "cucina pugliese", "orecchiette", "street food", "panzerotti"],
      ["fate le orecchiette", "avete cucina tipica barese"])

write_faq("it", FAQ)

HALF = "only one half with no pointer to the other"

convs = [
    # 1
    [
        ("buongiorno, per il battesimo di mio figlio a maggio saremo una quarantina a casa. quanto viene a "
         "persona? e tavoli e sedie li portate voi?",
         BOTH(E["feste"], E["noleggio"]) + " — party menu 35 € per person, at home is fine; chairs 3 € each, "
         "round tables for 10 15 €, delivery and collection included with the catering",
         HALF + "; the wedding or buffet price as the party price"),
        ("e i bimbi?",
         F(E["feste"]) + " — children under 10: 18 €",
         "treating it as new unclear; the full price for children"),
        ("mia cognata è celiaca, è un problema?",
         F(E["allergie"]) + " — no extra charge if told 10 days before with the exact number; separate area, but "
         "not a certified gluten-free kitchen, talk to them for severe cases",
         "promising a certified gluten-free kitchen; a surcharge"),
        ("perfetto, grazie mille. buona giornata",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover"),
    ],
    # 2
    [
        ("salve, volevo delle info per un evento",
         "Too vague to answer — choices (weddings, parties, menus and prices, tasting) or a clarifying question",
         "a handover; one entry given as certain"),
        ("a settembre dell'anno prossimo ci diciamo sì in una masseria vicino monopoli, siamo sui 120",
         TYPE + F(E["matrimonio"]) + " — weddings from 50 to 300 guests, also in a masseria; wedding menu 65 € "
         "per person, waiters included for 6 hours; book at least 6 months ahead (Monopoli's travel cost of "
         "1.20 €/km is a welcome extra)",
         "the party menu; saying 120 is too many; tapping a choice"),
        ("si può assaggiare prima? e quanto dobbiamo lasciare per fermare la data",
         BOTH(E["degustazione"], E["acconto"]) + " — with 120 guests the tasting for 2 is free (Tuesday or "
         "Thursday evening, by appointment); 30 % deposit when signing the quote",
         HALF + "; charging 25 € each for the tasting"),
        ("ma sto scrivendo con un programma?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("buonasera, avrei bisogno di sapere una cosa",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no niente di questo",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("a casa siamo solo in 14 per i 60 anni di mio marito, venite lo stesso?",
         F(E["minimo"]) + " — under 20 no full service: for 10-19 people only trays delivered without staff, "
         "50 € surcharge",
         "a plain yes with waiters; a plain no; the party menu alone"),
        ("e fate anche le bomboniere e gli addobbi con i fiori?",
         "Not covered (favours and flower decorations) — say so plainly; may offer a person or what the caterer "
         "does",
         "inventing favours or decorations; the rental entry as if it covered flowers"),
    ],
    # 4
    [
        ("buongiorno, devo organizzare la cena di natale della ditta, 70 colleghi a bitonto. chi serve ai tavoli "
         "lo mettete voi o devo trovarlo io? e ci fate un documento intestato all'azienda per l'amministrazione?",
         BOTH(E["personale"], E["pagamento"]) + " — served menus include waiters (1 per 12 guests, 5 hours; "
         "buffet: 120 € per waiter); companies get an electronic invoice",
         HALF + "; saying waiters are always extra"),
        ("si ma io chiedevo se i camerieri sanno fare anche da barman per i cocktail, non mi ha risposto",
         "Push-back: apologise; the FAQ says nothing about bartenders or cocktails — restate what the staff do, "
         "offer a person",
         "an invented yes; the same full answer again without acknowledging"),
        ("basta, mi passi una persona vera, subito!",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("allora? c'è qualcuno?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("vi avevo detto 50, poi 3 giorni prima ne ho tolte 15 perché metà famiglia aveva l'influenza, e nel "
         "conto ci sono ancora 50 coperti. vergogna!!",
         F(E["invitati"]) + " — apologise; numbers can go down only until 10 days before, after that the number "
         "confirmed 10 days before is paid even if fewer come",
         "no apology; promising a refund; the cancelling entry"),
        ("sa a che ora chiude oggi il castello svevo?",
         "Not covered (opening hours of the castle) — say so kindly, back to the caterer's topics",
         "the office hours as if they were the castle's; a handover"),
        ("fatemi richiamare al 347 555 8126",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again"),
        ("quanto ci vuole?",
         WAIT + WAITING,
         "the office hours or a booking lead time; an invented wait time"),
    ],
    # 6
    [
        ("avevamo fissato con voi la festa di laurea di mia figlia il 20 giugno, ma lei parte per lavoro a milano "
         "e non se ne fa più niente",
         F(E["annullare"]) + " — by e-mail or 080 521 7734; up to 90 days before only the deposit is lost (or "
         "moved to another date within 12 months), 89-30 days 50 %, later 80 %; do not claim it is cancelled",
         "claiming it is cancelled; a full refund of the deposit; the guest-number entry"),
        ("si",
         "Ambiguous yes — ask what they mean or restate the step (e-mail or phone); nothing claimed as done",
         "claiming the event is cancelled; a random FAQ answer"),
        ("l'acconto che ho dato lo posso usare per un'altra festa?",
         F(E["acconto"]) + " — not refundable, but if cancelled more than 90 days before it is moved to another "
         "date within 12 months",
         "promising it back in cash; the payment methods"),
        ("uè, nan vogghie parlà cu stu computer. famme parlà cu nu cristiane vere",
         "Request: person in Barese (Apulian) — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard Italian"),
    ],
    # 7
    [
        ("buonasera, più o meno quanto viene un rinfresco in piedi a testa? e fino a dove arrivate, siamo ad "
         "altamura",
         BOTH(E["prezzo"], E["consegna"]) + " — buffet from 28 € per person, drinks package 8 € extra; free "
         "within 25 km of Bari, Altamura is in the 25-60 km band: 1.20 € per km, there and back",
         HALF + "; saying delivery to Altamura is free; saying they don't go there"),
        ("e l'ufficio è aperto il sabato?",
         F(E["orari"]) + " — Saturday 9-13",
         "treating it as new unclear; weekday hours only"),
        ("vorrei un angolo di panzerotti fritti al momento, quanto costa in più? e se diventiamo 60 invece di 50, "
         "fino a quando posso dirvelo?",
         BOTH(E["tipico"], E["invitati"]) + " — street-food corner 6 € per person extra; up to 10 days before "
         "the number can change, after that only additions until 3 days before",
         HALF),
    ],
]

write_plan("it", convs)
