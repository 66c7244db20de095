package org.answerdesk.channel.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.answerdesk.channel.MemorySignInRecords;
import org.answerdesk.conversation.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The sign-ins' outcomes the admin page reads back: by an id nobody can guess, for a while, and not without bound. */
class SignInOutcomesTest {

    private Instant now = Instant.parse("2026-11-26T10:00:00Z");
    private final MemorySignInRecords records = new MemorySignInRecords();
    private final SignInOutcomes outcomes = new SignInOutcomes(records, new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void anOutcomeIsKeptForItsTimeUnderARandomId() throws Exception {
        String connected = outcomes.connected(Channel.EMAIL, "support@shop.example");
        String refused = outcomes.refused(Channel.EMAIL, HttpStatus.BAD_GATEWAY, "the token endpoint answered HTTP 503");
        assertThat(connected).isNotEqualTo(refused).hasSizeGreaterThanOrEqualTo(24);
        var success = outcomes.get(Channel.EMAIL, connected).orElseThrow();
        assertThat(success.connected()).isTrue();
        assertThat(success.account()).isEqualTo("support@shop.example");
        var failure = outcomes.get(Channel.EMAIL, refused).orElseThrow();
        assertThat(failure.connected()).isFalse();
        assertThat(failure.status()).isEqualTo(HttpStatus.BAD_GATEWAY);
        assertThat(failure.error()).contains("503");
        assertThat(outcomes.get(Channel.EMAIL, "guessed")).isEmpty();
        assertThat(outcomes.get(Channel.SLACK, connected)).as("another channel's").isEmpty();

        now = now.plus(SignInOutcomes.TTL).plusSeconds(1);
        assertThat(outcomes.get(Channel.EMAIL, connected)).isEmpty();
    }

    /** Each sign-in keeps its own outcome: many others (once the newest 32 only) push none out. */
    @Test
    void everyOutcomeIsKeptForItsTimeHoweverManyFollow() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(outcomes.refused(Channel.EMAIL, HttpStatus.BAD_REQUEST, "refused at the provider " + i));
        }
        assertThat(outcomes.get(Channel.EMAIL, ids.get(0)).orElseThrow().error()).endsWith(" 0");
        assertThat(outcomes.get(Channel.EMAIL, ids.get(39))).isPresent();
    }
}
