package org.answerdesk.channel.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets a mail's full source from the server, or quarantines it unread: when it is over the size limit, or when the
 * server failed to hand it out {@link #ATTEMPTS} times in a row (Dovecot ends the connection whenever it cannot
 * read a stored mail), so that one such mail does not block every mail behind it. A mail's failure count is
 * forgotten once that mail is fetched. The size limit holds while reading too: a mail is never read into memory past
 * it, whatever size the server reported. Used by the mailbox reader's thread only.
 */
final class MailFetcher {

    static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(MailFetcher.class);
    /** Failing mails remembered at most: they are few; more is a server that fails on everything. */
    private static final int MAX_PLACES = 1000;

    private final EmailProperties properties;
    private final EmailInbound intake;
    /** Failed fetches in a row, by the mail's place on the server. */
    private final Map<String, Integer> failures = new HashMap<>();

    MailFetcher(EmailProperties properties, EmailInbound intake) {
        this.properties = properties;
        this.intake = intake;
    }

    /** The source, or empty when the mail was quarantined without being read. */
    Optional<byte[]> fetch(Folder open, Message message) throws MessagingException, IOException {
        if (message.getSize() > properties.maxMailSize().toBytes()) {
            log.warn("Mail #{} is {} bytes, over the limit of {}: quarantined", message.getMessageNumber(),
                    message.getSize(), properties.maxMailSize());
            intake.quarantineUnfetched(MailboxFolders.idOf(open, message), "larger than " + properties.maxMailSize());
            return Optional.empty();
        }
        String place = MailboxFolders.placeOf(open, message);
        if (failures.getOrDefault(place, 0) >= ATTEMPTS) {
            log.warn("Mail {} could not be fetched {} times: quarantined", place, ATTEMPTS);
            intake.quarantineUnfetched(place, "the server failed to hand it out " + ATTEMPTS + " times");
            return Optional.empty();
        }
        Optional<byte[]> source;
        try {
            source = readAtMost(message, properties.maxMailSize().toBytes());
        } catch (MessagingException | IOException e) {
            if (failures.size() >= MAX_PLACES) {
                failures.clear();
            }
            failures.merge(place, 1, Integer::sum);
            throw e;
        }
        failures.remove(place);
        if (source.isEmpty()) {
            // the server said the mail was small, and then sent more than the limit
            log.warn("Mail {} turned out larger than {} while it was read: quarantined", place, properties.maxMailSize());
            intake.quarantineUnfetched(place, "larger than " + properties.maxMailSize() + " (more than the server said)");
        }
        return source;
    }

    /**
     * The message's source, or empty as soon as it passes {@code limit} bytes: the size a server reports before the
     * fetch is its word only, and the mail must never be read into memory past the limit.
     */
    static Optional<byte[]> readAtMost(Message message, long limit) throws MessagingException, IOException {
        var source = new LimitedBuffer(limit, (int) Math.min(Math.max(message.getSize(), 1024), limit));
        try {
            message.writeTo(source);
        } catch (MessagingException | IOException | RuntimeException e) {
            if (!source.full) {
                throw e;
            }
            // the buffer's refusal, however the mail library passed it on
        }
        return source.full ? Optional.empty() : Optional.of(source.bytes.toByteArray());
    }

    /** A buffer that refuses to grow past its limit. */
    private static final class LimitedBuffer extends OutputStream {

        private final long limit;
        private final ByteArrayOutputStream bytes;
        private boolean full;

        LimitedBuffer(long limit, int initial) {
            this.limit = limit;
            this.bytes = new ByteArrayOutputStream(Math.max(initial, 1));
        }

        @Override
        public void write(int b) throws IOException {
            room(1);
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            room(len);
            bytes.write(b, off, len);
        }

        private void room(int more) throws IOException {
            if (full || bytes.size() + (long) more > limit) {
                full = true;
                throw new IOException("over the limit of " + limit + " bytes");
            }
        }
    }
}
