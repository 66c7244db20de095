package org.answerdesk.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
import org.answerdesk.retrieval.FaqRetriever;
import org.answerdesk.retrieval.Retrieval;

/**
 * What the retrieval ranks for questions in the band between "far from the FAQ" and "did you mean": not confident,
 * no choices, not far. Not a test: a probe that measures how often the right entry is first / among the three closest
 * there, and how many out-of-scope questions land in the band, so that the reply in that band is chosen on numbers.
 * Frozen shipped MiniLM, the bot's thresholds. From the repository root, after {@code test-compile
 * dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test}:
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/bench.cp) org.answerdesk.eval.BandProbe \
 *     regimes ../shared/data sample,hwu-5shot,b77-10shot,multi-5shot
 * java -cp ... org.answerdesk.eval.BandProbe plans docs/conversations/2026-11-27-set8 en,de,fr,it,es,nl,pt</pre>
 *
 * In {@code plans} mode every plan conversation is replayed through the policy (no LLM, no pages, a chat): each turn
 * that the policy sent to the band's reply (a handoff "no answer", or the offer it gives now) is counted with the
 * plan's right reply: an FAQ entry (in scope, its rank among the entries the reply holds) or "not covered" (out of
 * scope), else another kind of turn (small talk, a push-back, a vague message).
 */
public final class BandProbe {

    public static void main(String[] args) throws Exception {
        Embedder base = Embedder.load("FULL", null, null);
        VectorCache vectors = new VectorCache(base, Path.of("target/embeddings"));
        if (args[0].equals("regimes")) {
            regimes(base, vectors, Path.of(args[1]), args[2].split(","));
        } else {
            for (String lang : args[2].split(",")) {
                plans(base, vectors, Path.of(args[1]), lang);
            }
        }
    }

    private static FaqRetriever retriever(Embedder base, VectorCache vectors, FaqFile faq) throws Exception {
        return BotIndex.atDefaults(base, vectors, faq);
    }

    private static void regimes(Embedder base, VectorCache vectors, Path data, String[] names) throws Exception {
        Regimes regimes = new Regimes(data, Path.of("db/sample-faq.csv"),
                Path.of("src/test/resources/faq/paraphrases.csv"), 5);
        System.out.println("regime | in-scope | in band | right 1st | right top-3 | out-of-scope | in band "
                + "| of the band out-of-scope");
        for (String name : names) {
            int in = 0, inBand = 0, first = 0, top3 = 0, oos = 0, oosBand = 0;
            int[] inSharesQ = new int[2], inSharesQA = new int[2], oosSharesQ = new int[1], oosSharesQA = new int[1];
            for (Regimes.Fold fold : regimes.build(name).folds()) {
                FaqRetriever r = retriever(base, vectors, fold.faq());
                List<Long> expected = QueryOutcomes.expectedEntries(fold.faq(), fold.queries());
                List<float[]> qv = vectors.vectors(fold.queries().stream().map(LabeledText::text).toList());
                for (int i = 0; i < qv.size(); i++) {
                    Retrieval got = r.retrieve(fold.queries().get(i).text(), qv.get(i));
                    boolean band = !got.confident() && !got.clarify() && !got.far() && !got.matches().isEmpty();
                    Long want = expected.get(i);
                    Locale loc = Locale.forLanguageTag(fold.faq().language() == null ? "en" : fold.faq().language());
                    String text = fold.queries().get(i).text();
                    boolean sq = band && shares(text, got.matches(), loc, false);
                    boolean sqa = band && shares(text, got.matches(), loc, true);
                    if (want == null) {
                        oos++;
                        oosBand += band ? 1 : 0;
                        oosSharesQ[0] += sq ? 1 : 0;
                        oosSharesQA[0] += sqa ? 1 : 0;
                        continue;
                    }
                    if (band) {
                        int rk = rank(got.matches(), want);
                        boolean in3 = rk >= 1 && rk <= 3;
                        inSharesQ[0] += sq ? 1 : 0;
                        inSharesQ[1] += sq && in3 ? 1 : 0;
                        inSharesQA[0] += sqa ? 1 : 0;
                        inSharesQA[1] += sqa && in3 ? 1 : 0;
                    }
                    in++;
                    if (band) {
                        inBand++;
                        int rank = rank(got.matches(), want);
                        first += rank == 1 ? 1 : 0;
                        top3 += rank >= 1 && rank <= 3 ? 1 : 0;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%s | %d | %d (%.1f%%) | %.1f%% | %.1f%% | %d | %d (%.1f%%) | %.1f%%%n",
                    name, in, inBand, pct(inBand, in), pct(first, inBand), pct(top3, inBand), oos, oosBand,
                    pct(oosBand, oos), pct(oosBand, oosBand + inBand));
            System.out.printf(Locale.ROOT, "  shares a term with the 3 closest questions: in-scope band %d (right in top 3: %d "
                    + "= +%.2f pts self-service) | out-of-scope %d (+%.2f pts oos_clarify_rate)%n", inSharesQ[0], inSharesQ[1],
                    pct(inSharesQ[1], in), oosSharesQ[0], pct(oosSharesQ[0], oos));
            System.out.printf(Locale.ROOT, "  ... with their answers too: in-scope band %d (right in top 3: %d = +%.2f pts) "
                    + "| out-of-scope %d (+%.2f pts)%n", inSharesQA[0], inSharesQA[1], pct(inSharesQA[1], in),
                    oosSharesQA[0], pct(oosSharesQA[0], oos));
        }
    }

    private static void plans(Embedder base, VectorCache vectors, Path set, String lang) throws Exception {
        Path faqFile = set.resolve(lang + "-faq.csv");
        if (!Files.exists(faqFile)) {
            faqFile = Path.of("db/sample-faq.csv");
        }
        FaqFile faq = FaqFile.read(faqFile).withLanguage(lang);
        FaqRetriever r = retriever(base, vectors, faq);
        Retrieval[] last = new Retrieval[1];
        FaqLookup lookup = new FaqLookup() {
            public Retrieval retrieve(String q) {
                last[0] = r.retrieve(q);
                return last[0];
            }

            public boolean ownerWorded(long id) {
                return true;
            }

            public Optional<String> question(long id) {
                return faq.entries().stream().filter(e -> e.id() == id).map(e -> e.question()).findFirst();
            }
        };
        DialoguePolicy policy = new DialoguePolicy(lookup, PassageLookup.NONE, noLlm(), BotReading.actPhrasings(base));
        Map<String, List<String[]>> convs = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(set.resolve(lang + "-plan.tsv"));
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split("\t");
            if (f.length > 3) {
                convs.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
            }
        }
        int inBand = 0, first = 0, top3 = 0, oosBand = 0, otherBand = 0, unknown = 0, tickets = 0, acks = 0;
        for (var c : convs.entrySet()) {
            DialogueState state = DialogueState.fresh(Locale.forLanguageTag(lang));
            for (String[] row : c.getValue()) {
                String msg = row[2].replaceFirst("^\\[[^]]*]\\s*", "");
                Incoming in = Incoming.question(msg);
                last[0] = null;
                String topic = topicBefore(state);
                Decision d = policy.decide(state, in);
                state = Transition.after(state, in, d, policy.historyTurns()).next();
                List<FaqMatch> held = band(d.main(), last[0]);
                acks += d.main() instanceof Action.Acknowledge ? 1 : 0;
                if (held == null) {
                    continue;
                }
                String right = row[3].replaceFirst("^\\[[^]]*]\\s*", "");
                Long want = expected(faq, right);
                String verdict;
                if (want != null) {
                    inBand++;
                    int rank = rank(held, want);
                    first += rank == 1 ? 1 : 0;
                    top3 += rank >= 1 && rank <= 3 ? 1 : 0;
                    verdict = "in scope, rank " + rank;
                } else if (right.startsWith("FAQ")) {
                    unknown++;
                    verdict = "FAQ entry not read";
                } else if (right.startsWith("Not covered")) {
                    oosBand++;
                    verdict = "not covered";
                } else {
                    otherBand++;
                    verdict = "other";
                }
                String reply = d.main() instanceof Action.OfferPerson o ? "offer " + o.why()
                        : d.main() instanceof Action.Clarify ? "choices" : "ticket";
                tickets += d.main() instanceof Action.Handoff ? 1 : 0;
                Locale loc = Locale.forLanguageTag(lang);
                System.out.println("  " + lang + " " + c.getKey() + "." + row[1] + " [" + reply + "] " + verdict
                        + " {band=" + (last[0] != null && !last[0].confident() && !last[0].clarify() && !last[0].far())
                        + " turn=" + row[1] + " topic=" + topic + " sharesQ=" + shares(msg, held, loc, false) + " sharesQA="
                        + shares(msg, held, loc, true) + "}: " + msg
                        + " -> " + held.stream().limit(3).map(FaqMatch::question).toList());
            }
        }
        System.out.printf(Locale.ROOT, "%s %s | band turns in scope %d: right 1st %d, top-3 %d | not covered %d | "
                + "other %d | unread %d | of them tickets %d | turns met with \"the team has it\" %d%n", set.getFileName(),
                lang, inBand, first, top3, oosBand, otherBand, unknown, tickets, acks);
    }

    /**
     * The entries closest to a message whose reply is the band's (a handoff "no answer" before this branch, the offer
     * of a person for a miss after it): those of its handoff, else of the policy's last lookup; null for another reply.
     */
    private static List<FaqMatch> band(Action a, Retrieval lastLookup) {
        if (a instanceof Action.Handoff h && "no-answer".equals(h.reason())) {
            return h.related();
        }
        // choices the band offers later in a conversation: the lookup found none of its own
        if (a instanceof Action.Clarify c && lastLookup != null && !lastLookup.confident() && !lastLookup.clarify()
                && !lastLookup.far()) {
            return c.choices();
        }
        // by name: the probe also runs on the classes from before this branch, which have neither
        if (a instanceof Action.OfferPerson o && java.util.Set.of("NOT_FOUND", "REJECTED").contains(o.why().name())) {
            return lastLookup == null ? List.of() : lastLookup.matches();
        }
        return null;
    }

    /** What the conversation was about before the message: "answered", "choices", "none". */
    private static String topicBefore(DialogueState state) {
        return state.lastReply().map(l -> l.answered() ? "answered" : l.offeredChoices() || !l.offered().isEmpty()
                ? "choices" : "none").orElse("none");
    }

    /** Whether the message shares a content term or concept with one of the three closest entries. */
    static boolean shares(String msg, List<FaqMatch> held, Locale lang, boolean withAnswers) {
        java.util.Set<String> asked = org.answerdesk.retrieval.ContentTerms.withConcepts(msg, lang);
        return held.stream().limit(3).anyMatch(m -> org.answerdesk.retrieval.ContentTerms.withConcepts(
                m.question() + (withAnswers && m.answer() != null ? " " + m.answer() : ""), lang).stream()
                .anyMatch(asked::contains));
    }

    private static Long expected(FaqFile faq, String right) {
        int start = right.indexOf("FAQ: \"");
        if (start < 0) {
            return null;
        }
        int from = start + 6;
        int end = right.indexOf('"', from);
        String q = right.substring(from, end < 0 ? right.length() : end).strip().toLowerCase(Locale.ROOT);
        return faq.entries().stream().filter(e -> e.question().strip().toLowerCase(Locale.ROOT).equals(q))
                .map(e -> e.id()).findFirst().orElse(null);
    }

    private static int rank(List<FaqMatch> matches, long want) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).entryId() == want) {
                return i + 1;
            }
        }
        return 0;
    }

    private static double pct(int a, int b) {
        return b == 0 ? 0 : 100.0 * a / b;
    }

    private static LanguageModel noLlm() {
        return new LanguageModel() {
            public boolean enabled() {
                return false;
            }

            public Optional<Long> choose(String q, List<org.answerdesk.llm.LlmCandidate> c) {
                return Optional.empty();
            }

            public Optional<org.answerdesk.llm.LlmAnswer> answer(org.answerdesk.llm.LlmQuestion q) {
                return Optional.empty();
            }

            public int historyTurns() {
                return 4;
            }

            public Optional<String> rewrite(org.answerdesk.llm.LlmFollowUp f) {
                return Optional.empty();
            }

            public int citationNumber(org.answerdesk.llm.LlmQuestion q, int i) {
                return i + 1;
            }

            public String modelName() {
                return "none";
            }
        };
    }
}
