"""nl: Chocolaterie Het Kantwerkje (made up), a praline and chocolate shop in Bruges, West Flanders; the owner writes
standard Belgian Dutch, customers write everyday Flemish with West Flemish words (wuk, zjust, ollemolle, salu, 't es,
were, mie, ne keer, klappen, ienen, verstoan, zijt gie, e, ên, mo, amai, soit, beu, frigo, op voorhand, geraken).
The bot serves nl."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_UREN = "Waar is de winkel en wat zijn de openingsuren?"
Q_PRIJS = "Wat kosten jullie pralines?"
Q_BEWAREN = "Hoe lang blijven de pralines goed en hoe bewaar ik ze?"
Q_ALLERG = "Zitten er noten, gluten of melk in jullie pralines?"
Q_VEGAN = "Hebben jullie suikervrije of vegan chocolade?"
Q_VERZENDEN = "Versturen jullie pralines?"
Q_BESTELLEN = "Kan ik op voorhand bestellen en afhalen?"
Q_DOOPSUIKER = "Maken jullie doopsuiker en bedankjes voor een feest?"
Q_BEDRIJVEN = "Maken jullie geschenken voor bedrijven?"
Q_WORKSHOP = "Organiseren jullie workshops?"
Q_BETALEN = "Hoe kan ik betalen?"
Q_CADEAUBON = "Verkopen jullie cadeaubons?"
Q_RETOUR = "Wat als mijn pakket beschadigd of gesmolten aankomt?"
Q_ANNULEREN = "Kan ik een bestelling of workshop annuleren?"
Q_SEIZOEN = "Wat hebben jullie voor Sinterklaas, Kerstmis en Pasen?"

FAQ = [
    (Q_UREN,
     "Wollestraat 31, 8000 Brugge, op 2 minuten van de Markt. Open van dinsdag tot zaterdag van 10 tot 18.30 uur en op "
     "zondag van 11 tot 17 uur. Op maandag gesloten, behalve in december en in de schoolvakanties. Op 25 december en 1 "
     "januari zijn we dicht. Parkeren kan in de ondergrondse parking 't Zand (10 minuten te voet).",
     "winkel", ["openingsuren", "adres", "open", "gesloten", "zondag"],
     ["zijn jullie open op maandag", "waar vind ik jullie winkel", "tot hoe laat zijn jullie open"]),
    (Q_PRIJS,
     "Pralines kosten € 62 per kilo. In een ballotin: 250 g € 15,50, 500 g € 31, 750 g € 46,50 en 1 kg € 62. U kiest "
     "zelf uit meer dan 40 soorten of neemt een vaste mix. Truffels kosten € 58 per kilo, chocoladerepen van 100 g "
     "€ 4,50.",
     "pralines", ["prijs", "kilo", "ballotin", "kosten", "truffels"],
     ["hoeveel kost een doos pralines", "wat is de kiloprijs", "hoeveel is een ballotin van 500 gram"]),
    (Q_BEWAREN,
     "Pralines blijven 3 weken goed, pralines met verse room (truffels, manons) 2 weken, chocoladerepen 6 maanden. "
     "Bewaar ze op een droge plaats tussen 15 en 18 °C, weg van zon en sterke geuren. Niet in de koelkast: door condens "
     "krijgt de chocolade een witte laag (suikerbloei). Die is onschadelijk en u kunt ze gewoon opeten, maar smaak en "
     "glans zijn minder.",
     "pralines", ["houdbaar", "bewaren", "koelkast", "vervaldatum", "temperatuur"],
     ["hoe lang zijn pralines houdbaar", "mogen pralines in de koelkast", "tot wanneer kan ik ze opeten"]),
    (Q_ALLERG,
     "Alle pralines worden gemaakt in één atelier waar we noten, pinda, melk, gluten, soja en ei verwerken, dus sporen "
     "zijn altijd mogelijk; bij een ernstige allergie raden we ze af. Per praline hangt in de winkel en op de website "
     "een lijst met allergenen. 12 soorten bevatten zelf geen noten en 9 soorten geen gluten: vraag gerust een ballotin "
     "met alleen die soorten.",
     "pralines", ["allergie", "noten", "gluten", "melk", "lactose", "allergenen"],
     ["zijn jullie pralines notenvrij", "ik heb een glutenallergie", "bevat dit lactose"]),
    (Q_VEGAN,
     "Ja. Suikervrij (gezoet met maltitol, bevat wel melk): een doos met 16 pralines € 17 en repen melkchocolade € 5. "
     "Vegan (met havermelk): 6 soorten pralines aan € 64 per kilo en pure chocolade 72 % aan € 4,50 per reep. De pure "
     "reep 80 % zonder toegevoegde suiker is zowel suikervrij als vegan (€ 5,50). Sporen van melk blijven mogelijk.",
     "pralines", ["suikervrij", "vegan", "diabetes", "plantaardig", "zonder suiker"],
     ["hebben jullie iets voor diabetici", "zijn er vegan pralines", "chocolade zonder suiker"]),
    (Q_VERZENDEN,
     "Ja, met bpost. In België € 7,95, gratis vanaf € 60, levering in 1 à 2 werkdagen. Naar Nederland, Frankrijk, "
     "Duitsland en Luxemburg € 12,95, levering in 2 à 4 werkdagen; verder versturen we niet. Bestellingen van maandag "
     "tot donderdag vóór 12 uur vertrekken dezelfde dag; op vrijdag versturen we niet, zodat niets in het weekend in een "
     "magazijn ligt. Van 1 juni tot 15 september versturen we alleen met een koelbox (€ 6 extra).",
     "verzending", ["verzenden", "opsturen", "levering", "buitenland", "bpost"],
     ["kunnen jullie naar Nederland verzenden", "hoeveel kost de verzending", "hoe snel is mijn pakket er"]),
    (Q_BESTELLEN,
     "Ja, via de webshop of op 050 34 87 12, minstens 2 werkdagen op voorhand (in december en in de 2 weken voor Pasen "
     "5 werkdagen). U haalt de bestelling af in de winkel vanaf 11 uur op de gekozen dag en betaalt online of bij het "
     "afhalen. Wat na 7 dagen niet is afgehaald, wordt niet terugbetaald.",
     "bestellen", ["bestellen", "afhalen", "reserveren", "klaarzetten", "webshop"],
     ["kan ik een doos laten klaarzetten", "hoe ver op voorhand moet ik bestellen",
      "kan ik online bestellen en in de winkel ophalen"]),
    (Q_DOOPSUIKER,
     "Ja, voor een geboorte, communie, lentefeest of huwelijk: doosjes of zakjes met 3 pralines vanaf € 2,90 per stuk, "
     "bedrukt met naam en datum, vanaf 30 stuks. Bestel minstens 4 weken op voorhand; bij de bestelling betaalt u 30 % "
     "voorschot. Een proefdoosje krijgt u gratis na afspraak in de winkel. Na uw goedkeuring van de drukproef kan de "
     "bestelling niet meer gewijzigd worden.",
     "bestellen", ["doopsuiker", "bedankjes", "geboorte", "huwelijk", "gepersonaliseerd"],
     ["hoeveel kost doopsuiker", "kunnen jullie bedankjes maken voor ons trouwfeest", "doosjes met naam voor de gasten"]),
    (Q_BEDRIJVEN,
     "Ja: ballotins of doosjes met uw logo vanaf 25 stuks, 10 % korting vanaf 50 stuks, factuur met btw. Bestel minstens "
     "3 weken op voorhand; voor eindejaarsgeschenken uiterlijk op 10 december. Levering in Brugge gratis vanaf € 300, "
     "elders in België € 15 per adres.",
     "bestellen", ["bedrijf", "relatiegeschenk", "logo", "factuur", "personeel"],
     ["relatiegeschenken met ons logo", "kerstgeschenk voor het personeel", "kan ik een factuur krijgen voor mijn firma"]),
    (Q_WORKSHOP,
     "Ja. Workshop pralines maken (2,5 uur) op zaterdag om 14 uur, € 45 per persoon, maximum 12 deelnemers; u neemt zo'n "
     "20 eigen pralines mee naar huis. Kinderworkshop (8 tot 12 jaar) op woensdag om 14 uur, € 30, zonder ouders. "
     "Groepen vanaf 8 personen kiezen zelf een datum. Inschrijven en betalen via de website; de workshop is in het "
     "Nederlands, op aanvraag in het Frans of Engels.",
     "workshops", ["workshop", "pralines maken", "kinderen", "groep", "cursus"],
     ["kan ik een workshop chocolade volgen", "workshop voor een vrijgezellenfeest", "hebben jullie iets voor kinderen"]),
    (Q_BETALEN,
     "In de winkel met Bancontact, Payconiq, Visa, Mastercard of cash. In de webshop met Bancontact, Payconiq, iDEAL, "
     "Visa of Mastercard. Maaltijd- en ecocheques aanvaarden we niet, onze eigen cadeaubons wel. Bedrijven kunnen ook "
     "betalen per overschrijving binnen 30 dagen.",
     "betalen", ["betalen", "bancontact", "payconiq", "cash", "kaart"],
     ["kan ik met kaart betalen", "aanvaarden jullie maaltijdcheques", "kan ik cash betalen"]),
    (Q_CADEAUBON,
     "Ja, van € 10 tot € 150, in de winkel of digitaal via de website (binnen 10 minuten in uw mailbox). Een cadeaubon is "
     "1 jaar geldig en kan in meerdere keren gebruikt worden, ook voor een workshop. Bedrijven krijgen vanaf 10 bons 5 % "
     "korting.",
     "betalen", ["cadeaubon", "geschenkbon", "waardebon", "cadeau"],
     ["hebben jullie een cadeaubon", "hoe lang is een bon geldig", "kan ik een workshop cadeau doen"]),
    (Q_RETOUR,
     "Stuur binnen 48 uur na levering foto's van de doos en de pralines met uw bestelnummer naar WhatsApp 0470 12 55 83 "
     "of via het contactformulier. Wij sturen dan gratis een nieuwe zending of betalen het bedrag binnen 5 werkdagen "
     "terug, zoals u verkiest. Pralines zijn voeding: onbeschadigde pralines kunnen niet teruggestuurd of geruild worden.",
     "verzending", ["beschadigd", "gesmolten", "gebroken", "klacht", "foto"],
     ["mijn pralines zijn gesmolten aangekomen", "de doos was kapot", "ik wil een klacht indienen"]),
    (Q_ANNULEREN,
     "Bestellingen: gratis annuleren of wijzigen tot 2 werkdagen voor het afhalen of verzenden, terugbetaling binnen 5 "
     "werkdagen. Bij doopsuiker en bedrijfsgeschenken houden we het voorschot van 30 % zodra de drukproef is goedgekeurd. "
     "Workshops: tot 7 dagen op voorhand krijgt u alles terug; daarna krijgt u een tegoedbon voor een andere datum (6 "
     "maanden geldig), of u stuurt iemand anders in uw plaats.",
     "bestellen", ["annuleren", "afzeggen", "terugbetaling", "wijzigen", "tegoedbon"],
     ["ik wil mijn bestelling annuleren", "kan ik de workshop verplaatsen", "krijg ik mijn geld terug"]),
    (Q_SEIZOEN,
     "Voor Sinterklaas (tot 6 december): holle chocoladen Sinterklazen en Pieten, 100 g € 6,50 en 250 g € 12,50, en "
     "marsepein. Voor Kerstmis (vanaf 1 december): chocoladen kerstboompjes € 8 en een feestballotin van 500 g met 8 "
     "kerstpralines € 33. Voor Pasen (vanaf 1 maart): paaseitjes € 48 per kilo en holle paaseieren vanaf € 9. Alles ook "
     "in de webshop, volgens de gewone verzendregels.",
     "pralines", ["Sinterklaas", "Kerstmis", "Pasen", "paaseitjes", "feestdagen"],
     ["hebben jullie chocolade sinterklazen", "wat verkopen jullie met Pasen", "hebben jullie kerstpralines"]),
]

PLAN = [
    [  # 1
        ("goeiendag! wa kost ne kilo pralines bij jullie, en kunt ge die opsturen naar mijn broer in Leiden?",
         "Small talk greeting + " + both(Q_PRIJS, Q_VERZENDEN) + " — € 62 a kilo (ballotin of 1 kg); to the "
         "Netherlands by bpost € 12,95, 2 to 4 working days (free shipping from € 60 is for Belgium only). (`wa` = wat, "
         "`ne` = een, `kunt ge` = kun je.)",
         "Only one half without pointing to the other; free shipping to the Netherlands; 'we only ship in Belgium'."),
        ("tegen wanneer is 't daar als 'k het vandaag doe?",
         faq(Q_VERZENDEN) + " — orders Monday to Thursday before 12:00 leave the same day, none on Friday; the "
         "Netherlands 2 to 4 working days. Sent on Tuesday 1 December in the evening: leaves Wednesday 2 December, "
         "arrives between Friday 4 and Tuesday 8 December (stating the rule is enough).",
         "'Tomorrow'; the 1 to 2 days for Belgium; the pick-up entry (2 working days ahead)."),
        ("en kunt ge er ne chocolade sint bijsteken voor zijn kleine? ze vieren daar de 5de",
         faq(Q_SEIZOEN) + " — hollow chocolate Sinterklaas figures 100 g € 6,50 or 250 g € 12,50, sold until 6 "
         "December, can go in the parcel; must not promise arrival by 5 December (2 to 4 working days to the "
         "Netherlands). (`sint` = Sinterklaas figure, `kleine` = little son, `de 5de` = 5 December, Dutch Sinterklaas "
         "evening.)",
         "Promising it arrives by the 5th; the Christmas or Easter items only; the prices per kilo of pralines."),
        ("zjust wuk da 'k moest weten. merci vo ollemolle, salu!",
         "Small talk: acknowledgement + thanks + goodbye (`zjust` = precisely, `wuk da 'k` = wat ik, `vo ollemolle` = "
         "voor alles, `salu` = bye) — short friendly close.",
         "A long FAQ answer; choices; a handover; 'I don't understand'."),
    ],
    [  # 2
        ("hallo, ik heb een vraagske",
         "Too vague to answer — choices (prices, shipping, workshops...) or a clarifying question. (`vraagske` = little "
         "question.)",
         "A handover; one entry answered at length as if sure."),
        ("mijn petekind doet in mei haar communie en ze willen voor iedere gast een klein doosje met haar naam erop, "
         "kunnen julle da?",
         TYPE + faq(Q_DOOPSUIKER) + " — boxes or bags with 3 pralines from € 2,90 each, printed with name and date, "
         "from 30 pieces; order at least 4 weeks ahead with 30 % deposit; a free sample box by appointment in the shop.",
         "Tapping a choice; the company-gift entry (logo, from 25); the ordinary pick-up entry; 'not possible'."),
        ("hoe lang op voorhand moeten we dat laten weten?",
         faq(Q_DOOPSUIKER) + " — at least 4 weeks ahead (for May: by early April), 30 % deposit at ordering; no change "
         "after the proof is approved.",
         "The 2 (or 5 in December) working days of the pick-up entry; the 3 weeks of the company gifts."),
        ("zeg, zijt gie e mens of e computer?",
         "Small talk: are you a bot (`zijt gie` = ben jij, `e` = een) — honest: an automated assistant; may offer a "
         "person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover; choices."),
    ],
    [  # 3
        ("goeiemorgen, 't es vo iets da 'k hier gekocht ên",
         "Too vague to answer — choices or a clarifying question. (`'t es vo iets da 'k ... ên` = het is voor iets dat "
         "ik ... heb.)",
         "A handover; 'not covered'; one entry answered as if sure (e.g. the damaged-parcel entry)."),
        ("neen, geen van die dingen",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("zaterdag drie chocolade sinten gekocht voor de kleinkinderen en ze in de frigo gelegd, nu zijn ze helemaal "
         "wit uitgeslagen. mag da nog opgegeten worden?",
         faq(Q_BEWAREN) + " — the white layer is sugar bloom from the condensation in the fridge: harmless, they can be "
         "eaten, only taste and shine are less; keep chocolate dry at 15-18 °C, not in the fridge. (`frigo` = fridge.)",
         "The damaged-parcel entry or a refund; the Sinterklaas entry (prices of the figures); 'throw them away'."),
        ("en bakken jullie ook taarten? 'k zoek nog een chocoladetaart voor zondag, de verjaardag van mijn vrouw",
         "Not covered (near the trade: cakes, a pastry shop's product, not sold) — says so honestly, may offer a person; "
         "no price.",
         "Inventing a cake or a price; the Sunday opening hours as if they answered; the pick-up entry."),
    ],
    [  # 4
        ("zitten er noten in uw pralines? en hebt ge ook iets zonder suiker",
         both(Q_ALLERG, Q_VEGAN) + " — one workshop with nuts, peanuts, milk, gluten, soy and egg, so traces always "
         "possible (not advised with a severe allergy), 12 kinds without nuts of their own, a list per praline; sugar-"
         "free box of 16 pralines € 17 (with milk), milk bars € 5, the 80 % dark bar without added sugar € 5,50.",
         "Only one half without pointing to the other; 'nut-free'; 'no sugar-free products'."),
        ("nee, da bedoelde ik nie. 't is voor mijn vader, die spuit insuline, en mijn dochter die geen koemelk "
         "verdraagt. is er iets da ze alle twee mogen, en wat kost da?",
         "Acknowledges the push-back + " + both(Q_VEGAN, Q_ALLERG) + " — the 80 % dark bar without added sugar "
         "(€ 5,50) is both sugar-free and vegan; the sugar-free pralines contain milk and the vegan ones sugar; traces of "
         "milk remain possible (same workshop), so not for a severe milk allergy. (`spuit insuline` = injects insulin, "
         "i.e. diabetic.)",
         "Repeating the first answer unchanged; the sugar-free box (it has milk) as the answer for both; 'milk-free "
         "guaranteed'."),
        ("'t es were nie goed. 'k ben 't beu, geeft mie ne keer iemand van de winkel an de lijn",
         "Push-back (second time in a row) + request for a person (annoyed; `'t es were nie` = het is weer niet, `beu` = "
         "fed up, `mie` = mij, `ne keer` = eens, `an de lijn` = on the phone) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again; only the phone number without a handover."),
        ("en? komt er nog iets van of nie?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("Dit is toch nie normaal!!! Doos vandaag toegekomen bij mijn zus in Antwerpen, de helft van de pralines in "
         "stukken en alles aan elkaar gekleefd. € 46,50 betaald en da voor haar 50ste verjaardag. Schandalig!",
         faq(Q_RETOUR) + " — calm, apologises: photos of the box and the pralines with the order number within 48 hours "
         "to WhatsApp 0470 12 55 83 or the contact form → a free new shipment or the amount back within 5 working days, "
         "as she prefers; offering a person is fine too. (`toegekomen` = arrived, `gekleefd` = stuck.)",
         "Cold answer ignoring the anger; 'food cannot be returned' as the whole answer; the storage entry; promising "
         "a refund without the photos."),
        ("weet gij trouwens of de schaatsbaan op 't Simon Stevinplein al open is?",
         "Not covered (unrelated: the winter ice rink on a square in Bruges) — says it cannot help with that, no FAQ "
         "answer. (`gij` = you.)",
         "Inventing the rink's hours; the shop's opening hours."),
        ("laat de verantwoordelijke mij morgen na vijf uur bellen op 0478 52 16 09",
         "Hands over / passes on a callback request to 0478 52 16 09 tomorrow (Wednesday 2 December) after 17:00; no FAQ "
         "answer (the shop is open until 18:30).",
         "Ignoring the number or the time; only giving the shop's phone; an FAQ answer."),
        ("hoe lang gaat da nog duren eer er iemand iets laat weten??",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The storage entry ('hoe lang'); shipping times; promising an exact time."),
    ],
    [  # 6
        ("hallo, 'k had voor zaterdag om 14u 4 plaatsen voor het pralines maken, mo de kinderen liggen alle twee met de "
         "griep en mijn man ook, we gaan er dus nie geraken",
         faq(Q_ANNULEREN) + " — a workshop called off less than 7 days ahead (this Saturday) is not refunded: they get a "
         "credit voucher for another date (valid 6 months) or can send someone else in their place; must not claim "
         "anything is cancelled or moved. (`mo` = maar, `geraken` = get there.)",
         "Claiming it is cancelled / refunded; the full refund (that is for 7 days or more ahead); the order rules "
         "(2 working days) only; the workshop times alone."),
        ("ah soit dan",
         "Ambiguous yes (`soit` = oh well, OK) — asks what they want (voucher? someone else going?) or explains the next "
         "step; must not claim anything is cancelled, moved or booked.",
         "Saying the places are now cancelled or moved; a random FAQ entry."),
        ("is er ook ene op een woensdag? dan kunnen de kinderen direct na school",
         faq(Q_WORKSHOP) + " — the children's workshop (8 to 12 years) is on Wednesday at 14:00, € 30, without parents; "
         "the adults' workshop is on Saturday at 14:00 (groups of 8+ choose a date). (Using the voucher for it is a "
         "plus.)",
         "'Only on Saturday'; the opening hours; booking a Wednesday as done."),
        ("amai, 'k verstoan er niks meer van. kan 'k ne keer klappen me ienen van de winkel, e echte mens?",
         "Hands over to a person (`amai` = wow, `verstoan` = versta, `ne keer` = eens, `klappen` = praten, `me ienen` = "
         "met iemand, `e` = een) — short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; mocking the way of speaking."),
    ],
    [  # 7
        ("goeiemiddag! zijt ge open op zondag? en kan 'k 3 balotins van 1 kilo laten klaarzetten om af te halen tegen "
         "zaterdag de 19de?",
         "Small talk greeting + " + both(Q_UREN, Q_BESTELLEN) + " — Sunday 11:00-17:00 (Tuesday-Saturday 10:00-18:30, "
         "in December also Monday); order by webshop or 050 34 87 12 at least 5 working days ahead in December (ordering "
         "now, on 1 December, is in time for Saturday 19 December), pick up from 11:00, pay online or at pick-up. (3 kg = € 186 is "
         "a plus.)",
         "Only one half without pointing to the other; 'closed on Sunday'; the 2 working days without the December "
         "rule."),
        ("kan da me payconiq of moe 'k cash meepakken?",
         faq(Q_BETALEN) + " — in the shop Bancontact, Payconiq, Visa, Mastercard or cash; online also iDEAL. (`da` = "
         "dat, `me` = met, `moe 'k` = moet ik.)",
         "'Cash only' or 'no cash'; the gift-voucher entry."),
        ("en nog wuk: mijn baas wil iets geven aan de 30 man van 't bureau, met onze naam erop. of anders gewoon ne bon "
         "van 20 euro voor elk, wa is 't handigst?",
         both(Q_BEDRIJVEN, Q_CADEAUBON) + " — boxes with the company logo from 25 pieces (10 % off only from 50), "
         "invoice with VAT, order 3 weeks ahead and year-end gifts by 10 December; gift vouchers € 10 to € 150, valid 1 "
         "year, companies 5 % off from 10 vouchers (30 x € 20 = € 600, € 570 with the discount). (`wuk` = wat, `'t "
         "bureau` = the office.)",
         "Only one half without pointing to the other; the christening-favours entry for the name; choosing for them "
         "without the facts."),
    ],
]

if __name__ == "__main__":
    print(write_faq("nl", FAQ))
    print(write_plan("nl", PLAN))
