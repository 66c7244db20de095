package org.answerdesk.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.answerdesk.dialogue.Action;
import org.answerdesk.dialogue.Decision;
import org.answerdesk.dialogue.DialoguePolicy;
import org.answerdesk.dialogue.DialogueState;
import org.answerdesk.dialogue.FaqLookup;
import org.answerdesk.dialogue.Incoming;
import org.answerdesk.dialogue.LanguageModel;
import org.answerdesk.dialogue.PassageLookup;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.FaqRetriever;
import org.answerdesk.retrieval.Retrieval;

/**
 * Where an angry story's covering entry stands (docs/dialogue.md, angry53): for each set folder and language, the
 * plan turn given (default "5.1", the first turn of a conversation) is decided by the policy on a fresh state, and
 * the entries its column 4 names ({@code FAQ: "..."}) are looked for in the decision (answered, first choice, among
 * the choices, missing) and in the first lookup's full order (the story as the apology reads it). One model load for
 * every turn. Not a test: a probe. Arguments: set folders; {@code -Dturn=5.1}, {@code -Dlangs=de,en}.
 */
public final class AngryRank {
    private static final Pattern FAQ = Pattern.compile("FAQ: [\"\u201c\u201e]([^\"\u201c\u201d]+)[\"\u201d\u201c]");

    public static void main(String[] args) throws Exception {
        Embedder base = Embedder.load(System.getProperty("model", "FULL"), null, null);
        VectorCache vectors = new VectorCache(base, Path.of(System.getProperty("cache", "target/embeddings")));
        String[] turn = System.getProperty("turn", "5.1").split("\\.");
        String[] langs = System.getProperty("langs", "de,en,es,fr,it,nl,pt").split(",");
        int[] tally = new int[4];
        for (String set : args) {
            for (String language : langs) {
                Path faqFile = Path.of(set, language + "-faq.csv");
                Path plan = Path.of(set, language + "-plan.tsv");
                if (!Files.exists(faqFile) || !Files.exists(plan)) {
                    continue;
                }
                FaqFile faq = FaqFile.read(faqFile).withLanguage(language);
                FaqRetriever retriever = BotIndex.atDefaults(base, vectors, faq);
                String msg = null;
                String due = "";
                for (String l : Files.readAllLines(plan)) {
                    String[] f = l.split("\t");
                    if (f.length > 3 && f[0].equals(turn[0]) && f[1].equals(turn[1])) {
                        msg = f[2];
                        due = f[3];
                    }
                }
                if (msg == null) {
                    continue;
                }
                List<String> right = new ArrayList<>();
                Matcher m = FAQ.matcher(due);
                while (m.find()) {
                    right.add(m.group(1).strip());
                }
                List<String> lookups = new ArrayList<>();
                List<List<String>> orders = new ArrayList<>();
                FaqLookup lookup = new FaqLookup() {
                    public Retrieval retrieve(String q) {
                        Retrieval r = retriever.retrieve(q);
                        lookups.add(String.format(Locale.ROOT, "%s%.2f [%s]", r.confident() ? "C " : r.clarify()
                                ? "U " : r.far() ? "F " : "- ", r.confidence(), q));
                        List<String> order = new ArrayList<>();
                        org.answerdesk.retrieval.EntrySignals.rows(retriever.index(), q,
                                retriever.vector(q, retriever.embedder()), 100)
                                .forEach(row -> order.add(row.substring(row.lastIndexOf('\t') + 1)));
                        orders.add(order);
                        return r;
                    }
                    public boolean ownerWorded(long id) { return true; }
                    public java.util.Optional<String> question(long id) {
                        return faq.entries().stream().filter(e -> e.id() == id).map(e -> e.question()).findFirst();
                    }
                    public List<String> wording(long id) {
                        return faq.entries().stream().filter(e -> e.id() == id).findFirst().map(e -> java.util.stream
                                .Stream.concat(e.keywords().stream(), e.phrasings().stream()).toList()).orElse(List.of());
                    }
                };
                DialoguePolicy policy = new DialoguePolicy(lookup, PassageLookup.NONE, LanguageModelNone.INSTANCE,
                        BotReading.actPhrasings(base));
                Decision d = policy.decide(DialogueState.fresh(Locale.forLanguageTag(language)), Incoming.question(msg));
                List<FaqMatch> shown = new ArrayList<>();
                String kind = "NONE";
                for (Action a : d.actions()) {
                    if (a instanceof Action.OfferPerson o) {
                        if (o.answer() != null) {
                            kind = "ANSWER";
                            shown.add(o.answer().entry());
                            shown.addAll(o.answer().related());
                        } else if (!o.choices().isEmpty()) {
                            kind = "CHOICES";
                            shown.addAll(o.choices());
                        } else {
                            kind = "OFFER";
                        }
                    } else if (a instanceof Action.FaqAnswer f) {
                        kind = "ANSWER";
                        shown.add(f.entry());
                        shown.addAll(f.related());
                    } else if (a instanceof Action.Clarify c) {
                        kind = "CHOICES";
                        shown.addAll(c.choices());
                    }
                }
                int at = -1;
                for (int i = 0; i < shown.size(); i++) {
                    if (right.contains(shown.get(i).question().strip())) {
                        at = i;
                        break;
                    }
                }
                String verdict = at < 0 ? "missing" : at == 0 && kind.equals("ANSWER") ? "answered"
                        : at == 0 ? "first" : kind.equals("ANSWER") ? "related" : "among";
                tally[at < 0 ? 3 : at == 0 && kind.equals("ANSWER") ? 0 : at == 0 ? 1 : 2]++;
                String where = "";
                if (!orders.isEmpty()) {
                    List<String> o = orders.get(0);
                    List<String> ranks = new ArrayList<>();
                    for (String r : right) {
                        ranks.add(String.valueOf(o.indexOf(r) + 1));
                    }
                    where = String.join("/", ranks) + " of " + o.size();
                }
                System.out.printf(Locale.ROOT, "%s %s %s: %s %s | rank in first lookup %s%n   msg: %s%n   due: %s%n   shown: %s%n",
                        Path.of(set).getFileName(), language, String.join(".", turn), verdict, kind, where, msg,
                        right, shown.stream().map(FaqMatch::question).toList());
                lookups.forEach(l -> System.out.println("   lookup " + l));
                for (String clause : msg.split("[,.;:!?\\n]+")) {
                    if (clause.strip().split("\\s+").length < 2) {
                        continue;
                    }
                    Retrieval r = retriever.retrieve(org.answerdesk.dialogue.Cleanup.forLookup(
                            clause.strip().toLowerCase(Locale.ROOT), Locale.forLanguageTag(language)));
                    System.out.println("   clause " + (r.confident() ? "C " : r.clarify() ? "U " : "- ")
                            + String.format(Locale.ROOT, "%.2f", r.confidence()) + " [" + clause.strip() + "] "
                            + r.matches().stream().limit(3).map(FaqMatch::question).toList());
                }
                if (!orders.isEmpty()) {
                    for (int i = 0; i < Math.min(12, orders.get(0).size()); i++) {
                        String q = orders.get(0).get(i);
                        System.out.println("   top " + (i + 1) + (right.contains(q) ? " * " : "   ") + q);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "answered %d, first %d, among/related %d, missing %d%n", tally[0], tally[1],
                tally[2], tally[3]);
    }

    /** No language model. */
    enum LanguageModelNone implements LanguageModel {
        INSTANCE;
        public boolean enabled() { return false; }
        public java.util.Optional<Long> choose(String q, List<org.answerdesk.llm.LlmCandidate> c) { return java.util.Optional.empty(); }
        public java.util.Optional<org.answerdesk.llm.LlmAnswer> answer(org.answerdesk.llm.LlmQuestion q) { return java.util.Optional.empty(); }
        public int historyTurns() { return 4; }
        public java.util.Optional<String> rewrite(org.answerdesk.llm.LlmFollowUp f) { return java.util.Optional.empty(); }
        public int citationNumber(org.answerdesk.llm.LlmQuestion q, int i) { return i + 1; }
        public String modelName() { return "none"; }
    }
}
