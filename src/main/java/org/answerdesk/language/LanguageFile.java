package org.answerdesk.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A language as its file says, {@code dialogue/lang/<code>.tsv}: what the code needs besides the conversation's words
 * ({@code language.*} keys). The shipped languages are the files that exist beside the application's classes; a file
 * elsewhere on the class path (a test's resources) adds a language too, which {@link #of} finds but
 * {@link #shipped()} does not list. Plain Java, read once per language: retrieval and the dialogue read it too.
 *
 * @param code      the file's name, a language code of two or three letters ({@code "de"})
 * @param name      the language's name in itself ({@code language.name}: "Deutsch"), the admin page's choice
 * @param analyzer  the lexical analysis retrieval gives its words ({@code language.analyzer}: "german"; Lucene's
 *                  analyzers are code, the file names one; {@code plain} lower-cases and folds only)
 * @param compounds whether its words are compounds whose parts carry meaning ({@code language.compounds yes}:
 *                  "Versandkosten" is shipping and cost)
 * @param whatsApp  WhatsApp's code for a template in the language ({@code language.whatsapp}: "pt_BR"; default the code)
 * @param order     where it is listed among the shipped languages ({@code language.order}), lowest first
 * @param lexicalScore whether retrieval adds the shop's words to the model's reading ({@code language.lexical-score},
 *                  default yes; English says no: measured, it cost precision there, docs/language.md)
 */
public record LanguageFile(String code, String name, String analyzer, boolean compounds, String whatsApp, int order,
        boolean lexicalScore) {

    /** Where the languages' files are, on the class path. */
    public static final String DIRECTORY = "dialogue/lang/";
    /** A language code a file may be named by: two or three letters ({@code every.tsv} is no language). */
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");
    private static final Map<String, Optional<LanguageFile>> LOADED = new ConcurrentHashMap<>();
    private static final List<String> SHIPPED = listShipped();

    /** The shipped languages' codes, in their order: the files in {@link #DIRECTORY} beside the classes. */
    public static List<String> shipped() {
        return SHIPPED;
    }

    /** The language of a code ({@code "de"}; a tag's primary subtag is the caller's to take), empty with no file. */
    public static Optional<LanguageFile> of(String code) {
        return code != null && CODE.matcher(code).matches()
                ? LOADED.computeIfAbsent(code, LanguageFile::load) : Optional.empty();
    }

    /** @throws IllegalStateException when there are none (a broken build: no language could be served) */
    private static List<String> listShipped() {
        List<String> codes = ShippedFiles.codes(LanguageFile.class, DIRECTORY, CODE);
        if (codes.isEmpty()) {
            throw new IllegalStateException("no language files in " + DIRECTORY + " beside the classes");
        }
        return codes.stream().map(code -> of(code).orElseThrow()).sorted(Comparator.comparingInt(LanguageFile::order)
                .thenComparing(LanguageFile::code)).map(LanguageFile::code).toList();
    }

    private static Optional<LanguageFile> load(String code) {
        String resource = "/" + DIRECTORY + code + ".tsv";
        return read(resource).map(keys -> new LanguageFile(code, one(keys, "language.name", code),
                one(keys, "language.analyzer", "plain"), "yes".equals(one(keys, "language.compounds", "no")),
                one(keys, "language.whatsapp", code), number(resource, one(keys, "language.order", null)),
                !"no".equals(one(keys, "language.lexical-score", "yes"))));
    }

    private static int number(String resource, String order) {
        try {
            return order == null ? Integer.MAX_VALUE : Integer.parseInt(order);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(resource + ": language.order is a number, not " + order, e);
        }
    }

    private static String one(Map<String, List<String>> keys, String key, String otherwise) {
        List<String> lines = keys.getOrDefault(key, List.of());
        return lines.isEmpty() ? otherwise : lines.get(lines.size() - 1);
    }

    /**
     * A language file's keys and their lines in file order: UTF-8, one {@code key<TAB>value} a line (a key may
     * repeat), blank lines and lines starting with {@code #} skipped, key and value stripped. Empty when there is no
     * such resource.
     *
     * @throws IllegalStateException for a line with no tab
     */
    public static Optional<Map<String, List<String>>> read(String resource) {
        InputStream in = LanguageFile.class.getResourceAsStream(resource);
        if (in == null) {
            return Optional.empty();
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(resource + " line " + number + ": expected key<TAB>value");
                }
                values.computeIfAbsent(line.substring(0, tab).strip(), k -> new ArrayList<>())
                        .add(line.substring(tab + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        values.replaceAll((k, v) -> List.copyOf(v));
        return Optional.of(Map.copyOf(values));
    }
}
