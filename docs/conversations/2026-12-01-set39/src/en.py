"""English plan for test set 39: the sample shop, customers from many places.
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
    # 1 Sheffield
    [
        ("ey up, i've got my eye on the cast iron casserole but 89 quid in one go is a lot, can i split it up? "
         "and how long is it guaranteed for",
         BOTH(PAYMETHODS, WARRANTY) + " — Klarna (pay later or in 3 instalments, EU and UK); cast-iron cookware "
         "has the extended 3-year warranty against manufacturing defects, not wear and tear",
         HALF + "; only 2 years for cast iron; saying instalments are not possible"),
        ("and if it turns up and the colour is nothing like the picture",
         F(RETPOLICY) + " — return within 30 days of delivery, unused and in original packaging, full refund, "
         "free within the UK",
         "treating it as new unclear; the US $7.95 fee for a UK customer; the damaged-item entry"),
        ("ok. got a code off a leaflet, POTS15, and the basket just says not valid",
         F(DISCOUNT) + " — check it is typed exactly, not expired, minimum spend met; most codes not on sale "
         "items or with other offers, one per order; send the code to be checked",
         "treating it as new unclear; inventing a working code or a discount"),
        ("ta, that's me sorted. see thee",
         "Small talk: thanks + acknowledgement + goodbye ('see thee' = see you, Yorkshire) — short friendly "
         "close",
         SMALL),
    ],
    # 2 Stoke-on-Trent
    [
        ("hiya duck, bit of bother with my account",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("it wont let me in, ive typed it about 5 times and it still says wrong, i changed it at christmas and "
         "cant remember what to",
         TYPE + F(RESETPW) + " — Sign in > Forgot password, reset link to the registered e-mail, valid 1 hour; "
         "check spam after 10 minutes or contact",
         "tapping a choice; asking to rephrase; the change-email entry"),
        ("got in, ta. now i want it on my new gmail not the old btinternet one, and stop sending me the offers "
         "every week",
         BOTH(CHEMAIL, UNSUB) + " — My account > Account details > Change email, current password, confirm "
         "link sent to the new address; Unsubscribe link or untick Newsletter, up to 48 h; order e-mails still "
         "come",
         HALF + "; saying all e-mails stop"),
        ("are you a real person or one of them robot things",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Orkney
    [
        ("hello there, having a bit of a problem with a delivery",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no its none of them",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("the box came over on the ferry yesterday with a great dent in the side and the peedie glass jug "
         "inside is in bits",
         F(DAMAGED) + " — sorry; contact within 14 days with the order number and a photo of the item and the "
         "packaging; free replacement or full refund, no cost to send it back",
         "asking to rephrase again; the lost-parcel entry; asking them to pay the return"),
        ("ok. do you do a wedding list? my daughter gets married in kirkwall in june and folk want to buy "
         "off one",
         "Not covered (wedding gift list / registry) — say so plainly; may offer a person (gift cards may be "
         "mentioned as what exists, not as a registry)",
         "inventing a wedding list service"),
    ],
    # 4 first language Italian, living in Chicago
    [
        ("good morning, the espresso pot I buy in march, now the handle is loose and it move, and also the "
         "coffee beans I open last week taste old. I can send back both?",
         BOTH(WARRANTY, NONRETURN) + " — pot: 2-year warranty against manufacturing defects, claim with order "
         "number, description and photo/video; opened coffee (opened food) can't be returned",
         HALF + "; accepting the opened coffee back; the 30-day return as the only answer for the pot"),
        ("no no. you send me a new pot today with express, free, and the money for the coffee back also",
         "Push-back: apologise; the FAQ has no same-day free express replacement and no refund for opened "
         "food — say what it has (warranty claim) and offer a person",
         "promising a pot today or a coffee refund; the same answer again without acknowledging"),
        ("mamma mia, this is ridiculous, I want speak with a person now, not a machine",
         "Request: angry + person ('mamma mia' = good grief) — apologise briefly and hand over to a person",
         PW),
        ("hello?? somebody is there?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5 first language Ukrainian, living in Krakow
    [
        ("I am very angry!!! in my bank app I see 63,40 eur from you and then again 63,40 eur, but yesterday I "
         "buy only ONE thing. you steal my money??",
         F(CHARGED2) + " — apologise; often a temporary authorisation released within 3-5 business days; if "
         "both still completed after that, contact with order number and statement screenshot, duplicate "
         "refunded",
         "no apology; promising an immediate refund; the payment-failed entry"),
        ("by the way what time is sunset in krakow today",
         "Not covered (sunset time) — say so kindly, back to the shop's topics",
         "a time; an FAQ answer; a handover"),
        ("please call me, +48 512 555 307, for me is easier to speak than write",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the shop's EU number instead"),
        ("how long i wait for this call? at 4 i start work",
         WAIT + WAITING,
         "the service hours as the answer; an invented wait time"),
    ],
    # 6 first language Mandarin Chinese, living in San Francisco
    [
        ("hi, i buy a rice cooker about 20 min ago, then my mother in law tell me she already send us one from "
         "shanghai, so this one we really not need",
         F(CANCEL) + " — free until packed (usually within 1 hour): My account > Orders > Cancel order or e-mail "
         "the order number; if shipped, refuse or return within 30 days; claim nothing as done",
         "claiming it is cancelled; the exchange entry"),
        ("en... hao ba",
         "Ambiguous yes (Mandarin: 'um... fine then') — ask what they mean or restate the step; nothing claimed "
         "as done",
         "claiming it is cancelled; a random FAQ answer; a language complaint"),
        ("if it is packed already and i send it back, money go to my credit card or how? how many days",
         BOTH(REFUNDWHERE, REFUNDTIME) + " — back to the original payment method (the card); checked within 3 "
         "business days after it arrives, then usually 5-7 business days at the bank (US return fee $7.95 "
         "may be deducted)",
         HALF + "; store credit invented; a refund promised as already done"),
        ("wo kan bu dong. wo yao gen zhen ren shuo hua",
         "Request: person in Mandarin pinyin without tones ('I don't understand. I want to talk to a real "
         "person') — hand over to a person",
         PW + "; answering an FAQ; insisting on English"),
    ],
    # 7 Brisbane, sister in Amsterdam
    [
        ("hi from brisbane! my sister in amsterdam turns 40 next month, can i send the linen throw straight to "
         "her place without the price showing in the box",
         F(GIFTWRAP) + " — tick Gift options: prices left off the packing slip; wrap €3.50 per item, message "
         "free up to 200 characters; the Netherlands is in the EU, so it ships",
         "saying they can't ship because the buyer is in Australia; prices still shown"),
        ("and roughly when would she have it",
         F(DELTIME) + " — dispatched in 1-2 business days, then 2-4 business days within the EU",
         "treating it as new unclear; UK or US times; a promised date"),
        ("hmm her party is the saturday arvo actually. any quicker way if i pay a bit more",
         F(EXPRESS) + " — EU express €12.95, 1-2 business days if ordered before 1 pm CET on a business day",
         "treating it as new unclear; the UK/US price; promising Saturday"),
    ],
    # 8 Perth (Western Australia), son in London
    [
        ("morning from perth. my son in london needs a new kettle, is there a shop over there he can walk into, "
         "or can i just buy it online without signing up to anything",
         BOTH(STORE, GUEST) + " — online only, no store or pickup; Continue as guest at checkout, order and "
         "shipping e-mails still sent",
         HALF + "; inventing a London shop"),
        ("the stainless one we like is showing sold out, any idea when it comes back? can you hold one for him",
         F(STOCK) + " — usually restocked within 2-6 weeks; Notify me on the product page; out-of-stock items "
         "can't be reserved or pre-ordered",
         "a fixed date; promising to reserve one; offering a pre-order"),
        ("righto. if i set up a login later will this order show up in it",
         F(CREATE) + " — yes: an account can be created after a guest checkout from the link in the "
         "confirmation e-mail (person icon > Create account otherwise)",
         "treating it as new unclear; saying guest orders are lost"),
    ],
    # 9 Wellington, friend in Denver
    [
        ("kia ora, sending my mate in denver a cast iron pan for his 30th, about 120 usd, will he get stung "
         "with extra tax at his door",
         F(CUSTOMS) + " — US orders under $800 normally have no import duties",
         "saying he will pay duties; EU/UK rule only"),
        ("choice. how does it work to pay and get it sent, first time on your site",
         F(ORDER) + " — add to basket, basket icon > Checkout, guest or sign in, address and payment, Place "
         "order; confirmation e-mail within minutes",
         "treating it as new unclear; the payment-methods list only"),
        ("or could i just send him credit to spend in your shop on whatever he fancies",
         F(GIFTCARD) + " — digital gift cards €10-200 by e-mail on a chosen date, valid 2 years, any product",
         "saying no; a physical card by post"),
    ],
    # 10 Toronto, brother in Lisbon
    [
        ("hey, im in toronto ordering bath towels for my brother in lisbon and my visa gets turned down every "
         "time i hit the last button",
         F(PAYFAIL) + " — check card details, billing address, expiry, bank block or 3D Secure in the bank "
         "app; try PayPal; if it fails no money is taken. (Lisbon is EU, so shipping is fine; Canada is not "
         "the delivery country)",
         "saying they can't order from Canada; the charged-twice entry"),
        ("ok paypal went through. if the towels are too small can he trade them for the bigger ones",
         F(EXCHANGE) + " — start a return, choose Exchange, pick the size; new item sent free once the return "
         "is scanned; refund if out of stock",
         "a fee for the exchange; the return policy only"),
        ("good to know. what number do i call you on and when are you around, im 6 hours behind you",
         BOTH(HOURS, PHONE) + " — Mon-Fri 9-18 CET, Sat 10-14 CET (3 am-noon / 4-8 am Toronto time); +49 "
         "(EU), +44 (UK), +1 646 555 0142 (US) numbers, local rate; or e-mail/chat",
         HALF + "; hours converted wrongly; inventing a Canadian number"),
    ],
    # 11 Nairobi, cousin in Birmingham
    [
        ("hello, greetings from nairobi. i want to surprise my cousin in birmingham with a set of bowls, do you "
         "deliver to england and what does the postage come to",
         BOTH(COUNTRIES, SHIPCOST) + " — the UK is shipped to (Kenya is not, but the delivery is to "
         "Birmingham); standard to the UK £4.95, free over £45",
         HALF + "; saying they can't order from Kenya; € prices"),
        ("bowls are 32 pounds, what if i add the two mugs at 15",
         F(SHIPCOST) + " — £32 alone is under £45 (£4.95); with the mugs £47 is over £45, so standard shipping "
         "is free",
         "treating it as new unclear; wrong sum; € threshold"),
        ("sawa. once it leaves how will i follow it from here",
         F(WHERE) + " — tracking link in the shipping confirmation e-mail, or My account > Orders; active once "
         "the carrier scans it; dispatched in 1-2 business days",
         "treating it as new unclear; the lost-parcel entry"),
    ],
    # 12 Johannesburg, daughter in Vienna
    [
        ("howzit. my daughter in vienna got the duvet cover i ordered for her on my account, totally wrong "
         "colour, she wants to post it to you and have me refunded",
         F(HOWRETURN) + " — My account > Orders > Return items, choose items and reason; label by e-mail, drop "
         "at a post office or drop-off point; (EU: free return)",
         "the exchange entry as the only answer; a return fee for Austria"),
        ("she hasnt got a printer in her flat",
         F(LABEL) + " — choose the QR code option; the post office prints the label",
         "treating it as new unclear; telling her to buy a printer"),
        ("will the postage i paid come back too",
         F(PARTIAL) + " — original shipping is refunded only when the whole order is returned (if the duvet "
         "cover was the whole order, yes); not for a partial return",
         "a flat yes or no without the whole-order rule"),
        ("lekker, thanks. and once this is all done please close my account, i hardly shop online",
         F(DELETE) + " — thanks noted; My account > Privacy > Delete account or e-mail; data deleted within 30 "
         "days except legal records; the open return must be completed first",
         "not mentioning the open return; claiming the account is deleted"),
    ],
    # 13 first language Tagalog, in Manila, sister in Los Angeles
    [
        ("hi po, the lamp i ordered for my ate in los angeles says delivered yesterday but she said nothing "
         "came, she already asked the guard at the lobby and the neighbors",
         F(LOST) + " — neighbours and reception already checked, so contact with the order number: carrier "
         "investigation, replacement or full refund if not found within 7 business days",
         "asking to check the neighbours again as the only step; refund promised at once"),
        ("ok. the rice cooker i ordered this morning for her, can it go to her new apartment instead, she "
         "moves on the 20th",
         F(ADDRESS) + " — if not packed yet: My account > Orders > Edit order or contact; once shipped, "
         "carrier redirect via tracking where available; same country only",
         "treating it as new unclear; promising the change is done"),
        ("also i need official receipt with tax for my company, and can i still add one more lamp to that "
         "same order",
         BOTH(INVOICE, CHANGE) + " — VAT invoice with the shipping confirmation or My account > Orders > "
         "Download invoice, company name at checkout or within 30 days; changes only within 1 hour and if not "
         "packed (ordered this morning: probably too late, so a new order)",
         HALF + "; promising to add the lamp"),
        ("salamat po, bye",
         "Small talk: thanks + goodbye ('salamat po' = thank you, polite Tagalog) — short friendly close",
         SMALL),
    ],
    # 14 first language Swahili, living in Hamburg
    [
        ("habari, the wool blanket is 20 euro cheaper on otto.de, same one new, sold by otto itself. can you "
         "give me that price, and can i pay it later with klarna",
         BOTH(PRICEMATCH, PAYMETHODS) + " — identical new item from a major online retailer shipping to "
         "Germany: send the link before buying or within 7 days (not marketplace sellers, clearance, flash "
         "deals); Klarna pay later or in 3 instalments (EU)",
         HALF + "; promising the price without the link"),
        ("i ordered already yesterday morning, still ok?",
         F(PRICEMATCH) + " — yes, within 7 days of the order: send the link to the offer",
         "treating it as new unclear; saying it is too late"),
        ("asante sana. but i never got any email from you after ordering, is it normal",
         F(CONFIRM) + " — thanks noted ('asante sana' = thank you very much); usually within 15 minutes: check "
         "spam/promotions, then My account > Orders and resend; if not listed but charged, contact with date "
         "and amount",
         "ignoring the question; the newsletter entry"),
    ],
]

write_plan("en", convs)
