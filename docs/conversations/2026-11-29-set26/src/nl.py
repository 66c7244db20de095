"""nl: Woonkring Tilburg (made up), housing association (woningcorporatie) in Tilburg; tenants write plain everyday
Dutch, two of them with Brabant words (conversations 1 and 6)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_REPARATIE = "Hoe meld ik een reparatie?"
Q_WIEBETAALT = "Welke reparaties moet ik zelf betalen?"
Q_SPOED = "Wat doe ik bij een spoedreparatie buiten kantoortijd?"
Q_HUUR = "Wanneer en hoe betaal ik de huur?"
Q_VERHOGING = "Hoeveel gaat mijn huur omhoog?"
Q_WACHTLIJST = "Hoe kom ik in aanmerking voor een (andere) woning?"
Q_OPZEGGEN = "Hoe zeg ik mijn huur op?"
Q_SLEUTEL = "Ik ben mijn sleutel kwijt, wat nu?"
Q_SCHIMMEL = "Wat doe ik tegen schimmel en vocht?"
Q_OVERLAST = "Wat kan ik doen bij overlast van buren?"
Q_TUIN = "Wat mag ik in mijn tuin?"
Q_CONTRACT = "Wat staat er in mijn huurcontract?"
Q_BORG = "Moet ik borg betalen?"
Q_VERANDEREN = "Mag ik zelf iets aan mijn woning veranderen?"
Q_KANTOOR = "Waar is jullie kantoor en wanneer zijn jullie bereikbaar?"

FAQ = [
    (Q_REPARATIE,
     "Meld een reparatie via Mijn Woonkring (website of app) of bel 013 540 22 10, maandag tot en met vrijdag van 8.00 "
     "tot 17.00 uur. Een vakman neemt binnen 2 werkdagen contact op voor een afspraak en komt meestal binnen 5 "
     "werkdagen. Voeg in de app een foto toe, dan kan hij meteen het goede materiaal meenemen.",
     "reparaties", ["reparatie", "melden", "defect", "vakman", "reparatieverzoek"],
     ["er is iets kapot in huis", "hoe geef ik een storing door", "wanneer komt de monteur"]),
    (Q_WIEBETAALT,
     "Klein onderhoud is voor de huurder: bijvoorbeeld kraanleertjes, lampen, deurklinken, het ontstoppen van een "
     "gootsteen en het bijstellen van deuren. De cv-ketel, het dak, leidingen en kozijnen zijn voor ons. Met het "
     "Reparatieabonnement (4,50 euro per maand) doen wij ook het kleine onderhoud zonder extra kosten.",
     "reparaties", ["kosten reparatie", "klein onderhoud", "reparatieabonnement", "huurder betaalt"],
     ["is dat voor mijn rekening", "wie betaalt de reparatie", "moet ik de kraan zelf laten maken"]),
    (Q_SPOED,
     "Bel bij spoed buiten kantoortijd 013 540 22 99 (24 uur per dag, 7 dagen per week). Spoed is: geen verwarming bij "
     "een buitentemperatuur onder 10 graden, een flinke lekkage, geen stroom in de hele woning of een buitendeur die niet "
     "meer op slot kan. Ruikt u gas, bel dan eerst 0800 9009. Komt de monteur voor iets dat kon wachten, dan betaalt u "
     "75 euro voorrijkosten.",
     "reparaties", ["spoed", "noodgeval", "buiten kantoortijd", "storingsdienst", "weekend"],
     ["wie bel ik in het weekend als de verwarming uitvalt", "noodnummer lekkage"]),
    (Q_HUUR,
     "De huur betaalt u vooraf, uiterlijk op de 1e van de maand. Het makkelijkst is automatische incasso op de 1e of de "
     "25e van de maand; dat regelt u in Mijn Woonkring. Lukt betalen niet, bel ons dan binnen 2 weken op 013 540 22 10: "
     "dan maken we een betalingsregeling. Huurtoeslag vraagt u aan bij de Belastingdienst.",
     "huur", ["huur betalen", "incasso", "betalingsregeling", "huurachterstand", "huurtoeslag"],
     ["wanneer wordt de huur afgeschreven", "ik kan de huur deze maand niet betalen"]),
    (Q_VERHOGING,
     "De huur gaat elk jaar op 1 juli omhoog. U krijgt uiterlijk 2 maanden van tevoren een brief met de nieuwe huur; "
     "in 2026 stijgen onze huren gemiddeld 4,1 procent. Bent u het er niet mee eens, dan kunt u tot 1 juli bezwaar maken "
     "met het formulier op onze website; komen we er samen niet uit, dan gaat het naar de Huurcommissie.",
     "huur", ["huurverhoging", "huurstijging", "bezwaar", "huur omhoog", "jaarlijkse aanpassing"],
     ["waarom wordt mijn huur duurder", "bezwaar tegen de huurverhoging"]),
    (Q_WACHTLIJST,
     "Schrijf u in op WoonMatch Hart van Brabant: inschrijven kost 25 euro en verlengen 10 euro per jaar. U reageert zelf "
     "op woningen; wie het langst ingeschreven staat, komt meestal eerst. In Tilburg is de gemiddelde inschrijfduur voor "
     "een eengezinswoning nu 7 jaar. Ook als u al bij ons huurt, reageert u via WoonMatch; met urgentie (aanvragen bij de "
     "gemeente) kan het sneller.",
     "woning zoeken", ["wachtlijst", "inschrijven", "woning zoeken", "urgentie", "WoonMatch"],
     ["hoe lang is de wachttijd", "ik wil een grotere woning", "hoe schrijf ik me in"]),
    (Q_OPZEGGEN,
     "Opzeggen doet u schriftelijk of in Mijn Woonkring, met een opzegtermijn van 1 maand; de huur kan op elke dag van de "
     "maand eindigen. Ongeveer 2 weken voor de einddatum komt een medewerker langs voor de voorinspectie: dan hoort u wat "
     "u nog moet herstellen of weghalen. Bij de eindinspectie levert u alle sleutels in.",
     "verhuizen", ["opzeggen", "huur opzeggen", "opzegtermijn", "eindinspectie", "verhuizen"],
     ["ik ga verhuizen", "hoe lang van tevoren moet ik opzeggen", "ik wil het contract beëindigen"]),
    (Q_SLEUTEL,
     "Staat u buiten en zijn wij dicht, bel dan zelf een slotenmaker: de kosten zijn voor u. Een nieuwe sleutel of tag "
     "voor de gezamenlijke voordeur of de berging bestelt u bij ons voor 25 euro per stuk, af te halen op kantoor na 3 "
     "werkdagen. Bij verlies van alle sleutels raden we aan de cilinder te laten vervangen (ongeveer 60 euro).",
     "sleutels", ["sleutel kwijt", "buitengesloten", "slotenmaker", "tag", "reservesleutel"],
     ["ik sta buiten en kan niet naar binnen", "extra sleutel laten maken", "kwijt tag portiek"]),
    (Q_SCHIMMEL,
     "Zet ramen of roosters elke dag open, laat de ventilatie altijd aan (stand 2 bij koken en douchen) en lucht 2 keer "
     "per dag 15 minuten. Kleine plekken haalt u weg met chloor of azijn. Komt de schimmel binnen 2 weken terug, of is er "
     "een lekkage of natte muur, meld het dan als reparatie: een opzichter komt binnen 10 werkdagen kijken.",
     "woning", ["schimmel", "vocht", "ventileren", "condens", "vochtige muur"],
     ["er zit schimmel in de badkamer", "natte plekken op de muur"]),
    (Q_OVERLAST,
     "Praat eerst zelf rustig met uw buren. Helpt dat niet, dan kunt u gratis Buurtbemiddeling Tilburg inschakelen. "
     "Blijft de overlast, meld het dan bij ons en houd 4 weken een logboek bij (datum, tijd, wat er gebeurde); daarna "
     "nodigen wij beide partijen uit. Bij acute geluidsoverlast 's nachts belt u de politie op 0900 8844.",
     "buren", ["overlast", "buren", "geluidsoverlast", "buurtbemiddeling", "burenruzie"],
     ["de buren maken herrie", "klacht over mijn buurman"]),
    (Q_TUIN,
     "U houdt de tuin zelf netjes: gras maaien, onkruid weghalen, heggen snoeien tot maximaal 2 meter. Een schutting tot "
     "1,80 meter en een los schuurtje tot 10 m2 mogen zonder toestemming. Voor bomen kappen, een overkapping of meer dan "
     "de helft bestraten vraagt u eerst toestemming aan.",
     "tuin", ["tuin", "schutting", "schuurtje", "tuinonderhoud", "heg"],
     ["mag ik een schutting plaatsen", "moet ik de heg zelf snoeien"]),
    (Q_CONTRACT,
     "Uw huurcontract staat in Mijn Woonkring onder Documenten; een papieren kopie krijgt u gratis aan de balie. Het "
     "contract is voor onbepaalde tijd en hoort bij onze Algemene Huurvoorwaarden (2024). Onderverhuren mag niet. Iemand "
     "die langer dan 3 maanden bij u komt inwonen, meldt u bij ons; diegene krijgt zelf geen huurrecht.",
     "contract", ["huurcontract", "huurovereenkomst", "huurvoorwaarden", "onderhuur", "inwoning"],
     ["waar vind ik mijn contract", "mag ik een kamer onderverhuren", "kopie huurcontract"]),
    (Q_BORG,
     "Voor een sociale huurwoning vragen wij geen borg. Voor een middenhuurwoning is de borg 1 maand kale huur. U krijgt "
     "de borg binnen 14 dagen na de eindinspectie terug, min eventuele kosten voor schade of achterstallige huur.",
     "contract", ["borg", "waarborgsom", "borg terug", "middenhuur"],
     ["krijg ik mijn borg terug", "hoeveel borg moet ik betalen"]),
    (Q_VERANDEREN,
     "Kleine dingen zoals schilderen, een andere vloer of gordijnrails mag u zonder toestemming. Voor grotere "
     "veranderingen, zoals een nieuwe keuken, een muur eruit of een dakkapel, vraagt u eerst toestemming aan met het "
     "ZAV-formulier; u hoort binnen 4 weken of het mag. Bij vertrek bespreken we bij de voorinspectie wat mag blijven: "
     "een vloer die de volgende huurder niet overneemt, moet u meestal weghalen.",
     "woning", ["zelf aangebrachte veranderingen", "ZAV", "verbouwen", "toestemming", "klussen"],
     ["mag ik een nieuwe keuken plaatsen", "toestemming voor verbouwing"]),
    (Q_KANTOOR,
     "Ons kantoor is aan de Wagenmakerstraat 41 in Tilburg. De balie is open maandag tot en met donderdag van 9.00 tot "
     "12.30 uur; op vrijdag en in het weekend zijn we dicht. Telefonisch zijn we bereikbaar op 013 540 22 10, maandag "
     "tot en met vrijdag van 8.00 tot 17.00 uur.",
     "contact", ["kantoor", "adres", "openingstijden", "balie", "telefoonnummer"],
     ["wanneer is de balie open", "wat is jullie adres", "hoe bereik ik jullie"]),
]

PLAN = [
    [  # 1 boiler + tap: report and who pays, how long, heating out at night, Brabant goodbye
        ("goedemiddag, de cv-ketel maakt rare geluiden en de kraan in de badkamer drupt. hoe geef ik dat door en moet ik dat zelf betalen?",
         "Small talk greeting + " + both(Q_REPARATIE, Q_WIEBETAALT) + " — report via Mijn Woonkring or 013 540 22 10 (Mon-Fri 8-17); the boiler is the association's, a dripping tap (washer) is small maintenance for the tenant unless he has the repair subscription (4,50 € a month).",
         "Only one half without pointing to the other; the out-of-hours entry as the main answer; saying the tenant pays for the boiler."),
        ("en hoe snel komt er dan iemand?",
         faq(Q_REPARATIE) + " — contact within 2 working days, a visit usually within 5 working days.",
         "The out-of-hours number as if urgent; asking what he means; the office hours."),
        ("en als ie vannacht helemaal uitvalt? het is 3 graden buiten",
         faq(Q_SPOED) + " — no heating below 10 degrees outside counts as urgent: 013 540 22 99, day and night.",
         "The normal repair entry (5 working days); 'not covered'; the office hours."),
        ("top, bedankt he. houdoe!",
         "Small talk: acknowledgement + thanks + goodbye (`houdoe` = Brabant goodbye) — short friendly close.",
         "An FAQ answer; choices; a handover; not recognising 'houdoe' as a goodbye."),
    ],
    [  # 2 vague about rent, increase typed while choices show, objection, bot?
        ("vraagje over de huur",
         "Too vague to answer — choices (paying the rent, rent increase, contract) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("ik kreeg een brief dat ik vanaf juli 38 euro meer kwijt ben per maand, klopt dat wel?",
         TYPE + faq(Q_VERHOGING) + " — rent goes up every 1 July, letter at least 2 months ahead, 4,1 % on average in 2026; objection possible until 1 July.",
         "Tapping an earlier choice; the paying-the-rent entry; the lost-key entry ('kwijt'); 'not covered'."),
        ("kan ik daar nog wat tegen doen?",
         faq(Q_VERHOGING) + " — objection with the form on the website until 1 July; if no agreement, the Huurcommissie.",
         "The payment-arrangement entry; the neighbours entry; asking what she means."),
        ("ben ik nou aan het chatten met een computer?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3 vague problem, typed rejection, mould in other words, garage box (near-trade)
        ("er is iets mis in mijn huis",
         "Too vague to answer — choices (repair, urgent repair, damp/mould) or a clarifying question.",
         "A handover; 'not covered'; one entry as if sure."),
        ("nee, het gaat om iets anders",
         TYPE + "Typed rejection — asks what is wrong / invites a rephrasing; no handover yet, no repeat of the same choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("in de slaapkamer komen zwarte plekjes op het plafond en het ruikt er muf",
         faq(Q_SCHIMMEL) + " — air the room (2 x 15 min a day, ventilation on), clean small spots with chlorine or vinegar; if it comes back within 2 weeks or there is a leak, report it: inspection within 10 working days.",
         "The urgent-repair number; the paint/changes entry; a handover without the advice."),
        ("hebben jullie ook garageboxen te huur? zoek een plekje voor mn scooter",
         "Not covered by the FAQ (near the trade: garages/parking spaces to rent are not in the FAQ) — says so honestly, offers a person.",
         "Inventing garages or a price; the garden shed entry; the waiting-list entry as if it answered."),
    ],
    [  # 4 bigger home + deposit, push-back + brother moving in, push-back twice + person, waiting
        ("we krijgen een tweede kindje en dit huis wordt te klein. hoe kom ik aan een groter huis en moet ik dan opnieuw borg betalen?",
         both(Q_WACHTLIJST, Q_BORG) + " — respond yourself via WoonMatch (25 € to register, about 7 years for a family house, urgency via the municipality); no deposit for social housing, 1 month's rent for mid-rent.",
         "Only one half without pointing to the other; promising a house; the moving-out entry alone."),
        ("daar heb ik niks aan. mag mijn broer dan in de tussentijd een paar maanden bij ons intrekken?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_CONTRACT) + " — someone staying longer than 3 months must be reported; he gets no tenancy rights; subletting is not allowed.",
         "Ignoring the complaint and repeating the waiting-list answer; the neighbours entry; a handover without answering; saying it is forbidden."),
        ("jezus, laat maar. geef me gewoon een mens van vlees en bloed",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("is er al iemand?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented wait time.",
         "An FAQ answer (office hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5 angry about noise upstairs (covered), Tilburg fair, callback, waiting
        ("al 3 weken bel ik over de bovenburen die elke nacht tot 2 uur keiharde muziek draaien en er gebeurt NIKS. belachelijk!!",
         faq(Q_OVERLAST) + " — calm, acknowledges the anger: free Buurtbemiddeling Tilburg, a 4-week log (date, time, what happened) after which the association invites both sides; acute noise at night: police 0900 8844. Offering a person as well is fine.",
         "A cold answer ignoring the anger; the repair entry; only 'talk to your neighbours' without the next steps; a handover with no explanation."),
        ("weet u toevallig wanneer de kermis dit jaar is?",
         "Not covered (unrelated: the dates of the Tilburg fair) — says it cannot help with that, no FAQ answer.",
         "Any FAQ answer; inventing dates."),
        ("laat maar iemand terugbellen op 06 41 27 93 58, na 5 uur ben ik thuis",
         "Hands over / passes on a callback request to 06 41 27 93 58 after 17:00; no FAQ answer.",
         "Ignoring the number; only giving the office phone number; an FAQ answer; asking to rephrase."),
        ("duurt dat weer weken?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The repair times (2/5 working days) or the waiting list (7 years); promising an exact time."),
    ],
    [  # 6 moving out without the word, ambiguous yes, laminate, Brabant person
        ("ik ga per 1 maart bij mijn vriend in goirle wonen, hoe regel ik dat met dit huis?",
         faq(Q_OPZEGGEN) + " — give notice in writing or in Mijn Woonkring, 1 month's notice, any day of the month; pre-inspection about 2 weeks before; do not claim the tenancy has been ended.",
         "Claiming the tenancy is ended; the waiting-list entry; the contract entry alone."),
        ("ja",
         "Ambiguous ja — asks what she means or explains the next step (how to give notice / a person); must not claim anything was ended.",
         "Saying the tenancy is now ended; a random FAQ entry."),
        ("en da laminaat dat ik er zelf in gelegd heb, moet da eruit?",
         faq(Q_VERANDEREN) + " — discussed at the pre-inspection; a floor the next tenant does not take over usually has to go. Pointing to the pre-inspection in the notice entry is fine too.",
         "Saying it can always stay; the deposit entry; not understanding `da` (= dat)."),
        ("hedde gij nie gewoon unne mens die da effe mee mij kan regelen?",
         "Hands over to a person (Brabant: `hedde gij` = heb jij, `nie` = niet, `unne` = een, `da` = dat, `mee mij` = met mij) — short, no FAQ answer.",
         "An FAQ answer; not understanding the request; asking to rephrase."),
    ],
    [  # 7 locked out + office, weekend, shed + rent date
        ("goeiemorgen, ik heb mijn sleutels laten liggen en sta voor een dichte deur. wat moet ik doen? en waar zitten jullie?",
         "Small talk greeting + " + both(Q_SLEUTEL, Q_KANTOOR) + " — if the office is closed call a locksmith yourself (at your own cost); new key or tag 25 € from the office; Wagenmakerstraat 41, desk Mon-Thu 9.00-12.30, phone Mon-Fri 8-17.",
         "Only one half without pointing to the other; the urgent-repair number as if they open doors; 'not covered'."),
        ("en zaterdag?",
         faq(Q_KANTOOR) + " — closed on Fridays and at the weekend (the desk), phone only on weekdays.",
         "The urgent-repair line as 'open on Saturday' for keys; asking what he means."),
        ("nog 2 dingen: mag ik een schuurtje achterin de tuin zetten, en wanneer gaat de huur van mijn rekening af?",
         both(Q_TUIN, Q_HUUR) + " — a loose shed up to 10 m2 without permission; rent due by the 1st, direct debit on the 1st or the 25th (set it in Mijn Woonkring).",
         "Only one half without pointing to the other; the rent-increase entry; the changes (ZAV) entry as if a shed needed a form."),
    ],
]

if __name__ == "__main__":
    write_faq("nl", FAQ)
    write_plan("nl", PLAN)
