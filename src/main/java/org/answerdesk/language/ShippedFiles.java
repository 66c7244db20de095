package org.answerdesk.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code <name>.tsv} files of a resource directory in the class-path root a class was loaded from: a directory
 * of {@code target/classes}, or of the application's jar (a Spring Boot jar's {@code BOOT-INF/classes} too). Another
 * root's files of the same directory (a test's resources) are not counted.
 */
final class ShippedFiles {

    private ShippedFiles() {
    }

    /** The names (without {@code .tsv}) of the files in {@code directory} ("dialogue/lang/") matching {@code names}. */
    static List<String> codes(Class<?> beside, String directory, Pattern names) {
        String self = beside.getName().replace('.', '/') + ".class";
        URL classUrl = beside.getClassLoader().getResource(self);
        if (classUrl == null) {
            throw new IllegalStateException("cannot find " + self + " on the class path");
        }
        String root = classUrl.toString().substring(0, classUrl.toString().length() - self.length());
        List<String> files = new ArrayList<>();
        try {
            for (URL dir : Collections.list(beside.getClassLoader().getResources(directory))) {
                if (dir.toString().equals(root + directory)) {
                    files.addAll("file".equals(dir.getProtocol()) ? inDirectory(Path.of(dir.toURI())) : inJar(dir));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory + " in " + root, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list " + directory + " in " + root, e);
        }
        List<String> codes = new ArrayList<>();
        for (String file : files) {
            if (file.endsWith(".tsv") && names.matcher(file.substring(0, file.length() - 4)).matches()) {
                codes.add(file.substring(0, file.length() - 4));
            }
        }
        Collections.sort(codes);
        return List.copyOf(codes);
    }

    private static List<String> inDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    /** A jar's entries directly in the directory (the connection's own jar file, closed after: not the cached one). */
    private static List<String> inJar(URL directory) throws IOException {
        JarURLConnection connection = (JarURLConnection) directory.openConnection();
        connection.setUseCaches(false);
        String prefix = connection.getEntryName();
        List<String> names = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.startsWith(prefix) && name.length() > prefix.length()
                        && name.indexOf('/', prefix.length()) < 0) {
                    names.add(name.substring(prefix.length()));
                }
            }
        }
        return names;
    }
}
