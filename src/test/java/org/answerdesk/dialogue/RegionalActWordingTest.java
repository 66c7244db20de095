package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conversation acts in regional and phone wording (issues 61 and 62, "Regional wording"), in every shipped
 * language and its variants (en-GB/US, de-DE/AT/CH, es-ES/MX/AR/CO/CL, fr-FR/BE/CH/CA, it, pt-PT/BR, nl-NL/BE):
 * greetings, thanks (with an apology around them: "ok scusa la furia, grazie"), goodbyes, "are you a bot?" (inside a
 * greeting or a farewell too), requests for a person, "that didn't help" and "none of these" after an answer, "say
 * that again" after an answer, start over, "what can you do?", yes and no, and while a person is awaited "anyone
 * there?" and "ok I'll wait". Questions that share their words stay questions. The sentences
 * ({@code dialogue/regional-acts.tsv}) were written for this test, not taken from any measuring set. Decided by the
 * policy with an FAQ that finds nothing and no free-form phrasings, so that only the language's rules decide.
 */
class RegionalActWordingTest {

    private static final Set<Act> POLITE = Set.of(Act.GREETING, Act.THANKS, Act.BYE);
    private static final String QUESTION = "Wo ist meine Bestellung?";

    static Stream<String[]> sentences() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/dialogue/regional-acts.tsv"),
                StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("sentences")
    void eachSentenceGetsTheReplyOfItsAct(String language, String act, String text) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch();
        search.confident(Cleanup.forLookup(QUESTION, lang), FakeSearch.ORDER);
        DialogueState start = DialogueState.fresh(Locale.ENGLISH).withLanguage(lang);
        boolean waiting = act.equals("present") || act.equals("ack");
        DialogueFlow flow = new DialogueFlow(search, waiting ? start.withHandoff(false) : start);
        if (Set.of("not_helped", "repeat", "no").contains(act)) {
            flow.says(QUESTION);
        }
        Action main = flow.says(text).main();
        switch (act) {
            case "greeting", "thanks", "bye" -> assertThat(main).isInstanceOfSatisfying(Action.ActReply.class,
                    r -> assertThat(POLITE).contains(r.act()));
            case "bot" -> assertThat(main).isEqualTo(new Action.ActReply(Act.BOT, false));
            case "capabilities" -> assertThat(main).isEqualTo(new Action.ActReply(Act.CAPABILITIES, false));
            case "yes" -> assertThat(main).isEqualTo(new Action.ActReply(Act.YES, false));
            case "person" -> assertThat(main).isInstanceOfSatisfying(Action.Handoff.class,
                    h -> assertThat(h.reason()).isEqualTo(HandoffReasons.CUSTOMER_ASKED));
            case "not_helped", "no" -> {
                assertThat(main).isNotInstanceOf(Action.FaqAnswer.class);
                if (main instanceof Action.ActReply r) {
                    assertThat(r.act()).isNotIn(POLITE.toArray());
                }
                if (main instanceof Action.Handoff h) {
                    assertThat(h.reason()).isNotEqualTo(HandoffReasons.NO_ANSWER);
                }
            }
            case "repeat" -> assertThat(main).isInstanceOf(Action.Repeat.class);
            case "start_over" -> assertThat(main).isEqualTo(new Action.Fixed(Intent.RESET));
            case "present" -> assertThat(main).isEqualTo(new Action.Acknowledge(false));
            case "ack" -> assertThat(main).isInstanceOf(Action.Acknowledge.class);
            case "question" -> {
                assertThat(main).isNotInstanceOf(Action.ActReply.class);
                if (main instanceof Action.Handoff h) {
                    assertThat(h.reason()).isNotEqualTo(HandoffReasons.CUSTOMER_ASKED);
                }
            }
            default -> throw new IllegalArgumentException(act);
        }
    }
}
