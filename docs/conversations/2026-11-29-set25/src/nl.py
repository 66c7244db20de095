"""nl: Huisartsenpraktijk Morsweg (made up), GP practice in Leiden, plain everyday Dutch; two Flemish customers."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_AFSPRAAK = "Hoe maak ik een afspraak met de huisarts?"
Q_HERHAAL = "Hoe vraag ik een herhaalrecept aan?"
Q_UITSLAG = "Hoe hoor ik de uitslag van mijn onderzoek?"
Q_VISITE = "Komt de huisarts ook thuis?"
Q_SPOED = "Wat doe ik 's avonds, 's nachts of in het weekend?"
Q_INSCHRIJVEN = "Kan ik mij bij de praktijk inschrijven?"
Q_VERWIJZING = "Hoe krijg ik een verwijzing naar een specialist?"
Q_REIS = "Geeft u reisvaccinaties?"
Q_BEREIKBAAR = "Wanneer is de praktijk telefonisch bereikbaar?"
Q_KOSTEN = "Moet ik betalen voor een consult?"
Q_ADRES = "Waar zit de praktijk en kan ik er parkeren?"
Q_AFZEGGEN = "Hoe zeg ik een afspraak af?"
Q_ECONSULT = "Kan ik een vraag stellen via een e-consult?"
Q_BLOED = "Waar kan ik bloed laten prikken?"
Q_GRIEPPRIK = "Wanneer kan ik de griepprik halen?"

FAQ = [
    (Q_AFSPRAAK,
     "Bel voor een afspraak op dezelfde dag tussen 8:00 en 10:00 naar 071 203 58 40. Voor een afspraak later in de week "
     "kunt u ook de app MijnGezondheid.net gebruiken. Een gewoon consult duurt 10 minuten; heeft u meer klachten, vraag "
     "dan een dubbel consult van 20 minuten.",
     "afspraken", ["afspraak", "consult", "spreekuur", "langskomen", "vandaag"],
     ["ik wil de dokter spreken", "kan ik vandaag nog terecht", "hoe plan ik een afspraak in de app"]),
    (Q_HERHAAL,
     "Via de herhaalreceptenlijn (071 203 58 40, keuze 3, dag en nacht) of in de app. Vraagt u het aan voor 11:00, dan "
     "ligt het na 2 werkdagen klaar bij uw apotheek. Alleen medicijnen die u al eerder van ons kreeg; voor nieuwe "
     "medicijnen is een consult nodig.",
     "recepten", ["herhaalrecept", "herhaalmedicatie", "recept", "apotheek", "medicijnen"],
     ["mijn medicijnen zijn bijna op", "wanneer ligt mijn recept klaar"]),
    (Q_UITSLAG,
     "De meeste uitslagen zijn na 3 werkdagen binnen (kweek of weefsel 1-2 weken). Is er iets afwijkends, dan belt de "
     "huisarts u zelf. U kunt de uitslag ook zien in de app of navragen tussen 13:00 en 14:00 op 071 203 58 40.",
     "uitslagen", ["uitslag", "resultaten", "labuitslag", "terugbellen", "onderzoek"],
     ["is mijn uitslag al binnen", "belt de dokter mij als er iets is"]),
    (Q_VISITE,
     "Een visite is alleen voor patiënten die echt niet naar de praktijk kunnen komen, bijvoorbeeld door ernstige ziekte "
     "of bedlegerigheid. Vraag de visite voor 10:00 aan; de huisarts komt meestal na 12:00. Voor kinderen is een "
     "afspraak in de praktijk bijna altijd beter.",
     "afspraken", ["visite", "huisbezoek", "thuis", "aan huis"],
     ["kan de dokter bij mij thuis komen", "ik kan niet naar de praktijk komen"]),
    (Q_SPOED,
     "Buiten kantooruren (werkdagen 17:00-8:00, weekend en feestdagen) belt u bij dringende klachten de Huisartsenpost "
     "Leiden: 071 520 81 90 (bij het LUMC). Kan het niet wachten tot de volgende werkdag? Dan helpt de huisartsenpost. "
     "Bij levensgevaar belt u altijd 112.",
     "spoed", ["huisartsenpost", "spoed", "avond", "weekend", "112", "dringend"],
     ["wie bel ik na vijf uur", "dokter nodig op zondag"]),
    (Q_INSCHRIJVEN,
     "Wij schrijven nieuwe patiënten in die in de postcodes 2331, 2332 en 2333 wonen. Vul het inschrijfformulier op onze "
     "website in en vraag uw vorige huisarts uw dossier over te dragen; daarna volgt een kennismakingsgesprek van 20 "
     "minuten. Een Nederlandse zorgverzekering is nodig om de kosten te laten vergoeden.",
     "inschrijven", ["inschrijven", "nieuwe patiënt", "aanmelden", "postcode", "overstappen"],
     ["nemen jullie nog mensen aan", "ik ben net verhuisd naar Leiden"]),
    (Q_VERWIJZING,
     "Voor een verwijzing heeft u eerst een consult nodig; de huisarts beslist of het nodig is. De verwijzing gaat "
     "digitaal via ZorgDomein naar het ziekenhuis of de specialist van uw keuze en is 1 jaar geldig. Voor een "
     "fysiotherapeut is geen verwijzing nodig.",
     "verwijzingen", ["verwijzing", "verwijsbrief", "specialist", "ziekenhuis", "ZorgDomein"],
     ["ik wil naar de dermatoloog", "heb ik een brief nodig voor het ziekenhuis"]),
    (Q_REIS,
     "Nee, reisvaccinaties en reisadvies geven wij niet. Maak een afspraak bij de GGD Hollands Midden of een reiskliniek, "
     "het liefst 6 tot 8 weken voor vertrek. Reisvaccinaties worden meestal niet vergoed uit de basisverzekering.",
     "vaccinaties", ["reisvaccinatie", "buitenland", "GGD", "reizen", "vaccinaties"],
     ["welke prikken heb ik nodig voor mijn vakantie", "kan ik bij jullie een hepatitis-prik halen"]),
    (Q_BEREIKBAAR,
     "De praktijk is op werkdagen telefonisch bereikbaar van 8:00 tot 17:00 op 071 203 58 40 (tussen 12:30 en 13:30 "
     "alleen voor spoed, keuze 1). Voor afspraken op dezelfde dag belt u het liefst voor 10:00; bij levensgevaar altijd "
     "112.",
     "contact", ["telefonisch", "bereikbaar", "bellen", "telefoonnummer", "openingstijden"],
     ["tot hoe laat kan ik bellen", "wat is jullie nummer"]),
    (Q_KOSTEN,
     "Nee, met een Nederlandse zorgverzekering wordt de huisarts volledig vergoed en gaat het niet van uw eigen risico af. "
     "Labonderzoek dat de huisarts aanvraagt valt wel onder het eigen risico. Zonder Nederlandse verzekering (bijvoorbeeld "
     "een buitenlandse) betaalt u 37 € per consult en krijgt u een nota om zelf in te dienen.",
     "kosten", ["kosten", "eigen risico", "vergoeding", "zorgverzekering", "betalen"],
     ["kost een consult geld", "gaat het van mijn eigen risico af"]),
    (Q_ADRES,
     "U vindt ons aan de Morsweg 212, 2332 ES Leiden, op 10 minuten lopen van station Leiden Centraal. Voor de deur zijn "
     "3 parkeerplaatsen voor patiënten (maximaal 30 minuten), waarvan 1 invalidenplaats; de praktijk is rolstoeltoegankelijk.",
     "praktijk", ["adres", "parkeren", "route", "rolstoel", "bereikbaarheid"],
     ["waar zijn jullie", "is er parkeerplek bij de praktijk"]),
    (Q_AFZEGGEN,
     "Zeg uw afspraak minimaal 24 uur van tevoren af via 071 203 58 40 of in de app, dan kan iemand anders die plek "
     "krijgen. Wie zonder afzeggen niet komt, krijgt een rekening van 20 €; bij ziekte of overmacht kunt u bezwaar maken "
     "bij de assistente en vervalt de rekening meestal.",
     "afspraken", ["afzeggen", "annuleren", "verzetten", "no-show", "wegblijven"],
     ["ik wil mijn afspraak verzetten", "ik kan morgen niet"]),
    (Q_ECONSULT,
     "Ja, voor vragen die niet spoedeisend zijn kunt u een e-consult sturen via de app MijnGezondheid.net. De huisarts "
     "antwoordt binnen 2 werkdagen. U kunt er ook een foto bijvoegen, bijvoorbeeld van een huidplekje.",
     "contact", ["e-consult", "app", "online", "mailen"],
     ["kan ik de dokter mailen", "kan ik een foto sturen"]),
    (Q_BLOED,
     "In onze praktijk is een prikpost op dinsdag en donderdag van 7:30 tot 9:30, zonder afspraak; neem het labformulier "
     "en uw ID mee. Op andere dagen kunt u terecht bij de prikpost van het LUMC (maandag t/m vrijdag 7:30-16:30). Moet u "
     "nuchter zijn, dan staat dat op het formulier.",
     "onderzoek", ["bloedprikken", "prikpost", "laboratorium", "labformulier", "bloedafname"],
     ["waar kan ik bloed laten afnemen", "moet ik nuchter zijn"]),
    (Q_GRIEPPRIK,
     "De griepprik geven we in oktober en november op vaste middagen; u krijgt een uitnodiging als u 60 jaar of ouder "
     "bent of een medische reden heeft. Dan is de prik gratis. Zonder uitnodiging kunt u hem niet bij ons halen.",
     "vaccinaties", ["griepprik", "griepvaccinatie", "oktober", "uitnodiging", "60 jaar"],
     ["wanneer is de griepprik", "krijg ik een griepprik"]),
]

PLAN = [
    [  # 1 appointment + cost, phone hours, referral
        ("hoi, ik heb al 3 weken last van mn schouder, kan ik vandaag nog langskomen? en moet ik daarvoor betalen",
         "Small talk greeting + " + both(Q_AFSPRAAK, Q_KOSTEN) + " — same-day appointment by phone 8:00-10:00 (071 203 58 40); with Dutch insurance free, not from the own risk.",
         "Only one half without pointing to the other; the out-of-hours entry; 'not covered'."),
        ("en tot hoe laat kan ik bellen?",
         faq(Q_BEREIKBAAR) + " — 8:00-17:00 on weekdays (12:30-13:30 urgent only); for today best before 10:00.",
         "Only the 8:00-10:00 rule as if the line closed at 10:00 without saying it is for same-day appointments; the out-of-hours entry; asking what she means."),
        ("en als ik daarna naar een orthopeed moet?",
         faq(Q_VERWIJZING) + " — first a consult, the GP decides; referral via ZorgDomein, valid 1 year.",
         "Saying no referral is needed (that is physiotherapy); the appointment entry again; 'not covered'."),
        ("ok top, bedankt! fijne dag",
         "Small talk: thanks + goodbye (acknowledgement) — short closing.",
         "An FAQ entry; choices; a handover."),
    ],
    [  # 2 vague, repeat prescription typed while choices show
        ("vraagje over medicijnen",
         "Too vague to answer — choices (repeat prescription, e-consult, appointment) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("mijn pillen voor de bloeddruk zijn bijna op, hoe kom ik aan een nieuwe doos",
         TYPE + faq(Q_HERHAAL) + " — repeat line 071 203 58 40 option 3 (day and night) or the app; before 11:00 → at the pharmacy after 2 working days.",
         "Tapping an earlier choice; the appointment entry; the blood-test entry ('bloed')."),
        ("en wanneer kan ik het ophalen?",
         faq(Q_HERHAAL) + " — after 2 working days at the pharmacy, if asked before 11:00.",
         "The opening hours of the practice; the results entry; asking what he means."),
        ("ben jij eigenlijk een echt mens?",
         "Small talk: are you a bot — honest: an automatic assistant; offers a person if wanted.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3 vague blood question, typed rejection, walk-in blood test, driving-licence check
        ("vraag over bloed",
         "Too vague to answer — choices (blood test, results) or a clarifying question.",
         "A handover; 'not covered'; one entry as if sure."),
        ("nee dat bedoel ik niet",
         TYPE + "Typed rejection — asks what she means / invites a rephrasing; no handover yet, no repeat of the same choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("de dokter wil dat mijn suiker gecheckt wordt met een buisje, moet ik daar een afspraak voor maken of kan ik zo binnenlopen?",
         faq(Q_BLOED) + " — walk-in at the practice Tuesday and Thursday 7:30-9:30, bring the lab form and ID; otherwise LUMC Mon-Fri 7:30-16:30; fasting only if the form says so.",
         "The appointment entry (phone 8:00-10:00); the results entry; 'not covered'."),
        ("kunnen jullie ook mijn rijbewijskeuring doen? ik word volgend jaar 75",
         "Not covered by the FAQ (near the trade: a driving-licence medical is not among their services) — says so honestly, offers a person.",
         "Pretending they do it with a price; the referral or appointment entry as if it covered it."),
    ],
    [  # 4 Flemish: register + cost, push-back, angry person, waiting
        ("goeiendag, ik ben belg en woon sinds kort in leiden, kan ik bij u terecht? en moet ik dan alles zelf betalen, ik zit nog bij mijn belgisch ziekenfonds",
         "Small talk greeting + " + both(Q_INSCHRIJVEN, Q_KOSTEN) + " — registering if living in postcodes 2331-2333 (form on the website, 20-minute intake); without Dutch insurance 37 € per consult, invoice to submit yourself.",
         "Only one half without pointing to the other; saying a Belgian is free like the Dutch insurance; 'not covered'."),
        ("dat vroeg ik helemaal niet. en als mijn dochter om 2 uur hoge koorts krijgt, wie bel ik dan?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_SPOED) + " — out of hours the Huisartsenpost Leiden 071 520 81 90; danger to life 112.",
         "Ignoring the complaint and repeating the previous answer; the phone-hours entry; the home-visit entry; an immediate handover without answering."),
        ("allez zeg, ge snapt er niks van. geef mij gewoon iemand van de praktijk aan de lijn",
         "Hands over to a person (direct request, angry, Flemish 'allez', 'ge') — short apology, no more FAQ answers.",
         "Another FAQ answer (phone number only without a handover); choices; asking to rephrase again."),
        ("hallo?? is daar iemand",
         WAIT + AFTER + "Waiting — reassures that a person will answer; no FAQ answer, no invented wait time.",
         "An FAQ answer; a new greeting as if the chat started again; promising a time."),
    ],
    [  # 5 angry about results, unrelated, callback, waiting
        ("ik wacht nu al 2 weken op de uitkomst van mijn bloedonderzoek en niemand belt, dit is toch schandalig",
         faq(Q_UITSLAG) + " — most results in 3 working days; the GP only calls if something is abnormal; see the app or ask 13:00-14:00 on 071 203 58 40. Calm, acknowledges the frustration; offering a person as well is fine.",
         "The blood-test (walk-in) entry; a cold answer ignoring the anger; claiming the result is fine; a handover with no explanation."),
        ("weet u toevallig hoe laat de markt op de nieuwe rijn vandaag stopt?",
         "Not covered (unrelated: Leiden market times) — says it cannot help with that, no FAQ answer.",
         "Any FAQ answer (address, opening hours); inventing a time."),
        ("bel me maar terug, 06 41 27 93 58, ik ben na 3 uur thuis",
         "Hands over / arranges a callback to 06 41 27 93 58 after 3 pm; no FAQ answer ('thuis' is not a home visit).",
         "The home-visit entry; ignoring the number; the phone-hours entry only."),
        ("en hoelang moet ik daar op wachten?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The results entry (3 working days); the repeat-prescription time; promising an exact time."),
    ],
    [  # 6 Flemish: can't come tomorrow, ambiguous yes, home visit, dialect person
        ("ik kan morgen om 10.30 toch niet bij de dokter zijn, mijn zoontje is ziek geworden",
         faq(Q_AFZEGGEN) + " — cancel at least 24 h ahead by phone 071 203 58 40 or in the app (tomorrow 10:30 may already be under 24 h: 20 € unless illness); do not claim the appointment is cancelled.",
         "Claiming the appointment has been cancelled; the home-visit entry alone; the out-of-hours entry."),
        ("ja",
         "Ambiguous yes — asks what he means or says what happens next (how to cancel / a person); must not claim anything was cancelled.",
         "Saying the appointment is now cancelled; a random FAQ entry."),
        ("en kan de dokter dan niet bij ons langskomen voor de kleine?",
         faq(Q_VISITE) + " — only for patients who really cannot come; request before 10:00, GP usually after 12:00; for children an appointment at the practice is almost always better.",
         "Promising a home visit; the appointment entry alone; the out-of-hours entry."),
        ("amai, dat gaat hier nogal moeilijk. mag ik efkes iemand van de praktijk hebben?",
         "Hands over to a person (Flemish 'amai', 'efkes') — short, no FAQ answer.",
         "An FAQ answer (phone hours); not understanding the request; asking to rephrase."),
    ],
    [  # 7 address + flu jab, free at 67, travel jabs + e-consult
        ("goedemiddag, waar zitten jullie precies en kan ik er met de auto terecht? en doen jullie de griepprik ook",
         "Small talk greeting + " + both(Q_ADRES, Q_GRIEPPRIK) + " — Morsweg 212, 10 minutes' walk from Leiden Centraal, 3 patient parking places (max 30 min); flu jab in October-November with an invitation (60+ or medical reason).",
         "Only one half without pointing to the other; the travel-vaccination entry; 'not covered'."),
        ("ik ben 67, kost dat mij iets?",
         faq(Q_GRIEPPRIK) + " — free for those invited (60 or older).",
         "The consult-cost entry (37 € / own risk); asking what she means."),
        ("prima. mijn vriendin gaat in maart naar thailand, kan ze bij jullie terecht voor de prikken? en kan ik een vraag ook gewoon via de app stellen",
         both(Q_REIS, Q_ECONSULT) + " — no travel jabs: GGD Hollands Midden or a travel clinic, 6-8 weeks before leaving; e-consult in the app, answer within 2 working days.",
         "Only one half without pointing to the other; saying they give travel jabs; the flu-jab entry."),
    ],
]

if __name__ == "__main__":
    write_faq("nl", FAQ)
    write_plan("nl", PLAN)
