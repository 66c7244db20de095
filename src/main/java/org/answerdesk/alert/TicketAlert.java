package org.answerdesk.alert;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.answerdesk.conversation.TranscriptLine;
import org.answerdesk.handoff.Ticket;

/**
 * What an alert says about a new ticket; the webhook's JSON body and the mail are written from it.
 *
 * @param alertId      the same on every attempt: a receiver drops a repeat by it
 * @param firstMessage the customer's first message in the ticket's transcript (null when it shows none)
 * @param url          the ticket on the admin page
 */
record TicketAlert(UUID alertId, long ticketId, long conversationId, String channel, String customer,
                   String firstMessage, String reason, OffsetDateTime openedAt, String url) {

    static TicketAlert of(UUID alertId, Ticket ticket, String publicUrl) {
        String first = ticket.transcript().stream().filter(TranscriptLine::fromCustomer).map(TranscriptLine::text)
                .findFirst().orElse(null);
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return new TicketAlert(alertId, ticket.id(), ticket.conversationId(), ticket.channel(), ticket.customer(),
                first, ticket.reason(), ticket.openedAt(), base + "/admin#ticket-" + ticket.id());
    }
}
