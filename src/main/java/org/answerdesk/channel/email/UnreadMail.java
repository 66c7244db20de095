package org.answerdesk.channel.email;

import java.util.Arrays;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.SearchException;
import jakarta.mail.search.SearchTerm;

import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Finds the unread mail of an open folder, oldest first. The server's search is trusted over the connection's view
 * of the folder: when the server's search names a message the connection's view has no place for, the server never
 * announced it ({@code EXISTS}) on this connection. The mail library drops such numbers silently, and the mail
 * would stay unread for as long as the connection lives; {@link StaleView} tells the reader to open the folder
 * again instead, which makes the server report its true size.
 */
final class UnreadMail {

    private static final SearchTerm UNREAD = new AndTerm(new FlagTerm(new Flags(Flags.Flag.SEEN), false),
            new FlagTerm(new Flags(Flags.Flag.DELETED), false));

    /**
     * The server listed mail this connection has not been told of. (Or another client read or deleted a listed mail
     * between the two searches: the folder is then opened again for nothing, which is harmless.)
     */
    static final class StaleView extends MessagingException {
        StaleView(int listed, int known) {
            super("the server listed unread mail up to number " + listed + " in a mailbox it announced " + known
                    + " messages in");
        }
    }

    private UnreadMail() {
    }

    static Message[] in(Folder open) throws MessagingException {
        open.getMessageCount(); // lets the server report new mail
        if (!(open instanceof IMAPFolder imap)) {
            return open.search(UNREAD);
        }
        // the server's own numbers first: a mail that arrives in between is in the second search, never missing
        int[] listed = (int[]) imap.doCommand(protocol -> {
            try {
                return protocol.search(UNREAD);
            } catch (SearchException e) { // a flag search every IMAP server can do
                throw new ProtocolException("search for unread mail refused: " + e.getMessage());
            }
        });
        Message[] found = open.search(UNREAD); // numbers mapped past expunged mail, unknown ones dropped
        if (found.length < listed.length) {
            throw new StaleView(Arrays.stream(listed).max().orElse(0), open.getMessageCount());
        }
        return found;
    }
}
