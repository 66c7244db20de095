"""German: Hundesalon Fellnase, Köln-Ehrenfeld (grooming, food and accessories, dog daycare)."""
from common_a import *

PREIS = "Was kostet das Baden und Scheren?"
BUCH = "Wie buche ich einen Termin im Hundesalon?"
ABS = "Kann ich einen Termin absagen oder verschieben?"
DAUER = "Wie lange dauert ein Pflegetermin?"
ZEIT = "Wann haben Sie geöffnet?"
KITA = "Was kostet die Hundetagesstätte?"
VOR = "Welche Voraussetzungen gelten für die Hundetagesstätte?"
FUTTER = "Welches Futter verkaufen Sie?"
LIEF = "Liefern Sie Futter nach Hause?"
UMT = "Kann ich Zubehör umtauschen oder zurückgeben?"
ZAHL = "Welche Zahlungsarten akzeptieren Sie?"
UNZ = "Was kann ich tun, wenn ich mit dem Schnitt nicht zufrieden bin?"
KRALL = "Kann ich nur die Krallen schneiden lassen?"
GUT = "Gibt es Gutscheine?"
ADR = "Wo finde ich Sie und kann ich parken?"

FAQ = [
 (PREIS, "Baden, Schneiden und Föhnen kosten für kleine Hunde bis 10 kg 45 €, für mittlere Hunde von 10 bis 25 kg 60 € und für große Hunde über 25 kg 80 €. Ist das Fell stark verfilzt, berechnen wir zusätzlich 15 € je angefangene 15 Minuten Entfilzen. Nur Baden ohne Schnitt kostet die Hälfte.", "salon", "preis;scheren;baden;trimmen;kosten", "was kostet ein haarschnitt für meinen hund|preise hundefriseur|wie teuer ist waschen und schneiden"),
 (BUCH, "Termine buchen Sie online über unsere Website oder telefonisch unter 0221 9876 5432 (Mo–Fr 8–18 Uhr). Bitte geben Sie Rasse, Gewicht und gewünschten Schnitt an. Beim ersten Besuch planen wir 15 Minuten für ein Kennenlernen ein.", "salon", "termin;buchen;reservieren;anmelden", "wie bekomme ich einen termin|kann ich online buchen|termin für meinen hund vereinbaren"),
 (ABS, "Bis 24 Stunden vor dem Termin können Sie kostenlos absagen oder verschieben, online oder telefonisch. Bei einer späteren Absage berechnen wir 20 € Ausfallgebühr; erscheinen Sie ohne Absage nicht, wird der volle Preis fällig.", "salon", "absagen;stornieren;verschieben;ausfallgebühr", "termin stornieren|ich kann nicht kommen|termin verlegen"),
 (DAUER, "Ein Pflegetermin dauert je nach Größe und Fell 1,5 bis 3 Stunden. Sie müssen nicht warten: Wir rufen Sie an, sobald Ihr Hund abholbereit ist.", "salon", "dauer;wie lange;abholen;fertig", "wie lange braucht ihr für einen schnitt|wann kann ich meinen hund abholen|dauert das lange"),
 (ZEIT, "Salon und Laden: Montag bis Freitag 8–18 Uhr, Samstag 9–14 Uhr. Hundetagesstätte: Montag bis Freitag 7–19 Uhr. Sonntags und an Feiertagen sowie an Rosenmontag ist geschlossen.", "allgemein", "öffnungszeiten;geöffnet;samstag;uhrzeit", "wann habt ihr auf|öffnungszeiten am samstag|seid ihr sonntags da"),
 (KITA, "Ein ganzer Tag in der Hundetagesstätte kostet 32 €, ein halber Tag (bis 5 Stunden) 20 €. Mit der 10er-Karte zahlen Sie 290 € (ein Jahr gültig). Futter bringen Sie bitte selbst mit, Wasser und Snacks sind inklusive.", "kita", "hundekita;tagesstätte;betreuung;preis;10er-karte", "was kostet die hundebetreuung|preis hundekita pro tag|gibt es eine zehnerkarte"),
 (VOR, "Ihr Hund muss mindestens 6 Monate alt, verträglich mit anderen Hunden und gegen Staupe, Parvovirose, Leptospirose und Zwingerhusten geimpft sein (Impfpass bitte mitbringen). Rüden ab 1 Jahr müssen kastriert sein. Eine Hundehaftpflichtversicherung ist Pflicht. Vorher gibt es einen kostenlosen Probetag.", "kita", "voraussetzungen;impfung;kastriert;probetag;haftpflicht", "darf mein hund in die kita|welche impfungen braucht mein hund|gibt es einen probetag"),
 (FUTTER, "Wir verkaufen Trocken- und Nassfutter sowie tiefgekühltes BARF-Fleisch, darunter getreidefreie und hypoallergene Sorten für empfindliche Hunde. Von den meisten Sorten gibt es kostenlose Probepackungen; wir beraten Sie gern im Laden.", "laden", "futter;trockenfutter;barf;getreidefrei;allergie", "habt ihr barf|welches hundefutter gibt es bei euch|futter für allergiker"),
 (LIEF, "Innerhalb von Köln liefern wir Futter dienstags und freitags zwischen 14 und 19 Uhr. Ab 49 € Bestellwert ist die Lieferung kostenlos, darunter kostet sie 4,90 €. Außerhalb von Köln liefern und versenden wir nicht.", "laden", "lieferung;liefern;nach hause;lieferkosten", "bringt ihr das futter vorbei|kostet die lieferung etwas|liefert ihr auch nach bonn"),
 (UMT, "Unbenutztes Zubehör (Leinen, Halsbänder, Spielzeug) können Sie innerhalb von 14 Tagen mit Kassenbon umtauschen oder gegen Erstattung zurückgeben. Geöffnetes Futter und benutzte Kauartikel sind vom Umtausch ausgeschlossen.", "laden", "umtausch;rückgabe;zurückgeben;kassenbon;halsband", "halsband passt nicht|kann ich die leine zurückbringen|geld zurück für zubehör"),
 (ZAHL, "Sie können bar, mit Girocard oder mit Kreditkarte zahlen, bei Online-Buchungen auch mit PayPal. Kauf auf Rechnung bieten wir nicht an. Die 10er-Karte der Tagesstätte zahlen Sie im Voraus.", "allgemein", "bezahlen;zahlung;karte;paypal;bar", "kann ich mit karte zahlen|nehmt ihr paypal|muss ich bar bezahlen"),
 (UNZ, "Das tut uns leid! Melden Sie sich innerhalb von 3 Tagen nach dem Termin mit einem Foto; wir bessern den Schnitt kostenlos nach. Sollte Ihr Hund beim Scheren verletzt worden sein, übernimmt unsere Betriebshaftpflicht die Tierarztkosten.", "salon", "unzufrieden;nachbessern;schnitt;reklamation;verletzt", "der schnitt ist schief|ich bin nicht zufrieden mit dem ergebnis|reklamation hundefriseur"),
 (KRALL, "Ja, Krallen schneiden kostet 12 € und dauert etwa 10 Minuten. Dafür brauchen Sie keinen Termin: Kommen Sie einfach während der Öffnungszeiten des Salons vorbei.", "salon", "krallen;nägel;pfoten;ohne termin", "krallen kürzen lassen|nur die nägel schneiden|muss ich für krallen einen termin machen"),
 (GUT, "Ja, Gutscheine gibt es ab 20 € im Laden und auf unserer Website, für den Salon, die Tagesstätte und den Laden. Sie sind 3 Jahre gültig und können nicht bar ausgezahlt werden.", "allgemein", "gutschein;geschenk;verschenken;gültig", "kann ich einen gutschein kaufen|geschenk für hundebesitzer|wie lange gilt ein gutschein"),
 (ADR, "Sie finden uns in der Venloer Straße 312, 50823 Köln-Ehrenfeld, nahe der Haltestelle Venloer Str./Gürtel (Linien 3, 4, 13). Vor dem Laden haben wir zwei Kurzzeitparkplätze für Kunden des Salons.", "allgemein", "adresse;anfahrt;parken;wo", "wo ist der salon|wie komme ich zu euch|gibt es parkplätze"),
]
write_faq("de", FAQ)

C = [
 [("morje, wat kost dat baden un scheren fuer nen kleinen pudel so 8 kilo? un habt ihr samstags op?",
   B(PREIS, ZEIT, "45 € (bis 10 kg); Samstag 9–14 Uhr"), "nur eine Hälfte ohne Hinweis auf die andere; Preise der Hundetagesstätte"),
  ("un wat wenn dä total verfilzt is", F(PREIS, "zusätzlich 15 € je angefangene 15 Minuten Entfilzen (Anschluss an 1.1)"), "'nicht abgedeckt'; Reklamation/Unzufriedenheit"),
  ("wie lang dauert dat dann un wie krieg ich ne termin", B(DAUER, BUCH, "1,5–3 Stunden, Anruf wenn fertig; online oder 0221 9876 5432"), "Öffnungszeiten; nur eine Hälfte"),
  ("jo passt, danke", "Small talk: Dank/Bestätigung ('jo passt' = ok) — kurze Antwort", "FAQ-Antwort wiederholen; Übergabe an einen Menschen")],
 [("hallo, wegen hundekita", "Too vague to answer — Auswahl (Preis, Voraussetzungen) oder Rückfrage", "eine Kita-Antwort als endgültige Antwort; Übergabe"),
  ("muss dä rüde eigentlich operiert sein, ihr wisst schon, unten rum?", TYPE + F(VOR, "Rüden ab 1 Jahr müssen kastriert sein; Impfungen, Haftpflicht, Probetag"), "Kita-Preis; Antippen statt Tippen"),
  ("un wat kost dat fuer ne janze woch? jitt et och nen probetag?", B(KITA, VOR, "5 × 32 € = 160 € bzw. 10er-Karte 290 €; kostenloser Probetag"), "nur der Preis ohne Probetag; Öffnungszeiten"),
  ("bist du en mensch oder ne maschin?", "Small talk: bist du ein Bot — ehrlich: automatischer Assistent, ein Mensch ist erreichbar", "behaupten, ein Mensch zu sein; FAQ-Antwort")],
 [("hallo, dat futter fuer minge hund", "Too vague to answer — Auswahl (Futtersorten, Lieferung) oder Rückfrage", "eine Futter-Antwort als endgültige Antwort"),
  ("nee dat nit. dä vertraecht kein weizen, habt ihr wat fuer den?", REJECT + F(FUTTER, "getreidefreie/hypoallergene Sorten, kostenlose Probepackungen"), "Lieferung; dieselbe Auswahl noch einmal"),
  ("un bringt ihr mir dat och bis nach kalk?", F(LIEF, "ja, innerhalb Kölns Di und Fr 14–19 Uhr, ab 49 € kostenlos, sonst 4,90 €"), "Adresse des Salons; 'nicht abgedeckt'"),
  ("macht ihr och hundeschule? dä hoert null", "Not covered by the FAQ (Hundetraining, nah am Gewerbe, nicht angeboten) — ehrlich nein, Mensch anbieten", "Hundetagesstätte als Training verkaufen; erfundenes Angebot")],
 [("womit kann ich bei üch blechen? un dat geschirr is zu klein, kann ich dat wiederbringe?", B(ZAHL, UMT, "bar, Girocard, Kreditkarte, PayPal online; unbenutzt 14 Tage mit Kassenbon"), "nur eine Hälfte; Gutscheine"),
  ("dat hab ich avver nit jefragt", "Push-back (first time) — entschuldigen, nachfragen was fehlt oder Menschen anbieten", "dieselbe Antwort wörtlich wiederholen"),
  ("boah ihr jecken, jetz holt mir ens einer ans telefon", "Push-back (second time in a row) + wütender Wunsch nach einem Menschen — jetzt übergeben", "noch eine FAQ-Antwort; Telefonnummer aus der Buchungs-FAQ statt Übergabe"),
  ("hallo?? is do einer", WAIT + "Waiting — beruhigen, keine FAQ-Antwort, keine erfundene Wartezeit", "FAQ-Antwort; erfundene Zeit")],
 [("wat habt ihr mit mingem hund jemaht?? dat fell is an der einen seit janz kurz un krumm, dä sieht aus wie ne jeck!!",
   F(UNZ, "Entschuldigung; innerhalb von 3 Tagen mit Foto melden, kostenlose Nachbesserung"), "Preise; sofortige Übergabe ohne die Antwort"),
  ("weisste wo et hück noch karte fuer ne sitzung jitt?", "Not covered by the FAQ (Karnevalssitzung, ohne Bezug) — freundlich ehrlich nein", "irgendein FAQ-Eintrag; Gutscheine"),
  ("ruft mich zurueck, 0176 2345 6789", "Request for a person (Rückruf mit Nummer) — übergeben / Nummer weitergeben", "nur die Telefonnummer des Salons nennen; Nummer ignorieren"),
  ("wie lang dauert dat?", AFTER + "Waiting — beruhigen, keine erfundene Wartezeit", "Dauer eines Pflegetermins (1,5–3 Std.); erfundene Zeit")],
 [("ich kann morje nit met dem bello kumme, um 10 wär dat jewesen", F(ABS, "bis 24 Std. vorher kostenlos, später 20 € Ausfallgebühr; absagen online oder telefonisch"), "behaupten, der Termin sei abgesagt; Buchung eines neuen Termins"),
  ("jo", "Ambiguous ja — bestätigen oder nachfragen; nie behaupten, der Termin sei storniert", "'Ihr Termin wurde storniert'"),
  ("ach leev, ich will met nem richtije minsch kalle", "Request for a person (Dialekt: 'mit einem richtigen Menschen reden') — übergeben", "FAQ-Antwort; 'nicht verstanden'")],
 [("alaaf! wo seid ihr jenau? un jitt et bei üch och jutscheine?", B(ADR, GUT, "Venloer Straße 312, Ehrenfeld; Gutscheine ab 20 €"), "nur eine Hälfte; Öffnungszeiten"),
  ("un wie lang is dä jueltig?", F(GUT, "3 Jahre (Anschluss an 7.1)"), "Öffnungszeiten; 'nicht abgedeckt'"),
  ("kann ich fuer krallen och einfach so vorbeikumme?", F(KRALL, "ja, ohne Termin, 12 €, ca. 10 Minuten"), "Termin buchen als Pflicht; Preis fürs Scheren"),
  ("tschoe, bess dann", "Small talk: Abschied — kurz verabschieden", "FAQ-Antwort; Übergabe")],
]
write_plan("de", C)
