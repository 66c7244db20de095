"""English plan for set 15 on the given sample-shop FAQ (en-faq.csv is NOT regenerated).
Customers: American (teen + older), Indian English, Nigerian English, Australian, a German and a Brazilian."""
from common import Faq, write_plan, CHOICES, REJECT, AFTER, WAIT

F = Faq("en")
o, b = F.one, F.both

C = [
    # 1 American teen: greeting + question, two short follow-ups, slang thanks
    [
        ("heyyy do u guys ship to the us",
         o("Which countries do you ship to?", "yes: EU, UK and the United States (a short hello is fine)"),
         "only the shipping price or delivery time; choices; a handover"),
        ("whats that gonna run me",
         o("How much does shipping cost?", "to the US $6.95, free on orders over $60 (follow-up: \"run me\" = cost, i.e. shipping to the US)"),
         "product prices; 'too vague'; only the EU/UK prices; the express price as the answer"),
        ("and like when would it actually show up",
         o("How long does delivery take?", "dispatched in 1-2 business days, then 5-8 business days to the US"),
         "only EU/UK times; the express entry; 'Where is my order?'"),
        ("bet ty",
         "Small talk: thanks (\"bet\" = ok) — short reply",
         "an FAQ entry; choices; a handover"),
    ],
    # 2 older American, upset; the FAQ covers it
    [
        ("I ordered a cast iron skillet as a gift for my daughter and it arrived with the handle CRACKED. Very disappointed, I have shopped with you for years.",
         o("My item arrived damaged. What should I do?", "apology; contact within 14 days of delivery with order number and a photo of the item and packaging; free replacement or full refund, no cost to send it back"),
         "the warranty entry (2/3 years); the return policy; a handover without the answer; no apology"),
        ("Am I expected to pay to mail the thing back to you?",
         o("My item arrived damaged. What should I do?", "no, she won't need to pay to send the broken item back"),
         "the return policy with the $7.95 US return fee; shipping costs; 'How do I return an item?' as if she paid"),
        ("And how long before the money is back on my Visa",
         o("How long does a refund take?", "checked within 3 business days after it arrives, then usually 5-7 business days to show, depending on the bank (if she chooses a refund)"),
         "only 'refunds go to the original payment method'; payment methods; choices"),
        ("Thank you dear. Have a blessed day.",
         "Small talk: thanks + goodbye — short reply",
         "an FAQ entry; a handover"),
    ],
    # 3 Indian English: double charge, then push-back twice in a row
    [
        ("Good evening, amount got debited two times for single order. Kindly do the needful",
         o("I was charged twice for my order. What should I do?", "often only a temporary authorisation released within 3-5 business days; if both are still completed after that, send order number + statement screenshot and the duplicate is refunded"),
         "payment failed; partial refund; refund time; 'do the needful' read as a request for a person with no answer"),
        ("It is already 6 days, both are showing as completed only",
         o("I was charged twice for my order. What should I do?", "that is past the 3-5 business days: send the order number and a screenshot of the statement and the duplicate is refunded straight away (offering a person to take the details is fine)"),
         "telling him again to wait 3-5 days; the refund-time entry"),
        ("This is not solving my issue",
         "Push-back (first time) — apologise, ask what is missing or offer a person",
         "the same answer again; unrelated choices"),
        ("Again same thing you are telling. Please revert properly",
         "Push-back (second time in a row) — hand over to a person now (\"revert\" = reply)",
         "a third repeat of the answer; choices; no handover"),
    ],
    # 4 Nigerian English: follow-ups that look like other topics
    [
        ("good afternoon o. abeg i wan buy kettle for my sister wey dey london, una dey deliver reach there?",
         o("Which countries do you ship to?", "yes, the UK is included (EU, UK, US)"),
         "'Do you have a physical store?'; delivery time only; not understood"),
        ("customs nko? i no want make she pay extra for door",
         o("Will I have to pay customs or import duties?", "no customs charges on UK orders (shipped from the UK warehouse)"),
         "the shipping price; the US $800 rule as the answer"),
        ("and if e spoil later, una go fix am?",
         o("Do your products come with a warranty?", "kettle = electrical appliance: 3-year warranty (2 years in general) against manufacturing defects; claim with order number, description and photo/video (\"spoil\" = break, \"fix am\" = repair it)"),
         "the damaged-on-arrival entry (14 days); the return policy (30 days)"),
    ],
    # 5 Australian: vague, then typed while choices show; cancel = order; ambiguous yes
    [
        ("g'day, quick one about me order",
         "Too vague to answer — order choices (where is it, change, cancel…) or a clarifying question; no handover",
         "one entry picked at random; a handover"),
        (CHOICES + "actually can i still pull the pin on it? only ordered like 20 min ago",
         o("How do I cancel my order?", "yes, free until it is packed, usually within 1 hour: My account > Orders > Cancel order, or email the order number (\"pull the pin\" = cancel)"),
         "'Can I change my order after placing it?'; claiming the bot cancelled it; ignoring the typed text"),
        ("yep",
         "Ambiguous yes — acknowledge or ask what they mean; never claim the order was cancelled",
         "'Your order has been cancelled'; a random FAQ entry"),
        ("cheers mate, hooroo",
         "Small talk: thanks + goodbye (\"hooroo\" = bye) — short reply",
         "an FAQ entry; a handover"),
    ],
    # 6 German writing English: vague, typed rejection, rephrasing, follow-up at the edge of the FAQ
    [
        ("Hello, I have a question to the bill",
         "Too vague to answer — choices (invoice with VAT, payment, charged twice…) or a clarifying question",
         "one entry stated with confidence; a handover"),
        (REJECT + "No, this is not what I mean.",
         "Typed rejection — ask what exactly is needed or offer a person; do not repeat the same choices/answer",
         "the same choices again; an unrelated entry"),
        ("I need the invoice on my firm name with our USt-IdNr. for my tax consultant",
         o("How do I get an invoice with VAT?", "download under My account > Orders > Download invoice; company name / VAT number: add at checkout or contact within 30 days for a corrected invoice"),
         "payment methods; 'Where is my order?'; not understood because of 'USt-IdNr.'"),
        ("The order was 6 weeks ago. Is it too late?",
         o("How do I get an invoice with VAT?", "the corrected invoice is offered within 30 days; 6 weeks is past that, so no promise — say so and offer a person"),
         "'no problem' (inventing an exception); the 30-day return policy"),
    ],
    # 7 Brazilian writing English: near-trade and unrelated, then a callback
    [
        ("hi!! you have a service to mount the furniture? i buy a shelf and is very difficult kkkk",
         "Not covered by the FAQ (no assembly service) — say so honestly, offer a person",
         "the warranty, damaged-item or return entries; choices of unrelated entries"),
        ("and you make the list for wedding? my sister marry in december",
         "Not covered by the FAQ (no wedding registry) — honest; gift cards may be mentioned only as an aside",
         "the gift-wrapping entry as if it were a registry; inventing a registry"),
        ("ok forget.. you know a good restaurant in leipzig? i visit there next week",
         "Not covered by the FAQ (unrelated) — short, friendly no",
         "'Do you have a physical store?' (Leipzig warehouse); a restaurant tip"),
        ("can somebody call me please? +55 11 91234-5678, after 14h brasilia",
         "Request for a person (callback with a number) — hand over / pass the number on; no promised time",
         "only reciting the shop's phone numbers; ignoring the request"),
    ],
    # 8 American teen: bot question, direct request, waiting
    [
        ("wait r u even a real person lmao",
         "Small talk: honest 'I'm an automated assistant', offer help or a person",
         "claiming to be human; an FAQ entry"),
        ("ok can u get me an actual human pls",
         "Request for a person (direct) — hand over",
         "an FAQ entry; asking why first"),
        (AFTER + "helloooo?? anyone",
         "Waiting — reassure that a person will reply; no FAQ answer, no invented wait time",
         "an FAQ entry; a second handover message with a made-up time"),
    ],
    # 9 Indian English in the UK: two questions in one, returns follow-ups
    [
        ("Hi, I want to return one bedsheet. How many days I have and return is free or chargeable?",
         o("What is your return policy?", "30 days from delivery, unused and in original packaging; free within the EU/UK ($7.95 only for US customers) — both parts answered"),
         "only how to return; only one of the two parts"),
        ("How to take printout of label? No printer at home",
         o("I need a return label. How do I get one?", "choose the QR code option, the post office prints the label"),
         "'How do I return an item?' without the QR code; invoice entry"),
        ("When amount will get credited?",
         o("How long does a refund take?", "checked within 3 business days after it arrives, then 5-7 business days depending on the bank"),
         "'Where will my refund be sent?' only; partial refund"),
    ],
    # 10 Nigerian English, angry request, then waiting with a timer
    [
        ("this your bot no sabi anything. i want to talk to human being NOW",
         "Request for a person (angry) — apologise briefly, hand over",
         "an FAQ entry; asking to rephrase"),
        (AFTER + WAIT + "na how long i go wait again??",
         "Waiting — reassure, no invented wait time (support hours may be mentioned)",
         "a made-up number of minutes; an FAQ answer; a second handover"),
    ],
    # 11 Australian: discount code, follow-up, one push-back, then a new question
    [
        ("ur promo code is busted, says invalid every time. pretty ordinary",
         o("Why isn't my discount code working?", "typed exactly, not expired, minimum spend, not combined / not on sale items or gift cards, one per order; send us the code"),
         "gift cards entry; payment failed; a handover without the answer"),
        ("there's heaps of sale stuff in me cart if that matters",
         o("Why isn't my discount code working?", "yes: most codes can't be used on sale items"),
         "'Do you offer price matching?'; 'too vague'"),
        ("yeah nah that's no good to me",
         "Push-back (first time) — \"yeah nah\" = no: apologise, ask what is missing or offer a person",
         "the same answer again; reading 'yeah' as a yes"),
        ("what if i find it cheaper at another shop, do yous match it?",
         o("Do you offer price matching?", "identical new item from a major online retailer shipping to their country, incl. delivery; link before buying or within 7 days; not marketplace, clearance or flash deals"),
         "a handover because of the push-back before; the discount-code entry again"),
    ],
    # 12 older German: password, follow-up that looks like another entry, thanks + bot question + goodbye
    [
        ("Good day. I cannot come into my account anymore, I have forgotten the password.",
         o("How do I reset my password?", "Sign in > Forgot password, reset link valid 1 hour"),
         "create account; delete account"),
        ("The mail does not come. I wait since 20 minutes.",
         o("How do I reset my password?", "check the spam folder; if it isn't there, contact us (or offer a person)"),
         "'I didn't receive an order confirmation email…'; change e-mail address"),
        ("Found it in the spam, thank you very much! Are you a computer or a human? Tschüss",
         "Small talk: thanks, honest 'automated assistant', goodbye — short",
         "claiming to be human; an FAQ entry; a handover"),
    ],
    # 13 Brazilian writing English: payment failed, local payment methods, follow-up
    [
        ("my card dont pass, i try 3 times already",
         o("My payment failed. What should I do?", "check card details, billing address, expiry; bank block or 3D Secure in the app; try PayPal; no money taken"),
         "charged twice; payment methods only"),
        ("can i pay with pix or boleto? and you send to portugal? i live in porto",
         b("What payment methods do you accept?", "Which countries do you ship to?", "no Pix or boleto (Visa, Mastercard, Amex, PayPal, Apple Pay, Google Pay, Klarna EU/UK, iDEAL NL); yes, Portugal is in the EU"),
         "'yes' to Pix; only one half with no pointer to the other; not understood"),
        ("and the money of the tries, i lose it?",
         o("My payment failed. What should I do?", "no: when it fails no money is taken; the bank can say why it was declined"),
         "the refund-time entry; 'charged twice' as the only answer"),
    ],
    # 14 older American: vague, typed while choices, follow-up that looks like tracking, ambiguous no
    [
        ("account",
         "Too vague to answer — account choices (create, password, e-mail, delete…) or a clarifying question",
         "one entry stated with confidence; a handover"),
        (CHOICES + "I get 3 emails a day from you people and I never asked for them",
         o("How do I unsubscribe from your newsletter?", "Unsubscribe link at the bottom of any newsletter or untick Newsletter in My account > Preferences; up to 48 h; order emails still come"),
         "delete account; change e-mail; ignoring the typed text"),
        ("Will I still get the tracking for the rug I ordered?",
         o("How do I unsubscribe from your newsletter?", "yes, order emails (with the tracking link) still arrive"),
         "'Where is my order?' alone without the yes; gift wrapping (rugs)"),
        ("no",
         "Ambiguous no — acknowledge / close politely or ask; nothing was cancelled or changed",
         "claiming an unsubscribe or cancellation was done; a handover"),
    ],
]

if __name__ == "__main__":
    print(write_plan("en", C))
