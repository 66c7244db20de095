package org.answerdesk.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.answerdesk.retrieval.Backgrounds;
import org.answerdesk.retrieval.ContentTerms;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqEntry;
import org.answerdesk.retrieval.FaqIndex;
import org.answerdesk.retrieval.FaqRetriever;
import org.answerdesk.retrieval.OffTopic;

/**
 * A measuring tool, not a test: every question of some shops' sets asked as {@code eval} asks it (frozen model,
 * default threshold, the bot's index with its background and far gate), written one JSON object a line with what a
 * rule choosing which choices to show could read: the ranking (entry, cosine, head share, cosine to the entry's
 * answer), the nearest background question, the question's content terms and each entry's. Read by
 * {@code src/test/resources/eval/choice_filter.py} (docs/retrieval.md, "Each choice on its own").
 *
 * <p>Usage: {@code java -cp target/test-classes:target/classes:CP org.answerdesk.eval.ChoiceFeatureDump OUT
 * NAME FAQ QUERIES [NAME FAQ QUERIES ...]}, with the vectors in {@code target/embeddings}.
 */
public final class ChoiceFeatureDump {

    private ChoiceFeatureDump() {
    }

    public static void main(String[] args) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
            for (String language : List.of("en", "de", "es", "fr", "it", "pt", "nl")) {
                List<String> questions = language.equals("en") ? Backgrounds.shippedForIndex()
                        : Backgrounds.languageBackground(List.of(language));
                StringJoiner terms = new StringJoiner(",", "[", "]");
                questions.forEach(q -> terms.add(array(ContentTerms.withConcepts(q, Locale.forLanguageTag(language)))));
                out.println("{\"background\":" + quote(language) + ",\"terms\":" + terms + "}");
            }
            for (int s = 1; s + 2 < args.length; s += 3) {
                dump(out, args[s], Path.of(args[s + 1]), Path.of(args[s + 2]));
            }
        }
    }

    private static void dump(PrintWriter out, String name, Path faqFile, Path queriesFile) throws IOException {
        EvalCommand.Options o = EvalCommand.Options.parse(List.of("--faq", faqFile.toString(), "--queries",
                queriesFile.toString(), "--embedding-cache", "target/embeddings"));
        List<LabeledText> asked = LabeledCsv.read(o.queries());
        FaqFile faq = FaqFile.read(o.faq()).withLanguage(EvalCommand.mostCommonLanguage(asked));
        List<LabeledText> queries = BotReading.asLookedUp(asked);
        Embedder embedder = o.embedder();
        VectorCache vectors = new VectorCache(embedder, o.embeddingCache());
        FaqRetriever retriever = BotIndex.retriever(embedder, o.threshold(), o.maxChoices());
        List<FaqIndex.Phrasing> phrasings = BotIndex.phrasings(faq, vectors);
        retriever.replaceIndex(BotIndex.index(faq, phrasings, embedder.dimensions(), false,
                BotIndex.offTopic(vectors, faq.language())));
        Locale language = Locale.forLanguageTag(faq.language() == null ? "en" : faq.language());
        List<float[]> background = background(vectors, faq.language(), phrasings);
        Map<Long, float[]> answers = new HashMap<>();
        List<float[]> answerVectors = vectors.vectors(faq.entries().stream().map(FaqEntry::answer).toList());
        StringJoiner entries = new StringJoiner(",", "{", "}");
        for (int k = 0; k < faq.entries().size(); k++) {
            FaqEntry e = faq.entries().get(k);
            answers.put(e.id(), answerVectors.get(k));
            entries.add(quote(Long.toString(e.id())) + ":{\"q\":" + quote(e.question())
                    + ",\"qt\":" + array(ContentTerms.withConcepts(e.question() + " " + String.join(" ", e.phrasings()),
                    language))
                    + ",\"kt\":" + array(ContentTerms.withConcepts(String.join(" ", e.keywords()), language))
                    + ",\"at\":" + array(ContentTerms.withConcepts(e.answer(), language)) + "}");
        }
        out.println("{\"set\":" + quote(name) + ",\"lang\":" + quote(language.toLanguageTag()) + ",\"entries\":"
                + entries + "}");
        List<Long> expected = QueryOutcomes.expectedEntries(faq, queries);
        List<float[]> asVectors = vectors.vectors(queries.stream().map(LabeledText::text).toList());
        for (int i = 0; i < queries.size(); i++) {
            String text = queries.get(i).text();
            float[] v = asVectors.get(i);
            FaqIndex.Ranking r = retriever.ranking(text, v);
            StringJoiner matches = new StringJoiner(",", "[", "]");
            for (int k = 0; k < r.matches().size(); k++) {
                long id = r.matches().get(k).entryId();
                double share = k < r.shares().size() ? r.shares().get(k) : 0;
                matches.add("[" + id + "," + r.matches().get(k).score() + "," + share + ","
                        + Embedder.cosine(answers.get(id), v) + "]");
            }
            out.println("{\"set\":" + quote(name) + ",\"text\":" + quote(text) + ",\"exp\":" + expected.get(i)
                    + ",\"conf\":" + r.confidence() + ",\"topk\":" + r.inTopK() + ",\"far\":" + r.far()
                    + ",\"nb\":" + nearest(background, v) + ",\"m\":" + matches
                    + ",\"ch\":" + retriever.retrieve(text, v).choices().stream().map(m -> m.entryId()).toList()
                    + ",\"t\":" + array(ContentTerms.of(text, language))
                    + ",\"tc\":" + array(ContentTerms.withConcepts(text, language)) + "}");
        }
    }

    /** The background the index weighs questions against, less the questions the FAQ has a near-paraphrase of. */
    private static List<float[]> background(VectorCache vectors, String language, List<FaqIndex.Phrasing> phrasings)
            throws IOException {
        List<String> texts = new ArrayList<>(Backgrounds.shippedForIndex());
        texts.addAll(Backgrounds.languageBackground(language == null ? List.of() : List.of(language)));
        List<float[]> kept = new ArrayList<>();
        for (float[] b : vectors.vectors(texts)) {
            double closest = phrasings.stream().mapToDouble(p -> Embedder.cosine(b, p.vector())).max().orElse(-1);
            if (closest < OffTopic.SAME) {
                kept.add(b);
            }
        }
        return kept;
    }

    private static double nearest(List<float[]> vectors, float[] v) {
        return vectors.stream().mapToDouble(b -> Embedder.cosine(b, v)).max().orElse(-2);
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    private static String array(Collection<String> items) {
        StringJoiner j = new StringJoiner(",", "[", "]");
        items.forEach(s -> j.add(quote(s)));
        return j.toString();
    }
}
