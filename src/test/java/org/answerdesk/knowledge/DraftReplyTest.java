package org.answerdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DraftReplyTest {

    static final String URL = "https://shop.example/classes#sourdough";
    static final String ANSWER = "The Saturday sourdough class costs 45 EUR per person, flour and aprons included.";

    @Test
    void aGoodDraftIsKeptWithItsPhrasingsCleanedUp() {
        var parsed = DraftReply.parse("""
                {"drafts": [{"question": "What does the  sourdough class cost?", "answer": "%s",
                  "phrasings": ["How much is the sourdough course?", "price?", 7,
                                "What does the sourdough class cost?", "Sourdough\\u0000 class price per person"],
                  "source_url": "%s"}]}""".formatted(ANSWER, URL), Set.of(URL));

        assertThat(parsed.invalid()).isNull();
        assertThat(parsed.dropped()).isEmpty();
        assertThat(parsed.drafts()).singleElement().satisfies(d -> {
            assertThat(d.question()).isEqualTo("What does the sourdough class cost?");
            assertThat(d.answer()).isEqualTo(ANSWER);
            assertThat(d.phrasings()).containsExactly("How much is the sourdough course?",
                    "Sourdough class price per person");
            assertThat(d.sourceUrl()).isEqualTo(URL);
        });
    }

    @Test
    void wrongShapesHugeAnswersForeignUrlsAndRepeatsAreDroppedAndCounted() {
        String good = "{\"question\": \"When is the knife skills evening?\", \"answer\": \"" + ANSWER
                + "\", \"phrasings\": [], \"source_url\": \"" + URL + "\"}";
        var parsed = DraftReply.parse("{\"drafts\": [" + good + ", " + good + ", "
                + "{\"question\": 5, \"answer\": \"x\", \"source_url\": \"" + URL + "\"}, \"text\", "
                + "{\"question\": \"Is there a class?\", \"answer\": \"" + "Yes. ".repeat(400) + "\", \"source_url\": \""
                + URL + "\"}, "
                + "{\"question\": \"Do you ship abroad?\", \"answer\": \"" + ANSWER
                + "\", \"source_url\": \"https://elsewhere.example/\"}]}", Set.of(URL));

        assertThat(parsed.drafts()).hasSize(1);
        assertThat(parsed.dropped()).containsEntry("a repeated question", 1).containsEntry("wrong shape", 2)
                .containsEntry("answer not 20-1500 characters", 1).containsEntry("cites a URL it was not given", 1);
    }

    @Test
    void aReplyThatIsNotTheObjectGivesNoDrafts() {
        assertThat(DraftReply.parse("Here are some FAQ entries: ...", Set.of(URL)).invalid()).isEqualTo("not JSON");
        assertThat(DraftReply.parse("[1, 2]", Set.of(URL)).invalid()).contains("drafts array");
        assertThat(DraftReply.parse("{\"drafts\": {}}", Set.of(URL)).invalid()).contains("drafts array");
        assertThat(DraftReply.parse("{\"drafts\": [" + "1,".repeat(60_000) + "1]}", Set.of(URL)).invalid())
                .contains("longer than");
        assertThat(DraftReply.parse("{\"drafts\": []}", Set.of(URL)).drafts()).isEmpty();
    }

    @Test
    void passagesAreBatchedInOrderWithinTheirBoundAndNoMoreThanTheBatchLimit() {
        var p = new DraftRuns.SourcePassage(URL, "Classes", "Classes", "x".repeat(2500));
        var batches = DraftBatches.of(java.util.Collections.nCopies(5, p));
        assertThat(batches).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(DraftBatches.of(java.util.Collections.nCopies(100, p))).hasSize(DraftBatches.MAX_BATCHES);
        assertThat(DraftBatches.of(List.of())).isEmpty();
    }
}
