"""German FAQ and plan for test set 31: Glaserei Mainblick, glazier and window repair, Frankfurt (made up).
Run from src/: PYTHONPATH=<check folder> python3 de.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("preis", "Was kostet eine neue Fensterscheibe?",
      "Wir rechnen nach Quadratmetern ab, mindestens 1 m² pro Scheibe: Einfachglas ab 45 €/m², "
      "Zweifach-Isolierglas ab 119 €/m², Dreifach-Isolierglas ab 169 €/m². Dazu kommen der Einbau ab 60 € pro "
      "Scheibe und die Anfahrt. Die Entsorgung des alten Glases ist inklusive.",
      "preise", ["fensterscheibe", "quadratmeter", "isolierglas", "dreifachglas", "glaspreis"],
      ["was kostet ein neues fenster glas", "preis pro quadratmeter für doppelverglasung"])
entry("notfall", "Kommen Sie auch nachts, wenn eine Scheibe kaputt ist?",
      "Ja, unser Notdienst ist rund um die Uhr unter 069 4827 3160 erreichbar und in Frankfurt meist innerhalb "
      "von 90 Minuten da. Wir sichern die Öffnung mit einer Notverglasung aus Holz oder Kunststoff, die neue "
      "Scheibe setzen wir später ein. Nachts (20 bis 7 Uhr), am Wochenende und an Feiertagen kostet der "
      "Notdiensteinsatz pauschal 149 €.",
      "notdienst", ["notdienst", "notverglasung", "nachts", "scheibe kaputt", "einbruch"],
      ["die scheibe ist eingeschlagen, kann heute noch wer kommen", "glasbruch am wochenende"])
entry("anfahrt", "Was kostet die Anfahrt?",
      "Innerhalb von Frankfurt berechnen wir 39 € Anfahrt. Im Umkreis bis 25 km (zum Beispiel Offenbach, Bad "
      "Vilbel, Eschborn, Oberursel) sind es 59 €. Wenn Sie Glas selbst in der Werkstatt abholen, fällt keine "
      "Anfahrt an.",
      "preise", ["anfahrt", "fahrtkosten", "umkreis", "einzugsgebiet"],
      ["kommt ihr auch nach offenbach", "was kostet es wenn ihr rausfahrt"])
entry("aufmass", "Muss vor der Bestellung jemand zum Ausmessen kommen?",
      "Bei Isolierglas, Duschen und allen Scheiben im Rahmen ja, denn das Glas wird genau nach Maß gefertigt. "
      "Der Aufmaßtermin kostet 49 € und wird bei Auftrag voll angerechnet. Das Angebot bekommen Sie innerhalb "
      "von 3 Werktagen per E-Mail.",
      "termine", ["aufmaß", "ausmessen", "vermessen", "angebot", "kostenvoranschlag"],
      ["könnt ihr vorbeikommen und messen", "wie bekomme ich ein angebot"])
entry("wartezeit", "Wie lange dauert es, bis die neue Scheibe eingebaut ist?",
      "Einfachglas und Spiegel schneiden wir oft noch am selben Tag zu. Isolierglas wird nach dem Aufmaß im "
      "Werk gefertigt und ist nach 8 bis 12 Werktagen da, Sicherheitsglas und Duschwände nach 3 bis 4 Wochen. "
      "Bis dahin sichern wir die Öffnung auf Wunsch mit einer Notverglasung.",
      "termine", ["wartezeit", "lieferzeit", "dauer", "wie lange", "einbautermin"],
      ["wann ist die neue scheibe drin", "wie lange muss ich warten"])
entry("versicherung", "Zahlt meine Versicherung die kaputte Scheibe?",
      "Glasbruch zahlt meist die Glasversicherung, je nach Vertrag auch die Hausrat- oder "
      "Wohngebäudeversicherung. Melden Sie den Schaden bitte innerhalb von 7 Tagen Ihrer Versicherung. Wir "
      "schicken Ihnen Rechnung und Fotos für die Versicherung; mit einer Abtretungserklärung rechnen wir direkt "
      "mit ihr ab, Sie zahlen dann nur die Selbstbeteiligung.",
      "preise", ["versicherung", "glasversicherung", "hausrat", "schaden", "selbstbeteiligung"],
      ["übernimmt das die versicherung", "glasbruch versichert was muss ich tun"])
entry("zuschnitt", "Schneiden Sie Spiegel und Glas nach Maß zu?",
      "Ja. Spiegel kosten ab 79 €/m², Glasplatten für Tische, Regale oder Bilderrahmen ab 59 €/m²; geschliffene "
      "und polierte Kanten 8 € pro laufendem Meter. Stücke bis 1 m² sind meist in 2 Werktagen fertig, Sie "
      "können sie in der Werkstatt abholen oder wir liefern.",
      "glas nach maß", ["spiegel", "zuschnitt", "glasplatte", "nach maß", "tischplatte"],
      ["ich brauche einen spiegel fürs bad", "glas für einen bilderrahmen zuschneiden"])
entry("dusche", "Bauen Sie Duschkabinen aus Glas ein?",
      "Ja, wir fertigen Duschwände und Duschkabinen nach Maß aus 8 mm Sicherheitsglas, auch für Dachschrägen "
      "und Badewannen. Eine Duschwand mit Einbau gibt es ab 890 €, eine Eckdusche mit Tür ab 1.490 €. Vorher "
      "kommt jemand zum Aufmaß, die Lieferzeit beträgt 3 bis 4 Wochen.",
      "glas nach maß", ["dusche", "duschkabine", "duschwand", "badewanne", "glasdusche"],
      ["was kostet eine glasdusche", "duschabtrennung aus glas nach maß"])
entry("beschlagen", "Meine Isolierglasscheibe ist zwischen den Gläsern beschlagen. Was tun?",
      "Dann ist der Randverbund undicht und Feuchtigkeit ist zwischen die Scheiben gekommen. Das lässt sich "
      "nicht reinigen, die Isolierglaseinheit muss ersetzt werden; meist kann der Rahmen bleiben. Der Preis "
      "richtet sich nach den Quadratmetern, Zweifachglas ab 119 €/m².",
      "reparatur", ["beschlagen", "kondenswasser", "undicht", "blind", "isolierglas"],
      ["zwischen den scheiben ist feuchtigkeit", "das fenster ist innen trüb"])
entry("garantie", "Welche Garantie geben Sie auf Ihre Arbeit?",
      "Auf Einbau und Montage geben wir 2 Jahre Gewährleistung. Auf den Randverbund neuer Isolierglasscheiben "
      "gibt der Hersteller 5 Jahre Garantie: Wird die Scheibe in dieser Zeit innen trüb, tauschen wir sie "
      "kostenlos aus. Reklamationen bitte mit Rechnungsnummer und Foto an info@glaserei-mainblick.example.",
      "reparatur", ["garantie", "gewährleistung", "reklamation", "mangel"],
      ["ist da garantie drauf", "ich will etwas reklamieren"])
entry("gewerbe", "Machen Sie auch Schaufenster und Glastüren für Geschäfte?",
      "Ja, wir verglasen Schaufenster, Ladentüren und Trennwände mit Sicherheitsglas. Nach einem Schaden sichern "
      "wir rund um die Uhr mit einer Notverglasung; die neue Scheibe bekommen Sie nach Aufmaß innerhalb von "
      "10 bis 15 Werktagen. Firmen zahlen auf Rechnung innerhalb von 30 Tagen.",
      "gewerbe", ["schaufenster", "ladenlokal", "glastür", "gewerbe", "firma"],
      ["unser schaufenster ist kaputt", "verglasung für unser ladengeschäft"])
entry("sicherheit", "Wann braucht man Sicherheitsglas?",
      "Sicherheitsglas (ESG oder VSG) ist vorgeschrieben oder dringend zu empfehlen bei Glastüren, Duschen, "
      "bodentiefen Fenstern und Brüstungen, und wo Kinder spielen. ESG zerfällt beim Bruch in kleine stumpfe "
      "Krümel, VSG hält durch eine Folie zusammen. Es kostet etwa 30 bis 50 €/m² mehr als normales Glas.",
      "glas nach maß", ["sicherheitsglas", "esg", "vsg", "verletzungsgefahr", "bruchsicher"],
      ["welches glas ist sicher bei kindern", "was ist esg"])
entry("zahlung", "Wie kann ich bezahlen?",
      "Sie können beim Monteur mit EC-Karte, Kreditkarte oder bar zahlen, oder per Überweisung innerhalb von "
      "10 Tagen nach Rechnung. Bei Aufträgen über 1.500 € bitten wir um 30 % Anzahlung bei Bestellung.",
      "preise", ["bezahlen", "zahlung", "kreditkarte", "ec-karte", "überweisung", "anzahlung"],
      ["nehmt ihr kreditkarten", "kann ich bar zahlen"])
entry("absage", "Kann ich einen Termin absagen oder verschieben?",
      "Ja, bis 48 Stunden vorher kostenlos, telefonisch unter 069 4827 3160 oder per E-Mail an "
      "termine@glaserei-mainblick.example. Sagen Sie später ab oder ist niemand da, berechnen wir die Anfahrt "
      "(39 € in Frankfurt). Bereits nach Maß gefertigtes Glas müssen wir in Rechnung stellen.",
      "termine", ["termin absagen", "verschieben", "stornieren", "absage"],
      ["ich kann am termin nicht", "den termin verlegen"])
entry("zeiten", "Wann sind Sie erreichbar und wann hat die Werkstatt offen?",
      "Büro und Werkstatt in der Scherbengasse 7 sind Montag bis Freitag von 7:30 bis 17 Uhr und Samstag von 9 "
      "bis 12 Uhr geöffnet, Telefon 069 4827 3160. Außerhalb dieser Zeiten erreichen Sie unter derselben "
      "Nummer den Notdienst.",
      "termine", ["öffnungszeiten", "erreichbar", "werkstatt", "telefon", "abholen"],
      ["wann habt ihr auf", "kann ich am samstag vorbeikommen"])

write_faq("de", FAQ)

HALF = "only one half with no pointer to the other"

convs = [
    # 1
    [
        ("ei gude, bei uns is heut nacht die balkontür zu bruch gegangen, doppelt verglast, so 90 auf 200. was "
         "kostet sowas und zahlt das die hausrat?",
         BOTH(E["preis"], E["versicherung"]) + " — charged per m²: double insulating glass from 119 €/m² (this "
         "pane is about 1.8 m²), plus fitting from 60 € and the call-out; glass breakage is usually paid by the "
         "glass insurance or, depending on the policy, the household/building insurance; report within 7 days; "
         "invoice and photos for the insurer, direct billing with an assignment, then only the excess",
         HALF + "; a firm promise that the insurance pays; a fixed total price as certain"),
        ("und wie lang dauert des bis die neue drin is?",
         F(E["wartezeit"]) + " — insulating glass is made after measuring: 8 to 12 working days (safety glass 3 "
         "to 4 weeks); temporary glazing in the meantime",
         "treating it as new unclear; 'same day'; a promised date"),
        ("ok. und bis dahin bleibt das loch einfach offen?",
         F(E["notfall"]) + " — no: the opening can be secured with temporary glazing (wood or plastic), "
         "around the clock on 069 4827 3160, in Frankfurt usually within 90 minutes; 149 € flat at night, "
         "weekends, holidays",
         "saying nothing can be done; the prices per m² again only"),
        ("alles klar, dann mach mer des so. merci und schönen tag noch",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover; claiming an appointment is booked"),
    ],
    # 2
    [
        ("hallo, hätt mal ne frage wegen glas",
         "Too vague to answer — choices (new pane, emergency, mirrors/glass cut to size, showers...) or a "
         "clarifying question",
         "a handover; one entry given as certain"),
        ("ich brauch für meinen alten schreibtisch so ne platte oben drauf, 120 auf 60",
         TYPE + F(E["zuschnitt"]) + " — glass plates cut to size from 59 €/m² (0.72 m² here), polished edges "
         "8 € per running metre; pieces up to 1 m² usually ready in 2 working days, pick up or delivery",
         "the window-pane prices; tapping a choice; asking to rephrase"),
        ("kann ich die am samstag selber bei euch holen? und geht da auch kreditkarte?",
         BOTH(E["zeiten"], E["zahlung"]) + " — the workshop (Scherbengasse 7) is open Saturday 9 to 12 (Mon-Fri "
         "7:30-17); EC card, credit card or cash, or transfer within 10 days",
         HALF + "; saying credit cards are not taken; invented Saturday hours"),
        ("sag mal, bist du n computer oder sitzt da echt wer?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("guten tag, es geht um unseren laden in bornheim",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("nein, passt alles nicht",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("heut nacht hat einer nen pflasterstein durch unsere große front geworfen, die muss komplett neu, "
         "rechnung bitte an die gmbh",
         F(E["gewerbe"]) + " — shop windows in safety glass; secured around the clock with temporary glazing; "
         "the new pane 10 to 15 working days after measuring; businesses pay on invoice within 30 days (the "
         "insurance entry may be mentioned)",
         "the private window-pane prices alone; asking to rephrase again; the mirror entry"),
        ("putzt ihr eigentlich auch fenster? die ganzen scheiben oben im büro sind total verdreckt",
         "Not covered (window cleaning) — say so plainly; may offer a person",
         "inventing a cleaning service or price; the glass-replacement entries as if they covered it"),
    ],
    # 4
    [
        ("hallo, wir hätten gern statt dem plastikvorhang ne feste glaswand an der wanne. müsst ihr da erst "
         "vorbei und was ist da so der preis?",
         BOTH(E["dusche"], E["aufmass"]) + " — bath screens and showers made to measure in 8 mm safety glass, a "
         "screen with fitting from 890 €, delivery 3 to 4 weeks; measuring appointment 49 €, credited when they "
         "order, quote within 3 working days",
         HALF + "; a fixed total without measuring; the window-pane prices"),
        ("das hab ich nicht gefragt. ich will wissen ob ihr am sonntag zum einbauen kommen könnt, unter der "
         "woche bin ich auf montage",
         "Push-back: apologise; the FAQ has no Sunday fitting appointments (office Mon-Fri and Saturday "
         "morning, Sunday only the emergency service) — say so, offer a person",
         "a promised Sunday appointment; the same full answer again without acknowledging"),
        ("boah, mir reichts. ich will jetzt sofort mit nem menschen von euch reden",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("hallo?? is da jetzt wer",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("ich bin echt sauer!! die scheibe die ihr uns letztes jahr im märz eingesetzt habt ist schon wieder "
         "von innen milchig zwischen den gläsern. das kann doch nicht sein",
         F(E["garantie"]) + " — apologise; the seal of new insulating units has a 5-year manufacturer's "
         "guarantee, so a pane gone cloudy within it is replaced free; send the invoice number and a photo to "
         "info@glaserei-mainblick.example",
         "no apology; a price for a new pane; saying it can be cleaned"),
        ("ganz andere frage, wissen sie bis wann der weihnachtsmarkt am römer dieses jahr geht?",
         "Not covered (the Christmas market's dates) — say so kindly, back to the company's topics",
         "a date given as fact; an FAQ answer; a handover"),
        ("rufen sie mich bitte zurück, 0152 5550 3817",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again"),
        ("und wann meldet sich da jemand?",
         WAIT + WAITING,
         "the office hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("am freitag früh wollte ihr mitarbeiter zum ausmessen kommen. das hat sich erledigt, mein schwager "
         "macht das jetzt",
         F(E["absage"]) + " — free until 48 hours before: call 069 4827 3160 or e-mail "
         "termine@glaserei-mainblick.example; later the call-out (39 €) is charged; do not claim it is cancelled",
         "claiming the appointment is cancelled; the measuring entry alone"),
        ("ja gut",
         "Ambiguous yes — ask what they mean or restate the step (call or e-mail); nothing claimed as done",
         "claiming the appointment is cancelled; a random FAQ answer"),
        ("falls das mit meinem schwager nix wird, was nehmt ihr denn für dreifachglas pro m²?",
         F(E["preis"]) + " — triple insulating glass from 169 €/m², minimum 1 m² per pane, fitting from 60 € and "
         "call-out extra, old glass disposed of free",
         "the cancellation rules again; the double-glazing price only"),
        ("ei jetzt langts. ich will mit em mensch babbele, net mit so em dumme ding do",
         "Request: person in Hessian dialect — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard German"),
    ],
    # 7
    [
        ("hallo, unsere alte scheibe im wohnzimmer ist von innen ganz trüb, zwischen den zwei gläsern. kann man "
         "das sauber machen?",
         F(E["beschlagen"]) + " — no: the edge seal leaks, moisture got between the panes; it can't be cleaned, "
         "the unit is replaced, usually the frame stays; double glazing from 119 €/m²",
         "promising a cleaning; the guarantee entry as if it applied to an old pane"),
        ("kommt ihr auch nach offenbach raus?",
         F(E["anfahrt"]) + " — yes, Offenbach is within 25 km: 59 € call-out (39 € inside Frankfurt)",
         "treating it as new unclear; saying Offenbach is not served"),
        ("danke. muss die neue dann sicherheitsglas sein, wir haben zwei kleine kinder? und wie erreich ich euch "
         "telefonisch?",
         BOTH(E["sicherheit"], E["zeiten"]) + " — safety glass (ESG or VSG) is strongly recommended where "
         "children play, about 30 to 50 €/m² more; phone 069 4827 3160, Mon-Fri 7:30-17, Sat 9-12",
         HALF + "; saying safety glass is never needed"),
    ],
]

write_plan("de", convs)
