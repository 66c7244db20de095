"""German: s'Gwandhaus Brandl, a Tracht (Dirndl/Lederhose) rental shop in München-Haidhausen.

Customers type Bavarian (Boarisch) on the phone.
"""
from common_en_de_fr_it import (CHOICES, REJECT, AFTER, WAIT, faq, both, not_covered, vague, small, person,
                                push1, push2, waiting, ambiguous, write_faq, write_plan)

RESERVE = "Wie kann ich eine Tracht reservieren?"
DIRNDL = "Was kostet ein Dirndl zum Ausleihen?"
LEDER = "Was kostet eine Lederhose zum Ausleihen?"
DURATION = "Wie lange kann ich die Tracht behalten?"
DEPOSIT = "Muss ich eine Kaution hinterlegen?"
SIZES = "Welche Größen habt ihr?"
SHOES = "Sind Schuhe und Accessoires dabei?"
DAMAGE = "Was passiert, wenn die Tracht schmutzig oder kaputt zurückkommt?"
LATE = "Was passiert, wenn ich die Tracht zu spät zurückbringe?"
CANCEL = "Kann ich meine Reservierung stornieren?"
HOURS = "Wann habt ihr geöffnet?"
WHERE = "Wo ist der Laden und wie komme ich hin?"
BUY = "Kann ich eine Tracht auch kaufen?"
GROUP = "Gibt es Angebote für Gruppen?"
PAY = "Wie kann ich bezahlen?"

FAQ = [
    (RESERVE,
     "Online auf gwandhaus-brandl.de oder telefonisch unter 089 4480 2211. Bei der Reservierung wählst du Abholtag und "
     "Rückgabetag und buchst einen Anprobetermin (45 Minuten) im Laden. Die Reservierung ist fix, sobald die Anzahlung "
     "von 30 € pro Outfit bezahlt ist; sie wird mit dem Mietpreis verrechnet. Für die Wiesn-Wochenenden bitte mindestens "
     "4 Wochen vorher reservieren.",
     "reservierung", ["reservieren", "reservierung", "anprobe", "termin", "buchen"],
     ["wie buche ich ein dirndl", "kann ich vorher einen termin zur anprobe machen", "tracht vorbestellen"]),
    (DIRNDL,
     "Ein komplettes Dirndl (Kleid, Bluse und Schürze) kostet 69 € für die Grundmiete von 3 Tagen. Premium-Dirndl aus "
     "Seide oder Leinen kosten 99 €. Jeder weitere Tag kostet 15 €. Die Reinigung ist im Preis enthalten, die Kaution "
     "(100 €) kommt dazu.",
     "preise", ["dirndl", "preis", "kosten", "miete", "leihen"],
     ["wie teuer ist ein dirndl", "dirndl mieten preis", "was kostet ein dirndl für die wiesn"]),
    (LEDER,
     "Eine kurze Lederhose mit Hosenträgern kostet 59 € für 3 Tage, eine Kniebundhose 79 €. Ein Trachtenhemd dazu kostet "
     "15 €. Jeder weitere Tag kostet 15 €. Reinigung inklusive, Kaution 100 € pro Outfit.",
     "preise", ["lederhose", "preis", "kosten", "trachtenhemd", "herren"],
     ["was kostet eine lederhose", "lederhose leihen preis", "tracht für männer mieten"]),
    (DURATION,
     "Die Grundmiete gilt für 3 Tage, gezählt vom Abholtag bis zum Rückgabetag. Jeder weitere Tag kostet 15 € pro Outfit. "
     "Am Stück kannst du eine Tracht höchstens 10 Tage mieten. Eine Verlängerung bitte spätestens am Rückgabetag "
     "telefonisch oder im Laden melden.",
     "miete", ["mietdauer", "verlängern", "tage", "zeitraum", "länger"],
     ["wie viele tage darf ich das dirndl haben", "kann ich die miete verlängern", "mietdauer"]),
    (DEPOSIT,
     "Ja, pro Outfit 100 € Kaution, zu zahlen bei der Abholung in bar oder mit girocard (nicht mit Kreditkarte), dazu "
     "zeigst du deinen Personalausweis. Bei Rückgabe im Laden bekommst du die Kaution sofort zurück (girocard: Gutschrift "
     "in 3-5 Werktagen). Bei Rückgabe über die Rückgabebox buchen wir sie nach Prüfung am nächsten Werktag zurück.",
     "miete", ["kaution", "pfand", "sicherheit", "ausweis"],
     ["wie hoch ist die kaution", "muss ich pfand zahlen", "wann krieg ich die kaution zurück"]),
    (SIZES,
     "Dirndl haben wir in den Größen 32 bis 54, Lederhosen für Herren in 44 bis 62 und Kinder-Trachten ab Größe 104. "
     "Am besten kommst du zur Anprobe, weil Trachten je nach Schnitt unterschiedlich fallen. Saum und Schürze stecken "
     "wir bei der Anprobe kostenlos ab.",
     "miete", ["größe", "größen", "passform", "kinder", "übergröße"],
     ["habt ihr große größen", "gibt es kindertrachten", "welche größe brauche ich"]),
    (SHOES,
     "Schuhe und Accessoires sind nicht im Grundpreis enthalten. Zur Miete gibt es Haferlschuhe (15 €), Trachtenhut "
     "(10 €) und Charivari oder Kropfkette (8 €), jeweils für die ganze Mietzeit. Strümpfe und Loferl verkaufen wir aus "
     "Hygienegründen nur neu (12 €).",
     "miete", ["schuhe", "haferlschuhe", "hut", "accessoires", "strümpfe", "charivari"],
     ["kann ich auch schuhe leihen", "was gehört zum dirndl dazu", "habt ihr hüte"]),
    (DAMAGE,
     "Die Reinigung ist im Mietpreis enthalten, normale Flecken von Bier oder Essen sind kein Problem. Risse, Brandlöcher "
     "oder fehlende Knöpfe berechnen wir nach Aufwand ab 20 €, der Betrag wird von der Kaution abgezogen. Bei Verlust "
     "oder Totalschaden zahlst du den Zeitwert, höchstens 250 € für ein Dirndl und 350 € für eine Lederhose.",
     "miete", ["schmutzig", "kaputt", "schaden", "reinigung", "fleck"],
     ["was ist wenn ich das dirndl dreckig mache", "knopf abgerissen was kostet das", "schaden an der lederhose"]),
    (LATE,
     "Für jeden angefangenen Tag Verspätung berechnen wir 15 € pro Outfit. Schaffst du es nicht bis Ladenschluss, wirf die "
     "Tracht in der beiliegenden Tasche in unsere Rückgabebox neben der Ladentür; bis 8 Uhr am nächsten Morgen gilt das "
     "als pünktlich und kostet nichts extra.",
     "miete", ["verspätung", "rückgabe", "zu spät", "rückgabebox"],
     ["ich bring das dirndl einen tag später", "was kostet eine verspätete rückgabe", "rückgabe nach feierabend"]),
    (CANCEL,
     "Bis 7 Tage vor dem Abholtag kannst du kostenlos stornieren, die Anzahlung bekommst du zurück. Danach behalten wir "
     "die Anzahlung von 30 € pro Outfit ein. Stattdessen kannst du bis 48 Stunden vorher einmal kostenlos auf ein anderes "
     "Datum umbuchen.",
     "reservierung", ["stornieren", "stornierung", "absagen", "umbuchen", "anzahlung"],
     ["reservierung absagen", "kann ich den termin verschieben", "bekomme ich die anzahlung zurück"]),
    (HOURS,
     "Montag bis Freitag 10-19 Uhr, Samstag 9-16 Uhr, Sonntag geschlossen. Während der Wiesn (Oktoberfest) haben wir "
     "täglich von 8 bis 20 Uhr geöffnet, auch sonntags und am Feiertag.",
     "allgemein", ["öffnungszeiten", "geöffnet", "sonntag", "samstag", "wiesn"],
     ["wann macht ihr auf", "habt ihr am samstag offen", "öffnungszeiten während dem oktoberfest"]),
    (WHERE,
     "Wörthstraße 14, 81667 München-Haidhausen, 5 Minuten zu Fuß vom Ostbahnhof (S-Bahn und U5). Eigene Parkplätze haben "
     "wir nicht; das nächste Parkhaus ist am Ostbahnhof.",
     "allgemein", ["adresse", "anfahrt", "parken", "ostbahnhof", "haidhausen"],
     ["wo seid ihr", "wie komme ich zu euch", "gibt es parkplätze"]),
    (BUY,
     "Ja, wir verkaufen gebrauchte Leihtrachten aus der Vorsaison: Dirndl ab 89 €, Lederhosen ab 129 €. Neue Trachten "
     "verkaufen wir nicht. Gefällt dir deine Leihtracht, kannst du sie während der Mietzeit kaufen; der Mietpreis wird "
     "dann angerechnet.",
     "allgemein", ["kaufen", "gebraucht", "verkauf", "behalten"],
     ["verkauft ihr auch dirndl", "kann ich die lederhose behalten", "second hand tracht"]),
    (GROUP,
     "Ab 6 Personen gibt es 10 % Rabatt auf die Miete, z. B. für Junggesellenabschiede oder Firmenausflüge. Die Gruppe "
     "bekommt einen gemeinsamen Anprobetermin (2 Stunden), Anzahlung 30 € pro Person. Jede Person hinterlegt ihre eigene "
     "Kaution.",
     "preise", ["gruppe", "rabatt", "junggesellenabschied", "firma", "mehrere"],
     ["gruppenrabatt", "wir sind zehn leute", "angebot für firmenausflug"]),
    (PAY,
     "Miete und Anzahlung kannst du bar, mit girocard, Visa oder Mastercard bezahlen, online auch mit PayPal. Die Kaution "
     "nur bar oder mit girocard. Rechnung auf Überweisung gibt es nur für Firmen.",
     "allgemein", ["bezahlen", "zahlung", "karte", "paypal", "bar"],
     ["kann ich mit karte zahlen", "nehmt ihr paypal", "zahlung auf rechnung"]),
]

C = [
    # 1 greeting + question, follow-ups, thanks
    [
        ("servus! wos kost bei eich a dirndl fia d wiesn",
         faq(DIRNDL, "69 € komplett (Kleid, Bluse, Schürze) für 3 Tage, Premium 99 €"),
         "the Lederhose price; a greeting only; the opening hours because of 'Wiesn'"),
        ("und wenn i's a ganze woch brauch",
         faq(DURATION, "3 Tage Grundmiete + 15 € je weiterer Tag (7 Tage = 69 € + 4 × 15 € = 129 €), max. 10 Tage"),
         "the late-return entry; the buying entry; choices"),
        ("san do schuah dabei?",
         faq(SHOES, "nein, nicht im Grundpreis; Haferlschuhe 15 € extra"),
         "saying yes; the sizes entry"),
        ("basst, vergelts gott",
         small("thanks"),
         "another FAQ answer; a handover"),
    ],
    # 2 vague message, typed rejection, rephrasing
    [
        ("wega dem gwand",
         vague("prices, sizes, damage, ..."),
         "one random entry; a handover"),
        (REJECT + "na, des is ois ned des wos i moan",
         push1(" (typed rejection)"),
         "the same choices again; a handover straight away"),
        ("wenn ma do a bier drüber schütt, zoi i dann extra?",
         faq(DAMAGE, "nein, Reinigung ist inklusive und Bierflecken sind kein Problem; nur Risse/Löcher kosten ab 20 €"),
         "the deposit entry alone; saying a stain costs extra"),
    ],
    # 3 vague, a new question typed while choices show ('canceln' = the booking), ambiguous ja, follow-up
    [
        ("reservierung",
         vague("reservieren, stornieren"),
         "one entry at random; a handover"),
        (CHOICES + "i mog mei sach fürn 21. canceln, geht des no",
         faq(CANCEL, "bis 7 Tage vor Abholung kostenlos, Anzahlung zurück; danach 30 € einbehalten"),
         "ignoring the typed text; ending/resetting the chat; claiming it is cancelled"),
        ("ja",
         ambiguous("ja"),
         "'deine Reservierung ist storniert'; a new FAQ answer"),
        ("und wenns bloß no 5 dog hi is?",
         faq(CANCEL, "weniger als 7 Tage: 30 € Anzahlung pro Outfit wird einbehalten; bis 48 h vorher einmal kostenlos umbuchen"),
         "the duration entry; the late-return entry"),
    ],
    # 4 group, near-trade services not offered, unrelated question, follow-up
    [
        ("mia san 8 buam fürn jga, wird des do bissl billiger?",
         faq(GROUP, "ab 6 Personen 10 % Rabatt, gemeinsamer Anprobetermin 2 h, Anzahlung 30 € pro Person"),
         "the Lederhose price only; choices"),
        ("und de kaution, zoit de jeder selba oder geht des zam",
         faq(DEPOSIT, "jede Person hinterlegt ihre eigene Kaution: 100 € pro Outfit, bar oder girocard"),
         "the group entry again without the deposit rule; the payment entry alone"),
        ("kennts ihr ma s oide dirndl vo da oma enger macha?",
         not_covered("alterations of the customer's own Tracht are not offered"),
         "the sizes entry (pinning hems at the fitting); the buying entry"),
        ("wisst's ihr wie ma no an tisch im schottenhamel kriagt",
         not_covered("unrelated: Wiesn tent table booking"),
         "the reservation entry; the opening hours"),
    ],
    # 5 angry customer the FAQ covers, push-back twice, waiting
    [
        ("des is a frechheit!!! 40 euro weniger kaution zruck wega am kloana riss am ärmel. zefix",
         faq(DAMAGE, "apologise; Risse werden nach Aufwand ab 20 € von der Kaution abgezogen"),
         "a handover without answering; the deposit entry without the damage rule; no apology"),
        ("des is doch koa antwort",
         push1(),
         "the same damage answer again"),
        ("oida, i red do mit da wand",
         push2(),
         "a third FAQ answer; asking to rephrase"),
        (AFTER + "hallo?? is do wer",
         waiting(),
         "a FAQ answer; starting over"),
        (AFTER + "wia lang dauert des no",
         waiting(),
         "an invented time; reading out the opening hours as a promise"),
    ],
    # 6 'are you a bot', callback with a made-up number, waiting
    [
        ("bist du a echta mensch oda a computer",
         small("says it's an automated assistant, can pass to a person"),
         "pretending to be human; a handover without being asked"),
        ("dann ruaf mi hoid wer o, 0151 2345 6789, geht um a gruppn",
         person("callback with the customer's number"),
         "the group entry only; reading out the shop's phone number"),
        (AFTER + WAIT + "und?",
         waiting(),
         "a FAQ answer; an invented time"),
    ],
    # 7 late return, follow-ups, goodbye in slang
    [
        ("i pack's ned bis ladenschluss mit da lederhosn, wos moch i",
         faq(LATE, "Rückgabebox neben der Ladentür, bis 8 Uhr am nächsten Morgen ohne Aufpreis"),
         "only the 15 € late fee; the opening hours alone"),
        ("und mei kaution, kriag i de dann glei?",
         faq(DEPOSIT, "bei Rückgabe über die Box nach Prüfung am nächsten Werktag zurück"),
         "'sofort' (that is only for returns in the shop); the damage entry"),
        ("kann i de miete mit kreditkartn zoin",
         faq(PAY, "ja, Visa/Mastercard für die Miete; die Kaution nur bar oder girocard"),
         "saying the deposit can be paid by credit card"),
        ("pfiat di, host ma vui gholfn",
         small("thanks + goodbye"),
         "another FAQ answer; a handover"),
    ],
]

if __name__ == "__main__":
    print(write_faq("de", FAQ))
    print(write_plan("de", C))
