package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        var rows = Csv.read(new StringReader("\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\n1,,3"));
        assertThat(rows).containsExactly(List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\nlines"),
                List.of("1", "", "3"));
    }

    @Test
    void rejectsAnUnterminatedQuote() {
        assertThatThrownBy(() -> Csv.read(new StringReader("a,b\n\"open,2\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unterminated");
    }
}
