package org.answerdesk.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.answerdesk.language.LanguageFile;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * A text's words as the FAQ's lexical score compares them, per language: lower case, the language's stop words out,
 * stemmed, accents folded ("envío" and "envio", "Rücksendung" and "Ruecksendung" meet). The analyzers are code and a
 * language's file names the one it uses ({@code language.analyzer}): Lucene's for German, Spanish, French, Italian,
 * Portuguese and Dutch; {@code english} the stemmer the knowledge passages' BM25 uses; {@code plain} (and a language
 * with no file) lower-cased, folded words without stemming.
 */
final class LexicalAnalysis {

    private static final CharArraySet FRENCH_ARTICLES = new CharArraySet(
            List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);
    private static final CharArraySet ITALIAN_ARTICLES = new CharArraySet(List.of("c", "l", "all", "dall", "dell",
            "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v",
            "d"), true);

    private LexicalAnalysis() {
    }

    /** The analyzers a language's file may name ({@code language.analyzer}); {@code plain} is also a language's with none. */
    static final List<String> NAMES = List.of("english", "german", "spanish", "french", "italian", "portuguese", "dutch",
            "plain");

    /** The analysis for a language tag ("de", "de-AT", "es"...); null or no file: lower case and folding only. */
    static Function<String, List<String>> forLanguage(String tag) {
        return switch (analyzer(tag)) {
            case "english" -> text -> LexicalFeatures.words(text).stream().filter(w -> !Stopwords.is(w))
                    .map(EnglishStemmer::stem).toList();
            case "german" -> lucene(stops(GermanAnalyzer.getDefaultStopSet(), "german"), null,
                    s -> new GermanLightStemFilter(new GermanNormalizationFilter(s)));
            case "spanish" -> lucene(stops(SpanishAnalyzer.getDefaultStopSet(), "spanish"), null,
                    SpanishLightStemFilter::new);
            case "french" -> lucene(stops(FrenchAnalyzer.getDefaultStopSet(), "french"), FRENCH_ARTICLES,
                    FrenchLightStemFilter::new);
            case "italian" -> lucene(stops(ItalianAnalyzer.getDefaultStopSet(), "italian"), ITALIAN_ARTICLES,
                    ItalianLightStemFilter::new);
            case "portuguese" -> lucene(stops(PortugueseAnalyzer.getDefaultStopSet(), "portuguese"), null,
                    PortugueseLightStemFilter::new);
            case "dutch" -> lucene(stops(DutchAnalyzer.getDefaultStopSet(), "dutch"), null,
                    s -> new SnowballFilter(s, new DutchStemmer()));
            default -> lucene(CharArraySet.EMPTY_SET, null, s -> s);
        };
    }

    /** Built once per analyzer: {@link #forLanguage} runs for every content-term reading of every message. */
    private static final Map<String, CharArraySet> STOPS = new ConcurrentHashMap<>();

    private static CharArraySet stops(CharArraySet lucene, String analyzer) {
        return STOPS.computeIfAbsent(analyzer,
                a -> CharArraySet.unmodifiableSet(Stopwords.withColloquial(lucene, a)));
    }

    /**
     * The analyzer a language's file names ({@link LanguageFile#analyzer()}), {@code plain} for none.
     *
     * @throws IllegalStateException for a file naming one there is not (a language file's mistake, caught by the check)
     */
    static String analyzer(String tag) {
        String language = tag == null ? "" : Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        String name = LanguageFile.of(language).map(LanguageFile::analyzer).orElse("plain");
        if (!NAMES.contains(name)) {
            throw new IllegalStateException(LanguageFile.DIRECTORY + language + ".tsv names language.analyzer " + name
                    + "; there are " + String.join(", ", NAMES));
        }
        return name;
    }

    /**
     * Tokenized, lower-cased, elided (French and Italian "l'", "qu'"), stop words out (as written and without
     * accents, since customers often type none), stemmed, then folded to ASCII.
     */
    private static Function<String, List<String>> lucene(CharArraySet stopWords, CharArraySet articles,
                                                         UnaryOperator<TokenStream> stemmer) {
        CharArraySet stops = new CharArraySet(stopWords.size() * 2, true);
        for (Object w : stopWords) {
            String word = new String((char[]) w);
            stops.add(word);
            stops.add(fold(word));
        }
        Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                if (articles != null) {
                    s = new ElisionFilter(s, articles);
                }
                s = new StopFilter(s, stops);
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(stemmer.apply(s)));
            }
        };
        return text -> terms(analyzer, text);
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream s = analyzer.tokenStream("text", text == null ? "" : text)) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            s.reset();
            while (s.incrementToken()) {
                out.add(term.toString());
            }
            s.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does not fail
        }
        return out;
    }

    /**
     * The words of a text as written (lower case, French and Italian elision), one per token the analysis of {@link
     * #forLanguage} reads: what {@link ConceptLexicon} looks up.
     */
    static Function<String, List<String>> words(String tag) {
        CharArraySet articles = switch (analyzer(tag)) {
            case "french" -> FRENCH_ARTICLES;
            case "italian" -> ITALIAN_ARTICLES;
            default -> null;
        };
        Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                return new TokenStreamComponents(source, articles == null ? s : new ElisionFilter(s, articles));
            }
        };
        return text -> terms(analyzer, text);
    }

    /** One word lower-cased and folded as the language's analysis folds it (German "ü", "ue" to "u"), unstemmed. */
    static UnaryOperator<String> normalizer(String language) {
        boolean german = "german".equals(analyzer(language));
        Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new KeywordTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(german
                        ? new GermanNormalizationFilter(s) : s));
            }
        };
        return word -> String.join("", terms(analyzer, word));
    }

    /** The word without its accents ("está" to "esta"). */
    static String fold(String word) {
        char[] out = new char[word.length() * 4];
        int n = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, out, 0, word.length());
        return new String(out, 0, n);
    }
}
