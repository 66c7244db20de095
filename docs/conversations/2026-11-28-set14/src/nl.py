"""Dutch (Flemish, Antwerp): Verhuizingen Van Dyck, a small moving company in Borgerhout."""
from common_es_nl_pt import (faq_entry, Refs, write_all, IF_CHOICES, IF_CHOICES_OR_ANSWER,
                             AFTER_HANDOVER)

WA = "0478 12 34 56"

FAQ = [
    faq_entry("Hoe vraag ik een offerte aan?",
              f"Stuur ons via WhatsApp ({WA}) of via het formulier op onze site: beide adressen, de verdieping en of "
              "er een lift is, en een lijstje of foto's van de grote meubels. U krijgt binnen 2 werkdagen een gratis "
              "offerte. Een plaatsbezoek is gratis in de regio Antwerpen.",
              "offerte", ["offerte", "prijsofferte", "schatting", "plaatsbezoek", "bestek"],
              ["kan ik een prijs op voorhand krijgen", "komen jullie eerst kijken", "offerte aanvragen"]),
    faq_entry("Wat kost een verhuis?",
              "We werken met een uurtarief: 2 verhuizers + bestelwagen (20 m³) €95 per uur, 3 verhuizers + "
              "vrachtwagen (40 m³) €135 per uur, minimum 3 uur. Binnen 25 km van Antwerpen rekenen we €40 "
              "verplaatsingskosten. Een appartement met 2 slaapkamers kost meestal tussen €600 en €850.",
              "prijzen", ["prijs", "kost", "uurtarief", "tarief", "verhuizers"],
              ["hoeveel kost verhuizen", "wat is jullie uurprijs", "prijs voor een appartement"]),
    faq_entry("Hoe lang duurt een verhuis?",
              "Studio of appartement met 1 slaapkamer: 4 à 5 uur met 2 man. Appartement met 2 slaapkamers: 6 à 7 uur "
              "met 2 man, of 5 uur met 3 man. Huis met 3 slaapkamers: een volle dag met 3 man. Met een verhuislift "
              "gaat het sneller.",
              "prijzen", ["duur", "hoe lang", "hoeveel tijd", "aantal uren"],
              ["hoe lang zijn jullie bezig", "hoeveel uren duurt het", "op één dag gedaan"]),
    faq_entry("Hebben jullie een verhuislift?",
              "Ja. Verhuislift met bediener: €190 voor een halve dag (4 uur) en €290 voor een hele dag. Hij haalt tot "
              "de 8e verdieping (25 meter). Voor de lift is altijd een parkeerverbod nodig.",
              "materiaal", ["verhuislift", "ladderlift", "lift", "hoog", "verdieping"],
              ["kunnen de meubels door het raam", "werken jullie met een lift", "ladderlift huren"]),
    faq_entry("Moet ik een parkeerverbod aanvragen?",
              "Ja, voor de camion en zeker voor de verhuislift is een parkeerverbod met borden nodig. Wij vragen het "
              "voor u aan bij de stad of gemeente voor €65 (borden inbegrepen). Dat moet minstens 10 werkdagen vóór "
              "de verhuisdag gebeuren; later kan de stad het weigeren.",
              "praktisch", ["parkeerverbod", "signalisatie", "borden", "parkeerplaats", "vergunning"],
              ["moeten er borden gezet worden", "regelen jullie de signalisatie", "waar parkeert de verhuiswagen"]),
    faq_entry("Verkopen jullie verhuisdozen?",
              "Ja: een pakket van 20 stevige dozen + 2 rollen tape voor €45, een losse doos €2,50, kleerdozen (met "
              "stang) te huur voor €9 per stuk. Bij een verhuis van minstens 4 uur leveren we de dozen gratis een "
              "week op voorhand aan huis.",
              "materiaal", ["dozen", "verhuisdozen", "karton", "tape", "kleerdozen"],
              ["waar vind ik dozen", "hoeveel kost een doos", "leveren jullie dozen"]),
    faq_entry("Kunnen jullie ook inpakken?",
              "Ja. Onze inpakservice kost €40 per uur per persoon; het materiaal (dozen, papier, bubbelfolie) rekenen "
              "we apart. Een gemiddelde keuken inpakken duurt ongeveer 3 uur met 1 persoon. Uitpakken in de nieuwe "
              "woning kan aan hetzelfde tarief.",
              "diensten", ["inpakken", "inpakservice", "uitpakken", "bubbelfolie"],
              ["pakken jullie de kasten in", "doen jullie ook het inpakwerk", "wie pakt de keuken in"]),
    faq_entry("Demonteren en monteren jullie meubels?",
              "Ja, het demonteren en terug monteren van kasten, bedden en tafels zit in het uurtarief. We sluiten geen "
              "wasmachine, lampen of elektrische toestellen aan en hangen niets aan de muur.",
              "diensten", ["demonteren", "monteren", "uit elkaar", "bed", "kast opbouwen"],
              ["halen jullie de kast uit elkaar", "moet ik het bed zelf afbreken",
               "zetten jullie de meubels terug in elkaar"]),
    faq_entry("Zijn mijn spullen verzekerd?",
              "Ja, elke verhuis is verzekerd tot €25.000. Meld schade binnen 48 uur na de verhuis met foto's via "
              f"WhatsApp ({WA}) of mail; we komen binnen 5 werkdagen kijken en herstellen of vergoeden. Dozen die u "
              "zelf hebt ingepakt: de inhoud is alleen verzekerd als de doos zelf zichtbaar beschadigd is.",
              "schade", ["verzekering", "verzekerd", "schade", "beschadigd", "aansprakelijk"],
              ["wat als er iets breekt", "wie betaalt bij schade", "is de inboedel verzekerd"]),
    faq_entry("Hoe kan ik betalen?",
              "Bij de boeking betaalt u een voorschot van 25% via overschrijving. De rest betaalt u op de verhuisdag "
              "met Payconiq of Bancontact, of via overschrijving binnen 8 dagen. Cash kan tot €3.000.",
              "betalen", ["betalen", "betaling", "voorschot", "payconiq", "bancontact", "overschrijving"],
              ["kan ik met de kaart betalen", "moet ik een voorschot geven", "wanneer moet ik betalen"]),
    faq_entry("Kan ik mijn verhuis annuleren of verplaatsen?",
              "Annuleren is gratis tot 14 dagen voor de verhuisdag; u krijgt uw voorschot binnen 7 dagen terug. "
              "Tussen 14 en 3 dagen op voorhand houden we het voorschot. Minder dan 3 dagen op voorhand of op de dag "
              "zelf rekenen we 50% van de geschatte prijs. Verplaatsen naar een andere datum is gratis tot 7 dagen op "
              "voorhand, als we op die datum nog plaats hebben.",
              "boeking", ["annuleren", "afzeggen", "verplaatsen", "andere datum", "voorschot terug"],
              ["ik wil mijn verhuis afzeggen", "kan de datum veranderen", "krijg ik mijn voorschot terug"]),
    faq_entry("Werken jullie ook op zaterdag of 's avonds?",
              "We verhuizen van maandag tot zaterdag tussen 7 en 19 uur. Op zaterdag rekenen we 15% toeslag. Op "
              "zondagen en feestdagen verhuizen we niet. Kantoor (telefoon en WhatsApp): maandag tot vrijdag 8-18 uur.",
              "boeking", ["zaterdag", "weekend", "'s avonds", "werkuren", "toeslag"],
              ["verhuizen jullie in het weekend", "tot hoe laat werken jullie", "is zaterdag duurder"]),
    faq_entry("In welke regio verhuizen jullie?",
              "We werken in de provincies Antwerpen en Oost-Vlaanderen en in Brussel, zonder extra kosten buiten de "
              "€40 verplaatsing. Verder in België en naar Nederland kan ook, met €1,20 per extra kilometer. Verder in "
              "het buitenland verhuizen we niet.",
              "boeking", ["regio", "buitenland", "Nederland", "afstand", "kilometer"],
              ["komen jullie tot in Gent", "verhuizen jullie naar Nederland", "hoe ver rijden jullie"]),
    faq_entry("Verhuizen jullie ook een piano of een kluis?",
              "Ja. Een rechte piano: vaste prijs €220 (gelijkvloers of met lift), +€40 per verdieping via de trap. "
              "Een kluis tot 300 kg: €180. Vleugelpiano's en kluizen boven 300 kg doen we niet.",
              "diensten", ["piano", "kluis", "zwaar", "zware stukken"],
              ["kunnen jullie een piano verplaatsen", "wat kost het om een kluis te verhuizen", "zware meubels"]),
    faq_entry("Wat moet ik zelf voorbereiden?",
              "Zorg dat alle dozen dicht zijn en per kamer gelabeld, ontdooi de frigo en diepvries 24 uur op voorhand, "
              "neem juwelen, geld en papieren zelf mee, en reserveer in een appartement de gewone lift bij de "
              "syndicus. Wij brengen dekens, spanbanden en gereedschap mee.",
              "praktisch", ["voorbereiden", "checklist", "klaarmaken", "op voorhand", "frigo"],
              ["wat moet ik doen voor de verhuis", "hoe bereid ik me voor", "tips voor de verhuisdag"]),
]
KEYS = ["offerte", "prijs", "duur", "lift", "parkeer", "dozen", "inpakken", "demontage", "verzekering", "betalen",
        "annuleren", "werkuren", "regio", "piano", "voorbereiden"]
R = Refs(FAQ, KEYS)

PLAN = [
    # 1: greeting + question, two follow-ups, thanks + goodbye
    [
        ("hallo, wa kost da ongeveer om van borgerhout naar mortsel te verhuizen? appartement 2 slaapkamers",
         R.faq("prijs", "€95/h with 2 movers, €135/h with 3, minimum 3 h, €40 travel within 25 km; a 2-bedroom "
                        "flat usually €600-850; a short hello back is fine"),
         "Only a greeting; the region entry (place names); asking for a quote without any price"),
        ("en zijde daar in ne voormiddag mee klaar?",
         R.faq("duur", "2-bedroom flat: 6-7 h with 2 men or 5 h with 3 men, so not in one morning "
                       "('zijde' = are you, 'voormiddag' = morning)"),
         "The working-hours entry (times of day); 'too vague'; a plain yes"),
        ("en op 3 hoog zonder lift?",
         R.faq("lift", "they have a moving lift with operator: €190 half day, €290 full day; it needs a parking "
                       "ban ('3 hoog' = 3rd floor)"),
         "The piano entry (extra per floor via the stairs); 'not covered'"),
        ("top, dikke merci! salukes",
         "Small talk: thanks + goodbye ('dikke merci' = thanks a lot, 'salukes' = bye) — short goodbye",
         "Any FAQ answer; choices; a handover"),
    ],
    # 2: vague -> question typed while choices show; vague -> typed rejection -> rephrasing
    [
        ("ik heb ne vraag over mijn meubels",
         "Too vague to answer — choices (dismantling / insurance / piano...) or a clarifying question",
         "Picking one entry as if it were clear; a handover"),
        ("moeten wij de kleerkast zelf uit mekaar doen of doen jullie da?",
         IF_CHOICES + R.faq("demontage", "they dismantle and reassemble wardrobes and beds, included in the "
                                         "hourly rate"),
         "Ignoring the typed text and repeating the choices; the packing service (€40/h)"),
        ("ok en nog iets voor de dag zelf",
         "Too vague to answer — a clarifying question or choices",
         "Repeating the dismantling answer; a handover"),
        ("nee da bedoel ik ni, allee",
         IF_CHOICES_OR_ANSWER + "Typed rejection — acknowledge, ask what they want to know (or offer a person); "
                                "no handover yet",
         "Showing the same choices again; repeating the previous answer; handing over straight away"),
        ("wa moet ik zelf allemaal in orde brengen voor de mannen er zijn?",
         R.faq("voorbereiden", "boxes closed and labelled per room, defrost fridge/freezer 24 h before, keep "
                               "valuables with you, book the building lift with the syndicus"),
         "The packing service; the dismantling answer again"),
    ],
    # 3: answer, push-back twice -> handover, then 'how long'
    [
        ("waar moet de camion staan? voor ons deur is da altijd vol",
         R.faq("parkeer", "a parking ban with signs is needed; they request it for €65 incl. signs, at least 10 "
                          "working days before the move ('camion' = lorry)"),
         "The moving-lift price; the region entry; 'not covered'"),
        ("10 werkdagen?? ik verhuis volgende week hé, daar heb ik niks aan",
         "Push-back (first time) — apologise, ask what they need or offer a person",
         "Repeating the parking-ban answer word for word; promising a permit anyway"),
        ("nee ge snapt het ni, da moet toch op een andere manier kunnen",
         "Push-back (second time in a row) — hand over to a person now",
         "A third time the same answer; more questions instead of a handover"),
        ("hoelang gaat da nog duren eigenlijk",
         AFTER_HANDOVER + "Waiting — reassure that a person will answer; no invented wait time",
         "The FAQ 'how long does a move take' (same verb 'duren'); a fixed number of minutes"),
    ],
    # 4: angry customer, FAQ covers it; follow-up; angry request for a person in dialect
    [
        ("jullie mannen hebben gisteren mijn tafel gekrast en ne poot van de zetel afgebroken!! ik ben razend, wa "
         "gaan jullie daaraan doen??",
         R.faq("verzekering", "apologise; every move is insured up to €25,000; report within 48 h with photos via "
                              "WhatsApp or mail, they come to look within 5 working days and repair or pay"),
         "Ignoring the anger; the dismantling entry; a handover without the insurance facts"),
        ("en de dozen die ik zelf ingepakt had? daar zit nen vaas in die in stukken is",
         R.faq("verzekering", "self-packed boxes: the contents are only insured if the box itself is visibly "
                              "damaged"),
         "The boxes-for-sale entry; the packing service; saying everything is covered"),
        ("geeft mij subiet iemand van de zaak aan de lijn, ik heb gene goesting om met nen computer te klappen",
         "Request for a person (angry, dialect: 'subiet' = right now, 'klappen' = talk) — hand over",
         "Another FAQ answer; asking them to calm down without handing over"),
    ],
    # 5: unrelated, near-trade not offered, bot?, callback, waiting
    [
        ("weette gij welke apotheek van wacht is in deurne?",
         "Not covered by the FAQ (pharmacy on duty) — short honest 'can't help with that here'",
         "The region entry (place name); any FAQ entry"),
        ("kunde mijn meubels ook ergens stockeren voor 2 maand, tot ons nieuw huis klaar is?",
         "Not covered by the FAQ (storage is not offered) — say so, offer a person",
         "The moving-lift or boxes entry; saying yes; inventing a storage price"),
        ("zit ik hier nu me ne robot te chatten ofwa",
         "Small talk: says honestly it is an automated assistant and can pass them to a person",
         "Claiming to be a person; an FAQ answer; an immediate handover"),
        ("laat de baas mij maar ne keer bellen, 0486 73 21 09, na 17u",
         "Request for a person (callback, number 0486 73 21 09, after 17:00) — hand over / note the callback",
         "Ignoring the number; the office hours entry; the quote entry"),
        ("hallooo?? is daar iemand",
         AFTER_HANDOVER + "Waiting — reassure that someone will answer; no FAQ answer",
         "Restarting with a greeting menu; an invented wait time"),
    ],
    # 6: cancel = the booked move; ambiguous yes; follow-up
    [
        ("ik moet mijn verhuis van 14 juni cancellen, de sleutels van 't nieuw appartement zijn er nog ni",
         R.faq("annuleren", "free until 14 days before (deposit back within 7 days); 14-3 days: deposit kept; "
                            "less than 3 days: 50% of the estimate; moving the date is free until 7 days before"),
         "Saying the move is cancelled; ending the chat; the price entry"),
        ("ja",
         "Ambiguous ja — acknowledge or ask what they mean / how to proceed; never claim the move was cancelled",
         "'Your move has been cancelled'; repeating the whole answer as if confirmed"),
        ("en as ik hem gewoon ne week opschuif?",
         R.faq("annuleren", "moving to another date is free until 7 days before, if that date is still free "
                            "('opschuiven' = postpone)"),
         "The cancellation costs only; 'too vague'; confirming a new date"),
    ],
    # 7: two questions in one; follow-up; direct request for a person
    [
        ("doen jullie da ook op nen zaterdag? en kan ik betalen me payconiq",
         R.both("werkuren", "betalen", "Saturday yes, 7-19 h with 15% surcharge; Payconiq yes on the moving day "
                                       "(deposit 25% by transfer)"),
         "Only one of the two without pointing to the other; the office hours only"),
        ("en zondag?",
         R.faq("werkuren", "no moves on Sundays and public holidays"),
         "'Too vague'; 'not covered'; saying yes with a surcharge"),
        ("kan ik iemand van jullie efkes spreken aub",
         "Request for a person (direct, 'efkes' = for a moment) — hand over",
         "Another FAQ answer; the phone hours only"),
    ],
]

if __name__ == "__main__":
    write_all("nl", FAQ, PLAN)
