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
    void isLenientWhereSpreadsheetsAreSloppy() throws IOException {
        // a quote inside an unquoted field is a character; text after a closing quote stays in the field; a lone CR
        // ends a row; whitespace-only lines are skipped; a quote after a leading space is a character
        var rows = Csv.read(new StringReader("5\" screen,\"a\"b c\r   \n \"x\",\"\"\r\n"));
        assertThat(rows).containsExactly(List.of("5\" screen", "ab c"), List.of(" \"x\"", ""));
    }

    @Test
    void rejectsAnUnterminatedQuote() {
        assertThatThrownBy(() -> Csv.read(new StringReader("a,b\n\"open,2\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CSV row 2: a quoted field is never closed (unterminated quote)");
    }
}
