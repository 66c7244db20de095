package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a question is looked up with: its wrapping and the details no FAQ entry names set aside. */
class CleanupTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I'd like to return the shoes from order #8812, they're too small. Kind regards, Tom | I'd like to return the shoes from order, they're too small.
            how do I return an item? Order #88213. Thanks, Maria                               | how do I return an item?
            Hi Anna, my parcel DE123456789 hasn't arrived since 12/03/2025. Cheers              | my parcel hasn't arrived since.
            Can I pay 25 EUR by card?                                                           | Can I pay by card?
            Where is my order? My email is tom@example.com                                      | Where is my order?
            I ordered on March 3rd and paid $45.99, where is it?                                 | I ordered on and paid, where is it?
            Call me on +49 170 1234567 about my refund                                           | Call me on about my refund
            How long does delivery take?                                                         | How long does delivery take?
            """)
    void wrappingAndDetailsAreSetAside(String text, String lookedUp) {
        assertThat(Cleanup.forLookup(text)).isEqualTo(lookedUp);
    }

    @Test
    void aSignatureOnItsOwnLinesGoesToo() {
        assertThat(Cleanup.forLookup("Do you ship to Norway?\n\nBest,\nTom Smith")).isEqualTo("Do you ship to Norway?");
    }

    @Test
    void theShopsPagesAreAskedWithTheDetailsKept() {
        assertThat(Cleanup.withoutWrapping("Hi Anna, how long does shipping to Svalbard take? Kind regards, Tom"))
                .isEqualTo("how long does shipping to Svalbard take?");
    }

    @Test
    void aMessageThatIsOnlyDetailsIsLookedUpAsWritten() {
        assertThat(Cleanup.forLookup("#8812")).isEqualTo("#8812");
    }
}
