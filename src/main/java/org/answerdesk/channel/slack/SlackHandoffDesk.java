package org.answerdesk.channel.slack;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import org.answerdesk.channel.DeliveryException;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.CustomerWaiting;
import org.answerdesk.faq.FaqCandidateService;
import org.answerdesk.handoff.HandoffOpened;
import org.answerdesk.handoff.HandoffService;
import org.answerdesk.handoff.Ticket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * The agents' desk in Slack ({@code ANSWERDESK_SLACK_HANDOFF_CHANNEL}): each conversation handed to a person
 * opens one thread there with the customer, channel, reason and latest messages; later customer messages are
 * appended. A staff reply in the thread goes to the customer on their own channel; {@code resolve} in the
 * thread, or ✅ on its first message, resolves it; 📌 on a staff reply approves it as an FAQ entry.
 */
class SlackHandoffDesk {

    private static final Logger log = LoggerFactory.getLogger(SlackHandoffDesk.class);
    private static final Set<String> RESOLVE = Set.of("white_check_mark", "heavy_check_mark", "ballot_box_with_check");
    private static final String APPROVE = "pushpin";

    /** Tries of a post from the posting thread: a handoff must not lose its desk thread to one 429 or 5xx. */
    static final int ATTEMPTS = 5;
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    private final SlackPoster poster;
    private final String channel;
    private final HandoffService handoffs;
    private final FaqCandidateService candidates;
    private final ConversationService conversations;
    private final ExecutorService postingThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "slack-desk");
        t.setDaemon(true);
        return t;
    });

    SlackHandoffDesk(SlackPoster poster, String channel, HandoffService handoffs, FaqCandidateService candidates,
                     ConversationService conversations) {
        this.poster = poster;
        this.channel = channel;
        this.handoffs = handoffs;
        this.candidates = candidates;
        this.conversations = conversations;
    }

    boolean isDesk(String slackChannel) {
        return channel.equals(slackChannel);
    }

    /**
     * Opens the handoff's thread. Posting to Slack happens off the thread answering the customer, so a slow or
     * failing Slack never delays or breaks the customer's reply; one posting thread keeps the order (a thread is
     * opened before anything is appended to it), so it may wait out a rate limit or a 5xx and try again.
     */
    @EventListener
    void onHandoffOpened(HandoffOpened opened) {
        later(() -> handoffs.ticket(opened.handoffId()).ifPresent(ticket ->
                postRetrying(null, summary(ticket))
                        .ifPresent(ts -> handoffs.linkDesk(ticket.id(), channel + ":" + ts))));
    }

    @EventListener
    void onCustomerWaiting(CustomerWaiting waiting) {
        later(() -> handoffs.openHandoffOf(waiting.conversationId())
                .flatMap(handoffs::deskOf)
                .ifPresent(ref -> postRetrying(threadTs(ref), "*Customer:* " + SlackText.escape(waiting.text()))));
    }

    void shutdown() {
        postingThread.shutdown();
    }

    private void later(Runnable work) {
        postingThread.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("Handoff desk update failed: {}", e.toString());
            }
        });
    }

    /** A human's message in a desk thread: the reply to the customer, or {@code resolve}. */
    void onStaffMessage(String eventId, String threadTs, String user, String text, String ts) {
        Optional<Long> handoff = handoffs.handoffAtDesk(channel + ":" + threadTs);
        if (handoff.isEmpty() || text == null || text.isBlank() || !conversations.firstDelivery(Channel.SLACK, eventId)) {
            return;
        }
        String plain = SlackText.unescape(text).strip();
        if (plain.equalsIgnoreCase("resolve")) {
            resolve(handoff.get(), user, threadTs);
        } else {
            handoffs.reply(handoff.get(), plain, user, channel + ":" + ts);
        }
    }

    /** ✅ on a desk thread's first message resolves it; 📌 on a staff reply approves its FAQ candidate. */
    void onReaction(String eventId, String ts, String user, String reaction, boolean added) {
        if (!added || reaction == null) {
            return;
        }
        String base = SlackText.baseReaction(reaction);
        String ref = channel + ":" + ts;
        if (RESOLVE.contains(base)) {
            handoffs.handoffAtDesk(ref).filter(id -> conversations.firstDelivery(Channel.SLACK, eventId))
                    .ifPresent(id -> resolve(id, user, ts));
        } else if (APPROVE.equals(base)) {
            candidates.pendingGroupAtDesk(ref).filter(g -> conversations.firstDelivery(Channel.SLACK, eventId))
                    .ifPresent(group -> {
                        var entry = candidates.approve(group, null, null);
                        post(ts, "Added to the FAQ as \"" + SlackText.escape(entry.question()) + "\".");
                    });
        }
    }

    private void resolve(long handoffId, String user, String threadTs) {
        handoffs.resolve(handoffId, user);
        post(threadTs, "Resolved by <@" + user + ">. The bot answers this customer again.");
    }

    private String summary(Ticket ticket) {
        String transcript = ticket.transcript().stream()
                .map(l -> (l.fromCustomer() ? "*Customer:* " : "*" + (l.agent() != null ? l.agent() : l.source()) + ":* ")
                        + SlackText.escape(l.text()))
                .collect(Collectors.joining("\n"));
        return ":raising_hand: *Handoff #" + ticket.id() + "*: " + SlackText.escape(ticket.customer()) + " on "
                + ticket.channel().toLowerCase() + "\n*Why:* " + SlackText.escape(ticket.reason()) + "\n\n" + transcript
                + "\n\n_Reply in this thread to answer the customer; `resolve` or :white_check_mark: here when done; "
                + ":pushpin: on a reply adds it to the FAQ._";
    }

    /**
     * Posts to the desk channel (in a thread when {@code threadTs} is set) once; the message's ts, if it went out.
     * For the thread handling a Slack event, which must not sleep.
     */
    private Optional<String> post(String threadTs, String text) {
        return post(threadTs, text, 1);
    }

    /** As {@link #post}, up to {@value #ATTEMPTS} times, waiting Slack's Retry-After or 1, 2, 4, 8 s in between. */
    private Optional<String> postRetrying(String threadTs, String text) {
        return post(threadTs, text, ATTEMPTS);
    }

    private Optional<String> post(String threadTs, String text, int attempts) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Optional.ofNullable(poster.post(channel, threadTs, text).getTs());
            } catch (DeliveryException e) {
                if (e.permanent() || attempt >= attempts) {
                    log.warn("Could not post to the handoff channel ({} tries): {}", attempt, e.getMessage());
                    return Optional.empty();
                }
                Duration wait = e.retryAfter() != null ? e.retryAfter() : Duration.ofSeconds(1L << (attempt - 1));
                wait = wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
                log.info("Posting to the handoff channel failed ({}); trying again in {} s", e.getMessage(),
                        wait.toSeconds());
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }
    }

    private static String threadTs(String deskRef) {
        return deskRef.substring(deskRef.indexOf(':') + 1);
    }
}
