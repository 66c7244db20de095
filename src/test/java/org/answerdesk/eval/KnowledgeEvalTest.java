package org.answerdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.EmbeddingModelChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code eval --knowledge} on a small SQuAD file: the JSON report's shape, and a clear error for bad input. */
class KnowledgeEvalTest {

    @TempDir
    Path dir;

    @Test
    void reportsHitRatesPerRankingAndTheAnswerPrecisionAsJson() throws Exception {
        StringBuilder data = new StringBuilder("{\"data\": [");
        String[] topics = {"returns", "shipping", "warranty", "engraving", "classes"};
        for (int a = 0; a < topics.length; a++) {
            String context = ("Our " + topics[a] + " policy. ").repeat(5) + "The " + topics[a] + " desk opens at "
                    + (a + 7) + " o'clock.";
            int at = context.indexOf("The " + topics[a] + " desk");
            data.append(a == 0 ? "" : ",").append("{\"title\": \"").append(topics[a])
                    .append("\", \"paragraphs\": [{\"context\": \"").append(context).append("\", \"qas\": [")
                    .append("{\"question\": \"When does the ").append(topics[a]).append(" desk open?\", ")
                    .append("\"answers\": [{\"text\": \"x\", \"answer_start\": ").append(at).append("}]}]}]}");
        }
        Path file = dir.resolve("squad.json");
        Files.writeString(file, data.append("]}").toString());
        var out = new ByteArrayOutputStream();

        KnowledgeEval.run(file, true, Embedder.load(EmbeddingModelChoice.QUANTIZED), null,
                new PrintStream(out, true, StandardCharsets.UTF_8));

        JsonNode report = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        for (String ranking : new String[] {"lexical", "dense", "hybrid"}) {
            assertThat(report.get(ranking).get("hit_at_1").asDouble()).isEqualTo(1.0);
            assertThat(report.get(ranking).get("hit_at_5").asDouble()).isEqualTo(1.0);
            assertThat(report.get(ranking).get("hit_at_1_sd").asDouble()).isZero();
        }
        assertThat(report.get("folds").asInt()).isEqualTo(5);
        assertThat(report.get("answer_precision").asDouble()).isBetween(0.0, 1.0);
        assertThat(report.get("per_fold_threshold").get("answer_precision").asDouble()).isBetween(0.0, 1.0);
        assertThat(report.get("questions").asInt()).isEqualTo(5);
    }

    @Test
    void aFileThatIsNotSquadIsAClearError() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"data\": []}");
        assertThatThrownBy(() -> KnowledgeEval.run(file, true, null, null, System.out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds no questions");
    }
}
