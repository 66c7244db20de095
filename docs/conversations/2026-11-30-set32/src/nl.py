"""nl: Tennisvereniging Kei & Lob (made up), a tennis club in Amersfoort, customers writing everyday Netherlands
Dutch with a few colloquial words."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_CONTRIBUTIE = "Wat kost een lidmaatschap?"
Q_PROEFLES = "Kan ik een proefles doen?"
Q_LES = "Geven jullie tennisles?"
Q_BAAN = "Hoe reserveer ik een baan?"
Q_JEUGD = "Hebben jullie jeugdtennis?"
Q_OPENING = "Wat zijn de openingstijden en is er verlichting?"
Q_HAL = "Kan ik in de winter binnen spelen?"
Q_GASTEN = "Mag ik iemand meenemen die geen lid is?"
Q_BAR = "Wanneer is de kantine open?"
Q_BETALEN = "Hoe kan ik betalen bij de club?"
Q_RACKET = "Kan ik een racket huren?"
Q_COMPETITIE = "Hoe doe ik mee aan de competitie?"
Q_OPZEGGEN = "Hoe zeg ik mijn lidmaatschap op?"
Q_ADRES = "Waar is de club en hoe bereik ik jullie?"
Q_PARKEREN = "Kan ik bij de club parkeren?"

FAQ = [
    (Q_CONTRIBUTIE,
     "Per kalenderjaar: senioren € 215, studenten € 140, junioren tot en met 17 jaar € 95, 65-plussers € 175. Nieuwe "
     "leden betalen eenmalig € 25 inschrijfgeld; de KNLTB-bondsbijdrage zit erbij in. Leden vanaf 18 jaar draaien 2 "
     "bardiensten per jaar of kopen die af voor € 50. Wie na 1 juli lid wordt, betaalt de helft.",
     "lidmaatschap", ["contributie", "lidmaatschap", "lid worden", "inschrijfgeld", "kosten per jaar"],
     ["wat kost het om lid te worden", "hoe hoog is de contributie", "hoeveel betaal ik per jaar"]),
    (Q_PROEFLES,
     "Ja, elke zaterdag om 10:00 is er een gratis proefles van 50 minuten voor volwassenen (kinderen om 9:00). Rackets "
     "en ballen krijg je van ons; neem sportschoenen zonder zwarte zool mee. Aanmelden via de website. Daarna kun je 3 "
     "maanden een kennismakingslidmaatschap nemen voor € 60, met 4 groepslessen.",
     "lessen", ["proefles", "gratis les", "kennismaken", "uitproberen", "introductie"],
     ["kan ik het eerst proberen", "hebben jullie een gratis les", "ik wil eerst kennismaken"]),
    (Q_LES,
     "Ja, onze 3 KNLTB-trainers geven les van april tot en met september (buiten) en van oktober tot en met maart (in "
     "de hal). Groepsles met 4 personen: 20 lessen van 50 minuten voor € 210 per persoon (winter € 260). Privéles: € 48 "
     "per 50 minuten. Inschrijven via de website vóór 1 maart of 1 september.",
     "lessen", ["tennisles", "trainer", "groepsles", "privéles", "lesgeld"],
     ["wat kost tennisles", "kan ik privéles krijgen", "wanneer beginnen de lessen"]),
    (Q_BAAN,
     "Via de KNLTB ClubApp, tot 7 dagen vooruit. Een enkelspel duurt 45 minuten, een dubbelspel 60 minuten; je hebt "
     "maximaal 1 reservering tegelijk. We hebben 8 all-weather banen, waarvan 6 met verlichting. Wie niet komt opdagen "
     "zonder af te melden, kan 2 weken niet reserveren.",
     "banen", ["baan reserveren", "afhangen", "ClubApp", "vooruit boeken", "banen"],
     ["hoe boek ik een baan", "hoe ver vooruit kan ik afhangen", "hoe lang mag je spelen"]),
    (Q_JEUGD,
     "Ja, we hebben ruim 120 jeugdleden. Kinderen vanaf 4 jaar spelen met zachte ballen op een kleine baan (Tenniskids "
     "rood, oranje en groen). Jeugdlidmaatschap € 95 per jaar; jeugdles in groepjes van 6 kost € 150 voor 20 lessen. "
     "Woensdagmiddag is er jeugdtraining en in het voorjaar jeugdcompetitie op zaterdag.",
     "jeugd", ["jeugd", "kinderen", "junioren", "Tenniskids", "jeugdlid"],
     ["vanaf welke leeftijd kan mijn kind tennissen", "hebben jullie les voor kinderen", "wat kost jeugdlid"]),
    (Q_OPENING,
     "Het park is elke dag open van 8:00 tot 23:00, het hele jaar, behalve bij vorst of sneeuw. Banen 1 tot en met 6 "
     "hebben ledverlichting: druk op de knop bij het hek van je baan en het licht brandt 60 minuten, druk opnieuw voor "
     "nog een uur. Om 23:00 gaat alles automatisch uit. De verlichting zit in de contributie.",
     "banen", ["openingstijden", "verlichting", "licht", "'s avonds spelen", "tot hoe laat"],
     ["tot hoe laat kan ik spelen", "hoe gaat het licht aan", "is het park in de winter open"]),
    (Q_HAL,
     "Ja, van 1 oktober tot en met 31 maart huren we 3 banen in Tennishal De Eemhoek, 5 minuten fietsen van de club. "
     "Een vast uur per week voor het hele seizoen kost € 560 per baan (met 4 spelers € 140 per persoon). Losse uren: "
     "€ 28 overdag, € 34 vanaf 17:00 en in het weekend. Boeken via de ClubApp.",
     "banen", ["winter", "tennishal", "binnen spelen", "hal", "vast uur"],
     ["wat kost een uur in de hal", "kunnen we in de winter binnen tennissen", "hoe huur ik een vast uur"]),
    (Q_GASTEN,
     "Je mag een introducé (niet-lid) meenemen: € 10 per keer, maximaal 5 keer per jaar per persoon, aanmelden in de "
     "ClubApp bij het reserveren. Op een vast uur in de tennishal mag een invaller gratis meespelen.",
     "banen", ["introducé", "gast", "niet-lid", "iemand meenemen", "gastspeler"],
     ["mag ik een vriend meenemen", "wat kost een introducé", "mag een niet-lid meespelen"]),
    (Q_BAR,
     "De kantine is open van maandag tot en met vrijdag van 18:00 tot 23:00 en in het weekend van 10:00 tot 20:00. "
     "Koffie € 2,20, biertje € 2,80, tosti € 3,00. De bar wordt gedraaid door vrijwilligers.",
     "clubhuis", ["kantine", "clubhuis", "bar", "drankje", "tosti"],
     ["wanneer is de bar open", "kun je wat eten in het clubhuis", "wat kost een biertje"]),
    (Q_BETALEN,
     "De contributie gaat via automatische incasso in januari; in 3 termijnen (januari, april, juli) kan ook, met € 5 "
     "extra. In het clubhuis (kantine, racketverhuur, introducés) kun je alleen pinnen of contactloos betalen, geen "
     "contant geld. Toernooien en competitie betaal je via een betaalverzoek.",
     "lidmaatschap", ["betalen", "automatische incasso", "termijnen", "factuur", "betaalverzoek"],
     ["hoe betaal ik de contributie", "kan ik in termijnen betalen", "hoe kan ik betalen in het clubhuis"]),
    (Q_RACKET,
     "Ja, bij de kantine huur je een racket voor € 3 per keer; bij een proefles is het gratis. Een koker met 4 ballen "
     "kost € 6. Je eigen racket laten bespannen kan ook: € 18 plus de snaar, binnen 3 dagen klaar.",
     "clubhuis", ["racket huren", "racket lenen", "ballen", "bespannen", "snaar"],
     ["kan ik een racket lenen", "verkopen jullie ballen", "kunnen jullie mijn racket bespannen"]),
    (Q_COMPETITIE,
     "De KNLTB-voorjaarscompetitie loopt van april tot juni, de najaarscompetitie in september en oktober. Teams van 4 "
     "tot 6 spelers (dames, heren, gemengd, 17+ en 35+) schrijven zich in vóór 1 december (voorjaar) of 1 juni "
     "(najaar); het kost € 30 per speler. Geen team? Meld je bij de competitieleider, dan zoeken we er een voor je. In "
     "augustus is ons clubtoernooi.",
     "competitie", ["competitie", "team", "KNLTB-competitie", "toernooi", "inschrijven"],
     ["hoe kom ik in een team", "wanneer is de competitie", "hebben jullie een clubtoernooi"]),
    (Q_OPZEGGEN,
     "Opzeggen kan alleen per e-mail aan ledenadministratie@keienlob.nl, vóór 1 december; dan stopt je lidmaatschap op "
     "31 december. Zeg je later op, dan betaal je de contributie van het volgende jaar nog. Contributie van het lopende "
     "jaar krijg je niet terug, ook niet bij verhuizing of blessure. Je krijgt binnen 5 werkdagen een bevestiging.",
     "lidmaatschap", ["opzeggen", "lidmaatschap stoppen", "uitschrijven", "opzegtermijn", "afmelden als lid"],
     ["ik wil mijn lidmaatschap opzeggen", "hoe stop ik als lid", "wat is de opzegtermijn"]),
    (Q_ADRES,
     "Tennisvereniging Kei & Lob, Heideloop 31, Amersfoort (aan de rand van de Bokkeduinen), 15 minuten fietsen vanaf "
     "station Amersfoort Centraal; bushalte Heideloop ligt op 300 m. Telefoon kantine 033 461 82 70 (vanaf 18:00), "
     "e-mail ledenadministratie@keienlob.nl. De ledenadministratie zit er op dinsdag en donderdag van 19:00 tot 21:00.",
     "clubhuis", ["adres", "route", "telefoon", "e-mail", "bereikbaar"],
     ["waar zitten jullie", "hoe kom ik bij de club", "wat is jullie telefoonnummer"]),
    (Q_PARKEREN,
     "Ja, er is een eigen parkeerplaats met 40 gratis plekken en 2 laadpalen, en een overdekte fietsenstalling voor 80 "
     "fietsen. Op zaterdag tijdens de competitie staat het vol: kom dan liever op de fiets.",
     "clubhuis", ["parkeren", "parkeerplaats", "auto", "fietsenstalling", "laadpaal"],
     ["waar kan ik mijn auto kwijt", "is parkeren gratis", "is er een fietsenstalling"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye with a colloquial word
        ("Hoi! Ik ben net in Amersfoort komen wonen en wil weer gaan tennissen. Wat kost lid worden bij jullie? En kan "
         "ik eerst een keer proberen?",
         "Small talk greeting + " + both(Q_CONTRIBUTIE, Q_PROEFLES) + " — seniors € 215 a year (+ € 25 entry fee, half "
         "after 1 July); free 50-min trial lesson every Saturday at 10:00, rackets and balls provided, sign up on the "
         "website; a 3-month introduction membership € 60.",
         "Only one half without pointing to the other; the lesson prices (€ 210) as the fee; the junior fee; a "
         "handover."),
        ("en als ik nog student ben?",
         faq(Q_CONTRIBUTIE) + " — students pay € 140 a year.",
         "Repeating € 215 only; the junior fee (€ 95); asking what she means without trying."),
        ("en les nemen, wat kost dat?",
         faq(Q_LES) + " — group lesson of 4: 20 lessons of 50 min for € 210 per person (winter € 260); private lesson "
         "€ 48 per 50 min.",
         "The free trial lesson only; the junior lessons (€ 150); the membership fee again."),
        ("top, dankjewel! fijne avond nog, doeg",
         "Small talk: acknowledgement + thanks + goodbye (`doeg` = colloquial 'bye') — short friendly close.",
         "An FAQ answer (e.g. the clubhouse's evening hours); choices; not understanding; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("hallo, vraagje over de banen",
         "Too vague to answer — choices (booking a court, opening hours and lights, winter hall...) or a clarifying "
         "question.",
         "A handover; one entry answered at length as if sure."),
        ("hoe leg ik er eentje vast voor zaterdagochtend met mn broer?",
         TYPE + faq(Q_BAAN) + " — through the KNLTB ClubApp, up to 7 days ahead, 1 booking at a time.",
         "Tapping an earlier choice; the winter hall's fixed hour (`vast`); the guests entry (the brother may be a "
         "member); the opening hours alone."),
        ("en hoe lang mogen we dan?",
         faq(Q_BAAN) + " — two players = singles: 45 minutes (doubles 60).",
         "The opening hours (8:00-23:00); the 60 minutes of light; the 50-min lessons; asking what he means."),
        ("praat ik nu met een computer of met iemand van de club?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("hoi, ik heb een vraag over mijn zoontje",
         "Too vague to answer — choices (youth tennis, lessons, fees...) or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nee dat is het niet",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("hij is 7 en slaat de hele dag met een bal tegen de garagedeur, kan hij bij jullie beginnen?",
         faq(Q_JEUGD) + " — yes, children from 4 (Tenniskids with soft balls), junior membership € 95 a year, junior "
         "lessons in groups of 6: € 150 for 20 lessons, training on Wednesday afternoon.",
         "'Not covered'; the adult lessons (€ 210); the adult trial lesson only; a handover without the entry."),
        ("en padel? hebben jullie ook padelbanen?",
         "Not covered by the FAQ (near the trade: the club has no padel courts) — says so honestly, offers a person or "
         "the contact details.",
         "Inventing padel courts or prices; the court-booking entry as if it answered; the winter hall."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("Hoi, kan ik bij jullie ergens een racket lenen? en hoe kom ik in een team voor de competitie?",
         both(Q_RACKET, Q_COMPETITIE) + " — racket € 3 a time at the clubhouse (free at a trial lesson); spring "
         "competition April-June, autumn Sept-Oct, teams of 4-6 sign up before 1 December / 1 June, € 30 per player; "
         "no team: the competition leader finds one.",
         "Only one half without pointing to the other; the racket stringing alone; the youth competition; the club "
         "tournament only."),
        ("daar heb ik niks aan, dat vroeg ik niet. en kan dat met mn pinpas of moet ik cash meenemen?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_BETALEN) + " — in the "
         "clubhouse (racket rental) only card or contactless, no cash; competition fees by payment request.",
         "Ignoring the complaint and repeating the previous answer; only the contribution by direct debit; saying cash "
         "is fine; a handover without answering."),
        ("pff wat een gedoe zeg. ik wil gewoon iemand van het bestuur spreken",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer (e.g. the address or the membership admin hours); choices; asking to rephrase again."),
        ("hallo?? is daar nog iemand?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. the clubhouse hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated (Amersfoort nickname), callback with number, waiting (how long)
        ("gisteren stonden we midden in een tiebreak ineens in het pikkedonker op baan 3!! niemand die je iets vertelt, "
         "waar betaal ik eigenlijk 215 euro voor",
         faq(Q_OPENING) + " — calm, acknowledges the anger: the light burns 60 minutes per press of the button at the "
         "court's gate, press again for another hour; everything goes off at 23:00; lights are included in the fee. "
         "Offering a person as well is fine.",
         "A cold answer ignoring the anger; the membership fee entry because of the 215 euro; the court-booking entry; "
         "a handover with no explanation."),
        ("trouwens, weet jij waar ze in de Kei de beste friet hebben?",
         "Not covered (unrelated: the best chips in Amersfoort; `de Kei` = Amersfoort, the 'Keistad') — says it cannot "
         "help with that, no FAQ answer.",
         "Any FAQ entry (e.g. the clubhouse's tosti or the address); inventing a chip shop."),
        ("laat de voorzitter me maar bellen, 06 41 87 29 53, na zessen ben ik thuis",
         "Hands over / passes on a callback request to 06 41 87 29 53, after 18:00; no FAQ answer.",
         "Ignoring the number; only giving the club's phone number; an FAQ answer; asking to rephrase."),
        ("en hoelang moet ik daarop wachten?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 60 minutes of light; the 45/60-minute court times; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, colloquial person
        ("We gaan in februari verhuizen naar Groningen, dus volgend jaar heb ik hier niks meer te zoeken. Hoe regel ik "
         "dat?",
         faq(Q_OPZEGGEN) + " — only by e-mail to ledenadministratie@keienlob.nl before 1 December, membership ends 31 "
         "December; later means paying next year's fee; confirmation within 5 working days; does not claim it is done.",
         "Claiming the membership has been ended; the address entry; the payment entry; the contribution entry alone."),
        ("ok prima",
         "Ambiguous yes — asks what he means or repeats what to do (the e-mail); must not claim anything was ended.",
         "Saying the membership is now ended; a random FAQ entry."),
        ("krijg ik dan nog iets terug van wat ik dit jaar betaald heb?",
         faq(Q_OPZEGGEN) + " — no: the current year's contribution is not refunded, also not when moving.",
         "Promising a refund or half the fee back (the 'half after 1 July' is for new members); the payment entry "
         "alone; asking what he means."),
        ("joh ik snap er geen bal van, effe iemand van de ledenadministratie aan de lijn graag",
         "Hands over to a person (colloquial: `joh` = come on, `geen bal` = nothing at all, `effe` = even, just) — "
         "short, no FAQ answer.",
         "An FAQ answer (e.g. the membership admin's hours and e-mail only); not understanding the request; asking to "
         "rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("Goedemiddag, wij zoeken met z'n vieren een vast uurtje binnen voor de wintermaanden, wat kost dat? En kunnen "
         "we daarna nog wat drinken in de kantine?",
         "Small talk greeting + " + both(Q_HAL, Q_BAR) + " — a fixed hour a week in Tennishal De Eemhoek from 1 Oct to "
         "31 Mar: € 560 per court (€ 140 each for 4), book in the ClubApp; clubhouse Mon-Fri 18:00-23:00, weekend "
         "10:00-20:00.",
         "Only one half without pointing to the other; the loose hours only; the opening hours of the courts instead "
         "of the clubhouse."),
        ("en als er een keer een vriend van buiten de club invalt?",
         faq(Q_GASTEN) + " — on a fixed hour in the hall a substitute plays free (elsewhere a guest costs € 10 a time, "
         "max 5 times a year).",
         "Only the € 10 guest fee as if it applied in the hall; the membership fees; asking what he means."),
        ("hoe ver is het vanaf het station? en kun je er je auto kwijt?",
         both(Q_ADRES, Q_PARKEREN) + " — Heideloop 31, 15 minutes by bike from Amersfoort Centraal, bus stop at 300 m; "
         "40 free parking places and 2 chargers (full on competition Saturdays).",
         "Only one half without pointing to the other; inventing a train or bus timetable; the winter hall's "
         "address."),
    ],
]

if __name__ == "__main__":
    write_faq("nl", FAQ)
    write_plan("nl", PLAN)
