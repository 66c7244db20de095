"""English plan for set 23: the sample shop (Northwind Goods); en-faq.csv is an unchanged copy of the sample FAQ."""
import csv
import os
import shutil

from common_a import OUT, TYPE, REJECT, WAIT, faq_ref, both, write_plan

SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "db", "sample-faq.csv")
shutil.copyfile(SAMPLE, os.path.join(OUT, "en-faq.csv"))
with open(SAMPLE, newline="", encoding="utf-8") as f:
    Q = [r["question"] for r in csv.DictReader(f)]


def F(i, facts=""):
    return faq_ref(Q[i], facts)


def B(i, j, facts=""):
    return both(Q[i], Q[j], facts)


NOT_HANDOVER = "a handover when the FAQ answers it"

conversations = [
    # 1 England (Leeds), native
    [
        ("hiya, if i spend about 30 quid is postage extra",
         F(5, "under £45 standard UK shipping is £4.95; free from £45"),
         "saying shipping is free; the EU or US price only; the delivery-time entry; " + NOT_HANDOVER),
        ("and how long to leeds",
         F(6, "dispatch 1-2 business days, then 3-5 business days to the UK"),
         "the shipping price again; the countries entry; asking which product"),
        ("need it by friday tho",
         F(8, "Express £11.95 to the UK, 1-2 business days if ordered before 1 pm CET on a business day"),
         "repeating the standard delivery times; promising Friday delivery unconditionally; not covered"),
        ("brill thanks, bye",
         "Small talk: thanks + goodbye — a short friendly closing",
         "an FAQ answer; choices; a handover; asking what else in a long message"),
    ],
    # 2 Wales (Swansea), native
    [
        ("problem with my refund",
         "Too vague to answer — choices such as refund time / where the refund goes / partial refund, or a clarifying question",
         "picking one refund entry as if certain; a handover; not covered"),
        ("sent the lamp back 2 weeks ago and still no money in my account",
         TYPE + " " + F(19, "checked within 3 business days of arrival, then 5-7 business days to show, depending on the bank"),
         "the return-process or return-label entry; the lost-parcel entry; ignoring the typed message because choices were shown"),
        ("paid with klarna btw, will it go back on that",
         F(20, "refunds go back to the original payment method, Klarna included"),
         "the payment-methods entry (what is accepted); the refund-time answer again"),
        ("hang on, its 6 pound less than what i paid??",
         F(21, "partial refund: original shipping only refunded when the whole order is returned, or items returned used; the refund email lists why"),
         "the charged-twice entry; the refund-time answer again; the price-match entry"),
    ],
    # 3 Ireland (Dublin), first language Polish
    [
        ("hello, i have question about the code",
         "Small talk greeting + too vague — choices (discount code / gift card / tracking number) or asking which code",
         "guessing one entry as if certain; a handover"),
        ("no, not this",
         REJECT + " Typed rejection — apologise and ask what the code is for, or offer other topics",
         "showing the same choices again unchanged; an FAQ answer picked at random; a handover straight away"),
        ("the 15% from newsletter is not accept when i pay, in basket i have 22 euro",
         F(27, "check spelling and expiry, minimum spend (22 € may be below it), no sale items or gift cards, one code per order; send the code to be checked"),
         "the payment-failed entry; the newsletter entry; the gift-card entry"),
        ("ok and how i stop this newsletter, i get every day. or better delete my account complete",
         B(33, 31, "Unsubscribe link or untick Newsletter in My account > Preferences (up to 48 h); delete via My account > Privacy > Delete account or email, data deleted within 30 days"),
         "only one half without pointing to the other; the change-email entry; the discount-code answer again"),
    ],
    # 4 US (Texas), native
    [
        ("hey do yall ship to texas and will i get hit with import fees",
         B(7, 12, "yes, the US is shipped to; orders under $800 normally have no import duties"),
         "saying the US is not shipped to; the shipping-cost entry only; only one half"),
        ("wait am i talking to a bot",
         "Small talk: are you a bot — say honestly it is an automated assistant and a person can take over if needed",
         "claiming to be human; an FAQ answer; handing over without being asked"),
        ("if i dont like it can i mail it to you from houston and who pays for that? also does that work for the monogrammed cutting board",
         B(14, 18, "30 days, unused and in original packaging; US customers pay $7.95 return shipping, deducted from the refund; personalised/engraved items can't be returned"),
         "saying returns are free for the US; saying the personalised board can be returned; the customs entry"),
        ("got it",
         "Small talk: acknowledgement — short reply (anything else?)",
         "repeating the last answer; choices; a handover"),
    ],
    # 5 US (New York), first language German
    [
        ("Hello, I have bought a pan in June and since some days the handle is wobbly. What can I do?",
         F(36, "2-year warranty on manufacturing defects (3 years for cast-iron cookware); contact with order number, description and photo or video"),
         "the damaged-on-arrival entry (14 days); the return-policy entry (30 days are over); not covered"),
        ("Do you also sharpen knives? Mine are very dull.",
         "Not covered by the FAQ (knife sharpening, a service near the trade the shop does not offer) — say so honestly, offer a person",
         "the warranty entry again; claiming the shop sharpens knives; unrelated choices"),
        ("Can someone call me back please? 917 555 0143, best after 6 pm.",
         "Request for a person (callback with number) — hand over / pass the number on; may mention support hours (Mon-Fri 9-18, Sat 10-14 CET) honestly",
         "only giving the phone-number entry without handing over; promising a call after 6 pm New York time (outside the hours); ignoring the number"),
        ("hello?? is somebody there",
         WAIT + " Waiting — reassure that a person has the chat, no FAQ answer, no invented wait time",
         "an FAQ answer; a new handover loop; 'I didn't understand'"),
    ],
    # 6 Canada (Vancouver), first language Korean
    [
        ("hello~ can i order to vancouver?",
         F(7, "no, Canada is not shipped to (EU, UK, US only)"),
         "saying yes; the shipping-cost entry; the customs entry"),
        ("ok then my sister in seattle will order. first time, how it works? she only have paypal",
         B(0, 22, "basket > Checkout, guest or account, address and payment, Place order; PayPal is accepted"),
         "the countries entry again; the create-account entry only; saying PayPal is not accepted"),
        ("the green teapot is sold out, when it come back?",
         F(37, "usually restocked in 2-6 weeks; click Notify me; no pre-orders or reservations"),
         "promising a date; offering to reserve it; not covered"),
    ],
    # 7 Australia (from Brisbane, living in London)
    [
        ("app says the courier dropped it off yesterday arvo but theres nothing at my door",
         F(9, "check with neighbours and building reception, then contact with the order number; investigation, replacement or refund if not found within 7 business days"),
         "the where-is-my-order entry; the delivery-time entry; the damaged entry"),
        ("thats not what i asked, ive already asked next door and the building manager",
         "Push-back (first time) — apologise; next step is contacting support with the order number (investigation, replacement or full refund after 7 business days); offer a person",
         "repeating the same answer word for word; unrelated choices; ignoring the push-back"),
        ("still no help mate, this is doing my head in. get me a real person",
         "Push-back (second time in a row) + angry request for a person (mild Australian/British: mate, doing my head in = driving me mad) — hand over now",
         "another FAQ answer; choices; asking them to rephrase"),
        ("how long is this gonna take",
         WAIT + " Waiting — reassure, no invented wait time; at most the support hours",
         "the delivery-time entry (it is about the wait); the refund-time entry"),
    ],
    # 8 India (from Pune, living in Dublin)
    [
        ("Hi, I have ordered since 6 days and still not received, kindly check the status",
         F(3, "follow it under My account > Orders or with the tracking link; dispatch 1-2 business days; contact if tracking has not moved for 5 business days"),
         "the lost-parcel entry as if certain; the delivery-time entry only; a handover before giving the tracking steps"),
        ("Also kindly share invoice with company name, required for office reimbursement",
         F(25, "VAT invoice comes with the shipping confirmation and under My account > Orders > Download invoice; company name/VAT number: at checkout or contact within 30 days for a corrected invoice"),
         "the confirmation-email entry; not covered"),
        ("can our driver come and take it from your godown directly",
         F(39, "no: online only, the Leipzig warehouse offers no pickup; delivery to an address or parcel locker"),
         "saying pickup is possible; the delivery-address entry; not covered"),
        ("till what time can i ring you today? send the number also",
         B(34, 35, "Mon-Fri 9-18 CET, Sat 10-14 CET; +49 30 1234 5678 (EU)"),
         "only the hours or only the number without the other; a handover nobody asked for"),
    ],
    # 9 Kenya (from Nairobi, living in London)
    [
        ("Good morning. I ordered glasses for my sister's wedding and 2 of them have come cracked. Very disappointing!!",
         F(10, "sorry; contact within 14 days with order number and photo of item and packaging; free replacement or full refund, no cost to send it back"),
         "the return-policy entry; the warranty entry; no apology at all; a handover without the answer"),
        ("so do i have to pay to post them to you",
         F(10, "no, you don't pay to send the broken item back"),
         "the return-policy entry (US fee); the shipping-cost entry; the return-label entry as if it were a normal return"),
        ("thank you, be blessed",
         "Small talk: thanks / goodbye — short friendly reply",
         "an FAQ answer; a handover; choices"),
    ],
    # 10 Ghana (from Accra, living in Hamburg)
    [
        ("please i dont want the order i made this morning again, i will buy later",
         F(2, "free cancellation until packed (usually within 1 hour): My account > Orders > Cancel order, or email the order number; if shipped, refuse or return"),
         "saying the order is cancelled (the bot cannot do it); the change-order entry; the return-process entry"),
        ("yes",
         "Ambiguous yes — acknowledge and say how to cancel or ask what they mean; never claim the order was cancelled",
         "'Your order has been cancelled'; an unrelated FAQ answer; 'I didn't understand' without context"),
        ("next time i dont want to open profile on the site, can i still buy",
         F(32, "yes, Continue as guest at checkout; order and shipping emails still arrive"),
         "the create-account entry; the delete-account entry"),
    ],
    # 11 Singapore (living in Manchester)
    [
        ("hi paid already but no email leh, did it go through?",
         F(4, "check spam/promotions; confirmation normally within 15 min; if listed under My account > Orders it went through; if not listed but charged, contact with date and amount"),
         "the payment-failed entry; the charged-twice entry; the newsletter entry"),
        ("ok found it. the cushion cover in grey looks dull, can i get the blue one instead",
         F(17, "start a return under My account > Orders and choose Exchange, pick the colour; new item ships when the return is scanned, free"),
         "the change-order entry as if the order were not yet shipped; the return-policy entry only; not covered"),
        ("and how do i send the grey one back? no printer in my hall",
         B(15, 16, "label by email after registering the return; drop at a post office; without a printer choose the QR code option"),
         "the exchange answer repeated; the damaged-item entry; saying a printer is needed"),
    ],
    # 12 Malaysia (Kuala Lumpur), first language Chinese
    [
        ("hello, i want buy gift card for my friend in netherland, how much and can send by email?",
         F(26, "digital gift cards €10-€200, sent by email on the chosen date, valid 2 years"),
         "the gift-wrap entry; the countries entry; saying Malaysia is shipped to"),
        ("or if i buy the vase for her, can pack pretty and put small card say happy birthday from me?",
         F(13, "gift options at checkout: wrapping €3.50 per item, free message up to 200 characters, prices left off"),
         "the gift-card entry again; not covered"),
        ("same vase is 8 euro cheaper on other website, you can give same price?",
         F(38, "yes for an identical new item at a major online retailer shipping to the country, incl. delivery; send the link before buying or within 7 days; not marketplace sellers or flash deals"),
         "the discount-code entry; saying no price matching"),
        ("i try pay now but card keep decline, why",
         F(23, "check card details, billing address, expiry; bank block or 3D Secure in the app; try PayPal; no money taken if it fails"),
         "the payment-methods entry only; the charged-twice entry; a handover before giving the steps"),
    ],
    # 13 US (Miami, Florida), first language Spanish
    [
        ("hola, i need to change the address of my order, i move to other apartment",
         F(11, "if not packed: My account > Orders > Edit order or contact us; if shipped: carrier redirect via tracking; country can't change"),
         "the change-email entry; the where-is-my-order entry; a handover straight away"),
        ("and can you put one more glass in the same box?",
         F(1, "changes within 1 hour of ordering if not packed: Edit order or contact with order number; once packed no changes"),
         "the gift-wrap entry; the place-order entry; saying it was added"),
        ("i am very angry, you take the money 2 times from my card for this order!!",
         F(24, "apologise; often a temporary authorisation released in 3-5 business days; if both still completed, send order number and statement screenshot for a refund of the duplicate"),
         "the payment-failed entry; the partial-refund entry; no answer, only a handover"),
    ],
    # 14 Arabic first language (living in Lyon, France)
    [
        ("Hello my brother, I cannot enter to my profile, I try many times",
         F(29, "Sign in > Forgot password, reset link valid 1 hour; check spam if it doesn't arrive in 10 minutes"),
         "the create-account entry; the change-email entry; the delete-account entry"),
        ("and I want change the mail to new one because the old is hacked. and how my wife can make her own account?",
         B(30, 28, "My account > Account details > Change email, confirm via link to the new address; create account via the person icon > Create account"),
         "the reset-password answer again; only one half; the newsletter entry"),
        ("one more thing, which mobile network is best in france, mine is very bad",
         "Not covered by the FAQ (unrelated: mobile networks) — say honestly it can't help with that",
         "an FAQ answer (e.g. the phone-number entry); choices of unrelated entries; making up a recommendation"),
    ],
]

if __name__ == "__main__":
    print(write_plan("en", conversations))
