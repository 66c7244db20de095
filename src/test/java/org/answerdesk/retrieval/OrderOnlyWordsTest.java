package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 62 item 1 in a language whose lexical score decides nothing (English): the shop's own words, in an entry's
 * keywords, answer or phrasings, put that entry first among the choices, and leave every decision as the vectors
 * make it (docs/retrieval.md, "rank41").
 */
class OrderOnlyWordsTest {

    private static final float[] SAME = {1, 0, 0, 0};

    /** An English shop of three entries with the same vectors; entry {@code owner} alone has the word. */
    private static FaqIndex shop(long owner, String keyword, String answerWords) {
        List<FaqEntry> entries = new ArrayList<>();
        List<FaqIndex.Phrasing> phrasings = new ArrayList<>();
        for (long id = 1; id <= 3; id++) {
            boolean has = id == owner;
            entries.add(new FaqEntry(id, "Q" + id, has ? "A" + id + " " + answerWords : "A" + id, "",
                    has && !keyword.isEmpty() ? List.of(keyword) : List.of(), List.of("Q" + id)));
            phrasings.add(new FaqIndex.Phrasing(id, "Q" + id, SAME));
        }
        return FaqIndex.over(4, entries, phrasings).language("en").build();
    }

    @Test
    void aWordOnlyOneEntrysKeywordsOrAnswerHaveRanksItFirstInEnglish() {
        record Asked(String keyword, String answerWords, String question) {
        }
        for (Asked a : List.of(
                new Asked("wheelchair", "", "can my gran get in with her wheelchair"),
                new Asked("engraving", "", "do you do engraving on the lids"),
                new Asked("", "We take prams and wheelchairs on every tour.", "is it ok for a wheelchair"),
                new Asked("", "Sellers on marketplaces are not matched.", "the cheaper one is a marketplace seller"),
                new Asked("", "We slice it thin on request.", "could you slice the ham really thin"))) {
            // the same vectors for every entry: without the words the lowest id would lead
            for (long owner : new long[] {1, 3}) {
                FaqIndex index = shop(owner, a.keyword(), a.answerWords());
                assertThat(index.rank(a.question(), SAME, 3).matches().get(0).entryId())
                        .as(a.question() + " (entry " + owner + ")").isEqualTo(owner);
            }
        }
    }

    @Test
    void theWordsOrderTheEntriesAndDecideNothing() {
        FaqIndex withWord = shop(3, "wheelchair", "Wheelchairs fit in every cabin.");
        FaqIndex without = shop(3, "", "");
        String question = "can my gran come along in her wheelchair";
        FaqIndex.Ranking a = withWord.rank(question, SAME, 3);
        FaqIndex.Ranking b = without.rank(question, SAME, 3);
        assertThat(a.matches().get(0).entryId()).isEqualTo(3);
        assertThat(b.matches().get(0).entryId()).isNotEqualTo(3);
        // what the answer and choice models read is the same with the words as without them
        assertThat(a.confidence()).isEqualTo(b.confidence());
        assertThat(a.choices()).isEqualTo(b.choices());
        assertThat(a.inTopK()).isEqualTo(b.inTopK());
        assertThat(a.shares()).isEqualTo(b.shares());
    }

    @Test
    void aLanguageWhoseScoreDecidesKeepsDecidingWithIt() {
        // German's lexical score decides: its keyword still moves what the models read, English's does not
        List<FaqEntry> entries = new ArrayList<>();
        List<FaqIndex.Phrasing> phrasings = new ArrayList<>();
        for (long id = 1; id <= 3; id++) {
            entries.add(new FaqEntry(id, "Q" + id, "A" + id, "", id == 3 ? List.of("Rollstuhl") : List.of(),
                    List.of("Q" + id)));
            phrasings.add(new FaqIndex.Phrasing(id, "Q" + id, SAME));
        }
        FaqIndex german = FaqIndex.over(4, entries, phrasings).language("de").build();
        FaqIndex.Ranking r = german.rank("geht das mit dem rollstuhl", SAME, 3);
        assertThat(r.matches().get(0).entryId()).isEqualTo(3);
        assertThat(r.shares().get(0)).isGreaterThan(r.shares().get(1));
    }
}
