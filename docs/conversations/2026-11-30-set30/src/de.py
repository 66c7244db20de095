"""German FAQ and plan for test set 30: Nordwall Schädlingsbekämpfung, pest control, Bremen (made up).
Run from src/: PYTHONPATH=<check folder> python3 de.py"""
from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("wespen", "Was kostet es, ein Wespennest entfernen zu lassen?",
      "Ein Wespennest entfernen oder unschädlich machen kostet 119 € inklusive Anfahrt in Bremen. Hängt das Nest "
      "höher als 4 Meter oder sitzt es im Dach, kommen 40 € für Leiter oder Hubsteiger dazu. Hornissen stehen "
      "unter Naturschutz: Die siedeln wir nur um, wenn es wirklich nötig ist, für 189 €. In der Saison kommen "
      "wir meist innerhalb von 24 Stunden.",
      "schädlinge", ["wespen", "wespennest", "hornissen", "nest entfernen"],
      ["wir haben wespen am haus", "was kostet ein wespennest wegmachen"])
entry("nager", "Was machen Sie gegen Mäuse und Ratten?",
      "Wir suchen die Einstiegsstellen und stellen verschlossene Köderboxen auf. Der Einsatz kostet 149 € für "
      "eine Wohnung oder ein Einfamilienhaus, 2 Kontrollbesuche im Abstand von etwa 14 Tagen sind inklusive. "
      "Ratten im öffentlichen Kanal oder auf der Straße melden Sie bitte der Stadt, das ist für Sie kostenlos.",
      "schädlinge", ["mäuse", "ratten", "nager", "köderbox", "rattenbefall"],
      ["ich glaub wir haben ratten im keller", "maus in der küche was tun"])
entry("wanzen", "Wie werden Bettwanzen bekämpft?",
      "Zuerst sehen wir uns bei einer Besichtigung an, wie stark der Befall ist. Die Behandlung kostet ab 390 € "
      "für eine Wohnung bis 60 m² und besteht aus 2 Einsätzen im Abstand von 14 Tagen. Vorher waschen Sie bitte "
      "Bettwäsche und Kleidung bei mindestens 60 °C oder packen sie in Säcke, und tragen Sie nichts in andere "
      "Wohnungen. Eine Checkliste schicken wir Ihnen per E-Mail.",
      "schädlinge", ["bettwanzen", "wanzen", "stiche", "matratze"],
      ["ich hab jeden morgen stiche", "bettwanzen aus dem urlaub mitgebracht"])
entry("schaben", "Wie bekämpfen Sie Schaben und Kakerlaken?",
      "Wir arbeiten mit Fraßgel, das wir in Ritzen und hinter Geräte setzen, ganz ohne Sprühnebel. Eine Wohnung "
      "kostet 169 €, eine Nachkontrolle nach 3 Wochen ist inklusive. Tauchen innerhalb von 6 Wochen nach der "
      "Nachkontrolle wieder Schaben auf, behandeln wir kostenlos nach.",
      "schädlinge", ["schaben", "kakerlaken", "schabenbefall", "fraßgel"],
      ["kakerlaken in der küche", "was kostet schaben bekämpfen"])
entry("marder", "Was kann man gegen einen Marder im Dach tun?",
      "Marder unterliegen dem Jagdrecht, wir dürfen sie nicht fangen oder töten. Wir vertreiben den Marder mit "
      "Geruchsstoffen und verschließen danach die Einstiegsstellen. Die Begehung mit Angebot kostet 89 €, das "
      "Verschließen rechnen wir nach Aufwand ab, meist 250 bis 600 €. Von März bis Juli können Jungtiere im Dach "
      "sein, dann verschließen wir erst, wenn sie sicher draußen sind.",
      "schädlinge", ["marder", "dachboden", "dachmarder", "vergrämen", "poltern"],
      ["da poltert nachts was im dach", "der marder hat die dämmung kaputt gemacht"])
entry("anfahrt", "Was kostet die Anfahrt und wo sind Sie im Einsatz?",
      "Unsere Festpreise gelten inklusive Anfahrt in ganz Bremen. Im Umland bis 30 km (zum Beispiel Delmenhorst, "
      "Achim, Lilienthal, Stuhr und Weyhe) kommen 20 € Anfahrt dazu. Arbeiten ohne Festpreis rechnen wir mit "
      "75 € pro Stunde ab.",
      "preise", ["anfahrt", "einsatzgebiet", "umland", "fahrtkosten", "stundensatz"],
      ["kommt ihr auch nach delmenhorst", "was kostet die anfahrt"])
entry("notdienst", "Haben Sie einen Notdienst?",
      "Ja, unser Notdienst ist rund um die Uhr unter 0421 396 27 40 erreichbar. Für Einsätze werktags nach "
      "18 Uhr, am Wochenende und an Feiertagen berechnen wir 80 € Zuschlag. Bei Wespen an Schulen und Kitas "
      "entfällt der Zuschlag.",
      "preise", ["notdienst", "notfall", "feiertag", "zuschlag", "rund um die uhr"],
      ["kann heute nacht noch wer kommen", "habt ihr einen notfalldienst"])
entry("besichtigung", "Kann jemand vorher kommen und sich das ansehen?",
      "Ja, eine Besichtigung dauert etwa 30 Minuten und kostet 59 €. Wenn Sie uns danach beauftragen, rechnen "
      "wir die 59 € auf die Behandlung an. Ein schriftliches Angebot bekommen Sie innerhalb von 2 Werktagen.",
      "termine", ["besichtigung", "inspektion", "angebot", "begutachtung", "kostenvoranschlag"],
      ["könnt ihr euch das erst mal anschauen", "was kostet eine besichtigung"])
entry("nachkontrolle", "Sind Nachkontrollen im Preis enthalten?",
      "Ja. Bei Mäusen und Ratten sind 2 Kontrollbesuche inklusive, bei Schaben 1 Nachkontrolle nach 3 Wochen, "
      "bei Bettwanzen der zweite Einsatz nach 14 Tagen. Jeder weitere Kontrollbesuch kostet 45 €. Auf alle "
      "Behandlungen geben wir 6 Wochen Gewähr: Kommt der Befall in dieser Zeit zurück, behandeln wir kostenlos "
      "nach.",
      "preise", ["nachkontrolle", "kontrollbesuch", "garantie", "gewähr", "nachbehandlung"],
      ["kommt ihr danach nochmal vorbei", "was wenn die viecher wiederkommen"])
entry("sicherheit", "Ist die Behandlung gefährlich für Kinder und Haustiere?",
      "Köder gegen Mäuse, Ratten und Schaben liegen in verschlossenen Boxen oder als Gel an Stellen, an die "
      "Kinder und Tiere nicht kommen. Nach einer Sprühbehandlung (zum Beispiel bei Wespen oder Bettwanzen) "
      "sollen Kinder und Haustiere 4 Stunden aus dem Raum bleiben, danach bitte gut lüften; Aquarien und "
      "Terrarien decken Sie bitte ab. Die Sicherheitsdatenblätter schicken wir Ihnen auf Wunsch.",
      "schädlinge", ["kinder", "haustiere", "hund", "katze", "giftig", "sicherheit"],
      ["ist das gift gefährlich für meinen hund", "wir haben ein baby im haus"])
entry("vermieter", "Wer bezahlt die Schädlingsbekämpfung, Mieter oder Vermieter?",
      "Das hängt vom Einzelfall und vom Mietvertrag ab. Kommt der Befall aus dem Gebäude, zum Beispiel Schaben "
      "im ganzen Haus oder Ratten von außen, zahlt meist der Vermieter; bitte sprechen Sie vor dem Auftrag mit "
      "ihm oder der Hausverwaltung. Die Rechnung geht an den, der uns beauftragt; einen Einsatzbericht für den "
      "Vermieter schicken wir Ihnen kostenlos innerhalb von 3 Werktagen.",
      "preise", ["vermieter", "mieter", "hausverwaltung", "mietwohnung", "kostenübernahme"],
      ["muss mein vermieter das bezahlen", "wer trägt die kosten in der mietwohnung"])
entry("gastro", "Was bieten Sie für Restaurants und Lebensmittelbetriebe an?",
      "Für Gastronomie, Bäckereien und Lebensmittelhandel bieten wir einen Wartungsvertrag mit 8 Kontrollen im "
      "Jahr ab 49 € im Monat an. Nach jeder Kontrolle bekommen Sie ein Protokoll und einmal im Jahr ein "
      "Zertifikat; die Unterlagen entsprechen den HACCP-Vorgaben und liegen für die Lebensmittelkontrolle "
      "bereit. Die Mindestlaufzeit ist 12 Monate.",
      "gewerbe", ["restaurant", "gastronomie", "haccp", "zertifikat", "wartungsvertrag", "lebensmittelbetrieb"],
      ["wir brauchen einen nachweis für die lebensmittelkontrolle", "habt ihr verträge für gaststätten"])
entry("zahlung", "Wie kann ich bezahlen?",
      "Privatkunden zahlen direkt beim Techniker bar oder mit EC-Karte, oder per Überweisung innerhalb von "
      "14 Tagen nach Rechnung. Firmen und Hausverwaltungen zahlen auf Rechnung innerhalb von 30 Tagen. "
      "Kreditkarten nehmen wir nicht.",
      "preise", ["bezahlen", "zahlung", "ec-karte", "rechnung", "überweisung", "bar"],
      ["kann ich mit karte zahlen", "geht das auf rechnung"])
entry("absage", "Kann ich einen Termin absagen oder verschieben?",
      "Ja, bis 24 Stunden vor dem Termin kostenlos, telefonisch unter 0421 396 27 40 oder per E-Mail an "
      "termine@nordwall-schaedlinge.example. Bei einer späteren Absage, oder wenn wir vor verschlossener Tür "
      "stehen, berechnen wir 35 € Ausfallpauschale.",
      "termine", ["termin absagen", "verschieben", "stornieren", "absage", "ausfallpauschale"],
      ["ich muss den termin absagen", "können wir den termin verlegen"])
entry("buero", "Wann ist Ihr Büro erreichbar?",
      "Unser Büro ist Montag bis Freitag von 7:30 bis 17 Uhr und Samstag von 9 bis 13 Uhr erreichbar, "
      "telefonisch unter 0421 396 27 40 oder per E-Mail an info@nordwall-schaedlinge.example. Außerhalb dieser "
      "Zeiten erreichen Sie unter derselben Nummer den Notdienst.",
      "termine", ["bürozeiten", "erreichbar", "telefon", "öffnungszeiten", "sprechzeiten"],
      ["wann kann ich euch anrufen", "bis wann ist das büro besetzt"])

write_faq("de", FAQ)

HALF = "only one half with no pointer to the other"

convs = [
    # 1
    [
        ("moin, bei uns hängt ein wespennest im rollladenkasten und die lütten spielen da immer. was nehmt ihr "
         "fürs wegmachen und ist das zeug gefährlich für unsere katze?",
         BOTH(E["wespen"], E["sicherheit"]) + " — 119 € including the call-out in Bremen (+40 € if higher than "
         "4 m or in the roof; outside Bremen +20 € call-out); after a spray treatment children and pets stay out "
         "of the room for 4 hours, then air it",
         HALF + "; saying the treatment is completely harmless with no rule; the hornet price"),
        ("und wenn ihr erst abends könnt, wird das dann teurer?",
         F(E["notdienst"]) + " — yes: on weekdays after 6 pm (and at weekends, on public holidays) 80 € surcharge",
         "treating it as new unclear; the wasp price again without the surcharge; a promised time"),
        ("ok. kann ich das dann gleich bei eurem mann mit karte bezahlen?",
         F(E["zahlung"]) + " — yes, cash or EC (debit) card with the technician, or bank transfer within 14 days; "
         "no credit cards",
         "saying credit cards are fine; invoice only"),
        ("jo dann man tau. danke und tschüss",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover"),
    ],
    # 2
    [
        ("hallo, ich glaub wir haben ungebetene mitbewohner",
         "Too vague to answer — choices (mice/rats, cockroaches, bedbugs, wasps, marten) or a clarifying "
         "question",
         "a handover; one entry given as certain; a joke about flatmates"),
        ("nachts raschelt es in der zwischendecke und in der speisekammer sind die haferflocken angeknabbert",
         TYPE + F(E["nager"]) + " — sounds like mice: bait boxes, entry points found, 149 € for a flat or house "
         "with 2 control visits about 14 days apart",
         "the cockroach or marten entry; tapping a choice; asking to rephrase"),
        ("wir wohnen zur miete. zahlt das der vermieter? und kommt ihr danach nochmal gucken?",
         BOTH(E["vermieter"], E["nachkontrolle"]) + " — it depends on the case and the lease, often the landlord "
         "when the infestation comes from the building; talk to the landlord first; the invoice goes to whoever "
         "orders, free report for the landlord within 3 working days; 2 control visits included for mice, 6 weeks' "
         "guarantee",
         HALF + "; a firm legal promise that the landlord must pay"),
        ("ist das hier ein automat oder schreib ich mit wem aus der firma?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("guten tag, es geht um unseren betrieb",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("nee, das ist es alles nicht",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("das gesundheitsamt will bei uns in der küche regelmäßige kontrollen sehen, schriftlich. wir sind ein "
         "kleines bistro",
         F(E["gastro"]) + " — service contract with 8 inspections a year from 49 € a month, a report after each "
         "and a yearly certificate, HACCP-compliant papers for the food inspection; minimum term 12 months",
         "the cockroach entry; a one-off inspection price (59 €) as the answer; asking to rephrase again"),
        ("macht ihr eigentlich auch was gegen tauben? die sitzen auf unserem vordach und alles ist voller "
         "taubendreck",
         "Not covered (pigeon control, nets or spikes) — say so plainly; may offer a person",
         "inventing a pigeon service or price; the marten or wasp entry as if it covered pigeons"),
    ],
    # 4
    [
        ("hallo, bei uns rumpelt es nachts oben unterm giebel, irgend so ein pelziges viech, die dämmung ist schon "
         "zerfetzt. wir wohnen in lilienthal, womit müssen wir preislich rechnen?",
         BOTH(E["marder"], E["anfahrt"]) + " — likely a marten: not trapped or killed (hunting law), driven out "
         "and entry points closed; visit with quote 89 €, closing 250-600 €; Lilienthal is in the surrounding "
         "area: +20 € call-out",
         HALF + "; promising to trap and remove the animal; the mice entry"),
        ("das hab ich nicht gefragt. ich will wissen ob morgen früh vor 7 jemand kommen kann, danach muss ich zur "
         "arbeit",
         "Push-back: apologise; the FAQ has no appointment times before 7 am — say so, mention the office (from "
         "7:30) or the 24-hour emergency service with its surcharge, offer a person",
         "a promised 7 am appointment; the same full answer again without acknowledging"),
        ("mir reichts jetzt. ich will sofort mit jemandem von der firma sprechen",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("und? passiert da jetzt noch was?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("das ist doch wohl ein witz!! ihr wart vor 4 wochen wegen dem ungeziefer unter der spüle hier und jetzt "
         "krabbeln die braunen dinger schon wieder rum. 169 euro für nix??",
         F(E["schaben"]) + " — apologise; the follow-up after 3 weeks is included, and if they come back within "
         "6 weeks after it the treatment is repeated free: contact the office",
         "no apology; a new price for a new treatment; the mice entry"),
        ("andere frage, wissen sie ob werder am samstag zu hause spielt?",
         "Not covered (football fixtures) — say so kindly, back to the company's topics",
         "a fixture answer; an FAQ answer; a handover"),
        ("ich will dass mich jemand zurückruft: 0171 555 2846",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again"),
        ("wann ruft da wer an?",
         WAIT + WAITING,
         "the office hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("donnerstag wollten sie wegen der bettwanzen kommen, aber der vermieter hat jetzt selbst eine firma "
         "geschickt. sie brauchen also nicht mehr vorbeikommen",
         F(E["absage"]) + " — free until 24 hours before: call 0421 396 27 40 or e-mail "
         "termine@nordwall-schaedlinge.example; later 35 €; do not claim it is cancelled",
         "claiming the appointment is cancelled; the landlord entry; the bedbug prices"),
        ("jau",
         "Ambiguous yes — ask what they mean or restate the step (call or e-mail); nothing claimed as done",
         "claiming the appointment is cancelled; a random FAQ answer"),
        ("und falls die andere firma das nicht hinkriegt, wie läuft das bei euch mit den wanzen ab?",
         F(E["wanzen"]) + " — inspection first; from 390 € for a flat up to 60 m², 2 treatments 14 days apart; "
         "wash bedding and clothes at 60 °C or bag them; checklist by e-mail",
         "the cockroach entry; the cancellation rules again"),
        ("nu is aber gut. ik will mit'n echten minschen snacken, nich mit so'n kasten",
         "Request: person in Low German (Plattdeutsch) — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard German"),
    ],
    # 7
    [
        ("hallo, wann kann ich bei ihnen im büro jemanden anrufen?",
         F(E["buero"]) + " — Monday to Friday 7:30 to 17, Saturday 9 to 13, 0421 396 27 40",
         "the emergency service alone; invented hours"),
        ("und am wochenende?",
         F(E["buero"]) + " — Saturday 9 to 13, no office on Sunday; outside office hours the emergency service "
         "on the same number (surcharge may be mentioned)",
         "treating it as new unclear; the weekday hours again only"),
        ("danke. kann vorher mal wer vorbeikommen und gucken was das für viecher im keller sind? und kostet stuhr "
         "extra?",
         BOTH(E["besichtigung"], E["anfahrt"]) + " — an inspection of about 30 minutes for 59 €, credited if "
         "they then order, written quote within 2 working days; Stuhr is in the surrounding area: +20 € "
         "call-out",
         HALF + "; saying Stuhr is not served"),
    ],
]

write_plan("de", convs)
