"""English plan for test set 45: the sample shop, customers from regions no earlier set used.
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
    # 1 Norwich (UK), Norfolk
    [
        ("mornin bor. ordered a cast iron pan for the missus last night n no email come thru yet, did it go in? "
         "an i need a proper bit of paper with the vat on for the cafe",
         BOTH(CONFIRM, INVOICE) + " — confirmation normally within 15 minutes: check spam/promotions, then My "
         "account > Orders (listed = it went through, resend from there); VAT invoice comes with the shipping "
         "confirmation and under My account > Orders > Download invoice; company name or VAT number at checkout or "
         "within 30 days for a corrected invoice ('bor' = mate, Norfolk)",
         HALF + "; saying the order failed; a receipt without VAT"),
        ("when'll it turn up then, we're just outside norwich",
         F(DELTIME) + " — dispatched in 1-2 business days, then 3-5 business days to the UK; the estimated date is "
         "in the shipping confirmation (delivery time never named)",
         NEW + "EU or US times; the tracking entry only"),
        ("an if the handle's all on the huh when that come?",
         F(DAMAGED) + " — within 14 days of delivery send the order number and a photo of the item and packaging; "
         "free replacement or full refund, no cost to send it back ('on the huh' = crooked, askew, Norfolk; damage "
         "never named)",
         NEW + "the return policy with its 'unused' condition; the warranty entry only"),
        ("that'll dew. ta bor, keep a troshin",
         "Small talk: acknowledgement + thanks + goodbye ('that'll dew' = that'll do, 'keep a troshin' = keep going, "
         "a Norfolk goodbye) — short friendly close",
         SMALL),
    ],
    # 2 Honolulu (US), Hawaiian Pidgin
    [
        ("aloha, get one problem wit my stuff",
         "Too vague to answer ('get one problem' = there is a problem, Pidgin) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("da kine lamp stay on sale but when i put in da numbers fo 15% off nothing happen",
         TYPE + F(DISCOUNT) + " — codes usually can't be used on sale items; also typed exactly, not expired, minimum "
         "spend, one per order; send the code to be checked ('da kine' = the thing, 'stay' = is, Pidgin; discount "
         "code never named)",
         "tapping a choice; asking to rephrase; the payment-failed entry"),
        ("k den. can pay wit klarna from hawaii or no can? an shipping to hawaii stay choke expensive or wat",
         BOTH(PAYMETHODS, SHIPCOST) + " — Klarna is EU and UK only, so not for a US order; Visa, Mastercard, Amex, "
         "PayPal, Apple Pay, Google Pay are fine; US standard shipping $6.95, free from $60 ('no can' = can't, "
         "'choke' = a lot, Pidgin)",
         HALF + "; saying Klarna works for the US; saying Hawaii is not shipped to; € or £ prices"),
        ("brah, you one computer o wat",
         "Small talk: are you a bot ('brah' = mate, Pidgin) — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Hull (UK)
    [
        ("hiya, bit of a mess with me parcel",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("nah its nowt like them",
         TYPE + "Typed rejection ('nowt' = nothing) — apologise and ask what exactly happened; no handover yet",
         "the same choices again; a handover straight away"),
        ("app says it come tuesday but there's nothing on the step, not down the tenfoot neither, and next door "
         "haven't seen it",
         F(LOST) + " — shows delivered but not found: after checking with neighbours and reception, contact with "
         "the order number; an investigation with the carrier, replacement or full refund if not found within 7 "
         "business days ('tenfoot' = the alley behind the houses, Hull; lost never named)",
         "asking to rephrase again; the order-status entry only; promising a refund as done"),
        ("do yous do fitting an all? need someone to put the new curtain pole up",
         "Not covered (fitting or installation at home, near a home-goods shop but not offered) — say so plainly; "
         "may offer a person",
         "inventing a fitting service or prices; the warranty entry"),
    ],
    # 4 Pittsburgh (US)
    [
        ("hey there, yinz gettin any more of them blue dish towels? button's all greyed out. an last night it kept "
         "bouncin me at the very end, did they take the money or nah",
         BOTH(STOCK, PAYFAIL) + " — restocked mostly within 2-6 weeks, Notify me on the product page, no pre-orders "
         "or reserving; failed payment: check card details, billing address, expiry, bank block or 3D Secure in the "
         "bank app, try PayPal; if it failed no money was taken ('yinz' = you, plural, Pittsburgh; out of stock and "
         "payment failed never named)",
         HALF + "; saying the money was taken; promising a date"),
        ("2 to 6 weeks?? come on. just hold a set back for me and knock 10 bucks off for the hassle n'at",
         "Push-back ('n'at' = and that, Pittsburgh): apologise; the FAQ says no pre-orders or reserving and has no "
         "goodwill discount — say what it has (Notify me) and offer a person",
         "promising to hold a set or a discount; the same answer again without acknowledging"),
        ("quit jaggin me around, this is useless. put a real person on, right now",
         "Request: angry + person ('jagging around' = messing around, Pittsburgh) — apologise briefly and hand over",
         PW),
        ("hello?? i'm still sittin here",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5 Hobart (Tasmania), return from a UK address
    [
        ("this is ridiculous. my son sent your duvet back from edinburgh on the 2nd, royal mail says you signed for "
         "it on the 4th and it's now the 22nd and not a cent back on my card",
         F(REFUNDTIME) + " — apologise; the return is checked within 3 business days of arrival, then 5-7 business "
         "days for the money to show depending on the bank, and an e-mail when it is issued; more than that has "
         "passed, so offer a person to check (refund never named)",
         "no apology; telling them to keep waiting with nothing else; promising the refund as done"),
        ("different thing, is the spirit of tassie still sailing tonight in this wind?",
         "Not covered (unrelated: whether the Bass Strait ferry Spirit of Tasmania sails tonight) — say so kindly",
         "an FAQ answer; a handover"),
        ("just get someone to ring me, +61 3 6555 0187, after 5 my time is best",
         "Request: callback with number — hand over to a person with the number (and 'after 5 my time') kept; no "
         "promise of a time",
         PW + "; asking for the number again; the shop's numbers instead"),
        ("how much longer? gotta grab the kids from footy soon",
         WAIT + WAITING,
         "the customer service hours as the answer; an invented wait time"),
    ],
    # 6 Dudley (UK), Black Country
    [
        ("bought a clothes airer off yer this mornin but our kid's just gid me his old un, so ah doe need it no more",
         F(CANCEL) + " — free until packed, usually within 1 hour: My account > Orders > Cancel order or e-mail the "
         "order number; if shipped, refuse it or return within 30 days; claim nothing as done ('our kid' = my "
         "brother, 'gid' = gave, 'doe' = don't, Black Country; cancelling never named)",
         "claiming it is cancelled; saying it is too late"),
        ("ar",
         "Ambiguous yes ('ar' = yes, Black Country) — ask what they mean or restate the step (Cancel order in My "
         "account); nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("an wheer's me money gone for the kettle ah sent back, that card's bin stopped. an me login's still me "
         "old btinternet address, ow do ah swap it",
         BOTH(REFUNDWHERE, CHEMAIL) + " — refunds go to the original payment method; with a cancelled card the "
         "bank normally passes it to the new card; My account > Account details > Change email, new address + "
         "current password, then the confirmation link ('bin' = been, 'ow' = how, Black Country)",
         HALF + "; a refund by cheque or gift card"),
        ("this contraption's bostin for nuthin. ah cor mek ed nor tail on it, gerrus a proper person ter talk to",
         "Request: person in Black Country English ('bostin for nuthin' = good for nothing, 'cor' = can't, "
         "'gerrus' = get me) — hand over to a person",
         PW + "; answering an FAQ"),
    ],
    # 7 Philadelphia (US)
    [
        ("yo, youse got a store in philly where i could go look at the jawn first? and do youse ship up to canada, "
         "my cousin's in toronto",
         BOTH(STORE, COUNTRIES) + " — online only, no store, the Leipzig warehouse has no pickup; ships to the EU, "
         "UK and US only, not Canada ('youse' = you, 'jawn' = thing, Philadelphia)",
         HALF + "; inventing a US showroom; saying Canada is shipped to"),
        ("ok then it goes to me in jersey instead. never bought off yous before, how does it work",
         F(ORDER) + " — add to basket, basket icon > Checkout, guest or signed in, address and payment, Place "
         "order, confirmation e-mail in a few minutes ('jersey' = New Jersey; ordering never named)",
         NEW + "the account entry only"),
        ("aight. can i stick a little happy birthday note in with it?",
         F(GIFTWRAP) + " — Gift options at checkout: free message up to 200 characters (wrapping €3.50 per item), "
         "prices left off the slip ('aight' = all right)",
         NEW + "saying messages are not possible"),
    ],
    # 8 Freetown (Sierra Leone), sister in London (UK)
    [
        ("kushe o! i want send blender to my sister for london. una dey send to sierra leone too? and how much for "
         "the delivery to london",
         BOTH(COUNTRIES, SHIPCOST) + " — EU, UK and US only, so not Sierra Leone, London yes; UK standard £4.95, "
         "free over £45 ('kushe' = hello, 'una' = you, plural, Krio)",
         HALF + "; € or $ prices for London; saying Sierra Leone is shipped to"),
        ("if she no like am, how she go carry am reach una?",
         F(HOWRETURN) + " — My account > Orders > Return items (or the Returns page with order number and e-mail "
         "as a guest), reason, label by e-mail, drop at a post office or carrier point ('no like am' = doesn't like "
         "it, 'carry am reach una' = bring it to you, Krio; returning never named)",
         NEW + "the damaged-item entry"),
        ("ok tenki tenki",
         "Small talk: acknowledgement + thanks ('tenki' = thank you, Krio) — short friendly reply",
         SMALL),
    ],
    # 9 Kolkata (India), first language Bengali, son in Manchester (UK)
    [
        ("Namaskar. I am ordering for my son in Manchester. Must I make account first or can I simply order? And "
         "what is price for the fast delivery?",
         BOTH(GUEST, EXPRESS) + " — Continue as guest at checkout, order and shipping e-mails still come, tracking "
         "and returns by order number and e-mail; express to the UK £11.95, 1-2 business days if ordered before "
         "1 pm CET on a business day",
         HALF + "; € or $ express prices; saying India is shipped to"),
        ("He is telling the rice cooker from you is dead after 14 months only, no light is coming.",
         F(WARRANTY) + " — electrical appliances carry a 3-year warranty (2 years in general), not wear or misuse; "
         "claim with the order number, a description of the fault and a photo or video (warranty never named)",
         NEW + "the 30-day return policy; the damaged-on-arrival entry"),
        ("What number he can call and which time? We are 4.5 hours ahead of you",
         BOTH(PHONE, HOURS) + " — UK +44 20 7946 0123 (or EU +49 30 1234 5678), local rate; Mon-Fri 9-18 and Sat "
         "10-14 CET, not public holidays (about 13:30-22:30 / 14:30-18:30 in Kolkata; about 8-17 / 9-13 in "
         "Manchester in winter)",
         HALF + "; only the US number"),
    ],
    # 10 Nassau (Bahamas), sister in Miami (US)
    [
        ("wha happenin. my sister in miami get the bath towels but the sand ones look bad in she bathroom, she want "
         "the navy ones",
         F(EXCHANGE) + " — start a return under My account > Orders, choose Exchange, pick navy; the new item ships "
         "free once the return is scanned; refund if navy is out of stock ('she' = her, Bahamian; exchange never "
         "named)",
         "saying the shop sent the wrong item; the damaged-item entry"),
        ("she ain got no printer though bey",
         F(LABEL) + " — choose the QR code option and the post office prints the label ('bey' = mate, Bahamian; "
         "label never named)",
         NEW + "telling her to print the PDF"),
        ("an if she only send back one of the three, she still get the shipping money back? tanks ya know",
         F(PARTIAL) + " — original shipping is refunded only when the whole order is returned; a US return fee of "
         "$7.95 may be deducted; the refund e-mail lists what was refunded; thanks acknowledged",
         NEW + "saying shipping is always refunded"),
    ],
    # 11 Chelmsford (UK), Essex
    [
        ("hiya babe, you lot are sending me like 3 emails a day, well annoying, how do i make it stop",
         F(UNSUB) + " — Unsubscribe link at the bottom of any newsletter or untick Newsletter in My account > "
         "Preferences, up to 48 hours, order e-mails continue ('well' = very, Essex)",
         "deleting the account; saying it can't be stopped"),
        ("and can i get my mate like £30 on yours for her birthday saturday, something she picks herself",
         F(GIFTCARD) + " — digital gift cards €10-200 by e-mail on the date chosen, valid 2 years, any product "
         "(gift card never named)",
         NEW + "gift wrapping"),
        ("saw the exact same lamp on argos for 12 quid less, sort me out?",
         F(PRICEMATCH) + " — identical item sold new by a major online retailer shipping to the UK, delivery "
         "included; send the link before buying or within 7 days; not marketplace, clearance or flash deals "
         "('quid' = pounds)",
         "promising the refund of the difference without the conditions; the discount-code entry"),
    ],
    # 12 Lilongwe (Malawi), daughter in Leeds (UK)
    [
        ("Good afternoon. My daughter in Leeds wants to give back the bedding set, it is not the size she "
         "imagined. Is it still possible, she has had it 3 weeks?",
         F(RETPOLICY) + " — within 30 days of delivery for a full refund if unused and in the original packaging; "
         "free within the UK (exchange for another size is a plus)",
         "saying it is too late; the US $7.95 fee for Leeds"),
        ("She has opened the honey jars from the same order, those also?",
         F(NONRETURN) + " — opened food and drink can't be returned (hygiene and safety); damaged or faulty items "
         "always can (returning never named again)",
         NEW + "saying the honey can go back"),
        ("And on her side the password is refusing",
         F(RESETPW) + " — Sign in > Forgot password, link valid 1 hour, spam after 10 minutes",
         NEW + "the change-email entry"),
        ("Okay. Zikomo kwambiri",
         "Small talk: acknowledgement + thanks ('zikomo kwambiri' = thank you very much, Chichewa) — short "
         "friendly reply",
         SMALL),
    ],
    # 13 Budapest (HU, EU), first language Hungarian
    [
        ("Hello, I made order 20 minutes ago. I want to put one more pillow case to same order, and also bring it "
         "to my office not to home, it is possible?",
         BOTH(CHANGE, ADDRESS) + " — within 1 hour and not yet packed: My account > Orders > Edit order or "
         "contact with the order number; the address can be changed the same way before packing, later a carrier "
         "redirect; same country only",
         HALF + "; saying orders can't be changed"),
        ("Where I can follow now my package?",
         F(WHERE) + " — My account > Orders or the tracking link in the shipping e-mail; dispatched in 1-2 business "
         "days, the link works once the carrier scans it (tracking never named)",
         NEW + "the lost-parcel entry"),
        ("My bank app shows two same payments of 38 euro",
         F(CHARGED2) + " — often a temporary authorisation released in 3-5 business days; if both still show as "
         "completed, send the order number and a statement screenshot and the duplicate is refunded",
         NEW + "the partial-refund entry; promising a refund as done"),
    ],
    # 14 Thessaloniki (GR, EU), first language Greek
    [
        ("Kalimera. First time here. How I make profile on your site?",
         F(CREATE) + " — person icon > Create account, name, e-mail, password; or from the link after a guest "
         "checkout ('kalimera' = good morning, Greek; account never named)",
         "the guest checkout only"),
        ("ok. I must pay tax for import to Greece?",
         F(CUSTOMS) + " — no: EU deliveries come from the EU and UK warehouses, no customs charges",
         NEW + "US duty rules for Greece"),
        ("And the old account of my late husband, I want it closed. I have still his email",
         F(DELETE) + " — sympathy; My account > Privacy > Delete account, or an e-mail from the address linked to the "
         "account; data deleted within 30 days except records kept by law; open orders first",
         "no sympathy; the unsubscribe entry"),
        ("ok. efharisto",
         "Small talk: acknowledgement + thanks ('efharisto' = thank you, Greek) — short friendly reply",
         SMALL),
    ],
]

write_plan("en", convs)
