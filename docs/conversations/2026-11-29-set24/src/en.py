"""English plan for test set 24 (sample shop Northwind Goods). Run: python3 en.py"""
import csv
import os
import shutil

from common_a import AFTER, BOTH, F, OUT, TYPE, WAIT, write_plan

SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "db", "sample-faq.csv")
shutil.copyfile(SAMPLE, os.path.join(OUT, "en-faq.csv"))
with open(SAMPLE, newline="", encoding="utf-8") as f:
    Q = [None] + [r["question"] for r in csv.DictReader(f)]  # Q[1] .. Q[40]

PERSON_WRONG = "another FAQ answer or choices instead of the handover; asking the customer to rephrase"
WAITING = ("Waiting: reassure that the message is with a person and someone will reply; no FAQ answer, "
           "no invented wait time")

convs = [
    # 1 England, Manchester; first language Turkish
    [
        ("hello, i want buy the big green vase but where i pay? and the post is how much, i am in manchester",
         BOTH(Q[1], Q[6]) + " — basket, Checkout (guest or sign in), Place order; UK standard shipping £4.95, "
         "free over £45",
         "only one half with no pointer to the other; payment methods list; express shipping"),
        ("i did it but no email is coming. it worked or not??",
         F(Q[5]) + " — check spam (arrives within 15 min), check My account > Orders; if listed it went through",
         "the order-status/tracking entry; claiming the order failed; a handover first"),
        ("and if it come destroyed?",
         F(Q[11]) + " — contact within 14 days with order number and photo; free replacement or full refund",
         "the general return policy only (30 days, unused); the warranty entry"),
        ("ok thank you very much, bye",
         "Small talk: thanks + goodbye — short friendly close",
         "an FAQ answer; a handover; choices"),
    ],
    # 2 Scotland, Glasgow
    [
        ("question about sending stuff back",
         "Too vague to answer — choices among the return entries (policy, how to return, label, exchange) or "
         "a clarifying question",
         "a handover; a single confident answer picked at random"),
        ("the trousers are too long on me, can i just get a shorter leg instead of my money back",
         TYPE + F(Q[18]) + " — start a return, choose Exchange, pick the other size; free; refund if out of stock",
         "the refund-time entry; the return-policy entry without the exchange option; tapping a choice"),
        ("and the label? theres no printer in the flat",
         F(Q[17]) + " — label is emailed when the return is registered; choose the QR code option, the post "
         "office prints it",
         "'we can't help without a printer'; the how-to-return entry without the QR code"),
        ("is this a bot? gonnae just put me through tae an actual person",
         "Small talk: are you a bot + Request for a person (dialect) — say honestly it is an automated "
         "assistant and hand over",
         "denying being a bot; ignoring the request; " + PERSON_WRONG),
    ],
    # 3 Ireland, Cork; first language Portuguese
    [
        ("hello i have a problem with money",
         "Too vague to answer — choices (refund time, partial refund, payment failed, charged twice) or a "
         "clarifying question",
         "a handover; one payment entry given as if it were certain"),
        ("no is not this",
         TYPE + "Typed rejection — apologise and ask what the money problem is (or offer other "
         "topics); no handover yet",
         "repeating the same choices or the same answer; a handover straight away"),
        ("i send back a jumper 2 weeks ago and still nothing arrive in my card",
         F(Q[20]) + " — checked within 3 business days of arrival, then 5-7 business days to show; email when "
         "issued",
         "the how-to-return entry; the where-will-my-refund-be-sent entry alone; a handover"),
        ("other thing, is possible you assemble the shelf when you deliver?",
         "Not covered by the FAQ (no assembly service) — say so honestly, offer a person",
         "the delivery-time or express entry; inventing an assembly service or a price"),
    ],
    # 4 US, Columbus, Ohio
    [
        ("bought some stuff last tuesday and its still not here. wheres it at",
         F(Q[4]) + " — My account > Orders or the tracking link; dispatch 1-2 business days; contact if no "
         "update for 5 business days",
         "the lost-parcel entry as if it were certain; a handover first"),
        ("thats not what i asked. i asked WHEN it gets here, not how to track it",
         "Push-back (first time) — apologise; US standard delivery is 5-8 business days after dispatch "
         "(delivery-time entry), or ask for details / offer a person",
         "repeating the tracking answer word for word; no apology"),
        ("are you kidding me. get me a real person",
         "Push-back (second time in a row) + Request for a person (direct, angry) — apologise, hand over now",
         "another FAQ answer; choices; " + PERSON_WRONG),
        ("hello?? anyone there",
         WAIT + WAITING,
         "a greeting as if the chat had just started; an FAQ answer; a second handover message that "
         "contradicts the first"),
    ],
    # 5 US, San Jose, California; first language Japanese
    [
        ("Good morning. I ordered a teapot 3 days before, but I want to add also the cups in same order. "
         "Is it possible?",
         F(Q[2]) + " — changes only within 1 hour and before packing; after 3 days probably not (new order "
         "for the cups)",
         "promising the cups can be added; the place-an-order entry alone"),
        ("I see. Then is there some place in Los Angeles where I can come and take it myself?",
         F(Q[40]) + " — online only, no store, warehouse in Leipzig without pickup",
         "inventing a store; the delivery-time entry"),
        ("Please can someone call me, my number is 408 555 0199. English is difficult for me in chat",
         "Request for a person (callback with number) — hand over / pass on the callback request; may add "
         "support hours",
         "only the phone-number entry without taking the request; " + PERSON_WRONG),
        ("How long I must wait?",
         WAIT + WAITING,
         "the delivery-time entry (this is about the wait for a person); inventing a time"),
    ],
    # 6 New Zealand, Wellington
    [
        ("kia ora, can you send stuff to nz?",
         F(Q[8]) + " — no: only EU, UK and US",
         "claiming NZ is possible; the shipping-cost entry"),
        ("what about to my sister in london, how long would that take",
         BOTH(Q[8], Q[7]) + " — UK yes; dispatch 1-2 business days, then 3-5 business days to the UK",
         "saying no again; the express entry only"),
        ("bugger. ok cheers anyway",
         "Small talk: acknowledgement + thanks — short friendly reply",
         "an FAQ answer; a handover"),
    ],
    # 7 South Africa, living in London
    [
        ("this is the second time!! tracking says dropped off at 11:04 and there is NOTHING at my gate. i "
         "want answers",
         F(Q[10]) + " — apologise; check neighbours/reception, contact with order number, investigation with "
         "the carrier, replacement or refund if not found within 7 business days",
         "the where-is-my-order entry; no apology; a handover before answering"),
        ("the neighbours have nothing, i asked already. so now i just sit and wait 7 days??",
         F(Q[10]) + " — send the order number, the investigation starts; replacement or full refund after 7 "
         "business days; may offer a person",
         "repeating 'check with neighbours' as the main advice; the delivery-time entry"),
        ("ag man. if i just order it again now-now, how much to get it there by friday?",
         F(Q[9]) + " — express £11.95 in the UK, 1-2 business days if ordered before 1 pm CET on a business day",
         "the standard shipping-cost entry only; the lost-parcel entry again"),
    ],
    # 8 Nigeria, Lagos (ordering for a cousin in Houston)
    [
        ("good afternoon pls my card from nigeria keeps saying declined, what do i do",
         F(Q[24]) + " — check details and 3D Secure in the bank app, try PayPal; no money was taken",
         "the payment-methods list alone; the charged-twice entry"),
        ("ok paypal worked. will my cousin in houston be asked for money at the door?",
         F(Q[13]) + " — US orders under $800 normally have no import duties; above that the customer pays",
         "the shipping-cost entry; the payment entries"),
        ("i put his old address by mistake, he moved to katy last month. can u change it and also wrap it "
         "with a card saying happy birthday",
         BOTH(Q[12], Q[14]) + " — edit under My account > Orders before packing, or contact us; gift wrap "
         "€3.50 per item, free message up to 200 characters",
         "only one half with no pointer; the gift-card entry"),
    ],
    # 9 Philippines, working in Birmingham
    [
        ("hi po, i clicked buy on the rice cooker by accident this morning, i don't need it po. pls dont "
         "send",
         F(Q[3]) + " — free until packed (usually within 1 hour): My account > Orders > Cancel order, or email "
         "the order number; if shipped refuse or return it",
         "claiming the order is now cancelled; the change-order entry"),
        ("yes",
         "Ambiguous yes — acknowledge or ask what the yes refers to; never claim the order was cancelled",
         "'your order has been cancelled'; a handover; an unrelated FAQ answer"),
        ("if its already on the way, is sending it back free and how do i do it",
         BOTH(Q[15], Q[16]) + " — 30 days, free in the UK; My account > Orders > Return items, label by email",
         "only one half with no pointer; the return-label entry alone"),
    ],
    # 10 Pakistan, living in Bradford
    [
        ("assalam o alaikum, i need a proper bill with my company name for the office, the one in the email "
         "has only my name",
         F(Q[26]) + " — add company name/VAT number at checkout or contact within 30 days for a corrected "
         "invoice; download under My account > Orders",
         "the order-confirmation entry; a handover first"),
        ("ordered on 2nd of this month",
         F(Q[26]) + " — (follow-up) within 30 days, so contact us and a corrected invoice is issued",
         "treating it as a where-is-my-order question"),
        ("also my code SAVE10 did not work and now i see 2 payments on my statement for the same order, "
         "what is going on",
         BOTH(Q[28], Q[25]) + " — check the code/minimum spend/one code per order; second charge is often an "
         "authorisation released in 3-5 business days, else send order number and screenshot",
         "only one half with no pointer; the payment-failed entry"),
    ],
    # 11 Jamaica, living in Miami, Florida
    [
        ("wah gwaan, you sell gift cards?",
         F(Q[27]) + " — digital, €10-€200, by email on a chosen date, valid 2 years",
         "the gift-wrapping entry; the discount-code entry"),
        ("can my granny in kingston use it",
         BOTH(Q[27], Q[8]) + " — usable on any product, but orders only go to the EU, UK and US, not Jamaica",
         "a plain yes; the customs entry"),
        ("ok cool, ill get it for my sister in miami then. u take apple pay?",
         "Acknowledgement + " + F(Q[23]) + " — yes, Apple Pay (also Visa, Mastercard, Amex, PayPal, Google Pay)",
         "the gift-card entry again; a handover"),
    ],
    # 12 first language French, living in Brussels
    [
        ("bonjour, i have forgot my password and the link in the mail do not work since yesterday. and i "
         "want to change the mail also, now i use gmail",
         BOTH(Q[30], Q[31]) + " — the link is valid 1 hour, request a new one; change email under My account > "
         "Account details",
         "only one half with no pointer; the unsubscribe entry"),
        ("other thing, every day you send me promotions, i have enough",
         F(Q[34]) + " — unsubscribe link at the bottom, or untick under My account > Preferences; up to 48 h",
         "the delete-account entry; an apology without the steps"),
        ("i found the same lamp 15 euros cheaper on amazon, you can do the same price?",
         F(Q[39]) + " — identical new item from a major online retailer shipping to Belgium, link before "
         "buying or within 7 days; not marketplace sellers",
         "the discount-code entry; a plain no"),
        ("last question, the candle with my initials on it, if i dont like it i can give back?",
         F(Q[19]) + " — personalised items can't be returned (unless damaged or faulty)",
         "the general 30-day return policy saying yes"),
    ],
    # 13 first language Hindi, living in London
    [
        ("hello sir, kindly tell me how i make a profile on your site",
         F(Q[29]) + " — person icon > Create account, name, email, password",
         "the reset-password entry; a handover"),
        ("is it compulsory? i will buy only one time",
         F(Q[33]) + " — no, Continue as guest at checkout; tracking and returns with order number and email",
         "the create-account answer again"),
        ("the kettle i bought last year stopped heating, it is still in guarantee? and the red toaster is "
         "not available since weeks, when it comes",
         BOTH(Q[37], Q[38]) + " — electrical appliances 3 years; restock within 2-6 weeks, Notify me, no "
         "pre-orders",
         "only one half with no pointer; the damaged-on-arrival entry"),
        ("what is the timing of your customer care, i will call tomorrow",
         BOTH(Q[35], Q[36]) + " — Mon-Fri 9-18 CET, Sat 10-14 CET; UK number +44 20 7946 0123",
         "a handover; hours without the number (acceptable if it points to it)"),
    ],
    # 14 US, Jersey City, New Jersey; first language Russian
    [
        ("Hello. I returned 3 things but money came only for 2. Why?",
         F(Q[22]) + " — the refund email lists what was refunded and why (items not yet checked, $7.95 US "
         "return fee, used items); contact if wrong",
         "the refund-time entry alone; the charged-twice entry"),
        ("And where the money goes, my old card is closed now",
         F(Q[21]) + " — back to the original payment method; the bank passes it to the new card",
         "the partial-refund answer again; the payment-methods entry"),
        ("btw you know if the devils won last night?",
         "Not covered by the FAQ (unrelated) — short honest reply, no FAQ entry",
         "any FAQ entry; choices; a handover"),
        ("ok. and how i remove my profile completely, i dont want shop here anymore. bye",
         F(Q[32]) + " — My account > Privacy > Delete account or email; data deleted within 30 days; may say "
         "goodbye",
         "the unsubscribe entry; only a goodbye"),
    ],
]

write_plan("en", convs)
print("en: %d conversations, %d turns" % (len(convs), sum(len(c) for c in convs)))
