package org.answerdesk.dialogue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.answerdesk.retrieval.ContentTerms;
import org.answerdesk.retrieval.Retrieval;

/**
 * While a person is awaited, "how long?" in any words ("wie lang dauert das ungefähr bis sich einer meldet?",
 * "combien de temps avant qu'on me recontacte ?"): a question of at most {@value #MOST_WORDS} words, no number, with a
 * word of how long ({@code wait.long}), none of whose other content words the shop's FAQ knows (the nearest entries'
 * questions and answers: {@link FaqKnownWords}). What the customer waits for is then the only thing it
 * can ask about; "how long does delivery to Vienna take?" names the FAQ's delivery and is answered from it.
 */
final class WaitUnknownToFaq {

    /** The most words of such a question: a longer one tells something. */
    static final int MOST_WORDS = 12;

    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    private static final Pattern QUESTION_MARKS = Pattern.compile("\\?+");

    /** The words that say how long or what is awaited: never what the question is about. */
    private static final Lexicon.PerLanguage<Set<String>> OF_THE_WAIT = Lexicon.perLanguage(lexicon -> {
        Set<String> words = new HashSet<>();
        Stream.of("wait.long", "wait.time", "wait.filler", "wait.words", "wait.anyone", "person.call", "act.filler")
                .forEach(key -> words.addAll(lexicon.foldedWords(key)));
        return Set.copyOf(words);
    });
    private static final Lexicon.PerLanguage<List<String>> HOW_LONG = Lexicon.perLanguage(
            lexicon -> lexicon.foldedWords("wait.long"));

    private WaitUnknownToFaq() {
    }

    static boolean asksHowLong(String text, Locale language, Function<String, Retrieval> faq) {
        List<String> howLong = HOW_LONG.get(language).orElse(List.of());
        String[] words = Lexicon.fold(ActRules.normalize(text)).replace('\'', ' ').strip().split(" +");
        // "is it long? and are you open on saturday?": a second question is asked about, whatever the FAQ knows
        if (howLong.isEmpty() || words.length > MOST_WORDS || DIGIT.matcher(text).find()
                || QUESTION_MARKS.matcher(text).results().count() > 1
                || Arrays.stream(words).noneMatch(w -> Spellings.listed(howLong, w))
                || !(text.contains("?") || FollowUpCue.asks(text, language))) {
            return false;
        }
        List<String> wait = List.copyOf(OF_THE_WAIT.get(language).orElse(Set.of()));
        List<String> rest = Arrays.stream(words).filter(w -> !Spellings.listed(wait, w))
                .filter(w -> !ContentTerms.of(w, language).isEmpty()).toList();
        if (rest.isEmpty()) {
            return true;
        }
        return !FaqKnownWords.anyKnown(rest, text, language, faq);
    }
}
