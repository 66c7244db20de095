package org.answerdesk.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.answerdesk.dialogue.Action;
import org.answerdesk.dialogue.Decision;
import org.answerdesk.dialogue.DialoguePolicy;
import org.answerdesk.dialogue.DialogueState;
import org.answerdesk.dialogue.FaqLookup;
import org.answerdesk.dialogue.Incoming;
import org.answerdesk.dialogue.LanguageModel;
import org.answerdesk.dialogue.PassageLookup;
import org.answerdesk.dialogue.Transition;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.FaqIndex;
import org.answerdesk.retrieval.FaqRetriever;
import org.answerdesk.retrieval.Retrieval;

/**
 * Replays a judged set's plan conversations through the dialogue policy in this process, on the retriever the bot
 * builds from the shop's FAQ (the shipped MiniLM; {@code -Dadapt=1}: adapted to the FAQ and served as {@code eval
 * --adapt} serves it, as the packaged jar does for English), with no LLM and no pages: each turn's decision and every
 * FAQ lookup the policy made for it (confident C / unsure U / neither, and the three closest entries). Not a test: a
 * probe for finding why a judged turn went wrong, and for comparing two builds on the same plans without starting
 * the app. {@code -Dsignals=K} prints under each lookup its K first entries with what ordered them ({@link
 * org.answerdesk.retrieval.EntrySignals}, lines "      ~ "). With {@code -Dadapt=1}, measuring levers (docs/retrieval.md,
 * "adapt42"): {@code -DadaptScale} serves the adapted model without the serve check's factors on its confidences;
 * {@code -Dcombine=MODES} (comma-separated) reads every lookup with the plain model too (lines "      (plain) ") and
 * combines the two ({@link #combine}). {@code -Dmodel=PATH} serves the ONNX model at PATH (its {@code tokenizer.json} beside it) as an owner's
 * model is served ({@code ANSWERDESK_FAQ_MODEL}) instead of the shipped MiniLM. From the repository root, after {@code test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test}:
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.answerdesk.eval.FollowUpProbe \
 *     docs/conversations/2026-11-27-set4/fr-faq.csv docs/conversations/2026-11-27-set4/fr-plan.tsv fr [fr-01,fr-03]</pre>
 */
public final class FollowUpProbe {
    private static final int SIGNALS = Integer.getInteger("signals", 0);
    /**
     * How the adapted model's retrieval is combined with the plain model's ({@code -Dcombine=...}): {@code fallback}
     * the plain one where the adapted one has neither an answer nor choices; {@code agree} answered where the
     * adapted one offers choices and the plain one is confident of the same first entry; {@code either} the plain
     * one's answer where the adapted one is not confident; {@code plainfirst} choices where the two first entries
     * differ and the plain one is unsure; {@code union} / {@code plainorder} the choices of both, interleaved.
     */
    private static final String COMBINE = System.getProperty("combine");

    static Retrieval combine(String mode, Retrieval a, Retrieval p) {
        java.util.Set<String> m = java.util.Set.of(mode.split(","));
        if (m.contains("fallback") && !a.confident() && !a.clarify() && !a.far() && (p.confident() || p.clarify())) {
            return p; // adapted has nothing to say: the plain model's reading
        }
        if (m.contains("agree") && a.clarify() && p.confident()
                && a.matches().get(0).entryId() == p.matches().get(0).entryId()) {
            // both models put the same entry first and the plain one is sure of it
            return new Retrieval(a.matches(), Math.max(a.confidence(), p.confidence()), true, List.of(), false);
        }
        if (m.contains("either") && !a.confident() && p.confident()) {
            return p;
        }
        if (m.contains("plainfirst") && a.confident() && !p.matches().isEmpty()
                && a.matches().get(0).entryId() != p.matches().get(0).entryId() && !p.confident()) {
            // the two models disagree on the first entry and the plain one is unsure: ask, both first entries
            return new Retrieval(a.matches(), a.confidence(), false, union(a.matches(), p.matches(), 3), false);
        }
        if (a.clarify() && (m.contains("union") || m.contains("plainorder"))) {
            List<org.answerdesk.retrieval.FaqMatch> other = p.clarify() ? p.choices() : p.matches();
            List<org.answerdesk.retrieval.FaqMatch> choices = m.contains("plainorder")
                    ? union(other, a.choices(), a.choices().size()) : union(a.choices(), other, Math.max(3, a.choices().size()));
            return new Retrieval(a.matches(), a.confidence(), false, choices, false);
        }
        return a;
    }

    private static List<org.answerdesk.retrieval.FaqMatch> union(List<org.answerdesk.retrieval.FaqMatch> x,
            List<org.answerdesk.retrieval.FaqMatch> y, int k) {
        List<org.answerdesk.retrieval.FaqMatch> out = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; out.size() < k && (i < x.size() || i < y.size()); i++) {
            if (i < x.size() && seen.add(x.get(i).entryId()) && out.size() < k) {
                out.add(x.get(i));
            }
            if (i < y.size() && seen.add(y.get(i).entryId()) && out.size() < k) {
                out.add(y.get(i));
            }
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        Path faqFile = Path.of(args[0]);
        Path plan = Path.of(args[1]);
        String language = args[2];
        java.util.Set<String> only = args.length > 3 ? java.util.Set.of(args[3].split(",")) : java.util.Set.of();
        FaqFile faq = FaqFile.read(faqFile).withLanguage(language);
        Embedder base = Embedder.load(System.getProperty("model", "FULL"), null, null);
        VectorCache vectors = new VectorCache(base, Path.of(System.getProperty("cache", "target/embeddings")));
        FaqRetriever retriever0 = new FaqRetriever(base, Double.parseDouble(FaqRetriever.DEFAULT_THRESHOLD),
                BotIndex.SUGGESTIONS, 0, Double.parseDouble(FaqRetriever.DEFAULT_CLARIFY_THRESHOLD),
                FaqRetriever.DEFAULT_MAX_CHOICES);
        FaqRetriever retriever = retriever0;
        boolean adapt = System.getProperty("adapt") != null;
        if (adapt) {
            EvalCommand.Options o = EvalCommand.Options.parse(List.of("--faq", faqFile.toString(), "--queries",
                    faqFile.toString(), "--adapt", "--embedding-cache", System.getProperty("cache", "target/embeddings")));
            Embedder adapted = EvalCommand.adapted(faq, o, o.baseModel(base));
            VectorCache av = new VectorCache(adapted, Path.of(System.getProperty("cache", "target/embeddings")));
            AdaptedServing serving = AdaptedServing.of(faq, o, base, vectors, adapted, av);
            System.out.println("adapted; refused=" + serving.refused());
            retriever = new FaqRetriever(adapted, Double.parseDouble(FaqRetriever.DEFAULT_THRESHOLD),
                    BotIndex.SUGGESTIONS, 0, Double.parseDouble(FaqRetriever.DEFAULT_CLARIFY_THRESHOLD),
                    FaqRetriever.DEFAULT_MAX_CHOICES);
            boolean unscaled = System.getProperty("adaptScale") != null;
            FaqIndex adaptedIndex = BotIndex.index(faq, BotIndex.phrasings(faq, av), adapted.dimensions(), true,
                    BotIndex.offTopic(av, faq.language())).scaled(unscaled ? 1 : serving.confidenceScale(),
                    unscaled ? 1 : serving.choiceScale());
            retriever.replaceIndex(adaptedIndex);
            if (COMBINE != null) {
                retriever0.replaceIndex(BotIndex.index(faq, vectors, base.dimensions()));
            }
        } else {
            retriever.replaceIndex(BotIndex.index(faq, vectors, base.dimensions()));
        }
        List<String> log = new ArrayList<>();
        final FaqRetriever r0 = retriever;
        FaqLookup lookup = new FaqLookup() {
            public Retrieval retrieve(String q) {
                Retrieval r = r0.retrieve(q);
                if (COMBINE != null && r0 != retriever0) {
                    Retrieval p = retriever0.retrieve(q);
                    log.add(String.format(Locale.ROOT, "      (plain) %s%.2f %s", p.confident() ? "C " : p.clarify() ? "U " : p.far() ? "F " : "- ",
                        p.confidence(), p.matches().stream().limit(3).map(m -> m.entryId() + ":" + m.question()).toList()));
                    r = combine(COMBINE, r, p);
                }
                log.add(String.format(Locale.ROOT, "      [%s] %s%.2f %s", q, r.confident() ? "C " : r.clarify() ? "U " : r.far() ? "F " : "- ",
                        r.confidence(), r.matches().stream().limit(3).map(m -> m.entryId() + ":" + m.question()
                                + String.format(Locale.ROOT, "(%.2f)", m.score())).toList()));
                if (SIGNALS > 0) {
                    org.answerdesk.retrieval.EntrySignals.rows(r0.index(), q, r0.vector(q, r0.embedder()), SIGNALS)
                            .forEach(row -> log.add("      ~ " + row));
                }
                return r;
            }
            public boolean ownerWorded(long id) { return true; }
            public java.util.Optional<String> question(long id) {
                return faq.entries().stream().filter(e -> e.id() == id).map(e -> e.question()).findFirst();
            }
            public List<String> wording(long id) {
                return faq.entries().stream().filter(e -> e.id() == id).findFirst().map(e -> java.util.stream.Stream
                        .concat(e.keywords().stream(), e.phrasings().stream()).toList()).orElse(List.of());
            }
        };
        LanguageModel none = new LanguageModel() {
            public boolean enabled() { return false; }
            public java.util.Optional<Long> choose(String q, List<org.answerdesk.llm.LlmCandidate> c) { return java.util.Optional.empty(); }
            public java.util.Optional<org.answerdesk.llm.LlmAnswer> answer(org.answerdesk.llm.LlmQuestion q) { return java.util.Optional.empty(); }
            public int historyTurns() { return 4; }
            public java.util.Optional<String> rewrite(org.answerdesk.llm.LlmFollowUp f) { return java.util.Optional.empty(); }
            public int citationNumber(org.answerdesk.llm.LlmQuestion q, int i) { return i + 1; }
            public String modelName() { return "none"; }
        };
        DialoguePolicy policy = new DialoguePolicy(lookup, PassageLookup.NONE, none, BotReading.actPhrasings(base));
        Map<String, List<String>> convs = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(plan);
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split("\t");
            if (f.length > 2) {
                convs.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[2]);
            }
        }
        for (var c : convs.entrySet()) {
            if (!only.isEmpty() && !only.contains(c.getKey())) {
                continue;
            }
            DialogueState state = DialogueState.fresh(Locale.forLanguageTag(language));
            int t = 0;
            for (String msg : c.getValue()) {
                t++;
                log.clear();
                // a plan's stage direction ("[if the bot showed choices, type this instead of tapping] ...") is no part
                // of what the customer types
                String typed = msg.replaceFirst("^\\[[^\\]]*\\]\\s*", "");
                Incoming in = Incoming.question(typed);
                Decision d = policy.decide(state, in);
                state = Transition.after(state, in, d, policy.historyTurns()).next();
                System.out.println(c.getKey() + "/" + t + " " + msg + "\n   => " + d.actions().stream()
                        .map(FollowUpProbe::describe).collect(java.util.stream.Collectors.joining(" + ")));
                log.forEach(System.out::println);
            }
        }
    }

    private static String describe(Action a) {
        if (a instanceof Action.FaqAnswer f) {
            return "ANSWER " + f.entry().entryId() + ":" + f.entry().question();
        }
        if (a instanceof Action.Clarify c) {
            return "CHOICES " + c.choices().stream().map(m -> m.entryId() + ":" + m.question()).toList();
        }
        return a.getClass().getSimpleName() + " " + a;
    }
}
