"""German FAQ and plan for test set 24: Reifen- und Autoservice Brinkhoff, Dortmund (made up).
Run: python3 de.py"""
from common_a import AFTER, BOTH, F, TYPE, WAIT, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("wechsel", "Was kostet ein Reifenwechsel?",
      "Das Umstecken von vier Kompletträdern (Reifen auf Felge) kostet 25 € für Pkw, inklusive Prüfung von "
      "Luftdruck und Profil. Das Ummontieren von vier Reifen auf die Felgen kostet 60 € bis 17 Zoll und 80 € ab "
      "18 Zoll, inklusive Auswuchten. Der Räderwechsel dauert etwa 30 Minuten, das Ummontieren etwa eine Stunde.",
      "reifen", ["reifenwechsel", "räderwechsel", "umstecken", "ummontieren", "auswuchten"],
      ["was nehmt ihr für den radwechsel", "reifen umstecken lassen preis"])
entry("lager", "Können Sie meine Reifen einlagern?",
      "Ja, in unserem Reifenhotel. Die Einlagerung kostet 49 € pro Saison für vier Räder oder Reifen, inklusive "
      "Reinigung und Prüfung der Profiltiefe. Die eingelagerten Räder werden beim nächsten Wechseltermin "
      "direkt montiert. Werden eingelagerte Räder nach 12 Monaten nicht abgeholt, melden wir uns vor der "
      "Entsorgung bei Ihnen.",
      "reifen", ["einlagerung", "reifenhotel", "lagerung", "aufbewahren"],
      ["reifen über den winter unterstellen", "habt ihr platz für meine räder"])
entry("oel", "Was kostet ein Ölwechsel?",
      "Ein Ölwechsel kostet ab 69 € inklusive neuem Ölfilter und bis zu 5 Litern Markenöl mit der Freigabe "
      "Ihres Herstellers; jeder weitere Liter kostet 12 €. Er dauert etwa 45 Minuten. Mitgebrachtes Öl können "
      "wir leider nicht verwenden.",
      "wartung", ["ölwechsel", "motoröl", "ölfilter", "öl"],
      ["öl nachfüllen lassen preis", "ölwechsel preis kleinwagen"])
entry("hu", "Machen Sie die Hauptuntersuchung (HU/AU)?",
      "Ja, ein Prüfer der DEKRA ist dienstags und donnerstags bei uns in der Werkstatt. HU mit AU kostet 139 €. "
      "Auf Wunsch machen wir vorher einen Vorab-Check für 29 €. Werden Mängel gefunden, beheben wir sie nach "
      "Ihrer Freigabe; die Nachprüfung muss innerhalb eines Monats erfolgen.",
      "prüfung", ["hu", "au", "hauptuntersuchung", "tüv", "dekra"],
      ["tüv fällig", "könnt ihr den tüv machen"])
entry("inspektion", "Was kostet eine Inspektion?",
      "Wir machen Inspektionen für alle Marken nach Herstellervorgaben, die Herstellergarantie bleibt "
      "erhalten und wir stempeln das Scheckheft bzw. tragen den Service digital ein. Der Preis hängt vom "
      "Modell ab und beginnt bei 189 €; Sie bekommen vorab einen verbindlichen Kostenvoranschlag.",
      "wartung", ["inspektion", "wartung", "scheckheft", "herstellergarantie"],
      ["jährliche inspektion preis", "macht ihr auch wartung für vw"])
entry("bremsen", "Was kostet die Reparatur der Bremsen?",
      "Der Bremsen-Check ist kostenlos. Neue Bremsbeläge vorne kosten ab 119 €, Beläge und Scheiben vorne ab "
      "289 €, ein Bremsflüssigkeitswechsel 59 €. Wir tauschen nichts ohne Ihre Zustimmung: Sie bekommen nach "
      "dem Check einen festen Preis.",
      "reparatur", ["bremsen", "bremsbeläge", "bremsscheiben", "bremsflüssigkeit"],
      ["bremsbeläge wechseln kosten", "bremse schleift"])
entry("termin", "Wie bekomme ich einen Termin?",
      "Termine vereinbaren Sie online auf unserer Website, telefonisch unter 0231 4471 220 oder direkt an der "
      "Annahme. In der Reifensaison (Oktober/November und März/April) sollten Sie 1-2 Wochen Vorlauf "
      "einplanen. Ohne Termin erledigen wir nur Kleinigkeiten wie Luftdruck oder eine Glühlampe.",
      "termine", ["termin", "terminvereinbarung", "buchen", "ohne termin"],
      ["wie mache ich einen termin aus", "kann ich einfach vorbeikommen"])
entry("warten", "Kann ich warten oder bekomme ich einen Ersatzwagen?",
      "Bei Arbeiten bis etwa eine Stunde (Räderwechsel, Ölwechsel) können Sie in unserem Wartebereich mit "
      "Kaffee und WLAN warten. Für längere Arbeiten bieten wir einen Ersatzwagen (VW Polo) für 19 € pro Tag "
      "plus Tankfüllung an; bitte bei der Terminvereinbarung reservieren.",
      "service", ["wartebereich", "ersatzwagen", "leihwagen", "warten"],
      ["habt ihr ein leihauto", "gibt es ein wartezimmer"])
entry("zeiten", "Wann haben Sie geöffnet?",
      "Montag bis Freitag 7:30-18:00 Uhr, Samstag 8:00-13:00 Uhr (dann nur Reifenservice und Abholung), "
      "sonntags und an Feiertagen geschlossen. In der Reifensaison haben wir montags bis freitags bis 19:00 Uhr "
      "geöffnet.",
      "allgemein", ["öffnungszeiten", "geöffnet", "uhrzeit", "wann offen"],
      ["wie lange habt ihr auf", "ab wann seid ihr da"])
entry("zahlung", "Wie kann ich bezahlen?",
      "Sie können bar, mit girocard, Visa, Mastercard sowie Apple Pay und Google Pay bezahlen. Zahlung auf "
      "Rechnung per Überweisung gibt es nur für Firmenkunden. Für neue Reifen ab 400 € ist eine Ratenzahlung "
      "über unsere Partnerbank möglich.",
      "allgemein", ["bezahlen", "zahlung", "ec-karte", "kreditkarte", "ratenzahlung"],
      ["geht auch paypal", "bezahlung mit girocard"])
entry("absage", "Wie kann ich einen Termin absagen oder verschieben?",
      "Bis 24 Stunden vorher können Sie Ihren Termin kostenlos absagen oder verschieben: online über den Link "
      "in der Terminbestätigung, per Telefon oder E-Mail. Bei späterer Absage oder Nichterscheinen berechnen "
      "wir für Reifentermine eine Ausfallgebühr von 15 €. Für extra bestellte Reifen wird die Anzahlung nicht "
      "erstattet.",
      "termine", ["absagen", "stornieren", "verschieben", "ausfallgebühr"],
      ["termin canceln", "ich kann morgen nicht kommen"])
entry("neu", "Verkaufen Sie auch neue Reifen?",
      "Ja, wir besorgen Reifen aller gängigen Marken, meist innerhalb von 1-2 Werktagen. Unser Angebot enthält "
      "Montage und Auswuchten; die Entsorgung der Altreifen kostet 3 € pro Reifen. Bei Sonderbestellungen "
      "verlangen wir 50 % Anzahlung.",
      "reifen", ["neue reifen", "reifenkauf", "angebot", "altreifen"],
      ["was kosten neue winterreifen", "könnt ihr reifen bestellen"])
entry("panne", "Kann ein beschädigter Reifen repariert werden?",
      "Ein Loch in der Lauffläche (z. B. durch eine Schraube) reparieren wir für 29 € inklusive Aus- und "
      "Einbau und Auswuchten, meist sofort. Schäden an der Flanke oder an der Schulter dürfen nicht repariert "
      "werden; dann ist ein neuer Reifen nötig.",
      "reifen", ["reifenreparatur", "reifenpanne", "loch", "flicken", "platter reifen"],
      ["reifen platt was tun", "nagel im reifen"])
entry("profil", "Wann sollte ich die Reifen wechseln?",
      "Als Faustregel gilt von O bis O: Winterreifen von Oktober bis Ostern. Gesetzlich sind 1,6 mm Profil "
      "vorgeschrieben; wir empfehlen mindestens 4 mm bei Winterreifen und 3 mm bei Sommerreifen. Die "
      "Profiltiefe messen wir kostenlos.",
      "reifen", ["profiltiefe", "winterreifen", "sommerreifen", "von o bis o"],
      ["wie viel profil brauche ich", "wann kommen die winterreifen drauf"])
entry("anfahrt", "Wo finde ich Sie?",
      "Sie finden uns in der Wittbräucker Straße 112, 44287 Dortmund-Aplerbeck, gegenüber der Tankstelle. "
      "Direkt vor der Werkstatt gibt es 12 Kundenparkplätze. Die Bushaltestelle Aplerbeck Markt (Linien 430 "
      "und 438) ist 5 Minuten zu Fuß entfernt.",
      "allgemein", ["adresse", "anfahrt", "parkplatz", "bus"],
      ["wo ist die werkstatt", "wie komme ich hin"])

PW = "another FAQ answer or choices instead of the handover; asking the customer to rephrase"
WAITING = ("Waiting: reassure that a person has the message and will reply; no FAQ answer, no invented wait "
           "time")

convs = [
    [
        ("hallo, was kostet bei euch sommerreifen drauf machen? und muss ich vorher nen termin ausmachen",
         BOTH(E["wechsel"], E["termin"]) + " — 25 € for four complete wheels (60/80 € to remount tyres); "
         "appointment online, by phone or at the desk, 1-2 weeks ahead in season",
         "only one half with no pointer; the new-tyres entry"),
        ("und samstags?",
         F(E["zeiten"]) + " — Saturday 8:00-13:00, tyre service only",
         "treating it as a new unclear question; the appointment entry without the Saturday hours"),
        ("die winterreifen liegen bis jetzt bei mir im keller, kann ich die im sommer auch bei euch lassen? "
         "was kostet das",
         F(E["lager"]) + " — 49 € per season for four wheels incl. cleaning and tread check",
         "the tyre-change price again; the when-to-change entry"),
        ("ok super, danke. bis dann",
         "Small talk: acknowledgement + thanks + goodbye",
         "an FAQ answer; a handover"),
    ],
    [
        ("frage zum auto",
         "Too vague to answer — choices (oil change, inspection, brakes, HU) or a clarifying question",
         "a handover; one entry picked at random"),
        ("da quietscht was vorne wenn ich anhalte, mit wie viel muss ich da ungefähr rechnen",
         TYPE + F(E["bremsen"]) + " — free check; front pads from 119 €, pads and discs from 289 €; fixed "
         "price after the check",
         "the tyre entries; 'not covered'; tapping a choice"),
        ("kann ich da solange warten? die plakette ist übrigens auch bald fällig, macht ihr das mit",
         BOTH(E["warten"], E["hu"]) + " — waiting area for jobs up to about an hour, else courtesy car 19 €/day; "
         "DEKRA Tue/Thu, HU+AU 139 €",
         "only one half with no pointer; the inspection entry"),
        ("bin ich hier eigentlich mit nem menschen am schreiben?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    [
        ("frage wegen reifen",
         "Too vague to answer — choices (change, storage, new tyres, repair) or a clarifying question",
         "a handover; one tyre entry given as certain"),
        ("nee, das meine ich alles nicht",
         TYPE + "Typed rejection — apologise and ask what exactly; no handover yet",
         "the same choices again; a handover straight away"),
        ("hab mir hinten rechts ne schraube eingefahren, verliert langsam luft. kriegt man das wieder hin oder brauch ich nen neuen?",
         F(E["panne"]) + " — tread hole repaired for 29 € incl. fitting and balancing; not on the sidewall",
         "the new-tyres entry alone; the brakes entry"),
        ("macht ihr eigentlich auch dellen raus? mir is einer beim einkaufen in die tür gefahren",
         "Not covered by the FAQ (no body or paint work) — say so honestly, offer a person",
         "the repair or brakes entry; inventing a price"),
    ],
    [
        ("was nehmt ihr, wenn ich beim golf 7 frisches 5w30 reinmachen lass? und darf ich das selber mitbringen",
         F(E["oel"]) + " — from 69 € incl. filter and up to 5 l approved oil; own oil not accepted",
         "the inspection entry; saying own oil is fine"),
        ("das hab ich nicht gefragt. ich will wissen ob ihr das mit vw longlife freigabe da habt",
         "Push-back (first time) — apologise; the FAQ only says oil with the manufacturer's approval is used; "
         "ask or offer a person",
         "repeating the same price answer unchanged; no apology"),
        ("boah. kann ich jetzt mal mit jemandem reden der sich auskennt",
         "Push-back (second time in a row) + Request for a person (direct, annoyed) — apologise, hand over",
         PW),
        ("hallo?? ist da wer",
         WAIT + WAITING,
         "a new greeting as if the chat had just started; an FAQ answer"),
    ],
    [
        ("ihr wollt echt 15 euro von mir nur weil ich gestern nicht aufgetaucht bin?? ich lag mit fieber im "
         "bett!!",
         F(E["absage"]) + " — apologise; free up to 24 h before, later or no-show costs 15 € for tyre "
         "appointments; offer a person for an exception",
         "the appointment-booking entry; no apology; denying that the fee exists"),
        ("spielt der bvb am samstag eigentlich zuhause?",
         "Not covered by the FAQ (unrelated) — short honest reply",
         "the opening-hours entry (Saturday); any FAQ entry"),
        ("egal. ruft mich bitte zurück, 0176 2345 8891, ab 16 uhr",
         "Request for a person (callback with number) — hand over / pass on the callback request",
         "only the workshop phone number without taking the request; " + PW),
        ("wie lange dauert das noch",
         WAIT + WAITING,
         "the duration of a tyre change or oil change; inventing a time"),
    ],
    [
        ("hab donnerstag um 8 den termin für die inspektion, schaff ich aber nicht, muss arbeiten",
         F(E["absage"]) + " — free up to 24 h before, online via the link, by phone or e-mail; do not claim "
         "it is cancelled",
         "'your appointment has been cancelled'; the inspection price"),
        ("ja",
         "Ambiguous ja — acknowledge or ask what it refers to; never claim a cancellation",
         "confirming a cancellation or a new date"),
        ("was zahl ich eigentlich für den service beim fabia, der ist 4 jahre alt",
         F(E["inspektion"]) + " — depends on the model, from 189 €, binding estimate beforehand; warranty kept",
         "the oil-change entry alone; the cancellation entry again"),
        ("kannze mich ma mit wem vonne werkstatt verbinden? dat is mir hier zu umständlich",
         "Request for a person (dialect, Ruhr) — hand over",
         PW),
    ],
    [
        ("moin, ich brauch neue sommerreifen für meinen corsa, könnt ihr die besorgen und was nehmt ihr "
         "fürs entsorgen der alten",
         F(E["neu"]) + " — all brands, 1-2 working days, fitting and balancing included; disposal 3 € per tyre",
         "the tyre-change price only; the storage entry"),
        ("reichen 3 mm noch?",
         F(E["profil"]) + " — legal minimum 1.6 mm; 3 mm is the recommended minimum for summer tyres (4 mm "
         "winter); free tread check",
         "treating it as unclear; the new-tyres answer again"),
        ("und wo genau seid ihr, kann man da parken? nehmt ihr karte",
         BOTH(E["anfahrt"], E["zahlung"]) + " — Wittbräucker Straße 112, 12 customer spaces; cash, girocard, "
         "Visa/Mastercard, Apple/Google Pay",
         "only one half with no pointer; the opening-hours entry"),
    ],
]

write_faq("de", FAQ)
write_plan("de", convs)
print("de: %d entries, %d conversations, %d turns" % (len(FAQ), len(convs), sum(len(c) for c in convs)))
