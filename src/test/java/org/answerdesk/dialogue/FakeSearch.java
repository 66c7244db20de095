package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.answerdesk.llm.LlmAnswer;
import org.answerdesk.llm.LlmCandidate;
import org.answerdesk.llm.LlmFollowUp;
import org.answerdesk.llm.LlmQuestion;
import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Passage;
import org.answerdesk.retrieval.PassageIndex;
import org.answerdesk.retrieval.PassageRetrieval;
import org.answerdesk.retrieval.Retrieval;

/**
 * The FAQ, the shop's pages and the LLM with fixed answers, for scripted conversations: a question the script did
 * not set finds nothing. Records what was asked, so a test can say what was not.
 */
final class FakeSearch implements FaqLookup, PassageLookup, LanguageModel {

    static final FaqMatch PASSWORD = new FaqMatch(1, "How do I reset my password?", "Use the reset link.", 0.9);
    static final FaqMatch ORDER = new FaqMatch(2, "Where is my order?", "See your tracking page.", 0.8);
    static final FaqMatch SHIPPING = new FaqMatch(3, "Do you ship abroad?", "We ship to the EU, UK and US.", 0.7);
    /** An entry whose question a customer worded (a learned pick): never offered. */
    static final FaqMatch LEARNED = new FaqMatch(4, "pw reset pls", "Use the reset link.", 0.6);

    private final Map<String, Retrieval> faq = new HashMap<>();
    private final Map<String, PassageRetrieval> pages = new HashMap<>();
    private final Set<Long> customerWorded = new HashSet<>(Set.of(LEARNED.entryId()));
    final List<String> retrieved = new ArrayList<>();
    final List<LlmQuestion> asked = new ArrayList<>();
    final List<String> searched = new ArrayList<>();
    boolean llmOn;
    Long llmChoice;
    Optional<LlmAnswer> llmAnswer = Optional.empty();
    /** The LLM's rewrite of a follow-up, by the follow-up; a follow-up not set gets none (a failed call). */
    final Map<String, String> rewrites = new HashMap<>();
    final List<LlmFollowUp> rewriteAsked = new ArrayList<>();
    /** What a question the script did not set finds: nothing, unless a test sets it ({@link #unsureOtherwise}). */
    private Retrieval otherwise = new Retrieval(List.of(), 0, false);
    /** Free-form acts: none unless a test sets some ({@link #act}). */
    ActIndex acts = ActIndex.empty();

    FakeSearch confident(String question, FaqMatch best, FaqMatch... others) {
        faq.put(question, new Retrieval(list(best, others), 0.95, true));
        return this;
    }

    /** Confident of {@code best} for {@code question}, at {@code confidence}: one lookup surer than another. */
    FakeSearch confident(String question, double confidence, FaqMatch best, FaqMatch... others) {
        faq.put(question, new Retrieval(list(best, others), confidence, true));
        return this;
    }

    FakeSearch unsure(String question, FaqMatch first, FaqMatch... others) {
        List<FaqMatch> all = list(first, others);
        faq.put(question, new Retrieval(all, 0.3, false, all));
        return this;
    }

    /**
     * Unsure of {@code question}, with only the first {@code shown} entries as its "did you mean" choices: the
     * ranking dropped the others for a small share.
     */
    FakeSearch unsureShowing(String question, int shown, FaqMatch first, FaqMatch... others) {
        List<FaqMatch> all = list(first, others);
        faq.put(question, new Retrieval(all, 0.3, false, all.subList(0, shown)));
        return this;
    }

    /**
     * Every question the script did not set gets these "did you mean" entries, as the packaged bot's FAQ offers its
     * nearest entries to a message it cannot place: a message misread as a question then gets unrelated choices.
     */
    FakeSearch unsureOtherwise(FaqMatch first, FaqMatch... others) {
        List<FaqMatch> all = list(first, others);
        otherwise = new Retrieval(all, 0.3, false, all);
        return this;
    }

    /**
     * Every question the script did not set gets the first {@code shown} entries as "did you mean" choices, the
     * others only among its closest: the retriever offers the entries within a margin of the best.
     */
    FakeSearch unsureOtherwiseShowing(int shown, FaqMatch first, FaqMatch... others) {
        List<FaqMatch> all = list(first, others);
        otherwise = new Retrieval(all, 0.3, false, all.subList(0, shown));
        return this;
    }

    /**
     * Every question the script did not set is answered confidently by the first entry, the others close behind it:
     * as the packaged FAQ answers a bare word ("prices") with one of the several entries it names.
     */
    FakeSearch confidentOtherwise(FaqMatch best, FaqMatch... others) {
        otherwise = new Retrieval(list(best, others), 0.95, true);
        return this;
    }

    /** What a question the script did not set finds, for a test that runs a row against each. */
    enum Otherwise {
        UNSURE, CONFIDENT, NOTHING
    }

    /** Close entries, none plausible enough to offer. */
    FakeSearch far(String question, FaqMatch first, FaqMatch... others) {
        faq.put(question, new Retrieval(list(first, others), 0.05, false));
        return this;
    }

    /** Far from every entry of the FAQ ({@link Retrieval#far()}): its entries are unrelated to it. */
    FakeSearch offTopic(String question, FaqMatch first, FaqMatch... others) {
        faq.put(question, new Retrieval(list(first, others), 0.05, false, List.of(), true));
        return this;
    }

    /** Every question the script did not set is far from every entry of the FAQ ({@link Retrieval#far()}). */
    FakeSearch offTopicOtherwise(FaqMatch first, FaqMatch... others) {
        otherwise = new Retrieval(list(first, others), 0.05, false, List.of(), true);
        return this;
    }

    /** With an LLM on, it rewrites {@code followUp} into {@code standalone}. */
    FakeSearch rewrite(String followUp, String standalone) {
        llmOn = true;
        rewrites.put(followUp, standalone);
        return this;
    }

    FakeSearch page(String question, boolean confident, String text) {
        var passage = new Passage(9, "Delivery", "Far destinations", "https://shop.example/delivery", text);
        pages.put(question, new PassageRetrieval(List.of(new PassageIndex.Ranked(passage, 0, 1)),
                confident ? 0.9 : 0.2, 0.8));
        return this;
    }

    FakeSearch llm(Long choice, LlmAnswer answer) {
        llmOn = true;
        llmChoice = choice;
        llmAnswer = Optional.ofNullable(answer);
        return this;
    }

    /**
     * Recognises {@code text} (exactly) as the act, by a one-dimensional stand-in for the sentence model: every other
     * text is a need.
     */
    FakeSearch act(String text, Act act) {
        acts = new ActIndex(List.of(new ActIndex.Example(act.label(), text, new float[] {1, 0}),
                new ActIndex.Example(ActIndex.NEED, "a need", new float[] {0, 1})),
                t -> t.equals(text) ? new float[] {1, 0} : new float[] {0, 1}, 0.9, 0.1);
        return this;
    }

    /**
     * Makes {@code text} as near as can be to the act's phrasing {@code phrasing}, another text: the sentence model
     * hardly tells "this is not solving my issue" from "problem solved".
     */
    FakeSearch actNear(String text, Act act, String phrasing) {
        acts = new ActIndex(List.of(new ActIndex.Example(act.label(), phrasing, new float[] {1, 0}),
                new ActIndex.Example(ActIndex.NEED, "a need", new float[] {0, 1})),
                t -> t.equals(text) || t.equals(phrasing) ? new float[] {1, 0} : new float[] {0, 1},
                ActIndex.DEFAULT_MIN_SIMILARITY, ActIndex.DEFAULT_MARGIN);
        return this;
    }

    /**
     * Makes {@code text} nearer to the act than to any need, but not near enough to be taken for it by itself: what
     * only the fallbacks for short messages and short rests around a closed act accept.
     */
    FakeSearch nearAct(String text, Act act) {
        double n = Math.hypot(0.6, 0.5);
        acts = new ActIndex(List.of(new ActIndex.Example(act.label(), text, new float[] {1, 0}),
                new ActIndex.Example(ActIndex.NEED, "a need", new float[] {0, 1})),
                t -> t.equals(text) ? new float[] {(float) (0.6 / n), (float) (0.5 / n)} : new float[] {0, 1}, 0.9,
                0.1);
        return this;
    }

    /**
     * Makes {@code text} an act by the shipped thresholds, at {@code similarity} to the act's phrasing and 0.3 to the
     * nearest need: a similarity under the policy's {@code CLEAR_ACT} is an act only where the FAQ is not confident.
     */
    FakeSearch actAt(String text, Act act, double similarity) {
        float rest = (float) Math.sqrt(1 - similarity * similarity - 0.09);
        acts = new ActIndex(List.of(new ActIndex.Example(act.label(), text, new float[] {1, 0, 0}),
                new ActIndex.Example(ActIndex.NEED, "a need", new float[] {0, 1, 0})),
                t -> t.equals(text) ? new float[] {(float) similarity, 0.3f, rest} : new float[] {0, 1, 0},
                ActIndex.DEFAULT_MIN_SIMILARITY, ActIndex.DEFAULT_MARGIN);
        return this;
    }

    private static List<FaqMatch> list(FaqMatch first, FaqMatch... others) {
        List<FaqMatch> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(others));
        return all;
    }

    @Override
    public Retrieval retrieve(String question) {
        if (question.isBlank()) {
            // the policy looks up only what a message says: nothing left of it is no question (the embedder refuses it)
            throw new IllegalArgumentException("a blank lookup");
        }
        retrieved.add(question);
        return faq.getOrDefault(question, otherwise);
    }

    @Override
    public boolean ownerWorded(long entryId) {
        return !customerWorded.contains(entryId);
    }

    /** The entries' keywords and phrasings: none unless a test sets them ({@link #worded}). */
    private final Map<Long, List<String>> wordings = new HashMap<>();

    /** The entry's keywords and phrasings, as the owner's FAQ file has them. */
    FakeSearch worded(FaqMatch entry, String... wording) {
        wordings.put(entry.entryId(), List.of(wording));
        return this;
    }

    @Override
    public List<String> wording(long entryId) {
        return wordings.getOrDefault(entryId, List.of());
    }

    @Override
    public Optional<String> question(long entryId) {
        // the fixed entries, and any entry a scripted lookup finds
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(PASSWORD, ORDER, SHIPPING, LEARNED),
                        faq.values().stream().flatMap(r -> r.matches().stream()))
                .filter(m -> m.entryId() == entryId).map(FaqMatch::question).findFirst();
    }

    @Override
    public PassageRetrieval search(String question) {
        searched.add(question);
        return pages.getOrDefault(question, PassageLookup.NONE.search(question));
    }

    @Override
    public int llmPassages() {
        return 3;
    }

    @Override
    public boolean enabled() {
        return llmOn;
    }

    @Override
    public Optional<Long> choose(String question, List<LlmCandidate> candidates) {
        return Optional.ofNullable(llmChoice).filter(id -> candidates.stream().anyMatch(c -> c.id() == id));
    }

    @Override
    public Optional<LlmAnswer> answer(LlmQuestion question) {
        asked.add(question);
        return llmAnswer;
    }

    @Override
    public Optional<String> rewrite(LlmFollowUp followUp) {
        rewriteAsked.add(followUp);
        return Optional.ofNullable(rewrites.get(followUp.message()));
    }

    @Override
    public int historyTurns() {
        return 4;
    }

    @Override
    public int citationNumber(LlmQuestion question, int index) {
        return question.context().size() + index + 1;
    }

    @Override
    public String modelName() {
        return "test-model";
    }
}
