"""nl: Goudsmederij Kas di Oro (made up), a goldsmith and jeweller's workshop (resizing, engraving, wedding rings,
own designs, quick repairs while you wait, old gold, cleaning and re-plating) in Punda, Willemstad, Curaçao; the owner
writes standard Dutch (u), customers write the Dutch of Curaçao with Papiamentu words (bon dia, masha danki, ayo,
dushi, pasa un bon dia, nò, no ta esei, ta bon, bo sa kiko, ta kiko awor, mi no ta kompronde, un hende di bèrdat,
mi kabes ta bira, florin, Holland). Prices in Caribbean guilders (Cg; customers still say florin or naf). The bot
serves nl."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_MAAT = "Wat kost het om een ring kleiner of groter te laten maken?"
Q_GRAVEREN = "Kunnen jullie graveren?"
Q_TROUW = "Wat kosten trouwringen op maat?"
Q_LEVERTIJD = "Hoe lang duurt een sieraad op maat?"
Q_SPOED = "Doen jullie spoedreparaties?"
Q_MATERIAAL = "Met welk goud en zilver werken jullie?"
Q_OUDGOUD = "Kopen jullie oud goud in of kan ik het laten omsmelten?"
Q_BETALEN = "Hoe kan ik betalen?"
Q_AANBETALING = "Moet ik een aanbetaling doen?"
Q_GARANTIE = "Welke garantie geven jullie?"
Q_KLACHT = "Wat als er iets niet goed is aan mijn sieraad?"
Q_ANNULEREN = "Kan ik mijn bestelling annuleren of wijzigen?"
Q_WINKEL = "Waar zit de winkel en wanneer zijn jullie open?"
Q_AFSPRAAK = "Hoe maak ik een afspraak voor een eigen ontwerp?"
Q_SCHOON = "Maken jullie sieraden schoon of opnieuw verguld?"

FAQ = [
    (Q_MAAT,
     "Een gouden ring kleiner maken kost Cg 45, tot 2 maten groter Cg 55, meer dan 2 maten Cg 75. Zilveren ringen: "
     "Cg 35. Klaar binnen 3 werkdagen. Ringen met steentjes rondom (alliancering) kunnen we niet van maat veranderen.",
     "reparaties", ["ringmaat", "verkleinen", "vergroten", "maat veranderen"],
     ["mijn ring is te groot", "kan een ring groter", "ring laten verkleinen"]),
    (Q_GRAVEREN,
     "Ja. Handgravure: Cg 4 per letter, minimaal Cg 25. Lasergravure tot 20 tekens: Cg 30, ook logo's en "
     "handschrift. Klaar binnen 2 werkdagen. Accenten en teksten in het Papiamentu zijn geen probleem. Bij "
     "trouwringen van ons is de gravure inbegrepen.",
     "diensten", ["gravure", "graveren", "naam", "tekst", "laser"],
     ["kunnen jullie een naam in een ring zetten", "wat kost een gravure", "datum laten graveren"]),
    (Q_TROUW,
     "Een paar trouwringen in 14 karaat geelgoud kost vanaf Cg 1.150, in 18 karaat vanaf Cg 1.650. Witgoud of "
     "roségoud: 10 % meer. De gravure is inbegrepen. Eerst komt u samen passen op afspraak; daarna zijn de ringen in "
     "4 weken klaar.",
     "sieraden", ["trouwringen", "trouwen", "verlovingsring", "karaat", "huwelijk"],
     ["wat kosten trouwringen", "we gaan trouwen", "ringen voor de bruiloft"]),
    (Q_LEVERTIJD,
     "Na uw afspraak krijgt u binnen 5 werkdagen een schets. Na goedkeuring van de schets duurt een eigen ontwerp "
     "(hanger, ring, armband) 4 tot 6 weken. Reparaties zijn binnen 3 werkdagen klaar. Voor Kerst moet een eigen "
     "ontwerp uiterlijk 4 december besteld en aanbetaald zijn.",
     "sieraden", ["levertijd", "op maat", "klaar", "hoe lang", "wachttijd"],
     ["wanneer is mijn hanger klaar", "hoeveel weken duurt het", "lukt het voor de feestdagen"]),
    (Q_SPOED,
     "Ja. Een gebroken ketting, een los slotje of een oorbel maken we terwijl u wacht (ongeveer 30 minuten) als u "
     "vóór 15:00 uur in de winkel bent. Ketting solderen Cg 25, nieuw slotje vanaf Cg 20. Morgen klaar in plaats "
     "van binnen 3 werkdagen: Cg 20 extra.",
     "reparaties", ["spoed", "ketting", "slotje", "terwijl u wacht", "vandaag"],
     ["mijn ketting is gebroken", "kan het vandaag nog", "slotje kapot"]),
    (Q_MATERIAAL,
     "Wij werken met 14 karaat (585) en 18 karaat (750) goud in geel, wit en rosé, en met 925 sterling zilver. Al "
     "onze sieraden zijn nikkelvrij. Stenen: zirkonia, of echte diamanten met certificaat op aanvraag. Zilver kan "
     "donker worden door zeewater, zonnebrand en zweet; dat poetsen wij gratis op.",
     "sieraden", ["karaat", "sterling zilver", "nikkelvrij", "diamant", "materiaal"],
     ["is het echt goud", "hoeveel karaat", "is het zilver nikkelvrij"]),
    (Q_OUDGOUD,
     "Beide. Wij kopen oud goud in tegen de goudprijs van de dag min 15 %, alleen met een geldig identiteitsbewijs. "
     "U kunt uw eigen goud ook laten omsmelten tot een nieuw sieraad: het werk kost vanaf Cg 250 en u betaalt "
     "alleen het goud bij dat nog nodig is. Bij het smelten gaat ongeveer 5 % van het gewicht verloren.",
     "diensten", ["oud goud", "inkoop", "omsmelten", "goudprijs", "verkopen"],
     ["wat krijg ik voor mijn goud", "kan ik mijn oude ketting laten omsmelten", "kopen jullie goud"]),
    (Q_BETALEN,
     "Contant in Caribische gulden of in US-dollars (koers 1,78), met de pinpas, met Visa of Mastercard (3 % "
     "toeslag), of per overboeking naar MCB of Banco di Caribe. Wij nemen geen cheques aan.",
     "betalen", ["betalen", "pinnen", "creditcard", "overboeking", "dollars"],
     ["kan ik pinnen", "nemen jullie dollars aan", "kan ik overmaken"]),
    (Q_AANBETALING,
     "Voor werk op maat betaalt u 50 % aanbetaling bij de bestelling en de rest bij het afhalen. De goudprijs staat "
     "vast vanaf de dag van de aanbetaling. Bedrijven krijgen een factuur met hun CRIB-nummer.",
     "betalen", ["aanbetaling", "vooruitbetalen", "factuur", "CRIB", "restbedrag"],
     ["moet ik alles vooruit betalen", "hoeveel moet ik aanbetalen", "krijg ik een factuur"]),
    (Q_GARANTIE,
     "2 jaar garantie op sieraden die wij zelf maken (zetting van stenen, soldeerpunten, slotjes) en 6 maanden op "
     "reparaties. Geen garantie bij schade door vallen, stoten of chloor. Eén keer per jaar maken wij uw sieraad "
     "gratis schoon en controleren we de zetting.",
     "garantie", ["garantie", "zetting", "soldering", "2 jaar"],
     ["hoe lang garantie", "valt dit onder garantie", "steentje eruit"]),
    (Q_KLACHT,
     "Kom langs of stuur foto's via WhatsApp (+599 9 561 7042) binnen 14 dagen na het afhalen. Is het onze fout, "
     "dan herstellen wij het gratis binnen 3 werkdagen. Is het sieraad anders dan afgesproken, dan maken we het "
     "opnieuw of krijgt u uw geld terug.",
     "service", ["klacht", "fout", "ontevreden", "herstel", "probleem"],
     ["ik ben niet tevreden", "er is iets mis met mijn ring", "ik wil een klacht indienen"]),
    (Q_ANNULEREN,
     "Zolang u de schets nog niet hebt goedgekeurd, krijgt u uw aanbetaling terug min Cg 50 ontwerpkosten, binnen 5 "
     "werkdagen en op dezelfde manier als u betaald hebt. Na goedkeuring van de schets houden wij 30 % van de "
     "totale prijs in. De afhaaldatum verzetten is altijd gratis.",
     "service", ["annuleren", "afzeggen", "wijzigen", "geld terug"],
     ["ik wil mijn bestelling annuleren", "krijg ik mijn geld terug", "kan ik iets veranderen aan mijn bestelling"]),
    (Q_WINKEL,
     "Heerenstraat 14, Punda, Willemstad. Maandag tot en met vrijdag 9:00-18:00, zaterdag 9:00-14:00. Op zondag "
     "zijn we alleen open als er een cruiseschip in de haven ligt, van 9:00 tot 13:00. Telefoon +599 9 461 2387.",
     "algemeen", ["adres", "openingstijden", "Punda", "Heerenstraat"],
     ["waar zijn jullie", "hoe laat gaan jullie dicht", "zijn jullie zondag open"]),
    (Q_AFSPRAAK,
     "Maak een afspraak via WhatsApp (+599 9 561 7042) of telefonisch. Het eerste gesprek duurt 30 minuten en is "
     "gratis; neem gerust foto's of voorbeelden mee. Binnen 5 werkdagen krijgt u een schets met prijs; 2 "
     "aanpassingen zijn gratis.",
     "service", ["afspraak", "ontwerp", "schets", "gesprek"],
     ["ik wil iets laten ontwerpen", "kan ik langskomen voor een ontwerp", "hoe werkt een eigen ontwerp"]),
    (Q_SCHOON,
     "Ultrasoon schoonmaken en oppoetsen: Cg 15 per sieraad, gratis bij een reparatie. Witgoud opnieuw rhodineren: "
     "Cg 60. Zilver vergulden: vanaf Cg 45. Klaar binnen 2 werkdagen.",
     "diensten", ["schoonmaken", "poetsen", "rhodineren", "vergulden", "glans"],
     ["mijn ketting is dof", "kunnen jullie mijn ring poetsen", "zilver laten vergulden"]),
]

PLAN = [
    [
        ("Bon dia! Mijn verloofde en ik gaan in maart trouwen en we zijn op zoek naar ringen. Wat kost dat bij "
         "jullie in 14 karaat? En kunnen jullie er ook onze namen en de datum in zetten?",
         "Small talk greeting + " + both(Q_TROUW, Q_GRAVEREN) + " — a pair in 14 carat yellow gold from Cg 1.150 "
         "(18 carat from Cg 1.650, white or rose 10 % more); engraving is included with their wedding rings (else "
         "hand engraving Cg 4 a letter, minimum Cg 25). (`bon dia` = good morning, Papiamentu.)",
         "Only one half without pointing to the other; an invented price; the resizing entry; the old-gold entry."),
        ("en als haar vinger later dikker wordt, kan die dan nog groter?",
         faq(Q_MAAT) + " — enlarging a gold ring up to 2 sizes Cg 55, more than 2 sizes Cg 75, ready in 3 working "
         "days; not possible for rings with stones all round.",
         "The wedding-ring price again; the guarantee entry; 'not covered'."),
        ("Hij zit tot half januari in Holland voor zijn werk, kan hij pas daarna komen passen? En zijn ze dan nog op "
         "tijd voor 13 maart?",
         faq(Q_TROUW) + " — the fitting is together by appointment, then the rings take 4 weeks: a fitting in late "
         "January leaves them ready by late February, in time for 13 March. (The appointment entry may be added.)",
         "The Christmas deadline (4 December) as if it applied; the own-design lead time (4-6 weeks after a sketch) "
         "as the only answer; the shop hours."),
        ("Ayo, top! Masha danki, ik bespreek het even met mijn dushi en dan komen we langs. Pasa un bon dia!",
         "Small talk: acknowledgement + thanks + goodbye in Papiamentu words (`ayo` = bye, here also 'great', "
         "`masha danki` = thank you very much, `dushi` = darling, `pasa un bon dia` = have a nice day) — a short "
         "friendly close.",
         "An FAQ answer (the appointment entry for `komen we langs`); choices; a handover; asking what the words "
         "mean."),
    ],
    [
        ("bon dia, kunt u mij even helpen?",
         "Too vague to answer — choices (repairs, rings, engraving...) or a clarifying question; a 'yes, what is "
         "it about?' is fine.",
         "A handover; one entry answered at length as if sure."),
        ("Vanavond is de diploma-uitreiking van mijn dochter en net brak het kettinkje van mijn oma, het haakje is "
         "eraf en ik heb alles in mijn tas. Ik werk in Otrobanda en kan in mijn middagpauze over de brug lopen. "
         "Lukt dat nog vandaag?",
         TYPE + faq(Q_SPOED) + " — yes, repaired while she waits (about 30 minutes) if she is in the shop before "
         "15:00; soldering a chain Cg 25, a new clasp from Cg 20. (It is about noon in Willemstad, Wednesday; `de "
         "brug` = the pontoon bridge from Otrobanda to Punda.)",
         "Tapping a choice; the 3-working-day repair time as the only answer; the guarantee entry; the shop hours "
         "alone."),
        ("en kan het dan ook weer een beetje glimmen? het is helemaal dof en zwart geworden in de kast",
         faq(Q_SCHOON) + " — ultrasonic cleaning and polishing Cg 15, free with a repair.",
         "The materials entry alone (silver darkens); re-plating as if needed; the guarantee entry."),
        ("Sorry hoor, maar praat ik nu met een echt iemand of met een computer? Mi no ta kompronde e kos aki",
         "Small talk: are you a bot (`mi no ta kompronde e kos aki` = I don't understand this thing, Papiamentu) — "
         "honest: an automated assistant; offers a person.",
         "Claiming to be a person; an FAQ answer; choices; ignoring the question because of the Papiamentu."),
    ],
    [
        ("hallo, het gaat over een ring",
         "Too vague to answer — choices (resizing, wedding rings, engraving...) or a clarifying question.",
         "A handover; one entry answered as if sure (the resizing entry in full)."),
        ("nò nò, no ta esei",
         TYPE + "Typed rejection in Papiamentu (`no ta esei` = that's not it) — asks what it is about / invites a "
         "rephrasing; no handover yet, no repeat of the same choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry; answering in Spanish."),
        ("Van mijn tante heb ik twee oude armbanden gekregen die ik nooit draag. Ik wil daar liever één mooie hanger "
         "van maken voor mijn zoon, met zijn initialen. Kan dat en wat kost zoiets ongeveer?",
         faq(Q_OUDGOUD) + " — melting her own gold into a new piece: the work from Cg 250, she only pays any gold "
         "still needed, about 5 % of the weight is lost. (The engraving entry or the appointment entry may be "
         "added for the initials and the design.)",
         "Buying the gold in (day price minus 15 %) as the only answer; the own-design lead time alone; the "
         "engraving entry alone."),
        ("En doen jullie ook horloges? Mijn Seiko loopt achter, volgens mij moet er een nieuwe batterij in",
         "Not covered (near the trade: watch batteries and watch repair, not offered) — says so honestly, may offer "
         "a person; no price.",
         "Inventing a price for a battery; the quick-repair entry; the cleaning entry."),
    ],
    [
        ("Het is voor ons bedrijf, we willen 12 zilveren speldjes met ons logo als kerstcadeau voor het personeel. "
         "Kan ik dat overmaken en moet ik alles vooruit betalen? We hebben wel een factuur op naam van de zaak nodig",
         both(Q_BETALEN, Q_AANBETALING) + " — cash (Cg or US$ at 1.78), debit card, Visa/Mastercard (+3 %), transfer "
         "to MCB or Banco di Caribe; 50 % down for made-to-order work, the rest on collection; companies get an "
         "invoice with their CRIB number. (For Christmas an own design must be ordered by 4 December: may be "
         "mentioned.)",
         "Only one half without pointing to the other; 'pay everything up front'; 'no invoices'."),
        ("Nee, dat was eigenlijk mijn vraag niet. Wat ik wil weten: als zo'n speldje na een paar maanden loslaat, "
         "maken jullie dat dan zonder te rekenen?",
         "Acknowledges the push-back + " + faq(Q_GARANTIE) + " — 2 years on pieces they make (settings, solder "
         "points, clasps); not damage from drops, knocks or chlorine.",
         "Repeating the payment answer; the complaint entry alone (14 days); the repair prices."),
        ("Bo sa kiko? Weer een ander antwoord! Dit schiet voor geen meter op. Geef mij nu iemand van de zaak zelf",
         "Push-back (second time in a row) + request for a person, annoyed (`bo sa kiko?` = you know what?, "
         "Papiamentu) — a short apology and a handover.",
         "Another FAQ answer; choices; asking to rephrase again; the shop address for `de zaak`."),
        ("ehh, ta kiko awor? zit er nog iemand aan de andere kant?",
         WAIT + AFTER + "Waiting (`ta kiko awor?` = what now?, Papiamentu) — reassures that a person has the "
         "message and will answer; no FAQ answer, no invented wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [
        ("ECHT ONGELOOFLIJK. Vorige week zaterdag mijn ring opgehaald die groter moest, nu zit er een zwarte streep "
         "waar jullie gesoldeerd hebben en het steentje wiebelt. 55 florin betaald en bij jullie gaat de telefoon "
         "maar over!!",
         faq(Q_KLACHT) + " — calm, apologises: come by or send photos by WhatsApp within 14 days of collection "
         "(Saturday 28 November: still in time), repaired free within 3 working days if it is their fault. Passing "
         "it on to a person is fine as well.",
         "Cold rule ignoring the anger; the resizing entry (`groter`, Cg 55); the guarantee entry alone; blaming "
         "the customer."),
        ("Weet u trouwens of de pontjesbrug vanmiddag open is of ligt er weer een schip?",
         "Not covered (unrelated: whether the Queen Emma pontoon bridge is open this afternoon) — says it cannot "
         "help, no FAQ answer.",
         "The shop hours (the cruise-ship Sunday rule); inventing an answer; the quick-repair entry."),
        ("Ik wil dat de eigenaar zelf mij belt. Vanavond na half zeven ben ik thuis, 9 518 2264. Onder werktijd mag "
         "ik mijn telefoon niet gebruiken",
         "Hands over / passes on a callback request to 9 518 2264 tonight (Wednesday) after 18:30; no FAQ answer. "
         "The shop closes at 18:00, so the reply must not promise that time.",
         "Ignoring the number or the time; only giving the shop's number; the opening hours as the answer; "
         "promising a call after 18:30."),
        ("Oké. Doet hij dat vandaag echt of hoor ik er pas volgende week iets van?",
         AFTER + "Waiting — about the callback: reassures, no invented time, no promise for the owner; no FAQ answer.",
         "The 3-working-day repair time as the answer; promising an exact time; a new greeting."),
    ],
    [
        ("Goedemorgen. Vorige week heb ik 300 florin neergelegd voor een hanger met de naam van mijn vriend erin, "
         "maar het is uit tussen ons. Die naam wil ik echt niet meer om mijn nek hebben",
         faq(Q_ANNULEREN) + " — as long as the sketch is not approved, the deposit back minus Cg 50 design costs, "
         "the same way, within 5 working days; after approval 30 % of the total price is kept; changing (e.g. "
         "another name) may be offered. Must not claim it is cancelled. Kindness is welcome.",
         "Claiming it is cancelled now; the engraving entry (`naam`); the deposit entry (50 %) as the answer."),
        ("ehh ja… ta bon",
         "Ambiguous yes (`ta bon` = okay, Papiamentu) — asks whether to cancel (and confirms the next step) or "
         "explains it; must not claim anything is cancelled.",
         "Saying the order is now cancelled; a random FAQ entry; a goodbye."),
        ("En die 300 florin die ik contant heb gegeven, krijg ik die helemaal terug? De tekening heb ik nog niet "
         "goedgekeurd",
         faq(Q_ANNULEREN) + " — sketch not approved: Cg 250 back (300 minus 50 design costs), in cash, within 5 "
         "working days. (`florin` = guilder.)",
         "The payment entry (cash) as the answer; the deposit entry; 'all 300 back'."),
        ("Ai, mi kabes ta bira van al die regels. Mag ik niet gewoon met un hende di bèrdat praten, iemand van de "
         "winkel?",
         "Hands over to a person (`mi kabes ta bira` = my head is spinning, `un hende di bèrdat` = a real person, "
         "Papiamentu) — short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; the shop address for `iemand van de winkel`."),
    ],
    [
        ("Goedemorgen! Maandag ben ik toch in Punda, kan ik dan even binnenlopen om over een eigen ontwerp te "
         "praten? Tot hoe laat zijn jullie dan open?",
         "Small talk greeting + " + both(Q_WINKEL, Q_AFSPRAAK) + " — Heerenstraat 14, Punda, Monday-Friday "
         "9:00-18:00 (Saturday 9:00-14:00); an appointment by WhatsApp +599 9 561 7042 or phone, a free 30-minute "
         "talk, a sketch with price within 5 working days.",
         "Only one half without pointing to the other; 'Sundays always open'; the wedding-ring entry."),
        ("Het gaat om een bedeltje in de vorm van Curaçao voor mijn nicht, die in Holland studeert, zodat ze ons "
         "eiland altijd bij zich draagt. Ze is met de feestdagen hier en vliegt 3 januari terug",
         faq(Q_LEVERTIJD) + " — a sketch within 5 working days after the talk, then 4-6 weeks after approval: with a "
         "talk on Monday 7 December the charm would be ready mid-January at the earliest, so 3 January is not "
         "realistic; Christmas orders had to be in by 4 December. (`bedeltje` = charm.)",
         "Promising it for 3 January; the materials entry; the engraving entry."),
        ("En van welk zilver is dat dan, wordt het niet zwart van de zee? En wat als het toch niet op tijd klaar is?",
         both(Q_MATERIAAL, Q_LEVERTIJD) + " — 925 sterling silver, nickel-free; silver can darken from sea water, "
         "sunscreen and sweat, polished free; the own design takes 4-6 weeks after the sketch is approved.",
         "Only one half without pointing to the other; the cleaning entry alone; the cancelling entry."),
    ],
]

if __name__ == "__main__":
    print(write_faq("nl", FAQ))
    print(write_plan("nl", PLAN))
