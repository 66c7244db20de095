package org.answerdesk.deploy;

import static org.answerdesk.deploy.Manifests.KUBERNETES;
import static org.answerdesk.deploy.Manifests.at;
import static org.answerdesk.deploy.Manifests.bytes;
import static org.answerdesk.deploy.Manifests.documents;
import static org.answerdesk.deploy.Manifests.kind;
import static org.answerdesk.deploy.Manifests.map;
import static org.answerdesk.deploy.Manifests.maps;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests of deploy/kubernetes (Kustomize): they parse, probe the management port's groups, refer
 * to one image and one Secret, and give every replica an external database.
 */
class KubernetesManifestsTest {

    private static final Path BASE = KUBERNETES.resolve("base");

    @Test
    void everyDocumentParsesAndNamesItsKind() {
        List<Path> files = Manifests.yamlFiles(KUBERNETES);
        assertThat(files).hasSizeGreaterThanOrEqualTo(7);
        for (Path file : files) {
            assertThat(documents(file)).as(file.toString()).isNotEmpty()
                    .allSatisfy(d -> assertThat(d).as(file.toString()).containsKeys("apiVersion", "kind"));
        }
        for (String overlay : List.of("base", "without-adaptation")) {
            Map<String, Object> kustomization = kind(KUBERNETES.resolve(overlay), "Kustomization");
            for (Object resource : (List<?>) kustomization.getOrDefault("resources", List.of())) {
                assertThat(KUBERNETES.resolve(overlay).resolve(resource.toString())).as("resource of " + overlay)
                        .exists();
            }
        }
    }

    @Test
    void probesAskTheManagementPortsLivenessAndReadinessGroups() {
        Map<String, Object> container = container();
        int managementPort = Manifests.managementPort();
        assertThat(containerPort(container, "management")).isEqualTo(managementPort);
        assertThat(containerPort(container, "http")).isNotEqualTo(managementPort);
        assertThat(probe(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");
        assertThat(probe(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
        assertThat(probe(container, "startupProbe")).isEqualTo("/actuator/health/liveness");
        // the groups exist: readiness is the app's own (the database), liveness Spring Boot's
        assertThat(Manifests.applicationProperties().getProperty("management.endpoint.health.group.readiness.include"))
                .contains("readinessState", "db");
    }

    @Test
    void neitherTheServiceNorTheIngressReachesTheManagementPort() {
        Map<String, Object> container = container();
        Map<String, Object> service = kind(BASE, "Service");
        List<Map<String, Object>> ports = maps(at(service, "spec", "ports"));
        for (Map<String, Object> port : ports) {
            Object target = port.get("targetPort");
            int targetPort = target instanceof Integer n ? n : containerPort(container, target.toString());
            assertThat(targetPort).as("Service port %s", port.get("name")).isNotEqualTo(Manifests.managementPort());
        }
        Map<String, Object> ingress = kind(BASE, "Ingress");
        for (Map<String, Object> rule : maps(at(ingress, "spec", "rules"))) {
            for (Map<String, Object> path : maps(at(rule, "http", "paths"))) {
                Map<String, Object> backend = map(at(path, "backend", "service"));
                assertThat(backend.get("name")).isEqualTo(at(service, "metadata", "name"));
                assertThat(ports).extracting(p -> p.get("name")).contains(at(backend, "port", "name"));
            }
        }
    }

    @Test
    void oneImageAndOneSecretWhoseKeysTheReplicasRead() {
        Map<String, Object> kustomization = kind(BASE, "Kustomization");
        Map<String, Object> container = container();
        assertThat(maps(kustomization.get("images"))).extracting(i -> i.get("name")).containsExactly(container.get("image"));
        Map<String, Object> generator = maps(kustomization.get("secretGenerator")).get(0);
        String secret = generator.get("name").toString();
        assertThat(generator.get("envs")).isEqualTo(List.of("secret.env"));
        assertThat(Manifests.read(BASE.resolve(".gitignore")).lines()).contains("secret.env");
        Map<String, String> example = Manifests.envFile(BASE.resolve("secret.env.example"));

        List<Map<String, Object>> fromSecret = env(container).stream()
                .filter(e -> e.get("valueFrom") != null && map(e.get("valueFrom")).containsKey("secretKeyRef"))
                .map(e -> map(at(e, "valueFrom", "secretKeyRef"))).toList();
        assertThat(fromSecret).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref.get("name")).isEqualTo(secret);
            assertThat(ref.get("optional")).as("a missing key stops the pod").isNotEqualTo(true);
            assertThat(example).as("secret.env.example").containsKey(ref.get("key").toString());
        });
        assertThat(maps(container.get("envFrom"))).extracting(e -> at(e, "secretRef", "name")).containsExactly(secret);
        // what the replicas must share is in the Secret, as compose.yaml requires it in .env
        assertThat(fromSecret).extracting(ref -> ref.get("key")).contains("ANSWERDESK_ADMIN_TOKEN",
                "ANSWERDESK_FEEDBACK_SECRET", "ANSWERDESK_SECRET_KEY", "SPRING_DATASOURCE_PASSWORD");
    }

    @Test
    void everyReplicaHasADatasourceAndRefusesAnEmbeddedDatabase() {
        Map<String, Object> container = container();
        assertThat(at(kind(BASE, "Deployment"), "spec", "replicas")).isEqualTo(2);
        Map<String, Object> url = env(container, "SPRING_DATASOURCE_URL");
        assertThat(at(url, "valueFrom", "secretKeyRef", "key")).isEqualTo("SPRING_DATASOURCE_URL");
        assertThat(Manifests.envFile(BASE.resolve("secret.env.example")).get("SPRING_DATASOURCE_URL"))
                .startsWith("jdbc:postgresql://");
        assertThat(env(container, "ANSWERDESK_REQUIRE_EXTERNAL_DATABASE").get("value")).isEqualTo("true");
        assertThat(Manifests.read(Path.of("deploy/container/entrypoint")))
                .contains("ANSWERDESK_REQUIRE_EXTERNAL_DATABASE").contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void memoryFitsWhetherTheModelIsAdaptedAndTheGracePeriodFitsTheStop() {
        Map<String, Object> container = container();
        assertThat(env(container, "ANSWERDESK_FAQ_ADAPT").get("value")).isEqualTo("true");
        // the app adapts only with 4 GiB (faq.AdaptationMemory), read from the container's limit
        assertThat(bytes(at(container, "resources", "limits", "memory").toString())).isGreaterThanOrEqualTo(4L << 30);
        Map<String, Object> patched = maps(at(documents(KUBERNETES.resolve(
                "without-adaptation/deployment-patch.yaml")).get(0), "spec", "template", "spec", "containers")).get(0);
        assertThat(env(patched, "ANSWERDESK_FAQ_ADAPT").get("value")).isEqualTo("false");
        assertThat(bytes(at(patched, "resources", "limits", "memory").toString())).isLessThan(4L << 30);

        // preStop's wait, Spring's graceful stop (30 s a phase), the training process's 10 s
        int preStop = Integer.parseInt(((List<?>) at(container, "lifecycle", "preStop", "exec", "command")).get(1)
                .toString());
        Object grace = at(kind(BASE, "Deployment"), "spec", "template", "spec", "terminationGracePeriodSeconds");
        assertThat((Integer) grace).isGreaterThanOrEqualTo(preStop + 30 + 10);
    }

    private static Map<String, Object> container() {
        List<Map<String, Object>> containers = maps(at(kind(BASE, "Deployment"), "spec", "template", "spec",
                "containers"));
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private static int containerPort(Map<String, Object> container, String name) {
        return maps(container.get("ports")).stream().filter(p -> name.equals(p.get("name")))
                .map(p -> (Integer) p.get("containerPort")).findFirst()
                .orElseThrow(() -> new AssertionError("no container port " + name));
    }

    /** The probe's path, after checking that it asks the management port. */
    private static String probe(Map<String, Object> container, String probe) {
        Map<String, Object> get = map(at(container, probe, "httpGet"));
        assertThat(get.get("port")).as(probe).isIn("management", Manifests.managementPort());
        return get.get("path").toString();
    }

    private static List<Map<String, Object>> env(Map<String, Object> container) {
        return maps(container.get("env"));
    }

    private static Map<String, Object> env(Map<String, Object> container, String name) {
        return env(container).stream().filter(e -> Objects.equals(e.get("name"), name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in the container's env"));
    }
}
