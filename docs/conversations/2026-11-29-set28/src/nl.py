"""nl: Hoveniersbedrijf Groen Gedaan (made up), a garden maintenance company in Leuven (Belgium), Flemish Dutch."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_HAAG = "Wat kost het snoeien van een haag?"
Q_GAZON = "Maaien jullie ook gazons?"
Q_BOOM = "Vellen jullie bomen?"
Q_VERGUNNING = "Heb ik een vergunning nodig om een boom te laten vellen?"
Q_ONTWERP = "Kunnen jullie mijn tuin ontwerpen en aanleggen?"
Q_UURPRIJS = "Wat is jullie uurprijs?"
Q_OFFERTE = "Hoe vraag ik een offerte aan?"
Q_AFVAL = "Nemen jullie het groenafval mee?"
Q_ABO = "Hebben jullie een onderhoudsabonnement?"
Q_REGIO = "In welke gemeenten werken jullie?"
Q_BETALEN = "Hoe kan ik betalen en aanvaarden jullie dienstencheques?"
Q_ANNULEREN = "Hoe annuleer of verplaats ik een afspraak?"
Q_BON = "Verkopen jullie tuinbonnen?"
Q_WEER = "Wat gebeurt er als het slecht weer is op de dag van de afspraak?"
Q_THUIS = "Moet ik thuis zijn als jullie komen?"

FAQ = [
    (Q_HAAG,
     "We rekenen het gewone uurtarief van 48 € per tuinman (excl. 21 % btw) plus 25 € verplaatsing. Voor een haag tot 2 m "
     "hoog rekent u op ongeveer 1 uur per 10 meter, aan beide kanten. De beste periode is juni en september; tussen 15 "
     "maart en 15 juni snoeien we voorzichtig vanwege broedende vogels. Het afvoeren van het snoeisel wordt apart "
     "gerekend.",
     "snoeiwerk", ["haag", "snoeien", "haagscharen", "hagen", "coniferen"],
     ["hoeveel kost mijn haag scheren", "wanneer snoei ik best mijn haag", "doen jullie hagen"]),
    (Q_GAZON,
     "Ja, van april tot oktober. Een gazon tot 300 m² maaien kost 35 € per beurt (excl. btw), daarboven 0,10 € per extra "
     "m². Wij raden om de 2 weken aan. Verticuteren en bemesten doen we 1 keer per jaar in het voorjaar, voor 60 € tot "
     "300 m².",
     "gazon", ["gazon", "gras maaien", "grasmaaien", "verticuteren", "m²"],
     ["komen jullie het gras afrijden", "wat kost maaien", "wanneer verticuteren"]),
    (Q_BOOM,
     "Ja, bomen tot 15 m hoog, ook vlak bij huizen met een hoogtewerker. De prijs hangt af van de boom en de plaats: vanaf "
     "250 € per boom, altijd op offerte. Het hout en de takken voeren we af of we laten het gezaagd achter. De stronk "
     "frezen kost 90 € extra.",
     "bomen", ["boom", "bomen", "vellen", "kappen", "stronk", "rooien"],
     ["kunnen jullie een boom omzagen", "wat kost een boom kappen", "stronk laten verwijderen"]),
    (Q_VERGUNNING,
     "In Leuven hebt u een omgevingsvergunning nodig voor een boom met een stamomtrek van meer dan 1 m, gemeten op 1 m "
     "hoogte. Wij helpen u gratis met de aanvraag; reken op ongeveer 30 dagen voor de beslissing van de stad. Tussen 1 "
     "april en 30 september vellen we alleen als het echt moet.",
     "bomen", ["vergunning", "omgevingsvergunning", "toelating", "stad Leuven", "kapvergunning"],
     ["mag ik zomaar een boom laten kappen", "moet ik toestemming vragen", "heb ik papieren nodig voor een boom"]),
    (Q_ONTWERP,
     "Ja. Het eerste bezoek met advies kost 75 €, dat we aftrekken als u ons de opdracht geeft. Een tuinontwerp met plan en "
     "plantenlijst kost 450 € voor een tuin tot 200 m². De aanleg (grondwerk, terras, beplanting, gazon) gebeurt op "
     "offerte; reken op 2 tot 6 weken werk.",
     "aanleg", ["tuinontwerp", "tuinaanleg", "nieuwe tuin", "aanleggen", "plan"],
     ["kunnen jullie een nieuwe tuin maken", "wat kost een tuinplan", "tuin laten aanleggen"]),
    (Q_UURPRIJS,
     "48 € per uur per tuinman, exclusief 21 % btw, met een minimum van 2 uur per bezoek. Daarbij komt 25 € "
     "verplaatsingskosten per bezoek. Het gebruik van onze machines is inbegrepen.",
     "prijzen", ["uurprijs", "uurtarief", "tarief", "prijs per uur", "verplaatsingskosten"],
     ["wat kost een uur", "hoeveel rekenen jullie", "wat zijn jullie tarieven"]),
    (Q_OFFERTE,
     "Een offerte is gratis. Vraag ze aan via het formulier op onze website of op 016 48 27 93. We komen binnen 10 "
     "werkdagen ter plaatse kijken en u krijgt de offerte binnen 5 werkdagen daarna per mail. Ze is 3 maanden geldig.",
     "prijzen", ["offerte", "prijsofferte", "bestek", "prijsvraag"],
     ["kan ik een prijs krijgen", "komen jullie eerst kijken", "is een offerte gratis"]),
    (Q_AFVAL,
     "Ja, als u dat wilt: 30 € per volle aanhangwagen (ongeveer 2 m³), naar het containerpark. U kunt het groenafval ook "
     "zelf houden voor compost of de groene container, dan betaalt u niets. In een abonnement is afvoer tot 1 m³ per "
     "beurt inbegrepen.",
     "afval", ["groenafval", "afvoer", "snoeisel", "takken", "containerpark"],
     ["wat doen jullie met de takken", "moet ik zelf naar het containerpark", "wat kost afvoeren"]),
    (Q_ABO,
     "Ja, twee formules. Basis: 14 maaibeurten van maart tot november, 390 € per jaar. Plus: 20 beurten met maaien, haag "
     "2 keer snoeien, onkruid en bladeren, 890 € per jaar (tuin tot 500 m²). U betaalt per maand via domiciliëring en "
     "kunt elk jaar opzeggen met 1 maand opzegtermijn. Van december tot februari komen we niet, behalve voor snoeiwerk "
     "op afspraak.",
     "abonnement", ["abonnement", "onderhoudscontract", "vast onderhoud", "formule", "jaarcontract"],
     ["hebben jullie een contract voor het hele jaar", "wat kost een abonnement", "vast onderhoud van de tuin"]),
    (Q_REGIO,
     "We werken in Leuven en alle deelgemeenten (Heverlee, Kessel-Lo, Wilsele, Wijgmaal) en in Herent, Bertem, "
     "Oud-Heverlee, Bierbeek, Holsbeek, Rotselaar en Kortenberg. Verder dan 20 km van Leuven rekenen we 0,50 € per extra "
     "km.",
     "regio", ["regio", "werkgebied", "gemeenten", "Leuven", "Herent", "Bertem"],
     ["komen jullie ook naar mijn gemeente", "tot waar werken jullie", "doen jullie ook buiten Leuven"]),
    (Q_BETALEN,
     "U krijgt de factuur per mail en betaalt binnen 14 dagen via overschrijving, of ter plaatse met Bancontact of "
     "Payconiq. Abonnementen gaan via domiciliëring. Bij een tuinaanleg vragen we 30 % voorschot. Dienstencheques "
     "aanvaarden we niet: in Vlaanderen gelden die niet voor tuinwerk.",
     "betalen", ["betalen", "factuur", "dienstencheques", "Payconiq", "overschrijving", "voorschot"],
     ["kan ik met bancontact betalen", "mag ik met dienstencheques betalen", "hoe betaal ik de factuur"]),
    (Q_ANNULEREN,
     "Bel of mail ons tot 48 uur voor de afspraak, dan is annuleren of verplaatsen gratis. Later rekenen we 25 € "
     "verplaatsingskosten. Als wij door het weer moeten verplaatsen, betaalt u niets.",
     "afspraken", ["annuleren", "afzeggen", "afspraak verplaatsen", "andere datum"],
     ["ik wil mijn afspraak afzeggen", "kan ik een andere dag kiezen", "kost annuleren iets"]),
    (Q_BON,
     "Ja, tuinbonnen vanaf 25 €, voor elk bedrag en voor al onze werken. U koopt ze op de website of op kantoor en krijgt "
     "ze per mail of op papier. Een tuinbon is 1 jaar geldig.",
     "tuinbon", ["tuinbon", "cadeaubon", "geschenkbon", "cadeau"],
     ["kan ik een cadeaubon kopen", "hoe lang is een tuinbon geldig", "ik zoek een cadeau voor een tuinliefhebber"]),
    (Q_WEER,
     "Bij stevige regen, vorst of storm werken we niet. We bellen of sms'en u dan dezelfde dag voor 8 uur en spreken "
     "kosteloos een nieuwe datum af, meestal binnen 5 werkdagen. Bij lichte regen werken we gewoon.",
     "afspraken", ["regen", "slecht weer", "vorst", "storm", "uitstel"],
     ["wat als het regent", "werken jullie bij vorst", "komen jullie bij slecht weer"]),
    (Q_THUIS,
     "Nee, als wij via een poort of zijgang in de tuin kunnen. Laat de poort open of geef ons een sleutel of code; zet de "
     "hond binnen. We sturen een bericht als we klaar zijn, met 2 foto's van het werk.",
     "afspraken", ["thuis zijn", "aanwezig", "poort", "sleutel", "afwezig"],
     ["moet er iemand thuis zijn", "ik ben op het werk als jullie komen", "hoe komen jullie in de tuin"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye
        ("goeiendag, wat kost het om mijn haag te laten scheren? en nemen jullie het snoeisel mee?",
         "Small talk greeting + " + both(Q_HAAG, Q_AFVAL) + " — 48 € per gardener per hour (excl. VAT) + 25 € travel, "
         "about 1 hour per 10 m of hedge; green waste taken away for 30 € per trailer (about 2 m³) or left for free.",
         "Only one half without pointing to the other; the tree-felling entry; a handover."),
        ("en dat uur is dat met btw of zonder?",
         faq(Q_UURPRIJS) + " — 48 € excl. 21 % VAT (so about 58 € incl.), minimum 2 hours, plus 25 € travel.",
         "The payment entry; the quote entry; asking what he means without trying."),
        ("komen jullie ook tot in wilsele?",
         faq(Q_REGIO) + " — yes, Wilsele is part of Leuven.",
         "Saying no or charging the 0,50 €/km; 'not covered'; asking to rephrase."),
        ("oké merci, salukes!",
         "Small talk: acknowledgement + thanks + goodbye (`salukes` = Flemish/Brabant for bye, `merci` = thanks) — short "
         "friendly close.",
         "An FAQ answer; choices; not understanding and asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("hallo, ik heb een vraag over mijn tuin",
         "Too vague to answer — choices (hedge, lawn, trees, garden design, subscription...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("er staat een grote berk vlak tegen ons huis, die moet weg. kunt ge dat doen?",
         TYPE + faq(Q_BOOM) + " — yes, up to 15 m, also close to houses (aerial platform); from 250 € per tree, always on "
         "a quote; grinding the stump 90 € extra.",
         "Tapping an earlier choice; the hedge entry; the permit entry alone without saying they do it."),
        ("moet ik daar iets voor aanvragen bij de stad?",
         faq(Q_VERGUNNING) + " — in Leuven a permit is needed if the trunk is over 1 m round at 1 m height; they help "
         "for free; about 30 days.",
         "The quote entry (asking the company for a quote); saying no permit is ever needed; asking to rephrase."),
        ("ben ik nu met een computer aan het chatten?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("ik heb een probleem met jullie",
         "Too vague to answer — choices (appointment, invoice, work done...) or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("neen, dat is het niet",
         TYPE + "Typed rejection (`neen` = Belgian 'no') — asks what happened / invites a rephrasing; no handover yet, "
         "no repeat of the same choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("we hadden dinsdag iemand verwacht om te maaien, het heeft van 's morgens tot 's avonds gegoten en niemand heeft ons iets laten "
         "weten",
         faq(Q_WEER) + " — in heavy rain they do not work; they should call or text before 8:00 the same day and set a "
         "new date free of charge, usually within 5 working days; an apology that nobody called and offering a person "
         "is right.",
         "The lawn entry (mowing prices); the cancellation entry's 25 € fee; a cold answer."),
        ("en kunnen jullie ook mijn dakgoten kuisen? die zitten vol bladeren",
         "Not covered by the FAQ (near the trade: cleaning gutters is not offered; `kuisen` = Belgian 'clean') — says so "
         "honestly, offers a person or the phone number.",
         "Inventing a gutter service or a price; the green-waste entry as if it answered; the subscription entry "
         "(leaves)."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("we wonen sinds kort in kessel-lo en rond het huis ligt alleen zand. kunnen jullie daar iets groens van maken? "
         "en hoe weet ik op voorhand wat dat gaat kosten",
         both(Q_ONTWERP, Q_OFFERTE) + " — first advice visit 75 € (deducted if they get the job), design 450 € up to 200 "
         "m², building on a quote, 2-6 weeks; a free quote via the website or 016 48 27 93, visit within 10 working "
         "days, quote 5 working days later, valid 3 months.",
         "Only one half without pointing to the other; the hourly rate only; the lawn entry."),
        ("dat is niet wat ik vroeg. kan ik dat dan met dienstencheques betalen?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_BETALEN) + " — no "
         "dienstencheques (not valid for garden work in Flanders); invoice by e-mail, 14 days, transfer, Bancontact or "
         "Payconiq; 30 % advance for a new garden.",
         "Ignoring the complaint and repeating the previous answer; saying dienstencheques are accepted; a handover "
         "without answering."),
        ("amai, ge snapt er echt niks van. geef mij ne mens aan de lijn, nu!",
         "Push-back (second time in a row) + request for a person (direct, angry; Flemish `amai` = gosh, `ge snapt` = "
         "you understand, `ne mens` = a human) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("allo? is daar iemand?",
         WAIT + AFTER + "Waiting (`allo` = hello?) — reassures that a person has the message and will answer; no FAQ "
         "answer, no invented wait time.",
         "An FAQ answer; a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("ik heb 3 dagen op voorhand gebeld dat jullie donderdag niet moesten komen en nu staat er 25 euro extra op mijn "
         "factuur!!! belachelijk",
         faq(Q_ANNULEREN) + " — calm, acknowledges the anger: cancelling or moving up to 48 h before is free, so 3 days "
         "ahead should cost nothing; the 25 € should not have been charged (a person can correct the invoice); offering "
         "a person is fine.",
         "Saying the 25 € is due; the payment entry (14 days to pay); a cold answer; a handover with no explanation."),
        ("trouwens, wat voor weer gaan we krijgen dit weekend?",
         "Not covered (unrelated: the weather forecast) — says it cannot help with that, no FAQ answer.",
         "The bad-weather entry (rain on the day of an appointment); inventing a forecast."),
        ("laat iemand mij terugbellen op 0479 21 56 83, liefst na 17u",
         "Hands over / passes on a callback request to 0479 21 56 83, after 17:00; no FAQ answer.",
         "Ignoring the number; only giving the company's phone number; an FAQ answer; asking to rephrase."),
        ("duurt dat lang?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The quote's 10/5 working days; the permit's 30 days; the design's 2-6 weeks; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, dialect person
        ("mijn schoonzoon heeft de haag vorige week zelf gedaan, dus jullie moeten maandag niet meer komen",
         faq(Q_ANNULEREN) + " — call or e-mail; free up to 48 h before, later 25 €; do not claim it is done.",
         "Claiming the appointment has been cancelled; the hedge entry; the subscription entry."),
        ("ja ok",
         "Ambiguous yes — asks what she means or explains what happens next (call/mail / a person); must not claim "
         "anything was cancelled.",
         "Saying the visit is now cancelled; a random FAQ entry."),
        ("kost mij dat iets?",
         faq(Q_ANNULEREN) + " — nothing if more than 48 h before Monday, otherwise 25 €.",
         "The hourly rate; the hedge price; asking what she means."),
        ("allee, 'k verstaan der ni veel van. kunde mij efkes doorverbinden me iemand van kantoor?",
         "Hands over to a person (Flemish Brabant dialect: `allee` = come on, `'k verstaan der ni veel van` = I don't "
         "understand much of it, `kunde` = kunt ge, `efkes` = even, `me` = met) — short, no FAQ answer.",
         "An FAQ answer; not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("goeiemiddag, hebben jullie iets van vast onderhoud voor het hele jaar? en moet ik dan telkens thuis zijn?",
         "Small talk greeting + " + both(Q_ABO, Q_THUIS) + " — Basis 14 mowing visits March-November 390 €/year, Plus 20 "
         "visits 890 €/year, monthly direct debit, 1 month notice a year; no need to be home if they can get in through "
         "a gate (leave it open or a key/code, dog inside), a message with 2 photos afterwards.",
         "Only one half without pointing to the other; the hourly rate only."),
        ("en in de winter?",
         faq(Q_ABO) + " — no visits December to February, except pruning by appointment.",
         "The bad-weather entry alone (frost) without the subscription answer; asking what he means."),
        ("nog iets: kan ik bij jullie een bon kopen voor de verjaardag van mijn ma? en rijden jullie ook gras af?",
         both(Q_BON, Q_GAZON) + " — garden vouchers from 25 €, website or office, valid 1 year; lawn mowing April-October, "
         "35 € per visit up to 300 m² (excl. VAT), every 2 weeks advised.",
         "Only one half without pointing to the other; the payment entry instead of the voucher; `afrijden` not "
         "understood (Belgian: mowing)."),
    ],
]

if __name__ == "__main__":
    write_faq("nl", FAQ)
    write_plan("nl", PLAN)
