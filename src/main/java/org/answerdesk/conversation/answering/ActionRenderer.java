package org.answerdesk.conversation.answering;

import org.answerdesk.conversation.ActTexts;
import org.answerdesk.conversation.ChannelAdapters;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationProperties;
import org.answerdesk.conversation.ReplySource;
import org.answerdesk.conversation.Suggestion;
import java.util.List;

import org.answerdesk.dialogue.Act;
import org.answerdesk.dialogue.Action;
import org.answerdesk.dialogue.HandoffReasons;
import org.answerdesk.dialogue.Intent;
import org.answerdesk.retrieval.FaqMatch;
import org.springframework.stereotype.Component;

/**
 * Turns an {@link Action} the dialogue policy decided into the {@link ReplyDraft} that is stored and sent: the owner's
 * texts ({@link ConversationProperties}), the starter questions, and the numbered choices of a clarify reply.
 */
@Component
class ActionRenderer {

    private static final String UNNAMED_BOT = "answerdesk";

    private final ConversationProperties properties;
    private final Greetings greetings;
    private final ChannelAdapters adapters;

    ActionRenderer(ConversationProperties properties, Greetings greetings, ChannelAdapters adapters) {
        this.properties = properties;
        this.greetings = greetings;
        this.adapters = adapters;
    }

    /** The reply for an action that is one ({@link org.answerdesk.dialogue.Decision#replies}). */
    ReplyDraft render(Action action, ConversationKey key) {
        if (action instanceof Action.FaqAnswer a) {
            return a.picked() ? ReplyDraft.picked(a.entry().answer(), a.entry().entryId())
                    : a.chosenBy() != null ? ReplyDraft.chosenByLlm(a.entry().answer(), a.confidence(),
                            a.entry().entryId(), suggestions(a.related()), a.chosenBy())
                    : ReplyDraft.faq(a.entry().answer(), a.confidence(), a.entry().entryId(), suggestions(a.related()));
        }
        if (action instanceof Action.PassageAnswer p) {
            return ReplyDraft.knowledge(p.text(), p.confidence(), suggestions(p.related()));
        }
        if (action instanceof Action.Clarify c) {
            var choices = suggestions(c.choices());
            ReplyDraft clarify = ReplyDraft.clarify(clarifyText(c.again() ? properties.acts().notHelpedChoices()
                    : properties.clarifyMessage(), choices), c.confidence(), choices, c.closest());
            return c.handoffReason() == null ? clarify : clarify.handingOver(c.handoffReason());
        }
        if (action instanceof Action.LlmAnswer l) {
            return ReplyDraft.llm(l.text(), l.confidence(), suggestions(l.related()), l.closest(), l.model(),
                    l.tokensIn(), l.tokensOut());
        }
        if (action instanceof Action.Handoff h) {
            String text = HandoffReasons.CUSTOMER_ASKED.equals(h.reason()) ? properties.humanRequestedMessage()
                    : properties.handoffMessage();
            return new ReplyDraft(text, ReplySource.SYSTEM, h.confidence(), suggestions(h.related()), h.closest(),
                    h.model(), h.tokensIn(), h.tokensOut(), h.reason());
        }
        if (action instanceof Action.Fixed f) {
            return f.intent() == Intent.START ? greetings.start(fixed(f.intent(), key)) : fixed(f.intent(), key);
        }
        if (action instanceof Action.Greeting) {
            return greetings.greeting();
        }
        if (action instanceof Action.ActReply r) {
            return actReply(r, key);
        }
        if (action instanceof Action.Repeat r) {
            return ReplyDraft.system(r.text(), List.of(), null);
        }
        if (action instanceof Action.OfferPerson o) {
            return ReplyDraft.system(o.apologising() ? properties.acts().apology() : properties.humanOfferMessage(),
                    List.of(), null);
        }
        if (action instanceof Action.Acknowledge) {
            return ReplyDraft.system(properties.acts().waiting(), List.of(), null);
        }
        if (action instanceof Action.NotCaught) {
            return ReplyDraft.system(properties.acts().notCaught(), List.of(), null);
        }
        throw new IllegalArgumentException("not a reply: " + action);
    }

    private ReplyDraft actReply(Action.ActReply reply, ConversationKey key) {
        ActTexts texts = properties.acts();
        String bot = adapters.botName(key.channel()).orElse(UNNAMED_BOT);
        return switch (reply.act()) {
            case GREETING -> greetings.withStarters(texts.greeting());
            case CAPABILITIES -> greetings.withStarters(texts.capabilities());
            case THANKS, YES -> ReplyDraft.system(reply.afterAnswer() ? texts.welcome()
                    : reply.act() == Act.YES ? texts.yes() : texts.thanks(), List.of(), null);
            case BYE -> ReplyDraft.system(reply.afterAnswer() ? texts.welcome() : texts.bye(), List.of(), null);
            case NO, CANCEL -> ReplyDraft.system(texts.no(), List.of(), null);
            case BOT -> ReplyDraft.system(texts.bot().replace("{bot}", bot), List.of(), null);
            default -> ReplyDraft.system(texts.chitchat(), List.of(), null);
        };
    }

    private ReplyDraft fixed(Intent intent, ConversationKey key) {
        String bot = adapters.botName(key.channel()).orElse(UNNAMED_BOT);
        return ReplyDraft.system(properties.fixedText(intent, bot), List.of(), null);
    }

    /** The prompt, then the questions numbered, so a channel that shows no buttons still reads well. */
    private static String clarifyText(String prompt, List<Suggestion> choices) {
        StringBuilder text = new StringBuilder(prompt);
        for (int i = 0; i < choices.size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(choices.get(i).question());
        }
        return text.toString();
    }

    private static List<Suggestion> suggestions(List<FaqMatch> matches) {
        return matches.stream().map(m -> new Suggestion(m.entryId(), m.question(), m.score())).toList();
    }
}
