"""English plan for test set 47: the sample shop, customers from places no earlier set used.
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
    # 1 Birmingham (UK), Brummie
    [
        ("ow am ya bab. ordered one of them cast iron pans sat'day for our kid, how long before it turns up in "
         "walsall? last one he had cracked in two so does this one come with any sort of cover if it goes",
         BOTH(DELTIME, WARRANTY) + " — dispatched in 1-2 business days, then 3-5 business days to the UK; cast-iron "
         "cookware carries an extended 3-year warranty against manufacturing defects, not wear or misuse, claim "
         "with order number, fault description and a photo ('bab' = love, 'our kid' = my brother, Birmingham; "
         "warranty never named)",
         HALF + "; EU or US delivery times; only the general 2-year warranty"),
        ("can i pay half now an the rest when i get paid",
         F(PAYMETHODS) + " — Klarna (pay later or in 3 instalments) works for UK orders; also cards, PayPal, Apple "
         "Pay, Google Pay (instalments never named)",
         NEW + "saying there is no way to pay later"),
        ("an if the 24cm is too small for him can he get the 28 instead",
         F(EXCHANGE) + " — start a return under My account > Orders, choose Exchange as the reason and pick the size; "
         "the new one ships free once the return is scanned, refund if out of stock (exchange never named)",
         NEW + "the damaged-item entry; saying sizes can't be changed"),
        ("bostin. tara-a-bit",
         "Small talk: acknowledgement + goodbye ('bostin' = great, 'tara-a-bit' = see you later, Birmingham) — "
         "short friendly close",
         SMALL),
    ],
    # 2 Carlisle (UK), Cumbria
    [
        ("now then marra, summat to ask ye",
         "Too vague to answer ('now then' = hello, 'marra' = mate, Cumbria) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("toaster come this mornin wi the side all stove in, box was wet through an all",
         TYPE + F(DAMAGED) + " — within 14 days of delivery send the order number and a photo of the item and the "
         "packaging; free replacement or full refund, no cost to send it back ('stove in' = dented, crushed; "
         "damaged never named)",
         "tapping a choice; asking to rephrase; the warranty entry"),
        ("yer emails all go to me old work address that i cannae open now, how do i put me own one on? and "
         "what number do i ring if it gets messed up again",
         BOTH(CHEMAIL, PHONE) + " — sign in, My account > Account details > Change email, new address + current "
         "password, then the confirmation link; UK +44 20 7946 0123 during opening hours, local rate",
         HALF + "; the EU or US number only; the create-account entry"),
        ("hang on, is this a laal computer talkin back or a real lass",
         "Small talk: are you a bot ('laal' = little, Cumbria) — honestly an automated assistant; may offer a "
         "person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Galway (IE, EU)
    [
        ("hiya, its about the yoke i got off ye",
         "Too vague to answer ('yoke' = thing, Irish) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("ah no, it's none of them",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("the mammy paid for a rug on the 3rd, she got the mail saying it went out but when she presses the "
         "link it just gives a blank page, nothing at all on it",
         F(WHERE) + " — follow it under My account > Orders or the link; dispatched in 1-2 business days, the link "
         "becomes active once the carrier scans the parcel; no update for more than 5 business days: contact "
         "('the mammy' = mother, Irish; tracking never named)",
         "asking to rephrase again; promising a refund; the lost-parcel entry as if it were lost"),
        ("and would ye send a lad out to put up the curtain pole if we buy one? himself is useless with a drill",
         "Not covered (fitting or installation at home, near a home-goods shop but not offered; 'himself' = the "
         "husband, Irish) — say so plainly; may offer a person",
         "inventing a fitting service or a price; an FAQ answer as if it were that"),
    ],
    # 4 Milwaukee, Wisconsin (US)
    [
        ("ope, hi. got a rug in my cart for 48 bucks, what's it gonna run me to get it to milwaukee? and can "
         "it come any quicker, the in-laws show up friday",
         BOTH(SHIPCOST, EXPRESS) + " — US standard $6.95 below $60, free from $60; express $19.95, 2-3 business "
         "days to the US if ordered before 1 pm CET on a business day ('ope' = a Midwestern 'oops'/opener; "
         "express never named)",
         HALF + "; € or £ prices; 1-2 days to the US"),
        ("nineteen ninety five?? come on. you betcha I'll be back, so just send it the fast way for nothing, "
         "I'm almost at 60 anyhow",
         "Push-back: apologise; the FAQ has $6.95 standard below $60, free standard from $60, express $19.95 — say "
         "so (adding $12 reaches free standard shipping) and offer a person",
         "promising free express; the same answer again without acknowledging"),
        ("nope. done with this. get me somebody who actually works there, not some script",
         "Request: angry + person — apologise briefly and hand over",
         PW),
        ("uh... hello?? someone coming or what",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5 Sydney (Australia), daughter in Manchester (UK)
    [
        ("this is a bloody joke. sent my daughter in manchester a blender for her birthday, your tracking thing says "
         "she's had it since TUESDAY and theres NOTHING there. no card, no knock, nothing. 89 quid gone??",
         F(LOST) + " — apologise; shows delivered but not found: check with neighbours and the building's reception, "
         "then contact with the order number; carrier investigation, replacement or full refund if not found "
         "within 7 business days (lost never named)",
         "no apology; the order-status entry only; promising a refund as done"),
        ("and while i've got ya, reckon it'll bucket down at the scg this arvo?",
         "Not covered (unrelated: the weather at the Sydney Cricket Ground this afternoon; 'arvo' = afternoon) — "
         "say so kindly",
         "an FAQ answer; a handover"),
        ("righto, get someone to ring me on +61 2 9555 0178, any time after 8 am sydney time",
         "Request: callback with number — hand over to a person with the number (and 'after 8 am Sydney time') "
         "kept; no promise of a time",
         PW + "; asking for the number again; the shop's numbers instead"),
        ("much longer? gotta do the school run in 15",
         WAIT + WAITING,
         "the customer service hours as the answer; an invented wait time"),
    ],
    # 6 Beckley, West Virginia (US), Appalachian
    [
        ("i went and bought a throw blanket off y'all maybe 20 min ago and then mamaw up and crocheted me one for my "
         "birthday. can y'all just not send it",
         F(CANCEL) + " — free until packed, usually within 1 hour: My account > Orders > Cancel order or e-mail the "
         "order number; if it has shipped, refuse it or return within 30 days; claim nothing as done ('mamaw' = "
         "grandma; cancelling never named)",
         "claiming it is cancelled; saying it is too late"),
        ("i reckon",
         "Ambiguous reply ('I reckon' = could be yes, I suppose, or just musing) — ask what they mean or restate "
         "the step (Cancel order in My account); nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("is there a store of yours anywheres close to charleston? and if walmart.com has the same lamp 10 "
         "dollars cheaper will y'all go down to that",
         BOTH(STORE, PRICEMATCH) + " — online only, no store, the Leipzig warehouse has no pickup; identical item "
         "sold new by a major online retailer shipping to the US, delivery included, link before buying or within "
         "7 days, not marketplace sellers, clearance or flash deals",
         HALF + "; inventing a store; promising the match without the conditions"),
        ("this ain't doin me a lick of good, i'm plumb wore out with it. put a real live person on here, i ain't "
         "foolin",
         "Request: person in Appalachian English ('ain't doin me a lick of good' = not helping at all, 'plumb wore "
         "out' = completely fed up) — hand over to a person",
         PW + "; answering an FAQ"),
    ],
    # 7 St. John's, Newfoundland (Canada), cousin in Boston (US)
    [
        ("how's she goin b'y. can ye send stuff out to st. john's? if ye can't, me cousin's in boston, do he "
         "have to sign up for something to order it for me",
         BOTH(COUNTRIES, GUEST) + " — EU, UK and US only, not Canada; Continue as guest at checkout, e-mails still "
         "come, tracking and returns by order number and e-mail ('b'y' = boy, a Newfoundland address; guest "
         "never named)",
         HALF + "; saying Canada is shipped to; only the create-account entry"),
        ("will he get stung for anything extra at the door down there? tis only 120 dollars",
         F(CUSTOMS) + " — US orders under $800 normally have no import duties ('get stung' = charged; customs never "
         "named)",
         NEW + "Canadian rules; saying duties are always due"),
        ("right on b'y",
         "Small talk: acknowledgement ('right on' = good, fine) — short friendly reply",
         SMALL),
    ],
    # 8 Bridgetown (Barbados), sister in Brooklyn, New York (US)
    [
        ("mornin. i trying to buy a kettle fuh my sister in brooklyn an it keep saying try again. wunna does take "
         "american express?",
         BOTH(PAYFAIL, PAYMETHODS) + " — check card details, billing address, expiry, a bank block or 3D Secure in "
         "the bank app, try PayPal, no money taken if it failed; American Express is accepted, with Visa, "
         "Mastercard, PayPal, Apple Pay, Google Pay ('wunna' = you all, Bajan)",
         HALF + "; saying Barbados is shipped to; saying the money was taken"),
        ("she want it wrap up nice too wid a lil note, is fuh she birthday",
         F(GIFTWRAP) + " — Gift options at checkout: recycled-paper wrapping €3.50 per item and a free message up to "
         "200 characters, prices left off the slip ('wid' = with, 'she birthday' = her birthday)",
         NEW + "the gift-card entry"),
        ("alright, thanks nuff. later",
         "Small talk: acknowledgement + thanks + goodbye ('thanks nuff' = thanks a lot, Bajan) — short friendly "
         "close",
         SMALL),
    ],
    # 9 Kathmandu (Nepal), first language Nepali, cousin in Reading (UK)
    [
        ("Namaste. I want to send one pressure cooker to my cousin brother in Reading as a surprise. From Nepal "
         "how I do the order step by step? I must make ID first?",
         F(ORDER) + " — add to basket, basket icon > Checkout, guest or signed in, delivery address and payment, "
         "Place order, confirmation within minutes; no account needed (guest checkout) — both questions answered "
         "by the one entry, the guest-checkout entry also right ('make ID' = create an account)",
         "saying Nepal is a delivery country; only the create-account steps"),
        ("Payment is done one hour before but still no mail is coming to me. It is booked or not?",
         F(CONFIRM) + " — normally within 15 minutes: check spam or promotions, then My account > Orders (listed = "
         "it went through, resend from there); if not listed and charged, contact with payment date and amount",
         NEW + "saying the order failed; the payment-failed entry"),
        ("If it is not fitting on his stove he can give back? Within how many days?",
         F(RETPOLICY) + " — within 30 days of delivery, unused and in the original packaging for a full refund, free "
         "within the UK (return never named)",
         NEW + "the US fee; the exchange entry only"),
    ],
    # 10 Brno (CZ, EU), first language Czech
    [
        ("Hello, I made mistake, I clicked the 1 litre teapot but I want the 2 litre. Order is from 20 minutes. "
         "Also my firm need the bill with our DIČ number on it.",
         BOTH(CHANGE, INVOICE) + " — within 1 hour and before packing: My account > Orders > Edit order or contact "
         "with the order number; VAT invoice with the shipping confirmation and under Download invoice, company "
         "name or VAT number at checkout or within 30 days for a corrected invoice ('DIČ' = the Czech VAT number)",
         HALF + "; saying it can't be changed; the exchange entry"),
        ("The blue one has only grey button, when is coming again?",
         F(STOCK) + " — mostly restocked within 2-6 weeks, Notify me on the product page, no pre-orders or reserving "
         "(out of stock never named)",
         NEW + "promising a date"),
        ("Okay. Děkuji.",
         "Small talk: acknowledgement + thanks ('děkuji' = thank you, Czech) — short friendly reply",
         SMALL),
    ],
    # 11 Aarhus (DK, EU), first language Danish
    [
        ("Hi. I sent back 2 glasses of the 4 in my order and now I got back only 30 euro but I paid 52. Why so "
         "little?",
         F(PARTIAL) + " — only some items came back, so only those are refunded and original shipping only for the "
         "whole order; the refund e-mail lists what was refunded and why; contact if it looks wrong",
         "saying the full 52 € is due; the refund-time entry only"),
        ("And the money went to my old Visa, it is closed since March. Is it gone now?",
         F(REFUNDWHERE) + " — refunds go to the original payment method; with a closed or expired card the bank "
         "normally passes it on to the new card",
         NEW + "promising to send it elsewhere"),
        ("ok. my sister gave me one of your gift codes for christmas, can I use that for 2 new glasses? tak",
         F(GIFTCARD) + " — gift cards can be used on any product, code in the Gift card field at checkout, valid 2 "
         "years, balance on the Gift cards page ('tak' = thanks, Danish)",
         NEW + "the discount-code entry"),
    ],
    # 12 Dar es Salaam (Tanzania), first language Swahili, brother in Amsterdam (NL, EU)
    [
        ("Habari. My brother in Amsterdam wants to open an account with you himself. And what times is your team "
         "there to answer?",
         BOTH(CREATE, HOURS) + " — person icon > Create account, name, e-mail, password (or from the link after a "
         "guest checkout); Monday-Friday 9-18 CET, Saturday 10-14 CET, not public holidays ('habari' = hello, "
         "Swahili)",
         HALF + "; only the phone number"),
        ("he already forgot what he typed to get in haha. what now",
         F(RESETPW) + " — Sign in > Forgot password, reset link valid 1 hour, spam after 10 minutes (password never "
         "named)",
         NEW + "the create-account entry again"),
        ("and his WELCOME10 says not valid, he has 2 shirts from the sale section in basket",
         F(DISCOUNT) + " — most codes not on sale items or with other offers, typed exactly, not expired, minimum "
         "spend, one per order; send the code to be checked",
         NEW + "saying the code is fine; inventing a new code"),
        ("sawa, asante sana",
         "Small talk: acknowledgement + thanks ('sawa' = okay, 'asante sana' = thank you very much, Swahili) — "
         "short friendly reply",
         SMALL),
    ],
    # 13 Durban (South Africa), daughter in London (UK)
    [
        ("howzit. ordered a floor lamp for my daughter in london just now now, but she moved flats last week, it "
         "must go to camden not hackney. can you sort?",
         F(ADDRESS) + " — not yet packed: My account > Orders > Edit order or contact; after shipping a carrier "
         "redirect via the tracking link; same country only ('just now now' = a moment ago, South African; address "
         "never named)",
         "promising the change as done; the cancel entry"),
        ("also my bank app shows the 64 pounds went off twice hey",
         F(CHARGED2) + " — often a temporary authorisation released in 3-5 business days; if both still completed, "
         "order number and a screenshot and the duplicate is refunded",
         NEW + "promising a refund as done"),
        ("and theres a mug with her name printed on in the same order, if she doesnt like it she can send it back "
         "ja?",
         F(NONRETURN) + " — personalised items can't be returned (damaged or faulty always can) ('ja' = yes, South "
         "African)",
         NEW + "saying it can go back like anything else"),
    ],
    # 14 Ljubljana (SI, EU), first language Slovene
    [
        ("Hello. The curtains are 20 cm too short so I want to give them back. How does it go? I have no printer "
         "at home.",
         BOTH(HOWRETURN, LABEL) + " — My account > Orders > Return items, items and reason, label by e-mail, post "
         "office or drop-off point; without a printer choose the QR code option and the post office prints it",
         HALF + "; the exchange entry only"),
        ("After, when I see the money?",
         F(REFUNDTIME) + " — checked within 3 business days of arrival, then 5-7 business days to show, an e-mail "
         "when issued (refund never named)",
         NEW + "the refund-method entry only"),
        ("I get 3 mails with offers every day, it is too much. And when this is finished I want that my whole "
         "profile is gone.",
         BOTH(UNSUB, DELETE) + " — Unsubscribe link in any newsletter or untick Newsletter in My account > "
         "Preferences, up to 48 hours, order e-mails continue; My account > Privacy > Delete account or e-mail, "
         "within 30 days, records kept by law, open returns completed first",
         HALF + "; deleting at once with the return still open"),
        ("Hvala, adijo",
         "Small talk: thanks + goodbye ('hvala' = thank you, 'adijo' = bye, Slovene) — short friendly close",
         SMALL),
    ],
]

write_plan("en", convs)
