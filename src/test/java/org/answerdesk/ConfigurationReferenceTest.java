package org.answerdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code docs/configuration.md} in step with the settings the code reads. With {@code -Dregenerate=true}
 * it rewrites the page's generated section instead of checking it ({@link ConfigurationReference}).
 */
class ConfigurationReferenceTest {

    private static final String REGENERATE = "./mvnw -o -q test -Dtest=ConfigurationReferenceTest -Dregenerate=true";

    private static List<ConfigurationReference.Setting> settings;
    private static String page;

    @BeforeAll
    static void read() throws IOException {
        assertThat(ConfigurationReference.METADATA)
                .as("the configuration processor's output (compile first)").exists();
        settings = ConfigurationReference.settings(ConfigurationReference.METADATA);
        if (Boolean.getBoolean("regenerate")) {
            ConfigurationReference.main(new String[0]);
        }
        page = Files.readString(ConfigurationReference.DOC);
    }

    @Test
    void everySettingHasADescription() {
        assertThat(settings).hasSizeGreaterThan(50);
        assertThat(settings.stream().filter(s -> s.description().isBlank()).map(ConfigurationReference.Setting::name))
                .as("settings without a description: add an @param to the record's Javadoc, or an entry to "
                        + "META-INF/additional-spring-configuration-metadata.json for a @Value")
                .isEmpty();
    }

    @Test
    void theReferenceListsEverySettingAndNoOther() {
        Set<String> inCode = new TreeSet<>(settings.stream().map(ConfigurationReference.Setting::name).toList());
        Set<String> inDoc = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `[A-Z0-9_]+` \\| `(answerdesk\\.[a-z0-9.-]+)` \\|")
                .matcher(ConfigurationReference.generatedSection(page));
        while (row.find()) {
            inDoc.add(row.group(1));
        }
        assertThat(difference(inCode, inDoc)).as("settings missing from docs/configuration.md; run " + REGENERATE)
                .isEmpty();
        assertThat(difference(inDoc, inCode)).as("settings in docs/configuration.md that no longer exist; run "
                + REGENERATE).isEmpty();
        assertThat(ConfigurationReference.generatedSection(page))
                .as("docs/configuration.md is out of date (a default or a description changed); run " + REGENERATE)
                .isEqualTo(ConfigurationReference.render(settings));
    }

    @Test
    void everyValueInjectedSettingIsInTheMetadata() throws IOException {
        Set<String> read = new TreeSet<>();
        Pattern placeholder = Pattern.compile("\\$\\{(answerdesk\\.[a-z0-9.-]+)[:}]");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = placeholder.matcher(Files.readString(file));
                while (m.find()) {
                    read.add(m.group(1));
                }
            }
        }
        assertThat(read).as("@Value settings found").isNotEmpty();
        assertThat(difference(read, new HashSet<>(settings.stream().map(ConfigurationReference.Setting::name).toList())))
                .as("@Value settings not described in META-INF/additional-spring-configuration-metadata.json")
                .isEmpty();
    }

    @Test
    void theListedEnvironmentVariableSetsTheSetting() {
        for (ConfigurationReference.Setting setting : settings) {
            StandardEnvironment environment = new StandardEnvironment();
            environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                            Map.of(setting.environmentVariable(), "probe")));
            assertThat(Binder.get(environment).bind(setting.name(), String.class).orElse(null))
                    .as(setting.environmentVariable() + " sets " + setting.name()).isEqualTo("probe");
        }
    }

    /** The hand-written table of Spring Boot's own settings names only settings Boot (or this app) still has. */
    @Test
    void theHandWrittenSpringSettingsExist() throws IOException {
        String handWritten = page.substring(page.indexOf(ConfigurationReference.END));
        Set<String> listed = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `[A-Z0-9_]+` \\| `((?:spring|server)\\.[a-z0-9.-]+)` \\|")
                .matcher(handWritten);
        while (row.find()) {
            listed.add(row.group(1));
        }
        assertThat(listed).as("hand-written Spring Boot settings").hasSizeGreaterThan(5);
        Set<String> known = new HashSet<>();
        for (URL url : Collections.list(getClass().getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                JsonNode root = JsonMapper.builder().build().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                root.path("properties").forEach(p -> known.add(p.path("name").asString()));
            }
        }
        assertThat(difference(listed, known)).as("settings in the hand-written table that Spring Boot does not know")
                .isEmpty();
        for (String name : listed) {
            String variable = name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
            assertThat(handWritten).as("the variable of " + name).contains("| `" + variable + "` | `" + name + "` |");
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
