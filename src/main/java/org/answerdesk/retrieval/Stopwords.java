package org.answerdesk.retrieval;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.CharArraySet;

/**
 * Function words, left out of lexical search: they match every passage and decide nothing. English's whole list, and
 * per analyzer the colloquial and regional function words Lucene's stop sets lack (Québécois "si", "pi", Flemish "gij",
 * "wa", "da", Neapolitan "nu", "na", Brazilian "vc", "pq"...), which otherwise score as content words.
 */
final class Stopwords {

    private static final Set<String> WORDS = Set.of("a", "an", "the", "and", "or", "but", "if", "of", "to", "in",
            "on", "at", "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it",
            "its", "this", "that", "these", "those", "do", "does", "did", "what", "which", "who", "whom", "how",
            "when", "where", "why", "i", "you", "we", "my", "your", "our", "me", "us", "can", "could", "will",
            "would", "should", "there", "than", "then", "so", "not", "no", "have", "has", "had", "into", "about",
            "u", "ur", "n", "r", "ya", "wat", "dat", "wot", "im");

    private static final String RESOURCES = "/retrieval/colloquial-stopwords/";
    /**
     * Per analyzer, its colloquial function words ({@code retrieval/colloquial-stopwords/<analyzer>.txt}), read once.
     * Short and unambiguous only: no word that is a noun or a name in some shop (German "a" of "Klasse A"). Lucene's
     * sets already hold German "des", Dutch "ge", Italian "o", French "tu".
     */
    private static final Map<String, Set<String>> COLLOQUIAL = new ConcurrentHashMap<>();

    private Stopwords() {
    }

    static boolean is(String word) {
        return WORDS.contains(word);
    }

    /** Lucene's stop set for an analyzer with the colloquial function words it lacks. */
    static CharArraySet withColloquial(CharArraySet lucene, String analyzer) {
        CharArraySet out = new CharArraySet(lucene, true);
        out.addAll(colloquial(analyzer));
        return out;
    }

    /** An analyzer's colloquial function words; none for an analyzer without a file. */
    static Set<String> colloquial(String analyzer) {
        return COLLOQUIAL.computeIfAbsent(analyzer, a -> Set.copyOf(Backgrounds.read(RESOURCES + a + ".txt", false)));
    }
}
