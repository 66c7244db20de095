"""German FAQ and plan for test set 28: Hörakustik Lauschwerk, Nuremberg (made up).
Run: python3 de.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("hoertest", "Was kostet ein Hörtest?",
      "Der Hörtest bei uns ist kostenlos und unverbindlich. Er dauert etwa 30 Minuten: Wir schauen ins Ohr, "
      "messen Töne und Sprachverstehen und besprechen das Ergebnis gleich mit Ihnen. Ein Hörtest ersetzt keine "
      "ärztliche Untersuchung.",
      "hörtest", ["hörtest", "hörmessung", "audiogramm", "gehör testen", "kostenlos"],
      ["kann ich mein gehör bei euch prüfen lassen", "was kostet es, die ohren testen zu lassen"])
entry("termin", "Brauche ich einen Termin?",
      "Für einen Hörtest, eine Beratung oder eine Anpassung vereinbaren Sie bitte einen Termin unter 0911 3872 "
      "4410 oder über das Formular auf unserer Webseite; meist haben wir innerhalb von 3 Werktagen etwas frei. "
      "Für Batterien, eine kurze Reinigung oder kleine Fragen können Sie ohne Termin vorbeikommen.",
      "service", ["termin", "terminvereinbarung", "ohne termin", "vorbeikommen", "wartezeit"],
      ["kann ich einfach so vorbeikommen", "wie bekomme ich einen termin bei euch"])
entry("oeffnung", "Wann haben Sie geöffnet?",
      "Unser Fachgeschäft ist Montag bis Freitag von 9 bis 18 Uhr und samstags von 9 bis 13 Uhr geöffnet. "
      "Mittwochnachmittag ab 13 Uhr sind wir nur nach Vereinbarung für Hausbesuche unterwegs.",
      "service", ["öffnungszeiten", "geöffnet", "samstag", "uhrzeit"],
      ["wann seid ihr im laden", "habt ihr samstags offen"])
entry("rezept", "Brauche ich eine ärztliche Verordnung?",
      "Damit die Krankenkasse zahlt, brauchen Sie eine Hörgeräteverordnung von einer HNO-Ärztin oder einem "
      "HNO-Arzt; sie muss innerhalb von 28 Tagen nach Ausstellung bei uns eingereicht werden. Den kostenlosen "
      "Hörtest und das Probetragen können Sie auch ohne Verordnung machen.",
      "kasse", ["verordnung", "rezept", "hno-arzt", "überweisung"],
      ["muss ich vorher zum hno", "brauche ich ein rezept für hörgeräte"])
entry("probe", "Kann ich Hörgeräte vorher ausprobieren?",
      "Ja. Sie können Hörgeräte bis zu 4 Wochen kostenlos und unverbindlich im Alltag tragen, auch mehrere "
      "Modelle nacheinander. Dazwischen stellen wir die Geräte in 2 bis 3 Terminen nach. Kaufen müssen Sie "
      "danach nichts.",
      "hörgeräte", ["probetragen", "ausprobieren", "testen", "probezeit", "unverbindlich"],
      ["kann man die erst mal zur probe haben", "wie lange darf ich die geräte testen"])
entry("kasse", "Wie viel zahlt die Krankenkasse?",
      "Die gesetzliche Krankenkasse zahlt bei einer Verordnung einen Festbetrag von rund 730 € für das erste "
      "und rund 590 € für das zweite Ohr. Dafür gibt es bei uns gute Geräte ohne Aufpreis, Sie zahlen nur 10 € "
      "gesetzliche Zuzahlung pro Gerät. Für Geräte mit mehr Komfort liegt der Eigenanteil meist zwischen 400 und "
      "2.200 € pro Ohr. Privatversicherte erhalten von uns einen Kostenvoranschlag für ihre Versicherung.",
      "kasse", ["krankenkasse", "festbetrag", "zuzahlung", "eigenanteil", "kosten", "privat"],
      ["was übernimmt die kasse", "muss ich für hörgeräte was dazuzahlen"])
entry("raten", "Kann ich in Raten zahlen?",
      "Ja, ab einem Eigenanteil von 500 € bieten wir Ratenzahlung über 6, 12 oder 24 Monate an, bis 12 "
      "Monate ohne Zinsen. Sie können außerdem bar, mit EC-Karte, Kreditkarte oder per Überweisung innerhalb "
      "von 14 Tagen zahlen.",
      "zahlung", ["ratenzahlung", "raten", "finanzierung", "zahlungsarten", "ec-karte"],
      ["kann ich das abbezahlen", "wie kann ich bei euch bezahlen"])
entry("batterien", "Welche Batterien brauche ich und was kosten sie?",
      "Die Größe erkennen Sie an der Farbe des Aufklebers: Gelb ist Größe 10, Braun 312, Orange 13 und Blau "
      "675. Eine Packung mit 6 Batterien kostet 4,50 €, eine Jahrespackung mit 60 Stück 39 €. Wir schicken "
      "Batterien ab 2 Packungen versandkostenfrei nach Hause.",
      "zubehör", ["batterien", "batteriegröße", "akku", "zubehör", "nachbestellen"],
      ["welche größe haben meine batterien", "schickt ihr mir batterien"])
entry("reparatur", "Mein Hörgerät ist kaputt. Was tun?",
      "Bringen Sie das Gerät vorbei, oft können wir es gleich vor Ort prüfen und reinigen. Muss es zum "
      "Hersteller, dauert die Reparatur 5 bis 10 Werktage und Sie bekommen kostenlos ein Leihgerät. Außerhalb "
      "der Garantie kostet eine Reparatur meist zwischen 90 und 250 €; wir sagen Ihnen den Preis vorher.",
      "service", ["reparatur", "defekt", "kaputt", "leihgerät", "ersatzgerät"],
      ["mein hörgerät geht nicht mehr", "könnt ihr mein gerät reparieren"])
entry("garantie", "Wie lange gilt die Garantie?",
      "Auf neue Hörgeräte gibt es 3 Jahre Herstellergarantie, bei Premiumgeräten 4 Jahre. Die Garantie deckt "
      "technische Defekte, nicht Verlust oder Schäden durch Sturz oder Wasser. Dagegen können Sie für 69 € im "
      "Jahr pro Gerät eine Hörgeräteversicherung abschließen.",
      "hörgeräte", ["garantie", "gewährleistung", "versicherung", "verlust"],
      ["ist das noch in der garantie", "was ist, wenn ich das gerät verliere"])
entry("reinigung", "Reinigen Sie meine Hörgeräte?",
      "Ja, Reinigung und Kontrolle sind für Kunden bei uns immer kostenlos, auch ohne Termin; es dauert etwa "
      "15 Minuten und Sie können dabei warten. Wir empfehlen einen Service alle 6 Monate. Zu Hause reicht ein "
      "weiches Tuch; Schirmchen und Filter wechseln wir gern mit.",
      "service", ["reinigung", "säubern", "pflege", "filter", "schirmchen"],
      ["könnt ihr meine geräte sauber machen", "wie pflege ich meine hörgeräte"])
entry("hausbesuch", "Machen Sie Hausbesuche?",
      "Ja, für Kundinnen und Kunden, die nicht mehr mobil sind, kommen wir nach Hause oder ins Pflegeheim. In "
      "Nürnberg, Fürth und Erlangen ist der Hausbesuch kostenlos, im Umkreis bis 30 km berechnen wir 25 €. Wir "
      "bringen alles für Hörtest, Anpassung und Service mit.",
      "service", ["hausbesuch", "pflegeheim", "zuhause", "nicht mobil", "umkreis"],
      ["kommt ihr auch zu uns heim", "könnt ihr ins altenheim kommen"])
entry("otoplastik", "Was ist eine Otoplastik?",
      "Eine Otoplastik ist ein Ohrpassstück, das wir nach einem Abdruck Ihres Ohres anfertigen lassen; das "
      "dauert etwa 7 Werktage. Mit Verordnung zahlt die Kasse, sonst kostet sie 60 bis 95 € pro Ohr. Passt "
      "sie nicht gut, ändern wir sie in den ersten 6 Monaten kostenlos, dafür reicht ein kurzer Termin.",
      "hörgeräte", ["otoplastik", "ohrpassstück", "abdruck", "maßanfertigung"],
      ["was ist ein ohrpassstück", "brauche ich einen abdruck vom ohr"])
entry("absage", "Wie sage ich einen Termin ab?",
      "Bitte sagen Sie Termine mindestens 24 Stunden vorher ab oder verschieben Sie sie, telefonisch unter "
      "0911 3872 4410 oder per E-Mail. Das ist kostenlos. Bei Hausbesuchen, die später als 24 Stunden vorher "
      "abgesagt werden, berechnen wir 20 €.",
      "service", ["absagen", "stornieren", "verschieben", "terminabsage"],
      ["ich kann nicht kommen", "kann ich meinen termin verlegen"])
entry("anfahrt", "Wo kann ich parken?",
      "Wir sind in der Kressengartenstraße 12 in 90402 Nürnberg, 3 Minuten von der U-Bahn-Haltestelle "
      "Wöhrder Wiese (U2). Direkt vor dem Laden haben wir 2 Kundenparkplätze, einer davon für Menschen mit "
      "Behinderung; das Parkhaus am Hauptmarkt ist 400 m entfernt. Der Laden ist barrierefrei.",
      "service", ["parken", "parkplatz", "anfahrt", "adresse", "u-bahn"],
      ["wie komme ich zu euch", "gibt es parkplätze"])

write_faq("de", FAQ)

HALF = "only one half with no pointer to the other"

convs = [
    # 1
    [
        ("hallo, mein mann hört seit nem jahr immer schlechter. was kostet ein test bei euch und kann man da einfach "
         "vorbeikommen",
         BOTH(E["hoertest"], E["termin"]) + " — the hearing test is free (about 30 minutes); for a test a "
         "booked appointment is needed (0911 3872 4410 or the form), walk-in only for batteries/cleaning",
         HALF + "; saying walk-in is fine for the test; a price for the test"),
        ("dauert das lang?",
         F(E["hoertest"]) + " — about 30 minutes",
         "treating it as new unclear; the repair or ear-mould duration"),
        ("und er braucht vorher was vom ohrenarzt oder",
         F(E["rezept"]) + " — not for the free test; for the health insurance to pay, a prescription from an ENT "
         "doctor, handed in within 28 days",
         "saying nothing is ever needed; the insurance amounts alone"),
        ("alles klar, danke schön. tschüss",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover"),
    ],
    # 2
    [
        ("hallo ich hab ne frage wegen meinen geräten",
         "Too vague to answer — choices (repair, cleaning, batteries, warranty) or a clarifying question",
         "a handover; one entry given as certain"),
        ("das linke pfeift dauernd und seit gestern kommt gar nix mehr raus",
         TYPE + F(E["reparatur"]) + " — bring it in, often checked on the spot; if it goes to the maker 5-10 "
         "working days with a free loan device",
         "the cleaning entry alone; the batteries entry alone; tapping a choice"),
        ("krieg ich solang ein anderes? und zahlt das die garantie, die sind 2 jahre alt",
         BOTH(E["reparatur"], E["garantie"]) + " — yes, a free loan device; 3 years maker's warranty (4 for "
         "premium), so technical defects are still covered",
         HALF + "; saying the warranty is over"),
        ("sag mal, schreib ich hier mit nem computer?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("guten tag, es geht um meine mutter",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("nein, das passt alles nicht",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("sie ist 89 und kommt nicht mehr aus der wohnung raus. kann jemand zu ihr nach fürth kommen",
         F(E["hausbesuch"]) + " — yes, home visits for people who can't get out; free in Fürth; everything "
         "brought along",
         "'come to the shop'; charging 25 € for Fürth; the appointment entry alone"),
        ("macht ihr auch brillen? ihre ist nämlich auch kaputt",
         "Not covered (glasses, an optician's trade) — say so plainly; may offer a person or what the shop does",
         "inventing glasses service; the repair entry for hearing aids as if it covered glasses"),
    ],
    # 4
    [
        ("was übernimmt die kk bei hörgeräten und kann ich den rest abstottern",
         BOTH(E["kasse"], E["raten"]) + " — about 730 € first ear / 590 € second, devices without surcharge for "
         "10 € co-payment; own share 400-2,200 € per ear; instalments from 500 € over 6/12/24 months, 12 "
         "without interest",
         HALF + "; invented exact prices for a model"),
        ("ich hab gefragt was ICH genau bei dem gerät von meiner nachbarin draufzahl, das ist so ein kleines "
         "silbernes von phonak",
         "Push-back: apologise; the FAQ has no price for a particular model — restate the range, suggest the free "
         "test/advice or offer a person",
         "an invented price; the same full answer again without acknowledging"),
        ("das bringt mir gar nix. ich will jetzt sofort mit nem menschen reden!",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("hallo?? ist da wer",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("ich bin echt sauer. die neuen stöpsel drücken seit einer woche so, dass ich schon ne wunde im ohr hab!!",
         F(E["otoplastik"]) + " — apologise; ear moulds that don't fit are changed free in the first 6 months, a "
         "short appointment is enough (may advise seeing a doctor for the wound)",
         "no apology; the repair entry with a price; the warranty entry"),
        ("wo gibts denn hier in der nähe a gscheits schäufele",
         "Not covered (restaurants) — say so kindly, back to the shop's topics",
         "a restaurant tip; an FAQ answer; a handover"),
        ("ruft mich bitte zurück, 0911 5550 2718",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again"),
        ("wie lang dauert das ungefähr",
         WAIT + WAITING,
         "the repair or ear-mould duration; an invented wait time"),
    ],
    # 6
    [
        ("morgen um 10 sollt ich zum einstellen kommen, aber mei moo is ins krankenhaus kommen und ich schaff "
         "des ned",
         F(E["absage"]) + " — can be cancelled or moved free until 24 hours before, by phone 0911 3872 4410 or "
         "e-mail (inside 24 h: say so; the 20 € is only for home visits); do not claim it is done",
         "claiming it is cancelled; charging a fee for a shop appointment; the booking entry alone"),
        ("ja",
         "Ambiguous yes — ask what they mean or restate the step (call or e-mail); nothing claimed as done",
         "claiming the appointment is cancelled or moved; a random FAQ answer"),
        ("und für ihn bräucht ich batterien, welche weiß ich nicht, da is so ein gelber aufkleber drauf",
         F(E["batterien"]) + " — yellow = size 10; 4.50 € for 6, 39 € for 60; sent free from 2 packs",
         "a different size; the repair entry"),
        ("horch amol, etz mog i fei mit am richtigen menschn redn, ned mit dera maschin",
         "Request: person in Franconian — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard German"),
    ],
    # 7
    [
        ("guten abend, wo stell ich bei euch das auto hin? ich komm aus schwabach",
         F(E["anfahrt"]) + " — 2 customer spaces in front (one for disabled people), car park at Hauptmarkt 400 m, "
         "U2 Wöhrder Wiese 3 minutes",
         "the home-visit entry; an invented address"),
        ("und am samstag offen?",
         F(E["oeffnung"]) + " — Saturday 9-13",
         "treating it as new unclear; weekday hours only"),
        ("könnt ihr die dinger putzen während ich warte? und wie lang darf man neue geräte zur probe haben",
         BOTH(E["reinigung"], E["probe"]) + " — cleaning free, about 15 minutes, can wait; trial of up to 4 "
         "weeks, free, no obligation",
         HALF),
    ],
]

write_plan("de", convs)
