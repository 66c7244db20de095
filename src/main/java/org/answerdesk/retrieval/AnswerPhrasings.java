package org.answerdesk.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An entry's answer, sentence by sentence, as extra phrasings an adaptation trains on where the entry has few of its
 * own. With three phrasings, one held out, the training has a single pair per entry and gains nothing, in English as
 * in other languages; the answer's sentences give each phrasing more to be pulled towards (docs/retrieval.md,
 * "adapt16"). They are trained on only, never put in the index.
 */
final class AnswerPhrasings {

    /** An entry with fewer phrasings than this trains on its answer's sentences too. */
    static final int FEW = 5;

    /** A sentence of fewer words ("Yes.", "See below.") is no phrasing. */
    static final int MIN_WORDS = 3;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\R+");

    private AnswerPhrasings() {
    }

    /** The answer's sentences of {@value #MIN_WORDS} words or more, for an entry of fewer than {@value #FEW} phrasings. */
    static List<String> of(FaqEntry e) {
        if (e.phrasings().size() >= FEW || e.answer() == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(e.answer())) {
            String sentence = s.strip();
            if (sentence.split("\\s+").length >= MIN_WORDS && !e.phrasings().contains(sentence)) {
                out.add(sentence);
            }
        }
        return out;
    }

    /** The phrasings {@code e} is trained on: {@code trained} followed by its answer's sentences ({@link #of}). */
    static List<String> withAnswer(FaqEntry e, List<String> trained) {
        List<String> answer = of(e);
        if (answer.isEmpty()) {
            return trained;
        }
        List<String> all = new ArrayList<>(trained);
        all.addAll(answer);
        return all;
    }
}
