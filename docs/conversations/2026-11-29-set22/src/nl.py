"""nl: Catering Kanaalkeuken, Utrecht (plain everyday Dutch; some Flemish customers). Writes nl-faq.csv, then nl-plan.tsv."""
from common_b import q, both, write_faq, write_plan, CHOICES, REJECT, WAIT, AFTER

FAQ = [
    # 0
    ("Wat kost een lunch op kantoor?",
     "Onze kantoorlunch kost € 14,50 per persoon: twee belegde broodjes, soep van de dag, een salade, fruit en "
     "melk, karnemelk of jus d'orange. Vanaf 15 personen, op werkdagen bezorgd tussen 11:00 en 12:30 uur.",
     "prijzen", ["lunch", "kantoorlunch", "broodjes", "bedrijfslunch", "prijs per persoon"],
     ["wat kost een bedrijfslunch", "prijs lunch met broodjes", "lunch laten bezorgen op het werk"]),
    # 1
    ("Wat kost een warm buffet?",
     "Een warm buffet kost € 27,50 per persoon (vanaf 25 personen): drie hoofdgerechten, twee bijgerechten, "
     "salades en brood. Een koud buffet kost € 21,- per persoon. Dessertbuffet erbij: € 6,50 per persoon.",
     "prijzen", ["warm buffet", "koud buffet", "dessert", "buffetprijs", "diner"],
     ["prijs buffet per persoon", "wat zit er in het warme buffet", "hebben jullie ook een koud buffet"]),
    # 2
    ("Wat is het minimum aantal personen?",
     "Kantoorlunch vanaf 15 personen, borrelhapjes vanaf 20, buffetten vanaf 25 en bruiloften vanaf 50 gasten. "
     "Voor een kleinere groep kan het ook, dan rekenen we € 60,- kleine-groeptoeslag.",
     "bestellen", ["minimum", "minimaal", "aantal personen", "kleine groep", "toeslag"],
     ["vanaf hoeveel personen", "kan het ook voor een kleine groep", "is er een minimum"]),
    # 3
    ("Verzorgen jullie ook bruiloften?",
     "Ja, voor 50 tot 250 gasten: borrel, diner en avondbuffet. Het kennismakingsgesprek is gratis; een "
     "proeverij kost € 35,- per persoon (maximaal 4 personen) en wordt verrekend als u boekt. Reserveer 6 tot "
     "12 maanden van tevoren.",
     "evenementen", ["bruiloft", "huwelijk", "trouwfeest", "proeverij", "feest"],
     ["catering voor ons huwelijk", "doen jullie trouwfeesten", "kunnen we vooraf proeven"]),
    # 4
    ("Kunnen jullie rekening houden met dieetwensen?",
     "Ja: vegetarisch, veganistisch, glutenvrij, lactosevrij en halal. Geef het uiterlijk 5 werkdagen van "
     "tevoren door met het aantal personen. Alle gerechten hebben een etiket met allergenen; notenvrij kunnen "
     "we niet garanderen, omdat we in dezelfde keuken werken.",
     "eten", ["dieet", "vegetarisch", "veganistisch", "glutenvrij", "allergie", "halal"],
     ["hebben jullie vegetarisch", "ik heb een allergie", "kan het halal"]),
    # 5
    ("Wat kost de bezorging?",
     "Binnen de gemeente Utrecht (ook Leidsche Rijn, Vleuten en De Meern) is bezorgen gratis vanaf € 250,-; "
     "daaronder € 17,50. Buiten Utrecht tot 30 km € 35,-; verder op aanvraag. Het opbouwen van het buffet is "
     "bij de prijs inbegrepen.",
     "bezorgen", ["bezorgen", "bezorgkosten", "levering", "afleveren", "regio"],
     ["wat zijn de bezorgkosten", "leveren jullie in Amersfoort", "is bezorgen gratis"]),
    # 6
    ("Hoe ver van tevoren moet ik bestellen?",
     "Kantoorlunch: uiterlijk 2 werkdagen van tevoren vóór 14:00 uur. Borrels en buffetten: 7 dagen. "
     "Bruiloften: 6 maanden of eerder. Op het laatste moment? Bel ons, soms lukt het toch.",
     "bestellen", ["bestellen", "van tevoren", "deadline", "last minute", "reserveren"],
     ["wanneer moet ik uiterlijk bestellen", "kan ik morgen nog bestellen", "hoeveel dagen van tevoren"]),
    # 7
    ("Kan ik personeel inhuren voor de bediening?",
     "Ja, een medewerker kost € 39,50 per uur (minimaal 4 uur, reistijd inbegrepen). We adviseren 1 medewerker "
     "per 25 gasten. Een kok op locatie kost € 49,50 per uur.",
     "evenementen", ["personeel", "bediening", "medewerkers", "kok", "uurtarief"],
     ["kunnen jullie ook bedienen", "hoeveel kost een serveerster", "personeel erbij boeken"]),
    # 8
    ("Kunnen we servies en glazen huren?",
     "Ja, een serviespakket (bord, bestek, glas en servet) kost € 2,75 per persoon. U zet alles vuil terug, "
     "wij wassen af en halen het de volgende werkdag op. Kapot of kwijt: € 4,- per stuk. Statafels met rok: "
     "€ 14,50 per stuk.",
     "verhuur", ["servies", "glazen", "bestek", "huren", "statafels", "breuk"],
     ["borden huren", "hebben jullie bestek", "wat als er een glas kapot gaat"]),
    # 9
    ("Hoe kan ik betalen?",
     "Bedrijven betalen op factuur binnen 14 dagen. Particulieren betalen 30% aanbetaling bij de bevestiging en "
     "de rest uiterlijk 7 dagen voor het feest, via iDEAL of overboeking. Contant of pinnen bij de bezorging "
     "kan niet.",
     "betalen", ["betalen", "factuur", "aanbetaling", "iDEAL", "overboeking"],
     ["kan ik op factuur betalen", "moet ik vooruit betalen", "kan ik contant betalen"]),
    # 10
    ("Kan ik mijn bestelling annuleren?",
     "Ja, per mail naar info@kanaalkeuken.nl. Tot 7 dagen van tevoren kosteloos; van 7 tot 3 dagen van "
     "tevoren betaalt u 50%; korter dan 3 dagen (72 uur) van tevoren 100%. Bij bruiloften krijgt u de "
     "aanbetaling niet terug.",
     "bestellen", ["annuleren", "afzeggen", "annulering", "kosten annuleren", "bestelling"],
     ["ik wil mijn bestelling annuleren", "wat kost annuleren", "kan ik nog afzeggen"]),
    # 11
    ("Kan ik het aantal personen nog wijzigen?",
     "Tot 3 werkdagen van tevoren kunt u het aantal kosteloos aanpassen, naar boven of naar beneden (maximaal "
     "20% minder). Daarna kan meer alleen als het nog lukt en betaalt u voor minder personen de volle prijs.",
     "bestellen", ["aantal wijzigen", "meer personen", "minder personen", "aanpassen", "gasten"],
     ["er komen meer mensen", "kan ik het aantal nog aanpassen", "er komen er minder"]),
    # 12
    ("Bezorgen jullie ook in het weekend?",
     "Ja, we bezorgen 7 dagen per week tussen 7:00 en 23:00 uur. Op zondag en feestdagen rekenen we € 40,- "
     "toeslag. Ons kantoor is bereikbaar op werkdagen van 8:30 tot 17:00 uur via 030 234 56 78.",
     "bezorgen", ["weekend", "zaterdag", "zondag", "feestdag", "openingstijden"],
     ["leveren jullie op zondag", "bezorgen op zaterdag", "wanneer zijn jullie bereikbaar"]),
    # 13
    ("Wat kost een borrel met hapjes?",
     "Ons borrelpakket kost € 11,50 per persoon: 8 hapjes per persoon, warm en koud (o.a. bitterballen, "
     "kaasstengels, wraps en dips), vanaf 20 personen. Drankjes leveren we niet.",
     "prijzen", ["borrel", "hapjes", "borrelpakket", "bitterballen", "fingerfood"],
     ["prijs borrelhapjes", "hapjes voor een feestje", "wat zit er in het borrelpakket"]),
    # 14
    ("Kan ik de bestelling zelf ophalen?",
     "Ja, op werkdagen tussen 8:00 en 16:00 uur aan de Kanaalstraat 112 in Utrecht. U krijgt dan 10% korting "
     "op het eten. Het minimum aantal personen blijft gelden.",
     "bezorgen", ["ophalen", "afhalen", "zelf halen", "korting", "Kanaalstraat"],
     ["kan ik het afhalen", "waar kan ik ophalen", "korting als ik het zelf haal"]),
]

PLAN = [
    # 1: greeting + two questions, short follow-up, ok/thanks/bye
    (1, "hoi, wat kost een lunch voor ons kantoor en bezorgen jullie ook in leidsche rijn?",
     "Small talk: greeting + " + both(FAQ, 0, 5) + " — € 14,50 p.p. (vanaf 15 pers.); Leidsche Rijn hoort bij de gemeente Utrecht: gratis vanaf € 250,-, anders € 17,50.",
     "Maar één vraag beantwoorden zonder naar de andere te verwijzen; zeggen dat Leidsche Rijn buiten Utrecht valt (€ 35,-); doorverbinden"),
    (1, "en als we maar met 10 zijn?",
     q(FAQ, 2) + " — lunch is vanaf 15 personen; kleiner kan met € 60,- kleine-groeptoeslag.",
     "Het aantal personen wijzigen (andere entry); opnieuw de lunchprijs zonder het minimum; keuzes zonder context"),
    (1, "ok top, dankjewel! fijne dag",
     "Small talk: acknowledgement + thanks + goodbye — kort afscheid.",
     "Weer een FAQ-antwoord; een medewerker aanbieden"),
    # 2: vague opener, typed question while choices show, follow-up with two questions, bot?
    (2, "vraagje over eten voor een feest",
     "Too vague to answer — keuzes (buffet, borrel, dieetwensen, bruiloft) of een vraag wat voor feest.",
     "Eén entry kiezen alsof dat zeker het antwoord is; 'niet gedekt'; doorverbinden"),
    (2, "mijn schoonmoeder eet geen vlees en kan niet tegen tarwe (coeliakie), kunnen jullie daar iets mee?",
     CHOICES + q(FAQ, 4) + " — ja, vegetarisch en glutenvrij kan; uiterlijk 5 werkdagen van tevoren doorgeven.",
     "De getoonde keuzes negeren en blijven wachten op een tik; medisch advies; 'niet gedekt'"),
    (2, "en tot wanneer moet ik dat doorgeven? en vanaf hoeveel man kan een warm buffet?",
     both(FAQ, 4, 1) + " — dieetwensen uiterlijk 5 werkdagen van tevoren (vervolg op de vorige beurt); warm buffet vanaf 25 personen, € 27,50 p.p.",
     "Alleen de algemene besteltermijn (7 dagen) zonder de 5 werkdagen voor dieetwensen; maar één vraag beantwoorden"),
    (2, "ben ik nu met een computer aan het chatten?",
     "Small talk: are you a bot — eerlijk zeggen dat het een automatische assistent is en dat een medewerker kan overnemen als dat gewenst is.",
     "Zeggen dat het een mens is; een FAQ-antwoord; doorverbinden zonder dat erom gevraagd wordt"),
    # 3: vague, typed rejection, rephrasing, near-trade not covered
    (3, "prijs?",
     "Too vague to answer — keuzes (lunch, buffet, borrel, bezorging) of vragen waarvoor.",
     "Eén prijs geven alsof die zeker bedoeld is; doorverbinden"),
    (3, "nee dat bedoel ik niet",
     REJECT + "Rejection — excuses en vragen het anders te zeggen (of een medewerker aanbieden); niet dezelfde keuzes herhalen.",
     "Dezelfde keuzes of hetzelfde antwoord opnieuw; 'nee' lezen als antwoord op iets anders"),
    (3, "we geven volgend jaar in september het jawoord, zo'n 120 gasten. kunnen jullie het eten regelen?",
     q(FAQ, 3) + " — ja, 50-250 gasten; gratis kennismakingsgesprek, proeverij € 35,- p.p.; 6-12 maanden van tevoren reserveren.",
     "Het warme buffet of het minimum als antwoord; 'niet gedekt'"),
    (3, "en maken jullie de bruidstaart ook?",
     "Not covered by the FAQ (bruidstaart, niet in het aanbod) — eerlijk zeggen dat dat er niet bij staat en een medewerker aanbieden.",
     "Zeggen dat ze bruidstaarten maken; het dessertbuffet als antwoord verkopen; de bruiloft-entry herhalen"),
    # 4: two questions, push-back once, twice + angry + direct person, waiting
    (4, "moeten we zelf bordjes en glaasjes regelen? en kunnen jullie ook mensen sturen die met de hapjes rondlopen?",
     both(FAQ, 8, 7) + " — serviespakket € 2,75 p.p. (zij wassen af); medewerker € 39,50 per uur, minimaal 4 uur.",
     "Maar één vraag beantwoorden; het borrelpakket als antwoord op de tweede vraag"),
    (4, "dat is niet wat ik vroeg. ik wil weten of dat al bij de prijs van het buffet zit",
     "Push-back (first time) — excuses; als het kan: servies en personeel komen bovenop de buffetprijs (alleen opbouwen is inbegrepen); anders vragen wat er mist of een medewerker aanbieden.",
     "Letterlijk hetzelfde antwoord herhalen; de prijs van het buffet zonder op de vraag in te gaan"),
    (4, "je snapt het echt niet he. laat iemand van jullie contact met me opnemen, NU",
     "Push-back (second time in a row) + Request for a person (angry, direct) — excuses en nu doorverbinden.",
     "Nog een FAQ-antwoord; opnieuw vragen wat er bedoeld wordt; niet doorverbinden"),
    (4, "hallo?? iemand daar?",
     WAIT + "Waiting — geruststellen: een medewerker neemt het gesprek over; geen FAQ-antwoord.",
     "Opnieuw begroeten alsof het gesprek nieuw is; een FAQ-antwoord; een verzonnen wachttijd"),
    # 5: angry but covered, unrelated, callback with number, how long
    (5, "waarom moet ik nu al 30% overmaken terwijl ons feest pas over 3 maanden is?? belachelijk, bij andere cateraars hoeft dat niet",
     q(FAQ, 9) + " — excuses voor de ergernis; particulieren betalen 30% bij de bevestiging en de rest 7 dagen voor het feest (bedrijven op factuur).",
     "Alleen doorverbinden zonder de regel te geven; de annuleringsvoorwaarden als antwoord; de boosheid negeren"),
    (5, "weet jij trouwens of de parkeergarage bij de jaarbeurs zondag open is?",
     "Not covered by the FAQ (parkeergarage, niets met de catering te maken) — dat gewoon zeggen.",
     "Openingstijden verzinnen; de weekend-entry van de catering als antwoord"),
    (5, "laat maar iemand me terugbellen, 06 41 27 93 58",
     "Request for a person (callback with a number) — doorverbinden / terugbelverzoek noteren.",
     "Alleen het kantoornummer geven zonder het terugbellen aan te nemen; zeggen dat het niet kan"),
    (5, "hoe lang duurt dat ongeveer?",
     AFTER + "Waiting — geruststellen zonder een tijd te verzinnen; een medewerker neemt contact op.",
     "De besteltermijn of bezorgtijden als antwoord; een verzonnen aantal minuten"),
    # 6: Flemish customer: cancel, ambiguous yes, FAQ, dialect person
    (6, "goeiendag, ons feest van zaterdag gaat helaas niet door, de zaal is niet meer beschikbaar",
     q(FAQ, 10) + " — per mail; tot 7 dagen vooraf gratis, 7-3 dagen 50%, korter dan 72 uur 100%. Niet zeggen dat het al geannuleerd is. ('goeiendag' = goedendag, Vlaams.)",
     "Zeggen dat de bestelling geannuleerd is (dat kan de bot niet); het aantal wijzigen als antwoord; geen kosten noemen"),
    (6, "ja",
     "Ambiguous yes — vragen wat er bedoeld wordt of herhalen hoe annuleren werkt; nooit een annulering bevestigen.",
     "'Uw bestelling is geannuleerd'; een nieuw onderwerp beginnen"),
    (6, "en als we het verzetten naar later en met minder mensen doen? 40 in plaats van 60",
     q(FAQ, 11) + " — tot 3 werkdagen van tevoren kosteloos aanpassen, maar maximaal 20% minder (40 van 60 is meer dan dat).",
     "Alleen het minimum aantal personen; zeggen dat het zonder meer kan"),
    (6, "allee, kan ik nu eens iemand aan de lijn krijgen? met zo'n robot geraak ik niet verder",
     "Request for a person (Flemish: 'allee' = kom op, 'geraak ik niet verder' = kom ik niet verder) — doorverbinden.",
     "Vragen om het te herhalen; een FAQ-antwoord; het verzoek negeren"),
    # 7: greeting + two questions, short follow-up, FAQ turns
    (7, "hallo! wat kosten hapjes voor een afscheidsborrel op het werk, en kunnen we die ook zelf komen halen?",
     "Small talk: greeting + " + both(FAQ, 13, 14) + " — € 11,50 p.p. (8 hapjes, vanaf 20 pers.); ophalen op werkdagen 8-16 uur aan de Kanaalstraat 112, 10% korting.",
     "Maar één vraag beantwoorden; de kantoorlunch als antwoord op de eerste vraag"),
    (7, "en op zondag?",
     q(FAQ, 14) + " + " + q(FAQ, 12) + " — ophalen alleen op werkdagen; op zondag kan wel bezorgd worden (€ 40,- toeslag).",
     "Alleen 'we bezorgen 7 dagen per week' zonder te zeggen dat ophalen op zondag niet kan; keuzes zonder context"),
    (7, "hoe snel moet ik dat bij jullie doorgeven?",
     q(FAQ, 6) + " — borrels 7 dagen van tevoren; op het laatste moment bellen.",
     "De lunchtermijn (2 werkdagen) als antwoord voor de borrel; annuleren"),
    (7, "ok dan laten we het brengen. wat kost dat naar de uithof?",
     q(FAQ, 5) + " — de Uithof (Utrecht Science Park) ligt in de gemeente Utrecht: gratis vanaf € 250,-, anders € 17,50; op zondag + € 40,-.",
     "De prijs van buiten Utrecht (€ 35,-); de borrelprijs opnieuw"),
]

if __name__ == "__main__":
    print(write_faq("nl", FAQ))
    print(write_plan("nl", PLAN))
