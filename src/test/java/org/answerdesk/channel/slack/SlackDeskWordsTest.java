package org.answerdesk.channel.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.answerdesk.conversation.ReplySource;
import org.answerdesk.conversation.TranscriptLine;
import org.answerdesk.handoff.Ticket;
import org.answerdesk.language.TestTexts;
import org.junit.jupiter.api.Test;

/** The desk's thread opener speaks the shop's default language, from the bundles; English reads as it always did. */
class SlackDeskWordsTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-26T10:00:00Z");
    private static final Ticket TICKET = new Ticket(7, 70, "WEB", "Ada <ada@example.com>", "asked for a person", AT,
            false, null, List.of(new TranscriptLine(1, true, "Where is my order?", null, null, AT),
            new TranscriptLine(2, false, "Let me find a person.", ReplySource.SYSTEM, null, AT)), List.of(), null);

    @Test
    void theSummaryIsInTheShopsLanguage() {
        String german = SlackHandoffDesk.summary(TICKET, null, new StaffWords(TestTexts.of("de", "en"),
                Locale.GERMAN));
        assertThat(german).startsWith(":raising_hand: *Übergabe #7*: Ada &lt;ada@example.com&gt; auf web")
                .contains("*Grund:* asked for a person", "*Kunde:* Where is my order?", "*SYSTEM:* Let me find")
                .contains("`resolve`").doesNotContain("Customer", "Reply in this thread");
    }

    @Test
    void englishIsAsBefore() {
        String english = SlackHandoffDesk.summary(TICKET, 2L, new StaffWords(TestTexts.ENGLISH, Locale.ENGLISH));
        assertThat(english).isEqualTo(":raising_hand: *Handoff #7*: Ada &lt;ada@example.com&gt; on web\n"
                + "*Why:* asked for a person\n\n*Customer:* Where is my order?\n\n"
                + "_Reply in this thread to answer the customer; `resolve` or :white_check_mark: here when done; "
                + ":pushpin: on a reply proposes it for the FAQ._");
    }

    @Test
    void theNumberToCallBackOnIsUnderTheReason() {
        Ticket callback = new Ticket(7, 70, "WEB", "Ada", "asked for a person", AT, false, null, List.of(), List.of(),
                "0612 345678");
        assertThat(SlackHandoffDesk.summary(callback, null, new StaffWords(TestTexts.of("de", "en"), Locale.GERMAN)))
                .contains("*Grund:* asked for a person\n*Rückruf an:* 0612 345678");
    }
}
