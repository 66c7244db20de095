"""German FAQ and plan for test set 34: Fahrschule Warnowblick, driving school, Rostock (made up).
Run from src/: PYTHONPATH=<check folder> python3 de.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("anmeldung", "Wie melde ich mich bei der Fahrschule an?",
      "Kommen Sie zu den Bürozeiten in die Lange Straße 41, 18055 Rostock. Bitte mitbringen: Personalausweis, "
      "ein biometrisches Passfoto, den Sehtest und die Bescheinigung über den Erste-Hilfe-Kurs. Bei der "
      "Anmeldung zahlen Sie die Grundgebühr von 390 €, den Antrag bei der Führerscheinstelle stellen wir für Sie.",
      "anmeldung", ["anmeldung", "anmelden", "unterlagen", "passfoto", "ausweis"],
      ["was muss ich zur anmeldung mitbringen", "wie fang ich bei euch an", "kann ich mich online anmelden"])
entry("preise", "Was kostet der Führerschein Klasse B?",
      "Grundgebühr 390 € (Theorieunterricht und Lernmaterial), Fahrstunde zu 45 Minuten 62 €, Sonderfahrt "
      "(Überland, Autobahn, Nacht) 78 €; vorgeschrieben sind 12 Sonderfahrten. Vorstellung zur praktischen "
      "Prüfung 150 €. Dazu kommen die TÜV-Gebühren (Theorie 25,17 €, Praxis 130,41 €). Im Schnitt kostet der "
      "Führerschein bei uns 3.200 bis 3.800 €.",
      "kosten", ["preise", "kosten", "fahrstunde", "grundgebühr", "sonderfahrten"],
      ["was kostet eine fahrstunde", "wie teuer ist der führerschein insgesamt", "was kostet die autobahnfahrt"])
entry("theorie", "Wann ist der Theorieunterricht?",
      "Theorie ist montags und mittwochs von 18:30 bis 20:00 Uhr in unserem Schulungsraum, Lange Straße 41. "
      "Für Klasse B brauchen Sie 12 Doppelstunden Grundstoff und 2 Doppelstunden Zusatzstoff, Sie können "
      "jederzeit einsteigen. Die Lern-App ist in der Grundgebühr enthalten.",
      "theorie", ["theorie", "theorieunterricht", "unterricht", "lern-app", "doppelstunden"],
      ["wann sind die theoriestunden", "wie oft muss ich zum unterricht", "gibt es eine app zum lernen"])
entry("bf17", "Kann ich schon mit 17 fahren (BF17)?",
      "Ja, beim begleiteten Fahren ab 17 können Sie sich ab 16 ½ Jahren anmelden und die Prüfung frühestens "
      "einen Monat vor dem 17. Geburtstag machen. Bis 18 fahren Sie nur mit einer eingetragenen Begleitperson: "
      "mindestens 30 Jahre alt, seit 5 Jahren Führerschein Klasse B, höchstens 1 Punkt in Flensburg.",
      "anmeldung", ["bf17", "begleitetes fahren", "17", "begleitperson", "alter"],
      ["ab wann darf ich anfangen", "führerschein mit 17", "wer darf bei mir mitfahren"])
entry("absage", "Wie sage ich eine Fahrstunde ab?",
      "Fahrstunden können Sie bis 24 Stunden vorher kostenlos in der App oder unter 0381 4477 210 absagen. "
      "Wer später absagt oder nicht kommt, zahlt die Stunde voll (62 €, Sonderfahrt 78 €). Bei Krankheit "
      "berechnen wir nichts, wenn Sie uns innerhalb von 3 Tagen ein ärztliches Attest schicken.",
      "fahrstunden", ["absagen", "absage", "verschieben", "ausfallgebühr", "krank"],
      ["ich kann morgen nicht kommen", "muss ich die stunde bezahlen wenn ich krank bin", "termin verlegen"])
entry("automatik", "Kann ich auf Automatik lernen?",
      "Ja. Mit der Schlüsselzahl B197 lernen Sie auf unserem Automatik-Golf und machen dort die Prüfung. "
      "Dazu kommen mindestens 10 Fahrstunden auf dem Schaltwagen und eine 15-minütige Testfahrt; danach dürfen "
      "Sie auch Schaltwagen fahren. Eine reine Automatik-Ausbildung (Schlüsselzahl 78) ist ebenfalls möglich.",
      "fahrstunden", ["automatik", "schaltwagen", "b197", "schlüsselzahl", "getriebe"],
      ["gibt es automatik fahrstunden", "muss ich schalten lernen", "was ist b197"])
entry("zahlung", "Wie kann ich bezahlen, geht auch Ratenzahlung?",
      "Sie zahlen per Überweisung oder mit EC-Karte im Büro, bar nur bis 200 €. Die Grundgebühr können Sie in "
      "3 Monatsraten zu je 130 € zahlen. Fahrstunden rechnen wir in 5er-Blöcken ab, die vor dem Block bezahlt "
      "werden.",
      "kosten", ["bezahlen", "ratenzahlung", "raten", "überweisung", "ec-karte"],
      ["kann ich in raten zahlen", "nehmt ihr karte", "muss ich alles auf einmal bezahlen"])
entry("pruefung", "Wie lange warte ich auf einen Prüfungstermin?",
      "Die Theorieprüfung machen Sie beim TÜV in Rostock-Schutow, einen Termin gibt es meist 1 bis 2 Wochen "
      "nach der Freigabe durch uns. Auf die praktische Prüfung warten Sie zurzeit 3 bis 5 Wochen; sie dauert "
      "55 Minuten und beginnt an unserer Fahrschule.",
      "prüfung", ["prüfung", "prüfungstermin", "tüv", "wartezeit", "praktische prüfung"],
      ["wann kann ich prüfung machen", "wie lange wartet man auf den tüv", "wie lang dauert die prüfung"])
entry("durchgefallen", "Was passiert, wenn ich durch die Prüfung falle?",
      "Die Prüfung dürfen Sie frühestens nach 14 Tagen wiederholen. Die TÜV-Gebühr fällt neu an, bei der "
      "praktischen Prüfung auch die Vorstellung von 150 €. Vorher empfehlen wir 2 bis 3 Fahrstunden, um die "
      "Fehler zu üben.",
      "prüfung", ["durchgefallen", "nicht bestanden", "wiederholen", "wiederholungsprüfung"],
      ["ich hab die prüfung nicht geschafft", "wann darf ich nochmal", "was kostet die wiederholung"])
entry("umschreiben", "Kann ich meinen ausländischen Führerschein umschreiben lassen?",
      "Ein Führerschein aus der EU gilt in Deutschland unbegrenzt. Einer aus einem anderen Land gilt 6 Monate "
      "nach dem Umzug, danach muss er bei der Führerscheinstelle Rostock umgeschrieben werden, meist mit "
      "Theorie- und Praxisprüfung. Unser Umschreibe-Paket: 2 Fahrstunden, Lern-App und Vorstellung zur Prüfung "
      "für 290 €.",
      "anmeldung", ["umschreiben", "ausländischer führerschein", "umschreibung", "ausland"],
      ["gilt mein führerschein aus der türkei", "ich komme aus dem ausland", "führerschein umtauschen"])
entry("klassen", "Welche Führerscheinklassen bildet ihr aus?",
      "Wir bilden aus in den Klassen B, B197, BE (Anhänger), AM (Roller ab 15), A1 (ab 16), A2 (ab 18) und A "
      "(Motorrad ab 24 oder nach 2 Jahren A2). Lkw- und Busführerscheine (C, D) bieten wir nicht an.",
      "anmeldung", ["klassen", "motorrad", "anhänger", "roller", "führerscheinklasse"],
      ["macht ihr auch motorrad", "kann ich bei euch den anhängerschein machen", "rollerführerschein"])
entry("auffrischung", "Gibt es Auffrischungsstunden für Leute mit Führerschein?",
      "Ja, für alle, die schon einen Führerschein haben und lange nicht gefahren sind oder unsicher sind. "
      "Eine Stunde (45 Minuten) kostet 62 €, ohne Grundgebühr und ohne Prüfung. Termine gibt es auch "
      "samstags von 8 bis 14 Uhr, auf Wunsch mit dem eigenen Auto.",
      "fahrstunden", ["auffrischung", "wiedereinsteiger", "fahrpraxis", "unsicher", "angst"],
      ["ich bin ewig nicht gefahren", "stunden ohne prüfung", "ich trau mich nicht mehr zu fahren"])
entry("buero", "Wann ist das Büro geöffnet und wie erreiche ich euch?",
      "Unser Büro in der Lange Straße 41, 18055 Rostock (Haltestelle Lange Straße, Straßenbahn 1, 2 und 5) ist "
      "Montag bis Freitag von 14 bis 18 Uhr und samstags von 10 bis 12 Uhr offen. Telefon 0381 4477 200, "
      "E-Mail info@warnowblick-fahrschule.example.",
      "kontakt", ["öffnungszeiten", "büro", "adresse", "telefon", "erreichbar"],
      ["wo seid ihr", "wann ist jemand im büro", "wie ist eure nummer"])
entry("erstehilfe", "Wo mache ich Sehtest und Erste-Hilfe-Kurs?",
      "Den Sehtest macht jeder Optiker für etwa 7 €, er darf bei der Antragstellung höchstens 2 Jahre alt sein. "
      "Den Erste-Hilfe-Kurs (9 Unterrichtseinheiten) bieten wir jeden zweiten Samstag von 8 bis 16 Uhr bei uns "
      "an, er kostet 45 €; Anmeldung im Büro.",
      "anmeldung", ["sehtest", "erste hilfe", "erste-hilfe-kurs", "optiker", "augen"],
      ["wo mach ich den augentest", "bietet ihr erste hilfe an", "was brauch ich vor dem antrag"])
entry("wechsel", "Kann ich von einer anderen Fahrschule zu euch wechseln?",
      "Ja. Bringen Sie Ihre Ausbildungsbescheinigung mit, wir rechnen besuchte Theoriestunden und Sonderfahrten "
      "an. Statt der Grundgebühr zahlen Sie eine Wechselgebühr von 150 €. Den Antrag bei der Behörde ändern "
      "wir für Sie, das dauert etwa 2 Wochen.",
      "anmeldung", ["wechseln", "fahrschulwechsel", "andere fahrschule", "ausbildungsbescheinigung"],
      ["ich will die fahrschule wechseln", "zählen meine stunden von der alten fahrschule", "umgezogen während der ausbildung"])

write_faq("de", FAQ)

HALF = "only one half with no pointer to the other"

convs = [
    # 1
    [
        ("Moin! was kostet bei euch der autoführerschein so ungefähr alles zusammen? und an welchen abenden "
         "is theorie",
         BOTH(E["preise"], E["theorie"]) + " — basic fee 390 €, 62 € per 45-min lesson, 78 € per special drive "
         "(12 required), 150 € for the practical test + TÜV fees; on average 3,200-3,800 €; theory Mon and Wed "
         "18:30-20:00, start any time",
         HALF + "; a fixed total price promised"),
        ("geht das auch schon bevor ich volljährig bin? hab im märz geburtstag",
         F(E["bf17"]) + " — yes, accompanied driving: register from 16½, test at the earliest 1 month before the "
         "17th birthday; companion at least 30, licence 5 years, at most 1 point",
         "treating it as new unclear; saying she must wait until 18"),
        ("ok. und muss ich vorher noch was mit den augen machen?",
         F(E["erstehilfe"]) + " — eye test at any optician, about 7 €, at most 2 years old; first-aid course "
         "(9 units) every second Saturday 8-16, 45 €",
         "treating it as new unclear; sending to a doctor only"),
        ("jo passt, danke dir. tschüss denn",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover"),
    ],
    # 2
    [
        ("hallo, ich hab da mal ne frage wegen meinem sohn",
         "Too vague to answer — choices (prices, registration, theory, test...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("er hat in schwerin schon 8 theoriestunden und 3 mal autobahn gemacht, jetzt sind wir nach rostock "
         "gezogen. fängt er da bei null an?",
         TYPE + F(E["wechsel"]) + " — no: bring the training certificate, theory lessons and special drives "
         "count; a 150 € transfer fee instead of the basic fee; the application is changed in about 2 weeks",
         "tapping a choice; asking to rephrase; saying he must start again"),
        ("wie lang wartet man bei euch auf die praktische prüfung? und kann man das auch in raten abstottern",
         BOTH(E["pruefung"], E["zahlung"]) + " — practical test currently 3-5 weeks (theory 1-2 weeks after "
         "release); basic fee in 3 monthly rates of 130 €, lessons paid in blocks of 5 before the block, "
         "transfer or EC card, cash up to 200 €",
         HALF + "; promising a test date"),
        ("bin ich hier eigentlich mit nem computer am schnacken?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("moin, kurze frage wegen letzter woche",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("nee, nix davon",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("bin am donnerstag am kreisel doberaner platz rausgeflogen, der prüfer hat abgebrochen. wie schnell "
         "darf ich nochmal ran und was kostet mich das",
         F(E["durchgefallen"]) + " — retake after 14 days at the earliest; new TÜV fee and again 150 € for the "
         "test; 2-3 lessons recommended before",
         "asking to rephrase again; the test waiting time entry alone; saying there is no extra cost"),
        ("macht ihr eigentlich auch den sportbootführerschein? will im sommer auf der warnow rumschippern",
         "Not covered (boat licence) — say so plainly; may offer a person",
         "inventing a course or price; the licence classes entry as if it answered it"),
    ],
    # 4
    [
        ("hallo, ich hab seit 9 jahren den lappen aus kasachstan und wohn seit januar hier. darf ich damit "
         "weiter fahren? und mein mann will aufs bike, geht das bei euch",
         BOTH(E["umschreiben"], E["klassen"]) + " — a non-EU licence is valid 6 months after moving, then it "
         "must be converted at the Rostock licence office (usually theory and practical test); package 290 €; "
         "motorbike A1/A2/A taught (A from 24 or after 2 years A2)",
         HALF + "; saying the licence is valid forever; saying no motorbikes"),
        ("das hilft mir nich. ich will dass euer fahrlehrer am samstag mit mir zur führerscheinstelle geht und "
         "das alles für mich regelt",
         "Push-back: apologise; the FAQ has no instructor going to the office on Saturday — say so, do not "
         "promise it, offer a person",
         "a promised Saturday appointment; the same full answer again without acknowledging"),
        ("so ein schiet. ich will jetzt sofort mit jemand aus dem büro reden!",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("hallo?? is da wer",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("ich bin echt sauer. meine tochter lag mit 39 fieber flach, konnte heute früh um 7 nicht kommen und "
         "jetzt wollt ihr 62 euro dafür?? hat sogar vorher angerufen",
         F(E["absage"]) + " — apologise; cancelled later than 24 h is normally charged in full, but in case of "
         "illness nothing is charged if a doctor's certificate is sent within 3 days",
         "no apology; saying she has to pay anyway; no mention of the certificate"),
        ("andere sache, wisst ihr ob hansa am wochenende zu hause spielt?",
         "Not covered (a football match) — say so kindly, back to the driving school's topics",
         "a match date as fact; an FAQ answer; a handover"),
        ("ruft mich bitte zurück, 0176 5550 2814",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the office number instead"),
        ("wie lang dauert das ungefähr bis sich einer meldet?",
         WAIT + WAITING,
         "the office hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("ich hab morgen um 16 uhr die autobahnfahrt, aber bin heute beim fußball umgeknickt und der knöchel "
         "is dick wie n ballon. das wird wohl nix morgen",
         F(E["absage"]) + " — free cancellation up to 24 h before in the app or on 0381 4477 210; later it is "
         "78 € for a special drive unless a doctor's certificate comes within 3 days; do not claim it is "
         "cancelled",
         "claiming the lesson is cancelled; the price list alone"),
        ("jo mach mal",
         "Ambiguous yes — ask what they mean or restate the step (cancel in the app or by phone); nothing "
         "claimed as done",
         "claiming the lesson is cancelled; a random FAQ answer"),
        ("wenn der fuß wieder heil is, kann ich dann eigentlich ohne kuppeln weitermachen? schalten is eh nix "
         "für mich",
         F(E["automatik"]) + " — yes: B197 on the automatic car with at least 10 lessons on the manual and a "
         "15-min test drive, or automatic-only (code 78)",
         "the cancellation answer again; saying it is not possible"),
        ("schiet di wat. ick will nu mit 'n echten minschen schnacken, nich mit so 'n kasten",
         "Request: person in Low German — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard German"),
    ],
    # 7
    [
        ("hallo, ich hab seit 20 jahren den lappen, bin aber seit den kindern nie mehr gefahren und hab jetzt "
         "richtig schiss im stadtverkehr. könnt ihr mir da helfen?",
         F(E["auffrischung"]) + " — refresher lessons for licence holders, 62 € per 45 min, no basic fee, no "
         "test; also Saturdays 8-14, own car possible",
         "the registration entry for a new licence; the full price list"),
        ("auch mit meinem eigenen wagen?",
         F(E["auffrischung"]) + " — yes, with the own car on request",
         "treating it as new unclear; saying only the school's car"),
        ("super, danke! meine nichte will nächstes jahr anfangen, was muss die zum anmelden mitbringen? und wo "
         "genau seid ihr",
         BOTH(E["anmeldung"], E["buero"]) + " — ID card, biometric photo, eye test, first-aid certificate; basic "
         "fee 390 € at registration; Lange Straße 41, Mon-Fri 14-18, Sat 10-12, phone 0381 4477 200",
         HALF + "; an online registration invented"),
    ],
]

write_plan("de", convs)
