package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.EmbeddingModelChoice;
import org.answerdesk.retrieval.FaqIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** What an LLM's proposed phrasings come down to: clean lines that fit their entry, with the real MiniLM. */
class ProposedPhrasingsTest {

    private static final Embedder MINILM = Embedder.load(EmbeddingModelChoice.FULL);

    @AfterAll
    static void release() {
        MINILM.release();
    }

    @Test
    void linesLoseListMarkersQuotesAndControlCharactersAndRepeats() {
        assertThat(ProposedPhrasings.lines(List.of("""
                Here are five ways:
                1. Can you engrave my ring?
                2) "Do you do engraving on jewellery?"
                - can you engrave my ring?
                \u0000\u202e
                * Is engraving\u0007 possible on watches?
                ok
                """))).containsExactly("Here are five ways:", "Can you engrave my ring?",
                "Do you do engraving on jewellery?", "Is engraving possible on watches?");
    }

    @Test
    void aRunawayReplyIsCutToTheFirstLines() {
        String huge = "Is engraving possible on item number 1?\n".repeat(1)
                + java.util.stream.IntStream.range(2, 100_000).mapToObj(i -> "Is engraving possible on item number " + i + "?")
                        .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(ProposedPhrasings.lines(List.of(huge))).hasSize(ProposedPhrasings.MAX_LINES)
                .startsWith("Is engraving possible on item number 1?");
    }

    @Test
    void aHugeLineIsSkippedAndTheNextKept() {
        String reply = "x".repeat(5_000_000) + "\u0000\nCan you engrave my watch?";
        assertThat(ProposedPhrasings.lines(List.of(reply))).containsExactly("Can you engrave my watch?");
    }

    @Test
    void keepsOnlyNewLinesThatFitTheirEntryBetterThanAnyOther() {
        List<FaqIndex.Phrasing> faq = new ArrayList<>();
        add(faq, 1, "How do I reset my password?", "I forgot my password");
        add(faq, 2, "Do you ship to Canada?", "Can I get my order delivered abroad?");
        add(faq, 3, "How do I change my email address?");

        List<String> kept = ProposedPhrasings.keep(1, List.of(
                "I can't remember my password, how do I get a new one?",
                "how do i reset my password?", // the entry has it already
                "Do you ship to Canada?", // another entry's phrasing
                "Can you deliver my parcel to Toronto?", // closer to another entry
                "What is your favourite colour?"), // about nothing in the FAQ
                faq, MINILM);

        assertThat(kept).containsExactly("I can't remember my password, how do I get a new one?");
    }

    private static void add(List<FaqIndex.Phrasing> faq, long entry, String... texts) {
        for (String t : texts) {
            faq.add(new FaqIndex.Phrasing(entry, t, MINILM.embed(t)));
        }
    }
}
