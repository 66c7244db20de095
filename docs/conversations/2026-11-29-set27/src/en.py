"""English plan for test set 27: the sample shop (Northwind Goods), customers from many countries.
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
    # 1 Ireland: Cork
    [
        ("hiya, do ye deliver to cork at all? and how much is the postage",
         BOTH(COUNTRIES, SHIPCOST) + " — yes, Ireland is in the EU; standard shipping €4.95, free over €50",
         HALF + "; the customs entry; the delivery-time entry alone"),
        ("and when would it land",
         F(DELTIME) + " — dispatched within 1-2 business days, then 2-4 business days within the EU",
         "treating it as a new unclear question; the express entry alone; the lost-parcel entry"),
        ("its a present for my mothers birthday, could you wrap it and keep the price out of the box",
         F(GIFTWRAP) + " — gift options at checkout: wrapping €3.50 per item, free message up to 200 characters, "
         "prices left off the packing slip",
         "the gift-card entry; 'we can't do that'; only the wrapping without the price being left off"),
        ("grand so, thanks a million. bye",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer (how to order); a handover"),
    ],
    # 2 US South: Savannah, Georgia
    [
        ("hey y'all, i got a question about a package",
         "Too vague to answer — choices (where is my order, lost parcel, damaged item, delivery time) or a "
         "clarifying question",
         "a handover; one entry given as certain"),
        ("the app says they dropped it at my porch yesterday around 2 but theres nothing out there, even asked "
         "the neighbors",
         TYPE + F(LOST) + " — neighbours already checked, so contact with the order number; an investigation with "
         "the carrier, replacement or full refund if not found within 7 business days",
         "the where-is-my-order entry alone ('follow the tracking link'); the damaged entry; tapping a choice"),
        ("ok. my sister wants one too but she dont want to make an account, can she still buy? and does it have "
         "to be a credit card or is paypal fine",
         BOTH(GUEST, PAYMETHODS) + " — yes, Continue as guest at checkout; PayPal is accepted (also Visa, "
         "Mastercard, Amex, Apple Pay, Google Pay, Klarna)",
         HALF + "; the create-account entry alone"),
        ("wait, am i talking to a real person or a computer right now",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 US Midwest: Des Moines, Iowa
    [
        ("hi there, question about something i got from you guys",
         "Too vague to answer — choices (returns, exchange, refund, damaged item) or a clarifying question",
         "a handover; one entry given as certain"),
        ("nope, none of those",
         TYPE + "Typed rejection — apologise and ask what exactly; no handover yet",
         "the same choices again; a handover straight away"),
        ("my daughter got a throw blanket from you for her birthday last week, its the wrong shade of blue for her room, "
         "she'd rather have the grey one",
         F(EXCHANGE) + " — start a return, choose Exchange as the reason and pick the colour; the new one ships "
         "free once the return is scanned; refund if it is out of stock",
         "the change-order entry (it was delivered long ago); the return policy alone with no word on exchanging; "
         "the damaged entry"),
        ("do you guys do wedding registries? my niece is getting married this summer",
         "Not covered by the FAQ (no wedding registry) — say so honestly; may mention gift cards as something "
         "the shop has, or offer a person",
         "the gift-wrapping or gift-card entry given as if it were a registry; inventing a registry"),
    ],
    # 4 Canada: from Halifax, living in Bristol, England
    [
        ("hey, hosting canadian thanksgiving in bristol and need a big dutch oven. whats the quickest way to get "
         "one here? also the red ones say only 2 left, will there be more after",
         BOTH(EXPRESS, STOCK) + " — express to the UK £11.95, 1-2 business days if ordered before 1 pm CET on a "
         "business day; sold-out items usually back within 2-6 weeks, Notify me on the product page, no "
         "pre-orders or reservations",
         HALF + "; the standard delivery-time entry alone; promising a delivery date"),
        ("thats not what i asked. is the red 28 cm one actually in stock right now, yes or no?",
         "Push-back (first time) — apologise; the FAQ holds no live stock levels; point to the product page and "
         "Notify me (" + F(STOCK) + ") or offer a person",
         "repeating the express answer unchanged; no apology; inventing a stock level"),
        ("come on, this is going nowhere eh. get me an actual person please",
         "Push-back (second time in a row) + Request for a person (direct, annoyed) — apologise, hand over",
         PW),
        ("hello?? anybody there",
         WAIT + WAITING,
         "a new greeting as if the chat had just started; an FAQ answer"),
    ],
    # 5 Australia: from Perth, living in Amsterdam
    [
        ("g'day, is there anywhere in amsterdam i can duck in and grab my order myself instead of waiting on the "
         "courier",
         F(STORE) + " — online only, no store and no pickup (the Leipzig warehouse does not offer it); delivered "
         "to the address or a parcel locker",
         "'yes, you can collect it'; the delivery-time entry alone; inventing a pickup point"),
        ("ok. how much to send it then",
         F(SHIPCOST) + " — the Netherlands is in the EU: €4.95, free over €50",
         "treating it as unclear; the US or UK price; the customs entry"),
        ("could someone give me a call about a bigger order for our office? +31 6 4127 3390, afternoons are best",
         "Request for a person (callback with number) — hand over / pass on the callback request",
         "only the shop's phone number without taking the request; the invoice entry; " + PW),
        ("how long til someone rings?",
         WAIT + WAITING,
         "the delivery-time entry; the customer-service-hours entry given as the answer; inventing a wait time"),
    ],
    # 6 Jamaica: from Kingston, living in London, England
    [
        ("morning! bought a bamboo bath mat about 3 weeks ago, never used it and its still in the plastic. can i "
         "still send it back?",
         F(RETPOLICY) + " — yes, within 30 days of delivery, unused and in the original packaging; returns are "
         "free in the UK",
         "the damaged entry; 'no'; the exchange entry"),
        ("how do i go about it",
         F(HOWRETURN) + " — My account > Orders > Return items, choose items and reason, label by email, drop "
         "at a post office or drop-off point",
         "treating it as a new unclear question; the return-policy answer again"),
        ("and the money goes back on my card yeah?",
         F(REFUNDWHERE) + " — yes, refunds go back to the original payment method (the refund-time entry is "
         "also fine as an addition)",
         "the refund-time entry alone; the payment-methods entry"),
        ("bwoy mi cyaan badda wid dis machine ting. mek mi talk to a real smaddy nuh",
         "Request for a person (dialect, Jamaican Patois) — hand over",
         PW),
    ],
    # 7 Kenya: from Nairobi, living in Brussels
    [
        ("Hello, I paid for a kettle last night but nothing has come to my inbox up to now. Kindly advise if it "
         "went through",
         F(CONFIRM) + " — check spam or promotions; if the order is listed under My account > Orders it went "
         "through and the confirmation can be resent; if not listed but charged, contact with date and amount",
         "the where-is-my-order entry alone; the charged-twice entry; the payment-failed entry"),
        ("I have seen it in the junk folder, thank you. Next time I wanted to pay by M-Pesa, is it possible or "
         "only card?",
         F(PAYMETHODS) + " — M-Pesa is not listed: Visa, Mastercard, Amex, PayPal, Apple Pay, Google Pay, "
         "Klarna (and iDEAL in the Netherlands)",
         "'yes, M-Pesa works'; the payment-failed entry"),
        ("Sawa. Another thing, my employer needs the receipt to show the company name, and can the parcel come to "
         "my office instead of my house?",
         BOTH(INVOICE, ADDRESS) + " — company name at checkout or within 30 days for a corrected invoice; "
         "address changed under Edit order if not packed yet, or redirect via the carrier after shipping",
         HALF + "; the create-account entry"),
    ],
    # 8 Pakistan: from Lahore, living in Cardiff, Wales
    [
        ("Very disappointed. Ordered 6 wine glasses as a wedding gift for my cousin and 2 of them came shattered, "
         "the box was totally squashed",
         F(DAMAGED) + " — apologise; contact within 14 days with the order number and a photo of the item and "
         "packaging; free replacement or full refund, no need to send the broken glasses back",
         "no apology; the return-policy entry; the exchange entry; the gift-wrapping entry"),
        ("Also last month I sent back a lamp, your side received it 12 days ago and still no money in my "
         "account. what is going on",
         F(REFUNDTIME) + " — checked within 3 business days, then 5-7 business days to show depending on the "
         "bank, so up to about 10 business days in all: 12 calendar days can still be inside that; a way to follow "
         "up (contact or a person) is a welcome addition",
         "the how-to-return entry; the refund-method entry alone; 'it will come soon' with no timeline"),
        ("ok. what time do you people close today and is there a UK number i can call",
         BOTH(HOURS, PHONE) + " — Mon-Fri 9:00-18:00 CET, Sat 10:00-14:00 CET; UK +44 20 7946 0123 (judge the "
         "rule, not a claim about today)",
         HALF + "; the EU or US number only"),
    ],
    # 9 Philippines: from Cebu, living in Vienna
    [
        ("Hi po! I bought the linen napkins 20 mins ago but my officemate just gave me the exact same ones, so no "
         "need to send mine anymore",
         F(CANCEL) + " — free until packed, usually within 1 hour: My account > Orders > Cancel order, or email "
         "the order number; do not claim it is cancelled",
         "'your order has been cancelled'; the return-policy entry alone; the change-order entry"),
        ("ok yes",
         "Ambiguous yes — acknowledge or ask what it refers to; never claim a cancellation",
         "confirming a cancellation"),
        ("also how do i check how much is left on the voucher my aunt gave me, and can i use it with the 15% code "
         "from your newsletter?",
         BOTH(GIFTCARD, DISCOUNT) + " — balance on the Gift cards page; codes: one per order, most can't be "
         "combined with other offers or used on sale items (the gift card is entered in its own field at "
         "checkout)",
         HALF + "; the unsubscribe entry (newsletter)"),
    ],
    # 10 Polish first language, living in Leeds, England
    [
        ("Good morning. I want to buy bread bin but I dont want to register. It is possible? And you send also to "
         "Poland, to my mother in Kraków?",
         BOTH(GUEST, COUNTRIES) + " — yes, guest checkout; Poland is in the EU, so yes",
         HALF + "; the create-account entry"),
        ("Mother must give extra money to postman when it comes?",
         F(CUSTOMS) + " — no customs or duties for EU orders",
         "the shipping-cost entry; the payment-methods entry (cash on delivery); treating it as unclear"),
        ("Ok thank you. And I forgot password to my old account from last year, also the email there is from my "
         "old work, how I change it",
         BOTH(RESETPW, CHEMAIL) + " — Sign in > Forgot password, reset link valid 1 hour; then My account > "
         "Account details > Change email (confirm from the new address)",
         HALF + "; the delete-account entry; the create-account entry"),
    ],
    # 11 Arabic first language: from Alexandria, living in Milan
    [
        ("Hello, I buy teapot one week before and still it is not arrive, where I can see where it is now",
         F(WHERE) + " — My account > Orders or the tracking link in the shipping email; dispatched within 1-2 "
         "business days",
         "the lost-parcel entry given as if sure; the delivery-time entry alone"),
        ("The link in the mail show nothing, only write label created",
         F(WHERE) + " — the tracking link becomes active once the carrier scans the parcel; contact if nothing "
         "changes for more than 5 business days",
         "the return-label entry (label); the lost-parcel entry as if sure; treating it as unclear"),
        ("ok thank you brother. next time I make account so I see all my orders in one place, how I do it?",
         F(CREATE) + " — person icon > Create account (name, email, password), or from the link in the guest "
         "confirmation email; a short thanks back is welcome",
         "the guest-checkout entry alone; the where-is-my-order entry"),
    ],
    # 12 Spanish first language, living in Seville
    [
        ("Hi! The hand mixer I bought two years ago does not turn on anymore. It still has guarantee?",
         F(WARRANTY) + " — yes: electrical appliances have 3 years; claim with the order number, a description "
         "and a photo or video",
         "'2 years, so no'; the return-policy entry; the damaged entry"),
        ("and for a cast iron pan is the same?",
         F(WARRANTY) + " — yes, cast-iron cookware also has the extended 3-year warranty (not wear and tear)",
         "treating it as unclear; the exchange entry; the out-of-stock entry"),
        ("haha ok. do you know a good place for tapas near the cathedral?",
         "Not covered by the FAQ (unrelated: restaurants) — short honest reply",
         "the physical-store entry; inventing a restaurant"),
        ("ok thank you. Also your newsletter comes every day, how I stop it? and after I want delete all my data",
         BOTH(UNSUB, DELETE) + " — Unsubscribe link or untick under My account > Preferences (up to 48 h); "
         "delete under My account > Privacy, data gone within 30 days except order and invoice records",
         HALF + "; the change-email entry"),
    ],
    # 13 Chinese first language: from Chengdu, living in Rotterdam
    [
        ("hello, I want buy the oak chopping board, I put it in basket but then I dont know next step",
         F(ORDER) + " — basket icon > Checkout, guest or sign in, address and payment, Place order; "
         "confirmation email within minutes",
         "the guest-checkout entry alone; the payment-failed entry"),
        ("I finish it 5 minutes ago but I pick the small one, actually I want big one, still possible?",
         F(CHANGE) + " — yes, within 1 hour and before packing: My account > Orders > Edit order, or contact "
         "with the order number",
         "the exchange entry (not delivered yet); the cancel entry alone; treating it as unclear"),
        ("also same board on bol.com is 8 euro cheaper, you can give same price?",
         F(PRICEMATCH) + " — yes for an identical new item from a major online retailer shipping to the "
         "Netherlands, link within 7 days of the order; not for marketplace sellers or flash deals",
         "the discount-code entry; 'no'; inventing a refund of the difference"),
        ("ok understand, thank you",
         "Small talk: acknowledgement + thanks — short friendly reply",
         "an FAQ answer; a handover"),
    ],
    # 14 Italian first language: from Naples, living in Turin
    [
        ("Buongiorno, I try to pay 2 times with my card and both times it say error, but now in the bank app I "
         "see the money taken two times!",
         BOTH(PAYFAIL, CHARGED2) + " — a failed payment takes no money; the two amounts are most likely "
         "temporary authorisations released within 3-5 business days; if still completed after that, contact "
         "with order number and statement screenshot (the charged-twice entry alone is also right)",
         "the payment-failed entry alone with 'no money has been taken' and no word on the two charges; the "
         "payment-methods entry"),
        ("Also I sent back just 2 cushions from 4 and the money I got is smaller than I think, why?",
         F(PARTIAL) + " — only some items returned: the original shipping is refunded only when the whole order "
         "comes back; the refund email lists what was refunded",
         "the refund-time entry; the refund-method entry"),
        ("and the jar of honey I opened, I can send back too? and where I find the label for the post?",
         BOTH(NONRETURN, LABEL) + " — opened food can't be returned (unless faulty); the label comes by email "
         "as a PDF once a return is registered, or a QR code if there is no printer",
         HALF + "; 'yes, the honey can go back'"),
    ],
]

write_plan("en", convs)
print("en: %d conversations, %d turns" % (len(convs), sum(len(c) for c in convs)))
