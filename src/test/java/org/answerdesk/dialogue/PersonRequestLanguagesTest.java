package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * A request for a person always reaches a person, in every shipped language: requests as customers type them (with
 * a team, a callback, a complaint, no accents, one word), and questions that only name a person or the customer
 * service, which stay questions. The development set is read right in full; the held-out set (written with it,
 * never tuned on) is reported.
 */
class PersonRequestLanguagesTest {

    record Row(String language, String text, boolean person) {
    }

    private static List<Row> rows(String part) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = PersonRequestLanguagesTest.class.getResourceAsStream(
                "/dialogue/lang/person-requests-" + part + ".tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t");
                rows.add(new Row(f[0], f[1], f[2].equals("person")));
            }
        }
        return rows;
    }

    private static List<String> wrong(List<Row> rows) {
        return rows.stream().filter(r -> PersonRequest.asksForPerson(r.text(), Locale.forLanguageTag(r.language()))
                != r.person()).map(r -> r.language() + ": " + r.text() + (r.person() ? " (missed)" : " (not one)"))
                .toList();
    }

    @Test
    void everyRequestForAPersonInTheDevelopmentSetIsOneAndNoQuestionIs() throws IOException {
        List<Row> rows = rows("dev");
        assertThat(rows).hasSizeGreaterThan(60);
        assertThat(wrong(rows)).isEmpty();
    }

    @Test
    void theHeldOutSetIsReported() throws IOException {
        List<Row> rows = rows("heldout");
        List<String> wrong = wrong(rows);
        System.out.printf("person requests held out: %d/%d %s%n", rows.size() - wrong.size(), rows.size(), wrong);
        assertThat(rows).hasSize(30);
    }
}
