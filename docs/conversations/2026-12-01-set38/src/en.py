"""English plan for test set 38: the sample shop, customers from many places.
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

convs = [
    # 1 Inverness
    [
        ("hiya, could i come and collect from you instead of waiting on the post? basket is about 38 pounds",
         BOTH(STORE, SHIPCOST) + " — online only, no store, no pickup at the Leipzig warehouse; £38 is under "
         "£45, so standard shipping to the UK is £4.95",
         HALF + "; inventing pickup; free shipping claimed for £38; € prices"),
        ("right. so roughly when would it land up here in the highlands",
         F(DELTIME) + " — dispatched in 1-2 business days, then 3-5 business days to the UK",
         "treating it as new unclear; EU or US times; a promised date"),
        ("its for my mums birthday on friday, can i pay extra to make it faster",
         F(EXPRESS) + " — UK express £11.95, 1-2 business days if ordered before 1 pm CET on a business day",
         "treating it as new unclear; the EU/US express price; promising Friday"),
        ("braw, that'll do me. cheerio",
         "Small talk: acknowledgement + goodbye — short friendly close",
         SMALL),
    ],
    # 2 Galway
    [
        ("hello, quick one about an order",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("i bought a lamp at lunchtime and it went through on paypal but not a peep from ye in my inbox since, is "
         "it gone through or what",
         TYPE + F(CONFIRM) + " — usually within 15 minutes: check spam/promotions, then My account > Orders "
         "(resend from there); if not listed but charged, contact with payment date and amount",
         "tapping a choice; asking to rephrase; the charged-twice entry"),
        ("ok it was in junk. and i'm getting 3 promo mails a week from you, stop them. actually close the "
         "whole login altogether",
         BOTH(UNSUB, DELETE) + " — Unsubscribe link or untick Newsletter (up to 48 h); delete under My account "
         "> Privacy > Delete account or by e-mail, data gone within 30 days; the open lamp order must be "
         "completed first",
         HALF + "; not mentioning the open order"),
        ("hang on is this an actual person typing or a computer",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Kilkenny
    [
        ("hi, i have a problem with something",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("nope not any of them",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("i got the chopping board with our surname burned into it for my brother, turns out hes splitting up "
         "with the wife so it's no use now lol. can it go back",
         F(NONRETURN) + " — personalised or engraved items can't be returned; damaged or faulty ones always can",
         "asking to rephrase again; the 30-day return steps as if it could go back"),
        ("ah well. would one of your staff come round and put together a bookshelf if i bought one off you",
         "Not covered (assembly at home) — say so plainly; may offer a person",
         "inventing an assembly service or price"),
    ],
    # 4 first language Turkish, living in Austin, Texas
    [
        ("hello, from my 4 tea glasses one came in two halves when i open the box today, and the saucers colour "
         "i dont like at all, i wish to give them to you and take my money",
         BOTH(DAMAGED, RETPOLICY) + " — broken one: contact within 14 days with order number and photos of item "
         "and packaging, free replacement or refund, no cost to send back; unused saucers: return within 30 "
         "days, US customers pay a $7.95 return fee deducted from the refund",
         HALF + "; free returns claimed for the US; asking them to pay for the broken glass's return"),
        ("no. you send somebody to my house this evening, take all and give me cash back there",
         "Push-back: apologise; the FAQ has no home collection or cash refund — say what it has and offer a "
         "person",
         "a promised pickup tonight; cash promised; the same answer again without acknowledging"),
        ("this is waste of my time!! i want talk with real manager right now",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("is somebody reading this?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5 first language Korean, living in Seattle
    [
        ("I am really upset. app say it was dropped at my door on monday 2:40 but no box there, my neighbor and front "
         "desk also say nothing come. it was $96 air fryer",
         F(LOST) + " — apologise; neighbours and reception already checked, so contact with the order number: "
         "carrier investigation, replacement or full refund if not found within 7 business days",
         "no apology; asking them to check neighbours again as the only step; refund promised at once"),
        ("btw did mariners win yesterday",
         "Not covered (a baseball score) — say so kindly, back to the shop's topics",
         "a score; an FAQ answer; a handover"),
        ("can someone call me please. 206 555 0139",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the shop's US number instead"),
        ("how many minutes I wait? I go out soon",
         WAIT + WAITING,
         "the service hours as the answer; an invented wait time"),
    ],
    # 6 first language Vietnamese, living in Houston
    [
        ("hi, i ordered 2 cushion covers this morning 8am but my husband already buy same ones at target, we "
         "dont want them 2 times",
         F(CANCEL) + " — cancel free until packed (usually within 1 hour): My account > Orders > Cancel order or "
         "e-mail the order number; if shipped, refuse or return within 30 days; claim nothing as done",
         "claiming it is cancelled; the exchange entry; the price-match entry"),
        ("u thoi cung duoc",
         "Ambiguous yes (Vietnamese: 'yeah, well, that's ok') — ask what they mean or restate the step; nothing "
         "claimed as done",
         "claiming it is cancelled; a random FAQ answer; a language complaint"),
        ("the $42 go back to my apple pay or my visa?",
         F(REFUNDWHERE) + " — refunds go back to the original payment method (the entry names card, PayPal, "
         "Klarna, bank account; nothing else invented)",
         "a refund promised as already done; inventing store credit"),
        ("toi khong hieu. cho toi noi chuyen voi nguoi that di",
         "Request: person in Vietnamese without accents ('I don't understand. Let me talk to a real person') — "
         "hand over to a person",
         PW + "; answering an FAQ; insisting on English"),
    ],
    # 7 Wollongong, sister in Dublin
    [
        ("g'day, can i get stuff sent out to the gong from you? if not it can go to my sister in dublin",
         F(COUNTRIES) + " — Australia is not shipped to (EU, UK, US only); Dublin is in the EU, so that works",
         "saying Australia is shipped to; saying Ireland is not"),
        ("will she have to fork out extra charges at her door",
         F(CUSTOMS) + " — no: EU orders ship from the EU warehouse, no customs charges",
         "treating it as new unclear; the US $800 rule as the answer"),
        ("too easy. can you pop a bow on it and a card saying happy housewarming from bec",
         F(GIFTWRAP) + " — Gift options at checkout: wrapping €3.50 per item (not oversized), free message up "
         "to 200 characters, no prices on the slip",
         "a paid message; saying gift options aren't offered"),
    ],
    # 8 Dunedin, son in Edinburgh
    [
        ("hi there, first time here, how do i buy off you? or could i send my son in edinburgh a voucher and "
         "let him choose",
         BOTH(ORDER, GIFTCARD) + " — basket > Checkout, guest or sign in, address and payment, Place order, "
         "confirmation e-mail; digital gift cards €10-200 by e-mail on a chosen date, valid 2 years",
         HALF + "; saying NZ customers can't buy at all"),
        ("put in WELCOME10 and it just sits there red",
         F(DISCOUNT) + " — most codes can't be used on gift cards; check spelling, expiry, minimum; else send "
         "the code to be checked",
         "treating it as new unclear; inventing a working code"),
        ("sweet as",
         "Small talk: acknowledgement — short friendly close",
         SMALL),
    ],
    # 9 Winnipeg, friend in Minneapolis
    [
        ("hey, i sent a blanket to a buddy in minneapolis since you cant do canada, but i put apt 3 and its apt "
         "30, bought it maybe 15 min ago",
         F(ADDRESS) + " — not packed yet: My account > Orders > Edit order, or contact; once shipped, a carrier "
         "redirect via tracking; country can't change",
         "saying nothing can be done; offering to ship to Canada"),
        ("while im in there can i bump it from 1 to 2 of them",
         F(CHANGE) + " — within 1 hour if not packed: Edit order or contact with the order number",
         "treating it as new unclear; saying changes are never possible"),
        ("beauty. once it leaves how do i keep an eye on it",
         F(WHERE) + " — My account > Orders or the tracking link in the shipping e-mail; active after the "
         "carrier scans; contact if no update for 5 business days",
         "the lost-parcel entry; a promised delivery date"),
    ],
    # 10 Lagos, brother in Manchester
    [
        ("good evening, i'm buying a kettle for my brother in manchester but it keeps saying transaction "
         "not successful",
         F(PAYFAIL) + " — check card details, billing address, expiry, bank block or 3D Secure; try another "
         "method such as PayPal; a failed payment takes no money",
         "saying Nigeria is the problem (delivery is to the UK); claiming money was taken"),
        ("can i do bank transfer or pay on delivery then",
         F(PAYMETHODS) + " — no cash on delivery; Visa, Mastercard, Amex, PayPal, Apple Pay, Google Pay, Klarna "
         "(EU/UK)",
         "treating it as new unclear; inventing bank transfer or pay on delivery"),
        ("ok o. also i cant enter my profile since, i dont remember the secret word",
         F(RESETPW) + " — Sign in > Forgot password, registered e-mail, link valid 1 hour, check spam after 10 "
         "minutes",
         "creating a new account"),
    ],
    # 11 Singapore, friend in Paris
    [
        ("hi, the linen apron page say none left liao. when got again? want to send to my friend in paris",
         F(STOCK) + " — most items back in 2-6 weeks; Notify me on the product page; no pre-orders or "
         "reservations",
         "a promised date; taking a reservation"),
        ("your team work what time? singapore is 7 hours ahead of you. also have number i can ring?",
         BOTH(HOURS, PHONE) + " — Mon-Fri 9-18, Sat 10-14 CET (Singapore 7 h ahead in winter, 6 in summer); EU "
         "+49 30 1234 5678, chat or e-mail",
         HALF + "; hours converted wrongly; a Singapore number"),
        ("ok can. she also needs the receipt with tax for her office",
         F(INVOICE) + " — VAT invoice with the shipping e-mail, download under My account > Orders; company "
         "name/VAT number at checkout or within 30 days",
         "saying no invoices; ignoring the company part"),
    ],
    # 12 Cape Town, daughter in Rotterdam
    [
        ("hi, sent my daughter in rotterdam a rain jacket, the medium is too small for her, can she get a large",
         F(EXCHANGE) + " — start a return under My account > Orders, choose Exchange, pick the size; new one "
         "ships free when the return is scanned; refund if out of stock",
         "a new order and separate return as the only way"),
        ("i checked out without signing up though",
         F(HOWRETURN) + " — guests start a return on the Returns page with order number and e-mail",
         "treating it as new unclear; asking to create an account first"),
        ("she's a student, no printer in her flat",
         F(LABEL) + " — choose the QR code option; the post office prints the label",
         "treating it as new unclear; telling her to buy a printer"),
        ("shot, thanks a lot. cheers",
         "Small talk: thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 13 first language Russian, living in Riga
    [
        ("hello. i sent back the curtains 2 weeks ago, dhl show it came to you on 3rd, money still not here",
         F(REFUNDTIME) + " — checked within 3 business days after arrival, then 5-7 business days at the bank; "
         "an e-mail when issued",
         "a refund promised today; the return-label entry"),
        ("ok it came now but 8 euro less then i paid. why so",
         F(PARTIAL) + " — shipping only refunded for a whole-order return, or used/damaged items; the refund "
         "e-mail lists why; contact if wrong",
         "treating it as new unclear; the US $7.95 fee (Riga is EU)"),
        ("and other thing. my cast iron pan from last year got crack, and bank show you took 54.90 two times "
         "for my new order",
         BOTH(WARRANTY, CHARGED2) + " — cast iron: 3-year warranty, contact with order number, fault and "
         "photo; a second charge is often an authorisation released in 3-5 business days, else send a "
         "screenshot",
         HALF + "; a 2-year warranty for cast iron"),
        ("spasibo, that is all, bye",
         "Small talk: thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 14 first language Mexican Spanish, living in San Antonio
    [
        ("hola, the same blender is $15 less on amazon.com sold by amazon, you can do me that price? and i "
         "dont want to register, just buy",
         BOTH(PRICEMATCH, GUEST) + " — identical item sold new by a major online retailer shipping to the US, "
         "incl. delivery: send the link before buying or within 7 days; not for marketplace sellers; Continue "
         "as guest at checkout",
         HALF + "; a price match promised without the link; saying an account is required"),
        ("and if after i change my mind and want to see all my stuff saved?",
         F(CREATE) + " — an account can be made later from the link in the guest confirmation e-mail (or "
         "person icon > Create account)",
         "treating it as new unclear; saying guest orders are lost"),
        ("wait i think i have one from before with my work correo, how i put my personal one. gracias",
         F(CHEMAIL) + " — My account > Account details > Change email, current password, confirm the link sent "
         "to the new address; order history stays",
         "creating a second account"),
    ],
]

write_plan("en", convs)
