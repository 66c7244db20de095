"""Dutch (Flemish, Antwerp): Frituur 't Hoekske, chip shop with take-away and delivery, Deurne (Antwerpen)."""
from common_es_nl_pt import AFTER, CHOICES, REJECT, WAIT, both, faq, overlap_report, write_faq, write_plan

UREN = "Wat zijn jullie openingsuren?"
PRIJS = "Wat kost een pak friet?"
SAUZEN = "Welke sauzen hebben jullie?"
OSSEWIT = "Bakken jullie in ossewit?"
VEGGIE = "Hebben jullie vegetarische of vegan snacks?"
LEVEREN = "Leveren jullie aan huis?"
BESTELLEN = "Hoe kan ik bestellen?"
BETALEN = "Hoe kan ik betalen?"
ANNULEREN = "Kan ik mijn bestelling annuleren of wijzigen?"
KLACHT = "Mijn bestelling is koud of niet juist, wat nu?"
LEVERTIJD = "Hoe lang duurt een levering?"
ALLERGENEN = "Welke allergenen zitten er in jullie snacks?"
FRIETKAR = "Komen jullie met een frietkar naar een feest?"
WAAR = "Waar zijn jullie en kan ik parkeren?"
KAART = "Hebben jullie een klantenkaart?"

TEL = "03 321 45 67"

FAQ = [
    (UREN, "Dinsdag tot en met zondag van 11u30 tot 14u00 en van 17u00 tot 22u00; vrijdag- en zaterdagavond tot 23u00. Maandag gesloten.",
     "openingsuren", ["openingsuren", "open", "gesloten", "uur"], ["Wanneer zijn jullie open?", "Zijn jullie vandaag open?"]),
    (PRIJS, "Klein €3,20, middel €3,80, groot €4,50, familiepak (3-4 personen) €11,00. Koude sauzen €1,00 per potje, huisgemaakte stoofvleessaus €1,80.",
     "prijzen", ["prijs", "kost", "pak friet", "familiepak", "groot"], ["Hoeveel is een grote friet?", "Wat zijn jullie prijzen?"]),
    (SAUZEN, "18 sauzen: o.a. mayonaise, tartaar, andalouse, samurai, joppie, curry ketchup, bicky, cocktail, looksaus, pickles en huisgemaakte stoofvleessaus. Koude sauzen €1,00, stoofvleessaus €1,80.",
     "menu", ["saus", "sauzen", "mayonaise", "stoofvleessaus", "andalouse"], ["Hebben jullie stoofvleessaus?", "Welke saus kan ik nemen?"]),
    (OSSEWIT, "Ja, onze frieten worden twee keer gebakken in ossewit (rundsvet). De snacks bakken we in een aparte ketel met plantaardige olie.",
     "menu", ["ossewit", "vet", "olie", "rundsvet"], ["In welk vet bakken jullie?", "Gebruiken jullie olie of vet?"]),
    (VEGGIE, "Ja: vegetarische frikandel, kaaskroket, groentenburger en falafel. Let op: de frieten worden in ossewit gebakken en zijn dus niet vegetarisch; op vraag bakken we ze in plantaardige olie in een aparte ketel (+€0,50, reken 10 minuten extra).",
     "menu", ["vegetarisch", "vegan", "veggie", "plantaardig"], ["Wat kan een vegetariër bij jullie eten?", "Zijn er veggie snacks?"]),
    (LEVEREN, "Ja, van 17u30 tot 21u30 in Deurne, Borgerhout en Merksem, zelf of via Takeaway.com. Leveringskost €2,50, gratis vanaf €25. Minimumbestelling €15. 's Middags leveren we niet.",
     "levering", ["leveren", "levering", "aan huis", "leveringskost"], ["Brengen jullie ook rond?", "Tot waar leveren jullie?"]),
    (BESTELLEN, f"Online op www.frituurthoekske.be, via Takeaway.com of telefonisch op {TEL}. Afhalen is gemiddeld na 15 minuten klaar, op vrijdagavond reken op 30 minuten.",
     "bestellen", ["bestellen", "online", "telefonisch", "afhalen"], ["Kan ik online bestellen?", "Kan ik op voorhand bellen om af te halen?"]),
    (BETALEN, "Cash, Bancontact, Payconiq en maaltijdcheques (Edenred en Pluxee, ook elektronisch). Geen Visa of Mastercard. Bij levering: cash of vooraf online.",
     "betalen", ["betalen", "bancontact", "payconiq", "cash", "maaltijdcheques"], ["Kan ik met de kaart betalen?", "Nemen jullie maaltijdcheques aan?"]),
    (ANNULEREN, f"Bel {TEL} binnen 5 minuten na je bestelling; daarna ligt ze meestal al in de frituur en kunnen we niet meer annuleren of wijzigen. Bestellingen via Takeaway.com annuleer je via hun klantendienst.",
     "bestellen", ["annuleren", "wijzigen", "bestelling", "afzeggen"], ["Kan ik iets aan mijn bestelling veranderen?", "Ik wil mijn bestelling afzeggen"]),
    (KLACHT, f"Sorry daarvoor! Bel ons binnen het uur op {TEL} of stuur een foto via WhatsApp naar 0478 12 34 56; we brengen een nieuwe bestelling of betalen terug.",
     "klachten", ["koud", "fout", "klacht", "ontbreekt"], ["Er ontbreekt iets in mijn bestelling", "Mijn eten was koud"]),
    (LEVERTIJD, "Meestal 30 tot 45 minuten; op vrijdag- en zaterdagavond soms tot 60 minuten.",
     "levering", ["levertijd", "duurt", "wachttijd", "snel"], ["Hoelang moet ik wachten op mijn eten?", "Wanneer komt mijn bestelling?"]),
    (ALLERGENEN, "De allergenenlijst hangt aan de toog en staat op de website. De frieten zelf zijn glutenvrij, maar de ketel van de snacks wordt gedeeld met gepaneerde snacks, dus kruisbesmetting is mogelijk: niet geschikt bij strenge coeliakie.",
     "menu", ["allergenen", "gluten", "allergie", "coeliakie"], ["Zijn jullie frieten glutenvrij?", "Ik heb een allergie, wat kan ik eten?"]),
    (FRIETKAR, "Ja, frietkar aan huis vanaf 40 personen: €9 per persoon (friet, 2 snacks, sauzen), enkel op maandag of op afspraak. Minstens 4 weken op voorhand reserveren.",
     "feesten", ["frietkar", "feest", "catering", "personen"], ["Doen jullie catering?", "Kan ik een frietkot huren voor een trouw?"]),
    (WAAR, "Turnhoutsebaan 412, 2100 Deurne, naast de Sint-Rochuskerk. Gratis parking achter de kerk; tram 10 en 24 stoppen aan de deur.",
     "praktisch", ["adres", "waar", "parking", "tram"], ["Wat is jullie adres?", "Is er parking in de buurt?"]),
    (KAART, "Ja, een stempelkaart: per aankoop vanaf €10 één stempel, 10 stempels = een gratis groot pak friet met saus. Vraag ze aan de toog; niet geldig op bestellingen via Takeaway.com.",
     "prijzen", ["klantenkaart", "stempelkaart", "stempel", "korting"], ["Hebben jullie een spaarkaart?", "Krijg ik korting als vaste klant?"]),
]

CONVS = [
    [  # 1: greeting + question, follow-ups, two in one, thanks/goodbye
        ("hallo! zijde vandaag open? tis maandag",
         faq(UREN, "closed on Monday; open Tue–Sun 11u30–14u and 17u–22u (a short hello back is fine)"),
         "saying they are open; only a greeting"),
        ("en morgen tot hoe laat?",
         faq(UREN, "tomorrow is Tuesday: 11u30–14u00 and 17u00–22u00"),
         "the delivery-time entry; Friday/Saturday hours only"),
        ("en wa kost nen groten?",
         faq(PRIJS, "a large friet costs €4,50 (follow-up: 'nen groten' = a large portion of chips)"),
         "choices; the klantenkaart entry ('gratis groot pak')"),
        ("allee en brengde gij da ook naar merksem? en kan ik da met maaltijdcheques betalen?",
         both(LEVEREN, BETALEN, "yes Merksem, 17u30–21u30, €2,50, free from €25, min €15; maaltijdcheques yes (Edenred, Pluxee), on delivery cash or online in advance"),
         "only one half with no pointer to the other"),
        ("top merci, salukes!",
         "Small talk: thanks/goodbye — short reply", "an FAQ answer; a handover"),
    ],
    [  # 2: vague -> choices; question typed while choices show; follow-up; bot?
        ("ik heb ne vraag over de frieten",
         "Too vague to answer — choices (price / ossewit / vegetarian / allergens) or a question which",
         "a handover; answering one entry as if sure"),
        ("mijn dochter eet geen vlees, mag zij uw frieten eten?",
         CHOICES + faq(VEGGIE, "the fries are baked in ossewit (beef fat), so not vegetarian; on request in plant oil in a separate pan, +€0,50, 10 min extra"),
         "'yes, all fries are vegetarian'; ignoring the typed text"),
        ("en hoelang moet ik dan wachten?",
         faq(VEGGIE, "plant-oil fries take about 10 minutes extra (follow-up)"),
         "the delivery time entry (30–45 min); the take-away 15 min alone"),
        ("zijt gij eigenlijk ne robot ofwa?",
         "Small talk: honest — an automatic assistant, a person can take over if wanted; no handover",
         "claiming to be human; a handover unasked"),
    ],
    [  # 3: vague, typed rejection, rephrasing, near-trade not offered
        ("iets voor een groep?",
         "Too vague to answer — choices (frietkar for parties / familiepak price) or a question",
         "a handover; 'not covered'"),
        ("nee nee da bedoel ik nie",
         REJECT + "Push-back (first time) — apologise, ask what they need; no handover yet",
         "the same choices again; a handover"),
        ("we zijn met 12 op't werk in merksem, brengde gij da rond de middag?",
         faq(LEVEREN, "Merksem yes, but delivery only 17u30–21u30 — no delivery at noon"),
         "'yes we deliver to Merksem' without saying not at noon; the frietkar entry"),
        ("en doen jullie ook broodjes, een smoske of zo? voor de collegas die geen friet willen",
         "Not covered by the FAQ (sandwiches, near-trade) — say so, offer a person",
         "the veggie snacks entry; the price entry"),
    ],
    [  # 4: unrelated, answer, push-back twice
        ("weet gij of de ring vandaag weer vaststaat?",
         "Not covered by the FAQ (traffic on the Antwerp ring, unrelated) — can't help with that",
         "the delivery-time entry; the address/parking entry"),
        ("pakte gij visa aan de toog?",
         faq(BETALEN, "no Visa/Mastercard; cash, Bancontact, Payconiq, maaltijdcheques"),
         "'yes, all cards'; choices"),
        ("da was mijn vraag nie",
         "Push-back (first time) — apologise, ask what is missing or offer a person",
         "the same answer again; a handover before asking"),
        ("amai, nog altijd nie. kunde gij nu echt niks?",
         "Push-back (second time in a row) — hand over to a person now",
         "the payment answer a third time; more choices"),
    ],
    [  # 5: angry customer the FAQ covers, follow-up, cancel an order, ambiguous yes
        ("wa is dees?? 1u gewacht, de frieten zijn ijskoud en pappig en ze zijn mijn bicky vergeten. schandalig",
         faq(KLACHT, f"apology; call {TEL} within the hour or WhatsApp a photo to 0478 12 34 56; new order or money back"),
         "no apology; the delivery-time entry; a handover instead of the answer"),
        ("moet da met foto?",
         faq(KLACHT, f"a photo via WhatsApp 0478 12 34 56, or just call {TEL} within the hour"),
         "'not covered'; choices"),
        ("en die andere bestelling die ik net geplaatst heb voor mijn moeder, annuleer die maar",
         faq(ANNULEREN, f"call {TEL} within 5 minutes of ordering; Takeaway.com orders via their customer service"),
         "saying the bot cancelled it"),
        ("ja",
         "Ambiguous ja — acknowledge or ask what they mean; point to the phone number to cancel",
         "'your order is cancelled'; a random entry"),
    ],
    [  # 6: angry request for a person, waiting
        ("kan ik ne mens spreken aub, gene computer. nu direct!",
         "Request for a person (angry, dialect: 'ne mens' = a human) — hand over",
         "an FAQ answer; choices"),
        ("allo?? zijde gij daar nog",
         AFTER + "Waiting — reassure that a person will answer; no FAQ answer",
         "an FAQ entry; a new handover loop"),
        ("hoelang gaat da nog duren zeg",
         AFTER + WAIT + "Waiting — reassure; no invented wait time",
         "'5 minutes' or any invented time; the delivery-time entry"),
    ],
    [  # 7: question without FAQ words, callback, acknowledgement
        ("binnen hoeveel tijd is de chauffeur hier ongeveer?",
         faq(LEVERTIJD, "usually 30–45 minutes; Friday/Saturday evening up to 60"),
         "the delivery hours entry; choices"),
        ("kunt ge mij efkes terugbellen op 0491 23 45 67? typen is nie mijn ding",
         "Request for a person (callback, made-up number) — hand over / pass the number on; no promised call time",
         "an FAQ answer; giving only the shop number as if that settles it"),
        ("ok kwacht wel, merci",
         AFTER + "Small talk: acknowledgement — short reply, no FAQ answer",
         "an FAQ entry; another handover"),
    ],
]

STOP = set("wat hoe jullie een het van voor met kan ook dat die zijn mijn wel nog niet nie".split())

if __name__ == "__main__":
    print(write_faq("nl", FAQ))
    path, n, t = write_plan("nl", CONVS)
    print(path, n, "conversations", t, "turns")
    overlap_report(FAQ, CONVS, STOP)
