package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class LiteralNeedsTest {

    private static Optional<List<String>> needs(String regex) {
        return LiteralNeeds.of(Pattern.compile(regex));
    }

    @Test
    void groupsMatchedOnceAreJoinedWithTheCharactersAroundThem() {
        assertThat(needs("(?:sag|frag) (den|die) chef").orElseThrow()).containsExactlyInAnyOrder(
                "sag den chef", "sag die chef", "frag den chef", "frag die chef");
        // a boundary or a look-around joins the characters around it: it matches no character of its own
        assertThat(needs("(?<![a-z])call\\b me(?![a-z])").orElseThrow()).containsExactly("call me");
    }

    @Test
    void anOptionalOrRepeatedPartIsNoNeedButWhatMustFollowIs() {
        assertThat(needs("(please )?(an? )?(agent|operator)( now)*").orElseThrow())
                .containsExactlyInAnyOrder("agent", "operator");
        assertThat(needs("x?talk.{0,20}to [a-z]+ human").orElseThrow()).containsExactly(" human");
        // "+" matches once at least: its part's needs hold, though it is no run with the characters before it
        assertThat(needs("hel+o there").orElseThrow()).containsExactly("o there");
    }

    @Test
    void everyAlternativeMustGiveANeedWorthALook() {
        assertThat(needs("^(?:refund please|money back)$|talk to you").orElseThrow())
                .containsExactlyInAnyOrder("refund please", "money back", "talk to you");
        assertThat(needs("refund|[a-z]+ back")).as("\"[a-z]+ back\" holds \" back\"").isPresent();
        assertThat(needs("refund|\\p{L}+")).as("an alternative of no literal").isEmpty();
        assertThat(needs("refund|ok")).as("a need of two letters is in most texts").isEmpty();
        assertThat(needs("refund|")).as("the empty alternative").isEmpty();
    }

    @Test
    void aPatternItDoesNotFollowHasNoNeeds() {
        assertThat(LiteralNeeds.of(Pattern.compile("refund", Pattern.CASE_INSENSITIVE))).isEmpty();
        assertThat(needs("(?i)refund")).isEmpty();
        assertThat(needs("\\Qrefund\\E")).isEmpty();
        assertThat(needs("(ref)und \\1")).isEmpty();
        assertThat(needs("(?<word>refund)")).isEmpty();
        assertThat(needs("caf\\u00e9 latte")).isEmpty();
        // a character class, nested, with an escaped bracket: read past as one unknown character
        assertThat(needs("[a-z\\]&&[^q]]refund").orElseThrow()).containsExactly("refund");
    }

    /**
     * What makes the prefilter safe: wherever one of the shipped languages' patterns finds a match in a sentence of
     * the dialogue tests, the sentence holds one of its needs (read as the rules read texts: lower case, folded).
     */
    @Test
    void everyMatchOfTheShippedPatternsHoldsOneOfTheirNeeds() throws Exception {
        for (String code : Lexicon.SHIPPED) {
            Locale language = Locale.forLanguageTag(code);
            PersonRequest.asksForPerson("hallo, hello (1)", language);
            Acts.read("hallo, hello? (1)", language);
            ColloquialActs.of("hello", language);
        }
        Map<String, Pattern> compiled = compiled();
        List<String> texts = sentences();
        int withNeeds = 0;
        int matched = 0;
        for (var entry : compiled.entrySet()) {
            Optional<List<String>> needs = LiteralNeeds.of(entry.getValue());
            if (needs.isEmpty()) {
                continue;
            }
            withNeeds++;
            for (String text : texts) {
                for (String read : List.of(text.toLowerCase(Locale.ROOT), ActRules.folded(text))) {
                    Matcher m = entry.getValue().matcher(read);
                    if (m.find()) {
                        matched++;
                        assertThat(LiteralNeeds.anyIn(needs.get(), read)).as(entry.getKey() + " in " + read).isTrue();
                    }
                }
            }
        }
        assertThat(withNeeds).isGreaterThan(100);
        assertThat(matched).isGreaterThan(100);
    }

    @Test
    void aLongTextOfRepeatedWordsIsLookedAtInOnePassPerNeed() {
        List<String> needs = needs("(?:sag|frag) (den|die) chef|echten? (menschen|mitarbeiter)").orElseThrow();
        String text = "chef,".repeat(800);
        assertThat(LiteralNeeds.anyIn(needs, text)).isFalse();
        assertThat(LiteralNeeds.anyIn(needs, text + "echte menschen")).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Pattern> compiled() throws ReflectiveOperationException {
        Field field = Lexicon.class.getDeclaredField("COMPILED");
        field.setAccessible(true);
        return Map.copyOf((Map<String, Pattern>) field.get(null));
    }

    /**
     * Every eighth field of the dialogue tests' tables: the project's own sentences in the seven languages (all of
     * them held against all the patterns are some twenty million reads).
     */
    private static List<String> sentences() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/dialogue"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    for (String field : line.split("\t")) {
                        if (!field.isBlank() && field.length() <= 600) {
                            texts.add(field.strip());
                        }
                    }
                }
            }
        }
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < texts.size(); i += 8) {
            sample.add(texts.get(i));
        }
        assertThat(sample).hasSizeGreaterThan(1_000);
        return sample;
    }
}
