"""German FAQ and plan for test set 38: Sprachschule Lindenau, Leipzig (made up).
Run from src/: PYTHONPATH=<check folder> python3 de.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("kurse", "Welche Kurse bietet ihr an?",
      "Deutsch und Englisch für Erwachsene auf den Niveaus A1 bis C1. Intensivkurse: Montag bis Freitag 9 bis "
      "12:15 Uhr, 4 Wochen pro Niveaustufe. Abendkurse: Dienstag und Donnerstag 18 bis 20:15 Uhr, 12 Wochen pro "
      "Stufe. Höchstens 12 Teilnehmer pro Gruppe.",
      "kurse", ["kurse", "intensivkurs", "abendkurs", "niveau", "gruppe"],
      ["welche kurse gibt es", "habt ihr abendkurse", "wie lange dauert ein intensivkurs"])
entry("preise", "Was kosten die Kurse?",
      "Intensivkurs (4 Wochen, 80 Unterrichtseinheiten): 390 €. Abendkurs (12 Wochen, 48 Einheiten): 280 €. "
      "Lehrbuch extra, ca. 30 €. Die Anmeldegebühr von 25 € fällt nur einmal an, auch wenn Sie mehrere Kurse "
      "buchen.",
      "kosten", ["preis", "kosten", "kursgebühr", "anmeldegebühr", "lehrbuch"],
      ["was kostet der intensivkurs", "wie teuer ist der abendkurs", "muss ich das buch extra bezahlen"])
entry("raten", "Kann ich die Kursgebühr in Raten zahlen?",
      "Ja, ab 280 € Kursgebühr in 2 oder 3 Monatsraten ohne Aufpreis, per SEPA-Lastschrift jeweils zum 1. des "
      "Monats. Die 1. Rate ist vor Kursbeginn fällig. Bezahlen können Sie sonst per Überweisung, EC-Karte oder bar "
      "im Büro.",
      "kosten", ["raten", "ratenzahlung", "bezahlen", "lastschrift", "überweisung"],
      ["kann ich in raten zahlen", "wie kann ich bezahlen", "muss ich alles auf einmal zahlen"])
entry("einstufung", "Wie finde ich heraus, welches Niveau ich habe?",
      "Mit unserem kostenlosen Einstufungstest: online 30 Minuten, danach ein kurzes Gespräch (10 Minuten) am "
      "Telefon oder im Büro. Das Ergebnis bekommen Sie am selben Tag. Anfänger ohne Vorkenntnisse brauchen keinen "
      "Test und starten in A1.",
      "kurse", ["einstufungstest", "niveau", "test", "vorkenntnisse", "anfänger"],
      ["welcher kurs passt zu mir", "muss ich einen test machen", "wo mache ich den einstufungstest"])
entry("anmeldung", "Wie melde ich mich an und wann beginnen die Kurse?",
      "Intensivkurse beginnen an jedem 1. Montag im Monat, Abendkurse im Januar, April, Juli und Oktober. "
      "Anmeldung online oder im Büro bis 7 Tage vor Kursbeginn; der Platz ist fest, sobald die Anmeldegebühr "
      "(25 €) bezahlt ist.",
      "kurse", ["anmeldung", "anmelden", "kursbeginn", "starttermin", "platz"],
      ["wann fängt der nächste kurs an", "wie kann ich mich anmelden", "ist noch ein platz frei"])
entry("pruefung", "Wann sind die nächsten Prüfungen (telc und Goethe)?",
      "telc Deutsch B1 und B2 jeden Monat an einem Samstag, Anmeldeschluss 5 Wochen vorher; Gebühr B1 180 €, "
      "B2 200 €. Goethe-Zertifikate legen Sie nicht bei uns, sondern beim Goethe-Institut ab; wir bereiten Sie in "
      "einem 6-wöchigen Prüfungskurs (220 €) darauf vor. Termine hängen im Büro und stehen auf der Website.",
      "prüfungen", ["prüfung", "telc", "goethe", "prüfungstermin", "zertifikat"],
      ["wann ist die nächste b1 prüfung", "kann ich bei euch goethe machen", "was kostet die telc prüfung"])
entry("privat", "Gebt ihr auch Einzelunterricht?",
      "Ja, Privatstunden für Deutsch und Englisch, online oder in der Schule, zu Zeiten, die Sie mit der "
      "Lehrkraft absprechen. 1 Stunde (60 Minuten) kostet 48 €, das 10er-Paket 440 €, 6 Monate gültig.",
      "kurse", ["einzelunterricht", "privatstunden", "nachhilfe", "online", "paket"],
      ["kann ich privatstunden nehmen", "was kostet einzelunterricht", "gibt es unterricht nur für mich"])
entry("verpasst", "Was passiert, wenn ich Unterricht verpasse?",
      "Verpasste Stunden in Gruppenkursen werden nicht erstattet. Die Unterlagen bekommen Sie bei der Lehrkraft "
      "oder im Online-Kursraum, und innerhalb des Kurses dürfen Sie bis zu 3 Stunden in einer Parallelgruppe "
      "nachholen. Privatstunden bitte bis 24 Stunden vorher absagen, sonst werden sie berechnet.",
      "kurse", ["verpasst", "fehlen", "nachholen", "krank", "absagen"],
      ["ich war krank", "kann ich stunden nachholen", "was wenn ich nicht kommen kann"])
entry("zertifikat", "Bekomme ich am Ende ein Zertifikat?",
      "Ja: Wer mindestens 80 % der Stunden besucht hat, bekommt am letzten Kurstag eine Teilnahmebescheinigung "
      "mit Niveau (kostenlos). Sie ist kein offizielles Prüfungszertifikat; dafür brauchen Sie telc oder Goethe. "
      "Ein Duplikat kostet 10 €.",
      "prüfungen", ["zertifikat", "bescheinigung", "teilnahmebescheinigung", "nachweis", "duplikat"],
      ["bekomme ich eine bescheinigung", "brauche einen nachweis für den kurs", "zertifikat verloren"])
entry("kuendigung", "Wie kann ich mich von einem Kurs abmelden?",
      "Bis 14 Tage vor Kursbeginn kostenlos (nur die 25 € Anmeldegebühr bleiben), bis 3 Tage vorher 50 % der "
      "Kursgebühr, danach die volle Gebühr. Nach Kursbeginn ist keine Abmeldung mehr möglich; Sie können aber "
      "einmal kostenlos in einen späteren Kurs wechseln. Abmeldung bitte schriftlich an kurse@sprachschule-"
      "lindenau.example.",
      "kurse", ["abmelden", "stornieren", "rücktritt", "wechseln", "erstattung"],
      ["kurs stornieren", "ich will mich abmelden", "kann ich in einen späteren kurs wechseln"])
entry("buero", "Wann ist das Büro geöffnet und wo seid ihr?",
      "Sprachschule Lindenau, Karl-Heine-Straße 77, 04229 Leipzig (Straßenbahn Linie 14, Haltestelle "
      "Felsenkeller, 2. Stock, Aufzug vorhanden). Büro: Montag bis Donnerstag 9 bis 18 Uhr, Freitag 9 bis 14 "
      "Uhr. Telefon 0341 555 2094.",
      "allgemein", ["öffnungszeiten", "adresse", "büro", "telefon", "anfahrt"],
      ["wo ist die schule", "wann habt ihr auf", "wie erreiche ich euch"])
entry("foerderung", "Gibt es Förderung oder Rabatt?",
      "Integrationskurse mit Berechtigungsschein vom BAMF bieten wir an (2,29 € pro Stunde Eigenanteil oder "
      "kostenlos). Bildungsgutscheine der Arbeitsagentur nehmen wir für Intensivkurse an. Studierende und "
      "Azubis bekommen 10 % Rabatt auf Gruppenkurse mit Ausweis.",
      "kosten", ["förderung", "rabatt", "bamf", "bildungsgutschein", "studenten"],
      ["zahlt das jobcenter den kurs", "gibt es ermäßigung für studenten", "habt ihr integrationskurse"])
entry("lehrbuch", "Welches Material brauche ich für den Kurs?",
      "Das Lehrbuch (ca. 30 €) können Sie im Büro kaufen; welches Buch, steht in der Anmeldebestätigung. Zugang "
      "zum Online-Kursraum ist kostenlos. Bitte bringen Sie Block und Stift mit; WLAN gibt es in allen 6 "
      "Kursräumen.",
      "kurse", ["material", "buch", "kursraum", "unterlagen", "wlan"],
      ["welches buch brauche ich", "was muss ich mitbringen", "gibt es wlan"])
entry("englisch", "Habt ihr auch Englischkurse?",
      "Ja, Englisch A2 bis C1 als Abendkurs (Montag und Mittwoch 18:30 bis 20:45 Uhr, 280 € für 12 Wochen) und "
      "als Privatstunden. Einen Englisch-Intensivkurs gibt es nicht. Business English bieten wir für Firmen ab 4 "
      "Personen an.",
      "kurse", ["englisch", "english", "business english", "englischkurs"],
      ["kann ich englisch lernen", "habt ihr business english", "englisch abends"])
entry("bescheid", "Brauche ich einen Nachweis für Visum oder Ausländerbehörde?",
      "Für Visum, Ausländerbehörde oder Arbeitgeber stellen wir nach bezahlter Anmeldung eine Anmeldebestätigung "
      "aus, innerhalb von 2 Werktagen und kostenlos, auf Deutsch und Englisch. Eine Anwesenheitsbestätigung "
      "während des Kurses kostet 5 €.",
      "allgemein", ["visum", "ausländerbehörde", "anmeldebestätigung", "arbeitgeber", "anwesenheit"],
      ["ich brauche eine bestätigung für das visum", "nachweis für die ausländerbehörde",
       "bescheinigung für meinen chef"])

write_faq("de", FAQ)

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"

convs = [
    # 1
    [
        ("hallo! ich arbeite bis 17 uhr, gibts bei euch deutsch auch nach feierabend und was kostet das so",
         BOTH(E["kurse"], E["preise"]) + " — evening courses Tue/Thu 18-20:15, 12 weeks per level; 280 € plus "
         "one-time 25 € registration, book about 30 €",
         HALF + "; the intensive 390 € as the evening price; forgetting the 25 € fee"),
        ("und wenn ich das nicht auf einen schlag zahlen kann?",
         F(E["raten"]) + " — from 280 € in 2 or 3 monthly instalments, no surcharge, SEPA on the 1st; first "
         "before the course starts",
         "treating it as new unclear; an instalment fee"),
        ("ok. ich hatte in der schule mal bissl deutsch, wo steig ich da am besten ein",
         F(E["einstufung"]) + " — free placement test: 30 min online + 10 min talk, result the same day",
         "treating it as new unclear; naming a level without the test"),
        ("nu, passt. danke, tschüss",
         "Small talk: acknowledgement + thanks + goodbye ('nu' = yes, Saxon) — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("guten tag ich hab eine frage wegen prüfung",
         "Too vague to answer — choices (exams, certificates...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("mein mann braucht b1 fürs einbürgern, wann kann er das bei euch schreiben und kostet wieviel",
         TYPE + F(E["pruefung"]) + " — telc B1 every month on a Saturday, register 5 weeks before, 180 €; "
         "Goethe not taken there",
         "tapping a choice; asking to rephrase; the certificate entry"),
        ("er ist vorher 4 wochen im kurs mit, kriegt er am schluss ein papier? und wo genau seid ihr, wir "
         "kommen mit der bahn aus grünau",
         BOTH(E["zertifikat"], E["buero"]) + " — attendance certificate with level if 80 % attended, free, not "
         "an official exam certificate; Karl-Heine-Straße 77, tram 14 to Felsenkeller, 2nd floor",
         HALF + "; calling the attendance paper an official certificate"),
        ("sind sie ein computer oder ein mensch",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("hallo, es geht um englisch",
         "Too vague to answer — choices (English courses, private lessons...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("nee, das isses alles ni",
         TYPE + "Typed rejection ('ni' = not, Saxon) — apologise and ask what exactly it is about; no handover "
         "yet",
         "the same choices again; a handover straight away"),
        ("ich muss ab märz im job telefonkonferenzen mit den kollegen in manchester machen und mein schulzeug "
         "reicht hinten und vorne nicht. kann man da bei euch nach der arbeit was machen",
         F(E["englisch"]) + " — English A2-C1 evening course Mon/Wed 18:30-20:45, 280 € for 12 weeks; also "
         "private lessons; business English only for firms from 4 people",
         "asking to rephrase again; offering an English intensive course"),
        ("übersetzt ihr ooch meine zeugnisse ins englische? brauch die beglaubigt",
         "Not covered (certified translation of documents) — say so plainly; may offer a person",
         "inventing a translation service and price"),
    ],
    # 4
    [
        ("hallo, meine tochter (19) will ab august nach leipzig und braucht vorher schnell ein gutes deutsch. kann "
         "sie nur mit einer lehrerin allein lernen, und was wird das im monat",
         BOTH(E["privat"], E["preise"]) + " — private lessons 48 €/hour, 10-pack 440 € (6 months), online or "
         "at school; group prices: intensive 390 €/4 weeks, evening 280 €",
         HALF + "; a monthly flat price invented"),
        ("nein, ich will dass die lehrerin jeden tag zu uns nach hause kommt, morgens 7 uhr, und das zum "
         "gruppenpreis",
         "Push-back: apologise; the FAQ has no home visits and no group price for private lessons — say what it "
         "has (online or at school, 48 €/h) and offer a person",
         "promising home visits or a discount; the same answer again without acknowledging"),
        ("das glaub ich jetzt ni. ich will sofort jemand richtigen am telefon, das ist doch lachhaft",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("hallo? noch da?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("ich bin echt sauer!! hatte 2 wochen grippe, war die halbe stufe nicht da und jetzt soll ich trotzdem "
         "die vollen 390 zahlen?? geld zurück will ich",
         F(E["verpasst"]) + " — apologise; missed group lessons are not refunded; materials from the teacher or "
         "online room; up to 3 lessons can be made up in a parallel group",
         "no apology; promising a refund; the cancellation entry as if they could still withdraw"),
        ("weißt du wo man hier in plagwitz ne gute bemme herkriegt, mittags",
         "Not covered (where to get a sandwich, 'Bemme' = sandwich) — say so kindly, back to the school's topics",
         "a restaurant tip; an FAQ answer; a handover"),
        ("ruft mich bitte zurück, 0176 5553 8812",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the school's number instead"),
        ("wie lang dauert das jetzt bis einer anruft, ich hab um 3 unterricht",
         WAIT + WAITING,
         "the office hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("hallo, ich hab mich für den abendkurs b2 ab april eingeschrieben aber ich bekomme eine stelle in "
         "dresden, das wird dann nix mehr mit mir in leipzig",
         F(E["kuendigung"]) + " — free until 14 days before (25 € fee kept), 50 % until 3 days before, then "
         "full; in writing to kurse@...; one free switch to a later course; claim nothing as done",
         "claiming the withdrawal is done; the course list"),
        ("nu, mach mal",
         "Ambiguous yes ('nu' = yes, Saxon: 'yeah, go on') — ask what they mean or restate the step (written "
         "withdrawal by e-mail); nothing claimed as done",
         "claiming it is withdrawn; a random FAQ answer"),
        ("bei der neuen firma wollen die vorher was schriftliches dass ich deutsch lerne, wie lang dauert sowas",
         F(E["bescheid"]) + " — registration confirmation after payment, within 2 working days, free, German "
         "and English; attendance confirmation during the course 5 €",
         "saying it costs 10 €; the certificate entry"),
        ("ich gloob das ni, schreib mich ni so voll. gib mir ma nen richtschen menschen, dor kann ich wenichstens "
         "mit reden",
         "Request: person in Saxon ('I don't believe it, don't write me so full. Give me a real person, at least "
         "I can talk to them') — hand over to a person",
         PW + "; answering an FAQ; asking for standard German"),
    ],
    # 7
    [
        ("hallo, ich komm aus syrien und hab vom amt so einen schein für den integrationskurs gekriegt, nehmt "
         "ihr den",
         F(E["foerderung"]) + " — yes, integration courses with the BAMF permit (2,29 € per lesson own share or "
         "free); employment agency vouchers for intensive courses",
         "saying only full price; inventing a waiting list"),
        ("und wann könnte ich anfangen",
         F(E["anmeldung"]) + " — intensive courses every 1st Monday of the month, register online or in the "
         "office up to 7 days before; place fixed once the 25 € fee is paid",
         "treating it as new unclear; a fixed date claimed"),
        ("danke. was soll ich am ersten tag dabeihaben",
         F(E["lehrbuch"]) + " — the book named in the confirmation (about 30 €, sold in the office), pad and "
         "pen; online room free; WLAN",
         "saying nothing is needed"),
    ],
]

write_plan("de", convs)
