package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;
import org.answerdesk.retrieval.ServiceQuestions;

/**
 * Two questions typed as one sentence whose second opens with words {@link Parts#joined} does not know ("hend ihr am
 * mittwoch offa ond nemmet ihr karte?", "a che ora aprite e si paga cu bancomat?"): split at an "and" of the language
 * ({@code and} in its lexicon), or at a word that differs from one of its short "and" words in one vowel only (a
 * regional spelling: "ond" for "und"), or at an "or maybe" ({@code parts.or}: "change my email, or maybe delete
 * the account"), or at a bare "or" after a comma ("how do i stop them, or just close my account"), and answered as
 * two only where the FAQ says so: each side of at least
 * {@link #WORDS} words is confident of an entry of its own, and both entries are among the closest of the whole
 * message. Otherwise empty: the message is one question ("I ordered the red mug and it arrived broken" reads one
 * entry whole). An "also" right after a form of asking ("et vous faites aussi …") is the asking's, no split point
 * ({@link ServiceQuestions#alsoOfTheAsking}).
 */
final class LooseJoin {

    /** The fewest words on each side of the split. */
    static final int WORDS = 3;
    /** The most split points tried in one message (each costs two lookups). */
    static final int TRIED = 2;
    /** How many of the whole message's closest entries both sides' entries must be among. */
    static final int CLOSEST = 3;

    private static final String VOWELS = "aeiouy";
    private static final Lexicon.PerLanguage<Set<String>> ANDS = Lexicon.perLanguage(l -> words(l, "and"));
    /** A language's single "or" words ({@code or}), folded. */
    private static final Lexicon.PerLanguage<Set<String>> OR_WORDS = Lexicon.perLanguage(l -> words(l, "or"));
    /** A language's "or else" phrases ({@code parts.or}), each as its folded words. */
    private static final Lexicon.PerLanguage<List<List<String>>> ORS = Lexicon.perLanguage(l -> l.lines("parts.or")
            .stream().flatMap(line -> java.util.Arrays.stream(line.split("\\|")))
            .map(p -> List.of(Lexicon.fold(p.strip().toLowerCase(Locale.ROOT)).split("\\s+")))
            .filter(p -> !p.get(0).isEmpty()).toList());

    private final Questions questions;
    private final SeveralQuestions several;

    LooseJoin(Questions questions, SeveralQuestions several) {
        this.questions = questions;
        this.several = several;
    }

    /** Whether the message has a point it may be split at (a cheap test, before any lookup). */
    static boolean mayJoin(String message, Locale language) {
        return !splits(message, language).isEmpty() || AfterMark.split(message).isPresent()
                || TellsNeed.split(message, language).isPresent();
    }

    /**
     * Two questions split where the second opens a question ({@link Parts#joined}): answered as two where one half is
     * confident ({@link SeveralQuestions#joined}) or one half is confident and the other leans to the same entry
     * but asks a question of its own ({@link SharedBest}), else where both halves are unsure ({@link #unsureHalf}, one
     * lookup of the whole more).
     */
    Optional<Action> joined(Turn turn, String question, List<String> parts) {
        Locale lang = turn.lang();
        List<Retrieval> found = parts.stream().map(p -> questions.retrieve(Cleanup.forLookup(p, lang), lang)).toList();
        Optional<Action> both = several.joined(turn, parts, found);
        if (both.isPresent()) {
            return both;
        }
        boolean sure = found.stream().anyMatch(Retrieval::confident);
        if (sure && !mayShare(found)) {
            return both;
        }
        Retrieval whole = questions.retrieve(Cleanup.forLookup(question, lang), lang);
        if (sure) { // "..., how do i report that and do i pay for it myself?": the unsure half's own choices
            return SharedBest.of(whole, parts, found, lang)
                    ? several.split(turn, parts, found, own(turn, question, whole)) : Optional.empty();
        }
        Optional<List<Retrieval>> beside = BesideWhole.readings(whole, parts, found, lang);
        if (beside.isPresent()) { // "..., is sending it back free and how do i do it": the whole's entry, and more
            return several.split(turn, parts, beside.get(), own(turn, question, whole));
        }
        // "an whats yer number if a want to ring yiz, an when is there somebody in": an "and" before a question's
        // opening words, each half "did you mean" on its own and the whole message sure of nothing: two questions,
        // though the whole message's closest entries lean to one of them
        boolean bothAsked = found.stream().allMatch(Retrieval::clarify) && !whole.confident()
                && !found.get(0).best().map(FaqMatch::entryId).equals(found.get(1).best().map(FaqMatch::entryId));
        return bothAsked || unsureHalf(whole, parts, found, whole.matches().stream().map(FaqMatch::entryId).toList(),
                lang) ? several.split(turn, parts, found, own(turn, question, whole)) : Optional.empty();
    }

    /** The two questions' answers, where the FAQ reads the message as two. */
    Optional<Action> read(Turn turn, String question) {
        Locale lang = turn.lang();
        List<List<String>> splits = new ArrayList<>(splits(question, lang));
        List<String> afterMark = AfterMark.split(question).orElse(null); // "...? send the number also"
        if (afterMark != null) {
            splits.add(afterMark);
        }
        Optional<List<String>> told = TellsNeed.split(question, lang); // "we need a child seat too, and how much ...?"
        if (splits.isEmpty() && told.isEmpty()) {
            return Optional.empty();
        }
        Retrieval whole = questions.retrieve(Cleanup.forLookup(question, lang), lang);
        List<Long> closest = whole.matches().stream().limit(CLOSEST).map(FaqMatch::entryId).toList();
        List<Long> near = whole.matches().stream().map(FaqMatch::entryId).toList();
        List<String> halves = null;
        List<Retrieval> halvesFound = null;
        for (List<String> parts : splits) {
            List<Retrieval> found = parts.stream().map(p -> questions.retrieve(Cleanup.forLookup(p, lang), lang))
                    .toList();
            List<Long> entries = found.stream().map(r -> questions.confident(r).isPresent()
                    ? r.best().map(FaqMatch::entryId).orElse(-1L) : -1L).toList();
            // only the split at the mark itself: an "and" split whose first half ends in one keeps its own guards
            boolean mark = parts.equals(afterMark);
            if (mark && OwnNeed.of(parts, found, whole, lang)) {
                // "...? or is there a shop in town"
                return several.split(turn, parts, found, own(turn, question, whole));
            }
            if (mark && !entries.contains(-1L) && OwnNeed.sure(parts, found, whole)) {
                // "...emails? actually just delete my whole profile": a request the FAQ is sure of, beside the question
                return several.split(turn, parts, found, own(turn, question, whole));
            }
            if ((mark ? AfterMark.leads(whole, found) && !AfterMark.marked(parts) : exact(parts, question, lang))
                    && SureHalf.of(whole, parts, found, lang)) {
                // "was kostet sowas und zahlt das die hausrat?"
                return several.split(turn, parts, found, own(turn, question, whole));
            }
            if (mark && AskedAfterMark.of(parts, found, whole, lang)) {
                // "you ship to canada? if not, ..., how much is it to there": the question, and choices for the rest
                return several.split(turn, parts, found, own(turn, question, whole));
            }
            if (mark && (whole.confident() || !AfterMark.leads(whole, found) || AfterMark.marked(parts))) {
                continue; // "...? ze zit in groep 4", "...? it is for order 4711": the question's case
            }
            if (entries.stream().allMatch(closest::contains) && !entries.get(0).equals(entries.get(1))) {
                return several.split(turn, parts, found, own(turn, question, whole));
            }
            if (!mark && exact(parts, question, lang) && SharedBest.of(whole, parts, found, lang)) {
                return several.split(turn, parts, found, own(turn, question, whole));
            }
            // words after the mark that find no entry of their own say the customer's case ("it is for order
            // 4711"), not a second need: no choices about them
            if (halves == null && !mark && exact(parts, question, lang)
                    && unsureHalf(whole, parts, found, near, lang)) {
                halves = parts;
                halvesFound = found;
            }
            Optional<List<Retrieval>> beside = mark || !exact(parts, question, lang) ? Optional.empty()
                    : BesideWhole.readings(whole, parts, found, lang);
            if (halves == null && beside.isPresent()) {
                halves = parts;
                halvesFound = beside.get();
            }
        }
        if (halves == null && told.isPresent() && exact(told.get(), question, lang)) {
            List<Retrieval> found = told.get().stream()
                    .map(p -> questions.retrieve(Cleanup.forLookup(p, lang), lang)).toList();
            if (TellsNeed.of(whole, told.get(), found, questions, lang)) {
                return several.split(turn, told.get(), found, own(turn, question, whole));
            }
        }
        return halves == null ? Optional.empty()
                : several.split(turn, halves, halvesFound, own(turn, question, whole));
    }

    /** The whole message's reading, where it is the reading of the turn's question (else looked up by need). */
    private static Retrieval own(Turn turn, String question, Retrieval whole) {
        return question.equals(turn.reading.question()) ? whole : null;
    }

    /**
     * Whether one half is confident and the other "did you mean" with the same entry first ({@link SharedBest}):
     * worth a lookup of the whole message.
     */
    private static boolean mayShare(List<Retrieval> found) {
        return found.size() == 2 && found.stream().anyMatch(r -> !r.confident() && r.clarify())
                && found.get(0).best().map(FaqMatch::entryId).equals(found.get(1).best().map(FaqMatch::entryId));
    }

    /**
     * Whether two halves the FAQ is not sure of both are two questions all the same ("if i order today to manchester
     * when does it reach me, and must i register first"): each closest to an entry of its own, among the whole
     * message's closest, one of them "did you mean" at least, the other confident or near, or one confident and the
     * other near and asking by its words ({@link Parts#asks}: "..., how long, and can ye rush it"); the whole message reads
     * the confident half's entry first, or, with no half confident, is not confident itself. Answered as two by
     * {@link SeveralQuestions#answer}: the confident half, then choices with each unsure half's best first. No lookup
     * of its own.
     */
    private boolean unsureHalf(Retrieval whole, List<String> parts, List<Retrieval> found, List<Long> near,
                               Locale language) {
        List<Long> best = found.stream().map(r -> r.best().map(FaqMatch::entryId).orElse(-1L)).toList();
        long sure = found.stream().filter(Retrieval::confident).count();
        boolean asks = (found.stream().anyMatch(Retrieval::clarify) || sure == 1 && askingNear(parts, found, language))
                && found.stream().allMatch(r -> r.confident() || r.clarify() || !r.far());
        // a confident half is answered only where the whole message reads its entry first ("quiero q brille y
        // quitarle las rayitas sin lo del ceramico": the half names the ceramic coating it does not want)
        return sure < 2 && asks && !best.get(0).equals(best.get(1)) && near.containsAll(best)
                && (sure == 0 ? !whole.confident() : found.stream().anyMatch(r -> r.confident()
                        && r.best().map(FaqMatch::entryId).equals(whole.best().map(FaqMatch::entryId))));
    }

    /**
     * Whether each half that the FAQ is neither sure of nor asks to choose for asks by its words, the sentence's
     * closing question mark aside: a question beside a confident one, not a statement ("I ordered the red mug and can
     * I get it by friday").
     */
    private static boolean askingNear(List<String> parts, List<Retrieval> found, Locale language) {
        for (int i = 0; i < parts.size(); i++) {
            Retrieval r = found.get(i);
            if (!r.confident() && !r.clarify() && (r.far() || !Parts.asks(Parts.withoutClosingMark(parts.get(i)), language))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the halves were split at one of the language's own "and" words: a word one vowel off one ("in" for
     * "en") splits only two confident halves.
     */
    private static boolean exact(List<String> parts, String question, Locale language) {
        String[] words = question.strip().split("\\s+");
        int at = parts.get(0).split("\\s+").length;
        return at < words.length && (ANDS.get(language).orElse(Set.of())
                .contains(Lexicon.fold(words[at].toLowerCase(Locale.ROOT))) || orAt(words, at, language) > 0
                || clauseOr(words, at, language));
    }

    /**
     * How many words at {@code at} are one of the language's "or else" phrases ({@code parts.or}: "or maybe", "oder
     * vielleicht", "ou peut-être"), which offer a second question as an alternative to the first; 0 if none.
     */
    private static int orAt(String[] words, int at, Locale language) {
        for (List<String> phrase : ORS.get(language).orElse(List.of())) {
            int n = phrase.size();
            boolean all = at + n <= words.length;
            for (int k = 0; all && k < n; k++) {
                all = phrase.get(k).equals(Lexicon.fold(words[at + k].toLowerCase(Locale.ROOT)));
            }
            if (all) {
                return n;
            }
        }
        return 0;
    }

    /**
     * The message split at each of its first {@link #TRIED} "and" words with enough words either side, where
     * neither side is a statement beside a question ({@link Parts#statementBeside}).
     */
    static List<List<String>> splits(String message, Locale language) {
        return splits(message, language, false);
    }

    /**
     * As {@link #splits(String, Locale)}, or, with {@code beside}, only the splits whose first side is a statement
     * beside the question the second asks.
     */
    static List<List<String>> splits(String message, Locale language, boolean beside) {
        Set<String> ands = ANDS.get(language).orElse(Set.of());
        String[] words = message.strip().split("\\s+");
        List<List<String>> splits = new ArrayList<>();
        for (int i = WORDS; i < words.length - WORDS && splits.size() < TRIED; i++) {
            String word = Lexicon.fold(words[i].toLowerCase(Locale.ROOT));
            int or = orAt(words, i, language);
            int joint = or > 0 ? or : ands.contains(word) || ands.stream().anyMatch(a -> oneVowelApart(a, word))
                    || clauseOr(words, i, language) ? 1 : 0;
            if (joint > 0 && i + joint <= words.length - WORDS && !(or == 0 && ServiceQuestions.alsoOfTheAsking(
                    String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)), words[i], language))) {
                // "et vous faites aussi de la plongée ?": the asking's "also", not a second question
                List<String> halves = List.of(String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)),
                        String.join(" ", java.util.Arrays.copyOfRange(words, i + joint, words.length)));
                // "mon gars a 7 ans pis il grandit vite, vous avez tu ...?": a statement stays with its question
                if (Parts.statementBeside(halves.get(0), halves.get(1), language) == beside) {
                    splits.add(halves);
                }
            }
        }
        return splits;
    }

    /**
     * Whether the word at {@code at} is a bare "or" of the language ({@code or}) right after a comma: "how do i stop
     * them, or just close my account" offers a second request as an alternative to the first, where an "or" inside
     * a clause ("by card or by transfer") joins two words of one question.
     */
    private static boolean clauseOr(String[] words, int at, Locale language) {
        return at > 0 && words[at - 1].endsWith(",")
                && OR_WORDS.get(language).orElse(Set.of()).contains(Lexicon.fold(words[at].toLowerCase(Locale.ROOT)));
    }

    /**
     * "und" and "ond": of two or three letters, the same but for one vowel in place of another. Only an "and" that
     * opens with a vowel is spelled so by region; a colloquial one ("pis") one vowel off is another word ("pas").
     */
    private static boolean oneVowelApart(String and, String word) {
        return and.length() >= 2 && and.length() <= 3 && VOWELS.indexOf(and.charAt(0)) >= 0
                && Spellings.vowelSwapAt(and, word, VOWELS) >= 0;
    }

    /** A language's words of one word under {@code key} ("and", "or" in its lexicon), folded. */
    private static Set<String> words(Lexicon lexicon, String key) {
        return lexicon.lines(key).stream().flatMap(l -> java.util.Arrays.stream(l.split("\\|")))
                .map(w -> Lexicon.fold(w.strip().toLowerCase(Locale.ROOT)))
                .filter(w -> !w.isEmpty() && !w.contains(" ")).collect(Collectors.toUnmodifiableSet());
    }
}
