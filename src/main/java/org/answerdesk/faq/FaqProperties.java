package org.answerdesk.faq;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * FAQ retrieval settings ({@code answerdesk.faq.*}, e.g. {@code ANSWERDESK_FAQ_THRESHOLD}).
 *
 * @param threshold   the score at or above which the FAQ answers by itself; below it the LLM fallback is asked
 * @param model       which in-process MiniLM runs: FULL or QUANTIZED
 * @param suggestions how many related questions to return with every answer
 * @param sample      the sample FAQ loaded into an empty database on first start (classpath or file path)
 */
@ConfigurationProperties("answerdesk.faq")
public record FaqProperties(
        @DefaultValue("0.50") double threshold,
        @DefaultValue("FULL") EmbeddingModelChoice model,
        @DefaultValue("5") int suggestions,
        @DefaultValue("classpath:db/sample-faq.csv") String sample) {

    /** The two MiniLM variants that ship inside the jar. */
    public enum EmbeddingModelChoice { FULL, QUANTIZED }
}
