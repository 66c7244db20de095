package org.answerdesk.eval;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.answerdesk.retrieval.Csv;
import org.answerdesk.retrieval.FaqEntry;

/**
 * An FAQ read from a file for evaluation: either {@code text,label} rows (rows with the same label form one
 * entry, the label is its name) or the import format {@code question,answer,category,keywords,phrasings...}
 * (the question is the entry's name; a column headed {@code language} is the entry's language). Entry ids are 1,
 * 2, ... in order of first appearance.
 *
 * <p>The import format is read here as the catalogue's importer ({@code faq.FaqImporter}) reads it, without its
 * types: the offline command depends on the retrieval engine only. {@code language} is the language its phrasings
 * are analysed in for the lexical score ({@link org.answerdesk.retrieval.FaqIndex.Builder#language}).
 */
record FaqFile(List<FaqEntry> entries, String language) {

    FaqFile(List<FaqEntry> entries) {
        this(entries, "en");
    }

    /** This FAQ, its phrasings in {@code language}. */
    FaqFile withLanguage(String language) {
        return new FaqFile(entries, language);
    }

    static FaqFile read(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = Csv.read(new StringReader(content));
        List<String> header = rows.isEmpty() ? List.of() : LabeledCsv.header(rows.get(0));
        if (header.size() >= 2 && header.get(0).equals("question") && header.get(1).equals("answer")) {
            return ofImportRows(rows.subList(1, rows.size()), header.subList(2, header.size()).indexOf("language") + 2);
        }
        return of(LabeledCsv.read(rows, file.toString()), file.toString());
    }

    /** An FAQ of {@code text,label} rows: rows with the same label form one entry. */
    static FaqFile of(List<LabeledText> rows, String name) {
        Map<String, List<String>> byLabel = new LinkedHashMap<>();
        for (LabeledText t : rows) {
            if (t.label().isEmpty()) {
                throw new IllegalArgumentException(name + ": FAQ phrasing without a label: " + t.text());
            }
            byLabel.computeIfAbsent(t.label(), k -> new ArrayList<>()).add(t.text());
        }
        List<FaqEntry> entries = new ArrayList<>();
        byLabel.forEach((label, texts) -> entries.add(
                new FaqEntry(entries.size() + 1, label, label, null, List.of(), texts.stream().distinct().toList())));
        return new FaqFile(entries);
    }

    /**
     * Entries from the rows of the import format: {@code question,answer,category,keywords} and extra phrasings,
     * several to a cell separated by {@code |}, keywords by {@code ;}; blank questions and answers are refused.
     */
    private static FaqFile ofImportRows(List<List<String>> rows, int languageColumn) {
        List<FaqEntry> entries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = new ArrayList<>(rows.get(i));
            // a column headed "language" is the entry's language, the others read as if it were not there
            String language = languageColumn >= 2 && languageColumn < r.size() ? r.remove(languageColumn).strip() : "";
            String question = cell(r, 0).strip();
            String answer = cell(r, 1).strip();
            if (question.isEmpty() || answer.isEmpty()) {
                throw new IllegalArgumentException("CSV row " + (i + 2) + ": "
                        + (question.isEmpty() ? "question" : "answer") + " must not be empty");
            }
            String category = cell(r, 2).isBlank() ? null : cell(r, 2).strip();
            LinkedHashSet<String> phrasings = new LinkedHashSet<>(List.of(question));
            for (int col = 4; col < r.size(); col++) {
                phrasings.addAll(split(r.get(col), "\\|"));
            }
            entries.add(new FaqEntry(entries.size() + 1, question, answer, category, split(cell(r, 3), ";"),
                    List.copyOf(phrasings), language.isEmpty() ? null : language.toLowerCase(java.util.Locale.ROOT)));
        }
        return new FaqFile(entries);
    }

    private static String cell(List<String> row, int col) {
        return col < row.size() ? row.get(col) : "";
    }

    private static List<String> split(String cell, String separator) {
        return Arrays.stream(cell.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    int phrasingCount() {
        return entries.stream().mapToInt(e -> e.phrasings().size()).sum();
    }
}
