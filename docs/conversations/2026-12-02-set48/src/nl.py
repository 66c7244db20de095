"""nl: Koelglas Tinting & Alarm (made up), car-window tinting (and house/office window film, car alarms, GPS
trackers) on the Kwattaweg, Paramaribo, Suriname; the owner writes standard Dutch as a Surinamese business writes it
(u, SRD prices), customers write everyday Surinamese Dutch with Sranan Tongo words and whole Sranan phrases (odi, fa
waka, baya, grantangi, a bun, moni, adyosi, oto, tori, sma, fu tru, tjo, mi no e frustan san yu e taki, gi mi, wan,
wenkri, wakti, ke, mi ede e drai nanga ala den sani disi, no, ai, pagara, owru yari, effe, die ding, cambio, erf).
The bot serves nl (Surinamese Dutch; no nl-SR)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRIJS = "Wat kost het blinderen van autoramen?"
Q_DONKER = "Hoe donker mag de folie zijn?"
Q_FOLIE = "Wat is het verschil tussen standaard en keramische folie?"
Q_ALARM = "Installeren jullie auto-alarmen en GPS-trackers?"
Q_AANHUIS = "Komen jullie ook aan huis of op het werk?"
Q_NAZORG = "Waar moet ik op letten na het blinderen?"
Q_AFSPRAAK = "Moet ik een afspraak maken?"
Q_DUUR = "Hoe lang duurt het blinderen?"
Q_BETALEN = "Hoe kan ik betalen?"
Q_SCHADE = "Wat als er schade is na jullie werk?"
Q_VERZETTEN = "Kan ik mijn afspraak afzeggen of verzetten?"
Q_GARANTIE = "Welke garantie krijg ik op de folie?"
Q_ADRES = "Waar zitten jullie en wat zijn de openingstijden?"
Q_VERWIJDEREN = "Halen jullie oude folie eraf?"
Q_HUIS = "Blinderen jullie ook ramen van huizen en kantoren?"

FAQ = [
    (Q_PRIJS,
     "Zijruiten en achterruit met standaard folie: personenauto (sedan of hatchback) SRD 3.800; SUV of minivan SRD "
     "4.600; pick-up met dubbele cabine SRD 3.400; alleen de twee voorste zijruiten SRD 1.500. Zonnestrook bovenaan de "
     "voorruit: SRD 900. Keramische folie: SRD 1.800 extra per auto. Alle prijzen inclusief arbeid.",
     "auto", ["blinderen", "prijs", "tinten", "autoruiten", "kosten"],
     ["wat kost tinten van een auto", "prijs voor een pick-up blinderen", "hoeveel voor alle ruiten"]),
    (Q_DONKER,
     "Wij houden ons aan de regels van de Verkeerspolitie: op de voorruit alleen een strook van maximaal 15 cm "
     "bovenaan; voorste zijruiten minimaal 35 % lichtdoorlating; achterste zijruiten en achterruit mogen donkerder, tot "
     "5 % (limo). Donkerder dan 35 % voorin plaatsen wij niet, ook niet op verzoek. U krijgt een certificaat met het "
     "percentage voor bij een controle.",
     "auto", ["donker", "percentage", "politie", "lichtdoorlating", "boete"],
     ["mag alles helemaal zwart", "welk percentage mag voorin", "krijg ik een boete"]),
    (Q_FOLIE,
     "Standaard (geverfde) folie: houdt 99 % UV tegen en tot ongeveer 40 % van de warmte; 3 jaar garantie. "
     "Keramische folie: tot 60 % minder warmte, geen storing op gsm, GPS of radio, verkleurt niet; 7 jaar garantie, "
     "SRD 1.800 extra per auto. In onze showroom voelt u het verschil onder een warmtelamp.",
     "auto", ["keramisch", "hittewerend", "warmte", "UV", "soort folie"],
     ["welke folie houdt de hitte het best tegen", "is keramisch het geld waard", "verschil tussen de folies"]),
    (Q_ALARM,
     "Ja. Alarm met 2 afstandsbedieningen, sirene en startonderbreker: SRD 5.200 geplaatst, 1 jaar garantie. "
     "GPS-tracker met app op uw telefoon: SRD 3.900 geplaatst plus SRD 250 per maand abonnement (maandelijks "
     "opzegbaar). Plaatsen duurt 3 tot 4 uur; samen met blinderen op dezelfde dag SRD 500 korting.",
     "auto", ["alarm", "GPS", "tracker", "diefstal", "startonderbreker"],
     ["mijn auto is bijna gestolen", "kan ik mijn auto volgen op mijn telefoon", "sirene laten plaatsen"]),
    (Q_AANHUIS,
     "Ja, voor auto's en woningen. Voorrijkosten: Paramaribo SRD 400; Wanica en Lelydorp SRD 600; Commewijne en Para "
     "SRD 800. Verder weg (Nickerie, Marowijne, Brokopondo) alleen voor woningen of bedrijven vanaf SRD 15.000, op "
     "offerte. Voor het blinderen van een auto is een overdekte plek nodig: in zon of wind hecht de folie niet goed.",
     "service", ["aan huis", "op locatie", "voorrijkosten", "langskomen", "Lelydorp"],
     ["kunnen jullie naar Lelydorp komen", "bij mij op het werk blinderen", "doen jullie ook Nickerie"]),
    (Q_NAZORG,
     "De eerste 3 dagen de ramen niet openen en de achterruitverwarming niet aanzetten. 7 dagen de binnenkant niet "
     "schoonmaken; daarna alleen met water en een zachte doek, geen ammoniak of glasreiniger met alcohol. Kleine "
     "waterbelletjes en een melkachtige waas trekken in de zon binnen 1 tot 2 weken weg; blijven ze langer, dan komen "
     "wij kosteloos kijken.",
     "auto", ["nazorg", "ramen openen", "schoonmaken", "waas", "belletjes"],
     ["wanneer mag het raam weer naar beneden", "er zitten bubbels onder de folie", "hoe maak ik getinte ramen schoon"]),
    (Q_AFSPRAAK,
     "Graag wel: via WhatsApp +597 871-4426 of telefoon 497-318; meestal is er binnen 1 tot 3 werkdagen een plek. "
     "Zonder afspraak kunt u 's ochtends vóór 9:00 binnenlopen als er een plek vrij is. Zaterdagen zitten vaak 2 weken "
     "vooruit vol.",
     "service", ["afspraak", "plek", "binnenlopen", "inplannen", "zonder afspraak"],
     ["kan ik zomaar langskomen", "wanneer hebben jullie plek", "zaterdag nog iets vrij"]),
    (Q_DUUR,
     "Een personenauto 2 tot 3 uur, een SUV of pick-up 3 tot 4 uur. U kunt wachten in onze wachtruimte met airco en "
     "wifi, of de auto dezelfde dag na 16:00 ophalen. Kom met een schone auto: een gewassen binnenkant scheelt een "
     "half uur.",
     "auto", ["hoe lang", "duur", "wachten", "klaar", "ophalen"],
     ["kan ik erop wachten", "wanneer is mijn auto klaar", "duurt het een hele dag"]),
    (Q_BETALEN,
     "Contant in SRD, of in US-dollar of euro tegen de dagkoers van de Centrale Bank van Suriname; pinnen; mobiel "
     "betalen met Uni5Pay+ of Mope; overmaken naar DSB Bank of Hakrinbank. Auto's: betalen bij het ophalen. Huizen en "
     "kantoren: 50 % aanbetaling bij akkoord, de rest na het plaatsen. Bedrijven met 3 of meer auto's: factuur met 14 "
     "dagen betaaltermijn.",
     "betalen", ["betalen", "dollar", "euro", "pinnen", "Uni5Pay", "factuur"],
     ["kan ik in US betalen", "pinnen jullie", "moet ik vooruit betalen"]),
    (Q_SCHADE,
     "Wij zijn verzekerd. Meld schade (krassen op de deurpanelen, een raammotor of raambediening die niet meer werkt, "
     "een vlek op de bekleding, een gebarsten ruit) binnen 3 dagen met foto's via WhatsApp +597 871-4426. Wij bekijken "
     "de auto binnen 2 werkdagen en herstellen of vergoeden de schade binnen 14 dagen, op onze kosten. U krijgt een "
     "schriftelijke bevestiging.",
     "service", ["schade", "kapot", "kras", "klacht", "vergoeden"],
     ["mijn raam gaat niet meer omhoog na het tinten", "er zit een kras op mijn deur", "ik wil een klacht indienen"]),
    (Q_VERZETTEN,
     "Ja. Auto: kosteloos afzeggen of verzetten tot 24 uur van tevoren; later afzeggen of niet komen kost SRD 300. "
     "Huizen en kantoren: afzeggen tot 48 uur vóór het plaatsen geeft de aanbetaling volledig terug binnen 5 "
     "werkdagen; is de folie al op maat gesneden, dan houden wij 30 % van de aanbetaling in. Verzetten naar een datum "
     "binnen 2 maanden is gratis.",
     "service", ["afzeggen", "verzetten", "annuleren", "aanbetaling terug", "andere datum"],
     ["ik kan morgen toch niet komen", "krijg ik mijn aanbetaling terug", "afspraak verplaatsen"]),
    (Q_GARANTIE,
     "Standaard folie 3 jaar, keramische folie 7 jaar garantie tegen bellen, loslaten, paars verkleuren en barsten van "
     "de folie. Niet gedekt: krassen, schade door ringen of stickers, en ruiten die na het plaatsen zijn vervangen. "
     "Bij een garantieprobleem: stuur een foto via WhatsApp naar +597 871-4426; wij vervangen de folie binnen 5 "
     "werkdagen, gratis.",
     "auto", ["garantie", "bellen", "paars", "loslaten", "verkleuren"],
     ["de folie laat los", "mijn ramen worden paars", "hoe lang garantie"]),
    (Q_ADRES,
     "Kwattaweg 312, Paramaribo, met eigen parkeerplaats. Maandag tot en met vrijdag 8:00-17:00, zaterdag "
     "8:00-13:00, zon- en feestdagen gesloten. Telefoon 497-318, WhatsApp +597 871-4426.",
     "service", ["adres", "openingstijden", "open", "zaterdag", "locatie"],
     ["hoe laat gaan jullie dicht", "zijn jullie zaterdag open", "waar is de zaak"]),
    (Q_VERWIJDEREN,
     "Ja. Oude of paars geworden folie verwijderen, inclusief lijmresten: SRD 450 per ruit, SRD 1.400 voor de hele "
     "auto. De achterruit met verwarmingsdraden doen wij met stoom; draden die al kapot waren vallen buiten onze "
     "aansprakelijkheid. Laat u daarna meteen opnieuw blinderen, dan krijgt u SRD 500 korting op het verwijderen.",
     "auto", ["oude folie", "verwijderen", "eraf halen", "lijmresten", "opnieuw"],
     ["kan de oude tint eraf", "mijn oude folie is lelijk", "lijmresten weghalen"]),
    (Q_HUIS,
     "Ja, met zonwerende folie (tot 80 % minder warmte, 99 % UV-werend): SRD 1.100 per m² inclusief plaatsen, "
     "minimaal SRD 4.500. Gratis opmeten in Paramaribo en Wanica binnen 3 werkdagen; plaatsen 5 tot 10 werkdagen na "
     "akkoord en 50 % aanbetaling. Ook spiegelfolie voor privacy, zelfde prijs.",
     "woning", ["woning", "kantoor", "zonwerend", "per m2", "spiegelfolie"],
     ["mijn woonkamer is te heet", "folie voor een winkelruit", "spiegelfolie voor het huis"]),
]

PLAN = [
    [  # 1
        ("Odi! Fa waka? Ik wil mijn Toyota Axio laten blinderen, wat kost dat bij jullie? En hoe donker mag het "
         "voorin eigenlijk, ik wil geen tori met de politie",
         "Small talk greeting + " + both(Q_PRIJS, Q_DONKER) + " — a sedan (side and rear windows, standard film) SRD "
         "3.800, ceramic SRD 1.800 extra, sun strip SRD 900; front side windows at least 35 % light, windscreen only a "
         "15 cm strip, a certificate for police checks. (`odi` = hello, `fa waka` = how's it going, `tori` = trouble, "
         "literally story.)",
         "Only one half without pointing to the other; promising any darkness in front; an invented price."),
        ("en achterin dan, kan het daar helemaal pikzwart?",
         faq(Q_DONKER) + " — rear side windows and the rear window may go down to 5 % (limo).",
         "The price entry alone; the film-types entry; repeating 'at least 35 %' for the rear."),
        ("Hij staat de hele dag in de zon bij mijn werk, als je instapt is het een oven. Welk soort houdt die hitte "
         "het beste tegen? En is die duurdere echt zijn geld waard?",
         faq(Q_FOLIE) + " — ceramic film: up to 60 % less heat (standard about 40 %), no interference with phone, GPS "
         "or radio, does not discolour, 7 years' guarantee against 3, SRD 1.800 extra per car; feel the difference "
         "under the heat lamp in the showroom.",
         "The house-film entry (`oven`, `zon`); the 'come to your work' entry (`werk`); the guarantee entry alone."),
        ("A bun, mooi zo. Grantangi baya! Eerst moni bij elkaar sparen en dan kom ik langs. Adyosi!",
         "Small talk: acknowledgement + thanks + goodbye (`a bun` = it's good, `grantangi` = many thanks, `baya` = "
         "bro, `moni` = money, `adyosi` = bye) — short friendly close.",
         "An FAQ answer (the appointment entry for `kom ik langs`, the payment entry for `moni`); choices; a "
         "handover; asking what the customer means."),
    ],
    [  # 2
        ("Morgen, effe iets vragen",
         "Too vague to answer (`Morgen` = good morning here) — choices (tinting, alarms, prices...) or a clarifying "
         "question.",
         "A handover; one entry answered as if sure; reading `Morgen` as tomorrow and talking about appointments."),
        ("Vannacht hebben ze bij mijn buurman in Zorg en Hoop zijn Hilux gewoon van het erf meegenomen. Ik slaap niet "
         "meer rustig. Wat kunnen jullie aan mijn pick-up doen zodat ze hem bij mij niet ook weghalen, of dat ik hem "
         "tenminste terug kan vinden?",
         TYPE + faq(Q_ALARM) + " — an alarm with 2 remotes, siren and immobiliser SRD 5.200 fitted (1 year's "
         "guarantee); a GPS tracker with a phone app SRD 3.900 fitted plus SRD 250 a month (cancellable monthly); 3-4 "
         "hours to fit. (`erf` = yard.)",
         "Tapping a choice; the tinting price (`pick-up`); the removal entry (`weghalen`); the damage entry."),
        ("Kunnen jullie dat bij mij thuis komen doen? Zonder oto kom ik niet op mijn werk",
         faq(Q_AANHUIS) + " — yes, call-out charge in Paramaribo SRD 400 (Wanica/Lelydorp 600, Commewijne/Para 800). "
         "(`oto` = car.)",
         "The appointment entry alone; the alarm price again without the call-out; 'we only work at the shop'."),
        ("Wacht effe. Zit daar een echte sma achter of praat ik met een robot? Fu tru, zeg eerlijk",
         "Small talk: are you a bot (`sma` = person, `fu tru` = really) — honest: an automated assistant; may offer a "
         "person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover; choices."),
    ],
    [  # 3
        ("hallo, het gaat om mijn auto",
         "Too vague to answer — choices (tinting, aftercare, damage...) or a clarifying question.",
         "A handover; one entry answered as if sure."),
        ("nee, dat is het allemaal niet",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("eergisteren laten doen bij jullie, nu zie ik overal kleine druppeltjs onder het plastic en het is een "
         "beetje mistig. en mijn zoon wil zijn raampje al naar beneden. is dat normaal zo? vanaf wanneer kan dat "
         "raampje weer omlaag?",
         faq(Q_NAZORG) + " — small water bubbles and a milky haze clear in the sun within 1-2 weeks (if not, a free "
         "check); windows closed for the first 3 days (done on Monday: from Thursday), no rear-window heater, no "
         "cleaning inside for 7 days, then water and a soft cloth only.",
         "The guarantee entry (`druppeltjes` read as bubbling film); the damage entry; the removal entry; 'that is "
         "a defect'."),
        ("En vullen jullie ook de airco van de auto bij? Die blaast alleen nog warme lucht",
         "Not covered (near the trade: refilling a car's air conditioning, not offered) — says so honestly, may offer "
         "a person; no price.",
         "The film-types entry (`warme`); inventing a price; the damage entry."),
    ],
    [  # 4
        ("Kan ik morgen zo binnenlopen of moet ik eerst bellen? En hoe lang ben ik dan kwijt, ik moet om 1 uur weer "
         "op mijn werk zijn",
         both(Q_AFSPRAAK, Q_DUUR) + " — an appointment by WhatsApp +597 871-4426 or 497-318 is preferred; without one "
         "only before 9:00 if a slot is free; a car takes 2-3 hours (SUV/pick-up 3-4), wait in the lounge or collect "
         "after 16:00 — so come early to make 1 o'clock.",
         "Only one half without pointing to the other; 'just come any time'; the call-out entry (`werk`)."),
        ("nee, dat vroeg ik toch niet. Ik heb alleen US cash, nemen jullie dat aan of moet ik eerst naar de "
         "cambio?",
         "Acknowledges the push-back + " + faq(Q_BETALEN) + " — US dollars (`US`) or euros cash at the Central Bank's day "
         "rate, SRD cash, card, Uni5Pay+ or Mope, transfer; cars are paid on collection. (`cambio` = exchange "
         "office.)",
         "Repeating the appointment/duration answer; 'SRD only'; the price list."),
        ("Tjo! Alweer mis. Mi no e frustan san yu e taki. Gi mi wan sma fu a wenkri, ik ben er klaar mee",
         "Push-back (second time in a row) + request for a person (annoyed; Sranan: `tjo` = ugh, `mi no e frustan san "
         "yu e taki` = I don't understand what you're saying, `gi mi wan sma fu a wenkri` = give me someone from the "
         "shop) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again; answering that it only speaks Dutch."),
        ("hallo?? iemand? ik wakti al een hele tyd",
         WAIT + AFTER + "Waiting (`wakti` = wait) — reassures that a person has the message and will answer; no FAQ "
         "answer, no invented wait time.",
         "An FAQ answer (the duration entry for `hele tijd`); a new greeting; promising a time."),
    ],
    [  # 5
        ("Ik ben echt kwaad!! Dinsdag mijn auto bij jullie laten blinderen en sinds ik hem heb opgehaald gaat het raam "
         "aan de bestuurderskant niet meer omhoog. Vannacht is de regen de hele auto in gekomen, mijn stoel is "
         "kletsnat. Ik bel al de hele ochtend en niemand neemt op. Is dit hoe jullie werken??",
         faq(Q_SCHADE) + " — calm, apologises: they are insured; report within 3 days with photos by WhatsApp +597 "
         "871-4426 (done yesterday: in time); the car is checked within 2 working days, repaired or paid for within 14 "
         "days at their cost, written confirmation.",
         "Cold rule ignoring the anger; the aftercare entry ('don't open the windows for 3 days'); the guarantee "
         "entry (film only); blaming the customer."),
        ("Weet u misschien waar ze goedkope pagara verkopen voor owru yari?",
         "Not covered (unrelated: where to buy cheap firecracker strings for New Year's Eve; `pagara` = firecracker "
         "strings, `owru yari` = New Year's Eve) — says it cannot help with that, no FAQ answer.",
         "Inventing a shop; the payment entry; the address entry."),
        ("Laat de baas mij morgen na half 6 bellen op 862-4719. Eerder lukt niet, ik zit tot 5 uur op het ministerie",
         "Hands over / passes on a callback request to 862-4719 tomorrow (Thursday 3 December) after 17:30; no FAQ "
         "answer. The shop is open until 17:00, so the reply must not promise the time.",
         "Ignoring the number or the time; only giving the shop's phone; the opening hours as the answer; promising "
         "a call after 17:30."),
        ("en duurt dat lang? dan weet ik of ik mijn telefoon bij me moet houden",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The duration entry (2-3 hours of tinting) as the answer; the 2-working-day check; promising an exact time."),
    ],
    [  # 6
        ("Goedemiddag. Vorige week heb ik SRD 5.000 betaald voor de folie op de ramen van ons kantoor aan de "
         "Tourtonnelaan, jullie komen volgende week dinsdag plaatsen. Maar de eigenaar van het pand gaat in januari "
         "het hele gebouw verbouwen, dus voor ons heeft het nu eigenlijk geen zin meer",
         faq(Q_VERZETTEN) + " — for offices: calling off more than 48 hours before fitting (Tuesday 8 December is "
         "days away) returns the down payment in full within 5 working days, but if the film is already cut to size "
         "30 % of it is kept; moving to a date within 2 months is free. Must not claim it is cancelled.",
         "Claiming it is cancelled now; the payment entry (50 % down payment) as the whole answer; the house-film "
         "price; 'the down payment is lost'."),
        ("ai, oké",
         "Ambiguous yes (`ai` = yes) — asks whether to call it off or move it, or explains the next step; must not "
         "claim anything is cancelled or moved.",
         "Saying the job is now cancelled; a random FAQ entry; a goodbye."),
        ("En die 5.000 die ik al heb overgemaakt, krijg ik dat helemaal terug of houden jullie er iets van?",
         faq(Q_VERZETTEN) + " — in full within 5 working days when called off more than 48 hours before, unless the "
         "film is already cut to size (then 30 % kept).",
         "The payment entry (transfer to DSB/Hakrinbank) as the answer; 'never refunded'; the car rule (SRD 300)."),
        ("Ke, mi ede e drai nanga ala den sani disi. Kan iemand van jullie mij niet gewoon even te woord staan? Wan "
         "sma, no computer",
         "Hands over to a person (Sranan: `ke` = oh dear, `mi ede e drai nanga ala den sani disi` = my head is "
         "spinning with all these things, `wan sma, no computer` = a person, not a computer) — short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; saying it does not understand the language."),
    ],
    [  # 7
        ("Goedemorgen! 2 jaar terug hebben jullie mijn ramen gedaan, nu wordt de achterruit paars en er komen blazen "
         "in. Valt dat nog onder de garantie? En tot hoe laat zijn jullie vandaag open?",
         "Small talk greeting + " + both(Q_GARANTIE, Q_ADRES) + " — standard film 3 years (ceramic 7) against "
         "bubbling and purple discolouring: send a photo by WhatsApp, the film is replaced free within 5 working days; "
         "Kwattaweg 312, today (Wednesday) 8:00-17:00, Saturday 8:00-13:00.",
         "Only one half without pointing to the other; the removal entry's price as if the customer had to pay; "
         "'open until 13:00 today'."),
        ("De auto van mijn vrouw heeft ook nog tint, maar niet van jullie, die zit er al 10 jaar op van de vorige "
         "eigenaar. Helemaal gekrast en 's avonds zie je bijna niks meer in de spiegel. Kunnen jullie dat spul "
         "weghalen?",
         faq(Q_VERWIJDEREN) + " — yes, old film and glue removed: SRD 450 per window, SRD 1.400 for the whole car; the "
         "heated rear window with steam (wires already broken are not their liability); SRD 500 off the removal when "
         "retinted straight away.",
         "The guarantee entry (not their film: no guarantee); the darkness entry (`zie je niks`); the damage entry."),
        ("Wat kost dat voor haar hele auto, een Suzuki Swift? En doen jullie ook huizen? Onze voorkamer wordt 's "
         "middags zo heet dat je er niet kan zitten",
         both(Q_VERWIJDEREN, Q_HUIS) + " — removal from the whole car SRD 1.400 (SRD 500 less with new tint, a "
         "hatchback then SRD 3.800); house film SRD 1.100 per m² fitted (minimum SRD 4.500, up to 80 % less heat), "
         "free measuring within 3 working days, fitting 5-10 working days after a 50 % down payment.",
         "Only one half without pointing to the other; the car tinting price alone; the film-types entry alone."),
    ],
]

if __name__ == "__main__":
    print(write_faq("nl", FAQ))
    print(write_plan("nl", PLAN))
