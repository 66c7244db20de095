"""German FAQ and plan for test set 32: Spielwaren Fördewind, toy shop, Kiel (made up).
Run from src/: PYTHONPATH=<check folder> python3 de.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("zeiten", "Wann hat der Laden geöffnet?",
      "Unser Laden in der Kuttergasse 12 hat Montag bis Freitag von 10 bis 18:30 Uhr und Samstag von 10 bis 16 "
      "Uhr geöffnet. In der Adventszeit haben wir samstags bis 18 Uhr offen. Sonntags und an Feiertagen ist "
      "geschlossen. Telefonisch erreichen Sie uns zu den Öffnungszeiten unter 0431 5589 2714.",
      "laden", ["öffnungszeiten", "geöffnet", "samstag", "adventszeit", "telefon"],
      ["wann habt ihr auf", "seid ihr samstags da", "bis wann ist der laden offen"])
entry("geschenk", "Packen Sie Geschenke ein?",
      "Ja, wir packen jedes Geschenk kostenlos in unser Geschenkpapier mit Schleife ein, auf Wunsch mit einer "
      "Karte. Nur sehr große Kartons (zum Beispiel Kaufläden oder Puppenhäuser) packen wir für 2 € in "
      "Packpapier mit Band.",
      "service", ["geschenkpapier", "einpacken", "geschenk", "schleife", "verpacken"],
      ["könnt ihr das hübsch verpacken", "kostet das einpacken was", "geschenkverpackung möglich"])
entry("alter", "Welches Spielzeug passt zu welchem Alter?",
      "Wir beraten Sie gern im Laden. Als grobe Regel: Spielzeug mit Kleinteilen erst ab 3 Jahren, "
      "Rollenspiele wie Kaufladen und Küche ab etwa 3 Jahren, erste Brettspiele ab 4 Jahren, Bausätze und "
      "Experimentierkästen ab 8 Jahren. Die Altersangabe steht auf jeder Packung.",
      "beratung", ["alter", "altersempfehlung", "ab wie viel jahren", "beratung", "kleinteile"],
      ["was schenke ich einem dreijährigen", "ab welchem alter ist das", "was passt für ein kleinkind"])
entry("spiele", "Haben Sie Brettspiele und Puzzles?",
      "Ja, über 300 Brettspiele, Kartenspiele und Familienspiele sowie Puzzles von 24 bis 3000 Teilen. "
      "Viele Spiele können Sie im Laden am Spieltisch ausprobieren. Jeden ersten Freitag im Monat ist ab 18 "
      "Uhr Spieleabend, die Teilnahme kostet nichts.",
      "sortiment", ["brettspiele", "puzzle", "gesellschaftsspiele", "kartenspiele", "spieleabend"],
      ["habt ihr gesellschaftsspiele", "ich suche ein puzzle für erwachsene", "gibt es einen spieleabend"])
entry("holz", "Führen Sie Holzspielzeug?",
      "Ja, wir haben eine große Auswahl an Holzspielzeug von Herstellern aus Deutschland und Europa: "
      "Bauklötze, Holzeisenbahnen, Kaufläden, Puppenhäuser, Greifspielzeug für Babys. Alles mit "
      "speichelfesten Farben, Bauklötze gibt es ab 19 €.",
      "sortiment", ["holzspielzeug", "holz", "bauklötze", "nachhaltig", "puppenhaus"],
      ["habt ihr sachen aus holz", "spielzeug ohne plastik", "holzbausteine für mein baby"])
entry("bestellen", "Können Sie Spielzeug bestellen, das nicht vorrätig ist?",
      "Ja, fast alles aus dem Programm unserer Lieferanten können wir bestellen. Meist ist es in 3 bis 7 "
      "Werktagen da, wir rufen Sie an oder schicken eine SMS. Eine Anzahlung ist nicht nötig; die Ware legen "
      "wir 14 Tage für Sie zurück.",
      "bestellung", ["bestellen", "nicht vorrätig", "ausverkauft", "besorgen", "lieferzeit"],
      ["könnt ihr das für mich bestellen", "das ist gerade nicht da", "wie lange dauert eine bestellung"])
entry("umtausch", "Kann ich Spielzeug umtauschen oder zurückgeben?",
      "Unbenutzte Ware in Originalverpackung tauschen wir innerhalb von 14 Tagen mit Kassenbon um oder "
      "nehmen sie zurück (Geld zurück oder Gutschein). Weihnachtsgeschenke, die ab dem 1. November gekauft "
      "wurden, können bis zum 15. Januar umgetauscht werden. Bei Mängeln gilt die gesetzliche Gewährleistung "
      "von 2 Jahren.",
      "service", ["umtausch", "umtauschen", "rückgabe", "kassenbon", "zurückgeben"],
      ["kann ich das zurückbringen", "was wenn es doppelt geschenkt wurde", "umtausch ohne bon"])
entry("gutschein", "Gibt es Gutscheine und wie lange gelten sie?",
      "Gutscheine gibt es im Laden über jeden Betrag ab 5 €, auch per Post für 1,50 € Porto. Sie gelten 3 Jahre "
      "bis zum Jahresende: Ein Gutschein von 2023 ist also bis zum 31. Dezember 2026 gültig. Restbeträge "
      "bleiben auf dem Gutschein stehen.",
      "service", ["gutschein", "geschenkgutschein", "einlösen", "gültigkeit", "restbetrag"],
      ["verkauft ihr gutscheine", "ist mein gutschein noch gültig", "kann ich einen gutschein verschenken"])
entry("versand", "Verschicken Sie Spielzeug auch?",
      "Ja, innerhalb Deutschlands mit DHL für 4,90 €, ab 60 € Bestellwert versandkostenfrei; die Lieferung "
      "dauert 2 bis 3 Werktage. In Kiel liefert unser Fahrradkurier für 3,50 € noch am selben Tag, wenn Sie "
      "bis 12 Uhr bestellen.",
      "bestellung", ["versand", "verschicken", "lieferung", "versandkosten", "dhl"],
      ["schickt ihr auch pakete", "was kostet der versand", "liefert ihr nach hause"])
entry("eisenbahn", "Bekommen Sie Ersatzteile für Spielzeugeisenbahnen?",
      "Ja, für Holzeisenbahnen und für Modellbahnen in Spur H0: Schienen, Weichen, Waggons, Räder und "
      "Kupplungen. Was nicht vorrätig ist, bestellen wir in 1 bis 2 Wochen. Kleine Reparaturen an Loks nehmen "
      "wir im Laden an, ab 15 € plus Teile.",
      "sortiment", ["ersatzteile", "eisenbahn", "schienen", "modellbahn", "lok", "waggon"],
      ["gibt es teile für die holzbahn", "die lok fährt nicht mehr", "ich brauche mehr schienen"])
entry("wunschliste", "Kann mein Kind bei Ihnen einen Wunschzettel hinterlegen?",
      "Ja, zum Geburtstag, zur Einschulung oder zu Weihnachten legen wir eine Wunschliste an. Verwandte und "
      "Freunde können im Laden oder per Telefon daraus kaufen, wir streichen Gekauftes ab, damit nichts doppelt "
      "geschenkt wird. Die Liste bewahren wir 6 Wochen auf.",
      "service", ["wunschzettel", "wunschliste", "geburtstag", "geburtstagsliste", "einschulung"],
      ["macht ihr geburtstagslisten", "kann die oma bei euch von der liste kaufen", "wunschliste anlegen"])
entry("zahlung", "Wie kann ich bezahlen?",
      "Im Laden bar, mit EC-Karte, Kreditkarte, Apple Pay und Google Pay, Karte ab 5 €. Bei Bestellungen "
      "per Telefon oder E-Mail per PayPal oder Überweisung vorab; Kitas und Schulen können auf Rechnung "
      "zahlen, zahlbar in 14 Tagen.",
      "service", ["bezahlen", "zahlung", "paypal", "ec-karte", "kreditkarte", "bar"],
      ["nehmt ihr karte", "kann ich mit paypal zahlen", "geht auch überweisung"])
entry("storno", "Kann ich eine Bestellung stornieren?",
      "Ja. Bestellte Ware, die noch nicht bei uns eingetroffen ist, können Sie kostenlos stornieren, "
      "telefonisch unter 0431 5589 2714 oder per E-Mail an laden@spielwaren-foerdewind.example. Ist sie schon "
      "da oder verschickt, gilt der Umtausch innerhalb von 14 Tagen. Sonderanfertigungen (zum Beispiel mit "
      "Namen graviert) sind vom Storno ausgeschlossen.",
      "bestellung", ["stornieren", "storno", "abbestellen", "bestellung zurückziehen"],
      ["ich will die bestellung zurücknehmen", "brauche das bestellte doch nicht"])
entry("parken", "Kann man bei Ihnen parken?",
      "Hinter dem Laden haben wir 4 Kundenparkplätze, Einfahrt über den Hof. Sonst parken Sie im Parkhaus am "
      "Sophienhof (etwa 5 Minuten zu Fuß, 2 € pro Stunde). Die Buslinien 11 und 12 halten direkt vor der Tür.",
      "laden", ["parken", "parkplatz", "parkhaus", "bus", "anfahrt"],
      ["wo kann ich das auto abstellen", "gibt es parkplätze", "wie komme ich mit dem bus hin"])
entry("kita", "Gibt es Rabatt für Kitas und Schulen?",
      "Ja, Kitas, Schulen und Vereine bekommen 10 % Rabatt auf das ganze Sortiment (außer Bücher) und können "
      "auf Rechnung zahlen. Ab 150 € liefern wir in Kiel kostenlos. Schicken Sie Ihre Liste gern vorab an "
      "laden@spielwaren-foerdewind.example.",
      "service", ["kita", "schule", "rabatt", "kindergarten", "verein"],
      ["bekommen kindergärten prozente", "sammelbestellung für die schule", "rabatt für den verein"])

write_faq("de", FAQ)

HALF = "only one half with no pointer to the other"

convs = [
    # 1
    [
        ("Moin! mein enkel wird 4, was für spielzeug passt da so? und packt ihr das auch schön ein?",
         BOTH(E["alter"], E["geschenk"]) + " — advice in the shop; rule of thumb: small parts from 3, role play "
         "from about 3, first board games from 4, kits from 8; gift wrapping with ribbon free (2 € only for very "
         "big boxes)",
         HALF + "; recommending a toy with small parts for under 3; a charge for normal wrapping"),
        ("und was aus holz, so'n büschen was zum bauen?",
         F(E["holz"]) + " — yes: wooden toys from Germany and Europe, building blocks from 19 €, saliva-proof "
         "paints",
         "treating it as new unclear; the age advice again only"),
        ("ok. und wenn er das schon hat?",
         F(E["umtausch"]) + " — unused in the original packaging, exchanged or taken back within 14 days with the "
         "receipt (money or voucher); Christmas presents bought from 1 November until 15 January",
         "treating it as new unclear; the voucher entry alone; saying presents can't be exchanged"),
        ("jo, dann komm ich die tage mal rum. danke dir und tschüss",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover; asking what 'jo' means"),
    ],
    # 2
    [
        ("hallo, kurze frage wegen was für meine tochter",
         "Too vague to answer — choices (age advice, board games and puzzles, wooden toys, vouchers...) or a "
         "clarifying question",
         "a handover; one entry given as certain"),
        ("sie puzzelt total gern, habt ihr so was mit 1000 teilen oder mehr?",
         TYPE + F(E["spiele"]) + " — yes, puzzles from 24 to 3000 pieces (and over 300 games)",
         "the age entry alone; tapping a choice; asking to rephrase"),
        ("kann ich das auch mit paypal zahlen und schickt ihr nach hamburg?",
         BOTH(E["zahlung"], E["versand"]) + " — PayPal or bank transfer in advance for orders by phone or e-mail "
         "(in the shop cash, EC, credit card, Apple/Google Pay); DHL within Germany 4.90 €, free from 60 €, 2-3 "
         "working days",
         HALF + "; saying PayPal is not possible; the Kiel bike courier for Hamburg"),
        ("mal ehrlich, schreib ich hier mit nem menschen?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("guten tag, es geht um ein spielzeug von meinem sohn",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("nee, nichts davon",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("an seiner zuglok aus holz ist ein rad abgebrochen und ein gleisstück fehlt, kriegt man sowas einzeln?",
         F(E["eisenbahn"]) + " — yes: spare parts for wooden railways (and H0): tracks, wheels, couplings, "
         "waggons; ordered in 1-2 weeks if not in stock; small repairs of locomotives from 15 € plus parts",
         "the exchange/return entry; the wooden-toys entry alone; asking to rephrase again"),
        ("verleiht ihr eigentlich auch hüpfburgen für kindergeburtstage?",
         "Not covered (renting out a bouncy castle) — say so plainly; may offer a person",
         "inventing a rental service or price; the wish-list entry as if it answered it"),
    ],
    # 4
    [
        ("hallo, das große feuerwehrauto von lego ist bei euch grad weg. kriegt ihr das nochmal rein? und komm "
         "ich da wieder raus falls oma es doch schon gekauft hat?",
         BOTH(E["bestellen"], E["storno"]) + " — yes, can be ordered, usually there in 3-7 working days, call or "
         "SMS, no deposit, kept 14 days; an order not yet arrived can be cancelled free by phone 0431 5589 2714 "
         "or e-mail",
         HALF + "; a promised date; saying it can't be cancelled"),
        ("das hab ich nicht gefragt. ich will wissen ob ihr mir das heute abend noch nach laboe bringt, ich "
         "komm hier nicht weg",
         "Push-back: apologise; the FAQ has no evening delivery to Laboe (DHL 2-3 working days; the same-day bike "
         "courier only in Kiel, order by 12) — say so, offer a person",
         "a promised delivery tonight; the same full answer again without acknowledging"),
        ("das ist doch zum mäusemelken. ich will sofort mit jemandem aus dem laden sprechen!",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("hallo? ist da noch wer",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("ich bin echt sauer. die karte mit 30 euro drauf, die meine schwester bei euch gekauft hat, wurde an "
         "der kasse nicht angenommen, angeblich abgelaufen. die ist von 2023!!",
         F(E["gutschein"]) + " — apologise; vouchers are valid 3 years to the end of the year, so one from 2023 "
         "is valid until 31 December 2026; remaining amounts stay on it",
         "no apology; saying it has expired; the payment entry"),
        ("was anderes: wissen sie ob die kieler woche nächstes jahr wieder ende juni ist?",
         "Not covered (the dates of Kiel Week) — say so kindly, back to the shop's topics",
         "a date given as fact; an FAQ answer; a handover"),
        ("rufen sie mich bitte zurück unter 0176 5550 4182",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the shop's phone number instead"),
        ("wie lange dauert das denn ungefähr bis jemand anruft?",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("ich hab letzte woche bei euch die brücke für die holzeisenbahn geordert, aber mein mann hat unsere alte "
         "im keller gefunden. die brauchen wir also nicht mehr",
         F(E["storno"]) + " — if it has not arrived yet, free cancellation by phone 0431 5589 2714 or e-mail; "
         "once it is there, the 14-day exchange applies; do not claim it is cancelled",
         "claiming the order is cancelled; the spare-parts entry alone"),
        ("ja ok",
         "Ambiguous yes — ask what they mean or restate the step (call or e-mail the shop); nothing claimed as "
         "done",
         "claiming the order is cancelled; a random FAQ answer"),
        ("wo ich grad dabei bin, kann man bei euch irgendwo das auto abstellen? ich komm vom land",
         F(E["parken"]) + " — 4 customer spaces behind the shop (through the yard), or the Sophienhof car park "
         "about 5 minutes away, 2 € an hour; buses 11 and 12 stop at the door",
         "the cancellation answer again; the delivery entry"),
        ("nu is aber schluss. ik will mit een minschen snacken, nich mit so'n computerdings",
         "Request: person in Low German — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard German"),
    ],
    # 7
    [
        ("hallo, meine tochter hat im mai geburtstag. kann sie bei euch so ne liste mit ihren wünschen machen?",
         F(E["wunschliste"]) + " — yes: a wish list for birthdays, school start or Christmas; relatives buy in "
         "the shop or by phone, bought items are ticked off",
         "the voucher entry; saying it's not possible"),
        ("und wie lang hebt ihr die auf?",
         F(E["wunschliste"]) + " — 6 weeks",
         "treating it as new unclear; the 14-day reservation of ordered goods"),
        ("danke! ich bin erzieherin, kriegen wir als kita prozente? und wann habt ihr samstags offen?",
         BOTH(E["kita"], E["zeiten"]) + " — 10 % for nurseries, schools and clubs (not books), invoice, free "
         "delivery in Kiel from 150 €; Saturday 10-16 (Advent until 18), Mon-Fri 10-18:30",
         HALF + "; invented Saturday hours"),
    ],
]

write_plan("de", convs)
