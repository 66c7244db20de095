package org.answerdesk.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks that nobody but the app's user can change what the app is about to run: every file and directory of a
 * tree is owned by that user and writable by nobody else, and no directory above it lets others rename it away
 * (writable by group or others without the sticky bit, as {@code /tmp} has). Where the file system has no POSIX
 * permissions (Windows) there is nothing to check.
 */
final class OwnerOnly {

    private static final int STICKY = 01000;

    private OwnerOnly() {
    }

    /** @throws IllegalStateException naming the first path that others could change, and how to fix it */
    static void verify(Path tree, Path ownedByUs) throws IOException {
        if (!tree.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        UserPrincipal us = Files.getOwner(ownedByUs, LinkOption.NOFOLLOW_LINKS);
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                UserPrincipal owner = Files.getOwner(path, LinkOption.NOFOLLOW_LINKS);
                if (!owner.equals(us)) {
                    throw refused(path, "is owned by " + owner.getName() + ", not by " + us.getName()
                            + ", the user answerdesk runs as");
                }
                if (!Files.isSymbolicLink(path) && writableByOthers(path)) {
                    throw refused(path, "can be changed by other users (" + mode(path) + ")");
                }
            }
        }
        for (Path dir = tree.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            if (writableByOthers(dir) && !sticky(dir)) {
                throw refused(dir, "lets other users rename what it holds (" + mode(dir) + ", no sticky bit)");
            }
        }
    }

    private static boolean writableByOthers(Path path) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        return permissions.contains(PosixFilePermission.GROUP_WRITE)
                || permissions.contains(PosixFilePermission.OTHERS_WRITE);
    }

    /** Only where the file system says (Linux); elsewhere a directory writable by others is refused. */
    private static boolean sticky(Path dir) throws IOException {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return false;
        }
        return ((Integer) Files.getAttribute(dir, "unix:mode", LinkOption.NOFOLLOW_LINKS) & STICKY) != 0;
    }

    private static String mode(Path path) throws IOException {
        return java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    private static IllegalStateException refused(Path path, String why) {
        return new IllegalStateException("Refusing to run the embedded PostgreSQL: " + path + " " + why
                + ". Another user could replace its programs and read answerdesk's secrets. Make it owned by the"
                + " user answerdesk runs as and writable only by it (chmod go-w), or delete the pg-binaries"
                + " directory to have it unpacked again");
    }
}
