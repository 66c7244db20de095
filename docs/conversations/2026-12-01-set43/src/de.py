"""German FAQ and plan for test set 43: Kletterwald Astenblick (high-ropes and climbing forest park), Winterberg
(Sauerland), made up. Run from src/: PYTHONPATH=<check folder> python3 de.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("preise", "Was kostet das Klettern?",
      "Erwachsene 29 €, Jugendliche von 12 bis 17 Jahren 24 €, Kinder von 8 bis 11 Jahren 19 €. Die Familienkarte "
      "(2 Erwachsene und 2 Kinder bis 17 Jahre) kostet 85 €, jedes weitere Kind 15 €. Die Kletterzeit beträgt 3 "
      "Stunden ab Ende der Einweisung. Begleitpersonen, die nicht klettern, und Hunde an der Leine kommen kostenlos "
      "aufs Gelände.",
      "tickets", ["preise", "eintritt", "familienkarte", "kletterzeit", "tickets"],
      ["was kostet der eintritt", "gibt es eine familienkarte", "wie lange darf man im wald bleiben"])
entry("alter", "Ab welchem Alter darf man klettern?",
      "Im großen Kletterwald ab 8 Jahren und ab 1,30 m Körpergröße. Kinder von 8 bis 11 Jahren klettern nur mit "
      "einem kletternden Erwachsenen (höchstens 2 Kinder pro Erwachsenem), Jugendliche von 12 bis 13 Jahren "
      "brauchen einen Erwachsenen am Boden, ab 14 Jahren darf man mit Einverständniserklärung der Eltern allein "
      "klettern. Für Kinder von 4 bis 7 Jahren gibt es den Wichtelpfad (bis 1 m Höhe) für 12 €, die Eltern "
      "begleiten vom Boden aus.",
      "tickets", ["alter", "mindestalter", "kinder", "körpergröße", "wichtelpfad"],
      ["wie alt muss man sein", "dürfen kinder allein klettern", "gibt es was für kleine kinder"])
entry("zeiten", "Wann hat der Kletterwald geöffnet?",
      "Vom 1. April bis 31. Oktober täglich von 10 bis 19 Uhr, letzter Einstieg um 16 Uhr; in den Sommerferien "
      "in NRW bis 20 Uhr, letzter Einstieg 17 Uhr. Im März und November nur samstags und sonntags von 11 bis 17 "
      "Uhr (letzter Einstieg 14 Uhr). Von Dezember bis Februar ist Winterpause.",
      "infos", ["öffnungszeiten", "geöffnet", "saison", "letzter einstieg", "winterpause"],
      ["bis wann habt ihr auf", "habt ihr im winter offen", "wann ist der letzte einlass"])
entry("wetter", "Was passiert bei Regen oder Gewitter?",
      "Bei Regen wird geklettert, die Parcours bleiben offen; rutschfeste Handschuhe gibt es an der Kasse für 3 €. "
      "Bei Gewitter oder Sturm holen unsere Trainer alle aus den Bäumen und der Kletterwald wird geschlossen. Wer "
      "dann weniger als 1 Stunde geklettert hat, bekommt einen Gutschein für einen neuen Besuch (2 Jahre gültig); "
      "eine Auszahlung ist nicht möglich. Bei einer amtlichen Unwetterwarnung können Sie gebuchte Termine bis 8 "
      "Uhr am selben Tag kostenlos verschieben.",
      "infos", ["regen", "gewitter", "wetter", "unwetter", "sturm"],
      ["klettert ihr auch wenn es regnet", "was ist bei schlechtem wetter", "bekomme ich geld zurück bei gewitter"])
entry("reservieren", "Muss ich einen Termin reservieren?",
      "Einzelpersonen und Familien können ohne Reservierung kommen; an Wochenenden und in den Ferien empfehlen "
      "wir, online ein Zeitfenster zu buchen (Einweisung alle 30 Minuten). Gruppen ab 10 Personen müssen "
      "reservieren. Online zahlen Sie mit PayPal oder Kreditkarte, an der Kasse bar, mit EC- oder Kreditkarte. "
      "Telefon: 02981 555 47 20 (Mo-Fr 9-17 Uhr).",
      "buchung", ["reservieren", "buchen", "zeitfenster", "online buchen", "bezahlen"],
      ["kann man einfach spontan kommen", "wie buche ich online", "kann man mit karte zahlen"])
entry("storno", "Kann ich meine Buchung stornieren oder umbuchen?",
      "Bis 48 Stunden vor dem Termin stornieren oder umbuchen Sie kostenlos über den Link in Ihrer "
      "Buchungsbestätigung. Danach ist nur noch eine einmalige Umbuchung für 5 € pro Person möglich; wer nicht "
      "kommt, zahlt den vollen Preis. Bei Krankheit oder Unfall mit ärztlichem Attest erhalten Sie einen Gutschein "
      "über den vollen Betrag.",
      "buchung", ["stornieren", "umbuchen", "absagen", "stornogebühr", "attest"],
      ["ich muss meinen termin absagen", "kann ich auf einen anderen tag wechseln",
       "bekomme ich geld zurück wenn ich krank bin"])
entry("geburtstag", "Kann man bei Ihnen Kindergeburtstag feiern?",
      "Ja, ab 6 Kindern von 8 bis 14 Jahren: 26 € pro Kind mit 3 Stunden Klettern, einem eigenen Trainer und "
      "Kletterurkunde; das Geburtstagskind klettert gratis. Die Grillhütte mit Grill und Holzkohle können Sie für "
      "2 Stunden dazubuchen (40 €), das Essen bringen Sie selbst mit. Bitte mindestens 2 Wochen vorher reservieren.",
      "gruppen", ["kindergeburtstag", "geburtstag", "feiern", "grillhütte", "geburtstagskind"],
      ["unser sohn möchte seinen geburtstag bei euch feiern", "was kostet ein kindergeburtstag",
       "kann man die grillhütte mieten"])
entry("gruppen", "Gibt es Angebote für Gruppen und Schulklassen?",
      "Gruppen ab 10 zahlenden Personen erhalten 10 % Rabatt (Erwachsene dann 26,10 €). Schulklassen zahlen 16 € "
      "pro Schüler, 2 Lehrkräfte klettern gratis. Firmen- und Vereinsausflüge mit eigenem Trainer und Teamspielen "
      "ab 35 € pro Person. Gruppen müssen vorher reservieren; die Grillhütte kostet 40 € für 2 Stunden.",
      "gruppen", ["gruppe", "gruppenrabatt", "schulklasse", "firmenausflug", "klassenfahrt"],
      ["wir kommen mit 15 leuten", "was kostet eine klassenfahrt", "gibt es rabatt für vereine"])
entry("kleidung", "Was soll ich anziehen und mitbringen?",
      "Sportliche Kleidung, die schmutzig werden darf, und feste geschlossene Schuhe (keine Sandalen, Crocs oder "
      "Gummistiefel). Lange Haare zusammenbinden, Schals und große Ohrringe ablegen. Handschuhe sind nicht "
      "Pflicht: eigene mitbringen oder an der Kasse für 3 € kaufen. Wertsachen kommen ins Schließfach (1 € Pfand).",
      "infos", ["kleidung", "schuhe", "handschuhe", "mitbringen", "schließfach"],
      ["was zieht man zum klettern an", "brauche ich handschuhe", "sind sportschuhe ok"])
entry("sicherheit", "Wie läuft die Sicherheitseinweisung ab?",
      "Vor dem Klettern bekommen alle eine Einweisung von etwa 20 Minuten mit Übungsparcours in Bodennähe; erst "
      "danach geht es in die Parcours. Unser durchgehendes Sicherungssystem verhindert, dass sich beide Karabiner "
      "gleichzeitig öffnen, Sie sind also immer gesichert. Trainer sind die ganze Zeit am Boden unterwegs. Der "
      "Kletterwald wird jedes Jahr vom TÜV geprüft.",
      "sicherheit", ["sicherheit", "einweisung", "sicherung", "karabiner", "gesichert"],
      ["wie sicher ist das", "kann man abstürzen", "wie lange dauert die einweisung"])
entry("gesundheit", "Gibt es Einschränkungen bei Gewicht, Gesundheit oder Schwangerschaft?",
      "Das Höchstgewicht ist 120 kg, weil unsere Gurte dafür zugelassen sind. Schwangere dürfen nicht klettern, "
      "können aber kostenlos als Begleitung mitkommen. Mit Herz-Kreislauf-Problemen, nach Operationen oder mit "
      "Gipsverband klettern Sie nur nach Rücksprache mit Ihrem Arzt. Wer unter Alkohol- oder Drogeneinfluss "
      "steht, darf nicht klettern.",
      "sicherheit", ["gewicht", "schwanger", "schwangerschaft", "gesundheit", "höchstgewicht"],
      ["gibt es ein höchstgewicht", "kann ich schwanger mitmachen", "ich hab was am herzen, geht das"])
entry("angst", "Was ist, wenn ich im Parcours nicht mehr weiterkomme?",
      "Kein Problem: Jeder Parcours hat Notausstiege, und unsere Trainer holen Sie innerhalb weniger Minuten mit "
      "dem Rettungsset herunter, kostenlos. Rufen Sie laut oder pfeifen Sie mit der Pfeife am Gurt. Fangen Sie "
      "mit dem grünen Parcours (1 bis 3 m) an, bevor Sie in die roten und schwarzen Parcours bis 14 m gehen. "
      "Abgebrochene Kletterzeit wird nicht erstattet.",
      "sicherheit", ["höhenangst", "angst", "notausstieg", "rettung", "abbrechen"],
      ["ich habe höhenangst", "was wenn ich oben feststecke", "kann man zwischendurch aufhören"])
entry("parken", "Wo kann ich parken und wie komme ich hin?",
      "Direkt am Kletterwald (Am Waltenberg 12, 59955 Winterberg) liegt ein Parkplatz mit 150 Plätzen: 4 € pro "
      "Tag, Wohnmobile 8 €, Zahlung am Automaten mit Münzen oder Karte. Vom Bahnhof Winterberg sind es 20 Minuten "
      "zu Fuß, oder Sie nehmen den Bus W3 bis zur Haltestelle Kletterwald.",
      "anfahrt", ["parken", "parkplatz", "anfahrt", "bahnhof", "wohnmobil"],
      ["gibt es parkplätze", "wie komme ich mit dem zug hin", "was kostet das parken"])
entry("gutschein", "Gibt es Gutscheine?",
      "Ja, Wertgutscheine ab 10 € und Klettergutscheine für Erwachsene (29 €) oder Familien (85 €), online als PDF "
      "zum Ausdrucken oder an der Kasse in einer Geschenkkarte. Gutscheine gelten 3 Jahre ab Ende des Kaufjahres "
      "und werden nicht bar ausgezahlt.",
      "tickets", ["gutschein", "geschenk", "verschenken", "einlösen", "geschenkkarte"],
      ["ich suche ein geschenk", "wie lange gilt ein gutschein", "kann ich einen gutschein auszahlen lassen"])
entry("essen", "Kann man bei Ihnen essen und trinken?",
      "Unser Kiosk an der Picknickwiese hat bis 18 Uhr geöffnet: Bratwurst 4,50 €, Pommes 3,50 €, Kuchen und "
      "Getränke. Eigenes Essen dürfen Sie auf der Picknickwiese essen; grillen nur in der reservierten Grillhütte "
      "(40 € für 2 Stunden). In den Parcours wird nicht gegessen oder getrunken.",
      "infos", ["essen", "kiosk", "picknick", "verpflegung", "getränke"],
      ["gibt es was zu essen", "darf ich brote mitbringen", "habt ihr einen imbiss"])

write_faq("de", FAQ)

convs = [
    # 1
    [
        ("hallo ihr, wir sind in den herbstferien mit unseren blagen (9 und 12) in winterberg. wat kostet dat für "
         "uns vier, und habt ihr ende oktober überhaupt noch auf?",
         BOTH(E["preise"], E["zeiten"]) + " — family card 85 € for 2 adults + 2 children (singly 29 + 29 + 24 + 19 "
         "= 101 €), 3 h climbing; end of October still open daily 10-19, last entry 16:00 (season to 31 October); "
         "the 9-year-old climbs only with a climbing adult ('Blagen' = kids, Westphalian/Ruhr)",
         HALF + "; saying it is closed in October; no word of the family card"),
        ("ach, und dat nesthäkchen is 6, darf die auch?",
         F(E["alter"]) + " — not in the main park (from 8 and 1.30 m); the Wichtelpfad for 4- to 7-year-olds, up "
         "to 1 m high, 12 €, parents along on the ground ('Nesthäkchen' = youngest child)",
         NEW + "letting a 6-year-old into the main park; only the from-8 rule with no word of the Wichtelpfad"),
        ("ok. und wenn et plästert?",
         F(E["wetter"]) + " — climbing goes on in rain (non-slip gloves 3 €); closed only in thunderstorm or storm, "
         "then a voucher if under 1 h was climbed; with an official severe-weather warning bookings move free until "
         "8:00 ('plästern' = pour with rain, Westphalian)",
         NEW + "saying the park closes when it rains"),
        ("alles klar, merci und bis die tage",
         "Small talk: acknowledgement + thanks + goodbye ('bis die Tage' = see you, colloquial) — short friendly "
         "close",
         SMALL),
    ],
    # 2
    [
        ("n abend, ne sache wegen meiner frau",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("die is im fünften monat und will trotzdem unbedingt mit in die bäume. geht dat überhaupt?",
         TYPE + F(E["gesundheit"]) + " — pregnant women may not climb; she can come along free as a companion "
         "('im fünften Monat' = five months pregnant, the word never said)",
         "tapping a choice; asking to rephrase; letting her climb; the age rule"),
        ("gut. ich selber wieg so 125 kilo, hält mich dat? und is man da oben die ganze zeit gesichert oder muss "
         "man selbst umhaken",
         BOTH(E["gesundheit"], E["sicherheit"]) + " — maximum weight 120 kg, so at 125 kg he may not climb (said "
         "kindly); continuous belay system, both carabiners never open at once, always secured; 20-minute briefing "
         "first; trainers on the ground",
         HALF + "; letting 125 kg climb"),
        ("sitzt da am anderen ende eigentlich einer oder is dat hier alles automatisch",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("hallo, frage wegen juni",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("nee, dat wollt ich alles nich wissen",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("mein patenkind wird im juni 10 und will mit 7 kumpels zu euch, hinterher solls würstchen geben. wie läuft dat "
         "und wat kosset?",
         F(E["geburtstag"]) + " — from 6 children aged 8-14: 26 € per child with 3 h climbing, own trainer and "
         "certificate, the birthday child free (7 friends × 26 € = 182 €); grill hut 2 h for 40 €, food brought "
         "along; book at least 2 weeks ahead ('wird 10' = turns 10, the birthday never named; 'kosset' = kostet es)",
         "asking to rephrase again; group or school prices instead; charging the birthday child"),
        ("kann man bei euch eigentlich auch mountainbikes leihen? der junge will danach noch innen bikepark",
         "Not covered (mountain-bike rental, near the trade but not offered; 'innen' = in den) — say so plainly; "
         "may offer a person",
         "inventing bike rental or prices"),
    ],
    # 4
    [
        ("tach zusammen, wir sind ne truppe vom schützenverein, 9 mann. wat kosset dat pro nase, und müssen wir "
         "dat vorher festmachen?",
         BOTH(E["gruppen"], E["reservieren"]) + " — the group discount is only from 10 paying people, so 9 pay the "
         "normal 29 € each; reservation is required only from 10, recommended at weekends and in holidays (online "
         "time slot or 02981 555 47 20) ('pro Nase' = per head, 'festmachen' = book)",
         HALF + "; giving 9 people the 10 % group discount"),
        ("ach kommt, den zehnten zählt ihr einfach mit, und die grillhütte gibts für lau dazu. wir kommen jedes jahr",
         "Push-back ('für lau' = for free): apologise; the FAQ has the 10 % only from 10 paying people and the "
         "grill hut at 40 € for 2 h, no regulars' deal — say what it has and offer a person",
         "promising the discount or a free grill hut; the same answer again without acknowledging"),
        ("hömma, getz wird et mir zu bunt mit dem automaten. ich will einen von euch anne strippe, aber zackig",
         "Request: angry + person ('hömma' = listen, 'getz' = now, 'anne Strippe' = on the line, Ruhr/Westphalian) "
         "— apologise briefly and hand over",
         PW),
        ("hallo?? hört mich da einer?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("dat is ne sauerei! samstag zwei erwachsene voll bezahlt, nach 40 minuten holen eure leute alle runter "
         "weil et gedonnert hat, und getz soll ich mit so nem zettel abgespeist werden statt mein geld zu kriegen??",
         F(E["wetter"]) + " — apologise; in a thunderstorm everyone is brought down and the park closes; under 1 h "
         "climbed (40 min here) → a voucher for a new visit, valid 2 years, no cash, as the rule says",
         "no apology; promising the money back"),
        ("weißt du wo man in winterberg sonntags noch n ordentliches möppkenbrot kriegt?",
         "Not covered (unrelated: where to eat Möppkenbrot, a Westphalian blood-sausage dish) — say so kindly",
         "an FAQ answer (e.g. the kiosk); a handover"),
        ("ruft mich mal zurück, 0171 555 39 82, am besten nach fünf",
         "Request: callback with number — hand over to a person with the number (and 'after five') kept; no "
         "promise of a time",
         PW + "; asking for the number again; the park's phone number instead"),
        ("dauert dat noch lang? um viertel nach vier muss ich die blagen vom freibad abholen",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("wir hatten für sonntag 14 uhr online vier plätze geholt, aber mein mann hat sich beim fußball dat "
         "kreuzband gerissen. dat können wir getz vergessen",
         F(E["storno"]) + " — free cancel or rebook up to 48 h before via the link in the booking confirmation; "
         "later only one rebooking at 5 € per person, no-show pays in full; with a medical certificate a voucher "
         "for the full amount; sympathy; claim nothing as done",
         "claiming it is cancelled; no sympathy"),
        ("jau",
         "Ambiguous yes ('jau' = yeah, Westphalian/Ruhr) — ask what they mean or restate the step (the link in the "
         "booking confirmation, the certificate); nothing claimed as done",
         "claiming it is cancelled or rebooked; a random FAQ answer"),
        ("dann brauch ich noch wat zum verschenken für meinen schwager, der wird 40. kann man dat selbst ausdrucken? "
         "und wie kommt man vom bahnhof zu euch, ohne auto",
         BOTH(E["gutschein"], E["parken"]) + " — value vouchers from 10 € or climbing vouchers (adult 29 €), online "
         "as a PDF to print or at the till, valid 3 years from the end of the purchase year, no cash; from "
         "Winterberg station 20 minutes on foot or bus W3 to the Kletterwald stop",
         HALF + "; only car-park prices for the second half"),
        ("nu is aower genoog, ik blick hier nix mehr. ik will met 'nem richtigen Minschen kuiern, nich met düt "
         "Dingen",
         "Request: person in Sauerland Platt ('now that's enough, I don't get anything here any more; I want to "
         "talk to a real person, not this thing'; 'kuiern' = chat, talk) — hand over to a person",
         PW + "; answering an FAQ; asking for standard German"),
    ],
    # 7
    [
        ("hallo, wir sind morgen früh zum ersten mal im hochseilgarten. wat zieht man da am besten an? turnschuhe "
         "gehen doch, oder?",
         F(E["kleidung"]) + " — sporty clothes that may get dirty, sturdy closed shoes (trainers fine; no sandals, "
         "Crocs, wellies), long hair tied back, gloves optional (own or 3 €), lockers with 1 € deposit",
         "saying trainers are not allowed; nothing about closed shoes"),
        ("und wat zum futtern gibts da?",
         F(E["essen"]) + " — kiosk by the picnic meadow until 18:00 (bratwurst 4.50 €, chips 3.50 €, cake, "
         "drinks); own food on the picnic meadow; grilling only in the booked grill hut ('futtern' = eat, "
         "colloquial)",
         NEW + "forbidding own food"),
        ("und wenn ich da oben auf einmal schiss krieg? danke schonmal",
         F(E["angst"]) + " — emergency exits in every course, trainers bring you down within minutes free of "
         "charge, call out or use the whistle; start on the green course (1-3 m); time broken off is not refunded; "
         "thanks acknowledged ('Schiss' = fear, vulgar colloquial)",
         NEW + "no thanks acknowledged"),
    ],
]

write_plan("de", convs)
