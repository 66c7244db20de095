package org.answerdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * {@code deploy/jvm.options}, the JVM options of every documented launch: a JVM accepts the file (comments and
 * all) with the collector and heap it names, every launcher passes it, and the image's build context lets it in.
 */
class JvmOptionsTest {

    private static final Path OPTIONS = Path.of("deploy/jvm.options");

    @Test
    void aJvmTakesTheFileWithItsCollectorAndHeap() throws Exception {
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + OPTIONS, "-XX:+PrintFlagsFinal", "-version").redirectErrorStream(true).start();
        String out = new String(java.getInputStream().readAllBytes());
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).as("the JVM ended").isTrue();
        assertThat(java.exitValue()).as(out).isZero();
        assertThat(out).containsPattern("bool UseSerialGC\\s+= true\\s+\\{product} \\{command line}")
                .containsPattern("InitialHeapSize\\s+= 67108864\\s")
                .containsPattern("MaxHeapSize\\s+= 805306368\\s")
                .containsPattern("TrimNativeHeapInterval\\s+= 2000\\s+\\{product} \\{command line}")
                .containsPattern("MaxHeapFreeRatio\\s+= 20\\s")
                .containsPattern("MinHeapFreeRatio\\s+= 10\\s")
                .containsPattern("MaxNewSize\\s+= 16777216\\s+\\{product} \\{command line}");
    }

    @Test
    void everyLauncherPassesTheFile() {
        assertThat(Manifests.read(Path.of("pom.xml"))).contains("<jvmArguments>@${project.basedir}/deploy/jvm.options");
        assertThat(Manifests.read(Path.of("README.md"))).contains("java @deploy/jvm.options -jar target/answerdesk.jar");
        assertThat(Manifests.read(Path.of("deploy/container/entrypoint")))
                .containsPattern("(?m)^java @/app/jvm.options \\$\\{JAVA_OPTS:-} -jar /app/answerdesk.jar");
        assertThat(Manifests.read(Path.of("Dockerfile"))).containsPattern("(?m)^COPY deploy/jvm.options \\./$");
        assertThat(Manifests.read(Path.of("deploy/systemd/answerdesk.service")))
                .containsPattern("(?m)^ExecStart=/usr/bin/java @/opt/answerdesk/jvm.options -jar ");
    }

    @Test
    void theLaunchesThatSetTheEnvironmentKeepGlibcToTwoArenas() {
        assertThat(Manifests.read(Path.of("Dockerfile"))).containsPattern("(?m)^\\s+MALLOC_ARENA_MAX=2 \\\\$");
        assertThat(Manifests.read(Path.of("deploy/systemd/answerdesk.service")))
                .containsPattern("(?m)^Environment=MALLOC_ARENA_MAX=2$");
    }

    @Test
    void everyFileTheImageCopiesFromTheBuildContextIsLetIn() {
        List<String> allowed = Manifests.read(Path.of(".dockerignore")).lines().filter(l -> l.startsWith("!"))
                .map(l -> l.substring(1)).toList();
        List<String> copied = Manifests.read(Path.of("Dockerfile")).lines()
                .filter(l -> l.startsWith("COPY ") && !l.contains("--from="))
                .flatMap(l -> {
                    String[] words = l.substring("COPY ".length()).trim().split("\\s+");
                    return Arrays.stream(words, 0, words.length - 1).filter(w -> !w.startsWith("--"));
                }).toList();
        assertThat(copied).isNotEmpty().allSatisfy(source -> assertThat(allowed)
                .as(source + " is copied into the image").anyMatch(a -> source.equals(a) || source.startsWith(a)));
    }
}
