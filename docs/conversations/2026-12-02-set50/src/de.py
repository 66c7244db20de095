"""German FAQ and plan for test set 50: Kelterei Ohler (contract apple pressing, juice in bag-in-box, farm shop),
Klingenmünster, Südliche Weinstraße (Palatinate), made up. Customers write everyday Palatinate German (Pfälzisch);
the FAQ is standard German (`Sie`, EUR). Served as de-DE.
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


entry("lohn", "Was kostet es, mein eigenes Obst pressen zu lassen?",
      "Das Lohnmosten kostet 0,35 € pro Liter Saft. Der Saft wird auf 80 °C erhitzt und in 5-Liter-Bag-in-Box "
      "abgefüllt; jede Box kostet zusätzlich 1,90 €. Aus 100 kg Äpfeln werden je nach Sorte 60 bis 70 Liter Saft.",
      "lohnmosten", ["lohnmosten", "pressen", "saft", "preis", "bag-in-box"],
      ["was kostet das mosten", "preis pro liter saft", "wie viel saft gibt es aus 100 kg"])
entry("menge", "Wie viel Obst muss ich mindestens mitbringen?",
      "Für Saft aus Ihrem eigenen Obst brauchen Sie mindestens 150 kg. Bei 30 bis 149 kg erhalten Sie Saft aus "
      "dem gemeinsamen Pool der Tagespressung, zum gleichen Preis. Unter 30 kg nehmen wir kein Obst zum Pressen an.",
      "lohnmosten", ["mindestmenge", "kilo", "eigener saft", "pool", "wenig obst"],
      ["ab wie viel kilo", "lohnt sich das bei wenig obst", "bekomme ich meinen eigenen saft"])
entry("termin", "Wann kann ich mein Obst zum Pressen bringen?",
      "Die Mostsaison läuft vom 1. September bis 31. Oktober. Annahme ist dienstags und donnerstags von 14 bis "
      "18 Uhr und samstags von 8 bis 13 Uhr, nur mit Termin (online oder unter 06349 555 27 10). Ohne Termin "
      "nehmen wir samstags bis 100 kg an.",
      "termine", ["termin", "annahme", "saison", "anmelden", "wann"],
      ["wann ist annahme", "muss ich einen termin machen", "bis wann geht die saison"])
entry("obst", "Welches Obst nehmen Sie an?",
      "Wir pressen Äpfel, Birnen und Quitten (Quitten nur im Oktober, 0,10 € pro Liter Aufpreis). Das Obst darf "
      "Fallobst sein, aber nicht faul oder schimmelig; bitte ohne Erde, Laub und Steine, in Säcken oder "
      "Kisten. Zwetschgen, Trauben und anderes Steinobst pressen wir nicht.",
      "lohnmosten", ["äpfel", "birnen", "quitten", "fallobst", "faul"],
      ["kann ich auch birnen bringen", "geht fallobst", "welche früchte"])
entry("haltbar", "Wie lange hält der Saft in der Box?",
      "Ungeöffnet ist der Saft mindestens 12 Monate haltbar, wenn Sie die Box kühl und dunkel lagern (unter "
      "20 °C). Nach dem Anzapfen hält er im Kühlschrank oder kühlen Keller 6 bis 8 Wochen, weil der Beutel "
      "keine Luft nachzieht.",
      "saft", ["haltbarkeit", "haltbar", "lagern", "angebrochen", "box"],
      ["wie lange ist der saft gut", "wie lagere ich die boxen", "wie lange nach dem öffnen"])
entry("tausch", "Kann ich Obst gegen fertigen Saft tauschen?",
      "Ja, ab 50 kg. Für 10 kg Äpfel bekommen Sie 4 Liter Apfelsaft aus unserem Sortiment und zahlen nur die "
      "Box mit 1,90 €. Der Tausch ist ohne Termin samstags von 8 bis 13 Uhr möglich.",
      "lohnmosten", ["tausch", "tauschen", "obst gegen saft", "sofort mitnehmen"],
      ["obst abgeben und saft mitnehmen", "tauschsaft", "muss ich auf meinen saft warten"])
entry("laden", "Was verkaufen Sie im Hofladen?",
      "Im Hofladen gibt es Apfelsaft in der 5-Liter-Box für 11,50 €, Apfel-Quitte für 13,50 €, Traubensaft für "
      "12,50 €, Apfelsecco (0,75 l) für 6,90 € und Essig. Der Laden ist Montag bis Freitag von 9 bis 18 Uhr und "
      "samstags von 8 bis 13 Uhr geöffnet, auch außerhalb der Saison.",
      "hofladen", ["hofladen", "kaufen", "apfelsaft", "öffnungszeiten", "sortiment"],
      ["kann man bei ihnen saft kaufen", "wann hat der laden auf", "was kostet eine box apfelsaft"])
entry("liefern", "Liefern oder verschicken Sie Saft?",
      "Im Umkreis von 20 km liefern wir ab 6 Boxen kostenlos, darunter für 8 €, jeweils freitags. Per Paket "
      "verschicken wir deutschlandweit 2 Boxen für 12,90 €, jede weitere Box 4 €; Lieferzeit 3 bis 5 Werktage.",
      "lieferung", ["lieferung", "versand", "paket", "bringen", "lieferkosten"],
      ["bringen sie saft vorbei", "kann man saft bestellen und schicken lassen", "was kostet der versand"])
entry("bezahlen", "Wie kann ich bezahlen?",
      "Bei uns zahlen Sie bar oder mit Girocard; Kreditkarten nehmen wir nicht an. Das Lohnmosten wird bei der "
      "Abholung des Saftes bezahlt. Vereine und Gastronomie können auf Rechnung mit 14 Tagen Zahlungsziel "
      "zahlen; Paketbestellungen zahlen Sie vorab per Überweisung oder PayPal.",
      "bezahlung", ["bezahlen", "zahlung", "bar", "ec-karte", "rechnung", "paypal"],
      ["kann ich mit karte zahlen", "zahlt man vorher oder nachher", "geht paypal"])
entry("vereine", "Gibt es Angebote für Vereine, Feste und Gastronomie?",
      "Ab 20 Boxen gewähren wir 10 % Rabatt. Für Vereinsfeste und Kerwe leihen wir einen Saftzapfhahn mit "
      "Kühlung kostenlos aus (50 € Kaution). Gastronomie beliefern wir wöchentlich ab 10 Boxen mit Rechnung.",
      "gewerbe", ["verein", "fest", "gastronomie", "rabatt", "menge", "zapfanlage"],
      ["mengenrabatt", "saft für unser vereinsfest", "beliefern sie restaurants"])
entry("abholen", "Wann kann ich meinen Saft abholen?",
      "Saft aus Ihrem eigenen Obst ist am selben Tag nach 2 bis 3 Stunden fertig; wir rufen Sie an. Bitte holen "
      "Sie ihn innerhalb von 7 Tagen ab, danach berechnen wir 2 € Lagergeld pro Woche. Saft aus dem Pool "
      "können Sie sofort mitnehmen.",
      "lohnmosten", ["abholen", "abholung", "fertig", "warten", "lagergeld"],
      ["wann ist mein saft fertig", "muss ich warten", "wie lange kann der saft stehen bleiben"])
entry("storno", "Kann ich meinen Termin verschieben oder absagen?",
      "Bis 24 Stunden vorher können Sie Ihren Termin kostenlos online oder telefonisch unter 06349 555 27 10 "
      "verschieben oder absagen. Bei späterer Absage oder wenn Sie nicht kommen, berechnen wir 15 €, weil die "
      "Presse für Sie gereinigt wird.",
      "termine", ["absagen", "verschieben", "stornieren", "termin ändern", "ausfallgebühr"],
      ["termin verlegen", "ich kann doch nicht kommen", "was kostet eine absage"])
entry("reklamation", "Was mache ich, wenn der Saft verdorben ist oder die Box ausläuft?",
      "Melden Sie sich innerhalb von 4 Wochen nach der Abholung mit der Box und der Nummer auf dem Etikett. Wir "
      "ersetzen die Box oder erstatten den Preis. Ausgenommen sind Boxen, die über 25 °C gelagert oder länger "
      "als 8 Wochen angezapft waren.",
      "reklamation", ["verdorben", "ausgelaufen", "undicht", "reklamation", "gärt", "ersatz"],
      ["saft schmeckt sauer", "die box ist undicht", "saft ist schlecht geworden"])
entry("fuehrung", "Bieten Sie Führungen für Gruppen und Schulklassen an?",
      "Ja, von September bis Oktober samstags um 14 Uhr: 60 Minuten durch Annahme, Presse und Abfüllung mit "
      "Saftprobe, 6 € pro Person, Kinder bis 12 Jahre 3 €. Gruppen ab 10 Personen melden sich bitte 2 Wochen "
      "vorher an; Schulklassen kommen dienstags vormittags kostenlos.",
      "besuch", ["führung", "gruppe", "schulklasse", "besichtigung", "kinder"],
      ["kann man zuschauen beim pressen", "führung für unseren kindergarten", "betriebsbesichtigung"])
entry("leergut", "Nehmen Sie leere Boxen und Flaschen zurück?",
      "Die Kartons der Bag-in-Box nehmen wir zurück und verwenden sie wieder; dafür gibt es 0,30 € pro Karton "
      "beim nächsten Einkauf. Die Beutel gehören in den Gelben Sack. Auf Apfelsecco-Flaschen erheben wir 0,15 € "
      "Pfand.",
      "service", ["leergut", "pfand", "karton", "rückgabe", "flaschen"],
      ["was mache ich mit den leeren kartons", "gibt es pfand", "kann ich die boxen wiederbringen"])

write_faq("de", FAQ)

convs = [
    # 1
    [
        ("gude! mer hänn dies johr arg viel äbbel am baam, so 250 kilo schätz ich. was koscht des bei eich und "
         "wann kann mer die bringe?",
         BOTH(E["lohn"], E["termin"]) + " — 0.35 € per litre of juice plus 1.90 € per 5-litre box, 100 kg give "
         "60-70 litres (so 250 kg about 150-175 litres); season 1 Sept-31 Oct, Tue and Thu 14-18, Sat 8-13, "
         "only with an appointment online or by phone, without one Saturdays up to 100 kg ('gude' = hello, "
         "'äbbel am baam' = apples on the tree, Pfälzisch)",
         HALF + "; inventing a price; saying any day without appointment"),
        ("odder kann mer die äbbel aach abgewwe un gleich was fertiges mitnemme, ohne do rumzuhocke?",
         F(E["tausch"]) + " — yes from 50 kg: 10 kg of apples give 4 litres of apple juice from the range, only "
         "the box paid (1.90 €), Saturdays 8-13 without an appointment ('abgewwe' = hand in, 'rumzuhocke' = sit "
         "around; swapping never named)",
         NEW + "the pressing price only; saying there is no swap"),
        ("un wie lang hebt sich des dann im keller? mer trinke net so schnell",
         F(E["haltbar"]) + " — unopened at least 12 months cool and dark below 20 °C, once tapped 6-8 weeks "
         "('hebt sich' = keeps, Pfälzisch)",
         NEW + "the complaint entry"),
        ("alla gut, merci. bis donn",
         "Small talk: acknowledgement + thanks + goodbye ('alla gut' = all right then, 'merci' = thanks, 'bis "
         "donn' = see you, Pfälzisch) — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("hallo ihr",
         "Too vague to answer (a greeting only) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("mer hätte nur so zwee säck voll, vielleicht 40 kg, lohnt sich des überhaupt oder misse mer des "
         "selwer trinke",
         TYPE + F(E["menge"]) + " — 30-149 kg: juice from the day's pool at the same price, own juice only from "
         "150 kg, under 30 kg not accepted; the swap (from 50 kg) does not apply to 40 kg",
         "tapping a choice; asking to rephrase; saying 40 kg is refused"),
        ("kenne mer do dann zugucke wie des gepresst werd? die kinner fraache des dauernd. un was gebt ihr dann "
         "fer die leere kartons",
         BOTH(E["fuehrung"], E["leergut"]) + " — tours Sept-Oct Saturdays 14:00, 60 min with a tasting, 6 € per "
         "person, children up to 12 3 €, groups from 10 register 2 weeks ahead; boxes' cartons taken back for "
         "0.30 € each off the next purchase, bags in the Gelber Sack ('kinner' = kids, 'fraache' = ask)",
         HALF + "; inventing a deposit on cartons other than 0.30 €"),
        ("sag emol, bischt du en richtische mensch oder so en computer?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("gun owend",
         "Too vague to answer (a greeting only, 'gun Owend' = good evening, Pfälzisch) — choices or a "
         "clarifying question",
         "a handover; one entry given as certain"),
        ("naa, des isses alles net",
         TYPE + "Typed rejection ('no, it's none of that') — apologise and ask what exactly it is about; no "
         "handover yet",
         "repeating the same choices; a handover; an FAQ answer"),
        ("also mei schwiegervadder hot e ganzi wiss voll quetsche un die will er aa ausdricke losse, weil er mit "
         "em schnaps uffhört",
         F(E["obst"]) + " — plums and other stone fruit are not pressed; only apples, pears and quinces (windfalls "
         "fine, not rotten) ('Quetsche' = Zwetschgen, plums; 'Wiss' = meadow; 'ausdricke losse' = have them "
         "pressed; 'weil er mit em Schnaps uffhört' = because he is giving up distilling; fruit never named)",
         NEW + "saying plums are pressed; the price entry only"),
        ("aha. un macht ihr aus meine traube aa wein? die hänge noch",
         "Not covered (making wine from the customer's grapes: near the trade but not offered; the FAQ only says "
         "grapes are not pressed) — say so plainly; may offer a person",
         "inventing a wine-making service; unrelated choices"),
    ],
    # 4
    [
        ("morsche. mer vum turnverein mache im oktober unser kerwe un bräuchte so 25 boxe. gebt ihr do was "
         "nooch, un hänn ihr aa so e ding zum zabbe?",
         F(E["vereine"]) + " — from 20 boxes 10 % off, a juice tap with cooling lent free for club festivals and "
         "Kerwe (50 € deposit); invoice possible for clubs ('Kerwe' = village fair, 'was nooch gebe' = give "
         "something off, 'zabbe' = tap)",
         "inventing another discount; the shop-prices entry only"),
        ("zehe prozent, des is jo lächerlich. de getränkehändler in landau gebt uns 25 un die kaution kennt ihr "
         "eich aa spare",
         "Push-back: apologise; the FAQ has 10 % from 20 boxes and a 50 € deposit on the tap, nothing about 25 % "
         "or waiving the deposit — say so and offer a person",
         "agreeing to 25 % or no deposit; repeating the whole entry without answering"),
        ("jetz langts mer awwer. ich will sofort mit em chef redde, net mit som automat",
         "Request: angry + person ('now I've had enough', 'Chef' = the owner) — apologise briefly and hand over",
         PW),
        ("hallo? isch do iwwerhaupt noch ebber?",
         WAIT + WAITING,
         "an FAQ answer; choices; 'nobody is here'"),
    ],
    # 5
    [
        ("DES GIBTS DOCH NET. vor zwee woche bei eich 11 kischde abgeholt, im keller stehe ghat, heit die erscht "
         "uffgemacht un des zeich schmeckt wie essig un sprudelt!!",
         F(E["reklamation"]) + " — apologise; within 4 weeks of collection with the box and the number on the "
         "label: replaced or refunded (not if stored above 25 °C or tapped for more than 8 weeks; a cellar is "
         "fine); a person may arrange it; claim nothing as done ('Kischde' = boxes, 'Zeich' = stuff; spoiled never named)",
         "the storage tips only, blaming the customer; promising a refund as done"),
        ("was anneres, wääscht du ob de wurschtmarkt in dürkem am sunndaach noch uff hot?",
         "Not covered (unrelated: whether the Bad Dürkheim Wurstmarkt wine fair is open on Sunday; 'Dürkem' = "
         "Bad Dürkheim) — say so kindly",
         "an FAQ answer; choices of entries; invented dates"),
        ("ruft mich halt zurick, 0162 555 71 38, ab fünf bin ich vum schaffe dehääm",
         "Request: callback with number — hand over to a person with the number and 'from 5 pm, home from work' "
         "kept; no promise of a time",
         PW + "; asking for the number again; the Kelterei's number instead"),
        ("dauert des noch lang? ich muss glei die kinner vum fußball hole",
         WAIT + WAITING,
         "the opening hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("mer sin fer samstag friehmorgens aagemeldt, aber mei mann hot sich de fuß gebroche un ich krieh die "
         "säck allää net ins audo",
         F(E["storno"]) + " — moving or cancelling is free up to 24 hours before, online or by phone 06349 555 "
         "27 10; later or not coming costs 15 €; claim nothing as done (appointment and cancelling never named; 'aagemeldt' = booked, 'allää' = alone)",
         "claiming it is moved or cancelled; the opening-hours entry"),
        ("hajo. alla.",
         "Ambiguous reply ('hajo' = yes sure, 'alla' = well then / bye, Pfälzisch) — ask what they mean or "
         "restate the step (call or go online at least 24 hours before); nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer; a goodbye only"),
        ("ach un wenn mer dann doch kumme, wie lang misse mer do rumstehe bis de saft fertig is? un kenne mer "
         "mit karte zahle",
         BOTH(E["abholen"], E["bezahlen"]) + " — "
         "own juice the same day after 2-3 hours (they call), collect within 7 days, then 2 € a week; pool "
         "juice at once; cash or girocard, no credit cards, pressing paid on collection",
         HALF + "; saying cards are not accepted at all"),
        ("jetz isses awwer genuch! ich verschteh ka wort vun dem was du do schreibscht. ich will mit me "
         "richtische mensch babble, net mit som kaschde",
         "Request: person in Pfälzisch ('now that's enough! I don't understand a word of what you write. I want "
         "to talk (babble) to a real person, not to a box like this') — hand over to a person",
         PW + "; answering an FAQ"),
    ],
    # 7
    [
        ("guten tag. mei dochter wohnt in kassel, kenne ihr der e paar boxe vun eierm apfel-quitte schigge?",
         F(E["liefern"]) + " — by parcel across Germany: 2 boxes 12.90 €, each further box 4 €, 3-5 working "
         "days (within 20 km free from 6 boxes, otherwise 8 €) ('schigge' = send)",
         "the shop prices only; saying only local delivery"),
        ("un was koscht die box selwer?",
         F(E["laden"]) + " — apple-quince 5-litre box 13.50 € (apple 11.50 €, grape 12.50 €, Apfelsecco 6.90 €)",
         NEW + "the pressing price per litre"),
        ("zahl ich des vorher? dann dank eich un schäne owend",
         F(E["bezahlen"]) + " — parcel orders are paid in advance by bank transfer or PayPal; thanks/goodbye "
         "acknowledged ('schäne owend' = good evening)",
         NEW + "saying payment on delivery"),
    ],
]

write_plan("de", convs)
