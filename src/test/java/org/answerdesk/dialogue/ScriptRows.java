package org.answerdesk.dialogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * The scripted sentences of a tab-separated test resource: language, what it is written as, the text; blank lines
 * and lines starting with {@code #} left out.
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
}
