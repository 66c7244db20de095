package org.answerdesk.channel.slack;

import java.util.Set;
import java.util.stream.Collectors;

import org.answerdesk.attachment.AttachmentKept;
import org.answerdesk.attachment.Attachments;
import org.answerdesk.channel.DeskAdapter;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.CustomerWaiting;
import org.answerdesk.conversation.DeliveryException;
import org.answerdesk.faq.FaqCandidateService;
import org.answerdesk.handoff.DeskOutbox;
import org.answerdesk.handoff.DeskPost;
import org.answerdesk.handoff.HandoffOpened;
import org.answerdesk.handoff.HandoffService;
import org.answerdesk.handoff.Ticket;
import org.answerdesk.richtext.StaffText;
import org.springframework.context.event.EventListener;

/**
 * The agents' desk in Slack ({@code ANSWERDESK_SLACK_HANDOFF_CHANNEL}): each conversation handed to a person
 * opens one thread there with the customer, channel, reason and latest messages; later customer messages are
 * appended. A staff reply in the thread goes to the customer on their own channel; {@code resolve} in the
 * thread, or ✅ on its first message, resolves it; 📌 on a staff reply approves it as an FAQ entry.
 *
 * <p>Every post goes through the {@link DeskOutbox}: stored with what causes it, delivered by the
 * {@link org.answerdesk.channel.ReplyDispatcher} under the retry rules of replies, in order per handoff.
 */
class SlackHandoffDesk implements DeskAdapter {

    private static final Set<String> RESOLVE = Set.of("white_check_mark", "heavy_check_mark", "ballot_box_with_check");
    private static final String APPROVE = "pushpin";

    private final SlackPoster poster;
    private final String channel;
    private final HandoffService handoffs;
    private final FaqCandidateService candidates;
    private final ConversationService conversations;
    private final DeskOutbox outbox;
    private final Attachments attachments;
    private final StaffWords words;

    SlackHandoffDesk(SlackPoster poster, String channel, HandoffService handoffs, FaqCandidateService candidates,
                     ConversationService conversations, DeskOutbox outbox, Attachments attachments,
                     StaffWords words) {
        this.attachments = attachments;
        this.words = words;
        this.poster = poster;
        this.channel = channel;
        this.handoffs = handoffs;
        this.candidates = candidates;
        this.conversations = conversations;
        this.outbox = outbox;
    }

    boolean isDesk(String slackChannel) {
        return channel.equals(slackChannel);
    }

    /**
     * Stores the post that opens the handoff's thread, and one for each file the customer sent before, in the
     * transaction that opens the handoff.
     */
    @EventListener
    void onHandoffOpened(HandoffOpened opened) {
        outbox.lockConversation(opened.conversationId());
        outbox.summary(opened.handoffId());
        attachments.ofConversation(opened.conversationId()).stream().filter(f -> f.refused() == null)
                .forEach(f -> outbox.file(opened.handoffId(), f.id()));
    }

    /** A file kept while the conversation waits for a person goes to its thread too. */
    @EventListener
    void onAttachmentKept(AttachmentKept kept) {
        outbox.lockConversation(kept.conversationId());
        handoffs.openHandoffOf(kept.conversationId()).ifPresent(id -> outbox.file(id, kept.attachmentId()));
    }

    /** Stores the customer's message for the handoff's thread, in the caller's transaction if there is one. */
    @EventListener
    void onCustomerWaiting(CustomerWaiting waiting) {
        handoffs.openHandoffOf(waiting.conversationId())
                .ifPresent(id -> outbox.customerMessage(id, waiting.messageId(), waiting.text()));
    }

    @Override
    public String post(DeskPost post) throws DeliveryException {
        if (post.kind() == DeskPost.Kind.SUMMARY) {
            Ticket ticket = handoffs.ticket(post.handoffId())
                    .orElseThrow(() -> DeliveryException.permanent("no handoff " + post.handoffId(), null));
            return channel + ":" + poster.post(channel, null, summary(ticket, post.messagesBefore(), words)).getTs();
        }
        if (post.threadRef() == null) {
            throw DeliveryException.permanent("handoff " + post.handoffId() + " has no desk thread", null);
        }
        int colon = post.threadRef().indexOf(':');
        String in = post.threadRef().substring(0, colon);
        if (post.kind() == DeskPost.Kind.FILE) {
            var file = attachments.content(post.attachmentId()).orElseThrow(
                    () -> DeliveryException.permanent("file " + post.attachmentId() + " is gone", null));
            // a voice note heard before its post: the transcript beside the audio (one heard later is in the thread
            // as the customer's message, whose text it is)
            String transcript = attachments.transcript(post.attachmentId())
                    .map(t -> "*" + words.text("transcript") + ":* " + SlackText.escape(StaffText.visible(t)))
                    .orElse(null);
            return in + ":" + poster.upload(in, post.threadRef().substring(colon + 1), file.name(), file.bytes(),
                    transcript);
        }
        String text = post.kind() == DeskPost.Kind.CUSTOMER
                ? "*" + words.text("customer") + ":* " + SlackText.escape(StaffText.visible(post.text())) : post.text();
        return in + ":" + poster.post(in, post.threadRef().substring(colon + 1), text).getTs();
    }

    /**
     * A human's message in a desk thread: the reply to the customer, or {@code resolve}. Taken once per Slack message
     * (desk channel and {@code ts}): Slack may deliver the same message again under a new event id.
     */
    void onStaffMessage(String eventId, String threadTs, String user, String text, String ts) {
        var handoff = handoffs.handoffAtDesk(channel + ":" + threadTs);
        String message = ts == null ? eventId : "desk-message:" + channel + ":" + ts;
        if (handoff.isEmpty() || text == null || text.isBlank() || !conversations.firstDelivery(Channel.SLACK, message)) {
            return;
        }
        String plain = SlackText.unescape(text).strip();
        if (plain.equalsIgnoreCase("resolve")) {
            resolve(handoff.get(), user);
        } else {
            handoffs.reply(handoff.get(), plain, user, channel + ":" + ts);
        }
    }

    /** ✅ on a desk thread's first message resolves it; 📌 on a staff reply recommends its FAQ candidate for review. */
    void onReaction(String eventId, String ts, String user, String reaction, boolean added) {
        if (!added || reaction == null) {
            return;
        }
        String base = SlackText.baseReaction(reaction);
        String ref = channel + ":" + ts;
        if (RESOLVE.contains(base)) {
            handoffs.handoffAtDesk(ref).filter(id -> conversations.firstDelivery(Channel.SLACK, eventId))
                    .ifPresent(id -> resolve(id, user));
        } else if (APPROVE.equals(base)) {
            // the customer's question is not the shop's wording: the owner reviews and edits it before publishing
            candidates.pendingGroupAtDesk(ref).filter(g -> conversations.firstDelivery(Channel.SLACK, eventId))
                    .flatMap(group -> candidates.pinAtDesk(ref, user))
                    .ifPresent(group -> outbox.noticeIn(ref, words.text("proposed")));
        }
    }

    private void resolve(long handoffId, String user) {
        handoffs.resolve(handoffId, user);
        outbox.notice(handoffId, words.text("resolved", java.util.Map.of("user", "<@" + user + ">")));
    }

    /** The ticket; its transcript only up to the first customer message that has a post of its own. */
    static String summary(Ticket ticket, Long messagesBefore, StaffWords words) {
        String customer = "*" + words.text("customer") + ":* ";
        String transcript = ticket.transcript().stream()
                .filter(l -> messagesBefore == null || l.messageId() < messagesBefore)
                .map(l -> (l.fromCustomer() ? customer : "*" + (l.agent() != null ? l.agent() : l.source()) + ":* ")
                        + SlackText.escape(l.text()))
                .collect(Collectors.joining("\n"));
        return ":raising_hand: " + words.text("handoff", java.util.Map.of("id", ticket.id(),
                "customer", SlackText.escape(ticket.customer()), "channel", ticket.channel().toLowerCase()))
                + "\n" + words.text("why", java.util.Map.of("reason", SlackText.escape(ticket.reason())))
                + (ticket.callback() == null ? ""
                        : "\n" + words.text("callback", java.util.Map.of("phone", SlackText.escape(ticket.callback()))))
                + "\n\n" + transcript + "\n\n_" + words.text("how") + "_";
    }
}
