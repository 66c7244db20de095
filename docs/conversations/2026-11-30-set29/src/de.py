"""German FAQ and plan for test set 29: Papierkante Copyshop und Druckerei, Graz (made up).
Run from src/: PYTHONPATH=<check folder> python3 de.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("preis", "Was kostet eine Kopie oder ein Ausdruck pro Seite?",
      "Schwarz-Weiß in A4 kostet 0,10 € pro Seite, ab 100 Seiten 0,07 €. Farbe in A4 kostet 0,45 € pro Seite, "
      "ab 100 Seiten 0,35 €. A3 kostet jeweils das Doppelte. Studierende bekommen mit gültigem Ausweis 10 % "
      "Rabatt.",
      "preise", ["preis pro seite", "schwarz-weiß", "farbdruck", "kopie", "ausdruck"],
      ["was kostet eine farbige seite", "wie teuer sind kopien bei euch"])
entry("arbeit", "Wie lasse ich meine Abschlussarbeit drucken und binden?",
      "Laden Sie Ihre Arbeit als PDF auf unserer Webseite hoch, schicken Sie sie an auftrag@papierkante.example "
      "oder bringen Sie sie auf einem USB-Stick vorbei. Sagen Sie uns die Anzahl der Exemplare, die Bindung und "
      "welche Seiten in Farbe sind. Normalerweise ist die Arbeit nach 2 Werktagen fertig; eine Vorschau der "
      "Prägung schicken wir Ihnen vorher per E-Mail.",
      "abschlussarbeiten", ["abschlussarbeit", "diplomarbeit", "masterarbeit", "bachelorarbeit", "dissertation",
                            "binden"],
      ["ich muss meine masterarbeit binden lassen", "wie läuft das mit der diplomarbeit"])
entry("bindung", "Welche Bindungen gibt es und was kosten sie?",
      "Spiralbindung kostet 3,50 €, Softcover-Klebebindung 6 € und Hardcover 29 € pro Exemplar, ab 3 Stück 25 €. "
      "Hardcover gibt es in 6 Farben, die Prägung von Titel, Name und Jahr auf dem Deckel ist inklusive, eine "
      "Prägung am Buchrücken kostet 4 € extra. Hardcover geht bis 400 Blatt.",
      "abschlussarbeiten", ["bindung", "hardcover", "softcover", "spiralbindung", "prägung"],
      ["was kostet ein hardcover", "welche farben hat der einband"])
entry("poster", "Kann ich Poster und Plakate drucken lassen?",
      "Ja, von A2 bis A0 auf 170-g-Posterpapier oder wetterfestem Papier. A1 kostet 14 €, A0 22 €, matt oder "
      "glänzend ohne Aufpreis. Wissenschaftliche Poster für Kongresse drucken wir auch auf Stoff (A0 um 39 €), "
      "den man falten und im Koffer mitnehmen kann.",
      "drucksachen", ["poster", "plakat", "a0", "a1", "großformat", "stoffposter"],
      ["druckt ihr auch große plakate", "was kostet ein a0 poster"])
entry("visitenkarten", "Was kosten Visitenkarten?",
      "250 Visitenkarten auf 350-g-Karton, beidseitig in Farbe, kosten 39 €, 500 Stück 55 €. Sie schicken uns "
      "eine fertige Druckdatei, oder wir gestalten die Karten für 35 € nach Ihren Angaben, 2 Korrekturrunden "
      "inklusive. Die Lieferzeit ist 4 Werktage.",
      "drucksachen", ["visitenkarten", "geschäftskarten", "karten", "gestaltung"],
      ["macht ihr visitenkarten", "wie teuer sind 500 visitenkarten"])
entry("flyer", "Was kosten Flyer?",
      "500 Flyer (bei uns auch Folder genannt) in A5, beidseitig in Farbe auf 135-g-Papier, kosten 49 €, "
      "1.000 Stück 69 €; A6 ist etwas günstiger. Bis 100 Stück drucken wir digital gleich im Geschäft, größere "
      "Auflagen dauern 5 Werktage.",
      "drucksachen", ["flyer", "folder", "auflage", "werbung", "handzettel"],
      ["was kosten 1000 folder", "druckt ihr flyer für eine veranstaltung"])
entry("datei", "Welche Dateiformate nehmen Sie?",
      "Am besten ist ein PDF mit eingebetteten Schriften, für Drucksachen mit 3 mm Beschnitt rundum und 300 dpi. "
      "Word-, PowerPoint- und JPG-Dateien drucken wir auch, aber die Formatierung kann sich verschieben; das "
      "Umwandeln in ein PDF kostet 2 € pro Datei. Dateien bis 25 MB per E-Mail, größere über den Upload auf "
      "unserer Webseite.",
      "aufträge", ["dateiformat", "pdf", "word", "datei", "beschnitt", "upload"],
      ["kann ich ein word dokument schicken", "in welchem format soll die datei sein"])
entry("express", "Gibt es einen Expressdienst?",
      "Ja. Abschlussarbeiten und Kopieraufträge, die bis 11 Uhr bei uns sind, bekommen Sie mit Express am selben "
      "Tag ab 16 Uhr, für 15 € Aufpreis pro Auftrag. Visitenkarten und Flyer gibt es express in 2 Werktagen "
      "(plus 30 %). Samstags gibt es keinen Express.",
      "aufträge", ["express", "eilig", "schnell", "heute noch", "gleicher tag"],
      ["geht das noch heute", "ich brauche es dringend"])
entry("papier", "Welche Papiersorten haben Sie?",
      "Standard ist weißes 80-g-Recyclingpapier. Ohne Aufpreis gibt es auch 80 g und 100 g hochweiß. Für 0,05 € "
      "Aufpreis pro Blatt: 120 g, 160 g, farbiges Papier und Fotopapier. Wenn Sie unsicher sind, zeigen wir "
      "Ihnen im Geschäft Muster.",
      "drucksachen", ["papier", "papiersorte", "grammatur", "recycling", "fotopapier"],
      ["habt ihr dickeres papier", "welches papier nehmt ihr"])
entry("scan", "Kann ich bei Ihnen scannen?",
      "Ja, A4 und A3 scannen wir für 0,30 € pro Seite, ab 50 Seiten 0,20 €; Pläne bis A0 für 4 € pro Blatt. Sie "
      "bekommen ein PDF per E-Mail oder auf Ihren USB-Stick. Am Selbstbedienungsscanner ist Scannen auf den "
      "eigenen Stick kostenlos.",
      "aufträge", ["scannen", "scan", "digitalisieren", "pdf erstellen"],
      ["könnt ihr dokumente einscannen", "was kostet scannen"])
entry("plot", "Plotten Sie auch Pläne?",
      "Ja, wir plotten Baupläne und technische Zeichnungen bis 91 cm Breite. Schwarz-Weiß kostet 3 € pro "
      "Laufmeter, Farbe 6 €; auf A4 gefaltet zum Abheften 0,50 € pro Plan zusätzlich. Bis 20 Pläne sind meist in "
      "2 Stunden fertig.",
      "drucksachen", ["plan", "plotten", "bauplan", "planplot", "architektur"],
      ["druckt ihr baupläne", "was kostet ein plot"])
entry("zeiten", "Wann haben Sie geöffnet und wann kann ich abholen?",
      "Wir haben Montag bis Freitag von 8 bis 18 Uhr und Samstag von 9 bis 12 Uhr geöffnet. In dieser Zeit "
      "können Sie fertige Aufträge abholen; wir schicken Ihnen eine SMS oder E-Mail, sobald alles fertig ist. "
      "Wir heben Aufträge 14 Tage auf, dann melden wir uns bei Ihnen.",
      "service", ["öffnungszeiten", "geöffnet", "abholen", "abholung", "samstag"],
      ["wann habt ihr offen", "bis wann kann ich meine sachen holen"])
entry("lieferung", "Liefern Sie auch?",
      "Ja. In Graz liefern wir mit dem Fahrradboten am nächsten Werktag für 9 €, ab 150 € Bestellwert gratis. "
      "In ganz Österreich versenden wir mit der Post für 6,90 € (2-3 Werktage), nach Deutschland für 14,90 €.",
      "service", ["lieferung", "versand", "zustellung", "bote", "post"],
      ["könnt ihr mir das schicken", "bringt ihr das vorbei"])
entry("zahlung", "Wie kann ich bezahlen?",
      "Im Geschäft bar, mit Bankomatkarte, Kreditkarte oder mit dem Handy. Online-Aufträge mit Kreditkarte, "
      "PayPal oder eps-Überweisung. Firmen, Institute und Vereine können auf Rechnung zahlen (14 Tage). Bei "
      "Aufträgen über 300 € verlangen wir 50 % Anzahlung.",
      "service", ["bezahlen", "zahlung", "bankomat", "rechnung", "kreditkarte", "paypal"],
      ["kann ich mit karte zahlen", "geht auch auf rechnung"])
entry("storno", "Kann ich einen Auftrag stornieren?",
      "Solange wir noch nicht mit dem Druck begonnen haben, ist das kostenlos: rufen Sie uns unter 0316 472 915 "
      "an oder schreiben Sie eine E-Mail mit der Auftragsnummer. Hat der Druck schon begonnen, verrechnen wir "
      "die bereits gemachten Teile; bei Hardcover-Bindungen sind das mindestens 15 € pro Exemplar.",
      "service", ["stornieren", "storno", "abbestellen", "auftrag zurückziehen", "absagen"],
      ["ich brauche den auftrag doch nicht", "kann ich die bestellung zurückziehen"])

write_faq("de", FAQ)

HALF = "only one half with no pointer to the other"

convs = [
    # 1
    [
        ("hallo, ich muss meine masterarbeit abgeben, 3 stück hardcover. was kostet das ca und wie lang braucht ihr",
         BOTH(E["bindung"], E["arbeit"]) + " — hardcover 29 € per copy, from 3 copies 25 € (so 75 € for the "
         "binding, printing per page on top); ready normally after 2 working days",
         HALF + "; 29 € × 3 without the 3-copy price; an invented total including printing"),
        ("gehts auch flotter? abgabe ist am freitag",
         F(E["express"]) + " — express: in by 11 am, ready the same day from 4 pm, 15 € extra per order; no "
         "express on Saturdays",
         "treating it as new unclear; the 2 working days again; a promise for Friday"),
        ("passt. kann ich das pdf einfach per mail schicken, hat so 40 mb",
         F(E["datei"]) + " — e-mail only up to 25 MB; 40 MB goes through the upload on the website (or a USB "
         "stick)",
         "'yes, just e-mail it'; the file-format rules alone with no word on the size"),
        ("super, danke! baba",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover"),
    ],
    # 2
    [
        ("hallo, ich bräuchte was für meine firma",
         "Too vague to answer — choices (business cards, flyers, posters, payment on invoice) or a clarifying "
         "question",
         "a handover; one entry given as certain"),
        ("kärtchen mit unserem logo und der telefonnummer drauf, so 500 stück, beidseitig",
         TYPE + F(E["visitenkarten"]) + " — 500 double-sided colour cards 55 € (250 for 39 €); own print file or "
         "design for 35 €; 4 working days",
         "the flyer entry; the price for 250 given as for 500; tapping a choice"),
        ("und für eine messe brauchen wir 1000 folder in a5. können wir das auf rechnung zahlen?",
         BOTH(E["flyer"], E["zahlung"]) + " — 1,000 A5 flyers 69 €, 5 working days; companies can pay on invoice "
         "(14 days)",
         HALF + "; saying only cash or card"),
        ("bin ich da eigentlich mit einem menschen verbunden?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("grüß gott, ich hätte eine frage zu meinen unterlagen",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("nein, nix davon",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("ich hab einen haufen alte zeugnisse und rechnungen auf papier und will die alle am computer haben",
         F(E["scan"]) + " — scanning A4/A3 0.30 € per page, from 50 pages 0.20 €; PDF by e-mail or on a USB "
         "stick; free at the self-service scanner onto one's own stick",
         "the printing prices; the file-format entry; asking to rephrase again"),
        ("und könnt ihr mir auch die alten familienfotos restaurieren? die sind ganz verblasst",
         "Not covered (photo restoration) — say so plainly; may offer a person or what the shop does (scanning, "
         "photo paper)",
         "inventing a restoration service or price; the scan entry as if it restored photos"),
    ],
    # 4
    [
        ("wir sind ein ingenieurbüro in gleisdorf. druckt ihr uns zeichnungen in 90 cm breite, und bringt ihr "
         "die auch zu uns raus?",
         BOTH(E["plot"], E["lieferung"]) + " — plotting up to 91 cm wide, 3 € per running metre b/w, 6 € colour, "
         "up to 20 plans in about 2 hours; Gleisdorf is outside Graz, so by post 6.90 € (2-3 working days); the "
         "bike courier is only in Graz",
         HALF + "; the bike courier promised for Gleisdorf"),
        ("ich hab gefragt ob wer mit dem auto heute noch nach gleisdorf rausfährt, das ist dringend für eine "
         "baustelle",
         "Push-back: apologise; the FAQ has no same-day car delivery outside Graz — restate what exists (post, "
         "bike courier in Graz, pick-up), offer a person",
         "a promised same-day delivery; the same full answer again without acknowledging"),
        ("jetzt reichts mir aber. verbinden sie mich sofort mit einem mitarbeiter",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("hallo? meldet sich da noch wer",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("das ist ja wohl eine frechheit!! ich ruf am dienstag an dass ich die 4 hardcover doch nicht brauch und "
         "ihr wollt trotzdem 60 euro von mir??",
         F(E["storno"]) + " — apologise; free only before printing starts; once started, what was already made "
         "is charged, for hardcover bindings at least 15 € per copy (4 × 15 = 60 €)",
         "no apology; saying it is always free; the binding price list alone"),
        ("wissen sie zufällig ob die straßenbahnlinie 7 heute wieder fährt?",
         "Not covered (public transport) — say so kindly, back to the shop's topics",
         "a timetable answer; an FAQ answer (delivery); a handover"),
        ("bitte ruft mich zurück, 0664 555 3172",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again"),
        ("und wann ungefähr?",
         WAIT + WAITING,
         "the opening hours or a production time; an invented wait time"),
    ],
    # 6
    [
        ("ich hab gestern 200 flyer für unser pfarrfest bestellt, aber das fest fällt ins wasser, der pfarrer is "
         "krank. die brauch ma jetzt nimmer",
         F(E["storno"]) + " — free as long as printing has not started: call 0316 472 915 or e-mail with the "
         "order number; do not claim it is cancelled",
         "claiming it is cancelled; a fee as certain; the flyer prices"),
        ("jo",
         "Ambiguous yes — ask what they mean or restate the step (call or e-mail with the order number); nothing "
         "claimed as done",
         "claiming the order is cancelled; a random FAQ answer"),
        ("und was für papier hättet ihr für einladungen, soll bissl edler ausschauen",
         F(E["papier"]) + " — 120 g, 160 g, coloured paper, photo paper for 0.05 € extra per sheet; samples in the "
         "shop",
         "the flyer or business-card entry alone"),
        ("heast, i mog jetzt mit an echtn menschn redn, ned mit so an kastl",
         "Request: person in Styrian/Austrian dialect — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard German"),
    ],
    # 7
    [
        ("hallo, habt ihr am samstag offen? ich würd gern meine pläne abholen",
         F(E["zeiten"]) + " — Saturday 9 to 12; pick-up during opening hours",
         "weekday hours only; the plotting entry"),
        ("und bis wann muss ich die holen",
         F(E["zeiten"]) + " — jobs are kept 14 days, then the shop gets in touch",
         "treating it as new unclear; the opening hours alone"),
        ("danke. was kostet bei euch ein farbiger a3 ausdruck? und habt ihr poster die man falten kann, für "
         "einen kongress",
         BOTH(E["preis"], E["poster"]) + " — A3 colour = double A4: 0.90 € (0.70 € from 100 pages); fabric "
         "posters A0 about 39 €, foldable for the suitcase",
         HALF + "; the A4 price for A3"),
    ],
]

write_plan("de", convs)
