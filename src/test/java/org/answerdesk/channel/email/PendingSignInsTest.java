package org.answerdesk.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.answerdesk.channel.MemorySignInRecords;
import org.junit.jupiter.api.Test;

/** The callback's check: only a state handed out here, once, and not too old. */
class PendingSignInsTest {

    private final AccessTokensTest.Hand clock = new AccessTokensTest.Hand();
    private final MemorySignInRecords records = new MemorySignInRecords();
    private final PendingSignIns pending = new PendingSignIns(records, clock);

    @Test
    void aStateIsTakenOnceAndNoOtherIs() throws Exception {
        var started = pending.start(java.util.Map.of("imap_host", "imap.shop.example"), "https://desk/callback");
        assertThat(pending.awaits(started.state())).isTrue();
        assertThat(pending.awaits("not-" + started.state())).isFalse();
        assertThat(pending.take("not-" + started.state())).isEmpty();
        assertThat(pending.take(null)).isEmpty();
        var taken = pending.take(started.state()).orElseThrow();
        assertThat(taken.verifier()).isEqualTo(started.verifier());
        assertThat(taken.started()).isEqualTo(started.started());
        assertThat(taken.settings()).isEqualTo(started.settings());
        assertThat(taken.redirectUri()).isEqualTo("https://desk/callback");
        assertThat(pending.awaits(started.state())).isFalse();
        assertThat(pending.take(started.state())).as("used already").isEmpty();
    }

    @Test
    void aStateExpires() throws Exception {
        var started = pending.start();
        clock.advance(PendingSignIns.TTL.plus(Duration.ofSeconds(1)));
        assertThat(pending.awaits(started.state())).isFalse();
        assertThat(pending.take(started.state())).isEmpty();
    }

    @Test
    void statesAndVerifiersAreFreshAndTheChallengeIsS256() throws Exception {
        var one = pending.start();
        var two = pending.start();
        assertThat(one.state()).isNotEqualTo(two.state()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(one.verifier()).isNotEqualTo(two.verifier()).isNotEqualTo(one.state());
        // RFC 7636, appendix B
        assertThat(new PendingSignIns.Pending("s", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", Instant.EPOCH,
                java.util.Map.of(), null)
                .challenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }
}
