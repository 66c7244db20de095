"""nl: Fietskoerier Leiekoers (made up), a bike courier and parcel service for shops and private customers in Gent,
customers writing everyday Flemish Dutch with a few Flemish words (allee, gij, da's, ambetant, efkes, content)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_TARIEF = "Wat kost een levering?"
Q_UREN = "Wanneer rijden jullie?"
Q_BESTELLEN = "Hoe vraag ik een ophaling aan?"
Q_AFWEZIG = "Wat als de ontvanger niet thuis is?"
Q_VERBODEN = "Wat mag niet mee met de koerier?"
Q_SCHADE = "Wat als mijn pakje beschadigd of verloren is?"
Q_ABONNEMENT = "Hebben jullie een abonnement voor winkels?"
Q_BETALEN = "Hoe kan ik betalen?"
Q_VOLGEN = "Kan ik mijn levering volgen?"
Q_ZONE = "Tot waar leveren jullie?"
Q_ANNULEREN = "Kan ik een rit annuleren of verzetten?"
Q_GROOT = "Kunnen jullie grote of zware dingen vervoeren?"
Q_WEER = "Rijden jullie ook bij slecht weer?"
Q_FACTUUR = "Krijg ik een factuur?"
Q_KOEL = "Kunnen jullie eten of gekoelde producten leveren?"

FAQ = [
    (Q_TARIEF,
     "Binnen de stadsring R40: € 7,50 per pakje tot 5 kg. Zone 2 (tot aan de R4: o.a. Mariakerke, Sint-Amandsberg, "
     "Gentbrugge, Ledeberg, Sint-Denijs-Westrem): € 11. Zone 3 (Drongen, Merelbeke, Melle, Destelbergen, Lochristi, "
     "Sint-Martens-Latem): € 16. Per extra 5 kg + € 3, maximum 30 kg en 80 x 60 x 60 cm per pakje. Prijzen incl. btw.",
     "tarieven", ["prijs", "tarief", "kostprijs", "zone", "gewicht"],
     ["hoeveel kost een pakje", "wat is de prijs per rit", "prijs voor zone 2"]),
    (Q_UREN,
     "Maandag tot vrijdag van 8u tot 19u, zaterdag van 9u tot 17u, zondag en feestdagen gesloten. Expres (binnen 90 "
     "minuten) kan tot 17u voor € 6 extra.",
     "openingsuren", ["uren", "zaterdag", "zondag", "expres", "openingsuren"],
     ["rijden jullie op zaterdag", "tot hoe laat kan ik bellen", "kan het nog vandaag"]),
    (Q_BESTELLEN,
     "Via de webapp op www.leiekoers.be of telefonisch op 09 234 18 76. Aangevraagd voor 11u: levering dezelfde dag; "
     "later: de volgende werkdag (of expres). U krijgt een bevestiging per mail met het uur van ophaling (venster "
     "van 1 uur).",
     "bestellen", ["bestellen", "ophaling", "aanvraag", "webapp", "dezelfde dag"],
     ["hoe bestel ik een rit", "kan ik online een ophaling vragen", "tegen wanneer moet ik aanvragen"]),
    (Q_AFWEZIG,
     "De koerier belt de ontvanger en wacht 5 minuten. Lukt het niet, dan geven we het af bij een buur als u of de "
     "ontvanger dat vooraf toestaat, anders gaat het terug naar ons depot (Koepoortkaai 23). Een tweede poging kost "
     "€ 4; ophalen in het depot kan gratis binnen 7 dagen, ma-vr 8u-19u.",
     "levering", ["niet thuis", "afwezig", "tweede poging", "depot", "buren"],
     ["wat als er niemand is", "leggen jullie het bij de buren", "tweede levering"]),
    (Q_VERBODEN,
     "Niet mee: levende dieren, vuurwerk en gevaarlijke stoffen (gasflessen, benzine), wapens, cash of waardebonnen "
     "boven € 500. Alcohol leveren we enkel aan meerderjarigen: de koerier vraagt de identiteitskaart; zonder kaart "
     "of onder 18 jaar gaat het pakje terug naar het depot (tweede poging € 4). Breekbare spullen goed verpakt mogen.",
     "levering", ["verboden", "gevaarlijk", "alcohol", "dieren", "vuurwerk"],
     ["wat mag ik niet versturen", "mogen jullie alcohol leveren", "mag er glas mee"]),
    (Q_SCHADE,
     "Meld het binnen 48 uur met foto's van het pakje en de verpakking via info@leiekoers.be of 09 234 18 76. Elk "
     "pakje is standaard verzekerd tot € 250; met de extra verzekering (€ 3 per rit) tot € 2.500. Na goedkeuring "
     "betalen we terug binnen 10 werkdagen.",
     "klachten", ["schade", "kapot", "verloren", "verzekering", "klacht"],
     ["mijn pakje is kapot aangekomen", "pakje kwijt", "zijn de pakjes verzekerd"]),
    (Q_ABONNEMENT,
     "Ja, het winkelpakket: vanaf 40 ritten per maand betaalt u € 6,20 per rit binnen de R40 (in plaats van € 7,50), "
     "met een vaste ophaalronde om 16u en één factuur per maand. Opzeggen met 1 maand opzeg.",
     "winkels", ["abonnement", "winkels", "vaste ronde", "korting", "maandfactuur"],
     ["hebben jullie een formule voor handelaars", "korting voor winkels", "vaste ophaling elke dag"]),
    (Q_BETALEN,
     "Particulieren betalen bij het bestellen met Payconiq, Bancontact of kredietkaart in de webapp. Bedrijven kunnen "
     "op factuur betalen (30 dagen) na een eerste rit. Cash aan de koerier kan niet.",
     "betalen", ["betalen", "payconiq", "bancontact", "cash", "overschrijving"],
     ["kan ik cash betalen", "betalen met payconiq", "kunnen we op factuur betalen"]),
    (Q_VOLGEN,
     "Ja: bij de ophaling krijgen u en de ontvanger een sms met een link om de koerier live op de kaart te volgen. "
     "Bij de levering maakt de koerier een foto als bewijs en u krijgt meteen een mail met het uur van afgifte. De "
     "foto blijft 30 dagen in de webapp staan.",
     "levering", ["volgen", "tracking", "sms", "bewijs van levering"],
     ["waar is mijn pakje", "kan ik de koerier volgen", "krijg ik een bewijs"]),
    (Q_ZONE,
     "Gent en de deelgemeenten en de randgemeenten tot ongeveer 12 km van het centrum: Drongen, Mariakerke, "
     "Sint-Martens-Latem, Merelbeke, Melle, Destelbergen, Lochristi, Evergem (Wondelgem en Kluizen). Verder (bv. "
     "Eeklo, Aalst, Brugge) rijden we niet.",
     "tarieven", ["regio", "gemeenten", "afstand", "buiten gent"],
     ["leveren jullie in merelbeke", "rijden jullie tot brugge", "welke gemeenten"]),
    (Q_ANNULEREN,
     "Gratis annuleren of verzetten kan in de webapp of op 09 234 18 76 zolang de koerier nog niet vertrokken is "
     "(status 'gepland'). Staat de rit op 'onderweg', dan betaalt u 50 % van de prijs; is het pakje al opgehaald, "
     "de volledige rit.",
     "bestellen", ["annuleren", "verzetten", "afzeggen", "kosten"],
     ["ik wil mijn rit annuleren", "kan ik de ophaling verplaatsen", "kost annuleren iets"]),
    (Q_GROOT,
     "Ja, met onze XL-bakfiets: tot 150 kg en 2 m lang (bv. een zetel, een kast, planten), binnen de R40 € 35 per "
     "rit, zone 2 € 45. Tot aan de voordeur of de gelijkvloers; naar boven dragen doen we niet. Minstens 48 uur "
     "vooraf reserveren.",
     "levering", ["meubels", "zware lading", "xl-bakfiets", "volume"],
     ["kunnen jullie een kast vervoeren", "hoe zwaar mag het zijn", "transport van meubels"]),
    (Q_WEER,
     "Ja, bij regen, kou en wind rijden we gewoon, met waterdichte tassen. Enkel bij code oranje of rood voor wind "
     "of ijzel stoppen we; u krijgt dan een sms en we leveren de volgende werkdag zonder extra kosten "
     "(bij expres krijgt u ook de toeslag van € 6 terug).",
     "levering", ["regen", "storm", "weer", "ijzel", "code oranje"],
     ["rijden jullie als het regent", "wat bij storm", "wordt mijn pakje nat"]),
    (Q_FACTUUR,
     "Ja, na elke rit krijgt u automatisch een factuur per mail; vul uw btw-nummer in de webapp in en het staat er "
     "op. Winkels met het winkelpakket en bedrijven krijgen op de 1e van de maand één verzamelfactuur.",
     "betalen", ["factuur", "btw", "btw-nummer", "verzamelfactuur"],
     ["krijg ik een factuur", "kan mijn btw-nummer erop", "maandelijkse factuur"]),
    (Q_KOEL,
     "Ja, in koelboxen (2 tot 8 °C) tot 3 uur lang, voor € 2 extra per rit; taarten rechtop in een vaste box. "
     "Diepvries leveren we niet. Warme maaltijden binnen de R40 in isolatietassen, binnen 30 minuten.",
     "levering", ["koelbox", "koeling", "voeding", "taarten", "maaltijden"],
     ["kunnen jullie taarten leveren", "leveren jullie gekoeld", "blijft eten koud"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, ack/thanks/goodbye with a Flemish word
        ("hallo, wat kost het om een pakje van 3 kilo van aan de korenmarkt naar mariakerke te laten brengen? en "
         "rijden jullie zaterdag?",
         "Small talk greeting + " + both(Q_TARIEF, Q_UREN) + " — Mariakerke is zone 2: € 11 (up to 5 kg); Saturday "
         "9:00-17:00.",
         "Only one half without pointing to the other; the € 7,50 city price; saying they do not ride on Saturday."),
        ("en kan ik zien waar hij zit onderweg?",
         faq(Q_VOLGEN) + " — yes: an SMS with a link to follow the courier live on the map; a photo as proof at "
         "delivery and an e-mail with the time.",
         "The opening hours again; asking what she means; the prices."),
        ("en als mijn tante niet opendoet? ze is wat doof",
         faq(Q_AFWEZIG) + " — the courier calls and waits 5 minutes; with prior consent to a neighbour, otherwise "
         "back to the depot (Koepoortkaai 23): second attempt € 4 or free pick-up within 7 days. (Calling a deaf aunt "
         "may not work: a right reply may suggest allowing the neighbour.)",
         "'Not covered'; the damage entry; inventing that the courier waits as long as needed."),
        ("allee super, merci! dag",
         "Small talk: acknowledgement + thanks + goodbye (`allee` = well/come on, `merci` = thanks) — short friendly "
         "close.",
         "A long FAQ answer instead of a close; choices; asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("hallo ik heb een vraag",
         "Too vague to answer — choices (prices, booking, tracking, shops...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("ik heb een bakkerij in de sleepstraat en wil elke ochtend taarten naar 2 cafés laten brengen, blijven die "
         "wel fris op zo'n fiets?",
         TYPE + faq(Q_KOEL) + " — yes, in cool boxes at 2-8 °C up to 3 h, € 2 extra per ride; cakes upright in a "
         "fixed box; no frozen goods. May mention the shop package (next turn).",
         "Tapping an earlier choice; the bad-weather entry; saying food is not delivered."),
        ("en hoeveel ritten moet ik dan doen om goedkoper uit te komen?",
         faq(Q_ABONNEMENT) + " — from 40 rides a month: € 6,20 a ride inside the R40 instead of € 7,50, fixed "
         "pick-up round at 16:00, one invoice a month; 1 month notice. (Two cafés every morning is about 44 rides in "
         "a month of 22 working days.)",
         "The price list alone; asking what she means; promising a morning round (the fixed round is at 16:00) "
         "without saying so."),
        ("zijt gij eigenlijk nen echte mens of ne robot?",
         "Small talk: are you a bot (`zijt gij` = are you, `nen`/`ne` = a) — honest: an automated assistant; may "
         "offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("goeiemiddag, het gaat over een levering",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nee da's het niet",
         TYPE + "Typed rejection (`da's` = that is) — asks what it is about / invites a rephrasing; no handover yet, no "
         "repeat of the same choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("ik verhuis volgende week binnen gent en heb een zetel en een monstera van 1m80 die niet in mijn auto passen, "
         "krijgen jullie dat op zo'n fiets?",
         faq(Q_GROOT) + " — yes, XL cargo bike up to 150 kg and 2 m: inside the R40 € 35 a ride, zone 2 € 45; to the "
         "front door / ground floor only; book at least 48 h ahead.",
         "The normal 30 kg limit as a plain no; the parcel price € 7,50; 'not covered'."),
        ("en herstellen jullie ook fietsen? mijn ketting springt er om de haverklap af",
         "Not covered by the FAQ (near the trade: a bike courier does not repair bikes) — says so honestly, may offer "
         "a person or the phone number.",
         "Inventing a repair service or price; the damage entry as if it answered."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("we verkopen wijn en gin in onze webshop, mogen jullie dat rondbrengen in gent? en kunnen we per maand op "
         "factuur betalen in plaats van telkens met payconiq?",
         both(Q_VERBODEN, Q_BETALEN) + " — alcohol only to adults: the courier checks the ID card; companies can pay "
         "by invoice (30 days) after a first ride. May point to the shop package (one invoice a month).",
         "Only one half without pointing to the other; saying alcohol is forbidden; saying cash to the courier is fine."),
        ("je snapt mijn vraag niet. en als de klant 16 is en gewoon de fles aanneemt?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_VERBODEN) + " — the "
         "courier does not hand it over: without an ID card or under 18 the parcel goes back to the depot; a second "
         "attempt costs € 4.",
         "Repeating the first answer without the ID rule; saying the courier hands it over anyway; a handover without "
         "answering."),
        ("zeg, dit schiet niet op. geef mij iemand van het kantoor",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("hallo?? is daar nog iemand? ik zit hier al tien minuten te wachten",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. the opening hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("JULLIE KOERIER HEEFT MIJN LAMP AFGEGEVEN MET HET GLAS IN STUKKEN!!! 89 euro betaald en de doos was helemaal "
         "geplet, wie gaat dat betalen",
         faq(Q_SCHADE) + " — calm, acknowledges the anger: report within 48 h with photos of the lamp and the box "
         "(info@leiekoers.be or 09 234 18 76); insured up to € 250 as standard, so € 89 is covered; refund within 10 "
         "working days after approval. Offering a person as well is fine.",
         "A cold answer ignoring the anger; the prices because of `89 euro`; the forbidden-goods entry because of "
         "`glas`; a handover with no explanation."),
        ("weet je toevallig of het stadhuis zaterdag open is voor een nieuwe identiteitskaart?",
         "Not covered (unrelated: town hall opening hours) — says it cannot help with that, no FAQ answer.",
         "Any FAQ entry (e.g. the courier's Saturday hours, or the ID rule for alcohol); inventing town hall hours."),
        ("ik wil toch dat iemand mij terugbelt, mijn gsm is 0486 27 51 93, best na 17u",
         "Hands over / passes on a callback request to 0486 27 51 93 after 17:00; no FAQ answer.",
         "Ignoring the number or the time; only giving the shop's number; an FAQ answer; asking to rephrase."),
        ("en hoe snel is dat ongeveer?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 10 working days of the refund; the 90-minute express; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, person in Flemish words
        ("ik heb voor morgen 10u een ophaling gepland van 3 dozen naar drongen, maar de klant laat net weten dat hij "
         "ze liever zelf komt halen",
         faq(Q_ANNULEREN) + " — free to cancel or move in the webapp or on 09 234 18 76 as long as the courier has not "
         "left (status 'gepland'); 'onderweg': 50 %; already picked up: the full ride. Tomorrow 10:00 is still "
         "'gepland' now. Does not claim it is done.",
         "Claiming the ride was cancelled; the zone/price of Drongen; the booking entry; deciding without stating "
         "the rule."),
        ("oké dan",
         "Ambiguous yes — asks what she means (cancel it in the webapp herself, or should someone do it?) or explains "
         "the next step; must not claim anything was cancelled.",
         "Saying the ride is now cancelled; a random FAQ entry."),
        ("en als ik dat pas morgenvroeg doe en jullie al vertrokken zijn?",
         faq(Q_ANNULEREN) + " — once the ride is 'onderweg' she pays 50 % of the price (zone 3: half of € 16); once "
         "picked up, the full ride.",
         "Saying it is always free; the opening hours; asking what she means."),
        ("allee, da's allemaal nogal ambetant, kan ik efkes iemand spreken die da voor mij regelt?",
         "Hands over to a person (`allee` = come on, `da's` = that is, `ambetant` = annoying, `efkes` = quickly, `da` "
         "= that) — short, no FAQ answer.",
         "An FAQ answer (e.g. the rule again); not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("goeiemorgen! rijden jullie ook als het zo stormt als vandaag? en komen jullie tot in lochristi?",
         "Small talk greeting + " + both(Q_WEER, Q_ZONE) + " — yes in rain and wind, only not at code orange/red for "
         "wind or black ice (then an SMS and delivery the next working day at no cost); Lochristi is in the area "
         "(zone 3, € 16).",
         "Only one half without pointing to the other; saying they never ride in a storm; saying Lochristi is too far."),
        ("en hoe boek ik dat dan?",
         faq(Q_BESTELLEN) + " — in the webapp www.leiekoers.be or on 09 234 18 76; before 11:00 same-day delivery, "
         "later next working day (or express); confirmation by e-mail with a 1-hour pick-up window.",
         "The payment entry alone; asking what she means."),
        ("ok ik ben al content. laatste: krijg ik daar een factuur van met mijn btw-nummer op? en betaal ik dan "
         "op voorhand?",
         both(Q_FACTUUR, Q_BETALEN) + " — invoice by e-mail after every ride, with the VAT number if filled in the "
         "webapp; private customers pay when booking (Payconiq, Bancontact, credit card), companies on invoice (30 "
         "days) after a first ride; no cash. `content` = glad.",
         "Only one half without pointing to the other; saying cash to the courier; not understanding `content`."),
    ],
]

if __name__ == "__main__":
    write_faq("nl", FAQ)
    write_plan("nl", PLAN)
