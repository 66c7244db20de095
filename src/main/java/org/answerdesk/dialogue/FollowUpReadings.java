package org.answerdesk.dialogue;

import java.util.Locale;

import org.answerdesk.retrieval.Retrieval;

/**
 * A follow-up's two readings, each asked of the FAQ at most once per message and only when a rule needs it: alone
 * (the lookup the message came with, if any) and with the question answered before it.
 */
final class FollowUpReadings {

    private final Questions questions;
    private final String lookup;
    private final String before;
    private final Locale language;
    private Retrieval alone;
    private Retrieval together;

    FollowUpReadings(Questions questions, String lookup, String before, Locale language, Retrieval retrieved) {
        this.questions = questions;
        this.lookup = lookup;
        this.before = before;
        this.language = language;
        this.alone = retrieved;
    }

    Retrieval alone() {
        if (alone == null) {
            alone = questions.retrieve(lookup, language);
        }
        return alone;
    }

    Retrieval together() {
        if (together == null) {
            together = questions.retrieve(before + " " + lookup, language);
        }
        return together;
    }
}
