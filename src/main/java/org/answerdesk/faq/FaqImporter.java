package org.answerdesk.faq;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.answerdesk.retrieval.Csv;

/**
 * Reads FAQ entries from the two import formats.
 *
 * <p>CSV: a header row, then {@code question,answer,category,keywords} and any further columns, each an extra
 * phrasing; within a cell {@code |} separates several phrasings and {@code ;} separates keywords. A column headed
 * {@code language} (anywhere after the answer) is the entry's language, known by its header alone: the other columns
 * are read as if it were not there, so a file without one reads as it always did.
 *
 * <p>Markdown: {@code # Category} sets the category of the entries below it; {@code ## Question} starts an
 * entry; lines starting with {@code ? } are extra phrasings; a line {@code Keywords: a; b} sets keywords; a line
 * {@code Language: de} sets the entry's language; everything else is the answer.
 *
 * <p>Each row's language goes through the given {@code language} reading (blank for a row that names none), which
 * may refuse it: the row's error then says so.
 */
public final class FaqImporter {

    private static final String LANGUAGE = "language";

    private FaqImporter() {
    }

    /**
     * An upload: Markdown for a {@code text/markdown} content type, else CSV.
     *
     * @throws IllegalArgumentException for a bad file or row, or one with no entries
     */
    static List<FaqDraft> upload(String body, String contentType, UnaryOperator<String> language) throws IOException {
        List<FaqDraft> drafts = contentType.startsWith("text/markdown")
                ? markdown(body, language)
                : csv(new StringReader(body), language);
        if (drafts.isEmpty()) {
            throw new IllegalArgumentException("no FAQ entries found in the upload");
        }
        return drafts;
    }

    /** CSV with each row's language as written. */
    public static List<FaqDraft> csv(Reader in) throws IOException {
        return csv(in, UnaryOperator.identity());
    }

    /** CSV with each row's language read by {@code language} (see the class comment). */
    public static List<FaqDraft> csv(Reader in, UnaryOperator<String> language) throws IOException {
        List<List<String>> rows = Csv.read(in);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (header.size() < 2 || !header.get(0).equals("question") || !header.get(1).equals("answer")) {
            throw new IllegalArgumentException("CSV header must start with question,answer (got " + header + ")");
        }
        int languageColumn = header.subList(2, header.size()).indexOf(LANGUAGE) + 2;
        if (languageColumn >= 2 && header.lastIndexOf(LANGUAGE) != languageColumn) {
            throw new IllegalArgumentException("CSV header has more than one language column (got " + header + ")");
        }
        List<FaqDraft> drafts = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = new ArrayList<>(rows.get(i));
            try {
                String written = languageColumn >= 2 && languageColumn < r.size() ? r.remove(languageColumn) : "";
                List<String> phrasings = new ArrayList<>();
                for (int col = 4; col < r.size(); col++) {
                    phrasings.addAll(split(r.get(col), "\\|"));
                }
                drafts.add(new FaqDraft(cell(r, 0), cell(r, 1), cell(r, 2), split(cell(r, 3), ";"), phrasings,
                        language.apply(written.strip())));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("CSV row " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return drafts;
    }

    /** Markdown with each entry's language as written. */
    public static List<FaqDraft> markdown(String text) throws IOException {
        return markdown(text, UnaryOperator.identity());
    }

    /** Markdown with each entry's language read by {@code language} (see the class comment). */
    public static List<FaqDraft> markdown(String text, UnaryOperator<String> language) throws IOException {
        List<FaqDraft> drafts = new ArrayList<>();
        String category = null;
        String question = null;
        String written = "";
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
                drafts.add(entry(question, answer, category, keywords, phrasings, written, language));
                question = null;
                written = "";
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
            } else if (question != null && t.toLowerCase(Locale.ROOT).startsWith("language:")) {
                written = t.substring("language:".length()).strip();
            } else if (question != null) {
                if (answer.length() > 0 || !t.isEmpty()) {
                    answer.append(line.stripTrailing()).append('\n');
                }
            }
        }
        if (question != null) {
            drafts.add(entry(question, answer, category, keywords, phrasings, written, language));
        }
        return drafts;
    }

    private static FaqDraft entry(String question, CharSequence answer, String category, List<String> keywords,
                                  List<String> phrasings, String written, UnaryOperator<String> language) {
        String tag;
        try {
            tag = language.apply(written);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("entry \"" + question.strip() + "\": " + e.getMessage(), e);
        }
        return new FaqDraft(question, answer.toString(), category, keywords, phrasings, tag);
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
