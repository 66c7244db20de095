package org.answerdesk.dialogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a customer is angry: a phrase of anger in the conversation's language (or English, which customers of
 * every shop borrow: "wtf", "ridiculous"), from {@code dialogue/anger.tsv}, read with accents folded (complaints
 * that call the price theft and demands for one's money back count); an angry emoji; or a shouted message
 * (mostly capitals, four words or more) with an exclamation mark, or a shouted sentence in a message that exclaims
 * twice. Capitals alone are not anger: some customers write with caps lock on.
 */
final class Mood {

    private static final Set<String> ANGRY_EMOJI = Set.of("😡", "🤬", "😠", "👿", "💢", "🖕", "😤");
    /** Each language's phrases of anger, folded, with a space either side (whole words: " rip off "). */
    private static final Map<String, List<String>> PHRASES = load();
    private static final Pattern EXCLAIMS = Pattern.compile("!+");
    private static final Lexicon.PerLanguage<List<String>> NEGATIONS = Lexicon.perLanguage(l -> l.foldedWords(
            "act.not"));
    /**
     * A reproach of what the shop did or failed to do ({@code mood.reproach}: "you could have said so", "potevate
     * dirlo prima"): after doubled exclamation marks, anger, as a second exclamation is.
     */
    private static final Lexicon.PerLanguage<Pattern> REPROACH = Lexicon.perLanguage(l -> l.alternatives(
            "mood.reproach").map(a -> l.compile("mood.reproach", "\\b" + Lexicon.fold(a) + "\\b")).orElse(null));
    private static final int SHOUTED_WORDS = 4;
    private static final double SHOUTED_SHARE = 0.7;

    private Mood() {
    }

    static boolean angry(String text, Locale language) {
        if (ANGRY_EMOJI.stream().anyMatch(text::contains)) {
            return true;
        }
        if (ActRules.talk(text, language)) {
            return false; // "moin, es regnet schon wieder": the weather, not the shop
        }
        // accents folded on both sides: customers type "deuxieme fois", "remboursee", "geld zuruck"
        String words = " " + Lexicon.fold(Noise.words(text.toLowerCase(Locale.ROOT))) + " ";
        var languages = new java.util.LinkedHashSet<>(List.of(language.getLanguage()));
        languages.addAll(Lexicon.everyLanguage("anger")); // English anger is typed in every language
        Boolean glad = null;
        for (String lang : languages) {
            for (String phrase : PHRASES.getOrDefault(lang, List.of())) {
                if (words.contains(phrase)) {
                    // "me sirvió harto, gracias! chao": one word of anger inside a thanks that takes its leave is the
                    // slang of a glad customer ("harto" is "a lot" in Chile), not anger; a phrase of two words stays
                    glad = glad == null ? Closings.thanksAndBye(text, language) : glad;
                    if (phrase.strip().indexOf(' ') >= 0 || !glad) {
                        return true;
                    }
                }
            }
        }
        // a shouted sentence inside a longer message counts when the message exclaims twice ("WHERE IS MY REFUND. I
        // sent it back 3 weeks ago!!!"); one "!" after a whole shouted message does
        return text.contains("!") && (shouted(text) || text.contains("!!") && shoutedSentence(text))
                || exclaimsAProblem(text, language);
    }

    /**
     * Exclamation marks doubled ("!!", "!!!") after a sentence that is no act (not "bon dia!!"), in a message that is
     * no act (thanks, a greeting) and that also insists ("??"; one "?" after "!!" is as often glad), negates
     * ({@code act.not}), reproaches ({@code mood.reproach}) or exclaims in another sentence: "on m'a piqué les lattes!! je dois tout rembourser??", "das isch doch e witz! ... für 190 stutz!!", in any language's words. One "!!" after a plain
     * question or statement is eagerness, not anger.
     */
    private static boolean exclaimsAProblem(String text, Locale language) {
        if (!text.contains("!!")) {
            return exclaimsAndInsists(text, language);
        }
        if (Acts.read(text, language).act().isPresent()
                || doubled(text).stream().allMatch(sentence -> Acts.read(sentence, language).onlyAct())) {
            return false; // "bon dia!! … q teneis??": the doubled marks greet
        }
        // doubled question marks: a glad "love these!! do you ship to canada?" asks once, an angry one insists
        if (text.contains("??") || EXCLAIMS.matcher(text).results().count() > 1
                || REPROACH.get(language).map(p -> p.matcher(ActRules.folded(text)).find()).orElse(false)) {
            return true;
        }
        List<String> not = NEGATIONS.get(language).orElse(List.of());
        return Arrays.stream(ActRules.folded(text).split("[^\\p{L}']+")).anyMatch(not::contains);
    }

    /**
     * One exclamation after a sentence that is no act, and a doubled question mark in another sentence after it:
     * "so ein ärger! das paket lag zwei tage im hof und jetzt soll ich zahlen??" exclaims and insists, as "!!" with
     * "??" does; "hi! do you ship to canada??" greets before it asks, "love these! do you ship to canada??" asks once after a
     * glad word (no story of two clauses or more follows), and a question before the exclamation is asked.
     */
    private static boolean exclaimsAndInsists(String text, Locale language) {
        int exclaims = text.indexOf('!');
        if (exclaims < 0 || text.indexOf("??", exclaims) < 0 || Acts.read(text, language).act().isPresent()) {
            return false;
        }
        int start = Math.max(Math.max(text.lastIndexOf('.', exclaims), text.lastIndexOf('?', exclaims)),
                text.lastIndexOf('\n', exclaims)) + 1;
        String sentence = text.substring(start, exclaims);
        // what follows tells a story of two clauses or more: "love these! do you ship to canada??" asks once
        long told = ActRules.CLAUSE.splitAsStream(text.substring(exclaims + 1))
                .filter(c -> FreeFormActs.words(Noise.words(c)) >= ComplaintTopic.CLAUSE_WORDS).count();
        return !sentence.isBlank() && told >= 2 && !Acts.read(sentence, language).onlyAct();
    }

    /** The sentences ended by doubled exclamation marks, read character by character (no pattern backtracks). */
    private static List<String> doubled(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!' && i + 1 < text.length() && text.charAt(i + 1) == '!' && (i == 0 || text.charAt(i - 1) != '!')) {
                sentences.add(text.substring(start, i));
            }
            if (c == '!' || c == '?' || c == '.' || c == '\n') {
                start = i + 1;
            }
        }
        return sentences;
    }

    /**
     * The message without its shouted runs (three words or more in capitals: "THIS IS A JOKE", "ESTO ES UN ROBO"),
     * for looking up what it is about; a shouted word alone ("TWICE") stays, as does a message that is all shouting.
     * A run longer than an exclamation ({@link #EXCLAMATION} words) tells the problem: it stays, in small letters.
     * Read word by word, not by a pattern: a long shouted message must not recurse once per word.
     */
    static String withoutShouting(String text) {
        String[] words = text.strip().split("\\s+");
        StringBuilder calm = new StringBuilder();
        int start = 0;
        int strong = 0;
        for (int i = 0; i <= words.length; i++) {
            int letters = i < words.length ? capitals(words[i]) : 0;
            // a number inside a shouted run ("MEU FILHO FICOU 2 SEMANAS ...") goes on with it
            boolean number = i < words.length && strong > 0 && words[i].codePoints().noneMatch(Character::isLetter);
            if (letters > 0 || number) {
                strong += letters >= 2 ? 1 : 0;
                continue;
            }
            if (strong < SHOUTED_RUN) {
                for (int k = start; k < i; k++) {
                    calm.append(words[k]).append(' ');
                }
            } else if (i - start > EXCLAMATION) {
                // "JULLIE KOERIER HEEFT MIJN LAMP AFGEGEVEN MET HET GLAS IN STUKKEN!!!": the problem shouted, the
                // head of the complaint, read as if said calmly
                for (int k = start; k < i; k++) {
                    calm.append(words[k].toLowerCase(Locale.ROOT)).append(' ');
                }
            }
            if (i < words.length) {
                calm.append(words[i]).append(' ');
            }
            start = i + 1;
            strong = 0;
        }
        String left = calm.toString().strip();
        return left.isEmpty() ? text : left;
    }

    /**
     * The message without its phrases of anger ("absolutely fumin", "schandalig", "to arretada"), for looking up what
     * it is about: they name no topic of the shop's, and the FAQ's nearest entries to them are anyone's. Read token by
     * token against the folded phrases; a message that is all anger stays as it is.
     */
    static String withoutAnger(String text, Locale language) {
        String[] tokens = text.strip().split("\\s+");
        String[] folded = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            folded[i] = Lexicon.fold(Noise.words(tokens[i].toLowerCase(Locale.ROOT))).strip();
        }
        boolean[] gone = new boolean[tokens.length];
        var languages = new java.util.LinkedHashSet<>(List.of(language.getLanguage()));
        languages.addAll(Lexicon.everyLanguage("anger"));
        for (String lang : languages) {
            for (String phrase : PHRASES.getOrDefault(lang, List.of())) {
                String[] words = phrase.strip().split(" ");
                for (int i = 0; i + words.length <= tokens.length; i++) {
                    int k = 0;
                    while (k < words.length && words[k].equals(folded[i + k])) {
                        k++;
                    }
                    for (int j = 0; k == words.length && j < k; j++) {
                        gone[i + j] = true;
                    }
                }
            }
        }
        StringBuilder calm = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            if (!gone[i]) {
                calm.append(tokens[i]).append(' ');
            }
        }
        String left = calm.toString().strip();
        return left.isEmpty() || Noise.words(left).isBlank() ? text : left;
    }

    /** Words of two letters or more in a shouted run: "THIS IS A JOKE" has three ("A" goes with them). */
    private static final int SHOUTED_RUN = 3;
    /**
     * The most words of a shouted exclamation ("THIS IS A JOKE", "TO MUITO P DA VIDA"), which names no topic; a longer
     * shouted run tells the problem.
     */
    static final int EXCLAMATION = 6;

    /** How many letters the word has when all of them are capitals ("LÀ", "C'EST", "A"); else 0. */
    private static int capitals(String word) {
        long letters = word.codePoints().filter(Character::isLetter).count();
        return word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase) ? (int) letters : 0;
    }

    /** A sentence of the message shouted on its own. */
    private static boolean shoutedSentence(String text) {
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || ".!?\n".indexOf(text.charAt(i)) >= 0) {
                if (i > start && shouted(text.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** Most letters capitals, in a message of several words. */
    private static boolean shouted(String text) {
        long upper = text.codePoints().filter(Character::isUpperCase).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        return Noise.words(text).split(" ").length >= SHOUTED_WORDS && letters > 0
                && upper >= SHOUTED_SHARE * letters;
    }

    private static Map<String, List<String>> load() {
        var in = Objects.requireNonNull(Mood.class.getResourceAsStream("/dialogue/anger.tsv"), "dialogue/anger.tsv");
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, List<String>> phrases = new HashMap<>();
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 2))
                    .forEach(p -> phrases.computeIfAbsent(p[0], k -> new java.util.ArrayList<>())
                            .add(" " + Lexicon.fold(Noise.words(p[1].toLowerCase(Locale.ROOT))) + " "));
            return phrases.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                    e -> List.copyOf(e.getValue())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
