"""nl: Vakantiehuisjes Duinroos, De Koog (Texel). Run from src/: python3 nl.py"""
from common_b import write

Q_PRI = "Wat kost een vakantiehuisje per nacht?"
Q_MIN = "Wat is het minimum aantal nachten?"
Q_INC = "Hoe laat kunnen we inchecken en uitchecken?"
Q_HON = "Mag mijn hond mee?"
Q_LIN = "Is bedlinnen inbegrepen?"
Q_FIE = "Kunnen we fietsen huren?"
Q_BOO = "Hoe komen we met de veerboot op Texel?"
Q_ANN = "Wat zijn de annuleringsvoorwaarden?"
Q_BET = "Hoe en wanneer betaal ik de huur?"
Q_SCH = "Moeten we het huisje zelf schoonmaken?"
Q_PAR = "Is er een parkeerplaats bij het huisje?"
Q_WIF = "Is er wifi in het huisje?"
Q_STR = "Hoe ver is het naar het strand?"
Q_TOE = "Hoeveel toeristenbelasting betalen we?"
Q_KIN = "Hebben jullie een kinderbedje en kinderstoel?"

FAQ = [
    (Q_PRI, "Duinhuisje (4 personen): € 95 per nacht, in het hoogseizoen (juli en augustus) € 135. Strandhuis (6 personen): € 145 per nacht, in het hoogseizoen € 195. Toeristenbelasting, linnengoed en eindschoonmaak komen erbij.", "prijzen", ["prijs", "tarief", "kosten", "huur", "per nacht"], ["wat kost een huisje", "tarieven vakantiehuis"]),
    (Q_MIN, "Buiten het hoogseizoen minimaal 2 nachten. In juli en augustus verhuren we alleen per week, van zaterdag tot zaterdag. Een weekend (vrijdag-zondag) kan het hele jaar behalve in de zomer.", "boeken", ["minimum", "minimaal", "aantal nachten", "weekend"], ["kunnen we een weekendje boeken", "hoe kort kan ik boeken"]),
    (Q_INC, "Inchecken kan van 15:00 tot 19:00 uur, uitchecken vóór 10:00 uur. De code van het sleutelkluisje krijg je de dag voor aankomst per mail. Kom je na 19:00 uur aan, bel dan even met 0222 31 74 55.", "verblijf", ["inchecken", "uitchecken", "aankomst", "vertrek", "sleutel"], ["hoe laat mogen we erin", "hoe laat moeten we weg"]),
    (Q_HON, "Eén hond is welkom in de Duinhuisjes 3, 5 en 7, voor € 8 per nacht. Honden mogen niet op de bank of het bed. Katten en andere huisdieren kunnen helaas niet mee.", "verblijf", ["hond", "huisdier", "huisdieren"], ["huisdieren toegestaan", "kan onze viervoeter mee"]),
    (Q_LIN, "Nee. Je kunt een linnenpakket huren voor € 17,50 per persoon: opgemaakt bed, 2 handdoeken en een theedoek. Zelf meenemen mag ook; slaapzakken alleen met eigen hoeslaken en kussensloop.", "verblijf", ["bedlinnen", "linnengoed", "handdoeken", "beddengoed"], ["moeten we handdoeken meenemen", "linnenpakket huren"]),
    (Q_FIE, "Ja, via Fietsverhuur De Koog: stadsfiets € 9 per dag, e-bike € 22 per dag, kinderfiets € 6 per dag. De fietsen worden bij het huisje bezorgd; reserveer minstens 3 dagen vooraf via ons.", "extra's", ["fiets", "fietsen", "e-bike", "fietsverhuur"], ["fiets huren op Texel", "hebben jullie e-bikes"]),
    (Q_BOO, "Met de TESO-veerboot vanaf Den Helder: de boot vaart elk uur op het halve uur van 6:30 tot 21:30 en de overtocht duurt 20 minuten. Reserveren hoeft niet. Een retour met auto kost ongeveer € 38, zonder auto ongeveer € 3,50 per persoon. Vanaf de haven in 't Horntje is het 20 minuten rijden naar De Koog.", "reis", ["veerboot", "boot", "TESO", "Den Helder", "overtocht"], ["hoe laat gaat de boot", "wat kost de overtocht"]),
    (Q_ANN, "Annuleren tot 6 weken voor aankomst: 15 % van de huur. Tussen 6 en 2 weken voor aankomst: 50 %. Korter dan 2 weken voor aankomst: de volledige huur. Annuleren kan alleen per mail naar boekingen@duinroos-texel.nl. Een annuleringsverzekering kun je bij het boeken afsluiten (5,5 % van de huur).", "boeken", ["annuleren", "annulering", "afzeggen", "verzekering"], ["boeking annuleren", "wat als we niet kunnen komen"]),
    (Q_BET, "Binnen 7 dagen na het boeken betaal je 30 % aanbetaling, de rest uiterlijk 6 weken voor aankomst. Betalen kan met iDEAL of per overschrijving. Boek je later dan 6 weken voor aankomst, dan betaal je alles in één keer.", "boeken", ["betalen", "aanbetaling", "iDEAL", "overschrijving", "restbedrag"], ["wanneer moet ik betalen", "kan ik met iDEAL betalen"]),
    (Q_SCH, "De eindschoonmaak is verplicht en staat op de eindafrekening: € 65 voor een Duinhuisje, € 85 voor een Strandhuis. Wel zelf doen: de afwas, de vaatwasser leeg en het afval in de container; anders rekenen we € 25 extra.", "verblijf", ["schoonmaak", "schoonmaken", "eindschoonmaak", "opruimen"], ["schoonmaakkosten", "wat moeten we doen bij vertrek"]),
    (Q_PAR, "Bij elk huisje is één parkeerplaats gratis. Een tweede auto parkeer je op ons parkeerterrein bij de ingang voor € 5 per dag.", "verblijf", ["parkeren", "parkeerplaats", "auto"], ["waar kan ik parkeren", "mag de auto bij het huis"]),
    (Q_WIF, "Ja, gratis glasvezel-wifi in alle huisjes (ongeveer 100 Mbit/s), plus een smart-tv. Het wachtwoord staat in het huisboek.", "verblijf", ["wifi", "internet", "tv"], ["is er internet", "wat is het wachtwoord van de wifi"]),
    (Q_STR, "Het strand van De Koog ligt op 600 meter, ongeveer 10 minuten lopen door de duinen. Het centrum van De Koog met winkels en supermarkt is 1 km.", "omgeving", ["strand", "zee", "afstand", "centrum"], ["ligt het huisje dicht bij zee", "hoe ver is de supermarkt"]),
    (Q_TOE, "De toeristenbelasting op Texel is € 2,75 per persoon per nacht. Kinderen onder 12 jaar betalen niets. Het bedrag staat op de eindafrekening.", "prijzen", ["toeristenbelasting", "belasting", "gemeente", "heffing"], ["moeten we toeristenbelasting betalen", "zit de toeristenbelasting in de prijs"]),
    (Q_KIN, "Ja, een kinderbedje (campingbedje met matras) en een kinderstoel zijn gratis, één per huisje. Geef het even door bij het boeken of uiterlijk een week voor aankomst.", "verblijf", ["kinderbedje", "kinderstoel", "baby", "campingbedje"], ["hebben jullie spullen voor een baby", "is er een babybedje"]),
]

T = "[type, do not tap] [if the bot showed choices, type this instead of tapping]"
R = "[type, do not tap] [if the bot showed choices or an answer, type this instead of tapping]"
W = "[wait 60 s before sending] [after the bot handed over to a person]"
PLAN = [
    (1, "hoi! wat kost een huisje voor 4 pers in mei? en hoe laat mogen we erin", f'Both FAQ: "{Q_PRI}" + FAQ: "{Q_INC}" — Duinhuisje € 95 per nacht (May is not high season); check-in 15:00-19:00', "the high-season price; only one half without pointing to the other"),
    (1, "en kunnen we ook maar 1 nachtje?", f'FAQ: "{Q_MIN}" — no, at least 2 nights outside July/August', "the price per night again; saying yes"),
    (1, "moeten we zelf lakens mee of liggen die er", f'FAQ: "{Q_LIN}" — not included: linnenpakket € 17,50 p.p., or bring your own', "cleaning; 'not covered'"),
    (1, "top thx", "Small talk: thanks + acknowledgement — short reply", "a FAQ answer; a handover"),
    (2, "ff een vraagje over het huis", "Too vague to answer — choices or a clarifying question, no handover", "a random FAQ answer; a handover"),
    (2, "kan onze labrador ook mee?", f'{T} FAQ: "{Q_HON}" — one dog, only Duinhuisjes 3, 5 and 7, € 8 per night', "'no pets'; the ferry"),
    (2, "ah idd. en wat kost dat? en zijn er ergens fietsen te huur?", f'Both FAQ: "{Q_HON}" + FAQ: "{Q_FIE}" — € 8 per night for the dog; bikes € 9/day, e-bike € 22, delivered, book 3 days ahead', "the house price per night; only one half"),
    (2, "ben jij een bot of een echt mens?", "Small talk: are you a bot — honest: an automatic assistant; can offer a person", "claiming to be a person; a FAQ answer"),
    (3, "wat komt er allemaal nog bij qua kosten", "Too vague to answer — choices (toeristenbelasting, linnen, schoonmaak, hond…) or a question", "one arbitrary entry as if it were the answer; handover"),
    (3, "nee dat bedoel ik niet. dat bedrag per persoon per nacht voor de gemeente, hoeveel is dat", f'{R} FAQ: "{Q_TOE}" — € 2,75 p.p. per night, on the final bill', "the house price per night; repeating the choices"),
    (3, "ook voor onze kleine van 2? en hebben jullie mss een bedje voor haar", f'Both FAQ: "{Q_TOE}" + FAQ: "{Q_KIN}" — under 12 free; kinderbedje free, one per house, ask when booking', "the bike entry (kinderfiets); only one half"),
    (3, "regelen jullie ook boodschappen zodat de koelkast vol is als we aankomen?", "Not covered by the FAQ (grocery service not offered) — honest, may offer a person", "the distance to the supermarket as if it answered; saying yes"),
    (4, "we komen met 2 autos, passen die allebei voor de deur? en kan ik daar online, moet ff werken", f'Both FAQ: "{Q_PAR}" + FAQ: "{Q_WIF}" — one free space, second car € 5/day on the car park; free wifi ~100 Mbit/s', "the ferry prices for cars; only one half"),
    (4, "mag onze oudste een tentje in de tuin zetten?", "Not covered by the FAQ (tent in the garden) — honest, offer a person", "inventing yes/no; the pets or parking entry"),
    (4, "dat vroeg ik helemaal niet", "Push-back (first time) — apologise, ask what is missing or offer a person", "the same answer again"),
    (4, "pfff je snapt het echt niet he. geef me nu ff een echt persoon", "Push-back (second time in a row) + angry request for a person — hand over now", "another FAQ answer or choices; not handing over"),
    (4, "hallo?? is daar iemand", f"{W} Waiting — reassure that a person will answer, no FAQ answer", "a FAQ answer; inventing a wait time"),
    (5, "jullie rekenen 65 euro omdat er gepoetst moest worden?? we hebben alles zelf netjes achtergelaten!! belachelijk", f'FAQ: "{Q_SCH}" — the final cleaning (€ 65 Duinhuisje) is always charged; guests only do dishes and rubbish; ideally an apology', "the deposit or cancellation entry; only choices"),
    (5, "weet jij trouwens of ajax gewonnen heeft", "Not covered by the FAQ (football) — short honest reply", "any FAQ entry"),
    (5, "laat maar. bel me ff terug op 06 41 27 88 53", "Request for a person (callback with a number) — hand over / confirm a person will call", "the check-in phone number as the only reply; ignoring the number"),
    (5, "hoe lang duurt dat nog?", f"{W} Waiting — reassure, no invented time, no FAQ answer", "the ferry crossing time (20 minutes); check-out times"),
    (6, "we kunnen helaas niet komen, mn vriendin mag van de verloskundige niet meer reizen. we zouden over 4 weken gaan", f'FAQ: "{Q_ANN}" — 6 to 2 weeks before: 50 % of the rent, cancel by mail to boekingen@duinroos-texel.nl; must not claim it is cancelled', "saying it is cancelled; the payment schedule"),
    (6, "ja", "Ambiguous yes — acknowledge or ask what they mean; never claim the booking was cancelled", "'your booking has been cancelled'"),
    (6, "kunde mij ff doorverbinden met iemand van jullie, da's makkelijker", "Request for a person (mild Brabant: 'kunde' = kun je) — hand over", "another explanation of the cancellation rule"),
    (7, "goeiemorgen, hoe komen we het snelst op het eiland? en hoe ver lopen we naar zee", f'Both FAQ: "{Q_BOO}" + FAQ: "{Q_STR}" — TESO from Den Helder every hour at half past, 20 min, no booking; beach 600 m / 10 min walk', "only one half; the bike rental"),
    (7, "wss domme vraag maar moet alles in 1x of mag het in delen?", f'FAQ: "{Q_BET}" — 30 % within 7 days, rest 6 weeks before arrival (all at once if booked later)', "the ferry ticket price; the minimum stay"),
    (7, "oke dankje, doei!", "Small talk: goodbye (+ thanks) — short reply", "a FAQ answer; a handover"),
]

if __name__ == "__main__":
    write("nl", FAQ, PLAN)
