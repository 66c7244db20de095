"""German FAQ and plan for test set 26: Elbdurst Getränke-Lieferdienst, Hamburg (made up). Run: python3 de.py"""
from common_a import BOTH, F, TYPE, WAIT, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("gebiet", "Wohin liefern Sie?",
      "Wir liefern in alle Hamburger Stadtteile (Postleitzahlen 20095 bis 22769) und nach Norderstedt, Wedel, "
      "Reinbek und Glinde. Andere Orte im Umland beliefern wir nur bei Bestellungen ab 150 €, bitte fragen Sie "
      "vorher telefonisch unter 040 3187 2290 nach.",
      "lieferung", ["liefergebiet", "stadtteile", "postleitzahl", "umland"],
      ["liefert ihr auch nach norderstedt", "kommt ihr bis nach bergedorf"])
entry("mindest", "Gibt es einen Mindestbestellwert?",
      "Ja, der Mindestbestellwert beträgt 25 € Warenwert (ohne Pfand). Die Liefergebühr liegt bei 4,90 € pro "
      "Lieferung, ab 60 € Warenwert liefern wir kostenlos.",
      "lieferung", ["mindestbestellwert", "liefergebühr", "lieferkosten", "versandkosten"],
      ["was kostet die lieferung", "ab wann liefert ihr gratis"])
entry("zeit", "Wann liefern Sie?",
      "Wir liefern Montag bis Freitag von 10 bis 21 Uhr und Samstag von 9 bis 18 Uhr. Bei der Bestellung wählen "
      "Sie ein Lieferfenster von 2 Stunden. Was bis 12 Uhr bestellt ist, kann noch am selben Tag ab 16 Uhr "
      "kommen.",
      "lieferung", ["lieferzeit", "lieferfenster", "liefertermin", "uhrzeit"],
      ["wann kommt der fahrer", "liefert ihr auch samstags"])
entry("pfand", "Wie wird das Pfand berechnet?",
      "Das Pfand steht getrennt auf der Rechnung: 1,50 € pro Kasten, 0,08 € pro Bierflasche, 0,15 € pro "
      "Mehrweg-Wasserflasche und 0,25 € pro Einwegflasche oder Dose. Sie bekommen es in voller Höhe zurück, wenn "
      "Sie das Leergut zurückgeben.",
      "pfand", ["pfand", "pfandbetrag", "kastenpfand", "einweg", "mehrweg"],
      ["wie viel pfand kostet ein kasten", "bekomme ich das pfand zurück"])
entry("leergut", "Nehmen Sie Leergut mit?",
      "Ja, unser Fahrer nimmt bei jeder Lieferung bis zu 10 leere Kästen mit, auch Kästen aus dem Supermarkt, "
      "wenn wir die Marke führen. Die Flaschen sollten im richtigen Kasten stehen. Das Pfand wird mit der "
      "nächsten Bestellung verrechnet oder innerhalb von 7 Tagen auf Ihr Konto überwiesen.",
      "pfand", ["leergut", "pfandrückgabe", "leere kästen", "zurückgeben"],
      ["könnt ihr leere flaschen mitnehmen", "wohin mit dem leergut"])
entry("hoch", "Tragen Sie die Getränke bis in die Wohnung?",
      "Ja, wir bringen alles bis an Ihre Wohnungstür. Bis zum 2. Stock ist das im Preis enthalten; ab dem 3. "
      "Stock ohne Aufzug berechnen wir 1 € pro Kasten Etagenzuschlag. Mit Aufzug ist das Hochtragen immer "
      "kostenlos.",
      "lieferung", ["hochtragen", "etage", "stockwerk", "treppe", "aufzug"],
      ["bringt ihr die kästen bis nach oben", "kostet das hochtragen extra"])
entry("party", "Haben Sie Angebote für Partys und Feiern?",
      "Ja, für Feiern ab 30 Gästen gibt es Partypakete: Fassbier (30 oder 50 Liter) mit Zapfanlage zum Ausleihen "
      "(100 € Kaution), Stehtische und Gläser. Getränke liefern wir auf Kommission, ungeöffnete Kästen nehmen wir "
      "zurück. Bitte bestellen Sie mindestens 5 Tage vorher.",
      "angebote", ["party", "feier", "fassbier", "zapfanlage", "kommission", "partypaket"],
      ["habt ihr fassbier für ne feier", "was kostet eine zapfanlage"])
entry("zahlung", "Wie kann ich bezahlen?",
      "Sie können beim Fahrer bar oder mit EC-Karte zahlen, online mit PayPal oder Kreditkarte. Auf Rechnung "
      "(Zahlungsziel 14 Tage) liefern wir an Firmen und bei Partypaketen ab 200 €.",
      "bezahlung", ["bezahlen", "zahlungsarten", "paypal", "ec-karte", "bar"],
      ["kann ich beim fahrer mit karte zahlen", "nehmt ihr paypal"])
entry("storno", "Kann ich eine Bestellung stornieren oder ändern?",
      "Ja, bis 12 Uhr am Tag vor der Lieferung kostenlos in Ihrem Kundenkonto oder telefonisch unter "
      "040 3187 2290. Bei Lieferung am selben Tag geht das bis 2 Stunden vor dem Lieferfenster. Wird eine "
      "Lieferung an der Tür abgelehnt, berechnen wir 10 € für die Anfahrt.",
      "bestellung", ["stornieren", "stornierung", "bestellung ändern", "absagen", "abbestellen"],
      ["wie kann ich meine bestellung absagen", "kann ich noch was dazubestellen"])
entry("bruch", "Was tun, wenn Flaschen kaputt ankommen?",
      "Das tut uns leid! Melden Sie sich bitte innerhalb von 24 Stunden mit einem Foto per E-Mail oder "
      "telefonisch. Wir ersetzen die Flaschen bei der nächsten Lieferung kostenlos oder schreiben Ihnen den "
      "Betrag samt Pfand gut.",
      "service", ["kaputt", "bruch", "zerbrochen", "scherben", "beschädigt"],
      ["eine flasche war kaputt", "der kasten kam mit scherben an"])
entry("abo", "Gibt es ein Getränke-Abo?",
      "Ja, mit dem Abo bringen wir Ihre Getränke jede Woche, alle 2 Wochen oder alle 4 Wochen zum festen Termin, "
      "und Sie sparen 5 %. Sie können das Abo jederzeit pausieren, zum Beispiel im Urlaub, und mit 7 Tagen "
      "Frist kündigen.",
      "angebote", ["abo", "abonnement", "regelmäßig", "dauerlieferung", "pausieren"],
      ["kann ich jede woche das gleiche bekommen", "wie kündige ich mein abo"])
entry("firmen", "Beliefern Sie auch Firmen und Büros?",
      "Ja, wir beliefern Büros, Praxen und Gastronomie in ganz Hamburg. Firmenkunden bekommen einen festen "
      "Liefertag, zahlen auf Rechnung mit 14 Tagen Zahlungsziel und erhalten ab 20 Kästen im Monat 3 % Rabatt.",
      "angebote", ["firma", "büro", "firmenkunden", "gewerbe", "rechnung"],
      ["liefert ihr auch an unser büro", "gibt es rabatt für firmen"])
entry("weg", "Was passiert, wenn ich bei der Lieferung nicht zu Hause bin?",
      "Unser Fahrer ruft Sie 30 Minuten vorher an. Sind Sie nicht da, geben wir die Getränke gern beim Nachbarn "
      "ab oder stellen sie an einen vereinbarten Ort, wenn Sie uns eine Abstellgenehmigung geben. Ist beides "
      "nicht möglich, kostet eine zweite Anfahrt 4,90 €.",
      "lieferung", ["nicht zuhause", "abwesend", "nachbar", "abstellgenehmigung", "abstellen"],
      ["kann der fahrer die kästen beim nachbarn lassen", "ich bin bei der lieferung nicht da"])
entry("abholen", "Kann ich auch selbst abholen?",
      "Ja, in unserem Abholmarkt in der Billstraße 118 (Montag bis Freitag 8-20 Uhr, Samstag 8-18 Uhr). Direkt "
      "vor der Tür gibt es 12 Parkplätze, und online bestellte Ware liegt nach 2 Stunden für Sie bereit.",
      "service", ["abholen", "abholmarkt", "selbstabholung", "laden", "öffnungszeiten"],
      ["habt ihr einen laden", "wann hat der markt offen"])
entry("alter", "Darf jeder Alkohol bei der Lieferung annehmen?",
      "Nein, Bier und Wein übergeben wir nur an Personen ab 16 Jahren, Spirituosen nur ab 18 Jahren. Der Fahrer "
      "kann sich einen Ausweis zeigen lassen. Ist niemand im passenden Alter da, nehmen wir den Alkohol wieder "
      "mit und berechnen 4,90 € für die neue Anfahrt.",
      "service", ["alkohol", "jugendschutz", "ausweis", "alter", "volljährig"],
      ["darf mein kind die lieferung annehmen", "muss ich den ausweis zeigen"])

PW = "another FAQ answer or choices instead of the handover; asking the customer to rephrase"
WAITING = ("Waiting: reassure that a person has the message and will reply; no FAQ answer, no invented wait "
           "time")

convs = [
    [
        ("moin, liefert ihr auch nach wedel? und was muss man mindestens bestellen",
         BOTH(E["gebiet"], E["mindest"]) + " — yes, Wedel is in the delivery area; minimum order 25 € (without "
         "deposit)",
         "only one half with no pointer; the pick-up entry"),
        ("und was kostet die anfahrt?",
         F(E["mindest"]) + " — delivery fee 4,90 €, free from 60 €",
         "treating it as a new unclear question; the cancelling entry (10 € Anfahrt); the not-at-home entry"),
        ("wir wohnen im 4. stock ohne fahrstuhl, müssen wir die kisten selbst hochschleppen?",
         F(E["hoch"]) + " — carried to the flat door; from the 3rd floor without a lift 1 € per crate",
         "'you have to carry them yourself'; the delivery-area entry"),
        ("top, dann bestell ich gleich. danke und schönen tag noch",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer (how to order); a handover"),
    ],
    [
        ("ich hab ne frage wegen der kisten",
         "Too vague to answer — choices (deposit, empties, carrying upstairs, broken bottles) or a clarifying "
         "question",
         "a handover; one entry given as certain"),
        ("im keller stapeln sich noch 8 kisten vom letzten mal, alle ausgetrunken. nehmt ihr die beim nächsten "
         "mal mit?",
         TYPE + F(E["leergut"]) + " — the driver takes up to 10 empty crates per delivery; deposit credited on the "
         "next order or paid back within 7 days",
         "the deposit entry alone; the carrying-upstairs entry; tapping a choice"),
        ("und wie viel gibts dafür zurück? wird das gleich abgezogen oder kommt das aufs konto",
         BOTH(E["pfand"], E["leergut"]) + " — 1,50 € per crate plus the bottle deposit (0,08/0,15 €); credited "
         "on the next order or transferred within 7 days",
         "only one half with no pointer; the payment entry"),
        ("sitzt da eigentlich ein mensch oder ist das hier ein bot?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    [
        ("hallo, ich hätte mal ne frage zur bestellung",
         "Too vague to answer — choices (cancelling or changing, delivery times, payment, not at home) or a "
         "clarifying question",
         "a handover; one entry given as certain"),
        ("nee, passt alles nicht",
         TYPE + "Typed rejection — apologise and ask what exactly; no handover yet",
         "the same choices again; a handover straight away"),
        ("morgen kommen meine kisten, aber ich bin erst abends da. kann euer fahrer das zeug einfach vor die tür "
         "stellen?",
         F(E["weg"]) + " — the driver calls 30 min before; with a written Abstellgenehmigung at an agreed place, "
         "or with a neighbour; otherwise a second trip costs 4,90 €",
         "the delivery-times entry alone; the cancelling entry; a plain yes"),
        ("macht ihr auch catering, so belegte brötchen und salate für ne feier?",
         "Not covered by the FAQ (no food or catering) — say so honestly, offer a person",
         "the party-packages entry as if it covered food; inventing prices"),
    ],
    [
        ("wir heiraten im juni im garten, so 80 gäste. könnt ihr bier vom fass samt hahn liefern? und geht das "
         "auf rechnung",
         BOTH(E["party"], E["zahlung"]) + " — party packages: keg 30/50 l, tap to borrow (100 € deposit), "
         "unopened crates taken back, order 5 days ahead; invoice for party packages from 200 €",
         "only one half with no pointer; the company entry"),
        ("das war nicht die frage. habt ihr am 14. juni noch ne zapfanlage frei, ja oder nein?",
         "Push-back (first time) — apologise; the FAQ holds no availability; point to ordering 5 days ahead ("
         + F(E["party"]) + ") or offer a person",
         "repeating the party answer unchanged; no apology; inventing availability"),
        ("boah, ihr seid echt keine hilfe. ich will jetzt mit jemandem von euch reden",
         "Push-back (second time in a row) + Request for a person (direct, annoyed) — apologise, hand over",
         PW),
        ("hallo? ist da jetzt wer?",
         WAIT + WAITING,
         "a new greeting as if the chat had just started; an FAQ answer"),
    ],
    [
        ("geht gar nicht!! in der kiste bier von heute waren 4 buddeln zersplittert, der ganze flur klebt",
         F(E["bruch"]) + " — apologise; report within 24 h with a photo; replaced free with the next delivery "
         "or credited with the deposit",
         "no apology; the empties entry; the deposit entry"),
        ("spielt der hsv am samstag eigentlich zuhause?",
         "Not covered by the FAQ (unrelated: football) — short honest reply",
         "the not-at-home entry (zuhause); the delivery-times entry (Saturday)"),
        ("ruft mich bitte mal einer an? 0176 3319 4820, bin ab 17 uhr erreichbar",
         "Request for a person (callback with number) — hand over / pass on the callback request",
         "only the shop's phone number without taking the request; " + PW),
        ("wie lange dauert das denn?",
         WAIT + WAITING,
         "delivery times; inventing a wait time"),
    ],
    [
        ("hab für freitag 10 kisten wasser fürs büro geordert, aber der umzug ist verschoben, die brauchen wir "
         "da jetzt nicht mehr",
         F(E["storno"]) + " — free until 12:00 the day before delivery, in the customer account or by phone "
         "040 3187 2290; do not claim it is cancelled",
         "'your order has been cancelled'; the company entry alone; the empties entry"),
        ("ja",
         "Ambiguous ja — acknowledge or ask what it refers to; never claim a cancellation",
         "confirming a cancellation"),
        ("mein sohn ist 17, darf der die lieferung annehmen wenn da auch wein und ne flasche korn dabei ist?",
         F(E["alter"]) + " — wine yes from 16, spirits (Korn) only from 18; otherwise taken back, 4,90 € for a "
         "new trip",
         "a plain yes; the not-at-home entry"),
        ("kann ik nich mal mit een vun jug lüüd snacken? mit so'n automaat komm ik nich klor",
         "Request for a person (dialect, Hamburg Low German) — hand over",
         PW),
    ],
    [
        ("hallo! wir sind ne kleine werbeagentur in ottensen, könnt ihr uns jede woche 5 kisten wasser und 2 "
         "kisten mate bringen?",
         F(E["abo"]) + " — weekly, every 2 or every 4 weeks at a fixed time, 5 % off; the company entry ("
         + F(E["firmen"]) + ": fixed day, invoice, 3 % from 20 crates a month) is also right",
         "the delivery-area entry alone; the party entry"),
        ("und wenn wir über weihnachten zu haben?",
         F(E["abo"]) + " — the subscription can be paused at any time (notice period 7 days to end it)",
         "treating it as unclear; the delivery-times entry; the cancelling entry"),
        ("ok. kann man bei euch auch direkt vorbeikommen und was holen? und wann kommt ihr normalerweise, "
         "vormittags?",
         BOTH(E["abholen"], E["zeit"]) + " — Abholmarkt Billstraße 118, Mon-Fri 8-20, Sat 8-18; deliveries "
         "Mon-Fri 10-21, Sat 9-18 in 2-hour windows chosen when ordering",
         "only one half with no pointer; the not-at-home entry"),
    ],
]

write_faq("de", FAQ)
write_plan("de", convs)
print("de: %d entries, %d conversations, %d turns" % (len(FAQ), len(convs), sum(len(c) for c in convs)))
