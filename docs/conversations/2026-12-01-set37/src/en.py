"""English plan for test set 37: the sample shop, customers from many places.
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
    # 1 Norwich
    [
        ("morning, is there a shop of yours i can pop into round norwich? if not whats the postage on about 30 "
         "quid worth",
         BOTH(STORE, SHIPCOST) + " — online only, no store, no pickup at the Leipzig warehouse; £30 is under the "
         "£45 threshold, so standard shipping to the UK is £4.95",
         HALF + "; inventing a shop or pickup; free shipping claimed for £30; € prices"),
        ("how many days till it turns up then",
         F(DELTIME) + " — dispatched in 1-2 business days, then 3-5 business days to the UK",
         "treating it as new unclear; the EU or US times; a promised date"),
        ("and if i pay for the quicker one?",
         F(EXPRESS) + " — UK express £11.95, 1-2 business days if ordered before 1 pm CET on a business day",
         "treating it as new unclear; the EU or US express price"),
        ("lovely, thats me sorted then, cheers. bye now",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 2 Aberdeen
    [
        ("hi there, question about something i bought",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("paid about 40 min ago, money left my bank but theres nothing in my inbox at all about it",
         TYPE + F(CONFIRM) + " — usually within 15 minutes: check spam/promotions, then My account > Orders "
         "(resend from there); if not listed but charged, contact with payment date and amount",
         "tapping a choice; asking to rephrase; the charged-twice entry; saying the order failed"),
        ("found it in spam, ta. can you stop sending me the weekly offers emails? actually you know what just "
         "get rid of my whole profile with you",
         BOTH(UNSUB, DELETE) + " — Unsubscribe link or untick Newsletter (up to 48 h); delete under My account "
         "> Privacy > Delete account or by e-mail, data gone within 30 days, open orders must be completed first",
         HALF + "; not mentioning that the open order must be completed first"),
        ("fit like, am i typing to a real loon or is this a robot",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Derry
    [
        ("hello, its about something i got from you last week",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no none of those",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("i got the big jar of the wildflower honey and opened it and tbh its far too sweet for us, wee bit "
         "disappointed, can i post it back to yous for the money",
         F(NONRETURN) + " — opened food can't be returned (hygiene); damaged or faulty items always can",
         "asking to rephrase again; the general 30-day return steps as if it could go back"),
        ("fair enough. do yous do a wedding gift list thing, my cousin is getting married in june",
         "Not covered (a wedding gift list / registry) — say so plainly; may offer a person; gift cards may be "
         "mentioned as an aside only",
         "inventing a registry service; claiming it exists"),
    ],
    # 4 Plymouth
    [
        ("hi, 2 of the 6 dinner plates came in bits yesterday, the box was squashed. and honestly i dont want "
         "the other 4 either now, can i get my money for those as well",
         BOTH(DAMAGED, RETPOLICY) + " — contact within 14 days with order number and photos of item and "
         "packaging: free replacement or full refund, no cost to send back; the unused rest can be returned "
         "within 30 days, free in the UK",
         HALF + "; a US return fee; asking to pay for the broken plates' return"),
        ("no i need a courier to come get the whole lot off my doorstep in plymouth tomorrow morning and new "
         "plates brought back on the same van",
         "Push-back: apologise; the FAQ has no courier collection or same-van swap — say what it has (photo, "
         "replacement or refund, drop-off return) and offer a person",
         "a promised collection tomorrow; the same full answer again without acknowledging"),
        ("this is going round in circles, proper useless. get me a human being now please",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("hello?? anybody there",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5 Denver (first language Japanese)
    [
        ("I am very angry. tracking say it was left at my door on tuesday 3:12pm but there is nothing there, not at "
         "the apartment office also. I paid $84 for this rice cooker",
         F(LOST) + " — apologise; check neighbours and building reception, then contact with the order number: "
         "carrier investigation, replacement or full refund if not found within 7 business days",
         "no apology; saying the order was delivered so nothing can be done; a refund promised at once"),
        ("also do you know if snow comes to denver this weekend",
         "Not covered (the weather) — say so kindly, back to the shop's topics",
         "a forecast; an FAQ answer; a handover"),
        ("please someone call me, my number is 720 555 0187",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the shop's US number instead"),
        ("how long until the phone call? I have work at 5",
         WAIT + WAITING,
         "the service hours as the answer; an invented wait time"),
    ],
    # 6 first language Polish, living in Gdansk
    [
        ("hello i buy yesterday evening big linen bedding set for my mother, but she just tell me she has "
         "already same one, so we dont need this order anymore",
         F(CANCEL) + " — cancel free until packed (usually within 1 hour): My account > Orders > Cancel order or "
         "e-mail the order number; if shipped, refuse it or return it within 30 days; claim nothing as done",
         "claiming it is cancelled; the exchange entry"),
        ("no dobra, niech bedzie",
         "Ambiguous yes (Polish: 'well ok, let it be') — ask what they mean or restate the step; nothing claimed "
         "as done",
         "claiming it is cancelled; a random FAQ answer; a language complaint"),
        ("and the 329 zloty, it come back on my blik or how",
         F(REFUNDWHERE) + " — refunds go back to the original payment method (card, PayPal, Klarna, bank "
         "account); if paid by card, to that card",
         "inventing BLIK support; a refund promised as already done"),
        ("nie rozumiem juz nic. prosze dac mi normalnego czlowieka, z kims prawdziwym chce rozmawiac",
         "Request: person in Polish ('I don't understand anything any more. Please give me a normal person, I "
         "want to talk to someone real') — hand over to a person",
         PW + "; answering an FAQ; insisting on English"),
    ],
    # 7 Hobart, sister in Boston
    [
        ("hi from hobart! can you post to tassie? if thats a no id send it to my sister in boston instead",
         F(COUNTRIES) + " — Australia is not shipped to (only EU, UK, US); Boston is in the US, so that works",
         "saying Australia is shipped to; saying the US is not"),
        ("would she have to pay any extra fees when it arrives",
         F(CUSTOMS) + " — US orders under $800 normally no import duties; on larger ones the customer pays on "
         "delivery",
         "treating it as new unclear; saying no customs ever, or the EU/UK rule only"),
        ("ripper, thanks. can it come wrapped with a little note in it from me, its her 40th",
         F(GIFTWRAP) + " — Gift options at checkout: wrapping €3.50 per item (not oversized items), free "
         "message up to 200 characters, no prices on the slip",
         "a paid message; saying gift wrapping is not offered"),
    ],
    # 8 Christchurch, daughter in London
    [
        ("kia ora, never bought off your site before, how does it all work? and can i just give my daughter in "
         "london some credit to spend instead of guessing what she likes",
         BOTH(ORDER, GIFTCARD) + " — basket > Checkout, guest or sign in, address and payment, Place order, "
         "confirmation e-mail; digital gift cards €10-200 by e-mail on a chosen date, valid 2 years",
         HALF + "; saying NZ customers can't buy at all (a gift card by e-mail needs no shipping)"),
        ("i tried NEWYOU15 on it and it says invalid",
         F(DISCOUNT) + " — most codes can't be used on gift cards; check spelling, expiry, minimum; else send "
         "the code to be checked",
         "treating it as new unclear; inventing a working code"),
        ("ah right, chur",
         "Small talk: acknowledgement + thanks — short friendly close",
         SMALL),
    ],
    # 9 Halifax (Nova Scotia), friend in Boston
    [
        ("hi, i know ye dont ship to canada so i sent a teapot to my buddy in boston, but i typed his street "
         "number as 41 and its 14, ordered like 20 min ago",
         F(ADDRESS) + " — not packed yet: My account > Orders > Edit order, or contact; once shipped, a carrier "
         "redirect via tracking; country can't change",
         "saying nothing can be done; asking to ship to Canada"),
        ("while its not packed could i also throw in the matching cups",
         F(CHANGE) + " — changes within 1 hour if not packed: Edit order or contact with the order number; "
         "after packing, no changes",
         "treating it as new unclear; saying changes are never possible"),
        ("some good, thanks. after it goes out where do i look to see whats happening with it",
         F(WHERE) + " — My account > Orders or the tracking link in the shipping e-mail; active once the "
         "carrier scans; contact if no update for 5 business days",
         "the lost-parcel entry; a promised delivery date"),
    ],
    # 10 Accra, cousin in London
    [
        ("good afternoon, i am ordering a blender for my cousin in london but my card keeps getting declined "
         "at the last step",
         F(PAYFAIL) + " — check card details, billing address, expiry, bank block or 3D Secure; try another "
         "method such as PayPal; a failed payment takes no money",
         "saying Ghana is the problem (the delivery is to the UK); claiming money was taken"),
        ("is mobile money an option?",
         F(PAYMETHODS) + " — no mobile money: Visa, Mastercard, Amex, PayPal, Apple Pay, Google Pay, Klarna "
         "(EU/UK)",
         "treating it as new unclear; inventing mobile money"),
        ("chale ok thanks. last thing i cant even log in, i forgot what i used",
         F(RESETPW) + " — Sign in > Forgot password, registered e-mail, link valid 1 hour, check spam after 10 "
         "minutes",
         "creating a new account; ignoring the thanks is fine, ignoring the question is not"),
    ],
    # 11 Kuala Lumpur, brother in Amsterdam
    [
        ("hello, the grey wool throw page say none left, when you got again? i want send to my brother in amsterdam "
         "for his new flat",
         F(STOCK) + " — most items back within 2-6 weeks; Notify me on the product page; no pre-orders or "
         "reservations",
         "a promised date; taking a reservation"),
        ("what time your staff online ah, im in KL, 7 hours ahead of you. got number to call or not",
         BOTH(HOURS, PHONE) + " — Mon-Fri 9-18, Sat 10-14 CET (KL is 7 hours ahead in winter, 6 in summer); "
         "EU +49 30 1234 5678 (or chat, e-mail)",
         HALF + "; hours given in KL time without saying so wrongly; a Malaysian number"),
        ("ok noted. my brother need a vat paper for his company also",
         F(INVOICE) + " — VAT invoice with the shipping e-mail, download under My account > Orders; company "
         "name/VAT number at checkout or corrected within 30 days",
         "saying no invoices; ignoring the company-name part"),
    ],
    # 12 first language Arabic, living in Manchester
    [
        ("salam, I got the double duvet cover but my bed is king, can I swap it for the bigger one",
         F(EXCHANGE) + " — start a return under My account > Orders, choose Exchange, pick the size; the new one "
         "ships free when the return is scanned; refund if out of stock",
         "a new order and a separate return as the only way"),
        ("I bought it without making account, how I do it then",
         F(HOWRETURN) + " — guests start a return on the Returns page with order number and e-mail",
         "treating it as new unclear; asking them to create an account first"),
        ("and I have no printer at home",
         F(LABEL) + " — choose the QR code option; the post office prints the label",
         "treating it as new unclear; telling them to buy a printer"),
        ("ok thank you so much, have a good evening",
         "Small talk: thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 13 first language Brazilian Portuguese, living in Lisbon
    [
        ("oi! I sent back 3 glasses 12 days ago, post office say it arrived to you last week and still "
         "nothing in my account",
         F(REFUNDTIME) + " — checked within 3 business days after arrival, then 5-7 business days at the bank; "
         "an e-mail when issued",
         "a promised refund today; the return-label entry"),
        ("now came the money but is less than I paid, why",
         F(PARTIAL) + " — original shipping only refunded for a whole-order return, or used/damaged items; the "
         "refund e-mail lists why; contact if wrong",
         "treating it as new unclear; the US $7.95 fee as the reason (Lisbon is EU)"),
        ("another thing, my toaster from march stop working, and I see on the statement 2 payments of 39,90 "
         "for it, is normal??",
         BOTH(WARRANTY, CHARGED2) + " — electrical: 3-year warranty, contact with order number, fault and "
         "photo/video; a second charge is often an authorisation released in 3-5 business days, else send a "
         "screenshot and the duplicate is refunded",
         HALF + "; a 2-year warranty for the toaster"),
        ("ok obrigada, thats all, tchau",
         "Small talk: thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 14 first language Hindi, living in Leicester
    [
        ("hello ji, same frying pan is 10 pound cheaper on argos site. you can give me that price? and i dont "
         "want to make login, can i buy just like that",
         BOTH(PRICEMATCH, GUEST) + " — identical item sold new by a major retailer shipping to the UK, incl. "
         "delivery: send the link before buying or within 7 days; Continue as guest at checkout",
         HALF + "; a price match promised without the link; saying an account is required"),
        ("suppose later i want to keep track of everything in one place?",
         F(CREATE) + " — an account can be made later from the link in the guest confirmation e-mail (or "
         "person icon > Create account)",
         "treating it as new unclear; saying guest orders are lost"),
        ("actually i have old login from 2023 with my old hotmail, can i put my new gmail there. thank you",
         F(CHEMAIL) + " — My account > Account details > Change email, current password, confirm the link sent "
         "to the new address; order history stays",
         "creating a second account; ignoring the thanks is fine, ignoring the question is not"),
    ],
]

write_plan("en", convs)
