package org.answerdesk.handoff;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.answerdesk.attachment.Attachments;
import org.answerdesk.conversation.ChoicePayload;
import org.answerdesk.conversation.ConversationDesk;
import org.answerdesk.conversation.HandoffRequested;
import org.answerdesk.conversation.Reply;
import org.answerdesk.richtext.StaffText;
import org.answerdesk.conversation.TranscriptLine;
import org.answerdesk.faq.FaqCandidateService;
import org.answerdesk.hours.BusinessHours;
import org.answerdesk.language.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;

/**
 * Conversations handed to people. A handoff opens when the pipeline gives up or the customer asks for a person;
 * agents reply through it (on the customer's own channel) and resolve it, which gives the conversation back to
 * the bot. Every agent reply to a customer question is proposed as an FAQ candidate.
 */
@Service
@EnableConfigurationProperties(HandoffProperties.class)
public class HandoffService {

    private static final Logger log = LoggerFactory.getLogger(HandoffService.class);
    /** A {@link org.answerdesk.dialogue.HandoffReasons} code of this package: its text is in the bundles. */
    static final String MISSING_TICKET = "missing-ticket";

    private final HandoffRepository handoffs;
    private final ConversationDesk desk;
    private final FaqCandidateService candidates;
    private final HandoffProperties properties;
    private final ApplicationEventPublisher events;

    private final TransactionTemplate transaction;
    private final BusinessHours hours;
    private final Attachments attachments;
    private final Texts texts;
    private final ReasonText reasons;

    HandoffService(HandoffRepository handoffs, ConversationDesk desk, FaqCandidateService candidates,
                   HandoffProperties properties, ApplicationEventPublisher events,
                   PlatformTransactionManager transactions, BusinessHours hours, Attachments attachments,
                   Texts texts, ReasonText reasons) {
        this.texts = texts;
        this.reasons = reasons;
        this.attachments = attachments;
        this.hours = hours;
        this.transaction = new TransactionTemplate(transactions); // joins the caller's (see onHandoffRequested)
        this.handoffs = handoffs;
        this.desk = desk;
        this.candidates = candidates;
        this.properties = properties;
        this.events = events;
    }

    /**
     * Opens the ticket in the transaction that hands the conversation to a person, so the two commit together: no
     * conversation ever waits for a person without a ticket, an agent sees the ticket as soon as the customer sees
     * the handoff, and if the ticket cannot be opened the reply is not stored either (the message is answered again
     * later, by the worker that finds its claim expired). {@link HandoffOpened} goes out in the same transaction, so
     * what a desk stores for it (its {@link DeskOutbox} posts) commits with the ticket.
     * <p>
     * Not after the commit: there the committing thread still holds the finished transaction's connection while
     * the ticket needs one of its own, so a burst of handoffs on a full pool waited for its time-out (a 503); and on
     * another thread, the ticket came moments after the reply that announced it.
     */
    @EventListener
    void onHandoffRequested(HandoffRequested request) {
        boolean outOfHours = !hours.isOpen(Instant.now());
        transaction.execute(s -> handoffs.open(request.conversationId(), request.reason(), outOfHours,
                        request.callback())
                .map(id -> {
                    events.publishEvent(new HandoffOpened(id, request.conversationId(), request.reason()));
                    return id;
                }))
            .ifPresent(id -> log.info("Conversation {} handed to a person (handoff {}): {}{}", request.conversationId(),
                    // the number itself is personal data: never in a log line
                    id, request.reason(), request.callback() == null ? "" : ", with a number to call back on"));
    }

    /**
     * At start, a ticket for every conversation that waits for a person without one: handed over by a version that
     * opened tickets after the commit (replayed from the publication registry, which no longer has a listener for
     * it), or left so by hand in the database. Safe on several instances at once: a conversation has one open
     * ticket at most.
     */
    @EventListener(ApplicationReadyEvent.class)
    void openMissingTickets() {
        for (long conversationId : desk.waitingForPerson()) {
            if (handoffs.openFor(conversationId).isEmpty()) {
                onHandoffRequested(new HandoffRequested(conversationId, MISSING_TICKET));
            }
        }
    }

    public List<Ticket> openTickets() {
        return handoffs.allOpen().stream().map(this::ticket).toList();
    }

    public Optional<Ticket> ticket(long id) {
        return handoffs.find(id).map(this::ticket);
    }

    /** The open handoff of a conversation, if it has one. */
    public Optional<Long> openHandoffOf(long conversationId) {
        return handoffs.openFor(conversationId).map(HandoffRepository.Row::id);
    }

    /** Delivers an agent's reply to the customer and proposes it as an FAQ answer to the customer's question. */
    public Reply reply(long handoffId, String text, String agent) {
        return reply(handoffId, text, agent, null);
    }

    /**
     * As {@link #reply(long, String, String)}, for a reply written at the agents' desk.
     *
     * @param deskRef where the agent's message sits at the desk (e.g. Slack channel:ts)
     */
    public Reply reply(long handoffId, String text, String agent, String deskRef) {
        var handoff = handoffs.find(handoffId).orElseThrow(() -> unknown(handoffId));
        String question = customerQuestion(handoff);
        Reply reply = desk.postAgentReply(handoff.conversationId(), text, agent == null || agent.isBlank() ? "agent" : agent);
        learnFrom(question, handoff, reply, agent, deskRef);
        return reply;
    }

    /**
     * An agent's text already sent another way (the caption of a file): proposed as an FAQ answer like a typed
     * reply.
     *
     * @param deskRef where the agent's message sits at the desk, or null (the admin page)
     */
    public void answeredWith(long handoffId, Reply reply, String agent, String deskRef) {
        var handoff = handoffs.find(handoffId).orElseThrow(() -> unknown(handoffId));
        learnFrom(customerQuestion(handoff), handoff, reply, agent, deskRef);
    }

    private void learnFrom(String question, HandoffRepository.Row handoff, Reply reply, String agent, String deskRef) {
        if (question != null) {
            candidates.propose(question, reply.text(), handoff.conversationId(), reply.messageId(), agent, deskRef);
        }
        candidates.agentAnswered(handoff.conversationId(), reply.text());
    }

    /**
     * Resolves the handoff: the customer gets a closing message ({@code handoff.closing}) in the conversation's
     * language and the bot answers again.
     */
    public void resolve(long handoffId, String by) {
        var handoff = handoffs.find(handoffId).orElseThrow(() -> unknown(handoffId));
        if (!handoffs.resolve(handoffId, by)) {
            return; // resolved before: nothing more to say to the customer
        }
        desk.returnToBot(handoff.conversationId());
        desk.postNotice(handoff.conversationId(),
                texts.text("handoff.closing", desk.language(handoff.conversationId())));
        events.publishEvent(new HandoffResolved(handoffId, handoff.conversationId(), by));
        log.info("Handoff {} resolved by {}", handoffId, by);
    }

    /**
     * The handoff whose desk thread is {@code deskRef} (e.g. Slack channel:ts), for finding it from the desk's
     * events; a handoff gets its thread when its summary post was sent ({@link DeskOutbox#markSent}).
     */
    public Optional<Long> handoffAtDesk(String deskRef) {
        return handoffs.byDeskRef(deskRef);
    }

    private Ticket ticket(HandoffRepository.Row row) {
        var summary = desk.summary(row.conversationId()).orElseThrow();
        String name = CustomerLabel.of(summary.key().channel(), summary.customer(), row.conversationId());
        OffsetDateTime expected = row.outOfHours()
                ? hours.nextOpening(row.openedAt().toInstant()).map(ZonedDateTime::toOffsetDateTime).orElse(null)
                : null;
        return new Ticket(row.id(), row.conversationId(), summary.key().channel().name(), name, reasons.of(row.reason()),
                row.openedAt(), row.outOfHours(), expected, desk.transcript(row.conversationId(), properties.transcriptLines())
                .stream().map(HandoffService::visible).toList(),
                attachments.ofConversation(row.conversationId()), row.callback());
    }

    private static TranscriptLine visible(TranscriptLine l) {
        return new TranscriptLine(l.messageId(), l.fromCustomer(), StaffText.visible(l.text()), l.source(), l.agent(),
                l.at());
    }

    /**
     * The question the agent answers: the customer message that led to the handoff, or, when that was only a
     * request for a person, the first real question after it.
     */
    private String customerQuestion(HandoffRepository.Row handoff) {
        List<TranscriptLine> customer = desk.transcript(handoff.conversationId(), 50).stream()
                .filter(TranscriptLine::fromCustomer).toList();
        java.util.Locale language = desk.language(handoff.conversationId());
        TranscriptLine trigger = null;
        for (TranscriptLine line : customer) {
            // "Something else" among the offered choices, or a "yes" to the offer of a person, hands over the
            // question asked before it
            if (!line.at().isAfter(handoff.openedAt()) && !ChoicePayload.SOMETHING_ELSE_LABEL.equals(line.text())
                    && !org.answerdesk.dialogue.PersonRequest.acceptsOffer(line.text(), language)) {
                trigger = line;
            }
        }
        if (trigger != null && isQuestion(trigger.text())) {
            return trigger.text();
        }
        return customer.stream().filter(l -> l.at().isAfter(handoff.openedAt())).map(TranscriptLine::text)
                .filter(HandoffService::isQuestion).findFirst().orElse(null);
    }

    private static boolean isQuestion(String text) {
        return text.strip().split("\\s+").length >= 3
                && !text.toLowerCase().matches(".*\\b(human|person|agent|someone|representative)\\b.*");
    }

    private static NoSuchElementException unknown(long id) {
        return new NoSuchElementException("no handoff " + id);
    }
}
