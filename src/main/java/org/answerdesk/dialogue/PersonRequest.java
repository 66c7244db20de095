package org.answerdesk.dialogue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one recogniser of a customer asking for a person in words (any channel, any path), and of a "yes" to the
 * bot's offer of one. Buttons and commands that ask for a person arrive as {@link Intent#HUMAN} instead.
 */
public final class PersonRequest {

    private static final Pattern ASKS_FOR_PERSON = Pattern.compile(
            "^/(human|agent)\\b"
            + "|^(an? )?(human|agent|person|operator|real person|human agent|live agent)( please| pls)?[.!?]*+$"
            + "|\\b(talk|speak|chat|connect me)( to| with)? (an? |some )?(human|person|agent|operator|real person"
            + "|someone|somebody|representative|staff)\\b"
            + "|\\b(human|real person|live agent|representative|customer service rep(resentative)?) please\\b"
            // the manager, the owner: a person too ("I want to speak to the manager")
            + "|\\b(talk|speak|chat|connect me|put me through|complain)( to| with)? (the |a |your |some |someone in )?"
            + "(manager|supervisor|owner|boss|management|person in charge|someone in charge|somebody in charge)\\b"
            + "|\\b(i want|i need|i'd like|get me|give me|let me speak to|can i have|can i get|i demand) (to see )?"
            + "(the |a |your )(manager|supervisor|owner|boss)\\b"
            + "|^(the |a |your )?(manager|supervisor)( please| pls| now)?[.!?]*+$"
            // "get someone", "fetch the manager", "the owner please": a person in a few words
            + "|\\b(get|fetch|bring|find) (me )?(someone|somebody|a (real )?(person|human)|an agent|a human being"
            + "|(the|a|your) (manager|supervisor|owner|boss|person in charge))\\b"
            + "|^(the |a |your )?(owner|boss|person in charge|head of (the )?\\w+)( please| pls| now)?[.!?]*+$"
            // "put me through to someone", "transfer me to a colleague"
            + "|\\b(put|transfer|pass|forward|connect|send) me (through |over |on )?(to|with) (an? |some |your |one of )?"
            + "(someone|somebody|human|person|people|agent|colleague|staff|team|representative|rep|operator|you)"
            // "can someone from your team sort this out for me", "can a real human do it for me"
            + "|\\b(someone|somebody|anyone|anybody|(an? |some )(real )?(human|person|agent|colleague|staff member)"
            + "|your (team|staff|colleagues?)|one of you)\\b.{0,40}\\b(do|sort|handle|fix|deal with|take care of"
            + "|check|process|look into|look at)\\b.{0,30}\\bfor me\\b");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern YES = Pattern.compile(
            "^(yes|yes please|yeah|yep|sure|ok|okay|please|please do|y)[.!]*$");
    /** A yes before the rest of the message ("yes, a person please"): the rest is read for a request. */
    private static final Pattern YES_FIRST = Pattern.compile(
            "^(?:yes please|yes|yeah|yep|sure|okay|ok|please)[\\s,.!:;-]+(.+)$");
    private static final String THEN = ")[\\s,.!:;-]+(.+)$";

    /** The commands that ask for a person in every language. */
    private static final Pattern COMMAND = Pattern.compile("^/(human|agent)\\b");
    /**
     * Another language's requests ({@code <language>.ask}, from {@code person.ask}, found anywhere in the message)
     * and yeses to the offer ({@code <language>.yes}, from {@code person.yes}, the whole message), read with accents
     * folded; English is the two patterns above.
     */
    private static final Map<String, Pattern> BY_LANGUAGE = byLanguage();
    /** Another language's words for a person and for reaching one ({@code person.who}, {@code person.reach}, ...). */
    private static final Map<String, WordPairs> PAIRS = pairs();
    /** Past this many words a message is about something else that happens to name a person. */
    private static final int MAX_PAIR_WORDS = 16;
    /** After a yes, this many words or fewer that name a person ask for one. */
    private static final int NAMING_WORDS = 3;
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]++");
    /** A number of three digits or more, or an email address: an order number, a phone number, a customer's mail. */
    private static final Pattern DETAIL = Pattern.compile("\\d{3}|[^\\s@]@[^\\s@]");
    /** The most words of a message that only gives details. */
    private static final int DETAIL_WORDS = 8;

    private PersonRequest() {
    }

    /** Whether an English message asks for a person. */
    public static boolean asksForPerson(String text) {
        if (asksWhatTheBotIs(text, Locale.ENGLISH)) {
            return false;
        }
        String normalized = normalize(text);
        if (ASKS_FOR_PERSON.matcher(normalized).find()) {
            return true;
        }
        var afterYes = YES_FIRST.matcher(normalized);
        return afterYes.matches() && ASKS_FOR_PERSON.matcher(afterYes.group(1)).find()
                || PersonQuestions.asksWhenAPersonReplies(text, Locale.ENGLISH);
    }

    /** Whether a message in {@code language} asks for a person; in a language not shipped, only the commands do. */
    public static boolean asksForPerson(String text, Locale language) {
        String code = Lexicon.code(language);
        if (code.equals(Lexicon.ENGLISH)) {
            return asksForPerson(text);
        }
        Pattern ask = BY_LANGUAGE.get(code + ".ask");
        if (COMMAND.matcher(normalize(text)).find()) {
            return true;
        }
        if (asksWhatTheBotIs(text, language)) {
            return false;
        }
        String folded = Lexicon.fold(ActRules.normalize(text));
        WordPairs pairs = PAIRS.get(code);
        if (ask != null && ask.matcher(folded).find() || pairs != null && pairs.askForPerson(folded)
                || PersonQuestions.asksWhenAPersonReplies(text, language)) {
            return true;
        }
        Pattern yesFirst = BY_LANGUAGE.get(code + ".yes-first");
        var afterYes = yesFirst == null ? null : yesFirst.matcher(folded);
        return afterYes != null && afterYes.matches() && (ask != null && ask.matcher(afterYes.group(1)).find()
                || pairs != null && pairs.namesOnly(afterYes.group(1)));
    }

    /**
     * Whether the whole message asks what the bot is ("am I talking to a real person?", "sto parlando con una persona
     * vera?", also inside a greeting): a question the bot answers (it is an automatic assistant, a person can take
     * over), never a request for a person, though it names one.
     */
    private static boolean asksWhatTheBotIs(String text, Locale language) {
        return ActRules.of(text, language).or(() -> WrappedAct.of(text, language)).filter(a -> a == Act.BOT)
                .isPresent();
    }

    /**
     * Whether a message only gives the details a person needs ("order 2231, name Rossi", "4471920"): a detail alone,
     * or a short message that asks nothing and holds a number of three digits or more or an email address. After the
     * bot's offer of a person it takes the offer up, as a yes does.
     */
    static boolean givesDetails(String text, Locale language) {
        return Cleanup.onlyDetails(text, language) || !text.contains("?")
                && NOT_LETTERS.split(text.strip()).length <= DETAIL_WORDS && DETAIL.matcher(text).find();
    }

    /** Whether an English message says yes to the offer of a person. */
    public static boolean acceptsOffer(String text) {
        return YES.matcher(normalize(text)).matches();
    }

    /** Whether a message in {@code language} says yes to the offer of a person. */
    public static boolean acceptsOffer(String text, Locale language) {
        String code = Lexicon.code(language);
        if (code.equals(Lexicon.ENGLISH)) {
            return acceptsOffer(text);
        }
        Pattern yes = BY_LANGUAGE.get(code + ".yes");
        return yes != null && yes.matcher(Lexicon.fold(ActRules.normalize(text))).matches();
    }

    private static Map<String, Pattern> byLanguage() {
        Map<String, Pattern> patterns = new HashMap<>();
        Lexicon.shipped().forEach((language, lexicon) -> {
            lexicon.alternatives("person.ask").ifPresent(a -> patterns.put(language + ".ask",
                    Pattern.compile("\\b" + Lexicon.fold(a) + "(?![\\p{L}\\p{N}])")));
            lexicon.alternatives("person.yes").ifPresent(a -> {
                patterns.put(language + ".yes", Pattern.compile(Lexicon.fold(a) + "[.!]*+"));
                patterns.put(language + ".yes-first", Pattern.compile("^(?:" + Lexicon.fold(a) + THEN));
            });
        });
        return Map.copyOf(patterns);
    }

    private static Map<String, WordPairs> pairs() {
        Map<String, WordPairs> pairs = new HashMap<>();
        Lexicon.shipped().forEach((language, lexicon) -> {
            List<String> who = words(lexicon, "person.who");
            if (!who.isEmpty()) {
                Pattern bot = lexicon.alternatives("phrase.bot").map(a -> Pattern.compile("\\b" + Lexicon.fold(a)))
                        .orElse(null);
                Pattern forMe = lexicon.alternatives("person.for_me")
                        .map(a -> Pattern.compile("\\b(?:" + Lexicon.fold(a) + ")\\b")).orElse(null);
                pairs.put(language, new WordPairs(who, words(lexicon, "person.reach"), words(lexicon, "person.real"),
                        bot, words(lexicon, "person.do"), forMe));
            }
        });
        return Map.copyOf(pairs);
    }

    private static List<String> words(Lexicon lexicon, String key) {
        String words = Lexicon.fold(lexicon.words(key));
        return words.isEmpty() ? List.of() : List.of(words.split(" +"));
    }

    /**
     * A short message that names a person ({@code who}: a person, an agent, the team, someone) and either asks to
     * reach them ({@code reach}: speak, put me through, call back) or says it wants a real one ({@code real}: real,
     * not a bot), in any order and any grammar: rules of exact phrases missed most requests customers type. A word
     * ending in {@code *} is a prefix (inflections, compounds). The two are different words ("humano" alone is
     * not a request), and a message the language reads as "are you a bot or a real person?" ({@code phrase.bot})
     * is that question, not a request. A person asked to do the thing for the customer ({@code do} and
     * {@code for_me}: "can someone from your team sort it out for me?") asks for one too.
     */
    record WordPairs(List<String> who, List<String> reach, List<String> real, Pattern bot, List<String> doing,
                     Pattern forMe) {

        boolean askForPerson(String folded) {
            String[] words = NOT_LETTERS.split(folded.strip());
            if (words.length > MAX_PAIR_WORDS || bot != null && bot.matcher(folded).find()) {
                return false;
            }
            if (forMe != null && forMe.matcher(folded).find() && java.util.Arrays.stream(words).anyMatch(w -> any(who, w))
                    && java.util.Arrays.stream(words).anyMatch(w -> any(doing, w))) {
                return true;
            }
            int named = -1;
            int reached = -1;
            for (int i = 0; i < words.length; i++) {
                if (named < 0 || named == reached) {
                    named = any(who, words[i]) ? i : named;
                }
                if (reached < 0 || named == reached) {
                    reached = any(reach, words[i]) || any(real, words[i]) ? i : reached;
                }
                if (named >= 0 && reached >= 0 && named != reached) {
                    return true;
                }
            }
            return false;
        }

        /** A few words that name a person ("einen Mitarbeiter", "un operatore grazie"): after a yes, a request. */
        boolean namesOnly(String folded) {
            String[] words = NOT_LETTERS.split(folded.strip());
            return words.length <= NAMING_WORDS && java.util.Arrays.stream(words).anyMatch(w -> any(who, w));
        }

        private static boolean any(List<String> entries, String word) {
            return !word.isEmpty() && entries.stream().anyMatch(e -> e.endsWith("*")
                    ? word.startsWith(e.substring(0, e.length() - 1)) : word.equals(e));
        }
    }

    private static String normalize(String text) {
        return SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
