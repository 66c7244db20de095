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
 * Acts in the customers' own wording (issues 61 and 62, set 24's classes), in every shipped language and its
 * regions: a closing that carries a date or a "see you on ..." ("merci, à jeudi alors !"), a question about the
 * bot's nature in each language's forms ("é uma máquina?", "c'est un robot ?"), a request to be connected to someone
 * in colloquial forms, and a request for a person beside another act, which wins ("is this a bot? put me through to
 * someone"). Questions that share their words stay questions, answered by the FAQ ("est-ce un robot ménager que vous
 * vendez ?"). The FAQ answers anything it is asked confidently, so that a message not read as its act gets an entry,
 * as in the set. Each row is said as the first message ({@code first}) or after an answer ({@code after}). The
 * sentences ({@code dialogue/own-wording-acts.tsv}) were written for this test, not taken from any measuring set.
 */
class OwnWordingActsTest {

    private static final Set<Act> POLITE = Set.of(Act.GREETING, Act.THANKS, Act.BYE);
    private static final String QUESTION = "Wo ist meine Bestellung?";

    static Stream<String[]> sentences() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/dialogue/own-wording-acts.tsv"),
                StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t"));
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @MethodSource("sentences")
    void eachSentenceGetsTheReplyOfItsAct(String language, String act, String when, String text) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().confidentOtherwise(FakeSearch.SHIPPING);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        if (when.equals("after")) {
            assertThat(flow.says(QUESTION).main()).isInstanceOf(Action.FaqAnswer.class);
        }
        Decision d = flow.says(text);
        Action main = d.main();
        switch (act) {
            case "thanks", "bye" -> assertThat(main).as(text).isInstanceOfSatisfying(Action.ActReply.class,
                    r -> assertThat(POLITE).contains(r.act()));
            case "bot" -> assertThat(main).as(text).isInstanceOfSatisfying(Action.ActReply.class,
                    r -> assertThat(r.act()).isEqualTo(Act.BOT));
            case "person" -> assertThat(main).as(text).isInstanceOfSatisfying(Action.Handoff.class,
                    h -> assertThat(h.reason()).isEqualTo(HandoffReasons.CUSTOMER_ASKED));
            case "bot_person" -> {
                assertThat(main).as(text).isInstanceOfSatisfying(Action.Handoff.class,
                        h -> assertThat(h.reason()).isEqualTo(HandoffReasons.CUSTOMER_ASKED));
                assertThat(d.actions()).as(text).noneMatch(a -> a instanceof Action.FaqAnswer
                        || a instanceof Action.Clarify);
            }
            case "question" -> assertThat(main).as(text).isInstanceOf(Action.FaqAnswer.class);
            default -> throw new IllegalArgumentException(act);
        }
    }
}
