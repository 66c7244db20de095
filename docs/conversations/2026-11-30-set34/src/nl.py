"""nl: Schoonmaakbedrijf Glanzend Maasstad (made up), a house-cleaning company in Rotterdam, customers writing
everyday Netherlands Dutch with a few Rotterdam words (ff, gozer, mattie)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRIJS = "Wat kost een schoonmaker per uur?"
Q_GEBIED = "In welke plaatsen en wijken werken jullie?"
Q_GROOT = "Doen jullie ook een eenmalige grote schoonmaak of opleverschoonmaak?"
Q_MIDDELEN = "Nemen jullie zelf schoonmaakmiddelen en materiaal mee?"
Q_SLEUTEL = "Moet ik thuis zijn als de schoonmaker komt?"
Q_VAST = "Krijg ik steeds dezelfde schoonmaker?"
Q_BOEKEN = "Hoe maak ik een afspraak?"
Q_BETALEN = "Hoe betaal ik?"
Q_AFZEGGEN = "Kan ik een afspraak afzeggen of verzetten?"
Q_SCHADE = "Wat als er iets kapot gaat tijdens het schoonmaken?"
Q_DIEREN = "Is het een probleem als ik huisdieren heb?"
Q_RAMEN = "Lappen jullie ook de ramen?"
Q_KANTOOR = "Wanneer werken jullie en wanneer is het kantoor bereikbaar?"
Q_ZAKELIJK = "Maken jullie ook kantoren en bedrijfspanden schoon?"
Q_KLACHT = "Ik ben niet tevreden over de schoonmaak, wat nu?"

FAQ = [
    (Q_PRIJS,
     "Met een vast abonnement: elke week € 27,50 per uur, om de week € 29,50 per uur. Een losse beurt kost € 32,50 "
     "per uur. Alle prijzen zijn inclusief btw en we komen minimaal 3 uur per beurt. Een 3-kamerwoning kost meestal 3 "
     "uur.",
     "prijzen", ["prijs", "uurtarief", "abonnement", "kosten", "wekelijks"],
     ["wat kost schoonmaak per uur", "wat kost het elke week", "hoeveel uur heb ik nodig"]),
    (Q_GEBIED,
     "We werken in heel Rotterdam (ook Zuid, Hoogvliet en Pernis) zonder voorrijkosten. In Schiedam, Capelle aan den "
     "IJssel, Barendrecht en Krimpen aan den IJssel rekenen we € 7,50 voorrijkosten per beurt. Verder weg komen we "
     "niet.",
     "werkgebied", ["werkgebied", "regio", "voorrijkosten", "Capelle", "Schiedam"],
     ["komen jullie ook in schiedam", "werken jullie in mijn wijk", "zijn er voorrijkosten"]),
    (Q_GROOT,
     "Ja. Voor een opleverschoonmaak (bij verhuizing of inleveren van een huurwoning) of voorjaarsschoonmaak geven we "
     "een vaste prijs: tot 60 m² € 245, van 60 tot 100 m² € 345, groter op offerte na foto's. Wordt de woning bij de "
     "oplevering afgekeurd op schoonmaak, dan komen we binnen 48 uur gratis terug.",
     "diensten", ["opleverschoonmaak", "eenmalig", "grote schoonmaak", "verhuizing", "huurwoning"],
     ["schoonmaak na verhuizing", "huis opleveren", "eenmalig grondig schoonmaken"]),
    (Q_MIDDELEN,
     "Onze schoonmaker neemt milieuvriendelijke schoonmaakmiddelen, doekjes en sponzen mee, zonder extra kosten. "
     "Stofzuiger, emmer en dweil gebruiken we van u; heeft u die niet, dan nemen we ze mee voor € 5 per beurt.",
     "diensten", ["schoonmaakmiddelen", "stofzuiger", "materiaal", "spullen", "emmer"],
     ["moet ik zelf middelen kopen", "nemen jullie een stofzuiger mee", "welke spullen moet ik hebben"]),
    (Q_SLEUTEL,
     "Nee. De meeste klanten geven ons een sleutel: die krijgt een code zonder adres en ligt in onze kluis op kantoor. "
     "Een sleutelkastje met cijfercode kan ook. Bij de eerste beurt moet u wel 15 minuten thuis zijn om alles te laten "
     "zien.",
     "afspraken", ["sleutel", "thuis zijn", "afwezig", "sleutelkastje"],
     ["moet ik erbij zijn", "wat doen jullie met mijn sleutel", "ik ben overdag niet thuis"]),
    (Q_VAST,
     "Ja, bij een abonnement krijgt u een vaste schoonmaker, op een vaste dag en tijd. Bij vakantie of ziekte sturen "
     "we een vervanger; vakantie melden we minstens 1 week van tevoren, en u mag de vervanger ook weigeren (dan slaat "
     "die beurt over zonder kosten).",
     "afspraken", ["vaste schoonmaker", "dezelfde persoon", "vervanging", "vakantie"],
     ["komt er steeds iemand anders", "wie komt er als ze ziek is", "krijg ik een vaste kracht"]),
    (Q_BOEKEN,
     "Via www.glanzendmaasstad.nl of bel 010 437 28 15. Eerst komt er gratis een intake van 20 minuten bij u thuis; "
     "daarna kan de eerste beurt meestal binnen 5 werkdagen. Een abonnement loopt per maand.",
     "afspraken", ["afspraak maken", "boeken", "intake", "aanmelden", "starten"],
     ["hoe meld ik me aan", "hoe snel kunnen jullie beginnen", "kan ik online boeken"]),
    (Q_BETALEN,
     "U krijgt aan het begin van elke maand een factuur per e-mail voor de beurten van de vorige maand. Betalen kan "
     "met automatische incasso of via iDEAL binnen 14 dagen. Contant aan de schoonmaker betalen kan niet.",
     "betalen", ["betalen", "factuur", "incasso", "iDEAL", "contant"],
     ["hoe gaat het betalen", "krijg ik een factuur", "kan ik contant betalen"]),
    (Q_AFZEGGEN,
     "Een beurt afzeggen of verzetten is gratis tot 24 uur van tevoren; daarna rekenen we 50 % van de geboekte uren. "
     "Verzetten naar een andere dag in dezelfde of de volgende week kan als er plek is. Een abonnement opzeggen kan "
     "per maand, met 1 maand opzegtermijn. Bel 010 437 28 15 of app 06 4187 2290.",
     "afspraken", ["afzeggen", "annuleren", "verzetten", "opzeggen", "andere dag"],
     ["ik wil een beurt annuleren", "kan de afspraak een dag later", "hoe zeg ik mijn abonnement op"]),
    (Q_SCHADE,
     "We zijn verzekerd tot € 500.000. Meld schade binnen 48 uur met een foto; we vergoeden de reparatie of de "
     "dagwaarde, zonder eigen risico voor u. Geld, sieraden en kwetsbare kunst kunt u beter even wegleggen.",
     "schade", ["schade", "kapot", "verzekering", "vergoeding", "breken"],
     ["de schoonmaker heeft iets gebroken", "zijn jullie verzekerd", "wie betaalt als er iets stuk is"]),
    (Q_DIEREN,
     "Nee, geef het wel door bij de intake: dan sturen we iemand die niet allergisch is en niet bang voor honden. "
     "Honden moeten tijdens de beurt in een andere kamer of de tuin. Kattenbak en kooien schoonmaken doen we niet. Bij veel dierenharen "
     "rekenen we gemiddeld 30 minuten extra per beurt.",
     "diensten", ["huisdieren", "hond", "kat", "allergie", "haren"],
     ["ik heb een hond", "is een kat een probleem", "maken jullie de kattenbak schoon"]),
    (Q_RAMEN,
     "De binnenkant van de ramen hoort bij de gewone beurt. De buitenkant doen we alleen als we erbij kunnen vanaf de "
     "grond of het balkon, zonder ladder, voor € 2 per raam. Hoger dan de eerste verdieping doen we niet.",
     "diensten", ["ramen", "glas", "buitenkant", "zemen", "ladder"],
     ["doen jullie ramen", "ook de buitenkant van het glas", "kunnen jullie zemen"]),
    (Q_KANTOOR,
     "Onze schoonmakers werken maandag tot en met zaterdag van 7:30 tot 18:00. Het kantoor is bereikbaar van maandag "
     "tot en met vrijdag van 8:30 tot 17:00 op 010 437 28 15 of via WhatsApp 06 4187 2290. Op zondag werken we niet. "
     "Kantoor: Schiedamseweg 212, Rotterdam.",
     "bedrijf", ["openingstijden", "bereikbaar", "telefoon", "kantoor", "werktijden"],
     ["wanneer kan ik bellen", "werken jullie op zaterdag", "waar zit jullie kantoor"]),
    (Q_ZAKELIJK,
     "Ja, kantoren, praktijken en winkels tot 400 m². Dat kan ook na 18:00 (tot 22:00) tegen € 34,50 per uur, minimaal "
     "2 uur per beurt. Na een gratis bezoek krijgt u binnen 2 werkdagen een offerte; facturen gaan met btw apart.",
     "zakelijk", ["kantoor", "bedrijfspand", "zakelijk", "offerte", "praktijk"],
     ["maken jullie kantoren schoon", "schoonmaak voor mijn winkel", "kan het ook in de avond"]),
    (Q_KLACHT,
     "Laat het ons binnen 24 uur na de beurt weten, met foto's, via 06 4187 2290 of info@glanzendmaasstad.nl. We komen "
     "binnen 2 werkdagen gratis terug om het over te doen; lukt dat niet, dan krijgt u die beurt niet gefactureerd.",
     "klachten", ["klacht", "ontevreden", "niet schoon", "overdoen"],
     ["het is niet goed schoongemaakt", "ik heb een klacht", "kunnen jullie terugkomen"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye with a Rotterdam word
        ("hoi! wat kost het als er elke week iemand komt poetsen in mn 3 kamer flat? en komen jullie ook in capelle?",
         "Small talk greeting + " + both(Q_PRIJS, Q_GEBIED) + " — weekly subscription € 27,50 an hour, minimum 3 "
         "hours (a 3-room flat is usually 3 hours, so about € 82,50); Capelle aan den IJssel yes, with € 7,50 travel "
         "costs per visit.",
         "Only one half without pointing to the other; the one-off price (€ 32,50) for a weekly visit; saying "
         "Capelle is not served or is free."),
        ("en om de week?",
         faq(Q_PRIJS) + " — every other week € 29,50 an hour (minimum 3 hours).",
         "A different price; asking what she means without trying."),
        ("moet ik er dan bij zijn? ik werk overdag namelijk",
         faq(Q_SLEUTEL) + " — no: give a key (coded, kept in the office safe) or use a key box; only at the first "
         "visit she must be home 15 minutes.",
         "The opening hours entry because of `overdag`; saying she must be home every time."),
        ("helemaal goed, dank je mattie. doei!",
         "Small talk: acknowledgement + thanks + goodbye (`mattie` = mate, Rotterdam) — short friendly close.",
         "A long FAQ answer instead of a close; choices; asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("hallo, vraagje over de schoonmaak",
         "Too vague to answer — choices (prices, booking, area, what you bring...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("we hebben een labrador die verschrikkelijk verhaart en mijn zoon is er zelf ook nog allergisch voor haha, "
         "kan jullie personeel daar tegen?",
         TYPE + faq(Q_DIEREN) + " — no problem; tell it at the intake, they send someone who is not allergic and not "
         "afraid of dogs; the dog must be in another room or the garden during the visit.",
         "Tapping an earlier choice; saying pets are a problem; the son's allergy as a medical question; 'not "
         "covered'."),
        ("en die kooi van het konijn doen jullie die ook meteen?",
         faq(Q_DIEREN) + " — no: cleaning litter trays and cages is not done.",
         "Saying yes; the materials entry; asking what she means."),
        ("zeg ben jij nou een echt mens of een computer?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("goedemiddag, het gaat over mijn oma",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nee dat is het niet",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("ze gaat naar een verzorgingshuis en haar flatje in hillegersberg moet 15 januari netjes terug naar de "
         "woningcorporatie, is ongeveer 55 m2. kunnen jullie zorgen dat het er dan spic en span bij staat?",
         faq(Q_GROOT) + " — yes, an end-of-tenancy clean at a fixed price: up to 60 m² € 245; if the corporation "
         "rejects the cleaning at the handover, they come back free within 48 hours; Hillegersberg is in Rotterdam, "
         "no travel costs.",
         "The hourly subscription price; the 60-100 m² price (€ 345); 'not covered'."),
        ("en kunnen jullie ook haar spullen inpakken en de kasten naar het verzorgingshuis brengen?",
         "Not covered by the FAQ (near the trade: packing and moving furniture is not offered) — says so honestly, "
         "offers a person or the phone number.",
         "Inventing a moving service or a price; the end-of-tenancy entry as if it answered."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("hallo, we hebben een kantoortje van 120 m2 aan de coolsingel, kan er iemand komen na 6 uur s avonds? en "
         "hoe gaat dat met betalen, krijgen we een factuur?",
         both(Q_ZAKELIJK, Q_BETALEN) + " — offices up to 400 m² yes, also after 18:00 (until 22:00) at € 34,50 an "
         "hour, minimum 2 hours; free visit and a quote within 2 working days; a monthly invoice by e-mail, paid by "
         "direct debit or iDEAL within 14 days, no cash.",
         "Only one half without pointing to the other; saying evenings are impossible (the 18:00 of the home "
         "cleaners); the home price (€ 27,50/€ 32,50)."),
        ("daar heb ik niks aan. en als die mevrouw van jullie een beeldscherm van het bureau stoot, wie betaalt dat?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_SCHADE) + " — insured "
         "up to € 500.000; report within 48 h with a photo; repair or current value paid, no own risk.",
         "Ignoring the complaint and repeating the previous answer; the complaint entry; a handover without "
         "answering."),
        ("laat maar zitten, ik wil nu gewoon iemand van jullie spreken",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer (e.g. the office phone and hours); choices; asking to rephrase again."),
        ("hallo?? is daar nog iemand? ik zit al een tijdje te wachten",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. the office hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("DIE GOZER VAN JULLIE IS HIER VANOCHTEND 3 UUR GEWEEST EN DE DOUCHE ZIT NOG STEEDS VOL KALK EN HAREN!!! en "
         "daar moet ik voor betalen??",
         faq(Q_KLACHT) + " — calm, acknowledges the anger: report within 24 h with photos (06 4187 2290 or e-mail); "
         "they come back free within 2 working days to redo it, otherwise that visit is not invoiced. This morning's "
         "visit is well within the 24 h. Offering a person as well is fine. `gozer` = guy.",
         "A cold answer ignoring the anger; the price list; the pets entry because of `haren`; a handover with no "
         "explanation."),
        ("weet jij trouwens hoe laat feyenoord vanavond speelt?",
         "Not covered (unrelated: a football match) — says it cannot help with that, no FAQ answer.",
         "Any FAQ entry (e.g. the working hours); inventing a kick-off time."),
        ("ik wil dat de eigenaar me zelf belt, 06 2938 4471, liefst na vijven",
         "Hands over / passes on a callback request to 06 2938 4471 after 17:00; no FAQ answer.",
         "Ignoring the number or the time; only giving the office's phone number; an FAQ answer; asking to "
         "rephrase."),
        ("en wanneer ongeveer?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 2 working days for the redo; the office hours; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, person in Rotterdam words
        ("woensdag om 9 uur zou jullie schoonmaakster komen maar mijn vriend heeft griep en ligt de hele dag in bed, "
         "dat komt woensdag dus echt niet uit",
         faq(Q_AFZEGGEN) + " — free up to 24 hours before (Wednesday 2 December 9:00 is more than 24 h after the "
         "set's date), later 50 % of the booked hours; moving to another day in the same or next week if there is "
         "room; call 010 437 28 15 or app 06 4187 2290; does not claim it is done.",
         "Claiming the visit has been cancelled; the complaint entry; deciding the cost without stating the rule."),
        ("ja prima",
         "Ambiguous yes — asks what she means or explains what happens next (phone / WhatsApp / a person); must not "
         "claim anything was cancelled.",
         "Saying the visit is now cancelled; a random FAQ entry."),
        ("kan ze dan de week erop op donderdag?",
         faq(Q_AFZEGGEN) + " — moving to a day in the next week is possible if there is room, free up to 24 h before; "
         "call or app the office to arrange it.",
         "Saying a new booking or intake is needed; the fixed-cleaner entry alone; promising Thursday is free."),
        ("ff eerlijk, ik kom er niet meer uit met dit ding. zet me ff door naar iemand van kantoor mattie",
         "Hands over to a person (Rotterdam `ff` = even, `mattie` = mate) — short, no FAQ answer.",
         "An FAQ answer (e.g. the office phone only); not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("goedemorgen, komt er elke keer dezelfde persoon? en nemen jullie zelf spullen mee of moet ik emmers en zo "
         "kopen?",
         "Small talk greeting + " + both(Q_VAST, Q_MIDDELEN) + " — with a subscription a fixed cleaner on a fixed "
         "day and time; a replacement for holidays (announced 1 week ahead) or illness, which may be refused; "
         "eco products and cloths brought free; hoover, bucket and mop are the customer's, or brought for € 5 a "
         "visit.",
         "Only one half without pointing to the other; saying everything is brought free; promising no "
         "replacement ever."),
        ("en de grote ruiten van de serre, ook aan de tuinkant?",
         faq(Q_RAMEN) + " — the inside is part of the normal visit; the outside only if reachable from the ground or "
         "balcony without a ladder, € 2 per window; nothing above the first floor.",
         "Saying windows are not done; a window cleaner's prices invented; asking what he means."),
        ("hoe regel ik dat dan allemaal? en tot hoe laat zitten jullie op kantoor?",
         both(Q_BOEKEN, Q_KANTOOR) + " — via www.glanzendmaasstad.nl or 010 437 28 15; a free 20-minute intake at "
         "home, first visit usually within 5 working days; office Mon-Fri 8:30-17:00 (WhatsApp 06 4187 2290).",
         "Only one half without pointing to the other; the cleaners' hours (7:30-18:00, Saturday) as office hours."),
    ],
]

if __name__ == "__main__":
    write_faq("nl", FAQ)
    write_plan("nl", PLAN)
