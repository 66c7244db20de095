package org.answerdesk.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's superuser password: generated on first start and kept in a file that only its owner may
 * read or write (0600 where the file system has POSIX permissions). The password itself is never logged.
 */
final class PasswordFile {

    /** The password, and whether this start generated it (the server does not know it yet). */
    record Password(String value, boolean generated) {
        @Override
        public String toString() {
            return "Password[generated=" + generated + "]";
        }
    }

    private static final Logger log = LoggerFactory.getLogger(PasswordFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 32;

    private PasswordFile() {
    }

    static Password readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            restrict(file);
            String value = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!value.isEmpty()) {
                return new Password(value, false);
            }
        }
        // written beside the target and moved into place, so that a crash never leaves a half-written file
        String value = generate();
        Path temp = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temp);
        if (posix(file)) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(temp);
        }
        Files.writeString(temp, value + "\n", StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        log.info("Generated the embedded PostgreSQL password in {}", file);
        return new Password(value, true);
    }

    private static void restrict(Path file) throws IOException {
        if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            log.warn("{} could be read by others; restricting it to its owner", file);
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
