package org.answerdesk.retrieval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The far gate's word rules on every question of {@link FarGateCorpus} (the plans of sets 8 on, the eval shops),
 * no embeddings: per question its shop, NC (not covered) or COV, whether {@link FarGate#worldQuestion} and {@link
 * FarGate#notCovered} fire, the words of the last "do you …?" form with + for the shop's and ! for new ones, the
 * words outside it likewise, and for a "do you know …?" question its new / all words read on the whole message and
 * on the sentence that asks, "also" out (docs/retrieval.md, "offer25"). Not a test: run from the repository root,
 * after {@code test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test}:
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.answerdesk.retrieval.WordRulesHarness \
 *     target/word-rules.tsv</pre>
 */
public final class WordRulesHarness {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[?!;])|\\n");

    public static void main(String[] a) throws Exception {
        List<FarGateCorpus.Shop> shops = FarGateCorpus.read(Path.of("docs/conversations"),
                Path.of("src/test/resources/eval"), Path.of("src/test/resources/eval/shop/faq.csv"));
        StringBuilder out = new StringBuilder();
        for (FarGateCorpus.Shop shop : shops) {
            String lang = shop.language();
            Map<Long, List<String>> texts = new HashMap<>();
            for (FaqEntry e : shop.entries()) {
                List<String> t = new ArrayList<>();
                t.add(e.question()); t.add(e.answer()); t.addAll(e.keywords()); t.addAll(e.phrasings());
                texts.put(e.id(), t);
            }
            FarGate gate = FarGate.of(texts, lang);
            Function<String, List<String>> terms = LexicalAnalysis.forLanguage(lang);
            Set<String> vocab = new HashSet<>();
            texts.values().forEach(ts -> ts.forEach(t -> vocab.addAll(terms.apply(t == null ? "" : t))));
            List<Pattern> service = ServiceQuestions.of(lang);
            List<Pattern> what = ServiceQuestions.what(lang);
            List<Pattern> also = ServiceQuestions.also(lang);
            for (String[] q : shop.asked()) {
                String text = FarGateCorpus.lookedUp(q[0], lang);
                boolean world = gate.worldQuestion(text);
                boolean nc = gate.notCovered(text);
                // the form's verb: the last sentence with a service form
                String verbs = "-";
                String outsideNew = "-";
                String[] ss = SENTENCE_END.split(text);
                for (int i = ss.length - 1; i >= 0; i--) {
                    String s = ss[i];
                    if (ServiceQuestions.asks(service, s)) {
                        if (ServiceQuestions.asks(what, s)) { verbs = "WHAT"; break; }
                        String folded = LexicalAnalysis.fold(s.toLowerCase(Locale.ROOT));
                        StringBuilder f = new StringBuilder();
                        for (Pattern p : service) { Matcher m = p.matcher(folded); while (m.find()) f.append(' ').append(m.group()); }
                        List<String> vt = terms.apply(FarGate.outside(also, f.toString()));
                        StringBuilder vb = new StringBuilder();
                        for (String w : vt) vb.append(w).append(shops(vocab, w) ? "+" : "!").append(',');
                        verbs = vb.length() == 0 ? "" : vb.toString();
                        List<String> ot = terms.apply(FarGate.outside(also, FarGate.outside(service, s)));
                        StringBuilder ob = new StringBuilder();
                        for (String w : ot) ob.append(w).append(shops(vocab, w) ? "+" : "!").append(',');
                        outsideNew = ob.toString();
                        break;
                    }
                }
                // the know read: whole text (main) and the last sentence with the form, also-words out
                List<Pattern> know = ServiceQuestions.know(lang);
                String kw = "-", ks = "-";
                if (ServiceQuestions.asks(know, text)) {
                    Set<String> w = new HashSet<>(terms.apply(FarGate.outside(know, text)));
                    kw = w.stream().filter(x -> !vocab.contains(x)).count() + "/" + w.size();
                    String own = text;
                    for (int i = ss.length - 1; i >= 0; i--) { if (ServiceQuestions.asks(know, ss[i])) { own = ss[i]; break; } }
                    Set<String> w2 = new HashSet<>(terms.apply(FarGate.outside(also, FarGate.outside(know, own))));
                    ks = w2.stream().filter(x -> !vocab.contains(x)).count() + "/" + w2.size();
                }
                out.append(shop.name()).append('\t').append(q[1].equals("oos") ? "NC" : "COV").append('\t')
                        .append(world ? 1 : 0).append('\t').append(nc ? 1 : 0).append('\t').append(verbs).append('\t')
                        .append(outsideNew).append('\t').append(kw).append('\t').append(ks).append('\t').append(text.replace('\t', ' ').replace('\n', ' ')).append('\n');
            }
        }
        Files.writeString(Path.of(a[0]), out.toString());
    }

    static boolean shops(Set<String> vocab, String word) {
        return vocab.contains(word) || vocab.stream().anyMatch(v -> near(word, v));
    }

    private static boolean near(String word, String shops) {
        if (!NearWords.near(word, shops)) return false;
        String longer = word.length() >= shops.length() ? word : shops;
        String shorter = longer == word ? shops : word;
        return !longer.contains(shorter) || longer.startsWith(shorter) || longer.endsWith(shorter);
    }
}
