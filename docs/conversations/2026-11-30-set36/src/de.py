"""German FAQ and plan for test set 36: Reiterhof Wiesengrund near Lüneburg (made up).
Run from src/: PYTHONPATH=<check folder> python3 de.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("preise", "Was kosten Reitstunden bei euch?",
      "Eine Gruppenstunde (45 Minuten, höchstens 6 Reiter) kostet 24 €, die 10er-Karte 220 €. Eine Einzelstunde "
      "(45 Minuten) kostet 38 €, eine Longenstunde für Anfänger (20 Minuten) 18 €. Die 10er-Karte ist 6 Monate "
      "gültig.",
      "unterricht", ["reitstunde", "preise", "gruppenstunde", "einzelstunde", "zehnerkarte"],
      ["was kostet reiten bei euch", "preis für eine reitstunde", "habt ihr eine 10er-karte"])
entry("zeiten", "Wann habt ihr geöffnet und wo ist der Hof?",
      "Reiterhof Wiesengrund, Wiesenweg 7, 21357 Bardowick, 8 km nördlich von Lüneburg. Büro und Laden: Dienstag "
      "bis Freitag 14 bis 19 Uhr, Samstag 9 bis 16 Uhr, Sonntag 10 bis 13 Uhr; montags Ruhetag. Telefon 04131 555 "
      "2840.",
      "allgemein", ["öffnungszeiten", "adresse", "anfahrt", "ruhetag", "telefon"],
      ["wann seid ihr da", "wo finde ich euch", "habt ihr sonntags auf"])
entry("probe", "Was brauche ich für die erste Reitstunde?",
      "Feste Schuhe mit kleinem Absatz oder Reitstiefel, eine lange, enge Hose und Handschuhe. Einen Reithelm "
      "leihen wir Ihnen für die ersten 3 Stunden kostenlos. Bitte kommen Sie 15 Minuten vorher zum Putzen und "
      "Satteln.",
      "unterricht", ["ausrüstung", "reithelm", "kleidung", "erste stunde", "mitbringen"],
      ["was soll ich anziehen", "brauche ich einen helm", "was muss ich zur ersten stunde mitbringen"])
entry("alter", "Ab welchem Alter und bis zu welchem Gewicht kann man reiten?",
      "Kinder ab 4 Jahren können 15 Minuten auf dem Führpony reiten (10 €). Reitunterricht gibt es ab 6 Jahren. "
      "Erwachsene sind in jedem Alter willkommen, auch Wiedereinsteiger; aus Rücksicht auf die Pferde liegt die "
      "Grenze bei 90 kg.",
      "unterricht", ["alter", "gewicht", "führpony", "kinder", "gewichtsgrenze"],
      ["wie alt muss mein kind sein", "gibt es ein gewichtslimit", "kann man mit 50 noch anfangen"])
entry("absage", "Was passiert, wenn ich eine Reitstunde absagen muss oder sie ausfällt?",
      "Sagen Sie bis 24 Stunden vorher ab (Telefon oder WhatsApp 0160 5550 1732), ist das kostenlos; später "
      "berechnen wir die Stunde bzw. streichen sie von der Karte. Fällt eine Stunde von unserer Seite aus, etwa "
      "bei Gewitter oder Glatteis, schreiben wir sie immer gut.",
      "unterricht", ["absagen", "ausfall", "gutschrift", "stornieren", "verhindert"],
      ["ich kann morgen nicht kommen", "stunde ausgefallen", "wird die stunde abgezogen"])
entry("ferien", "Was kosten die Ponyferien und für wen sind sie?",
      "Ponyferien gibt es für Kinder von 7 bis 13 Jahren in den niedersächsischen Sommer- und Herbstferien, "
      "jeweils Montag bis Freitag. Mit 4 Übernachtungen im Heuhotel kosten sie 395 €, als Tagescamp von 9 bis 16 "
      "Uhr 245 €, Essen inklusive. Höchstens 16 Kinder pro Woche.",
      "ponyferien", ["ponyferien", "feriencamp", "übernachtung", "tagescamp", "sommerferien"],
      ["habt ihr ein reitcamp für kinder", "was kostet eine woche ponyferien", "kann mein kind bei euch übernachten"])
entry("ferienabsage", "Kann ich die Ponyferien stornieren oder ein anderes Kind schicken?",
      "Bei der Buchung zahlen Sie 100 € an. Bis 6 Wochen vor Beginn bekommen Sie alles bis auf 30 € Gebühr "
      "zurück, bis 14 Tage vorher behalten wir 50 %, danach den vollen Preis. Ein Ersatzkind im passenden Alter "
      "dürfen Sie jederzeit kostenlos schicken.",
      "ponyferien", ["stornierung", "rücktritt", "ersatzkind", "anzahlung", "abmelden"],
      ["ponyferien absagen", "mein kind kann nicht mitfahren", "bekomme ich die anzahlung zurück"])
entry("betreuung", "Wie werden die Kinder in den Ponyferien betreut?",
      "Auf 5 Kinder kommt eine Betreuerin mit Jugendleiter-Card. Handys bleiben tagsüber im Büro, von 18 bis 19 "
      "Uhr dürfen die Kinder telefonieren. Allergien und Medikamente tragen Sie bitte im Anmeldebogen ein, "
      "vegetarisches Essen ist kein Problem.",
      "ponyferien", ["betreuung", "betreuer", "handy", "heimweh", "medikamente"],
      ["wer passt auf die kinder auf", "darf mein kind ein handy mitnehmen", "was ist wenn sie heimweh hat"])
entry("einsteller", "Habt ihr einen Einstellplatz frei und was kostet er?",
      "Eine Box mit Paddock kostet 480 € im Monat, ein Platz im Offenstall 360 €. Heu, Stroh oder Späne, Misten "
      "und Weidegang von Mai bis Oktober sind inklusive, Kraftfutter und Hufschmied nicht. Freie Plätze vergeben "
      "wir nach Besichtigung; sonst kommt Ihr Pferd auf die Warteliste.",
      "pensionspferde", ["einstellplatz", "pensionspferd", "box", "offenstall", "stallmiete"],
      ["was kostet eine box", "habt ihr platz für mein pferd", "pferd unterstellen preis"])
entry("einstkuend", "Wie kündige ich meinen Einstellplatz?",
      "Der Einstellvertrag ist mit 3 Monaten Frist zum Monatsende kündbar, schriftlich per Brief oder E-Mail an "
      "stall@reiterhof-wiesengrund.example. Die Stallmiete wird bis zum Ende der Frist abgebucht, auch wenn das "
      "Pferd früher auszieht.",
      "pensionspferde", ["kündigung", "einstellvertrag", "kündigungsfrist", "ausziehen"],
      ["box kündigen", "wie lange ist die kündigungsfrist", "mein pferd zieht aus"])
entry("laden", "Was gibt es in eurem Reitsportladen?",
      "Im kleinen Laden neben dem Büro gibt es Reithelme ab 49 €, Handschuhe, Reithosen, Putzzeug, Leckerlis und "
      "Lederpflege. Er hat die Bürozeiten. Einen Onlineshop und Sattelanpassung haben wir nicht.",
      "laden", ["reitsportladen", "laden", "reithelm kaufen", "zubehör", "putzzeug"],
      ["kann ich bei euch einen helm kaufen", "verkauft ihr reitsachen", "habt ihr einen shop"])
entry("gutschein", "Habt ihr Gutscheine?",
      "Ja, Gutscheine für Reitstunden, Ponyferien oder den Laden gibt es ab 20 €, 2 Jahre gültig. Im Büro bekommen "
      "Sie sie sofort, nach Überweisung schicken wir den Gutschein als PDF per E-Mail, meist am selben Werktag.",
      "allgemein", ["gutschein", "geschenk", "verschenken", "geschenkgutschein"],
      ["reitstunde verschenken", "gutschein zum geburtstag", "kann man bei euch was verschenken"])
entry("zahlung", "Wie kann ich bezahlen?",
      "Im Büro bar oder mit EC-Karte, sonst per Überweisung; Kreditkarten nehmen wir nicht. Die Stallmiete wird "
      "per Lastschrift bis zum 3. des Monats eingezogen. Bei den Ponyferien ist der Rest 4 Wochen vor Beginn fällig, "
      "Ratenzahlung in 2 Teilen ist möglich.",
      "allgemein", ["bezahlen", "zahlung", "ec-karte", "lastschrift", "ratenzahlung"],
      ["kann ich mit karte zahlen", "geht überweisung", "kann man in raten zahlen"])
entry("geburtstag", "Kann man bei euch Kindergeburtstag feiern?",
      "Ja, samstags und sonntags: 2,5 Stunden mit Ponyreiten, Stallrallye und unserem Aufenthaltsraum für bis zu 8 "
      "Kinder, 189 €, jedes weitere Kind 15 €. Kuchen und Getränke bringen Sie selbst mit. Bitte 4 Wochen vorher "
      "buchen.",
      "allgemein", ["kindergeburtstag", "geburtstag", "ponygeburtstag", "feier"],
      ["geburtstag auf dem reiterhof", "kann man bei euch feiern", "kindergeburtstag mit ponys"])
entry("hund", "Darf ich meinen Hund mitbringen?",
      "Auf dem Hof ja, aber immer an der Leine. In der Reithalle, auf dem Reitplatz und beim Ausritt sind Hunde "
      "nicht erlaubt, auch nicht angeleint. Hundekot bitte entfernen, Tüten hängen am Eingang; bei Verstoß sprechen "
      "wir 1 Verwarnung aus, dann Hofverbot für den Hund.",
      "allgemein", ["hund", "hunde", "leine", "haustier"],
      ["darf der hund mit", "sind hunde erlaubt", "kann mein hund am reitplatz warten"])

write_faq("de", FAQ)

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"

convs = [
    # 1
    [
        ("moin! meine frau will nach 20 jahren wieder aufs pferd, was kost bei euch ne gruppenstunde und habt ihr "
         "sonntags auch auf",
         BOTH(E["preise"], E["zeiten"]) + " — group lesson 24 € (45 min, max 6), 10-card 220 €; Sunday 10-13, "
         "closed Mondays",
         HALF + "; saying closed on Sundays"),
        ("und was muss sie anziehen?",
         F(E["probe"]) + " — sturdy shoes with a small heel or riding boots, long tight trousers, gloves; helmet "
         "lent free for the first 3 lessons",
         "treating it as new unclear; a helmet to buy first"),
        ("ok. kann unser dackel solange mit, der wartet sonst im auto",
         F(E["hund"]) + " — on the yard on a lead yes; not in the indoor arena, the outdoor arena or on rides",
         "treating it as new unclear; saying dogs are not allowed at all, or allowed everywhere"),
        ("passt, danke dir. tschüss",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("hallo, ich hab ne frage wegen den ferien",
         "Too vague to answer — choices (pony camp, cancelling, supervision...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("meine tochter ist 9 und will im juli unbedingt ne woche zu euch, auch nachts bleiben, was kost das",
         TYPE + F(E["ferien"]) + " — ages 7-13 (9 fits), Mon-Fri in the Lower Saxony summer holidays, 4 nights in "
         "the hay hotel 395 €, day camp 245 €, food included, max 16",
         "tapping a choice; asking to rephrase; the cancellation entry"),
        ("geht das in raten? und darf sie ihr handy mitnehmen, sonst dreht sie durch",
         BOTH(E["zahlung"], E["betreuung"]) + " — 100 € deposit, the rest due 4 weeks before, 2 instalments "
         "possible; phones stay in the office by day, calls 18-19",
         HALF + "; inventing a monthly plan; saying phones are allowed all day"),
        ("antwortet hier eigentlich ne echte person oder klön ich grad mit nem computerprogramm",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("guten tag, es geht um mein pferd",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("nö, nichts davon",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("wir ziehen im frühjahr von hamburg nach lüneburg und meine stute braucht ne neue bleibe, gern mit n "
         "büschen auslauf direkt dran. was nehmt ihr da im monat",
         F(E["einsteller"]) + " — box with paddock 480 €/month, open stable 360 €; hay, straw/shavings, mucking "
         "out, grazing May-October included; feed and farrier extra; place after a visit, else waiting list",
         "asking to rephrase again; a place promised as free"),
        ("macht ihr eigentlich auch kutschfahrten? meine schwester heiratet im mai",
         "Not covered (carriage rides for a wedding) — say so plainly; may offer a person",
         "inventing carriage rides and a price; the birthday entry as if it were a wedding offer"),
    ],
    # 4
    [
        ("hallo, ich will meinem neffen zum 10. was schenken damit er mal reiten kann, wie läuft das bei euch? und "
         "kann ich bei euch gleich noch ne kappe für seinen kopf mitnehmen",
         BOTH(E["gutschein"], E["laden"]) + " — vouchers from 20 €, valid 2 years, at once in the office or as "
         "PDF by e-mail after bank transfer; riding helmets from 49 € in the shop during office hours, no online "
         "shop",
         HALF + "; an online shop; a posted paper voucher"),
        ("das bringt mir nix, ich brauch den gutschein heut abend ausgedruckt in meinem briefkasten in adendorf, "
         "der geburtstag ist morgen früh",
         "Push-back: apologise; the FAQ has no hand delivery — say so (the PDF can be printed at home), do not "
         "promise a visit, offer a person",
         "a promised delivery tonight; the same full answer again without acknowledging"),
        ("so ein schiet hier. ich will jetzt sofort mit nem menschen reden!",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("is da noch wer?? ich sitz hier und warte",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("ich bin echt sauer. die stunde von meiner tochter am samstag ist wegen gewitter ausgefallen und ihr "
         "habt sie trotzdem von ihrer karte gestrichen!!",
         F(E["absage"]) + " — apologise; a lesson cancelled by the stable (e.g. thunderstorm) is always credited; "
         "a person may correct the card",
         "no apology; saying the lesson is lost; the 24-hour customer rule as if it applied"),
        ("andere frage, wo gibts in lüneburg eigentlich die besten fischbrötchen",
         "Not covered (a food tip) — say so kindly, back to the stable's topics",
         "a snack bar named as a tip; an FAQ answer; a handover"),
        ("ruft mich bitte zurück, 0170 5550 2296",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the stable's number instead"),
        ("und wann ruft da jetzt einer an, heute noch?",
         WAIT + WAITING,
         "the office hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("mein sohn ist für die ponyferien ab 20. juli angemeldet, jetzt hat er sich beim fußball das bein "
         "gebrochen und kann da echt nicht hin",
         F(E["ferienabsage"]) + " — sorry; until 6 weeks before all back except a 30 € fee, until 14 days before "
         "50 % kept, then the full price; a substitute child may go free; do not claim it is cancelled",
         "claiming it is cancelled; the camp description alone"),
        ("jo, denn man tau",
         "Ambiguous yes — ask what they mean (cancel, or send another child?) or restate the step; nothing "
         "claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("und wenn stattdessen seine cousine mitfährt, die ist 8, geht das?",
         BOTH(E["ferienabsage"], E["ferien"]) + " — a substitute child may go free at any time; 8 is within 7-13",
         "the cancellation fees again; saying 8 is too young"),
        ("ik verstah dor nix vun. ik will mit'n richtigen minschen snacken, nich mit so'n kasten, dat is mi "
         "allens to tüdelig",
         "Request: person in Low German — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard German"),
    ],
    # 7
    [
        ("hallo, wir gehen im märz beruflich nach bayern, wie komm ich aus dem vertrag für die box von meinem "
         "wallach raus",
         F(E["einstkuend"]) + " — 3 months' notice to the end of a month, in writing (letter or e-mail to "
         "stall@reiterhof-wiesengrund.example); rent is due until the notice ends even if the horse leaves early",
         "saying it ends at once; the boarding prices"),
        ("reicht da ne mail?",
         F(E["einstkuend"]) + " — yes, an e-mail is enough",
         "treating it as new unclear; saying only a letter counts"),
        ("alles klar, danke! bevor wir weg sind will unsere kleine noch ihren 5. bei euch feiern, geht das? und "
         "darf sie mit 5 schon aufs pony",
         BOTH(E["geburtstag"], E["alter"]) + " — Sat/Sun, 2.5 h, up to 8 children 189 €, each extra 15 €, own "
         "cake and drinks, book 4 weeks ahead; from 4 years 15 min on the lead pony (10 €), lessons from 6",
         HALF + "; saying 5 is too young for anything"),
    ],
]

write_plan("de", convs)
