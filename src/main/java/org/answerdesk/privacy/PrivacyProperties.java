package org.answerdesk.privacy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long customers' conversations are kept ({@code answerdesk.privacy.*}; the retention is also read from
 * {@code ANSWERDESK_RETENTION}).
 *
 * @param retention conversations whose last message is older than this (e.g. {@code 365d}) are deleted with
 *                  everything that belongs to them; their counts stay in the analytics. Unset keeps everything
 * @param sweep     how often the retention looks for old conversations (one instance at a time)
 * @param batch     how many conversations one transaction deletes: small, so no lock is held for long
 * @param scrubWait how long the scrub waits for transactions older than it to end before it gives up (a
 *                  transaction's snapshot keeps the rows deleted after it readable, so the rewrite must keep them)
 */
@ConfigurationProperties("answerdesk.privacy")
public record PrivacyProperties(
        Duration retention,
        @DefaultValue("1h") Duration sweep,
        @DefaultValue("100") int batch,
        @DefaultValue("2m") Duration scrubWait) {
}
