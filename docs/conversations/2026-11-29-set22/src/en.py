"""English: the sample shop (Northwind Goods). Copies the FAQ unchanged, writes the plan."""
import shutil
from common_a import OUT, SAMPLE, TYPE, TYPE_REJ, WAIT, faq, both, questions, write_plan

shutil.copyfile(SAMPLE, OUT / "en-faq.csv")
Q = questions("en")


def q(n):
    return Q[n - 1]


NC = "Not covered by the FAQ"
convs = [
    # 1 England (London)
    [
        ("hiya, how much is postage to the uk? if i spend about 40 quid is it free",
         faq(q(6)) + " — £4.95 to the UK; free only over £45, so £40 is not enough.",
         "Express prices only; saying £40 qualifies for free shipping; the delivery-time entry."),
        ("and how long does it take",
         faq(q(7)) + " — dispatched in 1-2 business days, then 3-5 business days to the UK.",
         "Shipping cost again; EU or US times given as the answer; choices instead of using the previous turn."),
        ("its for my mums birthday on friday, can it come quicker than that",
         faq(q(9)) + " — Express £11.95 to the UK, 1-2 business days if ordered before 1 pm CET on a business day.",
         "Gift wrapping entry; standard delivery times again; a handover."),
        ("cheers, bye",
         "Small talk: thanks + goodbye — short friendly close, no FAQ answer.",
         "An FAQ answer or choices; a handover; asking a question back at length."),
    ],
    # 2 Scotland (Glasgow)
    [
        ("question about my order",
         "Too vague to answer — choices (change, cancel, where is my order, delivery address) or a clarifying question; no handover.",
         "Picking one order entry and answering it as if asked; a handover."),
        ("i put the wrong flat number in, can that still be fixd",
         TYPE + " " + faq(q(12)) + " — if not packed yet: My account > Orders > Edit order or contact us; after shipping ask the carrier for a redirect.",
         "Ignoring the typed message and repeating the choices; the change-order entry only (about items); the lost-parcel entry."),
        ("what if its already on the way",
         faq(q(12)) + " — once shipped, use the tracking link to ask the carrier for a redirect where available.",
         "Where is my order / tracking entry without the redirect; delivery times."),
        ("can i have a wee word with an actual person please",
         "Request for a person (mild Scottish: `wee` = little) — hand over.",
         "Another FAQ answer; the phone-number entry instead of a handover; not recognising the request."),
    ],
    # 3 US (Ohio)
    [
        ("returns",
         "Too vague to answer — choices among the return entries (policy, how to return, label, refund) or a clarifying question.",
         "A handover; one long return answer that guesses the need."),
        ("no none of those",
         TYPE_REJ + " Typed rejection — acknowledge, ask what they need or offer a person; do not repeat the same choices.",
         "The same choices again; a random return entry; treating it as goodbye."),
        ("got a rug that doesnt suit the living room at all, i dont want it anymore. what do i do",
         faq(q(16)) + " — My account > Orders > Return items, label by email, drop at a post office or carrier point (return policy 30 days, unused).",
         "Damaged-item entry; exchange entry only; gift-wrap entry (rug = oversized)."),
        ("do i have to pay to ship it back? and the money goes back on my amex right",
         both(q(15), q(21)) + " — US customers pay $7.95 return shipping deducted from the refund; refund goes to the original payment method (the Amex card).",
         "Saying returns are free for the US; refund timing only; store credit or gift card as the refund."),
    ],
    # 4 Canada (Toronto)
    [
        ("hey there, do u guys deliver to toronto eh",
         faq(q(8)) + " — no: EU, UK and US only; Canada is not shipped to (greeting answered briefly).",
         "Delivery times or shipping costs as if Canada were served; saying yes; a handover."),
        ("ok what if i send it to my cousin in buffalo, would she have to pay customs on it",
         faq(q(13)) + " — US orders under $800 normally have no import duties; on larger orders the customer pays on delivery.",
         "Countries entry again; change-address entry; saying Canada customs rules apply."),
        ("are you a bot or a real person",
         "Small talk: \"are you a bot?\" — say it is an automated assistant and a person can take over if wanted; no FAQ answer.",
         "Claiming to be a human; an FAQ answer; an unasked handover."),
        ("ok got it. whats your phone number and are you open saturdays",
         both(q(36), q(35)) + " — US number +1 646 555 0142; Saturday 10:00-14:00 CET.",
         "Only one half without pointing to the other; a handover instead of the number; store entry."),
    ],
    # 5 Australia (Brisbane)
    [
        ("g'day, can my daughter set up a wedding registry with you? she's getting married in march",
         NC + " (near the trade, not offered: wedding registry / gift list) — say honestly it is not offered here, offer a person; mentioning gift cards as an alternative is fine.",
         "Answering with the gift-wrap or gift-card entry as if it were a registry; claiming a registry exists."),
        ("also whats a good pavlova recipe lol",
         NC + " (unrelated: a recipe) — short honest reply, offer of a person at most.",
         "Any FAQ entry (e.g. products, warranty); choices of unrelated entries; an invented recipe presented as shop info."),
        ("can someone just ring me this arvo, 0412 555 019",
         "Request for a person (callback with a number; `arvo` = afternoon) — hand over / take the callback request; no invented callback time.",
         "The phone-number entry telling her to call instead; the hours entry only; ignoring the number."),
        ("hello?? anyone there",
         WAIT + " Waiting — reassure that a person has the request; no FAQ answer, no invented wait time.",
         "An FAQ answer; choices; the greeting treated as a new chat; a promised time."),
    ],
    # 6 New Zealand (Wellington)
    [
        ("my kettle wont boil anymore, had it abt 14 months",
         faq(q(37)) + " — electrical appliances have a 3-year warranty against defects; claim with order number, description and photo or video.",
         "The 2-year figure only as if it had run out; returns (30 days); damaged-on-arrival entry."),
        ("thats not what i asked, do you send a new one or fix it",
         "Push-back (first time) — apologise; the FAQ does not say whether it is repaired or replaced; offer a person.",
         "Repeating the same warranty answer unchanged; inventing a repair service; the exchange entry."),
        ("still not answering me. just put me through to someone",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — hand over now.",
         "A third FAQ answer; choices; asking her to rephrase again."),
        ("how long will this take",
         WAIT + " Waiting — about the wait for the person: reassure, no invented time.",
         "Delivery times or refund times (this is about the wait); warranty answer again; choices."),
    ],
    # 7 India (Hindi first language; living in Leicester)
    [
        ("hello sir, i bought 2 bedsheets yesterday evening but no mail came till now, kindly check",
         faq(q(5)) + " — check spam; sign in and see My account > Orders; if listed it went through and the confirmation can be resent.",
         "Where is my order / lost parcel; a handover before giving the steps."),
        ("ok it is showing in my orders. how i can see where it is now",
         faq(q(4)) + " — My account > Orders or the tracking link in the shipping email; dispatched within 1-2 business days.",
         "Confirmation email again; delivery-time entry alone; lost-parcel entry."),
        ("i need gst bill with my company name. also same bedsheet is 5 pound less on amazon, can you give me that price",
         both(q(26), q(39)) + " — VAT invoice under My account > Orders > Download invoice; company name/VAT number: contact within 30 days for a corrected invoice. Price match within 7 days of the order for a major retailer's new item (not marketplace sellers).",
         "Only one half without pointing to the other; discount-code entry; saying GST invoices exist as such."),
    ],
    # 8 Nigeria (living in Manchester)
    [
        ("this is not fair at all. i have tried to pay 3 times and your site keeps saying payment failed. i am tired",
         faq(q(24)) + " — with an apology: check card details, billing address, expiry, bank 3D Secure; try PayPal; failed payments take no money.",
         "Charged-twice entry; payment-methods list only; a handover instead of the steps."),
        ("and now i see two debits of £62 from you on my bank app",
         faq(q(25)) + " — often a temporary authorisation released within 3-5 business days; if both are still completed, send order number and statement screenshot for a refund.",
         "Payment-failed entry again; refund timing for returns; partial refund."),
        ("ok so i should just wait?",
         faq(q(25)) + " — yes, 3-5 business days, then contact with order number and screenshot if both stay.",
         "Treating it as small talk only; a handover; a different entry."),
    ],
    # 9 Philippines (living in California)
    [
        ("hi po, first time here. how do i buy the blue mugs, i dont want to make an account",
         both(q(1), q(33)) + " — add to basket > Checkout > Continue as guest; order emails still come.",
         "Create-account entry; only one half; treating `po` as a word to look up."),
        ("its a gift for my tita, can i put a message inside",
         faq(q(14)) + " — tick Gift options at checkout: free message up to 200 characters; wrapping €3.50 per item; prices left off the slip.",
         "Gift-card entry; a handover; `tita` (aunt) treated as unknown product."),
        ("how much is that? and do you take gcash",
         both(q(14), q(23)) + " — wrapping €3.50 per item (message free); GCash is not among the methods (Visa, Mastercard, Amex, PayPal, Apple Pay, Google Pay; Klarna EU/UK only).",
         "Shipping cost; saying GCash is accepted; only one half without pointing to the other."),
    ],
    # 10 Italian first language
    [
        ("good morning, i made an order 20 minutes ago but i want cancel it, i found the same lamp in a shop near my house",
         faq(q(3)) + " — free until packed (about 1 hour): My account > Orders > Cancel order or email the order number; if shipped, refuse or return.",
         "Claiming the order is cancelled; the price-match entry; the change-order entry."),
        ("yes",
         "Ambiguous yes — acknowledge or ask what they mean (e.g. whether they need help with the steps); never say the order was cancelled.",
         "Confirming a cancellation; repeating the whole cancel answer; a handover without reason."),
        ("ok i did it. in another order from this morning i want to add one cushion more",
         faq(q(2)) + " — changes possible within 1 hour of ordering if not packed (Edit order or contact with order number); otherwise not, return later.",
         "Cancel entry again; place-order entry; promising the change."),
        ("and an old order from last week, the tracking dont move since 6 days",
         faq(q(10)) + " — tracking not moved for 5 business days: check neighbours, contact with order number; investigation, replacement or refund after 7 business days.",
         "Delivery times; where-is-my-order only without the next step; a handover before the steps."),
    ],
    # 11 Portuguese first language (Brazilian living in Lisbon)
    [
        ("hello, i dont remember my pass and the link to make a new one dont arrive",
         faq(q(30)) + " — Sign in > Forgot password; link valid 1 hour; if not there in 10 minutes check spam or contact.",
         "Confirmation-email entry; change-email entry; a handover first."),
        ("also i want change the email to my new one, the old is from my ex job. and how i stop the promotions every day",
         both(q(31), q(34)) + " — My account > Account details > Change email + confirmation link; Unsubscribe link or untick Newsletter in Preferences (up to 48 h).",
         "Delete-account entry; only one half without pointing to the other."),
    ],
    # 12 Turkish first language
    [
        ("my discount code WELCOME10 not working and you have physical shop in istanbul or not?",
         both(q(28), q(40)) + " — check spelling, expiry, minimum spend, sale items, one code per order; online-only, no store, no pickup.",
         "Only one half without pointing to the other; countries entry (Turkey); price match."),
        ("why it dont accept it? my basket is 35 euro",
         faq(q(28)) + " — the basket may be under the code's minimum spend, or contain sale items; otherwise send the code to support.",
         "Shipping cost (free over €50) as the reason; a handover without the checks."),
        ("i can buy a gift card for my sister? if she dont use it, i get the money back?",
         both(q(27), q(19)) + " — digital gift cards €10-€200 by email, valid 2 years; gift cards cannot be returned.",
         "Saying gift cards are refundable; return-policy entry without the gift-card exception."),
    ],
    # 13 Russian first language
    [
        ("hello. glass vase came in pieces. what now",
         faq(q(11)) + " — within 14 days send order number + photo of item and packaging; free replacement or full refund, no cost to send it back.",
         "Return policy (30 days, unused) as if it were a normal return; warranty entry; lost parcel."),
        ("also towels colour is not like on photo, i want grey instead of beige",
         faq(q(18)) + " — start a return, choose Exchange, pick the colour; new item sent free when the return is scanned.",
         "Damaged-item entry again; change-order entry; refund only."),
        ("where i get the paper for sending back",
         faq(q(17)) + " — the label is emailed as a PDF after registering the return (My account > Orders > Return items).",
         "How-to-return entry without the label; invoice entry (`paper`)."),
        ("i dont have printer",
         faq(q(17)) + " — choose the QR code option and the post office prints the label.",
         "Treating it as not covered; a handover; repeating the PDF answer."),
    ],
    # 14 Japanese first language
    [
        ("excuse me, i would like to make an account. and later, is it possible to delete it easily?",
         both(q(29), q(32)) + " — person icon > Create account (name, email, password); My account > Privacy > Delete account, data deleted within 30 days.",
         "Guest checkout only; only one half without pointing to the other."),
        ("the teapot i want is sold out. can you keep one for me",
         faq(q(38)) + " — no reservations or pre-orders; Notify me on the product page; restocks usually in 2-6 weeks.",
         "Promising a reservation; gift-wrap entry; a handover."),
        ("i returned 3 cups from a set of 6 but got back less than i thought. when does the rest come to my bank",
         both(q(22), q(20)) + " — partial refund when only some items are returned (original shipping refunded only for whole orders); refund issued within 3 business days of arrival, then 5-7 business days at the bank.",
         "Only the timing without why it is partial; charged-twice entry; where-the-refund-goes only."),
        ("i see. thank you very much",
         "Small talk: acknowledgement + thanks — short close, no FAQ answer.",
         "Another FAQ answer; choices; a handover."),
    ],
]

write_plan("en", convs)
print("en:", sum(len(c) for c in convs), "turns in", len(convs), "conversations")
