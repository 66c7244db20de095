"""nl: Sloepverhuur De Blauwe Brug (made up), electric boat rental on the Amsterdam canals; customers write Amsterdam
Dutch with a few Amsterdam/street words (mokum, gozer, mattie, doekoe, gappen, effe, ff, ja toch, kapsones)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRIJS = "Wat kost een sloep per uur of per dag?"
Q_BORG = "Moet ik een borg betalen?"
Q_VAARBEWIJS = "Heb ik een vaarbewijs nodig?"
Q_SCHIPPER = "Kan ik een sloep met schipper huren?"
Q_PERSONEN = "Met hoeveel personen mag ik in een sloep?"
Q_ETEN = "Mag ik eten en drinken meenemen aan boord?"
Q_HOND = "Mag mijn hond mee op de boot?"
Q_WEER = "Wat gebeurt er bij slecht weer?"
Q_ANNULEREN = "Kan ik mijn reservering annuleren of verzetten?"
Q_AANLEGGEN = "Waar mag ik aanleggen tijdens de vaart?"
Q_LOCATIE = "Waar is de opstapplek en kan ik daar parkeren?"
Q_TIJDEN = "Wat zijn de openingstijden en het vaarseizoen?"
Q_LADEN = "Hoe lang kan ik varen op een volle accu?"
Q_SCHADE = "Wat als ik schade maak aan de boot?"
Q_BETALEN = "Hoe kan ik betalen en reserveren?"

FAQ = [
    (Q_PRIJS,
     "Sloep voor max. 8 personen: € 65 per uur, € 350 per dag (10:00-18:00). Sloep voor max. 12 personen: € 85 per "
     "uur, € 450 per dag. Minimaal 2 uur. Inclusief brandstof (stroom), kussens, dekens en zwemvesten.",
     "prijzen", ["prijs", "per uur", "dagprijs", "kosten", "tarief"],
     ["wat kost een boot huren", "hoe duur is een sloep voor een dag", "prijs per uur"]),
    (Q_BORG,
     "Ja, € 150 borg per boot, te betalen met pinpas of creditcard bij het opstappen (geen contant). Binnen 3 "
     "werkdagen terug als de boot op tijd, schoon en zonder schade terugkomt. Elk kwartier te laat kost € 20 van de borg.",
     "prijzen", ["borg", "waarborg", "terugkrijgen", "te laat"],
     ["hoeveel borg", "krijg ik de borg terug", "wat als we later terug zijn"]),
    (Q_VAARBEWIJS,
     "Nee, voor onze elektrische sloepen (max. 6 km/u) is geen vaarbewijs nodig. De schipper moet 18 jaar of ouder "
     "zijn en nuchter. Je krijgt 10 minuten uitleg en een vaarkaart van de grachten voor vertrek.",
     "varen", ["vaarbewijs", "rijbewijs", "ervaring", "leeftijd"],
     ["moet ik een vaarbewijs hebben", "nog nooit gevaren", "vanaf welke leeftijd mag je sturen"]),
    (Q_SCHIPPER,
     "Ja, een schipper kost € 45 per uur extra bovenop de huurprijs (minimaal 2 uur). Hij of zij vertelt onderweg over "
     "de stad. Reserveer minstens 3 dagen vooraf; voor vrijgezellenfeesten en groepen die drinken is een schipper "
     "verplicht.",
     "varen", ["schipper", "kapitein", "met bemanning", "rondvaart"],
     ["kunnen jullie iemand meesturen die vaart", "boot met kapitein", "wat kost een schipper"]),
    (Q_PERSONEN,
     "De kleine sloep mag met maximaal 8 personen, de grote met maximaal 12, baby's en kinderen meegeteld. Minimaal 6 "
     "personen voor de grote sloep. Voor groepen tot 24 huur je 2 sloepen; we varen niet met meer mensen dan toegestaan.",
     "varen", ["personen", "groep", "maximaal", "hoeveel mensen"],
     ["met hoeveel man kan je erop", "we zijn met 14", "past een groep van 10"]),
    (Q_ETEN,
     "Ja, eigen eten en drinken mag mee, ook bier en wijn met mate. Geen sterke drank, glas of barbecue aan boord. "
     "Een borrelplank (€ 12,50 p.p.) en een koelbox met ijs (€ 10) kun je bij ons bijbestellen, 24 uur vooraf.",
     "aan boord", ["eten", "drinken", "alcohol", "borrel", "koelbox"],
     ["mogen we bier meenemen", "kunnen we eten bestellen", "mag er alcohol mee"]),
    (Q_HOND,
     "Ja, honden mogen gratis mee, maximaal 2 per boot, aangelijnd en met eigen kleedje. Voor honden hebben we "
     "zwemvestjes in maat S-L voor € 5. Haren of schade worden van de borg afgehaald (schoonmaak € 30).",
     "aan boord", ["hond", "huisdier", "dieren"],
     ["mag de hond mee", "huisdieren aan boord", "hondenzwemvest"]),
    (Q_WEER,
     "Bij onweer of windkracht 6 of meer varen we niet: dan verzetten we kosteloos of krijg je je geld binnen 5 "
     "werkdagen terug. Regen alleen is geen reden om te annuleren; al onze sloepen hebben een regenkap. We beslissen "
     "uiterlijk 2 uur voor vertrek en sturen je een sms.",
     "weer", ["weer", "regen", "onweer", "wind", "storm"],
     ["wat als het regent", "gaat het door met storm", "krijg ik geld terug bij slecht weer"]),
    (Q_ANNULEREN,
     "Kosteloos annuleren of verzetten kan tot 48 uur voor vertrek. Tussen 48 en 24 uur betaal je 50 %, binnen 24 uur "
     "100 %. Mail naar boeking@blauwebrugsloepen.nl of bel 020 719 44 82.",
     "reserveren", ["annuleren", "verzetten", "omboeken", "afzeggen"],
     ["kan ik nog afzeggen", "reservering verplaatsen", "geld terug als ik annuleer"]),
    (Q_AANLEGGEN,
     "Aanleggen mag alleen aan openbare steigers en kades met een blauw bord met witte P voor passanten, maximaal 1 "
     "uur. Niet aan woonboten, bruggen of bij de Amstel-sluizen. Op de vaarkaart staan 9 aanlegplekken, o.a. bij "
     "het Westerpark en de Amstel bij de Magere Brug.",
     "varen", ["aanleggen", "afmeren", "stoppen", "steiger"],
     ["waar kunnen we ff stoppen", "mag je overal afmeren", "kunnen we bij een terras aanleggen"]),
    (Q_LOCATIE,
     "Opstappen aan de Lijnbaansgracht 212, naast de Marnixstraat (tram 7, 17 en 19, halte Elandsgracht). Parkeren is "
     "duur in het centrum: het beste in P+R Sloterdijk (€ 1 per uur met OV) en dan 15 minuten met tram 19.",
     "locatie", ["adres", "opstappen", "parkeren", "tram", "locatie"],
     ["waar moeten we instappen", "waar kan ik de auto kwijt", "hoe kom ik bij jullie"]),
    (Q_TIJDEN,
     "Vaarseizoen 1 april tot en met 31 oktober, elke dag van 10:00 tot 22:00 (laatste vertrek 20:00). November tot "
     "en met maart alleen vrijdag tot zondag van 11:00 tot 17:00, met dichte winterkap en kachel.",
     "openingstijden", ["openingstijden", "seizoen", "winter", "open", "laatste vertrek"],
     ["zijn jullie in de winter open", "tot hoe laat kan je varen", "laatste boot"]),
    (Q_LADEN,
     "Een volle accu is goed voor ongeveer 8 uur varen. Bij een dagverhuur is dat genoeg; je hoeft niet te laden. "
     "Als de accu-meter onder 20 % komt, bel 06 4471 2058 en vaar terug; we slepen je niet gratis (€ 75) als je "
     "doorvaart.",
     "varen", ["accu", "batterij", "laden", "stroom", "leeg"],
     ["is de batterij wel vol genoeg", "moeten we onderweg opladen", "wat als de accu leeg is"]),
    (Q_SCHADE,
     "Meld schade direct bij terugkomst. Kleine schade (krassen, kussens) halen we van de € 150 borg. De boot is WA- "
     "en cascoverzekerd met een eigen risico van € 500 per schade; aanvaringsschade door dronken of roekeloos varen "
     "betaal je helemaal zelf.",
     "schade", ["schade", "verzekering", "eigen risico", "ongeluk"],
     ["we hebben een kras gemaakt", "zijn de boten verzekerd", "wat als we ergens tegenaan varen"]),
    (Q_BETALEN,
     "Reserveren via www.blauwebrugsloepen.nl of 020 719 44 82. Je betaalt de huur vooraf met iDEAL of creditcard; "
     "de reservering is pas definitief na betaling. Cadeaubonnen vanaf € 50 zijn 1 jaar geldig.",
     "reserveren", ["betalen", "ideal", "reserveren", "cadeaubon"],
     ["hoe kan ik boeken", "kan ik betalen met ideal", "hebben jullie cadeaubonnen"]),
]

PLAN = [
    [  # 1
        ("hoi! wat kost zo n bootje voor een middag en moet je daar een vaarbewijs voor hebben? wil mn vriendin "
         "verrassen voor haar verjaardag zaterdag",
         "Small talk greeting + " + both(Q_PRIJS, Q_VAARBEWIJS) + " — € 65/hour (8 p.) or € 85/hour (12 p.), minimum 2 "
         "hours; no licence needed, skipper 18+ and sober, 10 min instruction. (Note: Saturday 5 December is winter: "
         "only 11:00-17:00 — mentioning it is a plus.)",
         "Only one half without pointing to the other; 'you need a licence'."),
        ("en als we 20 min uitlopen?",
         faq(Q_BORG) + " — € 150 deposit; every quarter hour late costs € 20 off the deposit (20 min = 2 quarters → € "
         "40, or at least € 20).",
         "'No problem'; the cancellation entry; asking to rephrase."),
        ("kunnen we onderweg ergens ff stoppen voor een drankje aan de wal",
         faq(Q_AANLEGGEN) + " — only public jetties/quays with the blue P sign, max 1 hour; not at houseboats or bridges; "
         "9 spots on the map (Westerpark, Amstel/Magere Brug).",
         "'Anywhere you like'; the food-and-drink-on-board entry; 'not covered'."),
        ("top, thanks mattie! doei",
         "Small talk: acknowledgement + thanks + goodbye (`mattie` = mate) — short friendly close.",
         "A long FAQ answer; choices; a handover."),
    ],
    [  # 2
        ("hallo ik heb een vraag",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("we zijn met 10 collega s en we willen wel een paar biertjes doen, kan dat als niemand van ons ooit heeft "
         "gevaren of moet er iemand bij",
         TYPE + faq(Q_SCHIPPER) + " — a skipper costs € 45/hour extra (min. 2 h), book 3 days ahead; for groups that drink "
         "a skipper is required. Pointing to the 12-person boat and the drinks rule (beer/wine, no spirits) is a plus.",
         "Tapping a choice; 'no licence needed, just go' ignoring the drinking rule."),
        ("en wat kost dat dan samen voor 3 uur",
         faq(Q_SCHIPPER) + " + " + faq(Q_PRIJS) + " — big boat € 85 x 3 = € 255 + skipper € 45 x 3 = € 135 → € 390.",
         "A wrong sum; the small boat for 10 people; only one of the two amounts."),
        ("ben jij nou een echte gozer of een computer",
         "Small talk: are you a bot (`gozer` = guy) — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer."),
    ],
    [  # 3
        ("goeiemorgen, vraagje over ons uitje",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nee dat is het allemaal niet",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet.",
         "Repeating the same choices; an immediate handover."),
        ("we willen onze labrador en de jack russell van mn zus ook bij ons hebben op het water, gaat dat goed of zijn beesten niet welkom",
         faq(Q_HOND) + " — yes, free, max 2 per boat, on a lead with their own mat; dog life vests € 5; hair/damage "
         "cleaning € 30 from the deposit.",
         "'No pets'; charging per dog; the damage entry alone."),
        ("verhuren jullie ook suppen of kano s? mn neef wil liever zelf peddelen",
         "Not covered (near the trade: SUP boards or canoes are not offered) — says so honestly, may offer a person.",
         "Inventing a price; the boat prices as if they covered it."),
    ],
    [  # 4
        ("kunnen jullie een borrelplank regelen en tot hoe laat mogen we varen? wordt een vrijgezellenfeest in mei",
         both(Q_ETEN, Q_TIJDEN) + " — borrelplank € 12,50 p.p., order 24 h ahead; May is in season: 10:00-22:00, last "
         "departure 20:00. (A skipper is required for stag/hen parties — a plus.)",
         "Only one half without pointing to the other; winter hours for May."),
        ("dat vroeg ik niet, ik vroeg of we om 21 uur nog weg kunnen varen",
         "Acknowledges the push-back + " + faq(Q_TIJDEN) + " — no: last departure 20:00 (back by 22:00).",
         "Repeating the first answer unchanged; 'yes, 21:00 is fine'."),
        ("pff wat een kapsones, geef me ff een echt mens aan de lijn",
         "Push-back (second time in a row) + request for a person (angry; `kapsones` = attitude) — short apology, hands "
         "over.",
         "Another FAQ answer; choices; asking to rephrase."),
        ("hallo?? is daar iemand",
         WAIT + AFTER + "Waiting — reassures that a person has the message; no FAQ answer, no invented wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("ik ben woest!! gister om 4 uur stil komen te liggen midden op de prinsengracht, moesten we 75 euro betalen "
         "om teruggesleept te worden, dat is toch niet normaal jullie boot was gewoon niet goed",
         faq(Q_LADEN) + " — calm, acknowledges the anger: a full battery lasts about 8 hours; below 20 % call 06 4471 2058 "
         "and sail back; towing € 75 if you keep sailing. Offering a person to look at it is fine.",
         "Cold rule-quoting ignoring the anger; promising a refund; the weather entry."),
        ("weet jij trouwens of ajax zondag thuis speelt",
         "Not covered (unrelated: football) — says it cannot help, no FAQ answer.",
         "Inventing a fixture; an FAQ answer."),
        ("laat de eigenaar me terugbellen op 06 2983 5170, na 6 uur vanavond",
         "Hands over / callback request to 06 2983 5170 after 18:00; no FAQ answer.",
         "Ignoring the number or time; only giving the shop number; an FAQ answer."),
        ("hoe lang gaat dat duren voordat iemand belt",
         AFTER + "Waiting — reassures, no invented time; no FAQ answer.",
         "The 5-working-day refund time; promising an exact time."),
    ],
    [  # 6
        ("we hadden voor zondag 6 december de grote boot geboekt voor mn schoonvader zn 70ste maar hij ligt in het "
         "ziekenhuis dus dat feest gaat er niet van komen helaas, hoe zit het met ons geld",
         faq(Q_ANNULEREN) + " — free until 48 h before departure (Sunday → notice by Friday at that time, so today is "
         "fine), by mail boeking@blauwebrugsloepen.nl or 020 719 44 82; between 48-24 h 50 %, under 24 h 100 %. Must "
         "not claim it is cancelled; best wishes welcome.",
         "Claiming it is cancelled; the weather refund; 'money lost'."),
        ("ja prima",
         "Ambiguous yes — asks what they want (cancel or move the date?) or explains the next step; must not claim "
         "anything is cancelled or refunded.",
         "Saying the booking is now cancelled or the money sent; a random FAQ entry."),
        ("en als we het naar eind maart schuiven als hij beter is en het pijpenstelen regent die dag, krijgen we dan "
         "wel ons geld terug",
         faq(Q_WEER) + " — rain alone is no reason to cancel (all boats have a rain cover); only thunder or wind force 6+ "
         "→ free move or refund within 5 working days, decided 2 h before by SMS. (Moving itself is free until 48 h "
         "before; in March only Friday-Sunday 11:00-17:00 — a plus.)",
         "'Rain = money back'; the 48-hour cancellation rule only; 'not covered'."),
        ("ja toch, ik snap er niks van met die bot, effe iemand van jullie graag",
         "Hands over to a person (`ja toch`, `effe` = quickly) — short, no FAQ answer.",
         "Another FAQ answer; asking to rephrase."),
    ],
    [  # 7
        ("hee, kom uit utrecht met de auto naar amsterdam, waar moet ik zijn en waar laat ik die wagen",
         "Small talk greeting + " + faq(Q_LOCATIE) + " — Lijnbaansgracht 212 by the Marnixstraat (tram 7/17/19 "
         "Elandsgracht); park at P+R Sloterdijk (€ 1/hour with public transport), then tram 19 (15 min).",
         "Parking at the door; 'not covered'."),
        ("bang dat ze in mokum bij zo n kade mn spullen gappen eigenlijk, wat als er iets met de boot zelf gebeurt trouwens",
         faq(Q_SCHADE) + " — report damage on return; small damage from the € 150 deposit; boat insured with € 500 excess "
         "per damage; drunk/reckless collision fully yours. (`mokum` = Amsterdam, `gappen` = steal; theft of own belongings is not covered "
         "by the FAQ.)",
         "Promising insurance for personal belongings; the mooring entry."),
        ("hoe betaal ik dat geld vooraf, en kan ik een cadeaubon van 100 euro gebruiken? mag er ook een baby mee",
         both(Q_BETALEN, Q_PERSONEN) + " — pay in advance with iDEAL or credit card, booking final after payment; "
         "vouchers from € 50, valid 1 year; babies count toward the max 8/12.",
         "Only one half without pointing to the other; 'babies don't count'."),
    ],
]

if __name__ == "__main__":
    print(write_faq("nl", FAQ))
    print(write_plan("nl", PLAN))
