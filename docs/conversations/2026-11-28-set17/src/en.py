"""English plan for set 17: the sample shop (Northwind Goods), customers from Ghana, Pakistan, Bangladesh,
Hong Kong, Sri Lanka, Zimbabwe, Wales, the US South, and Arabic, Turkish, Russian, Japanese, Brazilian
Portuguese and German speakers writing English."""
import os
import shutil

from common_a import OUT, WAIT, AFTER, TYPE, REJECT, faq, both, write_plan

SAMPLE = "db/sample-faq.csv"

ORDER = "How do I place an order?"
CHANGE = "Can I change my order after placing it?"
CANCEL = "How do I cancel my order?"
WHERE = "Where is my order?"
CONFIRM = "I didn't receive an order confirmation email. What should I do?"
SHIPCOST = "How much does shipping cost?"
DELTIME = "How long does delivery take?"
COUNTRIES = "Which countries do you ship to?"
EXPRESS = "Do you offer express shipping?"
LOST = "My parcel is lost. What can I do?"
DAMAGED = "My item arrived damaged. What should I do?"
ADDRESS = "How can I change my delivery address?"
CUSTOMS = "Will I have to pay customs or import duties?"
GIFTWRAP = "Can I add gift wrapping or a gift message?"
RETPOLICY = "What is your return policy?"
RETURN = "How do I return an item?"
LABEL = "I need a return label. How do I get one?"
EXCHANGE = "Can I exchange an item for a different size or colour?"
NONRET = "Which items can't be returned?"
REFTIME = "How long does a refund take?"
REFWHERE = "Where will my refund be sent?"
PARTIAL = "Why did I only get a partial refund?"
PAYMETH = "What payment methods do you accept?"
PAYFAIL = "My payment failed. What should I do?"
TWICE = "I was charged twice for my order. What should I do?"
INVOICE = "How do I get an invoice with VAT?"
GIFTCARD = "Do you sell gift cards?"
DISCOUNT = "Why isn't my discount code working?"
CREATE = "How do I create an account?"
RESET = "How do I reset my password?"
EMAIL = "How do I change the email address on my account?"
DELETE = "How do I delete my account?"
GUEST = "Can I order without creating an account?"
UNSUB = "How do I unsubscribe from your newsletter?"
HOURS = "What are your customer service hours?"
PHONE = "What is your phone number?"
WARRANTY = "Do your products come with a warranty?"
STOCK = "When will an out-of-stock item be available again?"
PRICEMATCH = "Do you offer price matching?"
STORE = "Do you have a physical store?"

C = []

# 1 Ghana (Accra)
C.append([
    ("chale good morning o. pls does ur stuff reach accra? my sister wants to buy me something from ur site",
     "Small talk + " + faq(COUNTRIES) + " — greet back; EU, UK and US only, so Ghana is not delivered to (say it plainly).",
     "Saying yes or giving delivery times to Ghana; 'not covered' although the FAQ says which countries; ignoring the greeting is minor."),
    ("ok she is in london so she will order there. she fit pay with momo? and she wants to write me small birthday words inside the box",
     both(PAYMETH, GIFTWRAP) + " — no mobile money: Visa, Mastercard, Amex, PayPal, Apple Pay, Google Pay, Klarna; free message up to 200 characters (gift options at checkout), wrapping 3.50 per item.",
     "Only one half answered without pointing to the other; claiming mobile money (momo) is accepted; shipping countries again."),
    ("medaase, u try",
     "Small talk: thanks — short 'you're welcome'.",
     "An FAQ answer or choices; a handover."),
])

# 2 Pakistan (Lahore, ordering for family in the UK)
C.append([
    ("aoa. kindly tell the procedure how i get these cushions, and is it compulsory to make profile first?",
     both(ORDER, GUEST) + " — add to basket > basket icon > Checkout > address and payment > Place order; no account needed: Continue as guest.",
     "Only the account half; 'How do I create an account?' alone (it is not compulsory)."),
    ("what are delivery charges for UK and is there quicker option, i need it before eid",
     both(SHIPCOST, EXPRESS) + " — UK standard £4.95, free over £45; express £11.95, 1-2 business days if ordered before 1 pm CET on a business day.",
     "Only delivery times; giving the EU euro prices as if for the UK; a handover."),
    ("are you real person or computer? kindly clarify",
     "Small talk: 'are you a bot?' — says honestly it is an automated assistant (and that a person can take over if wanted).",
     "Claiming to be a human; an FAQ answer."),
])

# 3 Bangladesh (Dhaka, a student in Manchester) — push-back twice, dialect request, waiting
C.append([
    ("bhai my card payment is not going, showing declined again and again",
     faq(PAYFAIL) + " — check card details, billing address, expiry; bank app 3D Secure; try PayPal; no money taken if it fails.",
     "'Charged twice' entry; payment methods list only; a handover."),
    ("but now 2 times taka cut from my account!!",
     faq(TWICE) + " — usually a temporary authorisation released within 3-5 business days; if still completed after that, send order number and statement screenshot.",
     "Repeating the payment-failed answer; refund-time entry."),
    ("this is not what i asked. i asked why it is cut when payment is failed",
     "Push-back (first time) — apologise, explain briefly or ask what is missing, offer a person; do not paste the same text again.",
     "The same answer word for word; a new unrelated entry."),
    ("still not answering. pls give me a manush, not machine",
     "Push-back (second time in a row) + request for a person in dialect ('manush' = human, Bengali) — hand over now.",
     "Another FAQ answer; asking to rephrase again; no handover."),
    (WAIT + "hello?? anyone there",
     "Waiting — reassure that a person has the chat / will reply; no FAQ answer, no invented waiting time.",
     "An FAQ answer or choices; 'I don't understand'; making up '2 minutes'."),
])

# 4 Hong Kong — angry, FAQ covers, follow-up, acknowledgement
C.append([
    ("hi my order arrive already but the lamp is broken jor, glass all crack. very angry la, paid so much",
     "Angry, FAQ covers it: " + faq(DAMAGED) + " — apology; within 14 days send order number + photo of item and packaging; free replacement or full refund.",
     "Return policy / return label entries (customer would pay nothing); a handover without the answer; no apology is minor."),
    ("need send back by myself ar? who pay postage",
     faq(DAMAGED) + " — you don't pay to send the broken item back (same entry, follow-up).",
     "'How much does shipping cost?' or return-label entry on their own; US return fee."),
    ("ok noted",
     "Small talk: acknowledgement — short reply ('anything else?'), no FAQ answer.",
     "Choices or an FAQ answer; a handover."),
])

# 5 Sri Lanka (Colombo, ordering to a brother in Germany) — cancel, ambiguous yes
C.append([
    ("aney i ordered a kettle 10 mins back by mistake, how to stop it no?",
     faq(CANCEL) + " — free cancellation until packed (usually within 1 hour): My account > Orders > Cancel order, or email the order number.",
     "Return policy; 'change order' only; claiming the bot has cancelled it."),
    ("ya ok machan do it",
     "Ambiguous yes — acknowledge and say the customer cancels it under My account > Orders (or a person can help); never claim the order was cancelled.",
     "'Your order has been cancelled'; an FAQ answer about something else."),
    ("actually wait, can i just take the bigger one instead",
     faq(CHANGE) + " — within 1 hour and before packing: My account > Orders > Edit order, or contact with order number.",
     "Exchange entry (that is for after delivery); cancel entry again."),
    ("thanks machan, bye bye",
     "Small talk: thanks + goodbye — short friendly goodbye.",
     "An FAQ answer; a handover."),
])

# 6 Zimbabwe (Harare, now in Manchester) — store, near-trade not offered, unrelated
C.append([
    ("ndeipi shamwari. do you have a place in london where i can come see the pots first?",
     "Small talk + " + faq(STORE) + " — online only, no store or showroom; Leipzig warehouse has no pickup.",
     "Giving an address; 'not covered'."),
    ("eish ok. i run a small restaurant, can you do wholesale price if i buy 40 pans?",
     "Not covered by the FAQ (wholesale / bulk prices for businesses are not offered in the FAQ) — say so, offer a person.",
     "Price matching or discount code entries; gift cards; inventing a bulk discount."),
    ("what will the weather be in harare tomorrow",
     "Not covered by the FAQ (unrelated) — say it can only help with the shop.",
     "Any FAQ entry or choices; guessing the weather."),
    ("ok. if i order today to manchester when does it reach me, and must i register first",
     both(DELTIME, CREATE) + " — dispatched in 1-2 business days, UK 3-5 business days; account: person icon > Create account (guest checkout also possible).",
     "Shipping cost; countries; only one half."),
])

# 7 Wales (Swansea) — angry lost parcel, phone + hours, callback with number
C.append([
    ("bore da. bought a week last tuesday, the courier page hasnt budged since thursday and im tamping now",
     "Angry, FAQ covers it: " + faq(LOST) + " (or " + faq(WHERE) + ") — tracking unmoved for 5 business days: send order number, investigation with the carrier, replacement or refund if not found within 7 business days.",
     "Only 'delivery takes 3-5 days'; a handover without the answer; no apology is minor."),
    ("whats your number then, and are yous even open now, its half 6",
     both(PHONE, HOURS) + " — UK +44 20 7946 0123; Mon-Fri 9:00-18:00 CET, Sat 10:00-14:00 CET (18:30 in Wales is 19:30 CET: closed now).",
     "Only one number without hours; claiming they are open now."),
    ("ach y fi. can someone just ring me back tomorrow on 07700 900123",
     "Request for a person (callback with a number) — hand over / take the callback request with the number; no promise of an exact time.",
     "Repeating the phone number entry only; ignoring the number."),
])

# 8 US South (Alabama) — warranty, follow-up, price match + stock
C.append([
    ("hey y'all, fixin to order one of them cast iron skillets. y'all stand behind em if they go bad?",
     "Small talk + " + faq(WARRANTY) + " — cast-iron cookware: extended 3-year warranty against manufacturing defects.",
     "Return policy (30 days); 'not covered'."),
    ("what if the handle busts off cause i dropped it",
     faq(WARRANTY) + " — damage from misuse/drops is not covered (same entry).",
     "Damaged-on-arrival entry; saying yes it is covered."),
    ("found the same one cheaper on walmart dot com, y'all match that? your page says sold out anyhow, might could you hold me one",
     both(PRICEMATCH, STOCK) + " — identical item new from a major online retailer shipping to you, send link before buying or within 7 days, no marketplace sellers; restock 2-6 weeks, Notify me, no reservations or pre-orders.",
     "Promising to hold one; only one half."),
])

# 9 Arabic speaker (Amman, living in Berlin) — vague, typed rejection + rephrasing
C.append([
    ("hello please i have problem with my account",
     "Too vague to answer — choices (password, email, delete account, create account) or a clarifying question; no handover.",
     "Picking one account entry as if sure; a handover."),
    (REJECT + "no not this. i want that you forget everything about me, finish, khalas",
     faq(DELETE) + " — My account > Privacy > Delete account or email; data deleted within 30 days except legally kept order/invoice records; open orders/returns first.",
     "Unsubscribe entry; showing the same choices again."),
    ("but wallah i forget my password so i cant enter, and the email there is my old work one",
     both(RESET, EMAIL) + " — Sign in > Forgot password, link valid 1 hour; change email under My account > Account details > Change email (needs the password).",
     "Only one half; create account."),
    ("shukran habibi",
     "Small talk: thanks — short reply.",
     "An FAQ answer; a handover."),
])

# 10 Turkish speaker (Izmir, living in Rotterdam) — typed question while choices show
C.append([
    ("hello kolay gelsin, code problem",
     "Too vague to answer — choices (discount code, gift card) or a clarifying question.",
     "A handover; an unrelated entry."),
    (TYPE + "the code from instagram say not valid. i have 2 shoes in sale in basket",
     faq(DISCOUNT) + " — codes usually can't be used on sale items; check spelling, expiry, minimum spend; one code per order; send the code to support.",
     "Gift card entry; payment failed entry."),
    ("tamam. also i want to give my abi something he choose himself from your shop, what you have for this?",
     faq(GIFTCARD) + " — digital gift cards €10 to €200, by email on a chosen date, valid 2 years, usable on any product.",
     "Gift wrapping entry; discount code again."),
    ("ok got it",
     "Small talk: acknowledgement — short reply, no FAQ answer.",
     "Choices or an FAQ answer; a handover."),
])

# 11 Russian speaker (Riga) — refunds, direct request, "how long"
C.append([
    ("good day. I returned jacket 2 weeks ago, still nothing on my bank???",
     faq(REFTIME) + " — checked within 3 business days after arrival, then 5-7 business days at the bank; email when issued.",
     "Return-process entry; refund-method entry alone."),
    ("money come on which card? my old card is blocked. and why I see 40 euro less",
     both(REFWHERE, PARTIAL) + " — back to the original payment method, bank passes it to the new card; partial: only some items, shipping refunded only for whole order, used items; refund email lists it.",
     "Only one half; payment-failed entry."),
    ("stop. I want speak with living person, give me operator",
     "Request for a person (direct) — hand over.",
     "Another FAQ answer; asking to rephrase."),
    (AFTER + "how long I must wait?",
     "Waiting ('how long?') — reassure; give no invented time (may mention service hours).",
     "Making up a waiting time; an FAQ answer about delivery time."),
])

# 12 Japanese speaker (Osaka, living in Dublin) — return label, non-returnable + guest return
C.append([
    ("Excuse me. I want to give back the tea cups but at home I have no machine for paper. How can I do?",
     faq(LABEL) + " — choose the QR code option, the post office prints the label.",
     "Return policy only; 'not covered'."),
    ("Also my friend gave me green tea, I opened already, can I send it too? And I bought as guest, so how I begin?",
     both(NONRET, RETURN) + " — opened food and drink can't be returned; guests start a return with order number and email on the Returns page.",
     "Saying the opened tea can be returned; 'create an account' instead of guest return."),
])

# 13 Brazilian Portuguese speaker (Porto) — two questions twice, newsletter
C.append([
    ("oi tudo bem? the tablecloth i bought is too small, i can take a bigger one? how many days i have?",
     both(EXCHANGE, RETPOLICY) + " — exchange via Return items > Exchange, free, new item ships when return is scanned; 30 days from delivery, unused, original packaging.",
     "Only one half; change-order entry."),
    ("i live in porto, portugal is in your list? and will i pay tax on arrival kkkk",
     both(COUNTRIES, CUSTOMS) + " — Portugal is in the EU, so yes; no customs charges for EU deliveries.",
     "Saying Portugal is not delivered to; US duties."),
    ("and pls no more news mails, everyday something",
     faq(UNSUB) + " — Unsubscribe link in any newsletter or untick Newsletter under My account > Preferences; up to 48 hours; order emails continue.",
     "Delete account; 'not covered'."),
])

# 14 German speaker (Cologne, living in Leeds) — confirmation, tracking, address + invoice, angry person, waiting
C.append([
    ("Hello, I have ordered yesterday but I became no confirmation till now",
     faq(CONFIRM) + " — check spam/promotions; sign in to My account > Orders, resend from there; if not listed but charged, contact with payment date and amount.",
     "Order-status entry only; saying 'you became nothing' literally / misreading 'became' (= received)."),
    ("and where I can see if it is sent already",
     faq(WHERE) + " — My account > Orders or tracking link; dispatched in 1-2 business days; tracking active once scanned.",
     "Delivery time only; lost parcel."),
    ("Also I wrote the street wrong and I need the invoice on my firm with VAT nr",
     both(ADDRESS, INVOICE) + " — not packed yet: My account > Orders > Edit order or contact; VAT invoice with shipping confirmation / Download invoice, company and VAT number added by contacting within 30 days.",
     "Only one half; confirmation email again."),
    ("This is not helpful at all. I want to speak with a real employee now, not with a machine!",
     "Request for a person (angry) — short apology, hand over now.",
     "Another FAQ answer; asking to rephrase; no handover."),
    (WAIT + "hello?? is somebody there",
     "Waiting — reassure; no FAQ answer, no invented time.",
     "An FAQ answer or choices; starting over."),
])

if __name__ == "__main__":
    shutil.copyfile(SAMPLE, os.path.join(OUT, "en-faq.csv"))
    print(write_plan("en", C))
