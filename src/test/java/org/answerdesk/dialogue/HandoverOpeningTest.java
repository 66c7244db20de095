package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A handover is said after a request for a person, but also after a push-back that asks for something ("can you not
 * make an exception?") and after the apology to an angry customer: opened with "Of course." it reads as a yes to the
 * exception, and "I'm sorry about this. Of course." as two answers. So no handover text of the bundles opens with a
 * word the language's {@code answer.opening} calls an answer's yes or no.
 */
class HandoverOpeningTest {

    @ParameterizedTest
    @CsvSource({"en, messages", "de, messages_de", "es, messages_es", "fr, messages_fr", "it, messages_it",
            "nl, messages_nl", "pt, messages_pt", "pt, messages_pt_PT"})
    void noHandoverTextOpensWithAYes(String language, String bundle) throws IOException {
        Properties texts = new Properties();
        try (var in = getClass().getResourceAsStream("/texts/" + bundle + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Lexicon lexicon = Lexicon.of(language).orElseThrow();
        Pattern opening = Pattern.compile("^\\s*(?:" + lexicon.alternatives(AnswerOpening.KEY).orElseThrow()
                + ")\\s*[,.!:;]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        var handovers = texts.stringPropertyNames().stream()
                .filter(key -> key.startsWith("conversation.human-requested")).sorted().toList();
        assertThat(handovers).as(bundle).hasSizeGreaterThanOrEqualTo(3);
        for (String key : handovers) {
            assertThat(opening.matcher(texts.getProperty(key)).find()).as(bundle + " " + key + ": "
                    + texts.getProperty(key)).isFalse();
        }
    }
}
