"""nl: Schildersbedrijf Kolk & Zn. (made up), a painter and decorator in Amsterdam-West; the owner writes standard
Dutch of the Netherlands, customers write everyday Amsterdam Dutch with Amsterdam words (jofel, gozer, de mazzel,
effe, ouwe, gabber, sores, mesjogge, Mokum, Mokumse, hè, ff, appje). The bot serves nl-NL."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRIJS = "Wat kost schilderwerk bij jullie?"
Q_OFFERTE = "Hoe krijg ik een offerte?"
Q_PLANNING = "Hoe snel kunnen jullie beginnen en hoe lang duurt het?"
Q_WEER = "Wat gebeurt er als het regent bij buitenwerk?"
Q_VOORB = "Hoe moet ik de ruimte voorbereiden?"
Q_VERF = "Welke verf gebruiken jullie en kan ik de kleur kiezen?"
Q_GARANTIE = "Welke garantie geven jullie?"
Q_BETALEN = "Hoe en wanneer betaal ik?"
Q_ANNULEREN = "Kan ik een opdracht annuleren of verzetten?"
Q_VVE = "Schilderen jullie ook trappenhuizen voor een VvE?"
Q_BEHANG = "Doen jullie ook behang en sauswerk?"
Q_GEUR = "Is de verf veilig voor kinderen en huisdieren?"
Q_GEBIED = "In welke regio werken jullie?"
Q_UREN = "Wanneer zijn jullie bereikbaar en op welke tijden werken jullie?"
Q_HOUTROT = "Repareren jullie ook houtrot?"

FAQ = [
    (Q_PRIJS,
     "Binnen: muren en plafonds € 14 per m² (2 lagen latex, inclusief materiaal), binnendeur € 85 per kant, kozijn "
     "binnen € 45 per stuk. Buiten: kozijn met raam € 95 per stuk, voordeur € 160. Alle prijzen inclusief 21 % btw. De "
     "minimale opdracht is € 350. De precieze prijs staat in de offerte na een gratis opname.",
     "prijzen", ["prijs", "kosten", "per m²", "tarief", "wat kost"],
     ["wat kost een kamer schilderen", "wat is jullie prijs per vierkante meter", "hoe duur is een voordeur"]),
    (Q_OFFERTE,
     "Bel of app ons: we komen gratis langs voor een opname, meestal binnen 5 werkdagen. De offerte krijgt u binnen 3 "
     "werkdagen daarna per mail; hij is 30 dagen geldig. Voor alleen binnenmuren kan het ook op basis van foto's en "
     "maten via WhatsApp 06 41 27 83 50.",
     "offerte", ["offerte", "opname", "prijsopgave", "langskomen"],
     ["kunnen jullie een prijs maken", "komen jullie eerst kijken", "is de offerte gratis"]),
    (Q_PLANNING,
     "Binnenwerk kunnen we meestal 2 tot 3 weken na uw akkoord inplannen. Buitenwerk plannen we het hele jaar door, in de "
     "winter alleen op droge dagen boven 5 °C; daarvoor is de wachttijd 6 tot 8 weken. Reken op 1 werkdag voor een slaapkamer, 2 werkdagen voor een "
     "woonkamer en 1 dag voor een gang met trap.",
     "planning", ["planning", "wachttijd", "beginnen", "hoe lang", "doorlooptijd"],
     ["wanneer kunnen jullie komen", "hoeveel dagen zijn jullie bezig", "hoe lang is de wachttijd"]),
    (Q_WEER,
     "Bij regen, vorst (onder 5 °C) of een luchtvochtigheid boven 85 % schilderen we niet buiten, want de verf hecht "
     "dan slecht. Het werk schuift zonder kosten naar de eerste droge werkdag. U krijgt vóór 7:30 uur een bericht; komt "
     "dat bericht later, dan krijgt u € 50 korting op de factuur.",
     "planning", ["regen", "weer", "buitenwerk", "vorst", "uitstel"],
     ["gaat het door als het regent", "wat als het vriest", "wordt het verschoven bij slecht weer"]),
    (Q_VOORB,
     "Zet de meubels in het midden van de kamer en haal kleine spullen, gordijnen en schilderijen weg. Wij dekken de "
     "vloer en meubels af met folie en stucloper en plakken alles af. Tot 10 kleine gaten per kamer vullen we gratis. "
     "Zelf geen tijd om de kamer leeg te maken? Dat doen wij voor € 40 per kamer.",
     "voorbereiding", ["voorbereiden", "meubels", "afdekken", "leegruimen"],
     ["moet ik de kamer leeghalen", "dekken jullie de vloer af", "wat moet ik van tevoren doen"]),
    (Q_VERF,
     "We werken met watergedragen verf van Sikkens en Histor. U kiest elke kleur uit de waaier; een proefvlak van 50 x 50 "
     "cm zetten we gratis. Eigen verf mag, maar dan geven we geen garantie op het resultaat. Speciaal gemengde verf die "
     "al besteld is, wordt altijd doorberekend.",
     "materiaal", ["verf", "kleur", "merk", "kleurenwaaier", "proefvlak"],
     ["mag ik zelf de kleur uitzoeken", "welk merk verf", "kan ik mijn eigen verf gebruiken"]),
    (Q_GARANTIE,
     "Binnen 2 jaar en buiten 5 jaar garantie op afbladderen, blazen en loslaten van de verf. Niet gedekt: vocht uit de "
     "muur, houtrot dat er al zat en beschadigingen door stoten. Stuur foto's via WhatsApp; we komen binnen 10 werkdagen "
     "kijken en herstellen gedekte schade gratis.",
     "garantie", ["garantie", "afbladderen", "loslaten", "klacht"],
     ["de verf bladdert eraf", "hoe lang garantie", "ik heb een klacht over het schilderwerk"]),
    (Q_BETALEN,
     "Bij opdrachten boven € 2.500 vragen we 30 % aanbetaling bij het akkoord; de rest betaalt u na oplevering binnen 14 "
     "dagen. Kleinere opdrachten betaalt u helemaal na oplevering. Betalen kan per bankoverschrijving, iDEAL-"
     "betaalverzoek of pin bij de oplevering; contant niet.",
     "betalen", ["betalen", "aanbetaling", "factuur", "pinnen", "iDEAL"],
     ["moet ik vooraf betalen", "kan ik pinnen", "wanneer krijg ik de factuur"]),
    (Q_ANNULEREN,
     "Verzetten is gratis tot 5 werkdagen voor de startdatum. Annuleren kan ook tot 5 werkdagen vooraf zonder kosten; "
     "een aanbetaling krijgt u dan binnen 10 werkdagen terug. Later annuleren kost 15 % van de opdrachtsom, plus "
     "speciaal gemengde verf die al besteld is. Annuleren of verzetten per mail of WhatsApp 06 41 27 83 50.",
     "planning", ["annuleren", "verzetten", "afzeggen", "aanbetaling terug", "kosten"],
     ["ik wil de afspraak afzeggen", "kan het een week later", "krijg ik mijn aanbetaling terug"]),
    (Q_VVE,
     "Ja. Voor een VvE komen we gratis een opname doen en maken we een offerte die u op de ledenvergadering kunt "
     "voorleggen. Een trappenhuis tot 4 verdiepingen kost meestal € 1.800 tot € 3.200. We werken dan per gemeenschappelijk "
     "deel en sturen één factuur naar de VvE. Bij een meerjarenonderhoudsplan krijgt de VvE 5 % korting.",
     "vve", ["VvE", "trappenhuis", "portiek", "gemeenschappelijk", "gevel"],
     ["doen jullie ook portieken", "wij zijn een VvE", "wat kost een trappenhuis"]),
    (Q_BEHANG,
     "Ja. Behangen € 18 per m² (behang zelf niet inbegrepen), glasvlies aanbrengen en sausen € 24 per m², oud behang "
     "verwijderen € 6 per m². Plafonds sausen valt onder de prijs van € 14 per m². Stucwerk doen we niet.",
     "prijzen", ["behang", "behangen", "glasvlies", "sausen"],
     ["kunnen jullie behangen", "wat kost glasvlies", "halen jullie oud behang eraf"]),
    (Q_GEUR,
     "Binnen gebruiken we geurarme verf op waterbasis. Zet 24 uur een raam open; daarna kan de kamer weer gewoon "
     "gebruikt worden. Voor een babykamer adviseren we 48 uur te wachten. Houd huisdieren weg van natte verf tot die "
     "droog is, na ongeveer 4 uur.",
     "materiaal", ["geur", "ventileren", "baby", "huisdieren", "stank"],
     ["stinkt de verf", "kan de baby er dezelfde dag slapen", "is het gevaarlijk voor mijn hond"]),
    (Q_GEBIED,
     "Heel Amsterdam, Amstelveen, Diemen en Zaandam zonder voorrijkosten. Haarlem, Purmerend en Almere: € 35 per "
     "werkdag. Verder weg werken we niet. Voor onze bus heeft u een parkeerplek of bezoekersvergunning nodig; anders "
     "rekenen we de parkeerkosten door (in het centrum tot € 7,50 per uur).",
     "werkgebied", ["regio", "werkgebied", "voorrijkosten", "parkeren", "Amstelveen"],
     ["komen jullie ook in Haarlem", "hoe zit het met parkeren", "rekenen jullie voorrijkosten"]),
    (Q_UREN,
     "Kantoor: maandag tot en met vrijdag van 8:00 tot 17:00 uur, telefoon 020 612 48 93. Onze schilders werken bij u "
     "van maandag tot en met vrijdag van 7:30 tot 16:00 uur. Op zaterdag alleen in overleg, met 25 % toeslag. Hoofdweg "
     "212 is onze werkplaats, geen winkel.",
     "contact", ["bereikbaar", "openingstijden", "werktijden", "zaterdag", "telefoon"],
     ["hoe laat beginnen jullie", "werken jullie op zaterdag", "tot hoe laat kan ik bellen"]),
    (Q_HOUTROT,
     "Kleine plekken houtrot tot ongeveer 10 cm herstellen we met epoxy of een inzetstuk: € 65 per plek, inclusief "
     "bijwerken. Is het kozijn verder aangetast, dan moet er een timmerman aan te pas komen; dat doen we zelf niet. "
     "Herstel doen we altijd vóór het schilderen.",
     "reparatie", ["houtrot", "verrot", "reparatie", "epoxy", "kozijn"],
     ["het kozijn is rot", "maken jullie rotte plekken", "wat kost houtrot herstellen"]),
]

PLAN = [
    [  # 1
        ("goedemiddag! wat vragen jullie ongeveer voor een woonkamer van 5 bij 6 meter, muren en plafond? en hoe snel "
         "kunnen jullie dan?",
         "Small talk greeting + " + both(Q_PRIJS, Q_PLANNING) + " — walls and ceilings € 14 per m² (2 coats, "
         "materials and VAT included), the exact price after the free visit; indoor work 2-3 weeks after the go-ahead, "
         "a living room takes 2 working days. (A rough sum, about 85-90 m², is a plus if marked as an estimate.)",
         "Only one half without pointing to the other; a fixed total as if certain; the outdoor waiting time (6-8 "
         "weeks)."),
        ("moet ik dan zelf de bank en de kast wegschuiven?",
         faq(Q_VOORB) + " — put the furniture in the middle of the room and remove small things, curtains and "
         "pictures; they cover floor and furniture; clearing the room for you costs € 40 per room.",
         "The price entry again; 'everything must be out of the room'; the VvE entry."),
        ("we hebben een kat en een baby van 4 maanden, kunnen die er dezelfde avond weer in of is die lucht slecht?",
         faq(Q_GEUR) + " — water-based low-odour paint; air 24 hours; for a baby's room wait 48 hours; keep the cat "
         "away from wet paint (about 4 hours).",
         "'Same evening is fine' for the baby; the paint-brand entry alone; the preparation entry."),
        ("jofel, daar kan ik wat mee. dank je gozer, de mazzel!",
         "Small talk: acknowledgement + thanks + goodbye (`jofel` = great, `gozer` = mate, `de mazzel` = bye) — short "
         "friendly close.",
         "A long FAQ answer; choices; a handover; 'I don't understand'."),
    ],
    [  # 2
        ("hoi, even een vraagje",
         "Too vague to answer — choices (prices, quote, planning...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("mijn moeder woont in Purmerend en wil haar hal en overloop laten doen, komen jullie zo ver of is dat te gek?",
         TYPE + faq(Q_GEBIED) + " — yes: Purmerend with € 35 travel costs per working day (free in Amsterdam, "
         "Amstelveen, Diemen and Zaandam); a parking place or visitor's permit is needed.",
         "Tapping a choice; 'we only work in Amsterdam'; no mention of the € 35; the planning entry."),
        ("en stuur je dan eerst iemand om te kijken of krijg ik meteen een prijs?",
         faq(Q_OFFERTE) + " — a free visit, usually within 5 working days; the quote by e-mail within 3 working days "
         "after, valid 30 days; for indoor walls only, photos and measurements by WhatsApp also work.",
         "The price list as if it were the quote; 'we never come to look'; the travel costs again."),
        ("zeg, ben jij nou een echte gozer of zo'n computertje? ff eerlijk hè",
         "Small talk: are you a bot (`gozer` = guy, `ff` = effe, just, `hè` = right) — honest: an automated assistant; "
         "may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover; choices."),
    ],
    [  # 3
        ("hoi, het gaat over het schilderwerk van vorig jaar",
         "Too vague to answer — choices (warranty, payment, wood rot...) or a clarifying question.",
         "A handover; one entry answered as if sure."),
        ("nee, dat bedoel ik niet",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("jullie hebben in mei 2025 onze voordeur en de ramen aan de straatkant gedaan en nu zitten er al bladders en "
         "blazen bij de onderdorpel",
         faq(Q_GARANTIE) + " — outdoor work has 5 years against flaking, blistering and peeling, so this is within; "
         "send photos by WhatsApp, they come within 10 working days and repair covered damage free; damp from the wall, "
         "existing wood rot or knocks are not covered.",
         "2 years (that is indoor); the wood-rot repair price as the answer; the rain entry."),
        ("zetten jullie ook nieuw dubbel glas in die ramen als jullie toch bezig zijn?",
         "Not covered (near the trade: glazing, not offered) — says so honestly, may offer a person; no price.",
         "Inventing a glazing service or price; the wood-rot entry as if it were glazing; the window-frame price."),
    ],
    [  # 4
        ("mag ik zelf een kleur uitzoeken of hebben jullie een vaste kaart? en moet er vooraf iets betaald worden",
         both(Q_VERF, Q_BETALEN) + " — any colour from the fan (Sikkens, Histor), a free 50 x 50 cm test patch; a 30 % "
         "deposit only for jobs over € 2.500, otherwise everything after completion within 14 days; transfer, iDEAL or "
         "card, no cash.",
         "Only one half without pointing to the other; 'always pay in advance'; 'a fixed set of colours'."),
        ("nee nee, daar vroeg ik niet naar. het gaat om de gang en de trap naar boven in ons gebouw, drie hoog, we zijn "
         "met zes buren en willen het samen laten doen. hoe werkt dat?",
         "Acknowledges the push-back + " + faq(Q_VVE) + " — a free visit and a quote the owners' association can put to "
         "its meeting; a stairwell up to 4 floors usually € 1.800-3.200; one invoice to the VvE; 5 % off with a "
         "long-term maintenance plan.",
         "Repeating the colour/payment answer; the planning entry only; six separate quotes."),
        ("pfff wat een sores, je snapt er weer niks van. ik word mesjogge van je. geef me nu effe een echte mens aan de "
         "lijn",
         "Push-back (second time in a row) + request for a person (annoyed; `sores` = trouble, `mesjogge` = crazy, "
         "`effe` = just) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("hallo?? is daar iemand of hoe zit het",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("Ik heb vrij genomen, sta om half acht klaar met koffie en er komt NIEMAND. Om negen uur pas een appje dat het "
         "'te vochtig' is. Het is hier gewoon droog!!! En wie betaalt mijn vrije dag? Dit is toch niet normaal",
         faq(Q_WEER) + " — calm, apologises: with humidity over 85 % (or rain, frost) outdoor paint does not hold, so "
         "the work moves free to the first dry working day; the message should have come before 7:30, so € 50 comes off "
         "the invoice; offering a person about the lost day is good. (`appje` = a WhatsApp message.)",
         "Cold rule ignoring the anger; promising to pay the day off; no mention of the € 50; the cancelling entry."),
        ("hé, weet jij toevallig of de pont naar Noord vannacht nog vaart? anders moet ik me een sappel fietsen",
         "Not covered (unrelated: the city ferry to Amsterdam-Noord) — says it cannot help with that, no FAQ answer. (`zich een sappel fietsen` = cycle oneself to death.)",
         "Inventing ferry times; the working-area entry for `Noord`."),
        ("laat de baas me morgen na vieren even terugbellen op 06 18 52 77 03",
         "Hands over / passes on a callback request to 06 18 52 77 03 tomorrow after 16:00 (the office is open until "
         "17:00); no FAQ answer.",
         "Ignoring the number or the time; only giving the office number; an FAQ answer."),
        ("en hoe lang duurt zoiets meestal?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The planning entry (2-3 weeks, days per room); promising an exact time."),
    ],
    [  # 6
        ("we zouden volgende week donderdag het hele huis binnen laten doen, maar ons huis is ineens verkocht en we "
         "moeten er over tien dagen uit. heeft dus weinig zin meer",
         faq(Q_ANNULEREN) + " — free up to 5 working days before the start (`volgende week donderdag` = Thursday 10 "
         "December: sent on Wednesday 2 December, 5 working days remain (3, 4, 7, 8, 9 December), so still free; the "
         "reply should state the rule), a deposit comes back within 10 working days; later "
         "15 % of the job plus special paint already ordered; by e-mail or WhatsApp. Must not claim the job is "
         "cancelled.",
         "Claiming it is cancelled now; the 15 % as if already due; the planning entry."),
        ("oké, prima dan",
         "Ambiguous yes — asks whether to cancel the job, or explains the next step; must not claim anything is "
         "cancelled or moved.",
         "Saying the job is now cancelled; a random FAQ entry."),
        ("en het voorschot dat we al hebben overgemaakt, zie ik dat terug?",
         faq(Q_ANNULEREN) + " — yes, when cancelled at least 5 working days ahead the deposit comes back within 10 "
         "working days.",
         "The payment entry (30 % deposit) as the answer; 'deposits are not refunded'."),
        ("nou ouwe, ik zie door de bomen het bos niet meer hoor. mag ik effe een gewone mens van vlees en bloed aan de "
         "lijn, gabber?",
         "Hands over to a person (`ouwe` = old chap, `effe` = just, `gabber` = mate; `door de bomen het bos niet meer "
         "zien` = be lost) — short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; mocking the way of speaking."),
    ],
    [  # 7
        ("goedemorgen! tot hoe laat kan ik jullie bellen? en halen jullie ook oud behang eraf en zetten jullie er "
         "glasvlies op?",
         "Small talk greeting + " + both(Q_UREN, Q_BEHANG) + " — office Monday to Friday 8:00-17:00, 020 612 48 93; "
         "removing old wallpaper € 6 per m², glass-fibre wallcovering and painting € 24 per m².",
         "Only one half without pointing to the other; the painters' hours (7:30-16:00) as the phone hours; 'we don't "
         "do wallpaper'."),
        ("o ja, en bij het keukenraam is het hout zo zacht als boter, je duwt er zo je duim in. ja zo gaat dat in die "
         "ouwe Mokumse panden. kunnen jullie dat effe meenemen?",
         faq(Q_HOUTROT) + " — small rotten spots up to about 10 cm repaired with epoxy or an insert, € 65 a spot, before "
         "painting; if the frame is badly affected a carpenter is needed, which they do not do. (`Mokumse` = "
         "Amsterdam's, `ouwe` = old, `effe` = just.)",
         "The warranty entry (rot is not covered); the window-frame painting price only; 'we replace frames'."),
        ("we wonen in de Jordaan, hoe zit dat met parkeren voor jullie bus? en hoeveel dagen zijn jullie dan bezig met "
         "keuken en gang?",
         both(Q_GEBIED, Q_PLANNING) + " — no travel costs in Amsterdam; the customer arranges a parking place or "
         "visitor's permit, otherwise parking costs are charged (centre up to € 7,50 an hour); about 1 day for a hall "
         "with stairs and about 1 day for a room, so roughly 2 working days.",
         "Only one half without pointing to the other; 'parking is free'; the € 35 travel costs."),
    ],
]

if __name__ == "__main__":
    print(write_faq("nl", FAQ))
    print(write_plan("nl", PLAN))
