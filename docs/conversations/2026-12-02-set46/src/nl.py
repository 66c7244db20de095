"""nl: Rietdekkerij Postma (made up), a thatcher in Garyp near Leeuwarden, Friesland; the owner writes standard Dutch
of the Netherlands, customers write everyday Dutch of Friesland with Frisian words (goeie, moai sa, tige tank, oant
sjen, bist do, sit dêr, wer mis, kin, neat, gau, heit, us, grutsk, nochal, gjin dwaan, gjin bal, efkes, minske,
stjelp, heden, potdorie). The bot serves nl-NL."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRIJS = "Wat kost een nieuw rieten dak?"
Q_OFFERTE = "Hoe krijg ik een offerte?"
Q_PLANNING = "Hoe lang is de wachttijd en hoe lang duurt het werk?"
Q_REPARATIE = "Repareren jullie ook lekkages en kale plekken?"
Q_LEVENSDUUR = "Hoe lang gaat een rieten dak mee en welk onderhoud is nodig?"
Q_BRAND = "Hoe zit het met brandveiligheid?"
Q_WEER = "Werken jullie ook bij regen, storm of vorst?"
Q_DIEREN = "Wat doen jullie tegen vogels en steenmarters?"
Q_BETALING = "Hoe betaal ik?"
Q_ANNULEREN = "Kan ik de opdracht annuleren of verzetten?"
Q_GARANTIE = "Welke garantie geven jullie?"
Q_WERKPLEK = "Moet ik iets regelen voor de steiger, de tuin en het afval?"
Q_ISOLATIE = "Kunnen jullie het dak meteen isoleren?"
Q_KANTOOR = "Waar zit het bedrijf en wanneer zijn jullie bereikbaar?"
Q_KLEIN = "Werken jullie ook aan tuinhuisjes, prieeltjes en overkappingen?"

FAQ = [
    (Q_PRIJS,
     "Een nieuw rieten dak, inclusief het afvoeren van het oude riet, kost € 95 tot € 120 per m², afhankelijk van de "
     "dakhelling, het aantal dakkapellen en de bereikbaarheid. Voor een gemiddelde woning van 120 m² dak is dat "
     "ongeveer € 11.400 tot € 14.400. De exacte prijs staat in de offerte na een gratis opname. Prijzen inclusief "
     "21 % btw.",
     "prijzen", ["prijs", "kosten", "nieuw dak", "per m2", "dekken"],
     ["wat kost riet per vierkante meter", "wat kost het om opnieuw te laten dekken", "prijs rieten dak"]),
    (Q_OFFERTE,
     "Bel of app ons; we komen binnen 10 werkdagen gratis langs voor een opname in Friesland, Groningen en Noord-"
     "Drenthe (daarbuiten € 75 voorrijkosten, die we verrekenen als u de opdracht geeft). U krijgt de offerte binnen "
     "5 werkdagen; hij is 60 dagen geldig.",
     "prijzen", ["offerte", "opname", "langskomen", "inspectie", "vrijblijvend"],
     ["kunnen jullie komen kijken", "ik wil een offerte", "is de opname gratis"]),
    (Q_PLANNING,
     "Voor een nieuw dak is de wachttijd nu ongeveer 14 weken na akkoord op de offerte. Een dak van 120 m² dekken we "
     "met 3 man in ongeveer 3 weken. Kleinere reparaties plannen we binnen 3 weken in; een acute lekkage binnen "
     "48 uur.",
     "planning", ["wachttijd", "planning", "duur", "hoe snel", "weken"],
     ["wanneer kunnen jullie beginnen", "hoe lang zijn jullie bezig", "hoe lang moet ik wachten"]),
    (Q_REPARATIE,
     "Ja. Bij een acute lekkage komen we binnen 48 uur: € 85 voorrijkosten plus € 55 per uur per man, riet tegen "
     "kostprijs. Kale of dunne plekken bijwerken (inboeten) kost € 65 tot € 80 per m². Stormschade aan de nok of de "
     "vorst herstellen we ook; dat declareert u zelf bij uw verzekering, wij leveren foto's en factuur.",
     "reparaties", ["reparatie", "lekkage", "inboeten", "kale plek", "stormschade"],
     ["er zit een gat in het dak", "het lekt bij de schoorsteen", "kunnen jullie een stuk bijwerken"]),
    (Q_LEVENSDUUR,
     "Een goed gedekt rieten dak gaat op de zuidkant 35 tot 40 jaar mee en op de noordkant 25 tot 30 jaar. Laat het om "
     "de 5 jaar nakijken: inspectie met het verwijderen van mos en bladeren kost € 6 per m², met een minimum van "
     "€ 350. Houd bomen minstens 2 meter van het dak.",
     "onderhoud", ["levensduur", "onderhoud", "mos", "nakijken", "jaar"],
     ["hoe lang houdt riet het", "moet het mos eraf", "hoe vaak onderhoud"]),
    (Q_BRAND,
     "Bij een nieuw dak leggen we brandwerende platen onder het riet; dat is bij nieuwbouw verplicht. Een bestaand dak "
     "kunnen we brandvertragend impregneren voor € 18 per m². Een vonkenvanger op de schoorsteen plaatsen we voor "
     "€ 145. Wij werken volgens de eisen van de Vakfederatie Rietdekkers, wat de meeste verzekeraars vragen.",
     "veiligheid", ["brand", "brandveilig", "vonkenvanger", "schoorsteen", "verzekering"],
     ["mag ik een houtkachel stoken onder riet", "wat vraagt de verzekering", "kan riet brandvertragend gemaakt worden"]),
    (Q_WEER,
     "Bij lichte regen werken we door. Bij aanhoudende regen, windkracht 7 of meer of vorst werken we niet; het werk "
     "schuift dan op zonder kosten voor u. Een open dak dekken we elke avond af met zeil. Van december tot en met "
     "februari doen we vooral reparaties.",
     "planning", ["regen", "weer", "storm", "vorst", "winter"],
     ["gaan jullie door als het regent", "wat als het gaat vriezen", "werken jullie in de winter"]),
    (Q_DIEREN,
     "Vogels die riet uittrekken houden we tegen met een vogelnet of gaas over de nok en de randen: € 12 per m². "
     "Steenmarters: we sluiten de openingen met gaas, € 150 per bezoek. Actieve nesten halen we tussen 15 maart en "
     "15 juli niet weg; dat mag volgens de natuurwet niet. Schade door vogels of marters valt niet onder de garantie.",
     "onderhoud", ["vogels", "steenmarter", "kraaien", "gaas", "nest"],
     ["kraaien trekken het riet eruit", "er zit een marter onder het dak", "helpt een vogelnet"]),
    (Q_BETALING,
     "Nieuwe daken in 3 termijnen: 30 % bij de start, 40 % halverwege en 30 % binnen 14 dagen na de oplevering. Bij "
     "een opdracht vragen we een reserveringsbedrag van € 500, dat we met de eerste termijn verrekenen. Reparaties "
     "betaalt u na afloop via een betaalverzoek of iDEAL. Contant betalen kan niet.",
     "betalen", ["betalen", "termijn", "factuur", "aanbetaling", "iDEAL"],
     ["moet ik vooraf betalen", "kan ik in delen betalen", "hoe gaat de factuur"]),
    (Q_ANNULEREN,
     "Tot 4 weken voor de geplande start kunt u kosteloos annuleren; het reserveringsbedrag van € 500 krijgt u dan "
     "binnen 10 werkdagen terug. Daarna rekenen we 10 % van de aanneemsom plus het riet dat al voor u geleverd is. "
     "Verzetten naar een andere datum kan 1 keer gratis.",
     "planning", ["annuleren", "afzeggen", "verzetten", "uitstellen", "reservering"],
     ["ik wil de opdracht intrekken", "kan ik later beginnen", "krijg ik de reservering terug"]),
    (Q_GARANTIE,
     "Op een nieuw dak 10 jaar garantie tegen lekkage door het dekwerk, op reparaties 2 jaar. Lekt het binnen de "
     "garantie, dan komen we binnen 24 uur (ook op zaterdag) en is het herstel gratis; gevolgschade aan plafond of "
     "inboedel loopt via onze aansprakelijkheidsverzekering na een schaderapport. Geen garantie op stormschade, mos of "
     "schade door vogels en marters.",
     "onderhoud", ["garantie", "klacht", "lekt", "lekkage", "nazorg"],
     ["het nieuwe dak lekt", "hoe lang garantie", "ik heb een klacht over het dak"]),
    (Q_WERKPLEK,
     "De steiger zetten wij neer en zit in de prijs. Houd een strook van 2 meter rond het huis vrij; planten langs de "
     "gevel dekken we af, maar we kunnen beschadiging niet uitsluiten, dus verplaats wat u wilt sparen. Het oude riet "
     "voeren we zelf af in een container op uw oprit (inbegrepen). We hebben een stopcontact van 230 volt nodig.",
     "planning", ["steiger", "tuin", "afval", "container", "oprit"],
     ["waar komt de container", "moet ik de tuin leeghalen", "wie ruimt het oude riet op"]),
    (Q_ISOLATIE,
     "Alleen als we het dak opnieuw dekken: dan komen er isolatieplaten onder het riet (schroefdak), Rc 6, voor € 38 "
     "per m² extra. In een bestaand rieten dak isoleren we niet, want dan gaat het riet van binnenuit rotten. Voor "
     "isolatie kunt u zelf ISDE-subsidie aanvragen; wij leveren de factuur en de foto's.",
     "prijzen", ["isolatie", "isoleren", "warm", "subsidie", "schroefdak"],
     ["kan er isolatie in", "is er subsidie", "wordt het huis warmer met een nieuw dak"]),
    (Q_KANTOOR,
     "Rietdekkerij Postma, Wâldwei 14, Garyp. Kantoor maandag tot en met vrijdag van 7:30 tot 16:30, telefoon "
     "0511 47 23 18, WhatsApp 06 51 38 72 04. Op zaterdag is het kantoor dicht; de werf is dan van 9:00 tot 12:00 open "
     "voor de verkoop van riet.",
     "contact", ["adres", "bereikbaar", "kantoor", "openingstijden", "telefoon"],
     ["hoe laat is het kantoor open", "waar zitten jullie", "wat is jullie nummer"]),
    (Q_KLEIN,
     "Ja: tuinhuisjes, prieeltjes, overkappingen, hooibergen en schuren dekken we vanaf € 110 per m², minimaal € 950, "
     "meestal in 2 tot 4 dagen. Wilt u zelf aan de slag, dan verkopen we riet op de werf: € 9 per bos van 1,80 meter.",
     "prijzen", ["tuinhuis", "prieel", "schuur", "overkapping", "hooiberg"],
     ["doen jullie ook een schuurtje", "kan ik riet kopen", "wat kost een prieel"]),
]

PLAN = [
    [  # 1
        ("Goeie! Wij hebben een oude stjelp bij Burgum gekocht en het riet ziet er beroerd uit. Wat kost zoiets "
         "ongeveer per vierkante meter, en komen jullie eerst kijken?",
         "Small talk greeting + " + both(Q_PRIJS, Q_OFFERTE) + " — € 95-120 per m² including removing the old reed; "
         "free survey within 10 working days in Friesland, quote within 5 working days, valid 60 days. (`Goeie` = "
         "hello; `stjelp` = Frisian farmhouse.)",
         "Only one half without pointing to the other; the € 75 call-out charge as if it applied in Friesland; an "
         "invented price."),
        ("het voorhuis is zo'n 140 m2, de schuur laten we nog even",
         faq(Q_PRIJS) + " — at € 95-120 per m², 140 m² is about € 13.300-16.800; the exact price after the free survey "
         "(doing the sum is a plus).",
         "The small-buildings entry (`schuur`); the quote entry again without any figure; a single fixed price as if "
         "certain."),
        ("En hoe snel kunnen jullie dan beginnen? En hoelang staan die steigers dan om het huis heen?",
         faq(Q_PLANNING) + " — about 14 weeks' waiting time after accepting the quote; a 120 m² roof takes 3 men "
         "about 3 weeks, so the scaffolding stands about that long (140 m² a little longer).",
         "The work-site entry alone (`steigers`) without the waiting time; the weather entry; 'we can start next "
         "week'."),
        ("moai sa, tige tank! dan hoor ik het wel. oant sjen",
         "Small talk: acknowledgement + thanks + goodbye (`moai sa` = that's fine / nice, `tige tank` = thanks a lot, "
         "`oant sjen` = see you) — short friendly close.",
         "An FAQ answer; choices; 'I don't understand'; a handover."),
    ],
    [  # 2
        ("goeiemiddag, ik wil wat weten",
         "Too vague to answer — choices (prices, repairs, maintenance...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("Er zitten elke ochtend van die roeken op ons dak te plukken, de hele tuin ligt vol sprieten. En 's nachts "
         "hoor ik iets rennen boven de slaapkamer, de buurman denkt aan een marter. Wat kunnen jullie daaraan doen?",
         TYPE + faq(Q_DIEREN) + " — a bird net or mesh over the ridge and edges € 12 per m²; for a stone marten the "
         "openings are closed with mesh, € 150 a visit; active nests are not removed between 15 March and 15 July. "
         "(`roeken` = rooks.)",
         "Tapping a choice; the repair entry alone; the work-site entry (`tuin`); 'we don't deal with animals'."),
        ("Dat valt zeker niet onder de garantie hè? Het dak is pas 6 jaar oud",
         faq(Q_GARANTIE) + " — right: damage by birds and martens is not covered by the 10-year warranty (which covers "
         "leaks caused by the thatching work).",
         "'Yes, free repair under warranty'; the animals entry again without the answer; the service-life entry."),
        ("Even eerlijk: bist do in robot of sit dêr echt ien achter? haha",
         "Small talk: are you a bot (Frisian: `bist do in robot` = are you a robot, `sit dêr echt ien` = is there "
         "really someone) — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover; 'please write in Dutch' without answering."),
    ],
    [  # 3
        ("Goedemorgen, ik schrijf namens mijn schoonvader, hij is niet zo handig met de telefoon",
         "Too vague to answer — choices or a clarifying question about what the father-in-law needs.",
         "A handover; the office phone entry as if that were the question; one entry answered as if sure."),
        ("nee dat is het allemaal niet",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("Het is 's winters ijskoud op zijn slaapkamer boven, de wind blaast zo door het riet heen en de stookkosten "
         "rijzen de pan uit. Kan daar iets onder of tussen zodat hij het niet meer zo koud heeft?",
         faq(Q_ISOLATIE) + " — only when the roof is re-thatched: insulation boards under the reed (screwed roof), Rc "
         "6, € 38 per m² extra; no insulating of an existing reed roof (it would rot from inside); ISDE subsidy can be "
         "applied for by the customer.",
         "The repair entry ('inboeten'); the weather entry (`wind`); offering to stuff insulation into the existing "
         "roof."),
        ("En de garage ernaast heeft gewone dakpannen, daar zijn er een paar van kapot gewaaid. Kunnen jullie die ook "
         "vervangen?",
         "Not covered (near the trade: a tiled roof, work for a roofer, not a thatcher) — says so honestly, may offer "
         "a person; no price.",
         "Inventing a tile price; the repair entry's storm damage as if tiles were done; the weather entry."),
    ],
    [  # 4
        ("Hoe lang gaat zo'n dak eigelijk mee? En moet er wat aan de schoorsteen gebeuren als we de houtkachel weer "
         "aanmaken?",
         both(Q_LEVENSDUUR, Q_BRAND) + " — 35-40 years on the south side, 25-30 on the north; a check every 5 years "
         "(€ 6 per m², at least € 350); a spark arrester on the chimney € 145, fire-retardant treatment € 18 per m².",
         "Only one half without pointing to the other; 'wood stoves are forbidden'; the warranty's 10 years as the "
         "service life."),
        ("nee, daar vroeg ik niet naar. Ik wil achter het huis een zitje met een rieten kapje erop, voor als de familie "
         "in de zomer komt. Doen jullie zulke dingetjes ook of is dat te min?",
         "Acknowledges the push-back + " + faq(Q_KLEIN) + " — yes: small structures from € 110 per m², at least € 950, "
         "usually 2-4 days; reed also sold at the yard, € 9 a bundle.",
         "Repeating the service-life/fire answer; the new-roof price per m²; 'we only do houses'."),
        ("Potdorie, wer mis! Hier kin ik neat mei, zo schiet het niet op. Geef mij nou gewoon iemand van het bedrijf, "
         "en gau wat!",
         "Push-back (second time in a row) + request for a person (annoyed; `potdorie` = damn, `wer mis` = wrong "
         "again, `hier kin ik neat mei` = this is no use to me, `gau` = quickly) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again; asking to write in Dutch."),
        ("Nog steeds niemand?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("Dit is gjin dwaan!! Vorig voorjaar hebben jullie ons hele dak gedaan voor ruim 16 mille en nu drupt het "
         "water gewoon bij de nok naar binnen, op zolder staan drie emmers. Ik heb gisteren twee keer gebeld en "
         "niemand neemt op.",
         faq(Q_GARANTIE) + " — calm, apologises: a new roof has 10 years' warranty against leaks from the thatching; "
         "they come within 24 hours (also on Saturday) and the repair is free; damage to ceiling or contents via their "
         "liability insurance after a damage report. (`gjin dwaan` = unacceptable.)",
         "Cold rule ignoring the anger; the repair entry's € 85 call-out and hourly rate as if the customer had to "
         "pay; the office hours only."),
        ("Weet jij toevallig of de Elfstedentocht deze winter doorgaat?",
         "Not covered (unrelated: the skating race) — says it cannot help with that, no FAQ answer.",
         "Guessing about the ice; the weather entry (`winter`); the winter work rule."),
        ("Kan Postma zelf mij morgen rond lunchtijd bellen? 06 23 81 45 92, tussen 12 en 1 ben ik thuis",
         "Hands over / passes on a callback request to 06 23 81 45 92 tomorrow between 12:00 and 13:00 (Postma is "
         "the owner's name, the firm's); no FAQ answer.",
         "Ignoring the number or the time; only giving the office number; an FAQ answer."),
        ("en wanneer ongeveer kan ik dat telefoontje verwachten",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The office hours as a promise; the 24-hour warranty visit; the planning entry."),
    ],
    [  # 6
        ("Hallo, wij staan bij jullie ingepland voor het nieuwe dak, start half maart. Maar de bank wil de verbouwing "
         "nu toch niet financieren en zonder dat geld gaat het gewoon niet. Het dak moet dus maar zo blijven, laat "
         "maar zitten.",
         faq(Q_ANNULEREN) + " — more than 4 weeks before the start, so free; the € 500 reservation comes back within "
         "10 working days; moving the date once is free (a plus to mention). Must not claim the job is cancelled.",
         "Claiming it is cancelled now; the 10 % charge; the payment entry; the price entry."),
        ("hm, ja ja",
         "Ambiguous yes — asks whether to cancel (or move) the job, or explains the next step; must not claim anything "
         "is cancelled or moved.",
         "Saying the job is now cancelled; a random FAQ entry; a goodbye."),
        ("En die vijfhonderd euro van oktober? Ben ik die nu kwijt?",
         faq(Q_ANNULEREN) + " — yes: cancelled more than 4 weeks before the start, the € 500 reservation is refunded "
         "within 10 working days.",
         "The payment entry (the € 500 is set off against the first instalment) as the answer; 'the reservation is "
         "never refunded'."),
        ("Heden, ik snap der gjin bal mear fan. Kin ik net efkes ien fan jim sprekke? In minske graach.",
         "Hands over to a person (Frisian: `ik snap der gjin bal mear fan` = I don't get any of it any more, `kin ik "
         "net efkes ien fan jim sprekke` = can't I just talk to one of you, `in minske` = a human) — short, no FAQ "
         "answer.",
         "Asking to rephrase; asking to write in Dutch; another FAQ answer."),
    ],
    [  # 7
        ("Goeiemiddag! Zijn jullie vrijdagmiddag nog op kantoor te bereiken? Bij ons is na de storm van vorige week een stuk van de "
         "nok losgeraakt en nu zie je de latten. Kunnen jullie dat snel maken en wat kost dat ongeveer?",
         "Small talk greeting + " + both(Q_KANTOOR, Q_REPARATIE) + " — yes, on Friday until 16:30 (office Monday-Friday 7:30-16:30, 0511 47 23 "
         "18, WhatsApp 06 51 38 72 04); an acute repair within 48 hours, € 85 call-out plus € 55 an hour per man, reed "
         "at cost; storm damage is claimed from the insurer with their photos and invoice.",
         "Only one half without pointing to the other; the warranty; the new-roof price."),
        ("us heit is der nochal grutsk op, op zijn moestuin pal tegen de gevel. Wat gebeurt daarmee als jullie bezig "
         "zijn? En wie ruimt al die rommel op?",
         faq(Q_WERKPLEK) + " — keep a 2 m strip round the house free; plants along the wall are covered but damage "
         "cannot be ruled out, so move what should be spared; the old reed goes into their container on the drive, "
         "included. (`us heit` = our dad, `nochal grutsk` = rather proud.)",
         "The animals entry; the price entry; promising that nothing in the garden will be damaged."),
        ("En als het gaat stormen of vriezen, gaan jullie dan gewoon door? Moet ik vooraf al wat betalen of pas "
         "achteraf?",
         both(Q_WEER, Q_BETALING) + " — no work in steady rain, wind force 7+ or frost, the job moves at no cost; an "
         "open roof is covered with a tarpaulin every evening; repairs are paid afterwards by payment request or iDEAL "
         "(new roofs in 3 instalments).",
         "Only one half without pointing to the other; 'cash on the day'; 'we work in any weather'."),
    ],
]

if __name__ == "__main__":
    print(write_faq("nl", FAQ))
    print(write_plan("nl", PLAN))
