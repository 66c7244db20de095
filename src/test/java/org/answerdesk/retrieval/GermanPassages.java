package org.answerdesk.retrieval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The German passage set ({@code knowledge/de}: 20 sections of a kitchenware shop's pages, 38 customer questions with
 * the section that answers each), and its measurement: {@code main} prints hit@1 / hit@5 of the words alone and of
 * the fused ranking, and the no-LLM answers at the bot's threshold, with the passages read in English (as before)
 * and in German (docs/language.md, "Knowledge passages in their language").
 */
final class GermanPassages {

    record Question(String text, long passage) {
    }

    static List<Passage> passages() {
        List<Passage> out = new ArrayList<>();
        for (String[] row : rows("/knowledge/de/passages.tsv")) {
            long id = Long.parseLong(row[0]);
            out.add(new Passage(id, row[1], row[2], "https://kuechenwerk.example/hilfe#" + id, row[3]));
        }
        return out;
    }

    static List<Question> questions() {
        return rows("/knowledge/de/questions.tsv").stream().map(r -> new Question(r[0], Long.parseLong(r[1])))
                .toList();
    }

    /** An index of the passages in {@code language}, with the given vectors (same order). */
    static PassageIndex index(List<Passage> passages, List<float[][]> vectors, String language) {
        return PassageIndex.over(passages, vectors, Collections.nCopies(passages.size(), language),
                PassageTuning.DEFAULT);
    }

    /** Hit@1 and hit@5 of the questions in this ranking. */
    static int[] hits(PassageIndex index, List<Question> questions, List<float[]> vectors, PassageIndex.Mode mode) {
        int[] hits = new int[2];
        for (int i = 0; i < questions.size(); i++) {
            List<PassageIndex.Ranked> ranked = index.rank(questions.get(i).text(), vectors.get(i), mode, 5);
            for (PassageIndex.Ranked r : ranked) {
                if (r.passage().id() == questions.get(i).passage()) {
                    hits[0] += r.position() == 0 ? 1 : 0;
                    hits[1]++;
                }
            }
        }
        return hits;
    }

    public static void main(String[] args) {
        Embedder embedder = Embedder.load(EmbeddingModelChoice.FULL);
        List<Passage> passages = passages();
        List<float[][]> vectors = passages.stream().map(p -> embedder.embedAll(PassageVectors.texts(p))
                .toArray(float[][]::new)).toList();
        List<Question> questions = questions();
        List<float[]> qv = embedder.embedAll(questions.stream().map(Question::text).toList());
        PassageDecision decision = PassageDecision.fitted(Double.parseDouble(PassageDecision.DEFAULT_THRESHOLD));
        for (String language : List.of("en", "de")) {
            PassageIndex index = index(passages, vectors, language);
            int[] lexical = hits(index, questions, qv, PassageIndex.Mode.LEXICAL);
            int[] hybrid = hits(index, questions, qv, PassageIndex.Mode.HYBRID);
            int right = 0;
            int wrong = 0;
            for (int i = 0; i < questions.size(); i++) {
                PassageRetrieval r = index.retrieve(questions.get(i).text(), qv.get(i), decision, 5);
                if (!r.ranked().isEmpty() && r.confidence() >= decision.threshold()) {
                    boolean ok = r.ranked().get(0).passage().id() == questions.get(i).passage();
                    right += ok ? 1 : 0;
                    wrong += ok ? 0 : 1;
                }
            }
            System.out.printf(Locale.ROOT, "read as %s: lexical hit@1 %d/%d hit@5 %d; hybrid hit@1 %d hit@5 %d; "
                    + "answered without an LLM %d right, %d wrong%n", language, lexical[0], questions.size(),
                    lexical[1], hybrid[0], hybrid[1], right, wrong);
        }
    }

    private static List<String[]> rows(String resource) {
        try (var in = GermanPassages.class.getResourceAsStream(resource)) {
            List<String[]> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t"));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
