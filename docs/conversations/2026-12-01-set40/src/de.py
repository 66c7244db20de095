"""Swiss German FAQ and plan for test set 40: Fluchtpunkt Escape Rooms, Zürich (made up).
Run from src/: PYTHONPATH=<check folder> python3 de.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

FAQ = []
E = {}
HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("raeume", "Welche Räume gibt es?",
      "Drei Räume: «Das Labor» (2-5 Personen, leicht, für Einsteiger und Familien), «Der Zunfttresor» (3-6 "
      "Personen, mittel) und «Die Geisterbahn» (4-8 Personen, schwer, dunkel, ab 14 Jahren). Jeder Raum dauert "
      "60 Minuten.",
      "räume", ["raum", "räume", "thema", "schwierigkeit", "labor"],
      ["welche räume habt ihr", "welcher raum ist für anfänger", "was ist die geisterbahn"])
entry("preise", "Was kostet ein Spiel?",
      "Preis pro Person: zu zweit CHF 49, 3-4 Personen CHF 42, 5-8 Personen CHF 36. Kinder bis 15 Jahre CHF 29. "
      "Der Preis gilt für den ganzen Raum, 60 Minuten, inkl. Einführung und Erinnerungsfoto.",
      "preise", ["preis", "kosten", "franken", "pro person"],
      ["was kostet es zu viert", "wie teuer ist ein raum", "gibt es einen kinderpreis"])
entry("alter", "Ab welchem Alter darf man mitspielen?",
      "Ab 10 Jahren mit einer erwachsenen Person im Team, ab 16 Jahren ohne Erwachsene. Für «Die Geisterbahn» "
      "gilt ein Mindestalter von 14 Jahren, auch mit Eltern.",
      "räume", ["alter", "kinder", "mindestalter", "jugendliche"],
      ["darf mein kind mit", "ab wie vielen jahren", "können jugendliche allein spielen"])
entry("buchen", "Wie buche und bezahle ich?",
      "Online auf fluchtpunkt-zh.example oder telefonisch unter 044 555 71 38. Bezahlt wird bei der Buchung "
      "online (Karte, Twint) oder vor Ort vor dem Spiel mit Karte, Twint oder bar. Gutscheine lösen Sie bei der "
      "Buchung ein; einen Restbetrag zahlen Sie vor Ort.",
      "buchung", ["buchen", "reservieren", "bezahlen", "twint", "bar"],
      ["wie kann ich reservieren", "kann man mit twint zahlen", "muss ich im voraus zahlen"])
entry("storno", "Kann ich meine Buchung verschieben oder stornieren?",
      "Bis 72 Stunden vor dem Termin kostenlos stornieren oder verschieben. Von 72 bis 24 Stunden vorher "
      "verrechnen wir 50 %, danach den vollen Preis. Einmal verschieben ist bis 24 Stunden vorher immer "
      "gratis. Mit Gutschein bezahlte Beträge schreiben wir auf den Gutschein zurück.",
      "buchung", ["stornieren", "verschieben", "absagen", "storno"],
      ["ich muss absagen", "können wir den termin verschieben", "was kostet eine stornierung"])
entry("gutschein", "Gibt es Gutscheine?",
      "Ja, Wertgutscheine zu CHF 50, 100 und 200 oder ein Raumgutschein für 4 Personen (CHF 168). Gültig 2 "
      "Jahre ab Kaufdatum, per E-Mail als PDF oder gedruckt an der Kasse. Keine Barauszahlung.",
      "gutscheine", ["gutschein", "geschenk", "gültigkeit", "einlösen"],
      ["ich möchte etwas schenken", "wie lange ist ein gutschein gültig", "kann man gutscheine kaufen"])
entry("firmen", "Bietet ihr Teamevents für Firmen an?",
      "Ja, für 6 bis 26 Personen: alle vier Teams spielen gleichzeitig in unseren Räumen (max. 8 pro Raum) und "
      "treten gegeneinander an. Apéro im Lounge-Bereich CHF 18 pro Person. Montag und Dienstag sind für "
      "Firmen reserviert. Bezahlung auf Rechnung, 30 Tage.",
      "firmen", ["firmen", "teamevent", "apéro", "rechnung", "gruppe"],
      ["wir sind eine firma", "teamanlass mit 20 leuten", "gibt es ein apéro"])
entry("dauer", "Wie lange dauert ein Besuch?",
      "Rechnen Sie mit 90 Minuten: 15 Minuten Einführung, 60 Minuten Spiel, danach Foto und Nachbesprechung. "
      "Bitte seien Sie 15 Minuten vor dem Termin da.",
      "ablauf", ["dauer", "minuten", "ablauf", "einführung"],
      ["wie lange geht das", "wann sollen wir da sein", "wie viel zeit braucht man"])
entry("anfahrt", "Wo seid ihr und wie komme ich hin?",
      "Hardstrasse 219, 8005 Zürich, 2. Stock. Tram 4 oder 13 bis Escher-Wyss-Platz, dann 3 Minuten zu Fuss. "
      "Velos können im Hof parkiert werden; für Autos das Parkhaus Pfingstweid (ca. CHF 3 pro Stunde). "
      "Eigene Parkplätze haben wir nicht.",
      "anfahrt", ["adresse", "anfahrt", "tram", "parkplatz", "velo"],
      ["wo seid ihr", "kann man parkieren", "welches tram"])
entry("zugang", "Sind die Räume rollstuhlgängig?",
      "«Das Labor» und «Der Zunfttresor» sind stufenlos mit dem Lift erreichbar und rollstuhlgängig; die Türen "
      "sind 90 cm breit. «Die Geisterbahn» ist über 12 Stufen erreichbar und nicht rollstuhlgängig. Eine "
      "rollstuhlgängige Toilette gibt es im 2. Stock.",
      "zugang", ["rollstuhl", "barrierefrei", "lift", "behinderung"],
      ["kommt man mit dem rollstuhl rein", "habt ihr einen lift", "ist es barrierefrei"])
entry("angst", "Ist es gruselig, und was ist bei Platzangst?",
      "Die Tür ist nie abgeschlossen; Sie können den Raum jederzeit durch den grünen Notausgang verlassen. Die "
      "Spielleitung sieht und hört Sie per Kamera und Funk und gibt bis zu 3 Hinweise. Nur «Die Geisterbahn» "
      "ist dunkel und hat Schreckmomente; «Das Labor» ist hell und nicht gruselig.",
      "ablauf", ["platzangst", "angst", "gruselig", "notausgang", "eingeschlossen"],
      ["ist man eingesperrt", "ist das unheimlich", "was wenn jemand raus will"])
entry("zeiten", "Wann habt ihr geöffnet?",
      "Mittwoch bis Freitag 14-22 Uhr, Samstag und Sonntag 10-23 Uhr (letzter Start 21:30). Montag und "
      "Dienstag nur für Firmenevents auf Anfrage. Telefon 044 555 71 38 während der Öffnungszeiten.",
      "infos", ["öffnungszeiten", "geöffnet", "offen", "wochenende"],
      ["habt ihr am sonntag offen", "bis wann kann man spielen", "seid ihr am montag da"])
entry("zuspaet", "Was passiert, wenn wir zu spät kommen?",
      "Bis 15 Minuten Verspätung spielen Sie, aber die Spielzeit endet zur geplanten Zeit. Ab 30 Minuten "
      "Verspätung verfällt der Termin und der volle Preis wird verrechnet, weil die nächste Gruppe wartet. "
      "Rufen Sie uns unter 044 555 71 38 an, wenn Sie sich verspäten.",
      "buchung", ["verspätung", "zu spät", "verspäten", "später"],
      ["wir kommen später", "was wenn wir uns verspäten", "der zug hat verspätung"])
entry("geburtstag", "Kann man bei euch einen Kindergeburtstag feiern?",
      "Ja, ab 10 Jahren (Geburtstagskind) und für 5 bis 10 Kinder; ab 6 Kindern spielen zwei Teams "
      "gleichzeitig im «Labor» und im «Zunfttresor» gegeneinander. CHF 32 pro Kind inkl. Spiel, 45 Minuten im Partyraum und Sirup. Eigenen Kuchen dürfen Sie mitbringen. Mindestens "
      "1 erwachsene Begleitperson, gratis.",
      "gruppen", ["geburtstag", "kindergeburtstag", "party", "kuchen"],
      ["mein sohn hat geburtstag", "kindergeburtstag feiern", "dürfen wir kuchen mitbringen"])
entry("sachen", "Darf ich mein Handy und meine Tasche mitnehmen?",
      "Handys, Taschen und Jacken kommen in die 40 gratis Schliessfächer beim Eingang (Schlüssel gegen CHF 2 Depot); im Raum sind Handys nicht "
      "erlaubt, damit niemand filmt. Das Erinnerungsfoto schicken wir Ihnen nach dem Spiel gratis per E-Mail.",
      "ablauf", ["handy", "tasche", "schliessfach", "foto", "jacke"],
      ["darf man das handy mitnehmen", "wo kann ich meine tasche lassen", "darf man fotos machen"])

write_faq("de", FAQ)

convs = [
    # 1
    [
        ("grüezi, wir sind zu dritt und haben noch nie so ein escape room gemacht. was zahlen wir da und wie "
         "lange muss man rechnen, wir wollen nachher noch essen gehen",
         BOTH(E["preise"], E["dauer"]) + " — 3 people: CHF 42 each (CHF 126); about 90 minutes in all "
         "(15 min introduction, 60 min game, photo/debrief), be there 15 min early",
         HALF + "; the price for two (49) or a total for 60 minutes only"),
        ("und mit dem velo, kann man das bei euch irgendwo hinstellen",
         F(E["anfahrt"]) + " — Hardstrasse 219, bikes can be parked in the yard; tram 4/13 Escher-Wyss-Platz",
         "treating it as new unclear; saying there is no parking at all"),
        ("ok. und die natels, nehmen wir die mit rein?",
         F(E["sachen"]) + " — phones ('Natel' = mobile) go into the free lockers, not allowed in the room; "
         "the souvenir photo is e-mailed free",
         "treating it as new unclear; saying phones are fine in the room"),
        ("super, merci vielmal. ade",
         "Small talk: thanks + acknowledgement + goodbye ('ade' = bye, Swiss) — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("grüezi, ich hätte eine frage wegen unserem termin heute",
         "Too vague to answer — choices (booking, moving, late arrival...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("wir stecken auf der a1 bei dietikon im stau, unser slot ist um 18 uhr und das navi sagt 18:20",
         TYPE + F(E["zuspaet"]) + " — up to 15 min late they play but the game ends at the planned time; from "
         "30 min the slot is lost and charged; call 044 555 71 38. 20 min: between the two, a right reply gives "
         "the rule and the number, no promise",
         "tapping a choice; asking to rephrase; saying 20 minutes is always fine with a full hour"),
        ("gut, ich ruf an. und nächstes mal möchte meine schwiegermutter mit, sie sitzt im rollstuhl, geht das? "
         "und unser grosser ist 9, darf der auch",
         BOTH(E["zugang"], E["alter"]) + " — Labor and Zunfttresor step-free by lift, 90 cm doors; "
         "Geisterbahn not (12 steps); age: from 10 with an adult, so a 9-year-old is too young — said kindly",
         HALF + "; allowing the 9-year-old; saying all rooms are accessible"),
        ("schreibe ich eigentlich mit einem menschen oder ist das automatisch",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("hoi zäme, kurze frage zu euren räumen",
         "Too vague to answer — choices (rooms, ages, accessibility, scary...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("nein, das passt alles nicht",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("meine freundin kriegt panik in engen dunklen orten, wird da die tür hinter euch zugesperrt?",
         F(E["angst"]) + " — the door is never locked, green emergency exit any time; staff watch by camera "
         "and radio, up to 3 hints; only the Geisterbahn is dark with jump scares, the Labor is bright",
         "asking to rephrase again; saying the door is locked for 60 minutes"),
        ("habt ihr auch lasertag oder so eine virtual reality brille?",
         "Not covered (laser tag / VR, a near trade the venue does not offer) — say so plainly; may offer a "
         "person",
         "inventing a laser tag or VR offer or price"),
    ],
    # 4
    [
        ("grüezi, ich organisiere einen anlass mit unserer abteilung (18 leute) im märz. geht das bei euch "
         "alle miteinander, und geht auch ein montag?",
         BOTH(E["firmen"], E["zeiten"]) + " — company events 6-26 people, teams play at the same time in "
         "several rooms (max 8 per room), apéro CHF 18 p.p., invoice 30 days; Monday/Tuesday are kept for "
         "company events on request",
         HALF + "; saying Monday is closed for companies too"),
        ("nein, wir wollen alle 18 im gleichen raum zusammen, und das apéro soll bei dem preis gratis sein",
         "Push-back: apologise; rooms hold at most 8 and the FAQ has no free apéro — say what it has (teams "
         "in parallel, apéro CHF 18) and offer a person",
         "promising one room for 18 or a free apéro; the same answer again without acknowledging"),
        ("das bringt mir gar nichts. ich will jetzt mit jemandem von euch reden, nicht mit einem programm",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("hallo? ist da jemand?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("das ist eine frechheit! der zug der sbb blieb 35 minuten vor altstetten stehen, wir standen um 19:40 bei euch und ihr "
         "schickt uns heim und verrechnet 4 mal 42 franken??",
         F(E["zuspaet"]) + " — apologise; from 30 minutes late the slot is lost and the full price charged, "
         "because the next group waits; calling 044 555 71 38 when late is asked; no refund promised",
         "no apology; promising a refund or a free new slot"),
        ("spielt der fcz am samstag eigentlich im letzigrund?",
         "Not covered (a football fixture, FC Zürich) — say so kindly, back to the venue's topics",
         "a fixture or a score; an FAQ answer; a handover"),
        ("rufen sie mich bitte zurück, mein natel ist 079 555 63 18",
         "Request: callback with number ('Natel' = mobile) — hand over to a person with the number kept; no "
         "promise of a time",
         PW + "; asking for the number again; the venue's number instead"),
        ("wie lang dauert das noch? um 6 muss ich noch poschte",
         WAIT + WAITING + " ('poschte' = do the shopping)",
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("hoi, wir haben für samstag den zunfttresor zu viert, aber mein kollege hat sich das bein gebrochen und "
         "zu dritt mag niemand mehr",
         F(E["storno"]) + " — free to cancel or move until 72 h before; 72-24 h 50 %, later full price; one "
         "move free until 24 h before; claim nothing as done",
         "claiming the booking is cancelled; deciding the fee without knowing how far off Saturday is"),
        ("ja gäll",
         "Ambiguous yes ('gäll' = right?/isn't it, Swiss) — ask what they mean (cancel or move?) or restate "
         "the step; nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("wir haben mit einem geschenkgutschein bezahlt, bis wann gilt der? und den rest kann man bei euch mit "
         "twint zahlen oder?",
         BOTH(E["gutschein"], E["buchen"]) + " — vouchers valid 2 years from purchase (amounts paid by voucher "
         "go back on it); the rest on site with card, Twint or cash",
         HALF + "; saying vouchers are paid out in cash"),
        ("ich verstah eu nöd. chan ich bitte mit emne richtige mönsch rede, nöd mit dem computer da",
         "Request: person in Zürich dialect ('I don't understand you. Can I please talk to a real person, not "
         "to this computer') — hand over to a person",
         PW + "; answering an FAQ; asking for standard German"),
    ],
    # 7
    [
        ("grüezi mitenand, mein göttibub wird 11 und möchte mit 7 gspänli feiern, geht das bei euch",
         F(E["geburtstag"]) + " — yes, birthday child from 10, 5-8 children: CHF 32 per child incl. game, 45 "
         "min party room and syrup; own cake allowed; at least one adult, free; 8 children play as two teams ('Göttibub' = godson, "
         "'Gspänli' = friends)",
         "saying children cannot play; the adult price"),
        ("welcher passt da für die jungs, die wollen es eher spannend",
         F(E["raeume"]) + " — Labor (easy) and Zunfttresor (medium; the 'spannend' one); the party splits 8 "
         "children into two teams across both; Geisterbahn is from 14 (and dark), so not for 11-year-olds",
         "treating it as new unclear; recommending the Geisterbahn"),
        ("merci. und an einem mittwochnachmittag geht das?",
         F(E["zeiten"]) + " — Wednesday 14-22 h, so yes in the afternoon",
         "saying Wednesday is closed"),
    ],
]

write_plan("de", convs)
