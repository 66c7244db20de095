package org.answerdesk.dialogue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Scheduler;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * What a rule made of the texts it read lately, by language and text: for a rule that is a pure function of the two
 * and that one message asks of the same text more than once (its edges and clauses read by {@link WrappedAct} for
 * {@link PersonRequest} and again for {@link Acts}; its details masked for {@link Cleanup#onlyDetails} and again for
 * {@link Cleanup#forLookup}), or that many messages ask of the same few words ("hi", "how do i"). Texts longer than
 * {@code longest} are read every time; at most {@code most} texts are kept (the least used go first).
 *
 * <p>The texts are customers' words, and so are the readings of some rules (a message with its details masked): a
 * text nobody asked of for {@link #UNUSED} leaves, and {@link RecentTexts#forget()} (a customer's erasure) empties
 * every rule's set at once.
 */
final class Recent<V> {

    /** How long a text nobody asks of again is kept: a message reads its texts within milliseconds. */
    static final Duration UNUSED = Duration.ofMinutes(10);

    private static final List<Cache<?, ?>> ALL = new CopyOnWriteArrayList<>();

    private final BiFunction<String, Locale, V> rule;
    private final int longest;
    private final Cache<Key, V> read;

    Recent(BiFunction<String, Locale, V> rule, int longest, int most) {
        this(rule, longest, most, Ticker.systemTicker());
    }

    /** With the given clock, for the tests. */
    Recent(BiFunction<String, Locale, V> rule, int longest, int most, Ticker ticker) {
        this.rule = rule;
        this.longest = longest;
        boolean system = ticker == Ticker.systemTicker();
        // upkeep on the calling thread (a few map operations), and an expired text removed when due even when no
        // message comes: the system's scheduler thread, with the real clock only
        this.read = Caffeine.newBuilder().maximumSize(most).expireAfterAccess(UNUSED).ticker(ticker)
                .executor(Runnable::run).scheduler(system ? Scheduler.systemScheduler() : Scheduler.disabledScheduler())
                .build();
        ALL.add(read);
    }

    V get(String text, Locale language) {
        if (text.length() > longest) {
            return rule.apply(text, language);
        }
        Key key = new Key(Lexicon.code(language), text);
        V known = read.getIfPresent(key);
        if (known != null) {
            return known;
        }
        // not Cache.get(key, rule): a rule may read another text through this set while it computes
        V value = rule.apply(text, language);
        read.put(key, value);
        return value;
    }

    /**
     * A text and its language: the text itself, not a copy joined to the code, so that the hash a message's string
     * keeps is reused by every rule's set that reads it, and no text is copied per lookup.
     */
    private record Key(String language, String text) {
    }

    /** How many texts this rule keeps now. */
    long size() {
        read.cleanUp();
        return read.estimatedSize();
    }

    /** Empties every rule's set. */
    static void forgetAll() {
        ALL.forEach(Cache::invalidateAll);
    }
}
