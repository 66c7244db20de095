"""English plan for test set 49: the sample shop, customers from places no earlier set used.
The FAQ is db/sample-faq.csv copied unchanged. Run from src/: PYTHONPATH=<check folder> python3 en.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_plan

from sample_faq import (  # the sample FAQ copied to the set, its entries named
    ORDER, CHANGE, CANCEL, WHERE, CONFIRM, SHIPCOST, DELTIME, COUNTRIES, EXPRESS, LOST, DAMAGED,
    ADDRESS, CUSTOMS, GIFTWRAP, RETPOLICY, HOWRETURN, LABEL, EXCHANGE, NONRETURN, REFUNDTIME,
    REFUNDWHERE, PARTIAL, PAYMETHODS, PAYFAIL, CHARGED2, INVOICE, GIFTCARD, DISCOUNT, CREATE,
    RESETPW, CHEMAIL, DELETE, GUEST, UNSUB, HOURS, PHONE, WARRANTY, STOCK, PRICEMATCH, STORE,
)

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "

convs = [
    # 1 Wolverhampton (UK), Black Country
    [
        ("ow bist. got me eye on the cast iron skillet, its £38. do i pay for postage on that or is it free? an "
         "if i pay a bit more can it land by saturday, its for me dad",
         BOTH(SHIPCOST, EXPRESS) + " — free standard shipping only from £45 in the UK, so £4.95 on £38; express "
         "£11.95, 1-2 business days if ordered before 1 pm CET on a business day; no promise about Saturday beyond "
         "that ('ow bist' = how are you, Black Country)",
         HALF + "; saying £38 ships free; EU or US prices"),
        ("wot if it cracks on him in a year or two",
         F(WARRANTY) + " — cast-iron cookware has the extended 3-year warranty against manufacturing defects (not "
         "wear or misuse); claim with order number, fault description and a photo or video (warranty never named)",
         NEW + "the damaged-on-arrival entry; saying 2 years"),
        ("can i split it in 3 lots or summat",
         F(PAYMETHODS) + " — Klarna: pay later or in 3 instalments, available in the UK (instalments never named)",
         NEW + "saying instalments are not possible"),
        ("bostin. tarra a bit",
         "Small talk: acknowledgement + goodbye ('bostin' = great, 'tarra a bit' = bye, Black Country) — short "
         "friendly close",
         SMALL),
    ],
    # 2 Hartlepool (UK)
    [
        ("alreet, need a hand wi summat",
         "Too vague to answer ('alreet' = hello / all right, North East) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("sent back the 3 cushions n kept the throw. paid 31 quid for them cushions n only 24 come back into me "
         "bank. where's the rest gone",
         TYPE + F(PARTIAL) + " — only some items returned, so the original shipping isn't refunded; a deduction is "
         "also possible if an item came back used; the refund e-mail lists what was refunded and why; contact if "
         "it looks wrong (partial never named)",
         "tapping a choice; asking to rephrase; the refund-time entry only"),
        ("while am here, our kid wants his own login on yous to keep his orders, how does he get one. an am sick "
         "of the offers in me inbox every day",
         BOTH(CREATE, UNSUB) + " — person icon > Create account, name, e-mail, password (or the link after a guest "
         "checkout); Unsubscribe link at the bottom of a newsletter or untick Newsletter in My account > "
         "Preferences, up to 48 hours, order e-mails continue ('our kid' = my brother, North of England)",
         HALF + "; the password-reset entry"),
        ("hang on is this a real person typin or a robot thing",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Kilkenny (IE, EU)
    [
        ("hiya, quick one",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no, none of them",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "repeating the same choices; a handover; an FAQ answer"),
        ("the tracker says it was left in a safe place on tuesday. there is no safe place, its not in the porch "
         "or the shed, and next door havent it either",
         F(LOST) + " — neighbours already checked, so contact with the order number; investigation with the "
         "carrier and a replacement or full refund if not found within 7 business days (lost never named)",
         "the order-status entry only; promising a refund as done"),
        ("grand. and would ye send a lad out to put the bookcase together when it does come? i'm useless with "
         "that yoke",
         "Not covered (assembly at home: near the shop's trade but not offered; 'yoke' = thing, Irish) — say so "
         "plainly; may offer a person",
         "inventing an assembly service; an unrelated FAQ answer or choices"),
    ],
    # 4 Tulsa, Oklahoma (US)
    [
        ("hey y'all. is there somewhere around Tulsa I could go look at that enamel dutch oven before I buy it? "
         "target.com has it for $20 less, can y'all go that low too",
         BOTH(STORE, PRICEMATCH) + " — online only, no store, the Leipzig warehouse has no pickup; identical item "
         "sold new by a major online retailer shipping to the US, delivery included, link before buying or within "
         "7 days; not marketplace sellers, clearance or flash deals",
         HALF + "; inventing a store; promising the match without the conditions"),
        ("well it's their weekend sale but come on, it's twenty bucks. just knock it off and I'll order right now",
         "Push-back: apologise; the FAQ excludes limited-time flash deals from price matching and has no other "
         "discount — say so and offer a person",
         "agreeing to the discount; repeating the whole entry without answering; an unrelated entry"),
        ("this is a joke. I want a real manager on this, not a chat window going in circles",
         "Request: angry + person — apologise briefly and hand over",
         PW),
        ("helloooo? anybody?",
         WAIT + WAITING,
         "an FAQ answer; choices; 'nobody is here'"),
    ],
    # 5 Anchorage, Alaska (US)
    [
        ("I AM FURIOUS. the driver would not hand over my $940 order of cookware until I paid $61 on the "
         "doorstep. NOBODY said a word about that when I ordered!!",
         F(CUSTOMS) + " — apologise; US orders over $800 can carry import duties paid by the customer on delivery "
         "(under $800 normally none); a person may look at it (duties never named)",
         "saying no duties are ever due; promising a refund of the $61; the shipping-cost entry"),
        ("different thing, you think the northern lights will show over anchorage tonight?",
         "Not covered (unrelated: an aurora forecast) — say so kindly",
         "an FAQ answer; choices of entries; an invented forecast"),
        ("have someone phone me. 907-555-0188, after 5 pm alaska time please",
         "Request: callback with number — hand over to a person with the number and 'after 5 pm Alaska time' "
         "kept; no promise of a time",
         PW + "; asking for the number again; the shop's US number instead"),
        ("how long will this take, I gotta go out and plug in the truck",
         WAIT + WAITING,
         "the customer service hours as the answer; an invented wait time"),
    ],
    # 6 Lerwick, Shetland (UK)
    [
        ("I pit in fur da wool blanket aboot 20 minutes ago. noo me midder's gone an knitted me een fur "
         "Christmas so I'll no be needin it",
         F(CANCEL) + " — free until packed, usually within 1 hour: My account > Orders > Cancel order or e-mail "
         "the order number; if already shipped, refuse it or return it within 30 days; claim nothing as done "
         "('midder' = mother, 'een' = one, Shetland; cancelling never named)",
         "claiming it is cancelled; saying it is too late; the change-order entry"),
        ("aye weel",
         "Ambiguous reply ('aye weel' = oh well / yes then, Shetland) — ask what they mean or restate the step "
         "(Cancel order in My account); nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("whit times are you lot on da go, an is der a number ta ring? da signal here is better as da wifi",
         BOTH(HOURS, PHONE) + " — Monday-Friday 9-18 CET, Saturday 10-14 CET, not on public holidays (UK is one "
         "hour behind CET); UK number +44 20 7946 0123, local rate, or e-mail or chat ('on da go' = working, "
         "'ring' = call)",
         HALF + "; only the EU or US number"),
        ("ach, du's no makkin ony sense ta me. I'm no spaekin ta a machine ony mair, gie me a body ta spaek ta",
         "Request: person in Shetland dialect ('you're not making any sense to me. I'm not speaking to a machine "
         "any more, give me a person to speak to') — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard English"),
    ],
    # 7 Grimsby (UK)
    [
        ("now then. ordered 2 chip baskets for the shop without signing up, can i still get a vat receipt for "
         "the books? and will i be able to follow it without an account",
         BOTH(INVOICE, GUEST) + " — VAT invoice with the shipping confirmation (Download invoice under My account "
         "needs an account), company name or VAT number at checkout or within 30 days for a corrected one; guests "
         "get order and shipping e-mails and track with order number and e-mail ('now then' = hello, Lincolnshire)",
         HALF + "; saying guests get no invoice"),
        ("so where's it up to then",
         F(WHERE) + " — tracking link in the shipping confirmation (or My account > Orders); dispatched in 1-2 "
         "business days, the link works once the carrier scans it; contact after 5 business days without update "
         "(tracking never named)",
         NEW + "the lost-parcel entry"),
        ("right ho",
         "Small talk: acknowledgement — short friendly reply",
         SMALL),
    ],
    # 8 Lusaka (Zambia), son in Dublin (IE, EU)
    [
        ("Good afternoon. Can you deliver to Lusaka? If not, my son is in Dublin. I have never bought on your "
         "site, how do I go about paying for the things I put aside?",
         BOTH(COUNTRIES, ORDER) + " — EU, UK and US only, so not Zambia but Dublin yes; basket icon > Checkout, "
         "guest or signed in, delivery address and payment, Place order, confirmation e-mail within minutes",
         HALF + "; saying Zambia is shipped to"),
        ("And roughly how many days for him to receive it",
         F(DELTIME) + " — dispatched in 1-2 business days, then 2-4 business days within the EU (Ireland)",
         NEW + "UK or US times; Zambian times"),
        ("Zikomo kwambiri. Bye bye",
         "Small talk: thanks + goodbye ('zikomo kwambiri' = thank you very much, Nyanja) — short friendly close",
         SMALL),
    ],
    # 9 Riga (LV, EU), first language Latvian
    [
        ("Sveiki. I write WELCOME10 from your email at the end but it shows red text and nothing is minus. Why?",
         F(DISCOUNT) + " — typed exactly, not expired, minimum spend, one code per order, most not with offers, "
         "sale items or gift cards; send the code to be checked ('sveiki' = hello, Latvian; discount never named)",
         "the payment-failed entry; inventing a new code"),
        ("Ok. Other thing, for my colleague birthday we want to give her something from you but she choose "
         "herself. It is possible?",
         F(GIFTCARD) + " — digital gift cards €10-200 by e-mail on a chosen date, valid 2 years, any product",
         NEW + "the gift-wrap entry"),
        ("And if we choose a mug with her name written on it instead, can it come packed nice with few words "
         "from us? If she don't like can she return?",
         BOTH(GIFTWRAP, NONRETURN) + " — Gift options at checkout, wrapping €3.50 per item, free message up to "
         "200 characters; personalised items can't be returned (unless damaged or faulty)",
         HALF + "; saying personalised items can be returned within 30 days"),
    ],
    # 10 Bratislava (SK, EU), first language Slovak
    [
        ("Ahoj. Today the courier bring the glass salad bowl and when I open it, it is in 4 parts. The box has a "
         "hole on the side",
         F(DAMAGED) + " — sorry; within 14 days send the order number and a photo of the item and packaging; "
         "free replacement or full refund, nothing to pay to send it back ('ahoj' = hi, Slovak; damaged never "
         "named)",
         "the return-policy entry with its 30 days and packaging rules; the warranty entry"),
        ("I want the money back, not new bowl. But the card I paid with is closed since last month",
         F(REFUNDWHERE) + " — refunds go to the original payment method; if that card is cancelled the bank "
         "normally passes it on to the new card",
         NEW + "promising a bank transfer"),
        ("Ďakujem. How many days it will take?",
         F(REFUNDTIME) + " — usually 5-7 business days to show after it is issued, depending on the bank; an "
         "e-mail when issued; thanks acknowledged ('ďakujem' = thank you, Slovak)",
         NEW + "no thanks acknowledged; the delivery-time entry"),
    ],
    # 11 Vilnius (LT, EU), first language Lithuanian
    [
        ("Labas, 20 minutes ago I ordered the bedsheet in white but I wanted the grey one. Can I fix it before "
         "you send?",
         F(CHANGE) + " — within 1 hour and before packing: My account > Orders > Edit order or contact with the "
         "order number; once packed, return after delivery ('labas' = hi, Lithuanian; change never named)",
         "the exchange entry; saying it can't be changed"),
        ("Also I see now I wrote my old flat 12 not 21. And in my bank app the money is there 2 times, 64.90 "
         "and again 64.90",
         BOTH(ADDRESS, CHARGED2) + " — not packed: My account > Orders > Edit order or contact, after shipping a "
         "carrier redirect, not another country; a second charge is often a hold released in 3-5 business days, "
         "if both still completed then contact with order number and a screenshot (neither named)",
         HALF + "; promising the refund of the duplicate as done"),
        ("Ačiū, viso gero",
         "Small talk: thanks + goodbye ('ačiū' = thank you, 'viso gero' = goodbye, Lithuanian) — short friendly "
         "close",
         SMALL),
    ],
    # 12 Osaka (Japan), first language Japanese, sister in Vienna (AT, EU)
    [
        ("Konnichiwa. I try to buy a teapot for my sister in Vienna. I put my Japanese card 3 times and every "
         "time the screen says declined. Why?",
         F(PAYFAIL) + " — check card details, billing address and expiry, a bank block or 3D Secure in the bank "
         "app, try PayPal; no money taken when it fails, the bank can say why ('konnichiwa' = hello, Japanese; "
         "payment failed never named)",
         "the payment-methods list only; saying Japanese cards are refused"),
        ("PayPal was OK. But 1 hour is finished and nothing come in my inbox",
         F(CONFIRM) + " — normally within 15 minutes: spam or promotions, then My account > Orders (listed = "
         "it went through, resend from there); if not listed and charged, contact with date and amount",
         NEW + "saying the order failed; the charged-twice entry"),
        ("Maybe because I typed wrong address when I make the account, a letter missing. How I correct this?",
         F(CHEMAIL) + " — sign in, My account > Account details > Change email, new address and current password, "
         "confirm with the link sent to the new address",
         NEW + "the delivery-address entry; the create-account entry"),
        ("Arigatou gozaimasu!",
         "Small talk: thanks ('arigatou gozaimasu' = thank you very much, Japanese) — short friendly reply",
         SMALL),
    ],
    # 13 Penang (Malaysia), nephew in London (UK)
    [
        ("hi, the bamboo lunchbox all sold out already ah? when got again? my nephew in london want it lah",
         F(STOCK) + " — mostly restocked within 2-6 weeks, Notify me on the product page, no pre-orders or "
         "reserving ('lah', 'ah' = Malaysian English particles; out of stock never named)",
         "promising a date; saying it can be reserved"),
        ("ok then i buy the steel one. if he dont like can send back or not? how to do one",
         BOTH(RETPOLICY, HOWRETURN) + " — within 30 days of delivery, unused, original packaging, free from the "
         "UK; My account > Orders > Return items, or the Returns page with order number and e-mail for guests, "
         "label by e-mail, drop at a post office or carrier point (return never named)",
         HALF + "; US return fee for a UK return"),
        ("he say his hostel got no machine to put it on paper leh",
         F(LABEL) + " — choose the QR code option and the post office prints the label (label never named)",
         NEW + "saying a printer is needed"),
    ],
    # 14 Mombasa (Kenya), daughter in Rotterdam (NL, EU)
    [
        ("Jambo! My daughter in Rotterdam says she only uses iDEAL, not credit card. Will your site take it?",
         F(PAYMETHODS) + " — yes, iDEAL for customers in the Netherlands, also Visa, Mastercard, Amex, PayPal, "
         "Apple Pay, Google Pay, Klarna; no cash on delivery ('jambo' = hello, Swahili)",
         "saying iDEAL is not accepted; the payment-failed entry"),
        ("She has an account from last year but she cannot remember the secret word to enter",
         F(RESETPW) + " — Sign in > Forgot password, registered e-mail, reset link valid 1 hour, check spam after "
         "10 minutes ('secret word' = password; never named)",
         NEW + "the create-account entry"),
        ("She got the jacket, too small, she wants a bigger one of the same. After that she wants to close the "
         "account totally",
         BOTH(EXCHANGE, DELETE) + " — start a return under My account > Orders, reason Exchange, pick the size, "
         "the new one ships free once the return is scanned (refund if out of stock); delete under My account > "
         "Privacy or by e-mail, within 30 days, records kept by law, open orders and returns finished first (so "
         "after the exchange)",
         HALF + "; deleting at once with the open exchange"),
        ("Asante sana, kwaheri",
         "Small talk: thanks + goodbye ('asante sana' = thank you very much, 'kwaheri' = goodbye, Swahili) — "
         "short friendly close",
         SMALL),
    ],
]

write_plan("en", convs)
