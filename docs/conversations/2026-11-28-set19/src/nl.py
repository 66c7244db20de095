"""nl: Bruids- en Galamode De Witte Dame, Kleine Berg, Eindhoven (Brabants)."""
from common_b import write

FAQ = [
 ["Moet ik een afspraak maken om trouwjurken te passen?", "Ja, trouwjurken passen gaat alleen op afspraak. Een pasafspraak duurt 90 minuten en is gratis op dinsdag tot en met vrijdag. Op zaterdag vragen we € 25 borg, die we verrekenen als u een jurk koopt. Afspraak maken kan via de website of telefonisch op 040 123 45 67.", "afspraken", "afspraak;passen;pasafspraak;reserveren", "kan ik zomaar binnenlopen|hoe plan ik een pasmoment|moet ik reserveren om te passen"],
 ["Wat zijn jullie openingstijden?", "Dinsdag tot en met vrijdag van 10.00 tot 18.00 uur, donderdag koopavond tot 21.00 uur, zaterdag van 9.30 tot 17.00 uur. Op zondag en maandag zijn we gesloten.", "algemeen", "openingstijden;open;gesloten;koopavond;zaterdag", "wanneer zijn jullie open|zijn jullie maandag open|hoe laat gaan jullie dicht"],
 ["Wat kost een trouwjurk?", "Onze trouwjurken kosten van € 900 tot € 3.200; de meeste bruiden kiezen een jurk tussen € 1.400 en € 2.000. In de sample sale zijn showroommodellen te koop vanaf € 395.", "prijzen", "prijs;trouwjurk;kosten;budget;sample sale", "wat is de prijsklasse|hoe duur zijn jullie jurken|hebben jullie goedkope jurken"],
 ["Hoe lang is de levertijd van een trouwjurk?", "Een trouwjurk wordt op maat besteld en is na 4 tot 6 maanden binnen. Spoedlevering binnen 8 tot 12 weken kan voor € 250 extra, bij de meeste merken. Daarna volgen nog de passessies voor het vermaken.", "bestellen", "levertijd;levering;wanneer binnen;spoed", "wanneer is mijn jurk er|hoe lang van tevoren moet ik bestellen|kan het sneller"],
 ["Doen jullie vermaakwerk?", "Ja, ons eigen naaiatelier vermaakt alle jurken. Korter maken (zoom) kost € 65, vermaakwerk aan het lijfje vanaf € 150. Reken op 2 tot 3 passessies; de laatste is ongeveer 2 weken voor de bruiloft.", "service", "vermaken;zoom;korter;innemen;naaiatelier", "kunnen jullie mijn jurk korter maken|jurk zit te ruim|wat kost vermaken"],
 ["Hoeveel mensen mag ik meenemen naar de pasafspraak?", "U mag maximaal 4 begeleiders meenemen. Kinderen zijn welkom, maar let op dat de paskamer niet groot is. Er is koffie, thee en fris voor iedereen.", "afspraken", "begeleiders;meenemen;vriendinnen;moeder;gezelschap", "mag mijn moeder mee|met hoeveel mensen mag ik komen|mogen mijn vriendinnen mee"],
 ["Verhuren jullie gala- en avondjurken?", "Ja, galajurken huurt u voor € 75 tot € 150 per weekend, plus € 100 borg. Ophalen op vrijdag, terugbrengen op maandag voor 12.00 uur (niet gewassen). Bij schade houden we de borg in.", "verhuur", "huren;galajurk;avondjurk;verhuur;gala", "kan ik een galajurk huren|wat kost huren|avondjurk lenen voor een feest"],
 ["Verkopen jullie accessoires zoals sluiers en schoenen?", "Ja, sluiers van € 89 tot € 350, haarsieraden vanaf € 45 en bruidsschoenen in maat 36 tot 43, op bestelling in 3 weken. Alles kunt u bij uw pasafspraak erbij passen.", "assortiment", "sluier;schoenen;accessoires;haarsieraad;tiara", "hebben jullie sluiers|bruidsschoenen kopen|verkopen jullie tiara's"],
 ["Hoe werkt de betaling van een trouwjurk?", "Bij bestelling betaalt u 50 % aanbetaling, de rest bij het ophalen. U kunt pinnen, met creditcard betalen of overmaken; contant tot € 3.000.", "betalen", "betalen;aanbetaling;pinnen;creditcard;overmaken", "moet ik alles in een keer betalen|kan ik pinnen|hoeveel aanbetaling"],
 ["Kan ik mijn afspraak verzetten of afzeggen?", "Ja, tot 48 uur van tevoren gratis via de link in uw bevestigingsmail of telefonisch. Zegt u later af of komt u niet, dan vervalt de borg van € 25 bij zaterdagafspraken.", "afspraken", "afzeggen;verzetten;annuleren afspraak;andere dag", "ik kan niet komen|afspraak verplaatsen|afspraak annuleren"],
 ["Kan ik een bestelde trouwjurk annuleren?", "Binnen 14 dagen na de bestelling kunt u annuleren; dan houden we 25 % van de jurkprijs in. Daarna is de jurk in productie en krijgt u de aanbetaling niet meer terug.", "bestellen", "annuleren jurk;bestelling annuleren;geld terug;aanbetaling terug", "ik wil mijn jurk annuleren|krijg ik mijn aanbetaling terug|bestelling ongedaan maken"],
 ["Hebben jullie ook grote maten?", "Ja, in de winkel hangen jurken van maat 34 tot en met 54, en op bestelling tot maat 60, zonder meerprijs. Geef bij het maken van de afspraak uw maat door, dan zetten we passende jurken klaar.", "assortiment", "grote maten;plus size;maat;maten", "hebben jullie maat 50|plus size bruidsjurken|tot welke maat"],
 ["Waar kan ik parkeren?", "Parkeergarage Heuvel ligt op 5 minuten lopen (€ 3,20 per uur). Voor de deur staat een fietsenrek en station Eindhoven Centraal is 10 minuten lopen.", "algemeen", "parkeren;auto;parkeergarage;fiets;bereikbaarheid", "kan ik met de auto komen|waar parkeer ik|hoe kom ik er met de trein"],
 ["Kunnen jullie mijn jurk na de bruiloft reinigen en bewaren?", "Ja, we laten uw jurk professioneel reinigen en verpakken in een zuurvrije bewaardoos voor € 145. Dat duurt 3 weken. Ook jurken die niet bij ons gekocht zijn nemen we aan.", "service", "reinigen;stomen;bewaren;na de bruiloft;bewaardoos", "jurk laten stomen|hoe bewaar ik mijn jurk|vlekken uit de jurk"],
 ["Hebben jullie jurken voor bruidsmeisjes en de moeder van de bruid?", "Ja, bruidsmeisjesjurken van € 129 tot € 249 in 30 kleuren, en jurken voor de moeder van de bruid vanaf € 279. De levertijd is 8 weken.", "assortiment", "bruidsmeisjes;moeder van de bruid;getuige;kleuren", "jurken voor mijn bruidsmeisjes|iets voor mijn moeder|hebben jullie getuigenjurken"],
]

def F(i):
    return 'FAQ: "%s"' % FAQ[i][0]

CH = "[if the bot showed choices, type this instead of tapping] "
REJ = "[if the bot showed choices or an answer, type this instead of tapping] "
AFTER = "[after the bot handed over to a person] "
WAIT = "[wait 60 s before sending] "

PLAN = [
 (1, "hoi hoe ist! kan ik gewoon binnenlopen om jurken te passen of moet da via een afspraak?", F(0) + " — alleen op afspraak, 90 min, gratis di-vr, za € 25 borg", "only a greeting; the opening hours only"),
 (1, "en op zaterdag?", F(0) + " or " + F(1) + " — zaterdag op afspraak met € 25 borg / open 9.30-17.00", "'ik begrijp het niet'; the dress price"),
 (1, "wat ben ik ongeveer kwijt voor zo'n jurk?", F(2) + " — € 900 tot € 3.200, meeste € 1.400-2.000, sample sale vanaf € 395", "the rental prices; the deposit rules"),
 (1, "skon! en hedde ook iets voor in m'n haar en onder m'n voeten?", F(7) + " — sluiers € 89-350, haarsieraden vanaf € 45, schoenen maat 36-43", "not covered; the sizes entry"),
 (2, "ik zit op 52 en ben wat voller, is er bij jullie wel iets voor mij of nie", F(11) + " — maat 34-54 in de winkel, tot 60 op bestelling, geen meerprijs", "not covered; the dress price"),
 (2, CH + "kheb ook ff een gala van m'n werk, kan ik bij jullie iets lenen voor 1 avondje?", F(6) + " — huur € 75-150 per weekend, € 100 borg, vr ophalen ma terug", "ignoring the typed question; the dress price"),
 (2, "waar laat ik m'n auto? en moet ik alles in 1x aftikken?", "Both " + F(12) + " — Parkeergarage Heuvel, € 3,20/u + " + F(8) + " — 50 % aanbetaling, rest bij ophalen", "answering only one without pointing to the other"),
 (2, "top, bedankt en houdoe!", "Small talk: thanks + goodbye — short closing", "a FAQ answer; a handover"),
 (3, "kunnen jullie iets met m'n jurk doen?", F(4) + " — vermaakwerk; or choices (vermaken / reinigen)", "a handover; the rental entry"),
 (3, REJ + "nee da bedoel ik nie. na de bruiloft, dat die weer schoon wordt en netjes in een doos kan", F(13) + " — reinigen en bewaardoos € 145", "the alterations again; not covered"),
 (3, "en hoelang duurt da?", F(13) + " — 3 weken", "the delivery time of a new dress (4-6 months)"),
 (3, "verhuren jullie ook pakken voor m'n vriend?", "Not covered by the FAQ (suits for the groom are not offered) — honest, offer a person", "the gala-dress rental as if it covered suits"),
 (4, "we hebben de bruiloft verplaatst, kan ik wat ik vorige week besteld heb nog terugdraaien?", F(10) + " — binnen 14 dagen, 25 % ingehouden", "the appointment-cancelling entry; saying it is cancelled"),
 (4, "da vroeg ik nie. ik wil weten of ik m'n 50% terug krijg", "Push-back (first time) — apologise; 25 % of the price is kept within 14 days, or ask what is missing / offer a person", "the identical answer with no apology"),
 (4, "jezus weer hetzelfde. ik wil nu iemand van de winkel spreken!!", "Push-back (second time in a row) + angry request for a person — hand over now", "another FAQ answer; choices"),
 (4, WAIT + "hallo?? is daar iemand", "Waiting — reassure, no FAQ answer, no invented wait time", "a FAQ answer; an invented time"),
 (5, "ik ben echt boos, ik wacht al 5 maanden en hij is er nog steeds nie, over 2 maanden trouw ik!!", F(3) + " — apology; levertijd 4-6 maanden, spoed 8-12 weken voor € 250 extra", "only 'sorry'; a handover without the facts; the alterations entry"),
 (5, "en weet gij wss hoe laat psv zaterdag speelt", "Not covered by the FAQ (football) — honest, short", "the opening hours; choices"),
 (5, "laat iemand mij maar terugbellen op 06 12345678, dan regelen we da", "Request for a person (callback with a number) — hand over, number passed on", "asking for the number again; a FAQ answer"),
 (5, AFTER + "hoelang gaat da duren?", "Waiting — someone will contact her; no invented time", "inventing '10 minuten'; a FAQ answer"),
 (6, "ben ik nou met een robot aan het appen?", "Small talk: are you a bot — honest, offer help or a person", "claiming to be human; a FAQ answer"),
 (6, "ok. mag m'n ma en 2 maatjes mee? en hedde ook wat voor de meiden die naast me staan", "Both " + F(5) + " — max 4 begeleiders + " + F(14) + " — € 129-249, 30 kleuren", "only one of the two"),
 (6, "efkes serieus, hedde nie gewoon een mens da ik kan spreken? doe mij ff iemand", "Request for a person (dialect) — hand over", "not recognising 'hedde ... een mens'; a FAQ answer"),
 (6, WAIT + "hallo? iemand?", "Waiting — reassure, no FAQ answer", "greeting as a new chat; a FAQ answer"),
 (7, "zaterdag red ik het nie, kan da een weekje later?", F(9) + " — gratis tot 48 uur van tevoren, daarna vervalt € 25 borg", "saying it was cancelled; the dress-order cancelling entry"),
 (7, "ja", "Ambiguous ja — acknowledge or ask; never claim the appointment was cancelled", "'uw afspraak is geannuleerd'"),
 (7, "ok idd, doei", "Small talk: acknowledgement + goodbye — short reply", "a FAQ answer; a handover"),
]

if __name__ == "__main__":
    write("nl", FAQ, PLAN)
