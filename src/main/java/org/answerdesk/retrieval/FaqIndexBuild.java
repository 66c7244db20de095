package org.answerdesk.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.answerdesk.language.LanguageFile;
import org.answerdesk.retrieval.FaqIndex.Phrasing;

/**
 * Builds an {@link FaqIndex}: numbers the entries that have phrasings, lays out the phrasings' vectors, trains the
 * head on them and fits the answer and choice models, or takes the prior models for the untrained stand-in.
 */
final class FaqIndexBuild {

    static final double COSINE_TEMPERATURE = 0.05;
    /**
     * The cosine's temperature in an FAQ of at most {@value #FEW_PHRASINGS} phrasings per entry on average: the head
     * trained on few phrasings deserves more say (cross-validated: HWU64 at 5 per intent +1.8 points top-1, the
     * multi-domain FAQ +0.6, BANKING77 at 10 +0.1, the sample FAQ +0.8; the full BANKING77 FAQ lost 0.3 with it).
     */
    static final double FEW_SHOT_TEMPERATURE = 0.1;
    static final int FEW_PHRASINGS = 20;
    /**
     * The weight of the lexical score ({@link LexicalScores}) in an FAQ of another language than English: a
     * question word only one entry has multiplies its probability by e^5 (docs/language.md).
     */
    static final double LEXICAL_WEIGHT = 5;
    /**
     * What a shared support concept ({@link ConceptLexicon}) counts of a shared word in the lexical score: half, below
     * an exact shared word (the development sets gained from 0.3 to 1.0 alike; docs/language.md).
     */
    static final double CONCEPT_SHARE = 0.5;
    private static final long SEED = 42;
    /**
     * What a word of an entry's answer (not in its phrasings) counts of a shared word in the lexical score: half, as
     * a concept (0.3 and 0.5 measured on eleven FAQs of ten trades, 0.5 the better; docs/language.md).
     */
    static final double ANSWER_SHARE = 0.5;
    /**
     * The lexical score's weight where the language has none that decides (English): the shop's words, keywords and
     * answers order the entries as near words do and decide nothing. Chosen leave-one-set-out among 1, 2, 3 and 5
     * (docs/retrieval.md, "rank41"): a fused lexical score costs English precision, an ordering one does not.
     */
    static final double ORDER_ONLY_WEIGHT = 1;
    /**
     * What an entry's word near a question word no entry has ({@link NearWords}: a typo, the same start, a compound's
     * part) counts of a shared word in the entries' order, never in what the decisions weigh ({@link EntryScorer}):
     * chosen leave-one-set-out among 0.5, 0.75 and 1 with off-topic answers and choices and wrong answers guarded
     * (docs/retrieval.md, "retr8").
     */
    static final double NEAR_SHARE = 0.75;

    /** How an index departs from the bot's usual one; see {@link FaqIndex.Builder}. */
    record Settings(boolean shortlist, boolean trainHead, List<Phrasing> heldOut, Predicate<Phrasing> fitOn,
                    long maxHeadWeights, OffTopic offTopic, String language, double nearShare, boolean remember) {
    }

    /** The trained parts of an index: the head and the models fitted over it, never changed once built. */
    private record Trained(SoftmaxHead head, AnswerModel answerModel, ChoiceModel choiceModel) {
    }

    /**
     * The trained parts of the last few remembered indexes of this JVM ({@link FaqIndex.Builder#remembered}): two,
     * the live index and the one before it, since each holds its head's weights (about 5 MB for 40 entries).
     */
    private static final DigestMemo<Trained> TRAINED = new DigestMemo<>(2);

    private FaqIndexBuild() {
    }

    static FaqIndex build(int dimensions, List<FaqEntry> entries, List<Phrasing> phrasings, Settings settings) {
        Map<Long, FaqEntry> byId = new HashMap<>();
        for (FaqEntry e : entries) {
            byId.put(e.id(), e);
        }
        List<Phrasing> kept = phrasings.stream().filter(p -> byId.containsKey(p.entryId())).toList();
        Map<Long, Integer> classOf = new HashMap<>();
        List<FaqEntry> classes = new ArrayList<>();
        int[] classOfRow = new int[kept.size()];
        for (int row = 0; row < kept.size(); row++) {
            classOfRow[row] = classOf.computeIfAbsent(kept.get(row).entryId(), id -> {
                classes.add(byId.get(id));
                return classes.size() - 1;
            });
        }
        PhrasingCosines cosines = new PhrasingCosines(dimensions, kept, classOfRow, classes.size(),
                settings.shortlist());
        FaqEntry[] entryOfClass = classes.toArray(FaqEntry[]::new);
        // too large to train: built as the untrained stand-in, for good
        boolean trainHead = settings.trainHead()
                && SoftmaxHead.fits(classes.size(), dimensions, kept.size(), settings.maxHeadWeights());
        double temperature = kept.size() <= FEW_PHRASINGS * classes.size() ? FEW_SHOT_TEMPERATURE
                : COSINE_TEMPERATURE;
        LexicalScores lexical = lexical(kept, classOfRow, entryOfClass, settings.language(), settings.nearShare());
        boolean trained = trainHead && classes.size() > 1;
        int[] fitRows = fitRows(kept, settings.fitOn());
        Supplier<Trained> training = () -> train(kept, classOfRow, entryOfClass, cosines, trainHead, trained,
                temperature, lexical.deciding(), settings.heldOut(), byId, fitRows);
        Trained models = settings.remember()
                ? TRAINED.get(new InputDigest().number(dimensions).entries(entries).phrasings(kept)
                        .phrasings(settings.heldOut()).numbers(fitRows).flag(settings.shortlist()).flag(trainHead)
                        .decimal(temperature).text(settings.language()).decimal(settings.nearShare()).hex(), training)
                : training.get();
        EntryScorer scorer = new EntryScorer(entryOfClass, models.head(), cosines, trained, temperature, lexical);
        OffTopic offTopic = kept.isEmpty() || settings.offTopic().backgroundCount() + settings.offTopic().languageCount() == 0
                ? settings.offTopic()
                : settings.offTopic().without(v -> Arrays.stream(cosines.closest(v)[0]).max().orElse(-1))
                        .withGate(FarGate.of(shopTexts(byId.values(), kept), settings.language()));
        return new FaqIndex(byId, kept, scorer, models.answerModel(), models.choiceModel(), offTopic);
    }

    /** The head over the phrasings, then the answer and choice models fitted with the scorer over it. */
    private static Trained train(List<Phrasing> kept, int[] classOfRow, FaqEntry[] entryOfClass,
                                 PhrasingCosines cosines, boolean trainHead, boolean trained, double temperature,
                                 LexicalScores lexical, List<Phrasing> heldOut, Map<Long, FaqEntry> byId,
                                 int[] fitRows) {
        SoftmaxHead head = head(kept, classOfRow, entryOfClass.length, trainHead);
        EntryScorer scorer = new EntryScorer(entryOfClass, head, cosines, trained, temperature, lexical);
        List<AnswerModel.Example> examples = new ArrayList<>();
        for (Phrasing q : entryOfClass.length == 0 ? List.<Phrasing>of() : heldOut) {
            ScoredEntries r = scorer.score(q.text(), q.vector(), 1, Set.of(), 1);
            boolean answerable = byId.containsKey(q.entryId());
            examples.add(new AnswerModel.Example(r.features(),
                    answerable && r.matches().get(0).entryId() == q.entryId(), answerable));
        }
        // the stand-in for a large FAQ goes live at once with the prior model; the trained index fits its own
        boolean prior = entryOfClass.length == 0 || !trainHead;
        AnswerModel answerModel = prior ? AnswerModel.DEFAULT
                : AnswerModel.fit(classOfRow.length, classOfRow, entryOfClass.length, cosines::ofRow, examples,
                        fitRows);
        ChoiceModel choiceModel = prior ? ChoiceModel.DEFAULT
                : ChoiceModel.fit(classOfRow.length, classOfRow, entryOfClass.length, cosines::ofRow,
                        AnswerModel.sampledRows(classOfRow.length, fitRows));
        return new Trained(head, answerModel, choiceModel);
    }

    /** Every text the shop gives, per entry: its question, answer and keywords, and its phrasings. */
    private static java.util.Map<Long, List<String>> shopTexts(java.util.Collection<FaqEntry> entries,
                                                               List<Phrasing> kept) {
        java.util.Map<Long, List<String>> texts = new java.util.HashMap<>();
        for (FaqEntry e : entries) {
            List<String> own = texts.computeIfAbsent(e.id(), id -> new ArrayList<>());
            own.add(e.question());
            own.add(e.answer());
            own.addAll(e.keywords());
        }
        kept.forEach(p -> texts.computeIfAbsent(p.entryId(), id -> new ArrayList<>()).add(p.text()));
        return texts;
    }

    /** The head over the phrasings' vectors and words, trained or left as the untrained stand-in's. */
    private static SoftmaxHead head(List<Phrasing> kept, int[] classOfRow, int classes, boolean train) {
        float[][] rows = new float[kept.size()][];
        int[][] words = new int[kept.size()][];
        for (int row = 0; row < kept.size(); row++) {
            rows[row] = kept.get(row).vector();
            words[row] = LexicalFeatures.buckets(kept.get(row).text());
        }
        return SoftmaxHead.train(rows, words, classOfRow, classes,
                train ? SoftmaxHead.Options.forSize(rows.length) : SoftmaxHead.Options.UNTRAINED, SEED);
    }

    /**
     * The entries' lexical scores in the index's language: the words of the phrasings and keywords, and of the answer
     * at {@link #ANSWER_SHARE}; in a language whose lexical score decides nothing (English, {@link #lexicalWeight}
     * 0), at {@link #ORDER_ONLY_WEIGHT} in the entries' order only ({@link LexicalScores#orderOnly}).
     */
    static LexicalScores lexical(List<Phrasing> kept, int[] classOfRow, FaqEntry[] entryOfClass, String language,
                                 double nearShare) {
        double weight = lexicalWeight(language);
        boolean orderOnly = weight == 0;
        weight = orderOnly ? ORDER_ONLY_WEIGHT : weight;
        List<List<String>> texts = new ArrayList<>();
        for (FaqEntry ignored : entryOfClass) {
            texts.add(new ArrayList<>());
        }
        // the shop's own vocabulary, from what it gives: the owner's keywords count as its phrasings' words do
        List<String> answers = new ArrayList<>();
        for (int c = 0; c < entryOfClass.length; c++) {
            texts.get(c).addAll(entryOfClass[c].keywords());
            answers.add(entryOfClass[c].answer() == null ? "" : entryOfClass[c].answer());
        }
        for (int row = 0; row < kept.size(); row++) {
            texts.get(classOfRow[row]).add(kept.get(row).text());
        }
        LexicalScores scores = LexicalScores.inLanguage(texts, language, weight, CONCEPT_SHARE)
                .withAnswers(answers, ANSWER_SHARE).withNearWords(nearShare);
        return orderOnly ? scores.orderOnly() : scores;
    }

    /**
     * {@link #LEXICAL_WEIGHT}, or 0 for a language whose file says {@code language.lexical-score no} (English: the
     * head's hashed words alone); a language without a file gets the score.
     */
    static double lexicalWeight(String language) {
        String code = java.util.Locale.forLanguageTag(language.replace('_', '-')).getLanguage();
        return LanguageFile.of(code).map(LanguageFile::lexicalScore).orElse(true) ? LEXICAL_WEIGHT : 0;
    }

    /** The rows the answer model may learn from: those {@code fitOn} accepts, or all when it accepts none. */
    private static int[] fitRows(List<Phrasing> kept, Predicate<Phrasing> fitOn) {
        int[] rows = IntStream.range(0, kept.size()).filter(r -> fitOn.test(kept.get(r))).toArray();
        return rows.length > 0 ? rows : IntStream.range(0, kept.size()).toArray();
    }
}
