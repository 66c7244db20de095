"""English plan for test set 42: the sample shop, customers from many places.
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
NEW = "treating it as new unclear; "

convs = [
    # 1 Dublin (IE, EU)
    [
        ("hiya, want to get an electric kettle for my mam, her birthday is saturday week. how many days does it "
         "take to dublin and can i pay to get it there quicker",
         BOTH(DELTIME, EXPRESS) + " — dispatched in 1-2 business days, then standard 2-4 business days in the "
         "EU (Ireland is EU); express €12.95, 1-2 business days if ordered before 1 pm CET on a business day",
         HALF + "; UK prices or UK delivery times for Dublin"),
        ("can it come in nice paper",
         F(GIFTWRAP) + " — tick Gift options at checkout: recycled-paper wrap €3.50 per item, free message up "
         "to 200 characters, prices left off the packing slip",
         NEW + "saying wrapping is not offered"),
        ("ok. and if it packs in after a year or two?",
         F(WARRANTY) + " — electrical appliances have the extended 3-year warranty against manufacturing "
         "defects (not wear and tear or misuse); claim with order number, description, photo or video",
         NEW + "only the 2-year warranty"),
        ("grand so, thanks a million. bye",
         "Small talk: thanks + acknowledgement + goodbye ('grand' = fine, Irish) — short friendly close",
         SMALL),
    ],
    # 2 Sydney, first language Arabic, sister in Glasgow (UK)
    [
        ("hello, i have question about my order please",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("i write flat 2/1 but my sister in glasgow is flat 3/1, i make the order only 40 minutes before",
         TYPE + F(ADDRESS) + " — not packed yet: My account > Orders > Edit order or contact them; after "
         "shipping a carrier redirect via the tracking link; same country only (a 40-minute-old order may also "
         "be changed within 1 hour)",
         "tapping a choice; asking to rephrase; saying Australia is not shipped to (the parcel goes to the UK)"),
        ("ok done. where i can see when it arrive, and also i never get the mail that say order is ok",
         BOTH(WHERE, CONFIRM) + " — My account > Orders or the tracking link in the shipping e-mail, active "
         "once the carrier scans it; confirmation normally within 15 min: check spam/promotions, then My account "
         "> Orders, resend from there",
         HALF + "; saying the order failed"),
        ("you are computer or real man?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Lagos, brother in Houston (US)
    [
        ("good afternoon, please i have issue with payment",
         "Too vague to answer — choices (failed payment, charged twice, methods...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("no, not any of these ones",
         TYPE + "Typed rejection — apologise and ask what exactly happened; no handover yet",
         "the same choices again; a handover straight away"),
        ("i was buying bedsheets for my brother in houston, first time the site said no so i tried again and "
         "it went thru, but now my bank app shows 2 debits of 64 dollars each",
         BOTH(PAYFAIL, CHARGED2) + " — a failed payment takes no money; the second line is often a temporary "
         "authorisation released in 3-5 business days; if both still completed after that, send order number "
         "+ statement screenshot and the duplicate is refunded",
         "asking to rephrase again; promising an immediate refund as done"),
        ("ok. do you people also send someone to assemble the bed frame for him",
         "Not covered (assembly service at home, near the trade but not offered) — say so plainly; may offer a "
         "person",
         "inventing an assembly service or a price"),
    ],
    # 4 Belfast (UK)
    [
        ("hi there, the floor lamp isnt what i expected at all, how do i go about getting it off to yous and is it "
         "me that pays the postage",
         BOTH(HOWRETURN, RETPOLICY) + " — My account > Orders > Return items, label by e-mail, drop at a post "
         "office/drop-off point; 30 days from delivery, unused, original packaging; returns free in the UK",
         HALF + "; the US $7.95 fee for Belfast"),
        ("naw, i want yous to send a courier to lift it from my house, and knock 10% off my next order for the "
         "hassle",
         "Push-back: apologise; the FAQ has no home collection and no goodwill discount — say what it has (free "
         "UK return, drop-off point) and offer a person",
         "promising a collection or a discount; the same answer again without acknowledging"),
        ("this is a joke so it is. put me on to a real person now, im sick of this",
         "Request: angry + person ('so it is' = Northern Irish emphasis) — apologise briefly and hand over",
         PW),
        ("hello?? anybody there",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5 Chicago (US), first language Polish
    [
        ("this is third time i write!!! tracking not move since 8 days, last scan in indianapolis, i pay for "
         "this and nobody tell me nothing",
         F(LOST) + " — apologise; more than 5 business days without movement: give the order number, an "
         "investigation with the carrier is opened, if not found within 7 business days a replacement or full "
         "refund",
         "no apology; telling them to wait longer; promising the refund as done"),
        ("you know if the pierogi festival in whiting is still this weekend?",
         "Not covered (an unrelated local festival) — say so kindly, back to the shop's topics",
         "an FAQ answer; a handover"),
        ("better somebody call me, 312 555 0187",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the shop's US number instead"),
        ("how long it take? at 3 i go to work",
         WAIT + WAITING,
         "the customer service hours as the answer; an invented wait time"),
    ],
    # 6 Cardiff (UK)
    [
        ("bought a jute rug off you about 15 mins ago and then my partner comes in with the exact same one from "
         "town, we really dont need 2 in a one bed flat, can you call mine off",
         F(CANCEL) + " — free until packed, usually within 1 hour: My account > Orders > Cancel order or e-mail "
         "the order number; if it shipped, refuse it or return it within 30 days; claim nothing as done",
         "claiming it is cancelled; saying it is too late"),
        ("tidy, yeah",
         "Ambiguous yes ('tidy' = good, Welsh English) — ask what they mean or restate the step (Cancel order "
         "in My account); nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("while im here, my mum wants to get me a voucher for christmas instead, how much can she put on it "
         "and can she use paypal",
         BOTH(GIFTCARD, PAYMETHODS) + " — digital gift cards €10-200 by e-mail on a chosen date, valid 2 years; "
         "PayPal accepted (also cards, Apple/Google Pay, Klarna in the UK)",
         HALF),
        ("duw, this is hard work butt. im not being funny but can i have a proper person, not this machine",
         "Request: person in Welsh English ('duw' = God, 'butt' = mate) — hand over to a person",
         PW + "; answering an FAQ"),
    ],
    # 7 Perth, daughter in Cork (IE, EU)
    [
        ("g'day, my daughter just moved to cork for uni and needs a duvet cover, can you send there?",
         F(COUNTRIES) + " — yes, Ireland is in the EU (Australia itself is not shipped to, but the parcel goes "
         "to Cork)",
         "saying no because the customer is in Australia"),
        ("anything extra for her to pay at the door?",
         F(CUSTOMS) + " — no: EU and UK orders have no customs charges",
         NEW + "the US $800 rule"),
        ("good. neither of us has a login with you, how do i actually buy it then",
         BOTH(ORDER, GUEST) + " — add to basket, Checkout, Continue as guest, address + payment, Place order; "
         "order e-mails still come, track/return with order number + e-mail",
         NEW + "saying an account is required"),
    ],
    # 8 Christchurch, first language German, son in Munich (DE, EU)
    [
        ("hello, the grey wool blanket for my son in munich shows sold out since last week. when comes it back?",
         F(STOCK) + " — most items back within 2-6 weeks; Notify me on the product page",
         "a fixed date"),
        ("can you put one aside for me when it comes",
         F(STOCK) + " — no pre-orders or reservations; Notify me sends an e-mail when it is back",
         NEW + "promising to reserve one"),
        ("ok thanks. is there a shop in germany where he can go and look himself",
         F(STORE) + " — online only, no store; the Leipzig warehouse has no pickup; delivery to an address "
         "or parcel locker",
         "inventing a shop or pickup in Leipzig"),
    ],
    # 9 Accra, sister in Rotterdam (NL, EU)
    [
        ("hello please, my sister in rotterdam sent back 2 of the 3 plates on monday, how soon does the money "
         "come",
         F(REFUNDTIME) + " — checked within 3 business days after arrival at the warehouse, then usually 5-7 "
         "business days at the bank; e-mail when issued",
         "a fixed date; 'today'"),
        ("it came but its only for the 2 plates, the delivery fee is not there",
         F(PARTIAL) + " — original shipping is only refunded when the whole order is returned; 2 of 3 "
         "plates is not the whole order; the refund e-mail lists what was refunded",
         NEW + "promising the shipping fee back"),
        ("ok thank you. it goes to her card yes, she paid",
         F(REFUNDWHERE) + " — yes, always back to the original payment method (her card); expired card: the "
         "bank passes it on",
         NEW + "offering another account"),
    ],
    # 10 Kingston (Jamaica), cousin in Brooklyn (US)
    [
        ("wah gwaan, mi send a blender to mi cousin inna brooklyn an di jug reach mash up",
         F(DAMAGED) + " — sorry; within 14 days of delivery send order number + photo of item and packaging; "
         "free replacement or full refund ('reach mash up' = arrived broken, Jamaican)",
         "asking for the item first; no apology"),
        ("does she have to pay to post it back, she has no printer either",
         BOTH(DAMAGED, LABEL) + " — no cost to send the broken item back (not even the US $7.95); no printer: "
         "the QR code option, the post office prints the label",
         HALF + "; deducting the US return fee"),
        ("what number can she call over there",
         F(PHONE) + " — US +1 646 555 0142, local rate, during opening hours; or e-mail/chat",
         "the EU number for New York"),
    ],
    # 11 Singapore, friend in Berlin (DE, EU)
    [
        ("hi, ordering a bag for my friend in berlin, the code WELCOME10 cannot work leh",
         F(DISCOUNT) + " — typed exactly, not expired, minimum spend; mostly not on sale items or gift cards, "
         "one code per order; send the code to be checked ('leh' = Singlish particle)",
         "saying the code is invalid for sure"),
        ("the bag is 30% off already",
         F(DISCOUNT) + " — most codes cannot be used on sale items; send the code if it should",
         NEW + "promising the code works"),
        ("ok nvm. i need a proper tax receipt for my company claim, where",
         F(INVOICE) + " — VAT invoice with the shipping e-mail and under My account > Orders > Download "
         "invoice; company name/VAT number at checkout or within 30 days",
         "no invoice possible"),
    ],
    # 12 Karachi, brother in Manchester (UK)
    [
        ("assalam o alaikum, i bought for my brother in manchester without login, now i want proper account and "
         "also put my new email instead of the old hotmail one",
         BOTH(CREATE, CHEMAIL) + " — create via the link in the confirmation e-mail or the person icon > Create "
         "account; My account > Account details > Change email, current password, confirm via the link to the "
         "new address",
         HALF),
        ("the mail to make new password is not coming",
         F(RESETPW) + " — Sign in > Forgot password with the registered address; link valid 1 hour; after "
         "10 min check spam, else contact",
         NEW + "saying the account is locked"),
        ("also so many promo mails every day, i dont want them anymore",
         F(UNSUB) + " — Unsubscribe link in any newsletter or untick Newsletter under My account > "
         "Preferences; up to 48 hours; order e-mails continue",
         NEW + "deleting the account"),
        ("jazakallah, khuda hafiz",
         "Small talk: thanks + goodbye (Urdu/Arabic loan words: 'thank you', 'goodbye') — short friendly close",
         SMALL),
    ],
    # 13 Vancouver, first language French, sends to Seattle (US)
    [
        ("bonjour, you ship to canada? if not, i can use my po box in seattle, how much is it to there",
         BOTH(COUNTRIES, SHIPCOST) + " — Canada is not shipped to; the US is: free over $60, else $6.95",
         HALF + "; € prices for the US"),
        ("i see the same toaster on another big site 20 dollars less",
         F(PRICEMATCH) + " — identical item, new, major online retailer shipping to the US, incl. delivery; "
         "send the link before buying or within 7 days; not marketplace/clearance/flash deals",
         "refusing; matching without a link"),
        ("ok. when are you there, for me it is pacific time",
         F(HOURS) + " — Mon-Fri 9:00-18:00 CET, Sat 10:00-14:00 CET, i.e. roughly midnight-9:00 on weekdays "
         "Pacific; e-mails outside hours answered next business day",
         "giving the hours as Pacific hours"),
    ],
    # 14 Houston (US), first language Korean
    [
        ("hello, i order bath towels 30 minute ago but i want bigger size, can change?",
         F(CHANGE) + " — within 1 hour and not packed: My account > Orders > Edit order or contact with the "
         "order number",
         "saying no changes possible"),
        ("it say already packed. then when it arrive can i trade them for the large ones",
         F(EXCHANGE) + " — return, choose Exchange, pick the size; new item shipped free once the return is "
         "scanned; refund if out of stock",
         NEW + "charging the US return fee for an exchange"),
        ("and the candle from same order i open it already, i dont like smell, also ok to return?",
         F(NONRETURN) + " — opened candles are not on the non-returnable list (that is opened food/drink, "
         "personalised, opened beeswax wraps/sponges, gift cards), but the return policy wants items unused: "
         "a used candle may not qualify; invite contact",
         "saying candles are never returnable; saying yes with no caveat"),
        ("ok thank you. after all this finish please remove my account",
         F(DELETE) + " — My account > Privacy > Delete account or e-mail from the linked address; within 30 "
         "days, legal order/invoice records kept; open orders and returns first",
         "saying it is deleted now"),
    ],
]

write_plan("en", convs)
