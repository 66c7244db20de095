"""en: the sample shop (Northwind Goods); en-faq.csv is an unchanged copy of db/sample-faq.csv."""
import csv
import os
import shutil

from common_a import *

SRC = "db/sample-faq.csv"

PLACE = "How do I place an order?"
CREATE = "How do I create an account?"
RETURN_HOW = "How do I return an item?"
DELETE = "How do I delete my account?"
CHANGE_ORDER = "Can I change my order after placing it?"
CANCEL = "How do I cancel my order?"
WHERE = "Where is my order?"
CONFIRM = "I didn't receive an order confirmation email. What should I do?"
SHIP_COST = "How much does shipping cost?"
DELIVERY = "How long does delivery take?"
COUNTRIES = "Which countries do you ship to?"
EXPRESS = "Do you offer express shipping?"
LOST = "My parcel is lost. What can I do?"
DAMAGED = "My item arrived damaged. What should I do?"
ADDRESS = "How can I change my delivery address?"
CUSTOMS = "Will I have to pay customs or import duties?"
WRAP = "Can I add gift wrapping or a gift message?"
POLICY = "What is your return policy?"
LABEL = "I need a return label. How do I get one?"
EXCHANGE = "Can I exchange an item for a different size or colour?"
NONRET = "Which items can't be returned?"
REFUND_TIME = "How long does a refund take?"
REFUND_WHERE = "Where will my refund be sent?"
PARTIAL = "Why did I only get a partial refund?"
METHODS = "What payment methods do you accept?"
FAILED = "My payment failed. What should I do?"
TWICE = "I was charged twice for my order. What should I do?"
VAT = "How do I get an invoice with VAT?"
GIFTCARD = "Do you sell gift cards?"
DISCOUNT = "Why isn't my discount code working?"
RESET = "How do I reset my password?"
EMAIL = "How do I change the email address on my account?"
GUEST = "Can I order without creating an account?"
UNSUB = "How do I unsubscribe from your newsletter?"
HOURS = "What are your customer service hours?"
PHONE = "What is your phone number?"
WARRANTY = "Do your products come with a warranty?"
RESTOCK = "When will an out-of-stock item be available again?"
PRICEMATCH = "Do you offer price matching?"
STORE = "Do you have a physical store?"

PLAN = [
    # 1 Scotland (Glasgow)
    [
        ("hiya, a moved flat last week n the order's goin tae ma auld address, can ye change it?", faq(ADDRESS) + " — greeting back; if not packed yet: My account > Orders > Edit order or contact them; once shipped: carrier redirect via the tracking link", "the change-email entry; 'not covered'; asking what 'auld' means"),
        ("n if it's awready left?", faq(ADDRESS) + " — once shipped, ask the carrier for a redirect with the tracking link, where available", "the cancel entry; the tracking entry only"),
        ("whit aboot customs since brexit, will a get stung?", faq(CUSTOMS) + " — no: ships from a UK warehouse, no customs charges for UK orders", "shipping costs; 'not covered'"),
        ("magic, cheers", "Small talk: thanks — short reply", "repeating an FAQ answer; a handover"),
    ],
    # 2 Liverpool
    [
        ("me order come n the mug's in bits, absolutely fumin, paid 40 quid for that set", faq(DAMAGED) + " — apologise; within 14 days send order number and a photo of the item and packaging; free replacement or full refund", "the return policy (unused, 30 days); the lost-parcel entry; a handover without the steps"),
        ("do i av to post the bits back like, or can i just get me dosh", faq(DAMAGED) + " — no need to pay to send it back; a full refund instead of a replacement is possible", "the return-label entry (as if a normal return); the refund-time entry only"),
        ("sound. n where's me other one from tuesday at", faq(WHERE) + " — My account > Orders or the tracking link; dispatched within 1-2 business days", "the lost-parcel entry; the delivery-time entry only; a handover"),
    ],
    # 3 Jamaican customer in Birmingham (UK)
    [
        ("wah gwaan, mi try pay fi di lamp but it keep bounce, tree time now", faq(FAILED) + " — check card details/billing address/expiry, bank block or 3D Secure in the app, try PayPal; no money was taken", "the charged-twice entry; payment methods only; 'not covered'"),
        ("so mi can use paypal or klarna instead? how mi start over di order?", both(METHODS, PLACE) + " — yes, both (Klarna in the EU and UK: pay later or 3 instalments); basket > Checkout, guest or signed in, address and payment, Place order", "the payment-failed answer repeated; 'Klarna is not available'"),
        ("mi nah understand dis ting, mek mi talk to a real smaddy", "Request for a person (dialect: 'smaddy' = somebody) — hand over", "an FAQ answer; asking what 'smaddy' means; ignoring the request"),
        ("hello?? anybody deh deh?", WAIT + "Waiting — reassure that a person will answer; no FAQ answer, no invented wait time", "an FAQ answer; inventing '5 minutes'"),
    ],
    # 4 Ugandan customer in London
    [
        ("greetings! i ordered yesterday evening but i no longer need it, can i call it off or at least switch the colour", both(CANCEL, CHANGE_ORDER) + " — free until packed (usually within 1 hour); after a day it is probably packed/shipped: refuse the delivery or return it within 30 days; My account > Orders > Cancel order if still possible; changes only within 1 hour and before packing, otherwise exchange after delivery", "claiming it is cancelled or changed; only one half"),
        ("yes", "Ambiguous yes — acknowledge or ask what the customer wants; never claim the order was cancelled", "'Your order has been cancelled'; repeating the whole answer"),
        ("are you a robot or a human being, i want to be sure", "Small talk: honest — it is an automatic assistant; a person can take over if wanted", "claiming to be a person; an FAQ answer; handing over unasked"),
    ],
    # 5 Nepali customer in Aldershot (UK)
    [
        ("namaste, i have question about my stuffs", "Too vague to answer — choices (order status, returns, refunds...) or a clarifying question", "picking one entry and answering it as if asked; a handover"),
        ("how many days i have to give back the things? and the beeswax wraps i opened already, that also can?", TYPE + both(POLICY, NONRET) + " — 30 days, unused, original packaging, free in the UK; opened beeswax wraps cannot be returned", "only one half; the exchange entry; 'not covered'"),
        ("ok how i start the return? i dont have printer at home dai", both(RETURN_HOW, LABEL) + " — My account > Orders > Return items, choose items and reason; no printer: choose the QR code option, the post office prints the label", "'not covered'; the invoice entry; asking what 'dai' means"),
        ("you also do assembly? my side table legs i cannot fix properly", "Not covered by the FAQ (assembly/fitting service is not offered) — say so honestly, offer a person", "the damaged-item entry; the warranty entry as if it were a repair service"),
    ],
    # 6 Italian speaker living in Malta
    [
        ("hello, i make a question: mela, you post to malta? and how much it costs to send it", both(COUNTRIES, SHIP_COST) + " — yes, Malta is in the EU; €4.95, free over €50", "'Malta is not in the list'; only one half; express prices as the standard price"),
        ("and when it reaches me more or less", faq(DELIVERY) + " — dispatched in 1-2 business days, then 2-4 business days in the EU", "the express entry only; the tracking entry"),
        ("ejja, and who won yesterday, juve or inter?", "Not covered by the FAQ (unrelated: football) — say so briefly", "choices of FAQ entries; a handover"),
        ("grazzi, bye", "Small talk: goodbye (with thanks, Maltese 'grazzi') — short goodbye", "a greeting; an FAQ answer"),
    ],
    # 7 Cameroonian customer in Lyon (France)
    [
        ("good morning my sister, the pan i buy in june is already spoiling, the handle shake. you people cover that?", faq(WARRANTY) + " — yes, 2 years (cast iron 3 years) against manufacturing defects; claim with order number, description and photo/video", "the damaged-on-arrival entry (14 days); the return policy (30 days)"),
        ("that is not my question o. i ask how i send it to you", "Push-back (first time) — apologise; the claim goes through support: order number, description of the fault, photo or video; or offer a person", "the same answer repeated unchanged; the return-label entry as if a normal return"),
        ("eh ya! you no di hear me? give me person wey sabi", "Push-back (second time in a row) + angry request for a person in pidgin ('someone who knows') — hand over now", "another FAQ answer; asking her to rephrase"),
        ("hello?? somebody dey?", WAIT + "Waiting — reassure that a person will answer; no FAQ answer, no invented wait time", "an FAQ answer; inventing a wait time"),
    ],
    # 8 New York
    [
        ("yo my refund still aint hit, sent the stuff back like 2 weeks ago. and why does it say 30 bucks when i paid 45?? wtf", both(REFUND_TIME, PARTIAL) + " — (apologise) checked within 3 business days of arrival, then 5-7 business days at the bank; partial: the $7.95 US return fee, original shipping only refunded for whole orders, the refund email lists it", "only one half; the return policy; a handover without the facts"),
        ("it goes back to my amex right? that one got cancelled tho", faq(REFUND_WHERE) + " — to the original payment method; if the card was cancelled, the bank normally passes it on to the new card", "the payment-methods entry ('we accept Amex'); the payment-failed entry"),
        ("just have someone call me, 917 555 0148", "Request for a person (callback with a number) — hand over / confirm the number is passed on", "just giving the phone number and stopping; an FAQ answer"),
        ("how long is that gonna take", WAIT + "Waiting — 'how long?' means the callback; reassure, no invented time", "the refund time (5-7 days); the delivery time; inventing 'within 10 minutes'"),
    ],
    # 9 Texas
    [
        ("howdy, y'all got a store in dallas i can swing by? saw the same skillet cheaper on amazon, y'all match that?", both(STORE, PRICEMATCH) + " — online only, no pickup; yes, price match of an identical new item from a major online retailer (not marketplace sellers/flash deals), send the link before buying or within 7 days", "only one half; 'not covered'"),
        ("well shoot. it's for my mama's birthday saturday, how quick can y'all get it here", faq(EXPRESS) + " — express $19.95 to the US, 2-3 business days if ordered before 1 pm CET on a business day", "only standard delivery (5-8 days); 'not covered'"),
        ("alrighty. how much is regular shippin to texas, and when are y'all open, i work nights", both(SHIP_COST, HOURS) + " — $6.95, free over $60; support Mon-Fri 9-18 CET, Sat 10-14 CET", "only one half; the express price again"),
    ],
    # 10 Dutch speaker (Netherlands)
    [
        ("hallo, I have bought something on friday but nothing came in my inbox yet. Did it work?", faq(CONFIRM) + " — check spam/promotions; sign in and check My account > Orders, resend from there; if not listed but charged, contact with date and amount", "the tracking entry only; the lost-parcel entry"),
        ("Also the code from your newsletter gives not valid. And next time can I order without to make an account?", both(DISCOUNT, GUEST) + " — check typing/expiry/minimum, no combining, one code per order, send the code; yes, continue as guest", "the unsubscribe entry; only one half"),
        ("Can I speak with an employee please, or give me a phone number", "Request for a person (direct) — hand over; giving FAQ: \"What is your phone number?\" as well is fine", "an FAQ answer; asking why"),
        ("ok I wait", AFTER + "Small talk: acknowledgement while waiting — short reassurance, no FAQ answer", "an FAQ answer; a new handover message; 'goodbye'"),
    ],
    # 11 Korean speaker
    [
        ("hello~ i want change the blanket to other color but grey one is sold out.. when it come back?^^", both(EXCHANGE, RESTOCK) + " — exchange via a return, reason Exchange, free; out of stock: usually restocked in 2-6 weeks, click Notify me, no reservations (if still out of stock at exchange, refund)", "only one half; the return policy"),
        ("and how i stop the newsletter mails? too many. or i just delete my account", both(UNSUB, DELETE) + " — Unsubscribe link at the bottom of any newsletter, or untick Newsletter in My account > Preferences, up to 48 h; deleting: My account > Privacy > Delete account (not needed just to stop the newsletter)", "the delete-account entry; the change-email entry"),
        ("thank you so much!!", "Small talk: thanks — short reply", "repeating an FAQ answer; a handover"),
    ],
    # 12 Vietnamese speaker
    [
        ("hi shop, i forget password cannot login, also i want change my email to new one", both(RESET, EMAIL) + " — Sign in > Forgot password, link valid 1 hour; then My account > Account details > Change email, confirm via the new address", "only one half; the create-account entry"),
        ("the mail it say expired when i click. maybe easier i register again with the new email?", both(RESET, CREATE) + " — the reset link is valid 1 hour: request a new one (check spam); a new account: person icon > Create account (but changing the email keeps the order history)", "the discount-code entry ('code expired'); 'not covered'"),
        ("ok got it, bye bye", "Small talk: acknowledgement + goodbye — short goodbye", "an FAQ answer; a handover"),
    ],
    # 13 Greek speaker (Athens)
    [
        ("hello, I see the same amount two times taken for one purchase!! what is this??", faq(TWICE) + " — (apologise) often a temporary authorisation released in 3-5 business days; if both still completed after that, send order number and statement screenshot, duplicate refunded", "the payment-failed entry; the partial-refund entry; a handover without the facts"),
        ("and I need the invoice on my company with the VAT number, how?", faq(VAT) + " — emailed with the shipping confirmation, download in My account > Orders; add company/VAT number at checkout or contact them within 30 days for a corrected invoice", "the payment-methods entry; 'not covered'"),
        ("also you have gift cards for my sister name day? or you can wrap a present with a card inside?", both(GIFTCARD, WRAP) + " — digital gift cards €10-200 by email on the chosen date, valid 2 years; gift wrapping €3.50 per item and a free message up to 200 characters", "only one half; the discount-code entry"),
    ],
    # 14 Persian speaker (living in Germany)
    [
        ("salam, i want to ask you something about my purchase", "Too vague to answer — choices (order status, change, cancel, returns...) or a clarifying question", "picking one entry and answering it as if asked; a handover"),
        ("no none of these. the app says delivered but nothing is at my door", REJECT + faq(LOST) + " — check with neighbours and the building's reception, then contact with the order number; investigation, replacement or refund if not found in 7 business days", "the tracking entry ('where is my order'); the delivery-time entry"),
        ("i asked the neighbours already, nobody has it", faq(LOST) + " — next step: contact them with the order number; investigation with the carrier, replacement or full refund within 7 business days", "repeating 'check with neighbours' only; choices; the tracking entry"),
        ("merci, khoda hafez", "Small talk: thanks + goodbye ('khoda hafez' = goodbye in Persian) — short goodbye", "a greeting; an FAQ answer"),
    ],
]

if __name__ == "__main__":
    shutil.copyfile(SRC, os.path.join(OUT, "en-faq.csv"))
    write_plan("en", PLAN)
