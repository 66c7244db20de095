"""nl: Banketbakkerij Mooi Zoet, Oosterstraat 41, Groningen: cakes for birthdays and weddings, delivery."""
from common_b import *

Q = [
 ("Wat zijn jullie openingstijden?", "Dinsdag t/m vrijdag 7.30-18.00 uur, zaterdag 7.30-17.00 uur. Zondag en maandag zijn we gesloten.", "algemeen", "openingstijden;open;gesloten;zaterdag;zondag", "hoe laat zijn jullie open|zijn jullie maandag open|tot hoe laat open op zaterdag"),
 ("Hoe bestel ik een taart?", "Via mooizoet.nl of telefonisch op 050 313 44 77, minimaal 3 werkdagen van tevoren. Bruidstaarten minimaal 6 weken van tevoren. Je krijgt een bevestiging per e-mail.", "bestellen", "bestellen;bestelling;reserveren;van tevoren;telefonisch", "hoe kan ik een taart bestellen|hoeveel dagen van tevoren bestellen|kan ik telefonisch bestellen"),
 ("Wat kost een verjaardagstaart?", "Slagroom- of kwarktaart: 8 personen €24,50, 12 personen €34,50, 20 personen €52,00. Een eetbare foto kost €7,50 extra.", "prijzen", "prijs;verjaardagstaart;kosten;personen;slagroomtaart", "wat kost een taart voor 12 personen|prijs verjaardagstaart|hoe duur is een slagroomtaart"),
 ("Maken jullie bruidstaarten?", "Ja. Bruidstaarten vanaf €5,50 per persoon, minimaal 40 personen, met 2 tot 5 lagen. Bezorging en opbouw op de locatie kosten €35 binnen 15 km.", "bruiloft", "bruidstaart;bruiloft;trouwen;lagen;opbouw", "wat kost een bruidstaart|doen jullie ook trouwtaarten|bruidstaart met meerdere lagen"),
 ("Bezorgen jullie ook?", "Ja, dinsdag t/m zaterdag tussen 9.00 en 17.00 uur. Groningen stad €6,50; binnen 15 km (o.a. Haren, Paterswolde, Zuidhorn, Hoogezand) €12,50. Gratis bij bestellingen vanaf €75. Op zondag en maandag bezorgen we niet.", "bezorgen", "bezorgen;bezorging;leveren;bezorgkosten;thuisbezorgen", "wat kost bezorgen|bezorgen jullie in haren|kunnen jullie de taart brengen"),
 ("Kan ik mijn bestelling annuleren of wijzigen?", "Kosteloos annuleren of wijzigen kan tot 48 uur voor het ophaal- of bezorgmoment. Daarna rekenen we 50% van het bedrag. Bruidstaarten: kosteloos annuleren tot 14 dagen voor de datum.", "bestellen", "annuleren;wijzigen;afzeggen;kosten annulering;omzetten", "ik wil mijn bestelling afzeggen|kan ik nog iets veranderen aan de bestelling|wat kost annuleren"),
 ("Hebben jullie vegan of glutenvrije taarten?", "Vegan taarten hebben we in chocolade en aardbei (zelfde prijzen). Glutenvrij bakken kunnen we niet veilig: we werken met tarwebloem, dus onze taarten zijn niet geschikt bij coeliakie.", "assortiment", "vegan;glutenvrij;allergie;coeliakie;zonder melk", "hebben jullie taart zonder gluten|is er een vegan taart|wat als iemand allergisch is"),
 ("Kan er een foto of tekst op de taart?", "Tekst tot 30 tekens is gratis. Een eetbare foto kost €7,50; mail de foto uiterlijk 3 dagen van tevoren naar bestel@mooizoet.nl.", "bestellen", "foto;tekst;opdruk;naam;eetbare print", "kan er een naam op de taart|foto op taart kosten|kan er een plaatje op"),
 ("Hoe kan ik betalen?", "In de winkel met pin of contant; online met iDEAL. Bij bezorging betaal je vooraf via iDEAL. Voor bruidstaarten vragen we 30% aanbetaling.", "betalen", "betalen;pin;contant;iDEAL;aanbetaling", "kan ik pinnen|kan ik contant betalen|moet ik vooraf betalen"),
 ("Hoe lang blijft een taart goed?", "Slagroomtaart 2 dagen in de koelkast, kwarktaart 3 dagen, Groninger koek 3 weken in een afgesloten trommel. Slagroomtaart niet langer dan 1 uur buiten de koelkast laten staan.", "assortiment", "houdbaar;houdbaarheid;koelkast;bewaren;vers", "hoe lang is een taart houdbaar|moet de taart in de koelkast|kan ik de taart een dag eerder halen"),
 ("Maken jullie krentenwegge voor kraamvisite?", "Ja, een krentenwegge van 1 meter kost €39,50 (halve meter €21,50), ook met naam van de baby op het lint. Minimaal 2 werkdagen van tevoren bestellen.", "assortiment", "krentenwegge;kraamvisite;geboorte;baby;krentenbrood", "kan ik een krentenwegge bestellen|wat kost een krentenwegge|hebben jullie iets voor een geboorte"),
 ("Mijn taart is beschadigd bezorgd, wat nu?", "Sorry! Stuur binnen 2 uur na bezorging een foto naar 06 12 80 44 91 (WhatsApp) of bestel@mooizoet.nl. Je krijgt dan dezelfde dag een nieuwe taart (bij bestelling voor 15.00 uur) of je geld terug.", "bezorgen", "beschadigd;kapot;ingedeukt;klacht;geld terug", "de taart is kapot aangekomen|klacht over bezorging|taart is scheef bezorgd"),
 ("Waar zitten jullie en kan ik er parkeren?", "Oosterstraat 41, 9711 NR Groningen. Parkeren in parkeergarage Damsterdiep (5 minuten lopen); met de fiets kun je voor de deur staan.", "algemeen", "adres;waar;parkeren;locatie;Oosterstraat", "wat is jullie adres|waar is de winkel|waar kan ik de auto kwijt"),
 ("Hebben jullie traktaties voor op het werk?", "Ja: traktatiebox met 12 mini-gebakjes voor €19,95 of 24 stuks voor €37,50. Bestellen voor 16.00 uur de dag ervoor, ophalen vanaf 8.00 uur.", "assortiment", "traktatie;kantoor;werk;mini gebak;collega", "iets om te trakteren op kantoor|gebakjes voor collega's|traktatiebox bestellen"),
 ("Kunnen we de bruidstaart eerst proeven?", "Ja, een proefsessie met 4 smaken kost €25 per stel en wordt verrekend als je de bruidstaart bij ons bestelt. Proeven kan op zaterdagochtend na afspraak.", "bruiloft", "proeven;proefsessie;smaken;bruidstaart;afspraak", "kunnen we smaken proeven|proeverij bruidstaart|wat kost een proefsessie"),
]
F = {i + 1: q[0] for i, q in enumerate(Q)}
def faq(n, facts): return f'FAQ: "{F[n]}" — {facts}'
def both(a, fa, b, fb): return f'Both FAQ: "{F[a]}" — {fa} + FAQ: "{F[b]}" — {fb}'

R = [
 (1, "moi! hoe laat binnen jullie zaterdag open en komen jullie ook in haren?", both(1, "zaterdag 7.30-17.00", 5, "ja, Haren valt binnen 15 km"), "only one of the two answered without pointing to the other; the address instead of delivery"),
 (1, "en wat kost dat dan", faq(5, "Haren €12,50, gratis vanaf €75") + " (dat = the delivery just asked about)", "the cake prices; choices; 'too vague'"),
 (1, "ok en as ik t op zondag wil hebben?", faq(5, "op zondag en maandag wordt niet bezorgd; dinsdag t/m zaterdag") + " (the opening-hours entry saying closed on Sunday is also right)", "saying Sunday delivery is possible; a handover"),
 (1, "goud, dank je! hvj haha", "Small talk: thanks + acknowledgement ('goud' = great, 'hvj' = love you, a joke)", "an FAQ answer; choices; a handover"),
 (2, "ff vraagje over n taart", "Too vague to answer: choices (prices, ordering, text/photo, vegan...) or a clarifying question", "one entry picked as if sure; a handover"),
 (2, CHOICES + "wat moet ik neertellen voor zon ding voor 12 man, mn dochter wordt 7", faq(3, "12 personen €34,50"), "ignoring the typed question; the wedding cake price per person"),
 (2, "kin der ook n plaatje van frozen op? en hoelang blijft ie goed in de ijskast", both(8, "eetbare foto €7,50, foto 3 dagen vooraf mailen", 10, "slagroomtaart 2 dagen, kwarktaart 3 dagen in de koelkast"), "only one answered; 'not covered' because of 'frozen'"),
 (2, "ben jij nou n echt mens of n robot?", "Small talk: says honestly it is an automatic assistant and a person can take over", "claiming to be a person; an FAQ answer; handing over unasked"),
 (3, "hoe regel ik dat ik volgende week vrijdag iets lekkers kan ophalen", faq(2, "via mooizoet.nl of 050 313 44 77, minimaal 3 werkdagen van tevoren"), "the opening hours only; the traktatie box as if sure"),
 (3, REJECT + "nee nait dat. ik bedoel iets zonder melk en ei, mn schoonzus eet plantaardig", faq(7, "vegan taarten in chocolade en aardbei, zelfde prijzen"), "the ordering answer again; 'not covered'"),
 (3, "en zonder tarwe? ze mag echt helemaal niks van gluten", faq(7, "glutenvrij kan niet veilig, niet geschikt bij coeliakie") + " (honest no)", "saying gluten-free is available; the vegan answer without the gluten part"),
 (3, "doen jullie ook de catering op n feest? soep en broodjes voor 60 man", "Not covered by the FAQ (no catering): say so honestly and offer a person", "the wedding cake entry; the traktatie box; choices of unrelated entries"),
 (4, "wij geven elkaar in juni t ja-woord! wat zijn we ongeveer kwijt voor de taart, en kinnen we vooraf ff wat uitproberen?", both(4, "vanaf €5,50 per persoon, minimaal 40 personen", 15, "proefsessie €25 per stel, verrekend bij bestelling, zaterdagochtend"), "only one answered; the birthday cake prices"),
 (4, "dat vroeg ik nait", "Push-back (first time): apologise and ask what is missing, or offer a person", "repeating the same answers word for word; a new unrelated FAQ answer"),
 (4, "echt nutteloos dit. ik wil nu iemand spreken", "Push-back (second time in a row) + angry request for a person: hand over now", "another FAQ answer; asking to rephrase again; choices"),
 (4, WAIT + "hallo?? is daar wel iemand", "Waiting: reassure that a person has been asked; no FAQ answer, no invented wait time", "a fresh greeting; an FAQ answer; a made-up time"),
 (5, "de bestelling is net gebracht en de hele bovenkant is plat gedrukt!! feest begint over n uur, wat moet ik nu", faq(12, "foto binnen 2 uur naar WhatsApp 06 12 80 44 91, nieuwe taart dezelfde dag of geld terug") + " (ideally with an apology)", "only 'sorry'; the cancel entry; the shelf-life entry"),
 (5, "hoe speelde fc groningen gister eigenlijk", "Not covered by the FAQ (unrelated, football): short honest reply, no FAQ entry", "any FAQ answer; choices; a handover as if it were a complaint"),
 (5, "kin iemand mij ff bellen? 06 41 27 88 13", "Request for a person (callback with a number): hand over / note the callback", "the shop's phone number from an FAQ entry only; ignoring the number"),
 (5, AFTER + "hoe lang duurt dat wss", "Waiting: reassure, no invented time", "an FAQ answer; a made-up time; restarting the chat"),
 (6, "ik wil de taart van donderdag cancellen, feestje gaat nait door", faq(6, "kosteloos tot 48 uur vooraf, daarna 50%") + "; must not say the order is cancelled", "saying 'your order has been cancelled'; the ordering entry"),
 (6, "ja", "Ambiguous yes: acknowledge or ask what they want (cancel? how?); never claim the order was cancelled", "'done, cancelled'; an unrelated FAQ answer"),
 (6, "moi, kin ik nait gewoon even mit ain van joe proaten?", "Request for a person (dialect: 'mit ain van joe proaten' = talk to one of you): hand over", "an FAQ answer; greeting only; asking to rephrase"),
 (7, "moi moi, maken jullie zon lang krentebrood voor als er n baby is? en kin ik pinnen", both(11, "krentenwegge 1 meter €39,50, 2 werkdagen van tevoren", 9, "pin of contant in de winkel, iDEAL online"), "only one answered; 'not covered'"),
 (7, "wat mooi. waar zitten jullie eigenlijk? en waar laat ik de auto", faq(13, "Oosterstraat 41; parkeergarage Damsterdiep, 5 min lopen"), "the delivery entry; choices"),
 (7, "en voor mn collegas, iets kleins voor bij de koffie? mss 12 man", faq(14, "traktatiebox 12 mini-gebakjes €19,95, bestellen voor 16.00 de dag ervoor"), "the birthday cake for 12 (€34,50) as the only answer; 'not covered'"),
 (7, "idd top, hou die goud! moi moi", "Small talk: goodbye ('hou die goud' = take care, 'moi moi' = bye here, after the chat)", "treating 'moi moi' as a new greeting with an FAQ answer; a handover"),
]

if __name__ == "__main__":
    write_faq("nl", Q)
    write_plan("nl", R)
