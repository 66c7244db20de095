package org.answerdesk.channel.email;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a read mail goes in the mailbox: handled mail is flagged \Seen (or moved to the processed folder),
 * quarantined mail is moved to the quarantine folder (or, where that fails, flagged and marked read). Folders are
 * created when missing. Used by the mailbox reader's thread, one connection at a time.
 */
final class MailboxFolders {

    private static final Logger log = LoggerFactory.getLogger(MailboxFolders.class);

    private final EmailProperties properties;
    /** Folders seen to exist on the current connection. */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    MailboxFolders(EmailProperties properties) {
        this.properties = properties;
    }

    /** A new connection: folders are looked up again. */
    void reconnected() {
        known.clear();
    }

    /** @return whether the mail was copied away and awaits expunge */
    boolean acknowledge(Store store, Folder open, Message message) throws MessagingException {
        if (!EmailProperties.blank(properties.processedFolder())) {
            return move(store, open, message, properties.processedFolder());
        }
        message.setFlag(Flags.Flag.SEEN, true);
        return false;
    }

    /** @return whether the mail was copied away and awaits expunge */
    boolean quarantine(Store store, Folder open, Message message) throws MessagingException {
        try {
            return move(store, open, message, properties.quarantineFolder());
        } catch (MessagingException e) {
            log.warn("Could not move mail to {} ({}); flagged instead", properties.quarantineFolder(), e.toString());
            message.setFlags(new Flags(Flags.Flag.FLAGGED), true);
            message.setFlag(Flags.Flag.SEEN, true);
            return false;
        }
    }

    /** The Message-ID of a mail not fetched, else its place on the server (UIDVALIDITY and UID). */
    static String idOf(Folder open, Message message) throws MessagingException {
        String[] header = message.getHeader("Message-ID");
        var ids = MailParser.ids(header == null ? null : String.join(" ", header));
        return ids.isEmpty() ? placeOf(open, message) : ids.get(0);
    }

    /** Where a mail is on the server, stable across connections (UIDVALIDITY and UID), without fetching it. */
    static String placeOf(Folder open, Message message) throws MessagingException {
        return open instanceof IMAPFolder imap ? "uid:" + imap.getUIDValidity() + "/" + imap.getUID(message)
                : "number:" + message.getMessageNumber();
    }

    private boolean move(Store store, Folder open, Message message, String folderName) throws MessagingException {
        Folder target = store.getFolder(folderName);
        // exists() is a LIST round trip: ask once per connection, not once per mail
        if (known.add(folderName) && !target.exists() && !target.create(Folder.HOLDS_MESSAGES)) {
            known.remove(folderName);
            throw new MessagingException("cannot create folder " + folderName);
        }
        message.setFlag(Flags.Flag.SEEN, true);
        if (store instanceof IMAPStore imap && imap.hasCapability("MOVE")) {
            ((IMAPFolder) open).moveMessages(new Message[] {message}, target);
            return false;
        }
        open.copyMessages(new Message[] {message}, target);
        message.setFlag(Flags.Flag.DELETED, true);
        return true;
    }
}
