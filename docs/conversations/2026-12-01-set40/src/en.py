"""English plan for test set 40: the sample shop, customers from many places.
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
    # 1 Cardiff (UK)
    [
        ("hiya, want to get the linen bedding set for my mam, what's the postage to cardiff and how long does it "
         "take to turn up",
         BOTH(SHIPCOST, DELTIME) + " — UK: free over £45, else £4.95; dispatched in 1-2 business days, then 3-5 "
         "business days to the UK",
         HALF + "; EU prices in € for a UK address"),
        ("her birthday is friday tho",
         F(EXPRESS) + " — UK express £11.95, 1-2 business days if ordered before 1 pm CET on a business day; no "
         "promise for a given Friday",
         "treating it as new unclear; promising Friday delivery"),
        ("ok. can it come nicely done up with a little note from me, and without the price on it",
         F(GIFTWRAP) + " — Gift options at checkout: wrapping €3.50 per item, free message up to 200 characters, "
         "prices left off the packing slip",
         "treating it as new unclear; saying gift wrapping is not offered"),
        ("lush, diolch. ta-ra",
         "Small talk: thanks + acknowledgement + goodbye ('lush' = great, Welsh English; 'diolch' = thanks, "
         "Welsh; 'ta-ra' = bye) — short friendly close",
         SMALL),
    ],
    # 2 Belfast (UK)
    [
        ("hi there, question about something i bought",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("paid last night about 11 and nothing's come through to my inbox, did it even go through?",
         TYPE + F(CONFIRM) + " — normally within 15 minutes: check spam/promotions, then My account > Orders; if "
         "listed it went through and can be resent; if not listed but charged, contact with date and amount",
         "tapping a choice; asking to rephrase; saying the order failed"),
        ("right it's there. can i still swap the grey throw for the green one on it, and i need a proper vat "
         "receipt for work",
         BOTH(CHANGE, INVOICE) + " — changes within 1 hour and only if not packed (last night: likely too late; "
         "then return/exchange after delivery); VAT invoice with the shipping e-mail or My account > Orders > "
         "Download invoice, company name within 30 days",
         HALF + "; promising the change is still possible"),
        ("wee question, am i talking to a computer here",
         "Small talk: are you a bot ('wee' = small) — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Aberdeen (UK)
    [
        ("fit like. having a bit of bother with something i sent back",
         "Too vague to answer ('fit like' = how are you, Aberdeen Doric) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("naw, none of them",
         TYPE + "Typed rejection ('naw' = no) — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("posted a lamp back to you 12 days ago and there's still nothing on my card, when's it coming",
         F(REFUNDTIME) + " — checked within 3 business days of arrival at the warehouse, then 5-7 business days "
         "at the bank; an e-mail when issued; 12 days can still be normal",
         "asking to rephrase again; saying the refund is lost"),
        ("do you lot do assembly as well, like someone coming out to build the bookshelf",
         "Not covered (assembly service, a near trade the shop does not offer) — say so plainly; may offer a "
         "person",
         "inventing an assembly service or price"),
    ],
    # 4 first language Polish, Cork (Ireland = EU)
    [
        ("hello, i see the same blender on other big website 20 euro less with delivery, you can do the same "
         "for me? and how many years you fix it for free if it go dead",
         BOTH(PRICEMATCH, WARRANTY) + " — identical item new from a major online retailer shipping to Ireland, "
         "incl. delivery, link before buying or within 7 days, not marketplace/clearance/flash deals; electrical "
         "appliances 3 years against manufacturing defects",
         HALF + "; only 2 years for an electrical appliance"),
        ("no, i want also the 20 euro back for toaster i buy last month, and you send blender free with express",
         "Push-back: apologise; the FAQ has no price match after 7 days and no free express — say what it has "
         "and offer a person",
         "promising the 20 € back or free express; the same answer again without acknowledging"),
        ("this is not normal. i want speak with real human now, not machine",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("hello? somebody is there?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5 first language Korean, Frankfurt (EU)
    [
        ("i am very angry. the thing i buy for my daughter birthday, on the website it say same place since 8 days, nothing move, very "
         "bad service",
         F(LOST) + " — apologise; 5+ business days without movement: check neighbours/reception, then contact "
         "with the order number; investigation with the carrier, replacement or full refund if not found in 7 "
         "business days",
         "no apology; promising delivery by a date"),
        ("by the way you know if the christmas market at romerberg is open on sunday?",
         "Not covered (a local event's opening days) — say so kindly, back to the shop's topics",
         "an answer about the market; an FAQ answer; a handover"),
        ("please call me back 0151 5550 2837",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the shop's number instead"),
        ("how long i must wait for this call? at 3 i have meeting",
         WAIT + WAITING,
         "the customer service hours as the answer; an invented wait time"),
    ],
    # 6 first language Turkish, Rotterdam (EU)
    [
        ("hi i buy the wool rug 30 minutes ago but my husband say it is too big for the living room, we "
         "dont want it anymore",
         F(CANCEL) + " — free until packed (usually within 1 hour): My account > Orders > Cancel order or e-mail "
         "the order number; if shipped, refuse or return within 30 days; claim nothing as done",
         "claiming it is cancelled; the return policy only"),
        ("tamam ok",
         "Ambiguous yes ('tamam' = ok, Turkish) — ask what they mean or restate the step; nothing claimed as "
         "done",
         "claiming it is cancelled; a random FAQ answer"),
        ("in my bank app i see the money two times already. and where it comes back, i paid with ideal",
         BOTH(CHARGED2, REFUNDWHERE) + " — a second charge is often a temporary authorisation released in 3-5 "
         "business days, else contact with order number + screenshot; refunds go back to the original method "
         "(here the bank account used with iDEAL)",
         HALF + "; saying the money is refunded to a card"),
        ("hicbir sey anlamadim. lutfen gercek bir insanla konusmak istiyorum",
         "Request: person in Turkish without Turkish letters ('I didn't understand anything. Please, I want to "
         "talk to a real person') — hand over to a person",
         PW + "; answering an FAQ; asking for English only"),
    ],
    # 7 Hobart, sister in Manchester (UK)
    [
        ("hi from hobart! pretty sure you dont post to tassie, but my sister's in manchester, could it go to "
         "her",
         F(COUNTRIES) + " — EU, UK and US only (Australia not); the UK is fine, so send it to the sister's "
         "address ('Tassie' = Tasmania)",
         "saying Australia is shipped to; refusing the UK address"),
        ("do i have to sign up for all that or can i just buy it",
         F(GUEST) + " — Continue as guest at checkout; order and shipping e-mails still come",
         "treating it as new unclear; saying an account is needed"),
        ("too easy. and if she hates it can she send it back",
         F(RETPOLICY) + " — 30 days from delivery, unused, original packaging, full refund; free within the UK "
         "('too easy' = great, Australian)",
         "treating it as new unclear; the US $7.95 fee for a UK return"),
    ],
    # 8 Darwin, son in Berlin (EU)
    [
        ("g'day, son's just moved to berlin and i want to send him the cast iron pan set but it says sold out. "
         "when's it back and can you hold one for me",
         F(STOCK) + " — most items restocked in 2-6 weeks; Notify me on the product page; no pre-orders or "
         "reservations",
         "promising to reserve one; a fixed restock date"),
        ("righto. how do i set myself up on the site so i can keep an eye on things",
         F(CREATE) + " — person icon > Create account, name, e-mail, password (or later from a guest "
         "confirmation e-mail)",
         "treating it as new unclear"),
        ("and is there a shop over there he could just grab it from",
         F(STORE) + " — online only; the Leipzig warehouse has no pickup; delivery to an address or parcel "
         "locker",
         "treating it as new unclear; saying pickup in Leipzig or Berlin is possible"),
    ],
    # 9 Halifax, Nova Scotia, daughter in Boston (US)
    [
        ("hi, sending a birthday present to my daughter in boston, about 140 dollars worth. will she get stuck "
         "paying anything at the door",
         F(CUSTOMS) + " — US orders under $800 normally have no import duties",
         "saying Canada rules apply; saying duties are always due"),
        ("and what's it cost to get it down there",
         F(SHIPCOST) + " — US: free over $60, so free for $140 (else $6.95)",
         "treating it as new unclear; € or £ prices"),
        ("good stuff. she might want it in blue instead, can she sort that herself",
         F(EXCHANGE) + " — start a return, choose Exchange, pick the colour; new item sent free once the return "
         "is scanned; refund if out of stock",
         "treating it as new unclear; the $7.95 fee for an exchange"),
    ],
    # 10 Vancouver, friend in Seattle (US)
    [
        ("hey, im in vancouver but shipping to a buddy in seattle. get to the very last step and it says "
         "declined every single time",
         F(PAYFAIL) + " — check card details, billing address, expiry, bank block or 3D Secure; try PayPal; no "
         "money taken; the bank can say why. (Seattle is US, so the order itself is fine)",
         "saying Canada is the problem for a US delivery"),
        ("went through with paypal. but the 10% off from your email didnt come off the total",
         F(DISCOUNT) + " — typed exactly, not expired, minimum spend; not on sale items/gift cards, one per "
         "order; send the code to be checked",
         "treating it as new unclear; promising the 10 % back"),
        ("ok. is there a number i can phone, and what times are you guys around, im on pacific time",
         BOTH(PHONE, HOURS) + " — +1 646 555 0142 (US) among the numbers, local rate, no Canadian number; Mon-Fri "
         "9-18 CET and Sat 10-14 CET, i.e. about 0:00-9:00 Mon-Fri and 1:00-5:00 Sat Pacific time",
         HALF + "; inventing a Canadian number; giving CET hours as if Pacific"),
    ],
    # 11 Lagos, brother in London (UK)
    [
        ("good afternoon. abeg i ordered for my brother in london but he is moving house next week, can we "
         "change where it goes",
         F(ADDRESS) + " — if not packed: My account > Orders > Edit order or contact; if shipped, ask the carrier "
         "for a redirect via tracking; same country only ('abeg' = please, Nigerian)",
         "promising the change without the packed condition"),
        ("it has already shipped o",
         F(ADDRESS) + " — then use the tracking link to ask the carrier for a redirect where available ('o' = "
         "emphasis, Nigerian)",
         "treating it as new unclear; saying nothing can be done at all"),
        ("ok. and where can i see where it is right now",
         F(WHERE) + " — My account > Orders or the tracking link in the shipping e-mail",
         "treating it as new unclear"),
        ("thank you. one more thing, the tin of spice mix he opened he doesnt like the taste, can he send it "
         "back",
         F(NONRETURN) + " — opened food and drink cannot be returned (unless damaged or faulty)",
         "accepting the opened food return"),
    ],
    # 12 Accra, cousin in Lyon (EU)
    [
        ("chale, my cousin in lyon got the vase but its cracked right across the bottom, what do we do",
         F(DAMAGED) + " — sorry; within 14 days of delivery, order number + photo of item and packaging; free "
         "replacement or full refund, no cost to send it back ('chale' = friend/mate, Ghanaian)",
         "asking her to pay the return; no apology"),
        ("and the candle holders in the same box she doesnt like them, how does she get those to you",
         F(HOWRETURN) + " — My account > Orders > Return items (guest: Returns page with order number + e-mail), "
         "label by e-mail, any post office or drop-off; free within the EU",
         "treating it as new unclear; the damaged route for unwanted items"),
        ("she has no way to print it at home",
         F(LABEL) + " — choose the QR code option, the post office prints the label",
         "treating it as new unclear"),
    ],
    # 13 first language Hindi, Singapore, daughter in Dublin (EU)
    [
        ("namaste, my daughter is in dublin for her masters. she returned 2 of the 3 things from her order but "
         "the money back is less than i calculated, the delivery charge is not given back, why so?",
         F(PARTIAL) + " — original shipping is refunded only when the whole order comes back; the refund e-mail "
         "lists what was refunded",
         "promising the shipping back"),
        ("ok understood. also she is fed up with all your promo mails",
         F(UNSUB) + " — Unsubscribe link or untick Newsletter in My account > Preferences, up to 48 h; order "
         "e-mails still come",
         "treating it as new unclear; saying all e-mails stop"),
        ("and her login is her college email which will finish in june, how to put her gmail",
         F(CHEMAIL) + " — My account > Account details > Change email, current password, confirm link sent to the "
         "new address; order history stays",
         "treating it as new unclear; suggesting a new account"),
        ("thank you ji, bye",
         "Small talk: thanks + goodbye ('ji' = a Hindi politeness suffix) — short friendly close",
         SMALL),
    ],
    # 14 first language Arabic, Kuala Lumpur, brother in Paris (EU)
    [
        ("salam, i want to order for my brother in paris but i forget my password. and how it works to order, i "
         "never buy online before",
         BOTH(RESETPW, ORDER) + " — Sign in > Forgot password, link valid 1 hour (check spam after 10 min); "
         "basket > Checkout (guest or signed in), address and payment, Place order, confirmation e-mail; Paris is "
         "EU so it can be shipped",
         HALF + "; saying Malaysia is the delivery country"),
        ("maybe better i give him a gift card, he choose himself. i can pay it with apple pay?",
         BOTH(GIFTCARD, PAYMETHODS) + " — digital gift cards €10-200 by e-mail on a chosen date, valid 2 years; "
         "Apple Pay accepted",
         HALF),
        ("after that i want you to forget all my details, i dont use the site",
         F(DELETE) + " — My account > Privacy > Delete account or e-mail; data deleted within 30 days, order and "
         "invoice records kept; open orders must be completed first",
         "treating it as new unclear; deleting at once"),
    ],
]

write_plan("en", convs)
