package org.answerdesk.channel.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * read a stored mail), so that one such mail does not block every mail behind it. A fetch failure that is the
 * connection's is forgotten at the next successful fetch. Used by the mailbox reader's thread only.
 */
final class MailFetcher {

    static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(MailFetcher.class);
    /** Failing mails remembered at most: they are few; more is a server that fails on everything. */
    private static final int MAX_PLACES = 1000;

    private final EmailProperties properties;
    private final MailIntake intake;
    /** Failed fetches in a row, by the mail's place on the server. */
    private final Map<String, Integer> failures = new HashMap<>();

    MailFetcher(EmailProperties properties, MailIntake intake) {
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
        var source = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
        try {
            message.writeTo(source);
        } catch (MessagingException | IOException e) {
            if (failures.size() >= MAX_PLACES) {
                failures.clear();
            }
            failures.merge(place, 1, Integer::sum);
            throw e;
        }
        failures.remove(place);
        return Optional.of(source.toByteArray());
    }
}
