package org.answerdesk.deploy;

import static org.answerdesk.deploy.Manifests.at;
import static org.answerdesk.deploy.Manifests.documents;
import static org.answerdesk.deploy.Manifests.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The Dockerfile, compose.yaml and .env.example agree with each other and with the app's settings. */
class ContainerFilesTest {

    private static final Path COMPOSE = Path.of("compose.yaml");

    @Test
    void theImagesHealthCheckAsksTheReadinessGroupOnTheManagementPort() {
        String dockerfile = Manifests.read(Path.of("Dockerfile"));
        assertThat(dockerfile).containsPattern("(?m)^HEALTHCHECK .*CMD \\[\"healthcheck\", \"readiness\"]$")
                .contains("ANSWERDESK_MANAGEMENT_PORT=" + Manifests.managementPort())
                .containsPattern("(?m)^USER \\$\\{UID}:\\$\\{UID}$").containsPattern("(?m)^VOLUME /data$")
                .contains("ANSWERDESK_DATA_DIR=/data").contains("DJL_CACHE_DIR=");
        String healthcheck = Manifests.read(Path.of("deploy/container/healthcheck"));
        assertThat(healthcheck).contains("/actuator/health/%s").contains("ANSWERDESK_MANAGEMENT_PORT:-"
                + Manifests.managementPort());
        // only what the image needs is sent to the builder (target/ holds gigabytes of test output)
        assertThat(Manifests.read(Path.of(".dockerignore")).lines()).contains("*", "!target/answerdesk.jar",
                "!target/natives-linux-x86_64/", "!deploy/container/");
    }

    @Test
    void composeRunsEveryInstanceOnThePostgresServiceOnceItIsHealthy() {
        List<Map<String, Object>> documents = documents(COMPOSE);
        assertThat(documents).hasSize(1);
        Map<String, Object> services = map(documents.get(0).get("services"));
        assertThat(at(services, "postgres", "healthcheck", "test").toString()).contains("pg_isready");
        assertThat((List<?>) at(services, "postgres", "volumes")).isNotEmpty();
        Map<String, Object> app = map(services.get("answerdesk"));
        assertThat(at(app, "depends_on", "postgres", "condition")).isEqualTo("service_healthy");
        Map<String, Object> env = map(app.get("environment"));
        assertThat(env.get("SPRING_DATASOURCE_URL").toString()).startsWith("jdbc:postgresql://postgres:5432/");
        assertThat(env.get("ANSWERDESK_REQUIRE_EXTERNAL_DATABASE")).isEqualTo("true");
        assertThat(env).containsKeys("ANSWERDESK_ADMIN_TOKEN", "ANSWERDESK_FEEDBACK_SECRET", "ANSWERDESK_SECRET_KEY");
        // the management port is published on loopback only
        assertThat((List<?>) app.get("ports")).map(Object::toString)
                .filteredOn(p -> p.endsWith(":" + Manifests.managementPort())).allMatch(p -> p.startsWith("127.0.0.1:"))
                .hasSize(1);
    }

    @Test
    void composeAndTheSystemdUnitAreHardenedAndLimitedAsTheManifestsAreWithRoomForTheAdaptation() {
        Map<String, Object> app = map(map(documents(COMPOSE).get(0).get("services")).get("answerdesk"));
        assertThat(app.get("read_only")).isEqualTo(true);
        assertThat((List<?>) app.get("cap_drop")).map(Object::toString).containsExactly("ALL");
        assertThat((List<?>) app.get("security_opt")).map(Object::toString).contains("no-new-privileges:true");
        // what the app writes besides /data: natives it loads (hence exec), DJL's cache
        assertThat((List<?>) app.get("tmpfs")).map(Object::toString).anyMatch(t -> t.matches("/tmp:.*\\bexec\\b.*"));
        assertThat((List<?>) app.get("volumes")).map(Object::toString)
            .anyMatch(v -> v.endsWith(":/home/answerdesk/.cache/djl")).anyMatch(v -> v.endsWith(":/data"));
        // the adaptation runs only with 4 GiB (faq.AdaptationMemory reads the limit), as the manifests give it
        assertThat(quantity(app.get("mem_limit").toString())).isGreaterThanOrEqualTo(4L << 30);

        String unit = Manifests.read(Path.of("deploy/systemd/answerdesk.service"));
        Matcher max = Pattern.compile("(?m)^MemoryMax=(\\w+)$").matcher(unit);
        assertThat(max.find()).as("MemoryMax in the unit").isTrue();
        assertThat(quantity(max.group(1))).isGreaterThanOrEqualTo(4L << 30);
    }

    /** Bytes of {@code 4g} (compose) or {@code 5G} (systemd). */
    private static long quantity(String text) {
        Matcher m = Pattern.compile("(\\d+)([kKmMgG]?)").matcher(text);
        assertThat(m.matches()).as("memory quantity %s", text).isTrue();
        int shift = switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        return Long.parseLong(m.group(1)) << shift;
    }

    @Test
    void everyRequiredComposeVariableIsExplainedInTheEnvExample() {
        Matcher required = Pattern.compile("\\$\\{(\\w+):\\?").matcher(Manifests.read(COMPOSE));
        Map<String, String> example = Manifests.envFile(Path.of(".env.example"));
        int count = 0;
        while (required.find()) {
            count++;
            assertThat(example).as(".env.example").containsKey(required.group(1));
            assertThat(example.get(required.group(1))).as("no secret in .env.example").isEmpty();
        }
        assertThat(count).isGreaterThanOrEqualTo(4);
    }
}
