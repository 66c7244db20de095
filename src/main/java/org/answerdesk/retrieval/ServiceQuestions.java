package org.answerdesk.retrieval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.answerdesk.language.LanguageFile;

/**
 * The forms in which a language asks whether a business does something ("do you …", "habt ihr …", "fate …?",
 * "vcs fazem …"): the {@code service.question} lines of its file ({@code dialogue/lang/<code>.tsv}), regular
 * expressions found anywhere in the question, lower case and without accents. {@link FarGate} reads them, with the
 * words that address the shop ({@code service.you}).
 */
public final class ServiceQuestions {

    static final String KEY = "service.question";
    /** A question of what the shop has or does at all ("q teneis??", "what do you offer"): no service of its own. */
    static final String WHAT = "service.what";
    /** A question of what the bot knows of the world or whom it would recommend ("do you know if …"). */
    static final String KNOW = "service.know";
    /** Words that address the shop ("you", "jullie", "vostro"): a question to the shop is about the shop. */
    static final String YOU = "service.you";
    /** Words of the world's results and events ("yesterday", "won", "tonight"): a question of the world's. */
    static final String WORLD = "service.world";
    /**
     * Forms that ask whether one may do something or whether there is something ("can we …", "mag onze …", "is there
     * any …", "há algum …"): what is asked for follows them, as a service follows "do you …".
     */
    static final String MAY = "service.may";
    /**
     * Words that say "also" or "above all" beside a form of asking ("vous restaurez aussi …", "surtout la
     * vaisselle"): the asking's, not the thing's.
     */
    static final String ALSO = "service.also";
    /**
     * A where-word that is the first half of a split pronominal adverb (nl "waar … mee", de "wo … da … mit"): it asks
     * "with what", not "where", so it is not the "where … best" of a question of the world.
     */
    static final String SPLIT = "service.split";
    /** Read and compiled once per language: every index build of the FAQ asks again. */
    private static final Map<String, List<Pattern>> LOADED = new ConcurrentHashMap<>();

    private ServiceQuestions() {
    }

    /** The forms of a language ({@code "pt"}, {@code "pt-BR"}; none for an unknown one; English for none given). */
    static List<Pattern> of(String language) {
        return forms(language, KEY);
    }

    /** The forms that ask what the shop has or does at all ({@code service.what}), as {@link #of} reads them. */
    static List<Pattern> what(String language) {
        return forms(language, WHAT);
    }

    /** The forms that ask what the bot knows of the world ({@code service.know}), as {@link #of} reads them. */
    static List<Pattern> know(String language) {
        return forms(language, KNOW);
    }

    /** The words that address the shop ({@code service.you}), as {@link #of} reads them. */
    static List<Pattern> you(String language) {
        return forms(language, YOU);
    }

    /** The words of the world's results and events ({@code service.world}), as {@link #of} reads them. */
    static List<Pattern> world(String language) {
        return forms(language, WORLD);
    }

    /** The forms that ask whether one may do something or whether there is something ({@code service.may}). */
    static List<Pattern> may(String language) {
        return forms(language, MAY);
    }

    /** The words that say "also" beside a form of asking ({@code service.also}), as {@link #of} reads them. */
    static List<Pattern> also(String language) {
        return forms(language, ALSO);
    }

    /** The where-words that begin a split pronominal adverb ({@code service.split}), as {@link #of} reads them. */
    static List<Pattern> split(String language) {
        return forms(language, SPLIT);
    }

    /** The lines of {@code key} in the language's file, read and compiled once (cached as "pt", "pt service.what"). */
    private static List<Pattern> forms(String language, String key) {
        String code = language == null || language.isBlank() ? "en"
                : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return LOADED.computeIfAbsent(KEY.equals(key) ? code : code + " " + key, c -> load(code, key));
    }

    private static List<Pattern> load(String code, String key) {
        String resource = "/" + LanguageFile.DIRECTORY + code + ".tsv";
        return LanguageFile.read(resource).map(keys -> keys.getOrDefault(key, List.of())).orElse(List.of()).stream()
                .map(regex -> compile(resource, key, regex)).toList();
    }

    /**
     * Whether {@code text} asks, in one of {@code language}'s {@code service.question} forms, whether the business does
     * something ("do you …", "fate anche …", "verhuren jullie ook …"): for the dialogue, which must not read such a
     * question as going on with the topic before.
     */
    public static boolean asksForAService(String text, Locale language) {
        return asks(of(language.toLanguageTag()), text);
    }

    /**
     * Whether {@code word}, which follows {@code before}, is an "also" of the asking, not a join of two questions: an
     * "also" word ({@code service.also}) right after a form of asking ({@code service.question}) whose match reaches
     * the last word of {@code before} ("et vous faites" + "aussi de la plongée ?", "e mi potete" + "anche …"). The
     * language's "and" words include its "also", so the dialogue would otherwise cut such a message into the bare form
     * of asking and the thing asked for.
     */
    public static boolean alsoOfTheAsking(String before, String word, Locale language) {
        String code = language.toLanguageTag();
        String also = fold(word);
        if (also(code).stream().noneMatch(p -> p.matcher(also).find())) {
            return false;
        }
        String head = fold(before).strip();
        String text = head + " " + also;
        int last = head.lastIndexOf(' ') + 1;
        for (Pattern form : of(code)) {
            Matcher m = form.matcher(text);
            while (m.find()) {
                if (m.end() > last) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String fold(String text) {
        return LexicalAnalysis.fold(text.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code text} has one of the forms. */
    static boolean asks(List<Pattern> forms, String text) {
        if (forms.isEmpty()) {
            return false;
        }
        // lower case, accents off ("têm" is "tem", "ß" is "ss"), as the forms are written
        String folded = fold(text);
        for (Pattern form : forms) {
            if (form.matcher(folded).find()) {
                return true;
            }
        }
        return false;
    }

    private static Pattern compile(String resource, String key, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(resource + ": " + key + " is not a regular expression: " + regex, e);
        }
    }
}
