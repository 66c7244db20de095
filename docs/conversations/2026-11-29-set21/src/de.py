"""de: Augenblick Optik, Limmerstraße 48, 30451 Hannover-Linden (optician)."""
from common_a import Faq, write_faq, write_plan, WAIT, CHOICE, REJECT

FAQ = [
 ("Was kostet ein Sehtest?", "Der Sehtest ist bei uns kostenlos und dauert etwa 20 Minuten. Sie können ohne Termin vorbeikommen, mit Termin vermeiden Sie Wartezeit. Eine Messung des Augeninnendrucks kostet 15 €.", "Sehtest", "sehtest;augen messen;sehstärke;augeninnendruck", "augen testen lassen|was kostet die augenmessung|brauche ich für den sehtest einen termin"),
 ("Wie sind Ihre Öffnungszeiten?", "Wir haben Montag bis Freitag von 9:30 bis 18:30 Uhr und Samstag von 10:00 bis 14:00 Uhr geöffnet. An Sonn- und Feiertagen ist das Geschäft geschlossen.", "Allgemein", "öffnungszeiten;geöffnet;samstag;uhrzeit", "wann habt ihr auf|seid ihr samstags da|bis wann geöffnet"),
 ("Wie lange dauert die Anfertigung einer Brille?", "Brillen mit Einstärkengläsern sind nach 5 bis 7 Werktagen abholbereit, Gleitsichtbrillen nach 8 bis 10 Werktagen. Einstärkenbrillen fertigen wir gegen 30 € Aufpreis auch in 2 Werktagen an.", "Brillen", "anfertigung;dauer;abholbereit;lieferzeit;express", "wann ist meine brille fertig|wie lange dauert eine gleitsichtbrille|geht es schneller"),
 ("Was kostet eine Brille bei Ihnen?", "Eine Komplettbrille mit Fassung und entspiegelten Einstärkengläsern gibt es ab 89 €. Gleitsichtbrillen beginnen bei 299 €. Den genauen Preis nennen wir Ihnen nach dem Sehtest.", "Brillen", "preis;brille;kosten;komplettbrille;gleitsicht", "was kostet eine neue brille|preise für brillen|günstigste brille"),
 ("Zahlt die Krankenkasse etwas dazu?", "Die gesetzliche Krankenkasse zahlt einen Zuschuss für Brillengläser bei Kindern und Jugendlichen bis 18 Jahre und bei Erwachsenen ab 6 Dioptrien oder 4 Dioptrien Hornhautverkrümmung. Bringen Sie dafür eine Verordnung vom Augenarzt mit, wir rechnen direkt mit der Kasse ab. Fassungen bezahlt die Kasse nicht.", "Kosten", "krankenkasse;zuschuss;verordnung;rezept;kasse", "übernimmt die kasse die brille|bekomme ich geld von der krankenkasse|brauche ich ein rezept"),
 ("Können Sie meine Brille reparieren?", "Kleine Reparaturen wie Schrauben, Nasenpads oder Ausrichten machen wir kostenlos und sofort, auch wenn die Brille nicht von uns ist. Gebrochene Bügel oder Lötarbeiten kosten 25 bis 45 € und dauern etwa eine Woche; auf Wunsch bekommen Sie eine Leihbrille.", "Service", "reparatur;kaputt;bügel;schraube;nasenpad", "meine brille ist kaputt|bügel gebrochen|schraube locker"),
 ("Passen Sie Kontaktlinsen an?", "Ja. Die Kontaktlinsenanpassung mit Probelinsen und Kontrolltermin kostet 49 €; beim Kauf eines Halbjahresvorrats verrechnen wir den Betrag. Monatslinsen gibt es ab 19,90 € pro Paar. Bitte vereinbaren Sie dafür einen Termin.", "Kontaktlinsen", "kontaktlinsen;anpassung;probelinsen;linsen", "ich möchte linsen ausprobieren|kontaktlinsen anpassen lassen|was kosten kontaktlinsen"),
 ("Kann ich Kontaktlinsen nachbestellen?", "Ja, per Telefon, E-Mail oder im Geschäft. Ihre Linsen liegen nach 2 Werktagen zur Abholung bereit, oder wir schicken sie Ihnen für 4,90 € zu (ab 60 € versandkostenfrei).", "Kontaktlinsen", "nachbestellen;linsen bestellen;versand;abholung", "neue linsen bestellen|linsen zuschicken lassen|wie bekomme ich meine linsen"),
 ("Gibt es Sonnenbrillen mit Sehstärke?", "Ja, Sonnenbrillen mit Ihrer Sehstärke gibt es ab 149 € mit Einstärkengläsern und ab 349 € mit Gleitsichtgläsern. Polarisierende Gläser kosten 40 € Aufpreis. Auch Ihre eigene Fassung können wir mit getönten Gläsern versehen.", "Brillen", "sonnenbrille;sehstärke;getönt;polarisiert", "sonnenbrille mit stärke|getönte gläser|polarisierte sonnenbrille"),
 ("Welche Garantie habe ich auf meine Brille?", "Auf Fassungen geben wir 2 Jahre Garantie. Bei Gleitsichtbrillen gilt 3 Monate eine Verträglichkeitsgarantie: Wenn Sie sich nicht an die Gläser gewöhnen, fertigen wir sie kostenlos neu an.", "Service", "garantie;verträglichkeit;gewährleistung;umtausch", "was wenn ich mit der brille nicht klarkomme|garantie auf fassung|gleitsicht verträglich"),
 ("Wie vereinbare ich einen Termin?", "Termine buchen Sie online über unsere Website, telefonisch unter 0511 2134567 oder direkt im Geschäft. Für Sehtest, Kontaktlinsenanpassung und Brillenberatung planen wir jeweils 30 Minuten ein.", "Termine", "termin;buchen;vereinbaren;beratung", "termin machen|wie buche ich einen termin|kann ich online einen termin buchen"),
 ("Wie sage ich einen Termin ab?", "Bitte sagen Sie Termine mindestens 24 Stunden vorher ab: über den Link in der Bestätigungsmail oder telefonisch unter 0511 2134567. Absagen und Verschieben kosten nichts.", "Termine", "absagen;verschieben;termin stornieren;nicht kommen", "termin absagen|ich kann nicht kommen|termin verlegen"),
 ("Kann ich eine bestellte Brille stornieren?", "Innerhalb von 24 Stunden nach der Bestellung können Sie kostenlos stornieren, solange die Gläser noch nicht beim Hersteller in Fertigung sind. Danach berechnen wir 50 % des Glaspreises, die Fassung nehmen wir ungetragen zurück.", "Brillen", "stornieren;bestellung;rücktritt;widerruf", "brillenbestellung stornieren|ich will die brille doch nicht|bestellung rückgängig machen"),
 ("Wo finde ich Sie und wo kann ich parken?", "Sie finden uns in der Limmerstraße 48, 30451 Hannover-Linden. Mit der Stadtbahn Linie 10 bis Haltestelle Leinaustraße, von dort 2 Minuten zu Fuß. Eigene Parkplätze haben wir nicht; in den Seitenstraßen gibt es Parkplätze mit Parkschein.", "Allgemein", "adresse;parken;anfahrt;stadtbahn", "wo ist das geschäft|wie komme ich zu euch|gibt es parkplätze"),
 ("Welche Zahlungsarten akzeptieren Sie?", "Sie können bar, mit Girocard, Kreditkarte oder Apple Pay bezahlen. Ab 300 € bieten wir Ratenzahlung über 10 Monate ohne Zinsen an.", "Kosten", "zahlung;karte;ratenzahlung;bar;ec", "kann ich mit karte zahlen|ratenzahlung möglich|zahlung in raten"),
]
write_faq("de", FAQ)
F = Faq("de")
C = [
 [
  ("hallo, habt ihr samstags auf und muss ich für nen sehtest vorher anrufen?", F.both(1, 0, "Sa 10-14 Uhr; Sehtest ohne Termin möglich, mit Termin keine Wartezeit, kostenlos"), "nur eine Hälfte ohne Hinweis auf die andere; Terminabsage"),
  ("und was muss ich für ne ganz normale mit fassung so hinlegen", F(3, "ab 89 € Komplettbrille, Gleitsicht ab 299 €"), "Krankenkasse; Sehtest wiederholt"),
  ("ok danke, tschüss", "Small talk: acknowledgement + thanks + goodbye", "eine FAQ-Antwort; Übergabe an einen Menschen"),
 ],
 [
  ("brille", "Too vague to answer — Auswahl (Preis, Reparatur, Anfertigung...) oder Rückfrage", "Übergabe; eine zufällige Antwort"),
  ("mir ist das seitenteil abgebrochen, kriegt ihr das wieder hin", CHOICE + F(5, "gebrochener Bügel 25-45 €, ca. eine Woche, Leihbrille"), "Garantie; Preis einer neuen Brille; eine Auswahl antippen"),
  ("wie teuer wird das und geht karte?", F.both(5, 14, "25-45 €; bar, Girocard, Kreditkarte, Apple Pay"), "nur eine Hälfte; Brillenpreis ab 89 €"),
  ("bist du ein bot?", "Small talk: \"are you a bot?\" — ehrlich: automatischer Assistent, ein Mensch kann übernehmen", "behaupten, ein Mensch zu sein; FAQ-Antwort"),
 ],
 [
  ("frage zu linsen", "Too vague to answer — Auswahl (Anpassung, Nachbestellen) oder Rückfrage", "Übergabe; nur eine Antwort als sicher"),
  ("nee, das ist es nicht", REJECT + "Typed rejection — entschuldigen, nachfragen oder Mensch anbieten", "dieselbe Auswahl wiederholen"),
  ("ich hatte noch nie welche und würd das gern mal testen, geht das bei euch", F(6, "Anpassung mit Probelinsen 49 €, wird beim Halbjahresvorrat verrechnet, Termin nötig"), "Nachbestellen; Sehtest"),
  ("macht ihr auch augen lasern?", "Not covered by the FAQ (Augenlasern wird nicht angeboten) — ehrlich, Mensch anbieten", "Kontaktlinsen- oder Sehtest-Antwort als ob passend"),
 ],
 [
  ("ab welchem tag hätte ich eine für ferne und nähe zusammen, wenn ich heute zusage? und schickt ihr auch tageslinsen nach hause", F.both(2, 7, "8-10 Werktage; Linsen per Telefon/E-Mail, Abholung nach 2 Werktagen oder Versand 4,90 €"), "nur eine Hälfte; Express als ob für Gleitsicht"),
  ("das hab ich nicht gefragt, ich will wissen ob die bis zum urlaub am 12. fertig ist", "Push-back (first time) — entschuldigen; 8-10 Werktage, Express nur für Einstärken; oder Mensch anbieten", "dieselbe Antwort wörtlich wiederholen"),
  ("boah echt jetzt. ich will mit nem menschen reden!!", "Push-back (second time in a row) + angry request for a person — sofort übergeben", "noch eine FAQ-Antwort; umformulieren lassen"),
  ("hallo?? ist da wer", WAIT + "Waiting — beruhigen, keine FAQ-Antwort, keine erfundene Wartezeit", "FAQ-Antwort; neues Begrüßungsmenü"),
 ],
 [
  ("hab vor 3 wochen meine neuen gläser für nah und fern abgeholt und mir wird nur schwindelig damit. 400 euro für nix!!!", F(9, "entschuldigen; 3 Monate Verträglichkeitsgarantie, Gläser werden kostenlos neu gefertigt"), "Reparatur; Stornierung; nur Übergabe ohne Antwort"),
  ("wer hat gestern eigentlich gewonnen, 96 gegen st pauli?", "Not covered by the FAQ (unrelated) — kurz ehrlich", "FAQ-Antwort oder Auswahl"),
  ("ruft mich bitte zurück, 0176 23456789", "Request for a person (callback with number) — übergeben, Rückruf bestätigen", "nur die Telefonnummer des Geschäfts; Terminbuchung"),
  ("wie lange dauert das denn", WAIT + "Waiting — über die Wartezeit auf den Menschen: beruhigen, keine erfundene Zeit", "Anfertigungsdauer einer Brille"),
 ],
 [
  ("ich hab gestern abend ne brille bestellt, will die doch nicht mehr", F(12, "innerhalb 24 h kostenlos, solange die Gläser nicht in Fertigung sind; danach 50 % des Glaspreises"), "behaupten, die Bestellung sei storniert; Terminabsage"),
  ("ja", "Ambiguous yes — nachfragen bzw. Weg nennen (anrufen/vorbeikommen); nie behaupten, es sei storniert", "eine Stornierung bestätigen"),
  ("dann lieber nochmal zum aussuchen vorbeikommen, geht donnerstag nachmittag?", F(10, "online, telefonisch 0511 2134567 oder im Geschäft; Do bis 18:30 geöffnet"), "Terminabsage; Übergabe"),
  ("kann ich nich mal mit einem von euch schnacken?", "Request for a person (dialect: \"schnacken\" = reden) — übergeben", "FAQ-Antwort; Rückfrage ohne Übergabe"),
 ],
 [
  ("moin! habt ihr sonnenbrillen mit stärke und gibt die kasse da was dazu?", F.both(8, 4, "ab 149 € Einstärken, ab 349 € Gleitsicht; Kasse nur bis 18 J. oder ab 6 dpt, nie die Fassung"), "nur eine Hälfte; Brillenpreis"),
  ("und polarisiert?", F(8, "40 € Aufpreis"), "Garantie; Krankenkasse"),
  ("wo genau seid ihr, ich komm mitm auto", F(13, "Limmerstraße 48, Hannover-Linden; keine eigenen Parkplätze, Parkschein in Seitenstraßen"), "Öffnungszeiten"),
  ("achso, meinen termin am freitag schaff ich nicht", F(11, "bis 24 h vorher über den Link in der Bestätigungsmail oder telefonisch, kostenlos"), "Brillenstornierung; neuer Termin ohne Absage"),
 ],
]
write_plan("de", C)
