"""English plan for test set 36: the sample shop, customers from many places.
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

convs = [
    # 1 Liverpool
    [
        ("hiya, im in liverpool and ive got 32 quid of stuff in the basket, do you even send up here and whats "
         "the postage on that",
         BOTH(COUNTRIES, SHIPCOST) + " — the UK is shipped to; £32 is under the £45 free threshold, so standard "
         "postage is £4.95",
         HALF + "; free shipping claimed for £32; € or $ prices"),
        ("if i order it tonight roughly when would it land",
         F(DELTIME) + " — dispatched in 1-2 business days, then 3-5 business days to the UK",
         "treating it as new unclear; the EU or US times; a promised date"),
        ("ok. and its fine to just pay with my paypal yeah",
         F(PAYMETHODS) + " — yes, PayPal is accepted (also cards, Apple Pay, Google Pay, Klarna in the UK)",
         "treating it as new unclear; saying PayPal is not accepted"),
        ("sound, ta very much. tara",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 2 Bristol
    [
        ("hello, having a bit of bother with my account",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("tried about six different combos to get in and none of them work, i honestly have no idea what i set it "
         "to",
         TYPE + F(RESETPW) + " — Sign in > Forgot password, registered e-mail, link valid 1 hour; check spam after "
         "10 minutes",
         "tapping a choice; asking to rephrase; creating a new account"),
        ("cheers thats worked. i want my work address on there instead of the yahoo one, and can the receipts "
         "have my company name on from now on",
         BOTH(CHEMAIL, INVOICE) + " — My account > Account details > Change email, current password, "
         "confirmation link to the new address; company name/VAT number added at checkout (or a corrected invoice "
         "within 30 days), download under My account > Orders",
         HALF + "; the delivery address entry; saying invoices can't carry a company name"),
        ("am i talking to an actual person here me lover or is it a computer",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Swansea
    [
        ("hiya, got a question about something i bought for my mam",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("no, not any of them buttons",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("i had her name put on a chopping board for her birthday and i spelt it wrong myself, bethan with two "
         "ts, can i send it you and get one done right",
         F(NONRETURN) + " — engraved/personalised items can't be returned (only damaged or faulty items always "
         "can); a mistake by the customer is not a fault",
         "asking to rephrase again; accepting it under the 30-day policy; promising a new engraving"),
        ("fair enough. do you lot sharpen knives by any chance? my bread knife is blunt as anything, tidy if you "
         "could",
         "Not covered (knife sharpening) — say so plainly; may offer a person",
         "inventing a sharpening service; the warranty entry as if it were sharpening"),
    ],
    # 4 Galway
    [
        ("hi, the bowls came this morning to galway, one has a big chip out of the rim and the box was battered. "
         "and if the whole lot goes to you instead because the colour is off in real life, do i pay for that",
         BOTH(DAMAGED, RETPOLICY) + " — sorry; within 14 days with order number and photos of item and "
         "packaging, free replacement or full refund; returns within 30 days, unused, original packaging, free "
         "within the EU (Ireland)",
         HALF + "; a return fee for Ireland; the US $7.95 fee"),
        ("thats no good to me. i need a courier out to my door tomorrow with a new set, ive the whole family "
         "coming on sunday",
         "Push-back: apologise; the FAQ has no next-day courier replacement — say so, do not promise it, offer a "
         "person",
         "a promised courier tomorrow; the same full answer again without acknowledging"),
        ("ah stop it would you. put me through to a human being right now, im sick of this",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("still nobody?? ive been sitting here ages",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5 Atlanta
    [
        ("this is ridiculous. $64.90 came out of my chase account and then the exact same again a minute later, "
         "for ONE set of towels. fix it now",
         F(CHARGED2) + " — apologise; often a temporary authorisation released within 3-5 business days; if both "
         "still completed after that, order number + statement screenshot and the duplicate is refunded",
         "no apology; saying the bank is to blame and nothing can be done"),
        ("and while i got you, y'all know if the braves are home tonight",
         "Not covered (a baseball fixture) — say so kindly, back to the shop's topics",
         "a game time as fact; an FAQ answer; a handover"),
        ("just have someone give me a ring at 404 555 0187",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the US shop number instead"),
        ("so when am i getting that call, this morning or what",
         WAIT + WAITING,
         "the customer service hours as the answer; an invented wait time"),
    ],
    # 6 first language Mexican Spanish, living in Vancouver, sister in Seattle
    [
        ("hello, last night i order a coffee machine for my sister in seattle, but today she tell me she already "
         "buy the same one, so now is not necessary anymore",
         F(CANCEL) + " — free until packed, usually within 1 hour: My account > Orders > Cancel order or e-mail "
         "the order number; if shipped, refuse or return; do not claim it is cancelled",
         "claiming it is cancelled; the return policy alone; saying Canada is the problem (delivery is to the US)"),
        ("sale pues",
         "Ambiguous yes — ask what they mean or restate the step (Cancel order in the account); nothing claimed "
         "as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("if it is too late and she send it back, in how many days i see the money",
         F(REFUNDTIME) + " — checked within 3 business days after it arrives, then 5-7 business days at the bank; "
         "e-mail when issued (US return fee $7.95 may be mentioned)",
         "treating it as new unclear; a promised date"),
        ("ya no le entiendo nada. me pasa con alguien de verdad porfa, una persona",
         "Request: person in Spanish — hand over to a person",
         PW + "; answering an FAQ; asking to write in English"),
    ],
    # 7 first language Swahili, studying in Inverness
    [
        ("good evening. i want to buy a duvet cover for my room in inverness but i did not make any account, "
         "it is a must?",
         F(GUEST) + " — no: Continue as guest at checkout; order and shipping e-mails still come",
         "saying an account is required"),
        ("and if i want one later?",
         F(CREATE) + " — Create account via the person icon, or from the link in the guest confirmation e-mail",
         "treating it as new unclear; the guest answer again"),
        ("thank you so much. my student code from the email is refused at checkout, and is there a shop in "
         "scotland where i can see the colours",
         BOTH(DISCOUNT, STORE) + " — check spelling, expiry, minimum spend, no sale items, one code per order, "
         "send the code to support; online only, no store, no warehouse pickup",
         HALF + "; inventing a Scottish shop; saying the code is valid"),
    ],
    # 8 Brisbane, brother in Edinburgh
    [
        ("hey, im in brisbane, want to send my brother in edinburgh something for his birthday, can it come "
         "looking nice with a note from me in it",
         F(GIFTWRAP) + " — Gift options at checkout: wrapping €3.50 per item, "
         "free message up to 200 characters, prices left off the slip; Edinburgh (UK) is shipped to",
         "saying it can't be sent because Australia is not shipped to (the delivery goes to the UK)"),
        ("his birthday is thursday tho, bit tight, can it get there quicker",
         F(EXPRESS) + " — UK express £11.95, 1-2 business days if ordered before 1 pm CET on a business day "
         "(Brisbane is 9 hours ahead of CET, 8 in summer; a conversion is optional but must be right if given)",
         "treating it as new unclear; a promised Thursday delivery"),
        ("too easy, cheers. might grab him one of those voucher things too as a backup, how do they work",
         F(GIFTCARD) + " — digital €10-€200, e-mailed on a chosen date, valid 2 years, code at checkout",
         "a physical card posted; treating it as new unclear"),
    ],
    # 9 Wellington, daughter in Dublin
    [
        ("hi, ordered a lamp for my daughter in dublin, tracking says it was delivered tuesday but she has "
         "nothing",
         F(LOST) + " — check neighbours and reception; then contact with the order number, investigation with "
         "the carrier, replacement or full refund if not found within 7 business days",
         "saying delivered means received; the delivery times alone"),
        ("shes asked the flat downstairs and the landlord, nada. what now",
         F(LOST) + " — contact support with the order number; investigation, replacement or refund after 7 "
         "business days",
         "treating it as new unclear; asking again to check the neighbours only"),
        ("sweet as, thanks. while im here i want to close my own profile with you, dont use it",
         F(DELETE) + " — My account > Privacy > Delete account or e-mail from the linked address; data deleted "
         "within 30 days (order/invoice records kept); open orders (the lamp case) must be completed first",
         "deleting now; not mentioning the open order"),
    ],
    # 10 Lagos, brother in Manchester
    [
        ("good afternoon, please i am in lagos ordering a blender for my brother in manchester but my card keeps "
         "declining at the last page",
         F(PAYFAIL) + " — check card details, billing address, expiry, 3D Secure in the bank app, try PayPal; no "
         "money taken",
         "saying Nigeria is the problem (delivery goes to the UK); inventing a block"),
        ("ok what else can i use then",
         F(PAYMETHODS) + " — PayPal, Apple Pay, Google Pay, other cards (Klarna only for EU/UK customers); no cash "
         "on delivery",
         "treating it as new unclear; cash on delivery"),
        ("no wahala, thank you. when it reach his house, will they ask him to pay any extra money",
         F(CUSTOMS) + " — no: UK orders ship from the UK warehouse, no customs charges",
         "customs charged for the UK; the delivery cost entry"),
    ],
    # 11 Manila, aunt in San Diego
    [
        ("hello po, i ordered a rice cooker for my tita in san diego but i put her old house, she moved to chula "
         "vista last month",
         F(ADDRESS) + " — if not packed: My account > Orders > Edit order or contact support; once shipped, carrier "
         "redirect via the tracking link; the country can't change (here it stays the US)",
         "claiming the address is changed; saying it can't be changed at all"),
        ("it says shipped already yesterday",
         F(ADDRESS) + " — use the tracking link to ask the carrier for a redirect where available",
         "treating it as new unclear; the lost-parcel entry"),
        ("ok noted, thank you. what time is your support online? manila is 7 hours ahead of you i think",
         F(HOURS) + " — Mon-Fri 9-18 CET, Sat 10-14 CET (in Manila roughly 16-01 and 17-21, CET being 7 hours "
         "behind; a conversion is optional but must be right if given)",
         "a wrong conversion; 24/7 support claimed"),
    ],
    # 12 first language Turkish, living in Hamburg
    [
        ("hello, the bedsheet set is wrong size for our bed, it is 140 but our bed is 160. can I get the correct "
         "one",
         F(EXCHANGE) + " — start a return under My account > Orders, choose Exchange, pick the size; new item "
         "shipped free once the return is scanned; refund if out of stock",
         "a new order as the only way; a fee for the exchange"),
        ("how I do this, I have no registration, I buy as guest",
         F(HOWRETURN) + " — guest customers start the return on the Returns page with order number and e-mail",
         "saying an account is needed; treating it as new unclear"),
        ("ok. the paper for the box come as pdf but we dont have printer at home",
         F(LABEL) + " — choose the QR code option, the post office prints the label",
         "saying a printer is needed; treating it as new unclear"),
        ("thank you very much, have a nice day",
         "Small talk: thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 13 first language Vietnamese, living in Amsterdam
    [
        ("hi, i ordered rice cooker yesterday but no email come to me, i dont know if it go through. also i want "
         "the bigger one 1.8L instead",
         BOTH(CONFIRM, CHANGE) + " — check spam, then My account > Orders (listed = went through, resend from "
         "there); changes only within 1 hour and before packing, so after a day probably not: return/exchange "
         "after delivery",
         HALF + "; claiming the change is made"),
        ("ok i find it in spam. where i can see when it arrive",
         F(WHERE) + " — My account > Orders or the tracking link in the shipping e-mail; dispatched in 1-2 "
         "business days",
         "treating it as new unclear; the confirmation answer again"),
        ("thanks! other thing, the kettle from you for my mom last year now the button not work, and she want "
         "the same cups but it show sold out",
         BOTH(WARRANTY, STOCK) + " — kettle = electrical, 3-year warranty: order number, fault, photo or video; "
         "restock usually 2-6 weeks, Notify me, no pre-orders or reserving",
         HALF + "; the 30-day return for the kettle; a promised restock date"),
        ("last thing. i send back 1 pan from 2 in the order and the shipping money not come back to me",
         F(PARTIAL) + " — original shipping costs are refunded only when the whole order is returned; the refund "
         "e-mail lists it",
         "saying shipping is always refunded; the refund time alone"),
    ],
    # 14 first language Korean, living in Lyon
    [
        ("hello. I see the same kettle at fnac 15 euro cheaper, can you give same price? and this is my first "
         "time, how I buy on your site",
         BOTH(PRICEMATCH, ORDER) + " — identical item sold new by a major retailer shipping to France, send the "
         "link before buying or within 7 days; basket > Checkout, guest or sign in, address and payment, Place "
         "order, confirmation e-mail",
         HALF + "; matching without conditions"),
        ("if later I give it back, money go to my visa or where?",
         F(REFUNDWHERE) + " — back to the original payment method, here the Visa card",
         "treating it as new unclear; store credit only"),
        ("thank you. your newsletter come every day, how to stop it, and what is telephone for europe",
         BOTH(UNSUB, PHONE) + " — Unsubscribe link or My account > Preferences, up to 48 hours; EU number "
         "+49 30 1234 5678 (or support@northwindgoods.example)",
         HALF + "; the UK or US number only; deleting the account"),
    ],
]

write_plan("en", convs)
