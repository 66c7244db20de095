package org.answerdesk.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt templates, read from {@code answerdesk.llm.prompts-dir} on every call so that an operator's edit
 * takes effect without a rebuild or restart; the copies inside the jar are used when a file is missing.
 * Placeholders are {@code {{name}}}.
 */
class PromptTemplates {

    static final String SYSTEM = "system.md";
    static final String FALLBACK = "fallback.md";
    static final String KNOWLEDGE = "knowledge.md";
    static final String PHRASINGS = "phrasings.md";
    static final String CHOOSE = "choose.md";
    static final String DRAFTS = "drafts.md";
    static final String REWRITE = "rewrite.md";
    static final String TRANSLATE = "translate.md";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private final Path dir;

    PromptTemplates(Path dir) {
        this.dir = dir;
    }

    /**
     * The template with its placeholders filled in one pass over the template: a value that holds
     * {@code {{question}}} (a passage, a customer's message) stays as written, never filled in itself.
     * A placeholder with no value stays too.
     */
    String render(String name, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(read(name));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString().strip();
    }

    private String read(String name) {
        try {
            Path file = dir.resolve(name);
            if (Files.isReadable(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            try (InputStream in = PromptTemplates.class.getResourceAsStream("/prompts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("prompt template " + name + " is missing from " + dir
                            + " and from the jar");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt template " + name, e);
        }
    }
}
