"""English plan for test set 14 on the given sample shop FAQ (en-faq.csv, not written here).

Customers type like people from the UK and Ireland (Scottish, Geordie, Irish, Welsh slang).
"""
from common_en_de_fr_it import (CHOICES, REJECT, AFTER, WAIT, faq, both, not_covered, vague, small, person,
                                push1, push2, waiting, ambiguous, write_plan)

SHIPCOST = "How much does shipping cost?"
DELIV = "How long does delivery take?"
COUNTRIES = "Which countries do you ship to?"
CUSTOMS = "Will I have to pay customs or import duties?"
GIFTWRAP = "Can I add gift wrapping or a gift message?"
PARTIAL = "Why did I only get a partial refund?"
STORE = "Do you have a physical store?"
WARRANTY = "Do your products come with a warranty?"
TWICE = "I was charged twice for my order. What should I do?"
GUEST = "Can I order without creating an account?"
CANCEL = "How do I cancel my order?"
EXCH = "Can I exchange an item for a different size or colour?"
REFTIME = "How long does a refund take?"
LABEL = "I need a return label. How do I get one?"
RETPOL = "What is your return policy?"
RESET = "How do I reset my password?"
PAYMETH = "What payment methods do you accept?"

C = [
    # 1 greeting + question, short follow-ups, thanks
    [
        ("hiya 👋 what do yous want for sending a parcel up to glasgow",
         faq(SHIPCOST, "£4.95 standard to the UK, free on orders over £45"),
         "delivery times or the countries list instead of the price; a greeting only"),
        ("and if i only spend 40 quid?",
         faq(SHIPCOST, "under £45, so standard shipping is £4.95"),
         "saying it's free; the express price; not understanding '40 quid' means £40"),
        ("how many days tho",
         faq(DELIV, "dispatched in 1-2 business days, then 3-5 business days to the UK"),
         "EU or US times only; the tracking entry"),
        ("sound, cheers",
         small("thanks"),
         "another FAQ answer; a handover"),
    ],
    # 2 vague word, typed rejection of the choices, rephrasing
    [
        ("refund??",
         vague("refund time, where the refund goes, partial refund"),
         "picking one refund answer at random; a handover"),
        (REJECT + "nope. not what im after",
         push1(" (typed rejection of the choices)"),
         "showing the same choices again unchanged; a handover straight away"),
        ("the money u sent back is like 8 euro less than what i paid",
         faq(PARTIAL, "only some items returned, US return fee $7.95, or item came back used/damaged; original shipping only refunded when the whole order is returned"),
         "the refund-time entry; the refund-method entry"),
    ],
    # 3 vague start, a new question typed while choices show, follow-ups that look like other topics
    [
        ("my order",
         vague("order status, change, cancel, ..."),
         "a random order entry; a handover"),
        (CHOICES + "can u put it in nice paper, its for my mams 60th",
         faq(GIFTWRAP, "tick Gift options at checkout, recycled-paper wrapping €3.50 per item, free message up to 200 characters"),
         "ignoring the typed question and repeating the choices; the gift card entry"),
        ("even the rug?",
         faq(GIFTWRAP, "no, gift wrapping isn't available for oversized items such as rugs"),
         "saying yes; the returns or shipping entries"),
        ("and the wee card thing, is that extra",
         faq(GIFTWRAP, "the personal message is free (up to 200 characters)"),
         "the gift card entry (€10-€200 gift cards)"),
    ],
    # 4 near-trade services not offered, unrelated question, pickup
    [
        ("do yous do interior design? need someone to help me pick stuff for my flat",
         not_covered("interior design advice is not offered"),
         "the physical store entry; product choices; pretending to give design advice"),
        ("whats the weather like in leipzig lol",
         not_covered("unrelated question"),
         "the store/warehouse entry because of 'Leipzig'; a weather forecast"),
        ("can i swing by the warehouse n grab my stuff, i live like 10 min away",
         faq(STORE, "online-only; the Leipzig warehouse doesn't offer customer pickup, orders are delivered to an address or parcel locker"),
         "saying yes; the delivery-address entry"),
        ("do you assemble the furniture if i buy it",
         not_covered("assembly service is not offered"),
         "the warranty entry; saying yes"),
    ],
    # 5 push-back twice in a row, then waiting after the handover
    [
        ("me kettle's packed in after 14 month. gutted",
         faq(WARRANTY, "2-year warranty, 3 years for electrical appliances; send order number, description of the fault and a photo or video"),
         "the damaged-on-arrival entry; the return policy (30 days)"),
        ("thats not an answer, i want it fixed",
         push1(),
         "pasting the warranty answer again"),
        ("are u even reading what i write",
         push2(),
         "a third FAQ answer; asking them to rephrase again"),
        (AFTER + "hello?????",
         waiting(),
         "a FAQ answer; starting over with choices"),
        (AFTER + "how long's this gonna take",
         waiting(),
         "an invented wait time; the customer service hours read out as a promise"),
    ],
    # 6 angry customer whose problem the FAQ covers
    [
        ("absolutely RAGING. ye took the money TWICE for the one order. sort it out",
         faq(TWICE, "apologise; often a temporary authorisation released within 3-5 business days; if both still show after that, send order number and statement screenshot and the duplicate is refunded"),
         "a handover without answering; the payment-failed entry; no apology"),
        ("and if its still there next week?",
         faq(TWICE, "contact them with the order number and a screenshot of the statement; the duplicate is refunded straight away"),
         "repeating the 3-5 days only; the refund-time entry"),
        ("fine. ta",
         small("acknowledgement"),
         "another FAQ answer; a handover"),
    ],
    # 7 direct request for a person, then 'ok I'll wait'
    [
        ("is there an actual human about",
         person("direct"),
         "the phone number entry only; 'are you a bot' small talk"),
        (AFTER + "grand so, i'll hang on",
         small("ok I'll wait"),
         "a FAQ answer; a second handover message"),
    ],
    # 8 callback with a made-up number
    [
        ("can someone ring me back on 07700 900461 after 5 pls, its about a return",
         person("callback; the number is the customer's, not a question about the shop's number"),
         "the phone number entry (reading out the shop's numbers); the return entries"),
        (AFTER + "nae bother, cheers",
         small("thanks"),
         "a FAQ answer"),
    ],
    # 9 angry request for a person, then 'how long'
    [
        ("honestly this chat is pants. get me your manager. now.",
         person("angry"),
         "asking them to rephrase; choices"),
        (AFTER + WAIT + "still waiting here...",
         waiting(),
         "an invented wait time; a FAQ answer"),
    ],
    # 10 'are you a bot', question, thanks, goodbye in slang
    [
        ("hey u a robot or a real person",
         small("says it's an automated assistant, can pass to a person if wanted"),
         "pretending to be human; a handover without being asked"),
        ("haha fair. do i have to sign up to buy stuff",
         faq(GUEST, "no, choose Continue as guest at checkout"),
         "the create-account entry only"),
        ("lush ta",
         small("thanks"),
         "another FAQ answer"),
        ("laters",
         small("goodbye"),
         "a FAQ answer; a handover"),
    ],
    # 11 'cancel' meaning the order, ambiguous yes, follow-up
    [
        ("ordered like 20 min ago, cancel it",
         faq(CANCEL, "free until packed, usually within 1 hour: My account > Orders > Cancel order, or email the order number"),
         "resetting/ending the chat; the delete-account or newsletter entry; claiming it has been cancelled"),
        ("yes",
         ambiguous("yes"),
         "'your order has been cancelled'; a new FAQ answer"),
        ("what if it's already gone out",
         faq(CANCEL, "if it has shipped, refuse the delivery or return it under the 30-day returns policy"),
         "the tracking entry; the change-address entry"),
    ],
    # 12 follow-ups that look like other topics on their own
    [
        ("do u send to switzerland",
         faq(COUNTRIES, "no: EU, UK and US only, not Switzerland"),
         "saying yes; the customs entry"),
        ("norway?",
         faq(COUNTRIES, "no, Norway isn't served either"),
         "choices for a one-word message; the customs entry"),
        ("what about northern ireland",
         faq(COUNTRIES, "yes, the United Kingdom is served"),
         "saying no; Brexit customs only"),
        ("will the postie want money off me when it lands",
         faq(CUSTOMS, "no customs charges on UK orders (ships from a UK warehouse)"),
         "the shipping-cost entry; the payment entry"),
        ("n how long to belfast",
         faq(DELIV, "1-2 business days to dispatch, then 3-5 business days to the UK"),
         "the express entry only; the countries entry again"),
    ],
    # 13 two questions in one message, follow-ups
    [
        ("wee question, can i swap a jumper for a bigger one AND how long til i see my money for the other bits i sent back",
         both(EXCH, REFTIME, "exchange via Return > Exchange, new item sent free once return is scanned; refund checked within 3 business days, then 5-7 business days to show"),
         "answering only one without pointing to the other; the return policy only"),
        ("where do i print the label tho, no printer here",
         faq(LABEL, "choose the QR code option and the post office prints it"),
         "the return process steps without the QR code; a handover"),
        ("and do i pay to post it back? im in cork",
         faq(RETPOL, "returns are free within the EU and UK (Ireland is in the EU)"),
         "the US $7.95 fee; the shipping-cost entry"),
    ],
    # 14 typos, follow-up, dialect request for a person, waiting
    [
        ("forgot me pasword cant get in",
         faq(RESET, "Sign in > Forgot password, reset link valid 1 hour"),
         "the change-email entry; the create-account entry"),
        ("link aint arrived",
         faq(RESET, "check spam; if not there within 10 minutes, contact them"),
         "the order confirmation email entry"),
        ("gonna lose it. lemme speak to someone from yous",
         person("frustrated, dialect"),
         "the password answer again; choices"),
        (AFTER + WAIT + "hellooo anyone in?",
         waiting(),
         "a FAQ answer; a second full handover message with a made-up time"),
    ],
]

if __name__ == "__main__":
    print(write_plan("en", C))
