"""nl: Boomverzorging Oude Luttikhuis (made up), tree care (felling, pruning, stump grinding, tree inspections, hedges)
in Haaksbergen, Twente (Overijssel); the owner writes standard Dutch of the Netherlands, customers write everyday Dutch
of Twente with Twents (Tweants) words and whole Twents phrases (moi, dank oe wel, tot kieks, goed goan, effen, mien, bin
iej, nen echten keerl, terugschrif, wier nich, vroag, mie, ene, doar, wet, kwiet, an de lien, kriegen, nen mens, erf). The bot
serves nl-NL."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_KAPPEN = "Wat kost het kappen van een boom?"
Q_VERGUNNING = "Heb ik een kapvergunning nodig?"
Q_STOBBE = "Kunnen jullie de stobbe verwijderen?"
Q_CONTROLE = "Kunnen jullie controleren of een boom nog veilig is?"
Q_PLANTEN = "Planten jullie ook nieuwe bomen?"
Q_SNOEIEN = "Wat kost het snoeien van een boom?"
Q_HAAG = "Knippen jullie ook heggen?"
Q_BETALEN = "Hoe kan ik betalen?"
Q_HOUT = "Wat gebeurt er met het hout en het snoeiafval?"
Q_SCHADE = "Wat als er bij het werk iets beschadigd raakt?"
Q_AFZEGGEN = "Kan ik een afspraak afzeggen of verzetten?"
Q_BEREIKBAAR = "Wanneer zijn jullie bereikbaar?"
Q_GEBIED = "In welke plaatsen werken jullie?"
Q_BROED = "Kunnen jullie in het broedseizoen kappen?"
Q_WEER = "Werken jullie ook bij slecht weer?"

FAQ = [
    (Q_KAPPEN,
     "Kappen inclusief afvoer van takken en blad: boom tot 10 meter € 275; van 10 tot 20 meter € 450 tot € 750, "
     "afhankelijk van de stamdikte en de ruimte eromheen; boven 20 meter of vlak bij huis en leidingen op offerte. "
     "De offerte is gratis, we komen kijken binnen 5 werkdagen. Prijzen inclusief 21 % btw.",
     "prijzen", ["kappen", "omzagen", "vellen", "prijs", "boom weg"],
     ["wat kost het om een boom om te laten zagen", "prijs boom kappen", "kunnen jullie een boom weghalen"]),
    (Q_VERGUNNING,
     "In Haaksbergen, Enschede en Hengelo is een omgevingsvergunning nodig voor een boom met een stam van meer dan "
     "30 cm doorsnede op 1,30 meter hoogte, en altijd voor monumentale bomen. Wij vragen de vergunning voor u aan voor "
     "€ 95 (de leges van de gemeente betaalt u zelf). De gemeente beslist binnen 8 weken. Vruchtbomen en coniferen "
     "onder de 30 cm mogen zonder vergunning.",
     "regels", ["vergunning", "gemeente", "mag ik", "omgevingsvergunning", "toestemming"],
     ["mag ik mijn boom zomaar kappen", "moet ik toestemming vragen", "regelen jullie de vergunning"]),
    (Q_STOBBE,
     "Ja, met een stobbenfrees: € 85 per stobbe plus € 2 per cm doorsnede, tot 40 cm diep. Het gat vullen we op met de "
     "freessnippers en een laag teelaarde (€ 25). Wortels buiten de stobbe blijven zitten. Bij een kap tegelijk "
     "gefreesd: € 40 korting.",
     "prijzen", ["stobbe", "stronk", "frezen", "wortels", "boomstronk"],
     ["kan de stronk er ook uit", "wat kost stobbe frezen", "blijven de wortels zitten"]),
    (Q_CONTROLE,
     "Ja, met een VTA-boomveiligheidscontrole door een European Tree Technician: € 65 voor de eerste boom, € 20 voor "
     "elke volgende op hetzelfde adres, met een schriftelijk rapport binnen 5 werkdagen. Bij twijfel over rot in de stam "
     "meten we met een resistograph voor € 45 per boom. Bij direct gevaar komen we binnen 24 uur.",
     "advies", ["controle", "veiligheid", "inspectie", "rot", "ziek"],
     ["is mijn boom ziek", "kan de boom omvallen", "boomcontrole aanvragen"]),
    (Q_PLANTEN,
     "Ja. Een nieuwe boom (stamomtrek 12-14 cm, ongeveer 3,5 meter hoog) leveren en planten met boompaal en "
     "gietrand kost vanaf € 180; grotere bomen op offerte. Planten doen we van november tot en met maart. We geven 1 jaar "
     "aanslaggarantie als u de eerste zomer water geeft volgens ons advies. Heeft de gemeente herplant verplicht, dan "
     "regelen we dat mee.",
     "advies", ["planten", "nieuwe boom", "herplant", "aanplant", "leveren"],
     ["kunnen jullie een nieuwe boom zetten", "herplantplicht", "wanneer is de beste tijd om te planten"]),
    (Q_SNOEIEN,
     "Snoeien doen we met een klimmer en een grondman voor € 62 per man per uur, minimaal 2 uur; afvoer van het "
     "snoeihout inbegrepen. Een middelgrote boom uitdunnen of de kroon innemen duurt meestal 3 tot 5 uur. Snoeien kan "
     "het hele jaar, zware snoei bij voorkeur van november tot en met februari.",
     "prijzen", ["snoeien", "kroon", "uitdunnen", "innemen", "onderhoud"],
     ["wat kost snoeien", "kan de kroon kleiner", "boom uitdunnen"]),
    (Q_HAAG,
     "Ja: € 1,75 per strekkende meter voor heggen tot 2 meter hoog (beuk, liguster, taxus, haagbeuk), hoger € 2,90 per "
     "meter; minimaal € 120 per keer. Afvoer van het knipsel inbegrepen. Twee keer per jaar knippen (juni en september) "
     "kan in een vast contract met 10 % korting.",
     "prijzen", ["heg", "haag", "knippen", "snoeien haag", "contract"],
     ["wat kost heg knippen", "doen jullie ook de haag", "vast contract voor de heg"]),
    (Q_BETALEN,
     "Particulieren betalen na afloop op factuur binnen 14 dagen, met een betaalverzoek via iDEAL of contant/pin bij "
     "oplevering. Bij werk boven € 2.500 of met een kraan of hoogwerker vragen we vooraf een aanbetaling van € 300. "
     "Bedrijven en VvE's betalen binnen 30 dagen.",
     "betalen", ["betalen", "factuur", "pin", "aanbetaling", "iDEAL"],
     ["moet ik vooraf betalen", "kan ik pinnen", "betalen op rekening"]),
    (Q_HOUT,
     "Takken en blad versnipperen we en voeren we af, inbegrepen in de prijs. De houtsnippers mag u gratis houden voor in "
     "de tuin. Stamhout zagen we op verzoek in stukken van 30 tot 50 cm en laten we gratis op uw erf liggen; kloven in "
     "haardhout kost € 45 per kuub. Wilt u niets houden, dan voeren we alles af zonder meerprijs.",
     "werk", ["hout", "snippers", "afvoer", "brandhout", "stamhout"],
     ["mag ik het hout houden", "nemen jullie alles mee", "krijg ik de houtsnippers"]),
    (Q_SCHADE,
     "We zijn verzekerd (bedrijfsaansprakelijkheid tot € 2,5 miljoen). Meld schade binnen 48 uur met foto's via WhatsApp "
     "06 51 83 27 40. Binnen 2 werkdagen komt iemand kijken; we herstellen zelf of vergoeden de schade binnen 4 weken. "
     "Zaagsel of takken die zijn blijven liggen halen we binnen 2 werkdagen kosteloos op.",
     "klachten", ["schade", "verzekering", "kapot", "vergoeding", "klacht"],
     ["jullie hebben iets kapot gemaakt", "wie betaalt de schade", "ik heb een klacht"]),
    (Q_AFZEGGEN,
     "Afzeggen of verzetten is gratis tot 48 uur voor de afspraak. Later rekenen we € 75 voorrijkosten; is er al een "
     "kraan of hoogwerker gehuurd, dan € 250. Een aanbetaling komt binnen 10 werkdagen terug op uw rekening, min die "
     "kosten. Verzetten kan naar een datum binnen 3 maanden.",
     "betalen", ["afzeggen", "annuleren", "verzetten", "aanbetaling terug", "afspraak"],
     ["ik wil de afspraak annuleren", "kan het een week later", "krijg ik mijn aanbetaling terug"]),
    (Q_BEREIKBAAR,
     "Kantoor en werkplaats: Oude Buurserweg 41, Haaksbergen. Telefonisch bereikbaar maandag tot en met vrijdag van 7:30 "
     "tot 17:00 op 053 572 18 64, WhatsApp 06 51 83 27 40. Zaterdag en zondag gesloten; bij stormschade is er dag en "
     "nacht een storingsdienst via hetzelfde nummer (€ 145 voorrijkosten plus € 85 per man per uur).",
     "contact", ["bereikbaar", "openingstijden", "telefoon", "zaterdag", "adres"],
     ["hoe laat kan ik bellen", "zijn jullie op zaterdag open", "waar zitten jullie"]),
    (Q_GEBIED,
     "Heel Twente: Haaksbergen, Enschede, Hengelo, Borne, Delden, Goor, Oldenzaal, Losser, Neede en Eibergen zonder "
     "voorrijkosten. Verder dan 30 km van Haaksbergen (bijvoorbeeld Denekamp, Ootmarsum, Almelo-Noord, Rijssen) € 1 per "
     "km extra, enkele reis. Buiten Overijssel en de Achterhoek werken we niet.",
     "contact", ["werkgebied", "regio", "plaatsen", "Twente", "voorrijkosten"],
     ["komen jullie ook in Almelo", "werken jullie in de Achterhoek", "rekenen jullie voorrijkosten"]),
    (Q_BROED,
     "Van 15 maart tot 15 juli kappen we alleen als er zeker geen broedende vogels in de boom zitten; we controleren dat "
     "gratis vooraf. Zit er een bewoond nest of een vleermuisverblijf in, dan wachten we tot na het broedseizoen of tot "
     "de jongen uitgevlogen zijn. Bomen met holtes kappen we het liefst tussen 15 augustus en 15 maart. Lichte snoei kan "
     "het hele jaar.",
     "regels", ["broedseizoen", "nest", "vogels", "vleermuis", "voorjaar"],
     ["mag je in de lente kappen", "er zit een nest in de boom", "vleermuizen in de boom"]),
    (Q_WEER,
     "Bij windkracht 6 of meer, onweer, ijzel of zware sneeuw klimmen we niet en zetten we geen hoogwerker in. Dat "
     "beslissen we 's ochtends om 7:00 en we laten het u dan weten; het werk schuift kosteloos naar een nieuwe datum "
     "binnen 10 werkdagen. Bij gewone regen werken we door.",
     "werk", ["weer", "wind", "storm", "regen", "onweer"],
     ["gaan jullie door als het regent", "wat als het hard waait", "werken jullie bij vorst"]),
]

PLAN = [
    [  # 1
        ("Moi! Bij ons achter het huis in Hengelo staat een enorme eik die veel te dicht op de garage komt. Wat kost "
         "het ongeveer om zo'n boom weg te halen? En mag dat eigenlijk zomaar, of moet je eerst naar de gemeente?",
         "Small talk greeting + " + both(Q_KAPPEN, Q_VERGUNNING) + " — up to 10 m € 275, 10-20 m € 450-750, above 20 m "
         "or close to the house on quote (free, visit within 5 working days); in Hengelo a permit is needed for a trunk "
         "over 30 cm at 1,30 m, they apply for it for € 95 (fees extra), the council decides within 8 weeks. (`Moi` = "
         "hi, Twente and the north-east.)",
         "Only one half without pointing to the other; 'no permit needed'; an invented price."),
        ("hij is echt dik, ik kan er met mijn armen niet omheen. een meter of 18 denk ik",
         faq(Q_KAPPEN) + " — 10-20 m: € 450-750 depending on the trunk and the space, next to the garage possibly on "
         "quote (a trunk that thick also needs the permit — a plus).",
         "The inspection entry; the stump entry; € 275 (the under-10-m price); the permit entry alone."),
        ("En die stronk, blijft die dan gewoon staan? Kan die ook weg, of houd ik dan een gat in het gazon?",
         faq(Q_STOBBE) + " — stump grinding € 85 plus € 2 per cm diameter, 40 cm deep; the hole filled with the chips "
         "and topsoil (€ 25); € 40 off when ground together with the felling.",
         "The wood/chips entry alone; the planting entry (`gazon`); 'the stump always stays'."),
        ("Da's mooi, dank oe wel! Ik overleg effen met mien vrouw. Goed goan en tot kieks!",
         "Small talk: acknowledgement + thanks + goodbye (Twents: `dank oe wel` = thank you, `effen` = just, `mien` = "
         "my, `goed goan` = take care, `tot kieks` = see you) — short friendly close.",
         "An FAQ answer; choices; a handover; asking what the customer means."),
    ],
    [  # 2
        ("goedemiddag, ik zit ergens mee",
         "Too vague to answer — choices (felling, pruning, inspection...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("Onderaan de beuk naast ons huis groeien sinds de zomer van die grote bruine zwammen, net platte borden. Bij "
         "de harde wind van vorige week kraakte hij ook flink en er viel een tak op de oprit. Onze kinderen spelen er "
         "altijd onder. Moet ik me zorgen maken?",
         TYPE + faq(Q_CONTROLE) + " — a VTA tree-safety check by a European Tree Technician, € 65 for the first tree, "
         "written report within 5 working days, resistograph € 45 if trunk rot is suspected; within 24 hours when there "
         "is direct danger.",
         "Tapping a choice; the felling price as if it were decided; the weather entry (`wind`); the damage entry; "
         "'nothing to worry about'."),
        ("En als hij eruit moet, zetten jullie er dan ook een jonge voor terug? De gemeente wil dat vast",
         faq(Q_PLANTEN) + " — supplied and planted with stake from € 180 (12-14 cm girth, about 3,5 m), November to "
         "March, 1 year establishment guarantee; a replanting duty from the council is arranged with it.",
         "The permit entry alone; the felling price again; 'we don't plant'."),
        ("Zeg eens eerlijk, bin iej nen echten keerl of is dit zo'n computer die terugschrif? Haha",
         "Small talk: are you a bot (Twents: `bin iej` = are you, `nen echten keerl` = a real bloke, `terugschrif` = "
         "writes back) — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover; choices."),
    ],
    [  # 3
        ("hallo, ik heb een vraag over de tuin van mijn moeder",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; one entry answered as if sure; the hedge entry as if sure (`tuin`)."),
        ("nee, dat zoek ik allemaal niet",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("die grote eik bij haar op het erf hangt met zijn takken helemaal over het dak van de schuur. in de herfst zit "
         "de goot propvol blad en als het waait schuren ze over de pannen. het hoeft niet weg hoor, maar kan het wat "
         "minder?",
         faq(Q_SNOEIEN) + " — a climber and a ground man, € 62 per man per hour, at least 2 hours, removal included; "
         "thinning or reducing a crown takes 3-5 hours; heavy pruning best November-February. (`erf` = farmyard.)",
         "The felling entry (`het hoeft niet weg`); the weather entry (`waait`); the wood/removal entry; the damage "
         "entry."),
        ("En maaien jullie ook gras? Ze heeft een gazon van 800 m2 en kan het zelf niet meer",
         "Not covered (near the trade: lawn mowing, not offered) — says so honestly, may offer a person; no price.",
         "The hedge entry's price as if it were mowing; inventing a mowing price; the pruning entry."),
    ],
    [  # 4
        ("Wij hebben een beukenhaag van zo'n 60 meter om de tuin, knippen jullie die ook? En moet ik dat dan meteen "
         "betalen of krijg ik een rekening?",
         both(Q_HAAG, Q_BETALEN) + " — € 1,75 per metre up to 2 m high (minimum € 120), knip removed, twice a year "
         "on a contract 10 % off; private customers pay afterwards on an invoice within 14 days (iDEAL request, or "
         "cash/card on completion).",
         "Only one half without pointing to the other; 'pay in advance' for a hedge; the pruning hourly rate."),
        ("nee nee, daar vroeg ik niet naar. Mijn man stookt 's winters de kachel. Als die populieren omgaan, mag hij "
         "die stammen dan in stukken hier houden? Of nemen jullie alles mee?",
         "Acknowledges the push-back + " + faq(Q_HOUT) + " — trunks are cut into 30-50 cm pieces on request and left "
         "free on the property; splitting into firewood € 45 per cubic metre; the branches are chipped and removed "
         "(chips may be kept); everything removed at no extra cost otherwise.",
         "Repeating the hedge/payment answer; the felling price list; the permit entry (`populieren omgaan`)."),
        ("Now wordt 't mooi, wier nich wat ik vroag! Hier heb ik niks an. Geef mie now gewoon ene van 't bedrijf, "
         "en gauw wat",
         "Push-back (second time in a row) + request for a person (annoyed; Twents: `wier nich wat ik vroag` = again "
         "not what I asked, `mie` = me, `ene van 't bedrijf` = someone from the company) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("Is doar nog wel ene?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time. (Twents: `doar` = there, `ene` = someone.)",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("Dit slaat echt nergens op!! Dinsdag hebben jullie mannen de populieren bij ons weggehaald en nu ligt mijn "
         "schutting half plat, zit er een deuk in het dak van de caravan en drijft de vijver vol zaagsel. Ik heb al "
         "drie keer gebeld, niemand belt terug. Zo ga je toch niet met mensen om?",
         faq(Q_SCHADE) + " — calm, apologises: insured; report with photos within 48 hours by WhatsApp 06 51 83 27 40; "
         "someone comes within 2 working days; they repair or pay within 4 weeks; sawdust or branches left behind "
         "picked up free within 2 working days.",
         "Cold rule ignoring the anger; the felling price; the wood/removal entry alone; asking the customer to pay."),
        ("Weet jij toevallig of FC Twente zaterdag thuis speelt?",
         "Not covered (unrelated: a football fixture) — says it cannot help with that, no FAQ answer.",
         "Inventing a fixture; the Saturday opening hours; the area entry."),
        ("Laat Gerrit me vanavond na half acht maar even bellen op 06 47 29 81 53, overdag zit ik op de zaak",
         "Hands over / passes on a callback request to 06 47 29 81 53 this evening after 19:30; no FAQ answer. The "
         "office is reachable until 17:00, so the reply must not promise the time. (Gerrit is taken to be the "
         "owner.)",
         "Ignoring the number or the time; only giving the office number; the opening hours as the answer; promising "
         "the call tonight."),
        ("hoe lang duurt zoiets meestal",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 2-working-day damage visit or the 5-day quote visit as the answer; promising an exact time."),
    ],
    [  # 6
        ("Goedemorgen, jullie zouden op 14 december bij ons in Delden de twee sparren komen omzagen. Maar ons huis is "
         "verkocht en de nieuwe eigenaars willen die bomen juist graag houden, dus voor ons hoeft het niet meer",
         faq(Q_AFZEGGEN) + " — free up to 48 hours before the appointment (sent on 2 December, far ahead); later € 75, "
         "€ 250 if a crane or aerial platform is already hired; a down payment comes back within 10 working days. Must "
         "not claim the job is cancelled.",
         "Claiming it is cancelled now; the felling or permit entry; 'a fee applies' without the 48-hour rule."),
        ("o, ok, prima",
         "Ambiguous yes — asks whether to cancel the job, or explains the next step; must not claim anything is "
         "cancelled.",
         "Saying the job is now cancelled; a random FAQ entry; a goodbye."),
        ("En die 300 euro die ik vooruit heb overgemaakt voor de hoogwerker? Zie ik die nog terug?",
         faq(Q_AFZEGGEN) + " — the down payment comes back within 10 working days minus any costs; more than 48 hours "
         "ahead there are none, so the full € 300.",
         "The payment entry ('a € 300 down payment is asked') as the answer; 'never refunded'; the damage entry."),
        ("Oh jong, ik wet 't nich meer, ik bin de draad kwiet. Kan ik nich effen ene van oe an de lien kriegen? Nen "
         "mens, graag",
         "Hands over to a person (Twents: `ik wet 't nich meer` = I don't know any more, `de draad kwiet` = lost the "
         "thread, `ene van oe an de lien kriegen` = get one of you on the line, `nen mens` = a human) — short, no FAQ "
         "answer.",
         "Asking to rephrase; another FAQ answer; refusing because of the dialect."),
    ],
    [  # 7
        ("Goeiemorgen! Kan ik jullie zaterdag bellen? En komen jullie ook helemaal naar Denekamp, dat is voor jullie "
         "een eind weg",
         "Small talk greeting + " + both(Q_BEREIKBAAR, Q_GEBIED) + " — closed at weekends (Mon-Fri 7:30-17:00, 053 572 "
         "18 64), only the storm-damage service around the clock; Denekamp is more than 30 km away: € 1 per km extra, "
         "one way.",
         "Only one half without pointing to the other; 'open on Saturday'; 'we don't go to Denekamp'."),
        ("In de oude berk bij ons zit een gat waar ieder jaar rond Pasen jonge spechten in piepen, de kinderen vinden het "
         "prachtig. Maar die berk moet er eigenlijk uit, hij is half dood. Kan dat in april of maart nog?",
         faq(Q_BROED) + " — from 15 March to 15 July only if surely no birds are breeding (checked free beforehand); an "
         "occupied nest means waiting until the young have flown; trees with hollows preferably felled between 15 "
         "August and 15 March (so early March, or now in winter, is the moment).",
         "The planting entry (`Pasen`, `april`); the inspection entry (`half dood`); the felling price only; 'no problem "
         "any time'."),
        ("Is er iets waarop jullie niet komen, bijvoorbeeld als het hard stormt? En als er toch al jongen in zitten, "
         "hoe lang moeten we dan wachten?",
         both(Q_WEER, Q_BROED) + " — no climbing at wind force 6+, thunder, black ice or heavy snow, decided at 7:00, "
         "moved free to a new date within 10 working days (ordinary rain: they work); with young in the nest they wait "
         "until they have flown or until after 15 July.",
         "Only one half without pointing to the other; the storm-damage service (`stormt`) as the answer; the "
         "cancellation fees."),
    ],
]

if __name__ == "__main__":
    print(write_faq("nl", FAQ))
    print(write_plan("nl", PLAN))
