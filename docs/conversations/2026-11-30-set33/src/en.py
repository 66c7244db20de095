"""English plan for test set 33: the sample shop (Northwind Goods), customers from many countries.
The FAQ is db/sample-faq.csv copied unchanged. Run from src/: PYTHONPATH=<check folder> python3 en.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_plan

from sample_faq import (  # the sample FAQ copied to the set, its entries named
    ORDER, CHANGE, CANCEL, WHERE, CONFIRM, SHIPCOST, DELTIME, COUNTRIES, EXPRESS, LOST, DAMAGED,
    ADDRESS, CUSTOMS, GIFTWRAP, RETPOLICY, HOWRETURN, LABEL, EXCHANGE, NONRETURN, REFUNDTIME,
    REFUNDWHERE, PARTIAL, PAYMETHODS, PAYFAIL, CHARGED2, INVOICE, GIFTCARD, DISCOUNT, CREATE,
    RESETPW, CHEMAIL, DELETE, GUEST, UNSUB, HOURS, PHONE, WARRANTY, STOCK, PRICEMATCH, STORE,
)

HALF = "only one half with no pointer to the other"
THANKS = "; + a short 'you're welcome'"

convs = [
    # 1 Glasgow
    [
        ("hello, never bought off a website like yours before. how do i actually order the big linen duvet set "
         "and whats the postage to glasgow",
         BOTH(ORDER, SHIPCOST) + " — basket, basket icon > Checkout, as a guest or signed in, address and "
         "payment, Place order, confirmation e-mail within minutes; UK standard £4.95, free from £45",
         HALF + "; the € or $ price only; saying an account is required"),
        ("how long would it take to get here",
         F(DELTIME) + " — dispatched in 1-2 business days, then 3-5 business days to the UK; the estimated date "
         "is shown at checkout",
         "treating it as new unclear; the EU or US times; a promised date"),
        ("ok. and if i need it by thursday, the in-laws are coming",
         F(EXPRESS) + " — UK express £11.95, 1-2 business days if ordered before 1 pm CET on a business day; "
         "choose Express at checkout; no promise about Thursday itself",
         "treating it as new unclear; a promised Thursday delivery; the € or $ price"),
        ("braw, cheers pal. see ya",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover; asking what 'braw' means"),
    ],
    # 2 Cardiff
    [
        ("alright, got a problem with something i ordered off you",
         "Too vague to answer — choices (damaged item, returns, warranty, where is my order...) or a clarifying "
         "question",
         "a handover; one entry given as certain"),
        ("the electric kettle was tidy for 5 months and now it just clicks off before the water boils",
         TYPE + F(WARRANTY) + " — electrical appliances have a 3-year warranty against manufacturing defects "
         "(not wear or misuse); send the order number, a description of the fault and a photo or video",
         "tapping a choice; asking to rephrase; the damaged-on-arrival entry (14 days); the 30-day return "
         "policy; only the 2-year warranty"),
        ("problem is i cant get in to my account to find the order number, it keeps saying wrong password. "
         "and is there a proper bill with the vat i can print off",
         BOTH(RESETPW, INVOICE) + " — Sign in > Forgot password, reset link valid 1 hour, check spam after 10 "
         "minutes; the VAT invoice came with the shipping e-mail and can be downloaded under My account > "
         "Orders > Download invoice",
         HALF + "; telling them to create a new account"),
        ("be honest now, is this a real person typing or some sort of robot",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Cork
    [
        ("hi, question about sending stuff back",
         "Too vague to answer — choices (return policy, how to return, return label, refunds...) or a "
         "clarifying question",
         "a handover; one entry given as certain"),
        ("no none of them",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("i opened the pack of 3 beeswax wraps and used one to cover a bowl of leftovers, my husband says they "
         "smell funny so can the other 2 go back",
         F(NONRETURN) + " — opened beeswax wraps can't be returned (hygiene), unless they arrived damaged or "
         "faulty",
         "asking to rephrase again; saying they can be returned within 30 days; a handover straight away"),
        ("grand so. another thing, my sister is getting married in june, can she set up a wedding list with "
         "you so the guests buy off it",
         "Not covered (a wedding gift list/registry) — say so plainly; may offer a person",
         "inventing a gift-list service; the gift-card or gift-wrapping entry as if it answered it"),
    ],
    # 4 first language Polish, living in Toronto; daughter in Chicago
    [
        ("Good morning, you send parcels to Canada? I live in Toronto. If no, I can order for my daughter in "
         "Chicago, but the courier will want extra money from her at the door?",
         BOTH(COUNTRIES, CUSTOMS) + " — no: EU, UK and US only, Canada not shipped to; US orders under $800 "
         "normally have no import duties, larger ones paid by the customer on delivery",
         HALF + "; saying Canada is shipped to; inventing a duty for a small US order"),
        ("This is not answer for my question. I want it comes to Chicago exactly on 14 December, not before, "
         "it is surprise for her birthday. You can do this?",
         "Push-back: apologise; the FAQ has no delivery on a chosen date (only the estimated date at checkout, "
         "US 5-8 business days) — say so, do not promise it, offer a person",
         "a promised delivery on 14 December; the same full answer again without acknowledging"),
        ("Enough. This is waste of my time, give me a human now.",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("hello??? anybody",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5 from Cape Town, living in Bristol
    [
        ("absolutely furious right now. paid for the jute rug yesterday and my bank app shows 89 pounds gone, "
         "then another 89 a minute later. sort it out",
         F(CHARGED2) + " — apologise; often the second one is a temporary authorisation the bank releases within "
         "3-5 business days; if both are still completed after that, send the order number and a screenshot "
         "of the statement and the duplicate is refunded straight away (a person may be offered)",
         "no apology; claiming a refund has been made; the payment-failed entry"),
        ("and while youre at it who do you reckon wins the bok game on saturday",
         "Not covered (a rugby match) — say so kindly, back to the shop's topics",
         "a prediction or result given as fact; an FAQ answer; a handover"),
        ("just have someone phone me please, 07700 900461",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the shop's phone numbers instead"),
        ("roughly when will they ring",
         WAIT + WAITING,
         "the customer service hours as the answer; an invented wait time"),
    ],
    # 6 first language Brazilian Portuguese (from Sao Paulo), living in Porto
    [
        ("hello, 30 minutes ago i buy the linen tablecloth, but yesterday my mother in law give us the same "
         "one as a present, we dont need two",
         F(CANCEL) + " — free until packed, usually within 1 hour: My account > Orders > Cancel order, or e-mail "
         "the order number; if already shipped, refuse the delivery or return it; do not claim it is cancelled",
         "claiming the order is cancelled; the return policy alone; the change-order entry alone"),
        ("yes ok",
         "Ambiguous yes — ask what they mean or restate the step (Cancel order in My account, or e-mail the "
         "order number); nothing claimed as done",
         "claiming the order is cancelled; a random FAQ answer"),
        ("and if is late and i send it back, how many days for the money? it go to my paypal again?",
         BOTH(REFUNDTIME, REFUNDWHERE) + " — the return is checked within 3 business days of arriving, then 5-7 "
         "business days depending on the bank; refunds go back to the original payment method, here PayPal",
         HALF + "; store credit; a return fee (Portugal is EU, returns free)"),
        ("nossa, you dont understand nothing. quero falar com uma pessoa de verdade, por favor",
         "Request: person, half in Portuguese — hand over to a person",
         PW + "; answering an FAQ; asking to write in English"),
    ],
    # 7 Texas: Houston
    [
        ("hey yall, what do you take for payment? i dont have a credit card",
         F(PAYMETHODS) + " — Visa, Mastercard, Amex, PayPal, Apple Pay, Google Pay (a debit card on these "
         "networks works); Klarna only in the EU and UK; no cash on delivery or cheques",
         "saying a credit card is required; offering Klarna for the US; the gift-card entry alone"),
        ("what about paying it off in 3 parts",
         F(PAYMETHODS) + " — Klarna (3 instalments) is only for the EU and UK, so not for Texas; PayPal or the "
         "other methods instead",
         "treating it as new unclear; offering Klarna in the US"),
        ("ok thanks darlin. do i gotta make an account to buy? and the blue dutch oven says sold out, when is "
         "it coming back",
         BOTH(GUEST, STOCK) + " — no account needed: Continue as guest at checkout; most items back within 2-6 "
         "weeks, Notify me on the product page, no reserving" + THANKS,
         HALF + "; a promised restock date; saying an account is required"),
    ],
    # 8 Ohio: Columbus
    [
        ("seriously annoyed. tracking says delivered tuesday, theres nothing on my porch and the neighbors "
         "havent seen a thing",
         F(LOST) + " — apologise; check with neighbours/reception (done), then contact support with the order "
         "number: an investigation with the carrier, replacement or full refund if not found within 7 "
         "business days",
         "no apology; saying it was delivered so nothing can be done; the where-is-my-order entry alone"),
        ("okay. and how long does that take",
         F(LOST) + " — up to 7 business days for the investigation, then a replacement or full refund",
         "treating it as new unclear; the delivery-time or refund-time entry"),
        ("fine. is there a number i can call, and until what time can i call from ohio on a weekday",
         BOTH(PHONE, HOURS) + " — US +1 646 555 0142 (also e-mail support@northwindgoods.example); Monday-Friday "
         "9:00-18:00 CET, which is about noon Eastern time (converting is fine, a wrong conversion is not)",
         HALF + "; invented US hours; saying 18:00 Ohio time"),
    ],
    # 9 from Lagos, living in Birmingham
    [
        ("good evening. i bought a knitted throw on sunday and i dont see any movement, has it left your "
         "place?",
         F(WHERE) + " — My account > Orders or the tracking link in the shipping e-mail; dispatched within 1-2 "
         "business days, the link works after the carrier's first scan; contact support if no update for 5 "
         "business days",
         "the lost-parcel entry; claiming it has shipped; the delivery-time entry alone"),
        ("ok. i just noticed i forgot the flat number, its 4B, the rest of the address is correct",
         F(ADDRESS) + " — if not packed yet, My account > Orders > Edit order or contact support; once shipped, "
         "ask the carrier for a redirect via the tracking link where available; do not claim it is changed",
         "claiming the address is changed; treating it as new unclear"),
        ("thank you so much. its a present for my aunty, can it come in nice paper with a small note from me",
         F(GIFTWRAP) + " — Gift options at checkout: recycled-paper wrapping €3.50 per item, a free message up to "
         "200 characters, prices left off; for an order already placed, adding it may not be possible (saying "
         "to contact support is fine)" + THANKS,
         "saying it is free; claiming it was added to the order"),
    ],
    # 10 from Nairobi, living in Berlin
    [
        ("hello, my card was refused 3 times at the end, my bank says everything is fine on their side",
         F(PAYFAIL) + " — check card details, billing address, expiry, 3D Secure in the bank app, or try another "
         "method like PayPal; if it fails no money is taken",
         "the charged-twice entry; claiming the bank is wrong; the payment-methods list alone"),
        ("i have a christmas voucher from your shop worth 40 euro, can i use that to pay part instead",
         F(GIFTCARD) + " — yes: enter the code at checkout in the Gift card field; valid 2 years; balance on the "
         "Gift cards page",
         "the discount-code entry; saying it can't be combined with a card"),
        ("ok thank you. it worked now but no mail came to me",
         F(CONFIRM) + " — normally within 15 minutes: check spam/promotions; then My account > Orders (listed = "
         "it went through, resend from there); if not listed but charged, contact support with date and amount"
         + THANKS,
         "saying the payment failed; the where-is-my-order entry alone"),
    ],
    # 11 from Karachi, living in Manchester
    [
        ("salaam, i ordered 2 cushion covers in beige but i meant the grey ones, can i fix it",
         F(CHANGE) + " — within 1 hour and before packing: My account > Orders > Edit order, or contact support "
         "with the order number and the change",
         "the cancel entry alone; claiming it is changed; the exchange entry alone"),
        ("its been about 2 hours already",
         F(CHANGE) + " — after 1 hour it can usually no longer be changed; the beige ones can be returned or "
         "exchanged after delivery (contacting support is fine)",
         "treating it as new unclear; promising the change"),
        ("ok fine. so when they come how do i swap them for grey",
         F(EXCHANGE) + " — start a return under My account > Orders, choose Exchange and the grey colour; the new "
         "ones ship free once the return is scanned; refund if grey is out of stock",
         "the change-order answer again; a fee for the exchange"),
    ],
    # 12 Malta: Valletta
    [
        ("hi, my order came today and the glass jug has a crack at the bottom, the box looked perfectly fine",
         F(DAMAGED) + " — sorry; within 14 days send the order number and photos of the jug and its packaging; "
         "free replacement or full refund",
         "the warranty entry; the normal return policy only; asking how it was used"),
        ("do i have to pay to post it back? i have no printer here",
         BOTH(DAMAGED, LABEL) + " — no cost to send a damaged item back; the label comes as a PDF by e-mail, "
         "without a printer choose the QR code and the post office prints it",
         HALF + "; a return fee; saying a printer is needed"),
        ("also last month i sent back 2 of 3 mugs, i had paid 4.95 postage on that order and the money i got back "
         "was just for the 2 mugs, nothing for the postage. why",
         F(PARTIAL) + " — original shipping is refunded only when the whole order is returned; the refund e-mail "
         "lists what was refunded; contact support if it looks wrong",
         "the US $7.95 fee as the reason; the refund-time entry"),
        ("ok thanks. honestly too many emails from you lately, how do i stop them, or just get rid of my "
         "account altogether",
         BOTH(UNSUB, DELETE) + " — Unsubscribe link in any newsletter or untick Newsletter under My account > "
         "Preferences (up to 48 hours, order e-mails still come); or My account > Privacy > Delete account, "
         "data deleted within 30 days except legal records, open returns (the jug) finished first" + THANKS,
         HALF + "; claiming the account is deleted"),
    ],
    # 13 first language Japanese, living in Duesseldorf
    [
        ("Hello. I want to buy the cast iron teapot, but it is 8 euro cheaper on other website. Can you make "
         "same price?",
         F(PRICEMATCH) + " — yes, if an identical new item from a major online retailer shipping to Germany, "
         "delivery included; send the link before buying or within 7 days",
         "promising the price without conditions; saying no price matching"),
        ("The seller is on amazon marketplace.",
         F(PRICEMATCH) + " — marketplace sellers are not covered, so no match for this offer",
         "treating it as new unclear; promising the price"),
        ("I understand. Then can I go to your warehouse and see the teapot before I buy? I can take the train "
         "to Leipzig.",
         F(STORE) + " — online only, no store to visit; the Leipzig warehouse has no pickup or visits",
         "inviting them to Leipzig; inventing a showroom"),
        ("ok. if I buy and the colour is different from the photo, I can send back? how to do?",
         BOTH(RETPOLICY, HOWRETURN) + " — within 30 days of delivery, unused and in the original packaging, full "
         "refund, free in the EU; My account > Orders > Return items, label by e-mail, drop at a post office "
         "or carrier drop-off point",
         HALF + "; a $7.95 fee for Germany; the damaged-item entry"),
    ],
    # 14 first language Arabic, living in Marseille
    [
        ("good evening, i want open an account on your site, where i do it? and the code WELCOME10 from "
         "instagram it say not valid",
         BOTH(CREATE, DISCOUNT) + " — person icon > Create account, name, e-mail, password; check the code is "
         "typed exactly, not expired, minimum spend, not on sale items, one per order; send the code to "
         "support if it still fails",
         HALF + "; saying the code is expired as a fact"),
        ("i made it but i write my mail wrong, hotmial not hotmail",
         F(CHEMAIL) + " — My account > Account details > Change email, the new address and the current password, "
         "then the confirmation link sent to the new address",
         "the reset-password entry; the delivery-address entry; telling them to make a new account"),
        ("thank you brother, all is clear now",
         "Small talk: thanks + acknowledgement — short friendly close",
         "an FAQ answer; a handover"),
    ],
]

write_plan("en", convs)
