package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.answerdesk.SideLane;
import org.answerdesk.retrieval.Embedder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fixed texts' vectors (off-topic background, act phrasings) are stored per model and read back instead of embedded
 * again (the default test context, as {@link NotOursIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SideLane.OWN_CONTEXT)
// Side lane: a context of its own, out of the main lane's default one (its longest group; docs/benchmarks.md, "ci43")
@SideLane
class TextVectorsIT {

    @Autowired
    TextVectors vectors;
    @Autowired
    Embedder embedder;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aStoredVectorIsReadNotEmbeddedAgainAndALongTextIsNotStored() {
        String first = "Do you sell replacement lids for teapots? " + UUID.randomUUID();
        String second = "Can I book a table for six? " + UUID.randomUUID();
        String longText = "x".repeat(TextVectors.MAX_STORED_LENGTH + 1);

        List<float[]> got = vectors.embedAll(embedder, List.of(first, second, first, longText));

        assertThat(got).hasSize(4);
        assertThat(got.get(0)).containsExactly(embedder.embed(first));
        assertThat(got.get(2)).containsExactly(got.get(0));
        assertThat(stored(first)).isEqualTo(1);
        assertThat(stored(second)).isEqualTo(1);
        assertThat(stored(longText)).isZero();

        // a marker in place of the stored vector comes back: the text was read, not embedded
        float[] marker = new float[embedder.dimensions()];
        marker[0] = 1f;
        jdbc.sql("UPDATE text_vector SET vector = :v WHERE model = :m AND text = :t")
                .param("v", FaqRepository.toBytes(marker)).param("m", embedder.modelName()).param("t", first)
                .update();
        List<float[]> again = vectors.embedAll(embedder, List.of(second, first));
        assertThat(again.get(1)).containsExactly(marker);
        assertThat(Arrays.equals(again.get(0), got.get(1))).isTrue();
    }

    @Test
    void withTheDatabaseAwayTheTextsAreStillEmbedded() {
        var away = new TextVectors(JdbcClient.create(
                new org.springframework.jdbc.datasource.DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none")));
        String text = "Is the shop open on Sundays? " + UUID.randomUUID();

        List<float[]> got = away.embedAll(embedder, List.of(text));

        assertThat(got.get(0)).containsExactly(embedder.embed(text));
    }

    private int stored(String text) {
        return jdbc.sql("SELECT count(*) FROM text_vector WHERE model = :m AND text = :t")
                .param("m", embedder.modelName()).param("t", text).query(Integer.class).single();
    }
}
