"""English plan for test set 41: the sample shop, customers from many places.
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
    # 1 Bristol (UK)
    [
        ("alright, looking at the cast iron casserole dish for my dad, whats postage to bristol and is there "
         "any guarantee on it if the enamel goes",
         BOTH(SHIPCOST, WARRANTY) + " — UK: free over £45, else £4.95; cast-iron cookware has the extended "
         "3-year warranty against manufacturing defects (not wear and tear or misuse)",
         HALF + "; € or $ prices for a UK address; only the 2-year warranty"),
        ("what if he'd rather the blue one",
         F(EXCHANGE) + " — start a return, choose Exchange, pick the colour; new item shipped free once the "
         "return is scanned; refund if out of stock",
         NEW + "saying colours cannot be swapped"),
        ("ok. can i spread it over a few months, bit skint till payday",
         F(PAYMETHODS) + " — Klarna: pay later or in 3 instalments (EU and UK only, so fine for Bristol); "
         "also cards, PayPal, Apple/Google Pay",
         NEW + "saying instalments are not possible; offering cash on delivery"),
        ("gert lush, cheers drive. see ya",
         "Small talk: thanks + acknowledgement + goodbye ('gert lush' = really great, 'cheers drive' = thanks, "
         "Bristolian) — short friendly close",
         SMALL),
    ],
    # 2 Brisbane, sister in Leeds (UK)
    [
        ("hey, got a question about something i bought",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("sent a floor lamp to my sister in leeds this arvo our time, how do i keep an eye on it",
         TYPE + F(WHERE) + " — My account > Orders or the tracking link in the shipping e-mail; dispatched in "
         "1-2 business days, the link works once the carrier scans it ('arvo' = afternoon, Australian)",
         "tapping a choice; asking to rephrase; saying Australia is not shipped to (the parcel goes to the UK)"),
        ("found it, ta. she moves flats next week though, can it go to the new place, and i need a tax "
         "invoice for it for my business",
         BOTH(ADDRESS, INVOICE) + " — not packed yet: Edit order under My account > Orders or contact them; "
         "after shipping a carrier redirect via tracking, same country only; VAT invoice with the shipping "
         "e-mail / Download invoice, company name at checkout or within 30 days",
         HALF + "; promising the address change is done"),
        ("is this an actual person typing or a program",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 New Orleans (US), first language Vietnamese
    [
        ("hello, i have a problem with my account",
         "Too vague to answer — choices (sign in, password, e-mail, delete...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("no not this one",
         TYPE + "Typed rejection — apologise and ask what exactly the problem is; no handover yet",
         "the same choices again; a handover straight away"),
        ("i forget the secret word to get in my profile, i click the link they send but it say expired, i only open it "
         "next morning. and there it is my old one from work, i want put my gmail instead",
         BOTH(RESETPW, CHEMAIL) + " — the reset link is valid 1 hour: ask for a new one (Sign in > Forgot "
         "password) and use it at once, check spam after 10 min; then My account > Account details > Change "
         "email, current password, confirm via the link sent to the new address",
         "asking to rephrase again; " + HALF),
        ("you also make a wedding list, like a registry for my daughter wedding in june?",
         "Not covered (a wedding gift registry, near the trade but not offered) — say so plainly; may offer "
         "a person; gift cards may be mentioned as an alternative",
         "inventing a registry service"),
    ],
    # 4 Johannesburg, brother in Amsterdam (NL)
    [
        ("howzit, want to send my brother in amsterdam a coffee grinder for his 40th. do you go there and can "
         "you make it look pretty with a little card from me inside",
         BOTH(COUNTRIES, GIFTWRAP) + " — the Netherlands is in the EU, so yes (South Africa itself is not "
         "shipped to); gift wrapping €3.50 per item, free message up to 200 characters, prices left off the "
         "slip ('howzit' = hello, South African)",
         HALF + "; saying they cannot order from South Africa"),
        ("no man, the same grinder is R300 cheaper on a site here in joburg. match that and chuck in express "
         "for free or i'm not buying",
         "Push-back: apologise; " + F(PRICEMATCH) + " only covers major retailers shipping to the delivery "
         "country (the Netherlands), with a link, and there is no free express — say what the FAQ has and "
         "offer a person",
         "promising the match or free express; the same answer again without acknowledging"),
        ("this is going nowhere. get me an actual human being, now",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("hello?? anyone there",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5 Boston (US)
    [
        ("this is ridiculous. ordered 6 wine glasses for thanksgiving and 4 came out of the box shattered, "
         "there was basically no padding in there. what are you going to do about it",
         F(DAMAGED) + " — apologise; contact within 14 days of delivery with order number and a photo of the "
         "item and packaging; free replacement or full refund, no cost to send the broken ones back",
         "no apology; the normal return policy with the $7.95 US fee"),
        ("also is the green line running out to fenway tonight or no",
         "Not covered (Boston public transport) — say so kindly, back to the shop's topics",
         "a timetable; an FAQ answer; a handover"),
        ("just have someone call me please, 617 555 0188",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the shop's number instead"),
        ("how long is this gonna take, i gotta grab my kid from hockey at 6",
         WAIT + WAITING,
         "the customer service hours as the answer; an invented wait time"),
    ],
    # 6 Edinburgh (UK)
    [
        ("hi, bought the big wool throw on your site about 20 mins ago and my flatmate has just come home with "
         "the exact same one, we really dont need two of them",
         F(CANCEL) + " — free until packed (usually within 1 hour): My account > Orders > Cancel order or "
         "e-mail the order number; if shipped, refuse or return within 30 days; claim nothing as done",
         "claiming the order is cancelled; a return as the only way"),
        ("aye fine",
         "Ambiguous yes ('aye' = yes, Scots) — ask what they want to do or restate the step (Cancel order in "
         "My account); nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("and if its already away, does sending it back cost me anything and how soon do i see my money",
         BOTH(RETPOLICY, REFUNDTIME) + " — UK returns free within 30 days, unused and in original "
         "packaging; checked within 3 business days after arrival, then 5-7 business days at the bank",
         HALF + "; a return fee for the UK"),
        ("ach this is daein ma heid in. ah'm no wantin tae blether wi a machine, get us a real body tae "
         "speak tae",
         "Request: person in broad Scots ('this is doing my head in. I don't want to chat with a machine, get "
         "me a real person to talk to') — hand over to a person",
         PW + "; answering an FAQ; asking for plain English"),
    ],
    # 7 Auckland, daughter in Glasgow (UK)
    [
        ("kia ora, do you post to new zealand? if not my daughter is in glasgow, could go to her",
         F(COUNTRIES) + " — New Zealand is not shipped to; the UK is, so her address in Glasgow works "
         "('kia ora' = hello, NZ)",
         "saying NZ is shipped to; refusing the UK too"),
        ("how quick would it get to her",
         F(DELTIME) + " — dispatched in 1-2 business days, then 3-5 business days to the UK; estimate at "
         "checkout (express may be mentioned)",
         NEW + "NZ delivery times"),
        ("sweet as. and nothing for her to pay when it turns up?",
         F(CUSTOMS) + " — no customs charges on UK orders (warehouses in the EU and the UK) ('sweet as' = "
         "great, NZ)",
         NEW + "saying she pays import duties"),
    ],
    # 8 Wellington, first language Japanese, friend in Hamburg (DE)
    [
        ("hello. i would like to send present to my friend in hamburg. the black teapot, i cannot put it in "
         "basket, page say none left. when it come again? can you keep one for me please",
         F(STOCK) + " — most items back in 2-6 weeks, Notify me on the product page; no pre-orders or "
         "reservations",
         "promising to reserve one; a fixed date"),
        ("i understand. then i buy gift card instead, what price is possible",
         F(GIFTCARD) + " — digital, €10 to €200, e-mailed on the chosen date, valid 2 years",
         NEW + "a physical card by post"),
        ("thank you. i never buy from your shop before, how do i buy, i must make account first?",
         BOTH(ORDER, CREATE) + " + " + F(GUEST) + " — basket > Checkout, guest or sign in; no account "
         "needed (Continue as guest); an account can be made with the person icon > Create account or later "
         "from the confirmation e-mail",
         "saying an account is required"),
    ],
    # 9 Cape Town, first language Portuguese, friend in Madrid (ES)
    [
        ("bom dia, i try to pay with my card for order to my friend in madrid and the bank say declined, 3 "
         "times now, what is wrong",
         F(PAYFAIL) + " — check card details, billing address, expiry, bank block or 3D Secure in the app; "
         "try PayPal; no money has been taken; the bank can say why",
         "saying the card was charged; saying Spain is not shipped to"),
        ("ok with paypal it pass. but now in my bank app i see the money taken 2 times",
         F(CHARGED2) + " — often a temporary authorisation released in 3-5 business days; if both still "
         "completed after that, send order number and a screenshot and the duplicate is refunded",
         NEW + "promising an immediate refund"),
        ("alright i'll look again just now, thanks",
         "Small talk: thanks + acknowledgement ('just now' = later on, South African) — short friendly close",
         SMALL),
    ],
    # 10 Nairobi, cousin in Brussels (BE)
    [
        ("hello, the tracking said delivered on tuesday but my cousin in brussels has nothing, she asked the "
         "guard at her building and the neighbours already",
         F(LOST) + " — they already checked neighbours/reception, so contact with the order number; an "
         "investigation with the carrier, and if not found in 7 business days a replacement or full refund",
         "saying nothing can be done because it shows delivered"),
        ("if they dont find it does the money go to me or to her",
         F(REFUNDWHERE) + " — back to the original payment method, i.e. the customer's own card/PayPal, not "
         "the cousin",
         NEW + "saying it goes to the cousin"),
        ("asante sana. and please stop sending me your newsletter, 3 a week is too much",
         F(UNSUB) + " — Unsubscribe link at the bottom of any newsletter or My account > Preferences; up to "
         "48 hours; order e-mails continue ('asante sana' = thank you very much, Swahili)",
         "ignoring the request; saying all e-mails will stop"),
    ],
    # 11 Manila, sister in Milan (IT)
    [
        ("good evening po, i ordered a handbag for my sister in milan as a guest last night, no email came at "
         "all, did it go through?",
         F(CONFIRM) + " — normally within 15 min: check spam/promotions; as a guest there is no My account, "
         "so if charged, contact with payment date and amount ('po' = politeness particle, Filipino)",
         "saying the order failed; telling a guest to sign in without noting the guest case"),
        ("it came now, it was in spam. my sister wants to send back 1 of the 2 scarves, how does she do it, "
         "she has no account and she is not the one who paid",
         F(HOWRETURN) + " — guests start a return on the Returns page with the order number and e-mail "
         "address (she needs them from the customer); label by e-mail, drop at a post office",
         "saying only the account holder can return; a return fee in the EU"),
        ("she cant make it on paper at home po",
         F(LABEL) + " — choose the QR code option; the post office prints the label",
         NEW + "telling her to buy a printer"),
    ],
    # 12 Mumbai, son in Birmingham (UK)
    [
        ("hi, my son in birmingham is ordering some things on my card, he put the code WELCOME10 but it is not "
         "coming on the bedsheets which are in sale",
         F(DISCOUNT) + " — most codes do not work on sale items; check spelling, expiry, minimum spend, one "
         "code per order; send the code if it still fails",
         "promising the discount on sale items"),
        ("ok he paid anyway 20 min back, but he wrote the flat number 14 instead of 41",
         F(CHANGE) + " — within 1 hour and if not packed: My account > Orders > Edit order or contact them "
         "with the order number; after shipping a carrier redirect (same country) is the way",
         NEW + "saying nothing can be changed"),
        ("do you have a shop in birmingham or london where he can just go and collect instead",
         F(STORE) + " — online only, no store; the Leipzig warehouse has no pickup; delivery to an address "
         "or parcel locker",
         "inventing a UK shop"),
    ],
    # 13 Toronto, first language Russian, friend in Chicago (US)
    [
        ("hello. i live in toronto, i know you dont deliver to canada. i want send blanket to my friend in "
         "chicago, price is 120 dollar. she will pay some tax at the door?",
         F(CUSTOMS) + " — US order under $800: normally no import duties (standard shipping also free over "
         "$60 may be mentioned)",
         "saying duties are due; refusing because the customer is in Canada"),
        ("her birthday is saturday, can be faster?",
         F(EXPRESS) + " — US express $19.95, 2-3 business days if ordered before 1 pm CET on a business day; "
         "no promise for a given Saturday",
         NEW + "promising Saturday"),
        ("ok. if she dont like it, she return for free? and i put also box of chocolate inside, maybe she open "
         "it already",
         BOTH(RETPOLICY, NONRETURN) + " — 30 days, unused, original packaging; US returns cost $7.95, taken "
         "from the refund; opened food cannot be returned",
         HALF + "; free US returns; opened chocolate returnable"),
        ("understood. goodbye",
         "Small talk: acknowledgement + goodbye — short friendly close",
         SMALL),
    ],
    # 14 first language Spanish, living in Valencia (ES)
    [
        ("hola! i returned the jute rug and got the refund but its 5 euro less than what i paid, i paid 45 "
         "with the shipping",
         F(PARTIAL) + " — the refund e-mail lists what was refunded and why; original "
         "shipping (€4.95 on a €40 order) is refunded only when the whole order is returned — the rug seems to "
         "have been the whole order, so the FAQ's own rule says shipping should come back: give the rule and "
         "invite contact to check it",
         "saying shipping is never refunded; promising the 5 € as done; blaming a US fee"),
        ("ok whatever. i want to close my account and that you forget all my data",
         F(DELETE) + " — My account > Privacy > Delete account or e-mail from the linked address; deleted "
         "within 30 days except legally kept order/invoice records; open orders and returns first",
         "saying everything is deleted at once"),
        ("vale. what time can i ring you tomorrow, i finish work at 17h",
         BOTH(HOURS, PHONE) + " — Mon-Fri 9:00-18:00 CET (Valencia is on the same time), so 17:00-18:00 "
         "works; EU number +49 30 1234 5678, local rate ('vale' = ok, Spanish)",
         HALF + "; the US or UK number for Spain"),
        ("perfecto, muchas gracias. adios",
         "Small talk: thanks + goodbye — short friendly close",
         SMALL),
    ],
]

write_plan("en", convs)
