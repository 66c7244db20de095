"""de: Keramikwerkstatt Scherbenglück, Neubaugasse, 1070 Wien (pottery shop and wheel-throwing courses)."""
from common_a import *

Q1 = "Wann habt ihr geöffnet?"
Q2 = "Was kostet ein Drehkurs für Anfänger?"
Q3 = "Gibt es einen Schnupperkurs?"
Q4 = "Wie melde ich mich für einen Kurs an?"
Q5 = "Kann ich einen Kurs stornieren oder umbuchen?"
Q6 = "Wann kann ich meine im Kurs gemachten Stücke abholen?"
Q7 = "Gibt es Gutscheine?"
Q8 = "Verschickt ihr eure Keramik?"
Q9 = "Meine Bestellung ist beschädigt angekommen. Was tun?"
Q10 = "Ist euer Geschirr spülmaschinenfest?"
Q11 = "Kann ich Geschirr nach Wunsch anfertigen lassen?"
Q12 = "Gibt es Kurse für Kinder?"
Q13 = "Kann man bei euch eine Feier oder ein Firmenevent machen?"
Q14 = "Wie kann ich bezahlen?"
Q15 = "Wo finde ich euch?"

FAQ = [
    (Q1, "Unser Geschäft in der Neubaugasse 41 ist Dienstag bis Freitag von 11 bis 19 Uhr und Samstag von 10 bis 17 Uhr geöffnet. Sonntag, Montag und an Feiertagen ist geschlossen. Die Kurse finden abends und am Samstag statt.", "Geschäft", "Öffnungszeiten;offen;geschlossen;Samstag;Uhrzeit", "wann habt ihr offen|seid ihr am samstag da|wie lange ist das geschäft offen"),
    (Q2, "Der Anfängerkurs an der Töpferscheibe umfasst 4 Abende zu je 2,5 Stunden (Dienstag oder Donnerstag, 18 bis 20:30 Uhr) und kostet 240 Euro. Ton, Glasuren und zwei Brände sind inbegriffen. Pro Kurs gibt es höchstens 6 Plätze, jede Person hat eine eigene Scheibe.", "Kurse", "Drehkurs;Anfänger;Töpferscheibe;Kurspreis;Teilnehmer", "was kostet der töpferkurs|wie viel kostet drehen lernen|wie viele leute sind im kurs"),
    (Q3, "Ja, den Schnupperabend: einmal 3 Stunden an der Scheibe, jeden Freitag von 18 bis 21 Uhr oder Samstag von 14 bis 17 Uhr, um 75 Euro pro Person inklusive Material und Brand. Man macht 2 bis 3 Stücke und braucht keine Vorkenntnisse.", "Kurse", "Schnupperkurs;Probe;einmalig;ausprobieren;Einzeltermin", "kann ich das einmal ausprobieren|gibt es einen einzelnen termin|probestunde"),
    (Q4, "Alle Termine stehen auf unserer Website unter Kurse. Sie buchen dort online und zahlen 50 Prozent Anzahlung, der Rest wird am ersten Kursabend fällig. Sie können auch im Geschäft oder telefonisch unter 01 522 47 18 buchen. Sie erhalten eine Bestätigung per E-Mail.", "Kurse", "Anmeldung;buchen;reservieren;Platz;Termin", "wie buche ich einen kurs|kann ich einen platz reservieren|wo kann ich mich anmelden"),
    (Q5, "Bis 14 Tage vor Kursbeginn stornieren oder verschieben Sie kostenlos. Von 13 bis 7 Tagen vorher behalten wir 50 Prozent des Kurspreises, danach ist keine Rückerstattung möglich. Sie können aber jederzeit kostenlos eine Ersatzperson schicken. Stornieren Sie per E-Mail an kurse@scherbenglueck.at oder telefonisch.", "Kurse", "stornieren;absagen;umbuchen;verschieben;Rückerstattung", "ich kann nicht kommen|kurs absagen|bekomme ich mein geld zurück wenn ich absage"),
    (Q6, "Ihre Stücke müssen trocknen und zweimal gebrannt werden, das dauert 3 bis 4 Wochen. Wir schicken Ihnen eine E-Mail, sobald sie fertig sind. Abholen können Sie während der Öffnungszeiten; wir bewahren die Stücke 3 Monate auf, danach werden sie entsorgt.", "Kurse", "abholen;fertig;brennen;Brand;Wartezeit", "wann ist meine tasse fertig|wann kann ich meine sachen holen|wie lange dauert das brennen"),
    (Q7, "Ja, Gutscheine gibt es ab 30 Euro für jeden Betrag oder für einen bestimmten Kurs. Sie sind 3 Jahre gültig, im Geschäft und für alle Kurse einlösbar und können online gekauft werden: als PDF per E-Mail sofort oder als gedruckte Karte per Post um 2 Euro.", "Geschäft", "Gutschein;Geschenk;verschenken;Geschenkkarte;einlösen", "kann ich einen kurs verschenken|geschenkgutschein|wie lange ist ein gutschein gültig"),
    (Q8, "Ja, wir verschicken bruchsicher verpackt mit der Post. Innerhalb Österreichs kostet der Versand 7,90 Euro, ab 80 Euro Bestellwert ist er gratis; in die EU kostet er 14,90 Euro. Die Lieferung dauert in Österreich 2 bis 3 Werktage, in der EU 4 bis 7 Werktage.", "Versand", "Versand;verschicken;Lieferung;Versandkosten;Post", "liefert ihr auch nach deutschland|was kostet das porto|wie lange dauert die lieferung"),
    (Q9, "Das tut uns sehr leid! Schicken Sie uns innerhalb von 7 Tagen nach Erhalt Fotos der kaputten Stücke und der Verpackung an shop@scherbenglueck.at. Sie bekommen kostenlos Ersatz oder das Geld zurück, ganz wie Sie möchten. Die Scherben müssen Sie nicht zurückschicken.", "Versand", "kaputt;beschädigt;zerbrochen;Bruch;Transportschaden", "teller ist zerbrochen angekommen|paket war kaputt|was mache ich bei einem transportschaden"),
    (Q10, "Ja, unser Geschirr ist Steinzeug, gebrannt bei 1240 Grad, und damit spülmaschinen- und mikrowellenfest. Ausgenommen sind nur die Raku-Stücke (als Deko gekennzeichnet): Sie sind nicht für Lebensmittel geeignet und sollten nur trocken abgewischt werden.", "Geschäft", "Geschirrspüler;spülmaschinenfest;Mikrowelle;Steinzeug;Pflege", "darf das in den geschirrspüler|kann ich die tasse in die mikrowelle geben|wie pflege ich die keramik"),
    (Q11, "Ja, wir fertigen Geschirr auf Bestellung ab 6 Stück gleicher Art, etwa mit Ihrer Wunschfarbe oder einem Logo. Ein Teller kostet ab 28 Euro, ein Becher ab 24 Euro, ein Logo einmalig 60 Euro extra. Die Lieferzeit beträgt 6 bis 8 Wochen, bei Auftrag zahlen Sie 30 Prozent an.", "Aufträge", "Auftrag;Sonderanfertigung;Logo;individuell;Bestellung", "könnt ihr teller mit unserem logo machen|geschirr für ein restaurant|individuelle anfertigung"),
    (Q12, "Ja, für Kinder von 8 bis 12 Jahren gibt es den Kinderkurs am Samstag von 10 bis 12 Uhr: 4 Termine um 140 Euro, mit höchstens 6 Kindern. Jüngere Kinder können am Schnupperabend nicht teilnehmen, die Abendkurse sind ab 14 Jahren.", "Kurse", "Kinder;Kinderkurs;Alter;Jugendliche;Familie", "ab welchem alter|kann mein kind töpfern|gibt es etwas für kinder"),
    (Q13, "Ja, für Gruppen von 6 bis 12 Personen bieten wir exklusive Töpferabende an, etwa für Geburtstage, Junggesellinnenabschiede oder Firmen. Ein Abend dauert 3 Stunden und kostet 65 Euro pro Person inklusive Material, Brand und einem Glas Sekt. Eigene Snacks dürfen mitgebracht werden.", "Kurse", "Gruppe;Feier;Firmenfeier;Teambuilding;Geburtstag", "teamevent|polterabend bei euch|können wir als gruppe kommen"),
    (Q14, "Im Geschäft zahlen Sie bar, mit Bankomatkarte oder mit Kreditkarte (Visa, Mastercard). Online akzeptieren wir Kreditkarte, PayPal und Sofortüberweisung. Firmen bekommen für Gruppenabende auf Wunsch eine Rechnung mit 14 Tagen Zahlungsziel.", "Geschäft", "zahlen;Bankomat;Kreditkarte;bar;Rechnung", "kann ich mit karte zahlen|nehmt ihr paypal|geht auch auf rechnung"),
    (Q15, "Sie finden uns in der Neubaugasse 41, 1070 Wien, zwei Minuten von der U3-Station Neubaugasse; die Straßenbahn 49 hält ebenfalls in der Nähe. Parkplätze gibt es kaum, die nächste Garage ist in der Stiftgasse (ca. 4 Euro pro Stunde). Die Werkstatt ist im Erdgeschoss und barrierefrei.", "Geschäft", "Adresse;Anfahrt;U-Bahn;parken;Lage", "wie komme ich zu euch|wo ist das geschäft|gibt es parkplätze"),
]

PLAN = [
    [
        ("servus! was kost bei euch a drehkurs fuer anfaenger und wie meld i mi da an", both(Q2, Q4) + " — greeting back; 240 Euro for 4 evenings of 2.5 h, material and firing included; book online with 50 % deposit, or in the shop/by phone", "only one half without pointing to the other; the Schnupperkurs (75 Euro) given as the beginner course price; choices instead of an answer"),
        ("wie viele leit san da dabei", faq(Q2) + " — at most 6 per course, each with their own wheel", "group events (6-12 people) or the children's course (6 children); asking what 'leit' means"),
        ("gibts des a nur fuer an abend zum probieren", faq(Q3) + " — Schnupperabend, 3 h, Friday 18-21 or Saturday 14-17, 75 Euro incl. material and firing", "the 4-evening course again; 'not covered'"),
        ("passt, leiwand, danke dir", "Small talk: thanks/acknowledgement — short reply", "repeating an FAQ answer; a handover"),
    ],
    [
        ("hallo, frage wegen dem geschirr", "Too vague to answer — choices (dishwasher, custom tableware, shipping, damaged order) or a clarifying question", "picking one entry and answering it as if asked; a handover"),
        ("kann ma bei euch 12 teller mit unserem logo machen lassen, und gehn die dann in den geschirrspueler?", TYPE + both(Q11, Q10) + " — yes, custom orders from 6 pieces, logo 60 Euro once, 6-8 weeks, 30 % deposit; stoneware is dishwasher- and microwave-safe (not the raku decor pieces)", "answering only the dishwasher half; shop ware prices only; 'not covered'"),
        ("und habts ihr a gutscheine? kann ma die a verschicken", both(Q7, Q8) + " — vouchers from 30 Euro, valid 3 years, PDF by e-mail at once or printed card by post for 2 Euro; (shipping of ceramics: 7.90 Euro in Austria, free from 80 Euro)", "only the ceramics shipping entry without the voucher; 'not covered'"),
        ("bist du eigentlich a mensch oder a bot?", "Small talk: honest — it is an automatic assistant; a person can take over if wanted", "claiming to be a person; an FAQ answer; handing over unasked"),
    ],
    [
        ("wie lang dauert des bis i mei zeug hab", "Too vague to answer — choices or a question: the pieces made in a course (pickup after 3-4 weeks) or an order sent by post (delivery 2-3 working days)", "a handover; answering custom-order lead time only as if sure"),
        ("na, net des. i mein die schuessel die i im kurs selber gedreht hab", REJECT + faq(Q6) + " — drying and two firings take 3-4 weeks, e-mail when ready, pickup during opening hours", "repeating the shipping answer; the course booking entry"),
        ("und wenn i erst im jaenner kumm, is die dann no da?", faq(Q6) + " — pieces are kept 3 months after being ready, then disposed of (so it depends on when it is ready; say when)", "opening hours only; 'not covered'; inventing a longer storage time"),
        ("mei oma ihre vase is hinig, i hab die scherben im sackerl. koennts ihr die a bissl zammpicken?", "Not covered by the FAQ (repairing/gluing broken ceramics is not offered) — say so honestly, offer a person", "the damaged-delivery entry (photos within 7 days, replacement); claiming they repair"),
    ],
    [
        ("heast, mei bua is 10, derf der bei euch toepfern? und wann habts ihr am samstag offen", both(Q12, Q1) + " — children's course for 8-12 year olds, Saturday 10-12, 4 dates for 140 Euro; shop open Saturday 10-17", "evening courses (from 14 years) as if he could join; only one half"),
        ("des hab i net gfragt. i will wissen ob er mit MIR in den abendkurs mitkommen kann", "Push-back (first time) — apologise; the FAQ says evening courses are from 14 years, so no; or offer a person", "the children's course answer repeated unchanged; an unrelated entry"),
        ("na des is ur muehsam, gebts ma bitte wen echten", "Push-back (second time in a row) + angry request for a person — hand over now", "another FAQ answer; asking him to rephrase again"),
        ("hallo?? is da wer", WAIT + "Waiting — reassure that a person will answer; no FAQ answer, no invented wait time", "an FAQ answer; a second handover message as if nothing happened; inventing '5 minutes'"),
    ],
    [
        ("des gibts ja net!! packerl is heut kommen und zwei haferl san in scherben. um 90 euro!!", faq(Q9) + " — apologise; photos of the broken pieces and packaging within 7 days to shop@scherbenglueck.at, free replacement or refund, no need to send shards back", "the shipping-cost entry; 'not covered'; a handover without the steps"),
        ("wo gibts eigentlich in der naehe an guten punsch", "Not covered by the FAQ (unrelated: where to get punch nearby) — say so briefly", "the address/directions entry; the events entry; choices of unrelated entries"),
        ("kann mi wer zruckrufen? 0664 381 22 90", "Request for a person (callback with a number) — hand over / confirm the number is passed on", "just giving the shop's phone number and stopping; an FAQ answer"),
        ("wie lang dauert des ungefaehr", WAIT + "Waiting — 'how long?' means the callback; reassure, say the team has it, no invented time", "the delivery time (2-3 days) or the firing time (3-4 weeks); inventing 'within 10 minutes'"),
    ],
    [
        ("bin krank, des wird nix mit freitag beim schnupperabend. was is jetzt mit meine 75 euro?", faq(Q5) + " — if Friday is less than 7 days away: no refund, but a substitute person can come free (14+ days before free, 13-7 days 50 %); cancel by e-mail or phone", "claiming it is cancelled; promising a full refund; the Schnupperkurs description"),
        ("jo eh", "Ambiguous yes — acknowledge or ask what she wants (cancel anyway, send someone else?); never claim the booking was cancelled", "'Your booking has been cancelled'; repeating the whole answer"),
        ("i mog bitte mit wem von euch reden, a echter mensch waer ur lieb", "Request for a person (dialect) — hand over", "an FAQ answer; ignoring the request"),
    ],
    [
        ("gruess gott, wir san 8 leit von der firma. kann ma bei euch so a teamevent machen und zahlt ma des mit karte?", both(Q13, Q14) + " — yes, group evenings for 6-12 people, 3 h; card (Bankomat/credit) or, for companies, invoice with 14 days", "the beginner course; only one half"),
        ("und was kost des pro nase", faq(Q13) + " — 65 Euro per person incl. material, firing and a glass of Sekt", "240 Euro (course) or 75 Euro (Schnupper); asking what 'nase' means"),
        ("und wo genau seids ihr", faq(Q15) + " — Neubaugasse 41, 1070 Wien, 2 min from U3 Neubaugasse, tram 49; hardly any parking", "opening hours only; 'not covered'"),
        ("baba", "Small talk: goodbye — short goodbye", "a greeting; an FAQ answer; a handover"),
    ],
]

if __name__ == "__main__":
    write_faq("de", FAQ)
    write_plan("de", PLAN)
