"""en plan: sample shop (en-faq.csv = copy of db/sample-faq.csv)."""
from common_a import Faq, write_plan, WAIT, CHOICE, REJECT

F = Faq("en")
C = [
  [  # 1 England
    ("hi there, is delivery free and how long will it take to get to manchester", F.both(5, 6, "free over £45, else £4.95 to the UK; dispatched in 1-2 business days, then 3-5 business days to the UK"), "only one half with no pointer to the other; express shipping only; a handover"),
    ("and if i need it by friday?", F(8, "express £11.95 in the UK, 1-2 business days if ordered before 1 pm CET on a business day"), "repeating standard delivery times; customer service hours"),
    ("cheers", "Small talk: thanks — short reply", "an FAQ answer; choices; a handover"),
  ],
  [  # 2 US
    ("problem with my stuff", "Too vague to answer — choices (damaged, lost parcel, return...) or a clarifying question", "a handover; one FAQ answer picked at random"),
    ("the box got crushed and the lamp inside is in pieces", CHOICE + F(10, "contact within 14 days with order number and photo of item and packaging; free replacement or full refund, no cost to send back"), "return policy or return label; lost parcel; tapping a choice for the customer"),
    ("is there a guarantee on lamps anyway", F(36, "2-year warranty, electrical appliances 3 years"), "the damaged-item entry again; return policy"),
  ],
  [  # 3 Australia
    ("money back question", "Too vague to answer — choices about refunds (how long, where it goes, partial) or a clarifying question", "a handover; a single refund answer as if sure"),
    ("nah none of those", REJECT + "Typed rejection — apologise and ask what the question is (or offer a person); no new FAQ answer", "repeating the same choices or answer; a goodbye"),
    ("i sent back a rug and got 20 bucks less than i paid, why", F(21, "only some items returned, original shipping not refunded unless whole order, or item came back used; refund email lists why"), "refund time; return policy"),
    ("when do i see the rest in my bank", F(19, "checked within 3 business days of arrival, then 5-7 business days depending on the bank"), "where the refund is sent; partial refund again"),
  ],
  [  # 4 Ireland
    ("hiya, bought a bedspread an hour ago and i'd rather not have it now, can i call it off", F(2, "free until packed (usually within 1 hour): My account > Orders > Cancel order or email the order number; if shipped refuse delivery or return within 30 days"), "claiming the order is cancelled; change-order entry only"),
    ("yes", "Ambiguous yes — acknowledge or ask what they mean / point to the Cancel order button; never say the order has been cancelled", "confirming a cancellation; a random FAQ answer"),
    ("are you a bot or a real person", "Small talk: \"are you a bot?\" — honest: an automated assistant, a person can take over if wanted", "claiming to be human; an FAQ answer"),
    ("grand so, bye", "Small talk: goodbye", "an FAQ answer; a handover"),
  ],
  [  # 5 India
    ("good morning, can your team come and fix the curtain rod at my flat in pune", "Not covered by the FAQ (fitting/installation at home is not offered) — honest, offer a person", "the warranty or delivery entries as if they answered; countries entry alone without saying there is no fitting service"),
    ("who won the cricket yesterday", "Not covered by the FAQ (unrelated) — short honest reply", "any FAQ answer or choices"),
    ("pls call me back on 98450 12345, need to talk about a big order for our office", "Request for a person (callback with number) — hand over, confirm a person will get back", "the phone-number entry instead of a handover; place-an-order entry"),
    ("hello?? anyone there", WAIT + "Waiting — reassure that a person will reply; no FAQ answer, no invented wait time", "an FAQ answer; starting over with a greeting menu"),
  ],
  [  # 6 South Africa
    ("the app shows it was dropped off yesterday but theres nothing at my gate", F(9, "check neighbours/reception, then contact with order number; investigation with the carrier, replacement or full refund if not found within 7 business days"), "where-is-my-order tracking answer only; delivery time"),
    ("that's not what i asked, who is going to pay me back", "Push-back (first time) — apologise; say a replacement or full refund follows the carrier check (7 business days) or offer a person", "repeating the same answer word for word; refund-time entry"),
    ("useless. get me a human now", "Push-back (second time in a row) + angry request for a person — hand over now", "another FAQ answer; asking to rephrase"),
    ("how long will this take", WAIT + "Waiting — about the wait for the person: reassure, no invented time", "delivery-time or refund-time entry"),
  ],
  [  # 7 German speaker
    ("Hello, I want to send a present to my sister in Hamburg, can you pack it nice and put a card inside?", F(13, "gift wrapping €3.50 per item, free message up to 200 characters, tick Gift options at checkout"), "gift cards; shipping cost"),
    ("and she must not see what it cost", F(13, "prices are left off the packing slip with gift options"), "price matching; invoice"),
    ("Also, to pay with Klarna is possible?", F(22, "yes, Klarna pay later or in 3 instalments in the EU and UK"), "payment failed"),
  ],
  [  # 8 French speaker
    ("bonjour, I have ordered yesterday but I made a mistake in the street number", F(11, "if not packed: My account > Orders > Edit order or contact us; if shipped, ask the carrier via tracking link"), "change order entry only; lost parcel"),
    ("and can I put one more candle in the same order?", F(1, "within 1 hour and before packing via Edit order, otherwise not possible"), "place an order; address again"),
    ("if my husband does not like the vase, how I send it back", F(15, "My account > Orders > Return items, label by email, drop at post office"), "return policy only without the steps; exchange"),
    ("ok got it, merci", "Small talk: acknowledgement + thanks — short reply", "an FAQ answer; a handover"),
  ],
  [  # 9 Spanish speaker
    ("hola, i live in mexico, you send there?", F(7, "EU, UK and US only — not Mexico"), "shipping cost; customs"),
    ("and to my cousin in texas, she pay taxes when it arrive?", F(12, "US orders under $800 normally no duties; larger orders: duties paid on delivery"), "shipping cost; countries again"),
    ("you have tienda in madrid? i prefer to see things before", F(39, "online only, no store, warehouse in Leipzig has no pickup"), "customer service hours; countries"),
    ("my card dont work on the checkout, say rejected", F(23, "check details, billing address, 3D Secure in bank app; try PayPal; no money taken"), "charged twice; payment methods only"),
  ],
  [  # 10 Polish speaker
    ("i got towels in grey but i wanted blue, can change?", F(17, "start a return, choose Exchange, pick the colour; new item ships free once return is scanned"), "change order before packing; return policy only"),
    ("how i get the sticker to put on the box? and is free to send back from poland", F.both(16, 14, "label emailed as PDF after registering the return, QR code option if no printer; returns free within the EU and UK, 30 days, unused"), "only one half; shipping cost; gift wrapping"),
  ],
  [  # 11 Chinese speaker
    ("hi, i dont get email after i buy, is my order ok?", F(4, "check spam; check My account > Orders; if listed it went through, resend from there"), "where is my order only; place an order"),
    ("how i can see where the box is now", F(3, "My account > Orders or tracking link; dispatched in 1-2 business days"), "lost parcel; delivery time"),
    ("the tea i opened i dont like, i can return? and my company need fapiao with our tax number", F.both(18, 25, "opened food and drink cannot be returned; VAT invoice under My account > Orders > Download invoice, company name and VAT number at checkout or within 30 days"), "return policy saying yes, 30 days; not covered"),
  ],
  [  # 12 Arabic speaker
    ("salam. you took the money two times from my card!!! this is stealing", F(24, "apologise; often a temporary authorisation released in 3-5 business days; if both still completed, send order number and screenshot, duplicate refunded"), "payment failed; a handover without the answer"),
    ("the money comes back how, same way i paid?", F(20, "back to the original payment method"), "refund time; payment methods"),
    ("i want to buy for my mother without register, or maybe voucher is better, how much", F.both(32, 26, "guest checkout possible; digital gift cards €10-€200, valid 2 years"), "create account; discount code"),
  ],
  [  # 13 England
    ("evening, cant get into my account, forgot the password and the email on there is my old work one", F.both(29, 30, "Forgot password, reset link valid 1 hour; My account > Account details > Change email"), "create account; only one half with no pointer"),
    ("actually just get rid of the whole thing", F(31, "delete account entry"), "unsubscribe; cancel order"),
    ("and stop sending me the weekly emails", F(33, "Unsubscribe link or untick Newsletter under My account > Preferences, up to 48 h"), "change email; delete account again"),
    ("can i just talk to one of you lot, a real person like", "Request for a person (direct, English colloquial: \"you lot\" = you people) — hand over", "phone number entry only; asking to rephrase"),
  ],
  [  # 14 US
    ("hey whats the easiest way to buy from you, never used your site", F(0, "add to basket, Checkout, guest or sign in, address and payment, Place order"), "create account; payment methods"),
    ("ok how do i sign up then", F(28, "person icon > Create account, or link in confirmation email after guest checkout"), "reset password; place order again"),
    [CHOICE, "the copper kettle says sold out, whens it back? also i saw it 15 bucks cheaper on amazon, can u match that", ""],
    ("whats ur phone number and what hours are you there", F.both(35, 34, "+1 646 555 0142 for the US; Mon-Fri 9-18 CET, Sat 10-14 CET"), "only the number; a handover"),
    ("my promo code WELCOME10 isnt doing anything", F(27, "check spelling, expiry, minimum spend, no combining, one code per order; send us the code"), "gift cards; payment failed"),
  ],
]
C[13][2] = ("the copper kettle says sold out, whens it back? also i saw it 15 bucks cheaper on amazon, can u match that", F.both(37, 38, "restocked in 2-6 weeks, Notify me; price match of identical new item from a major retailer incl. delivery, send a link"), "only one half; where is my order")
write_plan("en", C)
