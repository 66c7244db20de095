package org.answerdesk.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.answerdesk.faq.Csv;
import org.answerdesk.faq.FaqDraft;
import org.answerdesk.faq.FaqEntry;
import org.answerdesk.faq.FaqImporter;

/**
 * An FAQ read from a file for evaluation: either {@code text,label} rows (rows with the same label form one
 * entry, the label is its name) or the import format {@code question,answer,category,keywords,phrasings...}
 * (the question is the entry's name). Entry ids are 1, 2, ... in order of first appearance.
 */
record FaqFile(List<FaqEntry> entries) {

    static FaqFile read(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = Csv.read(new StringReader(content));
        List<String> header = rows.isEmpty() ? List.of() : LabeledCsv.header(rows.get(0));
        if (header.size() >= 2 && header.get(0).equals("question") && header.get(1).equals("answer")) {
            try (Reader in = new StringReader(content)) {
                return fromDrafts(FaqImporter.csv(in));
            }
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

    static FaqFile fromDrafts(List<FaqDraft> drafts) {
        List<FaqEntry> entries = new ArrayList<>();
        for (FaqDraft d : drafts) {
            entries.add(new FaqEntry(entries.size() + 1, d.question(), d.answer(), d.category(), d.keywords(),
                    d.allPhrasings()));
        }
        return new FaqFile(entries);
    }

    int phrasingCount() {
        return entries.stream().mapToInt(e -> e.phrasings().size()).sum();
    }
}
