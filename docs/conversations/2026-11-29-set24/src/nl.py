"""nl: Fysiotherapie Assendorp (made up), physiotherapy practice, Zwolle (Netherlands); some Flemish customers."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_VERWIJZING = "Heb ik een verwijzing van de huisarts nodig?"
Q_AFSPRAAK = "Hoe maak ik een afspraak?"
Q_VERGOEDING = "Wordt fysiotherapie vergoed door mijn zorgverzekering?"
Q_BELGIE = "Ik ben verzekerd in België. Hoe gaat het met de vergoeding?"
Q_KOSTEN = "Wat kost een behandeling als ik zelf betaal?"
Q_MEENEMEN = "Wat moet ik meenemen naar de eerste afspraak?"
Q_DUUR = "Hoe lang duurt een behandeling en hoeveel behandelingen heb ik nodig?"
Q_KLACHTEN = "Met welke klachten kan ik bij jullie terecht?"
Q_SPORTMASSAGE = "Geven jullie sportmassage?"
Q_DRYNEEDLING = "Doen jullie aan dry needling?"
Q_AFZEGGEN = "Hoe zeg ik een afspraak af en wat als ik niet kom?"
Q_AANHUIS = "Komen jullie ook aan huis?"
Q_OPENINGSTIJDEN = "Wat zijn de openingstijden?"
Q_PARKEREN = "Kan ik parkeren bij de praktijk?"
Q_FITNESS = "Hebben jullie medische fitness?"

FAQ = [
    (Q_VERWIJZING,
     "Nee, u kunt zonder verwijzing bij ons terecht (directe toegang). Bij de eerste afspraak doen we dan een korte "
     "screening van ongeveer 10 minuten om te kijken of fysiotherapie bij uw klacht past. Heeft u wel een verwijzing, "
     "neem die dan mee. Voor behandeling aan huis en voor chronische aandoeningen op de lijst van de overheid is een "
     "verwijzing wel nodig.",
     "afspraken", ["verwijzing", "verwijsbrief", "huisarts", "directe toegang"],
     ["moet ik eerst naar de huisarts", "kan ik zonder verwijsbrief komen"]),
    (Q_AFSPRAAK,
     "Bel ons op 038 421 55 60 (maandag tot en met vrijdag 8:00-17:00), plan online via de knop 'Afspraak maken' op onze "
     "website of kom langs bij de balie. Meestal kunt u binnen 3 werkdagen terecht. U krijgt een bevestiging per e-mail.",
     "afspraken", ["afspraak maken", "inplannen", "telefoon", "online", "wachttijd"],
     ["hoe kan ik een afspraak inplannen", "hoe snel kan ik terecht", "kan ik online een afspraak maken"]),
    (Q_VERGOEDING,
     "Voor volwassenen vergoedt de basisverzekering fysiotherapie niet, behalve bij chronische aandoeningen op de lijst "
     "(vanaf de 21e behandeling). De aanvullende verzekering vergoedt een aantal behandelingen per jaar, afhankelijk van "
     "uw polis. Kinderen tot 18 jaar krijgen 9 behandelingen (soms 18) uit de basisverzekering. We hebben contracten met "
     "alle grote verzekeraars en declareren rechtstreeks; het eigen risico geldt niet voor fysiotherapie uit de "
     "aanvullende verzekering.",
     "vergoeding", ["vergoeding", "verzekering", "aanvullende verzekering", "basisverzekering", "eigen risico"],
     ["krijg ik het vergoed", "hoeveel behandelingen vergoedt mijn verzekering", "valt fysio onder de basisverzekering"]),
    (Q_BELGIE,
     "We hebben geen contract met Belgische ziekenfondsen, dus u betaalt de behandeling zelf (42 euro, eerste afspraak "
     "55 euro) met pin of creditcard. U krijgt van ons een factuur met alle gegevens die u bij uw ziekenfonds kunt "
     "indienen; hoeveel u terugkrijgt bepaalt uw ziekenfonds. Vraag vooraf bij uw ziekenfonds of u toestemming nodig "
     "heeft voor zorg in Nederland.",
     "vergoeding", ["België", "ziekenfonds", "Belgische verzekering", "buitenland", "factuur"],
     ["ik woon in België, wordt het vergoed", "werkt het met een Belgisch ziekenfonds"]),
    (Q_KOSTEN,
     "Een gewone behandeling (ongeveer 30 minuten) kost 42 euro. De eerste afspraak met onderzoek kost 55 euro. "
     "Behandeling aan huis kost 18 euro extra. Dry needling valt binnen de gewone behandeling, zonder toeslag. U kunt "
     "betalen met pin of via een factuur binnen 14 dagen.",
     "kosten", ["kosten", "prijs", "tarief", "zelf betalen"],
     ["wat is jullie tarief", "hoeveel kost fysio zonder verzekering"]),
    (Q_MEENEMEN,
     "Neem een geldig identiteitsbewijs mee, uw zorgpas of polisnummer, de verwijzing als u die heeft en een lijst van uw "
     "medicijnen. Draag makkelijke kleding en neem een korte broek mee bij knie- of heupklachten, en een handdoek. Kom 5 "
     "minuten voor uw afspraak.",
     "afspraken", ["meenemen", "eerste afspraak", "identiteitsbewijs", "zorgpas", "kleding"],
     ["wat heb ik nodig voor mijn intake", "wat moet ik aantrekken"]),
    (Q_DUUR,
     "De eerste afspraak duurt 45 tot 60 minuten (vraaggesprek, onderzoek en de eerste behandeling). Daarna duurt een "
     "behandeling ongeveer 30 minuten. Meestal komt u 1 tot 2 keer per week; gemiddeld zijn 6 tot 8 behandelingen nodig, "
     "maar dat hangt af van uw klacht.",
     "behandeling", ["duur", "hoe lang", "aantal behandelingen", "minuten"],
     ["hoe lang duurt de eerste keer", "hoe vaak moet ik komen"]),
    (Q_KLACHTEN,
     "Wij behandelen onder meer rug-, nek- en schouderklachten, knie- en heupklachten, sportblessures, hoofdpijn door "
     "spanning of de nek, revalidatie na een operatie (bijvoorbeeld kruisband of nieuwe heup) en klachten door "
     "computerwerk. Bekkenfysiotherapie en kinderfysiotherapie doen we niet; daarvoor verwijzen we u door. Twijfelt u? "
     "Bel 038 421 55 60, dan overleggen we kort en gratis.",
     "behandeling", ["klachten", "blessure", "rug", "nek", "revalidatie"],
     ["wat behandelen jullie", "helpen jullie ook bij een sportblessure", "doen jullie revalidatie na een operatie"]),
    (Q_SPORTMASSAGE,
     "Ja, onze sportmasseur geeft sportmassage, ook als u geen patiënt bij ons bent: 30 minuten voor 37,50 euro of 60 "
     "minuten voor 65 euro. Sportmassage wordt niet vergoed door de verzekering. Op zaterdagochtend is er alleen "
     "sportmassage op afspraak.",
     "behandeling", ["sportmassage", "massage", "masseur", "ontspanningsmassage"],
     ["kan ik een massage boeken", "wat kost een sportmassage"]),
    (Q_DRYNEEDLING,
     "Ja, twee van onze fysiotherapeuten zijn gecertificeerd voor dry needling. Het is een onderdeel van de gewone "
     "behandeling, zonder toeslag. Met een heel dunne naald worden triggerpoints in gespannen spieren behandeld; de spier "
     "kan daarna 1 tot 2 dagen stijf voelen. Niet geschikt tijdens de zwangerschap of bij het gebruik van "
     "bloedverdunners.",
     "behandeling", ["dry needling", "naald", "triggerpoints", "acupunctuur"],
     ["wat is dry needling", "kost dry needling extra"]),
    (Q_AFZEGGEN,
     "Zeg uw afspraak minstens 24 uur van tevoren af: telefonisch (ook via de voicemail), per e-mail aan "
     "info@fysio-assendorp.example of via de link in uw bevestigingsmail. Dan kost het niets en kunt u meteen een nieuwe "
     "afspraak kiezen. Zegt u later af of komt u niet, dan rekenen we 35 euro; dat bedrag vergoedt de verzekering niet.",
     "afspraken", ["afzeggen", "annuleren", "verzetten", "niet komen", "no-show"],
     ["kan ik mijn afspraak verplaatsen", "moet ik betalen als ik niet kom"]),
    (Q_AANHUIS,
     "Ja, als u om medische redenen niet naar de praktijk kunt komen, bijvoorbeeld na een operatie, behandelen we u aan "
     "huis in Zwolle en Hattem. Daarvoor is een verwijzing van de huisarts of specialist nodig. De toeslag is 18 euro per "
     "bezoek; met verwijzing vergoeden de meeste aanvullende verzekeringen die.",
     "afspraken", ["aan huis", "huisbezoek", "niet mobiel", "buiten de praktijk"],
     ["doen jullie huisbezoeken", "ik kan niet naar de praktijk komen"]),
    (Q_OPENINGSTIJDEN,
     "Maandag tot en met donderdag 7:30-20:30, vrijdag 7:30-17:00 en zaterdag 8:30-12:30 (alleen sportmassage, op "
     "afspraak). Op zondag en feestdagen zijn we gesloten. De telefoon is bereikbaar van maandag tot en met vrijdag van "
     "8:00 tot 17:00.",
     "algemeen", ["openingstijden", "open", "avond", "zaterdag", "telefonisch bereikbaar"],
     ["zijn jullie 's avonds open", "tot hoe laat kan ik komen"]),
    (Q_PARKEREN,
     "Achter de praktijk zijn 3 eigen parkeerplaatsen voor patiënten (inrit naast nummer 116). In de straat is een "
     "blauwe zone: met een parkeerschijf staat u er 2 uur gratis. Er is een fietsenrek voor de deur en de bushalte "
     "Assendorperplein ligt op 2 minuten lopen. De praktijk is gelijkvloers en rolstoeltoegankelijk.",
     "algemeen", ["parkeren", "parkeerplaats", "blauwe zone", "bus", "bereikbaarheid"],
     ["waar kan ik parkeren", "is er een bushalte in de buurt"]),
    (Q_FITNESS,
     "Ja, in onze oefenzaal kunt u onder begeleiding van een fysiotherapeut trainen, bijvoorbeeld na een blessure of bij "
     "rugklachten: 2 keer per week voor 45 euro per maand, maandelijks opzegbaar. Vooraf is een intake van 30 minuten "
     "(30 euro). Sommige aanvullende verzekeringen vergoeden een deel.",
     "behandeling", ["medische fitness", "oefenzaal", "trainen", "begeleid sporten"],
     ["kan ik bij jullie sporten", "wat kost medische fitness"]),
]

PLAN = [
    [  # 1 lower back, first visit
        ("hoi! ik heb al weken last van mn onderrug, moet ik eerst naar de huisarts of kan ik zo bij jullie terecht? en hoe snel kan dat",
         "Small talk greeting + " + both(Q_VERWIJZING, Q_AFSPRAAK) + " — no referral needed (short screening at the first visit); call 038 421 55 60 or book online, usually within 3 working days.",
         "Only one half without pointing to the other; saying a referral is required; the opening hours only."),
        ("moet ik dat zelf betalen?",
         faq(Q_VERGOEDING) + " — basic insurance does not pay for adults; the supplementary insurance pays a number of treatments depending on the policy; direct billing.",
         "The price entry alone (42 €) without the insurance rule; the Belgian insurance entry; asking what 'dat' is."),
        ("wat neem ik mee de eerste keer",
         faq(Q_MEENEMEN) + " — ID, insurance card/policy number, referral if any, list of medicines, easy clothes, towel.",
         "The first-visit duration entry; the booking entry."),
        ("ok top, dank je wel! doei",
         "Small talk: thanks + goodbye (acknowledgement) — short closing.",
         "An FAQ entry; choices; a handover."),
    ],
    [  # 2 vague costs, then sports massage
        ("hoe zit het met de kosten",
         "Too vague to answer — choices (price of a treatment, insurance, sports massage, missed-appointment fee) or a clarifying question.",
         "A handover; 'not covered'."),
        ("mijn kuiten zijn keihard na het voetballen, kan ik alleen ff gemasseerd worden zonder dat hele onderzoek?",
         TYPE + faq(Q_SPORTMASSAGE) + " — yes, also for non-patients: 30 min 37,50 €, 60 min 65 €; not reimbursed.",
         "Tapping an earlier choice; the complaints/sports injuries entry; dry needling; saying a referral is needed."),
        ("en op zaterdag?",
         faq(Q_OPENINGSTIJDEN) + " — Saturday 8:30-12:30, sports massage only, by appointment.",
         "Saying they are closed on Saturday; the phone hours only; asking what he means."),
        ("ben jij nou een echt mens?",
         "Small talk: are you a bot — honest: an automatic assistant; offers a person if wanted.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3 knee surgery, home visit, insoles
        ("vraagje over mijn knie",
         "Too vague to answer — choices (what we treat, booking, home visits) or a clarifying question.",
         "A handover; a long answer from one entry."),
        ("nee dat bedoel ik niet",
         TYPE + "Typed rejection — asks what he wants to know / invites a rephrasing; no handover yet, no repeat of the same choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("ben 2 weken geleden geopereerd aan mn kruisband en kan nog amper lopen, kan er iemand bij mij thuis langs?",
         faq(Q_AANHUIS) + " — yes, in Zwolle and Hattem when he can't come for medical reasons; referral from GP or specialist needed; 18 € surcharge per visit.",
         "The complaints entry only ('we treat knees'); the parking entry; saying home visits are not offered."),
        ("en steunzolen, kunnen jullie die ook aanmeten?",
         "Not covered by the FAQ (near the trade: insoles are made by a podiatrist, not this practice) — says so honestly, offers a person.",
         "The complaints entry; claiming they make insoles; unrelated choices."),
    ],
    [  # 4 Flemish customer, push-back twice, angry
        ("goeiendag, ik woon in hasselt maar werk in zwolle. hoe zit dat met mijn mutualiteit? en kan ik na mijn werk rond 6u nog komen?",
         "Small talk greeting + " + both(Q_BELGIE, Q_OPENINGSTIJDEN) + " — no contract with Belgian health funds: pay yourself, get an invoice to submit; Mon-Thu open until 20:30 (Fri until 17:00).",
         "The Dutch insurance entry instead of the Belgian one; only one half without pointing to the other; 'not covered' ('mutualiteit' = Belgian health fund)."),
        ("dat is niet wat ik vroeg. wat kost één behandeling nou gewoon als ik het zelf betaal?",
         "Push-back (first time) + " + faq(Q_KOSTEN) + " — apologise; 42 € a treatment, first visit 55 €.",
         "Repeating the previous answer unchanged; ignoring the push-back; the sports massage prices."),
        ("nee!! echt, geef me gewoon iemand van de praktijk, ik word hier gek van",
         "Push-back (second time in a row) + Request for a person (angry) — short apology and handover now.",
         "Another FAQ answer; choices; asking to rephrase."),
        ("hallo?? is daar iemand",
         WAIT + AFTER + "Waiting — reassures that a person will answer; no FAQ answer, no invented wait time.",
         "An FAQ entry; a new greeting as if the chat were new; a promised time."),
    ],
    [  # 5 angry about the no-show fee
        ("wat is dit nou, ik krijg een rekening van 35 euro terwijl ik gewoon ziek in bed lag?! belachelijk",
         faq(Q_AFZEGGEN) + " — apologise; cancelling less than 24 h before or not coming costs 35 € (not reimbursed); cancelling can be done by phone/voicemail, email or the link. A person may be offered for the specific bill.",
         "The price entry (42 €); only a handover without the rule; the insurance entry."),
        ("weet jij trouwens of de a28 bij zwolle dicht is vandaag",
         "Not covered by the FAQ (unrelated: road closure on the A28) — says it can't answer that here.",
         "The parking/accessibility entry; inventing traffic news; choices."),
        ("bel me maar terug, 06 18 27 44 90, na 4 uur ben ik thuis",
         "Request for a person (callback with number) — hand over / confirm that the number and time are passed on.",
         "Only giving the practice's phone number; the home-visit entry ('thuis'); ignoring the number."),
        ("hoe lang duurt dat ongeveer?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The treatment-duration entry; promising a precise time."),
    ],
    [  # 6 cancelling Thursday, complaints, Flemish person request
        ("ik kan donderdag om 10 uur toch niet, mn dochter moet die dag naar het ziekenhuis",
         faq(Q_AFZEGGEN) + " — cancel at least 24 h before (phone/voicemail, email or the link) and it's free; later = 35 €. Must not claim the appointment is cancelled.",
         "Saying 'your appointment is cancelled'; the opening hours; the home-visit entry."),
        ("ja",
         "Ambiguous yes — acknowledges or asks what she means (does she want a person to move the appointment?); never claims a cancellation.",
         "Confirming a cancellation; an unrelated entry; repeating the whole answer."),
        ("ze heeft trouwens zelf ook vaak hoofdpijn en een stijve nek, is dat iets voor jullie?",
         faq(Q_KLACHTEN) + " — yes: neck complaints and tension headaches are treated (no referral needed).",
         "The dry needling entry as the main answer; 'not covered'; the children's insurance rule only."),
        ("allez, kan ik nu ne keer iemand aan de lijn krijgen of nie?",
         "Request for a person (dialect: Flemish 'allez', 'ne keer', 'nie') — hand over.",
         "The phone number/hours only; an FAQ entry; asking to rephrase."),
    ],
    [  # 7 parking, needles, fitness
        ("goedemiddag, kan ik met de auto voor de deur staan? en ben ik de eerste keer een uurtje kwijt of zo?",
         "Small talk greeting + " + both(Q_PARKEREN, Q_DUUR) + " — 3 patient spaces behind the practice, blue zone with a disc (2 h); first visit 45-60 minutes.",
         "Only one half without pointing to the other; the opening hours; the 'what to bring' entry."),
        ("en doen jullie ook iets met naaldjes? een vriendin had dat en was er heel blij mee",
         faq(Q_DRYNEEDLING) + " — yes, two certified therapists; part of the normal treatment; muscle may feel stiff 1-2 days.",
         "Saying they do acupuncture; 'not covered'; the sports massage entry."),
        ("kost dat extra? en kan ik bij jullie ook zelf trainen met iemand erbij?",
         both(Q_DRYNEEDLING, Q_FITNESS) + " — dry needling has no surcharge (part of the 42 € treatment); supervised medical fitness 2x a week 45 € a month after a 30 € intake.",
         "Only one half without pointing to the other; the sports massage prices; 'we are not a gym'."),
    ],
]

if __name__ == "__main__":
    print(write_faq("nl", FAQ))
    print(write_plan("nl", PLAN))
