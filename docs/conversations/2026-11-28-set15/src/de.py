"""German: Brennholz Kächele, firewood dealer in Münsingen (Schwäbische Alb). Customers type Swabian."""
from common import Faq, write_faq, write_plan, CHOICES, REJECT, AFTER, WAIT

PRICE = "Was kostet ein Ster Brennholz?"
DELIV = "Was kostet die Lieferung?"
STACK = "Könnt ihr das Holz auch aufsetzen?"
PICKUP = "Kann ich das Holz selbst abholen?"
PAY = "Wie kann ich bezahlen?"
CANCEL = "Wie kann ich meine Bestellung stornieren?"
SHORT = "Ich habe weniger Holz bekommen als bestellt. Was nun?"
KINDLING = "Habt ihr Anzündholz?"
STORE = "Wie lagere ich Brennholz richtig?"

FAQ = [
    (PRICE, "Buche, gespalten, 33 cm Scheitlänge, kammergetrocknet: 135 € pro Ster (1 Raummeter geschichtet). Buche-Eiche gemischt: 120 € pro Ster, Fichte: 85 € pro Ster. Für 25 cm oder 50 cm Scheitlänge kommen 5 € pro Ster dazu. Alle Preise inkl. MwSt., Lieferung und Aufsetzen extra.",
     "Preise", ["Preis", "Ster", "Raummeter", "Buche", "kosten"], ["was kostet buchenholz", "preis pro raummeter", "wie teuer ist ein ster fichte"]),
    (DELIV, "Im Umkreis von 15 km um Münsingen liefern wir ab 3 Ster kostenlos. Bei kleineren Mengen oder bei 15 bis 40 km Entfernung berechnen wir eine Anfahrtspauschale von 35 €. Weiter als 40 km fahren wir nicht.",
     "Lieferung", ["Lieferkosten", "Anfahrt", "Lieferpauschale", "Umkreis", "Entfernung"], ["liefert ihr kostenlos", "was kostet die anfahrt", "wie weit liefert ihr"]),
    ("Gibt es eine Mindestmenge?", "Geliefert wird ab 2 Ster. Kleinere Mengen gibt es nur zum Abholen am Hof: Sack mit 25 Litern Buche für 6,50 € oder ab 1/2 Ster lose auf den Anhänger.",
     "Lieferung", ["Mindestmenge", "Mindestbestellung", "kleine Menge", "Sack"], ["kann ich auch nur einen halben ster bestellen", "ab wie viel ster liefert ihr", "verkauft ihr holz in säcken"]),
    ("Wann liefert ihr?", "Wir liefern Montag bis Freitag von 7 bis 17 Uhr und samstags von 8 bis 12 Uhr. Den Termin machen wir telefonisch aus. Von Oktober bis Januar dauert es ab Bestellung etwa 1 bis 2 Wochen, sonst 3 bis 5 Werktage. Der Fahrer ruft 30 Minuten vor Ankunft an.",
     "Lieferung", ["Liefertermin", "Lieferzeit", "Wartezeit", "Liefertag"], ["wie lange dauert die lieferung", "liefert ihr auch samstags", "wann kommt mein holz"]),
    (STACK, "Ja, gegen 25 € pro Ster schichten unsere Fahrer das Holz ordentlich an Ihrem Wunschplatz auf, wenn er mit der Schubkarre erreichbar ist: höchstens 30 m vom Lkw, ohne Treppen und Stufen. Ohne Aufsetzen wird das Holz lose in der Einfahrt oder am Straßenrand abgekippt.",
     "Lieferung", ["aufsetzen", "stapeln", "abkippen", "Schubkarre"], ["stapelt ihr das holz auch", "wird das holz nur abgekippt", "holz aufsetzen lassen preis"]),
    ("Wie trocken ist euer Holz?", "Unser Holz ist kammergetrocknet und hat weniger als 20 % Restfeuchte, ist also sofort ofenfertig. Auf Wunsch misst der Fahrer bei der Lieferung mit dem Feuchtemessgerät vor Ihren Augen nach.",
     "Holz", ["trocken", "Restfeuchte", "Feuchtigkeit", "ofenfertig", "kammergetrocknet"], ["ist das holz trocken genug", "kann ich das holz gleich verbrennen", "wie viel prozent feuchte"]),
    (PICKUP, "Ja, am Hof in der Lautertalstraße 12 in Münsingen: Montag bis Freitag 8 bis 18 Uhr, Samstag 8 bis 13 Uhr. Wir laden mit dem Radlader auf Ihren Anhänger; rechnen Sie mit 400 bis 500 kg pro Ster. Bei Abholung gibt es 10 € Nachlass pro Ster.",
     "Abholung", ["abholen", "Selbstabholer", "Anhänger", "Hof", "Öffnungszeiten"], ["wann kann ich holz holen", "habt ihr samstags geöffnet", "selbstabholung mit anhänger"]),
    (PAY, "Bar oder mit EC-Karte beim Fahrer bzw. am Hof, oder per Überweisung innerhalb von 14 Tagen nach Rechnung. Kreditkarten und PayPal nehmen wir nicht.",
     "Bezahlung", ["bezahlen", "Zahlung", "EC-Karte", "Überweisung", "bar", "Rechnung"], ["kann ich mit karte zahlen", "zahlung per rechnung möglich", "nehmt ihr bargeld"]),
    (CANCEL, "Bis 2 Werktage vor dem Liefertermin kostenlos per Anruf unter 07381 555 240 oder per E-Mail. Später berechnen wir die Anfahrtspauschale von 35 €, wenn der Lkw schon beladen ist. Bereits abgeladenes Holz nehmen wir nicht zurück.",
     "Bestellung", ["stornieren", "Storno", "abbestellen", "Rücktritt"], ["bestellung rückgängig machen", "ich brauche das holz doch nicht", "liefertermin stornieren"]),
    (SHORT, "Das tut uns leid! Schicken Sie uns bitte innerhalb von 3 Tagen nach der Lieferung ein Foto und Ihre Maße. Zum Nachmessen das Holz locker aufsetzen und Länge × Höhe × Tiefe in Metern rechnen: das Ergebnis sind die Ster. Lose geschüttet sieht 1 Ster nach mehr aus (ca. 1,5 Schüttraummeter), gerechnet wird aber gestapelt. Fehlt etwas, liefern wir kostenlos nach oder erstatten den Betrag.",
     "Reklamation", ["zu wenig", "Menge", "fehlt", "Reklamation", "Schüttraummeter"], ["da fehlt holz", "die menge stimmt nicht", "das sind keine 3 ster"]),
    ("Verkauft ihr auch Holzbriketts?", "Ja, Buchenholzbriketts im 10-kg-Pack für 4,20 €, ab einer Palette (96 Packs) 3,80 € pro Pack. Pellets führen wir nicht.",
     "Holz", ["Briketts", "Holzbriketts", "Pellets", "Palette"], ["habt ihr briketts", "gibt es pellets", "was kostet eine palette briketts"]),
    (KINDLING, "Ja: Anzündholz aus Fichte im 5-kg-Netz für 5 € und Anzünder aus Holzwolle, 50 Stück für 3 €. Beides bringen wir mit der Lieferung mit oder Sie nehmen es am Hof mit.",
     "Holz", ["Anzündholz", "Anzünder", "Anfeuern", "Kleinholz"], ["habt ihr kleinholz zum anfeuern", "verkauft ihr anzünder", "was kostet ein netz anzündholz"]),
    (STORE, "Luftig und von oben vor Regen geschützt, mit mindestens 10 cm Abstand zum Boden (Paletten oder Kanthölzer) und einer Handbreit Abstand zur Hauswand. Nicht rundum in Folie einpacken. Im Keller nur, wenn er trocken und gut belüftet ist.",
     "Holz", ["lagern", "Lagerung", "Holzlager", "Keller", "Regen"], ["wo lagere ich das holz am besten", "darf holz in den keller", "holz abdecken ja oder nein"]),
    ("Gibt es Rabatt bei größeren Mengen?", "Ab 6 Ster gibt es 5 € Nachlass pro Ster, ab 10 Ster 10 € pro Ster. Von Mai bis August gibt es zusätzlich 10 % Sommerrabatt auf alle Holzsorten.",
     "Preise", ["Rabatt", "Mengenrabatt", "Nachlass", "günstiger", "Sommerrabatt"], ["wird es bei 10 ster billiger", "gibt es einen sommerpreis", "mengenrabatt"]),
    ("Wie erreiche ich euch?", "Telefonisch unter 07381 555 240 (Montag bis Freitag 8 bis 18 Uhr, Samstag 8 bis 13 Uhr) oder per E-Mail an info@kaechele-holz.example. Bestellungen nehmen wir telefonisch, per E-Mail oder über das Formular auf unserer Website an.",
     "Kontakt", ["Telefon", "Kontakt", "E-Mail", "Telefonnummer", "erreichen"], ["wie ist eure telefonnummer", "wie kann ich bestellen", "habt ihr eine email"]),
]

write_faq("de", FAQ)
F = Faq("de")
o, b = F.one, F.both

C = [
    # 1 greeting + question, follow-ups, thanks/goodbye
    [
        ("grüß gott, was koschtet bei eich a ster buche",
         o(PRICE, "Buche gespalten 33 cm: 135 € pro Ster (Gruß kurz erwidern)"),
         "Lieferkosten; Rabatt; Auswahl statt Antwort"),
        ("ond mit 25er scheitle?",
         o(PRICE, "Anschlussfrage: 25 cm kostet 5 € pro Ster mehr, also 140 € (\"Scheitle\" = Holzscheite)"),
         "Auswahl; Mindestmenge; 'nicht verstanden'"),
        ("bringet ihr des au nach ennabeura nauf",
         o(DELIV, "ja bis 40 km: im Umkreis von 15 km ab 3 Ster kostenlos, sonst 35 € Anfahrt (\"Ennabeura\" = Ennabeuren, Nachbarort)"),
         "'Wann liefert ihr?' allein; Abholung; Übergabe an einen Menschen"),
        ("subber, merci ond ade",
         "Small talk: Dank + Abschied (\"ade\" = tschüss) — kurz",
         "ein FAQ-Eintrag; Übergabe"),
    ],
    # 2 angry, FAQ covers it; follow-up; push-back twice in a row
    [
        ("des isch doch a frechheit!!! hab 4 ster zahlt ond do liegt a haufa wo nie im leba 4 ster send",
         o(SHORT, "Entschuldigung; innerhalb von 3 Tagen Foto + Maße schicken; fehlt etwas, kostenlose Nachlieferung oder Erstattung"),
         "Preis pro Ster; nur Übergabe ohne die Antwort; keine Entschuldigung"),
        ("ond wie soll i des messa, i bin doch koi schreiner",
         o(SHORT, "Holz locker aufsetzen, Länge × Höhe × Tiefe in Metern = Ster; lose geschüttet wirkt 1 Ster größer (ca. 1,5 Schüttraummeter)"),
         "'Könnt ihr das Holz auch aufsetzen?' (Service für 25 €); 'nicht verstanden'"),
        ("des hilft mir gar nix",
         "Push-back (first time) — entschuldigen, nachfragen was fehlt oder einen Menschen anbieten",
         "dieselbe Antwort noch einmal"),
        ("noi echt ed. scho wieder so an text",
         "Push-back (second time in a row) — jetzt an einen Menschen übergeben (\"noi\" = nein, \"ed\" = nicht)",
         "dritte Wiederholung; Auswahl; keine Übergabe"),
    ],
    # 3 vague, typed question while choices show, follow-up, two questions in one
    [
        ("holz",
         "Too vague to answer — Auswahl (Preis, Lieferung, Trockenheit, Lagerung …) oder Rückfrage; keine Übergabe",
         "ein einzelner Eintrag als sichere Antwort; Übergabe"),
        (CHOICES + "kann i au mit karte zahla",
         o(PAY, "EC-Karte ja (beim Fahrer oder am Hof), Kreditkarte nein; sonst bar oder Überweisung binnen 14 Tagen"),
         "getippten Text ignorieren; 'ja, alle Karten'"),
        ("ond paypal?",
         o(PAY, "Anschlussfrage: nein, PayPal nehmen sie nicht"),
         "'ja'; Auswahl"),
        ("ond wenn i's selber hol, wann hend ihr offa ond hend ihr au a bissle zeug zum afeira?",
         b(PICKUP, KINDLING, "Abholung Mo-Fr 8-18, Sa 8-13 Uhr (10 € Nachlass pro Ster); Anzündholz 5-kg-Netz 5 €, Anzünder 50 Stück 3 € (\"afeira\" = anfeuern)"),
         "nur einer der beiden Teile ohne Hinweis auf den anderen; 'Wann liefert ihr?'"),
    ],
    # 4 vague, typed rejection, rephrasing, follow-up that looks like another entry
    [
        ("wie isch des mit em stapla",
         "Too vague to answer — Auswahl mit Aufsetzen und Lagerung oder Rückfrage",
         "Übergabe; ein fremder Eintrag"),
        (REJECT + "noi des isch ed des was i moin",
         "Typed rejection — nachfragen, was genau gemeint ist, oder einen Menschen anbieten; nicht dieselbe Auswahl wiederholen",
         "dieselbe Auswahl/Antwort noch einmal"),
        ("i moin ob eure fahrer mir des glomb hinterm haus ufschichtet",
         o(STACK, "ja, 25 € pro Ster, wenn mit der Schubkarre erreichbar (max. 30 m, keine Treppen); sonst lose abgekippt (\"glomb\" = Zeug)"),
         "'Wie lagere ich Brennholz richtig?'; Lieferkosten"),
        ("ond en keller nonder?",
         o(STACK, "Anschlussfrage: nein, über Treppen/Stufen wird nicht aufgesetzt; das Holz bleibt dann oben (\"nonder\" = hinunter)"),
         "nur 'Wie lagere ich Brennholz richtig?' (Keller belüftet) ohne das Nein zum Tragen"),
    ],
    # 5 near-trade not offered, unrelated, callback with number
    [
        ("machet ihr au baumfälla? hab a fichte im garta wo weg muss",
         "Not covered by the FAQ (keine Baumfällung) — ehrlich, Mensch anbieten",
         "Holzpreise oder Aufsetzen als Antwort; Baumfällung erfinden"),
        ("ond an kaminfeger kennet ihr do koin empfehla?",
         "Not covered by the FAQ (kein Schornsteinfeger / keine Empfehlung) — ehrlich",
         "'Wie trocken ist euer Holz?'; eine erfundene Empfehlung"),
        ("wer hot eigentlich geschtern gwonna, dr vfb?",
         "Not covered by the FAQ (themenfremd) — kurz und freundlich",
         "ein Ergebnis erfinden; ein FAQ-Eintrag"),
        ("kann mi mol oiner z'ruckrufa? 0171 2345678, ab fünfe ben i dahoim",
         "Request for a person (Rückruf mit Nummer) — übergeben / Nummer weitergeben, keine erfundene Zeit",
         "nur die eigene Telefonnummer nennen; Anfrage ignorieren"),
    ],
    # 6 angry dialect request, waiting, ok I'll wait
    [
        ("i will jetzt mit am mensch schwätza, ned mit som blechkaschta",
         "Request for a person (wütend, Dialekt: \"schwätza\" = reden, \"Blechkaschta\" = Maschine) — übergeben",
         "ein FAQ-Eintrag; 'bitte umformulieren'"),
        (AFTER + "hallo?? isch do jemand",
         "Waiting — beruhigen, keine FAQ-Antwort, keine erfundene Wartezeit",
         "ein FAQ-Eintrag; erfundene Minuten"),
        (AFTER + WAIT + "wie lang goht des no",
         "Waiting — beruhigen, keine erfundene Wartezeit (Telefonzeiten dürfen genannt werden)",
         "'in 2 Minuten'; ein FAQ-Eintrag"),
        (AFTER + "ok no wart i halt",
         "Small talk: Bestätigung — kurz",
         "ein FAQ-Eintrag; erneute Übergabe"),
    ],
    # 7 bot question, cancel = order, ambiguous yes
    [
        ("bisch du a echter mensch oder so a computerle",
         "Small talk: ehrlich 'automatischer Assistent', Hilfe oder Mensch anbieten",
         "sich als Mensch ausgeben; ein FAQ-Eintrag"),
        ("i muss mei bstellung fir nägschte woch absaga",
         o(CANCEL, "bis 2 Werktage vor dem Liefertermin kostenlos per Anruf (07381 555 240) oder E-Mail; später 35 € Anfahrt, wenn der Lkw beladen ist"),
         "'Wann liefert ihr?'; behaupten, die Bestellung sei storniert"),
        ("jo",
         "Ambiguous ja — bestätigen oder nachfragen; nie behaupten, die Bestellung sei storniert",
         "'Ihre Bestellung ist storniert'; ein zufälliger Eintrag"),
    ],
]

if __name__ == "__main__":
    print(write_plan("de", C))
