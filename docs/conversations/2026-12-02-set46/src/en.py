"""English plan for test set 46: the sample shop, customers from places no earlier set used.
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
    # 1 Nottingham (UK), East Midlands
    [
        ("ay up me duck. me mam's 70 on thursday an i've left it late again. can you get a teapot to her in "
         "mansfield by then? an can it come all wrapped up nice wi a card from me",
         BOTH(EXPRESS, GIFTWRAP) + " — express to the UK £11.95, 1-2 business days if ordered before 1 pm CET on a "
         "business day; Gift options at checkout: recycled-paper wrapping €3.50 per item and a free message up to "
         "200 characters, prices left off the slip ('ay up me duck' = hello, love, Nottingham; express never "
         "named)",
         HALF + "; standard delivery times only; € or $ express prices for the UK"),
        ("can i spread it over a few weeks? skint till payday",
         F(PAYMETHODS) + " — Klarna (pay later or in 3 instalments) works for UK orders; also cards, PayPal, Apple "
         "Pay, Google Pay ('skint' = broke; instalments never named)",
         NEW + "saying Klarna is EU only"),
        ("an if me mam reckons the green's 'orrible?",
         F(EXCHANGE) + " — start a return under My account > Orders, choose Exchange, pick the other colour; the new "
         "one ships free once the return is scanned; refund if out of stock (a return within 30 days is also "
         "right) (exchange never named)",
         NEW + "the damaged-item entry"),
        ("sorted. ta duck, tarra",
         "Small talk: acknowledgement + thanks + goodbye ('ta' = thanks, 'tarra' = goodbye, Nottingham) — short "
         "friendly close",
         SMALL),
    ],
    # 2 Plymouth (UK), Devon
    [
        ("alright my lover, got a bit of a question like",
         "Too vague to answer ('my lover' = a friendly address, Devon) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("it won't let me in to see me orders, reckons what i'm typin is wrong but i've used the same one for "
         "years",
         TYPE + F(RESETPW) + " — Sign in > Forgot password, reset link valid 1 hour, spam after 10 minutes "
         "(password and login never named)",
         "tapping a choice; asking to rephrase; the order-status entry"),
        ("an when i'm in, can i swap it over to me new gmail? an stop all them offers comin through every "
         "mornin, proper job",
         BOTH(CHEMAIL, UNSUB) + " — My account > Account details > Change email, new address + current password, "
         "then the confirmation link; Unsubscribe link in any newsletter or untick Newsletter in My account > "
         "Preferences, up to 48 hours, order e-mails continue ('proper job' = good, Devon)",
         HALF + "; deleting the account"),
        ("is this an actual person typin back or one of them robot things",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Baltimore (US)
    [
        ("hey hon, i got a question about somethin i bought",
         "Too vague to answer ('hon' = a friendly address, Baltimore) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no none of them hon",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("bought a set of sheets a week ago monday and that link you sent still just says label created. "
         "nobody's picked the thing up",
         F(WHERE) + " or " + F(LOST) + " — dispatched in 1-2 business days, the link works once the carrier scans "
         "it; no update for more than 5 business days: contact with the order number, the shop checks with the "
         "carrier (tracking and lost never named)",
         "asking to rephrase again; promising a refund as done; the delivery-times entry only"),
        ("do yous do a wedding registry? my niece is gettin married down ocean city in june",
         "Not covered (a wedding gift registry, near a home-goods shop but not offered; 'down ocean' = to Ocean "
         "City, Baltimore) — say so plainly; gift cards may be mentioned; may offer a person",
         "inventing a registry; the gift-wrapping entry as if it were that"),
    ],
    # 4 Portland, Maine (US)
    [
        ("ayuh, found a wicked cute lamp on your site for 42 bucks. what's it run me to get it up here to "
         "maine? and the ten percent thing from your email just gives me red letters",
         BOTH(SHIPCOST, DISCOUNT) + " — US standard $6.95 below $60, free from $60; codes: typed exactly, not "
         "expired, minimum spend, not on sale items or with other offers, one per order; send the code to be "
         "checked ('wicked' = very, Maine; shipping and discount code never named)",
         HALF + "; € or £ prices; saying the code is fine"),
        ("six ninety five?? highway robbery. just ship it free and let the code go through on the sale price "
         "anyways",
         "Push-back: apologise; the FAQ has $6.95 below $60 and codes not valid on sale items — say so (free from "
         "$60) and offer a person",
         "promising free shipping or the code; the same answer again without acknowledging"),
        ("this is goin nowhere fast. i want a real live human on here right now",
         "Request: angry + person — apologise briefly and hand over",
         PW),
        ("hellooo?? anybody home??",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5 Darwin (Australia), daughter in Dublin (IE, EU)
    [
        ("absolute joke. my daughter in dublin sent back the WHOLE order, all four bowls, and you've put 31 "
         "euro back on my card when i paid 39.95. where's the rest of it??",
         F(PARTIAL) + " — apologise; original shipping is refunded when the whole order is returned, EU returns "
         "are free, and the refund e-mail lists what was refunded and why; as the whole order came back, a "
         "person to check is due (a partial refund never named)",
         "no apology; saying shipping is never refunded; the refund-time entry only"),
        ("while i've got you, is the mindil beach market on this thursday?",
         "Not covered (unrelated: the Mindil Beach sunset market in Darwin) — say so kindly",
         "an FAQ answer; a handover"),
        ("can someone ring me on +61 8 8955 0143, after 6 pm darwin time",
         "Request: callback with number — hand over to a person with the number (and 'after 6 pm Darwin time') "
         "kept; no promise of a time",
         PW + "; asking for the number again; the shop's numbers instead"),
        ("how long's this gonna be? i start night shift at 7",
         WAIT + WAITING,
         "the customer service hours as the answer; an invented wait time"),
    ],
    # 6 Derry (Northern Ireland, UK)
    [
        ("put in for the bedside lamp about half an hour ago but turns out the landlord's leavin one in the flat "
         "after all. can ye catch it before it goes out?",
         F(CANCEL) + " — free until packed, usually within 1 hour: My account > Orders > Cancel order or e-mail the "
         "order number; if it has shipped, refuse it or return within 30 days; claim nothing as done (cancelling "
         "never named)",
         "claiming it is cancelled; saying it is too late"),
        ("aye right",
         "Ambiguous reply ('aye right' = in Derry often sarcastic, 'yeah, sure'; could be yes or disbelief) — ask "
         "what they mean or restate the step (Cancel order in My account); nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("and another thing, i need a proper receipt with the vat on it for my work. and what time are yous "
         "there till of a saturday?",
         BOTH(INVOICE, HOURS) + " — VAT invoice with the shipping confirmation and under My account > Orders > "
         "Download invoice, company name or VAT number at checkout or within 30 days; Mon-Fri 9-18 CET, Saturday "
         "10-14 CET (9-13 UK time), not public holidays ('yous' = you, plural)",
         HALF + "; weekday hours only"),
        ("this yoke's wile useless so it is. i'm scundered with it, get us a real body to talk to",
         "Request: person in Derry English ('yoke' = thing, 'wile' = very, 'scundered' = fed up, embarrassed, "
         "'a real body' = a real person) — hand over to a person",
         PW + "; answering an FAQ"),
    ],
    # 7 Winnipeg (Canada), brother in Grand Forks, North Dakota (US)
    [
        ("hey there, do you guys send stuff to winnipeg? and if it goes to my brother in grand forks instead is "
         "there duty on like a 120 dollar order?",
         BOTH(COUNTRIES, CUSTOMS) + " — EU, UK and US only, not Canada; a US order under $800 normally has no "
         "import duties (Canada never shipped to; customs never named)",
         HALF + "; saying Canada is shipped to; Canadian duty rules"),
        ("ok his place then. i really don't wanna make yet another login just for one thing",
         F(GUEST) + " — Continue as guest at checkout, e-mails still come, tracking and returns by order number "
         "and e-mail (guest checkout never named)",
         NEW + "the create-account entry only"),
        ("k. and how many days to north dakota?",
         F(DELTIME) + " — dispatched in 1-2 business days, then 5-8 business days to the US",
         NEW + "EU or UK times"),
    ],
    # 8 Belize City (Belize), Kriol, sister in Houston (US)
    [
        ("gud mawnin. mi waan sen wahn blenda to mi sista eena houston. how mi du it pan unu site? an mi card "
         "keep seh declined",
         BOTH(ORDER, PAYFAIL) + " — add to basket, basket icon > Checkout, guest or signed in, address and payment, "
         "Place order; check card details, billing address, expiry, a bank block or 3D Secure in the bank app, try "
         "PayPal, no money taken if it failed ('mi waan' = I want, 'unu' = you, plural, Kriol)",
         HALF + "; saying Belize is shipped to; saying the money was taken"),
        ("di las wan weh shi mi get dead afta six month. how long unu own good fa?",
         F(WARRANTY) + " — electrical appliances 3 years (2 years in general), not wear or misuse; claim with order "
         "number, fault description and a photo or video ('di las wan' = the last one, 'good fa' = good for, "
         "Kriol; warranty never named)",
         NEW + "the return policy's 30 days"),
        ("aright, tanks plenty. laytaz",
         "Small talk: acknowledgement + thanks + goodbye ('laytaz' = later, bye, Kriol) — short friendly close",
         SMALL),
    ],
    # 9 Hyderabad (India), first language Telugu, son in Frankfurt (DE, EU)
    [
        ("Namaste. My son is in Frankfurt for studies. Kindly tell me how he can open login on your website, and "
         "which number he should dial in Germany?",
         BOTH(CREATE, PHONE) + " — person icon > Create account, name, e-mail, password (or from the link after a "
         "guest checkout); EU number +49 30 1234 5678 during opening hours, local rate",
         HALF + "; only the UK or US number"),
        ("He received the table lamp yesterday itself, glass shade is having crack and box also was crushed.",
         F(DAMAGED) + " — within 14 days of delivery send the order number and a photo of the item and packaging; "
         "free replacement or full refund, no cost to send it back",
         NEW + "the warranty entry only"),
        ("If he is taking money back instead of new one, by how many days it will come?",
         F(REFUNDTIME) + " — the return is checked within 3 business days of arrival, then 5-7 business days for "
         "the money to show, an e-mail when issued (refund never named)",
         NEW + "the refund-method entry only"),
    ],
    # 10 Helsinki (FI, EU), first language Finnish
    [
        ("Hei. The grey wool blanket has only button 'notify me'. When it comes again? And you have shop in "
         "Helsinki where I can touch it first?",
         BOTH(STOCK, STORE) + " — mostly restocked within 2-6 weeks, Notify me e-mail, no pre-orders or "
         "reserving; online only, no store, the Leipzig warehouse has no pickup",
         HALF + "; promising a date; inventing a showroom"),
        ("Verkkokauppa sells the same one for 15 euro less. You can do same?",
         F(PRICEMATCH) + " — identical item sold new by a major online retailer shipping to Finland, delivery "
         "included; send the link before buying or within 7 days; not marketplace, clearance or flash deals "
         "('Verkkokauppa' = a large Finnish online retailer)",
         NEW + "the discount-code entry"),
        ("Okei. Kiitos.",
         "Small talk: acknowledgement + thanks ('kiitos' = thank you, Finnish) — short friendly reply",
         SMALL),
    ],
    # 11 Dunedin (New Zealand), son in London (UK)
    [
        ("kia ora. my boy in london got the duvet cover and it's too small for his bed, he wants to get rid of it. "
         "what's he do?",
         F(HOWRETURN) + " or " + F(EXCHANGE) + " — My account > Orders > Return items (or the Returns page as a "
         "guest), label by e-mail, post office or drop-off point; or Exchange for the bigger size ('kia ora' = "
         "hello, Māori; return never named)",
         "saying the shop sent the wrong item; the damaged-item entry"),
        ("he's already biffed the plastic bag it came in, that a problem?",
         F(RETPOLICY) + " — within 30 days, unused and in the original packaging for a full refund; free within "
         "the UK; without the packaging a person may be asked ('biffed' = thrown away, NZ)",
         NEW + "saying it can't be returned at all"),
        ("and the money comes back to me yeah? it was my card not his",
         F(REFUNDWHERE) + " — refunds go back to the original payment method, so the customer's card",
         NEW + "saying the refund goes to the son"),
    ],
    # 12 Lisbon (PT, EU), first language Portuguese
    [
        ("Boa tarde. I paid 20 minutes ago with PayPal, 64 euros, and until now nothing in my email. Is it okay?",
         F(CONFIRM) + " — normally within 15 minutes: check spam or promotions, then My account > Orders (listed = "
         "it went through, resend from there); if not listed and charged, contact with payment date and amount "
         "(confirmation never named)",
         "saying the order failed; the payment-failed entry"),
        ("Another order from September: the app says is in the locker since Friday, but I opened the locker and "
         "was empty.",
         F(LOST) + " — shows delivered but not found: check neighbours and reception, then contact with the order "
         "number; carrier investigation, replacement or full refund if not found within 7 business days (lost "
         "never named)",
         NEW + "the order-status entry only"),
        ("And in PayPal I see this same 64 euros two times.",
         F(CHARGED2) + " — often a temporary authorisation released in 3-5 business days; if both still completed, "
         "order number and a screenshot and the duplicate is refunded",
         NEW + "promising a refund as done"),
        ("Obrigada, tchau",
         "Small talk: thanks + goodbye ('obrigada' = thank you, 'tchau' = bye, Portuguese) — short friendly close",
         SMALL),
    ],
    # 13 Inverness (Scotland, UK)
    [
        ("hiya, i'm flitting to aviemore on the 10th and the order i put in this morning should go there now "
         "instead. and can ye take the second cushion off it while you're at it?",
         BOTH(ADDRESS, CHANGE) + " — not yet packed: My account > Orders > Edit order or contact; after shipping a "
         "carrier redirect via the tracking link, same country only; changes within 1 hour of ordering and before "
         "packing, so from the morning it may be too late: contact with the order number, or return the cushion "
         "after delivery ('flitting' = moving house, Scots; address and change never named)",
         HALF + "; promising both changes as done; the cancel entry"),
        ("there's a jar of heather honey in it too. if i open it and it's no nice, can that go back?",
         F(NONRETURN) + " — opened food can't be returned (hygiene and safety); damaged or faulty items always can "
         "('no nice' = not nice, Scots)",
         NEW + "saying opened honey can go back"),
        ("right. and can i get my neighbour one of those voucher things for feeding the cat while i'm away",
         F(GIFTCARD) + " — digital gift cards €10-200 by e-mail on the chosen date, valid 2 years, any product",
         NEW + "the discount-code entry"),
    ],
    # 14 Stockholm (SE, EU), first language Swedish
    [
        ("Hej! Yesterday I told in my account that I send back the candle holders, but the sticker for the box "
         "never came. "
         "Where is it?",
         F(LABEL) + " — the label comes by e-mail as a PDF when the return is registered; check spam or download "
         "it again from the return under My account; QR code option without a printer (label never named)",
         "the how-to-return steps only; asking to start a new return"),
        ("ok. After this I don't want to shop here again, please take away all my data.",
         F(DELETE) + " — My account > Privacy > Delete account or an e-mail from the linked address, within 30 "
         "days, except records kept by law; open orders and returns must be completed first (so after the return)",
         NEW + "the unsubscribe entry"),
        ("The return costs me something in Sweden?",
         F(RETPOLICY) + " — returns are free within the EU; 30 days, unused, original packaging",
         NEW + "the US $7.95 fee"),
        ("ok. tack så mycket",
         "Small talk: acknowledgement + thanks ('tack så mycket' = thank you very much, Swedish) — short friendly "
         "reply",
         SMALL),
    ],
]

write_plan("en", convs)
