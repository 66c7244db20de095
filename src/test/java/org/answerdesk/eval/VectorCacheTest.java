package org.answerdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.EmbeddingModelChoice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation's vector file: what one run appends, the next reads, also after a run killed mid-append. */
class VectorCacheTest {

    private static Embedder embedder;

    @TempDir
    Path dir;

    @BeforeAll
    static void model() {
        embedder = Embedder.load(EmbeddingModelChoice.QUANTIZED);
    }

    @Test
    void aRecordCutShortIsDroppedAndLaterRecordsStayReadable() throws IOException {
        List<float[]> first = new VectorCache(embedder, dir).vectors(List.of("where is my parcel", "do you ship to spain"));
        Path file;
        try (var files = Files.list(dir)) {
            file = files.findFirst().orElseThrow();
        }
        long whole = Files.size(file);
        // a run killed while appending: half of a record's length field and text
        Files.write(file, new byte[] {0, 0, 0, 40, 'h', 'a'}, StandardOpenOption.APPEND);

        var second = new VectorCache(embedder, dir);
        assertThat(Files.size(file)).as("the cut record is dropped").isEqualTo(whole);
        float[] added = second.vectors(List.of("can i pay by invoice")).get(0);
        long grown = Files.size(file);
        assertThat(grown).as("the new record appended").isGreaterThan(whole);

        var third = new VectorCache(embedder, dir);
        List<float[]> again = third.vectors(List.of("where is my parcel", "can i pay by invoice"));
        assertThat(again.get(0)).containsExactly(first.get(0));
        assertThat(again.get(1)).containsExactly(added);
        assertThat(Files.size(file)).as("both read from the file, nothing embedded again").isEqualTo(grown);
    }
}
