"""German FAQ and plan for test set 33: Kreuzalmbahn, cable car and summer toboggan run, Garmisch-Partenkirchen
(made up). Run from src/: PYTHONPATH=<check folder> python3 de.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("zeiten", "Wann fährt die Kreuzalmbahn?",
      "Von Mai bis Oktober fährt die Bahn täglich von 8:30 bis 17:00 Uhr, die letzte Bergfahrt ist um 16:30 "
      "Uhr. Von Mitte Dezember bis Ende März fahren wir von 8:30 bis 16:30 Uhr. Im April und im November ist "
      "Revision, dann steht die Bahn still. Die Gondeln fahren ohne Fahrplan etwa alle 2 Minuten.",
      "bahn", ["betriebszeiten", "fahrzeiten", "letzte bergfahrt", "revision", "geöffnet"],
      ["wann geht die erste gondel", "bis wann kann ich noch rauffahren", "fahrt ihr im november"])
entry("preise", "Was kostet eine Fahrt mit der Bahn?",
      "Berg- und Talfahrt: Erwachsene 29 €, Jugendliche von 15 bis 17 Jahren 22 €, Kinder von 6 bis 14 Jahren "
      "14 €, Kinder unter 6 Jahren fahren gratis. Nur Bergfahrt oder nur Talfahrt: Erwachsene 19 €, Kinder 9 €. "
      "Die Familienkarte für 2 Erwachsene mit eigenen Kindern bis 14 Jahre kostet 72 €.",
      "tickets", ["preise", "fahrpreis", "familienkarte", "kinder", "berg- und talfahrt"],
      ["was zahlt man für rauf und runter", "wie teuer ist die gondel für kinder", "gibt es ein familienticket"])
entry("rodel", "Was muss ich zur Sommerrodelbahn wissen?",
      "Die Sommerrodelbahn an der Mittelstation ist 1,2 km lang und von Mai bis Oktober täglich von 10 bis 17 "
      "Uhr offen. Eine Fahrt kostet 6 €, die 6er-Karte 30 €. Kinder ab 8 Jahren und ab 1,40 m dürfen allein "
      "fahren, Kinder von 3 bis 7 Jahren nur zusammen mit einem Erwachsenen auf dem Schlitten.",
      "rodelbahn", ["sommerrodelbahn", "rodeln", "schlitten", "mindestalter", "rodelkarte"],
      ["ab wie viel jahren darf mein kind allein rodeln", "was kostet eine rodelfahrt", "wann hat die rodelbahn offen"])
entry("wetter", "Fahren Bahn und Rodelbahn auch bei schlechtem Wetter?",
      "Die Bahn fährt bei Regen und Nebel. Bei Gewitter oder Wind über 70 km/h stellen wir den Betrieb ein, "
      "bis es wieder sicher ist. Die Rodelbahn ist bei Regen und nasser Bahn geschlossen. Den aktuellen Stand "
      "sagt Ihnen unser Bandansage-Telefon 08821 7749 300 oder die Webcam auf unserer Seite.",
      "bahn", ["wetter", "regen", "gewitter", "sturm", "wind", "webcam"],
      ["fahrt ihr auch wenns regnet", "ist die rodelbahn bei nässe offen", "wie seh ich ob heute betrieb ist"])
entry("hund", "Dürfen Hunde mit in die Gondel?",
      "Ja, Hunde fahren an der Leine mit, Berg- und Talfahrt 5 €. Große Hunde brauchen in der Gondel einen "
      "Maulkorb. Auf der Sommerrodelbahn sind Hunde nicht erlaubt; an der Mittelstation gibt es einen "
      "schattigen Platz mit Wassernapf, wo Hunde angeleint warten können.",
      "service", ["hund", "hunde", "maulkorb", "leine", "tiere"],
      ["kann der hund mit rauf", "was kostet der hund", "darf der hund auf die rodelbahn"])
entry("barrierefrei", "Kommt man mit Rollstuhl oder Kinderwagen in die Gondel?",
      "Ja, Tal- und Bergstation sind stufenlos, die Gondeln halten für Rollstühle und Kinderwagen ganz an. "
      "Kinderwagen fahren kostenlos mit. Menschen mit Schwerbehindertenausweis zahlen 50 %, eine Begleitperson "
      "mit B im Ausweis fährt gratis. Oben führt ein 800 m langer ebener Rundweg zum Aussichtspunkt.",
      "service", ["rollstuhl", "kinderwagen", "barrierefrei", "behinderung", "schwerbehindertenausweis"],
      ["geht das mit dem buggy", "rollstuhlgerecht", "ermäßigung mit behindertenausweis"])
entry("parken", "Wo kann ich parken und wie komme ich mit dem Bus hin?",
      "Direkt an der Talstation, Am Kreuzbach 7, ist unser Parkplatz mit 180 Plätzen, 6 € pro Tag, "
      "Wohnmobile 10 €. Der Ortsbus Linie 3 fährt alle 30 Minuten vom Bahnhof Garmisch zur Talstation, mit "
      "der Gästekarte kostenlos.",
      "anreise", ["parkplatz", "parken", "bus", "anfahrt", "talstation"],
      ["wo stell ich das auto hin", "was kostet der parkplatz", "fahrt ein bus vom bahnhof"])
entry("gaestekarte", "Gibt es Ermäßigung mit der Gästekarte oder eine Saisonkarte?",
      "Mit der Gästekarte von Garmisch-Partenkirchen bekommen Sie 10 % auf die Fahrt mit der Bahn (nicht auf "
      "die Rodelbahn und nicht zusammen mit der Familienkarte). Die Saisonkarte für Mai bis Oktober kostet "
      "189 € für Erwachsene und 95 € für Kinder, mit Foto an der Kasse.",
      "tickets", ["gästekarte", "kurkarte", "ermäßigung", "saisonkarte", "rabatt"],
      ["was bringt die kurkarte", "habt ihr eine jahreskarte", "rabatt für urlauber"])
entry("gruppen", "Gibt es Gruppenpreise?",
      "Ja, Gruppen ab 15 Personen bekommen 15 % Rabatt auf die Bahn, Schulklassen zahlen 9 € pro Schüler und 2 "
      "Lehrer fahren frei. Bitte melden Sie Gruppen mindestens 3 Tage vorher unter 08821 7749 302 oder "
      "gruppen@kreuzalmbahn.example an, eine gemeinsame Rechnung ist möglich.",
      "tickets", ["gruppe", "gruppenpreis", "verein", "schulklasse", "anmeldung"],
      ["wir kommen mit dem verein", "rabatt für 20 leute", "ausflug mit der klasse"])
entry("gastro", "Kann man oben an der Bergstation essen?",
      "Ja, das Kreuzalm-Stüberl an der Bergstation hat von 9 bis 17 Uhr offen, mit Brotzeit, warmen Gerichten "
      "und Kuchen, 120 Plätze innen und auf der Terrasse. Tische für mehr als 8 Personen reservieren Sie unter "
      "08821 7749 310. Montags gibt es nur den Kiosk.",
      "gastronomie", ["essen", "stüberl", "brotzeit", "restaurant", "reservieren"],
      ["gibt es oben was zum essen", "kann man einen tisch reservieren", "hat die hütte montags offen"])
entry("online", "Kann ich Tickets online kaufen?",
      "Ja, auf kreuzalmbahn.example für einen bestimmten Tag. Online sind die Tickets 5 % günstiger. Sie "
      "bekommen einen QR-Code per E-Mail, den Sie am Drehkreuz scannen, ausgedruckt oder auf dem Handy. Das "
      "Datum können Sie bis 18 Uhr am Vortag einmal kostenlos ändern.",
      "tickets", ["online", "internet", "qr-code", "vorverkauf", "e-ticket"],
      ["kann ich die karten vorher kaufen", "wie funktioniert das e-ticket", "muss ich das ticket ausdrucken"])
entry("storno", "Bekomme ich mein Geld zurück, wenn ich nicht fahren kann?",
      "Online-Tickets können Sie bis 18 Uhr am Vortag kostenlos stornieren, im Kundenkonto oder per E-Mail an "
      "tickets@kreuzalmbahn.example; danach ist keine Erstattung möglich. Muss die Bahn wegen Sturm oder "
      "Gewitter den ganzen restlichen Tag einstellen, erstatten wir gekaufte, nicht genutzte Tickets: "
      "Online-Tickets automatisch in 5 bis 7 Werktagen, Kassentickets gegen Beleg an der Kasse.",
      "tickets", ["stornieren", "erstattung", "geld zurück", "storno", "ausfall"],
      ["kann ich die tickets zurückgeben", "was passiert wenn die bahn ausfällt", "ticket umsonst gekauft"])
entry("rad", "Kann ich Fahrrad oder Gleitschirm mit hinaufnehmen?",
      "Mountainbikes und E-Bikes nehmen wir bis 10 Uhr und ab 15 Uhr mit, 8 € pro Fahrt. Gleitschirmflieger "
      "zahlen nur die Bergfahrt (19 €), der Schirm fährt kostenlos mit; der Startplatz ist 5 Minuten von der "
      "Bergstation. Ein Verleih von Rädern oder Schirmen ist bei uns nicht möglich.",
      "service", ["fahrrad", "mountainbike", "e-bike", "gleitschirm", "radtransport"],
      ["nehmt ihr bikes mit", "darf das radl in die gondel", "gleitschirm mitnehmen"])
entry("fund", "Ich habe etwas verloren. Was kann ich tun?",
      "Fundsachen aus Gondeln, Rodelbahn und Stüberl bringen wir jeden Abend ins Fundbüro an der Kasse der "
      "Talstation, täglich 8:30 bis 17 Uhr, Telefon 08821 7749 302. Wir bewahren sie 3 Monate auf. Auf "
      "Wunsch schicken wir sie gegen 7 € Porto zu.",
      "service", ["verloren", "fundsachen", "fundbüro", "liegen lassen", "vergessen"],
      ["ich hab meine sonnenbrille verloren", "wurde ein handy abgegeben", "wo ist das fundbüro"])
entry("zahlung", "Wie kann ich bezahlen?",
      "An den Kassen der Tal- und Mittelstation bar, mit Girocard, Visa, Mastercard, Apple Pay und Google Pay. "
      "Online mit Kreditkarte, PayPal oder Sofortüberweisung. Gruppen können auf Rechnung zahlen, zahlbar in "
      "14 Tagen.",
      "tickets", ["bezahlen", "zahlung", "bar", "girocard", "kreditkarte", "paypal"],
      ["nehmt ihr karte", "geht auch bar", "kann ich mit dem handy zahlen"])

write_faq("de", FAQ)

HALF = "only one half with no pointer to the other"

convs = [
    # 1
    [
        ("Servus! wir sind 2 erwachsene mit 2 kindern, 7 und 12, was kostet rauf und runter? und bis wann "
         "fahrt die bahn am nachmittag?",
         BOTH(E["preise"], E["zeiten"]) + " — family card 72 € for 2 adults with their children up to 14 (singly "
         "2 × 29 € + 2 × 14 € = 86 €); May-October until 17:00, last ride up 16:30",
         HALF + "; charging the 7-year-old as free; a last ride up at 17:00"),
        ("und die rodelbahn, dürfen die zwei da allein runter?",
         F(E["rodel"]) + " — the 12-year-old alone if at least 1.40 m; the 7-year-old only with an adult on the "
         "sled; 6 € a ride, 6 rides 30 €, 10-17",
         "treating it as new unclear; letting the 7-year-old ride alone"),
        ("ok. und wenns schüttet?",
         F(E["wetter"]) + " — the cable car runs in rain; the toboggan run is closed in rain; stopped in "
         "thunderstorms or wind over 70 km/h; info line 08821 7749 300 or the webcam",
         "treating it as new unclear; saying everything is closed in rain; the refund entry alone"),
        ("passt, dank dir. pfiat eich",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover; asking what 'pfiat eich' means"),
    ],
    # 2
    [
        ("hallo, frage wegen unserem ausflug nächste woche",
         "Too vague to answer — choices (times, prices, toboggan run, parking, online tickets...) or a "
         "clarifying question",
         "a handover; one entry given as certain"),
        ("meine mutter kann seit dem schlaganfall nicht mehr gehen, schafft sie es trotzdem bis ganz nach oben?",
         TYPE + F(E["barrierefrei"]) + " — yes: stations without steps, the cabins stop fully; 50 % with a "
         "disability card, a companion with B free; an 800 m level path at the top",
         "tapping a choice; asking to rephrase; saying it is not possible"),
        ("kann ich die karten schon vorher am handy kaufen? und wo lassen wir am besten das auto",
         BOTH(E["online"], E["parken"]) + " — yes, online for a chosen day, 5 % cheaper, QR code on the phone, "
         "date changeable once until 18 the day before; car park at the valley station 6 € a day (bus line 3 "
         "from Garmisch station every 30 min, free with the guest card)",
         HALF + "; saying tickets must be bought at the desk"),
        ("schreib ich hier eigentlich mit nem echten menschen?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("grüß gott, ich hätt eine frage wegen gestern",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("nein, da passt nix davon",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("meine tochter ist gestern nachmittag ohne ihre blaue jacke aus der kabine gestiegen, das handy war in "
         "der tasche. ist die bei euch aufgetaucht?",
         F(E["fund"]) + " — found items go to the lost property at the valley station desk every evening, 8:30-17, "
         "phone 08821 7749 302; kept 3 months; sent by post for 7 €",
         "asking to rephrase again; promising the jacket was found"),
        ("bietet ihr eigentlich auch geführte touren mit bergführer an, so klettersteig oder so?",
         "Not covered (guided mountain tours) — say so plainly; may offer a person",
         "inventing a tour or price; the bike/paraglider entry as if it answered it"),
    ],
    # 4
    [
        ("hallo, wir kommen im september mit 22 leuten vom trachtenverein. gibts da was günstiger? und gibt es am "
         "berg eine wirtschaft, wo wir alle zusammen reinpassen?",
         BOTH(E["gruppen"], E["gastro"]) + " — groups from 15: 15 % off the cable car, register at least 3 days "
         "ahead (08821 7749 302 or e-mail), one invoice possible; Kreuzalm-Stüberl 9-17, tables for more than 8 "
         "booked on 08821 7749 310, only the kiosk on Mondays",
         HALF + "; a discount under 15 people; inventing a menu price"),
        ("des hab i ned gfragt. ich will dass ihr am samstag schon um 7 in der früh für uns fahrt, wir wollen "
         "dann weiter zum wandern",
         "Push-back: apologise; the FAQ has no special early ride (the first ride is at 8:30) — say so, do not "
         "promise it, offer a person",
         "a promised 7:00 ride; the same full answer again without acknowledging"),
        ("so ein schmarrn. ich will jetzt sofort mit einem von euch an der kasse reden!",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("hallo? is da noch wer",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("ich bin stinksauer. wir sind extra aus münchen gekommen, um 13 uhr war bei euch wegen sturm schluss "
         "für den ganzen tag, und an der kasse heißt es, für die online karten gibts nix!! "
         "4 stück, 116 euro",
         F(E["storno"]) + " — apologise; when the cable car stops for the rest of the day for storm, bought "
         "unused tickets are refunded: online tickets automatically within 5-7 working days",
         "no apology; saying there is no refund; the weather entry alone"),
        ("was anderes, kennen sie eine gute autowerkstatt in garmisch? unser auto macht so komische geräusche",
         "Not covered (a car repair shop) — say so kindly, back to the cable car's topics",
         "a garage named as fact; an FAQ answer; a handover"),
        ("rufen sie mich bitte zurück, 0151 5550 3927",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the valley station's number instead"),
        ("wie lang dauert des ungefähr bis einer anruft?",
         WAIT + WAITING,
         "the operating hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("ich hab gestern abend online 4 karten für samstag gekauft, jetzt ist meine frau mit fieber im bett, "
         "wir kommen also eher nicht",
         F(E["storno"]) + " — online tickets can be cancelled free until 18 the day before (customer account or "
         "e-mail tickets@kreuzalmbahn.example), later no refund; changing the date once is also free until "
         "then (may be mentioned); do not claim it is cancelled",
         "claiming the tickets are cancelled; saying there is no refund at all"),
        ("ja passt",
         "Ambiguous yes — ask what they mean or restate the step (cancel in the account or by e-mail before 18 "
         "the day before); nothing claimed as done",
         "claiming the tickets are cancelled; a random FAQ answer"),
        ("falls wir einen anderen tag nehmen, darf dann unser berner sennen mit in die kabine?",
         F(E["hund"]) + " — yes, on a lead, 5 € return, a big dog needs a muzzle in the cabin; not on the "
         "toboggan run",
         "the cancellation answer again; saying dogs are not allowed"),
        ("jetz reichts ma fei. i mog mit am echten menschen redn, ned mit so am blechdeppen",
         "Request: person in Bavarian — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard German"),
    ],
    # 7
    [
        ("hallo, wir sind eine woche in partenkirchen im urlaub und haben vom hotel so eine karte gekriegt, "
         "bringt die bei euch was?",
         F(E["gaestekarte"]) + " — with the Garmisch-Partenkirchen guest card 10 % off the cable car (not the "
         "toboggan run, not with the family card); season card 189 € may be mentioned",
         "the group entry; saying there is no discount"),
        ("auch beim rodeln?",
         F(E["gaestekarte"]) + " — no, the 10 % is not valid on the toboggan run",
         "treating it as new unclear; giving 10 % on the toboggan run"),
        ("schade, trotzdem danke. kann man an der kasse mit karte zahlen? und nimmt die gondel auch mein "
         "mountainbike mit",
         BOTH(E["zahlung"], E["rad"]) + " — cash, Girocard, Visa, Mastercard, Apple/Google Pay at the desk; bikes "
         "until 10 and from 15, 8 € a ride, no bike rental",
         HALF + "; bikes at any time; inventing a rental"),
    ],
]

write_plan("de", convs)
