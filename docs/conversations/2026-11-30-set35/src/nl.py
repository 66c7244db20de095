"""nl: Parkeergarage Catharijnehof (made up), a parking garage with subscriptions, EV charging and bike storage in
Utrecht, customers writing everyday Netherlands Dutch with a few colloquial words (ff, jonguh, sowieso, lekker)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_TARIEF = "Wat kost parkeren?"
Q_OPEN = "Wanneer is de garage open?"
Q_ABO = "Welke abonnementen zijn er?"
Q_OPZEG = "Hoe zeg ik mijn abonnement op?"
Q_LADEN = "Kan ik mijn elektrische auto opladen?"
Q_FIETS = "Kan ik mijn fiets stallen?"
Q_BETALEN = "Hoe kan ik betalen?"
Q_KWIJT = "Ik ben mijn parkeerkaartje kwijt, wat nu?"
Q_HOOGTE = "Hoe hoog mag mijn auto zijn?"
Q_STORING = "De slagboom of de betaalautomaat werkt niet, wat moet ik doen?"
Q_SCHADE = "Wat doe ik bij schade of diefstal in de garage?"
Q_RESERVEREN = "Kan ik een parkeerplek reserveren?"
Q_LOCATIE = "Waar is de garage en hoe kom ik er?"
Q_BEPERKING = "Zijn er plekken voor mensen met een beperking?"
Q_FACTUUR = "Kan ik een factuur of bonnetje krijgen?"

FAQ = [
    (Q_TARIEF,
     "€ 0,70 per 15 minuten (€ 2,80 per uur), maximaal € 26 per 24 uur. Avondtarief: wie na 18:00 inrijdt, betaalt "
     "tot 02:00 vast € 7. Motoren betalen de helft. De eerste 10 minuten zijn gratis.",
     "tarieven", ["tarief", "prijs", "per uur", "dagtarief", "avondtarief"],
     ["hoeveel kost parkeren", "wat is het dagtarief", "is er een avondtarief"]),
    (Q_OPEN,
     "De garage is 24 uur per dag, 7 dagen per week open. Ons servicekantoor op niveau 0 is bemand maandag t/m vrijdag "
     "van 7:30 tot 19:00 en zaterdag van 9:00 tot 17:00; daarbuiten helpt de meldkamer via de intercom, 24/7.",
     "algemeen", ["openingstijden", "24 uur", "servicekantoor", "dicht"],
     ["hoe laat gaat de garage dicht", "is de garage s nachts open", "wanneer is het kantoor open"]),
    (Q_ABO,
     "24/7-abonnement € 199 per maand; werkdagen (ma-vr 7:00-19:00) € 145 per maand; avond en weekend (ma-vr vanaf "
     "17:00 en het hele weekend) € 79 per maand. Abonnees hebben altijd een plek: die staan in de vakken op niveau "
     "-3. Aanvragen via www.catharijnehof.nl, € 25 borg voor de pas, ingang op de 1e of de 15e van de maand.",
     "abonnementen", ["abonnement", "maandkaart", "vaste plek", "werkdagen", "aanvragen"],
     ["wat kost een abonnement", "kan ik een maandkaart nemen", "abonnement voor alleen doordeweeks"]),
    (Q_OPZEG,
     "Opzeggen kan per e-mail (abonnement@catharijnehof.nl) of in je account, met een opzegtermijn van 1 maand, "
     "altijd tegen het einde van een kalendermaand. Vooruitbetaalde maanden na de einddatum krijg je terug. Lever de "
     "pas binnen 14 dagen na de einddatum in, dan krijg je de € 25 borg terug.",
     "abonnementen", ["opzeggen", "stoppen", "opzegtermijn", "borg", "pas inleveren"],
     ["abonnement stopzetten", "wat is de opzegtermijn", "krijg ik mijn borg terug"]),
    (Q_LADEN,
     "Ja, 30 laadpalen op niveau -1 (11 kW), € 0,42 per kWh bovenop het parkeertarief. Starten met elke laadpas of "
     "met de app. Staat je auto 1 uur na volladen nog aan de paal, dan betaal je € 1 per uur blokkeertarief.",
     "laden", ["laden", "laadpaal", "elektrisch", "kWh", "laadpas"],
     ["kan ik hier opladen", "hoeveel laadpalen zijn er", "wat kost laden"]),
    (Q_FIETS,
     "Bewaakte fietsenstalling bij de ingang Catharijnesingel: de eerste 24 uur gratis, daarna € 1,25 per dag; "
     "abonnement € 12 per maand. E-bikes laden kan gratis op 20 plekken. Fietsen die langer dan 28 dagen staan, gaan "
     "naar het fietsdepot aan de Cartesiusweg; ophalen kost € 27,50 met je sleutel en ID.",
     "fietsen", ["fiets", "stalling", "e-bike", "fietsdepot"],
     ["waar kan mijn fiets staan", "is de fietsenstalling gratis", "fietsenstalling abonnement"]),
    (Q_BETALEN,
     "Bij de betaalautomaten op elk niveau of bij de uitrit met pin, creditcard of contactloos. Contant kan niet. Met "
     "kentekenherkenning kun je ook achteraf betalen via de app ParkUtrecht, tot 48 uur na vertrek.",
     "betalen", ["betalen", "pinnen", "contant", "creditcard", "app"],
     ["kan ik pinnen", "kan ik cash betalen", "betalen met de app"]),
    (Q_KWIJT,
     "Meld je bij de betaalautomaat of de intercom met je kenteken. Onze camera's zien hoe laat je bent ingereden, "
     "dus je betaalt gewoon de echte parkeertijd plus € 5 administratiekosten. Alleen als je kenteken niet te vinden "
     "is, betaal je het dagmaximum van € 26.",
     "betalen", ["kaartje kwijt", "ticket verloren", "parkeerticket"],
     ["ik kan mijn ticket niet vinden", "kaartje verloren", "parkeerkaart kwijt wat kost dat"]),
    (Q_HOOGTE,
     "De doorrijhoogte is 2,10 m (op niveau -1 bij de laadpalen 2,30 m, via de ingang Catharijnesingel). Aanhangers en "
     "campers kunnen niet in de garage. Dakkoffers tellen mee in de hoogte.",
     "algemeen", ["doorrijhoogte", "hoogte", "busje", "camper", "aanhanger"],
     ["past mijn busje", "hoe hoog is de garage", "mag ik met een aanhanger"]),
    (Q_STORING,
     "Druk op de rode intercomknop bij de slagboom of automaat: de meldkamer is 24/7 bereikbaar en kan de slagboom "
     "op afstand openen. Je kunt ook bellen naar 030 231 47 96. Tijd die je door een storing langer staat, wordt niet "
     "gerekend.",
     "storingen", ["storing", "slagboom", "intercom", "automaat"],
     ["de slagboom gaat niet open", "automaat pakt mijn pas niet", "ik kom de garage niet uit"]),
    (Q_SCHADE,
     "Meld het vóór je wegrijdt bij het servicekantoor of via de intercom; we bewaren camerabeelden 28 dagen en geven "
     "ze aan de politie of je verzekeraar. Bij diefstal of inbraak doe je ook aangifte. De garage is alleen "
     "aansprakelijk als de schade door onze installatie komt (bijvoorbeeld een slagboom).",
     "schade", ["schade", "diefstal", "deuk", "camerabeelden", "aansprakelijk"],
     ["iemand heeft mijn auto geraakt", "er is ingebroken in mijn auto", "wie betaalt de schade"]),
    (Q_RESERVEREN,
     "Ja, via www.catharijnehof.nl tot 2 uur van tevoren, € 3 reserveringskosten bovenop het tarief. Je plek blijft "
     "tot 1 uur na de gereserveerde tijd vrij; de slagboom herkent je kenteken. Bij drukke dagen (december, "
     "evenementen in TivoliVredenburg of de Jaarbeurs) raden we reserveren aan.",
     "reserveren", ["reserveren", "vooraf boeken", "plek vastleggen", "evenement"],
     ["kan ik vooraf een plek boeken", "reserveren voor een concert", "is reserveren nodig"]),
    (Q_LOCATIE,
     "Catharijnesingel 88, 3511 GM Utrecht. Rij in via de Catharijnesingel (vanaf de A12 afslag Utrecht-Centrum, "
     "dan de borden P-Catharijnehof). Lopend ben je in 6 minuten bij Utrecht Centraal en in 4 minuten bij "
     "TivoliVredenburg.",
     "algemeen", ["adres", "route", "ingang", "Utrecht Centraal"],
     ["waar zitten jullie", "hoe rij ik naar de garage", "hoe ver is het station"]),
    (Q_BEPERKING,
     "Ja, 14 brede plekken op niveau 0, naast de lift. Met een geldige gehandicaptenparkeerkaart betaal je het gewone "
     "tarief, maar de eerste 2 uur zijn gratis: laat de kaart zien bij het servicekantoor of de intercom. Alle "
     "niveaus zijn met de lift bereikbaar.",
     "algemeen", ["gehandicaptenparkeerkaart", "rolstoel", "invalidenplek", "lift"],
     ["zijn er invalidenplekken", "is de garage toegankelijk", "parkeren met een gehandicaptenkaart"]),
    (Q_FACTUUR,
     "Bij de automaat of uitrit kun je een bonnetje printen; via de app of het servicekantoor krijg je een factuur "
     "met btw. Abonnees krijgen elke maand automatisch een factuur per e-mail; voor een zakelijk account (meerdere "
     "auto's, 1 factuur) mail naar zakelijk@catharijnehof.nl.",
     "betalen", ["factuur", "bonnetje", "zakelijk", "btw"],
     ["kan ik een bonnetje krijgen", "factuur voor mijn werkgever", "zakelijk parkeren"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, ack/thanks/goodbye
        ("hoi! wat kost het als ik een hele dag bij jullie sta? en kan ik daar ook laden, heb een elektrische kia",
         "Small talk greeting + " + both(Q_TARIEF, Q_LADEN) + " — € 2,80 an hour, at most € 26 per 24 h; 30 charging "
         "points on level -1 at € 0,42/kWh on top of parking, any charging card or the app; € 1/h idle fee from 1 h "
         "after fully charged.",
         "Only one half without pointing to the other; the evening flat rate as a day price; forgetting that "
         "charging comes on top of parking."),
        ("en als ik pas om half 8 savonds kom tot na middernacht?",
         faq(Q_TARIEF) + " — after 18:00 a flat € 7 until 02:00.",
         "The day maximum € 26; the opening hours entry (the garage is open 24/7); asking what he means."),
        ("mn zwager komt met zn camperbusje van 2m25, kan die er ook in?",
         faq(Q_HOOGTE) + " — clearance 2,10 m, so 2,25 m does not fit in general; only level -1 via the Catharijnesingel "
         "entrance has 2,30 m; campers are not allowed. A good reply states both rules rather than a plain yes.",
         "A plain yes; inventing a camper spot; the price entry."),
        ("top, lekker duidelijk. dankjewel, doei!",
         "Small talk: acknowledgement + thanks + goodbye (`lekker duidelijk` = nice and clear) — short friendly close.",
         "A long FAQ answer instead of a close; choices; asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("goedemiddag ik heb een vraag",
         "Too vague to answer — choices (prices, subscriptions, charging, bikes...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("ik sta bij de uitgang op -2 en dat ding gaat niet omhoog terwijl ik net betaald heb, er staan al 3 autos "
         "achter me te toeteren",
         TYPE + faq(Q_STORING) + " — press the red intercom button at the barrier (24/7 control room can open it) or "
         "call 030 231 47 96.",
         "Tapping an earlier choice; the lost-ticket or payment entry; a long answer; asking to rephrase while she is "
         "stuck."),
        ("moet ik nu extra betalen voor die tijd?",
         faq(Q_STORING) + " — no: time spent longer because of a fault is not charged.",
         "The tariff list; saying yes, per 15 minutes; asking what she means."),
        ("ben jij nou een echt mens of een computer?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("hallo, het gaat over iets van een tijdje terug",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nee dat is het allemaal niet",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("begin oktober heb ik mn oude gazelle bij jullie neergezet en toen lag ik 6 weken in het ziekenhuis, staat "
         "ie er nog of is ie weg?",
         faq(Q_FIETS) + " — after 28 days bikes go to the bike depot at the Cartesiusweg; picking it up costs "
         "€ 27,50 with the key and ID. Wishing her well is fine.",
         "Saying it is surely still there; the daily fee only; the damage/theft entry; 'not covered'."),
        ("en doen jullie ook autowassen of zo? dan kan dat meteen als ie toch staat",
         "Not covered by the FAQ (near the trade: car wash / car service is not offered) — says so honestly, offers a "
         "person or the phone number.",
         "Inventing a car wash or a price; the charging entry as if it answered."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("hoi, ik begin 4 januari bij een bedrijf vlak bij CS en rij elke dag met de auto, wat kost een abonnement "
         "voor alleen doordeweeks? en kan de rekening naar mn werkgever?",
         both(Q_ABO, Q_FACTUUR) + " — working days (Mon-Fri 7:00-19:00) € 145 a month, fixed place on level -3, € 25 "
         "pass deposit, starts on the 1st or 15th (apply via the website); monthly invoice by e-mail, business account "
         "via zakelijk@catharijnehof.nl.",
         "Only one half without pointing to the other; the 24/7 price; the hourly tariff; saying invoices are not "
         "possible."),
        ("je snapt me niet. en als iemand tegen mn auto aanrijdt als ie daar staat, wie betaalt dat dan",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_SCHADE) + " — report "
         "before leaving at the office or intercom; camera images kept 28 days for the police or insurer; the garage "
         "only pays if its own installation caused it.",
         "Ignoring the push-back and repeating the subscription prices; saying the garage always pays; a handover "
         "without answering."),
        ("laat maar, dit schiet niet op. ik wil gewoon iemand van jullie spreken",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer (e.g. the office hours); choices; asking to rephrase again."),
        ("hallo? is daar iemand?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. the office hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("IK MOET 26 EURO BETALEN VOOR 2 UURTJES STAAN OMDAT DAT STOMME PAPIERTJE UIT MN JAS IS GEVALLEN!!! dit is "
         "toch gewoon diefstal",
         faq(Q_KWIJT) + " — calm, acknowledges the anger: report at the machine or intercom with the number plate; the "
         "cameras show the entry time, so he pays the real time plus € 5 admin fee; € 26 only if the plate cannot be "
         "found. Offering a person as well is fine.",
         "A cold answer ignoring the anger; the tariff list because of `26 euro`; the damage/theft entry because of "
         "`diefstal`; a handover with no explanation."),
        ("weet je trouwens of de apotheek op hoog catharijne zondag open is?",
         "Not covered (unrelated: a pharmacy's opening hours) — says it cannot help with that, no FAQ answer.",
         "Any FAQ entry (e.g. the garage's opening hours or address); inventing opening hours."),
        ("ik wil dat de beheerder me terugbelt, 06 2841 7730, na half 5 ben ik bereikbaar",
         "Hands over / passes on a callback request to 06 2841 7730 after 16:30; no FAQ answer.",
         "Ignoring the number or the time; only giving 030 231 47 96; an FAQ answer; asking to rephrase."),
        ("en hoe lang duurt dat ongeveer?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 48 h for paying afterwards in the app; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, person with colloquial words
        ("we gaan half januari naar zwolle verhuizen dus vanaf februari heb ik mn plek op -3 niet meer nodig, ik heb "
         "zo'n 24/7 abonnement",
         faq(Q_OPZEG) + " — by e-mail or in the account, 1 month notice, always to the end of a calendar month: "
         "notice given in December ends the subscription at the end of January; prepaid months after the end date are "
         "returned; hand in the pass within 14 days for the € 25 deposit. Does not claim it is done.",
         "Claiming the subscription has been stopped; the subscription price list; the reservation entry."),
        ("ja is goed",
         "Ambiguous yes — asks what he means or explains the next step (e-mail / account / a person); must not claim "
         "anything was stopped.",
         "Saying the subscription is now ended; a random FAQ entry."),
        ("en dat pasje, moet ik dat opsturen?",
         faq(Q_OPZEG) + " — hand in the pass within 14 days after the end date to get the € 25 deposit back.",
         "The payment entry; inventing a postal address; asking what he means."),
        ("jonguh ik word hier niet wijzer van, sowieso wil ik dit ff met een mens regelen, zet me maar door",
         "Hands over to a person (`jonguh` = man/mate, `sowieso` = anyway, `ff` = even) — short, no FAQ answer.",
         "An FAQ answer (e.g. the notice rule again); not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("goeiemorgen! kan ik voor zaterdag 19 december al een plek vastleggen, we gaan naar een concert in tivoli. "
         "en hoe laat gaat de garage dicht, het is pas om 23:30 afgelopen",
         "Small talk greeting + " + both(Q_RESERVEREN, Q_OPEN) + " — yes, via the website up to 2 h before, € 3 on top "
         "of the tariff, place held until 1 h after the booked time, recommended in December and for TivoliVredenburg; "
         "the garage is open 24/7, so leaving after 23:30 is no problem.",
         "Only one half without pointing to the other; the office hours (closed at 17:00 on Saturday) as closing time "
         "of the garage; saying reservation is not possible."),
        ("mn moeder zit in een rolstoel trouwens",
         faq(Q_BEPERKING) + " — 14 wide places on level 0 next to the lift; with a disabled parking card the first 2 h "
         "are free (show it at the office or intercom); all levels by lift.",
         "Ignoring it; the height entry; asking what she means."),
        ("laatste: kan ik daar cash afrekenen? en hoe lang lopen is het naar het station",
         both(Q_BETALEN, Q_LOCATIE) + " — no cash: card, credit card or contactless at the machines or exit, or the app "
         "afterwards; Catharijnesingel 88, 6 minutes' walk to Utrecht Centraal (4 to TivoliVredenburg).",
         "Only one half without pointing to the other; saying cash is fine; inventing a walking time."),
    ],
]

if __name__ == "__main__":
    write_faq("nl", FAQ)
    write_plan("nl", PLAN)
