package org.answerdesk.retrieval;

import java.util.Set;

/** English function words, left out of lexical passage search: they match every passage and decide nothing. */
final class Stopwords {

    private static final Set<String> WORDS = Set.of("a", "an", "the", "and", "or", "but", "if", "of", "to", "in",
            "on", "at", "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it",
            "its", "this", "that", "these", "those", "do", "does", "did", "what", "which", "who", "whom", "how",
            "when", "where", "why", "i", "you", "we", "my", "your", "our", "me", "us", "can", "could", "will",
            "would", "should", "there", "than", "then", "so", "not", "no", "have", "has", "had", "into", "about");

    private Stopwords() {
    }

    static boolean is(String word) {
        return WORDS.contains(word);
    }
}
