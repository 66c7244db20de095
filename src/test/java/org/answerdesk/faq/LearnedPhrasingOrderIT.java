package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.retrieval.AdaptedModel;
import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.retrieval.FaqIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What the adapted model is trained on: by default every phrasing, those learned from customers' picks before the
 * owner's, so that the phrasing held out to calibrate the answer decision is one the owner wrote (a held-out learned
 * one let the bot answer more off-topic questions); or the owner's alone. The FAQ itself keeps its order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// With a server port, as the web classes: their context, one start fewer than a context of its own (docs/benchmarks.md, "ci56")
class LearnedPhrasingOrderIT {

    @Autowired
    FaqService faq;
    @Autowired
    FaqRepository repository;
    @Autowired
    LearnedPhrasings learned;

    @Test
    void learnedPhrasingsComeFirstForTrainingAndTheOwnersLastIsHeldOut() {
        long id = faq.create(new FaqDraft("Do you repair vintage radios?", "Yes, bring it to the shop.", null,
                List.of(), List.of("can you fix my old radio", "radio repair service"))).id();
        try {
            assertOrder(id);
        } finally {
            faq.delete(id); // the context is the web classes': their FAQ as it was
        }
    }

    private void assertOrder(long id) {
        assertThat(learned.add(id, "my grandfathers wireless set crackles")).isPresent();
        assertThat(learned.add(id, "valve radio broken")).isPresent();
        FaqRepository.ForAdaptation read = repository.findForAdaptation();
        List<String> owners = entry(read.owners(), id).phrasings();
        assertThat(owners).doesNotContain("my grandfathers wireless set crackles", "valve radio broken")
                .contains("can you fix my old radio", "radio repair service");

        FaqEntry trainOn = entry(read.learnedFirst(), id);
        assertThat(trainOn.phrasings()).startsWith("my grandfathers wireless set crackles", "valve radio broken")
                .endsWith(owners.get(owners.size() - 1));
        var unseen = AdaptedModel.unseen(List.of(trainOn));
        assertThat(unseen.test(phrasing(id, owners.get(owners.size() - 1)))).as("the owner's last: held out").isTrue();
        assertThat(unseen.test(phrasing(id, "valve radio broken"))).as("a learned one: trained on").isFalse();

        assertThat(entry(faq.list(), id).phrasings()).as("the FAQ's own order").endsWith("valve radio broken");
        assertThat(entry(read.all(), id).phrasings()).as("the FAQ's own order, as the index takes it")
                .isEqualTo(entry(faq.list(), id).phrasings());
    }

    private static FaqEntry entry(List<FaqEntry> entries, long id) {
        return entries.stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    private static FaqIndex.Phrasing phrasing(long entry, String text) {
        return new FaqIndex.Phrasing(entry, text, new float[0]);
    }
}
