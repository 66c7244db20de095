"""English plan for test set 44: the sample shop, customers from regions set 43 did not use.
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
    # 1 Newcastle upon Tyne (UK), Geordie
    [
        ("howay man, want to get a kettle to me nana in gateshead for her birthday thursday. can yous get it there "
         "sharpish, and wrap it an all?",
         BOTH(EXPRESS, GIFTWRAP) + " — UK express £11.95, 1-2 business days if ordered before 1 pm CET on a "
         "business day (Thursday depends on when the order goes in: not promised); Gift options at checkout: "
         "recycled-paper wrap €3.50 per item, free message up to 200 characters, prices left off the slip "
         "('howay' = come on, 'me nana' = my grandma, 'yous' = you, 'sharpish' = quickly, 'an all' = as well, "
         "Geordie)",
         HALF + "; promising Thursday; € or $ express prices for Gateshead"),
        ("and if she hates it? she's canny fussy like",
         F(RETPOLICY) + " — 30 days from delivery for a full refund if unused and in the original packaging; "
         "returns free in the UK ('canny' = quite, 'like' = tag word, Geordie; returning never named)",
         NEW + "the US $7.95 fee; the damaged-item entry"),
        ("can i do it on paypal or klarna or summat?",
         F(PAYMETHODS) + " — PayPal yes; Klarna pay later or 3 instalments (EU and UK); also Visa, Mastercard, "
         "Amex, Apple Pay, Google Pay ('summat' = something, northern English)",
         NEW + "saying Klarna is not available in the UK"),
        ("belter, cheers pet. laters",
         "Small talk: acknowledgement + thanks + goodbye ('belter' = great, 'pet' = friendly address, Geordie) — "
         "short friendly close",
         SMALL),
    ],
    # 2 Singapore, sister in Birmingham (UK)
    [
        ("hi, my order got some issue leh",
         "Too vague to answer ('leh' = Singlish particle) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("paid liao but my inbox got nothing until now, went through or not?",
         TYPE + F(CONFIRM) + " — normally within 15 minutes: check spam or promotions; sign in and look under My "
         "account > Orders (listed = went through, resend from there); not listed but charged: contact with the "
         "payment date and amount ('liao' = already, Singlish; confirmation e-mail never named)",
         "tapping a choice; asking to rephrase; saying the order failed"),
        ("ok found it inside the junk folder. but the address i key in is my sister old one in birmingham, she "
         "moved to coventry last month. can change or not? and how many days to reach ah",
         BOTH(ADDRESS, DELTIME) + " — not packed yet: My account > Orders > Edit order or contact; once shipped, "
         "ask the carrier for a redirect via the tracking link; same country (UK), so possible; dispatched in 1-2 "
         "business days, then 3-5 business days to the UK ('key in' = typed, Singlish)",
         HALF + "; saying Singapore is not shipped to (the parcel goes to the UK)"),
        ("actually you human or bot ah? reply so fast one",
         "Small talk: are you a bot ('one' = Singlish sentence particle) — honestly an automated assistant; may "
         "offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Accra (Ghana), daughter in Hamburg (DE, EU)
    [
        ("charley, how far? small wahala here",
         "Too vague to answer ('charley' = friend, 'how far' = how are you, 'wahala' = trouble, Ghanaian) — choices "
         "or a clarifying question",
         "a handover; one entry given as certain"),
        ("no no, it's not any of these oo",
         TYPE + "Typed rejection ('oo' = Ghanaian emphasis particle) — apologise and ask what exactly happened; no "
         "handover yet",
         "the same choices again; a handover straight away"),
        ("my visa statement shows 62 euros left my account 2 times but my daughter in hamburg is getting only one "
         "parcel",
         F(CHARGED2) + " — often the second is a temporary authorisation the bank releases within 3-5 business days; "
         "if both still show as completed after that, send the order number and a statement screenshot and the "
         "duplicate is refunded (charged twice never named)",
         "asking to rephrase again; promising the refund as done; the partial-refund entry"),
        ("again, do you people rent out chairs and canopies? she is doing her graduation party",
         "Not covered (renting out party chairs and tents, near a home-goods shop but not offered; 'again' = also, "
         "'canopies' = party tents, Ghanaian English) — say so plainly; may offer a person",
         "inventing a rental service or prices"),
    ],
    # 4 Boston (US)
    [
        ("hey, wicked simple qustion. what's it gonna run me to get a $45 throw blanket out to boston, and is "
         "anybody gonna hit me with fees at the door?",
         BOTH(SHIPCOST, CUSTOMS) + " — US standard shipping $6.95 (free only from $60); no import duties on US "
         "orders under $800 ('wicked' = very, Boston; 'run me' = cost me; shipping cost and customs never named)",
         HALF + "; € or £ prices; saying US customers pay duties"),
        ("$6.95 on a 45 dollar blanket? other places ship it free. waive it and toss in a 20% code or i'm out",
         "Push-back: apologise; the FAQ has free US shipping only from $60 and no goodwill code — say what it has "
         "(adding $15 reaches free shipping) and offer a person",
         "promising free shipping or a code; the same answer again without acknowledging"),
        ("forget it, this thing's useless. get me an actual manager on here, now",
         "Request: angry + person — apologise briefly and hand over",
         PW),
        ("yo? anybody home?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5 Brisbane (Australia), daughter in Dublin (IE, EU)
    [
        ("this is a joke. bought a rug for my daughter in dublin 9 days ago and the link still says label created. "
         "hasn't budged, nobody's told me a thing",
         F(WHERE) + " (or " + F(LOST) + ") — apologise; tracking that has not moved for more than 5 business days: "
         "contact with the order number; the shop opens an investigation with the carrier, replacement or full "
         "refund if not found within 7 business days ('hasn't budged' = no movement; tracking never named)",
         "no apology; telling them to keep waiting with nothing else; promising a refund as done"),
        ("btw did the broncos win last night? missed it",
         "Not covered (unrelated: the Brisbane Broncos rugby league result) — say so kindly",
         "an FAQ answer; a handover"),
        ("just ring me on +61 491 570 110 when someone's free",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the shop's numbers instead"),
        ("how long's this gonna be? it's nearly midnight here",
         WAIT + WAITING,
         "the customer service hours as the answer; an invented wait time"),
    ],
    # 6 Belfast (UK), Northern Irish
    [
        ("just bought the grey throw 20 min ago but the wife says it'll clash with the new sofa. so i've no use for it "
         "now, so i have",
         F(CANCEL) + " — free until packed, usually within 1 hour: My account > Orders > Cancel order or e-mail "
         "the order number; if shipped, refuse it or return within 30 days; claim nothing as done ('so i have' = "
         "Northern Irish tag; cancelling never named)",
         "claiming it is cancelled; saying it is too late"),
        ("dead on",
         "Ambiguous yes ('dead on' = fine / great, Northern Irish) — ask what they mean or restate the step (Cancel "
         "order in My account); nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("while yer here, i can't get logged in at all, and yous are sending me about 5 emails a day, wise up",
         BOTH(RESETPW, UNSUB) + " — Sign in > Forgot password, reset link valid 1 hour, check spam after 10 "
         "minutes; Unsubscribe link at the bottom of any newsletter or untick Newsletter in My account > "
         "Preferences, up to 48 hours, order e-mails continue ('wise up' = come on, be sensible, Northern Irish)",
         HALF + "; deleting the account"),
        ("ach catch yerself on, this yoke's no use to me. ye'll get me a real person to talk to, so ye will",
         "Request: person in Northern Irish English ('catch yourself on' = don't be ridiculous, 'yoke' = thing, "
         "'so ye will' = tag) — hand over to a person",
         PW + "; answering an FAQ"),
    ],
    # 7 Cork (IE, EU)
    [
        ("howya, is there anywhere in cork i could look at the pans in person? and would ye match amazon if they're "
         "cheaper there",
         BOTH(STORE, PRICEMATCH) + " — online only, no store or showroom, the Leipzig warehouse has no pickup; "
         "identical item sold new by a major online retailer shipping to Ireland, delivery included, link before "
         "buying or within 7 days; not marketplace sellers, clearance or flash deals ('howya' = hello, Irish)",
         HALF + "; inventing a shop in Ireland"),
        ("right so. do ye take revolut or apple pay?",
         F(PAYMETHODS) + " — Apple Pay yes; Visa and Mastercard cards (which Revolut issues) yes; also PayPal, "
         "Google Pay, Klarna ('right so' = OK then, Irish)",
         NEW + "saying Apple Pay is not accepted"),
        ("grand. if i ordered today, when would it land at my door in cork, roughly",
         F(DELTIME) + " — dispatched within 1-2 business days, then 2-4 business days in the EU (Ireland), date "
         "shown at checkout ('land' = arrive; delivery time never named)",
         NEW + "UK delivery times; customs for Ireland"),
    ],
    # 8 Vancouver (Canada), first language Korean, friend in Portland (US)
    [
        ("hello, i live in vancouver. you can send to canada? if not, my friend is in portland oregon, how i make "
         "order to her address",
         BOTH(COUNTRIES, ORDER) + " — Canada is not shipped to, the US is; add to basket, Checkout, as guest or "
         "signed in, enter the friend's US address and payment, Place order, confirmation e-mail",
         HALF + "; saying Canadians cannot order at all"),
        ("the beige bedsheet queen size, the button is grey and i cannot click. it will come again soon?",
         F(STOCK) + " — most items back within 2-6 weeks; Notify me on the product page; no pre-orders or "
         "reservations (sold out never named)",
         NEW + "the payment-failed entry; a fixed date"),
        ("ok thank you. when it arrive to her, she must pay some tax?",
         F(CUSTOMS) + " — US orders under $800: normally no import duties; larger ones paid by the recipient on "
         "delivery; thanks acknowledged",
         NEW + "saying Canadian rules; no thanks acknowledged"),
    ],
    # 9 Chennai (India), first language Tamil, son in Berlin (DE, EU)
    [
        ("good morning, kindly tell the delivery charges to berlin, and is there any faster option? my son's "
         "birthday is on monday",
         BOTH(SHIPCOST, EXPRESS) + " — EU: free over €50, else €4.95; express €12.95, 1-2 business days if "
         "ordered before 1 pm CET on a business day (Monday not promised)",
         HALF + "; £ or $ prices for Berlin"),
        ("if any problem comes, what is your number and till what time your office will be there? we are 4.5 hours "
         "ahead of berlin",
         BOTH(PHONE, HOURS) + " — EU number +49 30 1234 5678 (or support@northwindgoods.example); Mon-Fri "
         "9:00-18:00 CET, Sat 10:00-14:00 CET, i.e. about 13:30-22:30 and 14:30-18:30 Indian time",
         HALF + "; giving the hours as Indian time without saying CET"),
        ("one more doubt, the electric rice cooker, if it is giving problem after one year what will happen?",
         F(WARRANTY) + " — electrical appliances carry the extended 3-year warranty against manufacturing defects "
         "(not wear and tear or misuse); claim with order number, description, photo or video ('doubt' = "
         "question, Indian English; warranty never named)",
         NEW + "only 2 years; the damaged-on-arrival entry"),
    ],
    # 10 Kingston (Jamaica), cousin in Croydon (UK)
    [
        ("wah gwaan. mi cousin inna croydon get di dinner set yesterday an two plate bruk up inna di box",
         F(DAMAGED) + " — sorry; within 14 days of delivery send the order number and photos of the item and "
         "packaging; free replacement or full refund, no cost to send it back ('wah gwaan' = what's up, 'bruk up' "
         "= broken, Jamaican Patois; damaged never named)",
         "no apology; a return at her cost"),
        ("she nuh want new plate dem, she rather get di blue set instead. dat can work?",
         F(EXCHANGE) + " — start a return in My account > Orders, choose Exchange and the other colour; the new "
         "set ships free once the return is scanned; refund if it is out of stock; a refund via the damaged-item "
         "route is also fine ('nuh' = doesn't, 'plate dem' = the plates)",
         NEW + "saying colours cannot be swapped"),
        ("an she haffi print one ting fi stick pon di box? she nuh have printer. big up, tanks",
         F(LABEL) + " — the label comes as a PDF by e-mail; with no printer choose the QR code option and the post "
         "office prints it; thanks acknowledged ('haffi' = have to, 'big up' = respect, thanks; label never "
         "named)",
         NEW + "telling her to buy a printer; no thanks acknowledged"),
    ],
    # 11 Johannesburg (South Africa), daughter in Rotterdam (NL, EU)
    [
        ("howzit. trying to get a lamp to my daughter in rotterdam but the site just won't take my money, eish",
         F(PAYFAIL) + " — check card details, billing address, expiry; the bank may block it or ask for 3D Secure "
         "in its app; try PayPal; no money taken when it fails ('howzit' = hi, 'eish' = exasperation, South "
         "African; payment failing never named)",
         "saying South African cards are refused; the countries entry"),
        ("ok it went. but the code from your mail, SAVE10, did nothing, is it because the lamp was on special?",
         F(DISCOUNT) + " — most codes do not work on sale items or gift cards; also check spelling, expiry, minimum "
         "spend, one code per order; send the code to be checked ('on special' = on sale, South African)",
         NEW + "saying the code is invalid for sure"),
        ("shame, ok. then for her birthday i'll rather just send her something she can spend herself",
         F(GIFTCARD) + " — digital gift cards €10-200 by e-mail on a chosen date, valid 2 years, any product "
         "('shame' = aw, sympathy, South African; gift card never named)",
         NEW + "the gift-wrap entry"),
    ],
    # 12 Bristol (UK), West Country
    [
        ("alright my lover, the floor lamp's not for me after all. how do i go about sending it back?",
         F(HOWRETURN) + " — My account > Orders > Return items, pick items and reason, label by e-mail, drop at a "
         "post office or carrier point ('my lover' = friendly address, Bristol)",
         "the return-policy text only, with no steps"),
        ("and how long till i sees the money, roughly?",
         F(REFUNDTIME) + " — checked within 3 business days of arriving, then usually 5-7 business days at the "
         "bank; an e-mail when issued ('i sees' = I see, West Country)",
         NEW + "a fixed date"),
        ("mind, i'm only sending back the lamp, not the 2 cushions what came with it. do i get the postage back an' "
         "all?",
         F(PARTIAL) + " — original shipping is refunded only when the whole order comes back, so returning only the "
         "lamp refunds the lamp, not the postage ('mind' = mind you, 'what came' = that came, West Country; partial "
         "refund never named)",
         NEW + "promising the postage back"),
        ("gert lush, cheers. see ya",
         "Small talk: acknowledgement + thanks + goodbye ('gert lush' = really great, Bristol) — short friendly "
         "close",
         SMALL),
    ],
    # 13 Kraków (PL, EU), first language Polish
    [
        ("good evening, i ordered bedding 140x200 15 minutes ago but my bed is 160x200. can you correct before "
         "sending? and i need faktura with VAT and my firm NIP",
         BOTH(CHANGE, INVOICE) + " — within 1 hour and not packed: My account > Orders > Edit order or contact "
         "with the order number; VAT invoice with the shipping e-mail and under Download invoice; company name and "
         "VAT number at checkout or within 30 days for a corrected invoice ('faktura' = invoice, 'NIP' = Polish tax "
         "number)",
         HALF + "; saying no change is possible"),
        ("my wife already opened the jar of honey from the same order, she doesnt like the taste. can it go back?",
         F(NONRETURN) + " — opened food and drink cannot be returned (hygiene) (non-returnable never named)",
         NEW + "saying yes"),
        ("ok. and if the corrected bedding also don't fit, the money come back to my revolut card or you give "
         "voucher?",
         F(REFUNDWHERE) + " — refunds go to the original payment method (the Revolut card), not as store credit "
         "unless paid by gift card",
         NEW + "saying store credit only"),
    ],
    # 14 Dubai (UAE), first language Arabic, brother in Chicago (US)
    [
        ("salam, i want buy a coffee set for my brother in chicago, one time only. i must make account?",
         F(GUEST) + " — no: Continue as guest at checkout, order and shipping e-mails still come, tracking and "
         "returns with order number and e-mail; the UAE is not shipped to, but Chicago (US) is ('salam' = hello, "
         "Arabic)",
         "saying the UAE customer cannot order"),
        ("ok but maybe later i order more, how i make one then?",
         F(CREATE) + " — person icon > Create account, name, e-mail, password; or after a guest checkout via the "
         "link in the confirmation e-mail",
         NEW + "the guest answer again"),
        ("my old login is with my work mail, i left that company. how i move it to my private one?",
         F(CHEMAIL) + " — My account > Account details > Change email, current password, confirm via the link sent "
         "to the new address; order history stays (e-mail never named)",
         NEW + "telling him to open a second account; the password reset"),
        ("last thing, my wife has account too but she dont use it, she want everything about her erased. shukran!",
         F(DELETE) + " — My account > Privacy > Delete account or an e-mail from her linked address; data deleted "
         "within 30 days except legal order and invoice records; open orders and returns first; thanks "
         "acknowledged ('shukran' = thank you, Arabic)",
         "saying it is deleted now; deleting it on the husband's word; no thanks acknowledged"),
    ],
]

write_plan("en", convs)
