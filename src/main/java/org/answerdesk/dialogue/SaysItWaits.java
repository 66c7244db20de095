package org.answerdesk.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "ok j'attends, désolée pour le ton", "scusa per il tono, aspetto": a message that says the customer will wait
 * ({@code wait.ok} in each lexicon, words that say it wherever they stand). While a person is awaited it needs the
 * acknowledgement alone: the FAQ's choices its other words find are unrelated.
 */
final class SaysItWaits {

    private static final Lexicon.PerLanguage<Pattern> WORDS = Lexicon.perLanguage(lexicon -> lexicon
            .alternatives("wait.ok").map(a -> lexicon.compile("wait.ok", "(?<![\\p{L}'])(?:" + Lexicon.fold(a.toLowerCase(
                    Locale.ROOT)) + ")(?![\\p{L}'])")).orElse(null));

    /** A language's words of waiting ({@code wait.words}, a word ending in {@code *} a prefix). */
    private static final Lexicon.PerLanguage<List<String>> WAITING = Lexicon.perLanguage(lexicon -> lexicon.foldedWords("wait.words"));
    /** Words for anyone ({@code wait.anyone}): "hallo? noch jemand da?", "allô ? quelqu'un ?". */
    private static final Lexicon.PerLanguage<List<String>> ANYONE = Lexicon.perLanguage(lexicon -> lexicon.foldedWords("wait.anyone"));
    /** A language's words of how long ({@code wait.long}: "long", "tardais", "dauert"). */
    private static final Lexicon.PerLanguage<List<String>> HOW_LONG = Lexicon.perLanguage(
            lexicon -> lexicon.foldedWords("wait.long"));
    /**
     * A language's words of calling ({@code person.call}: "call", "llamar", "anrufen"): the person's call is what the
     * customer waits for, so such a word is part of a question about the wait, not a thing it asks about.
     */
    private static final Lexicon.PerLanguage<List<String>> CALLING = Lexicon.perLanguage(
            lexicon -> lexicon.foldedWords("person.call"));
    /**
     * Words that name nothing, however long ({@code wait.filler}: "actually", "eigenlijk", "insomma"): "hoelang gaat
     * da nog duren eigenlijk" asks about the wait as "how long is this gonna take" does.
     */
    private static final Lexicon.PerLanguage<List<String>> FILLER = Lexicon.perLanguage(
            lexicon -> lexicon.foldedWords("wait.filler"));
    /** A language's words of when ({@code wait.when}): "und wann ungefähr?" while waiting asks when the person comes. */
    private static final Lexicon.PerLanguage<List<String>> WHEN = Lexicon.perLanguage(l -> l.foldedWords("wait.when"));
    /** A joining word beside "when" ("and", "so", "e"): no longer than this. */
    private static final int JOINER = 3;
    /** A language's word for time ({@code wait.time}), a word of how long beside a word of waiting. */
    private static final Lexicon.PerLanguage<List<String>> TIME = Lexicon.perLanguage(l -> l.foldedWords("wait.time"));
    /** The most words of "how long?" said freely ("xe, cuanto tardais?", "how long is this gonna take"). */
    private static final int HOW_LONG_WORDS = 6;
    /** The longest other word of such a message: longer ones name a thing ("delivery", "Lieferung"). */
    private static final int SMALL_WORD = 5;
    /** The most words of a bare "hello??" or "still??". */
    private static final int BARE_WORDS = 2;
    /** The most words of a message that is about the wait. */
    private static final int ABOUT_WORDS = 10;
    /** The most words of a message that only asks for anyone. */
    private static final int ANYONE_WORDS = 4;

    private SaysItWaits() {
    }

    /**
     * Whether a message is about the wait for a person ("so do i just wait or what", "hallo?? is do wer", "wia lang
     * dauert des no"): a short one with a word of waiting, a very short one with a word for anyone ("hallo? iemand?"),
     * or one that asks how long or whether anyone is there. The
     * FAQ's choices its other words find are unrelated to it.
     */
    static boolean aboutTheWait(String text, Locale language) {
        if (PersonQuestions.asksHowLong(text, language) || PersonQuestions.asksIfAnyoneIsThere(text, language)
                || OnlyWords.asksIfAnyoneIsThereAmong(text, language, true) || asksHowLong(text, language)) {
            return true;
        }
        if (text.contains("?") && Lexicon.fold(ActRules.normalize(text)).split(" ").length <= BARE_WORDS) {
            return true; // "hellooo??", "still nothing?": a bare question while waiting checks on the wait
        }
        String[] words = Lexicon.fold(ActRules.normalize(text)).split(" ");
        return words.length <= ABOUT_WORDS && any(words, WAITING.get(language).orElse(List.of()))
                || words.length <= ANYONE_WORDS && any(words, ANYONE.get(language).orElse(List.of()));
    }

    /**
     * "how long?" said freely, read while a person is awaited (issue 61, set 12): a short message (at most
     * {@value #HOW_LONG_WORDS} words) with a word of how long, that asks, and whose other words are small ones
     * ("is this gonna", "des jetzt no"), words of calling ("en llamar"), of waiting ("quanto tempo vou ter de
     * esperar?") or fillers ("eigenlijk"); up to {@value #ABOUT_WORDS} words with a word of waiting, or with one of
     * calling ("bis jemand anruft", "vous rappelez dans combien de temps à peu près"): a word of more than
     * {@value #SMALL_WORD} letters names a thing it asks about.
     */
    static boolean asksHowLong(String text, Locale language) {
        List<String> howLong = HOW_LONG.get(language).orElse(List.of());
        List<String> calling = CALLING.get(language).orElse(List.of());
        List<String> filler = FILLER.get(language).orElse(List.of());
        List<String> waiting = WAITING.get(language).orElse(List.of());
        String[] words = cliticWords(text);
        if (words.length <= ABOUT_WORDS && lasts(words, language)) {
            return false; // "and how long do they last?" asks of the thing
        }
        // "combien de temps je vais devoir attendre ?": how long to wait, in more words, "time" as a word of how long
        boolean waits = any(words, waiting);
        List<String> anyone = ANYONE.get(language).orElse(List.of());
        // "wie lange dauert das ungefähr bis jemand anruft?", "vous rappelez dans combien de temps à peu près ?":
        // the wait said as the call that comes, in more words; a word of calling is what the customer waits for
        boolean forSomeone = any(words, calling);
        // "tra quanto mi chiamano?", "how many minutes I wait?": with a word of waiting or of calling, a word of time or a
        // unit of it asks how long
        List<String> asking = waits || forSomeone ? java.util.stream.Stream.concat(howLong.stream(),
                TIME.get(language).orElse(List.of()).stream()).toList() : howLong;
        if (howLong.isEmpty() || words.length > (waits || forSomeone ? ABOUT_WORDS : HOW_LONG_WORDS)
                || !any(words, asking)) {
            return false;
        }
        boolean small = java.util.Arrays.stream(words).allMatch(w -> w.length() <= SMALL_WORD
                || any(new String[] {w}, asking) || any(new String[] {w}, calling)
                || any(new String[] {w}, filler) || any(new String[] {w}, waiting)
                || forSomeone && any(new String[] {w}, anyone));
        return small && (text.contains("?") || FollowUpCue.asks(text, language) || any(new String[] {words[0]},
                howLong));
    }

    /**
     * "und wann ungefähr?", "et quand à peu près ?": while a person is awaited, a bare "when?" asks when the person
     * comes: a question of at most {@value #HOW_LONG_WORDS} words whose only word besides fillers ({@code wait.filler},
     * {@code act.filler}) and joiners of at most {@value #JOINER} letters is a word of when ({@code wait.when}); "and
     * when do you open?" names what it asks about.
     */
    static boolean asksWhen(String text, Locale language) {
        List<String> when = WHEN.get(language).orElse(List.of());
        List<String> filler = FILLER.get(language).orElse(List.of());
        List<String> passing = PASSING.get(language).orElse(List.of());
        String[] words = cliticWords(text);
        if (when.isEmpty() || words.length > HOW_LONG_WORDS || !any(words, when)
                || !(text.contains("?") || FollowUpCue.asks(text, language))) {
            return false;
        }
        return java.util.Arrays.stream(words).allMatch(w -> w.length() <= JOINER || Spellings.listed(when, w)
                || Spellings.listed(filler, w) || Spellings.listed(passing, w));
    }

    /**
     * "vai demorar mt? to no horario de almoço", "will it be long? I'm on my lunch break": while a person is awaited,
     * one sentence (or clause) asks how long ({@link #asksHowLong}, {@link PersonQuestions#asksHowLong}) and the others
     * only say something (none asks): a question about the wait, never the entry the statement's words find (the
     * opening hours for "horario de almoço").
     */
    static boolean asksHowLongAmong(String text, Locale language) {
        if (asksHowLong(text, language) || PersonQuestions.asksHowLong(text, language)) {
            return true;
        }
        List<String> pieces = Clauses.of(text);
        if (pieces.size() < 2) {
            return false;
        }
        List<String> howLong = pieces.stream().filter(p -> asksHowLong(p, language)
                || PersonQuestions.asksHowLong(p, language)).toList();
        // a question about the call awaited beside it, in a short message ("¿y eso tarda? ¿me llaman hoy?")
        boolean brief = pieces.size() <= CALL_PIECES;
        return !howLong.isEmpty() && pieces.stream().filter(p -> !howLong.contains(p))
                .noneMatch(p -> FollowUpCue.asks(p, language) && !(brief && asksForTheCall(p, language)));
    }

    /**
     * "¿me llaman hoy o ya el martes?", "will they ring me today or monday?": beside "how long?", a question about the
     * call awaited: a word of calling ({@code person.call}) and otherwise only small words (of at most six letters),
     * days ({@code callback.day}), words of time or waiting and words said in passing
     * (docs/dialogue.md "person56"). A word that names a thing ("will you call me about the invoice?") asks about it.
     */
    static boolean asksForTheCall(String text, Locale language) {
        List<String> calling = CALLING.get(language).orElse(List.of());
        String[] words = cliticWords(text);
        if (calling.isEmpty() || words.length > ABOUT_WORDS || !any(words, calling)) {
            return false;
        }
        List<String> days = DAYS.get(language).orElse(List.of());
        List<String> time = java.util.stream.Stream.concat(TIME.get(language).orElse(List.of()).stream(),
                UNITS.get(language).orElse(List.of()).stream()).toList();
        List<String> waiting = WAITING.get(language).orElse(List.of());
        List<String> filler = FILLER.get(language).orElse(List.of());
        List<String> passing = PASSING.get(language).orElse(List.of());
        // a pronoun of six letters ("bellen jullie", "ligam vocês") is no thing
        return java.util.Arrays.stream(words).allMatch(w -> w.length() <= SMALL_WORD + 1 || Spellings.listed(calling, w)
                || Spellings.listed(days, w) || days.stream().anyMatch(d -> d.startsWith(w + "'")) // aujourd'hui
                || Spellings.listed(time, w) || Spellings.listed(waiting, w)
                || Spellings.listed(filler, w) || Spellings.listed(passing, w));
    }

    /** The most sentences or clauses of a message where a question about the call counts as one about the wait. */
    private static final int CALL_PIECES = 4;
    /** A language's verbs of how long a thing lasts ({@code wait.lasts}: "last", "halten", "duran", "gaan mee"). */
    private static final Lexicon.PerLanguage<List<String>> LASTS = Lexicon.perLanguage(l -> l.foldedWords("wait.lasts"));

    /**
     * Whether the message names how long a thing lasts ({@code wait.lasts}: "and how long do they last?", "e quanto
     * tempo duram os pneus?"): a question of the thing's own, never "how long until someone answers", whoever is
     * awaited (docs/dialogue.md "person56").
     */
    static boolean lasts(String text, Locale language) {
        return lasts(cliticWords(text), language);
    }

    /**
     * {@link #lasts} of the message's words; a word of calling or waiting beside the verb makes it the wait ("¿se
     * duran mucho en llamar?", how long before they call).
     */
    private static boolean lasts(String[] words, Locale language) {
        List<String> lasts = LASTS.get(language).orElse(List.of());
        return !lasts.isEmpty() && any(words, lasts) && !any(words, CALLING.get(language).orElse(List.of()))
                && !any(words, WAITING.get(language).orElse(List.of()));
    }

    /** A language's units of time ({@code callback.not}: "semana", "week"). */
    private static final Lexicon.PerLanguage<List<String>> UNITS = Lexicon.perLanguage(l -> l.foldedWords("callback.not"));
    /** A language's days and "today", "tomorrow" ({@code callback.day}). */
    private static final Lexicon.PerLanguage<List<String>> DAYS = Lexicon.perLanguage(l -> l.foldedWords("callback.day"));

    /** The message's words, folded, a clitic a word of its own ("how long's this gonna take"). */
    private static String[] cliticWords(String text) {
        return Lexicon.fold(ActRules.normalize(text)).replace('\'', ' ').strip().split(" +");
    }

    private static boolean any(String[] words, List<String> entries) {
        return java.util.Arrays.stream(words).anyMatch(w -> Spellings.listed(entries, w));
    }

    /** Words said in passing ({@code act.filler}: "then", "alors", "allora"). */
    private static final Lexicon.PerLanguage<List<String>> PASSING = Lexicon.perLanguage(
            lexicon -> lexicon.foldedWords("act.filler"));
    /** The most words beside "I'll wait" in a message that only says it ("ok i'll wait then"). */
    private static final int BESIDE_WAIT = 2;
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");

    /**
     * Whether {@code text} only says that the customer will wait (issue 62, set 15's "blz, fico no aguardo"): words of
     * waiting ({@code wait.ok}) and at most {@value #BESIDE_WAIT} small words or words said in passing beside them,
     * no number and nothing asked ("i'll wait for my refund" names a thing). An acknowledgement, as "ok" is.
     */
    static boolean only(String text, Locale language) {
        Pattern words = WORDS.get(language).orElse(null);
        if (words == null || DIGIT.matcher(text).find() || FollowUpCue.asks(text, language)) {
            return false;
        }
        String folded = Lexicon.fold(ActRules.normalize(text));
        if (!words.matcher(folded).find()) {
            return false;
        }
        String rest = words.matcher(folded).replaceAll(" ").strip();
        String[] beside = rest.isEmpty() ? new String[0] : rest.split(" +");
        List<String> passing = PASSING.get(language).orElse(List.of());
        return beside.length <= BESIDE_WAIT && java.util.Arrays.stream(beside)
                .allMatch(w -> w.length() <= SMALL_WORD || passing.contains(w));
    }

    /** Whether {@code text} says that the customer will wait. */
    static boolean in(String text, Locale language) {
        String folded = Lexicon.fold(ActRules.normalize(text));
        return WORDS.get(language).map(p -> p.matcher(folded).find()).orElse(false);
    }
}
