"""German FAQ and plan for test set 41: Hundeschule Pfotenwerk, Stuttgart (made up), Swabian-coloured customers.
Run from src/: PYTHONPATH=<check folder> python3 de.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

FAQ = []
E = {}
HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("welpen", "Wann und wie läuft der Welpenkurs?",
      "Für Welpen von 9 bis 20 Wochen: 6 Termine à 60 Minuten, samstags um 10 Uhr oder mittwochs um 17 Uhr, "
      "in Gruppen mit höchstens 6 Welpen. Preis 149 €. Neue Kurse beginnen jeden ersten Samstag bzw. Mittwoch "
      "im Monat.",
      "kurse", ["welpe", "welpenkurs", "junghund", "welpengruppe"],
      ["ab wann kann mein welpe kommen", "was kostet der welpenkurs", "wann ist welpenstunde"])
entry("grundkurs", "Was bietet ihr für erwachsene Hunde an?",
      "Den Grundkurs Alltagsgehorsam (Sitz, Platz, Rückruf, Leinenführigkeit) für Hunde ab 5 Monaten: 8 "
      "Termine à 60 Minuten, dienstags oder donnerstags um 18:30 Uhr, 189 €. Danach den Aufbaukurs "
      "(8 Termine, 169 €).",
      "kurse", ["grundkurs", "gehorsam", "erziehung", "leinenführigkeit", "rückruf"],
      ["mein hund zieht an der leine", "habt ihr kurse für ältere hunde", "was kostet der grundkurs"])
entry("einzel", "Gibt es Einzelstunden?",
      "Ja, 60 Minuten Einzeltraining kosten 65 € auf unserem Platz. Beim Hausbesuch im Stuttgarter "
      "Stadtgebiet kommen 15 € Anfahrt dazu. Termine Montag bis Freitag nach Vereinbarung unter 0711 555 38 20.",
      "kurse", ["einzelstunde", "einzeltraining", "hausbesuch", "privatstunde"],
      ["kann ich alleine mit meinem hund trainieren", "kommt ihr auch zu uns nach hause", "was kostet eine einzelstunde"])
entry("problem", "Nehmt ihr auch Hunde mit Problemverhalten?",
      "Ja. Bei Leinenaggression, Angst oder Beißvorfällen beginnen wir immer mit einer Einzelstunde (65 €), "
      "bevor der Hund in eine Gruppe oder in die Tagesstätte kommt. Hunde mit Beißvorfall tragen in der "
      "Gruppe einen Maulkorb.",
      "kurse", ["problemhund", "aggression", "angst", "beißen", "maulkorb"],
      ["mein hund bellt alle anderen an", "mein hund hat schon mal gebissen", "habt ihr was für angsthunde"])
entry("kita", "Was kostet die Hundetagesstätte?",
      "Ein ganzer Tag kostet 32 €, ein halber Tag (bis 5 Stunden) 20 €. Die 10er-Karte kostet 290 € und gilt 6 "
      "Monate ab dem ersten Tag. Monatsplatz für 5 Tage pro Woche: 520 €. Futter bringen Sie selbst mit.",
      "tagesstätte", ["tagesstätte", "kita", "betreuung", "10er-karte", "tagespreis"],
      ["was kostet ein tag", "gibt es eine zehnerkarte", "wie teuer ist die hundebetreuung"])
entry("zeiten", "Wann habt ihr geöffnet?",
      "Die Tagesstätte ist Montag bis Freitag von 7 bis 18 Uhr offen, am Wochenende geschlossen. Bringen bis "
      "9:30 Uhr, Abholen spätestens 18 Uhr; nach 18 Uhr berechnen wir 15 € je angefangene halbe Stunde. Büro "
      "und Telefon 0711 555 38 20: Montag bis Freitag 9-12 und 14-17 Uhr.",
      "infos", ["öffnungszeiten", "geöffnet", "abholen", "bringen", "telefon"],
      ["bis wann kann ich meinen hund holen", "habt ihr samstags offen", "wann kann ich euch anrufen"])
entry("impfung", "Welche Impfungen und Unterlagen braucht mein Hund?",
      "Gültige Impfungen gegen Staupe, Hepatitis, Parvovirose, Leptospirose und Tollwut (Tollwut ab 15 "
      "Wochen), Entwurmung höchstens 3 Monate alt und eine Hundehaftpflichtversicherung. Bringen Sie den "
      "Impfpass zum ersten Termin mit; ohne Impfpass können wir den Hund nicht aufnehmen.",
      "voraussetzungen", ["impfung", "impfpass", "haftpflicht", "entwurmung", "tollwut"],
      ["muss mein hund geimpft sein", "was muss ich mitbringen", "braucht man eine versicherung"])
entry("probetag", "Gibt es einen Probetag in der Tagesstätte?",
      "Ja, der Probetag ist kostenlos und dauert 4 Stunden. Vorher gibt es ein Kennenlerngespräch von 20 "
      "Minuten mit Ihnen und dem Hund. Aufgenommen werden Hunde ab 5 Monaten, die mit anderen Hunden "
      "verträglich sind; unkastrierte Rüden ab 12 Monaten nur nach Absprache.",
      "tagesstätte", ["probetag", "eingewöhnung", "kennenlernen", "schnuppertag"],
      ["kann man das erst mal ausprobieren", "wie läuft die eingewöhnung", "nehmt ihr jeden hund"])
entry("fahrdienst", "Holt ihr den Hund auch ab?",
      "Ja, unser Hol- und Bringdienst fährt Montag bis Freitag: Abholung zwischen 7 und 8:30 Uhr, Rückbringen "
      "zwischen 16:30 und 18 Uhr. Stuttgart-Mitte, -West, -Süd und Degerloch 8 € pro Fahrt, übrige "
      "Stadtbezirke 12 € pro Fahrt. Außerhalb von Stuttgart fahren wir nicht.",
      "tagesstätte", ["abholservice", "fahrdienst", "bringdienst", "abholung"],
      ["könnt ihr meinen hund holen", "habt ihr einen shuttle", "fahrt ihr auch nach esslingen"])
entry("ferien", "Wann habt ihr Ferien?",
      "Geschlossen sind wir vom 24. Dezember bis 6. Januar, in der ersten Augustwoche und an gesetzlichen "
      "Feiertagen in Baden-Württemberg. Kursstunden, die auf einen Feiertag fallen, werden am Ende des Kurses "
      "nachgeholt.",
      "infos", ["ferien", "betriebsferien", "feiertag", "urlaub", "geschlossen"],
      ["habt ihr zwischen den jahren offen", "seid ihr im sommer zu", "was ist an feiertagen"])
entry("storno", "Kann ich einen Kurs absagen oder eine Stunde nachholen?",
      "Bis 14 Tage vor Kursbeginn ist die Absage kostenlos, danach bis Kursbeginn 50 % der Kursgebühr; ab der "
      "ersten Stunde gibt es keine Erstattung. Verpasste Stunden können Sie in einem Parallelkurs nachholen, "
      "höchstens 2 pro Kurs. Absagen bitte schriftlich an info@pfotenwerk-stuttgart.example.",
      "kurse", ["absagen", "stornieren", "kündigen", "nachholen", "erstattung"],
      ["ich kann nicht zum kurs kommen", "bekomme ich mein geld zurück", "ich habe eine stunde verpasst"])
entry("karte_storno", "Kann ich die 10er-Karte oder den Monatsplatz kündigen?",
      "Der Monatsplatz ist mit 4 Wochen Frist zum Monatsende kündbar, schriftlich per E-Mail. Eine 10er-Karte "
      "wird nicht erstattet, ist aber übertragbar und kann einmal um 3 Monate verlängert werden (5 €).",
      "tagesstätte", ["monatsplatz", "kündigung", "kündigen", "übertragbar"],
      ["ich brauche keinen platz mehr", "kann jemand anderes die karte nutzen", "wie lange ist die kündigungsfrist"])
entry("hitze", "Darf meine Hündin kommen, wenn sie läufig ist?",
      "Nein, läufige Hündinnen dürfen 3 Wochen ab Beginn der Läufigkeit nicht in die Tagesstätte und nicht "
      "in Gruppenkurse. Einzelstunden sind möglich. Verpasste Kursstunden holen Sie danach nach; für die "
      "Tagesstätte verlängern wir die 10er-Karte um 3 Wochen kostenlos.",
      "voraussetzungen", ["läufig", "läufigkeit", "hündin", "hitze"],
      ["meine hündin ist in der hitze", "was ist wenn sie läufig wird", "darf eine läufige hündin in die gruppe"])
entry("anfahrt", "Wo seid ihr und wie bezahle ich?",
      "Hundeschule Pfotenwerk, Nesenbachweg 17, 70597 Stuttgart-Degerloch. 12 kostenlose Parkplätze am Platz; "
      "Stadtbahn U5 bis Haltestelle Waldau, dann 6 Minuten zu Fuß. Bezahlen können Sie bar, mit EC-Karte "
      "oder per Überweisung vor Kursbeginn; den Monatsplatz per Lastschrift.",
      "infos", ["adresse", "anfahrt", "parkplatz", "bezahlen", "überweisung"],
      ["wo ist der hundeplatz", "kann man mit karte zahlen", "wo kann ich parken"])
entry("futter", "Was muss ich dem Hund für die Tagesstätte mitgeben?",
      "Geben Sie das Mittagsfutter in einer beschrifteten Dose mit (gefüttert wird um 12 Uhr), dazu Halsband oder Geschirr und Leine. "
      "Wasser, Decken und Spielzeug haben wir. Eigene Leckerli nur nach Absprache; Medikamente geben wir nach "
      "schriftlicher Anweisung, kostenlos.",
      "tagesstätte", ["futter", "mitgeben", "mittagessen", "medikamente", "leckerli"],
      ["was soll ich mitbringen", "bekommt der hund mittags was", "könnt ihr tabletten geben"])

write_faq("de", FAQ)

convs = [
    # 1
    [
        ("grüß gott, mir hend seit 3 wochen en kleine labrador, 11 wochen alt isch er jetzt. was koschtet bei "
         "euch der welpenkurs und was brauchet mir da alles an papier",
         BOTH(E["welpen"], E["impfung"]) + " — 9-20 weeks, 6 × 60 min, Saturday 10:00 or Wednesday 17:00, max "
         "6 puppies, 149 €, starts first Saturday/Wednesday of the month; vaccinations (rabies from 15 weeks), "
         "worming max 3 months old, dog liability insurance, bring the Impfpass",
         HALF + "; the adult course price"),
        ("und samstags geht au?",
         F(E["welpen"]) + " — yes, Saturday 10:00, new groups start the first Saturday of the month",
         NEW + "saying the school is closed on Saturdays (that is the day-care)"),
        ("ok. wo kann i do parke",
         F(E["anfahrt"]) + " — Nesenbachweg 17, Stuttgart-Degerloch, 12 free parking spaces; U5 to Waldau, 6 "
         "min walk",
         NEW + "saying there is no parking"),
        ("subber, merci. ade",
         "Small talk: thanks + acknowledgement + goodbye ('ade' = bye, Swabian) — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("grüß gott, i hätt a frog wege meim hund",
         "Too vague to answer — choices (courses, day-care, vaccinations...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("unser bub will mit unserm hund spaziere gehe, aber der kerle zieht so arg, der bub kann "
         "ihn kaum heben. der isch 2 johr alt, en schäferhund",
         TYPE + F(E["grundkurs"]) + " — a 2-year-old dog: Grundkurs Alltagsgehorsam (lead walking, recall), 8 × "
         "60 min Tue or Thu 18:30, 189 € ('Bub' = boy, 'heben' = hold, Swabian)",
         "tapping a choice; asking to rephrase; the puppy course"),
        ("gut. der bellt halt au jeden andere hund a wie verruckt. kann mer des au alloi mache, bei uns "
         "dahoim? mir wohnet in vaihinge",
         BOTH(E["problem"], E["einzel"]) + " — barking at other dogs: always a single lesson first (65 €) "
         "before a group; 60 min 65 €, home visit in Stuttgart +15 € (Vaihingen is in Stuttgart); "
         "appointments via 0711 555 38 20",
         HALF + "; sending the dog straight into a group"),
        ("schreib i eigentlich mit ama mensch oder isch des a maschin",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("servus, kurze frag zu dr tagesstätte",
         "Too vague to answer — choices (prices, trial day, hours, pick-up...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("noi, des passt alles net",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("mei mädle luna isch grad in dr hitz, derf die trotzdem nächste woch bei euch bleibe? i muss doch schaffe",
         F(E["hitze"]) + " — no: in heat, 3 weeks from the start not in day-care or group courses; single "
         "lessons possible; a 10-day card is extended by 3 weeks free ('Mädle' = girl, 'schaffe' = work)",
         "asking to rephrase again; allowing her in"),
        ("und über nacht, nehmet ihr die au wenn mir im urlaub sind?",
         "Not covered (overnight boarding, a near trade the school does not offer) — say so plainly; may offer "
         "a person",
         "inventing overnight care or a price"),
    ],
    # 4
    [
        ("grüß gott, mir wohnet in stuttgart-west und schaffet beide bis fünfe. was koschtet bei euch en ganzer tag und "
         "könnet ihr unsern waldi morgens bei uns hole?",
         BOTH(E["kita"], E["fahrdienst"]) + " — day 32 €, half day 20 €, 10-day card 290 €, monthly place 520 €; "
         "pick-up 7-8:30, back 16:30-18, Stuttgart-West 8 € per trip",
         HALF + "; saying West is 12 €"),
        ("noi, des isch mir z'viel. 290 für zehn tag, do will i en rabatt, und s abhole soll bei dem preis "
         "umsonscht sei",
         "Push-back: apologise; the FAQ has no discount and no free pick-up — say what it has (10-day card "
         "290 €, monthly place, 8 € per trip) and offer a person",
         "promising a discount or free pick-up; the same answer again without acknowledging"),
        ("des bringt mir gar nix. i will jetzt mit ama mensch von euch schwätze, net mit so ama programm",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("hallo? isch do jemand?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("des isch a frechheit! i bin erscht um zwanzig vor siebene komme weil auf dr b27 alles gstande isch, und jetzt "
         "stehet 30 euro extra auf dr rechnung??",
         F(E["zeiten"]) + " — apologise; pick-up by 18:00 at the latest, after 18:00 15 € per "
         "started half hour, so 18:40 = 2 half hours = 30 €, as the rule says; no refund promised",
         "no apology; promising to cancel the fee"),
        ("wisst ihr zufällig wann bei uns in dr straß d kehrwoch dran isch?",
         "Not covered (the customer's street-cleaning rota, 'Kehrwoche') — say so kindly, back to the school's "
         "topics",
         "an FAQ answer; a handover"),
        ("rufet se mi bitte zrück, 0176 555 48 21",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the school's number instead"),
        ("wie lang dauert des no? um halb sechse muss i mei veschper richte",
         WAIT + WAITING + " ('Veschper' = evening snack/meal)",
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("hallo, mir hend den grundkurs donnerstags ab 5. märz bucht, aber mei mann hot jetzt a neue stell in "
         "münche und mir ziehet ende februar weg",
         F(E["storno"]) + " — free until 14 days before the start, then 50 % until the start, no refund after "
         "the first lesson; in writing to info@pfotenwerk-stuttgart.example; claim nothing as done",
         "claiming the course is cancelled; ignoring the 14-day rule"),
        ("jo gell",
         "Ambiguous yes ('gell' = right?, Swabian) — ask what they mean (cancel the course?) or restate the "
         "step (write to the e-mail address); nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("mir hend au no a 10er karte, 6 tag sin no drauf. kriag i do des geld zrück oder kann mei schwester "
         "die nemme? und habt ihr zwische de johr offe",
         BOTH(E["karte_storno"], E["ferien"]) + " — no refund, but transferable (the sister may use it), "
         "extension once by 3 months for 5 €; closed 24 Dec - 6 Jan",
         HALF + "; refunding the card"),
        ("i versteh koi wort. kann i bitte mit ama richtige mensch schwätze, net mit dem kaschte do",
         "Request: person in Swabian ('I don't understand a word. Can I please talk to a real person, not this "
         "box') — hand over to a person",
         PW + "; answering an FAQ; asking for standard German"),
    ],
    # 7
    [
        ("grüß gott, mir überleget ob unser emma (rauhaardackel, 7 monat) in d tagesstätte ka. kann mer des "
         "erscht mol ausprobiere?",
         F(E["probetag"]) + " — free trial day, 4 hours, after a 20-minute get-to-know talk; dogs from 5 "
         "months that get on with other dogs (7 months is fine)",
         "a paid trial; saying she is too young"),
        ("was geb i ihr do mit",
         F(E["futter"]) + " — lunch in a labelled tin, collar/harness and lead; water, blankets and toys are "
         "there; treats only after agreement",
         NEW + "a packing list for the course"),
        ("mir hend au no a bissle gsälz und grombira übrig, isch des recht?",
         F(E["futter"]) + " — only her own lunch in a labelled tin; own treats only after agreement (jam and "
         "potatoes are not dog food; say so kindly) ('Gsälz' = jam, 'Grombira' = potatoes, 'bissle' = a bit)",
         NEW + "saying yes, feed her jam"),
    ],
]

write_plan("de", convs)
