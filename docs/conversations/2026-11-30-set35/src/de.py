"""German FAQ and plan for test set 35: Imkerei am Halberg, Saarbrücken (made up).
Run from src/: PYTHONPATH=<check folder> python3 de.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("sorten", "Welche Honigsorten habt ihr und was kosten sie?",
      "Unser Honig kommt aus Saarbrücken und dem Bliesgau: Frühtracht cremig 7,50 €, Sommertracht flüssig 8,00 €, "
      "Akazienhonig 9,00 € und Waldhonig 9,50 €, jeweils im 500-g-Glas. Alle Sorten gibt es auch im 250-g-Glas "
      "für 4,50 € (Wald 5,20 €).",
      "honig", ["honigsorten", "preise", "waldhonig", "akazienhonig", "glas"],
      ["was kostet ein glas honig", "welchen honig habt ihr", "habt ihr cremigen honig"])
entry("versand", "Was kostet der Versand und wie lange dauert er?",
      "Wir versenden mit DHL innerhalb Deutschlands für 5,90 €, ab 45 € Bestellwert versandfrei. Nach Luxemburg, "
      "Frankreich und Österreich kostet es 12,90 €. Wir packen montags und mittwochs, die Lieferung dauert dann "
      "2 bis 3 Werktage.",
      "bestellung", ["versand", "versandkosten", "lieferzeit", "dhl", "lieferung"],
      ["wann kommt mein honig", "ab wann versandkostenfrei", "liefert ihr nach frankreich"])
entry("abholung", "Kann ich im Hofladen einkaufen oder meine Bestellung abholen?",
      "Ja. Unser Hofladen in der Halbergstraße 58, 66121 Saarbrücken, ist freitags von 14 bis 18 Uhr und samstags "
      "von 9 bis 13 Uhr offen. Wählen Sie im Webshop Abholung, dann zahlen Sie keinen Versand; die Ware liegt ab "
      "dem nächsten Öffnungstag bereit.",
      "bestellung", ["hofladen", "abholen", "abholung", "öffnungszeiten", "adresse"],
      ["wann habt ihr auf", "kann ich vorbeikommen", "wo ist euer laden"])
entry("kristall", "Mein Honig ist fest geworden, ist er noch gut?",
      "Ja, das ist Kristallisation und ein Zeichen für echten, unbehandelten Honig. Stellen Sie das offene Glas in "
      "ein Wasserbad von höchstens 40 °C, bis er wieder flüssig ist, bitte nicht in die Mikrowelle. Honig ist "
      "mindestens 2 Jahre haltbar, trocken und dunkel gelagert.",
      "honig", ["kristallisiert", "fest", "hart", "haltbarkeit", "flüssig machen"],
      ["mein honig ist hart geworden", "kann man alten honig noch essen", "wie mach ich honig wieder flüssig"])
entry("bruch", "Ein Glas ist kaputt angekommen, was nun?",
      "Das tut uns leid! Schicken Sie uns innerhalb von 7 Tagen nach Zustellung ein Foto vom Paket und den "
      "Scherben an info@imkerei-halberg.example oder per WhatsApp an 0681 9470 315. Wir schicken kostenlos Ersatz "
      "oder erstatten den Betrag; zurückschicken müssen Sie nichts.",
      "bestellung", ["kaputt", "zerbrochen", "scherben", "beschädigt", "ersatz"],
      ["glas ist zerbrochen", "paket kam beschädigt an", "alles voller honig im karton"])
entry("patenschaft", "Was ist eine Bienenpatenschaft und was kostet sie?",
      "Als Pate unterstützen Sie 12 Monate lang eines unserer Bienenvölker. Für 79 € im Jahr bekommen Sie eine "
      "Urkunde, ein Namensschild am Stock, 3 Gläser Honig (500 g) aus \"Ihrem\" Volk und eine Einladung zum "
      "Patentag im Juni. Die Patenschaft gibt es auch als Geschenk mit Wunschdatum.",
      "patenschaft", ["bienenpatenschaft", "patenschaft", "pate", "bienenvolk", "urkunde"],
      ["was bekomm ich als bienenpate", "patenschaft verschenken", "was kostet eine patenschaft"])
entry("patkuendigung", "Wie kündige ich meine Bienenpatenschaft?",
      "Die Patenschaft verlängert sich automatisch um 12 Monate, wenn sie nicht spätestens 4 Wochen vor Ablauf "
      "gekündigt wird. Eine E-Mail an info@imkerei-halberg.example oder ein Anruf unter 0681 9470 310 genügt. "
      "Eine Abbuchung nach verpasster Frist erstatten wir einmalig, wenn Sie innerhalb von 14 Tagen kündigen.",
      "patenschaft", ["kündigen", "kündigung", "verlängerung", "abbuchung", "laufzeit"],
      ["patenschaft beenden", "warum wurde nochmal abgebucht", "verlängert sich die patenschaft"])
entry("kurs", "Welche Imkerkurse bietet ihr an?",
      "Der Anfängerkurs läuft an 8 Samstagen von April bis September, jeweils 10 bis 13 Uhr, und kostet 240 € "
      "inklusive Leih-Schutzanzug. Zum Reinschnuppern gibt es eine 2-stündige Schnupperstunde für 25 €. Höchstens "
      "12 Teilnehmer, Jugendliche ab 14 Jahren mit einem Elternteil.",
      "kurse", ["imkerkurs", "anfängerkurs", "schnupperstunde", "kurs", "imker werden"],
      ["ich will imker werden", "wann ist der nächste kurs", "kann ich mal reinschnuppern"])
entry("kursabsage", "Kann ich mich vom Kurs abmelden oder jemand anderen schicken?",
      "Bis 14 Tage vor dem ersten Termin ist die Abmeldung kostenlos, danach behalten wir 50 % der Kursgebühr. "
      "Eine Ersatzperson dürfen Sie jederzeit kostenlos schicken. Fällt ein Termin wegen Regen aus, holen wir ihn "
      "nach.",
      "kurse", ["abmelden", "stornieren", "ersatzperson", "kursgebühr", "rücktritt"],
      ["ich kann nicht am kurs teilnehmen", "kurs stornieren", "kann meine freundin für mich gehen"])
entry("allergie", "Kann ich mit einer Bienenstich-Allergie am Kurs teilnehmen?",
      "Bei einer bekannten Allergie nur mit schriftlichem Okay Ihres Arztes und Ihrem eigenen Notfallset, das Sie "
      "jeden Samstag dabeihaben. Ohne das empfehlen wir die Schnupperstunde am Schaukasten hinter Glas (25 €). Unsere "
      "Kursleiter sind in Erster Hilfe geschult.",
      "kurse", ["allergie", "allergisch", "bienenstich", "notfallset", "stich"],
      ["ich bin allergisch gegen bienen", "was wenn ich gestochen werde", "darf ich mit allergie mitmachen"])
entry("zahlung", "Wie kann ich bezahlen?",
      "Im Webshop zahlen Sie mit PayPal oder per Vorkasse-Überweisung; Stammkunden können ab der 2. Bestellung "
      "auf Rechnung bis 150 € zahlen. Im Hofladen nehmen wir Bargeld und EC-Karte. Kreditkarten nehmen wir nicht.",
      "bestellung", ["bezahlen", "paypal", "rechnung", "überweisung", "kreditkarte"],
      ["kann ich mit karte zahlen", "geht paypal", "kann ich auf rechnung kaufen"])
entry("geschenk", "Habt ihr Geschenkkörbe oder Gutscheine?",
      "Ja: Geschenkkörbe mit Honig, Kerze und Met-Bonbons ab 24,90 €, Gutscheine von 10 bis 100 €, 3 Jahre gültig. "
      "Für Firmen gestalten wir ab 20 Gläsern Etiketten mit Ihrem Logo, bitte 6 Wochen Vorlauf einplanen.",
      "honig", ["geschenkkorb", "gutschein", "geschenk", "firmengeschenk"],
      ["was kann ich verschenken", "habt ihr gutscheine", "honig als weihnachtsgeschenk für kunden"])
entry("schwarm", "Bei mir hängt ein Bienenschwarm, holt ihr den ab?",
      "Ja, von April bis Juli unter der Schwarm-Hotline 0171 5550 4412, täglich 7 bis 21 Uhr. Innerhalb von "
      "Saarbrücken holen wir Schwärme kostenlos ab. Wespen und Hornissen entfernen wir nicht, dafür ist ein "
      "Schädlingsbekämpfer zuständig.",
      "bienen", ["schwarm", "bienenschwarm", "schwarm-hotline", "einfangen"],
      ["bienen im garten", "da hängen ganz viele bienen am baum", "wer holt bienen ab"])
entry("retoure", "Kann ich Honig zurückgeben?",
      "Ungeöffnete Gläser können Sie innerhalb von 14 Tagen nach Erhalt zurückschicken, die Rücksendekosten "
      "tragen Sie; wir erstatten den Kaufpreis innerhalb von 5 Werktagen. Geöffnete Lebensmittel nehmen wir aus "
      "Hygienegründen nicht zurück.",
      "bestellung", ["rückgabe", "zurückschicken", "widerruf", "umtausch", "erstattung"],
      ["kann ich das zurückgeben", "falsch bestellt", "geld zurück"])
entry("pfand", "Nehmt ihr leere Honiggläser zurück?",
      "Ja, saubere Gläser mit Deckel nehmen wir im Hofladen zurück und zahlen 0,30 € pro Glas aus. Per Post "
      "nehmen wir keine Gläser zurück, das Porto lohnt sich nicht und sie gehen oft kaputt.",
      "honig", ["pfand", "leergut", "leere gläser", "zurückbringen"],
      ["was mach ich mit den leeren gläsern", "gibt es pfand", "nehmt ihr gläser zurück"])

write_faq("de", FAQ)

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"

convs = [
    # 1
    [
        ("hallo! was kostet bei euch der waldhonig und schickt ihr den auch nach sulzbach oder muss ich vorbei "
         "kommen",
         BOTH(E["sorten"], E["versand"]) + " — Waldhonig 9.50 € (500 g), 5.20 € (250 g); DHL 5.90 €, free from "
         "45 €, packed Mon and Wed, 2-3 working days",
         HALF + "; saying there is no shipping"),
        ("und wenn ich ihn selber hol, wann seid ihr da",
         F(E["abholung"]) + " — farm shop Halbergstraße 58, Fri 14-18, Sat 9-13; pick-up option saves shipping",
         "treating it as new unclear; the phone number only"),
        ("ok. der vom letzten jahr is im schrank steinhart worden, kann man den noch essen",
         F(E["kristall"]) + " — yes, crystallisation is natural; water bath at most 40 °C, no microwave; keeps at "
         "least 2 years",
         "treating it as new unclear; saying throw it away"),
        ("ei jo, merci. alla dann, tschüss",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("hallo ich hätt mal ne frage wegen nem geschenk",
         "Too vague to answer — choices (gift baskets, sponsorship, courses...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("mein schwiegervater wird 70 und is ganz verrückt nach den viechern, kann man da irgendwie so n stock "
         "mit summsern für ihn unterstützen, also symbolisch",
         TYPE + F(E["patenschaft"]) + " — 79 € a year: certificate, name sign on the hive, 3 jars of 500 g, "
         "invitation to the sponsors' day in June; also as a gift with a chosen date",
         "tapping a choice; asking to rephrase; the gift basket entry only"),
        ("geht das auf rechnung? und gibts noch n korb mit honig drin den ich dazu legen kann",
         BOTH(E["zahlung"], E["geschenk"]) + " — PayPal or prepayment; invoice only for regular customers from "
         "the 2nd order up to 150 €; gift baskets from 24.90 €, vouchers 10-100 €",
         HALF + "; promising invoice payment on a first order"),
        ("schreib ich hier grad mit nem echten menschen?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("guten tag, es geht um den kurs",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("nee, das isses alles nicht",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("meine frau und ich wollten im frühjahr mit den samstagen anfangen, aber sie reagiert heftig wenn die "
         "sie erwischen, letztes jahr dicker arm und notarzt. geht das trotzdem",
         F(E["allergie"]) + " — only with the doctor's written OK and her own emergency kit every Saturday; "
         "otherwise the taster hour at the glass observation hive, 25 €",
         "asking to rephrase again; saying yes without conditions; medical advice beyond the FAQ"),
        ("macht ihr eigentlich auch met? also honigwein, zum verschenken",
         "Not covered (mead is not sold; the FAQ only has mead sweets in gift baskets) — say so plainly; may offer "
         "a person",
         "inventing mead and a price; the gift basket entry as if it were mead"),
    ],
    # 4
    [
        ("hallo, zwei von den töpfchen aus meinem paket sind in tausend teilen, der karton klebt überall. und die "
         "ausgelöffelten, wollt ihr die eigentlich wiederhaben",
         BOTH(E["bruch"], E["pfand"]) + " — sorry; photo of parcel and shards within 7 days by e-mail or WhatsApp "
         "0681 9470 315, free replacement or refund, nothing to send back; clean jars with lids in the farm shop, "
         "0.30 € each, not by post",
         HALF + "; asking her to send the broken jars back"),
        ("das bringt mir nix. ich will dass heut abend noch einer vorbei kommt und mir zwei neue bringt, ich wohn "
         "in st. johann",
         "Push-back: apologise; the FAQ has no same-evening delivery by hand — say so, do not promise it, offer a "
         "person",
         "a promised visit; the same full answer again without acknowledging"),
        ("allemol dasselbe. ich will jetzt sofort mit jemand reden der was zu sagen hat!",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("hallo?? is da jemand",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("ich bin stinksauer. hab letztes jahr die patenschaft für meine mutter gekauft und jetzt habt ihr einfach "
         "nochmal 79 euro abgebucht ohne zu fragen!!",
         F(E["patkuendigung"]) + " — apologise; it renews automatically unless cancelled 4 weeks before the end; "
         "cancel by e-mail or 0681 9470 310; a charge after a missed deadline is refunded once if cancelled within "
         "14 days",
         "no apology; saying the money is gone; no mention of the one-time refund"),
        ("andere frage, wisst ihr wer am samstag im ludwigspark spielt?",
         "Not covered (a football match) — say so kindly, back to the shop's topics",
         "a match as fact; an FAQ answer; a handover"),
        ("ruft mich bitte zurück, gell? 0151 5550 3917",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the shop number instead"),
        ("wie lang dauert das ungefähr bis sich einer meldet?",
         WAIT + WAITING,
         "the farm shop hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("ich bin für den anfängerkurs ab 18. april angemeldet, aber hab jetzt ne neue stelle in trier mit "
         "samstagsschicht. das wird so nix",
         F(E["kursabsage"]) + " — free until 14 days before the first date, later 50 % kept; a substitute may go "
         "free of charge; do not claim it is cancelled",
         "claiming the course is cancelled; the course description alone"),
        ("ei jo mach",
         "Ambiguous yes — ask what they mean (cancel, or send a substitute?) or restate the step; nothing claimed "
         "as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("und wenn ich an nem freien tag nur mal kurz reinschnuppern will, was kost das",
         F(E["kurs"]) + " — a 2-hour taster hour for 25 €",
         "the cancellation answer again; the full 240 € course only"),
        ("ei isch versteh nur bahnhof. isch will jetzt mit ääm rischdische mensch schwätze, net mit som kaschde",
         "Request: person in Saarland dialect — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard German"),
    ],
    # 7
    [
        ("guten morgen, bei uns im garten hängt seit ner stunde so ne riesige brummende traube am apfelbaum, was "
         "mach ich da",
         F(E["schwarm"]) + " — swarm hotline 0171 5550 4412, April-July, daily 7-21",
         "saying call pest control; the farm shop hours"),
        ("kostet das was?",
         F(E["schwarm"]) + " — free within Saarbrücken",
         "treating it as new unclear; inventing a price"),
        ("super, danke euch! noch was: hab aus versehen zweimal bestellt, die gläser sind noch zu, kann ich die "
         "zurückschicken? und was kostet eigentlich der akazienhonig",
         BOTH(E["retoure"], E["sorten"]) + " — unopened within 14 days, return postage paid by the customer, "
         "refund within 5 working days; acacia 9.00 € (500 g), 4.50 € (250 g)",
         HALF + "; free return postage promised"),
    ],
]

write_plan("de", convs)
