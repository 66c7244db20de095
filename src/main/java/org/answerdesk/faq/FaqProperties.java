package org.answerdesk.faq;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * FAQ retrieval settings ({@code answerdesk.faq.*}, e.g. {@code ANSWERDESK_FAQ_THRESHOLD}).
 *
 * @param threshold   the confidence at or above which the FAQ answers by itself; below it the LLM fallback is asked
 * @param model       which in-process MiniLM runs: FULL or QUANTIZED
 * @param suggestions how many related questions to return with every answer
 * @param sample      the sample FAQ loaded into an empty database on first start (classpath or file path)
 */
@ConfigurationProperties("answerdesk.faq")
public record FaqProperties(
        @DefaultValue(FaqProperties.DEFAULT_THRESHOLD) double threshold,
        @DefaultValue("FULL") EmbeddingModelChoice model,
        @DefaultValue("5") int suggestions,
        @DefaultValue("classpath:db/sample-faq.csv") String sample) {

    /**
     * The default threshold on the confidence scale of {@link FaqIndex} (a conformal p-value of the chosen entry's
     * closest-phrasing cosine). Calibrated with the {@code eval} command on a BANKING77 dev split (70% of train.csv
     * as the FAQ, 15% dev plus off-topic Bitext questions): the highest threshold that keeps in-scope accuracy at
     * 93% (there: 85.5% of off-topic questions fall back). On the sample FAQ and its paraphrases it answers 80% of
     * in-scope questions correctly and lets 55% of off-topic ones fall back.
     */
    public static final String DEFAULT_THRESHOLD = "0.02";

    /** The two MiniLM variants that ship inside the jar. */
    public enum EmbeddingModelChoice { FULL, QUANTIZED }
}
