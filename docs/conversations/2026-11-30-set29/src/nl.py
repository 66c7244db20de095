"""nl: Massagepraktijk Handzaam (made up), a massage and wellness practice in Maastricht, Netherlands Dutch with a
few Limburg words."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_SOORTEN = "Welke massages bieden jullie aan?"
Q_PRIJZEN = "Wat kost een massage?"
Q_DUUR = "Hoe lang duurt een behandeling en hoe vroeg moet ik er zijn?"
Q_BON = "Verkopen jullie cadeaubonnen?"
Q_SAUNA = "Hebben jullie een sauna?"
Q_VERZEKERING = "Vergoedt mijn zorgverzekering de massage?"
Q_BOEKEN = "Hoe maak ik een afspraak?"
Q_ZWANGER = "Kan ik een massage krijgen als ik zwanger ben?"
Q_DUO = "Kunnen we met z'n tweeën tegelijk gemasseerd worden?"
Q_OPEN = "Wat zijn jullie openingstijden?"
Q_PARKEREN = "Waar kan ik parkeren?"
Q_BETALEN = "Hoe kan ik betalen?"
Q_ANNULEREN = "Hoe kan ik mijn afspraak annuleren of verzetten?"
Q_NIETMASSEREN = "Wanneer kan ik beter niet gemasseerd worden?"
Q_MEENEMEN = "Wat moet ik meenemen?"

FAQ = [
    (Q_SOORTEN,
     "Wij geven ontspanningsmassage, sportmassage, hotstonemassage, zwangerschapsmassage, duomassage en een korte nek- en "
     "schoudermassage. De meeste massages kunt u boeken voor 30, 60 of 90 minuten; hotstone alleen voor 60 of 90 "
     "minuten.",
     "behandelingen", ["soorten massage", "sportmassage", "hotstone", "ontspanningsmassage", "behandelingen"],
     ["wat voor massages doen jullie", "doen jullie ook sportmassage", "welke behandelingen zijn er"]),
    (Q_PRIJZEN,
     "Een massage van 30 minuten kost 39 €, van 60 minuten 69 € en van 90 minuten 95 €. Hotstone kost 79 € (60 min) of "
     "105 € (90 min). Een duomassage van 60 minuten kost 135 € voor twee personen.",
     "prijzen", ["prijs", "kosten", "tarieven", "uur massage", "prijslijst"],
     ["hoeveel kost een uur massage", "wat zijn de tarieven", "wat betaal ik voor een half uur"]),
    (Q_DUUR,
     "U kiest zelf 30, 60 of 90 minuten; dat is de tijd op de tafel. Kom 10 minuten van tevoren; bij uw eerste bezoek "
     "doen we een korte intake van 10 minuten, die is gratis. Na afloop kunt u douchen en rustig een kop thee drinken.",
     "behandelingen", ["duur", "hoe lang", "intake", "op tijd komen", "eerste keer"],
     ["hoe lang duurt het", "hoe vroeg moet ik er zijn", "wat gebeurt er de eerste keer"]),
    (Q_BON,
     "Ja, cadeaubonnen zijn er vanaf 25 € of voor een bepaalde massage. Ze zijn 1 jaar geldig en te koop in de praktijk "
     "of via de website; u krijgt de bon dan per mail, of per post voor 2,50 € extra.",
     "cadeaubonnen", ["cadeaubon", "bon", "cadeau", "geldig", "kado"],
     ["kan ik een massage cadeau geven", "hoe lang is een bon geldig", "verkopen jullie bonnen"]),
    (Q_SAUNA,
     "Ja, een privésauna (Finse sauna en infraroodcabine) voor maximaal 2 personen: 1,5 uur kost 55 € voor twee. Met een "
     "massage van 60 minuten per persoon erbij is het arrangement 'Maasdag' 169 € voor twee. Handdoeken en badjassen "
     "krijgt u van ons.",
     "sauna", ["sauna", "privésauna", "infrarood", "arrangement", "wellness"],
     ["hebben jullie een sauna", "wat kost de sauna", "kan ik sauna en massage combineren"]),
    (Q_VERZEKERING,
     "De basisverzekering vergoedt massage niet. Veel aanvullende pakketten vergoeden wel een deel, vaak 20 tot 40 € per "
     "behandeling, omdat onze masseurs geregistreerd zijn bij een beroepsvereniging. U betaalt bij ons en krijgt een "
     "nota met onze AGB-code en registratienummer, die u zelf bij uw verzekeraar indient. Kijk in uw polis hoeveel "
     "behandelingen per jaar vergoed worden.",
     "vergoeding", ["zorgverzekering", "vergoeding", "aanvullende verzekering", "AGB-code", "declareren"],
     ["krijg ik het terug van mijn verzekering", "vergoedt de zorgverzekeraar dit", "kan ik de nota declareren"]),
    (Q_BOEKEN,
     "Via de online agenda op onze website, telefonisch op 043 321 57 84 of via WhatsApp op 06 18 44 70 25. U krijgt "
     "altijd een bevestiging per mail. Avonden en zaterdagen zijn snel vol: boek die het liefst 1 tot 2 weken vooruit.",
     "afspraken", ["afspraak maken", "boeken", "reserveren", "online agenda", "bellen"],
     ["hoe boek ik", "kan ik online reserveren", "is er morgen nog plek"]),
    (Q_ZWANGER,
     "Ja, vanaf 12 weken tot en met 36 weken zwangerschap. U ligt op uw zij met kussens en de massage wordt gegeven door "
     "een masseuse met een opleiding zwangerschapsmassage. 60 minuten kost 69 €. Heeft u klachten of complicaties, "
     "overleg dan eerst met uw verloskundige.",
     "behandelingen", ["zwanger", "zwangerschapsmassage", "zwangerschap", "verloskundige"],
     ["mag ik een massage als ik zwanger ben", "tot hoeveel weken kan het", "hebben jullie zwangerschapsmassage"]),
    (Q_DUO,
     "Ja, in onze duoruimte worden twee personen tegelijk gemasseerd door twee masseurs. 60 minuten kost 135 € voor "
     "twee, 90 minuten 185 €. Een duomassage kan alleen telefonisch of via WhatsApp geboekt worden.",
     "behandelingen", ["duomassage", "samen", "koppel", "met z'n tweeën", "partner"],
     ["kunnen we samen een massage krijgen", "hebben jullie een duomassage", "massage voor twee personen"]),
    (Q_OPEN,
     "Dinsdag tot en met vrijdag van 9:30 tot 21:00, zaterdag van 9:00 tot 17:00 en zondag van 11:00 tot 17:00 (alleen "
     "sauna en ontspanningsmassage). Op maandag en op feestdagen zijn we gesloten.",
     "praktijk", ["openingstijden", "open", "gesloten", "zondag", "avond"],
     ["wanneer zijn jullie open", "zijn jullie op zondag open", "tot hoe laat kan ik terecht"]),
    (Q_PARKEREN,
     "We zitten aan de Tongersestraat 112 in Maastricht. We hebben geen eigen parkeerplaatsen; parkeergarage Mosae Forum "
     "ligt op 10 minuten lopen (ongeveer 3,50 € per uur) en in de straat is betaald parkeren. Fietsen kunnen voor de "
     "deur, bus 4 stopt op 200 meter en vanaf station Maastricht is het 20 minuten lopen.",
     "praktijk", ["parkeren", "auto", "adres", "bereikbaarheid", "bus"],
     ["waar kan ik mijn auto kwijt", "hoe kom ik bij jullie", "wat is het adres"]),
    (Q_BETALEN,
     "U betaalt na de behandeling met pin (ook contactloos) of contant. Een cadeaubon online betaalt u met iDEAL of "
     "creditcard. U krijgt altijd een nota; voor bedrijven maken we op verzoek een factuur met 21 % btw.",
     "betalen", ["betalen", "pinnen", "contant", "iDEAL", "factuur"],
     ["kan ik pinnen", "hoe reken ik af", "kan ik met creditcard betalen"]),
    (Q_ANNULEREN,
     "Annuleren of verzetten is gratis tot 24 uur voor uw afspraak, telefonisch, via WhatsApp (06 18 44 70 25) of via "
     "de link in uw bevestigingsmail. Later dan 24 uur rekenen we 50 % van de prijs; als u niet komt zonder af te "
     "melden, rekenen we het hele bedrag.",
     "afspraken", ["annuleren", "afzeggen", "verzetten", "verplaatsen", "afmelden"],
     ["ik wil mijn afspraak afzeggen", "kan ik mijn afspraak verplaatsen", "wat kost annuleren"]),
    (Q_NIETMASSEREN,
     "Kom liever niet bij koorts, griep of corona, een huidinfectie of een verse blessure: bij een verstuiking of "
     "kneuzing wachten we de eerste 72 uur en daarna masseren we om de plek heen. Na een operatie wachten we minstens 6 "
     "weken. Twijfelt u, overleg dan met uw huisarts of bel ons.",
     "gezondheid", ["ziek", "koorts", "blessure", "operatie", "contra-indicaties"],
     ["mag ik komen als ik ziek ben", "kan het met een blessure", "ik ben net geopereerd"]),
    (Q_MEENEMEN,
     "U hoeft niets mee te nemen: handdoeken, badjas en slippers liggen klaar. Uw ondergoed houdt u aan. Eet het liefst "
     "1 uur van tevoren geen zware maaltijd en draag liever geen sieraden.",
     "behandelingen", ["meenemen", "handdoeken", "kleding", "ondergoed", "voorbereiding"],
     ["moet ik iets meenemen", "wat trek ik aan", "moet ik een handdoek meebrengen"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye with Limburg words
        ("goedemiddag! wat kost een massage van een uur? en doen jullie ook die met warme stenen",
         "Small talk greeting + " + both(Q_PRIJZEN, Q_SOORTEN) + " — 60 min 69 €; yes, hot stone, 60 or 90 min (79 € / "
         "105 €).",
         "Only one half without pointing to the other; the sauna entry; a handover."),
        ("en een halfuurtje?",
         faq(Q_PRIJZEN) + " — 30 minutes: 39 € (hot stone has no 30-minute version; mentioning it is a plus).",
         "The duration/arrival entry without a price; asking what she means without trying."),
        ("moet ik zelf een badjas en zo bij me hebben?",
         faq(Q_MEENEMEN) + " — no: towels, bathrobe and slippers are there; underwear stays on; no heavy meal 1 h before.",
         "The sauna entry alone; the payment entry; saying she must bring a bathrobe."),
        ("sjiek, mersi! ajuu",
         "Small talk: acknowledgement + thanks + goodbye (Limburg/Maastricht: `sjiek` = nice, `mersi` = thanks, `ajuu` "
         "= bye) — short friendly close.",
         "An FAQ answer; choices; not understanding and asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("hoi ik heb een vraagje",
         "Too vague to answer — choices (massages and prices, booking, gift vouchers...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("mijn vrouw is 20 weken in verwachting en heeft veel last van haar onderrug, kan ze bij jullie terecht?",
         TYPE + faq(Q_ZWANGER) + " — yes, from 12 to 36 weeks, lying on her side with cushions, by a trained masseuse; "
         "60 min 69 €; with complaints or complications check with the midwife first.",
         "Tapping an earlier choice; the not-to-be-massaged entry saying no; the sports massage."),
        ("ook nog als ze 38 weken is?",
         faq(Q_ZWANGER) + " — no: up to and including 36 weeks.",
         "Saying yes; the booking entry; asking what he means."),
        ("zit hier eigenlijk een echt mens achter?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("goedendag, ik wil iets weten over de kosten achteraf",
         "Too vague to answer — choices (prices, payment, insurance, cancelling...) or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nee dat bedoel ik niet",
         TYPE + "Typed rejection — asks what she means / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("ik heb bij cz een extra pakket, krijg ik daar iets van terug als ik bij jullie kom?",
         faq(Q_VERZEKERING) + " — basic insurance never; many supplementary packages pay part (often 20-40 € per "
         "treatment); she pays the practice and submits the receipt with AGB code and registration number herself; check "
         "the policy.",
         "Saying it is always reimbursed; the payment entry; promising that CZ pays."),
        ("doen jullie trouwens ook pedicure?",
         "Not covered by the FAQ (near the trade: pedicure is not offered) — says so honestly, offers a person or the "
         "phone number.",
         "Inventing a pedicure service; the list of massages as if it answered; a price."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("hallo, mijn ouders zijn 40 jaar getrouwd en ik wil ze iets leuks geven. kunnen ze samen op hetzelfde moment "
         "gemasseerd worden? en kan ik daar een bon voor kopen",
         both(Q_DUO, Q_BON) + " — duo room, two masseurs at once, 60 min 135 € for two (90 min 185 €), booked by phone "
         "or WhatsApp; vouchers from 25 € or for a treatment, valid 1 year, in the practice or online (post +2,50 €).",
         "Only one half without pointing to the other; the sauna arrangement instead; the pregnancy entry."),
        ("dat is geen antwoord op wat ik vroeg. kan ik dat gewoon online via mijn bank afrekenen?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_BETALEN) + " — a voucher "
         "bought online is paid with iDEAL (her bank) or credit card (in the practice: card or cash).",
         "Ignoring the complaint and repeating the previous answer; saying iDEAL is not possible; a handover without "
         "answering."),
        ("laat maar, dit schiet niet op. ik wil gewoon iemand van de praktijk spreken",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("hallo?? is daar iemand",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated (Limburg word), callback with number, waiting
        ("menzis weigert jullie bonnetje van vorige week!!! er staat alleen 69 euro op en verder geen nummer van jullie. "
         "ik ben het echt zat, regel dit",
         faq(Q_VERZEKERING) + " — calm, acknowledges the anger: the practice's receipt should carry its AGB code and the "
         "masseur's registration number; she can ask for a new receipt with them and submit it again (basic insurance "
         "never pays; the package decides how much). Offering a person as well is fine.",
         "A cold answer ignoring the anger; the price list because of the 69 €; the payment entry only; a handover with "
         "no explanation."),
        ("weet u of de optocht met vastelaovend zondag langs jullie straat komt?",
         "Not covered (unrelated: the carnival parade; `vastelaovend` = carnival in Limburg) — says it cannot help with "
         "that, no FAQ answer.",
         "Any FAQ entry (e.g. opening hours on Sunday, parking); inventing a route."),
        ("bel me anders even terug op 06 41 87 23 59, liefst na zessen",
         "Hands over / passes on a callback request to 06 41 87 23 59, after 18:00; no FAQ answer.",
         "Ignoring the number; only giving the practice's phone number; an FAQ answer; asking to rephrase."),
        ("wanneer hoor ik iets?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The insurance entry (how long reimbursement takes); the booking confirmation; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes (Limburg), follow-up, dialect person
        ("ik sta morgen om 14:00 ingepland voor sportmassage maar ik ben vanavond door mijn enkel gegaan bij het "
         "voetballen, dus dat gaat hem niet worden",
         faq(Q_ANNULEREN) + " — free up to 24 h before (phone, WhatsApp 06 18 44 70 25 or the link in the mail); later "
         "50 %; do not claim it is done. Mentioning that a fresh sprain is not massaged the first 72 h is a plus.",
         "Claiming the appointment has been cancelled; the sports massage price; the booking entry only."),
        ("jao is goed",
         "Ambiguous yes (`jao` = ja, Limburg) — asks what he means or explains what happens next (phone/WhatsApp/link "
         "or a person); must not claim anything was cancelled.",
         "Saying the appointment is now cancelled; a random FAQ entry."),
        ("en wanneer mag ik dan weer op de tafel?",
         faq(Q_NIETMASSEREN) + " — after a sprain: not in the first 72 h, then massage around the spot; if unsure, the "
         "GP or a call.",
         "The booking entry alone (how to book again); the opening hours; the duration entry."),
        ("ich snap d'r niks vaan, kin ich neet gewoon eine miens aan de lien kriege?",
         "Hands over to a person (Maastricht dialect: `ich snap d'r niks vaan` = I don't get it, `kin ich neet` = can't "
         "I, `eine miens aan de lien` = a person on the line) — short, no FAQ answer.",
         "An FAQ answer; not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("goeiemorgen, zijn jullie zaterdag open? en waar laat ik mijn auto",
         "Small talk greeting + " + both(Q_OPEN, Q_PARKEREN) + " — Saturday 9:00-17:00; no own parking: Mosae Forum "
         "garage 10 min walk (about 3,50 €/h) or paid street parking; Tongersestraat 112.",
         "Only one half without pointing to the other; saying they are closed on Saturday."),
        ("kan ik dat meteen via internet vastleggen?",
         faq(Q_BOEKEN) + " — yes, the online agenda on the website (or phone 043 321 57 84 / WhatsApp); confirmation by "
         "mail; Saturdays fill up, book 1-2 weeks ahead.",
         "The payment entry (iDEAL); the vouchers entry; asking what he means."),
        ("we willen er ook de sauna bij nemen, kan dat? en hoeveel eerder moeten we er zijn",
         both(Q_SAUNA, Q_DUUR) + " — private sauna for 2, 1,5 h 55 € for two, or the 'Maasdag' arrangement with 60 min "
         "massage each 169 €; come 10 minutes early (first visit: free 10-minute intake).",
         "Only one half without pointing to the other; the duo massage price alone; the parking entry."),
    ],
]

if __name__ == "__main__":
    write_faq("nl", FAQ)
    write_plan("nl", PLAN)
