package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The answer model is sure of the entry the deciding order puts first; where what decides nothing (English's
 * order-only words, the near words elsewhere) shows another entry first, the lookup is not answered with either: the
 * customer chooses between them (docs/retrieval.md, "rank42"). Sentences written for this test.
 */
class SettledFirstTest {

    private static final float[] SAME = {1, 0, 0, 0};
    private static Embedder embedder;

    @BeforeAll
    static void load() {
        embedder = Embedder.load(EmbeddingModelChoice.FULL);
    }

    /** A shop of three entries with the same vectors; entry 3 alone has the keyword. */
    private static FaqIndex shop(String language, String keyword) {
        List<FaqEntry> entries = new ArrayList<>();
        List<FaqIndex.Phrasing> phrasings = new ArrayList<>();
        for (long id = 1; id <= 3; id++) {
            entries.add(new FaqEntry(id, "Q" + id, "A" + id, "",
                    id == 3 && !keyword.isEmpty() ? List.of(keyword) : List.of(), List.of("Q" + id)));
            phrasings.add(new FaqIndex.Phrasing(id, "Q" + id, SAME));
        }
        return FaqIndex.over(4, entries, phrasings).language(language).build();
    }

    /** Sure of every question (threshold 0), so that only the guard can turn an answer into choices. */
    private static Retrieval sureOf(FaqIndex index, String question) {
        FaqRetriever retriever = new FaqRetriever(embedder, 0, 5, 0,
                Double.parseDouble(FaqRetriever.DEFAULT_CLARIFY_THRESHOLD), FaqRetriever.DEFAULT_MAX_CHOICES);
        retriever.replaceIndex(index);
        return retriever.retrieve(question, SAME);
    }

    @Test
    void anEntryOnlyTheOrderOnlyWordsPutFirstIsOfferedNotAnswered() {
        for (String[] asked : List.of(new String[] {"engraving", "could you do engraving on the lid"},
                new String[] {"wheelchair", "my gran comes in a wheelchair, is that fine"})) {
            Retrieval moved = sureOf(shop("en", asked[0]), asked[1]);
            assertThat(moved.best().orElseThrow().entryId()).as(asked[1]).isEqualTo(3);
            assertThat(moved.settled()).isFalse();
            assertThat(moved.confident()).isFalse();
            assertThat(moved.clarify()).isTrue();
            assertThat(moved.choices()).extracting(FaqMatch::entryId).contains(3L, 1L);
        }
    }

    @Test
    void aFirstEntryTheDecidingOrderPutsFirstIsAnswered() {
        Retrieval same = sureOf(shop("en", ""), "could you do engraving on the lid");
        assertThat(same.settled()).isTrue();
        assertThat(same.confident()).isTrue();
        assertThat(same.choices()).isEmpty();
    }

    @Test
    void aTypedFormOfTheShopsWordMovesTheFirstEntryAndDecidesNothing() {
        // the near words (a typo of the keyword) order the entries outside English and decide nothing
        for (String[] asked : List.of(new String[] {"de", "Gravur", "macht ihr eine gravurr auf den deckel"},
                new String[] {"fr", "gravure", "vous faites une gravur sur le couvercle"},
                new String[] {"es", "grabado", "hacéis un grabadoo en la tapa"},
                new String[] {"nl", "gravering", "doen jullie een graveringg op het deksel"})) {
            Retrieval moved = sureOf(shop(asked[0], asked[1]), asked[2]);
            assertThat(moved.best().orElseThrow().entryId()).as(asked[2]).isEqualTo(3);
            assertThat(moved.settled()).as(asked[2]).isFalse();
            assertThat(moved.confident()).as(asked[2]).isFalse();
            assertThat(moved.choices()).as(asked[2]).extracting(FaqMatch::entryId).contains(3L);
        }
    }
}
