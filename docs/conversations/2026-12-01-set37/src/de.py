"""German FAQ and plan for test set 37: Kaffeerösterei Hafenbohne, Münster (made up).
Run from src/: PYTHONPATH=<check folder> python3 de.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("preise", "Was kostet euer Kaffee?",
      "Unsere Filterkaffees kosten 8,90 € für 250 g, 16,90 € für 500 g und 29,50 € für 1 kg. Der Espresso "
      "\"Hafenblend\" kostet 9,50 € für 250 g und 32 € für 1 kg. Einzelne Raritäten (Microlots) liegen bei 14 bis "
      "19 € für 250 g.",
      "kaffee", ["preise", "kilo", "espresso", "filterkaffee", "bohnen"],
      ["was kostet ein kilo", "preis für espresso", "wie teuer sind eure bohnen"])
entry("zeiten", "Wann hat die Rösterei geöffnet und wo seid ihr?",
      "Kaffeerösterei Hafenbohne, Hafenweg 23, 48155 Münster (am Stadthafen, Fahrradständer vor der Tür). Café "
      "und Laden: Dienstag bis Freitag 8 bis 18 Uhr, Samstag 9 bis 18 Uhr, Sonntag 10 bis 17 Uhr; montags "
      "geschlossen. Telefon 0251 555 3170.",
      "allgemein", ["öffnungszeiten", "adresse", "anfahrt", "montag", "telefon"],
      ["wann habt ihr auf", "wo finde ich euch", "habt ihr sonntags offen"])
entry("mahlgrad", "Könnt ihr den Kaffee für mich mahlen?",
      "Ja, kostenlos: Wählen Sie bei der Bestellung ganze Bohne, Siebträger, Mokkakanne, Handfilter, "
      "Filtermaschine oder French Press. Gemahlener Kaffee schmeckt etwa 2 Wochen frisch, ganze Bohnen 6 Wochen; "
      "wir empfehlen daher ganze Bohnen und eine eigene Mühle.",
      "kaffee", ["mahlen", "mahlgrad", "gemahlen", "ganze bohne", "french press"],
      ["könnt ihr das mahlen", "gibt es den kaffee gemahlen", "welcher mahlgrad für filter"])
entry("cafe", "Was gibt es im Café und kann man reservieren?",
      "Frühstück bis 12 Uhr (ab 6,50 €), danach Kuchen, Waffeln und Münsterländer Knabbeln, auch vegane "
      "Sachen. Für 6 oder mehr Personen reservieren wir unter 0251 555 3170, sonst gilt: wer zuerst kommt. Hunde "
      "sind im Café willkommen.",
      "café", ["café", "frühstück", "kuchen", "reservieren", "essen"],
      ["kann man bei euch frühstücken", "kann ich einen tisch reservieren", "habt ihr kuchen"])
entry("abo", "Wie funktioniert das Kaffee-Abo?",
      "Sie wählen Kaffee, Menge (2 x 250 g, 500 g oder 1 kg) und Rhythmus (alle 2 oder 4 Wochen). Abo-Kunden "
      "sparen 10 % und zahlen keinen Versand. Sorte wechseln, pausieren oder verschieben können Sie im Kundenkonto "
      "bis Montag 12 Uhr vor dem nächsten Rösttag (Mittwoch).",
      "abo", ["abo", "abonnement", "regelmäßig", "lieferung", "rabatt"],
      ["wie geht das abo", "kann ich kaffee regelmäßig bekommen", "was spare ich mit dem abo"])
entry("abokuend", "Wie kündige ich mein Abo?",
      "Das Abo ist jederzeit kündbar: Kundenkonto > Mein Abo > Kündigen oder eine E-Mail an "
      "abo@hafenbohne.example. Kündigen Sie bis Montag 12 Uhr, wird am Mittwoch nichts mehr geröstet und "
      "verschickt; danach kommt noch 1 letzte Lieferung, die berechnet wird.",
      "abo", ["kündigen", "kündigung", "abo beenden", "abbestellen"],
      ["abo kündigen", "ich will keine lieferungen mehr", "wie beende ich das abo"])
entry("versand", "Was kostet der Versand und wie lange dauert er?",
      "Innerhalb Deutschlands kostet der Versand 4,90 €, ab 39 € Bestellwert ist er kostenlos. Nach Österreich "
      "und in die Niederlande 9,90 €, in andere Länder liefern wir nicht. Wir rösten mittwochs und freitags und "
      "verschicken am selben Tag mit DHL, die Lieferung dauert 1 bis 2 Werktage.",
      "versand", ["versand", "versandkosten", "lieferzeit", "dhl", "ausland"],
      ["was kostet das porto", "wie lange dauert die lieferung", "liefert ihr nach österreich"])
entry("zahlung", "Wie kann ich bezahlen?",
      "Online mit PayPal, Kreditkarte oder Klarna (Rechnung in 14 Tagen). Das Abo zahlen Sie per "
      "SEPA-Lastschrift oder PayPal, abgebucht am Rösttag. Im Café nehmen wir bar, EC- und Kreditkarte, ohne "
      "Mindestbetrag.",
      "allgemein", ["bezahlen", "zahlung", "paypal", "lastschrift", "rechnung"],
      ["kann ich auf rechnung zahlen", "geht paypal", "kann ich im café mit karte zahlen"])
entry("service", "Repariert oder wartet ihr Kaffeemaschinen?",
      "Siebträgermaschinen, die Sie bei uns gekauft haben, warten und reparieren wir in unserer Werkstatt: "
      "Wartung 89 € plus Ersatzteile, Dauer 5 bis 10 Werktage, Maschine bitte zu den Öffnungszeiten bringen. In "
      "den 2 Jahren Gewährleistung sind Reparaturen kostenlos. Maschinen anderer Händler und Vollautomaten "
      "reparieren wir nicht.",
      "maschinen", ["reparatur", "wartung", "werkstatt", "siebträger", "defekt"],
      ["meine maschine ist kaputt", "macht ihr wartung", "könnt ihr die maschine reparieren"])
entry("muehlen", "Verkauft ihr Mühlen und Maschinen?",
      "Ja: Handmühlen ab 69 €, elektrische Mühlen ab 189 €, Siebträgermaschinen ab 649 €, alle im Laden und im "
      "Webshop. Im Café können Sie jedes Modell vorher ausprobieren, am besten nach Absprache unter 0251 555 "
      "3170.",
      "maschinen", ["mühle", "handmühle", "kaffeemaschine", "siebträger kaufen", "ausprobieren"],
      ["habt ihr kaffeemühlen", "was kostet eine siebträgermaschine", "kann ich die mühle testen"])
entry("kurse", "Welche Kurse bietet ihr an und was kosten sie?",
      "Barista-Grundkurs samstags 10 bis 13 Uhr, 89 €; Latte-Art-Kurs 2,5 Stunden, 79 €; Cupping (gemeinsame "
      "Verkostung) jeden 1. Donnerstag im Monat um 19 Uhr, 35 €. Höchstens 6 Teilnehmer, Anmeldung im Webshop.",
      "kurse", ["kurs", "baristakurs", "latte art", "cupping", "verkostung"],
      ["habt ihr einen baristakurs", "wann ist das nächste cupping", "was kostet der latte art kurs"])
entry("kursabsage", "Was passiert, wenn ich einen Kurs absagen muss?",
      "Bis 7 Tage vorher ist die Absage kostenlos, bis 48 Stunden vorher erstatten wir 50 %, danach nichts mehr. "
      "Eine Ersatzperson dürfen Sie jederzeit kostenlos schicken, eine kurze E-Mail an kurse@hafenbohne.example "
      "genügt. Sagen wir ab, bekommen Sie das Geld zurück oder einen neuen Termin.",
      "kurse", ["absagen", "stornieren", "ersatzperson", "erstattung", "kurstermin"],
      ["ich kann nicht zum kurs kommen", "kurs stornieren", "kann jemand anders hingehen"])
entry("gutschein", "Habt ihr Gutscheine?",
      "Ja, ab 15 €, 3 Jahre gültig, für Kaffee, Kurse, Mühlen und das Café. Online gekauft kommt der Gutschein "
      "sofort als PDF per E-Mail; im Laden bekommen Sie ihn gedruckt in einer Karte. Wir verschicken keine "
      "Gutscheine per Post.",
      "allgemein", ["gutschein", "geschenk", "verschenken", "geschenkgutschein"],
      ["kurs verschenken", "gutschein zum geburtstag", "habt ihr geschenkkarten"])
entry("haltbarkeit", "Wie lange ist der Kaffee haltbar und wie lagere ich ihn?",
      "Auf jeder Tüte steht das Röstdatum. Ganze Bohnen schmecken bis 6 Wochen danach am besten und sind 12 Monate "
      "haltbar. Lagern Sie den Kaffee in der Ventiltüte oder einer Dose, dunkel, trocken und nicht im Kühlschrank; "
      "geöffnet innerhalb von 3 Wochen aufbrauchen.",
      "kaffee", ["haltbarkeit", "lagern", "röstdatum", "frische", "kühlschrank"],
      ["wie lange hält der kaffee", "wie bewahre ich kaffee auf", "darf kaffee in den kühlschrank"])
entry("reklamation", "Meine Bestellung ist beschädigt oder falsch. Was nun?",
      "Das tut uns leid! Schicken Sie innerhalb von 14 Tagen ein Foto und Ihre Bestellnummer an "
      "service@hafenbohne.example. Wir schicken kostenlos Ersatz mit der nächsten Röstung (mittwochs oder "
      "freitags) oder erstatten den Betrag; die falsche Ware müssen Sie nicht zurückschicken.",
      "versand", ["reklamation", "beschädigt", "falsche lieferung", "ersatz", "kaputt"],
      ["paket kaputt angekommen", "falschen kaffee bekommen", "tüte gerissen"])

write_faq("de", FAQ)

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"

convs = [
    # 1
    [
        ("jau hallo! was kostet bei euch ein kilo von dem hausespresso und habt ihr montags auf",
         BOTH(E["preise"], E["zeiten"]) + " — Hafenblend espresso 1 kg 32 € (250 g 9,50 €); closed on Mondays "
         "(Tue-Fri 8-18, Sat 9-18, Sun 10-17)",
         HALF + "; saying open on Mondays; the filter price as the espresso price"),
        ("und macht ihr mir den gleich fein? ich hab so ne kleine kanne auf dem herd",
         F(E["mahlgrad"]) + " — yes, free, choose 'Mokkakanne' when ordering; ground stays fresh about 2 weeks, "
         "whole beans 6",
         "treating it as new unclear; a grinding fee"),
        ("ok. und wenn ich samstag vorbeikomm, gibts da auch knabbeln oder was zum frühstücken",
         F(E["cafe"]) + " — breakfast until 12 (from 6,50 €), then cakes, waffles and Münsterland Knabbeln; "
         "Saturday 9-18",
         "treating it as new unclear; saying there is no food"),
        ("passt, danke dir. bis samstag dann",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("hallo, ich hätte mal ne frage zu dem abo ding",
         "Too vague to answer — choices (subscription, cancelling...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("wir gehen zu zweit durch ungefähr 1 kilo im monat, kann man sich das alle paar wochen zuschicken "
         "lassen und wird das dann günstiger",
         TYPE + F(E["abo"]) + " — 2 x 250 g, 500 g or 1 kg every 2 or 4 weeks; 10 % off and free shipping; "
         "change/pause until Monday 12:00 before roast day Wednesday",
         "tapping a choice; asking to rephrase; the cancellation entry"),
        ("kann das vom konto abgebucht werden? und wie lange braucht das nach bielefeld",
         BOTH(E["zahlung"], E["versand"]) + " — subscription by SEPA direct debit or PayPal, charged on the "
         "roast day; roasted Wed/Fri, DHL the same day, 1-2 working days (subscription shipping free)",
         HALF + "; 4,90 € shipping charged for the subscription"),
        ("schreib ich hier eigentlich mit nem menschen oder mit ner maschine",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("guten tag, es geht um meine maschine",
         "Too vague to answer — choices (machines and grinders, repairs...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("nein, das ist alles nicht das richtige",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("hab die rote espressomaschine im februar letzten jahres bei euch geholt, seit ner woche tropft es unten aus "
         "dem kopf und der druck kommt nicht mehr hoch. guckt ihr euch das an?",
         F(E["service"]) + " — machines bought there are serviced in the workshop; within the 2-year warranty "
         "(bought Feb last year) repairs are free; else 89 € plus parts; 5-10 working days; bring it in opening "
         "hours",
         "asking to rephrase again; charging 89 € though it is under warranty; sending it by post"),
        ("macht ihr auch mobilen kaffeeausschank mit barista auf hochzeiten? meine schwester heiratet im "
         "august auf nem hof in telgte",
         "Not covered (a mobile coffee bar for a wedding) — say so plainly; may offer a person",
         "inventing a catering offer and a price; the course entry as if it were catering"),
    ],
    # 4
    [
        ("hallo, mein vater will unbedingt lernen wie man diese herzen in den milchschaum malt. was muss man "
         "da zahlen und kann ich ihm das schenken?",
         BOTH(E["kurse"], E["gutschein"]) + " — Latte Art course 2.5 h, 79 € (max 6); vouchers from 15 €, 3 "
         "years, PDF by e-mail at once online or a printed card in the shop; none sent by post",
         HALF + "; the barista basic course price as the latte art price; a voucher by post"),
        ("nee, ich brauch den gutschein als richtige karte mit schleife, heute noch zu mir nach hiltrup "
         "gebracht, ich hab keine zeit mehr in die stadt zu fahren",
         "Push-back: apologise; the FAQ has no delivery of vouchers (PDF at once, printed card only in the "
         "shop) — say so, do not promise a courier, offer a person",
         "a promised delivery today; the same full answer again without acknowledging"),
        ("das ist doch nicht zu fassen, so ein quatsch hier. ich will sofort mit jemandem von euch sprechen!",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("hallo?? ist da jemand",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("ich bin echt stinksauer. hab 2 kilo gekauft, der karton war nass und eine tüte komplett "
         "aufgerissen, die bohnen lagen lose im paket rum. 58 euro für sowas!!",
         F(E["reklamation"]) + " — apologise; photo and order number to service@hafenbohne.example within 14 "
         "days; free replacement with the next roast or refund; no need to send it back",
         "no apology; asking to return the torn bag; blaming DHL only"),
        ("andere frage, ist diese woche eigentlich send? und plästert es da wieder die ganze zeit",
         "Not covered (the Send fair and the weather) — say so kindly, back to the roastery's topics",
         "dates of the fair or a forecast; an FAQ answer; a handover"),
        ("ruft mich bitte einfach an, 0171 5550 4482",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the roastery's number instead"),
        ("und wann meldet sich da jetzt wer, heute noch?",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("hallo, mein arzt hat mir koffein komplett gestrichen, die lieferungen alle 2 wochen brauch ich also "
         "nicht mehr. die nächste wär mittwoch",
         F(E["abokuend"]) + " — cancel any time: account > Mein Abo > Kündigen or e-mail; until Monday 12:00 "
         "nothing is roasted on Wednesday, later one last delivery is charged; claim nothing as done",
         "claiming it is cancelled; the subscription description alone; decaf suggestions as if from the FAQ"),
        ("jau, mach ma",
         "Ambiguous yes — ask what they mean (cancel themselves? which step?) or restate the step; nothing "
         "claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("hab noch 3 ungeöffnete tüten im schrank stehen, die will ich meinem bruder geben. sind die im "
         "dezember noch gut?",
         F(E["haltbarkeit"]) + " — roast date on the bag; whole beans best within 6 weeks, keep 12 months; "
         "dark, dry, not in the fridge",
         "a date claimed without the roast date; saying they are spoiled"),
        ("ik verstoh di nich. ik will met 'n richtigen minsken küern, nich met so 'ne maschin",
         "Request: person in Münsterland Low German ('I don't understand you. I want to talk with a real person, "
         "not such a machine') — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard German"),
    ],
    # 7
    [
        ("hallo, ich bin für das cupping am donnerstag angemeldet aber meine schwiegermutter hat geburtstag, "
         "jetzt hab ich ein problem",
         F(E["kursabsage"]) + " — free until 7 days before, 50 % until 48 hours before, then nothing; a "
         "substitute may go free (e-mail kurse@hafenbohne.example)",
         "claiming it is cancelled; the course list alone"),
        ("und wenn mein kumpel statt mir hingeht?",
         F(E["kursabsage"]) + " — yes, a substitute goes free at any time; a short e-mail is enough",
         "treating it as new unclear; a rebooking fee"),
        ("alles klar, danke! der will sich danach vielleicht ne handmühle holen, was kosten die und kann er "
         "die vor ort mal testen",
         F(E["muehlen"]) + " — hand grinders from 69 €, can be tried in the café, best arranged by phone 0251 555 "
         "3170",
         "saying grinders are only sold online; no price"),
    ],
]

write_plan("de", convs)
