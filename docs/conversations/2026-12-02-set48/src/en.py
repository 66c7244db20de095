"""English plan for test set 48: the sample shop, customers from places no earlier set used.
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
    # 1 Stoke-on-Trent (UK), Potteries
    [
        ("ay up duck. me mam's 70 on the 14th an i want to get her them stoneware mixing bowls. if i press buy "
         "tomorra will they get to hers in longton in time? an can they come done up nice wi a little card from me",
         BOTH(DELTIME, GIFTWRAP) + " — dispatched in 1-2 business days, then 3-5 business days within the UK; Gift "
         "options at checkout: recycled-paper wrapping €3.50 per item and a free message up to 200 characters, "
         "prices left off the packing slip; no promise about the 14th beyond those times ('ay up duck' = hello "
         "love, 'me mam' = my mother, Potteries; Longton is in Stoke; wrapping never named)",
         HALF + "; EU or US delivery times; promising the date"),
        ("i were thinking of having her name put on the big one an all. if she dunna like it after, can she still "
         "send it back?",
         F(NONRETURN) + " — personalised or engraved items can't be returned (damaged or faulty items always can) "
         "('dunna' = doesn't, Potteries; personalised never named)",
         NEW + "saying it can go back within 30 days like anything else"),
        ("i've not got a credit card, only me paypal, is that alright",
         F(PAYMETHODS) + " — PayPal is accepted (also Visa, Mastercard, Amex, Apple Pay, Google Pay, Klarna)",
         NEW + "saying a credit card is needed"),
        ("champion. ta-ra duck",
         "Small talk: acknowledgement + goodbye ('champion' = great, 'ta-ra' = bye, Potteries) — short friendly "
         "close",
         SMALL),
    ],
    # 2 Sunderland (UK), Mackem
    [
        ("howay, got a question like",
         "Too vague to answer ('howay' = come on / hey, Wearside) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("opened the box this mornin an the big serving plate's got a chunk took out the rim, box looked canny "
         "an all from outside",
         TYPE + F(DAMAGED) + " — sorry; within 14 days of delivery send the order number and a photo of the item "
         "and its packaging: free replacement or full refund, nothing to pay to send it back ('canny' = fine, "
         "'took out' = taken out of the edge; damaged never named)",
         "tapping a choice; asking to rephrase; the warranty entry; the return policy with its 30 days"),
        ("also since i got a new phone it winnit let us log in, no idea what i used. an can yous stop the sale "
         "emails, theres one every single mornin",
         BOTH(RESETPW, UNSUB) + " — Sign in > Forgot password, reset link valid 1 hour, check spam after 10 "
         "minutes; Unsubscribe link at the bottom of any newsletter or untick Newsletter under My account > "
         "Preferences, up to 48 hours, order e-mails continue ('winnit' = won't, 'us' = me)",
         HALF + "; the change-email entry instead of the password reset"),
        ("is there an actual lass typin this or is it a computer",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Letterkenny, Donegal (IE, EU)
    [
        ("hello, its about an order, so it is",
         "Too vague to answer ('so it is' = Ulster tag) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("naw, none of them wee buttons is it",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("i sent back 2 of the 3 candles i had, paid 38 euro with the postage an only 24 came back into the bank. "
         "wile strange",
         F(PARTIAL) + " — only some items came back, so only those are credited, and the original shipping cost "
         "is refunded only when the whole order comes back; the refund e-mail lists what was refunded and why; "
         "contact if it still looks wrong ('wile' = very, Donegal; partial refund never named)",
         "asking to rephrase again; the refund-time entry only; promising the missing 14 euro"),
        ("grand. and would yous set up a wedding list for my sister, where the guests pick things off it and "
         "pay for them?",
         "Not covered (a wedding or gift registry: near a home-goods shop but not offered; gift cards are a "
         "different thing) — say so plainly; may offer a person",
         "inventing a registry; the gift-card or gift-wrap entry as if it were that"),
    ],
    # 4 Providence, Rhode Island (US)
    [
        ("hey. wicked nice dutch oven on your site for 55 bucks. whats it gonna be to get it to cranston? also "
         "target.com has the exact same one for 45, you guys do the same or no",
         BOTH(SHIPCOST, PRICEMATCH) + " — US standard $6.95 below $60, free from $60; an identical item sold new "
         "by a major online retailer shipping to the US is matched including delivery, link before buying or "
         "within 7 days, not marketplace sellers, clearance or flash deals ('wicked' = very, New England)",
         HALF + "; € or £ prices; promising the match without the conditions"),
        ("6.95 on a 55 dollar pot is a joke, its 5 bucks off your free line. just knock the shipping off and "
         "ill buy it right now",
         "Push-back: apologise; the FAQ has $6.95 below $60 and free standard shipping from $60 — say so (a little "
         "over $5 more in the basket reaches free shipping, or the price match if it applies) and offer a person",
         "promising free shipping; the same answer again without acknowledging"),
        ("forget it. i want to talk to an actual human being, this thing is useless",
         "Request: angry + person — apologise briefly and hand over",
         PW),
        ("yo?? anybody there",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5 Salt Lake City, Utah (US)
    [
        ("Oh my heck I am SO mad right now. Checked my bank this morning, you took $84.20 for a set of sheets and "
         "then the SAME $84.20 again a minute later!! I bought ONE set!!",
         F(CHARGED2) + " — apologise; often the second one is a temporary authorisation the bank releases in "
         "3-5 business days; if both still show as completed after that, send the order number and a screenshot "
         "of the statement and the duplicate is refunded ('oh my heck' = Utah mild oath; charged twice never "
         "named)",
         "no apology; promising the refund as done; the payment-failed entry"),
        ("totally random but do you know if they're getting powder up the canyon this weekend? we want to go "
         "to alta",
         "Not covered (unrelated: snow at the ski resorts up Little Cottonwood Canyon this weekend) — say so "
         "kindly",
         "an FAQ answer; a handover"),
        ("can somebody just call me. 801-555-0163, anytime after 3 mountain time works",
         "Request: callback with number — hand over to a person with the number and 'after 3 pm Mountain time' "
         "kept; no promise of a time",
         PW + "; asking for the number again; the shop's US number instead"),
        ("how much longer? i have to drive the kids to mutual at 7",
         WAIT + WAITING,
         "the customer service hours as the answer; an invented wait time"),
    ],
    # 6 Miami, Florida (US), Spanglish
    [
        ("ok so like 40 min ago i bought the grey bath towel set pero my tía just showed up at my new apt with "
         "literally 8 towels lol. so i'm good, take it off please",
         F(CANCEL) + " — free until packed, usually within 1 hour: My account > Orders > Cancel order or e-mail the "
         "order number; if already shipped, refuse it or return it within 30 days; claim nothing as done ('tía' = "
         "aunt; cancelling never named)",
         "claiming it is cancelled; saying it is too late; the change-order entry"),
        ("dale",
         "Ambiguous reply ('dale' = OK / go ahead / do it, Miami Spanish) — ask what they mean or restate the step "
         "(Cancel order in My account); nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("also do u guys have a store in dade or broward where i can see stuff irl? and what time can i hit up "
         "ur customer service",
         BOTH(STORE, HOURS) + " — online only, no store, the Leipzig warehouse has no pickup; Monday-Friday 9-18 "
         "CET, Saturday 10-14 CET, not on public holidays (Miami is 6 hours behind CET), by chat, e-mail or phone "
         "('irl' = in real life)",
         HALF + "; inventing a store; hours given as Miami time without saying CET"),
        ("bro this is not helping AT ALL. ponme con una persona de verdad porfa, no more bot, i'm not playing",
         "Request: person in Spanglish ('ponme con una persona de verdad' = put me through to a real person) — "
         "hand over to a person",
         PW + "; answering an FAQ; asking to write in English"),
    ],
    # 7 Ipswich, Suffolk (UK)
    [
        ("mornin bor. put the rug through yesterday but i used our old number, we're at 14 now not 41. can that "
         "be sorted afore it go out? and i need a proper receipt with the vat on for the business",
         BOTH(ADDRESS, INVOICE) + " — not yet packed: My account > Orders > Edit order or contact; after shipping a "
         "carrier redirect via the tracking link; VAT invoice with the shipping confirmation and under Download "
         "invoice, company name or VAT number at checkout or within 30 days for a corrected one ('bor' = mate, "
         "'afore it go' = before it goes, Suffolk; address never named)",
         HALF + "; promising the change as done"),
        ("hold you hard, how do i see where it's got to",
         F(WHERE) + " — My account > Orders or the link in the shipping confirmation; dispatched in 1-2 business "
         "days, the link works once the carrier scans it ('hold you hard' = wait a moment, Suffolk; tracking never "
         "named)",
         NEW + "the lost-parcel entry"),
        ("right you are",
         "Small talk: acknowledgement — short friendly reply",
         SMALL),
    ],
    # 8 Windhoek (Namibia), daughter in Glasgow (UK)
    [
        ("Hallo. Is it possible to order from here in Namibia? If not my daughter is studying in Glasgow, can I "
         "send it to her without making a login with you guys",
         BOTH(COUNTRIES, GUEST) + " — EU, UK and US only, so not Namibia but Glasgow yes; Continue as guest at "
         "checkout, e-mails still come, tracking and returns with order number and e-mail (guest never named)",
         HALF + "; saying Namibia is shipped to; only the create-account steps"),
        ("and the postman there won't ask her for extra money is it?",
         F(CUSTOMS) + " — no customs charges on UK deliveries, they ship from a UK warehouse ('is it' = tag, "
         "Southern African English; customs never named)",
         NEW + "Namibian rules; saying duties are due"),
        ("lekker, thanks hey. cheers",
         "Small talk: thanks + goodbye ('lekker' = great) — short friendly close",
         SMALL),
    ],
    # 9 Limassol (Cyprus, EU)
    [
        ("Hello re. I have a teapot and 2 cups in the basket since yesterday but I do not see where I go to pay "
         "and finish, where is it?",
         F(ORDER) + " — basket icon > Checkout, guest or signed in, delivery address and payment, Place order, "
         "confirmation e-mail within minutes ('re' = mate, Cypriot Greek)",
         "the payment-methods list only; asking to rephrase"),
        ("ok done. money is gone from my card 30 minutes ago but nothing came in my mail",
         F(CONFIRM) + " — normally within 15 minutes: spam or promotions, then My account > Orders (listed = it went "
         "through, resend from there); if not listed and charged, contact with payment date and amount",
         NEW + "saying the order failed; the charged-twice entry"),
        ("ela, and for next time, the SUMMER20 from instagram it says not valid. and my brother gave me a gift card "
         "from you for my name day, i can use it together?",
         BOTH(DISCOUNT, GIFTCARD) + " — typed exactly, not expired, minimum spend, one per order, most not with other "
         "offers or sale items, send the code to be checked; gift card code in the Gift card field at checkout, "
         "valid 2 years, balance on the Gift cards page ('ela' = come on / well, Greek)",
         HALF + "; inventing a new code; saying gift cards can't be used"),
    ],
    # 10 Tallinn (EE, EU), first language Estonian
    [
        ("Tere. The linen shirt came but it is tight in the shoulders. I want the same one in L, not M. What I "
         "must do?",
         F(EXCHANGE) + " — start a return under My account > Orders, choose Exchange as the reason and pick L; the "
         "new one ships free once the return is scanned, refund if L is out of stock ('tere' = hello, Estonian; "
         "exchange never named)",
         "the damaged-item entry; saying sizes can't be changed"),
        ("OK I did this in my account. But I have not printer, and the mail with the paper for the box is not here",
         F(LABEL) + " — the label PDF comes by e-mail once the return is registered: check spam or download it again "
         "from the return in the account; without a printer choose the QR code option and the post office prints "
         "it (label never named)",
         NEW + "saying a printer is needed"),
        ("Aitäh. And for the other shirt I sent back last week, when I see my money?",
         F(REFUNDTIME) + " — checked within 3 business days of arrival, then 5-7 business days to show, an e-mail "
         "when issued; thanks acknowledged ('aitäh' = thank you, Estonian)",
         NEW + "no thanks acknowledged; the refund-method entry only"),
    ],
    # 11 Zagreb (HR, EU), first language Croatian
    [
        ("Bok! I bought 2 towels maybe 40 minutes before and now I see we need 3. Is possible to put one more in "
         "the same package before you send?",
         F(CHANGE) + " — within 1 hour and before packing: My account > Orders > Edit order or contact with the "
         "order number and the change; once packed not possible ('bok' = hi, Croatian; change never named)",
         "saying it can't be changed; the cancel entry"),
        ("and how many days until it is in zagreb? if something is wrong is there a number to call you",
         BOTH(DELTIME, PHONE) + " — dispatched in 1-2 business days, then 2-4 business days within the EU; EU "
         "number +49 30 1234 5678 during opening hours, or e-mail support@northwindgoods.example or the chat",
         HALF + "; UK or US times; only the UK or US number"),
        ("Hvala puno, bok",
         "Small talk: thanks + goodbye ('hvala puno' = thanks a lot, 'bok' = bye, Croatian) — short friendly close",
         SMALL),
    ],
    # 12 Kigali (Rwanda), first language Kinyarwanda, sister in Brussels (BE, EU)
    [
        ("Muraho. My sister in Brussels is trying to buy a kettle on your site for 3 days but the page refuses her "
         "card each time. Can she use Bancontact instead?",
         BOTH(PAYFAIL, PAYMETHODS) + " — check card details, billing address, expiry, a bank block or 3D Secure in "
         "the bank app, try PayPal, no money taken when it fails; accepted: Visa, Mastercard, Amex, PayPal, Apple "
         "Pay, Google Pay, Klarna (Bancontact is not in the list) ('muraho' = hello, Kinyarwanda; payment failed "
         "never named)",
         HALF + "; saying Bancontact is accepted; saying money was taken"),
        ("It worked with paypal. Now she wants her own space on the site to follow the orders, how she does it?",
         F(CREATE) + " — person icon > Create account, name, e-mail, password; or from the link in the "
         "confirmation e-mail after a guest checkout (account never named)",
         NEW + "the tracking entry only"),
        ("She registered with her old yahoo but she only uses her gmail now. Can it be changed?",
         F(CHEMAIL) + " — sign in, My account > Account details > Change email, new address and current password, "
         "then the confirmation link sent to the new address",
         NEW + "the create-account entry again; deleting the account"),
        ("Murakoze cyane",
         "Small talk: thanks ('murakoze cyane' = thank you very much, Kinyarwanda) — short friendly reply",
         SMALL),
    ],
    # 13 Taipei (Taiwan), first language Mandarin, brother in Seattle (US)
    [
        ("Hello~ I want to buy the small rice cooker for my brother in Seattle but the page says none left. "
         "When you will have it again? Can you keep one for me?",
         F(STOCK) + " — mostly back within 2-6 weeks, Notify me on the product page, no pre-orders or reserving",
         "promising a date; saying it can be reserved"),
        ("If he don't use it, he can give it back? How many days, and he ordered as guest before, how he starts it",
         BOTH(RETPOLICY, HOWRETURN) + " — within 30 days of delivery, unused and in the original packaging; US "
         "customers pay a $7.95 return fee deducted from the refund; guests start it on the Returns page with "
         "order number and e-mail, label by e-mail, drop at a post office or carrier point (return never named)",
         HALF + "; saying returns are free in the US"),
        ("I pay with my own Visa for him. The money comes back to my card or to him?",
         F(REFUNDWHERE) + " — refunds always go to the original payment method, so to the Visa used",
         NEW + "promising to send it to the brother"),
    ],
    # 14 Sofia (BG, EU), first language Bulgarian
    [
        ("Zdravei. The tracking says delivered on Monday but nothing is in my box, and I asked the neighbours and "
         "the lady downstairs, nobody has it",
         F(LOST) + " — checked with neighbours already, so contact with the order number; investigation with the "
         "carrier and a replacement or full refund if not found within 7 business days ('zdravei' = hello, "
         "Bulgarian; lost never named)",
         "the order-status entry only; promising a refund as done"),
        ("If you send a new one, can it come faster? I travel on Friday",
         F(EXPRESS) + " — express in the EU €12.95, 1-2 business days if ordered before 1 pm CET on a business day; "
         "whether a replacement can go express is for a person to confirm",
         NEW + "promising Friday"),
        ("Also my hair dryer from you from last winter now blows only cold. Is this covered? And after all this is "
         "finished please remove my profile",
         BOTH(WARRANTY, DELETE) + " — electrical appliances 3 years against manufacturing defects, claim with order "
         "number, fault description and a photo or video; My account > Privacy > Delete account or e-mail, within "
         "30 days, records kept by law, open orders and returns finished first (warranty and account never named)",
         HALF + "; deleting at once with the open case"),
        ("Blagodarya, chao",
         "Small talk: thanks + goodbye ('blagodarya' = thank you, 'chao' = bye, Bulgarian) — short friendly close",
         SMALL),
    ],
]

write_plan("en", convs)
