package org.answerdesk.retrieval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * RFC 4180 CSV, read by Apache Commons CSV: quoted fields, doubled quotes, commas and line breaks inside quotes.
 * Lenient where spreadsheets are sloppy: a quote inside an unquoted field is kept as a character, text after a
 * closing quote is kept as part of the field, a UTF-8 byte order mark is dropped.
 */
public final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false) // blank lines are dropped below, whitespace-only ones too
            .setTrailingData(true)
            .get();

    private Csv() {
    }

    /**
     * Every record of the input, header included; blank lines are skipped.
     *
     * @throws IllegalArgumentException if a quoted field is never closed
     */
    public static List<List<String>> read(Reader source) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(source).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                List<String> row = record.toList();
                if (!(row.size() == 1 && row.get(0).isBlank())) {
                    rows.add(new ArrayList<>(row));
                }
            }
        } catch (UncheckedIOException e) { // the parser's iterator wraps what it could not read
            // the only CSVException this format can raise: the input ends inside quotes
            if (e.getCause() instanceof CSVException) {
                throw new IllegalArgumentException("CSV row " + (rows.size() + 1)
                        + ": a quoted field is never closed (unterminated quote)", e.getCause());
            }
            throw e.getCause();
        }
        if (!rows.isEmpty() && !rows.get(0).isEmpty() && rows.get(0).get(0).startsWith("\uFEFF")) {
            rows.get(0).set(0, rows.get(0).get(0).substring(1));
        }
        return rows;
    }
}
