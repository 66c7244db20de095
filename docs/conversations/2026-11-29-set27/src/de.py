"""German FAQ and plan for test set 27: Haustechnik Kübler, Heizung und Sanitär, Stuttgart (made up).
Run: python3 de.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("stunde", "Was kostet eine Arbeitsstunde?",
      "Eine Monteurstunde kostet 72 € netto (85,68 € inkl. MwSt.), eine Meisterstunde 84 € netto (99,96 € inkl. "
      "MwSt.). Wir rechnen in 15-Minuten-Schritten ab. Diese Sätze gelten Montag bis Freitag von 7 bis 17 Uhr; "
      "außerhalb dieser Zeiten kommen die Zuschläge unseres Notdienstes dazu.",
      "preise", ["stundensatz", "stundenlohn", "arbeitszeit", "monteur", "meister"],
      ["was nehmt ihr pro stunde", "wie teuer ist ein handwerker bei euch"])
entry("anfahrt", "Was kostet die Anfahrt?",
      "Innerhalb von Stuttgart berechnen wir eine Anfahrtspauschale von 39 €, im Umland bis 25 km (zum Beispiel "
      "Fellbach, Esslingen, Ludwigsburg, Böblingen oder Waiblingen) 49 €. Die Pauschale gilt pro Einsatz und "
      "enthält die Fahrzeit. Weiter entfernte Orte fahren wir nur für größere Aufträge an.",
      "preise", ["anfahrt", "anfahrtspauschale", "fahrtkosten", "einzugsgebiet", "umland"],
      ["was kostet es, wenn ihr rauskommt", "kommt ihr auch nach esslingen"])
entry("notdienst", "Haben Sie einen Notdienst?",
      "Ja, unser Notdienst ist rund um die Uhr unter 0711 4869 3399 erreichbar, auch an Wochenenden und "
      "Feiertagen. In Stuttgart sind wir meist innerhalb von 2 Stunden vor Ort. Zuschläge auf den Stundensatz: "
      "werktags nach 17 Uhr und samstags 50 %, nachts von 22 bis 6 Uhr, sonntags und an Feiertagen 100 %.",
      "service", ["notdienst", "notfall", "wochenende", "feiertag", "nachts", "zuschlag"],
      ["seid ihr am wochenende erreichbar", "ich brauche sofort einen installateur"])
entry("wartung", "Wie oft sollte die Heizung gewartet werden?",
      "Wir empfehlen eine Wartung einmal im Jahr, am besten im Frühjahr oder Sommer. Die Wartung einer "
      "Gastherme kostet pauschal 149 €, die einer Ölheizung 189 €, jeweils inklusive Anfahrt in Stuttgart und "
      "ohne Verschleißteile. Von April bis Juli geben wir 10 % Rabatt. Mit einem Wartungsvertrag erinnern wir "
      "Sie jedes Jahr automatisch.",
      "heizung", ["wartung", "inspektion", "wartungsvertrag", "gastherme", "ölheizung", "jährlich"],
      ["was kostet die jährliche wartung", "wann muss die therme gecheckt werden"])
entry("ausfall", "Meine Heizung wird nicht warm. Was kann ich selbst prüfen?",
      "Prüfen Sie zuerst den Wasserdruck am Manometer: Er sollte zwischen 1,0 und 2,0 bar liegen, darunter "
      "muss Wasser nachgefüllt werden. Schauen Sie außerdem, ob die Sicherung drin ist, das Thermostat hoch "
      "genug steht und an der Therme eine Störung blinkt; einen Reset können Sie einmal versuchen. Werden nur "
      "einzelne Heizkörper nicht warm, hilft oft Entlüften. Rufen Sie werktags vor 11 Uhr an, kommen wir meist "
      "noch am selben Tag.",
      "heizung", ["heizung kalt", "störung", "heizkörper", "wasserdruck", "entlüften", "ausgefallen"],
      ["die heizung geht nicht mehr", "die heizkörper werden nicht richtig warm", "kein warmes wasser mehr"])
entry("waermepumpe", "Bauen Sie Wärmepumpen ein?",
      "Ja, wir planen und installieren Luft-Wasser-Wärmepumpen für Ein- und Zweifamilienhäuser. Zuerst kommt "
      "ein Meister zur kostenlosen Beratung vor Ort und prüft Heizkörper, Dämmung und Aufstellort. Für ein "
      "Einfamilienhaus liegen die Kosten meist zwischen 28.000 und 38.000 € vor Förderung; vom Auftrag bis zum "
      "Einbau vergehen etwa 8 bis 12 Wochen.",
      "heizung", ["wärmepumpe", "luftwärmepumpe", "heizungstausch", "neue heizung", "umstieg"],
      ["lohnt sich eine wärmepumpe bei uns", "was kostet eine wärmepumpe"])
entry("foerderung", "Welche Förderung gibt es für eine neue Heizung?",
      "Für eine Wärmepumpe gibt es über die KfW eine Grundförderung von 30 %. Dazu können ein "
      "Klimageschwindigkeitsbonus von 20 % (Austausch einer alten Öl- oder Gasheizung im selbst bewohnten "
      "Haus) und ein Einkommensbonus von 30 % kommen, zusammen höchstens 70 %. Gefördert werden bis zu "
      "30.000 € Kosten für die erste Wohneinheit. Der Antrag muss vor Baubeginn gestellt werden; wir helfen "
      "Ihnen dabei für 150 €.",
      "heizung", ["förderung", "zuschuss", "kfw", "bafa", "antrag"],
      ["was zahlt der staat dazu", "bekomme ich geld für eine wärmepumpe"])
entry("bad", "Machen Sie auch Badsanierungen?",
      "Ja, wir sanieren Bäder komplett aus einer Hand, Fliesenarbeiten übernimmt unser Partnerbetrieb. Ein "
      "kleines Bad bis 6 m² kostet ab etwa 14.000 €, die Bauzeit liegt meist bei 2 bis 3 Wochen. Für ein "
      "barrierefreies Bad mit bodengleicher Dusche kann die Pflegekasse bis zu 4.180 € Zuschuss geben.",
      "sanitär", ["badsanierung", "badezimmer", "bad", "dusche", "barrierefrei", "umbau"],
      ["könnt ihr unser bad neu machen", "was kostet ein neues bad"])
entry("kva", "Erstellen Sie einen Kostenvoranschlag?",
      "Ja. Für größere Arbeiten wie eine neue Heizung oder ein neues Bad kommen wir zur Besichtigung, in "
      "Stuttgart kostenlos, und schicken Ihnen innerhalb von 5 Werktagen ein schriftliches Angebot, das 6 "
      "Wochen gilt. Kleine Reparaturen rechnen wir nach Aufwand ab, dafür lohnt sich ein Angebot meist nicht.",
      "preise", ["kostenvoranschlag", "angebot", "besichtigung", "festpreis", "schriftlich"],
      ["könnt ihr mir ein angebot machen", "kommt vorher jemand schauen, was es kostet"])
entry("termin", "Wie bekomme ich einen Termin?",
      "Rufen Sie uns Montag bis Freitag von 7:30 bis 16:30 Uhr unter 0711 4869 3320 an oder nutzen Sie das "
      "Terminformular auf unserer Webseite. Für Reparaturen und Wartungen haben wir meist innerhalb von 3 bis 5 "
      "Werktagen einen Termin frei; Sie bekommen ein Zeitfenster von 2 Stunden genannt.",
      "service", ["termin", "terminvereinbarung", "wartezeit", "bürozeiten", "zeitfenster"],
      ["wann habt ihr einen termin frei", "wie lange muss ich auf einen monteur warten"])
entry("absage", "Kann ich einen Termin absagen oder verschieben?",
      "Ja, bis 24 Stunden vorher kostenlos, telefonisch unter 0711 4869 3320 oder per E-Mail. Bei späterer "
      "Absage oder wenn unser Monteur niemanden antrifft, berechnen wir die Anfahrtspauschale von 39 € (Umland "
      "49 €).",
      "service", ["absagen", "verschieben", "stornieren", "termin absagen", "umbuchen"],
      ["ich kann morgen doch nicht", "muss den termin leider verlegen"])
entry("zahlung", "Wie kann ich bezahlen?",
      "Nach dem Einsatz bekommen Sie die Rechnung per E-Mail oder Post, zahlbar innerhalb von 14 Tagen per "
      "Überweisung. Vor Ort können Sie auch mit EC-Karte oder Kreditkarte zahlen. Bei Aufträgen über 5.000 € "
      "(zum Beispiel neue Heizung oder Bad) berechnen wir 30 % Abschlag bei Auftragserteilung.",
      "preise", ["bezahlen", "rechnung", "überweisung", "ec-karte", "abschlag"],
      ["kann ich mit karte zahlen", "muss ich sofort bar zahlen"])
entry("garantie", "Welche Garantie habe ich auf Ihre Arbeit?",
      "Auf Reparaturen und eingebaute Ersatzteile haben Sie 2 Jahre Gewährleistung, auf Neuinstallationen wie "
      "Heizung, Wärmepumpe oder Bad 5 Jahre. Tritt in dieser Zeit ein Mangel an unserer Arbeit auf, bessern wir "
      "kostenlos und ohne Anfahrtspauschale nach. Viele Hersteller geben zusätzlich bis zu 10 Jahre Garantie, "
      "wenn die Anlage jährlich gewartet wird.",
      "service", ["garantie", "gewährleistung", "mangel", "nachbesserung", "reklamation"],
      ["das ist schon wieder kaputt", "was ist, wenn die reparatur nicht hält"])
entry("wasser", "Was tun bei einem Rohrbruch oder Wasserschaden?",
      "Drehen Sie sofort den Hauptwasserhahn zu (meist im Keller beim Wasserzähler) und schalten Sie in den "
      "betroffenen Räumen den Strom ab. Rufen Sie dann unseren Notdienst unter 0711 4869 3399 an. Die "
      "Leckortung mit Messgeräten kostet ab 190 €; für Ihre Versicherung bekommen Sie von uns einen "
      "Schadensbericht.",
      "sanitär", ["rohrbruch", "wasserschaden", "leck", "hauptwasserhahn", "leckortung"],
      ["überall ist wasser", "ein rohr ist geplatzt"])
entry("verstopfung", "Beseitigen Sie Verstopfungen?",
      "Ja. Eine Rohrreinigung mit Spirale kostet pauschal 89 € für die ersten 30 Minuten, zuzüglich Anfahrt; "
      "jede weitere angefangene Viertelstunde kostet 18 €. Bei hartnäckigen Verstopfungen setzen wir eine "
      "Kamera ein (120 €). Außerhalb der Geschäftszeiten gelten die Notdienstzuschläge.",
      "sanitär", ["verstopfung", "verstopft", "abfluss", "rohrreinigung", "toilette"],
      ["das klo ist verstopft", "das wasser läuft nicht mehr ab"])

HALF = "only one half with no pointer to the other"

convs = [
    [
        ("grüß gott, wir wohnen in stuttgart-vaihingen. was nehmt ihr für ne stunde und was kommt für die "
         "anfahrt noch drauf?",
         BOTH(E["stunde"], E["anfahrt"]) + " — 72 € net per hour for a fitter (84 € master), billed in 15-minute "
         "steps; call-out flat fee 39 € within Stuttgart (Vaihingen is part of Stuttgart)",
         HALF + "; the 49 € surrounding-area fee; the emergency entry alone"),
        ("und samstags?",
         F(E["notdienst"]) + " — on Saturday a 50 % surcharge on the hourly rate (the hourly-rate entry ("
         + F(E["stunde"]) + ") pointing to the surcharges is also right)",
         "treating it as a new unclear question; 'closed on Saturday'; the appointment entry alone"),
        ("unsere therme hat seit 3 jahren keiner mehr angeschaut, was kostet so ein check bei euch?",
         F(E["wartung"]) + " — yearly maintenance recommended; gas boiler 149 € flat incl. call-out in "
         "Stuttgart, without wear parts; 10 % off from April to July",
         "the heating-failure entry; the heat-pump entry; the warranty entry"),
        ("passt, dann meld ich mich. merci und tschüss",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer (how to get an appointment); a handover"),
    ],
    [
        ("hallo, hab ne frage wegen unserer heizung",
         "Too vague to answer — choices (heating not warm, maintenance, heat pump, emergency service) or a "
         "clarifying question",
         "a handover; one entry given as certain"),
        ("die heizkörper im obergeschoss bleiben seit gestern kalt, unten gehts. am manometer stehen 0,6 bar",
         TYPE + F(E["ausfall"]) + " — the pressure should be 1,0-2,0 bar, so water must be topped up; bleeding "
         "the radiators often helps; call before 11 on a working day for a visit the same day",
         "the maintenance entry alone; the emergency entry alone; the water-damage entry; tapping a choice"),
        ("wie schnell könnt ihr da einen vorbeischicken? und ist das dann gleich vor ort fällig?",
         BOTH(E["termin"], E["zahlung"]) + " — usually an appointment within 3-5 working days (the heating-"
         "failure entry's same day when calling before 11 is also right); invoice payable within 14 days, "
         "or EC/credit card on site",
         HALF + "; the emergency entry alone; 'you must pay cash'"),
        ("schreib ich hier eigentlich mit nem menschen oder mit nem programm?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    [
        ("guten morgen, ich hätte ne frage zu nem umbau",
         "Too vague to answer — choices (bathroom renovation, heat pump, quote, subsidies) or a clarifying "
         "question",
         "a handover; one entry given as certain"),
        ("nein, das ist alles nicht das richtige",
         TYPE + "Typed rejection — apologise and ask what exactly; no handover yet",
         "the same choices again; a handover straight away"),
        ("die alte wanne soll raus, wir wollen ebenerdig reinlaufen können und neue fliesen. wie viele wochen "
         "dauert sowas bei euch, und kommt vorher einer vorbei und sagt, was da ungefähr auf uns zukommt?",
         BOTH(E["bad"], E["kva"]) + " — full bathroom renovation incl. tiles, usually 2-3 weeks; small bathroom "
         "from about 14.000 €; a free viewing in Stuttgart and a written quote within 5 working days (the "
         "Pflegekasse subsidy for a barrier-free shower is a welcome extra)",
         HALF + "; the subsidy entry for heating; the appointment entry alone"),
        ("macht ihr eigentlich auch elektrik? in der küche fliegt dauernd die sicherung raus",
         "Not covered by the FAQ (no electrical work) — say so honestly; may suggest an electrician or offer a "
         "person",
         "the heating-failure entry (Sicherung); the emergency entry as if it covered electrics; inventing "
         "prices"),
    ],
    [
        ("die ölheizung soll raus, wir wollen was, das mit strom und außenluft heizt. reihenhaus von 1978. mit "
         "was müssen wir rechnen und gibts da was vom staat?",
         BOTH(E["waermepumpe"], E["foerderung"]) + " — air-to-water heat pump: free on-site advice, usually "
         "28.000-38.000 € before subsidy, 8-12 weeks; KfW 30 % basic + up to 20 % + 30 % bonuses, at most 70 % "
         "of up to 30.000 €, applied for before work starts (help for 150 €)",
         HALF + "; the maintenance entry (Ölheizung); the quote entry alone"),
        ("das hilft mir nicht weiter. reichen bei uns die alten heizkörper für so ne pumpe, ja oder nein?",
         "Push-back (first time) — apologise; the FAQ cannot say for this house; point to the free on-site "
         "check (" + F(E["waermepumpe"]) + ") or offer a person",
         "repeating the heat-pump answer unchanged; no apology; a plain yes or no"),
        ("mensch, so kommen wir nicht weiter. ich möchte jetzt bitte mit einem mitarbeiter sprechen",
         "Push-back (second time in a row) + Request for a person (direct, annoyed) — apologise, hand over",
         PW),
        ("hallo? ist da jetzt jemand?",
         WAIT + WAITING,
         "a new greeting as if the chat had just started; an FAQ answer"),
    ],
    [
        ("das ist doch nicht zu fassen!! euer monteur hat vor 3 wochen die undichte leitung unterm waschbecken "
         "gemacht und jetzt tropft es schon wieder, alles nass",
         F(E["garantie"]) + " — apologise; 2 years on repairs: the fault is put right free of charge and without "
         "call-out fee",
         "no apology; the water-damage entry alone; the appointment entry alone; the hourly-rate entry"),
        ("wisst ihr zufällig, wo es hier in der nähe gute maultaschen gibt?",
         "Not covered by the FAQ (unrelated: restaurants) — short honest reply",
         "an FAQ answer; inventing a restaurant"),
        ("kann mich bitte jemand zurückrufen? 0157 2284 6631, am besten mittags zwischen 12 und 13 uhr",
         "Request for a person (callback with number) — hand over / pass on the callback request",
         "only the shop's phone number without taking the request; " + PW),
        ("und wann meldet sich da jemand?",
         WAIT + WAITING,
         "the appointment entry (3-5 working days); the office hours; inventing a wait time"),
    ],
    [
        ("ihr wolltet am donnerstag früh zur wartung kommen, aber meine frau liegt im krankenhaus und ich bin die "
         "ganze woche bei ihr",
         F(E["absage"]) + " — free until 24 h before, by phone 0711 4869 3320 or email; later: 39 € call-out "
         "fee; do not claim it is cancelled or moved",
         "'your appointment has been cancelled/moved'; the maintenance entry alone; the appointment entry alone"),
        ("ja",
         "Ambiguous ja — acknowledge or ask what it refers to; never claim a cancellation",
         "confirming a cancellation or a new date"),
        ("bei uns im keller steht seit heut morgen wasser, irgendwo kommts aus der wand",
         F(E["wasser"]) + " — turn off the main water tap at once, switch off power in the rooms, call the "
         "emergency line 0711 4869 3399; leak detection from 190 €, a report for the insurance",
         "the blockage entry; the appointment entry (3-5 days); no urgency"),
        ("mit so ma automat ka i nix afanga. hend ihr koin mensch do, mit dem i schwätza ka?",
         "Request for a person (dialect, Swabian) — hand over",
         PW),
    ],
    [
        ("guten tag! im gäste-wc läuft das wasser im waschbecken nimmer ab, steht alles drin. was kostet das, "
         "wenn ihr das freimacht?",
         F(E["verstopfung"]) + " — pipe cleaning with a spiral 89 € flat for the first 30 minutes plus call-out, "
         "18 € per further quarter hour; camera 120 € if stubborn",
         "the water-damage entry; the hourly-rate entry alone; the bathroom entry"),
        ("und am sonntag?",
         F(E["notdienst"]) + " — the emergency service works on Sunday, with a 100 % surcharge on the hourly "
         "rate",
         "treating it as a new unclear question; 'closed on Sunday' with no word on the emergency service"),
        ("ok. kommt ihr auch raus nach kornwestheim? und kann ich beim monteur mit karte zahlen?",
         BOTH(E["anfahrt"], E["zahlung"]) + " — yes, Kornwestheim is in the "
         "surrounding area within 25 km: call-out 49 €; EC or credit card on site (or invoice within 14 days)",
         HALF + "; 'we only work in Stuttgart'"),
    ],
]

write_faq("de", FAQ)
write_plan("de", convs)
print("de: %d entries, %d conversations, %d turns" % (len(FAQ), len(convs), sum(len(c) for c in convs)))
