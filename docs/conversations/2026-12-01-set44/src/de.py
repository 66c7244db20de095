"""German FAQ and plan for test set 44: Fiaker Hollerbach (horse-drawn carriage rides), Vienna, made up.
Customers write Viennese colloquial German. Run from src/: PYTHONPATH=<check folder> python3 de.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("preise", "Was kostet eine Fiakerfahrt?",
      "Unsere Preise gelten pro Kutsche, nicht pro Person (bis 4 Erwachsene): Kleine Runde durch die Altstadt, "
      "ca. 20 Minuten, 65 €; Große Runde durch die Altstadt und über den Ring, ca. 40 Minuten, 95 €; Stundenfahrt "
      "mit Wunschroute 130 €. Alle Preise inklusive Mehrwertsteuer, das Trinkgeld für den Kutscher ist freiwillig.",
      "fahrten", ["preis", "kosten", "fahrpreis", "kleine runde", "große runde"],
      ["ist der preis pro person", "wie teuer ist eine stunde im fiaker", "was verlangt ihr für eine tour"])
entry("abfahrt", "Wo und wann fahren Ihre Fiaker ab?",
      "Unsere Kutschen stehen an den Standplätzen Stephansplatz (Nordseite beim Dom), Michaelerplatz (vor der "
      "Hofburg) und Albertinaplatz. Von April bis Oktober fahren wir täglich von 10 bis 22 Uhr, von November bis "
      "März von 10 bis 20 Uhr; am 24. Dezember bis 15 Uhr, am 31. Dezember bis 18 Uhr. Ohne Reservierung steigen "
      "Sie einfach in die erste freie Kutsche am Standplatz ein.",
      "fahrten", ["standplatz", "abfahrt", "stephansplatz", "betriebszeiten", "einsteigen"],
      ["wo stehen eure kutschen", "bis wann fahrt ihr am abend", "fahrt ihr am heiligen abend"])
entry("reservieren", "Kann ich eine Fahrt im Voraus reservieren?",
      "Ja, für eine fixe Uhrzeit online oder telefonisch unter +43 1 555 38 21 (Montag bis Samstag 9 bis 17 Uhr). "
      "Die Reservierung kostet 15 € Aufschlag, 50 % des Fahrpreises zahlen Sie bei der Buchung an. Gegen 30 € "
      "holen wir Sie innerhalb des 1. Bezirks beim Hotel ab. Für spontane Fahrten am Standplatz brauchen Sie keine "
      "Reservierung.",
      "buchung", ["reservieren", "reservierung", "vorbestellen", "buchen", "abholung"],
      ["muss man vorher buchen", "könnt ihr uns beim hotel abholen", "ich möchte für 18 uhr eine kutsche"])
entry("personen", "Wie viele Personen haben in einer Kutsche Platz?",
      "In einer Kutsche fahren bis zu 4 Erwachsene, dazu 1 Kind unter 6 Jahren auf dem Schoß. Größere Gruppen "
      "verteilen wir auf mehrere Kutschen, die hintereinander fahren; jede Kutsche zahlt den normalen Preis, einen "
      "Gruppenrabatt gibt es nicht. Ab 3 Kutschen ist eine Reservierung mindestens 1 Woche vorher nötig.",
      "fahrten", ["personen", "platz", "gruppe", "mehrere kutschen", "sitzplätze"],
      ["wir sind zu sechst", "gibt es einen gruppenrabatt", "wie viele leute gehen hinein"])
entry("zahlung", "Wie kann ich bezahlen?",
      "Beim Kutscher zahlen Sie bar in Euro oder kontaktlos mit Bankomatkarte, Visa oder Mastercard. Andere "
      "Währungen nehmen wir nicht an. Reservierungen, Gutscheine und Pakete zahlen Sie online mit Kreditkarte oder "
      "per Überweisung. Eine Rechnung schicken wir Ihnen auf Wunsch innerhalb von 2 Werktagen per E-Mail.",
      "buchung", ["bezahlen", "zahlung", "kreditkarte", "bar", "rechnung"],
      ["nehmt ihr kreditkarten", "kann ich mit dollar zahlen", "bekomme ich eine rechnung"])
entry("storno", "Kann ich eine reservierte Fahrt stornieren oder verschieben?",
      "Bis 24 Stunden vor der Fahrt stornieren oder verschieben Sie kostenlos per E-Mail oder Telefon; die "
      "Anzahlung überweisen wir innerhalb von 10 Werktagen zurück. Bei einer späteren Absage behalten wir die "
      "Anzahlung von 50 % ein, wer nicht erscheint, zahlt den vollen Preis. Für Hochzeitsfahrten gelten eigene "
      "Fristen.",
      "buchung", ["stornieren", "absagen", "verschieben", "anzahlung", "stornogebühr"],
      ["ich muss die fahrt absagen", "kann ich auf einen anderen tag wechseln", "bekomme ich die anzahlung zurück"])
entry("wetter", "Fahren Sie auch bei Regen, Schnee oder Hitze?",
      "Bei Regen und Schnee fahren wir mit geschlossenem Verdeck, im Winter liegen warme Decken in jeder Kutsche. "
      "Ab 35 °C dürfen Fiaker in Wien nicht fahren, dann bleiben die Pferde im Stall. Fällt eine reservierte "
      "Fahrt deshalb oder wegen Sturm aus, informieren wir Sie spätestens 2 Stunden vorher per SMS und "
      "verschieben die Fahrt kostenlos oder erstatten den vollen Betrag samt Reservierungsaufschlag innerhalb von "
      "10 Werktagen.",
      "fahrten", ["regen", "schnee", "hitze", "wetter", "35 grad"],
      ["fahrt ihr wenn es regnet", "ist es im winter nicht zu kalt", "was passiert im sommer bei großer wärme"])
entry("hochzeit", "Bieten Sie Hochzeitsfahrten an?",
      "Ja, mit unserem weißen Landauer, zwei Schimmeln und Blumenschmuck in Ihren Farben: 490 € für 2 Stunden "
      "(zum Standesamt oder zur Kirche, Fotostopp im Burggarten und weiter zur Feier innerhalb Wiens), jede "
      "weitere Stunde 150 €. Bitte mindestens 3 Monate vorher reservieren; bei der Buchung zahlen Sie 200 € an, "
      "die Sie bei einer Absage bis 30 Tage vorher zurückbekommen.",
      "anlässe", ["hochzeit", "hochzeitskutsche", "brautpaar", "landauer", "schimmel"],
      ["wir heiraten im mai", "habt ihr eine weiße kutsche", "was kostet eine fahrt zum standesamt"])
entry("pferde", "Wie geht es Ihren Pferden?",
      "Unsere 14 Pferde arbeiten höchstens 5 Stunden am Tag mit Pausen und Wasser am Standplatz, haben jede Woche "
      "2 freie Tage und verbringen jedes Jahr 6 Wochen auf der Weide im Weinviertel. Die Tierärztin kontrolliert "
      "sie alle 3 Monate. Sonntags von 10 bis 12 Uhr können Sie unseren Stall in der Kutschergasse 9, 1030 Wien, "
      "besuchen: 8 € pro Person, Kinder unter 12 gratis, bitte vorher anmelden.",
      "pferde", ["pferde", "tierschutz", "stall", "stallbesuch", "weide"],
      ["werden die tiere gut behandelt", "kann man den stall anschauen", "wie lange müssen die pferde arbeiten"])
entry("kinder", "Dürfen Kinder und Hunde mitfahren?",
      "Kinder fahren in jedem Alter mit; Kinder unter 6 Jahren sitzen auf dem Schoß eines Erwachsenen, "
      "Kindersitze haben wir nicht. Ein zusammengeklappter Buggy passt hinten auf die Gepäckablage, ein großer "
      "Kinderwagen nicht. Kleine Hunde dürfen auf dem Schoß mitfahren, große Hunde leider nicht.",
      "fahrten", ["kinder", "baby", "hund", "kinderwagen", "buggy"],
      ["können wir mit baby fahren", "darf unser hund mit", "wohin kommt der kinderwagen"])
entry("barrierefrei", "Können Menschen mit Gehbehinderung oder Rollstuhl mitfahren?",
      "Der Einstieg ist etwa 60 cm hoch; mit unserer Trittstufe und der Hilfe des Kutschers schaffen es die "
      "meisten Gäste mit Gehbehinderung. Ein faltbarer Rollstuhl oder Rollator fährt hinten mit. Im Rollstuhl "
      "sitzend kann man leider nicht mitfahren, dafür sind unsere Kutschen nicht umgebaut. Sagen Sie uns bei einer "
      "Reservierung Bescheid, dann kommt eine Kutsche mit zusätzlichem Haltegriff.",
      "fahrten", ["rollstuhl", "gehbehinderung", "rollator", "einstieg", "barrierefrei"],
      ["ist die kutsche barrierefrei", "meine mutter geht am stock", "wie hoch ist der einstieg"])
entry("gutschein", "Gibt es Gutscheine?",
      "Ja: Gutscheine für die Kleine Runde (65 €) oder die Große Runde (95 €) und Wertgutscheine ab 30 €, online "
      "als PDF zum Ausdrucken oder in unserem Büro in der Kutschergasse 9 (Montag bis Freitag 9 bis 17 Uhr) im "
      "Kuvert. Gutscheine gelten 3 Jahre und werden nicht bar abgelöst; für eine fixe Uhrzeit reservieren Sie "
      "einfach mit dem Gutscheincode.",
      "anlässe", ["gutschein", "geschenk", "wertgutschein", "einlösen", "verschenken"],
      ["kann man eine fahrt verschenken", "wie lange gilt ein gutschein", "gutschein für die große runde"])
entry("route", "Welche Strecke fahren Sie und erzählt der Kutscher etwas dazu?",
      "Die Kleine Runde (ca. 20 Minuten) führt vom Stephansplatz über Graben, Kohlmarkt und Michaelerplatz zur "
      "Hofburg und zurück. Die Große Runde (ca. 40 Minuten) fährt zusätzlich über den Ring an Staatsoper, "
      "Parlament, Rathaus und Burgtheater vorbei. Die Kutscher erzählen auf Deutsch und Englisch über die "
      "Sehenswürdigkeiten; bei der Stundenfahrt bestimmen Sie die Route selbst und können bis zu 2 Fotostopps "
      "machen.",
      "fahrten", ["strecke", "route", "sehenswürdigkeiten", "rundfahrt", "führung"],
      ["was sieht man bei der fahrt", "fahrt ihr an der oper vorbei", "erklärt der kutscher etwas"])
entry("romantik", "Kann ich bei Ihnen einen Heiratsantrag oder eine Überraschung planen?",
      "Gern: Unser Romantikpaket kostet 160 € und enthält die Große Runde, eine Flasche österreichischen Sekt mit "
      "2 Gläsern, rote Rosen und eine Decke; auf Wunsch hält der Kutscher 10 Minuten am Heldenplatz für den "
      "Antrag. Bitte mindestens 3 Tage vorher online oder telefonisch reservieren und den Betrag bei der Buchung "
      "zahlen. Eigener Sekt ist erlaubt, Rauchen in der Kutsche nicht.",
      "anlässe", ["heiratsantrag", "antrag", "romantik", "sekt", "überraschung"],
      ["ich will ihr einen antrag machen", "habt ihr was romantisches", "darf man in der kutsche sekt trinken"])
entry("fundsachen", "Ich habe etwas in der Kutsche vergessen. Was kann ich tun?",
      "Die Kutscher geben Fundsachen jeden Abend im Stall ab. Melden Sie sich mit Datum, ungefährer Uhrzeit und "
      "Standplatz per E-Mail an fundsachen@fiaker-hollerbach.example oder unter +43 1 555 38 21; abholen können "
      "Sie Montag bis Freitag von 9 bis 17 Uhr in der Kutschergasse 9. Nach 14 Tagen geben wir nicht abgeholte "
      "Sachen an das Fundservice der Stadt Wien ab. Versand gegen Portokosten ist möglich.",
      "service", ["fundsachen", "vergessen", "verloren", "liegen lassen", "fundbüro"],
      ["ich hab meine kamera im wagen verloren", "wo ist euer fundbüro", "meine tochter hat ihre mütze liegen lassen"])

write_faq("de", FAQ)

convs = [
    # 1
    [
        ("servus! mia kumman am samstag mit da oma in die stadt. was zahl ma für so a runde mitm fiaker und wo "
         "steigt ma do ein?",
         BOTH(E["preise"], E["abfahrt"]) + " — prices per carriage, not per person (up to 4 adults): small round "
         "about 20 min 65 €, big round about 40 min 95 €, an hour 130 €; stands at Stephansplatz (north side by the "
         "cathedral), Michaelerplatz and Albertinaplatz, Saturday 10-22 (April-October) or 10-20 (November-March) "
         "('mia kumman' = wir kommen, 'was zahl ma' = was zahlen wir, Viennese)",
         HALF + "; a price per person; inventing a stand"),
        ("d'oma is nimma so guat z'fuaß, schafft de des überhaupt do aufi?",
         F(E["barrierefrei"]) + " — step about 60 cm high, with the carriage step and the driver's help most guests "
         "with walking difficulties manage; a folding wheelchair or rollator rides along at the back; say so when "
         "reserving for a carriage with an extra handle ('nimma so guat z'fuaß' = not so good on her feet any more, "
         "'aufi' = up there; walking, wheelchair or step never named)",
         NEW + "saying she cannot ride; the price entry again"),
        ("und muass ma des vorher ausmachn oder stö ma si oafach hin?",
         F(E["reservieren"]) + " — no reservation needed for a spontaneous ride at the stand; a fixed time online or "
         "+43 1 555 38 21 costs 15 € extra with 50 % paid in advance ('ausmachn' = arrange, book; 'stö ma si "
         "oafach hin' = do we just queue up)",
         NEW + "saying booking is compulsory"),
        ("leiwand, danke eich, baba",
         "Small talk: acknowledgement + thanks + goodbye ('leiwand' = great, 'baba' = bye, Viennese) — short "
         "friendly close",
         SMALL),
    ],
    # 2
    [
        ("griaß eich, is a bissl a heikle sach",
         "Too vague to answer ('a heikle Sach' = a delicate matter) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("i hob an ring im sackerl und wü am samstag vor meiner freundin auf die knie gehn, aber ned im beisl sondern "
         "bei eich hintn in da kutschn. kriag ma do a flascherl schampus dazua?",
         TYPE + F(E["romantik"]) + " — the romantic package 160 €: big round, a bottle of Austrian sparkling wine "
         "with 2 glasses, red roses, a blanket, a 10-minute stop at Heldenplatz for the proposal; book at least 3 "
         "days ahead and pay when booking ('Sackerl' = little bag, 'wü' = will, 'Beisl' = pub, 'Schampus' = "
         "sparkling wine; the proposal never named)",
         "tapping a choice; asking to rephrase; only the price list"),
        ("und wenns an dem tag schüttet? und kann i beim kutscher mit karte zoin oder nur bar?",
         BOTH(E["wetter"], E["zahlung"]) + " — rain: the hood is closed, blankets in winter, the ride goes on; cash "
         "in euros or contactless Bankomat card, Visa, Mastercard at the carriage (packages are paid online when "
         "booking, by card or transfer) ('schüttet' = pours with rain, 'zoin' = zahlen)",
         HALF + "; saying rides stop in rain; saying cards are not taken"),
        ("sog amoi, schreib i do grad mit an echtn menschn oder is des a computer?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person or a coachman; an FAQ answer"),
    ],
    # 3
    [
        ("hallo, wegen gestern abend",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("na, des is ois ned des richtige",
         TYPE + "Typed rejection ('ois ned des richtige' = none of it is right) — apologise and ask what exactly it "
         "is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("mia san gestern so um neune mit eich übern ring gfoarn und seitdem is mei handy weg. i glaub es is hintn "
         "zwischen de polster grutscht",
         F(E["fundsachen"]) + " — drivers hand found items in at the stable every evening; report date, rough time "
         "and stand by e-mail or +43 1 555 38 21; collect Mon-Fri 9-17 at Kutschergasse 9; after 14 days to the "
         "city's lost-property service; sending by post for the postage ('gfoarn' = gefahren, 'grutscht' = "
         "slipped; forgetting or losing never named)",
         "asking to rephrase again; the route entry (the Ring); promising the phone is found"),
        ("und kann ma bei eich a amoi söba am kutschbock sitzn und de zügel nehma, so a art fahrstund?",
         "Not covered (a driving lesson on the coach box, near the trade but not offered; 'söba' = selbst) — say so "
         "plainly; may offer a person",
         "inventing lessons or prices; the route or hour-ride entry as if it were that"),
    ],
    # 4
    [
        ("griaß gott, mia san 11 kollegen vom magistrat und woin nach da weihnachtsfeier a rundfahrt machn. wie vü "
         "passn do eini und wos mocht des dann in summe?",
         BOTH(E["personen"], E["preise"]) + " — 4 adults per carriage, so 11 people need 3 carriages, each at the "
         "normal price (small round 3 × 65 = 195 €, big round 3 × 95 = 285 €), no group discount; from 3 carriages "
         "a reservation at least 1 week ahead (adding that rides end at 20:00 from November to March is a plus) "
         "('Magistrat' = Vienna's city administration, 'woin' = wollen, 'wie vü passn do eini' = how many fit in, "
         "'wos mocht des' = what does it come to)",
         HALF + "; a price per person; 11 people in 2 carriages; inventing a group discount"),
        ("3 kutschn zu je 95? geh bitte. mochts uns 200 fürs ganze und an punsch gratis dazua, mia fahrn eh jedes "
         "joahr mit eich",
         "Push-back ('geh bitte' = oh come on, 'mochts uns' = make it for us): apologise; the FAQ has the price per "
         "carriage and says there is no group discount, no punch — say what it has (the small round at 65 € per "
         "carriage) and offer a person",
         "promising 200 € or free punch; the same answer again without acknowledging"),
        ("heast, des is jo a kasperltheater do. i wü sofort wen vom büro, aber dalli!",
         "Request: angry + person ('heast' = listen, 'Kasperltheater' = farce, 'dalli' = quick) — apologise briefly "
         "and hand over",
         PW),
        ("und? schlafts ihr do drüben?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("a frechheit is des!! i hob fürn hochzeitstag im juli a fahrt um 2 am nachmittag gebucht und angezahlt, dann "
         "kriag i a sms, heut foart kana weils z'haß is, und von mein geld hör i seit 3 wochn nix!!",
         F(E["wetter"]) + " — apologise; from 35 °C no carriages may run; a reserved ride cancelled for that is "
         "moved free or refunded in full with the reservation surcharge within 10 working days, so after 3 weeks "
         "it is overdue: say so and offer a person to check ('z'haß' = zu heiß, 'foart kana' = nobody drives; heat "
         "never named as such)",
         "no apology; saying the deposit is kept; the cancellation entry's 50 % rule"),
        ("wissts ihr zufällig, wo ma um de zeit no a gscheite käsekrainer kriagt?",
         "Not covered (unrelated: where to get a proper Käsekrainer, a cheese-filled sausage from a Würstelstand, "
         "at this hour; 'gscheit' = proper) — say so kindly",
         "an FAQ answer; a handover"),
        ("ruafts mi zruck bitte, 0676 555 81 19, bin bis fünfe in da hackn",
         "Request: callback with number ('ruafts mi zruck' = call me back, 'in da Hackn' = at work) — hand over to a "
         "person with the number (and 'at work until five') kept; no promise of a time",
         PW + "; asking for the number again; the office number instead"),
        ("wie lang dauert des no? mei parkschein rennt in 20 minutn ab",
         WAIT + WAITING,
         "the stands' hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("mia hättn am freitag um fünf de große runde fix ausgmacht, aber mei schwiegermutter liegt seit gestern im "
         "spital. des wird nix mehr",
         F(E["storno"]) + " — free cancel or move up to 24 h before by e-mail or phone, deposit back within 10 "
         "working days; later the 50 % deposit is kept; sympathy; claim nothing as done ('fix ausgmacht' = booked, "
         "'Spital' = hospital, 'des wird nix mehr' = it's not going to happen; cancelling never named)",
         "claiming it is cancelled; no sympathy; the price entry"),
        ("jo eh",
         "Ambiguous yes ('jo eh' = yeah sure / yes, obviously, Viennese) — ask what they mean or restate the step "
         "(e-mail or phone +43 1 555 38 21); nothing claimed as done",
         "claiming it is cancelled or moved; a random FAQ answer"),
        ("wos anders: mei neffe heirat im september, habts ihr so a weiße kutschn mit schimmeln? und kann ma sich eure "
         "rösser vorher im stall anschaun?",
         BOTH(E["hochzeit"], E["pferde"]) + " — white landau, two greys, flowers: 490 € for 2 h, each extra hour "
         "150 €, book at least 3 months ahead, 200 € deposit (back if cancelled 30 days ahead); stable visits on "
         "Sundays 10-12 at Kutschergasse 9, 8 € per person, children under 12 free, register first ('Rösser' = "
         "horses)",
         HALF + "; a weekday stable visit"),
        ("heast, i kenn mi bei dem glumpat überhaupt ned aus. gebts ma endlich wen echtn zum redn und ned so an "
         "blechtrottl!",
         "Request: person in Viennese ('listen, I can't make head or tail of this junk; finally give me a real person "
         "to talk to and not such a tin idiot'; 'Glumpat' = junk, 'Blechtrottel' = tin idiot, a robot) — hand over "
         "to a person",
         PW + "; answering an FAQ; asking for standard German"),
    ],
    # 7
    [
        ("hallo, wir sind aus linz und heuer das erste mal in wien. was sieht man bei der längeren tour alles, und "
         "erzählt der kutscher auch was dazu?",
         F(E["route"]) + " — big round (about 40 min): the old town plus the Ring past the State Opera, Parliament, "
         "City Hall and Burgtheater; the drivers tell about the sights in German and English; with the hour ride "
         "the route is free with up to 2 photo stops ('heuer' = this year, Austrian)",
         "only the price; the small round's route only"),
        ("und wenn ma des da mama zum 60er schenken mecht?",
         F(E["gutschein"]) + " — vouchers for the small round (65 €) or big round (95 €) or value vouchers from "
         "30 €, PDF online or in an envelope at the office (Mon-Fri 9-17), valid 3 years, no cash ('zum 60er' = for "
         "her 60th birthday, 'mecht' = möchte; voucher never named)",
         NEW + "the romantic package"),
        ("passt. darf unser dackel a mit? und da kleine is 3, braucht der an eigenen sitz? danke vielmals!",
         F(E["kinder"]) + " — small dogs on the lap yes; children under 6 sit on an adult's lap, no child seats; "
         "thanks acknowledged ('passt' = fine)",
         NEW + "refusing the dachshund; no thanks acknowledged"),
    ],
]

write_plan("de", convs)
