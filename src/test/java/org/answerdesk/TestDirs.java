package org.answerdesk;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Directories a test makes under {@code target/} (an app's data directory, a PostgreSQL cluster, a stored model: some
 * 100 MB each, 5.6 GB after a full run), deleted when the test class that made them has passed, kept when one of its
 * tests failed (to be looked at). A directory belongs to the test class found first on the stack of the thread that
 * made it; one made elsewhere (another thread, a helper held for the whole JVM) is not deleted here. To keep them all,
 * set {@code ANSWERDESK_TEST_KEEP_DIRS} (any value) in the environment of the build.
 * {@link Cleanup} is registered for every test class (JUnit's extension auto-detection, failsafe's settings).
 */
public final class TestDirs {

    /** The directories made by each top-level test class that has not ended yet. */
    private static final Map<Class<?>, List<Path>> MADE = new ConcurrentHashMap<>();

    private TestDirs() {
    }

    /** A new directory under {@code target/} named {@code prefix} and a random number, deleted as above. */
    public static Path create(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), prefix);
        owner().ifPresent(test -> MADE.computeIfAbsent(test, t -> new CopyOnWriteArrayList<>()).add(dir));
        return dir;
    }

    private static Optional<Class<?>> owner() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .<Class<?>>map(f -> topLevel(f.getDeclaringClass()))
                .filter(c -> c.getSimpleName().endsWith("IT") || c.getSimpleName().endsWith("Test"))
                .findFirst());
    }

    private static Class<?> topLevel(Class<?> type) {
        Class<?> c = type;
        while (c.getEnclosingClass() != null) {
            c = c.getEnclosingClass();
        }
        return c;
    }

    /** Deletes {@code dir} and everything in it; what cannot be deleted (a file still being written) stays. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // gone meanwhile (a postmaster's socket, a log rotated)
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("Test directory not deleted: " + dir + " (" + e + ")");
        }
    }

    /** Deletes a test class's directories when it ends, unless one of its tests (or the class itself) failed. */
    public static final class Cleanup implements TestWatcher, AfterAllCallback {

        private static final Set<Class<?>> FAILED = ConcurrentHashMap.newKeySet();

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            context.getTestClass().ifPresent(c -> FAILED.add(topLevel(c)));
        }

        @Override
        public void afterAll(ExtensionContext context) {
            Class<?> test = context.getRequiredTestClass();
            if (test.getEnclosingClass() != null) {
                return; // a nested class: its directories go with its top-level class's
            }
            List<Path> dirs = MADE.remove(test);
            if (dirs == null || FAILED.contains(test) || context.getExecutionException().isPresent()
                    || System.getenv("ANSWERDESK_TEST_KEEP_DIRS") != null) {
                return;
            }
            dirs.forEach(TestDirs::delete);
        }
    }
}
