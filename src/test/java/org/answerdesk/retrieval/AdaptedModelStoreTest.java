package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adapted models' directory never keeps a partly written model (a full disk left a 71 MB one), and keeps only
 * the model in use (each is about 90 MB).
 */
class AdaptedModelStoreTest {

    private static final String SERVED = "0123456789abcdef";
    private static final String STALE = "fedcba9876543210";

    @TempDir
    Path root;

    @Test
    void aWriteThatFailsHalfWayLeavesNothingBehindAndThrows() throws IOException {
        var store = new AdaptedModelStore(root);
        assertThatThrownBy(() -> store.write(SERVED, dir -> {
            Files.write(dir.resolve(AdaptedModel.MODEL), new byte[1 << 20]);
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessageContaining("No space left");
        assertThat(names()).isEmpty();
    }

    @Test
    void aWrittenModelIsMovedIntoPlaceWhole() throws IOException {
        Path dir = new AdaptedModelStore(root).write(SERVED, AdaptedModelStoreTest::model);
        assertThat(dir).isEqualTo(root.resolve(SERVED));
        assertThat(AdaptedModelStore.complete(dir)).isTrue();
        assertThat(names()).containsExactly(SERVED);
    }

    @Test
    void atStartPartialModelsAreRemovedAndCompleteOnesAndForeignFilesKept() throws IOException {
        model(Files.createDirectories(root.resolve(SERVED)));
        Files.write(Files.createDirectories(root.resolve(STALE + ".4711")).resolve(AdaptedModel.MODEL), new byte[10]);
        Files.createDirectories(root.resolve(STALE)); // renamed without its files cannot happen, but a hand copy can
        Files.writeString(root.resolve("README"), "the operator's");
        assertThat(new AdaptedModelStore(root).removePartials()).isEqualTo(2);
        assertThat(names()).containsExactlyInAnyOrder(SERVED, "README");
    }

    @Test
    void onlyTheServedModelIsKept() throws IOException {
        model(Files.createDirectories(root.resolve(SERVED)));
        model(Files.createDirectories(root.resolve(STALE)));
        assertThat(new AdaptedModelStore(root).keepOnly(SERVED)).isEqualTo(1);
        assertThat(names()).containsExactly(SERVED);
    }

    @Test
    void aStoreThatIsNotADirectoryIsLeftAlone() throws IOException {
        Path file = Files.writeString(root.resolve("adapted-models"), "not a directory");
        assertThat(new AdaptedModelStore(file).removePartials()).isZero();
        assertThat(new AdaptedModelStore(file).keepOnly(SERVED)).isZero();
        assertThat(file).hasContent("not a directory");
    }

    private static void model(Path dir) throws IOException {
        Files.write(dir.resolve(AdaptedModel.MODEL), new byte[100]);
        Files.writeString(dir.resolve(AdaptedModel.TOKENIZER), "{}");
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
