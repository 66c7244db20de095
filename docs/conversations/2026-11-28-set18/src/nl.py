"""nl: Glazenwasserij Van Damme, window cleaning and gutters, Gent (Flemish)."""
from common_b import write_faq, write_plan, faq_ref as F, both as B

Q = [
 ("Wat kost het ramen wassen van een woning?", "Een rijwoning binnen en buiten kost vanaf € 55, enkel buiten vanaf € 35. Een halfopen of open bebouwing kost vanaf € 85 binnen en buiten. Boven 20 ramen rekenen we € 3 per extra raam.", "prijzen", ["prijs", "ramen wassen", "kost", "rijwoning", "binnen en buiten"], ["hoeveel kost glazenwassen", "prijs voor mijn ramen", "tarief ramen binnen en buiten"]),
 ("Kan ik een vast abonnement nemen?", "Ja, we komen om de 4, 6 of 8 weken op een vaste dag. Met een abonnement krijgt ge 10 % korting op elke beurt. Het abonnement is maandelijks opzegbaar, zonder kosten.", "abonnement", ["abonnement", "vaste klant", "om de zoveel weken", "regelmatig"], ["kunnen jullie regelmatig komen", "vast contract voor ramen", "hoe vaak komen jullie langs"]),
 ("Wat kost het reinigen van de dakgoten?", "Dakgoten reinigen kost € 4 per lopende meter, met een minimum van € 60, tot 2 verdiepingen hoog. Een verstopte afvoerbuis ontstoppen kost € 25 extra.", "goten", ["dakgoot", "goten", "reinigen", "afvoer", "verstopt"], ["goten kuisen prijs", "mijn dakgoot zit vol bladeren", "afvoerbuis verstopt"]),
 ("Werken jullie ook als het regent?", "Bij lichte regen werken we gewoon door: we wassen met zuiver gedemineraliseerd water, dus er blijven geen vlekken. Bij storm, onweer of vorst onder 0 °C verplaatsen we de afspraak kosteloos en sturen we u de dag ervoor een sms.", "planning", ["regen", "weer", "vorst", "storm"], ["komen jullie bij slecht weer", "wat als het regent", "werken jullie in de winter"]),
 ("Moet ik thuis zijn?", "Voor enkel buiten niet: laat de poort of de achterdeur naar de tuin open. Voor binnen moet er iemand thuis zijn of ge geeft ons tot 2 werkdagen vooraf een sleutel in ons atelier (Dendermondsesteenweg 210). Betalen kan dan achteraf via overschrijving.", "planning", ["thuis", "aanwezig", "sleutel", "poort"], ["moet ik aanwezig zijn", "kan het als ik werk", "sleutel afgeven"]),
 ("In welke gemeenten werken jullie?", "In Gent en alle deelgemeenten, Merelbeke, Destelbergen, Lochristi, Melle en De Pinte, zonder verplaatsingskosten. Verder tot 20 km rond Gent rekenen we € 15 verplaatsing.", "regio", ["gemeenten", "regio", "verplaatsing", "gent", "komen jullie"], ["komen jullie tot in merelbeke", "werkgebied", "rekenen jullie verplaatsingskosten"]),
 ("Hoe maak ik een afspraak?", "Via het formulier op onze website, via WhatsApp of telefonisch op 09 234 56 78 (maandag tot vrijdag van 8 tot 17 uur). Meestal kunnen we binnen 1 à 2 weken komen; in april en mei binnen 3 weken.", "planning", ["afspraak", "boeken", "reserveren", "telefoon"], ["hoe kan ik boeken", "wanneer kunnen jullie komen", "afspraak maken"]),
 ("Hoe annuleer of verplaats ik een afspraak?", "Annuleren of verplaatsen is gratis tot 48 uur voor de afspraak, per sms of WhatsApp op 0470 11 22 33. Later annuleren kost € 20.", "planning", ["annuleren", "verplaatsen", "afzeggen", "annulatiekost"], ["afspraak afzeggen", "kan ik een andere dag kiezen", "ik kan niet op mijn afspraak"]),
 ("Hoe kan ik betalen?", "Met Payconiq of Bancontact ter plaatse, cash, of via overschrijving binnen 14 dagen. Kredietkaart aanvaarden we niet. De factuur krijgt ge per e-mail.", "betalen", ["betalen", "payconiq", "bancontact", "overschrijving", "factuur"], ["kan ik met de kaart betalen", "betalen met de gsm", "betaling achteraf"]),
 ("Reinigen jullie ook zonnepanelen en veranda's?", "Ja. Zonnepanelen kosten € 3 per paneel met een minimum van € 75. Een verandadak tot 20 m² kost € 45, groter op offerte. Zonnepanelen reinigen we enkel met zuiver water, zonder zeep.", "diensten", ["zonnepanelen", "veranda", "panelen", "glazen dak"], ["zonnepanelen kuisen", "veranda dak reinigen", "prijs per paneel"]),
 ("Wat als er na het wassen strepen op mijn ramen zijn?", "Meld het binnen 48 uur met een foto via WhatsApp. Dan komen we binnen de week gratis terug om het over te doen.", "klachten", ["strepen", "vlekken", "niet proper", "klacht", "opnieuw"], ["mijn ramen zijn niet proper", "er zijn vlekken gebleven", "klacht over het wassen"]),
 ("Zijn jullie verzekerd voor schade?", "Ja, we zijn verzekerd in burgerlijke aansprakelijkheid tot € 2,5 miljoen. Meld schade binnen 24 uur met foto's; onze verzekeraar stuurt dan een expert.", "schade", ["verzekering", "schade", "kapot", "aansprakelijkheid"], ["wat als er iets breekt", "zijn jullie verzekerd", "schade aan mijn huis"]),
 ("Kan ik een gratis offerte krijgen?", "Ja, een offerte is altijd gratis en vrijblijvend. We komen binnen 5 werkdagen ter plaatse kijken, of ge stuurt foto's via WhatsApp en krijgt binnen 2 werkdagen een prijs.", "prijzen", ["offerte", "prijsopgave", "gratis", "vrijblijvend"], ["kan ik eerst een prijs krijgen", "gratis prijsofferte", "komen jullie eerst kijken"]),
 ("Werken jullie ook voor bedrijven en appartementsgebouwen?", "Ja, voor winkels, kantoren en syndici van appartementsgebouwen, met een hoogwerker tot 18 meter. De prijs is op offerte; ge krijgt een factuur met 21 % btw.", "bedrijven", ["bedrijf", "winkel", "syndicus", "appartement", "btw"], ["ramen van mijn winkel", "werken jullie voor syndici", "factuur voor mijn firma"]),
 ("Geven jullie korting?", "Klanten vanaf 65 jaar krijgen 10 % korting. Laten buren hun ramen op dezelfde dag wassen, dan krijgt elke woning € 5 korting. Kortingen zijn niet te combineren met de abonnementskorting.", "prijzen", ["korting", "65 jaar", "senioren", "buren", "promotie"], ["is er korting voor gepensioneerden", "korting met de buren", "promo"]),
]
q = [e[0] for e in Q]
(PRIJS, ABO, GOTEN, REGEN, THUIS, REGIO, AFSPRAAK, ANNULEER, BETALEN, ZONNE, STREPEN, SCHADE, OFFERTE, BEDRIJF, KORTING) = q

TYPED = "[if the bot showed choices, type this instead of tapping] "
REJ = "[if the bot showed choices or an answer, type this instead of tapping] "
AFTER = "[after the bot handed over to a person] "
WAIT = "[wait 60 s before sending] [after the bot handed over to a person] "

C = [
 [  # 1 price, follow-ups, thanks
  ("goeiendag, wa kost da om mijn ramen te laten doen binnen en buiten? en komde gij ook tot in lochristi?", B(PRIJS, REGIO, "rijwoning from € 55 inside and out (half-open/open from € 85); Lochristi yes, no travel cost"), "only the travel-cost rule; the gutter prices"),
  ("en alleen buiten? mijn moeder is 72, krijgt die iets minder?", B(PRIJS, KORTING, "outside only from € 35; 65+ get 10 % off"), "the subscription discount; a handover"),
  ("ok. moet ik dan thuis zijn? en kunt ge da elke 6 weken komen doen", B(THUIS, ABO, "outside only: no, leave the gate open; every 4/6/8 weeks, 10 % off, cancellable monthly"), "the booking entry only; answering just one half without pointing to the other"),
  ("merci he", "Small talk: thanks — short friendly reply", "repeating the last answer; a handover"),
 ],
 [  # 2 vague, typed question with choices, follow-up, bot?
  ("vraagske over mijn dak", "Too vague to answer — choices (gutters, solar panels/veranda...) or a clarifying question", "a handover; \"we don't repair roofs\" before knowing what is meant"),
  (TYPED + "wa vraagde gij om de goot proper te maken? en komde gij ook als het giet?", B(GOTEN, REGEN, "€ 4 per metre, min € 60; light rain yes, storm/frost postponed free with an sms the day before"), "only one half; the window prices"),
  ("en als de afvoer verstopt zit?", F(GOTEN, "€ 25 extra to unblock the downpipe"), "the complaints entry; \"not covered\""),
  ("zijde gij ne echte mens of nen robot?", "Small talk: are you a bot — honest: an automatic assistant, a person can take over", "claiming to be a person; a handover without asking"),
 ],
 [  # 3 vague, rejection, rephrasing, not offered
  ("ik wil iets vragen over de prijs", "Too vague to answer — choices (window prices, gutters, quote, discounts...) or a clarifying question", "one price entry presented as the answer; a handover"),
  (REJ + "nee da bedoel ik nie", "Typed rejection — apologise and ask what he means; no handover yet", "repeating the same choices; the same answer again"),
  ("'t is voor mijn zaak in de veldstraat, kan er eerst ff iemand passeren om te zien wa het gaat kosten zonder dat ik iets moet betalen", B(BEDRIJF, OFFERTE, "shops yes, price on quote, invoice with 21 % VAT; the quote is free: visit within 5 working days or photos via WhatsApp"), "the house price list (€ 55); the payment entry"),
  ("en kunt ge ook mijn dakgoot vervangen? er zit nen barst in", "Not covered by the FAQ (they clean gutters, they do not replace or repair them) — honest no, offer of a person", "the gutter-cleaning price as if it were a repair; the damage-insurance entry"),
 ],
 [  # 4 two questions, push-back twice, waiting
  ("amai, ik wil ne afspraak maken en wa als ge per ongeluk mijn gevel beschadigt?", B(AFSPRAAK, SCHADE, "website, WhatsApp or 09 234 56 78 (Mon-Fri 8-17), usually within 1-2 weeks; insured up to € 2.5 million, report within 24 h with photos"), "the complaints entry (streaks); only one half"),
  ("da is nie wa ik vroeg", "Push-back (first time) — apologise, ask what is missing or offer a person", "repeating the same answer; a new unrelated entry"),
  ("allee zeg, geef mij iemand van de firma, nu", "Push-back (second time in a row) and angry request for a person — hand over now", "another FAQ answer; asking to rephrase again"),
  (WAIT + "hallo?? is daar iemand", "Waiting — reassure that a person has the chat, no FAQ answer, no invented wait time", "a greeting and FAQ choices from scratch"),
 ],
 [  # 5 angry (streaks), unrelated, callback, how long
  ("ge zijt gisteren geweest en 't is slechter dan ervoor, overal vegen op 't glas!! schandalig", F(STREPEN, "send a photo via WhatsApp within 48 h, they come back for free within the week (ideally with an apology)"), "the damage-insurance entry; saying \"not covered\"; an immediate handover without the solution"),
  ("weet gij wanneer de gentse feesten beginnen dit jaar", "Not covered by the FAQ (city events) — honest short no", "any FAQ entry; the planning entries"),
  ("bel mij ff terug aub op 0478 12 34 56, ik wil da met iemand bespreken", "Request for a person (callback with number) — hand over / confirm the callback request", "repeating the streaks answer; asking for the number again"),
  (AFTER + "hoelang gaat da duren?", "Waiting — it asks about the callback: no invented time, the team has the request", "a made-up time; the booking delay (1-2 weeks) from the FAQ"),
 ],
 [  # 6 cancel, ambiguous yes, person in dialect
  ("jullie komst van donderdag gaat nie door, ik ben er nie. hoe laat ik da weten?", F(ANNULEER, "free until 48 h before, by sms/WhatsApp on 0470 11 22 33; later € 20"), "claiming it is cancelled; the 'do I have to be home' entry"),
  ("ja", "Ambiguous yes — acknowledge or ask; never claim the appointment was cancelled", "claiming \"your appointment is cancelled\"; a new FAQ answer"),
  ("amai nee, kan ik nie gewoon ne mens aan de lijn krijgen", "Request for a person (dialect) — hand over", "another FAQ answer; not recognising \"ne mens\" as a person"),
 ],
 [  # 7 two questions, follow-up, ack, bye
  ("idd nog 2 vraagskes: kan ik betalen met payconiq? en doen jullie ook zonnepanelen", B(BETALEN, ZONNE, "Payconiq, Bancontact, cash or transfer within 14 days, no credit card; panels € 3 each, min € 75"), "only one half; the veranda price alone"),
  ("en voor 12 stuks hoeveel is da dan", F(ZONNE, "12 x € 3 = € 36, so the minimum € 75 applies"), "€ 36 without the minimum; the window prices"),
  ("oke, genoteerd", "Small talk: acknowledgement — short reply", "repeating the answer; a handover"),
  ("tot binnenkort, salut", "Small talk: goodbye", "FAQ choices; a handover"),
 ],
]

if __name__ == "__main__":
    write_faq("nl", Q)
    write_plan("nl", C)
    print("nl written")
