"""English plan for test set 35: the sample shop, customers from many places.
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
    # 1 Glasgow
    [
        ("hi there, wanting to send a toaster to my flat in glasgow, whats the delivery cost and will i get stung "
         "with customs now with brexit and all that",
         BOTH(SHIPCOST, CUSTOMS) + " — UK standard £4.95, free from £45; no customs on UK orders (shipped from "
         "a UK warehouse)",
         HALF + "; customs charged for the UK; € or $ prices"),
        ("and how quick",
         F(DELTIME) + " — dispatched in 1-2 business days, then 3-5 business days to the UK",
         "treating it as new unclear; the EU or US times"),
        ("ok. what if i need it before saturday, my brother is staying",
         F(EXPRESS) + " — UK express £11.95, 1-2 business days if ordered before 1 pm CET on a business day",
         "treating it as new unclear; a promised Saturday delivery"),
        ("magic, cheers pal, thats me. see ya",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 2 Newcastle
    [
        ("howay, need a hand with something on your site",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("typed 41b on my order 10 min ago but the flat is 14b, mixed the numbers up",
         TYPE + F(ADDRESS) + " — not packed yet: My account > Orders > Edit order or contact support; once "
         "shipped, carrier redirect via tracking; not claimed done",
         "tapping a choice; asking to rephrase; claiming the address is changed"),
        ("also the birthday code you emailed me keeps saying invalid. and the grey throw i wanted says sold out, "
         "will it come back",
         BOTH(DISCOUNT, STOCK) + " — check spelling, expiry, minimum spend, no sale items, one code per order, "
         "send the code to support; restock usually 2-6 weeks, Notify me, no reserving",
         HALF + "; inventing that the code is valid; a promised restock date"),
        ("is this a robot im chatting to",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Belfast
    [
        ("hello, its about something that came yesterday",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no its none of them",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("there was a wee tin of shortbread in the hamper, we opened it and nobody in the house likes it, can i "
         "send that back",
         F(NONRETURN) + " — opened food can't be returned (hygiene); only damaged or faulty items always can",
         "asking to rephrase again; accepting the opened tin under the 30-day policy"),
        ("do yous do a wedding list, like a gift registry? my sister is getting married in august",
         "Not covered (a wedding list / gift registry) — say so plainly; may offer a person (gift cards may be "
         "mentioned as an aside, not as the answer)",
         "inventing a registry service; the gift card entry as if it were a registry"),
    ],
    # 4 Cork
    [
        ("hi, im in cork, ordering a rug for my nans 80th, can ye make it look nice in paper with a ribbon? and my "
         "accountant wants a proper document with my firms name and number on it, im self employed",
         BOTH(GIFTWRAP, INVOICE) + " — wrapping is not available for oversized items like rugs (a free message up "
         "to 200 characters is); company name/VAT number at checkout or within 30 days, download under My account "
         "> Orders",
         HALF + "; promising wrapping for the rug"),
        ("thats no use. can you not make an exception and wrap it anyway, and get someone to write the card by hand "
         "for her",
         "Push-back: apologise; the FAQ has no exception and no hand-written card — say so, do not promise it, "
         "offer a person",
         "a promised exception; the same full answer again without acknowledging"),
        ("ah for gods sake. just get me a real person now!",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("hello?? anyone there at all",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5 Houston
    [
        ("i am furious. paid for express for my daughters graduation gift and the tracking has been stuck in "
         "memphis for 6 days, not moved once",
         F(LOST) + " — apologise; tracking not moved for 5 business days: contact with the order number, "
         "investigation with the carrier, replacement or full refund if not found within 7 business days",
         "no apology; the delivery times alone; saying just wait"),
        ("btw any of you know a decent bbq place near the galleria",
         "Not covered (a restaurant tip) — say so kindly, back to the shop's topics",
         "a restaurant named as a tip; an FAQ answer; a handover"),
        ("have somebody call me, 713 555 0164",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the US number instead"),
        ("any idea how long till they call",
         WAIT + WAITING,
         "the customer service hours as the answer; an invented wait time"),
    ],
    # 6 first language Brazilian Portuguese, living in Lisbon
    [
        ("hi, this morning i buy 6 plates on your site but my husband say we have too much plates already, so i "
         "prefer not to receive it",
         F(CANCEL) + " — free until packed, usually within 1 hour: My account > Orders > Cancel order or e-mail "
         "the order number; if shipped, refuse or return; do not claim it is cancelled",
         "claiming it is cancelled; the return policy alone"),
        ("ok sim",
         "Ambiguous yes — ask what they mean or restate the step (Cancel order in the account); nothing claimed "
         "as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("and the money goes back where? i paid with paypal",
         F(REFUNDWHERE) + " — back to the original method, here the PayPal account",
         "the refund time alone; a bank transfer promised"),
        ("nao estou entendendo nada. quero falar com uma pessoa de verdade, por favor",
         "Request: person in Portuguese — hand over to a person",
         PW + "; answering an FAQ; asking to write in English"),
    ],
    # 7 Toronto
    [
        ("hey, can you ship a cast iron skillet up to toronto?",
         F(COUNTRIES) + " — Canada is not shipped to (EU, UK and US only)",
         "saying Canada is shipped to"),
        ("what about to my cousin in buffalo then, hows much is that",
         F(SHIPCOST) + " — the US is shipped to: $6.95 standard, free from $60",
         "treating it as new unclear; € or £ prices"),
        ("perfect thanks. would he get hit with duty on a 90 dollar pan? and does he have to sign up for anything "
         "to order it",
         BOTH(CUSTOMS, GUEST) + " — US under $800 normally no import duties; no account needed, Continue as "
         "guest",
         HALF + "; duties promised for a $90 order"),
    ],
    # 8 Perth, Australia
    [
        ("hey, my mate says you do nice linen. got anywhere in perth i can have a feel of it before buying?",
         F(STORE) + " — online only, no store, no pickup at the Leipzig warehouse (and Australia is not shipped "
         "to)",
         "inventing a shop in Perth; promising delivery to Australia"),
        ("right. can i get one of those gift cards for my sister in london instead",
         F(GIFTCARD) + " — digital €10-€200 by e-mail on a chosen date, valid 2 years",
         "treating it as new unclear; a physical card posted"),
        ("no dramas, thanks heaps",
         "Small talk: acknowledgement + thanks — short friendly reply",
         SMALL),
    ],
    # 9 Auckland
    [
        ("hi, tried to get back into my account but the reset link says expired",
         F(RESETPW) + " — the link is valid 1 hour: Sign in > Forgot password again and use it within the hour; "
         "check spam if it doesn't arrive in 10 minutes",
         "creating a new account; no new link suggested"),
        ("great, got in. my old address there is dead though, how do i put the new one on",
         F(CHEMAIL) + " — My account > Account details > Change email, current password, confirmation link to the "
         "new address",
         "treating it as new unclear; the delivery address entry"),
        ("choice, cheers. oh and the kettle i sent mum in london last year just died, no reason",
         F(WARRANTY) + " — electrical appliances have a 3-year warranty: contact with order number, description "
         "and a photo or video",
         "the 30-day return; the damaged-on-arrival entry"),
    ],
    # 10 Kingston, Jamaica (sending to Miami)
    [
        ("good morning, mi buy a blender fi mi aunty in miami last week, how mi fi know weh it reach",
         F(WHERE) + " — My account > Orders or the tracking link in the shipping e-mail; dispatched in 1-2 "
         "business days; contact if tracking hasn't moved for 5 business days",
         "the delivery cost; a promised date"),
        ("it came now but the lid is cracked right down the side when she open the box",
         F(DAMAGED) + " — sorry; within 14 days with order number and a photo of item and packaging; free "
         "replacement or full refund, nothing to pay to send it back",
         "the warranty; the US $7.95 return fee"),
        ("respect, thanks. one ting, walmart have the same blender 15 dollar cheaper, unno can match it?",
         F(PRICEMATCH) + " — identical item sold new by a major retailer shipping to the US, send a link within 7 "
         "days of the order; not marketplace or flash deals",
         "matching without conditions; an FAQ answer about returns"),
    ],
    # 11 first language Polish, living in Manchester
    [
        ("hello, yesterday i buy towels for 38 pounds, why i must pay delivery, my friend say it is free",
         F(SHIPCOST) + " — free standard shipping only from £45; below that £4.95 to the UK",
         "saying delivery is always free"),
        ("so if i put one more towel for 10 pounds i dont pay that extra?",
         F(SHIPCOST) + " — yes, £48 is over £45, so standard shipping is free (on that new order; the existing "
         "order may still be changed within 1 hour only)",
         "treating it as new unclear; a wrong threshold"),
        ("ok thank you. also every day i get emails from you, how to stop, or better just delete my account "
         "complete",
         BOTH(UNSUB, DELETE) + " — Unsubscribe link or My account > Preferences, up to 48 h; Delete account under "
         "My account > Privacy, data gone within 30 days, open orders and returns first",
         HALF + "; deleting now"),
    ],
    # 12 first language Arabic, living in Berlin
    [
        ("hello, I buy a floor lamp 3 days before and nothing arrive in my mail, not one message. I am worried "
         "the money is gone",
         F(CONFIRM) + " — check spam; sign in, My account > Orders: if listed it went through, resend from there; "
         "if not listed and charged, contact with payment date and amount",
         "saying the order failed; the tracking entry only"),
        ("I find it in spam, thank you. can I still make it the black one instead of white?",
         F(CHANGE) + " — changes only within 1 hour and before packing; 3 days later it can't be changed, return "
         "or exchange after delivery",
         "claiming it is changed; treating it as new unclear"),
        ("so when it comes I send the white back and take the black, I pay something? and how long I have",
         BOTH(EXCHANGE, RETPOLICY) + " — Exchange under My account > Orders, new colour shipped free when the "
         "return is scanned; 30 days from delivery, unused, original packaging, free in the EU",
         HALF + "; a fee for the exchange"),
        ("thank you. another thing, my bank show 2 payments of 89 euro for this lamp",
         F(CHARGED2) + " — often a temporary authorisation released in 3-5 business days; if both still completed, "
         "contact with order number and statement screenshot",
         "no reassurance; saying one must be a mistake by the bank"),
    ],
    # 13 first language Hindi, living in Singapore
    [
        ("hello, i am in singapore for work, ordering for my brother in new jersey. my card is failing again and "
         "again at the end",
         F(PAYFAIL) + " — check card details, billing address, expiry, 3D Secure in the bank app, try PayPal; no "
         "money taken",
         "saying Singapore is the problem (delivery goes to the US); inventing a block"),
        ("if that dont work, what else i can use?",
         F(PAYMETHODS) + " — PayPal, Apple Pay, Google Pay; Klarna only EU/UK, not for a US order; no cash on "
         "delivery",
         "treating it as new unclear; offering Klarna for the US"),
        ("please tell me also how to make account and then place the order, first time i am using",
         BOTH(CREATE, ORDER) + " — person icon > Create account (name, e-mail, password); basket > Checkout, "
         "address and payment, Place order, confirmation e-mail",
         HALF + "; saying an account is required"),
        ("thank you. one more, last month i returned a toaster to you from new jersey and 8 dollars less came back",
         F(PARTIAL) + " (or " + F(RETPOLICY) + ") — US customers pay a $7.95 return shipping fee deducted from "
         "the refund; the refund e-mail lists it",
         "saying a full refund was due; the refund time alone"),
    ],
    # 14 first language Japanese, living in Paris
    [
        ("excuse me, I would like to send back a vase bought 2 weeks ago, it is too big for my room. I have no "
         "printer at home",
         BOTH(HOWRETURN, LABEL) + " — My account > Orders > Return items; choose the QR code option, the post "
         "office prints the label; free within the EU, 30 days",
         HALF + "; saying a printer is needed"),
        ("after I send it, how many days until money comes back?",
         F(REFUNDTIME) + " — checked within 3 business days after arrival, then 5-7 business days at the bank; "
         "e-mail when issued",
         "treating it as new unclear; a promised date"),
        ("thank you very much for kind help. also what time your staff is working, and telephone number please",
         BOTH(HOURS, PHONE) + " — Mon-Fri 9-18 CET, Sat 10-14 CET; EU phone +49 30 1234 5678 (Paris is CET, no "
         "conversion)",
         HALF + "; the UK or US number only"),
    ],
]

write_plan("en", convs)
