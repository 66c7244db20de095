package org.answerdesk;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the database holds of the FAQ, for tests that check what a customer was told. */
public final class FaqRows {

    private FaqRows() {
    }

    /** The stored answer of the entry whose question is {@code question} (exactly one must have it). */
    public static String answerOf(JdbcClient jdbc, String question) {
        return jdbc.sql("select answer from faq_entry where question = :q").param("q", question)
                .query(String.class).single();
    }
}
