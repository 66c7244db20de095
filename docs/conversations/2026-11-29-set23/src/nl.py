"""nl: Sauna & Wellness De Sprengen, Velp near Arnhem (Netherlands). Run from src/: python3 nl.py"""
from common_b import Faq, entry, write_faq, write_plan, WAIT, TYPE, TYPE_REJECT, AFTER

FAQ = Faq([
    entry("dagkaart", "Wat kost een dagkaart?",
          "Een dagkaart kost van maandag tot en met vrijdag € 32,50 en op zaterdag, zondag en feestdagen € 36,50. Een "
          "avondkaart (binnenkomst vanaf 17.00 uur, maandag tot en met vrijdag) kost € 24,50. Bij de dagkaart horen alle "
          "sauna's, de baden, het zwembad en de opgietingen. Handdoeken en een badjas zitten er niet bij.",
          "prijzen", ["dagkaart", "entree", "prijs", "toegang", "avondkaart"],
          ["hoeveel kost de entree", "wat betaal ik voor een hele dag", "prijs avondkaart"]),
    entry("openingstijden", "Wat zijn de openingstijden?",
          "Maandag tot en met donderdag 10.00-23.00 uur, vrijdag en zaterdag 10.00-24.00 uur, zondag 10.00-21.00 uur. "
          "De laatste binnenkomst is 2 uur voor sluiting. Op 25 december en 1 januari zijn we gesloten; op de andere "
          "feestdagen gelden de zondagtijden.",
          "openingstijden", ["openingstijden", "open", "sluiting", "laatste binnenkomst"],
          ["hoe laat gaan jullie dicht", "zijn jullie op zondag open", "tot hoe laat kan ik naar binnen"]),
    entry("textiel", "Wanneer is het textielvrij en wanneer badkledingdag?",
          "In het saunagedeelte is het altijd textielvrij, behalve op dinsdag: dan is het de hele dag badkledingdag in "
          "het hele park (badpak, bikini of zwembroek verplicht, geen onderbroek of sportkleding). In het restaurant en "
          "de rustruimtes draag je altijd een badjas. In de sauna zit je altijd op een grote handdoek.",
          "regels", ["textielvrij", "badkleding", "naakt", "zwemkleding", "kleding"],
          ["moet ik naakt de sauna in", "wanneer mag badkleding aan", "is er een dag met badpak"]),
    entry("handdoek", "Kan ik handdoeken en een badjas huren?",
          "Ja. Een pakket met een badjas en 2 handdoeken huur je voor € 9,50; een losse handdoek kost € 3,00. Slippers "
          "kun je aan de balie kopen voor € 6,00. Je mag ook gewoon je eigen badjas, handdoeken en slippers meenemen.",
          "faciliteiten", ["handdoek", "badjas", "huren", "slippers", "badjaspakket"],
          ["moet ik zelf een badjas meenemen", "wat kost een handdoek huren", "hebben jullie slippers"]),
    entry("massage", "Welke massages zijn er en wat kosten ze?",
          "Ontspanningsmassage 30 minuten € 42,50 of 60 minuten € 72,50; hotstonemassage 75 minuten € 92,50; "
          "voetreflexmassage 45 minuten € 55,00. Een massage kan alleen samen met een dagkaart of arrangement en moet "
          "vooraf gereserveerd worden.",
          "behandelingen", ["massage", "hotstone", "voetreflex", "behandeling"],
          ["wat kost een massage van een uur", "kan ik een hotstonemassage boeken", "welke behandelingen doen jullie"]),
    entry("arrangement", "Welke arrangementen met lunch hebben jullie?",
          "Wellness & Lunch (€ 62,50 p.p.): dagkaart, badjaspakket en een tweegangenlunch. Verwenarrangement (€ 119,50 "
          "p.p.): dagkaart, badjaspakket, tweegangenlunch en een ontspanningsmassage van 60 minuten. Op zaterdag, "
          "zondag en feestdagen komt er € 5,00 p.p. bij. Arrangementen altijd vooraf reserveren.",
          "arrangementen", ["arrangement", "lunch", "pakket", "verwenarrangement"],
          ["hebben jullie een dagje sauna met lunch", "wat zit er in het verwenarrangement", "arrangement voor twee"]),
    entry("leeftijd", "Vanaf welke leeftijd mag je komen?",
          "Vanaf 16 jaar ben je altijd welkom. Kinderen van 6 tot en met 15 jaar mogen alleen op zondag van 10.00 tot "
          "13.00 uur (familieochtend), onder begeleiding van een volwassene; een kind betaalt dan € 12,50. Kinderen "
          "onder de 6 jaar kunnen helaas niet mee.",
          "regels", ["leeftijd", "kinderen", "minderjarig", "familieochtend", "16 jaar"],
          ["mogen kinderen mee", "hoe oud moet je zijn", "kan mijn dochter van 12 mee"]),
    entry("cadeaubon", "Hebben jullie cadeaubonnen?",
          "Ja. Een cadeaubon kan voor elk bedrag vanaf € 25 of voor een arrangement. Je koopt hem online (je krijgt hem "
          "per e-mail) of aan de balie. Een cadeaubon is 2 jaar geldig, ook voor massages en het restaurant, en is niet "
          "in te wisselen voor geld.",
          "cadeaubonnen", ["cadeaubon", "bon", "kado", "geschenk", "waardebon"],
          ["kan ik een bon geven", "hoe lang is een cadeaubon geldig", "sauna cadeau doen"]),
    entry("reserveren", "Moet ik van tevoren reserveren?",
          "Voor een dagkaart hoeft het niet, maar op zaterdag, zondag en feestdagen raden we aan online te reserveren: "
          "als het maximale aantal bezoekers binnen is, laten we niemand meer toe. Massages en arrangementen moet je "
          "altijd reserveren, via de website of telefonisch op 026 364 18 20 (dagelijks 9.00-17.00 uur).",
          "reserveren", ["reserveren", "boeken", "vol", "telefoonnummer"],
          ["kan ik zonder reservering komen", "hoe boek ik", "is het druk in het weekend"]),
    entry("annuleren", "Kan ik mijn reservering annuleren of omboeken?",
          "Massages en arrangementen kun je tot 24 uur van tevoren kosteloos annuleren of omboeken. Daarna rekenen we 50 % "
          "van het bedrag; kom je zonder bericht niet, dan betaal je alles. Een online gekochte dagkaart kun je tot 24 uur "
          "van tevoren omruilen voor een andere datum; geld terug is niet mogelijk.",
          "reserveren", ["annuleren", "afzeggen", "omboeken", "geld terug", "no-show"],
          ["ik wil mijn afspraak afzeggen", "kan ik een andere datum kiezen", "krijg ik mijn geld terug"]),
    entry("restaurant", "Kan ik bij jullie eten en drinken?",
          "Ja, in ons restaurant, elke dag van 11.00 tot 21.00 uur (zondag tot 19.30 uur): lunch, salades, soep, "
          "broodjes, smoothies en een dinerkaart vanaf 17.00 uur. Eigen eten meenemen mag niet; een eigen waterfles wel. "
          "In het restaurant draag je een badjas.",
          "eten", ["restaurant", "eten", "drinken", "eigen eten"],
          ["is er een restaurant", "mag ik zelf eten meenemen", "kan ik daar dineren"]),
    entry("zwanger", "Mag ik naar de sauna als ik zwanger ben?",
          "Overleg het eerst met je verloskundige of huisarts. De hete sauna's (80-90 °C) en het stoombad raden we tijdens "
          "de zwangerschap af; de bio-sauna (60 °C), de baden en de rustruimtes zijn meestal wel prima. Een massage kan "
          "vanaf de vierde maand, meld de zwangerschap bij het reserveren. Bij hoge bloeddruk of hartklachten eerst met je "
          "arts overleggen.",
          "gezondheid", ["zwanger", "zwangerschap", "gezondheid", "bloeddruk"],
          ["sauna tijdens zwangerschap", "ik ben in verwachting, mag dat", "massage als je zwanger bent"]),
    entry("bereikbaarheid", "Hoe kom ik bij jullie en kan ik parkeren?",
          "Je vindt ons aan de Beekhuizenseweg 12, 6881 AG Velp. Parkeren is gratis (200 plaatsen, 4 laadpalen). Met het "
          "openbaar vervoer neem je bus 7 vanaf Arnhem Centraal tot halte Beekhuizen, daarna is het 5 minuten lopen.",
          "bereikbaarheid", ["parkeren", "adres", "bus", "route", "openbaar vervoer"],
          ["waar zitten jullie", "kan ik met de bus komen", "is parkeren gratis"]),
    entry("betalen", "Hoe betaal ik in het park?",
          "Bij binnenkomst betaal je de entree en krijg je een polsbandje. Alles wat je daarna koopt (eten, drinken, "
          "extra handdoeken) zet je op het bandje en reken je af bij vertrek. Betalen kan met pin of creditcard; contant "
          "geld nemen we niet aan. Verlies je het bandje, dan kost dat € 25,00.",
          "betalen", ["betalen", "pinnen", "contant", "polsbandje", "creditcard"],
          ["kan ik pinnen", "nemen jullie cash aan", "hoe werkt dat bandje"]),
    entry("faciliteiten", "Welke sauna's en baden zijn er?",
          "We hebben 7 sauna's: twee Finse sauna's (90 °C), een bio-sauna (60 °C), een stoombad, een infraroodcabine, een "
          "kelosauna en een panoramasauna in de tuin. Verder een verwarmd buitenbad (30 °C), een binnenzwembad, "
          "dompelbaden, 3 rustruimtes en een tuin. Elk heel uur van 11.00 tot 22.00 uur is er een opgieting in de "
          "Finse sauna.",
          "faciliteiten", ["sauna's", "baden", "opgieting", "zwembad", "stoombad"],
          ["hoeveel sauna's zijn er", "hebben jullie een buitenbad", "hoe laat zijn de opgietingen"]),
])

F = FAQ
ROWS = [
    # 1: greeting + two questions, short follow-ups, thanks/bye
    (1, "hoi! wat kost een dag bij jullie en moet ik zelf een badjas meenemen?",
     "Small talk greeting (short) + " + F.both("dagkaart", "handdoek",
        "€ 32,50 on weekdays, € 36,50 at weekends; bathrobe not included: rent a pack for € 9,50 or bring your own"),
     "Only one half with no pointer to the other; the arrangement entry; a handover"),
    (1, "en in het weekend?",
     F.one("dagkaart", "€ 36,50 on Saturday, Sunday and public holidays"),
     "The weekday price again; the openingstijden entry on its own; the reserveren entry without the price"),
    (1, "ok. tot hoe laat zijn jullie zaterag open? en kan ik daar pinnen?",
     F.both("openingstijden", "betalen",
        "Saturday 10.00-24.00, last entry 22.00; yes, debit card or credit card (no cash), paid at departure via the wristband"),
     "Sunday hours (until 21.00); saying cash only; only one half"),
    (1, "top, dank je. doei",
     "Small talk: thanks + goodbye — short friendly goodbye",
     "An FAQ answer or choices; a handover"),
    # 2: vague opener, typed question while choices show, follow-up, bot?
    (2, "ff vraagje over boeken",
     "Too vague to answer — choices (reserveren, arrangementen, massages, annuleren…) or a clarifying question",
     "A long answer from one random entry; a handover"),
    (2, "mijn vriendin verwacht een kindje, mag zij gewoon mee of is dat niet verstandig met die hitte?",
     TYPE + " " + F.one("zwanger", "talk to the midwife first; hot saunas and steam bath are not advised, the 60 °C bio-sauna, baths and rest rooms are usually fine"),
     "The leeftijd entry (children); a flat yes or no; ignoring the typed text and repeating the choices"),
    (2, "en een massage? ze is 5 maanden. wat kost een uur?",
     F.both("zwanger", "massage",
        "a massage is possible from the fourth month, mention the pregnancy when booking; 60 minutes costs € 72,50"),
     "Saying massages are not allowed during pregnancy; the 30-minute price only; the arrangement entry"),
    (2, "ben jij een echt persoon?",
     "Small talk: are you a bot — honest: an automatic assistant; offers a person if wanted",
     "Claiming to be a person; an FAQ answer"),
    # 3: vague, typed rejection, rephrasing, near-trade not offered
    (3, "hoe zit het met kleding",
     "Too vague to answer — choices such as textielvrij/badkleding and handdoeken/badjas, or a clarifying question",
     "Answering only one entry as if sure; a handover"),
    (3, "nee dat bedoel ik niet",
     TYPE_REJECT + " Typed rejection — ask what they mean / invite a rephrasing; no handover yet",
     "The same choices again; a random FAQ answer"),
    (3, "mag ik mijn zwembroek aanhoude of moet alles uit?",
     F.one("textiel", "the sauna area is textile-free, except on Tuesday, the swimwear day for the whole park"),
     "The handdoek entry; saying swimwear is always allowed; not covered"),
    (3, "doen jullie ook pedicure? mijn voeten kunnen wel wat gebruiken",
     "Not covered by the FAQ (pedicure is not offered) — say so honestly; mentioning the foot reflex massage as something else is fine; offer a person",
     "Saying yes; presenting the voetreflexmassage as a pedicure"),
    # 4: long situation with two questions, push-back once and twice, angry request, waiting
    (4, "wij willen met z'n vieren iets leuks doen voor mijn moeder, ze wordt 60. liefst met eten erbij en een behandeling. wat hebben jullie daarvoor? en kan ik het haar alvast geven zodat ze zelf kiest wanneer ze gaat?",
     F.both("arrangement", "cadeaubon",
        "Verwenarrangement € 119,50 p.p. (day ticket, bathrobe pack, two-course lunch, 60-min massage) or Wellness & Lunch € 62,50; +€ 5 at weekends; a gift voucher for an arrangement, valid 2 years"),
     "Only the day ticket price; only one half; the leeftijd entry"),
    (4, "ja dat staat op de site, maar ik vroeg of er een taart bij kan voor haar verjaardag",
     "Push-back (first time) — apologise; the FAQ does not say whether a birthday cake can be arranged: say so honestly, offer a person",
     "Repeating the arrangement answer; promising a cake; the restaurant entry as if it answered"),
    (4, "dit schiet niet op. ik wil nu gewoon iemand spreken!!",
     "Push-back (second time in a row) + angry request for a person — hand over now",
     "Another FAQ answer; asking them to rephrase"),
    (4, "hallo?? is daar iemand",
     WAIT + " Waiting — reassure that a person will answer; no FAQ answer, no invented wait time",
     "An FAQ answer; a fresh greeting with choices; a made-up time"),
    # 5: angry but covered (Flemish customer), unrelated, callback with number, waiting
    (5, "amai, sta ik hier met mijn zoon van 14 aan de kassa en ze sturen hem weg?? we zijn speciaal uit genk gekomen",
     F.one("leeftijd", "from 16 always; 6-15 only on Sunday 10.00-13.00 (family morning) with an adult, € 12,50 (ideally with an apology for the trip)"),
     "A handover instead of the rule; saying any age can come; the dagkaart entry"),
    (5, "weet jij of het openluchtmuseum maandag open is?",
     "Not covered by the FAQ (opening days of the Openluchtmuseum in Arnhem) — say it cannot answer that",
     "The openingstijden entry of the sauna"),
    (5, "bel mij maar terug op mijn gsm, 0478 62 19 04",
     "Request for a person (callback with a Belgian mobile number; gsm = mobile phone) — hand over / pass the number on",
     "Ignoring the number; only the sauna's phone number with no handover; an FAQ answer"),
    (5, "hoe lang gaat dat duren?",
     WAIT + " Waiting — reassure; no invented wait time",
     "A massage or arrangement duration; opening hours; a made-up time"),
    # 6: cancelling a booking without the word, ambiguous yes, follow-up, dialect request
    (6, "we hadden voor zaterdag een verwenarrangement voor 2 geboekt maar mijn man is ziek, we komen niet",
     F.one("annuleren", "free until 24 hours before, after that 50 %; do not claim it is cancelled; offer to pass it to a person or say how"),
     "Saying the booking has been cancelled; the arrangement entry; the zwanger/health entry"),
    (6, "ja",
     "Ambiguous ja — acknowledge or ask what they want (cancel? move to another date?); never claim the booking was cancelled",
     "Confirming a cancellation; a random FAQ answer"),
    (6, "krijg ik dan alles terug? het is nu donderdagavond",
     F.one("annuleren", "Thursday evening is more than 24 hours before Saturday, so cancelling or moving is free"),
     "Saying 50 % is charged; saying no money back at all (that is the online day ticket rule)"),
    (6, "allez, kan ik ne keer iemand aan de lijn krijgen? da's makkelijker",
     "Request for a person (Flemish: allez, ne keer) — hand over / ask for a phone number",
     "An FAQ answer; not understanding the request"),
    # 7: greeting + question, follow-up, two questions
    (7, "goedemiddag, hoe kom ik bij jullie met de bus vanaf arnhem centraal?",
     "Small talk greeting (short) + " + F.one("bereikbaarheid", "bus 7 from Arnhem Centraal to stop Beekhuizen, then 5 minutes' walk"),
     "Only the parking information; not covered"),
    (7, "en is er ergens een broodje te krijgen als ik trek krijg?",
     F.one("restaurant", "yes, the restaurant is open 11.00-21.00 (Sunday until 19.30) with sandwiches and lunch; own food not allowed"),
     "The arrangement entry only; saying you can bring your own food"),
    (7, "moet ik voor zaterdag resrveren? en hoeveel sauna's hebben jullie eigenlijk?",
     F.both("reserveren", "faciliteiten",
        "not required for a day ticket, but advised online at weekends (full = no entry); 7 saunas plus baths and pools"),
     "Saying reservation is required for a day ticket; only one half"),
]

if __name__ == "__main__":
    print(write_faq("nl", FAQ))
    print(write_plan("nl", ROWS))
