package org.answerdesk.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directory of stored adapted models ({@code <data-dir>/adapted-models}): one directory per model, named by its
 * fingerprint, written whole or not at all. A model is written into a temporary sibling
 * ({@code <fingerprint>.<random>}) and renamed into place atomically, so a failed write (a full disk) or a kill
 * leaves at most a temporary directory, which is removed on failure or at the next start ({@link #removePartials}).
 * Each model takes about 90 MB: only those in use are kept ({@link #keepOnly}).
 */
public final class AdaptedModelStore {

    private static final Logger log = LoggerFactory.getLogger(AdaptedModelStore.class);
    /** A fingerprint (see {@link AdaptedModel#fingerprint}), optionally with a temporary suffix. */
    private static final Pattern OURS = Pattern.compile("([0-9a-f]{16})(\\..+)?");

    /** Writes a model's files into a directory given to it. */
    @FunctionalInterface
    public interface Writer {
        void write(Path dir) throws IOException;
    }

    private final Path root;

    public AdaptedModelStore(Path root) {
        this.root = root;
    }

    /**
     * Writes the model {@code fingerprint} with {@code writer} into a temporary directory, then renames it into place
     * (unless an identical one got there meanwhile). On any failure the temporary directory is removed and the
     * exception is thrown on.
     *
     * @return the model's directory
     */
    Path write(String fingerprint, Writer writer) throws IOException {
        Path dir = root.resolve(fingerprint);
        Path tmp = Files.createTempDirectory(Files.createDirectories(root), fingerprint + ".");
        try {
            writer.write(tmp);
            if (!Files.isDirectory(dir)) {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE); // whole or absent after a crash
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                deleteRecursively(tmp); // never leave a partial model behind (a full disk: 70 MB of one)
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        deleteRecursively(tmp); // a twin was moved in meanwhile
        return dir;
    }

    /**
     * Removes what a failed or killed write left: every temporary model directory, and model directories without
     * both files. Call it before any model is written (at start).
     *
     * @return how many were removed
     */
    public int removePartials() {
        int removed = 0;
        for (Path p : ours()) {
            var m = OURS.matcher(p.getFileName().toString());
            m.matches();
            boolean partial = m.group(2) != null || !complete(p);
            if (partial && remove(p)) {
                removed++;
            }
        }
        if (removed > 0) {
            log.info("Removed {} partly written adapted model(s) from {}", removed, root);
        }
        return removed;
    }

    /**
     * Removes every stored model but {@code fingerprint} (the one served). Call it only when no model is being
     * written.
     *
     * @return how many were removed
     */
    public int keepOnly(String fingerprint) {
        int removed = 0;
        for (Path p : ours()) {
            if (!p.getFileName().toString().equals(fingerprint) && remove(p)) {
                removed++;
            }
        }
        if (removed > 0) {
            log.info("Removed {} adapted model(s) no longer in use from {}", removed, root);
        }
        return removed;
    }

    static boolean complete(Path dir) {
        return Files.isRegularFile(dir.resolve(AdaptedModel.MODEL)) && Files.isRegularFile(dir.resolve(AdaptedModel.TOKENIZER));
    }

    /** The entries of the store this class made (others are left alone); none when it is not a directory. */
    private List<Path> ours() {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path p : entries) {
                if (OURS.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p)) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            log.warn("Could not list the adapted models in {}: {}", root, e.toString());
        }
        return out;
    }

    private static boolean remove(Path dir) {
        try {
            deleteRecursively(dir);
            return true;
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not remove {}: {}", dir, e.toString());
            return false;
        }
    }

    /** Removes {@code dir} and everything in it; nothing when it does not exist. */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
