package org.answerdesk.db;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL programs the app runs, unpacked from the archive of io.zonky's binaries jar into
 * {@code <dataDir>/pg-binaries/<SHA-256 of the archive>}: a directory only the app's user can write (the library
 * itself unpacks into {@code /tmp/embedded-pg}, where any local user could replace them). Every start checks the
 * whole tree with {@link OwnerOnly} before anything in it runs. Called while the data directory's lock is held.
 */
final class PostgresBinaries {

    static final String DIRECTORY = "pg-binaries";

    private static final Logger log = LoggerFactory.getLogger(PostgresBinaries.class);
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final String UNPACKING = ".unpacking-";

    private PostgresBinaries() {
    }

    /** The directory holding {@code bin/}, {@code lib/} and {@code share/}, unpacked if needed and checked. */
    static Path install(Path dataDir) throws IOException {
        URL archive = archive();
        Path root = dataDir.resolve(DIRECTORY);
        if (!Files.isDirectory(root)) {
            createOwnerOnlyDirectory(root);
        }
        // a file this process just created is owned by the user it runs as
        Path owner = Files.createTempFile(dataDir, ".owner-", "");
        try {
            OwnerOnly.verify(root, owner);
            Path target = root.resolve(sha256(archive));
            removeAllBut(root, target);
            if (!Files.isDirectory(target)) {
                unpack(archive, root, target);
            }
            OwnerOnly.verify(root, owner);
            return target;
        } finally {
            Files.deleteIfExists(owner);
        }
    }

    /** {@code postgres-<os>-<arch>.txz}, the Alpine build on Alpine Linux (musl) where the jar is there. */
    private static URL archive() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String system = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "darwin" : "linux";
        String arch = System.getProperty("os.arch");
        String machine = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64"
                : arch.equals("aarch64") ? "arm_64" : arch;
        ClassLoader loader = PostgresBinaries.class.getClassLoader();
        String name = "postgres-" + system + "-" + machine;
        URL alpine = loader.getResource(name + "-alpine_linux.txz");
        if (alpine != null && Files.exists(Path.of("/etc/alpine-release"))) {
            return alpine;
        }
        URL archive = loader.getResource(name + ".txz");
        if (archive == null) {
            throw new IllegalStateException("No embedded PostgreSQL for " + system + " " + machine + " (" + name
                    + ".txz) on the class path; set SPRING_DATASOURCE_URL to use a PostgreSQL server instead");
        }
        return archive;
    }

    private static String sha256(URL archive) throws IOException {
        try (InputStream in = new DigestInputStream(archive.openStream(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Into a fresh directory beside the target, then moved into place: a crash never leaves half a tree. */
    private static void unpack(URL archive, Path root, Path target) throws IOException {
        Path temp = root.resolve(UNPACKING + target.getFileName());
        createOwnerOnlyDirectory(temp);
        log.info("Unpacking the embedded PostgreSQL into {}", target);
        try (var tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive.openStream())))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = temp.resolve(entry.getName()).normalize();
                if (!path.startsWith(temp)) {
                    throw new IOException("The PostgreSQL archive names a path outside its directory: "
                            + entry.getName());
                }
                if (entry.isDirectory()) {
                    createOwnerOnlyDirectory(path);
                } else {
                    createOwnerOnlyDirectory(path.getParent());
                    if (entry.isSymbolicLink()) {
                        Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                    } else {
                        // the owner's bits of the archive's mode (executables stay executable), nothing for others
                        Files.copy(tar, path);
                        if (posix(path)) {
                            Files.setPosixFilePermissions(path, ownerBits(entry.getMode()));
                        }
                    }
                }
            }
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Set<PosixFilePermission> ownerBits(int mode) {
        return PosixFilePermissions.fromString(((mode & 0400) != 0 ? "r" : "-") + ((mode & 0200) != 0 ? "w" : "-")
                + ((mode & 0100) != 0 ? "x" : "-") + "------");
    }

    private static void createOwnerOnlyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            createOwnerOnlyDirectory(dir.getParent());
            if (posix(dir)) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
            } else {
                Files.createDirectory(dir);
            }
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** What a crash while unpacking left behind, and the programs of earlier versions. */
    private static void removeAllBut(Path root, Path target) throws IOException {
        List<Path> others;
        try (Stream<Path> children = Files.list(root)) {
            others = children.filter(child -> Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS))
                    .filter(child -> !child.equals(target)).toList();
        }
        for (Path dir : others) {
            log.info("Removing {}: not the PostgreSQL this version runs", dir);
            try (Stream<Path> tree = Files.walk(dir)) {
                for (Path path : (Iterable<Path>) tree.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(path);
                }
            }
        }
    }
}
