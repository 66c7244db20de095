package org.answerdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Reading the deployment files of the repository (YAML documents, env files, the app's own defaults) in tests. */
final class Manifests {

    static final Path KUBERNETES = Path.of("deploy/kubernetes");

    private Manifests() {
    }

    /** Every YAML document of a file, each a map (a document that is not one fails the calling test). */
    static List<Map<String, Object>> documents(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new LoaderOptions()).loadAll(read(file))) {
            if (document != null) {
                assertThat(document).as("a document of %s", file).isInstanceOf(Map.class);
                documents.add(map(document));
            }
        }
        return documents;
    }

    /** The one document of {@code kind} among the files of a directory. */
    static Map<String, Object> kind(Path directory, String kind) {
        return yamlFiles(directory).stream().flatMap(f -> documents(f).stream())
                .filter(d -> kind.equals(d.get("kind"))).reduce((a, b) -> {
                    throw new AssertionError("two documents of kind " + kind + " in " + directory);
                }).orElseThrow(() -> new AssertionError("no " + kind + " in " + directory));
    }

    /** The YAML files in a directory tree, sorted. */
    static List<Path> yamlFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value at a path of keys and list indexes, e.g. {@code at(doc, "spec", "template", "spec")}. */
    static Object at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            assertThat(current).as("%s on the way to %s", step, List.of(path)).isNotNull();
            current = step instanceof Integer index ? ((List<?>) current).get(index) : ((Map<?, ?>) current).get(step);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    static List<Map<String, Object>> maps(Object node) {
        assertThat(node).isInstanceOf(List.class);
        return ((List<?>) node).stream().map(Manifests::map).toList();
    }

    /** The keys and values of an env file ({@code KEY=value} lines; comments and blank lines skipped). */
    static Map<String, String> envFile(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        read(file).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .forEach(l -> values.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
        return values;
    }

    /** The management port the app listens on when nothing overrides it (application.properties' default). */
    static int managementPort() {
        Matcher m = Pattern.compile("\\$\\{ANSWERDESK_MANAGEMENT_PORT:(\\d+)}")
                .matcher(applicationProperties().getProperty("management.server.port"));
        assertThat(m.matches()).as("management.server.port's form").isTrue();
        return Integer.parseInt(m.group(1));
    }

    static Properties applicationProperties() {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Bytes of a Kubernetes memory quantity such as {@code 4Gi} or {@code 1536Mi}. */
    static long bytes(String quantity) {
        Matcher m = Pattern.compile("(\\d+)(Ki|Mi|Gi)?").matcher(quantity);
        assertThat(m.matches()).as("memory quantity %s", quantity).isTrue();
        int shift = m.group(2) == null ? 0 : switch (m.group(2)) {
            case "Ki" -> 10;
            case "Mi" -> 20;
            default -> 30;
        };
        return Long.parseLong(m.group(1)) << shift;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
