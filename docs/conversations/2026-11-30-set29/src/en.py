"""English plan for test set 29: the sample shop (Northwind Goods), customers from many countries.
The FAQ is db/sample-faq.csv copied unchanged. Run from src/: PYTHONPATH=<check folder> python3 en.py"""

from common_a import BOTH, F, OUT, PW, TYPE, WAIT, WAITING, write_plan

from sample_faq import (  # the sample FAQ copied to the set, its entries named
    ORDER, CHANGE, CANCEL, WHERE, CONFIRM, SHIPCOST, DELTIME, COUNTRIES, EXPRESS, LOST, DAMAGED,
    ADDRESS, CUSTOMS, GIFTWRAP, RETPOLICY, HOWRETURN, LABEL, EXCHANGE, NONRETURN, REFUNDTIME,
    REFUNDWHERE, PARTIAL, PAYMETHODS, PAYFAIL, CHARGED2, INVOICE, GIFTCARD, DISCOUNT, CREATE,
    RESETPW, CHEMAIL, DELETE, GUEST, UNSUB, HOURS, PHONE, WARRANTY, STOCK, PRICEMATCH, STORE,
)

HALF = "only one half with no pointer to the other"

convs = [
    # 1 Wales: Swansea
    [
        ("hiya, can i buy without making an account, i got enough logins already. and do you take klarna, the "
         "pay in 3 one",
         BOTH(GUEST, PAYMETHODS) + " — yes, Continue as guest at checkout (order and shipping emails still "
         "come); Klarna is accepted, pay later or in 3 instalments, EU and UK only, so fine for Wales",
         HALF + "; saying an account is required; saying Klarna is not possible in the UK"),
        ("how much to send it to swansea",
         F(SHIPCOST) + " — UK standard £4.95, free over £45 (express extra, shown at checkout)",
         "treating it as a new unclear question; the EU (€) or US ($) price given for Wales; the countries entry "
         "alone"),
        ("and is it quick or will it take ages",
         F(DELTIME) + " — dispatched in 1-2 business days, then 3-5 business days to the UK; the date is shown at "
         "checkout",
         "the EU times (2-4 days) given for the UK; only the express entry with no standard time"),
        ("lush, diolch! ta-ra",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover; asking what else without closing"),
    ],
    # 2 English South West: Bristol
    [
        ("alright my lover, bit of bother with something i got off you",
         "Too vague to answer — choices (damaged item, returns, warranty, where is my order) or a clarifying "
         "question",
         "a handover; one entry given as certain"),
        ("the teapot lid dont sit right, it wobbles and the spout dribbles all down the side. had it about 5 "
         "weeks",
         TYPE + F(WARRANTY) + " — a manufacturing defect is covered by the 2-year warranty; contact with the "
         "order number, a description of the fault and a photo or video",
         "'30 days are over, nothing can be done' (the return policy alone); the arrived-damaged entry's 14 "
         "days as if it were the only way; tapping a choice"),
        ("right. wheres the photo go then, have you got an email? and when are you lot open",
         BOTH(PHONE, HOURS) + " — support@northwindgoods.example (or chat); Mon-Fri 9:00-18:00 CET, Sat "
         "10:00-14:00 CET, no public holidays",
         HALF + "; only a phone number with no e-mail; invented UK hours"),
        ("is this a proper person typing or a computer thing",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Lancashire: Preston
    [
        ("hi, need a hand with my account",
         "Too vague to answer — choices (password, e-mail change, create account, delete account) or a "
         "clarifying question",
         "a handover; one entry given as certain"),
        ("nah nowt like that",
         TYPE + "Typed rejection — apologise and ask what exactly it is; no handover yet",
         "the same choices again; a handover straight away; an FAQ answer picked at random"),
        ("i cant get in, it keeps telling me the details are wrong and ive tried loads of times",
         F(RESETPW) + " — Sign in > Forgot password, the reset link is valid 1 hour; check spam after 10 "
         "minutes or contact support",
         "the create-account entry; the change-email entry; asking to rephrase again"),
        ("while ive got you, do you sharpen knives? my good kitchen ones have gone really blunt",
         "Not covered (a knife-sharpening service) — say so plainly; may offer a person or what the shop does "
         "cover",
         "inventing a sharpening service; the warranty or return entry as if it covered blunt knives"),
    ],
    # 4 US Midwest: Dearborn, Michigan; first language Arabic (from Amman)
    [
        ("Hello, I want to mail one of the 2 lamps to you, I keep only one. How much this cost me, and when the "
         "money come to my card",
         BOTH(RETPOLICY, REFUNDTIME) + " — within 30 days, unused, original packaging; US customers pay $7.95 "
         "return shipping, deducted from the refund; checked within 3 business days of arrival, then 5-7 "
         "business days to show",
         HALF + "; saying returns are free for the US; EU or UK rules"),
        ("No, I ask exact date. I send it tomorrow from Dearborn, which day the money is in my Chase account?",
         "Push-back: apologise; the FAQ gives no exact date (it depends on the transit time and the bank) — "
         "restate the steps (3 business days' check after arrival + 5-7 business days), offer a person",
         "an invented exact date; the same full answer again without acknowledging; a handover without a word"),
        ("You not understand me at all. Give me a human now please, I am very upset",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("hello?? somebody is there",
         WAIT + WAITING,
         "an FAQ answer; a second handover message with different promises; 'how can I help?' as if new"),
    ],
    # 5 Australia: Brisbane, Queensland
    [
        ("hey, do you guys post to australia? live in brisbane",
         F(COUNTRIES) + " — no: only EU member states, the UK and the US; Australia is not among them",
         "saying yes; shipping prices as if it were possible"),
        ("ah well. whats the quick option cost to my sister in london then",
         F(EXPRESS) + " — UK express £11.95, 1-2 business days when ordered before 1 pm CET on a business day",
         "treating it as a new unclear question; the standard UK price alone; the US or EU express price"),
        ("actually can someone just give me a bell this arvo, 0491 570 156",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the phone-number entry instead of a handover; inventing when "
         "they will call"),
        ("any idea when they'll call",
         WAIT + WAITING,
         "the customer-service hours or the delivery time as the answer; an invented wait time"),
    ],
    # 6 Jamaica: from Kingston, living in Brooklyn, New York
    [
        ("morning. i ordered a blender friday and it still say processing, when it going to ship out",
         F(WHERE) + " — dispatched within 1-2 business days (a weekend does not count); follow it under My "
         "account > Orders or the tracking link once the carrier scans it",
         "the lost-parcel entry; a promised ship date"),
        ("and the receipt say 89 dollars but my bank show it come out 2 times",
         F(CHARGED2) + " — often a temporary authorisation released within 3-5 business days; if both are still "
         "completed after that, send the order number + a statement screenshot and the duplicate is refunded",
         "the payment-failed entry; treating it as a new unclear question"),
        ("if the blender come and i dont like the red, can i get it in black instead",
         F(EXCHANGE) + " — start a return, choose Exchange, pick the other colour; the new one ships free once "
         "the return is scanned (refund if out of stock); US returns rules may be mentioned",
         "a refund only with no word on exchange; the change-order entry alone"),
        ("bwoy mi tired a dis computer ting, mek mi chat to a real smaddy please",
         "Request: person in Jamaican Patois — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard English"),
    ],
    # 7 Pakistan: from Lahore, living in Bradford (West Yorkshire)
    [
        ("Hello sir, I placed order for electric pressure cooker 2 hours back, now I want it to go to my brother "
         "house in Leeds instead of mine. Kindly do the needful",
         F(ADDRESS) + " — if not packed yet: My account > Orders > Edit order, or contact with the order number; "
         "once shipped only a carrier redirect via the tracking link; the bot itself can't change it",
         "claiming the address is changed; the cancel entry; the delivery-time entry"),
        ("One more thing, I need the bill with my shop name and VAT number on it for tax purpose",
         F(INVOICE) + " — add the company name and VAT number at checkout, or contact within 30 days for a "
         "corrected invoice; the VAT invoice comes with the shipping e-mail / Download invoice",
         "the payment-methods entry; 'not possible'"),
        ("Thank you so much. Also in my other order there was a free spatula, it came snapped in two pieces, "
         "what to do",
         F(DAMAGED) + " — sorry; contact within 14 days with the order number and a photo of the item and "
         "packaging; free replacement or full refund, nothing to pay to send it back; + a short 'you're welcome'",
         "the warranty entry alone; the return-policy entry with a fee; ignoring the thanks is minor"),
    ],
    # 8 Kenya: from Nairobi, living in Frankfurt
    [
        ("I am very disappointed with you people!! 12 days waiting for my parcel and the tracking has not changed "
         "since the 3rd. This is very poor service",
         F(LOST) + " — apologise first; tracking not moving for 5 business days: check with neighbours/reception, "
         "then contact with the order number; investigation with the carrier, replacement or full refund if not "
         "found within 7 business days",
         "no apology; the where-is-my-order entry alone; the delivery-time entry"),
        ("ok. instead of a new one i prefer the money back. it will go on my M-Pesa or my Visa?",
         F(REFUNDWHERE) + " — refunds go back to the original payment method, so the Visa card used (M-Pesa only "
         "if that was how they paid — it is not a listed method)",
         "saying M-Pesa; store credit; treating it as a new unclear question"),
        ("asante. by the way is there a shop in Frankfurt where i can just go and pick my things",
         F(STORE) + " — online only, no shop; the Leipzig warehouse offers no pickup; delivery to the address or "
         "a parcel locker; + a short 'you're welcome'",
         "inventing a shop or a pickup point; the delivery-address entry"),
    ],
    # 9 South Africa: from Durban, living in Amsterdam
    [
        ("howzit. just paid for the linen tablecloth like 10 min ago but ag, my mother-in-law pitched up with "
         "one today. dont need two",
         F(CANCEL) + " — free until packed, usually within 1 hour: My account > Orders > Cancel order, or e-mail "
         "the order number; do not claim it is cancelled",
         "saying it is cancelled; the return entry only; the change-order entry alone"),
        ("ja",
         "Ambiguous yes — ask what they mean or restate the step (Cancel order in My account, or send the order "
         "number); nothing claimed as done",
         "claiming the order is cancelled; a handover with no reason; a random FAQ answer"),
        ("another thing, my bank app keeps rejecting my card on your site, and for my first order i never got "
         "any email either",
         BOTH(PAYFAIL, CONFIRM) + " — check card details, billing address, expiry, 3D Secure in the bank app, "
         "try PayPal or iDEAL, no money taken; confirmation usually within 15 minutes: spam/promotions, then My "
         "account > Orders, resend from there",
         HALF + "; the charged-twice entry"),
    ],
    # 10 Philippines: from Cebu, living in Southampton (England)
    [
        ("Good evening po. I want to surprise my mama for her birthday but i dont know what she like, you have "
         "voucher?",
         F(GIFTCARD) + " — digital gift cards €10-€200, delivered by e-mail on a chosen date, valid 2 years",
         "the discount-code entry; the gift-wrapping entry alone"),
        ("Can it be sent on the exact day, 14 March?",
         F(GIFTCARD) + " — yes, delivered by e-mail on the date chosen",
         "treating it as a new unclear question; the delivery-time or express entry"),
        ("Thank you. Also the grey towels i got last week i want to send back, how to do, and where i get the "
         "sticker to put on the box?",
         BOTH(HOWRETURN, LABEL) + " — My account > Orders > Return items, choose items and reason, drop at a post "
         "office; the label comes by e-mail as a PDF (or a QR code the post office prints); free within the UK",
         HALF + "; a US fee for the UK"),
    ],
    # 11 US Pacific Northwest: Seattle; first language Chinese (from Chengdu)
    [
        ("Hi, same cast iron pot I see on other website 20 dollars cheaper. You can give me that price?",
         F(PRICEMATCH) + " — yes if it is an identical item sold new by a major online retailer shipping to the "
         "US, delivery included; send the link before buying or within 7 days; not marketplace sellers, "
         "clearance or flash deals",
         "a flat no; a flat yes with no conditions; a discount code"),
        ("The pot page now say none left in the grey. When you will have more?",
         F(STOCK) + " — usually 2-6 weeks; Notify me on the product page; no pre-orders or reservations",
         "a promised date; reserving one; the where-is-my-order entry"),
        ("ok i click it. And I want to make account to keep my address, how",
         F(CREATE) + " — person icon > Create account, name, e-mail and password; saves addresses",
         "the guest-checkout entry alone; the reset-password entry"),
    ],
    # 12 first language Polish, living in Krakow
    [
        ("Good morning. I ordered 20 minutes ago a set of knives, I want to add also the wooden board to same "
         "order, is possible?",
         F(CHANGE) + " — within 1 hour and before packing: My account > Orders > Edit order, or contact with the "
         "order number and the change",
         "a new order only; the cancel entry alone; claiming it is added"),
        ("And we bought honey and coffee beans, we opened them but we dont like taste. Can send back?",
         F(NONRETURN) + " — opened food and drink can't be returned (hygiene/safety), unless damaged or faulty",
         "the return-policy entry saying 30 days with no word on opened food"),
        ("Maybe you know what is exchange rate euro to zloty today?",
         "Not covered (exchange rates) — say so kindly, back to shop questions",
         "a rate given; the exchange-item entry; a handover"),
        ("ok. last thing, i dont want your emails with promotions anymore and i want remove all my data",
         BOTH(UNSUB, DELETE) + " — Unsubscribe link or untick Newsletter under Preferences (up to 48 hours); "
         "My account > Privacy > Delete account or e-mail, data deleted within 30 days except records kept by "
         "law, open orders first",
         HALF + "; claiming it is done"),
    ],
    # 13 first language Italian, living in Turin
    [
        ("Good morning! I try to use the code SPRING15 but the site say is not valid, why?",
         F(DISCOUNT) + " — typed exactly, not expired, minimum spend; not combined, not on sale items or gift "
         "cards, one per order; else send the code to support",
         "saying the code is expired as a fact; the gift-card entry"),
        ("the things in my basket are on sale, maybe is this?",
         F(DISCOUNT) + " — yes, most codes can't be used on sale items",
         "treating it as a new unclear question; the price-match entry"),
        ("Ok. I am new here, how I make the order exactly, step by step?",
         F(ORDER) + " — add to basket, basket icon > Checkout, guest or sign in, address and payment, Place "
         "order; confirmation e-mail within a few minutes",
         "the create-account entry alone; the change-order entry"),
        ("and i want to change the mail of my account because i dont use gmail anymore. thank you very much",
         F(CHEMAIL) + " — Sign in, My account > Account details > Change email, current password, confirmation "
         "link to the new address; order history stays; + a short 'you're welcome'",
         "the newsletter entry; the delete-account entry; only a goodbye"),
    ],
    # 14 first language Brazilian Portuguese (from Belo Horizonte), living in Dublin
    [
        ("Hi! I want to send a present to my friend in New York, a candle set about 60 euros. She pay taxes "
         "there when it arrive? And you can put a beautiful paper and a card with message?",
         BOTH(CUSTOMS, GIFTWRAP) + " — US orders under $800 normally no import duties; gift wrapping €3.50 per "
         "item + a free message up to 200 characters, prices left off the packing slip",
         HALF + "; inventing a duty amount; the gift-card entry"),
        ("Another thing, last month i sent back one pan from three and the money i got back is smaller than "
         "the price i paid",
         F(PARTIAL) + " — original shipping is only refunded when the whole order comes back, or the item came "
         "back used/damaged; the refund e-mail lists it; contact if something looks wrong",
         "the refund-time entry; the US $7.95 fee as the reason (Dublin is in the EU)"),
        ("ah ok, makes sense. thank you so much, bye!",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover"),
    ],
]

write_plan("en", convs)
