"""German FAQ and plan for test set 45: Hausboote Spreeperle (houseboat rental), Berlin-Köpenick, made up.
Customers write Berlin colloquial German (Berlinisch). Run from src/: PYTHONPATH=<check folder> python3 de.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("preise", "Was kostet die Miete eines Hausboots?",
      "Die Preise gelten pro Boot und Nacht: „Krickente“ (bis 4 Personen) 169 € Sonntag bis Donnerstag und 199 € "
      "Freitag und Samstag; „Haubentaucher“ (bis 6 Personen) 259 € bzw. 299 €. Mindestmietdauer 2 Nächte, von Juli "
      "bis August 5 Nächte. Dazu kommt einmalig die Endreinigung von 70 €. Bei der Buchung zahlen Sie 30 % an, den "
      "Rest bis 14 Tage vor der Anreise.",
      "miete", ["preis", "kosten", "miete", "pro nacht", "endreinigung"],
      ["was kostet ein wochenende auf dem boot", "wie teuer ist das große boot", "gibt es eine mindestmietdauer"])
entry("schein", "Brauche ich einen Bootsführerschein?",
      "Nein. Unsere Boote haben Motoren bis 15 PS und sind auf den Gewässern rund um Köpenick führerscheinfrei. "
      "Vor der Abfahrt bekommen Sie eine Einweisung von etwa 2 Stunden mit Probefahrt und danach eine "
      "Charterbescheinigung. Der Schiffsführer muss mindestens 18 Jahre alt sein und einen Ausweis dabeihaben.",
      "boot", ["führerschein", "bootsführerschein", "einweisung", "charterbescheinigung", "führerscheinfrei"],
      ["darf ich ohne schein fahren", "wie lange dauert die einweisung", "ab welchem alter darf man steuern"])
entry("anreise", "Wann ist die Übergabe und wann muss ich das Boot zurückgeben?",
      "Die Übergabe mit Einweisung beginnt am Anreisetag um 15 Uhr in unserem Hafen Am Katzengraben 12, 12555 "
      "Berlin; zurück sein müssen Sie am Abreisetag um 10 Uhr. Vom S-Bahnhof Köpenick sind es 15 Minuten zu Fuß, "
      "ein Parkplatz am Hafen kostet 8 € pro Tag. Eine spätere Rückgabe kostet 40 € pro angefangene Stunde.",
      "miete", ["übergabe", "rückgabe", "anreise", "abreise", "parkplatz"],
      ["wann können wir aufs boot", "bis wann müssen wir zurück sein", "kann man am hafen parken"])
entry("kaution", "Wie hoch ist die Kaution?",
      "Die Kaution beträgt 500 € pro Boot und wird bei der Übergabe mit Kreditkarte oder bar hinterlegt. Ist das "
      "Boot ohne Schäden zurück, geben wir sie bei Barzahlung sofort und bei Kreditkarte innerhalb von 7 Tagen "
      "frei. Statt der Kaution können Sie bei der Buchung eine Kautionsversicherung für 49 € abschließen.",
      "miete", ["kaution", "sicherheit", "hinterlegen", "kautionsversicherung"],
      ["muss ich eine kaution zahlen", "wann bekomme ich die kaution zurück", "geht die kaution auch bar"])
entry("sprit", "Ist der Treibstoff im Preis enthalten?",
      "Nein. Unsere Dieselboote haben einen Betriebsstundenzähler; wir rechnen bei der Rückgabe 12 € pro "
      "Motorstunde ab, im Durchschnitt sind das 3 bis 4 Stunden pro Tag. Unsere Elektroboote laden Sie an "
      "unseren Landstrom-Säulen und in den Marinas kostenlos bzw. für etwa 5 € pro Nacht.",
      "boot", ["treibstoff", "diesel", "tanken", "motorstunde", "strom"],
      ["muss ich selbst tanken", "was kostet der sprit", "wie lädt man das elektroboot"])
entry("storno", "Kann ich meine Buchung stornieren oder umbuchen?",
      "Bis 30 Tage vor der Anreise stornieren Sie kostenlos, Sie bekommen die Anzahlung innerhalb von 14 Tagen "
      "zurück. Von 29 bis 7 Tage vorher behalten wir 50 % des Mietpreises ein, danach 90 %. Eine Umbuchung auf "
      "einen anderen Termin in derselben Saison ist bis 14 Tage vorher einmal kostenlos möglich.",
      "buchung", ["stornieren", "stornierung", "umbuchen", "absagen", "rücktritt"],
      ["wir können doch nicht kommen", "kann ich den termin verschieben", "was kostet eine absage"])
entry("hunde", "Dürfen Hunde mit an Bord?",
      "Ja, 1 Hund pro Boot ist erlaubt, dafür berechnen wir 25 € pro Aufenthalt. Hunde dürfen nicht auf die "
      "Polster und Betten. Eine Hundeschwimmweste leihen Sie bei uns für 5 € aus; bitte bringen Sie Decke und "
      "Napf selbst mit.",
      "boot", ["hund", "haustier", "tiere", "hundeschwimmweste"],
      ["darf mein hund mit", "sind haustiere erlaubt", "kostet der hund extra"])
entry("ausstattung", "Was ist an Bord und was muss ich mitbringen?",
      "An Bord sind eine Küche mit Gasherd, Kühlschrank, Geschirr und Töpfen, eine Toilette mit Dusche und warmem "
      "Wasser, Heizung und Schwimmwesten für alle. Bettwäsche und Handtücher kosten 15 € pro Person, oder Sie "
      "bringen sie selbst mit. Lebensmittel, Taschenlampe und Badelatschen bringen Sie bitte mit; Rauchen ist "
      "unter Deck verboten.",
      "boot", ["ausstattung", "bettwäsche", "handtücher", "küche", "mitbringen"],
      ["gibt es eine dusche an bord", "muss ich bettzeug mitbringen", "was brauchen wir für die woche"])
entry("revier", "Wohin kann ich mit dem Hausboot fahren?",
      "Führerscheinfrei fahren Sie auf Dahme, Müggelspree, Langer See, Seddinsee und Zeuthener See bis nach "
      "Königs Wusterhausen, etwa 35 km Wasserstraße. Die Berliner Innenstadt ab der Schleuse Mühlendamm ist "
      "führerscheinpflichtig und für unsere Boote gesperrt. Auf den Großen Müggelsee dürfen Sie nur bis "
      "Windstärke 4; eine Revierkarte liegt an Bord.",
      "fahren", ["revier", "route", "müggelsee", "dahme", "innenstadt"],
      ["dürfen wir bis zum reichstag fahren", "wie weit kommt man in einer woche", "darf man auf den müggelsee"])
entry("anlegen", "Wo kann ich über Nacht anlegen?",
      "An den öffentlichen Wasserwanderrastplätzen liegen Sie bis zu 1 Nacht kostenlos, in den Marinas zahlen Sie "
      "15 bis 30 € pro Nacht mit Strom und Duschen. Ankern ist auf den großen Seen erlaubt, in Naturschutzgebieten "
      "und Fahrrinnen nicht. Alle Liegeplätze sind in der Revierkarte an Bord eingetragen.",
      "fahren", ["anlegen", "liegeplatz", "marina", "ankern", "übernachten"],
      ["wo dürfen wir nachts bleiben", "darf man einfach ankern", "was kostet ein hafen"])
entry("wetter", "Was passiert bei Sturm oder Gewitter?",
      "Bei einer Unwetterwarnung des Deutschen Wetterdienstes bleiben Sie im nächsten Hafen oder an einem "
      "geschützten Liegeplatz; bei Gewitter und ab Windstärke 6 bitte nicht fahren. Können wir wegen einer amtlichen Unwetterwarnung "
      "das Boot am Anreisetag nicht übergeben, verschieben wir die Übergabe kostenlos oder schreiben Ihnen den "
      "ausgefallenen Tag als Gutschein gut. Für schlechtes Wetter während der Miete gibt es kein Geld zurück.",
      "fahren", ["sturm", "gewitter", "unwetter", "wetter", "wind"],
      ["was machen wir bei einem gewitter", "gibt es geld zurück wenn es regnet", "fahren bei starkem wind"])
entry("kinder", "Ist ein Hausboot für Kinder geeignet?",
      "Ja. Schwimmwesten in allen Größen, auch für Babys ab 10 kg, sind kostenlos an Bord; Kinder unter 12 Jahren "
      "tragen sie an Deck immer. Das Deck hat eine Reling von 80 cm. Ein Reisebett leihen Sie für 10 € pro "
      "Aufenthalt, einen Kinderhochstuhl gibt es kostenlos.",
      "boot", ["kinder", "baby", "schwimmweste", "reisebett", "sicherheit"],
      ["ist das sicher mit kleinkind", "habt ihr schwimmwesten für kinder", "gibt es ein babybett"])
entry("feiern", "Darf man an Bord feiern?",
      "Auf dem Boot dürfen nur die bei der Buchung angemeldeten Personen übernachten, höchstens 4 bzw. 6. "
      "Junggesellenabschiede und Partyfahrten vermieten wir nicht. In den Häfen gilt Nachtruhe von 22 bis 7 Uhr, "
      "laute Musik ist auf dem Wasser nicht erlaubt. Bei Verstößen behalten wir 250 € der Kaution ein.",
      "buchung", ["feiern", "party", "junggesellenabschied", "gäste", "nachtruhe"],
      ["können wir einen geburtstag an bord feiern", "vermietet ihr für einen jga", "dürfen freunde zu besuch kommen"])
entry("panne", "Was mache ich bei einer Panne oder einem Schaden?",
      "Rufen Sie unsere Notfallnummer 0171 555 20 47 an, sie ist rund um die Uhr erreichbar; im Revier sind wir "
      "meist innerhalb von 2 Stunden bei Ihnen. Ist der Schaden technisch bedingt, schreiben wir Ihnen die "
      "verlorene Zeit gut. Selbst verursachte Schäden ziehen wir bis 500 € von der Kaution ab, darüber zahlt die "
      "Versicherung.",
      "service", ["panne", "schaden", "notfall", "motor", "notfallnummer"],
      ["der motor springt nicht an", "wir sind auf grund gelaufen", "wen rufe ich nachts an"])
entry("gutschein", "Gibt es Gutscheine?",
      "Ja, Wertgutscheine ab 50 € und Gutscheine für 2 Nächte auf der „Krickente“ (338 €). Sie bekommen sie als "
      "PDF per E-Mail oder für 3 € Porto gedruckt per Post. Gutscheine gelten 3 Jahre und werden bei der Buchung "
      "angerechnet, eine Barauszahlung gibt es nicht.",
      "buchung", ["gutschein", "geschenk", "verschenken", "wertgutschein"],
      ["kann man ein wochenende verschenken", "wie lange gilt der gutschein", "gutschein per post"])

write_faq("de", FAQ)

convs = [
    # 1
    [
        ("juten tach! wir wolln ende mai mit 4 leuten uffs wasser. wat kostet det für 3 nächte und braucht da "
         "eener von uns so'n schein?",
         BOTH(E["preise"], E["schein"]) + " — per boat and night: Krickente (up to 4) 169 € Sunday-Thursday, 199 € "
         "Friday and Saturday, plus 70 € final cleaning once; minimum 2 nights (5 in July-August), 30 % deposit; no "
         "licence needed up to 15 hp, about 2 h briefing and a charter certificate, skipper at least 18 with ID "
         "('juten Tach' = guten Tag, 'uffs' = aufs, 'wat kostet det' = was kostet das, 'eener' = einer, Berlin)",
         HALF + "; a price per person; saying a licence is needed"),
        ("und wat is mit bettzeug, handtücher und so, is det drauf oder schleppen wa allet selba ran?",
         F(E["ausstattung"]) + " — kitchen, shower with hot water, heating, life jackets on board; bed linen and "
         "towels 15 € per person or bring your own; bring food, a torch and flip-flops ('schleppen wa allet selba "
         "ran' = do we haul everything ourselves, Berlin)",
         NEW + "the price entry again"),
        ("kommt man damit ooch bis zum reichstag?",
         F(E["revier"]) + " — no: the city centre from the Mühlendamm lock needs a licence and is closed to their "
         "boats; licence-free on Dahme, Müggelspree, Langer See, Seddinsee, Zeuthener See to Königs Wusterhausen, "
         "about 35 km ('ooch' = auch; route never named)",
         NEW + "saying the centre is allowed"),
        ("knorke, dank ick dir. tschüssi",
         "Small talk: acknowledgement + thanks + goodbye ('knorke' = great, 'ick' = ich, Berlin) — short friendly "
         "close",
         SMALL),
    ],
    # 2
    [
        ("moin, hab da ma ne frage",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("unsa bello kommt mit, is n labrador, jeht det klar? und muss der ne weste tragen?",
         TYPE + F(E["hunde"]) + " — 1 dog per boat, 25 € per stay, not on cushions or beds; a dog life jacket can "
         "be hired for 5 €; bring blanket and bowl ('jeht det klar' = is that OK, Berlin; dogs never named)",
         "tapping a choice; asking to rephrase; the children's entry (life jackets)"),
        ("wenn det donnert und blitzt, watt dann? und wo pennen wa nachts, einfach irgendwo ranfahrn?",
         BOTH(E["wetter"], E["anlegen"]) + " — storm warning: stay in the next harbour or a sheltered berth, don't "
         "sail in a thunderstorm, no refund for bad weather during the rental; mooring free for 1 night at public "
         "rest places, marinas 15-30 € a night, anchoring on the big lakes but not in nature reserves or channels "
         "('pennen' = sleep, 'ranfahrn' = pull in, Berlin)",
         HALF + "; saying the money comes back for rain; mooring anywhere"),
        ("mal ehrlich, sitzt da jetz ne echte person oder is det so'n automat?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("hallo, wegen letzte woche",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("nee, det passt allet nich",
         TYPE + "Typed rejection ('det passt allet nich' = none of that fits) — apologise and ask what exactly it "
         "is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("wir ham det boot am sonntag abjegeben, heile, nüscht kaputt. die 500 euro sind aber immer noch nich "
         "wieder uff meiner kreditkarte",
         F(E["kaution"]) + " — the 500 € deposit is released at once if paid cash, within 7 days if by credit card, "
         "when the boat is back without damage; if more than 7 days, offer to check ('abjegeben' = abgegeben, "
         "'heile' = intact, 'nüscht' = nichts, Berlin; deposit never named)",
         "asking to rephrase again; the cancellation entry's refund"),
        ("verleiht ihr eigentlich ooch diese stand-up-paddel-dinger? für die kinder",
         "Not covered (renting stand-up paddle boards, near the trade but not offered) — say so plainly; may "
         "offer a person",
         "inventing SUP rental or prices; the children's entry as if it were that"),
    ],
    # 4
    [
        ("tach ooch. meine olle und ick sind zum ersten ma dabei. wann jeht et am ersten tag los und wo stell ick "
         "die karre hin? und müssen wa den sprit extra blechen?",
         BOTH(E["anreise"], E["sprit"]) + " — handover with briefing at 15:00 on arrival day at Am Katzengraben 12, "
         "12555 Berlin, back at 10:00 on departure day; 15 min walk from S-Bahnhof Köpenick; parking at the harbour "
         "8 € a day; fuel not included, 12 € per engine hour (electric boats charge free or about 5 € a night) "
         "('meine Olle' = my wife, 'die Karre' = the car, 'blechen' = pay, Berlin; handover, parking and fuel never "
         "named)",
         HALF + "; inventing free parking; saying fuel is included"),
        ("8 euro am tach fürs parken?? dit is ja wucher. macht ma dit umsonst und den diesel gleich mit, "
         "wa?",
         "Push-back ('dit is ja Wucher' = that's daylight robbery, 'wa' = right?, Berlin): apologise; the FAQ has "
         "parking at 8 € a day and fuel billed at 12 € per engine hour — say so and offer a person",
         "promising free parking or fuel; the same answer again without acknowledging"),
        ("ick fass et nich, mit dir red ick nich mehr. holt ma sofort eenen ausm büro ran!",
         "Request: angry + person ('ick fass et nich' = I can't believe it, 'eenen' = someone, Berlin) — "
         "apologise briefly and hand over",
         PW),
        ("hallo?? is da wer?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("UNMÖGLICH!!! samstag mittag mitten uffm langen see jeht die kiste aus und nüscht mehr. 4 stunden "
         "rumjedümpelt bis eener kam, die kinder am heulen, der janze tag im eimer",
         F(E["panne"]) + " — apologise; the emergency number 0171 555 20 47 around the clock, usually there within "
         "2 hours; a technical fault means the lost time is credited (4 hours waiting is beyond the usual, a "
         "person to check is a plus) ('die Kiste' = the thing, the boat, 'rumjedümpelt' = drifted about, 'im Eimer' = ruined, Berlin; breakdown never "
         "named)",
         "no apology; deducting it from the deposit; the weather entry"),
        ("weeßte zufällig ob union jestern jewonnen hat?",
         "Not covered (unrelated: whether 1. FC Union Berlin won yesterday; 'weeßte' = weißt du) — say so kindly",
         "an FAQ answer; a handover"),
        ("ruft mich zurück, 0157 555 31 88, ab um viere bin ick zu hause",
         "Request: callback with number ('ab um viere' = from four o'clock) — hand over to a person with the "
         "number (and 'from four') kept; no promise of a time",
         PW + "; asking for the number again; the emergency number instead"),
        ("wie lange noch? muss jleich die kleene vonner kita holn",
         WAIT + WAITING,
         "the children's entry; an invented wait time"),
    ],
    # 6
    [
        ("wir hättn vom 14. bis 17. juni die krickente jehabt. mein mann hat sich jetz det bein jebrochen, "
         "dit wird also nüscht",
         F(E["storno"]) + " — free up to 30 days before arrival, deposit back within 14 days; 29-7 days before 50 % "
         "kept, later 90 %; one free move to another date in the same season up to 14 days before; sympathy; "
         "claim nothing as done ('dit wird nüscht' = it's not happening; cancelling never named)",
         "claiming it is cancelled; no sympathy; the price entry"),
        ("jaja",
         "Ambiguous yes ('jaja' = yes yes, may mean 'sure, whatever') — ask what they mean or restate the step; "
         "nothing claimed as done",
         "claiming it is cancelled or moved; a random FAQ answer"),
        ("anderet thema: meine schwester will 'n boot ihrem mann zum 50. schenken. und is det für ihre zwillinge, "
         "3 jahre, nich jefährlich?",
         BOTH(E["gutschein"], E["kinder"]) + " — value vouchers from 50 € or 2 nights on the Krickente (338 €), PDF "
         "or by post for 3 €, valid 3 years, no cash; life jackets in all sizes free, children under 12 wear them on "
         "deck, 80 cm railing, travel cot 10 €, high chair free ('anderet Thema' = something else, Berlin)",
         HALF + "; saying children under 3 are not allowed"),
        ("mensch, ick blick bei dem kram hier üborhaupt nich durch. jib mir endlich ma'n richtijen menschen an "
         "de strippe und nich so'n blechkasten!",
         "Request: person in Berlinisch ('I can't make sense of this stuff at all; finally put a real person on the "
         "line and not such a tin box'; 'durchblicken' = understand, 'an de Strippe' = on the phone) — hand over "
         "to a person",
         PW + "; answering an FAQ; asking for standard German"),
    ],
    # 7
    [
        ("hallo, wir sind 5 freunde und wollen im august ne sause uffm boot machen, so mit musik. jeht det?",
         F(E["feiern"]) + " — only the persons registered sleep on board (the big boat up to 6), no stag parties or "
         "party trips, quiet time 22-7 in harbours, no loud music on the water, 250 € of the deposit kept for "
         "breaches ('Sause' = party, Berlin; August also means at least 5 nights, a plus)",
         "saying a party is fine; only the price"),
        ("und wat frisst so'n ding am tach an diesel?",
         F(E["sprit"]) + " — fuel not included: 12 € per engine hour by the hour meter, on average 3-4 hours a day "
         "('frisst' = uses up; fuel never named)",
         NEW + "saying fuel is included"),
        ("alles klar. und wer fährt, muss der volljährig sein? dank dir",
         F(E["schein"]) + " — the skipper must be at least 18 with ID; no licence needed up to 15 hp after the "
         "briefing; thanks acknowledged",
         NEW + "no thanks acknowledged"),
    ],
]

write_plan("de", convs)
