"""nl: Dierenpension De Geulhoeve — pet boarding kennel and cattery, Meerssen (South Limburg, Netherlands)."""
from common_b import Faq, write_faq, write_plan

TEL = "043 364 12 80"
faq = Faq([
    ("Wat kost een nacht voor mijn hond?",
     "Standaard hondenverblijf (binnenhok met vloerverwarming en eigen buitenren): €24 per nacht tot 15 kg, €28 van 15 "
     "tot 35 kg en €32 boven 35 kg. Een tweede hond uit hetzelfde gezin in hetzelfde verblijf krijgt 25% korting. Voer "
     "(Royal Canin) is inbegrepen. Breng- en ophaaldag samen tellen als één nacht.",
     "prijzen", ["prijs hond", "kosten", "per nacht", "hondenpension", "tarief"],
     ["hoeveel kost de hond per nacht", "prijs hondenpension", "wat betaal ik voor twee honden"]),
    ("Moet ik vooraf reserveren?",
     "Ja, altijd. Reserveer via het formulier op de website of bel " + TEL + " (ma-za 9:00-12:00). De reservering is "
     "definitief na een aanbetaling van 30% binnen 7 dagen. In de schoolvakanties en rond carnaval geldt minimaal 3 "
     "nachten; reserveer dan 2 maanden vooruit. Een kennismakingsbezoek vooraf is gratis.",
     "reserveren", ["reserveren", "boeken", "aanbetaling", "plek vrij", "vakantie"],
     ["hoe boek ik een plekje", "is er nog plaats in de zomervakantie", "moet ik een plek vastleggen"]),
    ("Wanneer kan ik mijn dier brengen en ophalen?",
     "Maandag t/m zaterdag van 8:30 tot 10:30 en van 16:30 tot 18:30. Op zondag en feestdagen alleen ophalen, van 17:00 "
     "tot 18:00. Buiten deze tijden is de poort dicht; later ophalen kan alleen op afspraak voor €15.",
     "openingstijden", ["brengen", "ophalen", "haaltijden", "breng- en haaltijden", "tijden"],
     ["hoe laat kan ik mijn hond ophalen", "tot hoe laat kan ik de kat brengen", "wat zijn de brengtijden"]),
    ("Hoe kan ik betalen?",
     "De aanbetaling van 30% betaal je via de iDEAL-link die je na de reservering krijgt. De rest betaal je bij het "
     "ophalen met pin of contant; creditcards nemen we niet aan. Een factuur sturen we op verzoek per mail.",
     "betalen", ["betalen", "pinnen", "contant", "iDEAL", "factuur"],
     ["kan ik pinnen", "wanneer moet ik betalen", "accepteren jullie creditcard"]),
    ("Wat kost het kattenpension?",
     "€16 per nacht per kat in een eigen kattenkamer (2 m² binnen met buitenren achter gaas). Twee katten uit hetzelfde "
     "huis samen in één kamer: €27 per nacht. Luxe kattenkamer met raam naar de tuin en hoge krabpaal: €21 per nacht. "
     "Voer en kattenbakvulling zijn inbegrepen; eigen voer mag.",
     "prijzen", ["kat", "kattenpension", "kattenhotel", "prijs kat", "poes"],
     ["wat kost de poes per nacht", "prijs kattenhotel", "twee katten samen"]),
    ("Wat is de luxe hondensuite?",
     "De suite kost €38 per nacht, voor elke maat hond: een kamer van 6 m² met bank en mand, een webcam die je via de app "
     "kunt bekijken, elke dag een extra wandeling van 30 minuten alleen met een verzorger en elke dag een foto via "
     "WhatsApp. Er zijn maar 4 suites, dus reserveer op tijd.",
     "prijzen", ["suite", "luxe", "webcam", "extra wandeling"],
     ["wat is het verschil met de suite", "hebben jullie een luxe verblijf", "kan ik mijn hond zien via een camera"]),
    ("Welke vaccinaties zijn verplicht?",
     "Honden: een geldige cocktail-enting (DHP, parvo en leptospirose) en de kennelhoestvaccinatie, minstens 2 weken voor "
     "aankomst gegeven. Katten: kattenziekte en niesziekte, ook minstens 2 weken voor aankomst. Neem het "
     "vaccinatieboekje of dierenpaspoort mee; je dier moet ontvlooid en ontwormd zijn. Zonder geldige vaccinaties kunnen "
     "we je dier niet opnemen.",
     "gezondheid", ["vaccinaties", "inentingen", "kennelhoest", "paspoort", "ontvlooien"],
     ["welke inentingen moet mijn hond hebben", "is kennelhoest verplicht", "wat moet de kat gehad hebben"]),
    ("Wat gebeurt er als mijn dier ziek wordt?",
     "We bellen je meteen. Medicijnen geven (pillen, druppels) doen we gratis; insuline-injecties kosten €3 per dag. Als "
     "het nodig is gaan we naar Dierenkliniek Meerssen; de dierenartskosten zijn voor de eigenaar en betaal je bij het "
     "ophalen. Geef bij het brengen een noodnummer en je eigen dierenarts door.",
     "gezondheid", ["ziek", "dierenarts", "medicijnen", "insuline"],
     ["wat als mijn hond ziek wordt", "kunnen jullie medicijnen geven", "gaan jullie naar de dierenarts"]),
    ("Kunnen jullie mijn hond wassen voor het ophalen?",
     "Ja: een wasbeurt met shampoo en föhnen op de laatste dag van het verblijf kost €20 tot 15 kg, €27 van 15 tot 35 kg "
     "en €35 boven 35 kg. Vraag het aan bij het brengen.",
     "extra's", ["wassen", "wasbeurt", "shampoo", "föhnen"],
     ["kan mijn hond gewassen worden", "wasbeurt bij vertrek", "hond schoon terug"]),
    ("Mag ik eigen voer, een mand of speelgoed meenemen?",
     "Ja. Eigen voer graag in porties per dag afgepakt (er komt geen korting op de prijs); ook medisch dieetvoer geven we "
     "volgens jouw schema. Maximaal 1 eigen kleedje of mand per dier mag, met de naam erop. Geen piepspeeltjes of kauwbotten, dat geeft "
     "ruzie in de groep. Voor kapotte of zoekgeraakte spullen zijn we niet aansprakelijk.",
     "verblijf", ["eigen voer", "mand", "speelgoed", "dieetvoer", "meenemen"],
     ["mag de eigen mand mee", "kan ik zijn eigen eten meegeven", "mag speelgoed mee"]),
    ("Waar zitten jullie?",
     "Geulhoeverweg 12, 6231 Meerssen, vlak bij de A2 (afrit Meerssen). De ingang voor klanten is de achterpoort met het "
     "groene bord 'Dierenpension', niet bij het woonhuis. Parkeren kan op ons eigen terrein.",
     "algemeen", ["adres", "route", "ligging", "parkeren", "ingang"],
     ["wat is het adres", "hoe rij ik naar jullie", "waar is de ingang"]),
    ("Hoe vaak worden de honden uitgelaten?",
     "Drie keer per dag in de omheinde speelweide van 2.000 m², in groepjes van honden die bij elkaar passen; honden die "
     "niet met anderen kunnen, gaan alleen. Een extra wandeling aan de lijn langs de Geul kost €6 per keer.",
     "verblijf", ["uitlaten", "wandelen", "speelweide", "buiten"],
     ["hoeveel wandelingen krijgt mijn hond", "gaan de honden in een groep", "komt mijn hond genoeg buiten"]),
    ("Zijn jullie op zondag en feestdagen open?",
     "Op zondag en feestdagen (ook Kerst, Pasen en de carnavalsdagen) zijn we alleen open om op te halen, van 17:00 tot "
     "18:00; brengen kan dan niet. Op 1 januari zijn we gesloten.",
     "openingstijden", ["zondag", "feestdagen", "carnaval", "gesloten"],
     ["kan ik op zondag ophalen", "zijn jullie met carnaval open", "open op tweede paasdag"]),
    ("Hebben jullie dagopvang?",
     "Ja, voor honden: maandag t/m vrijdag van 7:30 tot 18:30, €22 per dag inclusief 2 wandelingen. Een 10-dagenkaart kost "
     "€195 en is 6 maanden geldig. Dezelfde vaccinaties als voor logeren zijn nodig. Voor katten hebben we geen dagopvang.",
     "dagopvang", ["dagopvang", "overdag", "10-dagenkaart", "hondencrèche"],
     ["kan mijn hond een dag komen", "hondenopvang overdag", "hebben jullie een strippenkaart"]),
    ("Kan ik mijn reservering annuleren of wijzigen?",
     "Wijzigen kan kosteloos als er plek is. Annuleren tot 14 dagen voor aankomst: je krijgt de aanbetaling terug min €10 "
     "administratiekosten. Binnen 14 dagen voor aankomst vervalt de aanbetaling, behalve als je dier ziek is (met een "
     "verklaring van de dierenarts). Annuleren gaat per mail of telefonisch via " + TEL + ".",
     "reserveren", ["annuleren", "wijzigen", "afzeggen", "aanbetaling terug"],
     ["ik wil mijn reservering afzeggen", "andere datum", "krijg ik mijn aanbetaling terug"]),
])

F, B = faq.ref, faq.both
TYPE = "[type, do not tap]"
AFTER = "[after the bot handed over to a person]"
WAIT = "[wait 60 s before sending]"
NC = "Not covered by the FAQ"

plan = [
    [  # 1: greeting + question, follow-ups, thanks, goodbye
        ("hoe geit t! ich heb 2 katers, wat kost dat per nacht bij jullie?",
         "Greeting back + " + F(5, "two cats of the same home in one room €27 a night (or €16 each in own rooms)"),
         "Only a greeting; the dog prices; the day-care entry"),
        ("en moet dat ruim van tevoren geregeld worden?",
         F(2, "always reserve (website or " + TEL + "), 30% deposit within 7 days; school holidays/carnival at least 3 nights, book 2 months ahead"),
         "The cancellation entry; 'no need, just come by'"),
        ("hoe laat kan ich ze komen brengen? en kan ik pinnen of moet t contant",
         B(3, "Mon-Sat 8:30-10:30 and 16:30-18:30, not on Sundays/holidays", 4,
           "rest at pick-up by card (pin) or cash, no credit card; 30% deposit by iDEAL"),
         "Only one of the two questions; the Sunday/holiday entry alone"),
        ("sjiek, dank uch!", "Small talk: thanks — short reply", "A FAQ answer; a handover"),
        ("oke salu", "Small talk: goodbye", "A FAQ answer; a handover"),
    ],
    [  # 2: two-entry question, typed question while choices show, follow-up, bot?
        ("wat is t verschil tussen een gewoon hok en die suite voor de hond",
         B(1, "standard: €24/€28/€32 a night by weight (under 15 kg / 15-35 kg / over 35 kg), indoor kennel + own run", 6,
           "suite €38 for any size: 6 m² room, webcam via app, extra 30-min walk alone, daily photo; only 4 suites")
         + " (choices with both entries are fine)",
         "Only one price with no word on the difference; the cat rooms"),
        ("welke prikken moet hij hebben? is 9 mnd en heeft wss alleen de puppyprikken gehad",
         TYPE + " " + F(7, "valid DHP/parvo/lepto and kennel cough, at least 2 weeks before arrival, bring the vaccination booklet/passport; without them no admission"),
         "Ignoring the typed question and repeating the choices; the illness/vet entry"),
        ("en als ie dan toch iets oploopt bij jullie?",
         F(8, "they call you at once, medicines given for free, vet Dierenkliniek Meerssen if needed, vet costs for the owner paid at pick-up"),
         "The vaccination entry again; 'not covered'"),
        ("ben ik nou met een computer aan t appen of met een mens?",
         "Small talk: are you a bot? — says honestly it is an automated assistant, offers a person if wanted",
         "Claiming to be a person; a FAQ answer; handing over without being asked"),
    ],
    [  # 3: question with a neighbouring trap, typed rejection, rephrasing, near-trade not offered
        ("kan hij nog ff in bad voordat we m komen halen? hij ruikt altijd zo naar pension als ie thuiskomt",
         F(9, "wash with shampoo and blow-dry on the last day: €20 / €27 / €35 by weight, ask when dropping off"),
         "The drop-off and pick-up times entry; the 'own food and basket' entry"),
        ("nee dat bedoel ich neet. ik vroeg of jullie hem kunnen wassen",
         TYPE + " Typed rejection + rephrasing: apologise and give " + F(9, "€20 / €27 / €35 by weight") + "; if the bot already gave it, confirm it",
         "Repeating the pick-up times; a handover straight away"),
        ("t is een labrador van 32 kilo, wat kost dat dan",
         F(9, "15-35 kg: €27"),
         "The nightly dog price (€28 for 15-35 kg); €35"),
        ("en nagels knippen en trimmen doen jullie ook?",
         NC + " (nail clipping / grooming is not offered) — says honestly it is not in the FAQ, offers a person",
         "The wash entry as if it included trimming; inventing a price"),
    ],
    [  # 4: push-back once, twice, angry request for a person, waiting
        ("mag zn brokjes van thuis mee en zn deken?",
         F(10, "yes, own food in daily portions (no discount), own blanket/basket with name on it"),
         "The dog price entry (it mentions Royal Canin food); 'not covered'"),
        ("dat is neet wat ich vroeg. hij krijgt dieetvoer van de dierenarts, geven jullie dat ook echt?",
         "Push-back (first time): apologise and answer the missing part — " + F(10, "medical diet food is given according to the owner's schedule") + " — or offer a person",
         "Pasting the same answer unchanged; the illness/vet entry"),
        ("hoezo weer datzelfde verhaal!! geef mij nou ff iemand van jullie aan de lijn",
         "Push-back (second time in a row) + angry request for a person: hand over now",
         "Another FAQ answer; asking to rephrase; no handover"),
        ("hallo?? is daar iemand",
         WAIT + " " + AFTER + " Waiting: reassure that a person has the chat, no FAQ answer, no invented wait time",
         "A FAQ answer; a new greeting menu; a made-up time"),
    ],
    [  # 5: angry, FAQ covers (two questions), unrelated, callback, how long
        ("sta hier al 10 min met de auto voor de deur en er komt niemand!!! bij welk huis moet ich zijn en kan ich vandaag nog wel terecht??",
         B(11, "customers' entrance is the back gate with the green 'Dierenpension' sign, not the house; Geulhoeverweg 12", 13,
           "if today is Sunday or a holiday: only pick-up 17:00-18:00, no drop-off")
         + " (or " + F(3, "Mon-Sat drop-off 8:30-10:30 and 16:30-18:30") + ") — ideally with a short apology",
         "Only an apology or a handover; only the address without the entrance; only one of the two"),
        ("weet u toevallig waar ik hier in de buurt een goeie vlaai kan halen?",
         NC + " (unrelated: where to buy Limburg tart) — says it can only help with the boarding kennel",
         "Any FAQ entry; inventing a bakery"),
        ("laat de eigenaar mij maar ff bellen, 06 41 27 83 90",
         "Request for a person (callback with a number): hand over / pass the number on, without promising a time",
         "Ignoring the number; a FAQ answer; the kennel's own phone number only"),
        ("hoe lang gaat dat duren?",
         AFTER + " Waiting: says a person will call/answer as soon as possible, no invented time",
         "An invented time; the pick-up times entry"),
    ],
    [  # 6: cancelling a booking, ambiguous yes, person in dialect
        ("we gaan toch neet weg in de herfstvakantie, mn man moet geopereerd worden. ben ik t voorschot nou kwijt?",
         F(15, "up to 14 days before arrival: deposit back minus €10; within 14 days it is forfeited (the refund exception is for a sick animal, not the owner); cancel by mail or " + TEL),
         "Saying the booking is cancelled (the bot cannot do it); promising a full refund because of the operation; the payment entry"),
        ("ja", "Ambiguous yes: ask what they mean or say how to cancel; never claim the booking was cancelled",
         "'Your booking is cancelled'; a random FAQ entry"),
        ("kin ich neet ff mit eine van uch kalle?",
         "Request for a person (direct, Limburg dialect: 'can I talk to one of you'): hand over",
         "Not understanding and showing choices; a FAQ answer"),
    ],
    [  # 7: two questions, follow-up on the first, acknowledgement
        ("doen jullie ook opvang overdag? en als ze logeren, hoe vaak komen ze naar buiten?",
         B(14, "day care for dogs Mon-Fri 7:30-18:30, €22 a day incl. 2 walks; none for cats", 12,
           "boarding dogs go out 3 times a day in the 2,000 m² field, extra lead walk along the Geul €6"),
         "Only one of the two; the drop-off times entry"),
        ("kan dat ook met zo'n kaart voor 10x?",
         F(14, "10-day card €195, valid 6 months"),
         "The extra walk price (€6); 'not covered'"),
        ("oke idd, helder", "Small talk: acknowledgement — short reply", "Repeating the day-care answer; a handover"),
    ],
]

if __name__ == "__main__":
    print(write_faq("nl", faq), write_plan("nl", plan))
