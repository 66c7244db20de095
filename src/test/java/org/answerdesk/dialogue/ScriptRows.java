package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * The scripted sentences of a tab-separated test resource: language, what it is written as, the text; blank lines
 * and lines starting with {@code #} left out. A kind written {@code ~kind} is a known miss: asserted still missed, so
 * that a row the rules start to read is moved back by hand.
 */
final class ScriptRows {

    private ScriptRows() {
    }

    static Stream<Arguments> of(String resource) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(ScriptRows.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            List<String[]> rows = in.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", 3)).toList();
            return rows.stream().map(r -> Arguments.of(r[0], r[1], r[2]));
        }
    }

    /**
     * Asserts one row as written: what {@code decide} gives for its kind is read as that kind ({@code read}), or, for
     * a known miss, is not.
     */
    static <T> void assertAsWritten(String written, String text, Function<String, T> decide,
                                    BiPredicate<String, T> read) {
        boolean missed = written.startsWith("~");
        String kind = missed ? written.substring(1) : written;
        T decided = decide.apply(kind);
        assertThat(read.test(kind, decided)).as((missed ? "a known miss now read: move the row back, " : "") + text
                + " -> " + decided).isEqualTo(!missed);
    }
}
