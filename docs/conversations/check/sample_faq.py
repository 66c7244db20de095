"""The sample shop's FAQ for the English plans: copies db/sample-faq.csv unchanged to the set's folder as
en-faq.csv and names its entries (each by the one sample question that starts with the given words), so that every
set's en.py uses the same names instead of a copy of this block."""
import csv
import os
import shutil

from common_a import OUT

# the repository's sample FAQ (docs/conversations/check -> db/)
SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "db", "sample-faq.csv")
shutil.copyfile(SAMPLE, os.path.join(OUT, "en-faq.csv"))
with open(SAMPLE, newline="", encoding="utf-8") as f:
    QS = [r[0] for r in list(csv.reader(f))[1:]]


def Q(start):
    """The one sample question that starts with `start`."""
    hits = [q for q in QS if q.startswith(start)]
    if len(hits) != 1:
        raise KeyError(start)
    return hits[0]


ORDER = Q("How do I place")
CHANGE = Q("Can I change my order")
CANCEL = Q("How do I cancel")
WHERE = Q("Where is my order")
CONFIRM = Q("I didn't receive an order confirmation")
SHIPCOST = Q("How much does shipping")
DELTIME = Q("How long does delivery")
COUNTRIES = Q("Which countries")
EXPRESS = Q("Do you offer express")
LOST = Q("My parcel is lost")
DAMAGED = Q("My item arrived damaged")
ADDRESS = Q("How can I change my delivery address")
CUSTOMS = Q("Will I have to pay customs")
GIFTWRAP = Q("Can I add gift wrapping")
RETPOLICY = Q("What is your return policy")
HOWRETURN = Q("How do I return an item")
LABEL = Q("I need a return label")
EXCHANGE = Q("Can I exchange")
NONRETURN = Q("Which items can't")
REFUNDTIME = Q("How long does a refund")
REFUNDWHERE = Q("Where will my refund")
PARTIAL = Q("Why did I only get a partial")
PAYMETHODS = Q("What payment methods")
PAYFAIL = Q("My payment failed")
CHARGED2 = Q("I was charged twice")
INVOICE = Q("How do I get an invoice")
GIFTCARD = Q("Do you sell gift cards")
DISCOUNT = Q("Why isn't my discount")
CREATE = Q("How do I create an account")
RESETPW = Q("How do I reset")
CHEMAIL = Q("How do I change the email")
DELETE = Q("How do I delete")
GUEST = Q("Can I order without")
UNSUB = Q("How do I unsubscribe")
HOURS = Q("What are your customer service hours")
PHONE = Q("What is your phone number")
WARRANTY = Q("Do your products come with a warranty")
STOCK = Q("When will an out-of-stock")
PRICEMATCH = Q("Do you offer price matching")
STORE = Q("Do you have a physical store")
