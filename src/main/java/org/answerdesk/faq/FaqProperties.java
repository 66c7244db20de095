package org.answerdesk.faq;

import org.answerdesk.retrieval.FaqRetriever;
import org.answerdesk.retrieval.adapt.EncoderTraining;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * FAQ retrieval settings ({@code answerdesk.faq.*}, e.g. {@code ANSWERDESK_FAQ_THRESHOLD}).
 *
 * @param threshold   the confidence (0-1: the estimated probability that the best FAQ entry is right) at or above
 *                    which the FAQ answers by itself; below it the LLM fallback is asked. Lower answers more and is
 *                    wrong more often (0.3: about 8 points less precision, 13 more in-scope answers); measure your
 *                    own with {@code eval} or the FAQ health report (docs/retrieval.md); default {@link FaqRetriever#DEFAULT_THRESHOLD}.
 *                    A model adapted to the FAQ answers at this or at its own higher threshold (the health report's
 *                    {@code answer_threshold})
 * @param model       which embedder runs: FULL or QUANTIZED (the MiniLM shipped in the jar), or the path of an ONNX
 *                    sentence-embedding model (e.g. a multilingual one, docs/retrieval.md); changing it re-embeds
 *                    the FAQ once, at start
 * @param suggestions how many related questions to return with every answer
 * @param sample      the FAQ loaded into a database that never had one (classpath or file path; once, also when
 *                    several instances start together); empty to start with no FAQ
 * @param syncInterval how often an instance compares its index with the shared FAQ version, in case it missed the
 *                    notification of a change made on another instance
 * @param tokenizer   a custom model's {@code tokenizer.json}; blank: the {@code tokenizer.json} beside the model
 * @param pooling     a custom model's pooling: MEAN (sentence-transformers models such as MiniLM) or CLS (BGE)
 * @param starterQuestions how many of the most asked FAQ questions are offered with the greeting (0-10, 0 for none;
 *                    {@link StarterQuestions}); the first FAQ entries fill up when fewer were asked
 * @param starterWindow    the period whose FAQ answers decide which questions are the most asked
 * @param adapt       adapt the configured model (full MiniLM or a custom one; not the quantized MiniLM) to the FAQ
 *                    in the background after every change (and at start, from the stored model when the FAQ is
 *                    unchanged); false serves the configured model only. On by default: it raised the share of
 *                    questions answered right on every set measured, at some out-of-scope recall
 *                    (docs/retrieval.md). It needs 1-3 GB more memory while an FAQ change is adapted; a machine
 *                    with less than 4 GB (8 GB for a custom model) never adapts
 * @param adaptDelay  how long the FAQ must stay unchanged before adaptation starts (changes in a row train once)
 * @param adaptMaxPairs at most this many training pairs (bounds the time a large FAQ takes to adapt)
 * @param adaptMaxTime  training stops after this much CPU time of its process (shortened so its learning rate still
 *                    decays; the steps done are kept); CPU time, not the wall clock, so that a loaded machine
 *                    trains the same model as a quiet one
 * @param adaptHeap   the Java heap limit of the training process ({@code -Xmx}, e.g. 1g); the training runs in a
 *                    process of its own at a lower CPU priority, and PyTorch's memory is outside this limit
 * @param adaptNiceness the training process's {@code nice} level (0-19): 10 lets the bot's own threads come first
 *                    on a busy machine; 0 trains at the bot's priority, which finishes sooner where CPU is to spare
 * @param adaptTimeLimit the training process is ended (a failure, tried again later) after this long on the wall
 *                    clock; the bound on a machine so loaded that the training gets a sixth of a core or less
 * @param adaptOnLearned train the adapted model on the phrasings learned from customers' picks too, as on the owner's
 *                    (they always join the index and the answer head). In the learning replay it gained more on
 *                    HWU64 (+11.8 points against +8.5 without, both above 90% precise); false keeps the model to
 *                    the owner's phrasings, a little more precise (docs/retrieval.md). Questions customers rejected
 *                    an answer for are trained on either way
 * @param adaptRefuseOffTopic do not serve an adapted model that answers more of the held-out off-topic questions
 *                    than the configured model (beyond chance); false (default): serve it, with a warning, counted
 *                    as {@code answerdesk_faq_adaptation_off_topic_checks_total{result=failed}} and shown in the
 *                    health report. The shipped background holds many shop questions, so on shop FAQs the check
 *                    fails for most adapted models (docs/retrieval.md, "Off-topic questions")
 * @param adaptOffTopicNegatives off-topic questions (the shipped background's index half and the owner's "not ours"
 *                    questions) added to every training step as negatives of every phrasing, so the adapted model
 *                    pulls none of them close to an entry; 0 for none (docs/retrieval.md, "Off-topic questions as
 *                    training negatives")
 * @param adaptRetry  how long after a failed adaptation it is tried again; twice as long after each further
 *                    failure, at most an hour
 * @param clarifyThreshold the estimated probability (0-1, calibrated on the FAQ's own phrasings) that the right entry
 *                    is among the {@code maxChoices} closest, at or above which a question the FAQ does not answer by
 *                    itself gets them as choices ("did you mean") instead of going to the LLM or a person. Lower
 *                    offers choices more often, also for questions the FAQ cannot answer (docs/retrieval.md). A
 *                    model adapted to the FAQ offers them at this or at its own higher threshold (the health
 *                    report's {@code clarify_threshold})
 * @param adaptLanguages the shop's default languages ({@code ANSWERDESK_LANGUAGES}' first) whose FAQs are adapted;
 *                    another's serves the shipped model: on our German and Spanish development FAQs adaptation lost
 *                    14-19 points of self-service (docs/language.md). Add a language to try it on yours
 * @param maxChoices  how many entries such a question is offered (1-5), besides "Something else" and "Talk to a
 *                    person"
 */
@ConfigurationProperties("answerdesk.faq")
public record FaqProperties(
        @DefaultValue(FaqRetriever.DEFAULT_THRESHOLD) double threshold,
        @DefaultValue("FULL") String model,
        @DefaultValue("5") int suggestions,
        @DefaultValue("classpath:db/sample-faq.csv") String sample,
        @DefaultValue("5s") java.time.Duration syncInterval,
        @DefaultValue("") String tokenizer,
        @DefaultValue("MEAN") String pooling,
        @DefaultValue("4") int starterQuestions,
        @DefaultValue("30d") java.time.Duration starterWindow,
        @DefaultValue("true") boolean adapt,
        @DefaultValue("en") java.util.List<String> adaptLanguages,
        @DefaultValue("10s") java.time.Duration adaptDelay,
        @DefaultValue("4000") int adaptMaxPairs,
        @DefaultValue("10m") java.time.Duration adaptMaxTime,
        @DefaultValue("1g") String adaptHeap,
        @DefaultValue("10") int adaptNiceness,
        @DefaultValue("60m") java.time.Duration adaptTimeLimit,
        @DefaultValue("true") boolean adaptOnLearned,
        @DefaultValue("1m") java.time.Duration adaptRetry,
        @DefaultValue(FaqRetriever.DEFAULT_CLARIFY_THRESHOLD) double clarifyThreshold,
        @DefaultValue("3") int maxChoices,
        @DefaultValue("false") boolean adaptRefuseOffTopic,
        @DefaultValue("" + EncoderTraining.DEFAULT_OFF_TOPIC_NEGATIVES) int adaptOffTopicNegatives) {

    public FaqProperties {
        if (adaptHeap == null || !adaptHeap.strip().matches("(?i)[0-9]+[kmg]?")) {
            throw new IllegalArgumentException("answerdesk.faq.adapt-heap must be a size such as 1g or 768m, not '"
                    + adaptHeap + "'");
        }
        if (adaptOffTopicNegatives < 0 || adaptOffTopicNegatives > 256) {
            throw new IllegalArgumentException("answerdesk.faq.adapt-off-topic-negatives must be 0-256, not "
                    + adaptOffTopicNegatives);
        }
        if (adaptNiceness < 0 || adaptNiceness > 19) {
            throw new IllegalArgumentException("answerdesk.faq.adapt-niceness must be 0-19, not " + adaptNiceness);
        }
        if (starterQuestions < 0 || starterQuestions > 10) {
            throw new IllegalArgumentException("answerdesk.faq.starter-questions must be between 0 and 10");
        }
        if (maxChoices < 1 || maxChoices > 5) {
            throw new IllegalArgumentException("answerdesk.faq.max-choices must be between 1 and 5");
        }
    }
}
