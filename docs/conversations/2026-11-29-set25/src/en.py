"""English plan for test set 25 (sample shop Northwind Goods). Run: python3 en.py"""
import csv
import os
import shutil

from common_a import BOTH, F, OUT, TYPE, WAIT, write_plan

SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "main", "db", "sample-faq.csv")
shutil.copyfile(SAMPLE, os.path.join(OUT, "en-faq.csv"))
with open(SAMPLE, newline="", encoding="utf-8") as f:
    Q = [None] + [r["question"] for r in csv.DictReader(f)]  # Q[1] .. Q[40]

PW = "another FAQ answer or choices instead of the handover; asking the customer to rephrase"
WAITING = ("Waiting: reassure that the message is with a person and someone will reply; no FAQ answer, "
           "no invented wait time")

convs = [
    # 1 Wales, Cardiff
    [
        ("hiya, what do you charge to send stuff to cardiff? and how many days till it gets here",
         BOTH(Q[6], Q[7]) + " — UK standard £4.95, free over £45; dispatched in 1-2 business days, then 3-5 "
         "business days to the UK",
         "only one half with no pointer to the other; the express entry alone"),
        ("and the quick option?",
         F(Q[9]) + " — express to the UK £11.95, 1-2 business days if ordered before 1 pm CET on a business day",
         "treating it as a new unclear question; the standard price again"),
        ("its a present for my nan, can you wrap it up nice? or is there a shop in cardiff i could grab it from",
         BOTH(Q[14], Q[40]) + " — Gift options at checkout, €3.50 per item, free message up to 200 characters; "
         "online only, no store and no pickup",
         "only one half with no pointer; the gift-card entry; inventing a Cardiff shop"),
        ("lovely, diolch, ta ra",
         "Small talk: thanks + goodbye (Welsh 'diolch' = thanks, 'ta ra' = bye) — short friendly close",
         "an FAQ answer; a handover; choices"),
    ],
    # 2 Scotland, Aberdeen
    [
        ("got a problem with my account",
         "Too vague to answer — choices among the account entries (password, change email, create, delete) or a "
         "clarifying question",
         "a handover; one entry given as certain"),
        ("cant get in, tried my password 4 times and it just keeps saying wrong",
         TYPE + F(Q[30]) + " — Sign in > Forgot password, link valid 1 hour; check spam if nothing after 10 min",
         "the create-account entry; the delete-account entry; tapping a choice"),
        ("got in now. can i swap the mail it sends to, i use a different one these days",
         F(Q[31]) + " — My account > Account details > Change email, current password, confirm the link sent "
         "to the new address",
         "the unsubscribe entry; the password entry again"),
        ("is this a machine ah'm talkin tae? ah'd rather hae a real body, ken",
         "Small talk: are you a bot + Request for a person (dialect, Scots) — say honestly it is an automated "
         "assistant and hand over",
         "claiming to be a person; ignoring the request; " + PW),
    ],
    # 3 Ireland, Galway
    [
        ("hi there, quick one about my money",
         "Too vague to answer — choices among refund/payment entries (refund time, where the refund goes, "
         "payment failed, charged twice) or a clarifying question",
         "a handover; one entry given as certain"),
        ("no thats not it at all",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again unchanged; a handover straight away"),
        ("sent back a jug 2 weeks ago and still nothing back on my card",
         F(Q[20]) + " — checked within 3 business days after it arrives, then 5-7 business days at the bank; "
         "an email when issued",
         "the where-is-my-order entry; the charged-twice entry"),
        ("do you do wedding lists by any chance? my sister is getting married in june",
         "Not covered by the FAQ (no wedding list / gift registry) — say so honestly; may mention gift cards; "
         "offer a person",
         "the gift-wrapping entry as if it answered; inventing a wedding list service"),
    ],
    # 4 US, Denver, Colorado
    [
        ("bought a dutch oven last week and the thing still says label created, no movement. whats going on",
         F(Q[4]) + " — tracking becomes active once the carrier scans the parcel; dispatch 1-2 business days; "
         "contact if no update for more than 5 business days",
         "the return-label entry; the lost-parcel entry stated as certain"),
        ("thats not what i asked. i need it by saturday for a cookout, is it gonna make it or not",
         "Push-back (first time) — apologise; no promise possible: US standard 5-8 business days after dispatch "
         "(" + F(Q[7]) + "), estimated date in the shipping confirmation; offer a person",
         "repeating the same tracking answer unchanged; no apology; promising Saturday"),
        ("this is useless. get me someone who actually works there",
         "Push-back (second time in a row) + Request for a person (direct, annoyed) — apologise, hand over",
         PW),
        ("still here. anyone?",
         WAIT + WAITING,
         "a new greeting as if the chat had just started; an FAQ answer"),
    ],
    # 5 Canada, Toronto
    [
        ("hey, do you guys deliver to ontario?",
         F(Q[8]) + " — EU, UK and US only; Canada is not shipped to at the moment",
         "saying yes; the shipping-cost entry; the delivery-time entry"),
        ("ok what if i get it sent to my sister in buffalo instead, is there extra tax on top for that",
         F(Q[13]) + " — US orders under $800 normally have no import duties; larger ones paid on delivery",
         "'not covered'; inventing Canadian duties; the VAT-invoice entry"),
        ("can someone just call me, 416 555 0187, after 5 eastern",
         "Request for a person (callback with number) — hand over / pass on the callback request",
         "only the shop's phone numbers without taking the request; " + PW),
        ("how long does this usually take",
         WAIT + WAITING,
         "the delivery-time or refund-time entry; inventing a time"),
    ],
    # 6 Australia, living in Bristol
    [
        ("g'day! found the same linen sheets for 20 quid less on another site, will you do that price?",
         F(Q[39]) + " — identical item sold new by a major online retailer shipping to the UK, incl. delivery; "
         "send the link before buying or within 7 days",
         "the discount-code entry; a flat no"),
        ("its on ebay from some bloke tho",
         F(Q[39]) + " — marketplace sellers are excluded, so no match",
         "treating it as unclear; saying it will be matched"),
        ("no worries, i'll just get her a voucher then, how long are they good for",
         F(Q[27]) + " — digital gift cards €10-€200, by email on the chosen date, valid 2 years",
         "the discount-code entry; the price-match answer again"),
        ("sweet, cheers mate, hooroo",
         "Small talk: acknowledgement + thanks + goodbye ('hooroo' = bye, Australian) — short friendly close",
         "an FAQ answer; a handover; choices"),
    ],
    # 7 India, Bengaluru, sending a gift to Frankfurt
    [
        ("Hello sir, I am in Bengaluru and want to send a gift to my brother in Frankfurt. You deliver to "
         "Germany? And do I need to register first?",
         BOTH(Q[8], Q[33]) + " — Germany yes (all EU states); no account needed, Continue as guest",
         "only one half with no pointer; saying India is shipped to; the create-account entry alone"),
        ("tried 2 times, it is showing transaction not completed",
         F(Q[24]) + " — check card details, billing address, 3D Secure in the bank app; try PayPal; no money "
         "taken if it failed",
         "the charged-twice entry; 'not covered'"),
        ("ok paypal worked, money is gone from my account but no mail came from your side",
         F(Q[5]) + " — arrives within 15 min, check spam/promotions; as a guest contact with payment date and "
         "amount if nothing",
         "the charged-twice entry; claiming the order failed"),
    ],
    # 8 Kenya, living in London
    [
        ("This is not okay. You have debited me two times for one order of cushions, 38 pounds each time!!",
         F(Q[25]) + " — apologise; often a temporary authorisation released in 3-5 business days; if both stay "
         "completed, send order number and statement screenshot, duplicate refunded",
         "no apology; the payment-failed entry; a handover without the answer"),
        ("and one of the covers has a big rip in the seam straight out of the box",
         F(Q[11]) + " — within 14 days with order number and photo; free replacement or full refund, no cost "
         "to send it back",
         "the return-policy entry alone; the warranty entry"),
        ("fine. whats your uk number and are you open on sunday",
         BOTH(Q[36], Q[35]) + " — +44 20 7946 0123; Mon-Fri 9-18, Sat 10-14 CET, so closed on Sunday",
         "only one half with no pointer; a handover"),
    ],
    # 9 Philippines, Cebu, working in Dublin
    [
        ("good evening po! i checked out a blender like 10 min ago but turns out my flatmate already has one, "
         "can you hold it back so it doesnt ship",
         F(Q[3]) + " — free until packed (usually within 1 hour): My account > Orders > Cancel order or email the "
         "order number; do not claim it is cancelled",
         "'your order has been cancelled'; the change-order entry alone; the return entry alone"),
        ("yes",
         "Ambiguous yes — acknowledge or ask what it refers to; never claim a cancellation",
         "confirming a cancellation; an FAQ answer picked at random"),
        ("if it already left, can i just say no to the courier? and the money goes back to my card right",
         BOTH(Q[3], Q[21]) + " — refuse the delivery or return it within 30 days (" + F(Q[15]) + " is fine "
         "for that half); refunds go to the original payment method",
         "only one half with no pointer; the refund-time entry alone"),
    ],
    # 10 first language Polish, living in Leeds
    [
        ("Good morning, I want buy for my mother kettle but it is not available, when you will have again?",
         F(Q[38]) + " — usually restocked in 2-6 weeks; Notify me on the product page",
         "the warranty entry; the delivery-time entry"),
        ("Can you keep one for me when it come?",
         F(Q[38]) + " — no pre-orders or reservations; Notify me instead",
         "saying yes; treating it as unclear"),
        ("Other thing: parcel with candles say delivered on friday but nothing at my door, neighbours also no",
         F(Q[10]) + " — neighbours and reception checked, so contact with order number; investigation with the "
         "carrier, replacement or refund if not found within 7 business days",
         "the where-is-my-order entry alone; the damaged entry"),
    ],
    # 11 first language Arabic, living in Berlin
    [
        ("Hello, where I find the bill with tax for my work, and can I pay in 3 parts?",
         BOTH(Q[26], Q[23]) + " — VAT invoice with the shipping confirmation and under My account > Orders > "
         "Download invoice; Klarna in 3 instalments (EU/UK)",
         "only one half with no pointer; the discount-code entry"),
        ("The order was 3 weeks ago, is it too late to add the name of my firm?",
         F(Q[26]) + " — within 30 days a corrected invoice is issued, so it is not too late",
         "the change-order entry (1 hour); saying it is too late"),
        ("ok shukran. and i ordered a lamp 10 min ago, can i still put a second one in it?",
         F(Q[2]) + " — changes within 1 hour if not packed: My account > Orders > Edit order or contact us; may "
         "acknowledge the thanks",
         "the cancel entry; 'it can't be changed'; only a goodbye"),
    ],
    # 12 first language Spanish, living in Seville
    [
        ("Hola, i have a code of 15% but the page says not valid, and the rug it is possible wrap as gift?",
         BOTH(Q[28], Q[14]) + " — check spelling, expiry, minimum spend, one code per order; gift wrapping is "
         "not available for oversized items such as rugs",
         "only one half with no pointer; saying the rug can be wrapped"),
        ("is because the rug is in sale?",
         F(Q[28]) + " — most codes cannot be used on sale items; send the code to be checked",
         "the price-match entry; treating it as unclear"),
        ("who play tonight, betis or sevilla?",
         "Not covered by the FAQ (unrelated) — short honest reply",
         "any FAQ entry; choices; a handover"),
        ("ok. and the lamp, if i dont like colour at home i can change? and the cushion with my initials also?",
         BOTH(Q[18], Q[19]) + " — exchange for another colour via a return with reason Exchange, free; "
         "personalised items cannot be returned",
         "only one half with no pointer; saying the personalised cushion can be returned"),
    ],
    # 13 first language Chinese, living in Rotterdam
    [
        ("hello, first time buying here. how I buy the things, and can I pay with iDEAL?",
         BOTH(Q[1], Q[23]) + " — basket, Checkout, guest or sign in, Place order; iDEAL available in the "
         "Netherlands",
         "only one half with no pointer; the create-account entry"),
        ("I paid but the house number I wrote is not correct, 42 not 24",
         F(Q[12]) + " — before packing: My account > Orders > Edit order or contact us; after shipping a "
         "carrier redirect",
         "the change-order entry without the address; the cancel entry"),
        ("thank you. and how I make account so next time is faster? also I want stop the promo emails",
         BOTH(Q[29], Q[34]) + " — person icon > Create account, or from the link in the confirmation email; "
         "Unsubscribe link or My account > Preferences, up to 48 hours",
         "only one half with no pointer; the delete-account entry"),
    ],
    # 14 first language Italian, living in Munich
    [
        ("Buongiorno, I sent back 2 cups of a set of 6 but the refund is less, is missing the shipping",
         F(Q[22]) + " — original shipping is refunded only when the whole order is returned; the refund email "
         "lists what was refunded",
         "the refund-time entry alone; the charged-twice entry"),
        ("ok then the other 4 cups also, what are the steps? i have no printer at home",
         BOTH(Q[16], Q[17]) + " — My account > Orders > Return items, label by email, drop-off point; QR code "
         "option without a printer",
         "only one half with no pointer; the exchange entry"),
        ("and the pan i received in march, now the handle moves, it is normal?",
         F(Q[37]) + " — 2-year warranty on manufacturing defects (3 years for cast iron); contact with order "
         "number, description and photo",
         "the return-policy entry (30 days); the damaged-on-arrival entry"),
        ("ok thanks. last thing, after all this i want to delete my profile, how?",
         F(Q[32]) + " — My account > Privacy > Delete account or email; open returns must be completed first; "
         "data deleted within 30 days",
         "the unsubscribe entry; only a thanks reply"),
    ],
]

write_plan("en", convs)
print("en: %d conversations, %d turns" % (len(convs), sum(len(c) for c in convs)))
