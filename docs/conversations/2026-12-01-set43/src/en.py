"""English plan for test set 43: the sample shop, customers from many places.
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
    # 1 Leeds (UK)
    [
        ("morning! im after a cast iron casserole dish for me mum. whats postage to leeds and would it get here by "
         "friday if i order today?",
         BOTH(SHIPCOST, DELTIME) + " — UK: free over £45, else £4.95; dispatched in 1-2 business days, then 3-5 "
         "business days to the UK, so Friday is not promised by standard (mentioning express, £11.95, 1-2 business "
         "days if ordered before 1 pm CET, is a plus) ('after' = looking for, 'me mum' = my mum, northern English)",
         HALF + "; € or $ prices for Leeds; promising Friday"),
        ("what if it cracks after a few months",
         F(WARRANTY) + " — cast-iron cookware has the extended 3-year warranty against manufacturing defects (not "
         "wear and tear or misuse); claim with order number, description of the fault, photo or video",
         NEW + "the damaged-on-arrival entry; only 2 years"),
        ("ta. and if she'd rather have the green one?",
         F(EXCHANGE) + " — start a return, choose Exchange, pick the colour; the new one ships free once the return "
         "is scanned; refund if out of stock ('ta' = thanks)",
         NEW + "saying colours cannot be swapped"),
        ("champion, cheers love. ta-ra",
         "Small talk: acknowledgement + thanks + goodbye ('champion' = great, 'ta-ra' = bye, Yorkshire) — short "
         "friendly close",
         SMALL),
    ],
    # 2 Kuala Lumpur, first language Chinese, son in Manchester (UK)
    [
        ("hello, got problem with my order ah",
         "Too vague to answer — choices or a clarifying question ('ah' = Malaysian English particle)",
         "a handover; one entry given as certain"),
        ("my son just shift house in manchester last week, the parcel still going to his old room in fallowfield",
         TYPE + F(ADDRESS) + " — if not packed yet: My account > Orders > Edit order or contact; once shipped, ask "
         "the carrier for a redirect via the tracking link; same country (UK), so possible ('shift house' = move, "
         "Malaysian English)",
         "tapping a choice; asking to rephrase; saying Malaysia is not shipped to (the parcel goes to the UK)"),
        ("ok can. if he dont like the lamp can return free or not? and the money go back to my visa or how",
         BOTH(RETPOLICY, REFUNDWHERE) + " — 30 days from delivery, unused, original packaging, returns free in the "
         "UK; the refund goes back to the original payment method (the customer's Visa) ('ok can' = fine, "
         "Malaysian English)",
         HALF + "; the US $7.95 fee"),
        ("wait, this one auto reply or got real person typing?",
         "Small talk: are you a bot ('got' = is there, Malaysian English) — honestly an automated assistant; may "
         "offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Lagos, aunt in London (UK)
    [
        ("good day, pls i need assistance",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("none of them abeg",
         TYPE + "Typed rejection ('abeg' = please, Nigerian Pidgin) — apologise and ask what exactly happened; no "
         "handover yet",
         "the same choices again; a handover straight away"),
        ("i typed WELCOME15 from your mail at checkout but the total did not reduce one kobo. its for my aunt in "
         "london",
         F(DISCOUNT) + " — check it is typed exactly, not expired, minimum spend met; most codes not on sale items "
         "or gift cards, one code per order; send the code to be checked ('not one kobo' = not a penny, Nigerian)",
         "asking to rephrase again; saying the code is invalid for sure"),
        ("also can una send someone to fix the curtain rail and hang the curtains for her?",
         "Not covered (fitting and installation at home, near the trade but not offered; 'una' = you people, "
         "Nigerian Pidgin) — say so plainly; may offer a person",
         "inventing a fitting service or a price"),
    ],
    # 4 Miami (US), first language Spanish
    [
        ("hola, the towels came in a different color than the photo. how i get them to you again, and i have to pay "
         "for that or is free?",
         BOTH(HOWRETURN, RETPOLICY) + " — My account > Orders > Return items, label by e-mail, drop at a post "
         "office or carrier point; 30 days, unused, original packaging; US customers pay a $7.95 return fee "
         "deducted from the refund",
         HALF + "; saying US returns are free"),
        ("no way i pay 7.95, the photo is wrong not me. send me a free label and give me 15% off the next one",
         "Push-back: apologise; the FAQ has the $7.95 US return fee and no goodwill discount — say so and offer a "
         "person",
         "promising a free label or a discount; the same answer again without acknowledging"),
        ("this is a joke. i want a supervisor, a human, right now",
         "Request: angry + person — apologise briefly and hand over",
         PW),
        ("hello?? somebody is there?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5 Melbourne, first language Italian, sister in Amsterdam (NL, EU)
    [
        ("this is unbelievable. tracking say it was handed over to my sister in amsterdam on tuesday, she was home "
         "all day, nothing came, no note, the neighbours have nothing. i paid 90 euro!!",
         F(LOST) + " — apologise; shown as delivered but not there: neighbours/reception already checked, so give "
         "the order number: a carrier investigation, replacement or full refund if not found within 7 business days",
         "no apology; telling them to wait; promising a refund as done"),
        ("btw do you know what time the footy grand final starts on saturday?",
         "Not covered (unrelated: the Australian football final; 'footy' = Australian rules football) — say so "
         "kindly",
         "an FAQ answer; a handover"),
        ("can someone ring me back please, +61 491 570 156",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the shop's numbers instead"),
        ("how long will it be? i have to pick up my nonna at 5",
         WAIT + WAITING,
         "the customer service hours as the answer; an invented wait time"),
    ],
    # 6 Dundee (UK)
    [
        ("bought the big oak chopping board about half an hour ago, then found the exact same one sitting in my "
         "gran's cupboard. dinnae need it now",
         F(CANCEL) + " — free until packed, usually within 1 hour: My account > Orders > Cancel order or e-mail the "
         "order number; if shipped, refuse it or return within 30 days; claim nothing as done ('dinnae' = don't, "
         "Scots)",
         "claiming it is cancelled; saying it is too late"),
        ("aye, fine",
         "Ambiguous yes ('aye' = yes, Scots) — ask what they mean or restate the step (Cancel order in My account); "
         "nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("while i've got ye, can i get a vat receipt for the last order, work's paying for it. and is there a number "
         "i can phone",
         BOTH(INVOICE, PHONE) + " — VAT invoice with the shipping e-mail and under My account > Orders > Download "
         "invoice, company name or VAT number within 30 days; UK +44 20 7946 0123 during opening hours",
         HALF + "; the US or EU number for Dundee"),
        ("och this is doin ma heid in. gonnae just gie us a real person tae talk tae, no this daft machine",
         "Request: person in Scots ('doin ma heid in' = driving me mad, 'gonnae' = would you, 'gie us' = give me, "
         "'no' = not) — hand over to a person",
         PW + "; answering an FAQ"),
    ],
    # 7 Galway (IE, EU)
    [
        ("hi there, any chance ye'd post to galway? and would there be customs craic to pay after brexit?",
         BOTH(COUNTRIES, CUSTOMS) + " — yes, Ireland is in the EU; no customs charges on EU deliveries ('ye' = "
         "you, 'craic' here = business, Irish)",
         HALF + "; treating Ireland as the UK or outside the EU"),
        ("grand. can i split it in 3 bits?",
         F(PAYMETHODS) + " — Klarna in 3 instalments (EU and UK) or pay later; also cards, PayPal, Apple/Google Pay",
         NEW + "saying instalments are not possible"),
        ("lovely. its for my sister's birthday, can ye leave the price out of the box?",
         F(GIFTWRAP) + " — tick Gift options at checkout: prices left off the packing slip; wrap €3.50 per item, "
         "free message up to 200 characters",
         NEW + "saying the price is always on the slip"),
    ],
    # 8 Auckland, son in Swansea (UK)
    [
        ("kia ora, im in auckland but want to send my son in swansea a toastie maker. do i have to sign up or can i "
         "just buy it, how does it work",
         BOTH(GUEST, ORDER) + " — no account needed: Continue as guest; add to basket, Checkout, address and "
         "payment, Place order; New Zealand itself is not shipped to, but Swansea (UK) is ('kia ora' = hello, Maori "
         "loan word)",
         HALF + "; saying NZ customers cannot order"),
        ("sweet as. tried 3 times now and it keeps bouncing back, my bank here is kiwibank",
         F(PAYFAIL) + " — check card details, billing address and expiry; the bank may block it or want 3D Secure "
         "in its app; try PayPal; no money taken when it fails ('sweet as' = great, NZ)",
         NEW + "saying NZ cards are not accepted"),
        ("ok that worked, but no email from you yet. cheers",
         F(CONFIRM) + " — normally within 15 minutes: check spam/promotions; if still nothing and money was taken, "
         "contact with payment date and amount; thanks acknowledged",
         NEW + "saying the order failed"),
    ],
    # 9 Toronto, first language Portuguese, brother in Buffalo (US)
    [
        ("good morning, you send to canada? if not, my brother lives in buffalo. is quicker if i pay extra?",
         BOTH(COUNTRIES, EXPRESS) + " — Canada is not shipped to, the US is; express to the US $19.95, 2-3 business "
         "days if ordered before 1 pm CET on a business day",
         HALF + "; € or £ express prices for the US"),
        ("ok, and where he can follow the box when is on the way?",
         F(WHERE) + " — the tracking link in the shipping confirmation e-mail (or My account > Orders), active once "
         "the carrier scans the parcel; dispatched within 1-2 business days",
         NEW + "the lost-parcel entry"),
        ("i just order 4 mugs 10 minutes ago but he want 6, can i put 2 more?",
         F(CHANGE) + " — within 1 hour and not packed: My account > Orders > Edit order, or contact with the order "
         "number and the change",
         "saying no change is possible; telling them to place a new order only"),
    ],
    # 10 Montreal, first language French, friend in Lyon (FR, EU)
    [
        ("bonjour, the glass vase i sent to my friend in lyon came in three pieces, she is very sad",
         F(DAMAGED) + " — sorry; within 14 days of delivery send order number + photo of the item and packaging; "
         "free replacement or full refund, no cost to send it back",
         "no apology; a return at her cost"),
        ("she prefer the money, not a new one. how many days before she see it?",
         F(REFUNDTIME) + " — checked within 3 business days once back at the warehouse, then usually 5-7 business "
         "days at the bank; e-mail when issued; adding that it goes back to the original payment method (the "
         "Montreal customer's, not the friend's) is a plus",
         NEW + "a fixed date; saying it goes to the friend's account"),
        ("merci. when can i call you? i finish work at 5 pm here in montreal",
         F(HOURS) + " — Mon-Fri 9:00-18:00 CET and Sat 10:00-14:00 CET, i.e. about 3:00-12:00 on weekdays in "
         "Montreal, so not after 5 pm; e-mails outside hours answered the next business day; giving the phone numbers "
         "too is fine",
         "giving the hours as Montreal time; only the phone numbers"),
    ],
    # 11 Seattle (US), first language Turkish
    [
        ("merhaba, the copper kettle is sold out since 2 weeks, when you get again?",
         F(STOCK) + " — most items back within 2-6 weeks; Notify me on the product page; no pre-orders or "
         "reservations ('merhaba' = hello, Turkish)",
         "a fixed date"),
        ("can i see it in real life somewhere before buying, here in seattle?",
         F(STORE) + " — online only, no store or showroom; the Leipzig warehouse has no pickup",
         "inventing a store or showroom"),
        ("also my neighbour got same kettle from a big online store for $79, yours is $94. you can come down?",
         F(PRICEMATCH) + " — identical item sold new by a major online retailer shipping to the US, delivery "
         "included; send the link before buying or within 7 days; not marketplace, clearance or flash deals",
         "refusing outright; matching without a link"),
    ],
    # 12 Dhaka, brother in London (UK)
    [
        ("hello, my brother in london wants to send back a lamp he didnt like. he started it on the website but the "
         "pdf to stick on the box never came to his inbox",
         F(LABEL) + " — the label is e-mailed as a PDF once the return is registered: check spam, or download it "
         "again from the return in the account; no printer: the QR code option",
         "telling him to start a new return; a label sent by post"),
        ("he also opened a packet of coffee beans from the same order, can he put it in the same box?",
         F(NONRETURN) + " — opened food and drink cannot be returned",
         NEW + "saying yes"),
        ("last time he sent back a whole order, 2 bowls, and the refund was 4.95 pounds short. is that correct?",
         F(PARTIAL) + " — original shipping is refunded when the whole order is returned, so a 4.95 shortfall on a "
         "full return looks wrong unless an item came back used or damaged; the refund e-mail lists why; contact "
         "the shop",
         NEW + "saying shipping is never refunded"),
        ("dhonnobad, thats all. bye",
         "Small talk: thanks + goodbye ('dhonnobad' = thank you, Bengali loan word) — short friendly close",
         SMALL),
    ],
    # 13 Nairobi, first language Hindi, cousin in Kampala
    [
        ("namaste, do you deliver to kampala? my cousin stays there. if not then i'll buy her a voucher she can use "
         "later",
         BOTH(COUNTRIES, GIFTCARD) + " — Uganda is not shipped to (only EU, UK, US); digital gift cards €10-200 by "
         "e-mail, valid 2 years — best if the reply adds that goods still only go to the EU, UK or US ('stays' = "
         "lives, Indian/East African English)",
         HALF + "; saying Uganda is shipped to"),
        ("ok. the link you sent so i can get into my profile again is saying expired",
         F(RESETPW) + " — the reset link is valid 1 hour: Sign in > Forgot password again with the registered "
         "address; after 10 minutes check spam, else contact",
         NEW + "saying the account is locked"),
        ("one more thing, my father passed away in march and he had an account with you. how do we close it?",
         F(DELETE) + " — My account > Privacy > Delete account, or e-mail from the address linked to the account; "
         "data deleted within 30 days except legal records; open orders and returns first; condolences expected",
         "no condolences; saying it is deleted now"),
    ],
    # 14 Manila, aunt in Seattle (US)
    [
        ("hi po! i want to register so i can save my tita's address in seattle, where do i do it",
         F(CREATE) + " — person icon > Create account, name, e-mail, password; then addresses can be saved ('po' = "
         "politeness particle, 'tita' = aunt, Filipino)",
         "saying the Philippines is not shipped to as the answer (the address is in the US)"),
        ("i made one already but with my yahoo, i want to use my gmail na",
         F(CHEMAIL) + " — My account > Account details > Change email, current password, then confirm via the link "
         "sent to the new address ('na' = already/now, Filipino)",
         NEW + "telling her to make a second account"),
        ("also my card got charged 2 times for the same order, 58 dollars each",
         F(CHARGED2) + " — often a temporary authorisation released within 3-5 business days; if both still show as "
         "completed after that, send order number + statement screenshot and the duplicate is refunded",
         "promising an immediate refund as done"),
        ("last na po: your sale newsletters are filling my inbox, i only want the order emails. salamat!",
         F(UNSUB) + " — Unsubscribe link at the bottom of any newsletter or untick Newsletter in My account > "
         "Preferences; up to 48 hours; order e-mails continue; thanks acknowledged ('salamat' = thank you, Filipino)",
         "deleting the account; no thanks acknowledged"),
    ],
]

write_plan("en", convs)
