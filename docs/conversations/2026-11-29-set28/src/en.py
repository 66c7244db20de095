"""English plan for test set 28: the sample shop (Northwind Goods), customers from many countries.
The FAQ is db/sample-faq.csv copied unchanged. Run: python3 en.py"""

from common_a import BOTH, F, OUT, PW, TYPE, WAIT, WAITING, write_plan

from sample_faq import (  # the sample FAQ copied to the set, its entries named
    ORDER, CHANGE, CANCEL, WHERE, CONFIRM, SHIPCOST, DELTIME, COUNTRIES, EXPRESS, LOST, DAMAGED,
    ADDRESS, CUSTOMS, GIFTWRAP, RETPOLICY, HOWRETURN, LABEL, EXCHANGE, NONRETURN, REFUNDTIME,
    REFUNDWHERE, PARTIAL, PAYMETHODS, PAYFAIL, CHARGED2, INVOICE, GIFTCARD, DISCOUNT, CREATE,
    RESETPW, CHEMAIL, DELETE, GUEST, UNSUB, HOURS, PHONE, WARRANTY, STOCK, PRICEMATCH, STORE,
)

HALF = "only one half with no pointer to the other"

convs = [
    # 1 North East England: Durham
    [
        ("hiya pet, how much is postage to durham and how many days till it comes",
         BOTH(SHIPCOST, DELTIME) + " — UK: standard £4.95, free over £45; dispatched in 1-2 business days, then "
         "3-5 business days to the UK",
         HALF + "; the EU prices or times given for the UK; the countries entry alone"),
        ("any quicker way",
         F(EXPRESS) + " — UK express £11.95, 1-2 business days when ordered before 1 pm CET on a business day",
         "treating it as a new unclear question; the standard delivery time repeated"),
        ("could i not just nip in and collect it meself",
         F(STORE) + " — online only, no shop; the Leipzig warehouse has no pickup; delivery to the address or a "
         "parcel locker",
         "inventing a shop or a pickup point; the delivery-address entry"),
        ("champion, ta very much. see ya",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover; asking what else without closing"),
    ],
    # 2 US Texas: San Antonio
    [
        ("hey there, got an issue with my stuff",
         "Too vague to answer — choices (where is my order, lost parcel, damaged item, returns) or a clarifying "
         "question",
         "a handover; one entry given as certain"),
        ("the app says they left it tuesday but it aint here, and the folks next door aint seen it either",
         TYPE + F(LOST) + " — neighbours already asked, so contact with the order number; the carrier is "
         "investigated, replacement or full refund if not found within 7 business days",
         "the where-is-my-order entry alone; the damaged entry; tapping a choice"),
        ("ok. also wanna send back a lamp shade from another order, how do i do that? i dont own a printer",
         BOTH(HOWRETURN, LABEL) + " — My account > Orders > Return items; no printer: choose the QR code option, "
         "the post office prints the label",
         HALF + "; 'print the label' with no word on the QR code"),
        ("hold on is this a robot or a real guy",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Scotland: Aberdeen
    [
        ("hiya, got a wee problem wi something i bought",
         "Too vague to answer — choices (returns, exchange, damaged item, refund) or a clarifying question",
         "a handover; one entry given as certain"),
        ("naw none of they",
         TYPE + "Typed rejection — apologise and ask what exactly it is; no handover yet",
         "the same choices again; a handover straight away; an FAQ answer picked at random"),
        ("got bedsheets for a single but my bed is a double. want the bigger ones instead",
         F(EXCHANGE) + " — start a return, choose Exchange, pick the other size; the new item ships free once "
         "the return is scanned (refund if out of stock)",
         "the return-policy entry alone with a refund only; the partial-refund entry"),
        ("do yous do curtains made to measure and come out to hang them",
         "Not covered (made-to-measure curtains, fitting at home) — say so plainly; may offer a person or what "
         "the shop does cover",
         "inventing a curtain or fitting service; an unrelated FAQ answer (delivery, gift wrapping)"),
    ],
    # 4 US New England: Providence, Rhode Island
    [
        ("i need a cast iron skillet at my door by friday for my dads birthday. quickest way + what does that cost? "
         "and if he hates it can he mail it to you guys",
         BOTH(EXPRESS, RETPOLICY) + " — US express $19.95, 2-3 business days when ordered before 1 pm CET on a "
         "business day; returns within 30 days if unused, US customers pay $7.95 return shipping",
         HALF + "; promising Friday; EU or UK prices"),
        ("thats not what i asked. if i order at 11 tonight will it be at my door friday yes or no",
         "Push-back: apologise; the FAQ has no guarantee for a given day — restate the 1 pm CET cut-off and 2-3 "
         "business days to the US, offer a person",
         "a plain yes or a promise; the same full answer again without acknowledging; a handover without a word"),
        ("this is useless. i want an actual person NOW",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("hello?? anybody",
         WAIT + WAITING,
         "an FAQ answer; a second handover message with different promises; 'how can I help?' as if new"),
    ],
    # 5 Ireland: Galway
    [
        ("hello there, sent back a lamp last week, when will i see the money? i paid with paypal, does it go "
         "back there",
         BOTH(REFUNDTIME, REFUNDWHERE) + " — checked within 3 business days of arrival, then 5-7 business days; "
         "back to the original method, so PayPal",
         HALF + "; the how-to-return entry"),
        ("and how come i only got 30 euro, the lamp was 42",
         F(PARTIAL) + " — only some items returned, original shipping only refunded for a whole order, or the item "
         "came back used/damaged; the refund email lists it",
         "treating it as new unclear; the refund-time entry again; the US fee as the only reason"),
        ("look can someone ring me about it, 087 555 0193",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; inventing when they will ring"),
        ("how long will that be",
         WAIT + WAITING,
         "the delivery-time or refund-time entry; an invented wait time"),
    ],
    # 6 Nigeria: from Lagos, living in Leicester (English Midlands)
    [
        ("good afternoon, pls i want to buy one rug for my friend wedding, can you wrap it nicely for me",
         F(GIFTWRAP) + " — gift wrapping isn't available for oversized items such as rugs; a free gift message "
         "still can be added",
         "saying yes, €3.50; the gift-card entry alone"),
        ("ok then maybe i give her something by email so she pick what she like",
         F(GIFTCARD) + " — digital gift cards €10-€200 by email on a chosen date, valid 2 years",
         "treating it as new unclear; the discount-code entry"),
        ("and the mirror i bought monday, how i go see where it reach now",
         F(WHERE) + " — My account > Orders or the tracking link in the shipping email; dispatched within 1-2 "
         "business days; link active once the carrier scans it",
         "the lost-parcel entry; the delivery-time entry alone"),
        ("abeg make i talk to real person, dis machine no dey understand wetin i dey talk",
         "Request: person in Nigerian Pidgin — hand over to a person",
         PW + "; answering an FAQ; asking to write in proper English"),
    ],
    # 7 India: from Pune, living in San Jose, California
    [
        ("hi, kindly help. i placed order this morning as guest but no mail has come to me till now",
         F(CONFIRM) + " — usually within 15 minutes; check spam/promotions; then My account > Orders; if not "
         "listed and charged, contact with payment date and amount",
         "the where-is-my-order entry; the create-account entry alone"),
        ("also i want to put one more mug in the same purchase, possible?",
         F(CHANGE) + " — within 1 hour and before packing: Edit order or contact with the order number",
         "a new order only; the cancel entry alone"),
        ("ok. any duty i have to pay this side? total is 120 dollars. thank you for the help",
         F(CUSTOMS) + " — US orders under $800 normally no import duties; + a short thanks",
         "EU/UK rule only; inventing a duty amount"),
    ],
    # 8 Ghana: from Kumasi, living in Rotterdam
    [
        ("this is really not acceptable!! i open the box and the big serving bowl is in 3 pieces. i paid good "
         "money for this",
         F(DAMAGED) + " — apologise first; contact within 14 days with the order number and a photo of item and "
         "packaging; free replacement or full refund, no cost to send it back",
         "no apology; the return-policy entry with a fee; the warranty entry"),
        ("i dont want another one. give me my money and tell me how many days before i see it",
         BOTH(DAMAGED, REFUNDTIME) + " — a full refund can be chosen instead of a replacement; refunds take about 5-7 "
         "business days to show after they are issued",
         HALF + "; sending a replacement anyway"),
        ("and on top of that my bank shows two times 34.90 from you. fix it",
         F(CHARGED2) + " — often a temporary authorisation released within 3-5 business days; if both still "
         "completed after that, send the order number + a statement screenshot and the duplicate is refunded",
         "the payment-failed entry; no acknowledgement of the anger"),
    ],
    # 9 Trinidad: from San Fernando, living in Wolverhampton (English Midlands)
    [
        ("hey, i bought the bamboo towels on your site like 20 mins ago but my cousin just gave me the exact same "
         "ones lol. no need to send mine",
         F(CANCEL) + " — free until packed, usually within 1 hour: My account > Orders > Cancel order or email the "
         "order number; do not claim it is cancelled",
         "saying it is cancelled; the return entry only; the change-order entry alone"),
        ("yeah",
         "Ambiguous yes — ask what they mean or restate the step (cancel it themselves in My account or send the "
         "order number); nothing claimed as done",
         "claiming the order is cancelled; a handover with no reason; a random FAQ answer"),
        ("also for my other order, the one for work, i need a vat receipt, and can it go to the office instead of "
         "my flat",
         BOTH(INVOICE, ADDRESS) + " — VAT invoice with the shipping email or under Orders > Download invoice "
         "(company name/VAT number at checkout or within 30 days); address changeable before packing, after "
         "shipping only via a carrier redirect",
         HALF),
    ],
    # 10 first language German, from Freiburg, living in Auckland, New Zealand
    [
        ("Hello, I live in Auckland. Is it possible to order from you to here?",
         F(COUNTRIES) + " — no: only EU, UK and US; New Zealand is not listed",
         "saying yes; shipping prices as if it were possible"),
        ("Ok, then it goes to my mother in Freiburg. How does buying work, I do not want to register",
         BOTH(ORDER, GUEST) + " — basket, Checkout, address and payment, Place order; Continue as guest at checkout",
         HALF + "; the create-account entry alone"),
        ("Thanks. If she does not like it she can send back? It is a chopping board with her name engraved",
         F(NONRETURN) + " — personalised or engraved items can't be returned (unless damaged or faulty)",
         "the return-policy entry saying 30 days with no word on engraving"),
    ],
    # 11 first language Russian, living in Toronto, Canada
    [
        ("Hello. You deliver to Canada? And how I can make account on your site",
         BOTH(COUNTRIES, CREATE) + " — Canada is not shipped to; account: person icon > Create account",
         HALF + "; saying Canada is possible"),
        ("Is pity. My daughter lives in Boston, how much costs delivery to her and how many days",
         BOTH(SHIPCOST, DELTIME) + " — US: $6.95, free over $60; dispatched in 1-2 business days + 5-8 business "
         "days to the US",
         HALF + "; the EU or Canada prices"),
        ("Also I see same kettle on Amazon in USA, it is 15 dollars less there. You can do same for me?",
         F(PRICEMATCH) + " — identical item sold new by a major retailer shipping to that country (the US "
         "address), delivery included; send the link before buying or within 7 days; not marketplace sellers",
         "a flat no; a discount code"),
    ],
    # 12 first language Turkish, from Izmir, living in Vienna
    [
        ("Hello, i forgot my password and also my code WELCOME10 is not working, why",
         BOTH(RESETPW, DISCOUNT) + " — Sign in > Forgot password, link valid 1 hour; code typed exactly, not "
         "expired, minimum spend, not combined or on sale items",
         HALF + "; the create-account entry"),
        ("the tea glass set with gold line, site say 0 left. when it come again",
         F(STOCK) + " — usually 2-6 weeks; Notify me on the product page; no pre-orders or reservations",
         "a promised date; reserving one"),
        ("by the way you know good place for doner near Stephansplatz?",
         "Not covered (restaurants in Vienna) — say so kindly, back to shop questions",
         "a restaurant tip; an FAQ answer; a handover"),
        ("ok thank you. last thing, how i delete my account totally",
         F(DELETE) + " — My account > Privacy > Delete account, or email from the linked address; data deleted "
         "within 30 days except records kept by law; open orders/returns first",
         "the unsubscribe entry; only a goodbye"),
    ],
    # 13 first language Portuguese, from Porto, living in Lyon
    [
        ("Good morning, I buyed a coffee grinder one year and half ago and now it make a strange noise and stop",
         F(WARRANTY) + " — electrical appliances have 3 years, so still covered; contact with the order number, a "
         "description and a photo or video",
         "'2 years, so it has expired'; the return-policy entry (30 days)"),
        ("I need to send the ticket from the shop?",
         F(WARRANTY) + " — the order number, a description of the fault and a photo or video are what is needed",
         "treating it as new unclear; the invoice entry alone"),
        ("And when you are open and which number I call? I prefer to speak",
         BOTH(HOURS, PHONE) + " — Mon-Fri 9:00-18:00 CET, Sat 10:00-14:00 CET; EU number +49 30 1234 5678",
         HALF + "; only the UK or US number"),
        ("ok perfect, obrigado",
         "Small talk: acknowledgement + thanks — short friendly reply",
         "an FAQ answer; a handover"),
    ],
    # 14 first language Vietnamese, from Da Nang, living in Prague
    [
        ("hello, my card not work when i pay, it say declined. i try 3 time already",
         F(PAYFAIL) + " — check details, billing address, expiry, 3D Secure in the bank app; try PayPal; no money "
         "taken; the bank says why",
         "the charged-twice entry; the payment-methods list alone"),
        ("can i give money in cash when parcel come?",
         F(PAYMETHODS) + " — no cash on delivery; cards, PayPal, Apple Pay, Google Pay, Klarna",
         "saying yes; the delivery entry"),
        ("ok i try klarna. also i have new email now, how change it in my account? and pls stop newsletter",
         BOTH(CHEMAIL, UNSUB) + " — Account details > Change email, current password, confirm link; Unsubscribe "
         "link or untick Newsletter under Preferences, up to 48 hours",
         HALF + "; the delete-account entry"),
    ],
]

write_plan("en", convs)
