"""English plan for test set 34: the sample shop (Northwind Goods), customers from many countries.
The FAQ is db/sample-faq.csv copied unchanged. Run from src/: PYTHONPATH=<check folder> python3 en.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_plan

from sample_faq import (  # the sample FAQ copied to the set, its entries named
    ORDER, CHANGE, CANCEL, WHERE, CONFIRM, SHIPCOST, DELTIME, COUNTRIES, EXPRESS, LOST, DAMAGED,
    ADDRESS, CUSTOMS, GIFTWRAP, RETPOLICY, HOWRETURN, LABEL, EXCHANGE, NONRETURN, REFUNDTIME,
    REFUNDWHERE, PARTIAL, PAYMETHODS, PAYFAIL, CHARGED2, INVOICE, GIFTCARD, DISCOUNT, CREATE,
    RESETPW, CHEMAIL, DELETE, GUEST, UNSUB, HOURS, PHONE, WARRANTY, STOCK, PRICEMATCH, STORE,
)

HALF = "only one half with no pointer to the other"

convs = [
    # 1 Aberdeen
    [
        ("hello, fit like? whats the postage up to aberdeen for a set of tea towels and how many days till it "
         "gets here",
         BOTH(SHIPCOST, DELTIME) + " — UK standard £4.95, free from £45; dispatched in 1-2 business days, then "
         "3-5 business days to the UK",
         HALF + "; the € or $ price; the EU or US times"),
        ("and if i want it sooner",
         F(EXPRESS) + " — UK express £11.95, 1-2 business days if ordered before 1 pm CET on a business day",
         "treating it as new unclear; the € or $ price"),
        ("ok. never bought off a website before, do i just press buy or what",
         F(ORDER) + " — add to basket, basket icon > Checkout, as a guest or signed in, address and payment, "
         "Place order, confirmation e-mail",
         "treating it as new unclear; saying an account is required"),
        ("cheers, thats me sorted. ta ta",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover"),
    ],
    # 2 Leeds
    [
        ("hiya, got a question about something i bought",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("the big black frying pan from march has a crack right across the bottom, never dropped it or anything",
         TYPE + F(WARRANTY) + " — cast-iron cookware has a 3-year warranty; contact with order number, "
         "description and photo or video",
         "tapping a choice; asking to rephrase; the damaged-on-arrival entry; the 30-day return"),
        ("do i need the receipt for that, where do i find it? and my account still has my old work email, how "
         "do i swap it",
         BOTH(INVOICE, CHEMAIL) + " — VAT invoice with the shipping confirmation or My account > Orders > "
         "Download invoice; My account > Account details > Change email, current password, confirmation link",
         HALF + "; creating a new account"),
        ("am i talking to a real person here?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Swansea
    [
        ("hiya, its about a return",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no none of them",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("bought 3 cushion covers, kept one and sent 2 back, and what came back into my bank is short of what i "
         "paid for them 2",
         F(PARTIAL) + " — original shipping is only refunded when the whole order is returned; the refund "
         "e-mail lists what was refunded; contact if something looks wrong",
         "asking to rephrase again; the refund time entry alone"),
        ("do you send someone round to put curtains up? my husband is useless with a drill",
         "Not covered (a fitting service) — say so plainly; may offer a person",
         "inventing a service or price; the store entry as if it answered it"),
    ],
    # 4 Limerick
    [
        ("hi there, im in limerick, will the courier hit me with extra charges at the door since ye are in "
         "germany? and could i not just pick it up from ye myself",
         BOTH(CUSTOMS, STORE) + " — Ireland is EU: no customs; online-only, the Leipzig warehouse has no "
         "pickup; delivery to the address or a parcel locker",
         HALF + "; customs charges for Ireland; a pickup offered"),
        ("thats not what i asked at all. i want it to arrive on the 23rd exactly, not a day before, its a "
         "surprise for my mum",
         "Push-back: apologise; the FAQ has no delivery on a chosen day — say so, do not promise it, offer a "
         "person",
         "a promised date; the same full answer again without acknowledging"),
        ("this is useless. put me on to an actual human now!",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("hello?? anyone there",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5 Atlanta
    [
        ("im so mad right now. the ceramic lamp showed up in 4 bits, box all squashed, it was for my moms "
         "birthday saturday",
         F(DAMAGED) + " — apologise; within 14 days with order number and a photo of the item and packaging; "
         "free replacement or full refund, no cost to send it back",
         "no apology; the return policy with the $7.95 fee; the warranty"),
        ("btw do yall know if the braves are playing tonight",
         "Not covered (a baseball game) — say so kindly, back to the shop's topics",
         "a game time as fact; an FAQ answer; a handover"),
        ("just have someone call me, 404 555 0187",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the US number instead"),
        ("how long before somebody rings me",
         WAIT + WAITING,
         "the customer service hours as the answer; an invented wait time"),
    ],
    # 6 first language Spanish, living in Valencia
    [
        ("hello, i buy a duvet cover 20 minutes ago but my sister just buy me the same one for my birthday, "
         "so i dont need it now",
         F(CANCEL) + " — cancel free before packing: My account > Orders > Cancel order or contact quickly; if "
         "already dispatched, return it; do not claim it is cancelled",
         "claiming it is cancelled; the return policy alone"),
        ("yes vale",
         "Ambiguous yes — ask what they mean or restate the step (Cancel order in the account); nothing claimed "
         "as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("and if it comes anyway, how i send it back from spain?",
         F(HOWRETURN) + " — My account > Orders > Return items, label by e-mail, any post office; free in the EU",
         "the cancellation answer again; a return fee for Spain"),
        ("no entiendo nada. quiero hablar con una persona de verdad por favor",
         "Request: person in Spanish — hand over to a person",
         PW + "; answering an FAQ; asking to write in English"),
    ],
    # 7 Denver
    [
        ("hey, ordered grey bath towels like an hour ago but i meant the sage ones, can that be fixed?",
         F(CHANGE) + " — if not yet packed: My account > Orders > Edit order, or contact quickly; once packed "
         "not possible, return instead",
         "claiming it is changed; the exchange entry only"),
        ("what if there are no sage ones left",
         F(STOCK) + " — restocked in 2-6 weeks, Notify me on the product page; no reserving",
         "treating it as new unclear; promising a date"),
        ("cool thx. target has the same towels 8 bucks cheaper, can you match that? also your emails are "
         "clogging my inbox, like 3 a day",
         BOTH(PRICEMATCH, UNSUB) + " — identical item new from a major retailer shipping to the US, with a link, "
         "before buying or within 7 days; Unsubscribe link or My account > Preferences, up to 48 hours",
         HALF + "; matching without conditions"),
    ],
    # 8 Adelaide
    [
        ("g'day, can you post a set of mixing bowls to adelaide? if not my brother lives in san diego",
         F(COUNTRIES) + " — Australia is not shipped to; the US is, so San Diego works",
         "saying Australia is shipped to; no mention of the US option"),
        ("ok. how long to get to him then",
         F(DELTIME) + " — dispatch 1-2 business days, then 5-8 business days to the US",
         "treating it as new unclear; the EU or UK times"),
        ("no worries. can i pop a little note in for him? and do you take afterpay",
         BOTH(GIFTWRAP, PAYMETHODS) + " — free gift message up to 200 characters at checkout (wrapping €3.50 "
         "an item); no Afterpay: cards, PayPal, Apple Pay, Google Pay, Klarna only for EU/UK",
         HALF + "; saying Afterpay or Klarna works for a US order"),
    ],
    # 9 Calgary
    [
        ("hi, im in calgary and my card keeps getting declined at the last step. is it cause im in canada?",
         BOTH(PAYFAIL, COUNTRIES) + " — Canada is not shipped to, so an order to Calgary cannot go through; a "
         "declined card means no money was taken; check details, 3D Secure or try PayPal",
         "only payment tips without saying Canada is not shipped to"),
        ("ok. can i at least make a profile with my calgary address for later",
         F(CREATE) + " — an account: person icon > Create account, name, e-mail, password; deliveries still "
         "only to the EU, UK and US",
         "treating it as new unclear; promising Canada soon"),
        ("thanks for being straight with me",
         "Small talk: thanks — short friendly reply",
         "an FAQ answer; a handover"),
    ],
    # 10 from Suva, Fiji, studying in Dublin
    [
        ("bula! i forgot my password and the reset thing never came, its been 20 mins",
         F(RESETPW) + " — the link is valid 1 hour; if not there in 10 minutes check spam, then contact support",
         "creating a new account; no mention of spam"),
        ("found it in junk haha. also after this order i want all my stuff gone from your site, im moving home to fiji in "
         "june",
         F(DELETE) + " — My account > Privacy > Delete account or e-mail; data deleted within 30 days, order "
         "records kept; open orders and returns first",
         "deleting now; saying Fiji is shipped to"),
        ("vinaka, thank you",
         "Small talk: thanks — short friendly reply",
         "an FAQ answer; asking what 'vinaka' means"),
    ],
    # 11 first language Turkish, living in Rotterdam
    [
        ("hello, yesterday i buy 2 table lamps but no mail comes from you. is my order ok or not?",
         F(CONFIRM) + " — check spam; sign in, My account > Orders: if listed, it went through and the mail "
         "can be resent; if not listed and charged, contact with date and amount",
         "saying the order failed; the tracking entry only"),
        ("and where i can see the parcel now",
         F(WHERE) + " — My account > Orders or the tracking link; dispatched in 1-2 business days",
         "treating it as new unclear; a promised date"),
        ("ok thanks. next time can i buy without login, i forget passwords always",
         F(GUEST) + " — yes, Continue as guest at checkout",
         "the password reset only"),
    ],
    # 12 first language Vietnamese, living in Prague
    [
        ("hello, i buy a rice cooker, it work good but colour is not match my kitchen. i can change to white?",
         F(EXCHANGE) + " — start a return under My account > Orders, choose Exchange and the colour, shipped "
         "free once the return is scanned; if out of stock, refund",
         "the warranty; a paid exchange"),
        ("i dont have printer at home. and how many days i have for this?",
         BOTH(LABEL, RETPOLICY) + " — choose the QR code option, the post office prints it; 30 days from "
         "delivery, unused, original packaging, free in the EU",
         HALF + "; a return fee for Czechia"),
        ("my friend give me SPRING15 to use but the site say not valid",
         F(DISCOUNT) + " — check spelling, expiry, minimum spend, no combining, one code per order; send the "
         "code to support to check",
         "inventing that the code is valid or expired"),
        ("thank you so much. i want to buy gift card for my friend to say thanks, how long she can use it?",
         F(GIFTCARD) + " — digital €10-€200 by e-mail on a chosen date, valid 2 years",
         "an unlimited validity; a physical card"),
    ],
    # 13 first language Romanian, living in London
    [
        ("hello, i send back a frying pan 2 weeks ago, when i get my money?",
         F(REFUNDTIME) + " — checked within 3 business days of arrival, then 5-7 business days in the account; "
         "an e-mail when issued",
         "a promised date; the return instructions"),
        ("but the card i paid was blocked by bank, i have new one now",
         F(REFUNDWHERE) + " — refunds go to the original method; if the card was cancelled, the bank normally "
         "passes it to the new card",
         "treating it as new unclear; promising a bank transfer"),
        ("other thing, parcel with wine glasses says delivered since monday but is not here, neighbours dont "
         "have it",
         F(LOST) + " — check neighbours and reception (done); contact with the order number, investigation "
         "with the carrier, replacement or refund if not found within 7 business days",
         "the damaged entry; saying it was delivered so nothing can be done"),
        ("I understand. and can my wife send back candles she already lit? and what number i call in uk",
         BOTH(NONRETURN, PHONE) + " — used candles cannot be returned as used items (30-day policy: unused, "
         "original packaging); UK phone +44 20 7946 0123 in opening hours",
         HALF + "; accepting the used candles; the EU or US number only"),
    ],
    # 14 first language Korean, living in Frankfurt
    [
        ("hello. bank shows 64 euro two times for one order. what i should do? also what time your team is "
         "working",
         BOTH(CHARGED2, HOURS) + " — often a temporary authorisation released in 3-5 business days; if both "
         "completed after that, contact with order number and screenshot; Mon-Fri 9-18 CET, Sat 10-14 CET",
         HALF + "; no apology or reassurance"),
        ("also my apartment number is missing in the order, 3rd floor left",
         F(ADDRESS) + " — if not packed: My account > Orders > Edit order or contact support; once shipped, "
         "carrier redirect via tracking; not claimed done",
         "claiming the address is changed"),
        ("all clear now, thank you very much",
         "Small talk: acknowledgement + thanks — short friendly reply",
         "an FAQ answer; a handover"),
    ],
]

write_plan("en", convs)
