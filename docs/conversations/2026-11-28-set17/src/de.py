"""German plan for set 17: Klavierwerkstatt Aebersold, Bern (piano tuner and piano workshop).
Customers type Swiss German (Bernese and other Swiss dialects) on a phone; the FAQ is in standard German as a
Swiss shop writes it (ss instead of ß, CHF)."""
from common_a import WAIT, AFTER, TYPE, REJECT, faq, both, write_faq, write_plan

PRICE = "Was kostet eine Klavierstimmung?"
OFTEN = "Wie oft sollte ich mein Klavier stimmen lassen?"
BOOK = "Wie vereinbare ich einen Stimmtermin?"
CANCEL = "Kann ich einen Termin verschieben oder absagen?"
AREA = "In welchem Gebiet kommen Sie zu mir nach Hause?"
HOURS = "Wann ist die Werkstatt geöffnet?"
KEYS = "Repariert ihr klemmende oder stumme Tasten?"
ESTIMATE = "Macht ihr einen Kostenvoranschlag?"
RENT = "Kann ich bei euch ein Klavier mieten?"
USED = "Verkauft ihr Occasionsklaviere?"
PAY = "Welche Zahlungsarten akzeptiert ihr?"
GUARANTEE = "Gibt es eine Garantie auf Stimmungen und Reparaturen?"
CLIMATE = "Welches Raumklima braucht mein Klavier?"
OLD = "Nehmt ihr alte Klaviere zurück oder entsorgt sie?"
PARKING = "Wo kann ich bei der Werkstatt parkieren?"

FAQ = [
    (PRICE,
     "Eine Stimmung kostet für ein Klavier CHF 190.– und für einen Flügel CHF 230.–, Anfahrt in der Stadt Bern "
     "inbegriffen. Sie dauert etwa 1½ Stunden. Ist das Instrument stark verstimmt (seit über 3 Jahren nicht gestimmt), "
     "braucht es eine Vorstimmung für CHF 80.– zusätzlich.",
     "Stimmung", ["Stimmung Preis", "Klavier stimmen", "Flügel", "Kosten", "Vorstimmung"],
     ["wie viel kostet das Stimmen", "Preis Flügel stimmen", "was verlangt ihr fürs Stimmen"]),
    (OFTEN,
     "Wir empfehlen eine Stimmung pro Jahr, bei täglichem Üben oder Unterricht zwei pro Jahr. Nach einem Umzug "
     "sollte das Klavier 4 bis 6 Wochen im neuen Raum stehen, bevor es gestimmt wird, damit es sich ans Klima "
     "gewöhnt hat.",
     "Stimmung", ["wie oft", "jährlich", "Intervall", "nach Umzug", "Stimmrhythmus"],
     ["wie häufig muss man stimmen", "reicht einmal im Jahr", "wann nach dem Umzug stimmen"]),
    (BOOK,
     "Termine buchen Sie online auf unserer Website oder telefonisch unter 031 302 45 67 (Di–Fr 8.00–12.00 Uhr). "
     "Wir stimmen von Montag bis Samstag, Samstag mit CHF 30.– Zuschlag. Rechnen Sie mit 1 bis 2 Wochen Vorlauf; "
     "vor Weihnachten und im Januar eher 3 Wochen.",
     "Termine", ["Termin", "buchen", "anmelden", "reservieren", "Telefon"],
     ["wie kann ich einen Termin abmachen", "Stimmtermin buchen", "habt ihr nächste Woche noch Platz"]),
    (CANCEL,
     "Sie können einen Termin bis 48 Stunden vorher kostenlos verschieben oder absagen, online über den Link in "
     "der Bestätigung oder per Telefon. Bei späterer Absage oder wenn wir vor verschlossener Tür stehen, verrechnen "
     "wir CHF 60.– Umtriebsentschädigung.",
     "Termine", ["absagen", "verschieben", "stornieren", "Umtriebsentschädigung", "Termin ändern"],
     ["ich muss den Termin absagen", "Termin verschieben", "kostet eine Absage etwas"]),
    (AREA,
     "Wir kommen in der Stadt Bern und in Köniz, Ostermundigen, Ittigen, Muri, Bolligen und Bremgarten ohne "
     "Zuschlag. Weiter weg bis 30 km verrechnen wir CHF 1.20 pro Kilometer ab Stadtgrenze. Thun, Biel und das "
     "Emmental bedienen wir an festen Tourentagen einmal pro Monat.",
     "Termine", ["Anfahrt", "Gebiet", "Region", "Kilometer", "Agglomeration"],
     ["kommt ihr auch nach Köniz", "wie weit fahrt ihr", "kostet die Anfahrt extra"]),
    (HOURS,
     "Die Werkstatt an der Länggassstrasse 41, 3012 Bern, ist Dienstag bis Freitag von 8.00 bis 12.00 und "
     "13.30 bis 18.00 Uhr und am Samstag von 9.00 bis 13.00 Uhr offen. Am Montag ist geschlossen. Probespielen "
     "im Ausstellungsraum bitte mit Voranmeldung.",
     "Allgemein", ["Öffnungszeiten", "offen", "Samstag", "Adresse", "Werkstatt"],
     ["wann seid ihr offen", "habt ihr am Samstag offen", "wo ist die Werkstatt"]),
    (KEYS,
     "Ja. Kleine Reparaturen wie klemmende Tasten, ein hängender Hammer oder ein quietschendes Pedal erledigen wir "
     "meist direkt bei der Stimmung für CHF 25.– pro Taste. Grössere Arbeiten (Hammerköpfe, Saitenbruch, "
     "Mechanik) machen wir in der Werkstatt nach Kostenvoranschlag.",
     "Reparaturen", ["Taste", "klemmt", "Reparatur", "Hammer", "Pedal", "Mechanik"],
     ["eine Taste bleibt hängen", "Taste gibt keinen Ton", "Pedal quietscht"]),
    (ESTIMATE,
     "Für grössere Reparaturen begutachten wir das Instrument bei Ihnen zu Hause für CHF 90.–. Sie erhalten "
     "innert 5 Arbeitstagen einen schriftlichen Kostenvoranschlag; geben Sie den Auftrag, rechnen wir die CHF 90.– "
     "an.",
     "Reparaturen", ["Kostenvoranschlag", "Offerte", "Begutachtung", "Schätzung"],
     ["kann ich eine Offerte haben", "was kostet die Begutachtung", "lohnt sich die Reparatur"]),
    (RENT,
     "Ja, Mietklaviere gibt es ab CHF 55.– pro Monat, Mindestdauer 6 Monate. Lieferung und Abholung kosten "
     "pauschal je CHF 280.– (Erdgeschoss; pro Stockwerk ohne Lift CHF 40.– mehr). Kaufen Sie das Klavier im "
     "ersten Jahr, rechnen wir die bezahlte Miete voll an.",
     "Verkauf und Miete", ["mieten", "Miete", "Mietklavier", "Mietkauf", "Monat"],
     ["Klavier zur Miete", "was kostet ein Mietklavier", "kann man zuerst mieten und dann kaufen"]),
    (USED,
     "Ja, wir verkaufen revidierte Occasionsklaviere ab CHF 3'900.– mit 5 Jahren Garantie und einer Gratis-"
     "Stimmung nach dem Liefern. Die aktuellen Instrumente sehen Sie auf unserer Website; Probespielen in der "
     "Werkstatt nach Vereinbarung.",
     "Verkauf und Miete", ["Occasion", "gebraucht", "kaufen", "Verkauf", "Secondhand"],
     ["habt ihr gebrauchte Klaviere", "Klavier kaufen", "was kostet ein Occasionsklavier"]),
    (PAY,
     "Sie können bar, mit TWINT, Maestro/Debitkarte, Visa oder Mastercard bezahlen. Nach einer Stimmung bei Ihnen "
     "zu Hause zahlen Sie vor Ort mit TWINT oder erhalten eine Rechnung mit 30 Tagen Zahlungsfrist.",
     "Allgemein", ["bezahlen", "TWINT", "Rechnung", "Karte", "bar"],
     ["kann ich mit TWINT zahlen", "nehmt ihr Karte", "auf Rechnung möglich"]),
    (GUARANTEE,
     "Auf Reparaturen geben wir 12 Monate Garantie. Verstimmt sich das Klavier innert 4 Wochen nach der Stimmung "
     "deutlich, stimmen wir kostenlos nach. Ausgenommen sind Schäden durch Umzug, Heizung oder sehr trockene oder "
     "feuchte Luft.",
     "Reparaturen", ["Garantie", "Nachstimmen", "Gewährleistung", "reklamieren"],
     ["habt ihr Garantie", "wieder verstimmt nach dem Stimmen", "Reklamation Stimmung"]),
    (CLIMATE,
     "Ideal sind 18 bis 22 °C und 45 bis 60 % Luftfeuchtigkeit. Stellen Sie das Klavier nicht direkt neben eine "
     "Heizung, an ein Fenster mit Sonne oder an eine kalte Aussenwand. Ein Hygrometer erhalten Sie bei uns für "
     "CHF 35.–, einen Luftbefeuchter empfehlen wir ab unter 40 %.",
     "Pflege", ["Luftfeuchtigkeit", "Temperatur", "Heizung", "Standort", "Hygrometer"],
     ["wo soll das Klavier stehen", "zu trockene Luft", "wie warm darf es sein"]),
    (OLD,
     "Gut erhaltene Instrumente kaufen wir nach einer Begutachtung an oder rechnen sie beim Kauf eines "
     "Occasionsklaviers an. Alte Klaviere entsorgen wir für CHF 350.– inklusive Abholung in Bern und "
     "Agglomeration (Erdgeschoss; pro Stockwerk ohne Lift CHF 40.– mehr).",
     "Verkauf und Miete", ["Entsorgung", "Ankauf", "altes Klavier", "Abholung", "Eintausch"],
     ["kauft ihr mein altes Klavier", "Klavier entsorgen", "Eintausch möglich"]),
    (PARKING,
     "Im Hof an der Länggassstrasse 41 haben wir 2 Kundenparkplätze (max. 1 Stunde). Mit dem Bus Nr. 12 ab "
     "Bahnhof bis zur Haltestelle Unitobler sind es 2 Minuten zu Fuss. Die blaue Zone im Quartier erlaubt "
     "1 Stunde mit Parkscheibe.",
     "Allgemein", ["parkieren", "Parkplatz", "Bus", "Anreise", "blaue Zone"],
     ["wo kann ich parkieren", "habt ihr Parkplätze", "wie komme ich mit dem Bus"]),
]

C = []

# 1 greeting + question, short follow-ups, thanks (a family in Bümpliz)
C.append([
    ("grüessech, was choschtet bi öich es klavier z stimme?",
     "Small talk + " + faq(PRICE) + " — CHF 190 for a piano, CHF 230 for a grand, travel in Bern included, about 1.5 h.",
     "Only a greeting; the rental or repair entry; 'not covered'."),
    ("u chömet dr o uf bümpliz?",
     faq(AREA) + " — Bümpliz is part of the city of Bern: no surcharge.",
     "Opening hours; saying Bümpliz is outside; a handover."),
    ("guet. u zahle mit twint geit das?",
     faq(PAY) + " — yes, TWINT on site, or an invoice with 30 days.",
     "Price again; 'not covered'."),
    ("merci vielmal!",
     "Small talk: thanks — short 'gern geschehen'.",
     "An FAQ answer or choices; a handover."),
])

# 2 vague -> typed question while choices show, follow-up, "are you a bot?"
C.append([
    ("mis klavier tönt irgendwie komisch",
     "Too vague to answer — choices (tuning price, key repair, guarantee, room climate) or a clarifying question; no handover.",
     "Picking one entry as certain; a handover."),
    (TYPE + "es paar taschte blibe unde wenn me se drückt u chöme nümm ufe",
     faq(KEYS) + " — small repairs during the tuning, CHF 25 per key; bigger work in the workshop after an estimate.",
     "The tuning price entry; room climate; showing the same choices again."),
    ("u wenn meh kaputt isch, was choschtet s aaluegä?",
     faq(ESTIMATE) + " — assessment at home CHF 90, written estimate within 5 working days, credited if the job is given.",
     "Key repair entry again; tuning price."),
    ("bisch du e mönsch oder e computer?",
     "Small talk: 'are you a bot?' — says honestly it is an automated assistant, a person can take over.",
     "Claiming to be human; an FAQ answer."),
])

# 3 typed rejection + rephrasing, near-trade not offered
C.append([
    ("heit dr occasionsklavier?",
     faq(USED) + " — used pianos from CHF 3,900, 5-year guarantee, free tuning after delivery, try by appointment.",
     "Rental entry; 'not covered'."),
    (REJECT + "nei, das mein i nid",
     "Typed rejection — apologise and ask what is meant, or offer other choices; no handover yet.",
     "Repeating the used-piano answer; a handover."),
    ("i wett keis poschte. nume es jahr lang eis ha, für d tochter zum usprobiere obs ere verleidet",
     faq(RENT) + " — rental from CHF 55 a month, at least 6 months, delivery CHF 280, rent credited if bought in the first year.",
     "Used-piano entry again; guarantee; 'not covered'."),
    ("flicket dir o digitalpianos? üses yamaha keyboard macht kei ton meh",
     "Not covered by the FAQ (digital piano / keyboard repair is not offered) — say so honestly, offer a person.",
     "Key repair entry (that is for acoustic pianos); estimate entry; inventing a price."),
])

# 4 two questions, push-back twice, waiting
C.append([
    ("mir zügle im merz i nes nöis huus. wie lang mues me nachär warte, bis dir's wieder i d reihe bringet? u wo ghört s instrument am beschte häre?",
     both(OFTEN, CLIMATE) + " — wait 4-6 weeks after the move; 18-22 °C, 45-60 % humidity, not next to heating, sunny window or cold outer wall.",
     "Only one half; the booking entry; transport offers (not in the FAQ)."),
    ("das hani nid gfragt",
     "Push-back (first time) — apologise, ask what is missing, offer a person; no repetition of the same answer.",
     "The same answer again; an unrelated entry."),
    ("jetz isch aber gnue. i wott mit emne mönsch rede, subito",
     "Push-back (second time in a row), angry request for a person — hand over now.",
     "Another FAQ answer; asking to rephrase; no handover."),
    (WAIT + "hallo?? isch da öpper?",
     "Waiting — reassure that a person will reply; no FAQ answer, no invented time.",
     "An FAQ answer or choices; starting over."),
])

# 5 angry but covered, unrelated, callback with number, "how long?"
C.append([
    ("das isch doch e witz! vor 10 täg isch dr maa cho u jetz tönt ds a scho gar nümm rächt. für 190 stutz!!",
     "Angry, FAQ covers it: " + faq(GUARANTEE) + " — apology; clearly out of tune within 4 weeks after tuning: re-tuned free (except move/heating/very dry or damp air).",
     "The tuning price entry; the how-often entry; a handover without the answer."),
    ("weisch du wie warm d aare hüt isch?",
     "Not covered by the FAQ (unrelated) — say it can only help with the workshop.",
     "Any FAQ entry (room climate!) or choices; guessing a temperature."),
    ("chönd Si mi zrugglüte? 079 345 67 89, am liebschte am namittag",
     "Request for a person (callback with a number) — hand over / record the callback request; no promise of an exact time.",
     "Only giving the workshop's phone number; ignoring the number."),
    (AFTER + "wie lang gaht das öppe?",
     "Waiting ('how long?') — reassure; no invented waiting time.",
     "Making up a time; an FAQ answer."),
])

# 6 cancel + new appointment, ambiguous yes, person in dialect
C.append([
    ("mir chöi am donnschtig nid dahei si wäg em chind. wie chöi mer das löse u wenn chöit dir de stattdesse?",
     both(CANCEL, BOOK) + " — free to move or cancel up to 48 h before (link in confirmation or phone), later CHF 60; new date online or 031 302 45 67.",
     "Claiming the appointment was cancelled or moved; opening hours."),
    ("ja",
     "Ambiguous yes — acknowledge and say how to cancel/move (or that a person can do it); never claim it was cancelled.",
     "'Your appointment is cancelled'; a new FAQ answer."),
    ("chönd Si mi bitte mit öpperem vo dr wärchstatt verbinde, das isch mir z kompliziert",
     "Request for a person (in dialect) — hand over.",
     "Another FAQ answer; asking to rephrase."),
])

# 7 two questions, follow-up, acknowledgement, goodbye
C.append([
    ("sit dr am samschtig offe? u wo cha me bi öich s auto abstelle?",
     both(HOURS, PARKING) + " — Saturday 9-13 (closed Monday); 2 customer spaces in the yard (1 h), blue zone, bus 12 to Unitobler.",
     "Only one half; tuning on Saturday surcharge only."),
    ("u ds alte klavier vom grosi, nämet dir das?",
     faq(OLD) + " — bought after assessment if in good condition, or disposal CHF 350 incl. pick-up in Bern area.",
     "Used-piano sale entry; rental."),
    ("ok, alles klar",
     "Small talk: acknowledgement — short reply, no FAQ answer.",
     "Choices or an FAQ answer; a handover."),
    ("uf widerluege",
     "Small talk: goodbye — short friendly goodbye.",
     "An FAQ answer; a handover."),
])

if __name__ == "__main__":
    print(write_faq("de", FAQ))
    print(write_plan("de", C))
