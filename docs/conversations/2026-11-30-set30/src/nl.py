"""nl: Kringloopwinkel De Wisselkar (made up), a second-hand shop in Ghent, customers writing Flemish (Belgian) Dutch
with a few regional words."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_BRENGEN = "Waar en wanneer kan ik spullen binnenbrengen?"
Q_OPHALEN = "Halen jullie spullen gratis op?"
Q_VOORBEREIDEN = "Hoe bereid ik een ophaling voor?"
Q_NIET = "Wat nemen jullie niet aan?"
Q_OPEN = "Wat zijn de openingsuren?"
Q_ADRES = "Waar zijn jullie en kan ik er parkeren?"
Q_PRIJS = "Hoe duur zijn de spullen?"
Q_LEVEREN = "Leveren jullie gekochte meubels aan huis?"
Q_RESERVEREN = "Kan ik iets reserveren?"
Q_ELEKTRO = "Zijn de elektrische toestellen getest?"
Q_VRIJWILLIGER = "Kan ik vrijwilliger worden?"
Q_BETALEN = "Hoe kan ik betalen?"
Q_TERUG = "Kan ik iets terugbrengen?"
Q_ANNULEREN = "Hoe annuleer ik een ophaling?"
Q_LEEGMAKEN = "Maken jullie een volledige woning leeg?"

FAQ = [
    (Q_BRENGEN,
     "Bruikbare spullen kunt u gratis afgeven aan de achteringang van de winkel (Wolweversdreef 31), van dinsdag tot en "
     "met zaterdag tussen 10 en 17 uur: meubels, kleding, boeken, speelgoed, huisraad, fietsen en elektrische toestellen "
     "die werken. Tot 5 dozen kunt u zonder afspraak binnenbrengen; voor een volle aanhangwagen belt u best eerst naar "
     "09 224 61 38.",
     "schenken", ["binnenbrengen", "afgeven", "schenken", "doneren", "achteringang"],
     ["waar kan ik spullen afgeven", "mag ik kleren komen brengen", "wanneer kan ik iets binnenbrengen"]),
    (Q_OPHALEN,
     "Ja, in Gent en in de gemeenten tot 15 km rond Gent halen we bruikbare meubels en grote toestellen gratis op. Vraag "
     "de ophaling aan via onze website of op 09 224 61 38; reken op een wachttijd van 1 tot 2 weken. We dragen alles "
     "naar buiten vanaf het gelijkvloers, met een lift of tot de 2de verdieping via de trap.",
     "ophaling", ["ophaling", "gratis ophalen", "meubels laten ophalen", "ophaaldienst", "afspraak ophaling"],
     ["komen jullie meubels halen", "kan ik een ophaling aanvragen", "is ophalen gratis"]),
    (Q_VOORBEREIDEN,
     "Maak kasten en lades leeg en haal grote meubels zoals bedden en kleerkasten uit elkaar als dat kan: onze 2 "
     "chauffeurs hebben per ophaling maximaal 45 minuten. Zet kleine spullen in dozen van hoogstens 20 kg. Zorg dat er "
     "iemand thuis is en dat onze bestelwagen tot op 50 meter van de deur kan komen.",
     "ophaling", ["voorbereiden", "demonteren", "kasten leegmaken", "klaarzetten", "dozen"],
     ["moet ik de kast demonteren", "wat moet ik klaarzetten", "moeten de lades leeg zijn"]),
    (Q_NIET,
     "Matrassen, ingebouwde keukens, kapotte of vuile meubels, autostoeltjes voor kinderen, oude beeldbuistelevisies, verf "
     "en chemische producten nemen we niet aan. Ook kasten hoger dan 2,20 m en zetels met scheuren of vlekken laten we "
     "staan. Twijfelt u, stuur dan een foto via WhatsApp naar 0478 51 92 06.",
     "schenken", ["niet aanvaard", "matras", "weigeren", "kapot", "wat mag niet"],
     ["nemen jullie matrassen aan", "wat aanvaarden jullie niet", "mag een kapotte stoel mee"]),
    (Q_OPEN,
     "De winkel is open van dinsdag tot en met zaterdag van 10 tot 18 uur; spullen binnenbrengen kan tot 17 uur. Op "
     "zondag, maandag en feestdagen zijn we gesloten, behalve op de eerste zondag van de maand (van 13 tot 17 uur).",
     "winkel", ["openingsuren", "open", "gesloten", "zaterdag", "zondag"],
     ["wanneer zijn jullie open", "zijn jullie op zondag open", "tot hoe laat is de winkel open"]),
    (Q_ADRES,
     "We zitten aan de Wolweversdreef 31 in Gent. Naast de winkel is er een gratis parking voor klanten met 20 plaatsen, "
     "en aan de achteringang kunt u laden en lossen. Met de tram stapt u af aan de halte op 300 meter; fietsen kunnen "
     "voor de deur.",
     "winkel", ["adres", "parking", "parkeren", "tram", "ligging"],
     ["waar is de winkel", "is er parking", "hoe geraak ik bij jullie met de tram"]),
    (Q_PRIJS,
     "Alles heeft een prijskaartje en er wordt niet afgedongen. Ter info: kleding kost 1 tot 8 €, boeken 0,50 tot 3 €, "
     "een stoel rond 10 €, een kast of zetel 30 tot 150 €. Met een kansenpas of een attest van het OCMW krijgt u 50 % "
     "korting, en op de eerste zaterdag van de maand is alle kleding half geld.",
     "winkel", ["prijs", "hoeveel kost", "korting", "afdingen", "goedkoop"],
     ["wat kost een kast", "zijn jullie goedkoop", "krijg ik korting met een kansenpas"]),
    (Q_LEVEREN,
     "Ja. Levering in Gent kost 25 €, tot 15 km rond Gent 40 €. We leveren binnen de week, op dinsdag, woensdag of "
     "vrijdag. We zetten alles binnen op het gelijkvloers; per verdieping via de trap betaalt u 10 € extra. Meubels "
     "monteren doen we niet.",
     "levering", ["levering", "thuis leveren", "aan huis", "transport", "leveringskost"],
     ["kunnen jullie de kast leveren", "wat kost levering", "brengen jullie het naar mijn huis"]),
    (Q_RESERVEREN,
     "Ja, in de winkel of telefonisch (09 224 61 38) leggen we een stuk 48 uur opzij. Wilt u het langer laten staan, dan "
     "betaalt u 20 % voorschot en houden we het tot 7 dagen bij. Online reserveren kan niet.",
     "winkel", ["reserveren", "opzij leggen", "vasthouden", "voorschot", "apart zetten"],
     ["kunnen jullie die kast opzij zetten", "kan ik iets laten reserveren", "hoe lang houden jullie iets bij"]),
    (Q_ELEKTRO,
     "Ja, elk toestel wordt in ons atelier getest en veilig bevonden voor het in de winkel komt; u herkent dat aan de "
     "groene sticker. Op grote toestellen (wasmachine, koelkast, fornuis) geven we 6 maanden garantie, op kleine "
     "toestellen 1 maand. Breng het toestel met uw kasticket terug: we herstellen het, geven u een ander of betalen u "
     "terug.",
     "toestellen", ["elektrische toestellen", "getest", "garantie", "wasmachine", "koelkast"],
     ["werkt die wasmachine wel", "is er garantie op toestellen", "zijn de toestellen nagekeken"]),
    (Q_VRIJWILLIGER,
     "Graag! Vrijwilligers zijn welkom vanaf 16 jaar, minstens een halve dag per week: in de winkel, bij het sorteren, in "
     "het fietsatelier of mee op de bestelwagen. U bent verzekerd en krijgt een vergoeding voor uw verplaatsingen. Kom "
     "langs voor een kennismaking of bel 09 224 61 38.",
     "vrijwilligers", ["vrijwilligerswerk", "vrijwillig", "engageren", "meewerken", "vacatures"],
     ["zoeken jullie vrijwilligers", "kan ik bij jullie meewerken", "hoe word ik vrijwilliger"]),
    (Q_BETALEN,
     "U kunt betalen met Bancontact, met Payconiq via de app, met een kredietkaart vanaf 10 € of cash. Bedrijven krijgen "
     "op vraag een factuur. Waardebonnen van onze winkel zijn 1 jaar geldig.",
     "winkel", ["betalen", "Bancontact", "Payconiq", "cash", "kredietkaart"],
     ["kan ik met de kaart betalen", "nemen jullie payconiq", "moet ik cash betalen"]),
    (Q_TERUG,
     "Binnen 14 dagen, met het kasticket en in dezelfde staat. U krijgt dan een waardebon van de winkel, 1 jaar geldig; "
     "geld terug geven we alleen bij een defect elektrisch toestel onder garantie. Ondergoed en badkleding nemen we niet "
     "terug.",
     "winkel", ["terugbrengen", "ruilen", "waardebon", "retour", "kasticket"],
     ["mag ik iets terugbrengen", "kan ik ruilen", "krijg ik mijn geld terug"]),
    (Q_ANNULEREN,
     "Bel of mail ons minstens 2 werkdagen op voorhand (09 224 61 38), dan is dat geen probleem en geven we de plaats aan "
     "iemand anders. Wilt u een andere datum, dan zoeken we samen een nieuwe. Staat onze ploeg 2 keer voor een gesloten "
     "deur, dan plannen we geen gratis ophaling meer in.",
     "ophaling", ["annuleren", "afzeggen", "ophaling verzetten", "andere datum", "niet meer nodig"],
     ["ik wil mijn ophaling annuleren", "kan de ophaling later", "ik heb de ophaling niet meer nodig"]),
    (Q_LEEGMAKEN,
     "Ja, we ruimen huizen, appartementen en kamers in een woonzorgcentrum leeg, ook na een overlijden. Na een gratis "
     "plaatsbezoek krijgt u een vaste prijs; een appartement kost meestal tussen 250 en 900 €, minder als er veel "
     "verkoopbare spullen zijn. We leveren alles borstelschoon op binnen 2 weken na uw akkoord.",
     "ontruiming", ["woningontruiming", "leegmaken", "ontruimen", "appartement leeghalen", "plaatsbezoek"],
     ["kunnen jullie een huis leegmaken", "wat kost een ontruiming", "ontruimen jullie na een overlijden"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye with Flemish words
        ("hallo! ik verhuis eind deze maand. komen jullie gratis een kast en een eettafel met 6 stoelen ophalen? en mijn "
         "oude matras, mag die ook mee?",
         "Small talk greeting + " + both(Q_OPHALEN, Q_NIET) + " — free pick-up of usable furniture in Ghent and up to "
         "15 km, booked on the website or 09 224 61 38, 1-2 weeks' wait; mattresses are not accepted.",
         "Only one half without pointing to the other; saying the mattress can go along; the delivery entry (the shop "
         "delivering to him); a handover."),
        ("hoeveel tijd vooraf moet ik dat aanvragen?",
         faq(Q_OPHALEN) + " — count on a waiting time of 1-2 weeks, so ask at least that far ahead.",
         "The cancelling entry (2 working days); the reserving entry (48 h); asking what he means."),
        ("moet ik die kast zelf uit elkaar halen of doen jullie dat?",
         faq(Q_VOORBEREIDEN) + " — take large furniture apart if possible and empty it (the 2 drivers have at most "
         "45 minutes per pick-up); small things in boxes up to 20 kg.",
         "The delivery entry (the shop does not assemble); the not-accepted entry; inventing that they always dismantle."),
        ("oke super, merci! salut",
         "Small talk: acknowledgement + thanks + goodbye (Flemish: `merci` = thanks, `salut` = bye) — short friendly "
         "close.",
         "An FAQ answer; choices; not understanding and asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("dag, ik heb een vraag over iets dat ik bij jullie gekocht heb",
         "Too vague to answer — choices (returning, delivery, appliances' warranty, payment...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("de zetel die ik zaterdag kocht past toch niet in mijn living, mag ik die terugbrengen?",
         TYPE + faq(Q_TERUG) + " — yes within 14 days with the till receipt and in the same state; she gets a store "
         "voucher valid 1 year.",
         "Tapping an earlier choice; the delivery entry; saying nothing can be returned; the donating entry."),
        ("en krijg ik die 85 euro dan gewoon cash?",
         faq(Q_TERUG) + " — no: a store voucher (1 year); money back only for a faulty electrical appliance under "
         "warranty.",
         "The payment entry (cash accepted); saying yes, money back; asking what she means."),
        ("even tussendoor: praat ik nu met een robot of met een echte persoon?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("goeiedag, ik had een vraag over de winkel",
         "Too vague to answer — choices (opening hours, prices, donating, volunteering...) or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nee, niks van dat allemaal",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("ik ben net met pensioen en zou graag een paar uur per week in de winkel komen helpen",
         faq(Q_VRIJWILLIGER) + " — welcome from 16, at least half a day a week (shop, sorting, bike workshop, on the van); "
         "insured, travel costs paid; drop in for an introduction or call 09 224 61 38.",
         "The opening hours; 'not covered'; a handover without the entry."),
        ("en als ik thuis een oude fauteuil heb, kunnen jullie die opnieuw bekleden als ik betaal?",
         "Not covered by the FAQ (near the trade: reupholstering or repairing customers' furniture is not offered) — "
         "says so honestly, offers a person or the phone number.",
         "Inventing an upholstery service or a price; the appliance-testing workshop as if it did this; the donating entry."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("hallo, mijn zoon gaat in september alleen wonen. wat kosten een bed en een bureau bij jullie ongeveer? en "
         "leveren jullie dat ook bij hem thuis?",
         both(Q_PRIJS, Q_LEVEREN) + " — price tags, no haggling; e.g. a chair about 10 €, a cupboard or sofa 30-150 € "
         "(no exact bed price: it depends on the piece); delivery 25 € in Ghent, 40 € up to 15 km, within the week, "
         "10 € per floor by stairs, no assembly.",
         "Only one half without pointing to the other; inventing an exact price for a bed; the free pick-up entry (that "
         "is for donations)."),
        ("daar vroeg ik niet naar. als ik iets zie staan, houden jullie dat dan een paar dagen voor mij vast?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_RESERVEREN) + " — 48 h "
         "free, up to 7 days with a 20 % advance; in the shop or by phone, not online.",
         "Ignoring the complaint and repeating the previous answer; saying nothing can be put aside; a handover without "
         "answering."),
        ("zo komen we nergens. ik wil iemand van de winkel spreken, nu",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("reageert er nog iemand?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. opening hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("de frigo die ik vorige maand bij jullie kocht koelt al niet meer en al mijn eten is weg. en dan zeggen jullie "
         "nog dat alles gecontroleerd wordt, belachelijk!",
         faq(Q_ELEKTRO) + " — calm, acknowledges the anger: large appliances have 6 months' warranty; bring it back with "
         "the till receipt and the shop repairs it, gives another one or pays back. Offering a person (or help with "
         "transport via a person) is fine.",
         "A cold answer ignoring the anger; the returns entry alone (14 days, voucher only) as if the warranty did not "
         "exist; the delivery entry; a handover with no explanation."),
        ("weet jij wanneer ivago de pmd-zakken komt ophalen in mijn straat?",
         "Not covered (unrelated: the city's waste collection, Ivago) — says it cannot help with that, no FAQ answer.",
         "The free pick-up entry because of `ophalen`; the not-accepted entry; inventing a collection day."),
        ("laat maar. kan iemand mij terugbellen op 0479 23 86 14? liefst na 16u",
         "Hands over / passes on a callback request to 0479 23 86 14, after 16:00; no FAQ answer.",
         "Ignoring the number; only giving the shop's phone number; an FAQ answer; asking to rephrase."),
        ("hoe lang gaat dat duren?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The pick-up waiting time (1-2 weeks); the delivery time; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, dialect person
        ("er zou donderdag een bestelwagen van jullie langskomen voor mijn oude kasten, maar mijn broer neemt ze nu toch "
         "over",
         faq(Q_ANNULEREN) + " — call or mail at least 2 working days ahead (09 224 61 38), then it is no problem; a new "
         "date is possible; do not claim it is done (Thursday may already be too close: say so if relevant).",
         "Claiming the pick-up has been cancelled; the pick-up booking entry; the preparing entry."),
        ("ja doe maar",
         "Ambiguous yes — asks what he means or explains what happens next (call 09 224 61 38 / a person); must not "
         "claim anything was cancelled.",
         "Saying the pick-up is now cancelled; a random FAQ entry."),
        ("en de dozen met boeken die hij niet wil, mag ik die zelf bij jullie brengen?",
         faq(Q_BRENGEN) + " — yes, free at the back entrance, Tue-Sat 10:00-17:00; up to 5 boxes without an appointment.",
         "The pick-up entry; the not-accepted entry; the opening hours alone without where and the 17:00 limit."),
        ("amai, ik verstoa der nie veel van. kunde mij ne keer doorverbinden me iemand van de winkel?",
         "Hands over to a person (Ghent/Flemish: `amai` = wow, `verstoa der nie` = don't understand it, `kunde` = can "
         "you, `ne keer` = just, `me` = met) — short, no FAQ answer.",
         "An FAQ answer (e.g. the address); not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("goeiemiddag! tot hoe laat zijn jullie zaterdag open? en kan ik met de auto tot aan de winkel rijden?",
         "Small talk greeting + " + both(Q_OPEN, Q_ADRES) + " — Saturday 10:00-18:00 (drop-offs until 17:00); "
         "Wolweversdreef 31, free customer car park with 20 places next to the shop, loading at the back entrance.",
         "Only one half without pointing to the other; the delivery entry; the Sunday hours only."),
        ("en met de app op mijn telefoon afrekenen, lukt dat?",
         faq(Q_BETALEN) + " — yes, Payconiq through the app (also Bancontact, credit card from 10 €, cash).",
         "The reserving entry (no online reserving); saying only cash; asking what she means."),
        ("mijn moeder verhuist naar een woonzorgcentrum. kunnen jullie haar appartement helemaal leeghalen, en wat kost "
         "dat ongeveer?",
         faq(Q_LEEGMAKEN) + " — yes, also after a death or a move to a care home; a free visit, then a fixed price, a flat "
         "usually 250-900 € (less with much sellable stuff); broom-clean within 2 weeks. Both parts (yes + price) needed.",
         "The free pick-up entry as if everything were free; only yes without a price; the price list of the shop."),
    ],
]

if __name__ == "__main__":
    write_faq("nl", FAQ)
    write_plan("nl", PLAN)
