package org.answerdesk.faq;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.answerdesk.retrieval.Csv;

/**
 * Reads FAQ entries from the two import formats.
 *
 * <p>CSV: a header row, then {@code question,answer,category,keywords} and any further columns, each an extra
 * phrasing; within a cell {@code |} separates several phrasings and {@code ;} separates keywords.
 *
 * <p>Markdown: {@code # Category} sets the category of the entries below it; {@code ## Question} starts an
 * entry; lines starting with {@code ? } are extra phrasings; a line {@code Keywords: a; b} sets keywords;
 * everything else is the answer.
 */
public final class FaqImporter {

    private FaqImporter() {
    }

    public static List<FaqDraft> csv(Reader in) throws IOException {
        List<List<String>> rows = Csv.read(in);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (header.size() < 2 || !header.get(0).equals("question") || !header.get(1).equals("answer")) {
            throw new IllegalArgumentException("CSV header must start with question,answer (got " + header + ")");
        }
        List<FaqDraft> drafts = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            try {
                List<String> phrasings = new ArrayList<>();
                for (int col = 4; col < r.size(); col++) {
                    phrasings.addAll(split(r.get(col), "\\|"));
                }
                drafts.add(new FaqDraft(cell(r, 0), cell(r, 1), cell(r, 2), split(cell(r, 3), ";"), phrasings));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("CSV row " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return drafts;
    }

    public static List<FaqDraft> markdown(String text) throws IOException {
        List<FaqDraft> drafts = new ArrayList<>();
        String category = null;
        String question = null;
        List<String> phrasings = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        StringBuilder answer = new StringBuilder();
        BufferedReader lines = new BufferedReader(new StringReader(text));
        String line;
        while ((line = lines.readLine()) != null) {
            String t = line.strip();
            boolean entryHeading = t.startsWith("## ");
            boolean categoryHeading = t.startsWith("# ");
            if ((entryHeading || categoryHeading) && question != null) {
                drafts.add(new FaqDraft(question, answer.toString(), category, keywords, phrasings));
                question = null;
                phrasings = new ArrayList<>();
                keywords = new ArrayList<>();
                answer.setLength(0);
            }
            if (categoryHeading) {
                category = t.substring(2).strip();
            } else if (entryHeading) {
                question = t.substring(3).strip();
            } else if (question != null && t.startsWith("? ")) {
                phrasings.add(t.substring(2).strip());
            } else if (question != null && t.toLowerCase(Locale.ROOT).startsWith("keywords:")) {
                keywords.addAll(split(t.substring("keywords:".length()), ";"));
            } else if (question != null) {
                if (answer.length() > 0 || !t.isEmpty()) {
                    answer.append(line.stripTrailing()).append('\n');
                }
            }
        }
        if (question != null) {
            drafts.add(new FaqDraft(question, answer.toString(), category, keywords, phrasings));
        }
        return drafts;
    }

    private static String cell(List<String> row, int col) {
        return col < row.size() ? row.get(col) : "";
    }

    private static List<String> split(String cell, String separator) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
