package org.answerdesk.conversation.answering;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChannelAdapters;
import org.answerdesk.conversation.ConversationProperties;
import org.answerdesk.conversation.ConversationStatus;
import org.answerdesk.conversation.CustomerWaiting;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.conversation.Reply;
import org.answerdesk.conversation.ReplyStored;
import org.answerdesk.conversation.store.ConversationStore;
import org.answerdesk.conversation.work.ClaimedInbound;
import org.answerdesk.conversation.work.InboundClaims;
import org.answerdesk.conversation.work.ReplyMeters;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.answerdesk.dialogue.Action;
import org.answerdesk.dialogue.Decision;
import org.answerdesk.dialogue.DialoguePolicy;
import org.answerdesk.dialogue.DialogueState;
import org.answerdesk.dialogue.HandoffReasons;
import org.answerdesk.dialogue.Incoming;
import org.answerdesk.dialogue.Intent;
import org.answerdesk.dialogue.Outcome;
import org.answerdesk.dialogue.Transition;
import org.answerdesk.language.Languages;
import org.answerdesk.retrieval.Retrieval;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers one claimed inbound message as the {@link DialoguePolicy} decides: it gathers the conversation's state,
 * asks the policy, and carries out the decision (a reply stored while the claim still holds, so a worker whose lease
 * ran out and was taken over never adds a second answer; or the message left to the person; or a refused press).
 */
@Component
public class DecisionRunner {

    private static final Logger log = LoggerFactory.getLogger(DecisionRunner.class);

    private final ConversationStore store;
    private final InboundClaims claims;
    private final DialoguePolicy policy;
    private final ActionRenderer renderer;
    private final DraftCommitter writer;
    private final ReplyMeters meters;
    private final ChannelAdapters adapters;
    private final ChoicePresses presses;
    private final AwayNotices away;
    private final Languages languages;
    private final DialogueStates states;
    private final OneStepAnswers oneStep;
    private final ConversationProperties properties;
    private final CallbackReplies callbacks;

    DecisionRunner(ConversationStore store, InboundClaims claims, DialoguePolicy policy, ActionRenderer renderer,
             DraftCommitter writer, ReplyMeters meters, ChannelAdapters adapters, ChoicePresses presses,
             AwayNotices away, Languages languages, DialogueStates states, OneStepAnswers oneStep,
             ConversationProperties properties, CallbackReplies callbacks) {
        this.callbacks = callbacks;
        this.store = store;
        this.claims = claims;
        this.policy = policy;
        this.renderer = renderer;
        this.writer = writer;
        this.meters = meters;
        this.adapters = adapters;
        this.presses = presses;
        this.away = away;
        this.languages = languages;
        this.states = states;
        this.oneStep = oneStep;
        this.properties = properties;
    }

    /**
     * Answers the message, stores the reply and publishes {@link ReplyStored}; while the conversation waits for a
     * person, also publishes {@link CustomerWaiting} with the answer for the desk. Empty when the bot stays silent
     * (it publishes {@link CustomerWaiting}), for a refused choice, and when the claim was lost.
     */
    public Optional<Reply> answer(ClaimedInbound inbound) {
        return answer(inbound, Preparation.NONE, false).stream().findFirst();
    }

    /**
     * As {@link #answer(ClaimedInbound)}, for a caller that delivers the replies itself (its response, as the web
     * chat's): they are stored sent and {@link ReplyStored} is not published for them. All the replies to the
     * message, in order.
     *
     * @param prepared what {@link #prepare} made of the message ({@link Preparation#NONE} for nothing): its FAQ verdict
     *                 is used if it was worked out on the same text in the language the conversation turns out to have
     */
    public List<Reply> answerForCaller(ClaimedInbound inbound, Preparation prepared) {
        return answer(inbound, prepared, true);
    }

    private List<Reply> answer(ClaimedInbound inbound, Preparation prepared, boolean callerDelivers) {
        var situation = store.situation(inbound.conversationId(), inbound.id(), properties.contextWindow(),
                properties.acknowledgeWindow(), policy.historyTurns());
        var conversation = situation.conversation();
        DialogueState state = states.of(situation, inbound);
        // not worked out twice; a verdict in another language than the conversation's is asked again
        Retrieval retrieved = inbound.text().equals(prepared.text()) && state.language().equals(prepared.language())
                ? prepared.retrieval() : null;
        if (inbound.intent() == Intent.CHOICE) {
            return presses.answer(conversation, inbound, state).stream().toList();
        }
        long start = System.nanoTime();
        if (inbound.intent() == Intent.QUESTION && !(state.handedOver() && state.personJoined())) {
            adapters.beforeAnswer(conversation.key());
        }
        Incoming incoming = new Incoming(inbound.intent(), inbound.text(), null, retrieved);
        Decision decision = policy.decide(state, incoming);
        Transition step = Transition.after(state, incoming, decision, policy.historyTurns());
        if (decision.main() instanceof Action.WaitForPerson wait) {
            return writer.waitForPerson(conversation, inbound, wait.text(), step.outcome()).stream().toList();
        }
        Optional<ReplyDraft> greeting = Optional.empty();
        List<ReplyDraft> before = new java.util.ArrayList<>();
        for (Action action : decision.actions().subList(0, decision.actions().size() - 1)) {
            if (action instanceof Action.StartOver) {
                store.closeLive(conversation.key());
            } else if (action instanceof Action.Greeting) {
                greeting = Optional.of(renderer.render(action, conversation.key(), state.language()));
            } else {
                before.add(renderer.render(action, conversation.key(), state.language())); // an earlier answer
            }
        }
        ReplyDraft rendered = renderer.render(decision.main(), conversation.key(), state.language());
        Optional<String> callback = callbacks.number(rendered, inbound.text(), state.language());
        ReplyDraft answer = withNotice(renderer.sorryFirst(callbacks.acknowledged(rendered, callback, inbound.text(),
                conversation.key().channel(), state.language()), decision, state.language()), decision);
        if (inbound.transcript() != null) {
            // a voice note's first answer says what was understood, so the customer can put it right
            String heard = renderer.youAsked(inbound.transcript(), state.language());
            if (before.isEmpty()) {
                answer = answer.precededBy(heard);
            } else {
                before.set(0, before.get(0).precededBy(heard));
            }
        }
        int latencyMs = (int) ((System.nanoTime() - start) / 1_000_000);
        log.debug("Answered message {} ({}) from {} in {} ms", inbound.id(), inbound.intent(), answer.source(),
                latencyMs);
        meters.count(conversation.key().channel(), answer, latencyMs);
        List<ReplyDraft> all = new java.util.ArrayList<>(before);
        all.add(answer);
        BooleanSupplier mirror = decision.mirrored()
                ? writer.mirror(conversation, inbound.id(), inbound.text(), all) : () -> true;
        before.forEach(a -> meters.count(conversation.key().channel(), a, latencyMs));
        var marks = new DraftCommitter.Marks(decision.act().orElse(null), callerDelivers, step.outcome(),
                callback.orElse(null));
        return writer.storeAll(conversation, inbound, greeting, before, answer, latencyMs, marks, () -> {
            // in the reply's transaction (which records the message's act): what the decision does to the conversation
            if (step.marks().any()) {
                store.record(conversation.id(), step.marks());
            }
            return mirror.getAsBoolean();
        });
    }

    /**
     * Hands a message the bot gave up on to a person: the handoff reply, stored and published as any answer while
     * the claim holds. Empty when the claim was lost, and when a person has the conversation already (then the
     * message is marked skipped with {@code skipReason} and the bot stays silent).
     */
    public Optional<Reply> handOver(ConversationStore.ConversationRow conversation, ClaimedInbound inbound,
                             String skipReason) {
        if (conversation.status() == ConversationStatus.NEEDS_HUMAN) {
            claims.markSkipped(inbound, skipReason);
            return Optional.empty();
        }
        Locale language = store.language(conversation.id()).map(Locale::forLanguageTag)
                .orElse(languages.defaultLanguage());
        ReplyDraft handoff = ReplyDraft.system(renderer.handoffText(language), List.of(), HandoffReasons.ANSWER_FAILED);
        return writer.store(conversation, inbound, Optional.empty(),
                away.at(Instant.now(), language).map(handoff::followedBy).orElse(handoff), 0, Outcome.HANDED_OVER);
    }

    /**
     * An answer worked out before its message is stored, for a caller that stores both at once (the store's
     * {@code InboundStore.storeInbound} takes this record; the runner never names the store back): the FAQ's answer
     * to a question, which needs nothing of the conversation. It is stored only if the conversation the message
     * turns out to belong to is the bot's and, in a shop of several languages, has the answer's language after the
     * message; otherwise the message is answered as any other. {@code outcome}: what the message records when it is
     * stored with this answer ({@link Outcome#ofAnswer}).
     *
     * @param language       the answer's language tag, the one a conversation the message opens takes (recorded
     *                       with it); null in a shop of one language, which records none
     * @param languageStays  whether a conversation already in {@code language} stays in it after the message (no
     *                       switch to another served language)
     */
    public record Prepared(ReplyDraft answer, int latencyMs, String text, Outcome outcome, String language,
                           boolean languageStays) {

        /** An answer in a shop of one language. */
        public Prepared(ReplyDraft answer, int latencyMs, String text, Outcome outcome) {
            this(answer, latencyMs, text, outcome, null, true);
        }
    }

    /**
     * What {@link DialoguePolicy#prepare} made of a question on a channel that greets none: the answer that needs
     * no state (if any), and the FAQ's verdict to answer it with otherwise (null when none was asked), both in
     * {@code language}.
     */
    public record Preparation(Optional<Prepared> prepared, Retrieval retrieval, String text, Locale language) {

        public static final Preparation NONE = new Preparation(Optional.empty(), null, null, null);
    }

    /** The one-step answer of a question, worked out from the message alone ({@link OneStepAnswers}). */
    public Preparation prepare(InboundMessage message) {
        return oneStep.prepare(message);
    }

    /** Counts an answer that was stored with its message ({@link #prepare}). */
    public void stored(Channel channel, Prepared prepared) {
        meters.count(channel, prepared.answer(), prepared.latencyMs());
    }

    private static ReplyDraft withNotice(ReplyDraft answer, Decision decision) {
        return decision.awayNotice().map(answer::followedBy).orElse(answer);
    }
}
