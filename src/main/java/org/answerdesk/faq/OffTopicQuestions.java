package org.answerdesk.faq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.answerdesk.language.Languages;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.Backgrounds;
import org.answerdesk.retrieval.OffTopic;
import org.springframework.stereotype.Component;

/**
 * The questions an FAQ index weighs a question against ({@link OffTopic}): the shipped background, embedded once
 * per model and database ({@link TextVectors}), and the owner's "not ours" questions ({@link NotOurs}), embedded at each index build. The held-out half
 * of the background ({@link OffTopic#shippedCheck()}) is the check an adapted model must pass to be served.
 */
@Component
class OffTopicQuestions {

    private final NotOurs notOurs;
    private final TextVectors stored;
    private final List<String> shipped;
    private final List<String> check;
    /** How many questions of {@link #check} are the shop's other languages' backgrounds (its tail). */
    private final int languages;
    /** Per model name, the background's vectors (index half, then check half); two models at most at a time. */
    private final Map<String, List<float[]>> embedded = new LinkedHashMap<>();

    /** The check holds the background of each of the shop's languages too ({@link OffTopic#shippedCheck(java.util.Collection)}). */
    OffTopicQuestions(NotOurs notOurs, TextVectors stored, Languages languages) {
        this.notOurs = notOurs;
        this.stored = stored;
        List<String> tags = languages.served().stream().map(java.util.Locale::getLanguage).toList();
        this.shipped = Backgrounds.shippedForIndex();
        this.check = Backgrounds.shippedCheck(tags);
        this.languages = Backgrounds.languageBackground(tags).size();
    }

    /**
     * The off-topic questions of an index built with {@code embedder}; the shop's other languages' background questions
     * weigh its choices only ({@link org.answerdesk.retrieval.Retrieval#far}). They are the tail of the serve check too: a far question gets no
     * choices from either model's index, so that check compares the two on the rest.
     */
    OffTopic forIndex(Embedder embedder) {
        List<float[]> all = background(embedder);
        return new OffTopic(inIndex(embedder), embedder.embedAll(notOurs.questions()),
                all.subList(all.size() - languages, all.size()));
    }

    /** The held-out check's questions as {@code embedder}'s vectors, in the order of {@link #checkTexts}. */
    List<float[]> check(Embedder embedder) {
        List<float[]> all = background(embedder);
        return all.subList(shipped.size(), all.size());
    }

    /** The owner's "not ours" questions, as text (an adaptation trains away from them). */
    List<String> notOurs() {
        return notOurs.questions();
    }

    List<String> checkTexts() {
        return check;
    }

    /** The shipped questions an index built with {@code embedder} weighs against, in the order of {@link #indexTexts}. */
    List<float[]> inIndex(Embedder embedder) {
        return background(embedder).subList(0, shipped.size());
    }

    List<String> indexTexts() {
        return shipped;
    }

    private synchronized List<float[]> background(Embedder embedder) {
        List<float[]> vectors = embedded.get(embedder.modelName());
        if (vectors == null) {
            List<String> texts = new ArrayList<>(shipped);
            texts.addAll(check);
            vectors = stored.embedAll(embedder, texts);
            if (embedded.size() >= 2) {
                embedded.remove(embedded.keySet().iterator().next());
            }
            embedded.put(embedder.modelName(), vectors);
        }
        return vectors;
    }
}
