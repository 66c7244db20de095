package org.answerdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.answerdesk.SampleFaqMisses;
import org.answerdesk.retrieval.Retrieval;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The misses the integration tests rely on ({@link SampleFaqMisses}) are still misses of the shipped sample FAQ, with
 * the real MiniLM and the index the bot builds: not confident and no choices.
 */
class SampleFaqMissesTest {

    static ShopsAtDefaults shops;

    static final java.util.List<String> MISSES = SampleFaqMisses.ALL;

    @BeforeAll
    static void model() throws IOException {
        shops = new ShopsAtDefaults(language -> Path.of("db/sample-faq.csv"));
    }

    @ParameterizedTest
    @FieldSource("MISSES")
    void aFixtureMissIsStillAMiss(String question) throws IOException {
        Retrieval r = shops.ask("en", question);

        assertThat(r.confident()).as(question + " -> " + r.matches()).isFalse();
        assertThat(r.choices()).as(question + " -> " + r.matches()).isEmpty();
    }
}
