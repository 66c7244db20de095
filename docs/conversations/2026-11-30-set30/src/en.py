"""English plan for test set 30: the sample shop (Northwind Goods), customers from many countries.
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
    # 1 Arizona: Phoenix; first language Spanish (from Hermosillo, Sonora)
    [
        ("hello good afternoon. i want to buy the cast iron skillet for my son, how many years is the garantee? "
         "and you take american express?",
         BOTH(WARRANTY, PAYMETHODS) + " — cast-iron cookware has the extended 3-year warranty (2 years is the "
         "general one), manufacturing defects only, not wear or misuse; American Express is accepted",
         HALF + "; only the 2-year warranty for a cast-iron pan; saying Amex is not taken"),
        ("ok and to send it to phoenix how much is",
         F(SHIPCOST) + " — US standard $6.95, free over $60; express extra, shown at checkout",
         "treating it as a new unclear question; the EU (€) or UK (£) price for Arizona; the countries entry "
         "alone"),
        ("and if i buy today it gets there before his birthday the 20?",
         F(DELTIME) + " — dispatched in 1-2 business days, then 5-8 business days to the US; the estimated date "
         "is shown at checkout (express 2-3 business days to the US may be mentioned); no promise for the 20th",
         "a promise that it arrives by the 20th; the EU or UK times; the where-is-my-order entry"),
        ("perfect, muchas gracias! bye bye",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover; asking to write in English"),
    ],
    # 2 Yorkshire: Sheffield
    [
        ("ey up, got a problem wi summat i ordered",
         "Too vague to answer — choices (where is my order, damaged item, returns, lost parcel) or a clarifying "
         "question",
         "a handover; one entry given as certain"),
        ("courier reckons he left it on the doorstep yesterday but there's nothing there and next door haven't "
         "got it",
         TYPE + F(LOST) + " — check with neighbours/reception first (done), then contact with the order number; "
         "an investigation with the carrier, a replacement or full refund if not found within 7 business days",
         "the where-is-my-order entry alone; the delivery-time entry; tapping a choice"),
        ("right. is there a number i can ring about it? and if it does turn up i'll probably send some back, "
         "it's the beeswax wraps, opened one to have a look",
         BOTH(PHONE, NONRETURN) + " — UK +44 20 7946 0123 during opening hours (or support@northwindgoods.example, "
         "chat); opened beeswax wraps can't be returned (hygiene), the unopened ones can within 30 days",
         HALF + "; the EU or US number only; saying all of them can go back"),
        ("am i talking to a real person or a robot",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Ireland: Cork
    [
        ("hi, quick one about my payment",
         "Too vague to answer — choices (payment methods, failed payment, charged twice, invoice, gift card) or "
         "a clarifying question",
         "a handover; one entry given as certain"),
        ("ah no, none of those now",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away; an FAQ answer picked at random"),
        ("my sister got me a bit of credit for your site at christmas, how do i see whats left on it",
         F(GIFTCARD) + " — the remaining balance is on the Gift cards page; valid 2 years, the code goes in the "
         "Gift card field at checkout",
         "the discount-code entry; the refund entries; asking to rephrase again"),
        ("grand. do ye do engraving? want names put on 2 glasses for a wedding",
         "Not covered (engraving/personalising) — say plainly that the FAQ doesn't offer it; may offer a person "
         "(that engraved items can't be returned is no offer of engraving)",
         "inventing an engraving service or price; the non-returnable entry as if it offered engraving"),
    ],
    # 4 Canada: Halifax, Nova Scotia
    [
        ("Hi there, can I get a teapot shipped to Halifax, Nova Scotia? If not I could send it to my daughter in "
         "Boston, would she get stuck with extra fees at the door?",
         BOTH(COUNTRIES, CUSTOMS) + " — no shipping to Canada (only EU, UK, US); to Boston (US) orders under $800 "
         "normally have no import duties",
         HALF + "; saying Canada is fine; inventing a duty amount"),
        ("I'm not asking about Boston. I'm asking if you'd make an exception just this once and post it to Canada "
         "if I cover the postage myself",
         "Push-back: apologise; the FAQ allows no exception (Canada is not shipped to) and the bot can't grant "
         "one — restate what exists (the US address), offer a person",
         "promising an exception; the same full answer again without acknowledging; a shipping price to Canada"),
        ("Honestly this is useless, I've asked twice now. Put me through to an actual person please",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("still waiting here, is anybody coming?",
         WAIT + WAITING,
         "an FAQ answer; a second handover message with different promises; 'how can I help?' as if new"),
    ],
    # 5 US East Coast: Jersey City, New Jersey
    [
        ("hey, ordering the round jute rug for my moms birthday, can you guys do it up all pretty and put a "
         "little card in from me",
         F(GIFTWRAP) + " — gift wrapping isn't available for oversized items such as rugs; the free personal "
         "message (up to 200 characters) via Gift options at checkout, prices left off the packing slip",
         "promising to wrap the rug; the gift-card entry; €3.50 wrapping as if it applied to a rug"),
        ("how fast can it get here then, her birthday is thursday",
         F(EXPRESS) + " — US express $19.95, 2-3 business days if ordered before 1 pm CET on a business day; "
         "no promise for Thursday",
         "treating it as a new unclear question; the EU or UK express price; a promise for Thursday"),
        ("can somebody just call me? 201 555 0148",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the phone-number entry instead of a handover; inventing when "
         "they will call"),
        ("ok so when am i getting that call",
         WAIT + WAITING,
         "the customer-service hours or the express times as the answer; an invented wait time"),
    ],
    # 6 Nigeria: from Lagos, living in London (Peckham)
    [
        ("Good morning. Please I paid for a standing fan on Monday and up till now no mail from you at all. Did "
         "it go through?",
         F(CONFIRM) + " — check spam/promotions (it normally comes within 15 minutes); then My account > Orders: "
         "if listed it went through and the confirmation can be resent; if not listed but charged, contact with "
         "the payment date and amount",
         "the where-is-my-order entry alone; saying the order failed; the payment-failed entry"),
        ("Ok I see it in my account now. When will it leave your warehouse?",
         F(WHERE) + " — dispatched within 1-2 business days; follow it under My account > Orders or the tracking "
         "link, active once the carrier scans it",
         "treating it as a new unclear question; the store/pickup entry because of 'warehouse'; a promised "
         "day"),
        ("Also my husband wants the account under his email address instead of mine, how do we change it",
         F(CHEMAIL) + " — Sign in, My account > Account details > Change email, current password, confirmation "
         "link sent to the new address; order history stays",
         "the create-account entry; the delete-account entry"),
        ("abeg, make una connect me to real person. i no wan chat with machine again",
         "Request: person in Nigerian Pidgin — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard English"),
    ],
    # 7 India: from Kochi (Kerala), living in Leicester (England)
    [
        ("Hi good evening. I received the dinner set yesterday, when I opened two plates are having chips on the "
         "edge. What to do now?",
         F(DAMAGED) + " — sorry; contact within 14 days with the order number and a photo of the item and the "
         "packaging; free replacement or full refund, nothing to pay to send it back",
         "the warranty entry alone; the 30-day return policy as if she had to pay or keep it unused"),
        ("I don't have printer at home. How will I print the label to send back?",
         F(LABEL) + " — choose the QR code option and the post office prints the label; (for a damaged item the "
         "return costs nothing)",
         "treating it as a new unclear question; 'you need a printer'; the how-to-return entry with no word on "
         "the printer"),
        ("Thank you dear. One more doubt, is there any shop in Leicester where I can see the things before "
         "buying?",
         F(STORE) + " — online only, no shop to visit; the warehouse in Leipzig has no pickup" + THANKS,
         "inventing a shop in Leicester or the UK; the delivery-address entry"),
    ],
    # 8 Ghana: from Accra, living in Hamburg
    [
        ("This is not acceptable at all!! I sent back the blender 3 weeks ago, DHL shows you received it on the "
         "2nd and I have still not seen my money",
         F(REFUNDTIME) + " — apologise first; the return is checked within 3 business days of arrival, then 5-7 "
         "business days to show, and an e-mail comes when it is issued; as this is longer, contact support with "
         "the order number (a person may be offered)",
         "no apology; the partial-refund entry; the where-will-my-refund-go entry alone; claiming it has been "
         "refunded"),
        ("ok. i want to buy the same blender again in white but the page says sold out, when are you getting "
         "more",
         F(STOCK) + " — usually restocked within 2-6 weeks; Notify me on the product page; no pre-orders or "
         "reservations",
         "a promised date; reserving one; the exchange entry"),
        ("thanks. last thing, my paypal keeps failing at the very last step when i try to pay, what do i do",
         F(PAYFAIL) + " — check the details and the bank/PayPal confirmation, try another method (card, Apple "
         "Pay, Google Pay...); if it fails no money is taken" + THANKS,
         "the payment-methods list alone; the charged-twice entry"),
    ],
    # 9 Scotland: Glasgow
    [
        ("hiya, just paid for the big wool throw 10 mins ago but ma maw's went and got me one for ma birthday so "
         "i'll no be needing it",
         F(CANCEL) + " — free until packed, usually within 1 hour: My account > Orders > Cancel order, or e-mail "
         "the order number; do not claim it is cancelled",
         "saying it is cancelled; the return entry only; the change-order entry alone"),
        ("aye",
         "Ambiguous yes — ask what they mean or restate the step (Cancel order in My account, or e-mail the "
         "order number); nothing claimed as done",
         "claiming the order is cancelled; a handover with no reason; a random FAQ answer"),
        ("other thing, ma card got cancelled last month and the bank sent me a new one. if i return something "
         "where does the money go? and what time are yous open till the day",
         BOTH(REFUNDWHERE, HOURS) + " — refunds go back to the original payment method; if that card was "
         "cancelled the bank normally passes it on to the new card; support Mon-Fri 9:00-18:00 CET, Sat "
         "10:00-14:00 CET (an hour earlier in UK time), not on public holidays",
         HALF + "; store credit; invented UK hours; treating 'the day' as a date"),
    ],
    # 10 Singapore: from Singapore, working in Rotterdam
    [
        ("hi, i want to buy the linen sheets but dont want to sign up for anything, can or not?",
         F(GUEST) + " — yes, Continue as guest at checkout; order and shipping e-mails still come; track or "
         "return with the order number and e-mail",
         "saying an account is required; the create-account entry alone"),
        ("ok. but later if i want an account can still make one?",
         F(CREATE) + " — yes, also after a guest checkout from the link in the confirmation e-mail (or the "
         "person icon > Create account)",
         "treating it as a new unclear question; the reset-password entry"),
        ("ok thanks ah. my company needs the invoice with company name, and the welcome code from the email "
         "cannot work leh",
         BOTH(INVOICE, DISCOUNT) + " — company name/VAT number at checkout or contact within 30 days for a "
         "corrected invoice; check the code is typed exactly, not expired, minimum spend, not on sale items or "
         "gift cards, one per order, else send the code to support",
         HALF + "; saying the code is expired as a fact"),
    ],
    # 11 first language Turkish (from Izmir), living in Vienna
    [
        ("Hello, I buy coffee machine 3 weeks before, it is too big for my kitchen. I want give back, it is "
         "possible? I only open the box",
         F(RETPOLICY) + " — yes within 30 days of delivery if unused and in the original packaging; free within "
         "the EU (Austria)",
         "the warranty entry; a US $7.95 fee for Austria; saying opened boxes can't be returned"),
        ("How I do it, step by step?",
         F(HOWRETURN) + " — My account > Orders > Return items, choose items and reason; label by e-mail, pack, "
         "attach, drop at a post office or carrier point (guests: Returns page with order number and e-mail)",
         "treating it as a new unclear question; the order-placing steps"),
        ("ok i try now. also i forget my password, i cannot go in the site",
         F(RESETPW) + " — Sign in > Forgot password, reset link valid 1 hour; check spam after 10 minutes or "
         "contact support",
         "the create-account entry; the change-email entry"),
    ],
    # 12 first language Vietnamese (from Hanoi), living in Prague
    [
        ("Hello shop. I buy 2 pillow yesterday and the money is take 2 times from my card, please check for me",
         F(CHARGED2) + " — often a temporary authorisation released within 3-5 business days; if both are still "
         "completed after that, send the order number + a statement screenshot and the duplicate is refunded; "
         "the bot can't check the card itself",
         "the payment-failed entry; claiming to have checked; treating it as a new unclear question"),
        ("Also I want change the pillow colour from grey to blue, I think it not send yet",
         F(CHANGE) + " — changes only within 1 hour of ordering and before packing (yesterday's order is most "
         "likely past that; contact with the order number to check); otherwise exchange after delivery",
         "claiming the colour is changed; saying it can be changed any time before shipping"),
        ("Sorry other question, you know how to say thank you in Czech? My neighbour help me a lot",
         "Not covered (a translation) — say so kindly, back to shop questions",
         "a translation given; an FAQ answer; a handover"),
        ("ok. last thing, after this order finish i want to delete my account, and how to stop your newsletter",
         BOTH(DELETE, UNSUB) + " — My account > Privacy > Delete account or e-mail, once open orders and returns "
         "are completed, data deleted within 30 days except legal records; Unsubscribe link or untick Newsletter "
         "under Preferences (up to 48 hours), order e-mails still come",
         HALF + "; claiming it is done"),
    ],
    # 13 first language German, living in Munich
    [
        ("Good day. I want to order a frying pan which I have seen 12 euro cheaper at another big online shop "
         "(not a marketplace). Do you make the same price?",
         F(PRICEMATCH) + " — yes for an identical item sold new by a major online retailer shipping to Germany, "
         "delivery included; send the link before buying or within 7 days; not flash deals or clearance",
         "a flat no; a discount code; a flat yes with no conditions"),
        ("And if I have ordered already yesterday?",
         F(PRICEMATCH) + " — still possible within 7 days of the order: send the link",
         "treating it as a new unclear question; the change-order or cancel entry"),
        ("When the pan is too small, can I get the 28 cm instead of the 24 cm?",
         F(EXCHANGE) + " — start a return, choose Exchange, pick the size; the new one ships free once the "
         "return is scanned; refund if out of stock",
         "a refund only with no word on exchange; the change-order entry"),
        ("Thank you. Oh, and in the order from this morning I wrote house number 41 but it is 14",
         F(ADDRESS) + " — if not packed yet: My account > Orders > Edit order, or contact; once shipped a carrier "
         "redirect via the tracking link; the bot can't change it itself" + THANKS,
         "claiming the address is changed; only a goodbye"),
    ],
    # 14 first language Russian, living in Riga (Latvia)
    [
        ("Hello. It is my first order in your shop, how exactly I must do it? And delivery to Latvia how much "
         "costs?",
         BOTH(ORDER, SHIPCOST) + " — basket > Checkout, guest or sign in, address and payment, Place order, "
         "confirmation e-mail; EU standard €4.95, free over €50",
         HALF + "; the UK (£) or US ($) price; saying Latvia is not shipped to"),
        ("My friend sent back a lamp to you, it had a small scratch from her cat, and she got only half of the "
         "money back. Why?",
         F(PARTIAL) + " — a partial refund can come when an item came back used or damaged; the refund e-mail "
         "lists what and why; she can contact support if it looks wrong",
         "the refund-time entry; the US $7.95 fee as the reason (Latvia is in the EU); the damaged-on-arrival "
         "entry"),
        ("ok, I understand. Thank you, goodbye",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover"),
    ],
]

write_plan("en", convs)
