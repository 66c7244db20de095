package org.answerdesk.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.answerdesk.retrieval.Csv;

/**
 * Reads {@code text,label} CSV files. The text column is the one named {@code text} (or {@code question},
 * {@code instruction}, {@code utterance}), else the first; the label column is the one named {@code label}
 * (or {@code intent}, {@code category}), else the second. Rows with a blank text are skipped.
 */
final class LabeledCsv {

    private static final List<String> TEXT_NAMES = List.of("text", "question", "instruction", "utterance");
    private static final List<String> LABEL_NAMES = List.of("label", "intent", "category");

    private LabeledCsv() {
    }

    static List<LabeledText> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(Csv.read(in), file.toString());
        }
    }

    static List<LabeledText> read(List<List<String>> rows, String name) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(name + ": empty file, expected a header such as text,label");
        }
        List<String> header = header(rows.get(0));
        int text = find(header, TEXT_NAMES, 0);
        int label = find(header, LABEL_NAMES, 1);
        int language = header.indexOf("language"); // by its name only: another file's third column means nothing
        if (header.size() < 2) {
            throw new IllegalArgumentException(name + ": expected at least two columns (text,label), got " + header);
        }
        List<LabeledText> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            String t = cell(r, text);
            if (!t.isBlank()) {
                out.add(new LabeledText(t, cell(r, label), language < 0 ? null : cell(r, language)));
            }
        }
        return out;
    }

    /** A map from the values of one named column to those of another, e.g. intent to category. */
    static Map<String, String> column(Path file, String key, String value) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<List<String>> rows = Csv.read(in);
            List<String> header = header(rows.get(0));
            int k = header.indexOf(key);
            int v = header.indexOf(value);
            if (k < 0 || v < 0) {
                throw new IllegalArgumentException(file + ": needs columns " + key + " and " + value);
            }
            Map<String, String> out = new HashMap<>();
            rows.stream().skip(1).forEach(r -> out.put(cell(r, k).strip(), cell(r, v).strip()));
            return out;
        }
    }

    static List<String> header(List<String> row) {
        return row.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    }

    private static int find(List<String> header, List<String> names, int fallback) {
        for (String n : names) {
            int i = header.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return fallback;
    }

    private static String cell(List<String> row, int col) {
        return col < row.size() ? row.get(col) : "";
    }
}
