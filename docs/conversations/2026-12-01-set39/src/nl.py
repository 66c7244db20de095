"""nl: Golfbaan & Golfschool De Gender (made up), a golf course with a golf school near Eindhoven; customers write
Dutch from Brabant (Netherlands) with a few Brabant words (houdoe, doe mar gewoon, ons moeder, ge/gij, hedde, efkes,
nie)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_GREENFEE = "Wat kost een greenfee?"
Q_GVB = "Hoe haal ik mijn GVB (baanpermissie)?"
Q_PROEFLES = "Kan ik een proefles golf nemen?"
Q_LID = "Wat kost een lidmaatschap?"
Q_OPZEGGEN = "Hoe zeg ik mijn lidmaatschap op?"
Q_HUUR = "Kan ik golfclubs of een buggy huren?"
Q_KLEDING = "Is er een kledingvoorschrift op de baan?"
Q_STARTTIJD = "Hoe reserveer ik een starttijd?"
Q_OPENING = "Wat zijn de openingstijden?"
Q_WEER = "Wat gebeurt er als de baan gesloten is door het weer?"
Q_RANGE = "Mag ik zonder GVB op de driving range?"
Q_PRIVELES = "Wat kost een privéles bij een golfpro?"
Q_JEUGD = "Hebben jullie golfles voor kinderen?"
Q_ROUTE = "Waar liggen jullie en kan ik er parkeren?"
Q_CADEAU = "Verkopen jullie cadeaubonnen?"

FAQ = [
    (Q_GREENFEE,
     "18 holes: € 75 op werkdagen, € 85 in het weekend en op feestdagen. 9 holes: € 45 / € 50. Je hebt een GVB of "
     "handicap 54 of lager nodig en een geldige NGF-pas (of buitenlandse clubkaart). Jeugd tot 21 jaar betaalt de helft.",
     "baan", ["greenfee", "18 holes", "9 holes", "prijs", "rondje"],
     ["wat kost een rondje golf", "prijs 18 holes weekend", "greenfee voor gasten"]),
    (Q_GVB,
     "Onze GVB-cursus: 5 groepslessen van 90 minuten (max. 6 personen) bij een PGA-pro, baanbegeleiding op 9 holes, "
     "het regelexamen (online, 30 vragen) en leenclubs, samen € 295. Start elke maand; de meeste cursisten hebben hun "
     "GVB binnen 6 tot 8 weken.",
     "golfschool", ["GVB", "baanpermissie", "cursus", "examen", "beginnen"],
     ["hoe krijg ik mijn gvb", "gvb cursus prijs", "hoe lang duurt de baanpermissie"]),
    (Q_PROEFLES,
     "Ja: een proefles in een groep van 60 minuten kost € 25, elke woensdag om 19:00 en zaterdag om 10:00. Clubs en "
     "ballen krijg je van ons; sportschoenen zijn prima. Boek je binnen 1 maand de GVB-cursus, dan gaat de € 25 eraf. "
     "Aanmelden via golfschool@golfdegender.nl of 06 4127 8830.",
     "golfschool", ["proefles", "kennismaken", "uitproberen", "beginner"],
     ["ik wil golf eens proberen", "hebben jullie een kennismakingsles", "wat kost een proefles"]),
    (Q_LID,
     "Volledig lidmaatschap € 1.450 per jaar, doordeweeks lidmaatschap (ma-vr) € 1.050 per jaar, jeugd tot 21 jaar "
     "€ 395 per jaar. Geen entreegeld. Het lidmaatschap loopt per kalenderjaar; instappen in de loop van het jaar kan, "
     "je betaalt dan per resterende maand. Een GVB is nodig om lid te worden.",
     "lidmaatschap", ["lid worden", "contributie", "jaarlijks", "kosten", "lidmaatschap"],
     ["wat kost lid worden", "hoeveel is de contributie", "doordeweeks lidmaatschap"]),
    (Q_OPZEGGEN,
     "Schriftelijk of per mail aan ledenadministratie@golfdegender.nl, uiterlijk op 1 december; dan stopt het "
     "lidmaatschap op 31 december. Later opgezegd loopt het een heel jaar door. Bij een verhuizing van meer dan 50 km "
     "of om medische redenen (met bewijs) kan het ook per het einde van een kwartaal. Geen terugbetaling van een lopend "
     "jaar.",
     "lidmaatschap", ["opzeggen", "beëindigen", "stoppen", "opzegtermijn"],
     ["ik wil mijn lidmaatschap opzeggen", "wanneer moet ik opzeggen", "stoppen als lid"]),
    (Q_HUUR,
     "Huurset clubs met tas € 20 per ronde (9 holes € 12), trolley € 5, elektrische trolley € 12. Buggy € 35 voor "
     "18 holes en € 22 voor 9 holes, alleen vanaf 18 jaar met rijbewijs; na veel regen zijn buggy's soms niet "
     "toegestaan. Reserveer een buggy bij je starttijd.",
     "baan", ["huren", "huurset", "buggy", "trolley", "clubs"],
     ["kan ik een set lenen", "buggy reserveren", "wat kost een golfkar"]),
    (Q_KLEDING,
     "Polo of shirt met kraag, nette pantalon of nette korte broek (tot net boven de knie); geen spijkerbroek, "
     "trainingsbroek of voetbalshirt. Golfschoenen met softspikes of spikeloze golfschoenen; gewone sportschoenen "
     "alleen op de driving range. Petjes af in het restaurant. Een polo met kraag is in de golfshop te koop vanaf € 39.",
     "baan", ["kleding", "dresscode", "spijkerbroek", "schoenen", "polo"],
     ["wat moet ik aan", "mag ik een spijkerbroek", "dresscode golfbaan"]),
    (Q_STARTTIJD,
     "Via de app of golfdegender.nl tot 7 dagen vooruit (leden 14 dagen), of bel 040 284 61 93. Wees 20 minuten voor "
     "je starttijd bij de caddiebalie. Maximaal 4 spelers per flight. Kosteloos annuleren tot 24 uur van tevoren, "
     "daarna rekenen we de greenfee.",
     "baan", ["starttijd", "reserveren", "flight", "annuleren", "boeken"],
     ["hoe boek ik een tee time", "starttijd annuleren", "hoe ver vooruit reserveren"]),
    (Q_OPENING,
     "Eerste starttijd 8:00 (november-februari 8:30), laatste 18 holes-start 2,5 uur voor zonsondergang. Clubhuis en "
     "restaurant 8:00-18:00 (april-september tot 21:00), golfshop 9:00-17:00. Gesloten op 25 december en 1 januari.",
     "algemeen", ["openingstijden", "open", "eerste start", "clubhuis", "shop"],
     ["hoe laat zijn jullie open", "wanneer is de eerste starttijd", "is het restaurant open"]),
    (Q_WEER,
     "Bij nachtvorst of sneeuw melden we om 7:30 in de app of we op wintergreens spelen of dicht zijn. Is de baan "
     "dicht, dan krijg je de greenfee binnen 5 werkdagen terug of een tegoedbon. Moet je stoppen (onweer, sirene) na "
     "minder dan 9 holes, dan krijg je de helft terug.",
     "baan", ["gesloten", "weer", "onweer", "wintergreens", "terugbetaling"],
     ["is de baan open met dit weer", "geld terug als de baan dicht is", "spelen jullie op wintergreens"]),
    (Q_RANGE,
     "Ja, de driving range en de putting green zijn voor iedereen, ook zonder GVB, dagelijks 8:00-21:00 (verlicht). "
     "Ballenpas: 30 ballen € 3,50, 100 ballen € 10. Een leenclub krijg je gratis in de shop tegen een legitimatiebewijs.",
     "oefenen", ["driving range", "oefenen", "ballen", "putting green"],
     ["mag iedereen op de range", "wat kost een emmer ballen", "oefenen zonder baanpermissie"]),
    (Q_PRIVELES,
     "Privéles bij een PGA-pro: 30 minuten € 45, 60 minuten € 85, strippenkaart 5 x 30 minuten € 200. Les met z'n "
     "tweeën 60 minuten € 110. Annuleren tot 24 uur vooraf, anders wordt de les gerekend. Boeken via de app of "
     "06 4127 8830.",
     "golfschool", ["privéles", "pro", "les", "strippenkaart", "individueel"],
     ["wat kost een les bij de pro", "losse les boeken", "strippenkaart lessen"]),
    (Q_JEUGD,
     "Jeugdgolf vanaf 6 jaar, woensdag 14:00-15:00 in groepjes van max. 8, € 12 per les of 10-lessenkaart € 100. "
     "Clubs zijn er; gewone sportschoenen zijn goed. Vanaf 8 jaar kunnen kinderen het jeugd-GVB halen (€ 95).",
     "golfschool", ["kinderen", "jeugd", "kind", "jeugdgolf", "leeftijd"],
     ["golfles voor mijn dochter", "vanaf welke leeftijd", "jeugdgolf woensdag"]),
    (Q_ROUTE,
     "Genderpad 12, 5646 RT Eindhoven (aan de zuidkant van de stad, 5 minuten van afslag 32 van de A2/A67). Gratis "
     "parkeren op ons terrein (150 plaatsen, 4 laadpalen). Buslijn 17 vanaf Eindhoven Centraal, halte Gendervelden, "
     "dan 400 meter lopen.",
     "algemeen", ["adres", "route", "parkeren", "bereikbaarheid", "bus"],
     ["waar zitten jullie", "is er parkeerplaats", "hoe kom ik er met het ov"]),
    (Q_CADEAU,
     "Ja, cadeaubonnen van € 25 tot € 250, te koop in de golfshop of online. Ze zijn 1 jaar geldig en te gebruiken "
     "voor lessen, greenfees, de driving range en de shop. Geen geld terug van een restbedrag.",
     "algemeen", ["cadeaubon", "cadeau", "bon", "geschenk", "verjaardag"],
     ["hebben jullie een cadeaukaart", "golfles cadeau geven", "hoe lang is een bon geldig"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye/acknowledgement
        ("goeiemiddag, ik ben met mn broer zaterdag in de buurt, wat kost bij jullie 18 holes en hoe regel ik een tijd "
         "om te starten? we hebben allebei handicap rond de 30",
         "Small talk greeting + " + both(Q_GREENFEE, Q_STARTTIJD) + " — Saturday 18 holes € 85 each (weekend); "
         "handicap 30 is fine (54 or lower) with an NGF card; book via the app/website up to 7 days ahead or call "
         "040 284 61 93; be there 20 minutes early.",
         "Only one half without pointing to the other; the weekday € 75; saying they need to be members."),
        ("onze stokken blijven in de auto van mn zwager, kunnen we hier wat lenen?",
         faq(Q_HUUR) + " — rental set with bag € 20 per round each (9 holes € 12); trolleys € 5 / € 12.",
         "The free loan club at the range (that is only for the range); 'not covered'."),
        ("en mogen we in korte broek? ze zeggen 16 graden",
         faq(Q_KLEDING) + " — yes, tidy shorts to just above the knee with a collared polo; no jeans or training wear; "
         "golf shoes (soft spikes or spikeless).",
         "'No shorts'; the weather/closed-course entry because of the temperature."),
        ("top, bedankt he, doe mar gewoon dan. houdoe!",
         "Small talk: acknowledgement + thanks + goodbye (`doe mar gewoon` = just keep it normal, `houdoe` = bye) — "
         "short friendly close.",
         "A long FAQ answer; choices; asking to rephrase; a handover."),
    ],
    [  # 2: vague, typed question while choices show, follow-up, bot?
        ("goedendag, vraagje",
         "Too vague to answer — choices (greenfee, lessons, membership...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("ons moeder is net 67 geworden en wil ineens gaan golfen, ze heeft nog nooit zo'n ding vastgehad. waar kan "
         "ze het beste mee starten?",
         TYPE + faq(Q_PROEFLES) + " — a 60-minute group trial lesson € 25, Wednesday 19:00 or Saturday 10:00, clubs "
         "and balls provided, sports shoes fine; the € 25 is deducted if she books the GVB course within 1 month. "
         "(`ons moeder` = my mother.) Mentioning the GVB course as the next step is fine.",
         "Tapping an earlier choice; the children's lessons; saying she is too old."),
        ("en hoe lang duurt het dan voor ze echt met haar vriendinnen rondjes mag lopen?",
         faq(Q_GVB) + " — the GVB course: 5 group lessons of 90 min, course guidance on 9 holes, the online rules exam, "
         "€ 295; most people have it in 6 to 8 weeks.",
         "The greenfee entry; a fixed date; 'not covered'."),
        ("praat ik nou met een echt iemand of is dit zo'n computerprogramma",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague, typed rejection, rephrasing, near-trade not covered
        ("hallo ik heb een vraag over mijn zoon",
         "Too vague to answer — choices or a clarifying question (children's lessons may be one choice).",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nee dat is het niet",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("hij is 9 en zit op voetbal maar wil nu ook met opa mee slaan, is er op woensdagmiddag iets voor zo'n ventje?",
         faq(Q_JEUGD) + " — junior golf from 6 years, Wednesday 14:00-15:00, groups of up to 8, € 12 a lesson or "
         "€ 100 for 10; clubs provided; from 8 he can take the junior GVB (€ 95).",
         "The adult trial lesson or GVB course; the range entry; 'not covered'."),
        ("en kunnen jullie opa zijn oude clubs nieuwe grips geven en de shafts inkorten zodat de jongen ermee kan?",
         "Not covered by the FAQ (near the trade: regripping and shortening clubs is not offered) — says so honestly, "
         "may offer a person.",
         "Inventing a club repair service or price; the rental entry as if it covered it."),
    ],
    [  # 4: two questions, push-back once, twice + person, waiting
        ("ik ben 34 en speel al een paar jaar op een andere baan, wat kost lid worden bij jullie en moet ik mijn gvb "
         "opnieuw doen of telt die van een andere club ook?",
         both(Q_LID, Q_GVB) + " — full membership € 1,450 a year, weekdays € 1,050, no entry fee, joining mid-year pays "
         "per remaining month; a GVB is needed (the FAQ does not say it must be redone — a right reply does not invent "
         "that; offering to check is fine).",
         "Only one half without pointing to the other; saying he must redo the course; a monthly price."),
        ("ja maar is die 1450 nou per maand of per jaar, dat zeg je er niet bij",
         "Acknowledges the push-back + " + faq(Q_LID) + " — per year (calendar year); joining now: per remaining month.",
         "Repeating the first answer unchanged; 'per month'; a handover without answering."),
        ("hedde gij eigenlijk wel verstand van golf? laat maar, ik wil gewoon iemand van de receptie aan de lijn",
         "Push-back (second time in a row) + request for a person (direct, annoyed; `hedde gij` = have you) — short "
         "apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("hallo? is daar iemand?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("IK STOND ZATERDAG OM HALF 9 OP JULLIE PARKEERPLAATS EN ALLES WAS WIT VAN DE VORST. niemand heeft me wat laten "
         "weten en de 85 euro is gewoon van mn rekening af!! hoe zit dat nou",
         faq(Q_WEER) + " — calm, acknowledges the anger: closed for frost → the greenfee back within 5 working days or "
         "a voucher; the status is posted in the app at 7:30. Offering a person as well is fine.",
         "A cold answer ignoring the anger; the 24-hour cancellation rule (greenfee charged); the parking/route entry; "
         "a handover with no explanation."),
        ("weet u toevallig of er zondag nog kaartjes zijn voor psv thuis?",
         "Not covered (unrelated: football tickets) — says it cannot help with that, no FAQ answer.",
         "The gift voucher entry; the opening hours; inventing ticket information."),
        ("laat de baanmanager me anders maar bellen, 06 3918 2274, na vijf uur ben ik thuis",
         "Hands over / passes on a callback request to 06 3918 2274 after 17:00; no FAQ answer.",
         "Ignoring the number or the time; only giving the club's number; an FAQ answer; asking to rephrase."),
        ("hoe lang duurt zoiets ongeveer",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 5-working-day refund time; promising an exact time; an FAQ answer."),
    ],
    [  # 6: cancel without the word, ambiguous yes, follow-up, person in dialect
        ("mijn man en ik verhuizen in februari naar leeuwarden voor zijn werk, dus volgend jaar spelen we hier niet meer. "
         "we zijn allebei volledig lid",
         faq(Q_OPZEGGEN) + " — in writing/by e-mail to ledenadministratie@golfdegender.nl by 1 December (today, 1 "
         "December 2026) → ends 31 December; otherwise a whole year more; moving more than 50 km (Leeuwarden is) allows "
         "ending at the end of a quarter with proof. Does not claim anything is ended.",
         "Claiming the memberships are ended; the opening hours because of `februari`; the membership prices."),
        ("ja is goed",
         "Ambiguous yes — asks what she wants (send the notice now? which date?) or explains the next step (the e-mail); "
         "must not claim anything is ended.",
         "Saying the memberships are now ended; a random FAQ entry."),
        ("en als die mail pas morgen binnen is, zitten we dan heel 2027 nog vast?",
         faq(Q_OPZEGGEN) + " — after 1 December normally the whole next year, but moving more than 50 km (Leeuwarden) "
         "with proof: end of a quarter (the quarter of the move, e.g. 31 March 2027); no refund of a running year.",
         "'Yes, all of 2027' without the move exception; 'no problem, any time'; 'not covered'."),
        ("weette wat, laat efkes iemand van de ledenadministratie meekijken, da's makkelijker",
         "Hands over to a person (`weette` = you know, `efkes` = quickly, `da's` = that is) — short, no FAQ answer.",
         "An FAQ answer again; not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, follow-up, two questions
        ("goeiemorgen! hoe vroeg kun je nu in de winter de baan op en waar zet ik mijn auto neer? ik kom uit tilburg",
         "Small talk greeting + " + both(Q_OPENING, Q_ROUTE) + " — winter (November-February) first start 8:30; "
         "Genderpad 12, Eindhoven, 5 minutes from exit 32 of the A2/A67, free parking (150 places).",
         "Only one half without pointing to the other; the summer 8:00; paid parking."),
        ("ik heb nog geen papiertje, mag ik dan wel gewoon ff wat ballen slaan?",
         faq(Q_RANGE) + " — yes: range and putting green open to all without GVB, 8:00-21:00; 30 balls € 3.50, 100 "
         "balls € 10; free loan club with ID. (`papiertje` = the GVB.)",
         "'No, you need a GVB'; the GVB course; the greenfee."),
        ("en wat kost een half uurtje met een pro, en verkopen jullie daar ook bonnen van? mn zwager wordt 50",
         both(Q_PRIVELES, Q_CADEAU) + " — 30 minutes € 45 (60 € 85, 5 x 30 € 200); gift vouchers € 25-€ 250, valid 1 "
         "year, usable for lessons.",
         "Only one half without pointing to the other; the group trial lesson price; vouchers not usable for lessons."),
    ],
]

if __name__ == "__main__":
    print(write_faq("nl", FAQ))
    print(write_plan("nl", PLAN))
