package org.answerdesk.faq;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqIndex;

/**
 * Which phrasings an LLM proposed for an entry are worth keeping: a cleaned-up line that the FAQ does not have in
 * any entry, that is close to the entry's own phrasings, and clearly closer to them than to any other entry's (a
 * phrasing that collides with another entry would teach the bot to give the wrong answer).
 */
final class ProposedPhrasings {

    /** A kept phrasing must be at least this close (cosine) to one of its entry's phrasings: on topic. */
    static final double MIN_OWN = 0.55;
    /** ... and closer to its entry than to any other entry's phrasing by at least this much. */
    static final double MIN_MARGIN = 0.05;
    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 200;
    /** Lines looked at, at most: each is embedded, and a runaway reply must not cost minutes of CPU. */
    static final int MAX_LINES = 20;
    /** List markers a model puts before lines although asked not to: "1.", "2)", "-", "*", "•". */
    private static final Pattern MARKER = Pattern.compile("^\\s*(?:\\d{1,2}[.)]|[-*\u2022])\\s*");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]");

    private ProposedPhrasings() {
    }

    /**
     * The proposal's lines, cleaned up (markers, quotes, control characters), in order, without repeats; at most
     * {@link #MAX_LINES}.
     */
    static List<String> lines(List<String> proposed) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : proposed) {
            // lazily, line by line: a runaway reply of many megabytes is never split or cleaned up whole
            for (var it = raw.lines().iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.length() > 2 * MAX_LENGTH) {
                    continue; // too long even before its markers and spaces go
                }
                String text = stripQuotes(CONTROL.matcher(MARKER.matcher(line).replaceFirst("")).replaceAll(" ")
                        .replaceAll("\\s+", " ").strip());
                if (text.length() >= MIN_LENGTH && text.length() <= MAX_LENGTH
                        && seen.add(text.toLowerCase(Locale.ROOT))) {
                    out.add(text);
                    if (out.size() == MAX_LINES) {
                        return out;
                    }
                }
            }
        }
        return out;
    }

    /**
     * The lines to keep for {@code entryId}.
     *
     * @param phrasings every phrasing of the FAQ with its vector from {@code embedder}
     */
    static List<String> keep(long entryId, List<String> lines, List<FaqIndex.Phrasing> phrasings, Embedder embedder) {
        Set<String> known = new HashSet<>();
        phrasings.forEach(p -> known.add(p.text().strip().toLowerCase(Locale.ROOT)));
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            if (known.contains(line.toLowerCase(Locale.ROOT))) {
                continue;
            }
            float[] v = Embedder.normalize(embedder.embed(line));
            double own = -1;
            double other = -1;
            for (FaqIndex.Phrasing p : phrasings) {
                double c = Embedder.cosine(v, p.vector());
                if (p.entryId() == entryId) {
                    own = Math.max(own, c);
                } else {
                    other = Math.max(other, c);
                }
            }
            if (own >= MIN_OWN && own - other >= MIN_MARGIN) {
                kept.add(line);
                known.add(line.toLowerCase(Locale.ROOT));
            }
        }
        return kept;
    }

    private static String stripQuotes(String text) {
        if (text.length() >= 2 && "\"'\u201c\u2018".indexOf(text.charAt(0)) >= 0
                && "\"'\u201d\u2019".indexOf(text.charAt(text.length() - 1)) >= 0) {
            return text.substring(1, text.length() - 1).strip();
        }
        return text;
    }
}
