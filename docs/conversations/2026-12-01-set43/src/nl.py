"""nl: Welschap Airport Parking (made up), parking with a shuttle bus at Eindhoven Airport; customers write everyday
Dutch with Brabant words (houdoe, merci, ge/gij, kunde gij, nie, gin, efkes, oew, da, wa, ons moeder, ons pap, jong,
Lampegat)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRIJS = "Wat kost parkeren per dag?"
Q_RESERVEREN = "Hoe reserveer ik een parkeerplek?"
Q_SHUTTLE = "Hoe laat rijdt de shuttlebus?"
Q_VALET = "Hebben jullie valet parking?"
Q_SLEUTEL = "Moet ik mijn autosleutel achterlaten?"
Q_LADEN = "Kan ik mijn elektrische auto laten opladen?"
Q_ANNULEREN = "Hoe annuleer ik mijn reservering?"
Q_WIJZIGEN = "Kan ik mijn reservering wijzigen?"
Q_LAAT = "Wat als mijn vlucht vertraagd is of ik later terugkom?"
Q_GROOT = "Kan ik ook met een busje of camper parkeren?"
Q_VEILIG = "Is mijn auto veilig bij jullie?"
Q_LOCATIE = "Waar zijn jullie en hoe rijd ik ernaartoe?"
Q_BETALEN = "Hoe kan ik betalen?"
Q_BAGAGE = "Past al mijn bagage in de shuttlebus?"
Q_WASSEN = "Kunnen jullie mijn auto wassen terwijl ik weg ben?"

FAQ = [
    (Q_PRIJS,
     "Online geboekt: 1 dag € 15, elke dag erna € 7 (een week van 8 dagen = € 64). Je betaalt per kalenderdag: de dag "
     "van aankomst en de dag van terugkomst tellen allebei mee. Zonder reservering betaal je aan de slagboom € 10 extra, "
     "alleen als er plek is. De shuttle voor maximaal 5 personen zit bij de prijs in.",
     "prijzen", ["prijs", "tarief", "kosten", "per dag", "week"],
     ["hoeveel kost een week parkeren", "wat zijn jullie tarieven", "is de shuttle bij de prijs inbegrepen"]),
    (Q_RESERVEREN,
     "Via onze website, tot 3 uur voor aankomst (dus ook nog voor vandaag). Je vult je kenteken, vluchtnummer en de "
     "tijden in en betaalt meteen; de bevestiging krijg je direct per mail. De slagboom herkent je kenteken, je hebt geen "
     "ticket nodig. Telefonisch boeken via 040 251 73 90 kost € 3 extra.",
     "boeken", ["reserveren", "boeken", "reservering", "bevestiging"],
     ["hoe boek ik", "kan ik voor morgen nog reserveren", "ik heb geen bevestiging gekregen"]),
    (Q_SHUTTLE,
     "Elke 15 minuten van 4:00 tot 0:30 uur; de rit naar de vertrekhal duurt 5 minuten. Kom minstens 20 minuten voordat "
     "je in de terminal wilt zijn. Bij terugkomst bel of app je na de bagageband 06 53 18 42 70; de bus haalt je binnen "
     "15 minuten op bij de halte P-shuttle op het busplein. Land je na 0:30, bel dan 040 251 73 90: tot 2:00 halen we je "
     "zonder extra kosten op, daarna op afroep voor € 15.",
     "shuttle", ["shuttle", "bus", "vertrektijden", "ophalen", "terminal"],
     ["hoe vaak rijdt de shuttle", "hoe kom ik bij de terminal", "rijdt de bus ook 's nachts"]),
    (Q_VALET,
     "Ja. Je rijdt naar de Kiss & Ride bij de vertrekhal, daar neemt onze chauffeur je auto over; bij terugkomst staat "
     "hij op dezelfde plek voor je klaar. Valet kost € 25 per reservering bovenop de dagprijs en moet minstens 24 uur van "
     "tevoren geboekt zijn. Bij de overdracht maken we foto's en noteren we de kilometerstand.",
     "valet", ["valet", "chauffeur", "Kiss & Ride", "overdracht"],
     ["kunnen jullie de auto bij de terminal ophalen", "wat kost valet", "hoe werkt valet parking"]),
    (Q_SLEUTEL,
     "Bij gewoon parkeren niet: je parkeert zelf en houdt je sleutel. Alleen bij valet, de wasservice en de laadoptie "
     "houden wij de sleutel; die ligt in een afgesloten kluis met een genummerd label, 24 uur per dag bewaakt, en wordt "
     "alleen gebruikt om de auto op ons terrein te verplaatsen. Heeft je auto alleen een app-sleutel, geef dan de "
     "sleutelkaart af.",
     "parkeren", ["sleutel", "autosleutel", "kluis", "achterlaten"],
     ["moet ik de sleutels afgeven", "waar blijven mijn sleutels", "hou ik mijn sleutel zelf"]),
    (Q_LADEN,
     "Ja, met de laadoptie van € 19 per verblijf: we zetten je auto aan een van onze 12 laadpalen (11 kW, type 2) en "
     "weer terug als hij vol is. Daarin zit maximaal 50 kWh; wat erboven gaat kost € 0,39 per kWh. Je laat daarvoor de "
     "sleutel of sleutelkaart bij ons achter (ook te combineren met valet). Boek het vooraf, de palen zijn beperkt.",
     "extra", ["laden", "opladen", "elektrisch", "laadpaal", "EV"],
     ["hebben jullie laadpalen", "kan mijn tesla opladen", "wat kost laden"]),
    (Q_ANNULEREN,
     "Via de link 'Mijn boeking' in je bevestigingsmail. Tot 24 uur voor de geboekte aankomsttijd krijg je alles terug; "
     "daarna tot de aankomsttijd 50 %. Ben je niet gekomen zonder te annuleren, dan krijg je niets terug. Valet, "
     "laadoptie en wassen krijg je altijd volledig terug als je voor de aankomsttijd annuleert. Het geld staat binnen 5 "
     "werkdagen op je rekening.",
     "boeken", ["annuleren", "afzeggen", "terugbetalen", "geld terug"],
     ["ik wil annuleren", "krijg ik mijn geld terug", "kan ik kosteloos annuleren"]),
    (Q_WIJZIGEN,
     "Ja, via 'Mijn boeking' tot 2 uur voor de geboekte aankomsttijd, zonder kosten. Worden het meer dagen, dan betaal "
     "je het verschil; minder dagen krijg je terug tot 24 uur voor aankomst. Je kenteken kun je altijd wijzigen, ook "
     "onderweg, zodat de slagboom opengaat.",
     "boeken", ["wijzigen", "veranderen", "datum", "kenteken", "omboeken"],
     ["kan ik mijn datum veranderen", "ik kom met een andere auto", "kan ik omboeken"]),
    (Q_LAAT,
     "Vertraging van je vlucht is geen probleem: we volgen je vluchtnummer en de shuttle wacht op je. Kom je een of meer "
     "dagen later terug dan geboekt, dan betaal je de extra dagen voor € 7 per dag bij de uitrit of via de link in de "
     "mail, zonder boete. Kom je eerder terug, dan krijg je de ongebruikte dagen niet terug.",
     "parkeren", ["vertraging", "later terug", "vertraagd", "extra dag", "eerder terug"],
     ["mijn vlucht heeft vertraging", "ik blijf een dag langer", "wat als ik eerder terug ben"]),
    (Q_GROOT,
     "Auto's tot 2,10 m hoog en 5,20 m lang passen op een gewoon vak; een dakkoffer of imperiaal telt mee voor de hoogte. "
     "Busjes en campers tot 2,90 m hoog en 7 m lang kunnen op een XL-vak voor € 9 per dag extra; kies XL bij het boeken, "
     "want de XL-vakken zijn beperkt. Hoger dan 2,90 m, aanhangers en caravans kunnen we niet plaatsen.",
     "parkeren", ["busje", "camper", "XL", "hoogte", "aanhanger"],
     ["past mijn bestelbus", "mag een camper bij jullie", "hoe hoog mag mijn auto zijn"]),
    (Q_VEILIG,
     "Ons terrein is omheind, camera's nemen 24 uur per dag op en er is dag en nacht personeel. Zie je schade, meld het "
     "dan voordat je het terrein verlaat; daarna kunnen we het niet meer behandelen. Schade door onze chauffeurs (valet) "
     "is verzekerd; schade door anderen of door het weer (hagel) valt onder je eigen autoverzekering.",
     "parkeren", ["veilig", "beveiliging", "schade", "camera", "diefstal"],
     ["is het terrein bewaakt", "wat als er schade is", "staat mijn auto veilig"]),
    (Q_LOCATIE,
     "Welschapsedijk 188, 5657 BX Eindhoven, 2,5 km van de terminal. Zet dat adres in je navigatie en volg vanaf de "
     "afslag Eindhoven Airport de borden P-Welschap. Vanaf de A2 ben je er in 5 minuten.",
     "locatie", ["adres", "locatie", "route", "navigatie", "waar"],
     ["wat is jullie adres", "hoe rijd ik naar jullie", "hoe ver is het van het vliegveld"]),
    (Q_BETALEN,
     "Online met iDEAL, creditcard of PayPal bij het boeken. Aan de slagboom en bij de balie met pin of creditcard; "
     "contant kan niet. Zakelijk? Vul je bedrijfsnaam in bij het boeken, dan krijg je een factuur met 21 % btw per mail.",
     "betalen", ["betalen", "iDEAL", "pinnen", "contant", "factuur"],
     ["kan ik contant betalen", "krijg ik een factuur", "kan ik met creditcard betalen"]),
    (Q_BAGAGE,
     "Ja, onze shuttles hebben 8 zitplaatsen en een bagageaanhanger. Per persoon mag 1 koffer plus handbagage mee; "
     "golftassen, ski's, kinderwagens en rolstoelen ook, graag vooraf melden via 'Mijn boeking'. Met meer dan 5 personen "
     "betaal je € 4 per extra persoon; kinderen tot 4 jaar gaan gratis mee.",
     "shuttle", ["bagage", "koffers", "ski's", "kinderwagen", "personen"],
     ["passen mijn koffers in de bus", "mag de kinderwagen mee", "hoeveel personen mogen mee"]),
    (Q_WASSEN,
     "Ja: buitenkant met de hand € 29, binnen en buiten € 55 (stofzuigen, ramen, dashboard). Boek het bij je reservering; "
     "je laat daarvoor de sleutel bij ons achter. Bij terugkomst staat je auto schoon klaar. Vriest het (onder 0 °C), dan "
     "wassen we niet en krijg je het geld terug.",
     "extra", ["wassen", "poetsen", "schoonmaken", "wasbeurt"],
     ["wassen jullie ook auto's", "kan mijn auto schoongemaakt worden", "wat kost een wasbeurt"]),
]

PLAN = [
    [  # 1
        ("goeiemiddag! wij vliegen 12 t/m 19 februari naar Gran Canaria, wat kost dat bij jullie voor die 8 dagen en "
         "hoe laat gaat de eerste bus 's ochtends? vlucht is om 6:10",
         "Small talk greeting + " + both(Q_PRIJS, Q_SHUTTLE) + " — 8 calendar days booked online = € 64 (€ 15 + 7 x "
         "€ 7), shuttle for up to 5 included; shuttle every 15 min from 4:00, 5 min to the terminal, come 20 min before "
         "you want to be in the terminal.",
         "Only one half without pointing to the other; counting 7 days (€ 57); 'the first bus is at 6:00'."),
        ("en als we met z'n zessen zijn?",
         faq(Q_BAGAGE) + " — 8 seats; above 5 persons € 4 per extra person, so € 4 more for the sixth (children under "
         "4 free); 1 suitcase plus hand luggage each.",
         "'Only 5 allowed'; a second car park booking; the price entry repeated without the extra person."),
        ("moet ik dat nu al vastleggen of kunnen we die ochtend gewoon aan komen rijden?",
         faq(Q_RESERVEREN) + " — book on the website (up to 3 h before arrival), pay at once, mail confirmation, the "
         "barrier reads the plate; by phone € 3 extra. (From " + faq(Q_PRIJS) + ": driving up without a booking costs "
         "€ 10 extra and only if there is space — a plus.)",
         "'Just come, no booking needed' without the surcharge; 'print a ticket'; the shuttle times again."),
        ("top, da's hartstikke goed geregeld. merci hè, houdoe!",
         "Small talk: acknowledgement + thanks + goodbye (`merci` = thanks, `houdoe` = Brabant goodbye) — short friendly "
         "close.",
         "A long FAQ answer; choices; a handover."),
    ],
    [  # 2
        ("hoi, ik zit met iets",
         "Too vague to answer — choices (prices, booking, shuttle...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("ons bestelbusje is 2,45 m hoog met het imperiaal erop, kan dat bij jullie staan of is dat te hoog?",
         TYPE + faq(Q_GROOT) + " — above 2,10 m it does not fit a normal space; vans up to 2,90 m and 7 m long go on an "
         "XL space for € 9 per day extra, choose XL when booking (limited). (`imperiaal` = roof rack; it counts for the "
         "height.)",
         "Tapping a choice; 'it fits a normal space'; 'vans not allowed'."),
        ("en moet de sleutel dan bij jullie blijven of hou ik die?",
         faq(Q_SLEUTEL) + " — normal (and XL) parking: they park themselves and keep the key; only valet, washing and "
         "charging need the key, kept in a guarded safe.",
         "'Always hand in the key'; the valet price as the answer."),
        ("zit daar iemand achter de knoppen of praat ik met een computer?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3
        ("goedemorgen, het gaat over mijn boeking",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("klopt niet, het is iets anders",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("ik heb geboekt met de Polo van mijn vrouw maar die is vanochtend in de garage gebleven, we komen nu met mijn "
         "Octavia, gaat de slagboom dan wel open?",
         faq(Q_WIJZIGEN) + " — the licence plate can always be changed in 'Mijn boeking', also on the way, so the "
         "barrier recognises the Octavia; no cost.",
         "'Book again'; 'the barrier opens anyway' without the plate change; the cancelling entry."),
        ("en als hij er toch 10 dagen staat, kunnen jullie hem meteen even door de APK halen?",
         "Not covered (near the trade: the yearly MOT inspection) — says so honestly, may offer a person; no price.",
         "Inventing an APK service or price; the car-wash entry as if it answered this."),
    ],
    [  # 4
        ("wat kost valet parking en hoe gaat dat met de sleutels?",
         both(Q_VALET, Q_SLEUTEL) + " — valet € 25 per booking on top of the day price, booked at least 24 h ahead, "
         "hand-over at the Kiss & Ride with photos and mileage; the key is kept in a locked, guarded safe with a "
         "numbered label and only used to move the car on their site.",
         "Only one half without pointing to the other; valet included in the price; 'you keep your key' for valet."),
        ("nee joh, dat vroeg ik niet. ik rij een Tesla en die moet vol zijn als ik terugkom, kan dat en wat ben ik dan "
         "totaal kwijt naast de dagen?",
         "Acknowledges the push-back + " + both(Q_LADEN, Q_VALET) + " — yes: charging option € 19 (incl. 50 kWh, above "
         "that € 0,39 per kWh) + valet € 25 = € 44 on top of the day price (or € 19 without valet, leaving the key card); "
         "book in advance.",
         "Repeating the valet answer unchanged; free charging; forgetting the valet part of the total."),
        ("pff nee, ook niet. ik wil gewoon iemand aan de lijn, nu",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("hallooo?? ben ik vergeten of zo?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("Wat een schandalige service!! Stonden vannacht om kwart voor 1 na een vlucht uit Alicante met 2 kleine kinderen "
         "in de kou te wachten en er kwam gewoon NIKS. Uiteindelijk een taxi genomen van € 18 naar jullie terrein. Wie "
         "gaat dat betalen??",
         faq(Q_SHUTTLE) + " — calm, apologises: the shuttle runs every 15 min until 0:30; landing later you call 040 251 "
         "73 90 and they pick you up until 2:00 at no extra cost; the taxi refund is for a person to decide (offering one "
         "is fine, promising the € 18 is not).",
         "Cold answer ignoring the anger; promising the € 18 back; the late-return entry alone; 'not covered'."),
        ("weet gij trouwens wanneer de optocht in Lampegat is met carnaval?",
         "Not covered (unrelated: the carnival parade in Eindhoven, `Lampegat` = Eindhoven's carnival name; `gij` = you) "
         "— says it cannot help with that, no FAQ answer.",
         "Inventing a date; the location entry."),
        ("laat de manager me morgen tussen 9 en 12 bellen op 06 27 48 15 93",
         "Hands over / passes on a callback request to 06 27 48 15 93 tomorrow (Wednesday 2 December) between 9:00 and "
         "12:00; no FAQ answer.",
         "Ignoring the number or the time; only giving the company's phone; an FAQ answer."),
        ("en wanneer hoor ik dan iets?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The shuttle times; the 5 working days of a refund; promising an exact time."),
    ],
    [  # 6
        ("hoi, we zouden zaterdag om 5 uur 's ochtends komen voor 10 dagen, maar ons moeder is gevallen en geopereerd, "
         "de reis gaat dus niet door",
         faq(Q_ANNULEREN) + " — sympathy; cancel via the 'Mijn boeking' link in the confirmation mail: everything back "
         "until 24 h before the booked arrival (Saturday 5 December 5:00 → until Friday 4 December 5:00), then 50 % until "
         "the arrival time; money back within 5 working days. Must not claim the booking is cancelled. (`ons moeder` = "
         "my/our mother, Brabant.)",
         "Claiming it is cancelled now; 'no refund'; the change-booking entry alone."),
        ("aha, goed dan",
         "Ambiguous yes — asks what they want (cancel? move the dates?) or explains the next step; must not claim "
         "anything is cancelled or moved.",
         "Saying the booking is now cancelled or moved; a random FAQ entry."),
        ("en als ons pap over een paar weken toch wil vliegen, moeten we dan helemaal opnieuw boeken of kan dezelfde "
         "boeking naar een andere datum?",
         faq(Q_WIJZIGEN) + " — the same booking can be moved in 'Mijn boeking' free until 2 h before the booked arrival; "
         "more days = pay the difference. (Pointing out that moving it instead of cancelling keeps the money is a plus; "
         "`ons pap` = dad.)",
         "'Book again' only; charging a change fee; the cancelling entry alone."),
        ("ach jong, ik snap er gin bal van. kunde gij mij nie efkes doorzetten naar iemand van oew balie?",
         "Hands over to a person (`jong` = mate, `gin` = geen, `kunde gij` = kun jij, `nie` = niet, `efkes` = even / "
         "just, `oew` = jouw) — short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; mocking the way of speaking."),
    ],
    [  # 7
        ("hee goeiedag! hoe rij ik naar jullie toe vanaf de A67 en kan ik daar met contant geld betalen?",
         "Small talk greeting + " + both(Q_LOCATIE, Q_BETALEN) + " — Welschapsedijk 188, 5657 BX Eindhoven, 2,5 km "
         "from the terminal: put the address in the sat nav and follow P-Welschap from the Eindhoven Airport exit; NO "
         "cash: pin or credit card at the barrier/desk, iDEAL, credit card or PayPal online.",
         "Only one half without pointing to the other; 'cash is fine'; inventing a route via other exits."),
        ("ze hebben onze retourvlucht omgezet, we landen pas de 28e i.p.v. de 27e",
         faq(Q_LAAT) + " — no problem: the extra day costs € 7, paid at the exit or via the link in the mail, no fine "
         "(adding it beforehand in " + faq(Q_WIJZIGEN) + " is also right).",
         "A fine; 'book a new stay'; the cancelling entry."),
        ("en is da terrein 's nachts wel bewaakt? en kunnen ze m'n auto ff wassen terwijl we weg zijn, wa kost da?",
         both(Q_VEILIG, Q_WASSEN) + " — fenced, cameras 24 h, staff day and night, report damage before leaving the "
         "site; washing outside € 29, inside and outside € 55, key stays with them, no washing below 0 °C (money back). "
         "(`da` = dat, `wa` = wat.)",
         "Only one half without pointing to the other; inventing a car-wash price; 'we are not liable for anything'."),
    ],
]

if __name__ == "__main__":
    print(write_faq("nl", FAQ))
    print(write_plan("nl", PLAN))
