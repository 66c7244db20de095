package org.answerdesk.satisfaction;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.answerdesk.conversation.ConversationDesk;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.ReplySource;
import org.answerdesk.conversation.TranscriptLine;
import org.answerdesk.handoff.HandoffResolved;
import org.answerdesk.language.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customer satisfaction (CSAT): when an agent resolves a handoff, the customer is asked once per conversation
 * "How did we do?" with the scores 1-5, on their own channel (a notice flagged as a rating request, which each
 * adapter renders as buttons, chips or signed links). A chosen score is stored with the request; a later choice
 * for the same request replaces it, a redelivered press changes nothing, and a request that is unknown, expired
 * or not the rater's is refused.
 */
@Service
@EnableConfigurationProperties(SatisfactionProperties.class)
public class SatisfactionService {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;

    /** What became of a {@link Rating}. */
    public enum Outcome {
        /** The score is stored (or replaced the earlier one). */
        RECORDED,
        /** The same press was delivered before: nothing changed. */
        REPEATED,
        /** No such request, or not one of this conversation or customer. */
        UNKNOWN,
        /** The request no longer takes scores. */
        EXPIRED;

        public boolean accepted() {
            return this == RECORDED || this == REPEATED;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(SatisfactionService.class);

    private final SatisfactionRepository requests;
    private final ConversationDesk desk;
    private final ConversationService conversations;
    private final SatisfactionProperties properties;
    private final TransactionTemplate tx;
    private final MeterRegistry meters;
    private final Texts texts;

    SatisfactionService(SatisfactionRepository requests, ConversationDesk desk, ConversationService conversations,
                        SatisfactionProperties properties, TransactionTemplate tx, MeterRegistry meters, Texts texts) {
        this.texts = texts;
        this.requests = requests;
        this.desk = desk;
        this.conversations = conversations;
        this.properties = properties;
        this.tx = tx;
        this.meters = meters;
    }

    /** The scores a request offers, lowest first. */
    public static List<Integer> scores() {
        return IntStream.rangeClosed(MIN_SCORE, MAX_SCORE).boxed().toList();
    }

    public static boolean isScore(int score) {
        return score >= MIN_SCORE && score <= MAX_SCORE;
    }

    /**
     * What the customer is shown after choosing a score, in their conversation's language ({@code csat.thanks};
     * {@code answerdesk.csat.thanks} overrides it in the default language).
     */
    public String thanks(Locale language) {
        return texts.text("csat.thanks", language);
    }

    /**
     * The language of the conversation a rating request belongs to (for the pages of its email links); the shop's
     * default for an unknown request.
     */
    public Locale language(long requestId) {
        return requests.find(requestId).map(r -> desk.language(r.conversationId())).orElseGet(desk::defaultLanguage);
    }

    /** The shop's default language. */
    public Locale defaultLanguage() {
        return desk.defaultLanguage();
    }

    /** Asks for a rating when a person resolved the conversation, unless it was asked for before. */
    @EventListener
    void onHandoffResolved(HandoffResolved resolved) {
        if (!properties.enabled()) {
            return;
        }
        try {
            var conversation = desk.summary(resolved.conversationId()).orElse(null);
            if (conversation == null) {
                return;
            }
            String agent = desk.transcript(resolved.conversationId(), 50).stream()
                    .filter(l -> l.source() == ReplySource.AGENT && l.agent() != null)
                    .map(TranscriptLine::agent).reduce((a, b) -> b).orElse(resolved.resolvedBy());
            requests.open(resolved.conversationId(), resolved.handoffId(), conversation.key().channel(), agent,
                    resolved.resolvedBy(), properties.expiresAfter()).ifPresent(id -> {
                        desk.postRatingRequest(resolved.conversationId(),
                                texts.text("csat.question", desk.language(resolved.conversationId())), id);
                        meters.counter("answerdesk.csat.requests", "channel", conversation.key().channel().name())
                                .increment();
                        log.info("Asked conversation {} for a rating (request {})", resolved.conversationId(), id);
                    });
        } catch (RuntimeException e) {
            // the handoff is resolved and the customer told so; a missing rating request must not undo that
            log.warn("Could not ask conversation {} for a rating: {}", resolved.conversationId(), e.toString());
        }
    }

    /** Stores a chosen score for the conversation's customer if the request is open to this rater. */
    public Outcome rate(Rating rating) {
        var request = requests.find(rating.requestId()).orElse(null);
        if (request == null || request.channel() != rating.channel() || !ratedBy(request, rating)) {
            log.debug("Rating for unknown request {} on {} refused", rating.requestId(), rating.channel());
            return count(rating, Outcome.UNKNOWN);
        }
        if (request.expired()) {
            return count(rating, Outcome.EXPIRED);
        }
        Outcome outcome = tx.execute(s -> {
            if (rating.eventId() != null && !conversations.firstDelivery(rating.channel(), rating.eventId())) {
                return Outcome.REPEATED;
            }
            requests.score(request.id(), rating.score());
            return Outcome.RECORDED;
        });
        return count(rating, outcome);
    }

    private boolean ratedBy(SatisfactionRepository.Request request, Rating rating) {
        if (rating.key() == null && rating.userId() == null) {
            return true; // a signed link
        }
        var conversation = desk.summary(request.conversationId()).orElse(null);
        if (conversation == null || (rating.key() != null && !conversation.key().equals(rating.key()))) {
            return false;
        }
        return rating.userId() == null
                || (conversation.customer() != null && rating.userId().equals(conversation.customer().externalUserId()));
    }

    private Outcome count(Rating rating, Outcome outcome) {
        meters.counter("answerdesk.csat.ratings", "channel", rating.channel().name(), "outcome", outcome.name())
                .increment();
        return outcome;
    }
}
