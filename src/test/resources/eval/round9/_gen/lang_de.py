# Klavierwerkstatt Hänsel & Tochter, Leipzig-Gohlis -- de-DE, customers with some Saxon colouring
from common import Entry as E, stopset

LANG = "de"
SHOP = "Klavierwerkstatt Hänsel & Tochter -- piano tuning and repair workshop, Leipzig (de-DE, Saxon colouring)"

# Function words only (articles, pronouns, prepositions, conjunctions, auxiliaries, modal verbs).
STOP = stopset("""
aber alle allem allen aller alles also auch beim bist dass dein deine denn dann dies diese diesem diesen
dieser dieses doch dort durch eine einem einen einer eines euch euer eure habe haben hast hatte hatten
hier ihnen ihre ihrem ihren ihrer jede jedem jeden jeder jetzt kann kannst können konnen mein meine
meinem meinen meiner mich muss musst müssen nach nicht noch oder ohne sein seine seit sich sind soll
sollte sollen über uber unser unsere unter vom von wann warum weil welche welchem welchen welcher
welches wenn werde werden will wird wird wurde wurden zum zur bei bis dem den der des die das ein ist
sie und uns wie was wer wir ihr
""")

FAQ = [
 E("Was kostet eine Klavierstimmung?",
   "Das Stimmen eines Klaviers kostet 125 €, eines Flügels 155 €, jeweils inklusive Anfahrt im Leipziger Stadtgebiet. "
   "Außerhalb Leipzigs berechnen wir zusätzlich 0,60 € pro Kilometer ab Stadtgrenze. Ist das Instrument stark verstimmt "
   "und muss in zwei Durchgängen hochgezogen werden, kommen 45 € dazu.",
   "Stimmung", "Klavierstimmung;stimmen;Preis;Flügel;Kosten",
   "Wie teuer ist das Stimmen eines Flügels?|Was kostet Klavier stimmen?",
   ["was kostet bei ihnen das klavierstimen?",
    "preis für flügel stimmen in schkeuditz, is ja außerhalb",
    "nu, mei olles glavier klingt wie ne blechbüchse, was muss ich hinblättern damit das wieder sauber tönt?"]),
 E("Wie oft sollte ein Klavier gestimmt werden?",
   "Wir empfehlen eine Stimmung ein- bis zweimal im Jahr, am besten im Frühjahr und im Herbst, wenn die Heizperiode "
   "endet bzw. beginnt. Neue Instrumente sollten in den ersten zwei Jahren drei- bis viermal jährlich gestimmt werden, "
   "weil sich Holz und Saiten noch setzen.",
   "Stimmung", "oft;regelmäßig;Jahr;Abstand;Intervall",
   "Wie häufig muss man ein Klavier stimmen lassen?|Reicht einmal im Jahr stimmen?",
   ["wie oft muss man ein klavier stimmen lassen",
    "reicht es einmal pro jahr oder öfter?",
    "beim letzten mal war vor sechs wintern eener dran, is das schon zu lange?"]),
 E("Wie vereinbare ich einen Termin?",
   "Rufen Sie uns Montag bis Freitag von 8 bis 16 Uhr unter 0341 562 48 30 an oder schreiben Sie an "
   "termin@klavier-haensel.de. Stimmtermine vergeben wir meist mit zwei bis drei Wochen Vorlauf, Hausbesuche sind "
   "Montag bis Samstag möglich.",
   "Termine", "Termin;Terminvereinbarung;anrufen;Hausbesuch;Vorlauf",
   "Wie bekomme ich einen Stimmtermin?|Kommen Sie auch samstags?",
   ["wie bekomm ich n termin zum stimmen",
    "kommen sie auch samstags vorbei?",
    "wann könnte denn ma eener von euch bei mir in connewitz reingucken, am liebsten bald"]),
 E("Reparieren Sie auch alte Klaviere?",
   "Ja, wir reparieren Klaviere und Flügel aller Marken und jeden Alters: klemmende Tasten, gerissene Saiten, abgenutzte "
   "Hammerköpfe, Pedale und die Regulierung der Mechanik. Vor größeren Arbeiten schauen wir uns das Instrument an "
   "(Besichtigung 60 €, wird bei Auftrag angerechnet) und erstellen einen schriftlichen Kostenvoranschlag.",
   "Reparatur", "Reparatur;reparieren;Kostenvoranschlag;Saite;Mechanik",
   "Können Sie eine gerissene Saite ersetzen?|Lohnt sich die Reparatur eines alten Klaviers?",
   ["eine saite ist gerissen, können sie das reparieren",
    "machen sie kostenvoranschläge für reparaturen an nem alten blüthner?",
    "bei uns steht noch das ding von urgroßmutter, paar töne gehn gar ni mehr und eener scheppert, is da noch was zu retten?"]),
 E("Transportieren Sie auch Klaviere?",
   "Ja, mit unserem eigenen Transportteam. Ein Klavier innerhalb Leipzigs kostet ab 290 € (Erdgeschoss zu Erdgeschoss), "
   "jedes Stockwerk mit Treppe kostet 40 € extra. Flügeltransporte ab 480 €. Bitte melden Sie den Transport mindestens "
   "zwei Wochen vorher an; etwa drei Wochen nach einem Transport sollte das Instrument gestimmt werden.",
   "Transport", "Transport;Klaviertransport;Umzug;Treppe;Stockwerk",
   "Was kostet ein Klaviertransport?|Bringen Sie einen Flügel in den dritten Stock?",
   ["was kostet ein klaviertransport innerhalb leipzig",
    "können sie ein klavier in den 4. stock ohne fahrstuhl tragen?",
    "mir ziehn nach markkleeberg und das schwere teil soll mit, macht ihr sowas?"]),
 E("Kann man bei Ihnen ein Klavier mieten?",
   "Ja, Mietklaviere gibt es ab 39 € im Monat, die Mindestmietzeit beträgt sechs Monate. Lieferung und die erste "
   "Stimmung sind bei einer Mietdauer ab zwölf Monaten inklusive. Wenn Sie das Klavier später kaufen, rechnen wir die "
   "Miete des ersten Jahres voll an.",
   "Miete", "Miete;mieten;Mietklavier;Mietkauf;monatlich",
   "Was kostet ein Mietklavier im Monat?|Gibt es Mietkauf?",
   ["was kostet ein mietklavier im monat",
    "kann man erst mieten und dann später kaufen?",
    "unsre tochter will anfangen zu üben, aber wir wissen ni ob sie dabei bleibt, habt ihr was zum ausprobieren ohne gleich tausende hinzulegen?"]),
 E("Kaufen Sie gebrauchte Klaviere an?",
   "Wir kaufen gut erhaltene Instrumente guter Marken an (zum Beispiel Blüthner, Bechstein, Förster, Steinway), meist "
   "nicht älter als 40 Jahre. Schicken Sie uns Fotos vom Inneren, die Seriennummer und die Maße an "
   "ankauf@klavier-haensel.de, wir melden uns innerhalb einer Woche. Nicht mehr spielbare Klaviere entsorgen wir für "
   "350 € inklusive Abholung.",
   "Ankauf", "Ankauf;verkaufen;Entsorgung;entsorgen;Abholung",
   "Kann ich mein altes Klavier an Sie verkaufen?|Was kostet die Entsorgung eines Klaviers?",
   ["kann ich mein altes klavier an sie verkaufen",
    "was kostet entsorgen von einem kaputten klavier",
    "wir lösen die wohnung von opa auf, da steht noch so ä schwarzer kasten rum den keener haben will, nehmt ihr den?"]),
 E("Verkaufen Sie gebrauchte Klaviere?",
   "Ja, in unserer Ausstellung in der Georg-Schumann-Straße 112 stehen meist 15 bis 20 überholte Klaviere und Flügel, "
   "Klaviere ab 2.400 €. Jedes Instrument ist durchgesehen, reguliert und gestimmt, Sie bekommen 5 Jahre Garantie. "
   "Lieferung in Leipzig und eine Stimmung nach der Lieferung sind im Preis enthalten. Die Ausstellung ist Dienstag bis "
   "Samstag von 10 bis 18 Uhr geöffnet.",
   "Verkauf", "Verkauf;gebraucht;Ausstellung;Garantie;kaufen",
   "Kann ich bei Ihnen ein Klavier kaufen?|Wie teuer ist ein gebrauchtes Klavier?",
   ["was kostet bei euch ein gebrauchtes klavier",
    "kann man sich die klaviere in der ausstellung angucken?",
    "mei enkel hat richtig feuer gefangen, wir wollen ihm was ordentliches hinstellen, das ihm dann ooch gehört"]),
 E("Wo sollte das Klavier im Raum stehen?",
   "Stellen Sie das Klavier nicht direkt an die Heizung, vor ein Fenster mit Sonne oder an eine kalte Außenwand. Ideal "
   "sind 18 bis 22 °C und eine Luftfeuchtigkeit von 45 bis 60 %. Im Winter hilft ein Luftbefeuchter; ein Hygrometer zur "
   "Kontrolle bekommen Sie bei uns für 19 €.",
   "Pflege", "Standort;Luftfeuchtigkeit;Heizung;Raumklima;Hygrometer",
   "Darf das Klavier neben der Heizung stehen?|Welche Luftfeuchtigkeit braucht ein Klavier?",
   ["darf das klavier an der außenwand stehen",
    "welche luftfeuchtigkeit is gut fürs klavier",
    "seit die fußbodenheizung drin is knackt das holz und es klingt schief, kann das davon kommen?"]),
 E("Wie kann ich bezahlen?",
   "Nach Hausbesuchen bekommen Sie eine Rechnung, zahlbar innerhalb von 14 Tagen per Überweisung. Vor Ort nimmt der "
   "Klavierbauer auch Bargeld oder EC-Karte (Girocard). Kreditkarten akzeptieren wir nicht. Bei Käufen ab 2.000 € ist "
   "eine Ratenzahlung über unsere Bank möglich.",
   "Bezahlung", "bezahlen;Rechnung;Überweisung;EC-Karte;Ratenzahlung",
   "Kann ich mit Karte zahlen?|Bekomme ich eine Rechnung?",
   ["nehmt ihr ec-karte oder nur bares?",
    "kriegt man ne rechnung zum überweisen?",
    "will der mann nach dem stimmen gleich scheinchen sehen oder schickt ihr das papier hinterher?"]),
 E("Kann man in ein Klavier ein Silent-System einbauen?",
   "Ja, wir rüsten die meisten Klaviere mit einem Silent-System nach: Die Hämmer werden gestoppt und Sie spielen über "
   "Kopfhörer. Der Einbau kostet ab 1.890 € inklusive System, das Klavier bleibt dafür etwa drei Werktage in der "
   "Werkstatt. Vorher prüfen wir bei einem Termin vor Ort, ob Ihr Modell geeignet ist.",
   "Reparatur", "Silent-System;Kopfhörer;leise;nachrüsten;Einbau",
   "Kann ich mit Kopfhörern Klavier spielen?|Was kostet ein Silent-System?",
   ["was kostet ein silent system zum nachrüsten",
    "kann man das klavier leiser machen damit ich mit kopfhörer üben kann",
    "die leute unter uns motzen jeden abend wenn mei junge klimpert, gibts da ne lösung dass nur er selber was hört?"]),
 E("Erstellen Sie Gutachten oder eine Kaufberatung?",
   "Ja. Ein schriftliches Wertgutachten (für Verkauf, Versicherung oder Erbschaft) kostet 95 € im Stadtgebiet Leipzig. "
   "Wenn Sie privat ein gebrauchtes Klavier kaufen wollen, begleitet Sie ein Klavierbauer zur Besichtigung und prüft "
   "Zustand und Preis; das kostet 80 €, außerhalb Leipzigs zuzüglich Fahrtkosten.",
   "Gutachten", "Gutachten;Wertgutachten;Kaufberatung;Wert;Besichtigung",
   "Was ist mein Klavier wert?|Kommt jemand mit zur Besichtigung eines Klaviers?",
   ["was kostet ein wertgutachten für die versicherung",
    "ich will privat eins von kleinanzeigen kaufen, kann da einer von ihnen mitkommen und drauf schauen?",
    "oma is verstorben und mir streiten uns, was ihr schwarzer flügel so bringt. könnt ihr da ne zahl aufs papier schreiben?"]),
]

OOS_NEAR = [
 "geben sie auch klavierunterricht für anfänger?",
 "könnt ihr mir mein akkordeon reparieren?",
 "verkauft ihr auch e-pianos von yamaha?",
 "stimmen sie auch orgeln in kirchen?",
]
OOS_FAR = [
 "wann spielt rb leipzig am samstag?",
 "wo gibts in leipzig ne gute soljanka?",
 "wie wird das wetter morgen in leipzig",
 "wie beantrage ich nen neuen personalausweis?",
]

ACTS = [
 ("gu'n tach!", "GREETING"),
 ("hallöchen, schön guten morgen", "GREETING"),
 ("nu prima, dankschön!", "THANKS"),
 ("vielen dank, das hat mir sehr geholfen", "THANKS"),
 ("adschö, bis demnächst", "BYE"),
 ("sitzt da eigentlich ä mensch am andern ende oder is das so ä computer?", "BOT_QUESTION"),
 ("schreib ich hier mit nem bot?", "BOT_QUESTION"),
 ("kann ich ma mit dem meister selber sprechen?", "PERSON"),
 ("ich hätte gern ä richtigen menschen am telefon, bitte", "PERSON"),
 ("nee, das bringt mir nischt, das war ni meine frage", "NOT_HELPED"),
]
