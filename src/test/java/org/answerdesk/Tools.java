package org.answerdesk;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The system programs some tests need (Chromium, Dovecot), found the way {@code .ci/run} looks for them before it
 * installs them: on the {@code PATH} ({@code command -v}), then in the places it names. Missing, they skip the test
 * on a developer's machine but fail it under {@code CI=true}, so that a CI machine without them cannot stay green
 * with every browser test skipped.
 */
public final class Tools {

    private Tools() {
    }

    /** The program {@code name} on the PATH, or else the first of {@code alsoAt} that is executable. */
    public static Optional<Path> find(String name, String... alsoAt) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isBlank())
                        .map(d -> Path.of(d, name)), Stream.of(alsoAt).map(Path::of))
                .filter(Files::isExecutable).findFirst();
    }

    /** The program, or a skip with {@code install} as the reason; under {@code CI=true} a failure instead. */
    public static Path require(Optional<Path> program, String install) {
        return require(program, install, "true".equalsIgnoreCase(System.getenv("CI")));
    }

    static Path require(Optional<Path> program, String install, boolean inCi) {
        if (program.isEmpty() && inCi) {
            throw new IllegalStateException("CI=true and " + install + ": .ci/run installs it; a CI run does not skip");
        }
        assumeTrue(program.isPresent(), install + ": test skipped");
        return program.get();
    }
}
