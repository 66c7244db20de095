"""German FAQ and plan for test set 47: Imkerei Schaumberg-Honig (beekeeper and honey farm shop), Tholey, Saarland,
made up. Customers write Saarland German (Saarländisch, Rhine/Moselle Franconian); the FAQ is standard German.
Served as de-DE. Run from src/: PYTHONPATH=<check folder> python3 de.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("sorten", "Welche Honigsorten gibt es und was kosten sie?",
      "Unser Frühlingshonig und der cremige Rapshonig kosten 6,50 € pro 500-g-Glas, Sommerblütenhonig 7,20 €, "
      "Waldhonig 7,90 € und Akazienhonig 8,50 €. Alle Sorten gibt es auch im 250-g-Glas ab 3,90 €. Welche Sorten "
      "gerade vorrätig sind, sehen Sie im Onlineshop.",
      "honig", ["sorten", "preis", "preise", "waldhonig", "akazienhonig", "rapshonig"],
      ["was kostet ein glas honig", "welchen honig habt ihr", "habt ihr waldhonig"])
entry("versand", "Verschicken Sie Honig per Post?",
      "Ja, mit DHL innerhalb Deutschlands für 5,90 € bis 3 kg, ab 40 € Bestellwert versandkostenfrei. Die Pakete "
      "gehen montags bis mittwochs raus und sind in 2-3 Werktagen da. In die EU versenden wir für 12,90 €, in die "
      "Schweiz leider nicht.",
      "bestellung", ["versand", "verschicken", "lieferung", "paket", "versandkosten"],
      ["liefert ihr auch nach hamburg", "was kostet der versand", "wie lange dauert die lieferung"])
entry("hofladen", "Wann hat der Hofladen geöffnet?",
      "Der Hofladen in der Schaumbergstraße 12, 66636 Tholey, ist freitags von 14 bis 18 Uhr und samstags von 9 bis "
      "13 Uhr geöffnet. Am Hoftor steht ausserdem ein Honigautomat, der rund um die Uhr Münzen und Scheine nimmt. "
      "Im Dezember sind wir zusätzlich donnerstags von 14 bis 18 Uhr da.",
      "hof", ["hofladen", "öffnungszeiten", "geöffnet", "adresse", "honigautomat"],
      ["wann habt ihr auf", "kann ich bei euch vorbeikommen und kaufen", "wo ist der laden"])
entry("pfand", "Nehmen Sie leere Honiggläser zurück?",
      "Ja, gern. Saubere Gläser mit Deckel nehmen wir im Hofladen zurück und schreiben Ihnen 0,30 € pro Glas gut. "
      "Für 10 zurückgebrachte Gläser bekommen Sie alternativ ein 250-g-Glas Honig Ihrer Wahl. Gläser ohne Deckel "
      "oder von anderen Imkereien können wir nicht annehmen.",
      "hof", ["pfand", "leergut", "rückgabe", "zurückgeben", "deckel"],
      ["kann ich die leeren gläser zurückbringen", "gibt es pfand", "was mache ich mit den alten gläsern"])
entry("kandiert", "Warum wird mein Honig fest?",
      "Das Festwerden (Kristallisieren) ist ganz natürlich und ein Zeichen für echten, unbehandelten Honig; Rapshonig "
      "wird schon nach 1-2 Wochen fest, Akazienhonig bleibt lange flüssig. Stellen Sie das Glas ohne Deckel in ein "
      "Wasserbad von höchstens 40 °C, dann wird er wieder flüssig. Bitte nicht in die Mikrowelle.",
      "honig", ["kristallisiert", "kristallisieren", "fest", "flüssig", "wasserbad"],
      ["mein honig ist ganz fest geworden", "wie wird der honig wieder flüssig", "ist kristallisierter honig schlecht"])
entry("patenschaft", "Wie funktioniert eine Bienenpatenschaft?",
      "Eine Bienenpatenschaft kostet 69 € für ein Jahr. Sie bekommen innerhalb von 3 Tagen nach der Zahlung eine "
      "Urkunde per E-Mail (auf Wunsch gedruckt für 2 € mehr), nach den Ernten im Juli und September je ein 500-g-"
      "Glas Honig von Ihrem Volk und eine Einladung zum Patentag im Juni. Die Patenschaft eignet sich gut als "
      "Geschenk.",
      "angebote", ["patenschaft", "pate", "bienenpatenschaft", "urkunde", "patentag"],
      ["kann ich eine patenschaft verschenken", "was bekommt man als bienenpate", "wann kommt der honig der patenschaft"])
entry("kurs", "Bieten Sie Imkerkurse an?",
      "Ja. Unser Anfängerkurs läuft an 8 Samstagen von April bis September, jeweils 10 bis 13 Uhr, und kostet 240 € "
      "inklusive Leihschutzanzug und Kursunterlagen; höchstens 10 Teilnehmende. Für einen ersten Eindruck gibt es "
      "einen Schnupperkurs von 3 Stunden für 35 €. Anmeldung bis 15. März.",
      "angebote", ["imkerkurs", "kurs", "anfängerkurs", "schnupperkurs", "imkern", "lernen"],
      ["ich möchte imkern lernen", "wann beginnt der nächste kurs", "was kostet der anfängerkurs"])
entry("schwarm", "Fangen Sie Bienenschwärme ein?",
      "Ja, von Mai bis Juli holen wir Honigbienenschwärme im Landkreis St. Wendel und im Kreis Saarlouis kostenlos "
      "ab. Rufen Sie uns unter 06853 555 31 70 an; meist sind wir am selben Tag, oft innerhalb von 2 Stunden da. "
      "Halten Sie bis dahin etwa 5 Meter Abstand und lassen Sie die Bienen in Ruhe.",
      "angebote", ["schwarm", "bienenschwarm", "schwärme", "einfangen", "abholen"],
      ["bei uns im garten hängt ein schwarm", "könnt ihr einen schwarm abholen", "was kostet das einfangen"])
entry("geschenk", "Haben Sie Geschenkkörbe und Firmengeschenke?",
      "Ja, unsere Präsentkörbe mit Honig, Kerze und Honigbonbons gibt es für 19,90 €, 29,90 € und 49,90 €. Für "
      "Firmen machen wir ab 20 Stück Etiketten mit Ihrem Logo ohne Aufpreis; bitte bestellen Sie mindestens 3 "
      "Wochen vorher, für Weihnachten bis zum 20. November.",
      "angebote", ["geschenkkorb", "präsentkorb", "firmengeschenk", "weihnachten", "geschenk"],
      ["habt ihr präsentkörbe", "geschenke für unsere mitarbeiter", "bis wann muss ich für weihnachten bestellen"])
entry("wachs", "Verkaufen Sie auch Kerzen und Bienenwachs?",
      "Ja: gegossene und gerollte Kerzen aus 100 % eigenem Bienenwachs ab 4,50 €, Bienenwachstücher im 3er-Set für "
      "12,90 € und reines Wachs für 18 € pro Kilo. Kerzen verschicken wir wie Honig; von Juni bis August nur in "
      "gekühlter Verpackung.",
      "honig", ["kerzen", "bienenwachs", "wachs", "wachstücher"],
      ["habt ihr bienenwachskerzen", "was kostet ein kilo wachs", "gibt es wachstücher"])
entry("besuch", "Kann man die Imkerei besichtigen?",
      "Ja, von April bis September bieten wir Führungen von 90 Minuten für Gruppen ab 10 Personen an, auch für "
      "Kindergärten und Schulklassen. Kinder zahlen 3 €, Erwachsene 5 €; eine Honigprobe und Schutzschleier sind "
      "dabei. Termine bitte mindestens 2 Wochen vorher vereinbaren.",
      "angebote", ["besichtigung", "führung", "besuch", "schulklasse", "kindergarten"],
      ["kann man bei euch zuschauen", "führung für eine schulklasse", "was kostet eine besichtigung"])
entry("bio", "Ist Ihr Honig bio?",
      "Unser Honig ist nicht bio-zertifiziert, weil die Bienen bis zu 3 km weit fliegen und wir die Felder nicht "
      "kontrollieren können. Er wird kalt geschleudert, nicht gefiltert und nicht erhitzt, trägt das Siegel des "
      "Deutschen Imkerbundes und wird jedes Jahr im Labor auf Rückstände geprüft.",
      "honig", ["bio", "qualität", "rückstände", "zertifiziert", "naturrein"],
      ["ist der honig bio", "ist euer honig naturrein", "wird der honig geprüft"])
entry("zahlung", "Wie kann ich bezahlen?",
      "Im Hofladen bar oder mit Girocard, online mit PayPal, Kreditkarte oder auf Rechnung (Rechnung ab der zweiten "
      "Bestellung und für Firmen, zahlbar in 14 Tagen). Der Honigautomat nimmt nur Bargeld, Münzen und Scheine bis "
      "20 €.",
      "bestellung", ["bezahlen", "zahlung", "paypal", "rechnung", "karte"],
      ["kann ich mit paypal zahlen", "geht auch auf rechnung", "nimmt der automat karte"])
entry("bruch", "Was tun, wenn ein Glas zerbrochen ankommt?",
      "Das tut uns leid. Schicken Sie uns innerhalb von 7 Tagen nach Erhalt ein Foto vom Paket und vom Inhalt an "
      "info@schaumberg-honig.example; wir schicken kostenlos Ersatz oder erstatten den Betrag. Das kaputte Glas "
      "müssen Sie nicht zurückschicken.",
      "bestellung", ["zerbrochen", "kaputt", "bruch", "scherben", "ausgelaufen"],
      ["ein glas ist kaputt angekommen", "das paket war nass und klebrig", "bekomme ich ersatz"])
entry("storno", "Kann ich meine Bestellung stornieren?",
      "Solange das Paket noch nicht verschickt ist, stornieren Sie kostenlos per E-Mail oder unter 06853 555 31 70; "
      "wir versenden montags bis mittwochs. Ist es schon unterwegs, können Sie ungeöffnete Gläser innerhalb von 14 "
      "Tagen zurückschicken; die Rücksendekosten tragen Sie.",
      "bestellung", ["stornieren", "storno", "widerruf", "abbestellen", "zurücktreten"],
      ["ich will die bestellung absagen", "kann ich noch stornieren", "widerruf bestellung"])

write_faq("de", FAQ)

convs = [
    # 1
    [
        ("gudde! mei schwiejermudder in hamburg schwört uff eiern waldhonisch. was kosd so e glas un kennen ihr "
         "ihr des do nuffschigge?",
         BOTH(E["sorten"], E["versand"]) + " — forest honey 7.90 € per 500 g jar (250 g jars from 3.90 €); DHL "
         "within Germany 5.90 € up to 3 kg, free from 40 €, sent Monday-Wednesday, 2-3 working days ('gudde' = "
         "hello, 'Schwiejermudder' = mother-in-law, 'nuffschigge' = send up there, Saarland)",
         HALF + "; another variety's price as the forest honey's; saying honey isn't posted"),
        ("un wann der uff em weech so hart wie stään werd?",
         F(E["kandiert"]) + " — crystallising is natural, a sign of untreated honey; warm the open jar in a water "
         "bath of at most 40 °C, not in the microwave ('uff em Weech' = on the way, 'Stään' = stone; crystallising "
         "never named)",
         NEW + "the broken-jar entry; saying it has gone bad"),
        ("kann isch des mit paypal mache?",
         F(E["zahlung"]) + " — yes, online by PayPal, credit card or invoice (from the second order), in the farm "
         "shop cash or Girocard",
         NEW + "only the farm shop's payment"),
        ("ei jo, merci. salü",
         "Small talk: acknowledgement + thanks + goodbye ('ei jo' = well yes, 'merci', 'salü' = bye, Saarland) — "
         "short friendly close",
         SMALL),
    ],
    # 2
    [
        ("gudde, hann do mol e fraach",
         "Too vague to answer ('hann' = have, 'Fraach' = question) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("vun dene sechs is ääns in dausend stigger, de ganze karton is babbisch un de akazie lääft raus",
         TYPE + F(E["bruch"]) + " — sorry; a photo of the parcel and contents within 7 days to the e-mail address, "
         "free replacement or refund, the jar need not be sent back ('ääns' = one, 'in dausend Stigger' = in a "
         "thousand pieces, 'babbisch' = sticky; broken never named)",
         "tapping a choice; asking to rephrase; the crystallising entry"),
        ("mir wolle im mai mit de kinnergarde-grupp bei eich gugge kumme, 14 kinner. un mei mann will selbschd e "
         "paar völker hinstelle, wo lernt der des?",
         BOTH(E["besuch"], E["kurs"]) + " — tours of 90 minutes April-September for groups from 10, children 3 €, "
         "adults 5 €, tasting and veils included, book at least 2 weeks ahead; beginners' course on 8 Saturdays "
         "April-September, 240 € with suit on loan, max 10, taster 3 hours 35 €, register by 15 March "
         "('gugge' = look, 'Völker' = bee colonies; course never named)",
         HALF + "; saying children can't visit"),
        ("schwätz isch do grad mit eme mensch odder mit som compjuderding?",
         "Small talk: are you a bot ('schwätz isch' = am I talking) — honestly an automated assistant; may offer a "
         "person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("gudde, 's geht um das vun neilich",
         "Too vague to answer ('vun neilich' = from the other day) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("nää, nix devun",
         TYPE + "Typed rejection ('nix devun' = none of that) — apologise and ask what exactly it is about; no "
         "handover yet",
         "the same choices again; a handover straight away"),
        ("im keller stehn bestimmt 24 ausgeschleckte gläser vun eich, all schön gespült. was mach isch domit, "
         "wegschmeiße is doch schad",
         F(E["pfand"]) + " — clean jars with lids back at the farm shop, 0.30 € credit each, or a 250 g jar for 10; "
         "no jars without lids or from other beekeepers ('ausgeschleckt' = licked clean; return never named)",
         "asking to rephrase again; the cancellation entry's returns"),
        ("un kumme ihr ach e wespenescht aus em rolllade-kaschde holle? die sin ganz aggressiv",
         "Not covered (removing a wasp nest from a roller-shutter box, near the trade but not offered; the swarm "
         "entry is for honeybee swarms only) — say so plainly; may offer a person",
         "the swarm entry as if wasps were collected; inventing a price"),
    ],
    # 4
    [
        ("mir sin e schreinerei in völklinge, 60 leit. zum jahresend soll jeder ebbes vun eierm hof kriehn, mit "
         "unserm logo druff. was kosd das ungefähr, un kenne mir des hinnenooch iwwerweise?",
         BOTH(E["geschenk"], E["zahlung"]) + " — gift baskets 19.90, 29.90 or 49.90 €, company labels with the logo "
         "free from 20 pieces, order at least 3 weeks ahead, for Christmas by 20 November; invoice for companies, "
         "payable in 14 days ('Leit' = people, 'Jahresend' = year's end, i.e. Christmas, 'kriehn' = get, 'hinnenooch iwwerweise' = pay by bank transfer afterwards, i.e. on invoice; gift basket and invoice never named)",
         HALF + "; a price per jar only; forgetting the 20 November deadline"),
        ("19,90 fer so e körbche? bei 60 stick mache ihr mer 12 euro es stick, un liefere tun ihr umsonst bis vor "
         "die dier",
         "Push-back ('Stick' = pieces, 'Dier' = door): apologise; the FAQ has baskets from 19.90 €, logo labels "
         "free from 20 and shipping free from 40 € — say so and offer a person",
         "promising 12 € a basket; the same answer again without acknowledging"),
        ("jetzt langt's awwer. isch will mit em chef schwätze, net mit ener maschin!",
         "Request: angry + person ('jetzt langt's' = that's enough) — apologise briefly and hand over",
         PW),
        ("hallo? is do iwwerhaupt ääner?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("DES GIBT'S DOCH NET! hann meiner freundin im märz bei eich e ganzes volk fer 69 euro geschenkt, un bis "
         "heit is nix kumm, kä papier, kä honig, gar nix!!",
         F(E["patenschaft"]) + " — apologise; the certificate should come by e-mail within 3 days of payment, so "
         "it is overdue and a person must check; the honey comes after the harvests in July and September, plus "
         "the open day in June ('kä' = no; sponsorship never named)",
         "no apology; saying everything is fine; the gift-basket entry"),
        ("weesch du eigentlich, ob de fc am samschdach dehemm spielt?",
         "Not covered (unrelated: whether 1. FC Saarbrücken plays at home on Saturday; 'dehemm' = at home) — say "
         "so kindly",
         "an FAQ answer; the farm shop's Saturday hours; a handover"),
        ("ruf misch zurück, 0176 555 82 14, am beschde nooch de schafft, so ab halb sechs",
         "Request: callback with number ('nooch de Schafft' = after work, 'ab halb sechs' = from 5:30) — hand over "
         "to a person with the number and the time kept; no promise of a time",
         PW + "; asking for the number again; the shop's number instead"),
        ("dauert's noch lang? isch muss glei die kinner vum fußball holle",
         WAIT + WAITING,
         "the farm shop's hours; an invented wait time"),
    ],
    # 6
    [
        ("hann vorgeschder sechs gläser akazie bei eich bstellt. jetzt hat mei schwoger uff äämol selwer bienen "
         "un bringt uns eimerweis honisch, die brauche mir also net meh",
         F(E["storno"]) + " — free while not yet sent (parcels go out Monday-Wednesday) by e-mail or phone 06853 "
         "555 31 70; if already on the way, unopened jars back within 14 days at the customer's cost; claim nothing "
         "as done ('Schwoger' = brother-in-law; cancelling never named)",
         "claiming it is cancelled; the shipping entry only"),
        ("ei jo",
         "Ambiguous reply ('ei jo' = well yes / oh well) — ask what they mean or restate the step; nothing claimed "
         "as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("ganz ebbes anneres: hann ihr ach kerze aus echtem wachs? un is eier honisch eigentlich bio?",
         BOTH(E["wachs"], E["bio"]) + " — beeswax candles from 4.50 €, wraps 12.90 € for 3, wax 18 € per kilo; not "
         "certified organic (bees fly up to 3 km), cold-extracted, unfiltered, Imkerbund seal, tested every year",
         HALF + "; saying the honey is organic"),
        ("lo, des bringt doch alles nix, isch hann kä luschd meh uff des ding. holle se mer jetzt de imker selbschd "
         "an de abbarat!",
         "Request: person in Saarland German ('look, this is all no use, I've had enough of this thing; get me "
         "the beekeeper himself on the line now') — hand over to a person",
         PW + "; answering the beekeeping-course entry; asking for standard German"),
    ],
    # 7
    [
        ("gun owend. bei uns im kirschbaam hängt seit heit middach so e dicker brummender klumbe. kumme ihr den "
         "holle? mir wohne in theley",
         F(E["schwarm"]) + " — May-July honeybee swarms collected free in the St. Wendel and Saarlouis districts, "
         "call 06853 555 31 70, usually the same day, often within 2 hours, keep about 5 m away ('gun owend' = good "
         "evening, 'Klumbe' = lump; Theley is in the St. Wendel district; swarm never named)",
         "a wasp or pest answer; saying it is not done"),
        ("kosd des ebbes?",
         F(E["schwarm"]) + " — free of charge in those two districts",
         NEW + "inventing a fee"),
        ("gudd. un wann hann ihr hoflade uff, dann kaaf isch glei e glas. merci",
         F(E["hofladen"]) + " — Friday 14-18, Saturday 9-13, in December also Thursday 14-18, honey vending machine "
         "at the gate round the clock; thanks acknowledged",
         NEW + "no thanks acknowledged"),
    ],
]

write_plan("de", convs)
