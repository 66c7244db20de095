"""English plan for test set 50: the sample shop, customers from places no earlier set used.
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
    # 1 Sheffield (UK), South Yorkshire
    [
        ("ey up. kettle i got off you last year has packed in, it clicks off after 2 seconds every time. am i "
         "still covered after 14 month? an what time are you lot about to sort it",
         BOTH(WARRANTY, HOURS) + " — 2 years on all products, electrical appliances 3 years, so 14 months is "
         "covered (not wear or misuse); claim with order number, description of the fault and a photo or video; "
         "support Mon-Fri 9:00-18:00 and Sat 10:00-14:00 CET (UK one hour behind), not on public holidays ('ey "
         "up' = hello, Yorkshire; 'packed in' = stopped working)",
         HALF + "; saying 14 months is out of warranty; the damaged-on-arrival entry"),
        ("is there a shop near sheff i can just take it back to instead",
         F(STORE) + " — online only, no store; the Leipzig warehouse has no customer pickup (or drop-off)",
         NEW + "inventing a store or a drop-off point"),
        ("right, its nesh in ere wi no brew. if i just buy another now, how fast can i have it",
         F(EXPRESS) + " — express £11.95 in the UK, 1-2 business days if ordered before 1 pm CET on a business "
         "day, choose Express at checkout ('nesh' = feeling the cold, 'brew' = cup of tea; express never named)",
         NEW + "only the standard delivery time; EU or US prices"),
        ("champion that, ta. sithee",
         "Small talk: acknowledgement + thanks + goodbye ('champion' = great, 'ta' = thanks, 'sithee' = see you, "
         "Yorkshire) — short friendly close",
         SMALL),
    ],
    # 2 Wrexham (UK), North Wales
    [
        ("su'mae, bit of a problem with an order like",
         "Too vague to answer ('su'mae' = hello, North Wales Welsh) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("posted the whole lot back to you nearly a fortnight ago and i'm still waiting on my money, is that "
         "normal??",
         TYPE + F(REFUNDTIME) + " — checked within 3 business days of arriving at the warehouse, then usually "
         "5-7 business days to show depending on the bank; an e-mail when it is issued (so about two weeks can "
         "be normal; contact if no e-mail) (refund never named)",
         "tapping a choice; asking to rephrase; the partial-refund entry"),
        ("while i'm on, my nain wants to get something off you but she won't make a login, can she still buy? "
         "she'd sooner talk to someone on the phone too, whats the number",
         BOTH(GUEST, PHONE) + " — yes, Continue as guest at checkout, order and shipping e-mails, track or return "
         "with order number and e-mail; UK number +44 20 7946 0123 at local rate during opening hours ('nain' = "
         "grandmother, Welsh)",
         HALF + "; only the EU or US number; saying an account is required"),
        ("be honest now, is this a computer i'm talking to",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Sligo (IE, EU)
    [
        ("hello there",
         "Too vague to answer (a greeting only) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no, not that at all",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "repeating the same choices; a handover; an FAQ answer"),
        ("I put in the 15% off from yer welcome email for the floor lamp and the total stayed the same, it's "
         "marked down already if that matters",
         F(DISCOUNT) + " — codes usually can't be used on sale items or combined with other offers; check it is "
         "typed exactly, not expired, the minimum spend, one code per order; send the code to be checked",
         NEW + "the price-match entry; promising the 15% as done"),
        ("ok so. and when the new one comes would ye take the old lamp away with ye for recycling",
         "Not covered (taking away an old item for recycling: near the shop's trade but not offered; 'ok so' = "
         "all right then, Irish) — say so plainly; may offer a person",
         "inventing a take-back service; the return entry; unrelated choices"),
    ],
    # 4 Buffalo, New York (US)
    [
        ("hi. how come it's $7.95 when I mail stuff to you guys? everybody else does it free. also I'm only "
         "keeping 1 of the 3 plates, do I get the delivery fee I paid on top of that",
         BOTH(RETPOLICY, PARTIAL) + " — returns are free in the EU and UK but US customers pay $7.95, deducted "
         "from the refund; original shipping is only refunded when the whole order comes back, so not for 2 of 3 (neither named)",
         HALF + "; saying US returns are free; promising the shipping back"),
        ("that's ridiculous. I've ordered from you guys like 10 times, just waive it this once",
         "Push-back: apologise; the FAQ has the $7.95 US return fee and nothing about waiving it — say so and "
         "offer a person",
         "agreeing to waive the fee; repeating the whole entry without answering"),
        ("forget it, put me through to a supervisor. I'm done going back and forth with a bot",
         "Request: angry + person — apologise briefly and hand over",
         PW),
        ("uh hello? is somebody actually coming or what",
         WAIT + WAITING,
         "an FAQ answer; choices; 'nobody is here'"),
    ],
    # 5 Albuquerque, New Mexico (US)
    [
        ("ARE YOU KIDDING ME. I bought ONE rug, $189, and my credit card statement shows $189 from you 2 "
         "times. fix this NOW",
         F(CHARGED2) + " — apologise; a second charge is often a temporary authorisation the bank releases in 3-5 "
         "business days; if both still show as completed after that, send the order number and a screenshot of "
         "the statement and the duplicate is refunded straight away; claim nothing as done (charged twice never named)",
         "promising the refund as done; the payment-failed entry; the refund-time entry"),
        ("totally different question, do you know if the balloon fiesta is going this weekend",
         "Not covered (unrelated: the Albuquerque balloon fiesta dates) — say so kindly",
         "an FAQ answer; choices of entries; invented dates"),
        ("just have someone call me, 505-555-0143, I'm free after 4 mountain time",
         "Request: callback with number — hand over to a person with the number and 'after 4 pm Mountain time' "
         "kept; no promise of a time",
         PW + "; asking for the number again; the shop's US number instead"),
        ("how much longer on this? gotta grab my kid from practice at 5",
         WAIT + WAITING,
         "the customer service hours as the answer; an invented wait time"),
    ],
    # 6 Ballymena (Northern Ireland, UK), Ulster Scots
    [
        ("bought a bedding set for the spare room about 40 min ago, but the wife's sister's after pulling out "
         "of coming over so there's no call for it now",
         F(CANCEL) + " — free until packed, usually within 1 hour: My account > Orders > Cancel order or e-mail "
         "the order number; if shipped, refuse it or return it within 30 days; claim nothing as done (cancelling "
         "never named; 'no call for it' = not needed)",
         "claiming it is cancelled; saying it is too late; the change-order entry"),
        ("aye right",
         "Ambiguous reply ('aye right', in Ulster often doubtful or sarcastic: 'yeah sure') — ask what they mean "
         "or restate the step (Cancel order in My account); nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("while a have ye, the mugs that came last week, one was in bits in the box. and a've cushions tae send "
         "back but there's no printer in the house",
         BOTH(DAMAGED, LABEL) + " — within 14 days of delivery send the order number and a photo of the item and "
         "packaging, free replacement or full refund, nothing to pay to send it back; for the cushions choose the "
         "QR code option and the post office prints the label ('in bits' = broken)",
         HALF + "; saying a printer is needed"),
        ("ach catch yerself on. thon's no use tae man nor beast, a'm scundered wi this wee computer. get us a "
         "real body tae talk tae",
         "Request: person in Ulster Scots ('come to your senses. that's no use to anybody, I'm fed up with this "
         "little computer. get me a real person to talk to') — hand over to a person",
         PW + "; answering an FAQ; asking to write in standard English"),
    ],
    # 7 Stornoway, Isle of Lewis (UK)
    [
        ("Halò. I run a wee B&B and buy my towels from you. My accountant wants the business name on the "
         "receipts, the last lot was about three weeks ago, can that one still be done?",
         F(INVOICE) + " — VAT invoice with the shipping confirmation and under My account > Orders > Download "
         "invoice; company name or VAT number at checkout or within 30 days for a corrected invoice, so 3 weeks "
         "is in time ('halò' = hello, Scottish Gaelic; invoice never named)",
         "saying it can't be changed after ordering; the create-account entry"),
        ("and the box before that hasn't budged on the tracker since Glasgow last Tuesday",
         F(LOST) + " — tracking unmoved for 5 business days: check with neighbours, then contact with the order "
         "number; investigation with the carrier, replacement or full refund if not found within 7 business days "
         "(the order-status entry's 5-business-day contact rule also fits)",
         NEW + "only 'track it under My account'; promising a refund as done"),
        ("Tapadh leat",
         "Small talk: thanks ('tapadh leat' = thank you, Scottish Gaelic) — short friendly reply",
         SMALL),
    ],
    # 8 Regina, Saskatchewan (Canada, not shipped to), sister in Seattle (US)
    [
        ("Hey there, do you guys mail to Regina? If not I'd send it to my sister down in Seattle, is she gonna "
         "get hit with a duty fee at the door?",
         BOTH(COUNTRIES, CUSTOMS) + " — EU, UK and US only, Canada explicitly not, so Seattle yes; US orders "
         "under $800 normally have no import duties, larger ones are paid by the customer on delivery",
         HALF + "; saying Canada is shipped to"),
        ("ok and how much extra on top for around $45 worth going to Seattle",
         F(SHIPCOST) + " — free only over $60, so standard $6.95 to the US; express extra at checkout (shipping never named)",
         NEW + "EU or UK prices; saying it ships free"),
        ("perfect, thanks a bunch. have a good one eh",
         "Small talk: thanks + goodbye ('eh', Canadian tag) — short friendly close",
         SMALL),
    ],
    # 9 Alice Springs (Australia, not shipped to), cousin in Manchester (UK)
    [
        ("G'day. Trying to buy a pressie for my cousin in Manchester this arvo and the bank keeps knocking it "
         "back. Is it cos I'm in Oz?",
         F(PAYFAIL) + " — check card details, billing address and expiry, a bank block or a 3D Secure request in "
         "the bank app, try PayPal; nothing is taken when it fails, the bank can say why ('arvo' = afternoon, "
         "'pressie' = present; payment failed never named)",
         "saying Australian cards are refused; the countries entry"),
        ("PayPal did the trick. If she reckons the colour's daggy can she swap it?",
         F(EXCHANGE) + " — start a return under My account > Orders, reason Exchange, pick the colour; the new "
         "one ships free once the return is scanned, refund if out of stock ('daggy' = unfashionable)",
         NEW + "the return-policy entry only"),
        ("She might chuck in a bag of your coffee beans too, if she opens it and hates it can that go back? And "
         "can she set up her own login for next time",
         BOTH(NONRETURN, CREATE) + " — opened food and drink can't be returned (unless damaged or faulty); "
         "person icon > Create account, name, e-mail, password, or the link in the confirmation e-mail after a "
         "guest checkout",
         HALF + "; saying opened food can be returned within 30 days"),
    ],
    # 10 Addis Ababa (Ethiopia), brother in Frankfurt (DE, EU)
    [
        ("Selam. I want to buy a coffee set for my brother in Frankfurt. Can I pay with telebirr, or I need "
         "Visa?",
         F(PAYMETHODS) + " — Visa, Mastercard, American Express, PayPal, Apple Pay, Google Pay, Klarna (EU/UK); "
         "telebirr is not among them; no cash on delivery ('selam' = hello, Amharic; telebirr = Ethiopian mobile "
         "money)",
         "saying telebirr works; the payment-failed entry"),
        ("He is moving flat on Saturday. If I order today with the old street and after I know the new, it is "
         "possible to fix?",
         F(ADDRESS) + " — before packing under My account > Orders > Edit order or by contacting the shop; after "
         "shipping only a carrier redirect via the tracking link where available; not another country",
         NEW + "the change-order entry with its 1 hour only; promising any change later"),
        ("How many days it takes to Germany normally",
         F(DELTIME) + " — dispatched in 1-2 business days, then 2-4 business days in the EU",
         NEW + "UK or US times"),
        ("Ameseginalehu!",
         "Small talk: thanks ('ameseginalehu' = thank you, Amharic) — short friendly reply",
         SMALL),
    ],
    # 11 Gdańsk (PL, EU), first language Polish
    [
        ("Cześć. I don't remember my secret to get in, I asked for a new one but 20 minutes and nothing arrive",
         F(RESETPW) + " — Sign in > Forgot password with the registered e-mail, link valid 1 hour; after 10 "
         "minutes check spam or contact ('cześć' = hi, Polish; password never named)",
         "the create-account entry; the order-confirmation entry"),
        ("Ok it was in spam. Now I want my work mail on the account instead of private, and please no more "
         "advertising letters",
         BOTH(CHEMAIL, UNSUB) + " — My account > Account details > Change email, new address and current "
         "password, confirm from the new address; Unsubscribe link in any newsletter or untick Newsletter under "
         "My account > Preferences, up to 48 hours, order e-mails continue (neither named)",
         HALF + "; the delete-account entry"),
        ("Dziękuję, do widzenia",
         "Small talk: thanks + goodbye ('dziękuję' = thank you, 'do widzenia' = goodbye, Polish) — short "
         "friendly close",
         SMALL),
    ],
    # 12 Cluj-Napoca (RO, EU), first language Romanian
    [
        ("Bună ziua. I paid 2 hours ago and there is no mail from you, I look also in spam",
         F(CONFIRM) + " — normally within 15 minutes; check My account > Orders: if listed it went through and "
         "the confirmation can be resent; if not listed and charged, contact with the payment date and amount "
         "('bună ziua' = good day, Romanian)",
         "saying the order failed; the charged-twice entry"),
        ("Yes I see it there. Can I still put one more plate in it? And when it leaves from you?",
         BOTH(CHANGE, WHERE) + " — changes only within 1 hour and before packing, so after 2 hours most likely "
         "not (a separate order, or return unwanted items later); dispatched in 1-2 business days, tracking link "
         "in the shipping confirmation and My account > Orders",
         HALF + "; promising the plate can be added"),
        ("Mulțumesc. Last thing, my colleagues gave me a card of 50 euro from your shop, where I put it?",
         F(GIFTCARD) + " — enter the code at checkout in the Gift card field, balance on the Gift cards page, "
         "valid 2 years; thanks acknowledged ('mulțumesc' = thank you, Romanian)",
         NEW + "the discount-code entry"),
    ],
    # 13 Cebu (Philippines), sister in London (UK)
    [
        ("hello po, first time here. i want to surprise my ate in london with the big frying pan, how do i do "
         "it?",
         F(ORDER) + " — basket > basket icon > Checkout, guest or signed in, her London address and payment, "
         "Place order, confirmation e-mail within minutes ('po' = respect particle, 'ate' = older sister, "
         "Filipino)",
         "the countries entry only; saying the Philippines is shipped to"),
        ("can you wrap it nice and not put the price inside po",
         F(GIFTWRAP) + " — Gift options at checkout, €3.50 per item (recycled paper), free message up to 200 "
         "characters, prices left off the packing slip",
         NEW + "saying prices are always shown"),
        ("if its not good for her stove how will she send it back, and the money goes to her or me?",
         BOTH(HOWRETURN, REFUNDWHERE) + " — My account > Orders > Return items, or the Returns page with order "
         "number and e-mail for guests, label by e-mail, drop at a post office or carrier point (free from the "
         "UK within 30 days, unused); refund to the original payment method, so to the buyer",
         HALF + "; saying the refund goes to the sister"),
    ],
    # 14 Malmö (SE, EU), first language Swedish
    [
        ("Hej! The linen tablecloth in sand colour is sold out for weeks now, will it come back?",
         F(STOCK) + " — most items restocked within 2-6 weeks; Notify me on the product page; no pre-orders or "
         "reserving ('hej' = hi, Swedish)",
         "promising a date; saying it can be reserved"),
        ("I saw it at another webshop a bit cheaper, if I send you that will you take the same price?",
         F(PRICEMATCH) + " — identical item sold new by a major online retailer shipping to Sweden, delivery "
         "included, link before buying or within 7 days; not marketplace sellers, clearance or flash deals",
         NEW + "saying there is no price matching; promising the match without the conditions"),
        ("And after it comes I want you to forget me totally, no profile, nothing of my information kept",
         F(DELETE) + " — My account > Privacy > Delete account or e-mail from the linked address; data deleted "
         "within 30 days except order and invoice records kept by law; open orders and returns first (so after "
         "the delivery; deleting never named)",
         NEW + "the unsubscribe entry; deleting at once"),
        ("Tack så mycket, hej då!",
         "Small talk: thanks + goodbye ('tack så mycket' = thank you very much, 'hej då' = bye, Swedish) — short "
         "friendly close",
         SMALL),
    ],
]

write_plan("en", convs)
