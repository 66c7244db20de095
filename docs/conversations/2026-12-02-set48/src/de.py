"""German FAQ and plan for test set 48: Hufschmiede Bucheli (farrier: shoeing and hoof care for horses, ponies and
donkeys), Rain, canton of Lucerne, Switzerland, made up. Customers write Lucerne Swiss German (Luzärnerdütsch);
the FAQ is Swiss standard German (ss for ß, CHF, `Sie`). Served as de-CH.
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


entry("preis", "Was kostet ein Hufbeschlag?",
      "Ein Beschlag vorne (2 Eisen) kostet CHF 140, ein Beschlag rundum (4 Eisen) CHF 240. Barhufpflege "
      "(Ausschneiden und Raspeln aller 4 Hufe) kostet CHF 70. Gewinde für Stollen verrechnen wir mit CHF 10 pro "
      "Eisen. Die Anfahrt ist in diesen Preisen nicht enthalten.",
      "preise", ["kosten", "preis", "beschlag", "eisen", "barhufpflege"],
      ["was kostet ein neuer beschlag", "preis für vier eisen", "was kostet das ausschneiden"])
entry("intervall", "Wie oft muss mein Pferd beschlagen werden?",
      "In der Regel alle 6 bis 8 Wochen, im Winter bei wenig Arbeit bis 10 Wochen. Auch Barhufpferde sollten alle "
      "6 bis 8 Wochen ausgeschnitten werden. Wir schicken Ihnen 6 Wochen nach dem letzten Termin eine SMS zur "
      "Erinnerung.",
      "pflege", ["wie oft", "abstand", "wochen", "intervall", "erinnerung"],
      ["wie lange hält ein beschlag", "nach wie vielen wochen wieder", "wann ist der nächste beschlag fällig"])
entry("termin", "Wie bekomme ich einen Termin?",
      "Rufen Sie uns von Montag bis Freitag zwischen 7 und 8 Uhr oder zwischen 17 und 18 Uhr unter 041 555 27 90 "
      "an, oder nutzen Sie das Formular auf unserer Website. Wir fahren feste Touren: Montag Seetal, Dienstag "
      "Rontal und Küssnacht, Mittwoch Stadt Luzern und Kriens, Freitag Sursee und Michelsamt. Meist haben wir "
      "innerhalb von 2 Wochen einen Termin frei.",
      "termine", ["termin", "anmelden", "vereinbaren", "tour", "wartezeit"],
      ["ich brauche einen termin", "wann hätten sie zeit", "wie lange muss ich warten"])
entry("verloren", "Mein Pferd hat ein Eisen verloren. Was nun?",
      "Reiten Sie das Pferd nicht mehr, stellen Sie es auf weichen Boden und bewahren Sie das Eisen wenn möglich "
      "auf. Rufen Sie uns an: An Werktagen kommen wir innerhalb von 48 Stunden. Ein einzelnes Eisen neu "
      "aufschlagen kostet CHF 45 plus Anfahrt. Geht ein Eisen innerhalb von 10 Tagen nach unserem Beschlag "
      "verloren, schlagen wir es kostenlos wieder auf.",
      "notfall", ["verloren", "eisen verloren", "abgerissen", "fehlt", "nachbeschlagen"],
      ["das pferd hat ein eisen verloren", "ein eisen ist weg", "eisen abgerissen auf der weide"])
entry("notfall", "Kommen Sie auch am Wochenende oder im Notfall?",
      "Ja, unser Notfalldienst ist am Samstag und Sonntag von 8 bis 18 Uhr unter 079 555 61 13 erreichbar; wir "
      "verrechnen einen Zuschlag von CHF 80. Bei Lahmheit, Hufabszess oder einem Nagel im Huf rufen Sie bitte "
      "zuerst Ihre Tierärztin oder Ihren Tierarzt an; wir arbeiten dann nach deren Vorgaben.",
      "notfall", ["notfall", "wochenende", "sonntag", "notfalldienst", "samstag"],
      ["habt ihr einen notfalldienst", "kommt am sonntag jemand", "dringend hilfe am wochenende"])
entry("anfahrt", "In welchem Gebiet sind Sie unterwegs und was kostet die Anfahrt?",
      "Wir arbeiten im ganzen Kanton Luzern sowie im Kanton Zug und im Freiamt. Die Anfahrt kostet pauschal CHF 30 "
      "pro Stall und Termin; ab 3 Pferden im gleichen Stall am gleichen Tag entfällt sie. Ausserhalb dieses "
      "Gebiets verrechnen wir CHF 1.50 pro Kilometer ab Rain.",
      "preise", ["anfahrt", "gebiet", "kilometer", "region", "pauschale"],
      ["kommt ihr auch nach zug", "was kostet die anfahrt", "in welcher region arbeitet ihr"])
entry("vorbereitung", "Wie muss das Pferd für den Termin vorbereitet sein?",
      "Die Hufe sollten sauber und trocken sein. Binden Sie das Pferd an einem hellen, ebenen und überdachten Platz "
      "an. Junge oder nervöse Pferde muss eine vertraute Person halten. Ist das Pferd beim Eintreffen nicht "
      "bereit, verrechnen wir die Wartezeit mit CHF 20 pro angefangene 15 Minuten.",
      "termine", ["vorbereitung", "vorbereiten", "sauber", "anbinden", "halten"],
      ["muss ich dabei sein", "was muss ich vorbereiten", "wo soll das pferd stehen"])
entry("winter", "Bieten Sie einen Winterbeschlag an?",
      "Ja, von November bis März. Schneeeinlagen (Grip-Einlagen), die das Aufstollen von Schnee verhindern, kosten "
      "CHF 25 pro Huf. Stollengewinde kosten CHF 10 pro Eisen, Schraubstollen zum Selbsteindrehen CHF 18 pro Set "
      "zu 4 Stück.",
      "pflege", ["winterbeschlag", "winter", "schnee", "stollen", "einlagen"],
      ["braucht mein pferd stollen", "was hilft gegen schnee in den hufen", "winterbeschlag preis"])
entry("ortho", "Machen Sie auch orthopädische Beschläge?",
      "Ja, nach einer tierärztlichen Untersuchung mit Röntgenbildern: zum Beispiel Herzeisen, Eisen mit "
      "Ledersohle und Polster oder Kunststoffbeschläge. Ein orthopädischer Beschlag rundum kostet ab CHF 320. Bitte "
      "schicken Sie uns den Bericht der Tierärztin oder des Tierarztes vor dem Termin.",
      "pflege", ["orthopädisch", "sonderbeschlag", "herzeisen", "röntgen", "krankheit"],
      ["mein pferd braucht einen speziellen beschlag", "spezialbeschlag nach diagnose", "macht ihr herzeisen"])
entry("hufschuhe", "Verkaufen und passen Sie Hufschuhe an?",
      "Ja. Wir messen die Hufe bei einem Termin kostenlos aus und bestellen passende Hufschuhe; ein Paar kostet je "
      "nach Modell CHF 190 bis 260. Die Lieferung dauert etwa 1 Woche, die Anpassung beim nächsten Termin ist "
      "inbegriffen.",
      "produkte", ["hufschuhe", "hufschuh", "barhuf", "anpassen", "ausmessen"],
      ["habt ihr hufschuhe", "hufschuhe anpassen lassen", "was kosten hufschuhe"])
entry("esel", "Behandeln Sie auch Ponys und Esel?",
      "Ja, auch Ponys, Esel und Maultiere. Die Hufpflege kostet für Esel und Ponys bis 148 cm CHF 50, für "
      "Minipferde CHF 40; ein Beschlag rundum für Ponys CHF 180. Maultiere beschlagen wir zum Pferdepreis.",
      "preise", ["esel", "pony", "ponys", "maultier", "minipferd"],
      ["macht ihr auch esel", "was kostet ein pony", "behandelt ihr minipferde"])
entry("zahlung", "Wie kann ich bezahlen?",
      "Vor Ort mit TWINT oder bar, sonst erhalten Sie die Rechnung per E-Mail, zahlbar innerhalb von 30 Tagen. "
      "Reitställe und Pensionsställe können eine Monatsrechnung für alle Pferde erhalten. Kartenzahlung ist "
      "leider nicht möglich.",
      "preise", ["bezahlen", "twint", "rechnung", "bar", "monatsrechnung"],
      ["kann ich mit twint zahlen", "bekomme ich eine rechnung", "kann man bar zahlen"])
entry("absage", "Wie kann ich einen Termin absagen oder verschieben?",
      "Bis 24 Stunden vor dem Termin ist eine Absage oder Verschiebung per Telefon oder SMS an 041 555 27 90 "
      "kostenlos. Bei einer späteren Absage oder wenn das Pferd nicht da ist, verrechnen wir eine "
      "Ausfallpauschale von CHF 50.",
      "termine", ["absagen", "verschieben", "stornieren", "ausfallpauschale", "absage"],
      ["ich muss den termin absagen", "kann ich verschieben", "was kostet eine absage"])
entry("produkte", "Verkaufen Sie Huföl und andere Pflegeprodukte?",
      "Ja, in der Schmiede in Rain: Huföl 1 Liter CHF 24, Hufbalsam CHF 19, Hufteer CHF 16 und Hufauskratzer CHF 6. "
      "Der Verkauf ist von Montag bis Freitag von 17 bis 18.30 Uhr und am Samstag von 9 bis 11 Uhr geöffnet. "
      "Bestellte Produkte bringen wir Ihnen zum nächsten Termin kostenlos mit.",
      "produkte", ["huföl", "pflegeprodukte", "hufbalsam", "hufteer", "kaufen"],
      ["verkauft ihr huföl", "wo kann ich hufbalsam kaufen", "könnt ihr mir huföl mitbringen"])
entry("schmiede", "Kann ich mein Pferd zu Ihnen in die Schmiede bringen?",
      "Ja, jeden Donnerstag von 8 bis 16 Uhr in unserer Schmiede in Rain, nach Voranmeldung. Sie zahlen keine "
      "Anfahrt und erhalten CHF 10 Rabatt pro Pferd. Für Pferdeanhänger gibt es 3 Parkplätze direkt vor der "
      "Werkstatt.",
      "termine", ["schmiede", "werkstatt", "bringen", "rain", "anhänger"],
      ["kann ich mit dem anhänger vorbeikommen", "wo ist eure schmiede", "beschlag in der werkstatt"])

write_faq("de", FAQ)

convs = [
    # 1
    [
        ("grüezi mitenand! ech ha e freibärgerstute wo vore neui ise bruucht. was choschtet das öppe, ond chömed "
         "ehr au uf ballwil use?",
         BOTH(E["preis"], E["anfahrt"]) + " — front shoeing (2 shoes) CHF 140; the whole canton of Lucerne is "
         "served (Ballwil is in the Seetal), travel CHF 30 per stable and visit, none from 3 horses in the same "
         "stable that day ('grüezi mitenand' = hello all, 'ech' = ich, 'ehr' = ihr (you), 'vore neui Ise' = new front shoes, "
         "'öppe' = roughly, 'use' = out, Lucerne German; shoeing price and travel never named)",
         HALF + "; the CHF 240 all-round price as the answer; saying Ballwil is outside the area"),
        ("ond wie lang hebed die de?",
         F(E["intervall"]) + " — usually every 6 to 8 weeks, up to 10 in winter with little work, an SMS reminder "
         "after 6 weeks ('hebed' = hold, last)",
         NEW + "the lost-shoe entry; the warranty of 10 days as the lifetime"),
        ("mues ech denn debii sii, oder langts wenn si im stall aabonde isch? ech schaffe tagsüber",
         F(E["vorbereitung"]) + " — hooves clean and dry, tied in a bright, level, covered place; a familiar person "
         "must hold young or nervous horses; waiting time CHF 20 per 15 minutes if the horse isn't ready "
         "('langts' = is it enough, 'aabonde' = tied up, 'schaffe' = work)",
         NEW + "saying the owner must always be there; the cancellation entry"),
        ("super, merci vilmal. ade",
         "Small talk: thanks + goodbye ('merci vilmal' = thanks a lot, 'ade' = bye, Swiss German) — short friendly "
         "close",
         SMALL),
    ],
    # 2
    [
        ("hoi zäme, ha e frog",
         "Too vague to answer ('hoi zäme' = hi all, 'e Frog' = a question) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("üsi haflingerin isch geschter bim usritt im sumpf stecke blibe ond sit do hed si hinde links nüt me dra",
         TYPE + F(E["verloren"]) + " — don't ride her, keep her on soft ground, keep the shoe if found; call, on "
         "working days within 48 hours; a single shoe CHF 45 plus travel, free if lost within 10 days of their "
         "own shoeing ('geschter' = yesterday, 'Usritt' = hack, ride out, 'hinde links nüt me dra' = nothing left "
         "on the left hind; lost shoe never named)",
         "tapping a choice; asking to rephrase; the emergency service as the only answer"),
        ("chönd ehr grad au no üse esel mache wenn ehr do sind? ond wo chan ech bi öich s öl för d hüef poschte?",
         BOTH(E["esel"], E["produkte"]) + " — donkeys and ponies up to 148 cm: hoof care CHF 50; hoof oil 1 litre "
         "CHF 24 at the smithy in Rain, Monday-Friday 17-18.30 and Saturday 9-11, or brought to the next "
         "appointment free ('üse' = our, 'poschte' = buy, go shopping)",
         HALF + "; saying donkeys aren't done"),
        ("bin ech jetz amene computer am schriibe oder hockt det öpper?",
         "Small talk: are you a bot ('hockt det öpper' = is someone sitting there) — honestly an automated "
         "assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("sali, es goht om das vo letscht wuche",
         "Too vague to answer ('sali' = hi, 'vo letscht Wuche' = from last week) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("nei, nüt vo dem",
         TYPE + "Typed rejection ('nüt vo dem' = none of that) — apologise and ask what exactly it is about; no "
         "handover yet",
         "the same choices again; a handover straight away"),
        ("de vet hed bim wallach e hufrolle gfunde ond seit, er bruuchi jetz anderi ise mit ere polschterig "
         "dronder. chönd ehr das?",
         F(E["ortho"]) + " — yes, after the vet's examination with X-rays (heart-bar shoes, shoes with leather sole "
         "and padding, synthetic shoes), from CHF 320 all round; send the vet's report before the appointment "
         "('de Vet' = the vet, 'Hufrolle' = navicular disease, 'Polschterig' = padding; orthopaedic shoeing never named)",
         "asking to rephrase again; the normal shoeing price only"),
        ("ond chönntet ehr äigentli au üses gartetor schweisse? s alte isch ganz verroschtet",
         "Not covered (welding a garden gate: general metalwork, near a smithy but not offered) — say so plainly; "
         "may offer a person",
         "inventing a welding service or price; an FAQ answer as if it were that"),
    ],
    # 4
    [
        ("mir sind en reitstall z hochdorf mit 14 ross. wenn ehr alli am gliiche tag machid, was chunnt d "
         "aafahrt? ond chönd mer das am änd vom monet zäme begliiche statt jedes mol einzeln?",
         BOTH(E["anfahrt"], E["zahlung"]) + " — from 3 horses in the same stable on the same day no travel fee; "
         "riding and livery stables can get one monthly invoice for all horses, payable in 30 days, no cards "
         "('Ross' = horses, 'z Hochdorf' = in Hochdorf, 'begliiche' = settle; travel fee and monthly invoice "
         "never named)",
         HALF + "; CHF 30 for each horse; only TWINT"),
        ("30 täg?? bi üs zahlt mer d rächnige uf 90 täg, das isch so üblich. ond bi 14 ross machid ehr mer sicher "
         "20 prozänt ab, gäll",
         "Push-back ('täg' = days, 'gäll' = right?): apologise; the FAQ has invoices payable within 30 days and no "
         "discount for many horses (only the travel fee drops from 3 horses; CHF 240 all round) — say so and offer "
         "a person",
         "promising 90 days or 20 % off; the same answer again without acknowledging"),
        ("jetz langets. ech wott mit em schmied sälber rede, ned mit some automat!",
         "Request: angry + person ('jetz langets' = that's enough now, 'sälber' = himself) — apologise briefly "
         "and hand over",
         PW),
        ("hallo? isch do öberhaupt no öpper?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("ES ISCH JO NED Z GLAUBE! letscht fritig hend ehr rundum neui ise gmacht, 240 franke, ond hüt am morge "
         "liit eis scho im paddock!! ond am telefon nimmt niemer ab",
         F(E["verloren"]) + " — apologise; lost within 10 days of their shoeing, so it is put back on free; don't "
         "ride, soft ground, keep the shoe, on working days within 48 hours; a person to arrange it, as the phone "
         "wasn't answered (the phone line is staffed 7-8 and 17-18) ('liit' = lies; lost shoe never named)",
         "no apology; charging CHF 45; the price entry"),
        ("weisch du öppe, ob de urknall am schmudo wieder am föifi am morge isch?",
         "Not covered (unrelated: whether the Lucerne carnival opens with the 'Urknall' at 5 am on Schmutziger "
         "Donnerstag again) — say so kindly",
         "an FAQ answer; the emergency hours; a handover"),
        ("rüefed mi zrugg ufs natel, 079 555 48 23, am beschte zwüsche zwölfi ond eis",
         "Request: callback with number ('Natel' = mobile phone, 'zwüsche zwölfi ond eis' = between 12 and 1) — "
         "hand over to a person with the number and the time kept; no promise of a time",
         PW + "; asking for the number again; the shop's number instead"),
        ("goht das no lang? mues de gli d ross go fuetere",
         WAIT + WAITING,
         "the phone hours; an invented wait time"),
    ],
    # 6
    [
        ("mir wäred nächscht wuche draa gsi met eusne zwöi ponys. jetz händ mer si aber verchauft ond di neu "
         "bsitzeri hed ihre eigete schmied. also bruucht ehr ned z cho",
         F(E["absage"]) + " — free up to 24 hours before by phone or SMS to 041 555 27 90, later CHF 50; next week "
         "is more than 24 hours away; claim nothing as done ('verchauft' = sold, 'Bsitzeri' = owner; cancelling "
         "never named)",
         "claiming it is cancelled; charging CHF 50"),
        ("jä nu",
         "Ambiguous reply ('jä nu' = oh well / fine, then: agreement or resignation) — ask what they mean or "
         "restate the step; nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("öppis anders: händ ehr au so iilage wäg em schnee för de winter? ond cha me s ross au sälber zo öich "
         "bringe?",
         BOTH(E["winter"], E["schmiede"]) + " — November to March: snow (grip) pads CHF 25 per hoof, stud threads "
         "CHF 10 per shoe, screw-in studs CHF 18 a set of 4; Thursdays 8-16 at the smithy in Rain after booking, no "
         "travel fee and CHF 10 off per horse, 3 trailer spaces",
         HALF + "; saying horses can't be brought"),
        ("jetz isch aber gnueg hei! ech verstoh ke silbe vo dem wo du schriibsch. gib mer sofort en richtige "
         "mönsch, ned so ne chaschte!",
         "Request: person in Lucerne German ('now that's enough! I don't understand a syllable of what you write. "
         "give me a real person right now, not a box like this') — hand over to a person",
         PW + "; answering an FAQ; asking for standard German"),
    ],
    # 7
    [
        ("guete obig. en kolleg seit, ohni ise laufi s ross gsünder. was hettid ehr för schueh, wenn mer mit "
         "ere is gländ wänd?",
         F(E["hufschuhe"]) + " — hooves measured free at an appointment, a pair CHF 190-260 depending on the "
         "model, about 1 week's delivery, fitting at the next appointment included ('guete Obig' = good evening, "
         "'ohni Ise' = without shoes, 'Gländ' = terrain; hoof boots never named)",
         "the shoeing price; saying it can't be done"),
        ("ond wie schnell chönntet ehr verbii cho zum mässe?",
         F(E["termin"]) + " — call Monday-Friday 7-8 or 17-18 at 041 555 27 90 or use the web form; fixed tours by "
         "region; usually a slot within 2 weeks ('verbii cho' = come by, 'mässe' = measure)",
         NEW + "the emergency service"),
        ("ok. ond wenn amene sunntig öppis isch mit de hüef, wer chunnt de? merci",
         F(E["notfall"]) + " — emergency service Saturday and Sunday 8-18 at 079 555 61 13, CHF 80 surcharge; for "
         "lameness, abscess or a nail in the hoof call the vet first; thanks acknowledged",
         NEW + "no thanks acknowledged; saying nobody comes on Sundays"),
    ],
]

write_plan("de", convs)
