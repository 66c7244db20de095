package org.answerdesk.faq;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.answerdesk.retrieval.FaqEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The FAQ as an import file ({@link FaqImporter}'s CSV): {@code question,answer,category,keywords,language} and the
 * entry's other phrasings in one cell separated by {@code |}. Importing it again changes nothing.
 */
final class FaqExport {

    static final List<String> HEADER = List.of("question", "answer", "category", "keywords", "language", "phrasings");

    private FaqExport() {
    }

    static String csv(List<FaqEntry> entries) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(HEADER);
            for (FaqEntry e : entries) {
                csv.printRecord(e.question(), e.answer(), e.category() == null ? "" : e.category(),
                        String.join("; ", e.keywords()), e.language() == null ? "" : e.language(),
                        String.join(" | ", e.phrasings().stream().filter(p -> !p.equals(e.question())).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
