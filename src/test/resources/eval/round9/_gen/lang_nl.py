# Roei- en Kanoclub Dijle vzw, Leuven -- nl-BE (Flemish)
from common import Entry as E, stopset

LANG = "nl"
SHOP = "Roei- en Kanoclub Dijle vzw -- rowing and canoe club with lessons, Leuven (nl-BE, Flemish)"

# Function words only (articles, pronouns, prepositions, conjunctions, auxiliaries).
STOP = stopset("""
aan alle alles als andere bent bij daar dan dat deze die dit door dus een eens geen hebben heb heeft hier
hoe hun iets jullie kan kunnen kunt maar meer met mijn moet moeten naar niet niets nog omdat onder ons
onze ook over tegen toch tot uit uw van voor waar wanneer want wat welk welke werd wie wij wil willen
worden wordt zal zich zijn zonder zou zouden jij jou jouw gij hoeveel het der den
""")

FAQ = [
 E("Hoe kan ik leren roeien?",
   "Wij organiseren een initiatiecursus roeien van 6 lessen op zaterdagvoormiddag van 9u30 tot 11u30, van april tot "
   "oktober. De cursus kost € 95, verzekering inbegrepen. Inschrijven kan via het formulier op rkdijle.be. Na de cursus "
   "kan je lid worden en meeroeien met de recreatieve ploegen.",
   "Lessen", "initiatie;cursus;leren roeien;beginners;lessen",
   "Geven jullie lessen voor beginners?|Wanneer start de initiatiecursus?",
   ["wanneer start de volgende initiatiecursus roeien?",
    "ik ben 45 en heb nog nooit geroeid, kan ik nog beginnen?",
    "ik zie die lange smalle bootjes altijd over de vaart schuiven, hoe geraak ik daar zelf in?"]),
 E("Wat kost het lidmaatschap?",
   "Het lidgeld per jaar bedraagt € 260 voor volwassenen, € 170 voor jongeren tot 18 jaar en € 150 voor studenten. "
   "Nieuwe leden betalen eenmalig € 25 inschrijvingsgeld. Het lidgeld loopt van 1 januari tot 31 december; wie na "
   "1 juli aansluit, betaalt de helft.",
   "Lidmaatschap", "lidgeld;lidmaatschap;prijs;studenten;aansluiten",
   "Hoeveel is het lidgeld?|Is er korting voor studenten?",
   ["hoevel is het lidgeld voor een student?",
    "betaal ik het volle jaar als ik in september aansluit?",
    "ik zit op kot in leuven en heb niet veel centen, wat moet ik ophoesten om bij jullie mee te mogen varen?"]),
 E("Betaalt de mutualiteit een deel van het lidgeld terug?",
   "Ja, de meeste ziekenfondsen betalen een deel van het lidgeld van een sportclub terug. Download het attest van je "
   "ziekenfonds, bezorg het ingevuld aan het secretariaat (secretariaat@rkdijle.be of in de bus in het clubhuis) en wij "
   "sturen het binnen 2 weken getekend terug.",
   "Lidmaatschap", "mutualiteit;ziekenfonds;terugbetaling;attest;formulier",
   "Vullen jullie het formulier van de mutualiteit in?|Krijg ik geld terug van het ziekenfonds?",
   ["vullen jullie het attest van de mutualiteit in?",
    "hoe krijg ik de terugbetaling van het ziekenfonds",
    "bij de cm is er toch ne premie als ge beweegt, moet ik daar een papierke van jullie voor laten tekenen?"]),
 E("Vanaf welke leeftijd kan mijn kind beginnen?",
   "Onze jeugdwerking start vanaf 10 jaar. De jeugd traint op woensdagnamiddag van 14u tot 16u en op zaterdag van 10u "
   "tot 12u, altijd onder begeleiding van gediplomeerde trainers. Jongere kinderen kunnen nog niet starten.",
   "Jeugd", "jeugd;kinderen;leeftijd;jeugdwerking;woensdag",
   "Mag mijn dochter van 11 komen roeien?|Wanneer traint de jeugd?",
   ["vanaf hoeveel jaar mogen kinderen bij jullie roeien?",
    "wanneer trainen de jongeren?",
    "onze zoon van 12 hangt heel de dag voor de playstation, is er bij jullie iets op 't water voor zo'n manneke?"]),
 E("Moet ik kunnen zwemmen?",
   "Ja. Iedereen die bij ons op het water gaat, moet minstens 50 meter kunnen zwemmen. Breng een zwembrevet mee of doe de "
   "korte zwemtest die we bij het begin van het seizoen in het stedelijk zwembad organiseren. Kinderen tot 14 jaar dragen "
   "in de kano altijd een zwemvest; dat voorzien wij.",
   "Veiligheid", "zwemmen;zwembrevet;zwemvest;veiligheid;zwemtest",
   "Heb ik een zwembrevet nodig?|Krijg ik een zwemvest?",
   ["heb ik een zwembrevet nodig om te starten?",
    "krijgen de kinderen een zwemvest?",
    "ik ben eerlijk gezegd geen vis, als ik omsla ga ik gewoon kopje onder, is da een probleem?"]),
 E("Kan ik een kano of kajak huren zonder lid te zijn?",
   "Ja, in het weekend van mei tot september tussen 10u en 18u. Een kajak (1 persoon) kost € 15 per uur, een Canadese "
   "kano (2 personen) € 20 per uur, een halve dag € 40. Je laat je identiteitskaart als waarborg achter. Reserveren via "
   "rkdijle.be is aangeraden.",
   "Verhuur", "huren;verhuur;kano;kajak;waarborg",
   "Wat kost een kajak huren?|Verhuren jullie kano's aan niet-leden?",
   ["hoeveel kost een kajak per uur?",
    "verhuren jullie ook kanos aan mensen die geen lid zijn",
    "zondag met m'n lief efkes op de dijle peddelen, hebben jullie daar iets voor?"]),
 E("Organiseren jullie activiteiten voor groepen?",
   "Ja, we organiseren kano-initiaties voor groepen vanaf 8 personen: teambuilding voor bedrijven, schoolklassen en "
   "verjaardagsfeestjes (vanaf 10 jaar). Een activiteit duurt 2 uur met begeleiding en kost € 22 per persoon. Vraag "
   "minstens 3 weken op voorhand een datum aan via groepen@rkdijle.be.",
   "Groepen", "groepen;teambuilding;verjaardagsfeest;school;bedrijf",
   "Kunnen we een teambuilding doen bij jullie?|Doen jullie kinderfeestjes?",
   ["kunnen we bij jullie een teambuilding doen met 20 collega's?",
    "doen jullie verjaardagsfeestjes op het water?",
    "de juf zoekt voor juni iets sportiefs voor heel het zesde leerjaar, kan da bij jullie?"]),
 E("Wat moet ik meebrengen?",
   "Sportkledij die nat mag worden (liefst geen katoen), sportschoenen of oude sneakers, reservekleren en een handdoek. "
   "In het clubhuis zijn kleedkamers met douches en lockers; breng een hangslot mee. Zwemvesten en peddels voorzien wij.",
   "Praktisch", "kledij;meebrengen;kleedkamer;douche;handdoek",
   "Welke kleren doe ik aan?|Zijn er douches?",
   ["zijn er douches in het clubhuis?",
    "welke kleren moet ik aandoen voor de eerste les?",
    "mag ik gewoon in m'n jeans en met mijn gsm op zak komen, of is da een slecht idee?"]),
 E("Wanneer wordt er getraind?",
   "De recreatieve roeiers varen op dinsdag en donderdag om 18u30 en op zaterdag en zondag om 8u. De competitieploegen "
   "trainen dagelijks. Van november tot februari trainen we op dinsdag en donderdag binnen, op de ergometers in de "
   "botenloods.",
   "Trainingen", "trainingen;uren;recreatief;competitie;ergometer",
   "Op welke dagen roeien jullie?|Wordt er in de winter ook geroeid?",
   ["op welke dagen wordt er geroeid?",
    "roeien jullie ook in de winter?",
    "ik werk tot vijf, raak ik daarna nog op tijd om mee te gaan of is da al gedaan?"]),
 E("Gaat het roeien door bij slecht weer?",
   "Bij onweer, windkracht 5 Beaufort of meer, mist, ijs of hoogwater op de Dijle gaan we niet op het water. Dan is er een "
   "training op de ergometers in de loods of wordt de les verplaatst. De beslissing staat uiterlijk 2 uur vooraf in de "
   "WhatsApp-groep van je ploeg.",
   "Trainingen", "weer;onweer;wind;afgelast;regen",
   "Gaat de les door als het regent?|Wordt er geroeid bij storm?",
   ["gaat de les door als het regent?",
    "wordt er geroeid met zoveel wind?",
    "'t is hier aan 't gieten en aan 't donderen, moet ik nu vertrekken of nie?"]),
 E("Kan ik een gratis proefles volgen?",
   "Ja, elke eerste zaterdag van de maand van april tot oktober is er om 10u een gratis proefmoment van anderhalf uur "
   "voor roeien en kajak. Schrijf je vooraf in via rkdijle.be, want de plaatsen zijn beperkt (12 per keer).",
   "Lessen", "proefles;gratis;proberen;opendeur;kennismaking",
   "Kan ik eens komen proberen?|Is er een opendeurdag?",
   ["kan ik eens gratis komen proberen?",
    "wanneer is er een proefles kajak?",
    "ik weet nog nie of da iets voor mij is, mag ik efkes meevaren zonder da het me iets kost?"]),
 E("Waar ligt het clubhuis en waar kan ik parkeren?",
   "Het clubhuis ligt aan de Vaartkom 21 in Leuven, op 10 minuten wandelen van het station. Fietsen kan je in de "
   "fietsenstalling naast de botenloods zetten. Met de auto parkeer je best in de betaalparking Philipssite; aan de "
   "Vaartkom zelf is parkeren beperkt en betalend.",
   "Praktisch", "adres;parkeren;ligging;fietsenstalling;Vaartkom",
   "Wat is het adres van de club?|Kan ik met de auto komen?",
   ["wat is jullie adres?",
    "is er parking aan de club?",
    "ik kom met den trein van brussel, hoe geraak ik van daar tot bij jullie botjes?"]),
]

OOS_NEAR = [
 "verhuren jullie ook sup-planken?",
 "kan ik mijn eigen kajak bij jullie in de loods stallen?",
 "organiseren jullie in de zomervakantie een sportkamp van een week voor kinderen?",
 "verkopen jullie tweedehands kajaks?",
]
OOS_FAR = [
 "wanneer speelt oh leuven nog thuis?",
 "hoe warm wordt het dit weekend in leuven?",
 "waar kan ik in leuven mijn rijbewijs laten vernieuwen?",
 "waar eet ik goeie frieten rond de oude markt?",
]

ACTS = [
 ("goeiemiddag!", "GREETING"),
 ("hallo, alles goed?", "GREETING"),
 ("merci zenne!", "THANKS"),
 ("allez, bedankt voor de info", "THANKS"),
 ("salukes, tot later", "BYE"),
 ("ben ik nu met ne robot aan 't babbelen?", "BOT_QUESTION"),
 ("zit daar iemand echt achter of is da automatisch?", "BOT_QUESTION"),
 ("kan ik iemand van 't bestuur efkes aan de telefoon hebben?", "PERSON"),
 ("ik wil liever met ne mens spreken", "PERSON"),
 ("daar heb ik niks aan, da's nie wat ik vroeg", "NOT_HELPED"),
]
