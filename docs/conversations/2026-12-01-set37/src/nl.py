"""nl: Kringloopwinkel De Tweede Ronde (made up), a second-hand goods store in Rotterdam-Delfshaven selling furniture,
clothes and household goods, collecting donated goods from homes and clearing houses; customers write everyday
Netherlands Dutch with a few Rotterdam/colloquial words (ff, effe, gozer, lekker, doei, ouwe, gezellig)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_OPEN = "Wat zijn de openingstijden?"
Q_INLEVEREN = "Wat neemt u wel en niet aan?"
Q_OPHALEN = "Halen jullie spullen gratis bij mij thuis op?"
Q_ONTRUIMING = "Wat kost een woningontruiming?"
Q_BEZORGEN = "Bezorgen jullie gekochte meubels?"
Q_RESERVEREN = "Kan ik iets laten reserveren?"
Q_BETALEN = "Hoe kan ik in de winkel betalen?"
Q_RUILEN = "Kan ik iets ruilen of terugbrengen?"
Q_KORTING = "Hebben jullie acties of kortingen?"
Q_WITGOED = "Verkopen jullie witgoed en zit daar garantie op?"
Q_AFSPRAAK = "Kan ik een ophaalafspraak verzetten of afzeggen?"
Q_ADRES = "Waar zit de winkel en kan ik er parkeren?"
Q_SCHADE = "Wat als er schade ontstaat bij ophalen of bezorgen?"
Q_KLEDING = "Hoe lever ik kleding en textiel in?"
Q_VRIJWILLIGER = "Kan ik bij jullie als vrijwilliger werken?"

FAQ = [
    (Q_OPEN,
     "Winkel: dinsdag t/m zaterdag 10:00-17:00, donderdag tot 20:00; zondag en maandag gesloten. Spullen brengen kan "
     "dinsdag t/m zaterdag van 10:00 tot 16:00 bij de inleverbalie aan de achterkant (Lichtkade).",
     "winkel", ["openingstijden", "open", "zaterdag", "koopavond", "gesloten"],
     ["hoe laat zijn jullie open", "zijn jullie op maandag open", "tot hoe laat kan ik spullen brengen"]),
    (Q_INLEVEREN,
     "Wij nemen hele en schone spullen aan: meubels, servies, boeken, speelgoed, lampen, fietsen en werkende "
     "elektrische apparaten. Niet: matrassen, bankstellen met vlekken of brandgaatjes, vloerbedekking, autostoeltjes, "
     "verf en chemicaliën, en witgoed ouder dan 10 jaar. Twijfel? Stuur een foto via WhatsApp naar 06 38 71 52 09.",
     "inbreng", ["inleveren", "aannemen", "matras", "bank", "niet toegestaan"],
     ["nemen jullie een bank aan", "wat mag ik brengen", "willen jullie een oude matras"]),
    (Q_OPHALEN,
     "Ja, gratis in Rotterdam, Schiedam en Capelle aan den IJssel vanaf 1 m³ (ongeveer een kast of 6 dozen). Afspraak "
     "via www.tweederonde-rotterdam.nl of 010 471 29 83; de bus rijdt dinsdag, woensdag en vrijdag tussen 9:00 en "
     "15:00. Wij dragen vanaf de begane grond en de 1e verdieping; hoger alleen als er een lift is. De chauffeur "
     "beslist ter plekke wat meegaat.",
     "ophalen", ["ophalen", "gratis", "afspraak", "bus", "verdieping"],
     ["komen jullie spullen halen", "kosten jullie iets voor ophalen", "ik woon driehoog"]),
    (Q_ONTRUIMING,
     "Eerst komen we gratis kijken (binnen 5 werkdagen) en krijgt u een vaste prijs. Richtprijzen: studio vanaf € 450, "
     "3-kamerwoning € 900 tot € 1.600. De waarde van verkoopbare spullen trekken we ervan af. We leveren bezemschoon "
     "op; oplevering volgens de eisen van de woningcorporatie (vloer en gordijnrails eruit, gaten dichten) kost € 250 "
     "tot € 600 extra. Meestal binnen 2 weken te plannen.",
     "ontruiming", ["ontruiming", "leeghalen", "bezemschoon", "oplevering", "offerte"],
     ["wat kost het om een huis leeg te halen", "kunnen jullie een huurwoning opleveren", "komen jullie eerst kijken"]),
    (Q_BEZORGEN,
     "Ja: € 35 binnen Rotterdam, € 50 tot 25 km daarbuiten. Tot en met de 2e verdieping dragen we naar binnen, daarboven "
     "€ 10 per verdieping (zonder lift tot de 4e). Bezorging binnen 5 werkdagen; we monteren niets.",
     "bezorgen", ["bezorgen", "bezorgkosten", "thuisbrengen", "levering"],
     ["wat kost bezorgen", "brengen jullie het thuis", "bezorgen jullie ook in capelle"]),
    (Q_RESERVEREN,
     "In de winkel kunt u een artikel 48 uur laten vastleggen met een aanbetaling van 25 % (niet terug als u het niet "
     "ophaalt). Telefonisch of via WhatsApp reserveren kan niet. Betaald en nog niet meegenomen: we bewaren het 7 dagen.",
     "winkel", ["reserveren", "vasthouden", "aanbetaling", "apart leggen"],
     ["kunnen jullie het apart zetten", "kan ik het vast laten leggen", "hoe lang bewaren jullie het"]),
    (Q_BETALEN,
     "Pinnen en contactloos (ook met telefoon) en contant tot € 200. Geen creditcard. Bij de kassa krijgt u altijd een "
     "bon; die heeft u nodig om te ruilen.",
     "winkel", ["betalen", "pinnen", "contant", "creditcard"],
     ["kan ik pinnen", "nemen jullie contant aan", "kan ik met creditcard betalen"]),
    (Q_RUILEN,
     "Met bon kunt u binnen 14 dagen ruilen voor een tegoedbon; geld terug geven we niet. Kleding, boeken en "
     "meubels met zichtbare gebreken zijn van ruilen uitgesloten. Een verborgen gebrek aan een meubel meldt u binnen 7 "
     "dagen met foto.",
     "winkel", ["ruilen", "terugbrengen", "tegoedbon", "bon", "geld terug"],
     ["kan ik het terugbrengen", "krijg ik mijn geld terug", "past niet, kan ik ruilen"]),
    (Q_KORTING,
     "Elke eerste zaterdag van de maand 50 % korting op alle kleding. Met de Rotterdampas 25 % korting op alles "
     "behalve witgoed. Studenten krijgen op donderdagavond 10 % met hun collegekaart.",
     "winkel", ["korting", "actie", "rotterdampas", "uitverkoop"],
     ["hebben jullie korting", "geldt de rotterdampas", "wanneer is de kledingactie"]),
    (Q_WITGOED,
     "Ja, wasmachines, koelkasten en fornuizen van € 75 tot € 195, nagekeken in onze eigen werkplaats. Garantie: 6 "
     "maanden op witgoed, 3 maanden op kleine elektrische apparaten, met bon. Bij een defect binnen de garantie "
     "repareren we het of krijgt u een tegoedbon. Aansluiten bij bezorging: € 20 extra.",
     "witgoed", ["witgoed", "wasmachine", "koelkast", "garantie"],
     ["hebben jullie wasmachines", "hoe lang garantie", "sluiten jullie hem aan"]),
    (Q_AFSPRAAK,
     "Verzetten of afzeggen is gratis tot 24 uur van tevoren via de link in de bevestigingsmail of via 010 471 29 83. "
     "Later afgezegd of niet thuis: bij ophalen kunt u pas na 4 weken een nieuwe afspraak maken; bij een ontruiming "
     "rekenen we € 75 voorrijkosten.",
     "ophalen", ["afzeggen", "verzetten", "afspraak", "annuleren"],
     ["ik wil de afspraak afzeggen", "kan het een andere dag", "kost afzeggen iets"]),
    (Q_ADRES,
     "Schiedamseweg 212, 3025 AK Rotterdam (Delfshaven), 5 minuten lopen van metro Marconiplein; tram 4 stopt voor de "
     "deur. Eigen parkeerplaats met 12 plekken en een laad- en losplek aan de Lichtkade.",
     "winkel", ["adres", "parkeren", "metro", "route"],
     ["waar zitten jullie", "kan ik daar parkeren", "hoe kom ik er met het ov"]),
    (Q_SCHADE,
     "Meld schade binnen 48 uur met foto's via info@tweederonde-rotterdam.nl of 010 471 29 83. Schade die onze "
     "medewerkers veroorzaken is verzekerd tot € 500 per keer; we nemen binnen 5 werkdagen contact op.",
     "service", ["schade", "kapot", "verzekerd", "melden"],
     ["er is iets kapot gegaan", "wie betaalt de schade", "waar meld ik schade"]),
    (Q_KLEDING,
     "Kleding, schoenen (per paar vastgebonden) en beddengoed graag schoon en droog in dichte zakken. Brengen kan "
     "bij de inleverbalie of de textielcontainer op de parkeerplaats (24/7); bij een ophaalafspraak nemen we de zakken "
     "mee. Wat we niet verkopen gaat naar textielrecycling.",
     "inbreng", ["kleding", "textiel", "zakken", "schoenen"],
     ["waar kan ik kleren kwijt", "nemen jullie schoenen aan", "moeten kleren in een zak"]),
    (Q_VRIJWILLIGER,
     "Graag! Minimaal 1 dagdeel (4 uur) per week, in de winkel, de werkplaats, op de bus of bij de kassa. U heeft een "
     "VOG nodig (die betalen wij). Aanmelden via vrijwilligers@tweederonde-rotterdam.nl; we hebben ook "
     "werkervaringsplekken met de gemeente.",
     "over ons", ["vrijwilliger", "vrijwilligerswerk", "meehelpen", "VOG"],
     ["kan ik bij jullie helpen", "zoeken jullie vrijwilligers", "hoeveel uur moet ik komen"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, ack/thanks/goodbye
        ("hoi goedemiddag! ik ga verhuizen naar een kleinere flat en heb een eettafel met 6 stoelen en een dressoir "
         "over, kunnen jullie dat komen halen? en zijn jullie vandaag tot 5 open, dan breng ik zelf ff wat dozen",
         "Small talk greeting + " + both(Q_OPHALEN, Q_OPEN) + " — free pick-up in Rotterdam/Schiedam/Capelle from 1 m³, "
         "book via the website or 010 471 29 83, van Tue/Wed/Fri 9:00-15:00; on the day sent the shop is open "
         "10:00-17:00 (Thursday until 20:00; closed Sunday/Monday) but goods are taken in only until 16:00 at the back (Lichtkade).",
         "Only one half without pointing to the other; saying bring-in until 17:00; a price for the pick-up."),
        ("ook een driezitter met een paar schroeiplekjes van de kachel?",
         faq(Q_INLEVEREN) + " — no: sofas with stains or burn holes are not accepted; a photo by WhatsApp to 06 38 71 52 "
         "09 if unsure.",
         "A plain yes; the pick-up entry again; the damage entry because of `schroeiplekjes`."),
        ("en 5 vuilniszakken met jurken en jassen van mn moeder?",
         faq(Q_KLEDING) + " — yes, clean and dry in closed bags; the pick-up van takes them along, or the textile "
         "container at the car park (24/7); what does not sell goes to textile recycling.",
         "Saying clothes are not accepted; the prices/discount entry; 'not covered'."),
        ("lekker, dank je wel! doei",
         "Small talk: acknowledgement + thanks + goodbye (`lekker` = great here) — short friendly close.",
         "A long FAQ answer; choices; asking to rephrase; a handover."),
    ],
    [  # 2: vague, typed question while choices show, short follow-up, bot?
        ("hallo ik heb een vraag",
         "Too vague to answer — choices (pick-up, opening hours, house clearing, delivery...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("mijn vader is vorige maand overleden en zijn huurflat in hoogvliet (3 kamers) moet voor 31 januari leeg bij "
         "de woningbouw, hoeveel gaat me dat ongeveer kosten als jullie alles doen",
         TYPE + faq(Q_ONTRUIMING) + " — free viewing within 5 working days and a fixed price; guide: 3-room flat € 900 "
         "to € 1.600, minus the value of saleable goods; usually plannable within 2 weeks. Condolences are a plus.",
         "Tapping an earlier choice; the free pick-up entry (ontruiming is not free); a fixed price without the viewing."),
        ("ze willen ook dat het laminaat en de gordijnrails eruit zijn en alle gaatjes dicht",
         faq(Q_ONTRUIMING) + " — handing over to the housing corporation's requirements (floor and curtain rails out, "
         "holes filled) is € 250 to € 600 extra on top of the broom-clean clearance.",
         "Saying they only deliver broom-clean; the delivery entry; 'not covered'."),
        ("wacht ff, ben jij een echt persoon of zo'n computerprogramma",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague, typed rejection, rephrasing, near-trade not covered
        ("hoi, over iets wat ik bij jullie heb gekocht",
         "Too vague to answer — choices (returns, guarantee, delivery...) or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nee klopt allemaal niet",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("dat bosch ding van 120 euro dat mn vriendin op 12 november meenam lekt nu water bij het centrifugeren, de bon "
         "hebben we nog",
         faq(Q_WITGOED) + " — a washing machine: 6 months' guarantee on white goods with the receipt (bought 12 "
         "November, well within); they repair it or give a credit note.",
         "The 14-day exchange rule (it is past 14 days but the guarantee applies); cash back; 'not covered'."),
        ("en repareren jullie ook stofzuigers die ik niet bij jullie gekocht heb? mijn dyson doet het niet meer",
         "Not covered by the FAQ (near the trade: repairing customers' own appliances is not offered; the workshop "
         "checks the shop's own goods) — says so honestly, may offer a person.",
         "Inventing a repair service or price; the guarantee entry as if it applied; the donation rules."),
    ],
    [  # 4: two questions, push-back once, twice + person, waiting
        ("hallo, die groene fauteuil van 65 euro bij de etalage, kunnen jullie die tot zaterdag voor me vasthouden? en "
         "wat kost het om hem naar capelle te brengen",
         both(Q_RESERVEREN, Q_BEZORGEN) + " — in the shop only, 48 hours with a 25 % deposit (not by phone/WhatsApp); "
         "paid items are kept 7 days; delivery to Capelle (outside Rotterdam, under 25 km) € 50.",
         "Only one half without pointing to the other; holding it by phone until Saturday; € 35 for Capelle."),
        ("dat vroeg ik niet. ik zit tot vrijdag in het buitenland, kan mn zus hem dan vandaag betalen zodat ie blijft "
         "staan?",
         "Acknowledges the push-back (apology / offers a person) + " + faq(Q_RESERVEREN) + " — yes: once paid in the "
         "shop it is kept 7 days, so paying today keeps it 7 days, past Friday.",
         "Repeating the 48-hour rule only; a handover without answering; the payment entry alone."),
        ("laat maar, dit schiet niet op. geef me iemand van de winkel",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("hallo?? is daar iemand",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("JULLIE JONGENS HEBBEN GISTEREN BIJ HET BRENGEN VAN DE KAST EEN GROTE HAAL IN MIJN TRAPHUISMUUR GEMAAKT en "
         "niemand zei sorry, wie gaat dat betalen??",
         faq(Q_SCHADE) + " — calm, acknowledges the anger: report within 48 h with photos (yesterday: still in time) "
         "to info@tweederonde-rotterdam.nl or 010 471 29 83; damage by their staff is insured up to € 500; contact "
         "within 5 working days. Offering a person as well is fine.",
         "A cold answer ignoring the anger; the delivery prices; admitting or denying guilt; a handover with no "
         "explanation."),
        ("weet jij trouwens of de milieustraat op de van der hoevenstraat zaterdag open is",
         "Not covered (unrelated: opening hours of the municipal recycling yard) — says it cannot help with that; no "
         "FAQ answer.",
         "The shop's Saturday hours; the donation rules; inventing hours."),
        ("ik wil gewoon dat de bedrijfsleider me belt, 06 41 87 29 03, na vijf uur",
         "Hands over / passes on a callback request to 06 41 87 29 03 after 17:00; no FAQ answer.",
         "Ignoring the number or the time; only giving the shop number; an FAQ answer; asking to rephrase."),
        ("en hoe lang duurt dat meestal?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 5 working days of the damage entry presented as the callback time; promising an exact time."),
    ],
    [  # 6: cancel without the word, ambiguous yes, follow-up, person in dialect
        ("jullie zouden donderdag bij mijn zus in ommoord de boekenkast en de dozen komen halen, maar ze heeft alles "
         "via marktplaats al weg gedaan",
         faq(Q_AFSPRAAK) + " — free to call off until 24 hours before via the link in the confirmation e-mail or 010 "
         "471 29 83 (Thursday 3 December: still in time if done today). Does not claim it is done.",
         "Claiming the appointment is cancelled; the donation rules; the pick-up entry only."),
        ("oke prima",
         "Ambiguous yes — asks whether it should be called off / explains the next step (link or phone); must not "
         "claim the appointment is cancelled.",
         "Saying the appointment is now cancelled; a random FAQ entry."),
        ("en als het pas woensdagavond lukt om te bellen?",
         faq(Q_AFSPRAAK) + " — later than 24 hours before: a new pick-up appointment only after 4 weeks (the € 75 is "
         "for house clearings only).",
         "Charging € 75 for a pick-up; 'no consequence'; asking what she means."),
        ("ouwe, effe serieus, kan ik ff een mens spreken gozer",
         "Hands over to a person (`ouwe`, `gozer` = mate, `effe`/`ff` = just, quickly) — short, no FAQ answer.",
         "An FAQ answer; not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("goedemorgen! ik ben net met pensioen en zoek iets gezelligs voor een paar ochtenden in de week, kan dat bij "
         "jullie? en waar zitten jullie precies",
         "Small talk greeting + " + both(Q_VRIJWILLIGER, Q_ADRES) + " — yes, at least 4 hours a week (shop, workshop, "
         "van, till), VOG paid by them, sign up at vrijwilligers@tweederonde-rotterdam.nl; Schiedamseweg 212, "
         "Delfshaven, 5 min from metro Marconiplein, tram 4, car park with 12 spaces. `gezellig` = pleasant, sociable.",
         "Only one half without pointing to the other; 'not covered' for volunteering."),
        ("mooi. krijg ik met mijn rotterdampas nog wat van de prijs af als ik daar zelf shop?",
         faq(Q_KORTING) + " — 25 % off everything except white goods with the Rotterdampas; also 50 % on clothes every "
         "first Saturday of the month.",
         "Saying volunteers get a discount (not in the FAQ); the payment entry; 'not covered'."),
        ("en kan ik daar met mn telefoon betalen? en als een broek thuis niet past, mag ik hem terugbrengen?",
         both(Q_BETALEN, Q_RUILEN) + " — card and contactless (phone too) and cash up to € 200, no credit card; "
         "clothing is excluded from exchange (with receipt other goods within 14 days for a credit note, no cash back).",
         "Only one half without pointing to the other; saying the trousers can be returned for money."),
    ],
]

if __name__ == "__main__":
    print(write_faq("nl", FAQ))
    print(write_plan("nl", PLAN))
