package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.answerdesk.retrieval.Csv;
import org.answerdesk.retrieval.FaqRetriever;
import org.answerdesk.retrieval.Retrieval;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The bot's own retriever (real MiniLM, the configured default threshold) on the sample FAQ, judged with
 * paraphrases that are not among the FAQ's phrasings and with off-topic questions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// With a server port, as the web classes: their context, one start fewer than a context of its own (docs/benchmarks.md, "ci56")
class SampleFaqRetrievalIT {

    record Query(String text, String expectedQuestion) {
    }

    static List<Query> queries = new ArrayList<>();

    @Autowired
    FaqRetriever retriever;

    @BeforeAll
    static void load() throws IOException {
        try (var in = new FileReader("src/test/resources/faq/paraphrases.csv", StandardCharsets.UTF_8)) {
            var rows = Csv.read(in);
            for (var r : rows.subList(1, rows.size())) {
                queries.add(new Query(r.get(0), r.size() > 1 && !r.get(1).isBlank() ? r.get(1) : null));
            }
        }
    }

    @Test
    void paraphrasesFindTheirEntryAndOffTopicQuestionsFallBack() {
        int inScope = 0, top1 = 0, answeredRight = 0, answered = 0, outOfScope = 0, fellBack = 0;
        Map<String, Integer> misses = new HashMap<>();
        for (Query q : queries) {
            Retrieval r = retriever.retrieve(q.text());
            answered += r.confident() ? 1 : 0;
            if (q.expectedQuestion() == null) {
                outOfScope++;
                if (!r.confident()) {
                    fellBack++;
                }
                continue;
            }
            inScope++;
            boolean right = r.best().map(m -> m.question().equals(q.expectedQuestion())).orElse(false);
            if (right) {
                top1++;
                if (r.confident()) {
                    answeredRight++;
                }
            } else {
                misses.merge(q.expectedQuestion(), 1, Integer::sum);
            }
        }
        System.out.printf("sample FAQ: top-1 %d/%d, answered right at threshold %.2f: %d/%d, off-topic fell back %d/%d%n",
                top1, inScope, retriever.threshold(), answeredRight, inScope, fellBack, outOfScope);
        assertThat(inScope).isEqualTo(120);
        assertThat(top1).as("top-1 right; misses: %s", misses).isGreaterThanOrEqualTo(90);
        // measured at the default threshold: 34 answered right (41 before the off-topic background, which turns
        // paraphrases as near to other businesses' questions as to the FAQ into choices: docs/retrieval.md), 40 of 40
        // off-topic fell back. The paraphrases are further from the FAQ's phrasings than its phrasings are from each
        // other, so the precision-first default leaves most of them to choices or the fallback
        assertThat(answeredRight).as("answered from the FAQ and right").isGreaterThanOrEqualTo(30);
        assertThat((double) answeredRight / answered).as("precision of the answers given").isGreaterThanOrEqualTo(0.88);
        assertThat(fellBack).as("off-topic questions that fell back").isGreaterThanOrEqualTo(38);
    }
}
