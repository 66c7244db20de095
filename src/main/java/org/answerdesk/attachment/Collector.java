package org.answerdesk.attachment;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.answerdesk.attachment.AttachmentStore.Due;
import org.answerdesk.attachment.AttachmentStore.Owner;
import org.answerdesk.attachment.Inspection.Refusal;
import org.answerdesk.attachment.Inspection.Verdict;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationDesk;
import org.answerdesk.language.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Takes one due file in: finds its message, fetches the bytes (or retries later), checks them and the storage
 * bounds, and keeps the file or records its refusal, telling the customer why in the conversation. Each outcome is
 * logged and counted in {@code answerdesk.attachments} (tag {@code outcome}).
 */
@Component
class Collector {

    private static final Logger log = LoggerFactory.getLogger(Collector.class);

    /** A file whose message was never stored (the store failed after the file was announced) is dropped then. */
    private static final Duration ORPHANED = Duration.ofDays(1);

    private final AttachmentStore store;
    private final Inspection inspection;
    private final AttachmentProperties properties;
    private final Map<Channel, MediaFetcher> fetchers;
    private final ConversationDesk desk;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final ApplicationEventPublisher events;

    Collector(AttachmentStore store, AttachmentProperties properties, List<MediaFetcher> fetchers,
              ConversationDesk desk, TransactionTemplate transactions, MeterRegistry meters,
              ApplicationEventPublisher events, Texts texts) {
        this.events = events;
        this.store = store;
        this.inspection = new Inspection(properties, texts);
        this.properties = properties;
        this.fetchers = fetchers.stream().collect(Collectors.toMap(MediaFetcher::channel, Function.identity()));
        this.desk = desk;
        this.transactions = transactions;
        this.meters = meters;
    }

    void collect(Due due) {
        Optional<Owner> owner = store.owner(due.channel(), due.eventId());
        if (owner.isEmpty()) {
            if (store.refusedEvent(due.channel(), due.eventId())) {
                // its message was refused (quarantined) or ignored: the bytes must not wait for retention
                log.info("File {} of {} {} deleted: its message was not taken in", due.ordinal(), due.channel(),
                        due.eventId());
                store.dropDue(due.id());
                count("message_refused");
            } else if (due.createdAt().isBefore(OffsetDateTime.now().minus(ORPHANED))) {
                log.warn("File of {} {} dropped: its message was never stored", due.channel(), due.eventId());
                store.dropDue(due.id());
                count("orphaned");
            } else {
                store.retryLater(due.id(), properties.retryDelay(), "its message is not stored yet");
            }
            return;
        }
        if (store.stored(owner.get(), due.ordinal())) {
            // announced again by a redelivery of its message, or collected twice at once: it was announced then
            log.info("File {} of {} {} is kept already: not fetched again", due.ordinal(), due.channel(),
                    due.eventId());
            store.dropDue(due.id());
            count("already_stored");
            return;
        }
        if (due.content() == null && due.attempts() > properties.downloadAttempts()) {
            // claimed more often than it may be tried, without an outcome (stops, or crashes, mid-download)
            refuse(due, owner.get(), Verdict.refused(Refusal.DOWNLOAD_FAILED, null, "claimed " + due.attempts()
                    + " times without an outcome"), due.declaredSize() == null ? 0 : due.declaredSize());
            return;
        }
        long limit = properties.maxFileSize().toBytes();
        if (due.declaredSize() != null && due.declaredSize() > limit) {
            refuse(due, owner.get(), Verdict.refused(Refusal.TOO_LARGE, null, due.declaredSize() + " bytes declared"),
                    due.declaredSize());
            return;
        }
        byte[] bytes = due.content();
        if (bytes == null) {
            try {
                bytes = fetch(due, limit);
            } catch (MediaFetcher.TooLarge e) {
                refuse(due, owner.get(), Verdict.refused(Refusal.TOO_LARGE, null, e.getMessage()), limit + 1);
                return;
            } catch (IOException | RuntimeException e) {
                failedDownload(due, owner.get(), e);
                return;
            }
        }
        Verdict verdict = inspection.inspect(bytes);
        if (verdict.refusal() != null) {
            refuse(due, owner.get(), verdict, bytes.length);
            return;
        }
        keep(due, owner.get(), verdict);
    }

    /** Keeps the file if it fits the storage limits, checked under the storage lock with the insert. */
    private void keep(Due due, Owner owner, Verdict verdict) {
        byte[] kept = verdict.content();
        String name = Inspection.safeName(due.name(), verdict.mediaType());
        String client = due.client() == null ? "" : due.client();
        boolean[] first = {false};
        Verdict bounded = transactions.execute(s -> {
            store.lockUsage();
            Verdict v = store.usage(owner.conversationId(), client).bound(verdict, properties, client);
            if (v.refusal() == null) {
                var stored = store.keep(due, owner, name, v.mediaType(), kept.length, sha256(kept), kept, null);
                // announced once: a collection that finds the file stored by another one says nothing
                if (stored.first()) {
                    events.publishEvent(new AttachmentKept(stored.id(), owner.messageId(), owner.conversationId()));
                }
                first[0] = stored.first();
            }
            return v;
        });
        if (bounded.refusal() != null) {
            refuse(due, owner, bounded, kept.length);
            return;
        }
        if (!first[0]) {
            log.info("File {} of message {} was kept by another collection of it", name, owner.messageId());
            return;
        }
        log.info("File {} ({}, {} bytes) kept with message {}", name, verdict.mediaType(), kept.length,
                owner.messageId());
        count("kept");
    }

    private byte[] fetch(Due due, long limit) throws IOException {
        MediaFetcher fetcher = fetchers.get(due.channel());
        if (fetcher == null) {
            throw new IOException("the " + due.channel() + " channel is not running here");
        }
        return fetcher.fetch(due.remoteRef(), limit);
    }

    private void failedDownload(Due due, Owner owner, Exception e) {
        if (due.attempts() < properties.downloadAttempts()) {
            Duration wait = properties.retryDelay().multipliedBy(1L << Math.min(due.attempts() - 1, 10));
            log.info("Download of a file of {} {} failed (attempt {}), retried in {}: {}", due.channel(),
                    due.eventId(), due.attempts(), wait, e.toString());
            count("retried");
            store.retryLater(due.id(), wait, e.toString());
            return;
        }
        refuse(due, owner, Verdict.refused(Refusal.DOWNLOAD_FAILED, null, e.toString()),
                due.declaredSize() == null ? 0 : due.declaredSize());
    }

    private void refuse(Due due, Owner owner, Verdict v, long size) {
        String name = Inspection.safeName(due.name(), v.mediaType());
        var stored = transactions.execute(s -> store.keep(due, owner, name, v.mediaType(), size, null, null,
                v.refusal().name()));
        if (!stored.first()) {
            log.info("File {} of message {} was stored by another collection of it", name, owner.messageId());
            return;
        }
        log.warn("File {} of message {} refused: {} ({})", name, owner.messageId(), v.refusal(), v.detail());
        count(v.refusal().name().toLowerCase(java.util.Locale.ROOT));
        try {
            desk.postNotice(owner.conversationId(),
                    inspection.tell(v.refusal(), name, desk.language(owner.conversationId())));
        } catch (RuntimeException e) {
            log.warn("The customer of conversation {} was not told that {} was refused: {}", owner.conversationId(),
                    name, e.toString());
        }
    }

    private void count(String outcome) {
        meters.counter("answerdesk.attachments", "outcome", outcome).increment();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
