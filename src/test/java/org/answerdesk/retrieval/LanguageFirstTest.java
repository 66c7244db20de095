package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A shop of English and German entries, with the real MiniLM: a question is decided among its language's entries
 * first ({@link FaqRetriever#retrieve(String, String, java.util.function.Function)}), without a German entry taking an
 * answer that only the English entries' absence makes confident.
 */
class LanguageFirstTest {

    /** Per entry: its language, then its phrasings. Shipping is English only. */
    static final List<List<String>> FAQ = List.of(
            List.of("en", "Where is my order?", "Track my parcel", "My order hasn't arrived yet"),
            List.of("en", "Do you ship abroad?", "International shipping", "Can you deliver to Austria?"),
            List.of("en", "How do I return an item?", "What is your return policy?", "Send something back"),
            List.of("en", "Which payment methods do you accept?", "Can I pay with PayPal?", "Credit card payment"),
            List.of("de", "Wo ist meine Bestellung?", "Sendungsverfolgung meines Pakets",
                    "Meine Bestellung ist nicht angekommen"),
            List.of("de", "Wie funktioniert die Rücksendung?", "Rückgabe eines Artikels", "Ware zurückschicken"),
            List.of("de", "Welche Zahlungsarten gibt es?", "Kann ich mit PayPal bezahlen?", "Zahlung mit Kreditkarte"));

    static final long ENGLISH_PAYMENTS = 4;
    static final long GERMAN_PAYMENTS = 7;
    static final long SHIPPING = 2;

    static FaqRetriever retriever;

    @BeforeAll
    static void index() {
        Embedder embedder = Embedder.load(EmbeddingModelChoice.FULL);
        List<FaqEntry> entries = new ArrayList<>();
        List<FaqIndex.Phrasing> phrasings = new ArrayList<>();
        for (int i = 0; i < FAQ.size(); i++) {
            List<String> texts = FAQ.get(i).subList(1, FAQ.get(i).size());
            entries.add(new FaqEntry(i + 1, texts.get(0), "answer " + (i + 1), null, List.of(), texts,
                    FAQ.get(i).get(0)));
            List<float[]> vectors = embedder.embedAll(texts);
            for (int j = 0; j < texts.size(); j++) {
                phrasings.add(new FaqIndex.Phrasing(i + 1, texts.get(j), vectors.get(j)));
            }
        }
        retriever = new FaqRetriever(embedder, Double.parseDouble(FaqRetriever.DEFAULT_THRESHOLD), 3, 16,
                Double.parseDouble(FaqRetriever.DEFAULT_CLARIFY_THRESHOLD), FaqRetriever.DEFAULT_MAX_CHOICES);
        retriever.replaceIndex(FaqIndex.over(embedder.dimensions(), entries, phrasings).build());
    }

    private static Retrieval in(String language, String question) {
        return retriever.retrieve(question, language, FaqEntry::language);
    }

    @Test
    void aGermanQuestionGetsTheGermanEntryWhereTheEnglishOneScoresHigher() {
        Retrieval everyEntry = retriever.retrieve("PayPal möglich?");
        assertThat(everyEntry.matches()).extracting(FaqMatch::entryId).startsWith(ENGLISH_PAYMENTS)
                .contains(GERMAN_PAYMENTS);

        Retrieval german = in("de", "PayPal möglich?");
        assertThat(german.confident()).isTrue();
        assertThat(german.best()).get().extracting(FaqMatch::entryId).isEqualTo(GERMAN_PAYMENTS);
        // the same question in an English conversation keeps the English entry
        assertThat(in("en", "PayPal möglich?").best()).get().extracting(FaqMatch::entryId).isEqualTo(ENGLISH_PAYMENTS);
    }

    @Test
    void aGermanQuestionWhoseAnswerIsOnlyInEnglishGetsTheEnglishAnswer() {
        Retrieval german = in("de", "Gibt es international shipping?");
        assertThat(german.confident()).isTrue();
        assertThat(german.best()).get().extracting(FaqMatch::entryId).isEqualTo(SHIPPING);
    }

    @Test
    void leavingTheOtherLanguageOutNeverMakesAnUnsureGermanEntryConfident() {
        // every entry: the German payments entry first but unsure (the right one, the English tracking entry, is
        // second); German entries alone would make it confident
        Retrieval everyEntry = retriever.retrieve("Gibt es Tracking?");
        assertThat(everyEntry.confident()).isFalse();
        assertThat(in("de", "Gibt es Tracking?").confident()).isFalse();
    }

    @Test
    void aQuestionInALanguageOfNoEntryIsDecidedAmongEveryEntry() {
        Retrieval french = in("fr", "Can I pay with PayPal?");
        Retrieval everyEntry = retriever.retrieve("Can I pay with PayPal?");
        assertThat(french.best()).isEqualTo(everyEntry.best());
        assertThat(french.confidence()).isEqualTo(everyEntry.confidence());
    }

    /** Nothing left of a message ("that didn't help" without its act) finds nothing, where the embedder refuses it. */
    @Test
    void aBlankQuestionFindsNothing() {
        for (String blank : new String[] {"", "  "}) {
            assertThat(retriever.retrieve(blank).matches()).isEmpty();
            assertThat(in("de", blank).confident()).isFalse();
        }
    }
}
