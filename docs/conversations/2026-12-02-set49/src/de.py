"""German FAQ and plan for test set 49: Christbaumhof Kemper (Christmas-tree farm: sale, cut-your-own, delivery,
stands, greenery), Eslohe, Sauerland, made up. Customers write everyday Sauerland/Westphalian German; the FAQ is
standard German (`Sie`, EUR). Served as de-DE.
Run from src/: PYTHONPATH=<check folder> python3 de.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("preis", "Was kosten Ihre Weihnachtsbäume?",
      "Nordmanntannen: 1,50 bis 1,75 m 32 €, 1,75 bis 2,00 m 39 €, 2,00 bis 2,50 m 49 €, größere Bäume 22 € pro "
      "laufenden Meter. Blaufichten von 1,50 bis 2,00 m kosten 25 €, Rotfichten 18 €. Alle Bäume stammen aus "
      "unseren eigenen Kulturen in Eslohe.",
      "preise", ["preis", "kosten", "nordmanntanne", "fichte", "größe"],
      ["was kostet eine nordmanntanne", "preis für einen baum von 2 metern", "wie teuer sind die fichten"])
entry("selbst", "Kann ich meinen Baum selbst schlagen?",
      "Ja, an allen Adventswochenenden samstags und sonntags von 10 bis 16 Uhr auf unserer Kultur am Hohen Stück. "
      "Sägen und Handschuhe leihen wir Ihnen kostenlos, es gelten die normalen Preise. Bitte kommen Sie mit festem "
      "Schuhwerk; Kinder unter 14 Jahren sägen nur mit einem Erwachsenen.",
      "verkauf", ["selbst schlagen", "sägen", "kultur", "wochenende", "erlebnis"],
      ["baum selber sägen", "darf man selbst fällen", "wann kann man selbst schlagen"])
entry("zeiten", "Wann ist der Verkauf geöffnet?",
      "Vom 28. November bis 23. Dezember verkaufen wir auf dem Hof: Montag bis Freitag 13 bis 18 Uhr, Samstag und "
      "Sonntag 9 bis 17 Uhr. Am 24. Dezember haben wir von 9 bis 12 Uhr geöffnet. Telefonisch erreichen Sie uns "
      "unter 02973 555 41 20 zu denselben Zeiten.",
      "verkauf", ["öffnungszeiten", "geöffnet", "hofverkauf", "heiligabend", "telefon"],
      ["wann haben sie auf", "kann man am 24. noch kaufen", "öffnungszeiten hofverkauf"])
entry("lieferung", "Liefern Sie den Baum auch nach Hause?",
      "Ja, im Umkreis von 25 km um Eslohe (z. B. Meschede, Schmallenberg, Sundern, Finnentrop) für 15 €, mit "
      "Aufstellen im Ständer für 25 €. Darüber hinaus berechnen wir 1 € pro weiteren Kilometer. Bestellungen bis "
      "Donnerstag 12 Uhr liefern wir am folgenden Wochenende.",
      "lieferung", ["liefern", "lieferung", "nach hause", "aufstellen", "lieferkosten"],
      ["bringen sie den baum vorbei", "was kostet die lieferung", "liefern sie nach meschede"])
entry("reserv", "Kann ich einen Baum reservieren oder vorbestellen?",
      "Ab dem 1. November können Sie sich Ihren Baum auf der Kultur aussuchen und mit einem Namensband markieren. "
      "Dafür zahlen Sie 10 € Anzahlung, die beim Abholen verrechnet wird. Vorbestellungen für die Lieferung nehmen "
      "wir telefonisch oder über das Formular auf unserer Website an.",
      "bestellung", ["reservieren", "vorbestellen", "markieren", "anzahlung", "aussuchen"],
      ["baum vorher aussuchen", "kann man einen baum zurücklegen", "vorbestellung weihnachtsbaum"])
entry("frisch", "Wie bleibt der Baum lange frisch?",
      "Unsere Bäume werden höchstens 3 Tage vor dem Verkauf geschlagen. Lagern Sie den Baum bis zum Aufstellen "
      "draußen im Schatten, sägen Sie unten 2 cm ab und stellen Sie ihn in einen Ständer mit mindestens 2 Liter "
      "Wasser. So hält eine Nordmanntanne 4 bis 6 Wochen.",
      "pflege", ["frisch", "haltbarkeit", "wasser", "pflege", "lagern"],
      ["wie lange hält der baum", "wie pflege ich den baum", "baum soll nicht austrocknen"])
entry("staender", "Bieten Sie Christbaumständer und Einnetzen an?",
      "Das Einnetzen ist kostenlos. Für Ständer mit Stabilfuß bohren wir den Stamm für 3 € an. Christbaumständer "
      "verkaufen wir von 29 € (bis 2 m) bis 79 € (Wassertank 3,5 Liter, bis 3 m).",
      "zubehör", ["ständer", "netz", "einnetzen", "bohren", "zubehör"],
      ["verkaufen sie ständer", "wird der baum eingepackt", "können sie den stamm anbohren"])
entry("firmen", "Gibt es Angebote für Firmen, Vereine und Wiederverkäufer?",
      "Ab 10 Bäumen erhalten Sie 10 % Rabatt, ab 50 Bäumen gelten unsere Wiederverkäuferpreise nach Liste. "
      "Firmen und Vereine zahlen auf Rechnung innerhalb von 14 Tagen. Großbäume bis 8 m für Plätze und Hallen "
      "liefern wir auf Anfrage mit Kran.",
      "firmen", ["firma", "verein", "rabatt", "wiederverkäufer", "großbaum", "rechnung"],
      ["mengenrabatt für firmen", "baum für den marktplatz", "mehrere bäume für unseren verein"])
entry("bezahlen", "Wie kann ich bezahlen?",
      "Auf dem Hof bar oder mit Girocard, bei der Lieferung bar oder per PayPal. Kreditkarten nehmen wir nicht an. "
      "Rechnungen mit 14 Tagen Zahlungsziel gibt es für Firmen und Vereine ab 10 Bäumen.",
      "bezahlung", ["bezahlen", "zahlung", "bar", "ec-karte", "paypal"],
      ["kann ich mit karte zahlen", "nehmen sie paypal", "zahlungsmöglichkeiten"])
entry("abholung", "Nehmen Sie den Baum nach Weihnachten wieder zurück?",
      "Ja. Vom 7. bis 10. Januar holen wir Bäume im Liefergebiet für 10 € ab, bitte ohne Schmuck und Lametta. "
      "Am Samstag, 10. Januar, können Sie den Baum von 10 bis 14 Uhr kostenlos bei uns auf dem Hof abgeben.",
      "service", ["entsorgung", "abholen", "zurücknehmen", "januar", "abgeben"],
      ["wohin mit dem alten baum", "holen sie den baum wieder ab", "baum entsorgen"])
entry("storno", "Kann ich eine Bestellung ändern oder stornieren?",
      "Bis 3 Tage vor dem Liefertermin können Sie kostenlos ändern oder stornieren, telefonisch unter 02973 555 "
      "41 20 oder per E-Mail. Danach berechnen wir 10 €. Die Anzahlung für einen markierten Baum erstatten wir, "
      "wenn Sie bis zum 15. Dezember absagen.",
      "bestellung", ["stornieren", "ändern", "absagen", "liefertermin", "anzahlung zurück"],
      ["bestellung rückgängig machen", "anderen liefertag", "ich brauche den baum doch nicht"])
entry("reklamation", "Was mache ich, wenn der Baum stark nadelt oder beschädigt ist?",
      "Melden Sie sich innerhalb von 7 Tagen nach Abholung oder Lieferung mit einem Foto bei uns. Wir tauschen den "
      "Baum aus oder erstatten den Preis. Ausgenommen sind Bäume, die ohne Wasser oder direkt neben der Heizung "
      "gestanden haben.",
      "reklamation", ["nadeln", "reklamation", "beschädigt", "umtausch", "erstattung"],
      ["der baum verliert nadeln", "spitze ist abgebrochen", "baum ist trocken"])
entry("topf", "Haben Sie Weihnachtsbäume im Topf?",
      "Ja, Nordmanntannen im Topf von 1,00 bis 1,20 m für 35 €. Stellen Sie sie höchstens 10 Tage in die Wohnung; "
      "danach können Sie sie im Garten einpflanzen. Topfbäume nehmen wir nicht zurück.",
      "verkauf", ["topf", "ballen", "einpflanzen", "lebend", "wurzel"],
      ["baum mit wurzel", "kann man den baum danach einpflanzen", "tanne im topf"])
entry("advent", "Gibt es an den Adventswochenenden etwas für Familien?",
      "Ja. An den Adventswochenenden gibt es Glühwein für 3 €, Kinderpunsch für 2 € und Bratwurst für 3,50 €. Die "
      "Traktorfahrt zur Kultur ist kostenlos. Am Samstag, 13. Dezember, kommt um 15 Uhr der Nikolaus.",
      "hof", ["glühwein", "kinder", "familie", "nikolaus", "traktor"],
      ["gibt es glühwein", "was ist für kinder los", "kommt der nikolaus"])
entry("gruen", "Verkaufen Sie auch Tannengrün und Adventskränze?",
      "Nordmanntannengrün kostet 3 € pro Kilo. Adventskränze binden wir auf Bestellung: 30 cm für 24 €, 40 cm für "
      "32 €, ungeschmückt jeweils 8 € günstiger. Bitte bestellen Sie Kränze mindestens 4 Tage vorher.",
      "verkauf", ["tannengrün", "zweige", "adventskranz", "kranz", "schmuckgrün"],
      ["haben sie zweige", "binden sie adventskränze", "was kostet ein kranz"])

write_faq("de", FAQ)

convs = [
    # 1
    [
        ("moin! wir brauchen ne nordmann so um die zwei meter fürs wohnzimmer, wat nehmt ihr dafür? und kommt "
         "ihr damit auch bis sundern-hagen raus",
         BOTH(E["preis"], E["lieferung"]) + " — 1.75-2.00 m 39 €, 2.00-2.50 m 49 €; Sundern is in the 25 km area: "
         "15 €, with setting up 25 €; order by Thursday 12:00 for the weekend ('wat' = was, Westphalian)",
         HALF + "; inventing a price; saying Sundern is outside the area"),
        ("bis wann muss ich da bescheid geben",
         F(E["lieferung"]) + " — orders by Thursday 12:00 are delivered the following weekend (or the pre-order "
         "form/phone of the reservation entry)",
         NEW + "the opening hours only"),
        ("und wie krieg ich dat hin dass der bis dreikönige noch grün is, letztes jahr war der an silvester kahl",
         F(E["frisch"]) + " — cut at most 3 days before sale, keep outside in the shade, cut 2 cm off, stand with "
         "at least 2 litres of water: a Nordmann lasts 4-6 weeks ('Dreikönige' = 6 January, 'kahl' = bare; "
         "freshness never named)",
         NEW + "the complaint entry"),
        ("top, danke dir. tschö",
         "Small talk: thanks + goodbye ('tschö' = bye, Westphalian/Rhineland) — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("hallo zusammen, hätte da ma ne frage",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("können die blagen bei euch selber an die säge? der kleine is 9 und will unbedingt ne tanne umhauen",
         TYPE + F(E["selbst"]) + " — cut-your-own on Advent weekends, Saturday and Sunday 10-16, saws and gloves "
         "free, normal prices, firm shoes; children under 14 only saw with an adult ('Blagen' = kids, Westphalian)",
         "tapping a choice; asking to rephrase; the family-programme entry only"),
        ("gibts da auch wat warmes zu trinken für die großen? und wenn wir dann ne tanne mit wurzel nehmen, kann "
         "die später in den garten?",
         BOTH(E["advent"], E["topf"]) + " — Glühwein 3 €, Kinderpunsch 2 €, Bratwurst 3.50 €, free tractor ride, "
         "Nikolaus on Saturday 13 December at 15:00; potted Nordmann 1.00-1.20 m 35 €, max 10 days indoors, then "
         "plant it out, not taken back",
         HALF + "; saying there are no potted trees"),
        ("schreib ich hier eigentlich mit nem menschen oder mit nem programm?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("n abend",
         "Too vague to answer (a greeting only, 'n Abend' = good evening) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("nee dat passt alles nich",
         TYPE + "Typed rejection ('that doesn't fit at all') — apologise and ask what exactly it is about; no "
         "handover yet",
         "repeating the same choices; a handover; an FAQ answer"),
        ("ich geh im oktober schon mal übers feld und such mir einen aus, könnt ihr mir den bis zum 20. "
         "freihalten?",
         F(E["reserv"]) + " — from 1 November a tree can be chosen in the field and tagged with a name band, "
         "10 € down payment set off on collection (so not yet in October) (reserving never named)",
         NEW + "promising a tag in October"),
        ("ach und nebenbei, bei mir im garten steht ne alte fichte die zu groß geworden is, macht ihr sowat auch "
         "weg?",
         "Not covered (felling a tree in the customer's garden: near the trade but not offered) — say so plainly; "
         "may offer a person",
         "inventing a felling service; the Christmas-tree prices; unrelated choices"),
    ],
    # 4
    [
        ("tach. wir vom schützenverein eslohe-bremke bräuchten 12 stück, in die halle und an die "
         "mitglieder. gibts da wat auf die menge, und können wir dat hinterher überweisen",
         BOTH(E["firmen"], E["bezahlen"]) + " — from 10 trees 10 % off, invoice payable within 14 days for clubs "
         "and companies from 10 trees; otherwise cash or girocard on the farm, cash or PayPal on delivery",
         HALF + "; inventing another discount"),
        ("10 prozent? dat is ja nix. der baumarkt in meschede macht uns 30 und zahlen tun wir wie immer nach dem "
         "schützenfest im juli",
         "Push-back: apologise; the FAQ has 10 % from 10 trees (reseller prices from 50) and invoices within 14 "
         "days, nothing about 30 % or paying in July — say so and offer a person",
         "agreeing to 30 % or to July; repeating the whole entry without answering"),
        ("also getz reichts mir. gib mir den chef, mit dem mach ich dat am telefon klar",
         "Request: angry + person ('getz reichts' = now that's enough, 'Chef' = the owner) — apologise briefly and "
         "hand over",
         PW),
        ("hallo?? is da wer?",
         WAIT + WAITING,
         "an FAQ answer; choices; 'nobody is here'"),
    ],
    # 5
    [
        ("ICH GLAUB ET JA NICH. samstag bei euch ne 49-euro-tanne geholt, steht im wasser wie ihr gesagt habt und "
         "getz nach 4 tagen is der halbe teppich grün und piekst!! dat is doch keine frische ware",
         F(E["reklamation"]) + " — apologise; within 7 days with a photo, the tree is swapped or the price "
         "refunded (not if kept without water or next to the heater; here it stood in water); a person may "
         "arrange it",
         "the freshness-care tips only, blaming the customer; promising a refund as done"),
        ("mal wat ganz anderes, weißt du ob in winterberg die lifte am wochenende schon laufen?",
         "Not covered (unrelated: whether the Winterberg ski lifts run this weekend) — say so kindly",
         "an FAQ answer; choices of entries; an invented answer"),
        ("ruft mich am besten zurück, 0171 555 83 47, heute ab halb fünf",
         "Request: callback with number — hand over to a person with the number and 'today from 4:30 pm' kept; "
         "no promise of a time",
         PW + "; asking for the number again; the farm's number instead"),
        ("dauert dat noch? ich muss gleich die omma vom arzt abholen",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("hallo, der baum sollte am 19. kommen, mit aufstellen. jetz feiern wir aber bei unserer "
         "tochter in dortmund, dann steht der hier ja nur rum",
         F(E["storno"]) + " — free up to 3 days before the delivery date by phone (02973 555 41 20) or e-mail, "
         "later 10 €; claim nothing as done (cancelling never named)",
         "claiming it is cancelled; the delivery entry only"),
        ("na gut, woll",
         "Ambiguous reply ('woll' = right?, Sauerland tag; 'oh well / fine then') — ask what they mean or restate "
         "the step; nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("ach und wat anderes, habt ihr so grüne zweige fürs grab von opa? und wat macht man im januar mit dem "
         "baum von den nachbarn",
         BOTH(E["gruen"], E["abholung"]) + " — Nordmann greenery 3 € per kilo (wreaths 24/32 € on order, 4 days "
         "ahead); collection 7-10 January in the area for 10 €, without decorations, or free drop-off on Saturday "
         "10 January 10-14",
         HALF + "; saying old trees are not taken"),
        ("getz is aber schluss, woll! ich versteh keine silbe von dem wat du da schreibst. ich will mit nem "
         "richtigen minschen küern, nich mit so nem dingen",
         "Request: person in Sauerland German ('now that's enough! I don't understand a syllable of what you "
         "write. I want to talk (küern) to a real person, not to a thing like this') — hand over to a person",
         PW + "; answering an FAQ"),
    ],
    # 7
    [
        ("guten tag. bei uns im reihenhaus gibts kaum platz, habt ihr auch so füße zum reinstecken und packt ihr "
         "den baum ein damit der durchs treppenhaus passt",
         F(E["staender"]) + " — netting free, drilling for a Stabilfuß stand 3 €, stands 29-79 €",
         "the delivery entry; the potted-tree entry"),
        ("habt ihr am heiligabend morgens noch auf? mein mann is immer spät dran",
         F(E["zeiten"]) + " — 24 December 9-12; until 23 December Mon-Fri 13-18, Sat-Sun 9-17",
         NEW + "inventing hours"),
        ("prima. kann ich dann mit karte zahlen oder nur bar? schönen abend noch",
         F(E["bezahlen"]) + " — on the farm cash or girocard, no credit cards; thanks/goodbye acknowledged",
         NEW + "saying card is not possible at all"),
    ],
]

write_plan("de", convs)
