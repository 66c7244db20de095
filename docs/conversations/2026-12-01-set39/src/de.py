"""German (Austrian) FAQ and plan for test set 39: Biokiste Donaufeld, Vienna (made up).
Run from src/: PYTHONPATH=<check folder> python3 de.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("kisten", "Welche Kisten gibt es und was kosten sie?",
      "Kleine Kiste (1-2 Personen, ca. 4 kg) 19,90 €, mittlere Kiste (2-3 Personen, ca. 6 kg) 27,90 €, große "
      "Kiste (4-5 Personen, ca. 9 kg) 36,90 €, Obstkiste (ca. 4 kg) 17,50 €. Jede Kiste enthält 7 bis 10 Sorten "
      "Saisongemüse bzw. Obst. Die Zustellung in Wien ist im Preis enthalten.",
      "kisten", ["kiste", "größe", "preis", "obstkiste", "personen"],
      ["welche kisten habt ihr", "was kostet die große kiste", "wie viel ist in einer kiste drin"])
entry("liefertage", "An welchen Tagen liefert ihr in meinen Bezirk?",
      "Dienstag: 1. bis 9. Bezirk. Mittwoch: 10. bis 15. Bezirk. Donnerstag: 16. bis 20. Bezirk. Freitag: 21. "
      "bis 23. Bezirk und das Umland (Klosterneuburg, Mödling, Schwechat, Gerasdorf) mit 3,50 € "
      "Zustellpauschale. Wir liefern zwischen 7 und 14 Uhr.",
      "lieferung", ["liefertag", "bezirk", "zustellung", "umland", "lieferzeit"],
      ["wann kommt die kiste zu mir", "liefert ihr auch nach mödling", "an welchem tag liefert ihr in den 3. bezirk"])
entry("zusatz", "Kann ich Brot, Eier oder Käse dazubestellen?",
      "Ja, als Zusatzprodukte zu jeder Lieferung: Bauernbrot 1 kg 5,40 €, 10 Bio-Eier 4,90 €, Bergkäse 250 g "
      "6,80 €, Bio-Milch 1 l 1,89 €. Einmalig oder jede Woche, bis Sonntag 18 Uhr für die Lieferung in der "
      "folgenden Woche.",
      "sortiment", ["zusatzprodukte", "brot", "eier", "käse", "milch"],
      ["kann ich eier dazunehmen", "habt ihr auch brot", "gibt es käse zur kiste"])
entry("aendern", "Kann ich den Inhalt meiner Kiste ändern?",
      "Bis zu 3 Gemüsesorten, die Sie nicht mögen, können Sie dauerhaft ausschließen; wir ersetzen sie durch "
      "andere. Größe, Inhalt und Zusatzprodukte ändern Sie im Kundenkonto oder telefonisch bis Sonntag 18 Uhr "
      "vor der Lieferwoche. Einzelne Wunschlisten pro Woche sind nicht möglich.",
      "kisten", ["inhalt", "ändern", "ausschließen", "tauschen", "abneigung"],
      ["ich mag keinen fenchel", "kann ich etwas aus der kiste rausnehmen", "kiste größer machen"])
entry("pause", "Kann ich die Lieferung für den Urlaub pausieren?",
      "Ja, im Kundenkonto unter Lieferungen > Pause, bis Sonntag 18 Uhr vor der betroffenen Woche. Sie können "
      "bis zu 8 Wochen am Stück pausieren, kostenlos; danach läuft das Abo automatisch weiter.",
      "abo", ["pause", "urlaub", "aussetzen", "unterbrechen"],
      ["wir sind auf urlaub", "kann ich ein paar wochen aussetzen", "lieferung unterbrechen"])
entry("pfand", "Wie funktioniert die Pfandkiste?",
      "Jede Lieferung kommt in einer grünen Pfandkiste; beim ersten Mal verrechnen wir 6 € Pfand pro Kiste. "
      "Stellen Sie die leere Kiste bei der nächsten Lieferung an Ihren Abstellort, der Fahrer nimmt sie mit. "
      "Wenn Sie das Abo beenden, bekommen Sie das Pfand für alle zurückgegebenen Kisten innerhalb von 14 Tagen "
      "zurück.",
      "lieferung", ["pfand", "pfandkiste", "leergut", "zurückgeben", "kiste zurück"],
      ["was mache ich mit der leeren kiste", "bekomme ich das pfand zurück", "wie viel pfand kostet die kiste"])
entry("abwesend", "Was passiert, wenn ich bei der Lieferung nicht zu Hause bin?",
      "Dann stellen wir die Kiste an Ihrem Abstellort ab (im Kundenkonto anzugeben: Wohnungstür, Hof, Garage "
      "oder Nachbarn); von Mai bis September mit Kühlakku. Ab dem Abstellen haften wir nicht für Wetter oder "
      "Diebstahl. Ohne Abstellort nehmen wir die Kiste wieder mit; eine 2. Zustellung am nächsten Tag kostet "
      "5 €.",
      "lieferung", ["abstellort", "nicht zuhause", "abwesend", "abstellen", "zustellung"],
      ["ich bin in der früh nicht da", "wo stellt ihr die kiste hin", "niemand daheim bei der lieferung"])
entry("adresse", "Wie ändere ich meine Lieferadresse?",
      "Im Kundenkonto unter Adresse, bis Sonntag 18 Uhr für die folgende Woche. Liegt die neue Adresse in einem "
      "anderen Bezirk, kann sich Ihr Liefertag ändern; im Umland kommen 3,50 € Zustellpauschale dazu. Außerhalb "
      "von Wien und Umland liefern wir nicht.",
      "lieferung", ["lieferadresse", "umzug", "adresse", "neue adresse"],
      ["wir übersiedeln", "neue adresse eintragen", "kann die kiste woanders hin"])
entry("kuendigen", "Wie kann ich mein Abo kündigen?",
      "Jederzeit ohne Mindestlaufzeit, bis Sonntag 18 Uhr vor der nächsten Lieferung: im Kundenkonto, per "
      "E-Mail an kiste@biokiste-donaufeld.example oder unter 01 555 3827. Geben Sie die leeren Pfandkisten bei "
      "der letzten Lieferung mit; das Pfand kommt innerhalb von 14 Tagen zurück.",
      "abo", ["kündigen", "kündigung", "abo beenden", "abmelden"],
      ["ich will das abo beenden", "wie kündige ich", "gibt es eine mindestlaufzeit"])
entry("bezahlung", "Wie kann ich bezahlen?",
      "Per SEPA-Lastschrift oder Kreditkarte (Visa, Mastercard). Abgebucht wird 1 Tag nach der Lieferung; die "
      "Rechnung bekommen Sie jeden Montag per E-Mail. Barzahlung beim Fahrer ist nicht möglich.",
      "abo", ["bezahlung", "lastschrift", "kreditkarte", "rechnung", "bar"],
      ["kann ich bar zahlen", "wann wird abgebucht", "geht kreditkarte"])
entry("reklamation", "Was tun, wenn etwas in der Kiste verdorben oder falsch ist?",
      "Schicken Sie uns innerhalb von 24 Stunden nach der Lieferung ein Foto per E-Mail oder WhatsApp an "
      "0664 555 2190. Sie bekommen eine Gutschrift auf der nächsten Rechnung; zurückschicken müssen Sie nichts.",
      "lieferung", ["reklamation", "verdorben", "beschädigt", "gutschrift", "foto"],
      ["das gemüse war kaputt", "es fehlt etwas in der kiste", "ich will mich beschweren"])
entry("herkunft", "Woher kommt das Gemüse?",
      "Alles ist bio-zertifiziert. Von März bis November kommt es zu mindestens 90 % von 14 Höfen aus dem "
      "Marchfeld und dem Tullnerfeld; im Winter ergänzen wir mit Zitrusfrüchten und Gemüse aus Italien und "
      "Spanien, nie per Flugzeug. Auf jeder Rechnung steht die Herkunft pro Sorte.",
      "sortiment", ["herkunft", "bio", "regional", "bauern", "österreich"],
      ["ist das alles aus österreich", "von welchen bauern kommt das", "ist das wirklich bio"])
entry("probe", "Kann ich eine Kiste zuerst ausprobieren?",
      "Ja, einmal pro Haushalt: eine mittlere Probekiste um 19,90 € statt 27,90 €, ohne Abo. Ein Abo entsteht "
      "nur, wenn Sie es danach ausdrücklich bestellen.",
      "kisten", ["probekiste", "ausprobieren", "testen", "ohne abo"],
      ["kann ich das mal testen", "gibt es eine probekiste", "einmal bestellen ohne abo"])
entry("buero", "Wo ist euer Lager und wann seid ihr erreichbar?",
      "Lager und Büro: Donaufelder Straße 118, 1210 Wien (Straßenbahn 26, Station Donaufelder Straße). Telefon "
      "01 555 3827, Montag bis Freitag 8 bis 16 Uhr. Abholen und leere Kisten abgeben können Sie im Lager am "
      "Freitag von 14 bis 18 Uhr.",
      "allgemein", ["lager", "adresse", "telefon", "öffnungszeiten", "abholung"],
      ["wo seid ihr", "wann kann ich anrufen", "kann ich selber abholen"])
entry("gutschein", "Kann ich eine Biokiste verschenken?",
      "Ja: Gutscheine über 25, 50 oder 100 € (3 Jahre gültig) per E-Mail oder als Karte, oder eine einmalige "
      "Geschenkkiste um 32 € mit Grußkarte, geliefert an die Adresse der beschenkten Person in Wien oder Umland.",
      "allgemein", ["gutschein", "geschenk", "verschenken", "geschenkkiste"],
      ["ich suche ein geschenk", "habt ihr gutscheine", "kiste an jemand anderen schicken"])

write_faq("de", FAQ)

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"

convs = [
    # 1
    [
        ("servus! wir sind zu zweit und essen eh nicht so viel gemüse, welche kiste taugt da und bringt ihr das "
         "auch in den 16. bezirk",
         BOTH(E["kisten"], E["liefertage"]) + " — small box 19,90 € for 1-2 people; the 16th district is "
         "delivered on Thursday, 7-14 h, delivery included in Vienna",
         HALF + "; the 3,50 € fee for a Vienna district; a wrong weekday"),
        ("und jede woche ein brot und eier dazu?",
         F(E["zusatz"]) + " — farmhouse bread 1 kg 5,40 €, 10 eggs 4,90 €, weekly or once, by Sunday 18 h for "
         "the next week",
         "treating it as new unclear; saying add-ons are not possible"),
        ("ok. und im sommer sind wir 3 wochen in kroatien",
         F(E["pause"]) + " — pause in the customer account by Sunday 18 h, up to 8 weeks, free; the "
         "subscription then continues by itself",
         "treating it as new unclear; telling them to cancel"),
        ("leiwand, danke dir. baba",
         "Small talk: acknowledgement + thanks + goodbye ('leiwand' = great, 'baba' = bye, Viennese) — short "
         "friendly close",
         SMALL),
    ],
    # 2
    [
        ("grüß gott, ich hätte eine frage zur kiste",
         "Too vague to answer — choices (boxes, delivery, add-ons...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("gestern waren die paradeiser ganz matschig und der karfiol hat schwarze flecken gehabt, was mach ich "
         "jetzt",
         TYPE + F(E["reklamation"]) + " — photo within 24 h of delivery by e-mail or WhatsApp 0664 555 2190; "
         "credit on the next invoice; nothing to send back",
         "tapping a choice; asking to rephrase; the origin entry"),
        ("gut, mach ich. und ich mag keinen fenchel und keine roten rüben, kann man die weglassen, und geht "
         "auch kreditkarte statt abbuchung",
         BOTH(E["aendern"], E["bezahlung"]) + " — up to 3 vegetables excluded "
         "for good, replaced by others, in the account or by phone by Sunday 18 h; Visa/Mastercard or SEPA, "
         "charged the day after delivery, no cash",
         HALF + "; a weekly wish list promised; cash to the driver"),
        ("sind sie ein echter mensch oder ein programm",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("hallo, es geht um die lieferung",
         "Too vague to answer — choices (delivery days, not at home, address...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("na, nix davon",
         TYPE + "Typed rejection ('na' = no, Austrian) — apologise and ask what exactly it is about; no "
         "handover yet",
         "the same choices again; a handover straight away"),
        ("wir ziehen ende jänner von der josefstadt nach floridsdorf, die kiste soll dann dort hinkommen",
         F(E["adresse"]) + " — change in the customer account by Sunday 18 h for the next week; new district "
         "may mean a new day: Floridsdorf (21st) is Friday",
         "asking to rephrase again; the Umland fee for Floridsdorf; the same Tuesday/Wednesday day kept"),
        ("liefert ihr auch fertig gekochte mittagsmenüs ins büro, so wie beim beisl ums eck?",
         "Not covered (cooked lunches / catering; 'Beisl' = a Viennese pub-restaurant) — say so plainly; may "
         "offer a person",
         "inventing a lunch service or price"),
    ],
    # 4
    [
        ("hallo, wir sind zu fünft und wollen heuer endlich weg vom supermarkt. was nehmen wir da am besten, und "
         "wo wächst das zeug eigentlich?",
         BOTH(E["kisten"], E["herkunft"]) + " — large box 36,90 €, about 9 kg, 7-10 kinds, 4-5 people; organic; "
         "March-November at least 90 % from 14 farms in Marchfeld/Tullnerfeld, in winter some from Italy and "
         "Spain, never by air",
         HALF + "; claiming 100 % Austrian all year"),
        ("nein, ich will nur österreichisches und jede woche genau das gleiche, 2 kilo erdäpfel und 1 kilo "
         "paradeiser, und das zum preis von der kleinen kiste",
         "Push-back ('Erdäpfel' = potatoes, 'Paradeiser' = tomatoes): apologise; the FAQ has no fixed weekly "
         "wish list and no large box at the small price — say what it has (excluding up to 3 kinds, box sizes) "
         "and offer a person",
         "promising a custom box or a discount; the same answer again without acknowledging"),
        ("das is ja lächerlich. ich will sofort mit einem menschen reden und nicht mit so einem automaten",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("hallo? is da wer?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("ich bin echt angefressen! die kiste ist heute stundenlang im regen vor dem haus gestanden weil ich erst "
         "um 5 heimkomm, der salat im sackerl ist hin und zahlen soll ich das auch noch??",
         F(E["abwesend"]) + " — apologise; the box is left at the chosen drop-off place (door, yard, garage, "
         "neighbours, set in the account), with a cool pack May-September; from then on no liability for "
         "weather; a better drop-off place can be set ('angefressen' = annoyed)",
         "no apology; promising a refund; the complaint entry as if the credit were certain"),
        ("wer hat eigentlich gestern gewonnen, rapid oder die austria?",
         "Not covered (a football derby result) — say so kindly, back to the shop's topics",
         "a score; an FAQ answer; a handover"),
        ("bitte ruft mich zurück, 0676 555 4471",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the shop's number instead"),
        ("wie lang dauert das noch? um halb 6 muss ich die kleine vom kindergarten holen",
         WAIT + WAITING,
         "the office hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("hallo, mein mann und ich trennen uns und ich zieh zu meiner schwester nach graz, die kiste brauch ich "
         "ab februar nicht mehr",
         F(E["kuendigen"]) + " — any time, no minimum term, by Sunday 18 h before the next delivery: account, "
         "e-mail or 01 555 3827; Graz is not delivered; claim nothing as done",
         "claiming the subscription is ended; the change-address entry as if Graz were possible"),
        ("jo eh",
         "Ambiguous yes ('jo eh' = yeah, sure / whatever, Austrian) — ask what they mean or restate the step; "
         "nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("und die 2 grünen kisten bei mir im vorzimmer, krieg ich da das geld zurück? kann ich die auch selber "
         "vorbeibringen",
         BOTH(E["pfand"], E["buero"]) + " — 6 € deposit each, refunded within 14 days of return; give them to "
         "the driver or bring them to the warehouse Donaufelder Straße 118 on Friday 14-18 h",
         HALF + "; a wrong deposit amount"),
        ("geh bitte, i versteh des ned. gebts ma wen echtn, mit dem i redn kann, ned so a kastl",
         "Request: person in Viennese ('oh come on, I don't get it. Give me a real person I can talk to, not "
         "such a box') — hand over to a person",
         PW + "; answering an FAQ; asking for standard German"),
    ],
    # 7
    [
        ("grüß gott, meine tochter bekommt im märz ihr erstes kind, kann ich ihr da was von euch schenken",
         F(E["gutschein"]) + " — vouchers 25/50/100 €, valid 3 years, or a one-off gift box 32 € with a card, "
         "delivered in Vienna or the surrounding area",
         "saying only subscriptions exist"),
        ("die wohnt in mödling, da fährt ja keine bim hin. geht das dorthin",
         F(E["liefertage"]) + " — Mödling is in the Umland: Friday, 7-14 h, 3,50 € delivery fee",
         "treating it as new unclear; saying Mödling is not delivered"),
        ("danke. und kann ich so eine kiste vorher einmal für mich nehmen, damit ich weiß was drin ist",
         F(E["probe"]) + " — once per household, medium trial box 19,90 € instead of 27,90 €, no subscription",
         "saying a subscription is needed"),
    ],
]

write_plan("de", convs)
