"""nl: Trampolinepark De Stuiterhaven (made up), a trampoline park in The Hague, customers writing everyday Dutch
with a few Haags (The Hague dialect) words."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRIJS = "Wat kost een ticket?"
Q_LEEFTIJD = "Vanaf welke leeftijd mag je springen?"
Q_SOKKEN = "Moet ik springsokken kopen?"
Q_FEEST = "Kan ik bij jullie een kinderfeestje geven?"
Q_GROEP = "Hebben jullie prijzen voor groepen en scholen?"
Q_OPEN = "Wat zijn de openingstijden?"
Q_VEILIG = "Is springen veilig?"
Q_OUDERS = "Kunnen ouders meekijken?"
Q_ETEN = "Mag ik zelf eten en drinken meenemen?"
Q_PARKEREN = "Waar kan ik parkeren?"
Q_BOEKEN = "Hoe boek ik online?"
Q_ANNULEREN = "Kan ik mijn boeking annuleren of verzetten?"
Q_BETALEN = "Hoe kan ik betalen?"
Q_KLEDING = "Wat trek ik aan en waar laat ik mijn spullen?"
Q_CADEAU = "Verkopen jullie cadeaubonnen?"

FAQ = [
    (Q_PRIJS,
     "Je betaalt per springtijd: 60 minuten € 13,50, 90 minuten € 17,50 en 120 minuten € 20,00 per persoon. Het "
     "peuteruurtje (2 tot 5 jaar, met één ouder die gratis meeloopt) kost € 8,50. Springsokken zijn niet inbegrepen.",
     "tickets", ["prijs", "ticket", "kosten", "per uur", "entree", "tarieven"],
     ["hoeveel kost springen", "wat kost een uur", "prijs voor 90 minuten"]),
    (Q_LEEFTIJD,
     "Vanaf 6 jaar mag je in de grote hal springen; kinderen van 2 tot 5 jaar springen in de peuterzone met een ouder "
     "erbij. Kinderen onder de 8 jaar moeten een volwassene in het gebouw hebben. Voor de ninjabaan moet je minstens "
     "1,20 m lang zijn. Het maximale gewicht is 120 kg.",
     "regels", ["leeftijd", "hoe oud", "lengte", "peuters", "minimumleeftijd", "gewicht"],
     ["vanaf hoe oud mag je springen", "mag mijn kind van 4 springen", "hoe lang moet je zijn"]),
    (Q_SOKKEN,
     "Ja, springen mag alleen op onze antislip springsokken. Die kosten € 3,50 per paar en je mag ze houden: neem ze de "
     "volgende keer gewoon weer mee, dan hoef je geen nieuwe te kopen. Grip-sokken van een ander trampolinepark zijn ook "
     "goed als ze nog stroef zijn.",
     "tickets", ["springsokken", "sokken", "antislip", "grip", "sokken kopen"],
     ["moet ik sokken kopen", "mag ik mijn eigen sokken aan", "wat kosten de sokken"]),
    (Q_FEEST,
     "Ja! Het feestarrangement is 90 minuten springen en daarna 45 minuten in onze feestruimte met patat, een drankje, een "
     "ijsje en springsokken voor € 22,50 per kind. Minimaal 8 kinderen (bij minder betaal je voor 8), de jarige springt "
     "gratis. Feestjes kunnen op woensdag, zaterdag en zondag en boek je minstens 1 week van tevoren.",
     "feestjes", ["kinderfeestje", "verjaardag", "partijtje", "feestarrangement", "feestruimte"],
     ["kan mijn zoon hier zijn verjaardag vieren", "wat kost een kinderfeestje", "hebben jullie een feestruimte"]),
    (Q_GROEP,
     "Groepen vanaf 15 personen betalen € 13,00 per persoon voor 90 minuten. Scholen kunnen op werkdagen van 9:00 tot "
     "13:00 komen voor € 9,50 per leerling per uur, inclusief springsokken; per 8 kinderen mag 1 begeleider gratis mee. "
     "Reserveer via groepen@stuiterhaven.nl of 070 318 54 29.",
     "groepen", ["groepen", "groepskorting", "schoolreisje", "scholen", "bedrijfsuitje"],
     ["kunnen we met de hele klas komen", "prijs voor een groep", "schoolreisje naar het trampolinepark"]),
    (Q_OPEN,
     "Maandag tot en met donderdag 14:00-20:00, vrijdag 14:00-22:00, zaterdag en zondag 9:00-20:00. In de schoolvakanties "
     "zijn we elke dag open van 10:00 tot 21:00. Op 25 december en 1 januari zijn we dicht.",
     "openingstijden", ["openingstijden", "open", "hoe laat", "weekend", "vakantie"],
     ["hoe laat gaan jullie open", "zijn jullie op zondag open", "tot hoe laat kan ik springen"]),
    (Q_VEILIG,
     "Iedereen kijkt eerst een uitlegfilmpje van 5 minuten. Per trampoline springt 1 persoon tegelijk en in elke zone "
     "staan toezichthouders die op de regels letten; wie zich na een waarschuwing niet aan de regels houdt, moet van de "
     "trampoline af. Er zijn altijd 2 medewerkers met een EHBO-diploma. Bij een blessure helpen we direct en vullen we "
     "samen een incidentformulier in.",
     "veiligheid", ["veiligheid", "blessure", "ongeluk", "EHBO", "toezicht", "regels"],
     ["is het wel veilig", "wat als mijn kind zich bezeert", "zijn er medewerkers bij de trampolines"]),
    (Q_OUDERS,
     "Ja, ouders kijken gratis mee vanaf de tribune en vanuit ons café met zicht op de hal. Wie zelf wil springen, "
     "betaalt een gewoon ticket. Bij het peuteruurtje loopt 1 ouder gratis mee op de trampolines.",
     "bezoek", ["ouders", "meekijken", "tribune", "café", "toeschouwers"],
     ["moeten ouders ook betalen", "mag ik meekijken", "waar wachten de ouders"]),
    (Q_ETEN,
     "Eigen eten en drinken mag niet mee naar binnen, behalve babyvoeding en eten voor wie een allergie heeft. In ons café "
     "kun je tosti's (€ 3,75), patat (€ 3,25) en drankjes kopen, en water uit het tappunt is gratis.",
     "café", ["eten", "drinken", "meenemen", "café", "tosti", "allergie"],
     ["mag ik eten meenemen", "hebben jullie een kantine", "kan je bij jullie wat eten"]),
    (Q_PARKEREN,
     "Voor de deur aan de Binckhorstkade 48 is een eigen parkeerterrein met 60 gratis plekken en 4 laadpalen. Fietsen "
     "kun je kwijt in het overdekte fietsenrek. De dichtstbijzijnde tram- en bushalte ligt op 5 minuten lopen.",
     "bereikbaarheid", ["parkeren", "parkeerplaats", "auto", "fiets", "bereikbaarheid"],
     ["kan ik daar parkeren", "is parkeren gratis", "hoe kom ik er met de tram"]),
    (Q_BOEKEN,
     "Kies op stuiterhaven.nl de dag, het tijdslot en het aantal springers en betaal met iDEAL; je krijgt meteen een "
     "e-ticket met QR-code. Online boeken kan tot 1 uur van tevoren. Zonder boeking mag je aan de balie alleen springen "
     "als er plek is; in het weekend is het vaak vol.",
     "boeken", ["online boeken", "reserveren", "tijdslot", "e-ticket", "website"],
     ["hoe reserveer ik", "moet ik van tevoren boeken", "kan ik zonder reservering komen"]),
    (Q_ANNULEREN,
     "Tot 24 uur voor je tijdslot kun je gratis annuleren via de link in je bevestigingsmail; je krijgt je geld binnen "
     "5 werkdagen terug. Later annuleren kan niet meer voor geld, wel krijg je een tegoedbon die 6 maanden geldig is. "
     "Verzetten naar een ander tijdslot kan gratis tot 2 uur van tevoren.",
     "boeken", ["annuleren", "verzetten", "omboeken", "geld terug", "tegoedbon"],
     ["ik wil mijn boeking annuleren", "kan ik een andere dag kiezen", "krijg ik mijn geld terug"]),
    (Q_BETALEN,
     "Online betaal je met iDEAL of creditcard. Aan de balie kun je pinnen of contactloos betalen; contant geld nemen we "
     "niet aan. Met de Ooievaarspas krijg je 25 % korting op losse tickets.",
     "betalen", ["betalen", "pinnen", "iDEAL", "contant", "Ooievaarspas", "korting"],
     ["kan ik contant betalen", "kan ik pinnen", "korting met de ooievaarspas"]),
    (Q_KLEDING,
     "Draag sportieve kleding zonder ritsen of gespen, en geen sieraden of horloges. Jassen, tassen en telefoons gaan in "
     "een kluisje: dat werkt met een muntje van € 1 dat je terugkrijgt. Telefoons mogen niet mee op de trampolines.",
     "bezoek", ["kleding", "sportkleding", "kluisjes", "sieraden", "jas"],
     ["wat moet ik aantrekken", "zijn er kluisjes", "mag mijn telefoon mee"]),
    (Q_CADEAU,
     "Ja, cadeaubonnen koop je online of aan de balie vanaf € 10; je kiest zelf het bedrag. Ze zijn 1 jaar geldig en "
     "gelden voor tickets, feestjes en het café, ook in het weekend.",
     "tickets", ["cadeaubon", "cadeaukaart", "tegoed", "cadeau", "verjaardagscadeau"],
     ["kan ik een cadeaubon kopen", "hoe lang is een cadeaubon geldig", "cadeautje voor mijn neefje"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye with a Haags word
        ("hoi! wat kost een uurtje springen bij jullie en vanaf hoe oud mag je?",
         "Small talk greeting + " + both(Q_PRIJS, Q_LEEFTIJD) + " — 60 min € 13,50 (90 min € 17,50, 120 min € 20,00), "
         "toddler hour € 8,50; from 6 in the main hall, 2-5 in the toddler zone with a parent, under 8 an adult in the "
         "building.",
         "Only one half without pointing to the other; the party or group prices; a handover."),
        ("en let er iemand op ze?",
         faq(Q_VEILIG) + " — supervisors in every zone, 1 jumper per trampoline, a 5-minute safety film first, 2 staff "
         "with first-aid diplomas.",
         "The parents-watching entry alone; the age entry again; asking what she means without trying."),
        ("kan ik zelf ondertussen ergens zitten?",
         faq(Q_OUDERS) + " — yes, parents watch for free from the stand and the café overlooking the hall.",
         "The food entry alone (café prices); saying the parent must buy a ticket; the lockers entry."),
        ("oke lekkâh, dankjewel hoor! doei doei",
         "Small talk: acknowledgement + thanks + goodbye (Haags: `lekkâh` = lekker, great) — short friendly close.",
         "An FAQ answer; choices; not understanding and asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("hallo, vraagje over een feestje",
         "Too vague to answer — choices (children's party, groups, gift vouchers, booking...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("mijn zoon wordt 8 in maart, wat kost het per kind en wat krijgen ze te eten?",
         TYPE + faq(Q_FEEST) + " — party package € 22,50 per child: 90 min jumping, then 45 min in the party room with "
         "chips (patat), a drink, an ice cream and grip socks; birthday child free; Wed/Sat/Sun, book 1 week ahead.",
         "Tapping an earlier choice; the plain ticket prices; the café/food entry (no own food) instead of the party "
         "package; the age entry because of `8`."),
        ("en als er maar 6 komen?",
         faq(Q_FEEST) + " — minimum 8 children: with fewer you pay for 8.",
         "The group entry (15+); the cancelling entry; asking what he means."),
        ("ben jij nou een robot of zit daar echt iemand te typen?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("hoi, even iets vragen over volgende week",
         "Too vague to answer — choices (opening hours, booking, prices, cancelling...) or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nee dat is het allemaal niet",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("ik sta voor de klas op een basisschool in moerwijk en we willen met z'n allen een ochtend komen springen",
         faq(Q_GROEP) + " — schools on weekdays 9:00-13:00, € 9,50 per pupil per hour including grip socks, 1 free "
         "supervisor per 8 children; book via groepen@stuiterhaven.nl or 070 318 54 29.",
         "'Not covered'; the opening-hours entry (weekdays from 14:00) as if a school morning were impossible; the "
         "party entry; a handover without the entry."),
        ("en verhuren jullie ook trampolines of een springkussen voor het schoolplein?",
         "Not covered by the FAQ (near the trade: renting out trampolines or bouncy castles is not offered) — says so "
         "honestly, offers a person or the phone number.",
         "Inventing a rental service or a price; the group entry as if it answered; the party entry."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("hallo, mogen we zelf broodjes meenemen voor de kids? en waar kun je de auto kwijt?",
         both(Q_ETEN, Q_PARKEREN) + " — no own food or drinks (except baby food and for allergies), café with toasties "
         "€ 3,75 and chips € 3,25, free tap water; own car park with 60 free places and 4 chargers at Binckhorstkade 48.",
         "Only one half without pointing to the other; saying own food is fine; inventing parking fees."),
        ("daar vroeg ik niet om. kan ik bij de balie met mn pasje afrekenen?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_BETALEN) + " — yes, debit "
         "card or contactless at the desk (no cash); online iDEAL or credit card; 25 % off single tickets with the "
         "Ooievaarspas.",
         "Ignoring the complaint and repeating the previous answer; the booking entry; the lockers entry (`pasje`); a "
         "handover without answering."),
        ("pff laat maar, ik wil gewoon iemand van het park spreken",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("hallo?? is daar iemand",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. opening hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated (Haags), callback with number, waiting (how long)
        ("moet ik nou elke keer weer 3,50 aftikken voor die dingen aan hun voeten?? we hebben er thuis al een hele la "
         "vol van, belachelijk!!",
         faq(Q_SOKKEN) + " — calm, acknowledges the annoyance: the grip socks are theirs to keep; bring them next time "
         "and there is no need to buy new ones (grip socks from another park are fine too if still grippy).",
         "A cold answer ignoring the anger; the ticket prices; the payment entry; the lockers/clothing entry; a handover "
         "with no explanation."),
        ("weet jij toevallig of het druk is op het strand van scheveninge vandaag?",
         "Not covered (unrelated: the beach at Scheveningen; Haags `Scheveninge`) — says it cannot help with that, no FAQ "
         "answer.",
         "Any FAQ entry (e.g. parking or opening hours); inventing an answer."),
        ("laat de manager me anders maar bellen, 06 38 41 92 75, na half 6",
         "Hands over / passes on a callback request to 06 38 41 92 75, after 17:30; no FAQ answer.",
         "Ignoring the number; only giving the park's phone number; an FAQ answer; asking to rephrase."),
        ("hoe lang duurt dat?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The jumping times (60/90/120 minutes); the 5 working days of a refund; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, Haags person
        ("we hadden zondag om 11 uur voor 4 kinderen geboekt maar de kleinste heeft waterpokken, dus dat gaat hem niet "
         "worden",
         faq(Q_ANNULEREN) + " — free until 24 h before the slot via the link in the confirmation e-mail (money back "
         "within 5 working days), later only a voucher valid 6 months; moving to another slot is free until 2 h before; "
         "does not claim it is done.",
         "Claiming the booking has been cancelled; the safety or age entry; the payment entry."),
        ("ja is goed",
         "Ambiguous yes — asks what she means or explains what happens next (the link in the e-mail / another slot / a "
         "person); must not claim anything was cancelled.",
         "Saying the booking is now cancelled; a random FAQ entry."),
        ("en krijg ik dan mijn geld terug?",
         faq(Q_ANNULEREN) + " — yes if cancelled at least 24 h before (within 5 working days); later only a voucher valid "
         "6 months.",
         "Saying there is never a refund; the gift-voucher entry; asking what money she means."),
        ("hé gappie ik snap d'r nie veel van, ken ik effe iemand van jullie an de lijn krijge?",
         "Hands over to a person (Haags: `gappie` = mate, `nie` = niet, `ken` = kan, `effe` = even, `an` = aan, `krijge` "
         "= krijgen) — short, no FAQ answer.",
         "An FAQ answer (e.g. the phone number only); not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("goedemiddag, mijn neefje wordt 10. kan ik bij jullie een cadeaubon kopen? en zijn jullie in het weekend open?",
         "Small talk greeting + " + both(Q_CADEAU, Q_OPEN) + " — vouchers online or at the desk from € 10, any amount, "
         "valid 1 year, also for parties and the café; Sat-Sun 9:00-20:00 (Mon-Thu 14:00-20:00, Fri 14:00-22:00).",
         "Only one half without pointing to the other; the party entry because of the birthday; inventing voucher "
         "amounts."),
        ("en hoe lang kan hij die gebruiken?",
         faq(Q_CADEAU) + " — 1 year.",
         "The jumping times (60/90/120 minutes); the 6-month voucher from late cancelling; asking what she means."),
        ("moet hij van tevoren online reserveren? en waar laat hij zn jas en telefoon?",
         both(Q_BOEKEN, Q_KLEDING) + " — book on stuiterhaven.nl (slot, iDEAL, e-ticket with QR code) up to 1 h ahead; "
         "walk-ins only if there is room, weekends often full; coats and phones in a locker with a € 1 coin you get "
         "back, no phones on the trampolines.",
         "Only one half without pointing to the other; the cancelling entry; saying phones may be taken along."),
    ],
]

if __name__ == "__main__":
    write_faq("nl", FAQ)
    write_plan("nl", PLAN)
