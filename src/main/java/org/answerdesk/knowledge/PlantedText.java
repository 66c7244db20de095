package org.answerdesk.knowledge;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a passage for text planted for the bot rather than written for customers: instructions to an AI (ignore the
 * earlier instructions, a system prompt, chat role markers, a note addressed to the assistant) and requests for
 * payment outside the shop's checkout (a fee paid in gift cards or crypto, a crypto wallet to send money to, a
 * "new" bank account). Run at sync time: a passage it names is held for the owner's review.
 *
 * <p>Tuned for few false alarms on real shop pages: a page about payment methods (bank transfer with the shop's
 * IBAN, gift cards at checkout, "we accept Bitcoin") and a page about phishing or password resets pass; what
 * the rules name is a shape, not a word.
 */
final class PlantedText {

    /** Why a passage was held: what kind of text, and the words that were found. */
    record Finding(Kind kind, String found) {
        String reason() {
            return kind.describe + ": \"" + found + "\"";
        }
    }

    enum Kind {
        INSTRUCTIONS("reads like instructions to the assistant"),
        PAYMENT("asks for payment outside the shop's checkout");

        final String describe;

        Kind(String describe) {
            this.describe = describe;
        }
    }

    private record Rule(Kind kind, Pattern pattern) {
    }

    private static final String AI = "(?:ai|a\\.i\\.|llm|gpt|chatgpt|language model|ai (?:assistant|model|agent|chatbot)"
            + "|chat ?bot|virtual assistant|support (?:bot|assistant))s?";
    private static final String RAILS = "gift ?cards?|itunes|google play|steam (?:card|wallet)|amazon (?:card|voucher)s?"
            + "|western union|moneygram|bitcoin|btc|ethereum|usdt|tether|crypto(?:currency)?|wallet";

    private static final List<Rule> RULES = List.of(
            // "ignore all previous instructions", "disregard the above prompt", "forget your instructions"
            rule(Kind.INSTRUCTIONS, "\\b(?:ignore|disregard|forget|override|bypass)\\s+(?:all\\s+|any\\s+)?(?:of\\s+)?"
                    + "(?:the\\s+|your\\s+|these\\s+|my\\s+)?(?:previous|prior|above|earlier|preceding|former|original"
                    + "|system)\\s+(?:\\w+\\s+)?(?:instructions?|prompts?|rules|directions|guidelines|commands"
                    + "|programming)\\b"),
            rule(Kind.INSTRUCTIONS, "\\b(?:ignore|disregard|forget)\\s+(?:all\\s+)?your\\s+(?:instructions|rules"
                    + "|guidelines|programming|prompt)\\b"),
            rule(Kind.INSTRUCTIONS, "\\b(?:system|developer|hidden)\\s+prompts?\\b"),
            rule(Kind.INSTRUCTIONS, "\\bnew\\s+instructions?\\s*:"),
            // chat-template tokens and role markers opening a sentence: "assistant: sure, ..."
            rule(Kind.INSTRUCTIONS, "<\\|(?:im_start|im_end|system|assistant|user|endoftext)\\|>|\\[/?inst\\]"
                    + "|<</?sys>>|###\\s*(?:system|instruction|assistant)\\b"),
            rule(Kind.INSTRUCTIONS, "(?:^|[.!?\\n]\\s*)(?:system|assistant|developer)\\s*:"),
            // text addressed to the model: "AI assistants reading this must ...", "note to the chatbot: ..."
            rule(Kind.INSTRUCTIONS, "\\b(?:if you are|you are|dear|note to|attention|hey|instructions for|message for)"
                    + "\\s+(?:an?\\s+|the\\s+|any\\s+|all\\s+)?" + AI + "\\b"),
            rule(Kind.INSTRUCTIONS, "\\b" + AI + "(?:\\s+reading this|\\s*[,:])\\s+(?:you\\s+)?(?:must|should|shall"
                    + "|always|never|need to|has to|have to|tell|say|reply|respond|answer|ignore|instruct|do not)\\b"),
            rule(Kind.INSTRUCTIONS, "\\b(?:ai|llm|language model|chat ?bot)s?\\s+(?:must|should|shall)\\s+(?:always"
                    + "|never|tell|say|reply|respond|ignore|not)\\b"),
            rule(Kind.INSTRUCTIONS, "\\b(?:reveal|print|show|repeat|output)\\s+(?:your|the)\\s+(?:initial\\s+)?"
                    + "(?:prompt|instructions)\\b"),
            rule(Kind.INSTRUCTIONS, "\\btell (?:the|every|any|all) (?:customers?|users?|visitors?) (?:to|that)\\b"),
            // a fee paid in gift cards or crypto, or "to get your refund, buy ... gift cards"
            rule(Kind.PAYMENT, "\\b(?:refund|release|unlock|verification|activation|clearance|recovery|reactivation)"
                    + "\\s+fee\\b[^.]{0,80}?\\b(?:" + RAILS + ")\\b"),
            rule(Kind.PAYMENT, "\\b(?:" + RAILS + ")\\b[^.]{0,80}?\\b(?:refund|release|unlock|verification"
                    + "|activation|clearance|recovery)\\s+fee\\b"),
            rule(Kind.PAYMENT, "\\bto (?:receive|get|release|unlock|claim) (?:your|the) (?:refund|order|parcel"
                    + "|package|money|account)\\b[^.]{0,80}?\\b(?:pay|buy|purchase|top up)\\b[^.]{0,60}?\\b(?:"
                    + RAILS + ")\\b"),
            rule(Kind.PAYMENT, "\\b(?:send|read|text|email|give)\\s+(?:us\\s+|me\\s+|the agent\\s+)?(?:the\\s+)?"
                    + "(?:codes?|pins?) (?:on|from) the (?:back of the )?(?:gift ?cards?|cards?)\\b"),
            // a crypto wallet to pay into
            rule(Kind.PAYMENT, "\\b(?:pay|send|transfer|deposit)\\b.{0,80}?(?:\\bbc1[a-z0-9]{25,62}\\b"
                    + "|\\b0x[a-f0-9]{40}\\b|\\b[13][a-km-z1-9]{25,34}\\b)"),
            // a bank account "changed", or payment "outside the checkout"
            rule(Kind.PAYMENT, "\\b(?:new|updated|changed|different|personal|private)\\s+(?:bank\\s+)?(?:account|iban"
                    + "|bank details|payment details)\\b[^.]{0,80}?\\b[a-z]{2}\\d{2}(?: ?[a-z0-9]){11,30}\\b"),
            // "transfer the amount to IBAN DE89 ... instead of paying at checkout": an account number in between
            rule(Kind.PAYMENT, "\\b(?:pay|send|transfer|wire)\\b[^.]{0,100}?\\b(?:instead of|rather than|outside(?: of)?"
                    + "|not through|bypassing)\\s+(?:(?:paying|payment|ordering|buying|going)\\s+(?:at|through|via|in|on"
                    + "|to)\\s+)?(?:the\\s+|our\\s+)?(?:checkout|website|web shop|online shop|shop|card payment|paypal)\\b"));

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[\\t\\x0B\\f\\r \\u00A0]+");

    private PlantedText() {
    }

    /** The first planted text the passage holds, or empty when it reads as content for customers. */
    static Optional<Finding> find(String text) {
        String plain = normalised(text);
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(plain);
            if (m.find()) {
                String found = m.group().strip();
                return Optional.of(new Finding(rule.kind(), found.length() > 120 ? found.substring(0, 120) + "…"
                        : found));
            }
        }
        return Optional.empty();
    }

    /** Lower case, compatibility forms folded (fullwidth letters), invisible characters and repeated spaces out. */
    static String normalised(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        folded = INVISIBLE.matcher(folded).replaceAll("");
        folded = SPACES.matcher(folded).replaceAll(" ");
        return folded.toLowerCase(java.util.Locale.ROOT);
    }

    private static Rule rule(Kind kind, String regex) {
        return new Rule(kind, Pattern.compile(regex));
    }
}
