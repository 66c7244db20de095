"""nl: Rijschool Stuur & Zo (made up), a driving school in Rotterdam; customers write Rotterdams and everyday Dutch
(ff, effe, ouwe, gozer, mattie, lekker bezig, kek, doei, ut, wollah, skeer, kapsalon, joh)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PROEF = "Wat kost een proefles?"
Q_PAKKET = "Welke lespakketten hebben jullie?"
Q_EXAMEN = "Hoe gaat het praktijkexamen bij het CBR?"
Q_HEREXAMEN = "Wat gebeurt er als ik zak voor mijn examen?"
Q_AUTOMAAT = "Kan ik ook in een automaat rijles nemen?"
Q_THEORIE = "Hebben jullie een theoriecursus?"
Q_MOTOR = "Kan ik bij jullie ook mijn motorrijbewijs halen?"
Q_OPHALEN = "Halen jullie mij thuis op voor de les?"
Q_AFZEGGEN = "Hoe zeg ik een rijles af?"
Q_TERMIJNEN = "Kan ik in termijnen betalen?"
Q_INSTRUCTEUR = "Kan ik van instructeur wisselen?"
Q_LESTIJDEN = "Op welke dagen en tijden geven jullie les?"
Q_INSCHRIJVEN = "Wat heb ik nodig om met rijles te beginnen?"
Q_AANTAL = "Hoeveel rijlessen heb ik nodig?"
Q_SPOED = "Hebben jullie een spoedcursus?"

FAQ = [
    (Q_PROEF,
     "Een proefles van 60 minuten kost € 35 (een gewone les is € 62). Ophalen is inbegrepen en je krijgt na afloop een "
     "inschatting van het aantal lessen. Eén proefles per persoon.",
     "lessen", ["proefles", "kennismaking", "eerste les", "gratis"],
     ["wat kost een proefles", "kan ik een keer proberen", "is de eerste les goedkoper"]),
    (Q_PAKKET,
     "Losse les (60 min) € 62. Pakket 20 lessen € 1.190. Pakket 30 lessen + praktijkexamen € 1.895. Pakket 40 lessen + "
     "praktijkexamen € 2.395. Lessen uit een pakket blijven 12 maanden geldig.",
     "prijzen", ["pakket", "lespakket", "prijs", "losse les", "tarief"],
     ["wat kosten jullie pakketten", "hoeveel kost een losse les", "hebben jullie een pakket met examen"]),
    (Q_EXAMEN,
     "Wij vragen het examen voor je aan bij het CBR zodra je instructeur zegt dat je klaar bent. Examen los € 155 "
     "(inclusief de lesauto en een opwarmles van 30 minuten vooraf). Wachttijd bij het CBR in Rotterdam nu 8 tot 12 "
     "weken. Je theoriecertificaat moet op de examendag geldig zijn, anders vervalt het examen en krijg je het geld niet "
     "terug.",
     "examen", ["examen", "CBR", "praktijkexamen", "aanvragen", "wachttijd"],
     ["wanneer mag ik examen doen", "hoe lang moet ik wachten op het cbr", "wat kost het examen"]),
    (Q_HEREXAMEN,
     "Geen zorgen, dat overkomt veel mensen. Een herexamen kost € 165; we vragen het binnen 1 week aan (wachttijd meestal "
     "4 tot 8 weken). We raden minstens 2 extra lessen (€ 62 per les) aan op de punten uit het examenverslag.",
     "examen", ["herexamen", "gezakt", "zakken", "opnieuw"],
     ["ik ben gezakt wat nu", "wat kost een herexamen", "hoe snel kan ik opnieuw"]),
    (Q_AUTOMAAT,
     "Ja, we hebben 2 automaten. Een les kost € 3 meer (€ 65). Met een automaatrijbewijs (code 78) mag je alleen "
     "automaat rijden; later schakelen vraagt een nieuw examen. Gemiddeld heb je in een automaat 5 tot 10 lessen minder "
     "nodig.",
     "lessen", ["automaat", "schakelen", "code 78", "handgeschakeld"],
     ["hebben jullie een automaat", "is automaat duurder", "mag ik later nog schakelen"]),
    (Q_THEORIE,
     "Ja, een theoriedag op zaterdag van 9:00 tot 16:00 op ons kantoor, € 79 inclusief oefenexamens. Het theorie-examen "
     "zelf reserveer en betaal je via Mijn CBR (€ 48). Online oefenen voor 60 dagen kost € 25.",
     "theorie", ["theorie", "theoriecursus", "theorie-examen", "oefenen"],
     ["hoe haal ik mijn theorie", "geven jullie theorieles", "kan ik theorie oefenen"]),
    (Q_MOTOR,
     "Ja, voor A2 (vanaf 18) en A (vanaf 24). Motorles van 75 minuten € 75. Pakket 15 lessen + beide examens (AVB en "
     "AVD) € 1.495. Helm, jas, handschoenen en laarzen lenen we je gratis. Je hebt eerst je motortheorie nodig.",
     "motor", ["motor", "motorrijbewijs", "A2", "motorles"],
     ["geven jullie motorles", "wat kost het motorrijbewijs", "vanaf welke leeftijd motor"]),
    (Q_OPHALEN,
     "Ja, gratis in Rotterdam (postcodes 3000 tot 3089), Schiedam en Barendrecht: thuis, op school of op je werk, en we "
     "zetten je ook weer af. Daarbuiten € 5 per les.",
     "lessen", ["ophalen", "thuis", "afzetten", "school", "adres"],
     ["komen jullie mij ophalen", "kunnen jullie me van school halen", "kost ophalen extra"]),
    (Q_AFZEGGEN,
     "Zeg een les minstens 24 uur van tevoren af via WhatsApp 06 41 27 88 03 of bel 010 482 36 19. Dan kost het niets "
     "en blijft de les in je pakket; we plannen hem opnieuw in. Later afzeggen of niet komen: de les wordt gerekend "
     "(€ 62). Bij ziekte één keer per pakket gratis, als je het vóór de les meldt.",
     "lessen", ["afzeggen", "annuleren", "24 uur", "verzetten", "ziek"],
     ["hoe annuleer ik een les", "kan ik mijn les verzetten", "ik ben ziek en kan niet"]),
    (Q_TERMIJNEN,
     "Ja, voor pakketten: in 3 of 6 maandelijkse termijnen zonder rente of extra kosten. De eerste termijn betaal je vóór "
     "de eerste les. Losse lessen betaal je per week via pin of Tikkie.",
     "betalen", ["termijnen", "gespreid", "betalen", "afbetalen", "rente"],
     ["kan ik gespreid betalen", "moet ik alles in een keer betalen", "hoe betaal ik"]),
    (Q_INSTRUCTEUR,
     "Ja, één keer gratis wisselen; bel of app het kantoor (010 482 36 19). We hebben 6 instructeurs, onder wie 2 "
     "vrouwen. Daarna houd je dezelfde instructeur tot je examen.",
     "instructeurs", ["instructeur", "wisselen", "vrouwelijke", "klik"],
     ["ik wil een andere instructeur", "hebben jullie een vrouwelijke instructeur", "het klikt niet met mijn instructeur"]),
    (Q_LESTIJDEN,
     "Rijles maandag tot en met zaterdag van 7:00 tot 21:00; op zondag geen les. Het kantoor is telefonisch bereikbaar "
     "maandag tot vrijdag van 9:00 tot 17:00.",
     "planning", ["dagen", "tijden", "avond", "zaterdag", "zondag"],
     ["geven jullie ook s avonds les", "kan ik op zaterdag lessen", "wanneer is het kantoor open"]),
    (Q_INSCHRIJVEN,
     "Je mag beginnen vanaf 16,5 jaar (examen vanaf 17). Je hebt een geldig ID nodig en je geeft ons via Mijn CBR met "
     "DigiD een machtiging. Theorie hoeft niet vóór de eerste les, wel vóór het examen. Inschrijven via de site of bij "
     "de proefles.",
     "beginnen", ["inschrijven", "leeftijd", "machtiging", "DigiD", "beginnen"],
     ["vanaf welke leeftijd", "hoe schrijf ik me in", "wat moet ik regelen"]),
    (Q_AANTAL,
     "In Rotterdam gemiddeld 35 tot 45 lessen van 60 minuten, maar iedereen is anders. Na de proefles geeft je "
     "instructeur een inschatting; een garantie geven we niet.",
     "lessen", ["aantal", "hoeveel", "gemiddeld", "lessen"],
     ["hoeveel lessen heb ik nodig", "hoeveel lessen gemiddeld", "hoe lang duurt het voor ik rijbewijs heb"]),
    (Q_SPOED,
     "Ja, alleen voor de auto: 30 lessen in 3 weken + praktijkexamen, € 2.450. Je moet je theorie al gehaald hebben. Het "
     "examen plannen we via een spoedaanvraag bij het CBR (geen garantie op de datum).",
     "lessen", ["spoedcursus", "snel", "intensief", "weken"],
     ["kan ik snel mijn rijbewijs halen", "hebben jullie een intensieve cursus", "rijbewijs in een paar weken"]),
]

PLAN = [
    [  # 1
        ("hoi! ik ben 16 en half en wil eindelijk me rijbewijs halen, mag ik al beginnen of ben ik te jong? en wat kost "
         "zo'n proefles bij jullie?",
         "Small talk greeting + " + both(Q_INSCHRIJVEN, Q_PROEF) + " — yes, lessons from 16.5 (exam from 17): valid ID "
         "and an authorisation via Mijn CBR with DigiD, theory not needed before the first lesson; trial lesson 60 min "
         "€ 35 with pick-up (a normal lesson is € 62).",
         "Only one half without pointing to the other; 'you must be 17/18 to start'; 'the trial lesson is free'."),
        ("en moet ik dan zelf naar jullie toe of staan jullie voor de deur? ik woon in charlois",
         faq(Q_OPHALEN) + " — free pick-up and drop-off in Rotterdam (3000-3089, Charlois is inside), also from school "
         "or work.",
         "'Come to our office'; charging € 5 (that is only outside Rotterdam/Schiedam/Barendrecht)."),
        ("en hoeveel van die lessen heb ik uiteindelijk nodig denk je? scheelt dat als ik automaat neem?",
         both(Q_AANTAL, Q_AUTOMAAT) + " — on average 35-45 lessons in Rotterdam, estimate after the trial lesson, no "
         "guarantee; in an automatic on average 5-10 fewer, € 65 per lesson (€ 3 more), licence code 78 = automatic "
         "only.",
         "A fixed promise ('20 lessons'); hiding the code-78 limit; only one half without pointing to the other."),
        ("lekker bezig, top joh! bedankt en doei",
         "Small talk: acknowledgement + thanks + goodbye (`lekker bezig` = nice one, `joh` = mate, `doei` = bye) — "
         "short friendly close.",
         "A long FAQ answer; choices; a handover."),
    ],
    [  # 2
        ("hallo ik heb een vraag",
         "Too vague to answer — choices (trial lesson, packages, exam...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("mn afrijden is over 2 weken maar ik heb me theorie nog steeds niet gehaald, gaat dat wel door dan??",
         TYPE + faq(Q_EXAMEN) + " — no: the theory certificate must be valid on the exam day, otherwise the exam lapses "
         "and the money is not refunded; pass theory first or move the exam. (`afrijden` = driving test.)",
         "Tapping a choice; 'no problem, theory can come later'; the re-exam entry."),
        ("en hoe krijg ik dat snel geregeld? kunnen jullie daarbij helpen?",
         faq(Q_THEORIE) + " — theory day on Saturday 9:00-16:00 at the office, € 79 with practice exams; the CBR "
         "theory exam itself is booked and paid via Mijn CBR (€ 48); online practice € 25 for 60 days.",
         "Claiming the school books the theory exam; inventing a date; the rush-course entry alone."),
        ("ben jij nou een echt mens of een bot?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3
        ("goedemiddag, het gaat over mijn rijlessen",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nee dat is het niet",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("die gozer die mij les geeft schreeuwt de hele tijd tegen me en ik word daar zo zenuwachtig van, kan ik bij "
         "iemand anders verder?",
         faq(Q_INSTRUCTEUR) + " — yes, one free change via the office 010 482 36 19; 6 instructors, 2 women; then the "
         "same one until the exam. (`gozer` = guy.) Sympathy is welcome.",
         "'Not possible'; charging for the change; the cancel-a-lesson entry."),
        ("en geven jullie ook les voor aanhanger? moet een caravan trekken deze zomer, BE heet dat geloof ik",
         "Not covered (near the trade: BE trailer licence) — says so honestly, may offer a person; no price.",
         "Inventing a BE course or price; the motorbike entry."),
    ],
    [  # 4
        ("wat kost een pakket van 30 lessen en kan ik dat in termijnen betalen?",
         both(Q_PAKKET, Q_TERMIJNEN) + " — 30 lessons + practical exam € 1.895; yes, 3 or 6 monthly instalments, no "
         "interest, first instalment before the first lesson.",
         "Only one half without pointing to the other; adding interest; 'pay all in advance'."),
        ("nee dat vroeg ik niet, ik ben skeer, hoeveel moet ik al neerleggen VOORDAT ik voor t eerst achter het stuur zit",
         "Acknowledges the push-back + " + both(Q_PAKKET, Q_TERMIJNEN) + " — first instalment before the first lesson: "
         "€ 1.895 / 6 ≈ € 316 (or / 3 ≈ € 632). (`skeer` = broke.)",
         "Repeating the first answer unchanged; 'the full € 1.895 up front'; the trial-lesson price only."),
        ("je snapt me echt niet he, geef me gewoon een mens, ik ben er klaar mee",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("hallo?? is daar iemand",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("DIT IS ECHT BELACHELIJK!! ik lag gisteravond met 39 graden koorts in bed, heb om half 12 ge-appt dat ik vanochtend "
         "om 8 niet kon en nu krijg ik een rekening van 62 euro?? voor een les die ik niet eens gehad heb",
         faq(Q_AFZEGGEN) + " — calm, apologises: normally under 24 h the lesson is charged (€ 62), BUT illness is free "
         "once per package if reported before the lesson — she did, so it should be waived if it is her first time; "
         "refer to the office to correct it. Offering a person is fine too.",
         "Cold 'the 24-hour rule applies' ignoring the illness exception; promising a refund for sure; ignoring the anger."),
        ("andere vraag, weet jij tot hoe laat ze kapsalon verkopen bij die snackbar op de witte de withstraat?",
         "Not covered (unrelated: a snack bar's hours; `kapsalon` = the Rotterdam fries dish) — says it cannot help, "
         "no FAQ answer.",
         "Inventing opening hours; the lesson-times entry."),
        ("laat de baas me maar bellen op 06 28 54 90 17, morgen na 4 uur",
         "Hands over / passes on a callback request to 06 28 54 90 17 tomorrow (Wednesday 2 December) after 16:00; "
         "no FAQ answer.",
         "Ignoring the number or the time; only giving the office number; an FAQ answer."),
        ("hoe lang duurt dat ongeveer",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The exam waiting-time entry (8-12 weeks); the lesson duration; promising an exact time."),
    ],
    [  # 6
        ("hee, ik heb zaterdag om 10 uur les maar mijn oma wordt 80 en we gaan met de hele familie naar zeeland, "
         "dus ik ben er niet",
         faq(Q_AFZEGGEN) + " — more than 24 h before (Saturday 5 December) it is free via WhatsApp 06 41 27 88 03 or "
         "010 482 36 19 and the lesson stays in the package. Must not claim the lesson is cancelled.",
         "Claiming it is cancelled now; charging € 62; the lesson-times entry."),
        ("oh ja ok",
         "Ambiguous yes — asks what she wants (help to call it off? move it?) or explains the next step; must not claim "
         "anything is cancelled or moved.",
         "Saying the lesson is now cancelled or moved; a random FAQ entry."),
        ("en ben ik die dan kwijt uit mn pakket of krijg ik hem later nog?",
         faq(Q_AFZEGGEN) + " — called off 24 h or more before, the lesson stays in the package and is planned again; "
         "only late cancelling or not showing up costs it.",
         "'The lesson is lost'; the package price list alone; 'not covered'."),
        ("wollah mattie ik snap er niks meer van, zet me effe door naar iemand van kantoor joh",
         "Hands over to a person (`wollah` = I swear, `mattie` = mate, `effe` = just, `joh`) — short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; mocking the way of speaking."),
    ],
    [  # 7
        ("goeiemorgen! ik wil naast de auto ook op de motor, kan dat bij jullie en op welke dagen is er les?",
         "Small talk greeting + " + both(Q_MOTOR, Q_LESTIJDEN) + " — A2 from 18, A from 24; motor lesson 75 min € 75, "
         "package 15 lessons + AVB and AVD € 1.495; motor theory first; lessons Mon-Sat 7:00-21:00, not on Sunday.",
         "Only one half without pointing to the other; 'lessons on Sunday'; 'we do cars only'."),
        ("moet ik dan zelf al een helm en zo kopen? dat spul is kek duur",
         faq(Q_MOTOR) + " — no: helmet, jacket, gloves and boots are lent free. (`kek` = really.)",
         "'Bring your own gear'; inventing a rental price."),
        ("en als ik zak voor de auto wat kost het dan om opnieuw te gaan? en kan het ook in een paar weken, zo'n snelle "
         "cursus?",
         both(Q_HEREXAMEN, Q_SPOED) + " — re-exam € 165, requested within 1 week (wait 4-8 weeks), at least 2 extra "
         "lessons advised; rush course for the car only: 30 lessons in 3 weeks + exam € 2.450, theory must be passed, "
         "no date guarantee.",
         "Only one half without pointing to the other; a rush course for the motorbike; a free re-exam."),
    ],
]

if __name__ == "__main__":
    print(write_faq("nl", FAQ))
    print(write_plan("nl", PLAN))
