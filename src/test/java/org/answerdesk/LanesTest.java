package org.answerdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The failsafe lanes' rules that a class's annotations can break without any IT failing at once (pom.xml,
 * {@link SideLane}, {@link WaitLane}): read from the compiled IT classes and their sources.
 */
class LanesTest {

    private static final Path CLASSES = Path.of("target/test-classes");
    private static final Path SOURCES = Path.of("src/test/java");

    /** JUnit takes a class's locks in key order: a lane must come first, or its waiting class blocks other lanes. */
    @Test
    void theLanesAreLockedBeforeTheCapturedOutput() {
        assertThat(SideLane.LANE).isLessThan(ReadsTheLog.OUTPUT);
        assertThat(WaitLane.LANE).isLessThan(ReadsTheLog.OUTPUT);
    }

    @Test
    void classesThatShareASpringContextRunInOneLane() throws Exception {
        Map<Object, TreeSet<String>> lanesByContext = new HashMap<>();
        Map<Object, List<String>> classesByContext = new HashMap<>();
        for (Class<?> itClass : itClasses()) {
            Object key = ContextOrder.contextKey(itClass);
            lanesByContext.computeIfAbsent(key, k -> new TreeSet<>()).add(lane(itClass));
            classesByContext.computeIfAbsent(key, k -> new ArrayList<>()).add(itClass.getSimpleName());
        }
        List<String> split = new ArrayList<>();
        lanesByContext.forEach((key, lanes) -> {
            if (lanes.size() > 1) {
                split.add(classesByContext.get(key) + " in " + lanes);
            }
        });
        assertThat(split).as("classes of one context in two lanes would use it at the same time").isEmpty();
        assertThat(classesByContext.values()).as("some context is shared, or the check reads nothing")
                .anySatisfy(classes -> assertThat(classes).hasSizeGreaterThan(1));
    }

    @Test
    void noClassIsInTwoLanesAndTheWaitLaneLogsInToNoMailbox() throws Exception {
        List<String> waitLane = new ArrayList<>();
        for (Class<?> itClass : itClasses()) {
            assertThat(itClass.isAnnotationPresent(SideLane.class) && itClass.isAnnotationPresent(WaitLane.class))
                    .as("%s is marked for two lanes", itClass.getName()).isFalse();
            if (itClass.isAnnotationPresent(WaitLane.class)) {
                waitLane.add(itClass.getSimpleName());
                String source = Files.readString(SOURCES.resolve(itClass.getName().replace('.', '/') + ".java"));
                assertThat(source).as("%s: the mailbox classes stay in the side lane (docs/benchmarks.md, ci20)",
                        itClass.getSimpleName()).doesNotContain("TestMailServer").doesNotContain("GreenMail");
            }
        }
        assertThat(waitLane).hasSizeGreaterThan(10);
    }

    /**
     * Only the main lane runs its classes in {@link ContextOrder}'s order (one thread); in the side and the wait lane
     * threads queue on the lane's lock and the one that frees it starts the next class first. A class that asks for
     * the FAQ's health could then come before the others of its context, and its app would cross-validate the FAQ
     * after each of their changes: such classes share no context in those lanes.
     */
    @Test
    void noSharedContextOfTheSideOrWaitLaneAsksForTheFaqsHealth() throws Exception {
        Map<Object, List<Class<?>>> classesByContext = new HashMap<>();
        for (Class<?> itClass : itClasses()) {
            if (!lane(itClass).equals("main")) {
                classesByContext.computeIfAbsent(ContextOrder.contextKey(itClass), k -> new ArrayList<>()).add(itClass);
            }
        }
        List<String> shared = new ArrayList<>();
        classesByContext.values().stream().filter(classes -> classes.size() > 1).forEach(classes -> {
            shared.add(classes.get(0).getSimpleName());
            assertThat(classes).as("classes of one side- or wait-lane context")
                    .noneMatch(itClass -> itClass.isAnnotationPresent(AsksForFaqHealth.class));
        });
        assertThat(shared).as("some side- or wait-lane context is shared, or the check reads nothing").isNotEmpty();
    }

    /** Lane locks are not fair: a class that waits for a second lane mid-run holds its own lane idle meanwhile. */
    @Test
    void aClassThatHoldsASecondLanesLockRunsLast() throws Exception {
        List<String> twoLanes = new ArrayList<>();
        for (Class<?> itClass : itClasses()) {
            ResourceLock[] locks = itClass.getAnnotationsByType(ResourceLock.class);
            if (Stream.of(locks).map(ResourceLock::value)
                    .anyMatch(key -> key.equals(SideLane.LANE) || key.equals(WaitLane.LANE))) {
                twoLanes.add(itClass.getSimpleName());
                assertThat(itClass.isAnnotationPresent(RunsLast.class))
                        .as("%s holds a second lane's lock: it waits for that lane's end, last", itClass.getName())
                        .isTrue();
            }
        }
        assertThat(twoLanes).as("SlowBodyIT holds the wait lane's lock beside the side lane's").isNotEmpty();
    }

    /**
     * A thread that takes a lane's class while the lane is busy waits on its lock, and the pool adds a thread in its
     * place only up to its maximum. With fewer threads than lane classes, every thread could be waiting on one lane
     * while the other lane's next class sat in the queue with no thread to take it: that lane idled until a class of
     * the first ended (75-85 s in a run, docs/benchmarks.md "ci54"). With more threads than lane classes and lanes,
     * the pool cannot run out of them however many classes of one lane wait.
     */
    @Test
    void thePoolHasAThreadForEveryLaneClass() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String failsafe = pom.substring(pom.indexOf("<artifactId>maven-failsafe-plugin</artifactId>"));
        int pool = Integer.parseInt(setting(pom, failsafe, "junit.jupiter.execution.parallel.config.fixed.max-pool-size"));
        int parallelism = Integer.parseInt(setting(pom, failsafe,
                "junit.jupiter.execution.parallel.config.fixed.parallelism"));
        long laneClasses = itClasses().stream().filter(itClass -> !lane(itClass).equals("main")).count();
        assertThat(laneClasses).as("side- and wait-lane classes").isGreaterThan(50);
        assertThat(pool).as("failsafe's max-pool-size").isGreaterThan((int) laneClasses + parallelism);
    }

    /** A configuration parameter's value in {@code section}, a {@code ${property}} read from the pom's properties. */
    private static String setting(String pom, String section, String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(key) + "=(\\S+)")
                .matcher(section);
        assertThat(m.find()).as(key).isTrue();
        String value = m.group(1);
        if (value.startsWith("${")) {
            String property = value.substring(2, value.length() - 1);
            java.util.regex.Matcher p = java.util.regex.Pattern.compile("<" + java.util.regex.Pattern.quote(property)
                    + ">([^<]+)</").matcher(pom);
            assertThat(p.find()).as(property).isTrue();
            value = p.group(1).strip();
        }
        return value;
    }

    private static String lane(Class<?> itClass) {
        return itClass.isAnnotationPresent(WaitLane.class) ? "wait"
                : itClass.isAnnotationPresent(SideLane.class) ? "side" : "main";
    }

    private static List<Class<?>> itClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("[^$]+IT\\.class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceFirst("\\.class$", "");
                classes.add(Class.forName(name, false, LanesTest.class.getClassLoader()));
            }
        }
        assertThat(classes).hasSizeGreaterThan(100);
        return classes;
    }
}
