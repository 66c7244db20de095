"""English plan for test set 31: the sample shop (Northwind Goods), customers from many countries.
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
    # 1 Cornwall: Truro
    [
        ("morning! my nan wants one of your linen tablecloths for christmas, its about 38 pound. can you wrap it "
         "up nice with a little card in? and do i pay for postage to truro",
         BOTH(GIFTWRAP, SHIPCOST) + " — gift options at checkout: recycled-paper wrapping €3.50 per item and a "
         "free message up to 200 characters, prices left off the slip; UK standard shipping £4.95 under £45 "
         "(free from £45), so yes for about £38",
         HALF + "; saying shipping is free at £38; the € or $ price only; saying a tablecloth can't be wrapped"),
        ("when would it turn up roughly",
         F(DELTIME) + " — dispatched in 1-2 business days, then 3-5 business days to the UK; the estimated date "
         "is shown at checkout",
         "treating it as a new unclear question; the EU or US times; the where-is-my-order entry; a promised date"),
        ("and if she hates the colour?",
         F(EXCHANGE) + " — exchange for another colour: start a return, choose Exchange, pick the colour; the new "
         "one is shipped free once the return is scanned; refund if it is out of stock (the 30-day return may "
         "be mentioned)",
         "treating it as new unclear; the damaged-item entry; saying gifts can't be exchanged"),
        ("proper job, ta very much. bye for now",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         "an FAQ answer; a handover; asking what 'proper job' means"),
    ],
    # 2 Manchester
    [
        ("hiya, got a problem with a parcel from you",
         "Too vague to answer — choices (where is my order, lost parcel, damaged item, returns...) or a "
         "clarifying question",
         "a handover; one entry given as certain"),
        ("the box turned up this morning but the big glass bowl inside is in bits",
         TYPE + F(DAMAGED) + " — sorry; contact them within 14 days with the order number and a photo of the "
         "bowl and the packaging; free replacement or full refund, no cost for sending it back",
         "the lost-parcel or where-is-my-order entry; tapping a choice; asking to rephrase; the normal return "
         "policy with a fee"),
        ("if i have to send it back i've got no printer at home. and how long till the money's back on my card "
         "if i go for a refund",
         BOTH(LABEL, REFUNDTIME) + " — the label comes by e-mail as a PDF; without a printer choose the QR code "
         "option and the post office prints it; refund: checked within 3 business days of arrival, then usually "
         "5-7 business days to show",
         HALF + "; saying a printer is needed; the where-will-my-refund-go entry alone"),
        ("am i talking to a real person or one of them bots",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3 Scotland: Edinburgh
    [
        ("hi there, question about my account",
         "Too vague to answer — choices (create, password, change e-mail, delete...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("naw none of those",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("i signed up with my old uni login and that inbox is gone since i graduated. want my gmail on it "
         "instead",
         F(CHEMAIL) + " — sign in, My account > Account details > Change email, enter the new address and the "
         "current password, then click the confirmation link sent to the new address; order history stays",
         "the reset-password or create-account entry; asking to rephrase again; the delete-account entry"),
        ("another thing, do you do wedding gift lists? my pal's getting married in june and wants to set one up "
         "with you",
         "Not covered (a wedding gift list / registry) — say so plainly; gift cards may be mentioned as what "
         "exists; may offer a person",
         "inventing a registry service; the gift-wrapping entry as if it were a gift list"),
    ],
    # 4 New Zealand: Wellington
    [
        ("kia ora, do you send stuff to new zealand? if not can i buy my sister in london something digital "
         "she can spend in your shop instead",
         BOTH(COUNTRIES, GIFTCARD) + " — no: EU, UK and US only (not New Zealand); digital gift cards €10-200 "
         "by e-mail on a chosen date, valid 2 years, so one for the sister in London works",
         HALF + "; saying New Zealand is shipped to; the customs entry"),
        ("yeah nah thats not what i asked. can you post it to a parcel forwarding company in the uk and they "
         "send it on to me",
         "Push-back: apologise; the FAQ says nothing about forwarding services (it ships to UK addresses and "
         "parcel lockers) — say so, do not promise it works, offer a person",
         "a promise that forwarding is fine; the same full answer again without acknowledging"),
        ("this is hopeless. put me through to an actual human please",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("hello?? anyone there",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5 Perth, Australia; first language Italian; ordered for her daughter in Milan
    [
        ("i am very angry. the money for my coffee cups went out from my bank 2 times, 42 euro and 42 euro, i "
         "buy only once!!",
         F(CHARGED2) + " — apologise; often the second one is a temporary authorisation released by the bank "
         "within 3-5 business days; if both are still completed after that, send the order number and a "
         "screenshot and the duplicate is refunded straight away",
         "no apology; the partial-refund or payment-failed entry; claiming it has been refunded"),
        ("also you know what time is now in milano? i want call my daughter after",
         "Not covered (the time in Milan) — say so kindly, back to the shop's topics",
         "a time given as fact; an FAQ answer; a handover"),
        ("please somebody call me back, 0491 570 156",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the shop's phone numbers instead"),
        ("how long i wait for this call?",
         WAIT + WAITING,
         "the customer service hours as the answer; an invented wait time"),
    ],
    # 6 Toronto; first language Brazilian Portuguese (from Curitiba); gift sent to her brother in Boston
    [
        ("hi, i bought the ceramic lamp for my brother in boston 20 minutes ago but he just told me he already "
         "has one, so not necessary anymore",
         F(CANCEL) + " — free until packed, usually within 1 hour: My account > Orders > Cancel order, or e-mail "
         "the order number; do not claim it is cancelled",
         "claiming the order is cancelled; the return policy alone; the change-order entry alone"),
        ("ok, sim",
         "Ambiguous yes — ask what they mean or restate the step (Cancel order in My account, or e-mail the "
         "order number); nothing claimed as done",
         "claiming the order is cancelled; a random FAQ answer"),
        ("and if is already sent, how he gives it back to you? the money goes to my nubank card?",
         BOTH(HOWRETURN, REFUNDWHERE) + " — if already shipped he can refuse the delivery or return it: My "
         "account > Orders > Return items, or the Returns page with order number and e-mail for guests, label "
         "by e-mail (US: $7.95 return fee may be mentioned); the refund goes back to the original payment "
         "method, the card she paid with",
         HALF + "; store credit; saying the brother gets the money"),
        ("aff, this robot dont understand nada. quero falar com uma pessoa, please",
         "Request: person, half in Portuguese — hand over to a person",
         PW + "; answering an FAQ; asking to write in English"),
    ],
    # 7 Georgia (US): Savannah
    [
        ("hey y'all, what hours are your customer service folks working?",
         F(HOURS) + " — Monday to Friday 9:00-18:00 CET, Saturday 10:00-14:00 CET, not public holidays (CET is "
         "6 hours ahead of Georgia; converting is fine, wrong conversion is not)",
         "invented US hours; the phone number alone"),
        ("what about sundays",
         F(HOURS) + " — no: Monday to Friday and Saturday only; e-mails outside the hours are answered the next "
         "business day",
         "treating it as new unclear; saying they are open on Sunday"),
        ("thank you kindly. whats the number for us folks in the states, and do you have a store i could drive "
         "to",
         BOTH(PHONE, STORE) + " — US number +1 646 555 0142 during opening hours (e-mail "
         "support@northwindgoods.example); online only, no store, the Leipzig warehouse has no pickup" + THANKS,
         HALF + "; the EU or UK number only; inventing a US store"),
    ],
    # 8 Ohio: Cincinnati
    [
        ("this is ridiculous. i sent back the stand mixer 3 weeks ago and you only gave me back part of what i "
         "paid. wheres the rest??",
         F(PARTIAL) + " — apologise; for a US return the $7.95 return shipping fee is deducted, original "
         "shipping is refunded only when the whole order comes back, or an item came back used or damaged; the "
         "refund e-mail lists why; contact support if it still looks wrong (a person may be offered)",
         "no apology; the refund-time entry alone; claiming the rest will be paid"),
        ("fine. can i get the bill for that order again, my accountant needs it for my taxes",
         F(INVOICE) + " — download it any time under My account > Orders > Download invoice (it was also "
         "e-mailed with the shipping confirmation); company name or VAT number within 30 days",
         "the partial-refund entry again; saying no invoice exists for US orders"),
        ("ok thanks. oh and the toaster from the same order quit on me after a couple months, is that covered",
         F(WARRANTY) + " — yes: electrical appliances carry the extended 3-year warranty against manufacturing "
         "defects (not wear or misuse); contact them with the order number, a description and a photo or video"
         + THANKS,
         "only the 2-year warranty; the return policy (30 days) as the answer; the damaged-on-arrival entry"),
    ],
    # 9 Botswana: from Gaborone, studying in Leeds
    [
        ("dumela! i want the wool blanket but it says sold out. when do you get it again, and can you keep one "
         "aside for me?",
         F(STOCK) + " — most items are back within 2-6 weeks; Notify me on the product page; no pre-orders and "
         "no reserving",
         "a promised date; promising to reserve one; the exchange entry"),
        ("ok. must i make an account to buy or i can just pay",
         F(GUEST) + " — no account needed: Continue as guest at checkout; order and shipping e-mails still come",
         "saying an account is required; the create-account entry alone"),
        ("last thing, i cant remember the secret word to get into my profile on your site",
         F(RESETPW) + " — Sign in > Forgot password, enter the registered e-mail; the link is valid for 1 hour; "
         "check spam after 10 minutes",
         "the change-email or create-account entry; asking to rephrase"),
    ],
    # 10 Mauritius: from Curepipe, living in Lyon (France)
    [
        ("bonzour, the site keeps refusing my visa for the cushions, i tried 3 times already",
         F(PAYFAIL) + " — check card details, billing address, expiry; the bank may have blocked it or want 3D "
         "Secure in its app; try another method; if it fails no money is taken",
         "the charged-twice entry; the payment-methods list alone; asking what 'bonzour' means"),
        ("and paypal works?",
         F(PAYMETHODS) + " — yes, PayPal is accepted (also Mastercard, Amex, Apple Pay, Google Pay, Klarna in "
         "the EU and UK)",
         "treating it as new unclear; the payment-failed answer again only"),
        ("ok merci. also the code WELCOME10 from your email says not valid",
         F(DISCOUNT) + " — check it is typed exactly, not expired, minimum spend met, not on sale items or gift "
         "cards, one code per order; if still not working send the code to support" + THANKS,
         "saying the code is expired as a fact; the gift-card entry"),
    ],
    # 11 India: from Bangalore, living in Amsterdam
    [
        ("hi, i placed order yesterday for 2 steel tiffin boxes, i want to add one water bottle to the same "
         "order, possible?",
         F(CHANGE) + " — changes only within 1 hour and before packing, so a day later it can no longer be "
         "changed; the bottle can be bought in a new order (unwanted items can be returned after delivery)",
         "saying it can still be added; the cancel entry alone; the exchange entry"),
        ("ok then how do i buy only the bottle, step by step please",
         F(ORDER) + " — add it to the basket, basket icon > Checkout, guest or signed in, address and payment, "
         "Place order; confirmation e-mail in a few minutes",
         "the change-order entry again; treating it as new unclear"),
        ("can the bottle come quick, within 2 days? and where can i see if the boxes left your warehouse",
         BOTH(EXPRESS, WHERE) + " — express in the EU €12.95, 1-2 business days if ordered before 1 pm CET on a "
         "business day; follow the boxes under My account > Orders or the tracking link in the shipping e-mail "
         "(dispatch within 1-2 business days, tracking active after the carrier's first scan)",
         HALF + "; the US or UK express price; the store/pickup entry"),
    ],
    # 12 first language Arabic (from Amman), living in Vienna
    [
        ("hello my brother, the tracking say delivered since 2 days but i dont find it, not at my door, not "
         "with the neighbour",
         F(LOST) + " — the neighbours were checked; check the building's reception too, then contact them with "
         "the order number: an investigation with the carrier, and if not found within 7 business days a "
         "replacement or full refund",
         "the where-is-my-order entry alone; saying it was delivered so nothing can be done"),
        ("how many days until you send new one?",
         F(LOST) + " — the investigation takes up to 7 business days; if the parcel isn't found, a replacement "
         "(or full refund) then",
         "treating it as new unclear; the delivery-time entry; a promised date"),
        ("also please stop your advertising mails, every day i get 2 from you",
         F(UNSUB) + " — Unsubscribe link at the bottom of a newsletter, or untick Newsletter under My account > "
         "Preferences; up to 48 hours; order e-mails still come",
         "the delete-account entry; the change-email entry"),
        ("thank you. and the new one, can you send it to my work and not home?",
         F(ADDRESS) + " — a new parcel can go to another address: if not packed, change it under My account > "
         "Orders > Edit order or contact support; once shipped, a redirect through the carrier's tracking link "
         "(the country can't change); do not claim it is changed" + THANKS,
         "claiming the address is changed; the lost-parcel answer again only"),
    ],
    # 13 first language Polish, living in Dublin
    [
        ("good morning, i saw same frying pan in other online shop 8 euro cheaper, you can give me this price?",
         F(PRICEMATCH) + " — yes, for an identical new item at a major online retailer shipping to Ireland, "
         "delivery included; send the link before buying or within 7 days of the order; not marketplace "
         "sellers, clearance or flash deals",
         "a plain no; the discount-code entry; promising the price without the conditions"),
        ("i bought it already on monday",
         F(PRICEMATCH) + " — still possible within 7 days of the order: send the link to the offer",
         "treating it as new unclear; saying it's too late after buying"),
        ("and when its come, how many days i have to give back if i dont like? also the honey in same order, "
         "this also i can return?",
         BOTH(RETPOLICY, NONRETURN) + " — 30 days after delivery, unused and in the original packaging, free in "
         "the EU; opened food can't be returned (unopened honey falls under the normal rule)",
         HALF + "; the US $7.95 fee for Ireland; saying all food can be returned"),
        ("ok. and i must pay some extra tax at the door for it?",
         F(CUSTOMS) + " — no: Ireland is in the EU, shipped from the EU warehouse, no customs charges",
         "the US rule for an EU order; the invoice entry"),
    ],
    # 14 first language Japanese (from Osaka), living in Düsseldorf
    [
        ("excuse me, last week i bought a tea set as guest, but any mail did not come. is my order ok? and i "
         "would like to make account, how can i do?",
         BOTH(CONFIRM, CREATE) + " — check spam/promotions first (confirmations normally come within 15 "
         "minutes); as a guest, the Orders page needs an account or support can check with the payment date "
         "and amount; create an account with the person icon > Create account (or from the link in the "
         "confirmation e-mail)",
         HALF + "; saying the order failed; the reset-password entry"),
        ("if one day i stop using it, can you erase all my information?",
         F(DELETE) + " — yes: My account > Privacy > Delete account or e-mail from the linked address; data "
         "deleted within 30 days except order and invoice records kept by law; open orders first",
         "the unsubscribe entry; saying everything is erased at once"),
        ("i understand. thank you very much for your kind help",
         "Small talk: acknowledgement + thanks — short friendly close",
         "an FAQ answer; a handover"),
    ],
]

write_plan("en", convs)
