"""English plan for test set 26 (sample shop Northwind Goods). Run: python3 en.py"""
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
    # 1 Northern Ireland, Belfast
    [
        ("hiya, whats the postage to belfast and will there be customs to pay on top? never sure since brexit",
         BOTH(Q[6], Q[13]) + " — UK standard £4.95, free over £45; no customs on UK orders (shipped from a UK "
         "warehouse)",
         "only one half with no pointer to the other; saying Northern Ireland is not shipped to"),
        ("what if i need it by friday",
         F(Q[9]) + " — express to the UK £11.95, 1-2 business days if ordered before 1 pm CET on a business day",
         "the standard delivery time alone with no word on express; treating it as a new unclear question; "
         "promising Friday"),
        ("grand. its for my mums birthday, can you wrap it and leave the price off?",
         F(Q[14]) + " — Gift options at checkout, €3.50 per item, free message; prices are left off the packing "
         "slip",
         "the gift-card entry; saying the price always shows"),
        ("sound, thanks very much, bye",
         "Small talk: acknowledgement + thanks + goodbye ('sound' = fine, Northern Irish/Irish) — short friendly "
         "close",
         "an FAQ answer; a handover; choices"),
    ],
    # 2 South Africa, Johannesburg (sending to a sister in London)
    [
        ("hi, i have a query about an order i placed",
         "Too vague to answer — choices among the order entries (change, cancel, where is my order, confirmation "
         "email) or a clarifying question",
         "a handover; one entry given as certain"),
        ("i picked the double duvet cover for my sister in london but she needs a king, can i fix that before it "
         "goes out?",
         TYPE + F(Q[2]) + " — within 1 hour and before packing: My account > Orders > Edit order, or contact with "
         "the order number; once packed, return after delivery",
         "the exchange entry alone; the change-address entry; tapping a choice"),
        ("i did it about 20 min ago. and i never got a confirmation mail, did it even go through?",
         BOTH(Q[2], Q[5]) + " — 20 min is inside the 1-hour window if not yet packed; check spam/promotions, then "
         "My account > Orders: if the order is listed it went through and the confirmation can be resent",
         "only one half with no pointer; the payment-failed entry"),
        ("ag man, is this a bot? id rather chat to a real person, even if its just now",
         "Small talk: are you a bot + Request for a person (dialect, South African: 'ag man' = oh well, 'just "
         "now' = in a little while) — honestly an automated assistant, and hand over",
         "claiming to be a person; no handover; " + PW),
    ],
    # 3 Scotland, Inverness
    [
        ("hiya, need to ask about a return",
         "Too vague to answer — choices among the return and refund entries (return policy, how to return, label, "
         "refund time, partial refund) or a clarifying question",
         "a handover; one entry given as certain"),
        ("naw, none of them",
         TYPE + "Typed rejection ('naw' = no, Scots) — apologise and ask what exactly; no handover yet",
         "the same choices again; a handover straight away"),
        ("sent back 2 of the 4 towels i got and the money came through but its about a fiver short",
         F(Q[22]) + " — original shipping is only refunded when the whole order is returned (UK standard "
         "shipping £4.95 = the fiver); the refund email lists what was refunded; contact if it looks wrong",
         "the refund-time entry alone; the charged-twice entry; 'not covered'"),
        ("do you do made to measure curtains? the windows in our flat are an odd size",
         "Not covered by the FAQ (no made-to-measure service) — say so honestly, offer a person",
         "the exchange entry (different size); inventing a service or a price"),
    ],
    # 4 the US: Austin, Texas
    [
        ("bought a cast iron skillet monday and it still hasnt budged from your warehouse, whats the deal",
         F(Q[4]) + " — dispatched within 1-2 business days; the tracking link works once the carrier scans the "
         "parcel; contact if no update for more than 5 business days",
         "the lost-parcel entry; the warranty entry (cast iron); the physical-store entry (warehouse)"),
        ("ok but you didnt answer me. will it get here before thursday? my in-laws are coming",
         "Push-back (first time) — apologise; no promise possible: US standard 5-8 business days after dispatch "
         "(" + F(Q[7]) + "); offer a person",
         "repeating the tracking answer unchanged; no apology; promising Thursday"),
        ("unreal. put me through to an actual human right now",
         "Push-back (second time in a row) + Request for a person (direct, annoyed) — apologise, hand over",
         PW),
        ("hello?? anybody there",
         WAIT + WAITING,
         "a new greeting as if the chat had just started; an FAQ answer"),
    ],
    # 5 Canada: Vancouver
    [
        ("hey, can i get stuff delivered to vancouver bc?",
         F(Q[8]) + " — no: EU, UK and US only, Canada is not shipped to for now",
         "saying yes; the shipping-cost entry alone"),
        ("ok and if i have it sent to a buddy in seattle, how many days are we looking at",
         F(Q[7]) + " — dispatched in 1-2 business days, then 5-8 business days to the US (US shipping $6.95, free "
         "over $60 may be added)",
         "the Canada answer again; the express entry alone"),
        ("can someone just phone me about it? 604 555 0139, mornings pacific time",
         "Request for a person (callback with number) — hand over / pass on the callback request",
         "only the shop's phone numbers without taking the request; " + PW),
        ("how long does that usually take",
         WAIT + WAITING,
         "delivery times; inventing a wait time"),
    ],
    # 6 New Zealand, living in London, England
    [
        ("kia ora, the bamboo bath mat you sell is 6 pounds cheaper on amazon, can you do the same?",
         F(Q[39]) + " — identical new item from a major online retailer that ships to your country, delivery "
         "included; send the link before buying or within 7 days of the order",
         "a flat no; the discount-code entry"),
        ("its sold by amazon itself, not some third party",
         F(Q[39]) + " — Amazon selling itself is a major retailer, not a marketplace seller, so it can be matched "
         "if the item is identical and new; send the link",
         "saying marketplace sellers are excluded as if this were one; treating it as unclear"),
        ("choice. is there somewhere in london i can see it before i buy?",
         F(Q[40]) + " — online only, no store; the warehouse in Leipzig has no pickup ('choice' = great, NZ)",
         "inventing a London shop; the return-policy entry"),
        ("sweet as, ta heaps, see ya",
         "Small talk: acknowledgement + thanks + goodbye ('sweet as' = great, 'ta heaps' = thanks a lot, NZ) — "
         "short friendly close",
         "an FAQ answer; a handover; choices"),
    ],
    # 7 India: from Chennai, studying in Milan
    [
        ("Hello, I am from Chennai, doing my masters in Milan now. First time buying from you, must I register "
         "or can I simply buy?",
         F(Q[33]) + " — Continue as guest at checkout; order emails, tracking and returns with order number and "
         "email",
         "the create-account entry alone; the place-order entry alone"),
        ("my visa from SBI is not going through, tried 3 times",
         F(Q[24]) + " — check card details, billing address and expiry, bank block or 3D Secure in the bank app; "
         "try PayPal; no money has been taken",
         "the payment-methods entry alone; the charged-twice entry"),
        ("Done with paypal. By when will it reach Milan? Also I am shifting to a new flat next week, can the "
         "address be changed?",
         BOTH(Q[7], Q[12]) + " — dispatched in 1-2 business days, then 2-4 business days in the EU; before "
         "packing: Edit order or contact, after shipping a carrier redirect ('shifting' = moving house)",
         "only one half with no pointer; the express entry alone"),
    ],
    # 8 Nigeria, living in Manchester, England
    [
        ("I am very upset. The table lamp I ordered came today with the shade crushed and the base in two. "
         "This is not acceptable at all",
         F(Q[11]) + " — apologise; contact within 14 days with order number and photos of item and packaging; "
         "free replacement or full refund, nothing to pay to send it back",
         "no apology; the return-policy entry (30 days, unused items); the warranty entry"),
        ("And on top of that your people collected the money 2 times from my card for this same order!",
         F(Q[25]) + " — often a temporary authorisation released within 3-5 business days; if both are still "
         "completed, send order number and a statement screenshot and the duplicate is refunded",
         "the partial-refund entry; the payment-failed entry"),
        ("Ok. Until what time is your customer care working on weekdays? I prefer to talk to them on phone",
         BOTH(Q[35], Q[36]) + " — Monday to Friday 9:00-18:00 CET (Saturday 10:00-14:00); UK +44 20 7946 0123",
         "only one half with no pointer; a handover instead of the hours and number"),
    ],
    # 9 Singapore, living in Copenhagen
    [
        ("hi, 15 min ago i checked out 2 storage baskets but my wife already bought the same ones lah. dont "
         "need them anymore, can make sure they dont get sent out?",
         F(Q[3]) + " — free until packed (usually within 1 hour): My account > Orders > Cancel order, or email "
         "the order number; do not claim it is cancelled",
         "'your order has been cancelled'; the change-order entry alone; the return-policy entry alone"),
        ("yes pls",
         "Ambiguous yes — acknowledge or ask what it refers to; never claim a cancellation",
         "confirming a cancellation"),
        ("and if its already packed then how? the money will go back to my card or become store credit?",
         BOTH(Q[3], Q[21]) + " — once shipped: refuse the delivery or return it within 30 days; refunds always go "
         "back to the original payment method",
         "only one half with no pointer; saying store credit"),
    ],
    # 10 first language Turkish, living in Vienna
    [
        ("Hello, I bought glass set 10 days ago but I change my mind, I can give back? How I do it?",
         BOTH(Q[15], Q[16]) + " — within 30 days, unused, original packaging, free in the EU; My account > "
         "Orders > Return items, label by email, drop at a post office",
         "only one half with no pointer; the damaged-item entry"),
        ("The email with the paper for the post office I cannot find anywhere",
         F(Q[17]) + " — the label PDF is emailed when the return is registered; check spam or download it again "
         "from the return in the account; QR code option without a printer",
         "the confirmation-email entry; the return-policy entry again"),
        ("After they receive, in how many days money comes back to me?",
         F(Q[20]) + " — checked within 3 business days, then usually 5-7 business days depending on the bank; "
         "email when issued",
         "the refund-method entry alone; the delivery-time entry"),
    ],
    # 11 first language Portuguese, living in Luxembourg
    [
        ("Bom dia, I have a code from your newsletter, 10% off, but the site says is not valid. why?",
         F(Q[28]) + " — typed exactly, not expired, minimum spend; not on sale items or with other offers; one "
         "code per order; send the code to be checked",
         "the unsubscribe entry (newsletter); the gift-card entry"),
        ("is for the tablecloth that already have 30% off",
         F(Q[28]) + " — most codes can't be used on sale items or combined with other offers",
         "the price-match entry; treating it as unclear"),
        ("ok thanks. and I want also a gift card for my friend, she can use it on anything? and please no more "
         "newsletter for me",
         BOTH(Q[27], Q[34]) + " — digital gift cards €10-200, valid 2 years, any product; Unsubscribe link or "
         "untick Newsletter under My account > Preferences, up to 48 hours",
         "only one half with no pointer; the delete-account entry"),
    ],
    # 12 first language German, living in Hamburg
    [
        ("Hallo, I want to order the electric kettle. How long is the guarantee and can I pay later with Klarna?",
         BOTH(Q[37], Q[23]) + " — electrical appliances 3 years (2 years in general); Klarna pay later or in 3 "
         "instalments (EU and UK)",
         "only one half with no pointer; the return-policy entry (30 days)"),
        ("also when it breaks after 2,5 years?",
         F(Q[37]) + " — still covered: 3 years for electrical appliances against manufacturing defects, not wear "
         "and tear or misuse ('when' = if, German 'wenn')",
         "saying only 2 years; the return-policy entry; treating it as unclear"),
        ("By the way, do you know if the S-Bahn is on strike tomorrow?",
         "Not covered by the FAQ (unrelated) — short honest reply",
         "the delivery-time entry; any FAQ entry"),
        ("Ok. The coffee beans I opened taste bad, can I give them back? And the kettle, if the colour is not "
         "nice at home, can I change to black?",
         BOTH(Q[19], Q[18]) + " — opened food can't be returned (only if faulty); exchange: start a return and "
         "choose Exchange, new colour shipped free",
         "only one half with no pointer; the damaged-item entry alone"),
    ],
    # 13 first language Vietnamese, living in Prague
    [
        ("hello, I want buy the bamboo steamer but it say sold out. when you have again?",
         F(Q[38]) + " — usually restocked within 2-6 weeks; Notify me on the product page",
         "the delivery-time entry; inventing a date"),
        ("can I pay now and you post it to me when you have?",
         F(Q[38]) + " — no pre-orders and no reserving of out-of-stock items; use Notify me",
         "saying yes; the place-order entry"),
        ("ok thank you. other thing, my parcel from last month, tracking say delivered but I never get it. and "
         "how I make an account for next time?",
         "Thanks + " + BOTH(Q[10], Q[29]) + " — check neighbours and reception, then contact with the order "
         "number (investigation, replacement or refund after 7 business days); person icon > Create account",
         "only one half with no pointer; the where-is-my-order entry alone"),
    ],
    # 14 first language Russian, living in Riga
    [
        ("Good day. I bought 6 pillows for our office. For accounting I need document with our firm details, "
         "where I get it?",
         F(Q[26]) + " — VAT invoice with the shipping confirmation and under My account > Orders > Download "
         "invoice; company name or VAT number: contact within 30 days for a corrected invoice",
         "the order-confirmation entry; the place-order entry"),
        ("Also I cannot enter in my account, password not accepted. And I want change email there to my work "
         "email",
         BOTH(Q[30], Q[31]) + " — Sign in > Forgot password, link valid 1 hour; My account > Account details > "
         "Change email, confirm from the new address",
         "only one half with no pointer; the create-account entry"),
        ("My colleague asks how to buy from you, she never did shopping in internet",
         F(Q[1]) + " — basket > Checkout, as guest or signed in, address and payment, Place order; confirmation "
         "email within minutes",
         "the create-account entry alone; the payment-methods entry"),
        ("Thank you. Last question: later I want remove my profile completely, how?",
         "Thanks + " + F(Q[32]) + " — My account > Privacy > Delete account or email; data deleted within 30 "
         "days; open orders and returns must be completed first",
         "the unsubscribe entry; only a thanks reply"),
    ],
]

write_plan("en", convs)
print("en: %d conversations, %d turns" % (len(convs), sum(len(c) for c in convs)))
