"""German FAQ and plan for test set 42: Thermalbad Rosenquelle (sauna and thermal bath), Aachen (made up).
Run from src/: PYTHONPATH=<check folder> python3 de.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("eintritt", "Was kostet der Eintritt?",
      "Therme 2 Stunden 14 €, Therme Tageskarte 22 €; Therme und Sauna 2 Stunden 21 €, Tageskarte 34 €. Wer die "
      "2 Stunden überzieht, zahlt am Drehkreuz 3 € je angefangene halbe Stunde nach. Kinder von 3 bis 15 "
      "Jahren zahlen die Hälfte.",
      "eintritt", ["eintritt", "preise", "tageskarte", "2-stunden-karte", "nachzahlung"],
      ["was kostet ein tag therme", "wie teuer ist die sauna", "was passiert wenn ich länger bleibe"])
entry("zehner", "Gibt es eine 10er-Karte?",
      "Ja, die 10er-Karte für Therme und Sauna (Tageskarte) kostet 290 € statt 340 €, für die Therme allein "
      "180 €. Sie gilt 1 Jahr ab Kauf, ist übertragbar und kann von mehreren Personen gleichzeitig genutzt "
      "werden. Restguthaben wird nicht ausgezahlt.",
      "eintritt", ["10er-karte", "zehnerkarte", "mehrfachkarte", "übertragbar"],
      ["lohnt sich eine zehnerkarte", "kann mein partner meine karte nutzen", "wie lange gilt die karte"])
entry("zeiten", "Wann habt ihr geöffnet?",
      "Therme täglich 9 bis 23 Uhr, Sauna täglich 10 bis 23 Uhr. Freitag und Samstag ist lange Saunanacht bis "
      "1 Uhr. Letzter Einlass 90 Minuten vor Schluss. Am 24., 25. und 31. Dezember geschlossen.",
      "infos", ["öffnungszeiten", "geöffnet", "saunanacht", "einlass"],
      ["bis wann habt ihr auf", "habt ihr sonntags offen", "wann ist letzter einlass"])
entry("abend", "Gibt es einen günstigeren Abendtarif?",
      "Ja, ab 20 Uhr kostet Therme und Sauna bis Schluss 19 €, nur Therme 11 €. Bei der Saunanacht am Freitag "
      "und Samstag gilt der Abendtarif ab 21 Uhr, dann bis 1 Uhr.",
      "eintritt", ["abendtarif", "spättarif", "abends", "günstiger"],
      ["ist es abends billiger", "gibt es einen feierabendtarif", "was kostet die saunanacht"])
entry("aufguss", "Wann sind die Aufgüsse?",
      "Jede volle Stunde von 11 bis 22 Uhr in der Finnischen Sauna (90 °C), je 15 Minuten. Um 20 Uhr gibt es "
      "einen Event-Aufguss mit Salz und Honig. Nach Beginn eines Aufgusses bleibt die Tür zu.",
      "sauna", ["aufguss", "aufgüsse", "aufgusszeiten", "finnische sauna"],
      ["wann wird aufgegossen", "gibt es einen honigaufguss", "kann ich später in den aufguss"])
entry("textil", "Darf ich in der Sauna Badekleidung tragen?",
      "Nein, der Saunabereich ist textilfrei: in der Sauna nur auf einem großen Handtuch sitzen oder liegen. "
      "Badekleidung tragen Sie nur in der Therme. Dienstags ist von 10 bis 23 Uhr die Damensauna, dann sind "
      "nur Frauen im Saunabereich.",
      "sauna", ["textilfrei", "badekleidung", "nackt", "damensauna"],
      ["muss man in der sauna nackt sein", "darf ich eine badehose anziehen", "gibt es einen frauentag"])
entry("handtuch", "Kann ich Handtuch und Bademantel leihen?",
      "Ja, an der Kasse: Handtuch 4 €, großes Saunatuch 5 €, Bademantel 7 €, Set aus Saunatuch, Handtuch und "
      "Bademantel 14 €. Dafür hinterlegen Sie 20 € Pfand oder einen Ausweis.",
      "service", ["bademantel", "handtuch", "leihen", "mieten", "pfand"],
      ["habt ihr bademäntel", "kann man handtücher ausleihen", "was kostet ein saunatuch"])
entry("kinder", "Dürfen Kinder mit?",
      "In die Therme dürfen Kinder ab 3 Jahren, bis 12 Jahre nur mit einem Erwachsenen. Samstag und Sonntag "
      "von 10 bis 14 Uhr ist Familienzeit mit Spielbecken. In den Saunabereich dürfen Kinder ab 14 Jahren, "
      "sonntags von 10 bis 13 Uhr in der Familiensauna schon ab 6 Jahren.",
      "infos", ["kinder", "familie", "familiensauna", "alter", "kleinkind"],
      ["ab wie viel jahren darf man rein", "dürfen kinder in die sauna", "habt ihr was für familien"])
entry("massage", "Welche Massagen gibt es und wie buche ich?",
      "Rückenmassage 30 Minuten 39 €, Ganzkörpermassage 60 Minuten 69 €, Hot-Stone 75 Minuten 89 €. Buchen "
      "Sie unter 0241 555 73 12 (täglich 10-20 Uhr) oder an der Kasse. Der Eintritt ist nicht enthalten.",
      "massage", ["massage", "massagen", "hot-stone", "termin", "buchen"],
      ["was kostet eine massage", "kann ich eine massage reservieren", "ist der eintritt bei der massage dabei"])
entry("massage_storno", "Kann ich einen Massagetermin absagen oder verschieben?",
      "Bis 24 Stunden vorher kostenlos unter 0241 555 73 12 oder per E-Mail an massage@rosenquelle-aachen."
      "example. Später zahlen Sie 50 % des Preises, wer nicht kommt, den vollen Preis.",
      "massage", ["absagen", "stornieren", "verschieben", "termin", "ausfallgebühr"],
      ["ich kann nicht zur massage kommen", "kann ich meinen termin verlegen", "muss ich zahlen wenn ich krank bin"])
entry("gutschein", "Gibt es Gutscheine?",
      "Ja, Wertgutscheine ab 10 € sowie Eintritts- und Massagegutscheine, online als PDF per E-Mail oder an "
      "der Kasse. Gutscheine gelten 3 Jahre ab Ende des Kaufjahres und werden nicht bar ausgezahlt.",
      "service", ["gutschein", "geschenk", "wertgutschein", "einlösen"],
      ["ich suche ein geschenk", "wie lange gilt ein gutschein", "kann ich einen gutschein auszahlen lassen"])
entry("parken", "Wo kann ich parken?",
      "Im eigenen Parkhaus mit 180 Plätzen, 2 Behindertenparkplätze direkt am Eingang. Mit Eintrittsbeleg "
      "kosten 4 Stunden 2 €, sonst 1,50 € je Stunde. Bus 35 bis Burtscheid Abteitor, 3 Minuten zu Fuß.",
      "anfahrt", ["parken", "parkhaus", "parkplatz", "bus", "anfahrt"],
      ["gibt es parkplätze", "wie komme ich mit dem bus hin", "was kostet das parken"])
entry("mitbringen", "Was muss ich mitbringen?",
      "Badekleidung, Badeschuhe (Pflicht im Saunabereich), ein großes Saunatuch zum Unterlegen, ein Handtuch "
      "und Duschgel. Die 400 Schränke schließen Sie mit Ihrem Chip-Armband, Sie brauchen keine Münze. Glasflaschen "
      "sind im ganzen Bad verboten.",
      "infos", ["mitbringen", "badeschuhe", "schließfach", "spind", "packliste"],
      ["was brauche ich für die sauna", "brauche ich eine münze für den spind", "was soll ich einpacken"])
entry("bistro", "Kann man bei euch essen?",
      "Ja, unser Bistro hat von 11 bis 22 Uhr geöffnet (warme Küche bis 21 Uhr). Sie zahlen mit dem Armband "
      "und begleichen alles beim Hinausgehen. Eigene Speisen sind nicht erlaubt, Obst und Wasser in "
      "Plastikflaschen schon.",
      "service", ["bistro", "essen", "restaurant", "verpflegung", "trinken"],
      ["gibt es was zu essen", "darf ich essen mitbringen", "wie bezahle ich im restaurant"])
entry("armband", "Was passiert, wenn ich mein Armband verliere?",
      "Melden Sie es sofort an der Kasse. Für ein verlorenes Chip-Armband berechnen wir 25 € und dazu die "
      "höchste Tageskarte (34 €), wenn die Eintrittszeit nicht nachgewiesen werden kann. Wird es bis "
      "Betriebsschluss gefunden, erstatten wir die 25 €.",
      "service", ["armband", "chip", "verloren", "verlust"],
      ["ich finde mein armband nicht", "was kostet ein verlorener chip", "armband weg was nun"])

write_faq("de", FAQ)

convs = [
    # 1
    [
        ("Tach! wat kostet bei üch dat für zwei stunden, und kommt man da auch in die sauna rein? und wie lang "
         "habt ihr heut auf",
         BOTH(E["eintritt"], E["zeiten"]) + " — Therme 2 h 14 €, Therme + Sauna 2 h 21 € (day 22/34 €); "
         "therme 9-23, sauna 10-23, Fri/Sat sauna night to 1; last entry 90 min before closing",
         HALF + "; saying the 2-hour ticket has no sauna"),
        ("und freitags spät noch?",
         BOTH(E["zeiten"], E["abend"]) + " — Friday: sauna night until 1:00; evening rate then from 21:00 "
         "(therme + sauna 19 €)",
         NEW + "only the normal hours"),
        ("ok. muss ich so nen bademantel selber mitbringen oder habt ihr sowat",
         F(E["handtuch"]) + " — bathrobe 7 €, sauna towel 5 €, towel 4 €, set 14 €; 20 € deposit or ID",
         NEW + "saying nothing can be rented"),
        ("prima, dank üch. tschö",
         "Small talk: thanks + acknowledgement + goodbye ('tschö' = bye, Rhineland) — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("Tach, hab mal ne frage wegen der sauna",
         "Too vague to answer — choices (ceremonies, rules, prices...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("mein pitter meint man darf da nit mit der badehose rein, stimmt dat?",
         TYPE + F(E["textil"]) + " — yes, the sauna area is textile-free, sit on a large towel; swimwear only in "
         "the thermal bath ('Pitter' = Peter, here the husband/friend)",
         "tapping a choice; asking to rephrase; allowing swimwear"),
        ("gut. wann wird da aufgegossen, und gibt et auch mal ne zeit ohne männer? meine frau will mit ihrer "
         "freundin",
         BOTH(E["aufguss"], E["textil"]) + " — every full hour 11-22 in the Finnish sauna, event ceremony at "
         "20:00, door closed once started; ladies' sauna Tuesdays 10-23",
         HALF + "; inventing a ladies' day other than Tuesday"),
        ("kall ich hier eigentlich mit nem mensch oder mit nem computer",
         "Small talk: are you a bot ('kalle' = talk, Öcher Platt) — honestly an automated assistant; may offer "
         "a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("hallo, ne frage wegen den kindern",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("nee, dat isset alles nit",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("unser mädsche is 9 und der jung 4, können die beide mit ins warme wasser und nachher mit uns schwitzen?",
         F(E["kinder"]) + " — therme from 3, under 12 only with an adult (both fine); sauna only from 14, "
         "family sauna on Sundays 10-13 from 6 (the 9-year-old yes, the 4-year-old no); half price 3-15 "
         "('Mädsche' = girl)",
         "asking to rephrase again; letting the 4-year-old into the sauna"),
        ("habt ihr auch zimmer, dat wir über nacht bleiben können?",
         "Not covered (overnight rooms, a hotel the bath is not) — say so plainly; may offer a person",
         "inventing rooms or prices"),
    ],
    # 4
    [
        ("Tach, wir sind zu zweit jede woche bei üch. gibt et so en paket für 10 mal, kann mein mann dat dann "
         "auch benutzen, und wat nehmt ihr für ne rückenmassage",
         BOTH(E["zehner"], E["massage"]) + " — 10-card therme + sauna 290 € instead of 340 €, 1 year, "
         "transferable, several people at once; back massage 30 min 39 €, book at 0241 555 73 12, entry extra",
         HALF),
        ("290 is mir zu viel. als stammgast will ich 20 prozent und die massage soll ömmesöns dabei sein",
         "Push-back ('ömmesöns' = free, Öcher Platt): apologise; the FAQ has no regulars' discount and no "
         "free massage — say what it has (10-card saves 50 €, evening rate 19 €) and offer a person",
         "promising a discount; the same answer again without acknowledging"),
        ("dat is doch jeck hier! ich will jetzt mit nem mensch kalle, nit mit so nem automaten",
         "Request: angry + person ('jeck' = crazy, 'kalle' = talk) — apologise briefly and hand over",
         PW),
        ("hallo? is da wer?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("dat is ne frechheit! ich hatte dat kurze ticket, zwo std, war ne dreiviertelstunde länger drin weil "
         "der aufguss so lang ging, und am drehkreuz soll ich 6 euro extra latzen??",
         F(E["eintritt"]) + " — apologise; overstaying the 2-hour ticket costs 3 € per started half hour, 45 min = 2 × 3 = "
         "6 €, as the rule says; no refund promised ('latzen' = pay up)",
         "no apology; promising to refund the 6 €"),
        ("wisst ihr wann dat printen geschäft am dom sonntags aufmacht",
         "Not covered (an unrelated gingerbread shop, 'Printen' = Aachen gingerbread) — say so kindly",
         "an FAQ answer; a handover"),
        ("rufen se mich zurück, 0151 555 28 64",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the massage number instead"),
        ("wie lang dauert dat noch? um sechs kommt mein mann von der schicht",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("ich hab für samstag 15 uhr ne hot stone bei üch, aber bin gestern aufm glatteis ausgerutscht, fuß "
         "in gips. dat wird nix mehr",
         F(E["massage_storno"]) + " — free up to 24 h before by phone 0241 555 73 12 or e-mail; later 50 %, "
         "no-show full price; claim nothing as done",
         "claiming the appointment is cancelled; no sympathy"),
        ("jo, ne",
         "Ambiguous yes ('ne' at the end = right?, Rhineland) — ask what they mean or restate the step; "
         "nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("hab noch nen gutschein von weihnachten, 50 euro, gibt et den auch in bar? und kann ich nah am "
         "eingang parken mit krücken",
         BOTH(E["gutschein"], E["parken"]) + " — valid 3 years from the end of the purchase year, no cash; "
         "car park, 2 disabled spaces at the entrance, 4 h 2 € with ticket",
         HALF),
        ("ich verstonn nix mieh. lot mich ens met ne richtige minsch kalle, nit met dem kaste",
         "Request: person in Öcher Platt ('I don't understand anything any more, let me talk to a real person, "
         "not this box') — hand over to a person",
         PW + "; answering an FAQ; asking for standard German"),
    ],
    # 7
    [
        ("Tach, wir kommen morgen zum ersten mal zum schwitzen, wat müssen wir alles einpacken",
         F(E["mitbringen"]) + " — swimwear, bathing shoes (required in the sauna area), large sauna towel, "
         "towel, shower gel; lockers with the chip wristband; no glass",
         "nothing about the shoes"),
        ("und wenn man hunger kriegt? gibt et da wat leckeres?",
         F(E["bistro"]) + " — bistro 11-22 (hot food to 21), pay with the wristband on the way out; no own "
         "food except fruit and water in plastic bottles",
         NEW + "allowing own food"),
        ("und wenn ich dat ding am arm verbummel? danke schon mal",
         F(E["armband"]) + " — report at the till; 25 € plus the highest day ticket (34 €) if the entry time "
         "cannot be shown; 25 € back if found by closing ('verbummeln' = lose)",
         NEW + "no thanks acknowledged"),
    ],
]

write_plan("de", convs)
