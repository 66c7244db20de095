package org.answerdesk.dialogue;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.answerdesk.retrieval.FaqMatch;

/**
 * An answer's bare "yes" or "no" is said only to the question it was written for. A third of the owners' answers open
 * with one ("Ja, gratis in heel Rotterdam…", "Sim. Aferir a pressão é grátis…"); given to a customer whose question
 * is only near the entry's ("geven jullie ook motorles?"), it reads as yes to their question. So when the customer's
 * words are not close to one of the entry's phrasings (cosine under {@value #OWN_QUESTION}), the opening word goes
 * and the rest is said as written. The forms are the language's {@code answer.opening} lines (alternatives of a
 * regular expression, case-insensitive), each followed by a punctuation mark: "No for EU orders" keeps its "No".
 */
final class AnswerOpening {

    /** A cosine at or above which the customer asked the entry's own question (in other words). */
    static final double OWN_QUESTION = 0.8;
    static final String KEY = "answer.opening";

    private static final Lexicon.PerLanguage<Pattern> OPENINGS = Lexicon.perLanguage(lexicon -> lexicon
            .alternatives(KEY).map(forms -> lexicon.compile(KEY, "^\\s*" + forms + "\\s*[,.!:;\u2013\u2014-]+\\s*",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).orElse(null));

    private AnswerOpening() {
    }

    /** The entry's answer as said to a customer whose question was read as {@code entry} (its cosine in the match). */
    static String said(FaqMatch entry, Locale language) {
        String answer = entry.answer();
        if (answer == null || entry.score() >= OWN_QUESTION) {
            return answer;
        }
        Optional<Pattern> opening = OPENINGS.get(language);
        return opening.map(p -> withoutOpening(answer, p)).orElse(answer);
    }

    /** At most two opening words ("Sí, claro, …"); the answer as written when nothing would be left but them. */
    static String withoutOpening(String answer, Pattern opening) {
        String rest = answer;
        for (int i = 0; i < 2; i++) {
            Matcher m = opening.matcher(rest);
            if (!m.find() || m.end() == 0) {
                break;
            }
            rest = rest.substring(m.end());
        }
        if (rest.equals(answer) || rest.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return answer;
        }
        int first = rest.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(rest.substring(Character.charCount(first))).toString();
    }
}
