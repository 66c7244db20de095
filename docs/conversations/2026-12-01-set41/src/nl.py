"""nl: Feestverhuur Den Blijen Dag (made up), party and event rental in Antwerp, Belgium; customers write Flemish
(goesting, amai, allee, ambetant, plezant, ge/gij/uw, content, efkes, ne keer, da's, GSM, seffens, buiten, frietkot)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_TENT = "Welke tenten verhuren jullie en wat kosten ze?"
Q_MEUBEL = "Wat kost het huren van tafels en stoelen?"
Q_SPRING = "Hoeveel kost een springkasteel en waar moet ik op letten?"
Q_KOEL = "Verhuren jullie koelwagens?"
Q_LEVERING = "Leveren en bouwen jullie op, en wat kost dat?"
Q_WAARBORG = "Hoeveel waarborg moet ik betalen?"
Q_SCHADE = "Wat als er iets kapot gaat of verdwijnt?"
Q_REGEN = "Wat als het regent of stormt?"
Q_MINIMUM = "Is er een minimumbestelling?"
Q_PROPER = "Moet ik het materiaal proper terugbrengen?"
Q_ANNUL = "Kan ik mijn bestelling annuleren of wijzigen?"
Q_RESERVEREN = "Hoe reserveer ik en hoe betaal ik?"
Q_SERVIES = "Verhuren jullie ook borden, glazen en bestek?"
Q_VERWARMING = "Hebben jullie verwarming en verlichting voor de tent?"
Q_PLAATS = "Hoeveel plaats heb ik nodig en mag de tent op elke ondergrond?"

FAQ = [
    (Q_TENT,
     "Partytent 3x6 m (30 personen staand) € 120, 6x9 m (50 personen aan tafel) € 290, 6x12 m (80 personen aan "
     "tafel) € 390, 9x15 m (150 personen aan tafel) € 690. Prijzen per weekend (levering vrijdag, ophaling maandag), "
     "inclusief 21 % btw en zijwanden.",
     "tenten", ["tent", "partytent", "feesttent", "afmetingen", "personen"],
     ["hoeveel kost een tent", "welke tent voor 50 man", "wat zijn de afmetingen van de tenten"]),
    (Q_MEUBEL,
     "Klapstoel € 1,20, plooitafel 180x80 cm (8 personen) € 6, statafel € 7 en hoes voor statafel € 4, per stuk per "
     "weekend. Minimum 10 stoelen. Tafels en stoelen worden gestapeld geleverd; zelf klaarzetten.",
     "meubilair", ["tafels", "stoelen", "statafel", "plooitafel"],
     ["wat kost een stoel", "hoeveel kost een tafel huren", "hebben jullie statafels"]),
    (Q_SPRING,
     "Springkasteel 5x5 m: € 110 per dag, € 150 per weekend, waarborg € 100. Nodig: vlakke grond van 6x6 m "
     "(gras of met onze matten), een stopcontact 230 V binnen 25 m, altijd een volwassene erbij, maximum 8 kinderen "
     "tot 12 jaar tegelijk. Niet gebruiken bij regen of vanaf windkracht 5.",
     "springkastelen", ["springkasteel", "luchtkasteel", "kinderen", "toezicht"],
     ["hoeveel kost het springkasteel", "mag het springkasteel op gras", "hoeveel kinderen tegelijk"]),
    (Q_KOEL,
     "Koelaanhangwagen 2,5 m (plaats voor ongeveer 40 bakken of 8 vaten): € 95 per dag, € 140 per weekend. Nodig: "
     "stopcontact 230 V / 16 A. Zelf trekken kan met een trekhaak en rijbewijs B (max. 750 kg); wij brengen hem "
     "voor € 45. Zet hem 1 dag vooraf aan.",
     "koeling", ["koelwagen", "koelaanhangwagen", "koeling", "frigo", "vaten"],
     ["hebben jullie een koelwagen", "hoeveel bakken in de koelwagen", "mag ik de koelwagen zelf trekken"]),
    (Q_LEVERING,
     "Levering en ophaling in Antwerpen stad (postcodes 2000-2660) € 45, tot 25 km € 75, verder € 1,80 per km. "
     "Tenten bouwen wij altijd zelf op (verplicht): 3x6 € 60, 6x9 € 150, 6x12 € 190, 9x15 € 240. Tafels en stoelen "
     "zetten we gestapeld aan de ingang; zelf klaarzetten. Levering vrijdag tussen 8 en 17 uur, ophaling maandag.",
     "levering", ["leveren", "levering", "opbouw", "opbouwen", "ophalen"],
     ["brengen jullie het", "wat kost de levering", "zetten jullie de tent op"]),
    (Q_WAARBORG,
     "30 % van de huurprijs, minimum € 50 (springkasteel: € 100). U betaalt de waarborg samen met het saldo. We "
     "storten hem terug binnen 7 werkdagen na de controle van het materiaal, min eventuele schade of reinigingskosten.",
     "betalen", ["waarborg", "borg", "terugbetaling"],
     ["hoeveel borg", "wanneer krijg ik mijn waarborg terug", "moet ik waarborg betalen"]),
    (Q_SCHADE,
     "Meld schade bij de ophaling. Wat kapot of weg is, betaalt u aan nieuwprijs: glas € 2, bord € 3, stoel € 25, "
     "tafel € 60, gescheurd tentdoek volgens herstelkost. We houden dat af van de waarborg. Met de schadeformule "
     "(€ 15 per bestelling) is toevallige schade gedekt tot € 500, diefstal niet.",
     "schade", ["schade", "kapot", "breuk", "verlies", "schadeformule"],
     ["er is een stoel kapot", "wat kost een gebroken glas", "wat als er iets weg is"]),
    (Q_REGEN,
     "Regen is geen reden om te annuleren: onze tenten zijn waterdicht en de 4 zijwanden zijn inbegrepen. Bij een "
     "officiële waarschuwing code oranje of rood voor wind (KMI) bouwen wij niet op en mag u gratis verplaatsen of "
     "krijgt u uw geld terug (beslissing ten laatste 24 uur vooraf). Springkastelen niet gebruiken bij regen.",
     "weer", ["regen", "storm", "wind", "weer", "KMI"],
     ["wat als het regent", "gaat het door bij storm", "krijg ik geld terug bij slecht weer"]),
    (Q_MINIMUM,
     "Bij levering is het minimum € 75 huur (zonder levering en waarborg). Zelf afhalen in onze loods, Noorderlaan 318, "
     "2030 Antwerpen, kan zonder minimum: afhalen vrijdag 14-18 uur, terugbrengen maandag 8-12 uur.",
     "bestellen", ["minimum", "minimumbestelling", "afhalen", "loods"],
     ["is er een minimum", "mag ik zelf komen halen", "waar is de loods"]),
    (Q_PROPER,
     "Borden, glazen en bestek mogen afgespoeld terug in de bakken; afwassen is inbegrepen. Niet afgespoeld: € 0,20 "
     "per stuk. Tafels en stoelen droog en proper terug, zonder tape of nietjes; kaarsvet of lijm verwijderen kost € 5 "
     "per tafel. Geen spijkers of stift op het tentdoek.",
     "reiniging", ["proper", "afwassen", "reinigen", "kuisen", "vuil"],
     ["moet ik de glazen afwassen", "moet alles proper terug", "wat kost reinigen"]),
    (Q_ANNUL,
     "Gratis annuleren tot 14 dagen voor de levering. Van 14 tot 3 dagen ervoor betaalt u 50 % van de huur, minder "
     "dan 3 dagen 100 %. Aantallen wijzigen is gratis tot 3 dagen vooraf. Annuleren of wijzigen via "
     "info@denblijendag.be of 03 218 47 09.",
     "bestellen", ["annuleren", "annulatie", "wijzigen", "afzeggen"],
     ["ik wil annuleren", "kan ik de datum veranderen", "wat kost annuleren"]),
    (Q_RESERVEREN,
     "Reserveren via de webshop, per mail (info@denblijendag.be) of 03 218 47 09. U krijgt een bevestiging met "
     "factuur: 30 % voorschot binnen 7 dagen, saldo en waarborg ten laatste 5 dagen voor de levering, via "
     "overschrijving of Payconiq. Bij zelf afhalen mag u ook cash of met bancontact betalen in de loods.",
     "bestellen", ["reserveren", "betalen", "voorschot", "factuur", "Payconiq"],
     ["hoe kan ik reserveren", "wanneer moet ik betalen", "kan ik met payconiq betalen"]),
    (Q_SERVIES,
     "Ja: bord € 0,35, glas (water, wijn, pint of flute) € 0,30, bestek € 0,20 per stuk per weekend, per 25 stuks in "
     "bakken. Koffietassen € 0,30. Afwassen is inbegrepen als alles afgespoeld terugkomt.",
     "servies", ["borden", "glazen", "bestek", "servies"],
     ["hebben jullie glazen", "wat kost een bord", "verhuren jullie bestek"]),
    (Q_VERWARMING,
     "Heteluchtkanon op mazout (voor tenten tot 9x15 m): € 85 per weekend + € 2 per liter verbruikt (ongeveer 4 liter "
     "per uur). Terrasverwarmer op gas: € 35 + gasfles € 30. Lichtsnoer 20 m: € 15, spot 500 W: € 10. Alles op 230 V.",
     "tenten", ["verwarming", "kachel", "heteluchtkanon", "verlichting", "licht"],
     ["hebben jullie een kachel", "is er licht in de tent", "wat kost een heteluchtkanon"]),
    (Q_PLAATS,
     "Reken de tent plus 1 m rondom (6x9 m → 8x11 m). Op gras zetten we haringen van 60 cm (zeg ons waar er leidingen "
     "liggen). Op klinkers, beton of asfalt gebruiken we gewichten van 25 kg, € 3 per stuk (8 tot 16 stuks). Op de "
     "openbare weg heeft u een toelating van de stad nodig (30 dagen vooraf aanvragen; dat doen wij niet).",
     "tenten", ["ondergrond", "haringen", "gewichten", "oppervlakte", "toelating"],
     ["hoeveel plaats voor de tent", "kan de tent op klinkers", "mag de tent op straat"]),
]

PLAN = [
    [  # 1
        ("hallo! wij geven op zaterdag 19 december een kerstfeestje in onze hof voor een man of 40 aan tafel, welke "
         "tent hebben we nodig en wat kost het om dat naar berchem te brengen?",
         "Small talk greeting + " + both(Q_TENT, Q_LEVERING) + " — 40 seated → the 6x9 m tent (50 seated), € 290 per "
         "weekend; Berchem (2600) is Antwerp city → delivery and pick-up € 45, set-up of a 6x9 is compulsory € 150.",
         "Only one half without pointing to the other; the 3x6 tent (30 standing); leaving out the compulsory set-up."),
        ("en als het daar dan ijskoud is? t is wel december he",
         faq(Q_VERWARMING) + " — hot-air heater on fuel oil € 85 per weekend + € 2 per litre (~4 l/hour), or a gas "
         "patio heater € 35 + € 30 gas bottle.",
         "The rain/storm entry; 'not covered'; inventing a heated tent."),
        ("en 40 stoelen en 5 tafels, wat komt dat erbij en zetten jullie die ook klaar of moeten we dat zelf doen?",
         both(Q_MEUBEL, Q_LEVERING) + " — 40 chairs × € 1,20 = € 48 + 5 tables × € 6 = € 30 → € 78 per weekend; "
         "tables and chairs are delivered stacked at the entrance, the customer sets them up.",
         "Only one half without pointing to the other; 'we set everything up'; a wrong sum."),
        ("amai super, merci he, tot seffens!",
         "Small talk: acknowledgement + thanks + goodbye (`amai` = wow, `merci` = thanks, `tot seffens` = see you soon) "
         "— short friendly close.",
         "A long FAQ answer; choices; a handover."),
    ],
    [  # 2
        ("goeiendag, ik heb een vraagje",
         "Too vague to answer — choices (tents, furniture, delivery...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("ons dochter wordt 7 en ze heeft zo een goesting in zo een groot opblaasbaar ding om op te springen, kan da "
         "op ons gras en wat kost da?",
         TYPE + faq(Q_SPRING) + " — € 110 per day / € 150 per weekend, deposit € 100; flat ground 6x6 m, grass is fine, "
         "230 V socket within 25 m. (`goesting` = a craving / wanting something, `ons dochter` = our daughter.)",
         "Tapping a choice; the tent prices; 'not covered'."),
        ("en moet daar dan iemand bij blijven of mag den bende alleen spelen? ze viert het met een stuk of 12 vriendjes",
         faq(Q_SPRING) + " — an adult must always supervise; at most 8 children up to 12 years at a time, so the 12 "
         "must take turns; not in rain or from wind force 5. (`den bende` = the gang of kids.)",
         "'Children can play alone'; 'all 12 at once is fine'; the damage entry."),
        ("zijt gij eigenlijk een echte mens of nen computer?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3
        ("dag, het is voor ons trouwfeest",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nee da's het niet",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("we trouwen in juni in een weide in schilde met 120 gasten en de pintjes moeten fris blijven, hoeveel bakken "
         "kunnen in jullie ding en mag mijn schoonbroer dat achter zijn auto hangen?",
         faq(Q_KOEL) + " — cooling trailer 2,5 m: about 40 crates or 8 kegs, € 95 per day / € 140 per weekend; he may "
         "tow it with a tow bar and licence B (max. 750 kg), or delivery € 45; needs 230 V / 16 A, switch on 1 day ahead.",
         "The tent entry; 'towing not allowed'; 'not covered'."),
        ("en hebt ge ook nen frietkot te huur? mijn vent wil per se frieten om middernacht",
         "Not covered (near the trade: renting a chip stand / food truck is not in the FAQ) — says so honestly, may "
         "offer a person. (`frietkot` = chip stand, `mijn vent` = my husband.)",
         "Inventing a chip-stand rental or price; the cooling-trailer entry."),
    ],
    [  # 4
        ("hoeveel waarborg betaal ik voor een tent van 6 op 12 en tegen wanneer moet alles betaald zijn?",
         both(Q_WAARBORG, Q_RESERVEREN) + " — 30 % of € 390 = € 117 deposit; 30 % advance within 7 days of the "
         "confirmation, balance + deposit at the latest 5 days before delivery (transfer or Payconiq).",
         "Only one half without pointing to the other; the € 100 bouncy-castle deposit; 'pay on the day'."),
        ("da's niet wat ik vroeg, ik wil het totaal weten dat ik op voorhand moet storten",
         "Acknowledges the push-back + " + both(Q_RESERVEREN, Q_WAARBORG) + " — everything before delivery: rent € 390 + "
         "deposit € 117 = € 507, plus set-up € 190 and delivery (€ 45 in the city) if delivered; of the rent, € 117 "
         "advance within 7 days.",
         "Repeating the first answer unchanged; forgetting the deposit in the total; inventing other fees."),
        ("allee zeg, da's hier echt ambetant, geef mij gewoon ne mens aan de lijn",
         "Push-back (second time in a row) + request for a person (direct, annoyed; `allee` = come on, `ambetant` = "
         "annoying, `ne mens` = a person) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("hallo? is daar iemand?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("ik ben echt kwaad!! jullie chauffeur houdt 60 euro van mijn borg af omdat er wat kaarsvet op 2 tafels zat en "
         "de glazen niet gewassen waren, we hebben die nota bene allemaal afgespoeld!!",
         faq(Q_PROPER) + " — calm, apologises: rinsed plates and glasses are fine, washing is included; wax on a table "
         "costs € 5 per table → € 10 for 2 tables by the FAQ, so € 60 looks too much; offers a person to check. Must not "
         "promise a refund by itself.",
         "Cold answer ignoring the anger; 'the driver is right'; the damage entry (broken items) as the answer."),
        ("en weet gij toevallig of de kerstmarkt op de groenplaats al open is?",
         "Not covered (unrelated: the Christmas market) — says it cannot help with that, no FAQ answer.",
         "Inventing dates or hours; the opening hours of the warehouse."),
        ("laat de verantwoordelijke mij maar bellen op mijn GSM 0486 31 77 52, morgen na 17u",
         "Hands over / passes on a callback request to 0486 31 77 52 tomorrow (Wednesday) after 17:00; no FAQ answer. "
         "(`GSM` = mobile phone.)",
         "Ignoring the number or the time; only giving 03 218 47 09; an FAQ answer."),
        ("hoe lang gaat dat duren eer ze bellen?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The delivery times (Friday 8-17); promising an exact time."),
    ],
    [  # 6
        ("ons oma is gevallen en ligt in het ziekenhuis, dus het feest van zaterdag 12 december laten we vallen. we hadden "
         "de tent van 6 op 9 en 50 stoelen besteld",
         faq(Q_ANNUL) + " — delivery (Friday 11 December) is 10 days away → between 14 and 3 days: 50 % of the rent is due (tent € 290 + "
         "50 chairs € 60 = € 350 → € 175); cancel via info@denblijendag.be or 03 218 47 09. Sympathy is good; must "
         "not claim the order is cancelled.",
         "Claiming it is cancelled; 'free'; the rain entry."),
        ("ja ok",
         "Ambiguous yes — asks what they want (cancel it? move the date?) or explains the next step; must not claim "
         "anything is cancelled or refunded.",
         "Saying the order is now cancelled or the money sent back; a random FAQ entry."),
        ("en de 105 euro die we al gestort hebben, zijn we die dan kwijt?",
         faq(Q_ANNUL) + " — the € 105 advance (30 % of € 350) counts toward the 50 % (€ 175) due, so it is not refunded; "
         "moving the date is not in the FAQ as free — a person can be offered.",
         "'You get it all back'; the deposit entry (7 working days) as if it applied; 'not covered'."),
        ("pff da's allemaal zo ingewikkeld, kan ik ne keer efkes met iemand van de zaak babbelen?",
         "Hands over to a person (`ne keer efkes` = just for a moment, `babbelen` = talk) — short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; mocking the dialect."),
    ],
    [  # 7
        ("goeiemiddag! voor een communiefeest in mei, hebt ge borden en glazen voor 60 man en moet ik een minimum "
         "bestellen als we alles zelf komen halen?",
         "Small talk greeting + " + both(Q_SERVIES, Q_MINIMUM) + " — plate € 0,35, glass € 0,30, cutlery € 0,20, in "
         "crates of 25; collecting it yourself at Noorderlaan 318 has NO minimum (pick up Friday 14-18, return Monday "
         "8-12); the € 75 minimum is only for delivery.",
         "Only one half without pointing to the other; applying the € 75 minimum to self-collection."),
        ("het is bij ons buiten op de oprit, allemaal klinkers, gaat dat met die van 6 op 9 die we vorig jaar hadden?",
         faq(Q_PLAATS) + " — on paving: weights of 25 kg at € 3 each (8-16) instead of pegs; needs the tent + 1 m "
         "around = 8x11 m.",
         "'Not possible on paving'; pegs; the delivery entry."),
        ("plezant. en als er toch een glas sneuvelt, wat betaal ik dan? en wat als het die dag giet?",
         both(Q_SCHADE, Q_REGEN) + " — broken glass € 2 (new price), taken from the deposit (damage formula € 15 covers "
         "accidents up to € 500); rain is no reason to cancel, the tents are waterproof with side walls; only a code "
         "orange/red wind warning → free moving or refund. (`plezant` = nice, `giet` = pours.)",
         "Only one half without pointing to the other; 'rain → money back'; the cleaning entry."),
    ],
]

if __name__ == "__main__":
    print(write_faq("nl", FAQ))
    print(write_plan("nl", PLAN))
