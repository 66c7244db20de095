package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The one recogniser of a customer asking for a person in words (any channel, any path), and of a "yes" to the
 * bot's offer of one. Buttons and commands that ask for a person arrive as {@link Intent#HUMAN} instead.
 */
public final class PersonRequest {

    /** The longest stretch of a message the patterns read at once. */
    static final int PIECE = 600;


    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final String THEN = ")[\\s,.!:;-]+(.+)$";

    /** The commands that ask for a person in every language. */
    private static final Pattern COMMAND = Pattern.compile("^/(human|agent)\\b");
    /**
     * A language's requests ({@code ask}, from {@code person.ask}, found anywhere in the message) and yeses to the
     * offer ({@code yes}, from {@code person.yes}, the whole message), read with accents folded; and the same read on
     * the text as written, lower case ({@code person.ask.written}, {@code person.yes.written}, and
     * {@code person.yes-first.written}, a yes whose group 1 is the rest of the message).
     */
    private static final Lexicon.PerLanguage<Map<String, Pattern>> BY_LANGUAGE = Lexicon.perLanguage(
            PersonRequest::patterns);
    /**
     * Per conversation language, the other shipped languages' request patterns ({@link #elsewhere}), their matchers
     * made once per thread: a matcher of a request pattern costs more to make than a message costs to read.
     */
    private static final Map<String, Elsewhere> ELSEWHERE = new ConcurrentHashMap<>();
    /** A language's words for a person and for reaching one ({@code person.who}, {@code person.reach}, ...). */
    private static final Lexicon.PerLanguage<WordPairs> PAIRS = Lexicon.perLanguage(PersonRequest::pairs);
    /** A language's words of calling someone on the phone ({@code person.call}). */
    private static final Lexicon.PerLanguage<List<String>> CALL = Lexicon.perLanguage(l -> words(l, "person.call"));
    /** A callback asked for in words ({@code person.callback}: "call me back", "rappelez-moi", "terugbellen"). */
    private static final Lexicon.PerLanguage<Pattern> CALLBACK = Lexicon.perLanguage(l -> l.alternatives(
            "person.callback").map(a -> l.compile("person.callback", "(?<![\\p{L}\\p{N}'])" + Lexicon.fold(a)
            + "(?![\\p{L}\\p{N}'])")).orElse(null));
    /**
     * "In person" said of a meeting or a visit ({@code person.in_person}: "di persona", "en personne", "in person"): the
     * word names no person to reach, so "quando vi trovo per parlarne di persona?" asks when the office is open.
     */
    private static final Lexicon.PerLanguage<Pattern> IN_PERSON = Lexicon.perLanguage(l -> l.alternatives(
            "person.in_person").map(a -> l.compile("person.in_person", "(?<![\\p{L}])" + a + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).orElse(null));
    /**
     * A clause that asks WHEN one can reach or call someone ({@code person.hours}: "wann kann ich", "a que hora puedo",
     * at most two words before it): the office hours, a question for the FAQ, not a request for a person now.
     */
    private static final Lexicon.PerLanguage<Pattern> HOURS = Lexicon.perLanguage(l -> l.alternatives("person.hours")
            .map(a -> l.compile("person.hours", "^(?:[\\p{L}']++ ){0,2}" + Lexicon.fold(a) + "(?![\\p{L}])"))
            .orElse(null));
    /** The shortest word of calling read as the end of a longer one ({@link #called}). */
    private static final int CALL_ENDING = 4;
    /** Past this many words a callback named is part of a question ("do you call back customers who ..."). */
    private static final int CALLBACK_WORDS = 10;
    /** A phone number: seven digits or more, spaces, dots, dashes or slashes between them. */
    private static final Pattern PHONE = Pattern.compile("\\+?\\d(?:[ ./-]?\\d){6,}");
    /** Past this many words a message is about something else that happens to name a person. */
    private static final int MAX_PAIR_WORDS = 16;
    /** After a yes, this many words or fewer that name a person ask for one. */
    private static final int NAMING_WORDS = 3;
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]++");
    /** Where a long message's clauses end. */
    /** A number of three digits or more, or an email address: an order number, a phone number, a customer's mail. */
    private static final Pattern DETAIL = Pattern.compile("\\d{3}|[^\\s@]@[^\\s@]");
    /** The most words from "with" to the word of a real person ("with a real", "mit emne echte"). */
    private static final int TALKED_WITH = 2;
    /** The most words of a message that only gives details. */
    private static final int DETAIL_WORDS = 8;

    private PersonRequest() {
    }

    /**
     * Whether a message in {@code language} asks for a person, in that language's words or in another shipped
     * language's ("quero falar com uma pessoa" in an English conversation: a customer who gives up on the shop's
     * language asks in their own); in a language with no file, only the commands and the shipped languages' words do.
     */
    public static boolean asksForPerson(String text, Locale language) {
        return text.length() > PIECE ? ASKS_LONG.get(text, language) : ASKS.get(text, language);
    }

    /**
     * {@link #asksForPerson}'s recent readings: one decision asks it of the same message up to four times (the one-step
     * answer, the policy, the question path, the push-back) and of the conversation's recent turns again with each
     * new message; the reading is a pure function of the text and the language's files.
     */
    private static final Recent<Boolean> ASKS = new Recent<>(PersonRequest::readAsksForPerson, PIECE, 2048);
    /**
     * The longest message kept in {@link #ASKS_LONG}: the longest the conversation takes by default
     * ({@code answerdesk.conversation.max-message-length}).
     */
    private static final int LONGEST_KEPT = 4_000;
    /**
     * The same for the few long messages of the last turns: a long message costs a reading per distinct stretch of
     * {@value #PIECE} characters, and the decision asks of it as often as of a short one; kept apart so that they
     * take a few texts' room, not {@link #ASKS}'s.
     */
    private static final Recent<Boolean> ASKS_LONG = new Recent<>(PersonRequest::readAsksForPerson, LONGEST_KEPT, 32);

    /** How many texts {@link #asksForPerson} keeps its reading of now (for the tests). */
    static long readingsKept() {
        return ASKS.size();
    }

    /** How many long texts (over {@value #PIECE} characters) it keeps its reading of now (for the tests). */
    static long longReadingsKept() {
        return ASKS_LONG.size();
    }

    private static boolean readAsksForPerson(String message, Locale language) {
        // "lo hablo con mi mujer": talking it over with one's own asks for no one of the shop's; "who do I talk to
        // about a refund?" asks who handles a thing, a question for the FAQ
        String text = WhoAbout.without(OwnCircle.without(message, language), language);
        if (text.isBlank()) {
            return false;
        }
        if (asksForPersonIn(language, text)) {
            return true;
        }
        // "ben jij een echt persoon?" asks what the bot is in the conversation's language, whatever another's reads
        return (asksPlainlyElsewhere(text, language) || UnshippedRequest.asks(text))
                && !asksWhatTheBotIs(text, language);
    }

    /**
     * Whether another language's request patterns ({@code person.ask}) ask for a person in the text: only those, not
     * its word pairs and near spellings, which read the shop's own language's words as that language's
     * ("genre passer des baskets" in French is Portuguese "gente" and "passar" misspelt). The text is lowered and
     * folded once for the six languages, and read by the thread's own matchers.
     */
    private static boolean asksPlainlyElsewhere(String text, Locale language) {
        if (text.length() > PIECE) {
            // the same stretch read once: a reading is a pure function of the text
            return Pieces.of(text, PIECE).distinct().anyMatch(piece -> asksPlainlyElsewhere(piece, language));
        }
        Elsewhere other = ELSEWHERE.computeIfAbsent(Lexicon.SHIPPED.contains(language.getLanguage())
                ? language.getLanguage() : "", PersonRequest::elsewhere);
        return other.written() != null && other.written().anyFound(normalize(text))
                || other.folded() != null && other.folded().anyFound(ActRules.folded(text));
    }

    /**
     * The other shipped languages' request patterns than {@code code}'s (all of them for ""): those read on the text
     * as written, lower case ({@code ask.written}), and those read with accents folded ({@code ask}); null for none.
     */
    private static Elsewhere elsewhere(String code) {
        List<Pattern> written = new ArrayList<>();
        List<Pattern> folded = new ArrayList<>();
        for (String other : Lexicon.SHIPPED) {
            if (!other.equals(code)) {
                Map<String, Pattern> patterns = BY_LANGUAGE.get(other).orElse(Map.of());
                Optional.ofNullable(patterns.get("ask.written")).ifPresent(written::add);
                Optional.ofNullable(patterns.get("ask")).ifPresent(folded::add);
            }
        }
        return new Elsewhere(written.isEmpty() ? null : new ThreadMatchers(written),
                folded.isEmpty() ? null : new ThreadMatchers(folded));
    }

    private static boolean asksForPersonIn(Locale language, String text) {
        if (text.length() > PIECE) {
            // a long message is read a sentence (or PIECE characters) at a time: the patterns' repeated groups recurse
            // once per repetition, and a 4,000-character message of repeated words overflowed a request thread's stack
            return Pieces.of(text, PIECE).distinct().anyMatch(piece -> asksForPersonIn(piece, language));
        }
        return asksForPersonIn(text, language);
    }

    private static boolean asksForPersonIn(String text, Locale language) {
        String normalized = normalize(text);
        if (COMMAND.matcher(normalized).find()) {
            return true;
        }
        List<String> clauses = ActRules.clauses(text);
        if (clauses.stream().anyMatch(c -> asksWhenToReach(c, language))) {
            // "hallo, wann kann ich bei ihnen im büro jemanden anrufen?": the hours; another clause may still ask
            return clauses.stream().filter(c -> !asksWhenToReach(c, language))
                    .anyMatch(c -> asksForPersonIn(c, language));
        }
        // a message that asks what the bot is asks for a person only in a clause of its own: the bot question (the
        // costliest reading here) is read only where the message's own words or its clauses could ask for one
        boolean asks = namesRequest(text, normalized, language);
        if (!asks && clauses.size() < 2) {
            return false;
        }
        if (!asksWhatTheBotIs(text, language)) {
            return asks;
        }
        // "BASTA de robot, quiero hablar con una persona YA": a clause that asks for one, no bot question, wins
        return clauses.size() > 1 && clauses.stream().anyMatch(c -> !asksWhatTheBotIs(c, language)
                && asksForPersonIn(c, language));
    }

    /** Whether the message's words ask for a person, read as if it asked nothing of the bot. */
    private static boolean namesRequest(String text, String normalized, Locale language) {
        Map<String, Pattern> patterns = BY_LANGUAGE.get(language).orElse(Map.of());
        Pattern ask = patterns.get("ask");
        Pattern written = patterns.get("ask.written");
        if (written != null) {
            if (written.matcher(normalized).find()) {
                return true;
            }
            Pattern yesWritten = patterns.get("yes-first.written");
            var afterYes = yesWritten == null ? null : yesWritten.matcher(normalized);
            if (afterYes != null && afterYes.matches() && written.matcher(afterYes.group(1)).find()) {
                return true;
            }
        }
        String folded = ActRules.folded(text);
        // the message's folded words, read by the pairs and the callback alike
        String[] words = NOT_LETTERS.split(folded.strip());
        WordPairs pairs = PAIRS.get(language).orElse(null);
        if (ask != null && ask.matcher(folded).find() || pairs != null && pairs.askForPersonIn(text, folded, words,
                language) || PersonQuestions.asksWhenAPersonReplies(text, language)
                || asksToBeCalled(text, folded, words, language) || WantsSomeone.asks(text, language)
                || MachineThenSomeone.asks(text, folded, language) || PassedOn.asks(words, language)
                || DemandShape.asks(text, language)) {
            return true;
        }
        Pattern yesFirst = patterns.get("yes-first");
        var afterYes = yesFirst == null ? null : yesFirst.matcher(folded);
        return afterYes != null && afterYes.matches() && (ask != null && ask.matcher(afterYes.group(1)).find()
                || pairs != null && pairs.namesOnly(afterYes.group(1)));
    }

    /** Whether a clause asks when one can reach someone ({@link #HOURS}) and names no callback. */
    private static boolean asksWhenToReach(String clause, Locale language) {
        String folded = ActRules.folded(clause);
        return HOURS.get(language).map(p -> p.matcher(folded).find()).orElse(false)
                && !CALLBACK.get(language).map(p -> p.matcher(folded).find()).orElse(false);
    }

    /** The text with each "in person" ({@link #IN_PERSON}) left out; the text itself when it says none. */
    private static String withoutInPerson(String text, Locale language) {
        return IN_PERSON.get(language).map(p -> p.matcher(text).replaceAll(" ")).orElse(text);
    }

    /**
     * A callback asked for: in a short message, words that ask to be called back ({@code person.callback}); or with
     * the number to call ("mejor que me marque la doctora a mi cel, es el 33 1987 4410", "me putite fa chiamà da o'
     * titolare? 339 1234567"): a phone number and a word of calling ({@code person.call}, a word ending in {@code *} a
     * prefix), whoever is named and however it is worded.
     */
    private static boolean asksToBeCalled(String text, String folded, String[] words, Locale language) {
        List<String> call = CALL.get(language).orElse(List.of());
        if (words.length <= CALLBACK_WORDS && CALLBACK.get(language).map(p -> p.matcher(folded).find()).orElse(false)) {
            return true; // "can i get a callback please", "mi potete richiamare?"
        }
        return !call.isEmpty() && PHONE.matcher(text).find()
                && java.util.Arrays.stream(words).anyMatch(w -> WordPairs.any(call, w) || called(call, w));
    }

    /** Whether a message names calling on the phone in {@code language} ({@code person.call}: "ring", "richiamatemi"). */
    static boolean namesCalling(String text, Locale language) {
        List<String> call = CALL.get(language).orElse(List.of());
        return !call.isEmpty() && java.util.Arrays.stream(NOT_LETTERS.split(ActRules.folded(text).strip()))
                .anyMatch(w -> WordPairs.any(call, w) || called(call, w));
    }

    /**
     * A word of calling in a form the list does not have: a compound or a verb with its particle in front, read by its
     * ending ("zrugglüte", "terugbellen", "richiamare"); the word's own ending must be a listed word of at least
     * {@value #CALL_ENDING} letters.
     */
    private static boolean called(List<String> call, String word) {
        return call.stream().filter(c -> !c.endsWith("*") && c.length() >= CALL_ENDING)
                .anyMatch(c -> word.length() > c.length() && word.endsWith(c));
    }

    /**
     * Whether the whole message asks what the bot is ("am I talking to a real person?", "sto parlando con una persona
     * vera?", also inside a greeting): a question the bot answers (it is an automatic assistant, a person can take
     * over), never a request for a person, though it names one.
     */
    static boolean asksWhatTheBotIs(String text, Locale language) {
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

    /**
     * Whether a message in {@code language} says yes to the offer of a person; a yes said twice or more ("si si",
     * "ja ja ja", "yes, yes") is the one yes.
     */
    public static boolean acceptsOffer(String text, Locale language) {
        String[] words = NOT_LETTERS.split(ActRules.folded(text).strip());
        if (words.length > 1 && java.util.Arrays.stream(words).allMatch(words[0]::equals)
                && saysYes(words[0], language)) {
            return true;
        }
        return saysYes(text, language);
    }

    private static boolean saysYes(String text, Locale language) {
        Map<String, Pattern> patterns = BY_LANGUAGE.get(language).orElse(Map.of());
        Pattern written = patterns.get("yes.written");
        if (written != null && written.matcher(normalize(text)).matches()) {
            return true;
        }
        Pattern yes = patterns.get("yes");
        return yes != null && yes.matcher(ActRules.folded(text)).matches();
    }

    /**
     * Whether a word of {@code text} names a person, reaching one, a real one or calling ({@code person.who},
     * {@code person.reach}, {@code person.real}, {@code bot.human}, {@code person.call}), in any spelling
     * {@link Spellings#anyNear} reads: after the bot's offer of a person, such a word takes it ({@link OfferTaken}).
     */
    static boolean namesAPerson(String text, Locale language) {
        WordPairs pairs = PAIRS.get(language).orElse(null);
        List<String> call = CALL.get(language).orElse(List.of());
        return java.util.Arrays.stream(NOT_LETTERS.split(ActRules.folded(text).strip())).anyMatch(w -> pairs != null
                && pairs.names(w) || WordPairs.any(call, w));
    }

    private static Map<String, Pattern> patterns(Lexicon lexicon) {
        Map<String, Pattern> patterns = new HashMap<>();
        lexicon.alternatives("person.ask").ifPresent(a -> patterns.put("ask", lexicon.compile("person.ask",
                "\\b" + Lexicon.fold(a) + "(?![\\p{L}\\p{N}])")));
        lexicon.alternatives("person.yes").ifPresent(a -> {
            patterns.put("yes", lexicon.compile("person.yes", Lexicon.fold(a) + "[.!]*+"));
            patterns.put("yes-first", lexicon.compile("person.yes-first", "^(?:" + Lexicon.fold(a) + THEN));
        });
        for (String key : List.of("ask.written", "yes.written", "yes-first.written")) {
            lexicon.alternatives("person." + key).ifPresent(a -> patterns.put(key,
                    lexicon.compile("person." + key, a)));
        }
        return Map.copyOf(patterns);
    }

    private static WordPairs pairs(Lexicon lexicon) {
        List<String> who = words(lexicon, "person.who");
        if (who.isEmpty()) {
            return null;
        }
        Pattern bot = lexicon.alternatives("phrase.bot")
                .map(a -> lexicon.compile("person.bot", "\\b" + Lexicon.fold(a))).orElse(null);
        Pattern forMe = lexicon.alternatives("person.for_me")
                .map(a -> lexicon.compile("person.for_me", "\\b(?:" + Lexicon.fold(a) + ")\\b")).orElse(null);
        List<String> genuine = new java.util.ArrayList<>(words(lexicon, "person.real"));
        genuine.addAll(words(lexicon, "bot.human"));
        return new WordPairs(who, words(lexicon, "person.reach"), words(lexicon, "person.real"), bot,
                words(lexicon, "person.do"), forMe, words(lexicon, "bot.with"), List.copyOf(genuine),
                words(lexicon, "person.talk"), words(lexicon, "person.at"), Visitor.of(lexicon), PersonForms.of(lexicon));
    }

    private static List<String> words(Lexicon lexicon, String key) {
        return lexicon.foldedWords(key);
    }

    /**
     * A short message that names a person ({@code who}: a person, an agent, the team, someone) and either asks to
     * reach them ({@code reach}: speak, put me through, call back) or says it wants a real one ({@code real}: real,
     * not a bot), in any order and any grammar: rules of exact phrases missed most requests customers type. A word
     * ending in {@code *} is a prefix (inflections, compounds). The two are different words ("humano" alone is
     * not a request), and a message the language reads as "are you a bot or a real person?" ({@code phrase.bot})
     * is that question, not a request; a person word right after "at" ({@code at}, {@code person.at}: "noutra operadora")
     * names where the customer is, not whom to reach, and one who comes to the customer ({@link Visitor}: "il faut que
     * quelqu'un passe voir ?") a visit. A person asked to do the thing for the customer ({@code do} and
     * {@code for_me}: "can someone from your team sort it out for me?") asks for one too.
     */
    record WordPairs(List<String> who, List<String> reach, List<String> real, Pattern bot, List<String> doing,
                     Pattern forMe, List<String> with, List<String> genuine, List<String> talk, List<String> at,
                     Visitor visitor, PersonForms forms) {

        /**
         * The whole message, or one of its clauses when it is longer than {@value #MAX_PAIR_WORDS} words ("geeft mij
         * subiet iemand van de zaak aan de lijn, ik heb gene goesting om met nen computer te klappen").
         */
        boolean askForPersonIn(String message, String messageFolded, String[] messageWords, Locale language) {
            String text = withoutInPerson(message, language);
            // the message's own folding and words when no "in person" was left out (replaceAll gives the text back)
            boolean same = text.equals(message);
            String folded = same ? messageFolded : Lexicon.fold(ActRules.normalize(text));
            String[] words = same ? messageWords : NOT_LETTERS.split(folded.strip());
            boolean namesBot = bot != null && bot.matcher(folded).find();
            // a long message, or one that names the bot ("CHEGA de robô, quero falar com gente de verdade"), clause by
            // clause
            return words.length <= MAX_PAIR_WORDS && !namesBot && pairIn(folded, words)
                    || (words.length > MAX_PAIR_WORDS || namesBot && ActRules.CLAUSE.split(text.strip()).length > 1)
                    && ActRules.CLAUSE.splitAsStream(text).anyMatch(c -> askForPerson(Lexicon.fold(ActRules.normalize(c))));
        }

        boolean askForPerson(String folded) {
            String[] words = NOT_LETTERS.split(folded.strip());
            if (words.length > MAX_PAIR_WORDS || bot != null && bot.matcher(folded).find()) {
                return false;
            }
            return pairIn(folded, words);
        }

        /** {@link #askForPerson} of a text of at most {@value #MAX_PAIR_WORDS} words that names no bot. */
        private boolean pairIn(String folded, String[] words) {
            if (forMe != null && forMe.matcher(folded).find() && java.util.Arrays.stream(words).anyMatch(w -> any(who, w))
                    && java.util.Arrays.stream(words).anyMatch(w -> any(doing, w))) {
                return true;
            }
            if (talksWithSomeoneReal(words) || WordWithSomeone.asked(words, with, who, talk)) {
                return true;
            }
            // "holt eenen ausm büro ran": one of you, named by no single word, is a person at no word's place
            int named = forms.namesOneOf(folded) ? -2 : -1;
            // "can't one of you lot have a word with me": one of you talked with, as reached
            boolean oneOf = named == -2;
            int reached = -1;
            for (int i = 0; i < words.length; i++) {
                if (named == -1 || named == reached) {
                    // "estou noutra operadora há 8 anos": a person word after "at" ({@code person.at}) names where the
                    // customer is, a company or a place, not someone to reach
                    // "il faut que quelqu'un passe voir": someone who comes to the customer ({@link Visitor}), a visit
                    named = isWho(words[i]) && (i == 0 || !at.contains(words[i - 1]))
                            && !visitor.comes(words, i) ? i : named;
                }
                if (reached < 0 || named == reached) {
                    reached = reaches(words, i) || any(real, words[i]) || oneOf && any(talk, words[i])
                            || forms.putsOn(words, i, w -> isWho(words[w])) ? i : reached;
                }
                if (named != -1 && reached >= 0 && named != reached) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A word of reaching someone, "with" or "to" ({@code bot.with}) right after it or one word on, and within
         * {@value #TALKED_WITH} words after that a word of a real person ({@code person.real}, {@code bot.human}):
         * "speak with a real employee", "parlare con un vero responsabile", whatever the noun after it names.
         */
        private boolean talksWithSomeoneReal(String[] words) {
            for (int i = 0; i < words.length; i++) {
                if (!reaches(words, i)) {
                    continue;
                }
                for (int w = i + 1; w <= i + 2 && w < words.length; w++) {
                    if (with.contains(words[w])) {
                        for (int g = w + 1; g <= w + TALKED_WITH && g < words.length; g++) {
                            if (any(genuine, words[g])) {
                                return true;
                            }
                        }
                    }
                }
            }
            return false;
        }

        /** A few words that name a person ("einen Mitarbeiter", "un operatore grazie"): after a yes, a request. */
        boolean namesOnly(String folded) {
            String[] words = NOT_LETTERS.split(folded.strip());
            return words.length <= NAMING_WORDS && java.util.Arrays.stream(words).anyMatch(this::isWho);
        }

        /**
         * A listed word, a regional form of it or one typo from it ({@link Spellings#anyNear}: "veru" for "vero",
         * "mönsch" for "mensch", "richtije" for "richtige"): each pair still needs two words of two lists.
         */
        private static boolean any(List<String> entries, String word) {
            return Spellings.anyNear(entries, word);
        }

        /** A word of a person: listed, in a spelling {@link #any} reads, or cut ({@link PersonForms#cut}: "qualchedun"). */
        private boolean isWho(String word) {
            return any(who, word) || PersonForms.cut(who, word);
        }

        /** The word at {@code at}, one of reaching: listed, in a spelling {@link #any} reads, cut ("parlar") or inflected ("holt"). */
        private boolean reaches(String[] words, int at) {
            return any(reach, words[at]) || PersonForms.cut(reach, words[at]) || forms.inflected(words, at);
        }

        /** Whether {@code word} names a person, reaching one or a real one, in any spelling {@link #any} reads. */
        boolean names(String word) {
            return isWho(word) || reaches(new String[] {word}, 0) || any(genuine, word);
        }
    }

    private static String normalize(String text) {
        return SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** The other languages' request patterns, as written and folded ({@link #elsewhere}). */
    private record Elsewhere(ThreadMatchers written, ThreadMatchers folded) {
    }
}
