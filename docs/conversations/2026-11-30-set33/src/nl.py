"""nl: Bowling & Partycentrum Pinnekamp (made up), a bowling centre with a snack bar and kids' parties in Zwolle,
customers writing everyday Netherlands Dutch with a few Overijssel and Flemish words."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRIJS = "Wat kost bowlen bij jullie?"
Q_SCHOENEN = "Moet ik bowlingschoenen dragen?"
Q_RESERVEREN = "Moet ik van tevoren reserveren?"
Q_OPENING = "Wat zijn jullie openingstijden?"
Q_LEEFTIJD = "Vanaf welke leeftijd kunnen kinderen bowlen?"
Q_KINDERFEEST = "Kunnen we bij jullie een kinderfeestje vieren?"
Q_SNACKBAR = "Kun je bij jullie iets eten en drinken?"
Q_GROEPEN = "Hebben jullie arrangementen voor groepen en bedrijfsuitjes?"
Q_BETALEN = "Hoe kan ik betalen?"
Q_ANNULEREN = "Kan ik mijn reservering annuleren of verzetten?"
Q_COMPETITIE = "Hebben jullie een bowlingcompetitie?"
Q_CADEAUBON = "Verkopen jullie cadeaubonnen?"
Q_TOEGANKELIJK = "Is het centrum toegankelijk voor rolstoelen?"
Q_ADRES = "Waar zitten jullie en kan ik er parkeren?"
Q_GEVONDEN = "Ik ben iets verloren, hebben jullie het gevonden?"

FAQ = [
    (Q_PRIJS,
     "Je betaalt per baan per uur, met maximaal 8 personen per baan: maandag tot en met donderdag € 29, vrijdag tot en "
     "met zondag, op feestdagen en in de schoolvakanties € 39. Boek je bij het reserveren meteen een tweede uur op "
     "dezelfde baan, dan betaal je voor dat uur de helft.",
     "bowlen", ["prijs", "baanhuur", "tarief", "per uur", "kosten"],
     ["wat kost een baan", "hoeveel betaal je per uur", "is het in het weekend duurder"]),
    (Q_SCHOENEN,
     "Ja, op de banen mag je alleen op bowlingschoenen. Die zitten gratis bij de baanprijs, in maat 26 tot en met 50. "
     "Sokken zijn verplicht (bij de balie te koop voor € 2). Eigen bowlingschoenen mogen ook, gewone sportschoenen "
     "niet.",
     "bowlen", ["bowlingschoenen", "schoenmaat", "sokken", "eigen schoenen"],
     ["moet ik schoenen huren", "kosten de schoenen extra", "mag ik op mijn sneakers bowlen"]),
    (Q_RESERVEREN,
     "Dat is slim, zeker op vrijdag en zaterdag. Reserveren kan via de website tot 60 dagen vooruit of telefonisch via "
     "038 423 61 90. Zonder reservering mag je binnenlopen als er een baan vrij is. We houden je baan 15 minuten na de "
     "starttijd vast; ben je er dan nog niet, dan geven we hem aan andere gasten en vervalt je uur.",
     "bowlen", ["reserveren", "online boeken", "vooruit boeken", "binnenlopen", "starttijd"],
     ["kan ik online een baan boeken", "kunnen we zonder reservering komen", "wat als we te laat zijn"]),
    (Q_OPENING,
     "Maandag tot en met donderdag 15:00-23:00, vrijdag 15:00-01:00, zaterdag 12:00-01:00 en zondag 12:00-22:00. In "
     "de schoolvakanties zijn we elke dag vanaf 12:00 open. De laatste baan start een uur voor sluitingstijd. Op eerste "
     "kerstdag en oudejaarsavond zijn we dicht.",
     "centrum", ["openingstijden", "open", "sluitingstijd", "zondag", "vakantie"],
     ["hoe laat gaan jullie open", "tot hoe laat kun je bowlen", "zijn jullie met kerst open"]),
    (Q_LEEFTIJD,
     "Vanaf ongeveer 4 jaar. Voor kinderen zetten we gratis de bumpers (hekjes langs de goten) omhoog en er is een "
     "glijgoot waar ze de bal vanaf laten rollen. We hebben lichte kinderballen vanaf 6 pond en schoentjes vanaf maat "
     "26. Kinderen tot 12 jaar bowlen alleen met een volwassene erbij.",
     "kinderen", ["kinderen", "leeftijd", "bumpers", "kinderballen", "peuters"],
     ["kan mijn kleuter al bowlen", "hebben jullie hekjes voor kinderen", "hoe oud moet je zijn"]),
    (Q_KINDERFEEST,
     "Ja, vanaf 6 jaar, op woensdag-, zaterdag- en zondagmiddag. Het pakket kost € 15,50 per kind: 1 uur bowlen met "
     "bumpers, onbeperkt ranja, een patatje met frikandel of kipnuggets, een ijsje en een cadeautje voor de jarige. "
     "Minimaal 6 en maximaal 24 kinderen; 2 begeleiders zijn gratis. Zelf een taart meenemen mag, wij zorgen voor "
     "bordjes en vorkjes.",
     "kinderen", ["kinderfeestje", "verjaardag", "partijtje", "kinderpakket", "jarige"],
     ["wat kost een kinderfeestje", "mijn zoon is jarig, kan hij bij jullie zijn feest geven", "wat zit er in het "
      "kinderpakket"]),
    (Q_SNACKBAR,
     "Ja, je bestelt aan de baan via de tablet. Friet € 3,50, bitterballen (8 stuks) € 6,50, kroket € 3,25, pizza "
     "vanaf € 9,50, fris € 2,90, biertje € 3,20. Glutenvrije friet en vegetarische snacks zijn er altijd; glutenvrij "
     "bakken we in een aparte frituur. Eigen eten en drinken mag niet, behalve een taart bij een kinderfeestje.",
     "eten", ["snackbar", "eten", "drinken", "friet", "menukaart"],
     ["hebben jullie een snackbar", "wat kost een biertje", "mogen we zelf eten meenemen"]),
    (Q_GROEPEN,
     "Ja, vanaf 10 personen. Arrangement Strike: 2 uur bowlen, een bittergarnituur en 2 drankjes voor € 29,50 per "
     "persoon. Arrangement Strike & Dine: 2 uur bowlen met een warm en koud buffet en drankjes tot € 15 per persoon "
     "voor € 44,50 per persoon. Bij een arrangement krijg je onze partyzaal (tot 40 personen) gratis. Reserveer "
     "minimaal 2 weken vooruit.",
     "groepen", ["groepen", "bedrijfsuitje", "arrangement", "personeelsfeest", "buffet"],
     ["we komen met een grote groep", "hebben jullie een arrangement met eten", "wat kost een bedrijfsuitje"]),
    (Q_BETALEN,
     "Bij de balie met pin, contactloos, contant of met onze cadeaubon. Bij het reserveren van een kinderfeestje of "
     "arrangement betaal je 25 % aanbetaling via iDEAL. Bedrijven kunnen op factuur betalen (binnen 14 dagen) als ze "
     "dat bij het reserveren aangeven.",
     "groepen", ["betalen", "pinnen", "factuur", "aanbetaling", "iDEAL"],
     ["kan ik pinnen", "kunnen we op factuur betalen", "moet ik vooraf betalen"]),
    (Q_ANNULEREN,
     "Een gewone baanreservering annuleer of verzet je tot 24 uur van tevoren gratis via de link in je "
     "bevestigingsmail. Voor kinderfeestjes en arrangementen geldt 48 uur: tot dan is annuleren gratis en krijg je de "
     "aanbetaling binnen 5 werkdagen terug; daarna rekenen we 50 % van het bedrag. Verzetten naar een datum binnen 3 "
     "maanden kan tot 48 uur van tevoren gratis.",
     "bowlen", ["annuleren", "verzetten", "afzeggen", "andere datum", "aanbetaling terug"],
     ["ik wil mijn reservering annuleren", "kan ik een andere datum kiezen", "krijg ik mijn aanbetaling terug"]),
    (Q_COMPETITIE,
     "Ja, op dinsdag- en donderdagavond van september tot en met april, in teams van 4. Je speelt 3 games per avond "
     "vanaf 19:30; dat kost € 11 per persoon per avond, schoenen inbegrepen. Geen team? Doe een keer gratis mee op een "
     "proefavond, dan zoeken we een team voor je.",
     "bowlen", ["competitie", "league", "team", "vaste avond", "wekelijks bowlen"],
     ["hoe doe ik mee aan de competitie", "kan ik in een team", "wanneer is de league"]),
    (Q_CADEAUBON,
     "Ja, van € 10, € 25 en € 50, aan de balie of via de website (dan krijg je hem per e-mail). Een cadeaubon is 2 "
     "jaar geldig en te gebruiken voor bowlen, eten en drinken en kinderfeestjes, maar niet in te wisselen voor geld.",
     "centrum", ["cadeaubon", "cadeau", "tegoedbon", "kadobon", "geschenk"],
     ["hebben jullie cadeaubonnen", "hoe lang is een bon geldig", "kan ik een bon online kopen"]),
    (Q_TOEGANKELIJK,
     "Ja, alles is gelijkvloers, er is een invalidentoilet en er zijn 4 gehandicaptenparkeerplaatsen bij de ingang. "
     "Voor wie niet kan staan of gooien hebben we een bowlinghelling: de bal rolt vanaf de helling de baan op, ook "
     "vanuit een rolstoel. Meld het even bij het reserveren, dan zetten we hem klaar op een baan aan de kant.",
     "centrum", ["rolstoel", "toegankelijk", "invalidentoilet", "bowlinghelling", "beperking"],
     ["kan ik met een rolstoel bowlen", "is alles gelijkvloers", "hebben jullie een invalidentoilet"]),
    (Q_ADRES,
     "Lange Kegelweg 7, Zwolle, op bedrijventerrein Voorst, 12 minuten fietsen van station Zwolle; de bushalte ligt op "
     "200 m. Parkeren is gratis op ons eigen terrein (120 plekken, 2 laadpalen). Telefoon 038 423 61 90, e-mail "
     "info@bowlingpinnekamp.nl.",
     "centrum", ["adres", "route", "parkeren", "telefoonnummer", "bereikbaarheid"],
     ["waar zitten jullie", "hoe kom ik bij jullie", "is parkeren gratis"]),
    (Q_GEVONDEN,
     "Gevonden spullen bewaren we 3 maanden bij de balie; telefoons, sleutels en portemonnees liggen in de kluis. Bel "
     "038 423 61 90 of mail info@bowlingpinnekamp.nl met een omschrijving en de dag dat je er was. Na 3 maanden gaan "
     "kleding en knuffels naar een goed doel.",
     "centrum", ["gevonden voorwerpen", "verloren", "kwijt", "vergeten", "laten liggen"],
     ["ik ben mijn jas vergeten", "hebben jullie een telefoon gevonden", "ik ben iets kwijt"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye with an Overijssel word
        ("Hallo! wij willen zaterdagavond met z'n zessen gaan bowlen, wat kost dat ongeveer? en moeten we zelf schoenen "
         "meenemen?",
         "Small talk greeting + " + both(Q_PRIJS, Q_SCHOENEN) + " — Saturday € 39 per lane per hour, up to 8 people "
         "on a lane so one lane does; a second hour booked at once is half price; bowling shoes are free with the lane "
         "(sizes 26-50), socks required (€ 2 at the desk), no ordinary trainers.",
         "Only one half without pointing to the other; a price per person; the group arrangements (from 10 people) "
         "for 6; saying shoes cost extra; a handover."),
        ("en door de week?",
         faq(Q_PRIJS) + " — Monday to Thursday € 29 per lane per hour (Friday is already € 39).",
         "Repeating € 39 only; the opening hours; asking what she means without trying."),
        ("als het leuk is willen we mischien vaker, hebben jullie zoiets als een vaste avond met een team?",
         faq(Q_COMPETITIE) + " — Tuesday and Thursday evenings Sept-April, teams of 4, 3 games from 19:30, € 11 per "
         "person per evening incl. shoes; a free trial evening, the centre finds a team.",
         "The reservation entry (booking a lane every week); the group arrangements; 'not covered'."),
        ("helemaal mooi, bedankt! moi",
         "Small talk: acknowledgement + thanks + goodbye (`moi` = Overijssel/Groningen 'hi' and 'bye') — short "
         "friendly close.",
         "An FAQ answer; choices; not understanding `moi` and asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("hoi, vraagje over een feestje",
         "Too vague to answer — choices (kids' party, group arrangements, booking...) or a clarifying question.",
         "A handover; the kids' party answered at length as if sure."),
        ("mijn dochter wordt 7 en wil met haar klasgenootjes komen, ze zijn met 14, kan dat op een woensdagmiddag en "
         "wat kost het dan?",
         TYPE + faq(Q_KINDERFEEST) + " — yes, from 6 years, Wednesday afternoon is possible; € 15,50 per child (14 × "
         "€ 15,50 = € 217): 1 hour bowling with bumpers, unlimited squash, chips with a snack, ice cream, a present for "
         "the birthday girl; 2 adults free.",
         "Tapping an earlier choice; the group arrangements (€ 29,50) because of the 14; the minimum-age entry (from "
         "4); the opening hours."),
        ("en mag ze zelf haar taart meenemen?",
         faq(Q_KINDERFEEST) + " — yes, bringing her own cake is allowed; the centre provides plates and forks.",
         "The snack bar rule 'no own food' without the cake exception; asking what she means."),
        ("zit daar nou een echt mens achter of is dit zo'n chatbot?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("goedenavond, ik heb een vraag voor mijn vader",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nee, geen van deze",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("hij kan sinds zn hersen infarct niet meer lopen maar wil heel graag mee met de kleinkinderen, lukt dat bij "
         "jullie een beetje?",
         faq(Q_TOEGANKELIJK) + " — yes: all on one level, accessible toilet, 4 disabled parking spaces at the door, a "
         "bowling ramp so he can bowl from his wheelchair; mention it when booking so a side lane is ready.",
         "'Not covered'; the children's entry (bumpers) because of the grandchildren; saying he can only watch; a "
         "handover without the entry."),
        ("en hebben jullie ook lasergamen? dan kunnen de kleinkinderen zich daar uitleven",
         "Not covered by the FAQ (near the trade: the centre has no laser game) — says so honestly, offers a person or "
         "the contact details.",
         "Inventing a laser game or prices; the kids' party entry as if it answered."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("Hoi, we willen met ons team van het werk een avondje uit op vrijdag 18 december, we zijn met 22, wat hebben "
         "jullie daarvoor? en kunnen we op rekening betalen?",
         both(Q_GROEPEN, Q_BETALEN) + " — from 10 people: Strike (2 h bowling, bitter snacks, 2 drinks) € 29,50 pp or "
         "Strike & Dine (2 h bowling + buffet, drinks up to € 15) € 44,50 pp, party room free, book at least 2 weeks "
         "ahead; companies can pay by invoice within 14 days if they say so when booking (otherwise 25 % deposit via "
         "iDEAL).",
         "Only one half without pointing to the other; the lane price per hour only; the kids' party; saying invoices "
         "are not possible."),
        ("nee, daar gaat het me helemaal niet om. en kan een collega die glutenvrij eet daar ook wat krijgen?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_SNACKBAR) + " — yes, "
         "gluten-free chips and vegetarian snacks are always there, gluten-free is fried in a separate fryer.",
         "Ignoring the complaint and repeating the previous answer; saying they may bring their own food; 'not "
         "covered'; a handover without answering."),
        ("nou lekker is dit zeg. geef me gewoon een medewerker",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer (e.g. the phone number); choices; asking to rephrase again."),
        ("hallo?? reageert er nog iemand of hoe zit dat?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. the opening hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated (Zwolle nickname), callback with number, waiting (how long)
        ("We stonden 20 minuten later dan gepland bij de balie door een ongeluk op de A28 en onze baan was gewoon aan een "
         "ander gegeven!!! belachelijk, met 4 kinderen die zich er de hele week op verheugd hadden",
         faq(Q_RESERVEREN) + " — calm, acknowledges the anger: a lane is held 15 minutes after the start time, after "
         "that it goes to other guests and the hour lapses; walk-in is possible if a lane is free. Offering a person as "
         "well is fine.",
         "A cold answer ignoring the anger; the cancelling entry (24 h); the prices; promising a refund; a handover "
         "with no explanation."),
        ("trouwens, jij als blauwvinger weet vast waar ik nog echte zwolse balletjes kan kopen?",
         "Not covered (unrelated: where to buy Zwolse balletjes, Zwolle's traditional boiled sweets; `blauwvinger` = "
         "nickname for someone from Zwolle) — says it cannot help with that, no FAQ answer.",
         "Any FAQ entry (e.g. the snack bar or the gift voucher); inventing a shop."),
        ("ik wil dat de bedrijfsleider me terugbelt op 06 28 41 73 09, morgen tussen 12 en 2 ben ik bereikbaar",
         "Hands over / passes on a callback request to 06 28 41 73 09, tomorrow between 12:00 and 14:00; no FAQ "
         "answer.",
         "Ignoring the number; only giving the centre's phone number; an FAQ answer (the address, because of "
         "`bereikbaar`); asking to rephrase."),
        ("en wanneer hoor ik dan wat?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 15 minutes; the 5 working days; the opening hours; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, Flemish person
        ("ik had voor zaterdag 12 december een kinderfeestje geboekt voor mijn zoon, maar de halve klas ligt met "
         "waterpokken in bed dus dat gaat er niet van komen",
         faq(Q_ANNULEREN) + " — for kids' parties cancelling is free until 48 h before (deposit back within 5 working "
         "days), later 50 % is charged; moving to a date within 3 months is free until 48 h before; does not claim it "
         "is done.",
         "Claiming the party has been cancelled; the 24 h rule of ordinary lanes; the kids' party entry again; the "
         "payment entry."),
        ("ja is goed",
         "Ambiguous yes — asks what she means or explains what happens next (the link in the confirmation mail, the "
         "phone, a person); must not claim anything was cancelled.",
         "Saying the party is now cancelled; a random FAQ entry."),
        ("kan het dan ook een paar weekjes later?",
         faq(Q_ANNULEREN) + " — yes, moving to another date within 3 months is free until 48 h before.",
         "Saying she must book and pay again; the opening hours; asking what she means."),
        ("amai, ik geraak er niet meer uit, ambetant zeg. kan ik iemand van jullie aan de lijn krijgen?",
         "Hands over to a person (Flemish: `amai` = gosh, `ik geraak er niet uit` = I can't work it out, `ambetant` = "
         "annoying) — short, no FAQ answer.",
         "An FAQ answer (e.g. the phone number only); not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("Goedemorgen, mijn zoontje is net 4, kan hij al een beetje bowlen bij jullie? en tot hoe laat zijn jullie op "
         "zondag open?",
         "Small talk greeting + " + both(Q_LEEFTIJD, Q_OPENING) + " — from about 4: free bumpers, a ramp to roll the "
         "ball, 6-pound balls, shoes from size 26, under 12 only with an adult; Sunday 12:00-22:00, the last lane "
         "starts an hour before closing.",
         "Only one half without pointing to the other; the kids' party (from 6); the Saturday hours."),
        ("kan zijn oma daar ook een bon voor hem kopen, voor sinterklaas?",
         faq(Q_CADEAUBON) + " — yes: € 10, € 25 or € 50 at the desk or on the website (by e-mail), valid 2 years, for "
         "bowling, food and drinks and kids' parties.",
         "The payment entry; the kids' party entry; inventing a Sinterklaas offer; asking what she means."),
        ("waar zitten jullie precies? en mijn man is daar in oktober zijn bril vergeten, ligt die er nog?",
         both(Q_ADRES, Q_GEVONDEN) + " — Lange Kegelweg 7, Zwolle (Voorst), 12 min by bike from the station, free "
         "parking; found items are kept 3 months at the desk: call 038 423 61 90 or mail info@bowlingpinnekamp.nl with "
         "a description and the day; must not claim the glasses are there.",
         "Only one half without pointing to the other; saying the glasses are there (or gone); inventing a route."),
    ],
]

if __name__ == "__main__":
    write_faq("nl", FAQ)
    write_plan("nl", PLAN)
