package org.answerdesk.channel.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.answerdesk.conversation.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The sign-ins' outcomes the admin page reads back: by an id nobody can guess, for a while, and not without bound. */
class SignInOutcomesTest {

    private Instant now = Instant.parse("2026-11-26T10:00:00Z");
    private final SignInOutcomes outcomes = new SignInOutcomes(new Clock() {
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
    void anOutcomeIsKeptForItsTimeUnderARandomId() {
        var view = new ChannelView(Channel.EMAIL, ChannelView.State.CONNECTED, ChannelView.Source.ADMIN, null, null,
                null, List.of(), true).withAccount("support@shop.example");
        String connected = outcomes.connected(view);
        String refused = outcomes.refused(HttpStatus.BAD_GATEWAY, "the token endpoint answered HTTP 503");
        assertThat(connected).isNotEqualTo(refused).hasSizeGreaterThanOrEqualTo(24);
        assertThat(outcomes.get(connected).orElseThrow().connected().account()).isEqualTo("support@shop.example");
        var failure = outcomes.get(refused).orElseThrow();
        assertThat(failure.connected()).isNull();
        assertThat(failure.status()).isEqualTo(HttpStatus.BAD_GATEWAY);
        assertThat(failure.error()).contains("503");
        assertThat(outcomes.get("guessed")).isEmpty();

        now = now.plus(SignInOutcomes.TTL).plusSeconds(1);
        assertThat(outcomes.get(connected)).isEmpty();
    }

    @Test
    void onlyTheNewestAreKept() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(outcomes.refused(HttpStatus.BAD_REQUEST, "a forged state " + i));
        }
        assertThat(outcomes.get(ids.get(0))).isEmpty();
        assertThat(outcomes.get(ids.get(39))).isPresent();
    }
}
