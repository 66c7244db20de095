"""English plan for test set 32: the sample shop (Northwind Goods), customers from many countries.
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
    # 1 Liverpool
    [
        ("hiya, want to get me dad the cast iron pan for his birthday on saturday. can it get here quick and "
         "does it come with any guarantee like",
         BOTH(EXPRESS, WARRANTY) + " — express to the UK £11.95, 1-2 business days if ordered before 1 pm CET on "
         "a business day; 2-year warranty, cast-iron cookware 3 years, against manufacturing defects (not wear "
         "or misuse)",
         HALF + "; only the 2-year warranty for cast iron; a promised Saturday delivery; the € or $ price only"),
        ("how much extra",
         F(EXPRESS) + " — £11.95 for UK express (standard is £4.95, free from £45)",
         "treating it as a new unclear question; the EU or US price only"),
        ("and if it doesnt suit his cooker can he send it back",
         F(RETPOLICY) + " — within 30 days of delivery, unused and in the original packaging, full refund, free "
         "from the UK (the exchange entry may be mentioned)",
         "treating it as new unclear; the damaged-item entry; the US $7.95 fee for a UK return"),
        ("sound, ta very much. ta-ra",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover; asking what 'sound' or 'ta-ra' means"),
    ],
    # 2 Belfast
    [
        ("hi there, bit of bother with something i got from yous",
         "Too vague to answer — choices (damaged item, returns, where is my order...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("the wee lampshade came with a big dent in it, the box was all crushed",
         TYPE + F(DAMAGED) + " — sorry; contact them within 14 days with the order number and a photo of the "
         "lampshade and the packaging; free replacement or full refund, sending it back costs nothing",
         "the lost-parcel or warranty entry; tapping a choice; asking to rephrase; the normal return rules only"),
        ("rather than the same again could i swap it for the grey one? and how do i get the dented one back to "
         "you",
         BOTH(EXCHANGE, HOWRETURN) + " — start a return under My account > Orders, choose Exchange and the grey "
         "colour; the new one ships free once the return is scanned (refund if out of stock); label by e-mail, "
         "drop the parcel at a post office or carrier drop-off point",
         HALF + "; saying a damaged item can only be refunded; a return fee"),
        ("hang on, am i chatting to a real person here or a computer",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Dublin
    [
        ("hello, query about paying for something",
         "Too vague to answer — choices (payment methods, payment failed, charged twice, invoice...) or a "
         "clarifying question",
         "a handover; one entry given as certain"),
        ("ah no, none of them",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("i want to split the cost of the big rug into three bits over a few months, can i do that with you",
         F(PAYMETHODS) + " — yes: Klarna, pay later or in 3 instalments, in the EU and UK (Ireland is in the "
         "EU); also cards, PayPal, Apple Pay, Google Pay",
         "asking to rephrase again; saying instalments are not possible; the gift-card or discount entry"),
        ("another thing, if i buy one of your bookshelves would someone come out and put it together for me",
         "Not covered (assembly at home) — say so plainly; may offer a person",
         "inventing an assembly service or price; the store/pickup entry as if it answered it"),
    ],
    # 4 Auckland, New Zealand; first language German (from Stuttgart)
    [
        ("Hello, I live since one year in Auckland. You send parcels to New Zealand? If not, I order for my "
         "parents in Bremen, will the postman want extra money from them?",
         BOTH(COUNTRIES, CUSTOMS) + " — no: EU, UK and US only, not New Zealand; Bremen is in Germany (EU), "
         "shipped from the EU warehouse, no customs charges",
         HALF + "; saying New Zealand is shipped to; inventing a customs fee for Germany"),
        ("That is not what I asked. Can you keep the parcel in your warehouse until I come to Germany in July "
         "and then send it?",
         "Push-back: apologise; the FAQ has nothing about holding an order in the warehouse until a later date "
         "(no pickup, no reserving) — say so, do not promise it, offer a person",
         "a promise that the parcel can be held; the same full answer again without acknowledging"),
        ("This is useless. Please I want to write with a real employee now.",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("are you still there?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5 Brisbane, Australia; first language Spanish (from Valencia); her mother in Valencia returned curtains
    [
        ("i am very angry, my mother send back the curtains to you 3 weeks ago and still she have no money, "
         "this is a robbery!!",
         F(REFUNDTIME) + " — apologise; the return is checked within 3 business days of arriving, then the "
         "refund usually shows in 5-7 business days depending on the bank; an e-mail comes when it is issued; "
         "contact support with the order number if it is overdue (a person may be offered)",
         "no apology; the partial-refund entry alone; claiming the refund has been sent"),
        ("also you know a cheap flight from brisbane to valencia for christmas?",
         "Not covered (flights) — say so kindly, back to the shop's topics",
         "a flight or price given as fact; an FAQ answer; a handover"),
        ("please i want that someone call me, my number is 0491 577 644",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the shop's phone numbers instead"),
        ("how much time until somebody call me?",
         WAIT + WAITING,
         "the customer service hours as the answer; an invented wait time"),
    ],
    # 6 Vancouver, Canada; first language Vietnamese (from Hanoi); gift to her daughter in Seattle
    [
        ("hi, this morning i buy 2 bamboo cutting boards for my daughter in seattle but i see she already have "
         "same, so no need now",
         F(CANCEL) + " — free until packed, usually within 1 hour: My account > Orders > Cancel order, or e-mail "
         "the order number; if already shipped, refuse the delivery or return it; do not claim it is cancelled",
         "claiming the order is cancelled; the return policy alone; the change-order entry alone"),
        ("ok yes",
         "Ambiguous yes — ask what they mean or restate the step (Cancel order in My account, or e-mail the "
         "order number); nothing claimed as done",
         "claiming the order is cancelled; a random FAQ answer"),
        ("if the boards already left, can they go to my son in portland instead? and if we send back, the money "
         "come to my card or?",
         BOTH(ADDRESS, REFUNDWHERE) + " — once shipped, ask the carrier for a redirect through the tracking link "
         "where available (Portland is also in the US; the country can't change); if not packed, Edit order or "
         "contact support; refunds go back to the original payment method, her card; do not claim the address "
         "is changed",
         HALF + "; claiming the address is changed; store credit"),
        ("troi oi, this bot dont understand me. cho toi noi chuyen voi nguoi that please",
         "Request: person, half in Vietnamese — hand over to a person",
         PW + "; answering an FAQ; asking to write in English"),
    ],
    # 7 Louisiana (US): Lafayette
    [
        ("hey cher, how long for a package from yall to get down to lafayette louisiana?",
         F(DELTIME) + " — dispatched in 1-2 business days, then 5-8 business days to the US; the estimated date "
         "is shown at checkout",
         "the EU or UK times; a promised date; the where-is-my-order entry"),
        ("and if i pay more?",
         F(EXPRESS) + " — US express $19.95, 2-3 business days if ordered before 1 pm CET on a business day",
         "treating it as new unclear; the EU or UK express price"),
        ("thanks a bunch. is the postage free if i spend 50 bucks, and can yall put a little note in for my "
         "mawmaw, its her birthday",
         BOTH(SHIPCOST, GIFTWRAP) + " — free standard shipping to the US only from $60, so $6.95 at $50; gift "
         "options at checkout: wrapping €3.50 per item and a free message up to 200 characters, prices left off"
         + THANKS,
         HALF + "; saying $50 ships free; asking what 'mawmaw' means"),
    ],
    # 8 Minnesota: Duluth
    [
        ("uff da, real frustrating. that 15 percent thing from your newsletter gets rejected every time at "
         "checkout, tried like 6 times now",
         F(DISCOUNT) + " — apologise; check it is typed exactly, not expired, minimum spend met, not on sale "
         "items or gift cards, one per order; if it still fails, send the code to support",
         "no apology; saying the code is expired as a fact; the payment-failed entry"),
        ("okay then. while im at it how do i get off your sale emails, its pretty much every day",
         F(UNSUB) + " — Unsubscribe link at the bottom of any newsletter, or untick Newsletter under My account "
         "> Preferences; up to 48 hours; order e-mails still come",
         "the delete-account entry; the discount entry again"),
        ("thanks. is there a number i can call you folks on, and are you around saturdays?",
         BOTH(PHONE, HOURS) + " — US +1 646 555 0142 (also EU and UK numbers, e-mail "
         "support@northwindgoods.example); Monday-Friday 9:00-18:00 CET, Saturday 10:00-14:00 CET (converting "
         "to Minnesota time is fine, a wrong conversion is not)" + THANKS,
         HALF + "; saying they are closed on Saturdays; invented US hours"),
    ],
    # 9 Uganda: from Kampala, studying in Manchester
    [
        ("Good morning. Am requesting for your help, i paid for a duvet cover last night but nothing came to "
         "my inbox, did it go through?",
         F(CONFIRM) + " — confirmations normally arrive within 15 minutes: check spam/promotions; then My "
         "account > Orders (listed = it went through, resend from there); if not listed but charged, contact "
         "support with the payment date and amount",
         "saying the order failed; the payment-failed entry; the where-is-my-order entry alone"),
        ("ok. then how do i follow where it has reached",
         F(WHERE) + " — My account > Orders or the tracking link in the shipping e-mail; dispatched within 1-2 "
         "business days, tracking active after the carrier's first scan; contact support if no update for 5 "
         "business days",
         "the confirmation answer again; treating it as new unclear; the lost-parcel entry"),
        ("thank you. next time i want to buy without making an account, it is possible?",
         F(GUEST) + " — yes: Continue as guest at checkout; order and shipping e-mails still come" + THANKS,
         "saying an account is required; the create-account entry alone"),
    ],
    # 10 Zimbabwe: from Bulawayo, living in Leicester
    [
        ("mhoro, the enamel bread bin has been sold out for ages, any idea when you'll have it back",
         F(STOCK) + " — most items are back within 2-6 weeks; Notify me on the product page",
         "a promised date; the exchange entry; asking what 'mhoro' means"),
        ("can you put one away for me when it comes",
         F(STOCK) + " — no: no pre-orders or reserving; Notify me sends an e-mail when it is back",
         "treating it as new unclear; promising to reserve one"),
        ("ok thanks. meantime i'd like the matching tea towels, never bought online before, how does it work",
         F(ORDER) + " — add them to the basket, basket icon > Checkout, as a guest or signed in, address and "
         "payment, Place order; confirmation e-mail within minutes" + THANKS,
         "the out-of-stock answer again; the create-account entry alone"),
    ],
    # 11 Sri Lanka: from Kandy, living in Milan
    [
        ("hi, trying to buy the rattan basket, my card keeps getting declined, and now i see 2 pending amounts "
         "from you in my bank app also, aiyo",
         BOTH(PAYFAIL, CHARGED2) + " — check card details, billing address, expiry, a bank block or 3D Secure in "
         "the bank app, or try PayPal; a failed payment takes no money; pending amounts are usually temporary "
         "authorisations released within 3-5 business days; if still completed after that, send the order "
         "number and a screenshot",
         HALF + "; claiming money was taken and will be refunded now; asking what 'aiyo' means"),
        ("my cousin sent me 50 euro credit for your shop by email, can i use that instead, where i type the "
         "code?",
         F(GIFTCARD) + " — yes, a gift card: enter the code at checkout in the Gift card field; valid 2 years; "
         "balance on the Gift cards page",
         "the discount-code entry; saying it can't be used"),
        ("thank you. for the office i need the bill with my company name on it, possible no?",
         F(INVOICE) + " — yes: add the company name (or VAT number) at checkout, or contact support within 30 "
         "days for a corrected invoice; download under My account > Orders > Download invoice" + THANKS,
         "saying company invoices are not possible; the gift-card answer again"),
    ],
    # 12 Hong Kong, living in London
    [
        ("hi, the tracking says my parcel was delivered to the locker but the locker was empty lah",
         F(LOST) + " — check with neighbours/reception, then contact support with the order number: an "
         "investigation with the carrier, replacement or full refund if not found within 7 business days",
         "saying it was delivered so nothing can be done; the where-is-my-order entry alone"),
        ("how long does the checking take",
         F(LOST) + " — up to 7 business days; then a replacement or full refund",
         "treating it as new unclear; the delivery-time or refund-time entry"),
        ("honestly after this i want to close my account, too much hassle",
         F(DELETE) + " — My account > Privacy > Delete account or e-mail from the linked address; data deleted "
         "within 30 days except legal order/invoice records; open orders and returns (this parcel) finished "
         "first; an apology for the trouble is welcome",
         "claiming the account is deleted; the unsubscribe entry"),
        ("ok thanks. one more, why was my refund last month 5 pounds less than what i paid?",
         F(PARTIAL) + " — possible reasons: only some items returned and original shipping refunded only for a "
         "whole order (UK shipping £4.95), or an item came back used or damaged; the refund e-mail lists why; "
         "contact support if it looks wrong" + THANKS,
         "the US $7.95 fee as the reason for a UK order; the refund-time entry"),
    ],
    # 13 first language Turkish, living in Hamburg
    [
        ("hello, i ordered 10 minutes ago 4 plates, but i want 6 not 4, is possible to change?",
         F(CHANGE) + " — yes, within 1 hour and before packing: My account > Orders > Edit order, or contact "
         "support with the order number and the change",
         "saying it is too late; the cancel entry alone; claiming it is changed"),
        ("where i do this",
         F(CHANGE) + " — My account > Orders > Edit order (or contact support with the order number); quickly, "
         "before it is packed",
         "treating it as new unclear; the how-to-order steps"),
        ("if later i dont want the 2 extra, i have no printer at home, how i send? and the cutting board with "
         "my son name engraved, this also can return?",
         BOTH(LABEL, NONRETURN) + " — the label comes by e-mail as a PDF; without a printer choose the QR code "
         "option and the post office prints it; personalised or engraved items can't be returned (unless they "
         "arrive damaged or faulty)",
         HALF + "; saying a printer is needed; saying engraved items can be returned"),
        ("ok. last thing, in a shop in hamburg same plates are 5 euro cheaper, you can do same price? or i "
         "come take them from you to save the postage",
         BOTH(PRICEMATCH, STORE) + " — price match only for an identical new item from a major online retailer "
         "shipping to Germany, delivery included, link within 7 days of the order (a local shop is not "
         "covered as stated); no store, the Leipzig warehouse has no pickup",
         HALF + "; promising the lower price; offering a pickup"),
    ],
    # 14 first language Russian, living in Riga
    [
        ("good day. i want make account on your site but it say my email is already used, and i dont remember "
         "any password",
         BOTH(CREATE, RESETPW) + " — the e-mail already has an account (maybe from an earlier guest link): Sign "
         "in > Forgot password with that e-mail, the link is valid 1 hour, check spam after 10 minutes; a new "
         "account is created with the person icon > Create account",
         HALF + "; telling them to make a second account with the same e-mail; the delete-account entry"),
        ("after i get inside, i want to put there my gmail instead, the old one is from my work",
         F(CHEMAIL) + " — My account > Account details > Change email, the new address and the current "
         "password, then the confirmation link sent to the new address; order history stays",
         "the delivery-address entry; the reset-password answer again"),
        ("thank you, now all is clear",
         "Small talk: thanks + acknowledgement — short friendly close",
         "an FAQ answer; a handover"),
    ],
]

write_plan("en", convs)
