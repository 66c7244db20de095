package org.answerdesk.retrieval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A measuring tool, not a test: why a question ranks its entries as it does in a shop. Per question, the text the bot
 * looks up, each analysed word with the entries whose phrasings (p) or answer (a) have it, and the five best entries
 * with cosine, the fused probability and the lexical score.
 *
 * <pre>java -cp … org.answerdesk.retrieval.ScoreProbe faq.csv lang questions.txt</pre>
 */
public final class ScoreProbe {

    private ScoreProbe() {
    }

    public static void main(String[] args) throws Exception {
        String lang = args[1];
        List<FaqEntry> entries = FarGateCorpus.faq(Path.of(args[0]));
        Embedder embedder = Embedder.load(EmbeddingModelChoice.FULL);
        Map<String, float[]> cache = FarGateCorpus.loadVectors();
        Function<List<String>, List<float[]>> vectors = FarGateCorpus.cachedVectors(embedder, cache);
        FarGateCorpus.Shop shop = new FarGateCorpus.Shop("probe", lang, entries, List.of());
        FaqRetriever retriever = FarGateCorpus.index(shop, embedder, vectors).retriever();
        Function<String, List<String>> analysis = LexicalAnalysis.forLanguage(lang);
        List<List<String>> words = new ArrayList<>();
        List<List<String>> answerWords = new ArrayList<>();
        for (FaqEntry e : entries) {
            List<String> w = new ArrayList<>();
            e.phrasings().forEach(p -> w.addAll(analysis.apply(p)));
            e.keywords().forEach(p -> w.addAll(analysis.apply(p)));
            words.add(w);
            answerWords.add(analysis.apply(e.answer()));
        }
        for (String q : Files.readAllLines(Path.of(args[2]))) {
            if (q.isBlank()) {
                continue;
            }
            String text = FarGateCorpus.lookedUp(q, lang);
            float[] v = vectors.apply(List.of(text)).get(0);
            System.out.println("## " + text);
            StringBuilder terms = new StringBuilder("   terms:");
            for (String t : analysis.apply(text)) {
                terms.append(' ').append(t).append('[');
                for (int c = 0; c < entries.size(); c++) {
                    terms.append(words.get(c).contains(t) ? "p" + (c + 1) + " " : "")
                            .append(!words.get(c).contains(t) && answerWords.get(c).contains(t) ? "a" + (c + 1) + " " : "");
                }
                terms.append(']');
            }
            System.out.println(terms);
            Retrieval r = retriever.retrieve(text, v);
            FaqIndex.Ranking ranking = retriever.ranking(text, v);
            System.out.printf("   decision: confident=%s choices=%d conf=%.3f%n", r.confident(), r.choices().size(),
                    ranking.confidence());
            List<FaqMatch> m = ranking.matches();
            for (int k = 0; k < m.size(); k++) {
                System.out.printf("   %d. #%d cos=%.3f share=%s  %s%n", k + 1, m.get(k).entryId(), m.get(k).score(),
                        k < ranking.shares().size() ? String.format("%.3f", ranking.shares().get(k)) : "-",
                        m.get(k).question());
            }
        }
        FarGateCorpus.saveVectors(cache);
    }
}
