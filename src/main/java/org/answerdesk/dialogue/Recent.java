package org.answerdesk.dialogue;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * What a rule made of the texts it read lately, by language and text: for a rule that is a pure function of the two
 * and that one message asks of the same text more than once (its edges and clauses read by {@link WrappedAct} for
 * {@link PersonRequest} and again for {@link Acts}; its details masked for {@link Cleanup#onlyDetails} and again for
 * {@link Cleanup#forLookup}), or that many messages ask of the same few words ("hi", "how do i"). Texts longer than
 * {@code longest} are read every time; the set starts over when it holds {@code most}, rather than grow.
 */
final class Recent<V> {

    private final BiFunction<String, Locale, V> rule;
    private final int longest;
    private final int most;
    private final Map<String, V> read = new ConcurrentHashMap<>();

    Recent(BiFunction<String, Locale, V> rule, int longest, int most) {
        this.rule = rule;
        this.longest = longest;
        this.most = most;
    }

    V get(String text, Locale language) {
        if (text.length() > longest) {
            return rule.apply(text, language);
        }
        String key = Lexicon.code(language) + '\n' + text;
        V known = read.get(key);
        if (known != null) {
            return known;
        }
        V value = rule.apply(text, language);
        if (read.size() >= most) {
            read.clear();
        }
        read.put(key, value);
        return value;
    }
}
