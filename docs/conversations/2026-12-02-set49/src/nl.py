"""nl: Stokerij Ter Demer (made up), a small jenever distillery with guided tours, tastings, a shop, gift boxes,
parcel shipping and a hall for hire, on the Maastrichtersteenweg in Hasselt, Belgian Limburg; the owner writes
standard Belgian Dutch (u), customers write everyday Flemish / Limburg tussentaal (ge, gij, zijt, ne, nen, da, nie,
wa, ne keer, efkes, amai, allee, awel, schoon, zot, zever, ambetant, babbelen, goesting, salu, merci, seffens, mijne pa,
mijn lief, gasten, dinges, -ke diminutives). The bot serves nl-BE."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRIJS = "Wat kost een rondleiding met proeverij?"
Q_GROEP = "Kunnen we met een groep komen?"
Q_UREN = "Wanneer zijn er rondleidingen?"
Q_VERZENDEN = "Versturen jullie flessen naar huis?"
Q_ASSORTIMENT = "Welke jenevers maken jullie?"
Q_GESCHENK = "Maken jullie geschenkpakketten?"
Q_BETALEN = "Hoe kan ik betalen?"
Q_FACTUUR = "Krijg ik een factuur op naam van mijn bedrijf?"
Q_BOB = "Is er een formule voor wie geen alcohol drinkt?"
Q_SCHADE = "Wat als mijn bestelling beschadigd aankomt?"
Q_ANNULEREN = "Kan ik mijn reservatie annuleren of verplaatsen?"
Q_WINKEL = "Waar zijn jullie en wanneer is de winkel open?"
Q_RESERVEREN = "Hoe reserveer ik een rondleiding?"
Q_LEEFTIJD = "Vanaf welke leeftijd mag je jenever proeven?"
Q_ZAAL = "Kan ik de stokerij afhuren voor een feest?"

FAQ = [
    (Q_PRIJS,
     "Een rondleiding duurt 75 minuten en kost € 14 per persoon, met een proeverij van 3 jenevers (2 cl per glaasje). "
     "Kinderen van 6 tot 15 jaar betalen € 5 en krijgen fruitsap; jonger dan 6 jaar gratis. Groepen vanaf 15 "
     "personen: € 12 per persoon.",
     "rondleidingen", ["prijs", "rondleiding", "proeverij", "kostprijs", "per persoon"],
     ["hoeveel kost een bezoek", "prijs van de proeverij", "wat betalen kinderen"]),
    (Q_GROEP,
     "Ja, groepen van 15 tot 40 personen kiezen hun eigen datum en uur, ook op weekavonden tot 22 uur. Reserveer "
     "minstens 2 weken vooraf. Een hapjesplank met Limburgse kazen en worst kost € 8 per persoon extra. Er is "
     "parking voor 1 autocar aan de achterkant.",
     "rondleidingen", ["groep", "vereniging", "bedrijfsuitstap", "autocar", "hapjes"],
     ["we komen met de voetbalclub", "rondleiding voor een personeelsfeest", "kan een bus parkeren"]),
    (Q_UREN,
     "Vaste rondleidingen: woensdag en zaterdag om 14 uur, zondag om 11 uur, maximaal 20 personen. In juli en augustus "
     "ook vrijdag om 19 uur. Op maandag en dinsdag zijn er geen rondleidingen (behalve voor groepen op afspraak).",
     "rondleidingen", ["uren", "wanneer", "dagen", "tijdstip", "zondag"],
     ["op welke dagen zijn er bezoeken", "hoe laat begint de rondleiding", "is er een rondleiding in het weekend"]),
    (Q_VERZENDEN,
     "Ja. In België kost verzending € 7,95, gratis vanaf € 75; naar Nederland € 12,95. Levering in 2 tot 3 werkdagen "
     "met bpost of PostNL. We versturen niet buiten de Europese Unie. De koerier controleert bij levering dat de "
     "ontvanger 18 jaar of ouder is.",
     "winkel", ["verzenden", "verzendkosten", "levering", "opsturen", "pakket"],
     ["kunnen jullie een fles opsturen", "hoeveel kost de verzending", "leveren jullie in Nederland"]),
    (Q_ASSORTIMENT,
     "Jonge en oude graanjenever (35 %), een 5 jaar gerijpte jenever op eikenhouten vaten (38 %), en fruitjenevers "
     "van 20 %: speculoos, Haspengouwse peer en zwarte bes. Flessen van 50 cl van € 18 tot € 39, proefflesjes van "
     "20 cl vanaf € 9.",
     "winkel", ["assortiment", "graanjenever", "fruitjenever", "smaken", "fles"],
     ["welke smaken hebben jullie", "hebben jullie oude jenever", "wat kost een fles"]),
    (Q_GESCHENK,
     "Ja. Een geschenkdoos met 2 flesjes van 20 cl en 2 glaasjes kost € 29,50. Een eigen etiket met naam of logo kost "
     "€ 4,50 extra per fles en vraagt 5 werkdagen. Voor bedrijven vanaf 10 pakketten 10 % korting; bestellingen voor "
     "de feestdagen ten laatste op 15 december.",
     "winkel", ["geschenk", "cadeau", "geschenkdoos", "etiket", "relatiegeschenk"],
     ["iets om cadeau te geven", "een fles met een eigen etiket", "pakketten voor klanten"]),
    (Q_BETALEN,
     "In de winkel: Bancontact, Payconiq, Visa, Mastercard en cash. Online: Bancontact, Payconiq of kredietkaart. "
     "Rondleidingen worden vooraf betaald bij de reservatie. Bedrijven kunnen op factuur betalen binnen 30 dagen.",
     "betalen", ["betalen", "Bancontact", "Payconiq", "cash", "kredietkaart"],
     ["kan ik met mijn kaart betalen", "aanvaarden jullie Payconiq", "moet ik vooraf betalen"]),
    (Q_FACTUUR,
     "Ja. Geef bij de bestelling de naam van het bedrijf, het adres en het btw-nummer door; de factuur komt binnen "
     "2 werkdagen per e-mail. Onze prijzen zijn inclusief 21 % btw. Een factuur achteraf kan tot 1 maand na de "
     "aankoop.",
     "betalen", ["factuur", "btw", "bedrijf", "btw-nummer", "onderneming"],
     ["ik heb een factuur nodig", "op naam van de firma", "met btw-nummer"]),
    (Q_BOB,
     "Ja, de BOB-formule: dezelfde rondleiding voor € 9, met een proeverij van 3 alcoholvrije siropen van het huis. "
     "Vraag ze bij de reservatie aan. Wie rijdt, raden we aan niet te proeven; er is koffie en water voor iedereen.",
     "rondleidingen", ["alcoholvrij", "bob", "chauffeur", "zonder alcohol"],
     ["ik moet nog rijden", "iets voor wie niet drinkt", "is er een bob-formule"]),
    (Q_SCHADE,
     "Stuur binnen 48 uur na levering foto's van de doos en de flessen naar winkel@stokerijterdemer.be of via "
     "WhatsApp 0471 38 52 06. We sturen binnen 3 werkdagen gratis nieuwe flessen of betalen het bedrag terug; de "
     "kapotte flessen moet u niet terugsturen.",
     "winkel", ["beschadigd", "kapot", "breuk", "klacht", "fout"],
     ["fles was gebroken", "ik kreeg de verkeerde fles", "klacht over mijn levering"]),
    (Q_ANNULEREN,
     "Tot 72 uur voor de rondleiding kunt u gratis annuleren of verplaatsen: u krijgt het bedrag binnen 5 werkdagen "
     "terug op dezelfde manier als u betaalde. Later krijgt u een waardebon die 1 jaar geldig is. Groepen: bij "
     "annulering minder dan 7 dagen vooraf rekenen we 50 % aan.",
     "reservatie", ["annuleren", "afzeggen", "verplaatsen", "terugbetaling", "waardebon"],
     ["ik kan niet komen", "mijn geld terug", "een andere datum kiezen"]),
    (Q_WINKEL,
     "Maastrichtersteenweg 214, 3500 Hasselt, 10 minuten wandelen van het station. De winkel is open van woensdag tot "
     "zaterdag van 10 tot 18 uur en op zondag van 10 tot 13 uur; maandag en dinsdag gesloten. Gratis parking voor "
     "12 wagens.",
     "contact", ["adres", "openingsuren", "winkel", "parking", "open"],
     ["waar vind ik jullie", "wanneer zijn jullie open", "is er parking"]),
    (Q_RESERVEREN,
     "Via www.stokerijterdemer.be of telefonisch op 011 57 40 93 (tijdens de openingsuren). U betaalt vooraf en "
     "krijgt meteen een bevestiging per e-mail. In de winkel reserveren kan ook. Voor de zaterdagen in december "
     "raden we aan 2 weken vooraf te boeken.",
     "reservatie", ["reserveren", "boeken", "inschrijven", "reservatie"],
     ["hoe boek ik een bezoek", "kan ik telefonisch reserveren", "plaatsen vastleggen"]),
    (Q_LEEFTIJD,
     "Jenever proeven of kopen mag vanaf 18 jaar (sterkedrank); bij twijfel vragen we de identiteitskaart. Jongeren "
     "onder 18 mogen mee op rondleiding en krijgen fruitsap in plaats van jenever, aan kindertarief tot 15 jaar en "
     "aan volwassen tarief vanaf 16 jaar.",
     "rondleidingen", ["leeftijd", "minderjarig", "identiteitskaart", "jongeren"],
     ["mag mijn zoon van 17 proeven", "vanaf hoeveel jaar", "moet ik mijn id tonen"]),
    (Q_ZAAL,
     "Ja, de stokerszaal voor maximaal 60 personen: € 450 per avond (van 18 tot 24 uur), van donderdag tot zaterdag. "
     "Een jeneverbar naar believen kost € 15 per persoon; catering via onze partner vanaf € 28 per persoon. Een "
     "voorschot van € 150 bevestigt de datum.",
     "zaal", ["zaal", "afhuren", "feest", "verjaardag", "privé"],
     ["kunnen we bij jullie feesten", "zaal huren voor een verjaardag", "privéfeest in de stokerij"]),
]

PLAN = [
    [
        ("Dag! Wij zijn met 18 man van de turnkring en willen ne keer komen zien hoe jenever gestookt wordt. Wa kost da "
         "ongeveer en kan da op een vrijdagavond?",
         "Small talk greeting + " + both(Q_PRIJS, Q_GROEP) + " — 75 minutes, € 14 a head (groups from 15: € 12, so "
         "€ 216 for 18), 3 jenevers to taste; groups of 15-40 pick their own date and time, weekday evenings until "
         "22:00, book at least 2 weeks ahead. (`ne keer` = once, `wa` / `da` = wat / dat.)",
         "Only one half without pointing to the other; the fixed tour times (Wednesday, Saturday, Sunday) as a no; "
         "the hall-hire entry."),
        ("en de 2 gastjes van de trainster, die zijn 9 en 12?",
         faq(Q_PRIJS) + " — children 6-15 pay € 5 and get fruit juice.",
         "The age entry alone as a refusal; € 14 for them; the group price."),
        ("Een van ons moet nadien nog met de camionette naar huis, mag die dan niks proeven? Hebt ge voor hem iets anders?",
         faq(Q_BOB) + " — the BOB formula: the same tour for € 9 with 3 alcohol-free syrups, asked for when booking; "
         "the driver is advised not to taste; coffee and water for all. (`camionette` = van.)",
         "The age entry; the shipping entry (`naar huis`); telling him he may taste a little."),
        ("Awel, schoon zo! Merci hé, ik laat het de mannen weten. Salu!",
         "Small talk: acknowledgement + thanks + goodbye (`awel` = well, `schoon` = nice, `salu` = bye) — a short "
         "friendly close.",
         "An FAQ answer (`weten` read as a question); choices; a handover; asking what `salu` means."),
    ],
    [
        ("goeiemiddag, ik had een vraagske",
         "Too vague to answer — choices (tours, shop, shipping...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("Mijn schoonvader woont in Maaseik en is zot van jullie oude graan, maar hij rijdt geen auto meer en ik zit "
         "zelf in Gent. Geraakt er van jullie nen fles tot bij hem zonder da iemand moet komen?",
         TYPE + faq(Q_VERZENDEN) + " — yes, Belgium € 7.95, free from € 75, 2-3 working days by bpost; the courier "
         "checks the receiver is 18 or older. (`zot van` = crazy about, `oude graan` = oude graanjenever, `geraakt "
         "er ... tot bij hem` = can one get to him.)",
         "Tapping a choice; the shop address and hours; the gift-box entry alone; the age entry as a refusal."),
        ("en hebt ge ook iets zoets? mijn schoonmoeder drinkt alleen maar zoete dingen, geen straffe",
         faq(Q_ASSORTIMENT) + " — fruit jenevers at 20 %: speculoos, Haspengouw pear, blackcurrant; 50 cl bottles "
         "€ 18-39, 20 cl from € 9. (`straffe` = strong.)",
         "The gift-box entry alone; the BOB (alcohol-free) entry; the shipping price again."),
        ("Zeg, zit ik hier nu met ne mens te chatten of met ne computer? Ge klinkt nogal stijfjes",
         "Small talk: are you a bot (`ne mens` = a person, `ge klinkt` = you sound) — honest: an automated "
         "assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; choices; taking offence."),
    ],
    [
        ("dag, ik heb een vraag over mijne zoon",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; one entry answered as if sure (the age or children's price entry in full)."),
        ("nee nee, da bedoel ik nie",
         TYPE + "Typed rejection (`da bedoel ik nie` = that's not what I mean) — asks what it is about / invites a "
         "rephrasing; no handover yet, no repeat of the same choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("hij wordt in maart 18, kan hij bij het bezoek met zijn peter gewoon meedoen met de glaasjes of krijgt hij "
         "cola?",
         faq(Q_LEEFTIJD) + " — jenever only from 18 (ID asked if in doubt): at 17 he joins the tour with fruit juice, "
         "at the adult price (from 16). (`peter` = godfather.)",
         "The children's price (€ 5) as if he were under 16; the BOB entry alone; letting him taste."),
        ("Ah en nog iets: ik heb een hele emmer kriekskes van onze eigen boom, kunnen jullie daar voor ons jenever "
         "van stoken?",
         "Not covered (near the trade: distilling the customer's own fruit, not offered) — says so honestly, may offer "
         "a person; no price.",
         "Inventing a price; the range entry (fruit jenevers) as if it answered; the gift box with an own label."),
    ],
    [
        ("Het is voor de eindejaarsgeschenken van ons kantoor. Kan ik da met Payconiq betalen of moet da op factuur? "
         "Onze boekhouder wil alles op naam van de bv met het btw-nummer erbij.",
         both(Q_BETALEN, Q_FACTUUR) + " — Bancontact, Payconiq, Visa, Mastercard, cash; companies may pay on invoice "
         "within 30 days; the invoice on the company's name with its VAT number by e-mail within 2 working days, "
         "prices include 21 % VAT.",
         "Only one half without pointing to the other; 'VAT comes on top'; the gift-box entry only."),
        ("Nee, da was eigenlijk mijn vraag nie. We willen 25 doosjes met ons logo erop voor de klanten, gaat da?",
         "Acknowledges the push-back + " + faq(Q_GESCHENK) + " — a gift box (2 × 20 cl and 2 glasses) € 29.50, an own "
         "label with logo € 4.50 a bottle, 5 working days, 10 % off from 10 boxes, order by 15 December.",
         "Repeating the payment or invoice answer; the range entry; the shipping entry."),
        ("Allee, weer iets anders. Da's hier echt zever. Geef mij ne keer iemand van de stokerij, ik word hier zot van",
         "Push-back (second time in a row) + request for a person, annoyed (`zever` = nonsense, `zot` = mad) — a short "
         "apology and a handover.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("Hallo?? Is daar nog iemand of zijn jullie mij vergeten",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no "
         "invented wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [
        ("DIT IS ECHT NIE NORMAAL. Vorige week 3 flessen gekocht op de site voor de 60ste van mijne pa, vandaag komt de doos toe "
         "en alles stinkt naar jenever, 2 flessen in scherven en het karton kletsnat. En niemand neemt op!!",
         faq(Q_SCHADE) + " — calm, apologises: photos of the box and bottles within 48 hours of delivery (today: in "
         "time) by e-mail or WhatsApp 0471 38 52 06; new bottles free within 3 working days or the money back; the "
         "broken bottles need not be sent back. Passing it on to a person is fine as well.",
         "Cold rule ignoring the anger; the shipping-price entry; the cancel entry; blaming the courier only."),
        ("Weet ge toevallig waar ik in Hasselt nog een goei frituur vind die open is na tien uur 's avonds?",
         "Not covered (unrelated: a late chip shop in Hasselt) — says it cannot help, no FAQ answer.",
         "Inventing a chip shop; the shop's own address and hours; the hall entry."),
        ("Laat de baas mij morgen na 7 uur 's avonds bellen op 0478 21 93 56, overdag sta ik in de winkel in Genk en "
         "kan ik nie opnemen",
         "Hands over / passes on a callback request to 0478 21 93 56 tomorrow (Thursday 3 December) after 19:00; no "
         "FAQ answer. The shop closes at 18:00, so the reply must not promise that time.",
         "Ignoring the number or the time; only the shop's phone number; the opening hours as the answer; promising a "
         "call after 7 pm."),
        ("ok. en hoelang duurt da dan ongeveer?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 3-working-day replacement or the tour length (75 minutes) as the answer; promising a time."),
    ],
    [
        ("Goeiedag, we hadden een rondleiding geboekt voor zaterdag met 4, maar mijn vrouw is gevallen en ligt in "
         "het ziekenhuis met haar heup. Dus voor ons gaat da eigenlijk nie meer door.",
         faq(Q_ANNULEREN) + " — up to 72 hours before the tour free cancelling or moving, the money back within 5 "
         "working days the way it was paid (Saturday 14:00 is about 72 hours from now: say the rule, do not decide "
         "by the hour); later a voucher valid 1 year. Get-well wishes are welcome. Must not claim it is cancelled.",
         "Claiming it is cancelled now; the booking entry; 'no refunds'; the group rule (50 %)."),
        ("ja.. allee, goed",
         "Ambiguous yes — asks whether to cancel or move the tour, or explains the next step; must not claim "
         "anything is cancelled or moved.",
         "Saying the booking is now cancelled; a random FAQ entry; a goodbye."),
        ("En die 56 euro die ik al betaald heb met Bancontact, zie ik die terug?",
         faq(Q_ANNULEREN) + " — yes if more than 72 hours before: back within 5 working days by the same way; "
         "otherwise a voucher valid 1 year.",
         "The payment entry (`Bancontact`) as the answer; 'the money is lost'."),
        ("Pff, ik zie het nie meer zitten met al die dinges. Kan ik nie efkes babbelen met iemand van vlees en bloed?",
         "Hands over to a person (`dinges` = stuff, `efkes` = for a moment, `babbelen` = to chat, `van vlees en "
         "bloed` = real) — short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer."),
    ],
    [
        ("Goeiemorgen! Zijt ge vandaag open? Ik zou willen binnenspringen om een toer vast te leggen voor de verjaardag "
         "van mijn lief.",
         "Small talk greeting + " + both(Q_WINKEL, Q_RESERVEREN) + " — Maastrichtersteenweg 214, shop Wednesday-"
         "Saturday 10:00-18:00 (so open today, Wednesday), Sunday 10:00-13:00; booking online, by phone 011 57 40 93 "
         "or in the shop, paid in advance. (`binnenspringen` = to pop in, `mijn lief` = my partner.)",
         "Only one half without pointing to the other; 'closed on Wednesdays'; the hall entry (`verjaardag`)."),
        ("Hij werkt in de week tot vijf uur in Diepenbeek, op welke momenten kunnen we dan eigenlijk mee?",
         faq(Q_UREN) + " — Wednesday and Saturday 14:00, Sunday 11:00 (20 people at most); so Saturday or Sunday. "
         "(Not the group rule: they are two.)",
         "The group entry (own time, from 15 people); the shop hours; the shipping entry."),
        ("En als we nadien met de familie willen blijven vieren, zo'n 30 man, kan da in een zaaltje bij jullie? En "
         "is da dan ook op een zondag?",
         both(Q_ZAAL, Q_UREN) + " — the hall for up to 60: € 450 an evening (18:00-24:00), Thursday to Saturday only, "
         "jenever bar € 15 a head, catering from € 28, € 150 down payment; so not on Sunday: a Saturday tour at 14:00 "
         "then the hall that evening fits.",
         "Only one half without pointing to the other; 'the hall on Sundays'; the group-tour entry."),
    ],
]

if __name__ == "__main__":
    print(write_faq("nl", FAQ))
    print(write_plan("nl", PLAN))
