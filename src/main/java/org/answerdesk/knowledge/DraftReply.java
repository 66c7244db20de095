package org.answerdesk.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.answerdesk.faq.DraftCandidates.Proposal;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an LLM's draft FAQ entries strictly: one JSON object {@code {"drafts": [...]}}, each draft with a question,
 * an answer, phrasings and the URL of one of the passages it was given. A draft of the wrong shape, with text too
 * short or too long, citing a URL it was not given, or repeating a question of the same reply is dropped and
 * counted by reason; a reply that is not such an object gives no drafts at all.
 */
final class DraftReply {

    static final int MIN_QUESTION = 8;
    static final int MAX_QUESTION = 200;
    static final int MIN_ANSWER = 20;
    static final int MAX_ANSWER = 1500;
    static final int MAX_PHRASINGS = 5;
    /** Drafts read from one reply at most: a runaway reply must not flood the owner's review. */
    static final int MAX_DRAFTS = 10;
    /** A reply longer than this is not read at all. */
    static final int MAX_REPLY_CHARS = 100_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}&&[^\\n]]");

    /** The drafts kept and, per reason, how many were dropped; {@code invalid} is set when the whole reply was. */
    record Parsed(List<Proposal> drafts, Map<String, Integer> dropped, String invalid) {
    }

    private DraftReply() {
    }

    static Parsed parse(String reply, Set<String> givenUrls) {
        if (reply.length() > MAX_REPLY_CHARS) {
            return invalid("longer than " + MAX_REPLY_CHARS + " characters");
        }
        JsonNode root;
        try {
            root = JSON.readTree(reply.strip());
        } catch (JacksonException e) {
            return invalid("not JSON");
        }
        if (root == null || !root.isObject() || !root.has("drafts") || !root.get("drafts").isArray()) {
            return invalid("not an object with a drafts array");
        }
        List<Proposal> kept = new ArrayList<>();
        Map<String, Integer> dropped = new LinkedHashMap<>();
        Set<String> questions = new HashSet<>();
        for (JsonNode d : root.get("drafts")) {
            if (kept.size() == MAX_DRAFTS) {
                dropped.merge("over " + MAX_DRAFTS + " in one reply", 1, Integer::sum);
                continue;
            }
            String why = whyNot(d, givenUrls);
            if (why == null && !questions.add(clean(d.get("question").asString()).toLowerCase(Locale.ROOT))) {
                why = "a repeated question";
            }
            if (why != null) {
                dropped.merge(why, 1, Integer::sum);
                continue;
            }
            List<String> phrasings = new ArrayList<>();
            JsonNode list = d.get("phrasings");
            if (list != null && list.isArray()) {
                for (JsonNode p : list) {
                    String text = p.isString() ? clean(p.asString()) : "";
                    if (text.length() >= MIN_QUESTION && text.length() <= MAX_QUESTION && phrasings.size() < MAX_PHRASINGS
                            && !phrasings.contains(text) && !text.equalsIgnoreCase(clean(d.get("question").asString()))) {
                        phrasings.add(text);
                    }
                }
            }
            kept.add(new Proposal(clean(d.get("question").asString()), clean(d.get("answer").asString()), phrasings,
                    d.get("source_url").asString().strip()));
        }
        return new Parsed(kept, dropped, null);
    }

    /** Why a draft cannot be kept, or null. */
    private static String whyNot(JsonNode d, Set<String> givenUrls) {
        if (!d.isObject() || !isString(d, "question") || !isString(d, "answer") || !isString(d, "source_url")) {
            return "wrong shape";
        }
        int q = clean(d.get("question").asString()).length();
        if (q < MIN_QUESTION || q > MAX_QUESTION) {
            return "question not " + MIN_QUESTION + "-" + MAX_QUESTION + " characters";
        }
        int a = clean(d.get("answer").asString()).length();
        if (a < MIN_ANSWER || a > MAX_ANSWER) {
            return "answer not " + MIN_ANSWER + "-" + MAX_ANSWER + " characters";
        }
        if (!givenUrls.contains(d.get("source_url").asString().strip())) {
            return "cites a URL it was not given";
        }
        return null;
    }

    private static boolean isString(JsonNode d, String field) {
        return d.has(field) && d.get(field).isString();
    }

    /** Without control characters (PostgreSQL cannot store a NUL) and runs of spaces; line breaks stay. */
    private static String clean(String text) {
        return CONTROL.matcher(text).replaceAll(" ").replaceAll("[ \\t]+", " ").strip();
    }

    private static Parsed invalid(String why) {
        return new Parsed(List.of(), Map.of(), why);
    }
}
