"""nl: Bibliotheek Dijlehof (made up), a public library in Mechelen (Belgium), members writing in Flemish Dutch."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_LID = "Hoeveel kost het lidmaatschap?"
Q_TERMIJN = "Hoe lang mag ik iets lenen?"
Q_VERLENGEN = "Kan ik mijn boeken verlengen?"
Q_BOETE = "Hoeveel boete betaal ik als ik te laat ben?"
Q_RESERVEREN = "Hoe kan ik een boek reserveren?"
Q_EBOOKS = "Kan ik e-books lenen?"
Q_VERLOREN = "Wat als ik een boek verloren of beschadigd heb?"
Q_UREN = "Wat zijn de openingsuren?"
Q_STUDEREN = "Kan ik in de bib komen studeren?"
Q_KINDEREN = "Welke activiteiten zijn er voor kinderen?"
Q_PRINTEN = "Kan ik printen en kopiëren in de bib?"
Q_INLEVERBUS = "Kan ik boeken terugbrengen als de bib gesloten is?"
Q_ANNULEREN = "Hoe annuleer ik een reservatie?"
Q_SCHENKEN = "Mag ik boeken aan de bib schenken?"
Q_COMPUTER = "Kan ik de computers en de wifi gebruiken?"

FAQ = [
    (Q_LID,
     "Voor wie jonger is dan 18 is lid worden gratis. Volwassenen betalen 8 euro per jaar, met een UiTPAS met "
     "kansentarief 1,60 euro. U wordt lid aan de balie met uw identiteitskaart, die u daarna ook als lidkaart gebruikt. "
     "Wie geen eID heeft, krijgt een lidkaart voor 2,50 euro.",
     "lidmaatschap", ["lidmaatschap", "lid worden", "jaarbijdrage", "lidkaart", "gratis"],
     ["wat kost het om lid te worden", "moet ik betalen om te lenen", "hoe word ik lid"]),
    (Q_TERMIJN,
     "Boeken, strips en tijdschriften leent u 4 weken, dvd's en games 2 weken. U mag 20 items tegelijk lenen, waarvan "
     "maximaal 5 dvd's of games.",
     "lenen", ["uitleentermijn", "hoe lang", "weken", "maximum", "tegelijk"],
     ["hoeveel weken mag ik een boek houden", "hoeveel boeken mag ik meenemen", "hoe lang mag ik een dvd houden"]),
    (Q_VERLENGEN,
     "Ja, 2 keer, telkens met 4 weken, zolang niemand anders het item gereserveerd heeft. Dat kan via 'Mijn Bibliotheek' "
     "op de website of in de app, aan de balie of telefonisch op 015 29 84 60. Verlengen is gratis.",
     "lenen", ["verlengen", "langer houden", "Mijn Bibliotheek", "termijn"],
     ["kan ik langer lenen", "hoe verleng ik mijn boeken", "mag ik het boek nog wat houden"]),
    (Q_BOETE,
     "0,20 euro per item per openingsdag te laat, met een maximum van 5 euro per item; voor kinderboeken 0,10 euro. Dagen "
     "waarop de bib gesloten is (zondag, maandag en feestdagen) tellen niet mee. Staat er meer dan 10 euro open, dan kunt "
     "u pas weer lenen als u betaald hebt.",
     "lenen", ["boete", "te laat", "aanmaning", "achterstallig"],
     ["wat kost het als ik te laat ben", "ik ben vergeten mijn boeken terug te brengen", "hoe betaal ik mijn boete"]),
    (Q_RESERVEREN,
     "Via de catalogus op de website of in de app: klik op 'Reserveren'. Een reservatie kost 1 euro. U krijgt een mail of "
     "sms zodra het boek klaarligt, en het blijft 7 dagen voor u in de reservatiekast aan de ingang. Een boek uit een "
     "andere bibliotheek aanvragen kost 3 euro.",
     "lenen", ["reserveren", "reservatie", "uitgeleend", "wachtlijst", "klaarliggen"],
     ["het boek dat ik wil is uitgeleend", "kan ik een boek vastleggen", "hoe lang ligt mijn reservatie klaar"]),
    (Q_EBOOKS,
     "Ja, met uw lidmaatschap leent u gratis e-books via de e-boekenapp van de bib: maximaal 2 tegelijk, telkens 3 weken. "
     "Ze verdwijnen vanzelf van uw toestel, dus te laat zijn kan niet. Hulp nodig? Elke eerste zaterdag van de maand om "
     "10 uur is er een digitaal spreekuur aan de balie.",
     "digitaal", ["e-books", "e-reader", "e-boekenapp", "digitaal lezen", "tablet"],
     ["hebben jullie ebooks", "kan ik lezen op mijn tablet", "hoe werkt die app voor e-boeken"]),
    (Q_VERLOREN,
     "Meld het zo snel mogelijk aan de balie. U betaalt de aankoopprijs van het item plus 5 euro administratiekosten; dan "
     "vervalt ook de boete. Vindt u het binnen 3 maanden in goede staat terug, dan krijgt u de aankoopprijs terug (de 5 "
     "euro niet). Kleine schade, zoals een los blad, niet zelf herstellen maar gewoon melden.",
     "lenen", ["verloren", "kwijt", "beschadigd", "schade", "vergoeden"],
     ["ik vind mijn boek niet meer", "er is koffie op het boek gekomen", "wat moet ik betalen voor een kapot boek"]),
    (Q_UREN,
     "Dinsdag tot vrijdag van 10 tot 19 uur, zaterdag van 10 tot 16 uur. Op zondag, maandag en feestdagen is de bib "
     "dicht. In juli en augustus zijn we open van dinsdag tot zaterdag van 10 tot 17 uur.",
     "bib", ["openingsuren", "open", "dicht", "uren", "zaterdag"],
     ["wanneer zijn jullie open", "hoe laat gaat de bib dicht", "zijn jullie open op maandag"]),
    (Q_STUDEREN,
     "Ja, op de tweede verdieping zijn er 80 studieplekken met stopcontact en gratis wifi. Tijdens de examens "
     "(december-januari en mei-juni) reserveert u een plek via de website en is de studiezaal open tot 22 uur. Stilte is "
     "de regel; eten kan alleen in de cafetaria.",
     "bib", ["studeren", "studieplek", "blok", "examens", "stilte"],
     ["is er plaats om te blokken", "kan ik hier studeren", "moet ik een studieplek reserveren"]),
    (Q_KINDEREN,
     "Elke woensdag om 14.30 uur is er een voorleesuurtje voor kinderen van 3 tot 6 jaar: gratis en zonder inschrijving. "
     "In de schoolvakanties zijn er workshops voor 6 tot 12 jaar (5 euro, vooraf inschrijven via de website). Scholen "
     "kunnen een klasbezoek aanvragen.",
     "kinderen", ["kinderen", "voorlezen", "workshop", "vakantie", "activiteiten"],
     ["is er voorlezen voor kleuters", "wat is er te doen in de vakantie voor kinderen", "hebben jullie iets voor de "
      "kleinsten"]),
    (Q_PRINTEN,
     "Ja. Zwart-wit kost 0,10 euro per A4, kleur 0,50 euro. U print vanaf de computers van de bib of vanaf uw eigen laptop "
     "of gsm via de printlink op onze website, en betaalt aan de printer met Payconiq of bankkaart. Scannen naar uw mail "
     "is gratis.",
     "bib", ["printen", "kopiëren", "afdrukken", "scannen", "prijs per pagina"],
     ["hoeveel kost een kopie", "kan ik iets afprinten", "kan ik van op mijn laptop printen"]),
    (Q_INLEVERBUS,
     "Ja, in de inleverbus naast de voordeur aan de Vlietkaai, dag en nacht. Wat u daar instopt, telt als teruggebracht "
     "op de dag zelf, ook al verwerken we het pas de volgende openingsdag. Krijgt u toch een herinnering of boete voor "
     "iets dat in de bus zat, meld het dan binnen 14 dagen aan de balie: dan schrappen we ze. Dvd's en games in een "
     "gebroken doosje graag aan de balie.",
     "lenen", ["inleverbus", "terugbrengen", "gesloten", "buiten de openingsuren", "binnenbrengen"],
     ["waar kan ik boeken afgeven als jullie dicht zijn", "is er een brievenbus voor boeken", "kan ik 's avonds iets "
      "terugbrengen"]),
    (Q_ANNULEREN,
     "In 'Mijn Bibliotheek' op de website of in de app klikt u bij de reservatie op 'Annuleren', of u belt 015 29 84 60. "
     "De 1 euro van de reservatie krijgt u niet terug. Haalt u een klaarliggend boek niet af binnen 7 dagen, dan vervalt "
     "de reservatie vanzelf.",
     "lenen", ["annuleren", "reservatie schrappen", "niet meer nodig", "afzeggen"],
     ["ik wil mijn reservatie annuleren", "ik heb het boek niet meer nodig", "hoe schrap ik een reservatie"]),
    (Q_SCHENKEN,
     "Graag, als ze minder dan 5 jaar oud zijn en in goede staat: maximaal 1 doos per keer, af te geven aan de balie "
     "tijdens de openingsuren (niet in de inleverbus). Wat we niet in de collectie opnemen, verkopen we op onze "
     "boekenverkoop in oktober; de opbrengst gaat naar de leesclubs voor kinderen.",
     "bib", ["schenken", "boeken geven", "doos boeken", "tweedehands", "opruimen"],
     ["willen jullie mijn oude boeken", "kan ik boeken afgeven die ik niet meer lees", "nemen jullie tweedehands boeken"]),
    (Q_COMPUTER,
     "Ja. Leden gebruiken de 12 computers gratis, 1 uur per dag; reserveren kan aan de balie. Wie geen lid is, betaalt 1 "
     "euro per uur. De wifi is gratis voor iedereen: het wachtwoord staat op het bord aan de ingang.",
     "bib", ["computer", "pc", "wifi", "internet", "wachtwoord"],
     ["mag ik op internet", "is er wifi in de bib", "kan ik een pc gebruiken"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye
        ("hallo, wat kost het om lid te worden bij jullie? en hoe lang mag ik een boek houden?",
         "Small talk greeting + " + both(Q_LID, Q_TERMIJN) + " — 8 euro a year for adults (free under 18, 1,60 with "
         "UiTPAS kansentarief), at the desk with the eID; books 4 weeks (dvd's and games 2), up to 20 items at once.",
         "Only one half without pointing to the other; the renewal entry instead of the loan period; a handover."),
        ("en voor mijn dochter van 9?",
         faq(Q_LID) + " — free (under 18).",
         "The children's activities entry alone; the kinderboeken fine (0,10); 8 euro; asking to rephrase."),
        ("en als ik het dan nog niet uit heb?",
         faq(Q_VERLENGEN) + " — renew twice, 4 weeks each, if nobody reserved it: website/app 'Mijn Bibliotheek', desk or "
         "015 29 84 60; free.",
         "The fines entry alone; the loan period repeated without the renewal; asking what she means."),
        ("oké super, merci! daag",
         "Small talk: thanks + goodbye (acknowledgement `oké super`; Belgian `merci` = thanks, `daag` = bye) — short "
         "friendly close.",
         "An FAQ answer; choices; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("ik heb een vraag over mijn uitleningen",
         "Too vague to answer — choices (loan period, renewing, fines, reservations) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("ik heb er 3 die vorige week al terug moesten zijn, hoeveel moet ik bijbetalen?",
         TYPE + faq(Q_BOETE) + " — 0,20 euro per item per opening day late (max 5 euro per item; children's books "
         "0,10); closed days do not count.",
         "Tapping an earlier choice; the renewal entry alone (too late to renew without paying); the lost-book entry."),
        ("telt de zondag ook?",
         faq(Q_BOETE) + " — no: Sundays, Mondays and public holidays (closed days) do not count.",
         "The opening hours alone without the answer; asking what she means; 'not covered'."),
        ("zit daar eigenlijk iemand achter of is dit gewoon een computer?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; the computers-and-wifi entry (the word `computer`); an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("er is iets misgelopen met een boek",
         "Too vague to answer — choices (lost or damaged book, fines, returning) or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("neen, da's het niet",
         TYPE + "Typed rejection — asks what happened / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("mijn zoontje heeft chocomelk over een strip van jullie gegoten, alle bladzijden plakken aan elkaar",
         faq(Q_VERLOREN) + " — report it at the desk, do not repair it; purchase price + 5 euro administration.",
         "The fines entry; the children's activities entry; the book-drop entry; a handover without the rule."),
        ("kunnen jullie ook mijn masterproef laten inbinden?",
         "Not covered by the FAQ (near the trade: binding a thesis is not in the FAQ) — says so honestly, offers a person "
         "or the phone number.",
         "Inventing a binding service or a price; the printing entry as if it answered (printing is, binding is not); "
         "the study-places entry."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("kan ik bij jullie komen blokken? en kan ik daar ook mijn cursussen afprinten?",
         both(Q_STUDEREN, Q_PRINTEN) + " — 80 study places on the 2nd floor with sockets and wifi, during exams reserve "
         "via the website, open until 22:00; printing 0,10 euro per A4 b/w, 0,50 colour, from the library's computers or "
         "own laptop via the website link, pay with Payconiq or bank card.",
         "Only one half without pointing to the other; the computers entry instead of printing; not reading `blokken` "
         "(= studying for exams)."),
        ("dat vroeg ik niet hé. tot hoe laat kan ik er in het weekend terecht?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_UREN) + " — Saturday 10:00-"
         "16:00, closed on Sunday (July-August Saturday 10:00-17:00).",
         "Ignoring the complaint and repeating the previous answer; the exam-period hours (22:00) as the weekend hours; "
         "the fines entry (`laat`); a handover without answering."),
        ("amai, ge verstaat er echt niks van. ik wil nu met iemand van de bib spreken",
         "Push-back (second time in a row) + request for a person (direct, angry; Flemish `amai` = wow/gosh, `ge "
         "verstaat` = you understand) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("allo? is er daar nog iemand?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. the opening hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("ik heb vrijdagavond alles in die bus aan jullie voordeur gestoken en nu krijg ik een mail dat ik 1,20 euro boete "
         "moet betalen omdat het te laat was!!! ik ben dat zo beu, altijd hetzelfde met jullie",
         faq(Q_INLEVERBUS) + " — calm, acknowledges the anger: what goes into the book drop counts as returned that day; "
         "report the fine at the desk within 14 days and it is cancelled; offering a person as well is fine.",
         "Telling him to pay the 1,20 euro; the fines entry alone (0,20 per day) as if the fine were right; a cold answer "
         "ignoring the anger; a handover with no explanation."),
        ("weet gij toevallig hoe laat KV Mechelen zaterdag speelt?",
         "Not covered (unrelated: the kick-off time of the Mechelen football club on Saturday) — says it cannot help with "
         "that, no FAQ answer.",
         "The opening-hours entry (`hoe laat`, `zaterdag`) or any other FAQ entry; inventing a time."),
        ("laat maar. kan er iemand mij terugbellen op 0478 36 21 95? liefst na 17 uur",
         "Hands over / passes on a callback request to 0478 36 21 95, after 17:00; no FAQ answer.",
         "Ignoring the number; only giving the library's phone number; an FAQ answer; asking to rephrase."),
        ("gaat dat lang duren?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The loan-period entry (`hoe lang`, 4 weeks); the renewal entry; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, dialect person
        ("ik had die nieuwe thriller vorige week vastgelegd, maar ik heb hem intussen cadeau gekregen. moet hem dus niet "
         "meer hebben",
         faq(Q_ANNULEREN) + " — cancel it in 'Mijn Bibliotheek' (website or app) or call 015 29 84 60; the 1 euro is not "
         "refunded; do not claim it is done.",
         "Claiming the reservation has been cancelled; the donating-books entry (`cadeau`); the reservation entry alone "
         "(how to reserve)."),
        ("ja",
         "Ambiguous yes — asks what she means or explains what happens next (how to cancel / a person); must not claim "
         "anything was cancelled.",
         "Saying the reservation is now cancelled; a random FAQ entry."),
        ("en als ik het later toch nog wil lezen, moet ik dan opnieuw betalen?",
         faq(Q_RESERVEREN) + " — yes, a new reservation costs 1 euro (or borrow it when it is on the shelf).",
         "The membership fee; the fines entry; asking what she means without answering."),
        ("allee, 'k zen der nie mee. kunde mij efkes doorverbinden mee iemand van de balie?",
         "Hands over to a person (Mechelen/Antwerp dialect: `allee` = come on, `'k zen der nie mee` = I don't follow, "
         "`kunde` = kunt ge, `efkes` = even, `mee` = met) — short, no FAQ answer.",
         "An FAQ answer (opening hours, the desk); not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("goeiemiddag, hebben jullie ook e-books? en is er soms iets te doen voor kleuters?",
         "Small talk greeting + " + both(Q_EBOOKS, Q_KINDEREN) + " — yes, free with the membership via the library's "
         "e-book app, 2 at a time for 3 weeks; story hour every Wednesday 14:30 for ages 3-6, free.",
         "Only one half without pointing to the other; the membership entry alone."),
        ("moet ik dat op voorhand inschrijven?",
         faq(Q_KINDEREN) + " — no for the story hour (no registration); holiday workshops (6-12 years, 5 euro) need "
         "registration on the website.",
         "The membership entry (`inschrijven` as becoming a member); the study-place reservation; asking what she means."),
        ("laatste vraag: kan ik daar op een computer? en mag ik een zak met oude romans van mijn moeder bij jullie "
         "afzetten?",
         both(Q_COMPUTER, Q_SCHENKEN) + " — 12 computers, free for members 1 hour a day (1 euro/hour for non-members), "
         "free wifi; books only if less than 5 years old and in good condition, 1 box at a time at the desk during opening "
         "hours, not in the book drop.",
         "Only one half without pointing to the other; the book-drop entry for the donation; the printing entry."),
    ],
]

if __name__ == "__main__":
    write_faq("nl", FAQ)
    write_plan("nl", PLAN)
