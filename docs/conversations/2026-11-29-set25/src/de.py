"""German FAQ and plan for test set 25: Lichtspiele Wiehre, Freiburg (made up). Run: python3 de.py"""
from common_a import BOTH, F, TYPE, WAIT, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("preise", "Was kostet eine Kinokarte?",
      "Eine Karte kostet 9,50 €, ermäßigt 7,50 € (Schüler, Studierende, Azubis und Menschen mit Behinderung, "
      "bitte Ausweis zeigen). Kinder bis 13 Jahre zahlen 6 €. Montag ist Kinotag: alle Vorstellungen 7 €. Bei "
      "Filmen über 150 Minuten kommt 1 € Überlängenzuschlag dazu.",
      "karten", ["eintrittspreis", "ermäßigung", "kinotag", "preise"],
      ["wie teuer ist der eintritt", "was zahlt man am kinotag"])
entry("online", "Kann ich Karten online kaufen?",
      "Ja, auf unserer Website unter Programm den Film anklicken, Plätze wählen und mit PayPal, Kreditkarte oder "
      "Sofortüberweisung bezahlen. Die Karte kommt innerhalb von 5 Minuten als QR-Code per E-Mail, Sie müssen nichts ausdrucken. Eine "
      "Vorverkaufsgebühr gibt es nicht.",
      "karten", ["online", "vorverkauf", "website", "qr-code", "e-ticket"],
      ["tickets im internet kaufen", "muss ich die karte ausdrucken"])
entry("reservierung", "Kann ich Karten reservieren?",
      "Ja, telefonisch unter 0761 7071 345 (täglich ab 14 Uhr) oder an der Kasse. Reservierte Karten müssen "
      "spätestens 20 Minuten vor Beginn abgeholt werden, sonst gehen sie wieder in den Verkauf. Für Gruppen ab "
      "10 Personen reservieren Sie bitte per E-Mail.",
      "karten", ["reservieren", "reservierung", "vorbestellen", "abholen"],
      ["karten zurücklegen lassen", "bis wann muss ich reservierte karten holen"])
entry("kinder", "Gibt es Kindervorstellungen?",
      "Ja, unser Kinderkino läuft samstags und sonntags um 15 Uhr, der Eintritt kostet 6 € für Kinder und "
      "Erwachsene. Kinder unter 6 Jahren dürfen nur in Begleitung eines Erwachsenen ins Kino, auch bei "
      "Filmen ab 0.",
      "programm", ["kinderkino", "kinderfilm", "familie", "fsk"],
      ["welche filme laufen für kinder", "ab welchem alter darf mein kind allein rein"])
entry("ov", "Zeigen Sie Filme in Originalversion?",
      "Ja, jeden Dienstag und Donnerstag um 20:30 Uhr zeigen wir einen Film im Original mit deutschen "
      "Untertiteln (OmU), meistens Englisch oder Französisch. Im Programm sind diese Vorstellungen mit OmU oder "
      "OV gekennzeichnet.",
      "programm", ["originalversion", "omu", "ov", "untertitel", "originalton"],
      ["habt ihr filme im original", "wann laufen die omu vorstellungen"])
entry("geburtstag", "Kann man bei Ihnen Kindergeburtstag feiern?",
      "Ja, samstags und sonntags zur Kinderkino-Vorstellung um 15 Uhr. Das Paket kostet 12 € pro Kind (Karte, "
      "kleines Popcorn und ein Getränk), ab 8 Kindern, das Geburtstagskind ist frei. Zwei erwachsene "
      "Begleitpersonen kommen kostenlos mit. Bitte mindestens 2 Wochen vorher per E-Mail buchen.",
      "veranstaltungen", ["kindergeburtstag", "geburtstag", "feier", "party"],
      ["geburtstagsfeier im kino", "was kostet ein kindergeburtstag bei euch"])
entry("gutschein", "Gibt es Gutscheine?",
      "Ja, Gutscheine gibt es an der Kasse und online in jedem Wert ab 10 €. Sie sind 3 Jahre ab Kaufdatum gültig "
      "und können für Karten und Snacks eingelöst werden, auch in Teilbeträgen. Eine Barauszahlung ist nicht "
      "möglich.",
      "karten", ["gutschein", "wertgutschein", "guthaben", "gültigkeit"],
      ["kann man kinogutscheine kaufen", "wie lange ist ein gutschein gültig"])
entry("barriere", "Ist das Kino barrierefrei?",
      "Saal 1 (120 Plätze) ist ebenerdig erreichbar und hat 2 Rollstuhlplätze, eine barrierefreie Toilette "
      "gibt es im Erdgeschoss. Saal 2 (48 Plätze) liegt im ersten Stock und ist nur über 14 Stufen erreichbar. "
      "Begleitpersonen mit B im Schwerbehindertenausweis haben freien Eintritt.",
      "service", ["barrierefrei", "rollstuhl", "behinderung", "aufzug", "begleitperson"],
      ["komme ich mit dem rollstuhl in den saal", "gibt es einen aufzug"])
entry("snacks", "Darf ich eigenes Essen und Trinken mitbringen?",
      "Mitgebrachte Speisen und Getränke sind leider nicht erlaubt, ausgenommen Babynahrung. An unserer Theke "
      "gibt es Popcorn süß oder salzig (klein 3,50 €, groß 5 €), Nachos, Softdrinks, Bier und Wein aus der "
      "Region.",
      "service", ["snacks", "popcorn", "getränke", "essen mitbringen"],
      ["was gibts an der theke", "darf ich was zu trinken mitnehmen"])
entry("parken", "Wo kann ich parken?",
      "Wir haben keine eigenen Parkplätze. Das nächste Parkhaus ist das Parkhaus Wiehre in der Talstraße, 300 m "
      "entfernt, 1,80 € pro Stunde. Mit der Straßenbahn Linie 2 bis Haltestelle Johanneskirche sind es 3 "
      "Minuten zu Fuß; Fahrradständer gibt es direkt vor dem Eingang.",
      "anfahrt", ["parken", "parkplatz", "parkhaus", "straßenbahn", "anfahrt"],
      ["wo stell ich das auto ab", "wie komme ich mit der bahn zu euch"])
entry("erstattung", "Kann ich Karten zurückgeben?",
      "Online gekaufte Karten können Sie bis 2 Stunden vor Vorstellungsbeginn über den Link in der "
      "Bestätigungsmail kostenlos stornieren, das Geld geht auf das Zahlungsmittel zurück. Danach und bei an "
      "der Kasse gekauften Karten ist keine Erstattung möglich; bis Vorstellungsbeginn tauschen wir sie aber "
      "gegen einen Gutschein.",
      "karten", ["rückgabe", "erstattung", "stornieren", "umtausch"],
      ["ich kann doch nicht kommen, was mache ich mit den tickets", "karten stornieren"])
entry("kinokarte", "Gibt es eine Jahreskarte oder Mitgliedschaft?",
      "Ja, die Kinofreunde-Karte kostet 25 € im Jahr. Damit zahlen Sie für jede Vorstellung 2 € weniger, "
      "bekommen in Ihrem Geburtstagsmonat eine Freikarte und werden zu unseren Vorpremieren eingeladen. Es gibt "
      "sie an der Kasse.",
      "karten", ["kinofreunde-karte", "mitgliedschaft", "jahreskarte", "stammkunde"],
      ["lohnt sich die kinofreunde karte", "gibts was für leute die oft kommen"])
entry("kasse", "Wann ist die Kasse geöffnet?",
      "Die Kasse öffnet 30 Minuten vor der ersten Vorstellung: montags bis freitags ab 16:30 Uhr, samstags und "
      "sonntags ab 14 Uhr. Der Einlass in den Saal beginnt 15 Minuten vor Filmbeginn. Telefonisch sind wir "
      "täglich von 14 bis 20 Uhr erreichbar.",
      "allgemein", ["kasse", "öffnungszeiten", "einlass", "kassenzeiten"],
      ["wann macht ihr auf", "bis wann kann ich anrufen"])
entry("programm", "Wo finde ich das aktuelle Programm?",
      "Das neue Programm steht jeden Montag ab 12 Uhr auf unserer Website, die neue Kinowoche beginnt am "
      "Donnerstag. Sie können auch unseren Newsletter abonnieren oder den gedruckten Programmflyer mitnehmen, "
      "der alle 4 Wochen erscheint.",
      "programm", ["programm", "spielplan", "filme", "newsletter"],
      ["was läuft diese woche", "wann kommt das neue programm raus"])
entry("saal", "Kann man einen Saal mieten?",
      "Ja, für Firmenfeiern, Schulklassen oder private Vorstellungen. Saal 2 (48 Plätze) kostet ab 290 €, Saal 1 "
      "(120 Plätze) ab 490 € für bis zu 3 Stunden vormittags oder am frühen Abend, mit Film Ihrer Wahl oder "
      "eigener Präsentation. Eine Absage ist bis 14 Tage vorher kostenlos, danach berechnen wir 50 %.",
      "veranstaltungen", ["saalmiete", "privatvorstellung", "vermietung", "event"],
      ["kann ich das kino für meine firma buchen", "was kostet eine private vorstellung"])

PW = "another FAQ answer or choices instead of the handover; asking the customer to rephrase"
WAITING = ("Waiting: reassure that a person has the message and will reply; no FAQ answer, no invented wait "
           "time")

convs = [
    [
        ("hallo, was zahlt man bei euch für ne karte und kann ich die auch übers handy kaufen",
         BOTH(E["preise"], E["online"]) + " — 9,50 €, reduced 7,50 €, children 6 €, Monday 7 €; online on "
         "the website, QR code by e-mail, no fee",
         "only one half with no pointer; the reservation entry alone"),
        ("und als student?",
         F(E["preise"]) + " — reduced price 7,50 € with a student ID",
         "treating it as a new unclear question; the membership card entry alone"),
        ("wir kommen mit dem auto aus dem umland, wohin damit",
         F(E["parken"]) + " — no own parking; Parkhaus Wiehre 300 m, 1,80 €/h; or tram line 2",
         "the opening-hours entry; 'not covered'"),
        ("alles klar, merci und tschüss",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover"),
    ],
    [
        ("frage wegen kindern",
         "Too vague to answer — choices (children's cinema, children's birthday, prices) or a clarifying question",
         "a handover; one entry given as certain"),
        ("meine kleine wird im mai 7 und will mit 10 freundinnen nen film schauen und popcorn futtern, macht "
         "ihr sowas",
         TYPE + F(E["geburtstag"]) + " — Saturday/Sunday 15:00, 12 € per child with ticket, popcorn and drink, "
         "from 8 children, birthday child free; book 2 weeks ahead",
         "the snacks entry; the children's-cinema entry alone; tapping a choice"),
        ("geht das auch sonntags? und läuft da dann überhaupt was für kinder",
         BOTH(E["geburtstag"], E["kinder"]) + " — yes, Saturday and Sunday at 15:00 with the children's cinema "
         "film",
         "only one half with no pointer; the programme entry alone"),
        ("schreib ich hier grad mit nem programm?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; the cinema programme entry"),
    ],
    [
        ("hab ne frage zu den tickets",
         "Too vague to answer — choices (prices, buying online, reserving, refunds) or a clarifying question",
         "a handover; one entry given as certain"),
        ("nein, nix davon",
         TYPE + "Typed rejection — apologise and ask what exactly; no handover yet",
         "the same choices again; a handover straight away"),
        ("hab für heut abend 2 übers handy geholt, aber mein freund liegt flach. kann ich die noch loswerden?",
         F(E["erstattung"]) + " — free cancellation via the e-mail link up to 2 hours before the start, money "
         "back to the payment method",
         "the online-purchase entry alone; 'not possible'"),
        ("verkauft ihr eigentlich auch alte filmplakate?",
         "Not covered by the FAQ (no sale of posters) — say so honestly, offer a person",
         "the voucher or snacks entry; inventing a price"),
    ],
    [
        ("kommt der neue wes anderson auch auf englisch? und kann man sich da plätze freihalten lassen",
         BOTH(E["ov"], E["reservierung"]) + " — OmU Tuesday and Thursday 20:30; reserve by phone 0761 7071 345 "
         "or at the box office, pick up 20 min before",
         "only one half with no pointer; inventing whether this film runs"),
        ("hab ich nicht gefragt. läuft der diese woche oder nicht",
         "Push-back (first time) — apologise; the FAQ has no film list; point to the programme on the website ("
         + F(E["programm"]) + ") or offer a person",
         "repeating the OmU answer unchanged; no apology; inventing a show time"),
        ("mensch, das kann doch nicht so schwer sein. ich will jemanden vom kino sprechen",
         "Push-back (second time in a row) + Request for a person (direct, annoyed) — apologise, hand over",
         PW),
        ("und jetzt? meldet sich da noch wer",
         WAIT + WAITING,
         "a new greeting as if the chat had just started; an FAQ answer"),
    ],
    [
        ("ich bin gestern mit meinem e-rolli vor eurem saal 2 gestanden und kam nicht rein!!! das steht "
         "nirgends, echt unmöglich",
         F(E["barriere"]) + " — apologise; Saal 2 only by 14 steps, Saal 1 step-free with 2 wheelchair places, "
         "companion free; offer a person",
         "no apology; the parking entry; saying the cinema is fully accessible"),
        ("wie wird das wetter am samstag? wollte eigentlich auf den schauinsland",
         "Not covered by the FAQ (unrelated) — short honest reply",
         "the box-office hours (Saturday); any FAQ entry"),
        ("egal. ich will dass mich jemand anruft: 0151 4423 9087, gern ab 18 uhr",
         "Request for a person (callback with number) — hand over / pass on the callback request",
         "only the cinema's phone number without taking the request; " + PW),
        ("dauert das lang?",
         WAIT + WAITING,
         "film running times; inventing a wait time"),
    ],
    [
        ("hab für samstag vormittag den kleinen saal gebucht für unsre abteilung, aber der chef hat das "
         "ganze abgeblasen",
         F(E["saal"]) + " — free up to 14 days before, after that 50 %; do not claim it is cancelled",
         "'your booking has been cancelled'; the ticket refund entry alone"),
        ("ja",
         "Ambiguous ja — acknowledge or ask what it refers to; never claim a cancellation",
         "confirming a cancellation"),
        ("die oma hat mir zu weihnachten kinogeld auf so ner karte geschenkt, verfällt das irgendwann",
         F(E["gutschein"]) + " — valid 3 years from purchase, can be used in parts",
         "the membership-card entry; the hall-rental entry again"),
        ("kannsch mi bitte mit em mensch vun dr kass verbinde? des isch mir z kompliziert",
         "Request for a person (dialect, Alemannic/Baden) — hand over",
         PW),
    ],
    [
        ("hallöle, was habt ihr denn an knabberzeug und darf ich mein eigenes bier mitbringen",
         F(E["snacks"]) + " — popcorn 3,50/5 €, nachos, drinks, beer and wine; own food and drinks not allowed",
         "saying own beer is fine; the prices entry"),
        ("ab wann kann man da schon rein?",
         F(E["kasse"]) + " — box office 30 min before the first show (Mon-Fri 16:30, Sat/Sun 14:00), into the "
         "hall 15 min before",
         "treating it as unclear; the accessibility entry"),
        ("lohnt sich für uns die jahreskarte, wir gehen so 2 mal im monat? und wo seh ich was nächste woche läuft",
         BOTH(E["kinokarte"], E["programm"]) + " — 25 €/year, 2 € off every ticket (pays off after about 13 "
         "visits); programme on the website every Monday, newsletter, flyer",
         "only one half with no pointer; the voucher entry"),
    ],
]

write_faq("de", FAQ)
write_plan("de", convs)
print("de: %d entries, %d conversations, %d turns" % (len(FAQ), len(convs), sum(len(c) for c in convs)))
