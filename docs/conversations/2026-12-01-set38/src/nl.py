"""nl: Muziekwinkel Den Bas (made up), a music shop in Ghent that sells and rents instruments (rent-to-buy), repairs
and tunes them and gives lessons; the bot serves nl-BE; customers write Flemish (ge/gij, kunde, da) with a few
Flemish words (goesting, amai, allez, ambetant, schoon, efkes, content, GSM)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_HUUR = "Hoe werkt huren met koopoptie?"
Q_HERSTEL = "Herstellen jullie instrumenten?"
Q_STEMMEN = "Komen jullie piano's stemmen aan huis?"
Q_LESSEN = "Welke lessen geven jullie en wat kosten ze?"
Q_LES_AFZEGGEN = "Wat als ik een les moet afzeggen?"
Q_OPENING = "Wat zijn de openingsuren?"
Q_LIGGING = "Waar is de winkel en waar kan ik parkeren?"
Q_BETALEN = "Hoe kan ik betalen?"
Q_RUILEN = "Kan ik een aankoop terugbrengen of ruilen?"
Q_GARANTIE = "Hoeveel garantie krijg ik?"
Q_INRUIL = "Kopen jullie tweedehands instrumenten aan?"
Q_LEVERING = "Leveren jullie aan huis?"
Q_HUUR_STOPPEN = "Hoe stop ik met huren?"
Q_KINDERMAAT = "Hebben jullie instrumenten in kindermaat?"
Q_CADEAUBON = "Verkopen jullie cadeaubons?"

FAQ = [
    (Q_HUUR,
     "U huurt per maand: gitaar € 15, viool € 20, klarinet, dwarsfluit of saxofoon € 35, digitale piano € 45. "
     "Minimum 3 maanden, waarborg € 100. Koopt u het instrument binnen de 12 maanden, dan trekken we alle betaalde "
     "huur af van de prijs; daarna de helft.",
     "verhuur", ["huren", "huurkoop", "koopoptie", "per maand", "waarborg"],
     ["kan ik een instrument huren", "wat kost huren per maand", "wordt de huur afgetrokken als ik koop"]),
    (Q_HERSTEL,
     "Ja, in ons eigen atelier (dinsdag tot vrijdag). Een prijsofferte is gratis en krijgt u binnen 5 werkdagen. "
     "Afstelling van een gitaar (snaarhoogte, hals, intonatie) € 45, nieuwe snaren opzetten € 12 plus de snaren. "
     "Meestal is het instrument na 7 tot 10 werkdagen klaar.",
     "atelier", ["herstelling", "atelier", "afstellen", "reparatie", "offerte"],
     ["mijn gitaar moet nagekeken worden", "wat kost een herstelling", "hoe lang duurt een reparatie"]),
    (Q_STEMMEN,
     "Ja. Een piano stemmen aan huis kost € 110 in Gent en € 130 daarbuiten tot 25 km. Afspraak via 09 233 71 48, "
     "meestal binnen 2 tot 3 weken. We raden aan een piano 1 à 2 keer per jaar te laten stemmen.",
     "atelier", ["stemmen", "pianostemmer", "aan huis", "vals"],
     ["mijn piano moet gestemd worden", "wat kost een pianostemmer", "komt er iemand aan huis"]),
    (Q_LESSEN,
     "Gitaar, elektrische gitaar, piano, drums, ukelele en zang, voor kinderen vanaf 7 jaar en volwassenen. 30 "
     "minuten € 22, 45 minuten € 30, beurtenkaart van 10 lessen van 30 minuten € 200. Een proefles kost € 15. "
     "Lessen op weekdagen na 16:00 en zaterdag.",
     "lessen", ["les", "lessen", "leraar", "proefles", "beurtenkaart"],
     ["geven jullie gitaarles", "wat kost een les", "kan ik een proefles doen"]),
    (Q_LES_AFZEGGEN,
     "Zeg een les minstens 24 uur vooraf af met een sms of telefoon naar 0478 62 19 05. Later afgezegd of niet "
     "gekomen: de les wordt aangerekend. Met een beurtenkaart kunt u 2 lessen inhalen; de kaart is 6 maanden geldig.",
     "lessen", ["afzeggen", "inhalen", "ziek", "24 uur"],
     ["ik kan niet komen naar de les", "wordt een gemiste les aangerekend", "kan ik een les inhalen"]),
    (Q_OPENING,
     "Dinsdag tot zaterdag van 10:00 tot 18:00, vrijdag tot 19:00. Zondag en maandag gesloten. Op 24 en 31 december "
     "tot 16:00, op 25 december en 1 januari gesloten.",
     "winkel", ["openingsuren", "open", "gesloten", "maandag", "zaterdag"],
     ["wanneer zijn jullie open", "zijn jullie open op zondag", "tot hoe laat open"]),
    (Q_LIGGING,
     "Brabantdam 142, 9000 Gent, op 3 minuten van de Kouter (tram 2 en 4, halte Kouter). Parkeren in de "
     "ondergrondse parking Kouter; voor een piano of groot instrument mag u 15 minuten laden en lossen voor de deur.",
     "winkel", ["adres", "parkeren", "tram", "laden en lossen"],
     ["waar zijn jullie", "waar kan ik mijn auto zetten", "welke tram"]),
    (Q_BETALEN,
     "Cash, Bancontact, Payconiq, Visa en Mastercard. Vanaf € 500 kunt u in 6 of 10 maanden betalen zonder kosten. "
     "Ecocheques en maaltijdcheques aanvaarden we niet.",
     "winkel", ["betalen", "Bancontact", "Payconiq", "afbetaling", "cash"],
     ["kan ik met de kaart betalen", "kan ik in schijven betalen", "nemen jullie ecocheques"]),
    (Q_RUILEN,
     "Binnen 14 dagen met kasticket, als het instrument ongebruikt is en in de originele verpakking zit: ruilen of "
     "geld terug. Rieten, mondstukken en oortjes nemen we om hygiënische redenen niet terug. Een bespeeld instrument "
     "kunt u wel laten schatten voor inruil.",
     "winkel", ["terugbrengen", "ruilen", "kasticket", "14 dagen", "geld terug"],
     ["kan ik iets terugbrengen", "ik wil ruilen", "krijg ik mijn geld terug"]),
    (Q_GARANTIE,
     "Op nieuwe instrumenten en toestellen 2 jaar wettelijke garantie, op tweedehands 1 jaar. Breng het instrument "
     "met het kasticket naar de winkel; we laten het binnen 10 werkdagen herstellen of vervangen. Niet gedekt: "
     "snaren, vel, val- en waterschade.",
     "winkel", ["garantie", "defect", "2 jaar", "tweedehands"],
     ["hoe lang garantie", "is dat nog onder garantie", "valt dat onder garantie"]),
    (Q_INRUIL,
     "Ja. Breng het instrument binnen (dinsdag tot vrijdag), de schatting is gratis en u krijgt binnen 3 werkdagen "
     "een bod. Bij inruil tegen een nieuw instrument krijgt u 10 % meer dan bij verkoop in cash.",
     "winkel", ["inruil", "aankopen", "schatting", "verkopen", "bod"],
     ["kopen jullie mijn gitaar", "kan ik mijn oude piano inruilen", "wat is mijn instrument waard"]),
    (Q_LEVERING,
     "Piano's en digitale piano's leveren en plaatsen we in Gent voor € 95, daarbuiten € 95 plus € 1,20 per km. "
     "Binnen 5 werkdagen. Kleine artikels versturen we met bpost voor € 7,50, gratis vanaf € 60.",
     "winkel", ["levering", "leveren", "verzending", "bpost", "thuis"],
     ["brengen jullie de piano thuis", "wat kost levering", "kunnen jullie opsturen"]),
    (Q_HUUR_STOPPEN,
     "Zeg de huur 1 maand vooraf op via verhuur@denbas-gent.be (minimum 3 maanden huur). Breng het instrument proper "
     "en met koffer terug naar de winkel. De waarborg van € 100 storten we binnen 14 dagen terug na nazicht; schade "
     "trekken we ervan af.",
     "verhuur", ["huur opzeggen", "stoppen", "terugbrengen huur", "waarborg terug"],
     ["ik wil de huur stoppen", "hoe zeg ik de huur op", "krijg ik de waarborg terug"]),
    (Q_KINDERMAAT,
     "Violen van 1/16 tot 4/4 en gitaren in 1/2 en 3/4. Huur van een kinderviool € 18 per maand. Zolang u huurt, "
     "wisselt u gratis naar de volgende maat als uw kind groeit; we meten in de winkel welke maat past.",
     "verhuur", ["kindermaat", "maat", "kinderviool", "kindergitaar", "groeien"],
     ["welke maat viool voor mijn kind", "hebben jullie kleine gitaren", "wat als mijn kind groeit"]),
    (Q_CADEAUBON,
     "Ja, vanaf € 20, in de winkel of via www.denbas-gent.be. Een cadeaubon is 1 jaar geldig en kan ook voor lessen "
     "gebruikt worden.",
     "winkel", ["cadeaubon", "geschenk", "bon", "cadeau"],
     ["hebben jullie cadeaubonnen", "hoe lang is een bon geldig", "kan een bon voor lessen"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, ack/thanks/goodbye
        ("hallo! ons dochter van 9 wil absoluut viool leren, kunde bij jullie zo een viool huren en wa kost da per "
         "maand? en geven jullie zelf ook les of moet ze naar de academie",
         "Small talk greeting + " + both(Q_HUUR, Q_LESSEN) + " — rent per month (violin € 20, children's violin € 18), "
         "minimum 3 months, deposit € 100, rent deducted when buying within 12 months; lessons: the FAQ lists guitar, "
         "piano, drums, ukulele and singing — NOT violin — 30 min € 22. A right reply must not promise violin lessons.",
         "Only one half without pointing to the other; promising violin lessons; 'not covered'."),
        ("ze is wel klein voor haar leeftijd he",
         faq(Q_KINDERMAAT) + " — violins from 1/16 to 4/4, measured in the shop; children's violin € 18 a month; free "
         "swap to the next size while renting.",
         "The full-size € 20 price only; asking what she means; 'not covered'."),
        ("en haar broer wil gitaarles, als die ne keer ziek is en nie kan komen, moet ik die les dan toch betalen?",
         faq(Q_LES_AFZEGGEN) + " — cancel at least 24 h ahead by text or phone to 0478 62 19 05, otherwise the lesson "
         "is charged; with a 10-lesson card 2 lessons can be made up.",
         "The warranty or rental entry; 'always free'; 'not covered'."),
        ("amai, ik ben content, merci he! salu",
         "Small talk: acknowledgement + thanks + goodbye (`amai` = wow, `content` = pleased, `salu` = bye) — short "
         "friendly close.",
         "A long FAQ answer; choices; asking to rephrase; a handover."),
    ],
    [  # 2: vague, typed question while choices show, short follow-up, bot?
        ("dag, ik heb een vraagske",
         "Too vague to answer — choices (rent, repairs, lessons, opening hours...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("mijn akoestische gitaar zoemt vanaf de vijfde fret en de snaren staan precies heel hoog, kunde gij da fixen "
         "en hoe lang moet ik hem missen?",
         TYPE + faq(Q_HERSTEL) + " — own workshop (Tuesday-Friday), free estimate within 5 working days, usually ready "
         "in 7-10 working days; a setup (action, neck, intonation) is € 45.",
         "Tapping an earlier choice; the warranty entry; the piano tuning entry; inventing same-day repair."),
        ("en wa kost da ongeveer",
         faq(Q_HERSTEL) + " — a guitar setup € 45 (new strings fitted € 12 plus the strings); the estimate is free.",
         "The € 110 piano tuning price; the lesson prices; asking what he means."),
        ("zijt gij eigenlijk een echte mens of ne computer?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague, typed rejection, rephrasing, near-trade not covered
        ("goeiemiddag, 't is voor mijn moeder",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nee da is het nie",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("ze heeft een oude buffetpiano in de living in destelbergen en als ze speelt klinkt alles scheef, komt er "
         "iemand van jullie langs of moet die naar de winkel",
         faq(Q_STEMMEN) + " — tuning at home: Destelbergen is outside Ghent (within 25 km) → € 130 (€ 110 in Ghent); "
         "appointment by 09 233 71 48, usually within 2-3 weeks.",
         "Bringing the piano to the shop; the delivery entry (€ 95 + km); the repair entry; 'not covered'."),
        ("en kunde ook het hout van die piano opknappen? er staan overal witte kringen van glazen op, ambetant is da",
         "Not covered by the FAQ (near the trade: refinishing the wooden case of a piano is not offered) — says so "
         "honestly, may offer a person. `ambetant` = annoying.",
         "Inventing a refinishing service or price; the repair entry as if it covered it; the warranty entry."),
    ],
    [  # 4: two questions, push-back once, twice + person, waiting
        ("vorige week een altsax gekocht voor onze jongen maar hij heeft er al geen goesting meer in. kan ik hem "
         "terugbrengen? en anders, kopen jullie hem terug?",
         both(Q_RUILEN, Q_INRUIL) + " — returns within 14 days with receipt only if unused and in the original "
         "packaging (a played sax does not qualify; reeds never); otherwise it can be valued for free, an offer within "
         "3 working days (10 % more as trade-in). `goesting` = desire, wanting.",
         "Only one half without pointing to the other; promising a full refund for a played instrument."),
        ("hij is maar 3 keer bespeeld, da's toch zo goed als nieuw?? allez, ik heb 1450 euro betaald",
         "Acknowledges the push-back (apology / offers a person) + " + faq(Q_RUILEN) + " — the rule is unused and in "
         "the original packaging; a played saxophone can be valued for trade-in instead. `allez` = come on.",
         "Repeating the first answer unchanged; promising the refund; a handover without answering."),
        ("dit is echt belachelijk, ik wil met iemand van de winkel spreken, nie met ne machine",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("hallo?? is daar iemand?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("MIJN DIGITALE PIANO IS NA 13 MAANDEN NIKS MEER WAARD, de toetsen blijven hangen en aan de telefoon zeggen ze "
         "dat ik moet betalen?? schandalig",
         faq(Q_GARANTIE) + " — calm, acknowledges the anger: new instruments have 2 years' legal warranty (second-hand "
         "1 year), so at 13 months a new one is covered; bring it with the receipt, repaired or replaced within 10 "
         "working days; not covered: fall and water damage. Offering a person as well is fine.",
         "A cold answer ignoring the anger; '1 year, so you pay' without asking new/second-hand; the repair prices; "
         "a handover with no explanation."),
        ("en weet ge toevallig of tram 1 deze week rijdt? er waren werken aan de korenmarkt",
         "Not covered (unrelated: tram works in Ghent) — says it cannot help with that, no FAQ answer.",
         "The shop's location with tram 2 and 4 as if it answered; inventing a timetable."),
        ("laat iemand mij terugbellen op mijn GSM 0486 31 77 20, liefst voor de middag",
         "Hands over / passes on a callback request to 0486 31 77 20 before noon; no FAQ answer. `GSM` = mobile.",
         "Ignoring the number or the time; only giving the shop's phone number; an FAQ answer; asking to rephrase."),
        ("hoe lang gaat da ongeveer duren?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 10-working-days warranty period; promising an exact time; an FAQ answer."),
    ],
    [  # 6: cancel without the word, ambiguous yes, follow-up, person in dialect
        ("we hebben sinds maart een klarinet van jullie voor ons lotte maar ze is gestopt met de muziekschool, vanaf "
         "januari hebben we die nie meer nodig",
         faq(Q_HUUR_STOPPEN) + " — notice 1 month ahead to verhuur@denbas-gent.be; bring it back clean with its case; "
         "deposit € 100 refunded within 14 days after the check, damage deducted. Does not claim the rental is ended.",
         "Claiming the rental is ended; the returns (14 days) entry; the opening hours because of `januari`."),
        ("oke is goed",
         "Ambiguous yes — asks what they want (send the notice e-mail? buy the clarinet?) or explains the next step; must "
         "not claim anything is ended.",
         "Saying the rental is now stopped; a random FAQ entry."),
        ("en die 100 euro van in 't begin, zien we die nog terug?",
         faq(Q_HUUR_STOPPEN) + " — yes, the € 100 deposit within 14 days after the check, minus any damage.",
         "The rent-to-buy deduction; 'no'; 'not covered'."),
        ("allez, kunde mij efkes doorverbinden me iemand van de winkel, ik regel da liever me ne mens",
         "Hands over to a person (`allez`, `efkes` = quickly, `kunde` = can you, `me` = met) — short, no FAQ answer.",
         "An FAQ answer again; not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("goeiendag! zijt ge open op maandag en kan ik daar ergens mijn auto kwijt?",
         "Small talk greeting + " + both(Q_OPENING, Q_LIGGING) + " — closed on Monday (Tuesday-Saturday 10:00-18:00, "
         "Friday until 19:00); Brabantdam 142, underground car park Kouter, 15 min loading in front for large "
         "instruments.",
         "Only one half without pointing to the other; saying open on Monday."),
        ("en brengt ge ook zo'n elektrische piano naar sint-amandsberg?",
         faq(Q_LEVERING) + " — yes: Sint-Amandsberg is part of Ghent → € 95, delivered and placed within 5 working "
         "days.",
         "The bpost price; adding km costs; 'not covered'."),
        ("ah en hebt ge iets om cadeau te doen voor haar lessen? en pakt ge payconiq?",
         both(Q_CADEAUBON, Q_BETALEN) + " — gift vouchers from € 20, valid 1 year, usable for lessons; Payconiq is "
         "accepted (also cash, Bancontact, Visa, Mastercard).",
         "Only one half without pointing to the other; refusing Payconiq; the lesson prices only."),
    ],
]

if __name__ == "__main__":
    print(write_faq("nl", FAQ))
    print(write_plan("nl", PLAN))
