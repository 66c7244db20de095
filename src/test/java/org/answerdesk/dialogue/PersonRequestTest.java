package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonRequestTest {

    @ParameterizedTest
    @ValueSource(strings = {"talk to a human", "Can I speak with someone please?", "agent", "Human!", "/human",
            "I want to talk to a real person", "connect me to an agent", "representative please"})
    void recognisesAskingForAPerson(String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.ENGLISH)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"How do I reset my password?", "my travel agent booked this", "Where is my order?",
            "is a person allowed to return two items", "yes"})
    void doesNotMistakeOrdinaryQuestions(String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.ENGLISH)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "Yes please!", "ok", "sure"})
    void recognisesAYes(String text) {
        assertThat(PersonRequest.acceptsOffer(text, Locale.ENGLISH)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "yes but where is my order", "not now"})
    void anythingElseIsNoYes(String text) {
        assertThat(PersonRequest.acceptsOffer(text, Locale.ENGLISH)).isFalse();
    }
}
