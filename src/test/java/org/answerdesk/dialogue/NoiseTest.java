package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A keyboard mash is never a real word: checked against every word of the shipped texts and the data sets. */
class NoiseTest {

    @Test
    void noWordOfTheSampleFaqTheBundlesOrTheDataSetsIsAMash() throws IOException {
        Set<String> words = new TreeSet<>();
        try (Stream<Path> files = Stream.of(Path.of("db/sample-faq.csv"), Path.of("src/main/resources/dialogue/acts.tsv"),
                Path.of("src/main/resources/retrieval/off-topic-questions.txt"),
                Path.of("src/main/resources/dialogue/anger.tsv"))) {
            for (Path f : files.toList()) {
                words.addAll(java.util.Arrays.asList(Noise.words(Files.readString(f, StandardCharsets.UTF_8).toLowerCase()).split(" ")));
            }
        }
        for (Path dir : new Path[] {Path.of("src/main/resources/texts"), Path.of("src/test/resources/language"),
            Path.of("src/test/resources/dialogue"), Path.of("../shared/data")}) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().matches(
                            ".*\\.(properties|tsv|txt|csv)$")).toList()) {
                        words.addAll(java.util.Arrays.asList(Noise.words(Files.readString(f, StandardCharsets.UTF_8)
                                .toLowerCase()).split(" ")));
                    }
                }
            }
        }
        assertThat(words).hasSizeGreaterThan(3_000);
        assertThat(words.stream().filter(Noise::mash).toList()).isEmpty();
    }

    @Test
    void aMashIsOneOrTwoRunsAlongAKeyboardRow() {
        assertThat(Noise.mash("asdfgh")).isTrue();
        assertThat(Noise.mash("asdfg")).as("too short to tell").isFalse();
        assertThat(Noise.mash("asdfgh where is my order")).isFalse();
        assertThat(Noise.mash("12345")).isFalse();
        assertThat(Noise.mash("wetter")).as("German for weather: QWERTY's top row, a key skipped after a vowel").isFalse();
        assertThat(Noise.mash("sdfsdf")).as("a key skipped between consonants").isTrue();
    }
}
