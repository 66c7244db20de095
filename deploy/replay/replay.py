#!/usr/bin/env python3
"""Replays scripted customer conversations through the web chat API of a running answerdesk and checks each reply.

Usage (the app started with ANSWERDESK_LANGUAGES=<lang>, see deploy/replay/README.md):
    deploy/replay/replay.py --base http://localhost:18090 --language de deploy/replay/conversations/de.tsv

A conversation file holds conversations separated by a line "== <title>"; each turn is "<message><TAB><expected>".
What a turn may expect ("|" between alternatives): an act the bot answers itself (greeting, thanks, bye, bot,
capabilities, chitchat, not_helped, noise, repeat, reset), "person" (a request for a person: the only turn that may
open a ticket), "faq" (an FAQ answer), "choices" ("did you mean"), "answer" (faq or choices), "any" (anything but a
ticket), "handoff" (a question no entry answers, handed to a person: allowed to open a ticket). "\\n" in a message is a line break.

Every turn is also checked for what no conversation may do: open a ticket unless a person was asked for, and write a
text of the bot's own (source SYSTEM) that is not in the shop's language (its texts are matched against the language
bundles src/main/resources/texts/messages*.properties; the FAQ's own answers are the owner's and are not checked).
Exit code 0 when every turn passed. Standard library only.
"""
import argparse
import json
import os
import re
import sys
import time
import urllib.error
import urllib.request
import uuid

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TEXTS = os.path.join(REPO, "src", "main", "resources", "texts")

# the bundle keys whose text each expected act is answered with
ACT_KEYS = {
    "greeting": ["conversation.acts.greeting", "greeting", "conversation.start"],
    "thanks": ["conversation.acts.thanks", "conversation.acts.welcome"],
    "bye": ["conversation.acts.bye", "conversation.acts.welcome"],
    "yes": ["conversation.acts.yes", "conversation.acts.welcome"],
    "no": ["conversation.acts.no"],
    "bot": ["conversation.acts.bot"],
    "capabilities": ["conversation.acts.capabilities", "conversation.help"],
    "chitchat": ["conversation.acts.chitchat"],
    "not_helped": ["conversation.acts.not-helped-choices", "conversation.human-offer", "conversation.clarify"],
    "noise": ["conversation.not-caught"],
    "reset": ["conversation.reset"],
    "offer": ["conversation.human-offer", "conversation.anger-apology"],
    "person": ["conversation.human-requested"],
}
PLACEHOLDER = re.compile(r"\{[^}]*\}")
MIN_PIECE = 12


def load_bundle(language):
    name = "messages.properties" if language == "en" else "messages_%s.properties" % language
    values, key, value = {}, None, ""
    with open(os.path.join(TEXTS, name), encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if key is None:
                stripped = line.strip()
                if not stripped or stripped[0] in "#!":
                    continue
                m = re.match(r"\s*([^=:\s]+)\s*[=:]\s?(.*)", line)
                if not m:
                    continue
                key, value = m.group(1), m.group(2)
            else:
                value += line.lstrip()
            if value.endswith("\\") and not value.endswith("\\\\"):
                value = value[:-1]
                continue
            values[key] = unescape(value)
            key = None
    return values


def unescape(value):
    value = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), value)
    return value.replace("\\n", "\n").replace("\\t", "\t").replace("\\:", ":").replace("\\=", "=") \
        .replace("\\\\", "\\")


def pieces(text):
    """The literal pieces of a bundle text long enough to tell a language, placeholders cut out."""
    out = []
    for piece in PLACEHOLDER.split(text):
        for line in piece.split("\n"):
            line = line.strip()
            if len(re.sub(r"\W", "", line)) >= MIN_PIECE:
                out.append(line)
    return out


class Languages:
    def __init__(self, language):
        self.language = language
        self.own = load_bundle(language)
        english = load_bundle("en")
        own_text = "\n".join(self.own.values())
        self.own_pieces = [p for v in self.own.values() for p in pieces(v)]
        # English pieces the shop's bundle does not share (a brand name, "WhatsApp", is in both)
        self.english_pieces = [p for v in english.values() for p in pieces(v) if p not in own_text]

    def check(self, text):
        """None when the bot's text is in the shop's language, else why not."""
        if self.language != "en":
            english = [p for p in self.english_pieces if p in text]
            if english:
                return "English text: %r" % english[0]
        if not any(p in text for p in self.own_pieces):
            return "no text of the %s bundle" % self.language
        return None

    def renders(self, key, text):
        value = self.own.get(key)
        if value is None:
            return False
        literal = [p.strip() for p in PLACEHOLDER.split(value.split("\n")[0]) if len(p.strip()) >= 4]
        return bool(literal) and all(p in text for p in literal)


def post(base, body):
    """POSTs to /api/chat; a 429 (the API's rate limit per address) waits its Retry-After and asks again."""
    for _ in range(30):
        req = urllib.request.Request(base + "/api/chat", data=json.dumps(body).encode("utf-8"),
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                return r.status, json.loads(r.read().decode("utf-8") or "null")
        except urllib.error.HTTPError as e:
            if e.code != 429:
                return e.code, json.loads(e.read().decode("utf-8") or "null")
            time.sleep(float(e.headers.get("Retry-After") or 1))
    return 429, None


def read_conversations(path):
    conversations, current = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("=="):
                current = (line[2:].strip(), [])
                conversations.append(current)
                continue
            message, _, expected = line.partition("\t")
            current[1].append((message.replace("\\n", "\n"), expected.strip() or "any"))
    return conversations


def judge(expected, reply, languages, ticket_before):
    """The reasons a turn failed; empty when it passed."""
    failures = []
    if reply is None:
        return ["no reply"]
    text = reply.get("reply") or ""
    source = reply.get("source")
    kinds = expected.split("|")
    opened = reply.get("needs_human") and not ticket_before
    if opened and "person" not in kinds and "handoff" not in kinds:
        failures.append("opened a ticket")
    ok = False
    for kind in kinds:
        if kind == "any":
            ok = True
        elif kind == "faq":
            ok |= source == "FAQ"
        elif kind == "choices":
            ok |= bool(reply.get("choices"))
        elif kind == "answer":
            ok |= source == "FAQ" or bool(reply.get("choices"))
        elif kind == "handoff":
            ok |= bool(reply.get("needs_human")) and languages.renders("conversation.handoff", text)
        elif kind == "person":
            ok |= bool(reply.get("needs_human")) and languages.renders("conversation.human-requested", text)
        elif kind in ACT_KEYS:
            ok |= source == "SYSTEM" and any(languages.renders(k, text) for k in ACT_KEYS[kind])
        else:
            failures.append("unknown expectation " + kind)
    if not ok:
        failures.append("expected " + expected)
    for part in [reply] + list(reply.get("more") or []):
        if part.get("source") == "SYSTEM" and part.get("reply"):
            why = languages.check(part["reply"])
            if why:
                failures.append(why)
    for chip in reply.get("did_it_help") or []:
        if chip.get("label") not in languages.own.values():
            failures.append("chip not in the language: %r" % chip.get("label"))
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="http://localhost:18090")
    parser.add_argument("--language", required=True, help="the shop's language (ANSWERDESK_LANGUAGES)")
    parser.add_argument("--verbose", action="store_true", help="print every turn, not only the failed ones")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    languages = Languages(args.language)
    turns = failed = tickets = 0
    for path in args.files:
        for title, conversation in read_conversations(path):
            session = "replay-%s-%s" % (args.language, uuid.uuid4().hex[:12])
            ticket = False
            for message, expected in conversation:
                status, reply = post(args.base, {"session_id": session, "message": message,
                                                 "language": args.language})
                turns += 1
                failures = ["HTTP %d: %s" % (status, reply)] if status != 200 else judge(expected, reply, languages,
                                                                                        ticket)
                if status == 200 and reply.get("needs_human") and not ticket:
                    tickets += 1
                    ticket = True
                shown = (reply or {}).get("reply") or ""
                if failures:
                    failed += 1
                if failures or args.verbose:
                    print("%s [%s] %r -> %s %r%s" % ("FAIL" if failures else "ok  ", title, message,
                                                    (reply or {}).get("source"), shown[:110].replace("\n", " / "),
                                                    ("  <- " + "; ".join(failures)) if failures else ""))
    print("%s: %d turns, %d failed, %d tickets opened" % (args.language, turns, failed, tickets))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
