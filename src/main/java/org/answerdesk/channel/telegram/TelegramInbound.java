package org.answerdesk.channel.telegram;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.answerdesk.attachment.Attachments;
import org.answerdesk.attachment.IncomingFile;
import org.answerdesk.channel.telegram.TelegramMessages.Command;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.Failures;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.dialogue.Intent;
import org.answerdesk.conversation.ReactionEvent;
import org.answerdesk.conversation.Receipt;
import org.answerdesk.conversation.StorableText;
import org.answerdesk.feedback.Vote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.reactions.MessageReactionUpdated;
import org.telegram.telegrambots.meta.api.objects.reactions.ReactionType;
import org.telegram.telegrambots.meta.api.objects.reactions.ReactionTypeEmoji;

/**
 * Turns one Telegram update into inbound events and stores them. {@link #accept} returns once the update is
 * stored, so the caller may acknowledge it (advance the offset, answer 200); the core's workers answer it
 * afterwards, by the {@link Intent} recognised here (a command, a photo). A redelivered update is recognised by its
 * update_id and not answered again.
 */
@Component
@Conditional(TelegramConditions.Enabled.class)
class TelegramInbound {

    /** The update kinds requested from Telegram. */
    static final List<String> ALLOWED = List.of("message", "callback_query", "message_reaction");

    private static final Logger log = LoggerFactory.getLogger(TelegramInbound.class);

    private final ConversationService conversations;
    private final TelegramButtons buttons;
    private final BotIdentity bot;
    private final TelegramProperties properties;
    private final TelegramChoices choices;
    private final TelegramClarify clarify;
    private final Attachments attachments;

    TelegramInbound(ConversationService conversations, TelegramButtons buttons, BotIdentity bot,
                    TelegramProperties properties, TelegramChoices choices, TelegramClarify clarify,
                    Attachments attachments) {
        this.attachments = attachments;
        this.choices = choices;
        this.clarify = clarify;
        this.conversations = conversations;
        this.buttons = buttons;
        this.bot = bot;
        this.properties = properties;
    }

    /**
     * How many more updates may be taken now: {@code queue-capacity} less the channel's messages stored and not
     * answered yet (on every instance). At 0 the intake leaves updates at Telegram until the core catches up.
     */
    int room() {
        return (int) Math.max(0, properties.queueCapacity() - conversations.unanswered(Channel.TELEGRAM));
    }

    /**
     * Stores the update. A failure that waiting may cure (the database is down) is thrown: the update must then
     * not be acknowledged, so that it comes again. An update that can never be taken in (unreadable, of the wrong
     * shape, refused by the database) is quarantined and counted instead, so that the caller acknowledges it and
     * the channel goes on. Updates that are not for the bot are skipped.
     */
    void accept(Update update) {
        String eventId = String.valueOf(update.getUpdateId());
        if (update instanceof TelegramJson.Unreadable unreadable) {
            conversations.quarantine(Channel.TELEGRAM, eventId, unreadable.reason(), unreadable.json());
            return;
        }
        try {
            if (update.hasMessage()) {
                onMessage(eventId, update.getMessage());
            } else if (update.hasCallbackQuery()) {
                onButton(eventId, update.getCallbackQuery());
            } else if (update.getMessageReaction() != null) {
                onReaction(eventId, update.getMessageReaction());
            } else {
                log.debug("Update {} skipped: not a new message, button or reaction", eventId);
            }
        } catch (RuntimeException e) {
            if (Failures.isTransient(e)) {
                throw e;
            }
            conversations.quarantine(Channel.TELEGRAM, eventId, "not usable: " + Failures.describe(e),
                    TelegramJson.write(update));
        }
    }

    private void onMessage(String eventId, Message m) {
        if (m.getChat() == null || m.getFrom() == null) {
            throw new IllegalArgumentException("a message without " + (m.getChat() == null ? "chat" : "from"));
        }
        if (Boolean.TRUE.equals(m.getFrom().getIsBot())) {
            return;
        }
        String media = m.hasText() ? null : TelegramMessages.mediaKind(m);
        // as stored: without NUL and control characters; a media's caption is what the customer asks about it
        String typed = StorableText.clean(m.getText() != null ? m.getText() : media != null ? m.getCaption() : null);
        if (media != null && typed != null && typed.isBlank()) {
            typed = null; // an empty caption: the media alone
        }
        Command command = typed != null ? TelegramMessages.command(typed, bot.username()) : null;
        if (command == Command.FOREIGN) {
            return;
        }
        boolean group = !Boolean.TRUE.equals(m.getChat().isUserChat());
        if (group && properties.groupsNeedMention() && command == null
                && !TelegramMessages.addressesBot(m, bot.user().orElse(null))) {
            return;
        }
        if (typed != null && typed.isBlank()) {
            throw new IllegalArgumentException("a message whose text is empty once control characters are removed");
        }
        if (typed == null && media == null) {
            return; // a service message: someone joined, a topic was created, ...
        }
        String asked = typed == null ? "" : TelegramMessages.withoutMention(typed, bot.username());
        String text = asked.isEmpty() && media != null ? "[" + media + "]" : asked;
        Intent intent = asked.isEmpty() && media != null ? Intent.NOT_TEXT : intent(command);
        if (text.isEmpty()) {
            text = "@" + bot.username();
            intent = Intent.HELP; // only a mention: say what the bot can do
        }
        var inbound = InboundMessage.of(intent, eventId, TelegramMessages.key(m),
                TelegramMessages.participant(m.getFrom()), text, TelegramMessages.ref(m.getChatId(), m.getMessageId()),
                TelegramJson.write(m));
        var file = media == null ? java.util.Optional.<IncomingFile>empty() : TelegramFiles.of(eventId, m);
        file.ifPresent(attachments::expect); // before the message: a crash in between leaves it due, not lost
        Receipt receipt = conversations.receive(inbound);
        if (file.isPresent()) {
            attachments.collect(Channel.TELEGRAM, eventId);
        }
        log.debug("Update {} stored: {}", eventId, receipt.status());
    }

    private static Intent intent(Command command) {
        if (command == null) {
            return Intent.QUESTION;
        }
        return switch (command) {
            case START -> Intent.START;
            case RESET -> Intent.RESET;
            case HUMAN -> Intent.HUMAN;
            default -> Intent.HELP;
        };
    }

    private void onButton(String eventId, CallbackQuery q) {
        if (choices.onRating(eventId, q) || choices.onQuestion(eventId, q) || clarify.onChoice(q)) {
            return;
        }
        if (TelegramFormat.HUMAN.equals(q.getData()) && q.getMessage() != null && q.getFrom() != null) {
            askForPerson(eventId, q);
            return;
        }
        Vote vote = TelegramFormat.vote(q.getData());
        if (vote == null || q.getMessage() == null || q.getFrom() == null) {
            buttons.acknowledge(q.getId());
            return;
        }
        long chatId = q.getMessage().getChatId();
        var target = TelegramMessages.ref(chatId, q.getMessage().getMessageId());
        var key = TelegramMessages.key(chatId);
        Receipt receipt = conversations.receive(new ReactionEvent(eventId, key,
                TelegramMessages.participant(q.getFrom()), target, vote, true));
        if (receipt.status() == Receipt.Status.ACCEPTED) {
            buttons.acknowledgeVote(q.getId(), key, chatId > 0 ? target : null, vote);
        } else if (receipt.status() == Receipt.Status.IGNORED) {
            buttons.acknowledge(q.getId());
        }
    }

    /** "Talk to a person" pressed: stored as if the customer had typed /human; the core hands over. */
    private void askForPerson(String eventId, CallbackQuery q) {
        long chatId = q.getMessage().getChatId();
        conversations.receive(InboundMessage.of(Intent.HUMAN, eventId, TelegramMessages.key(chatId),
                TelegramMessages.participant(q.getFrom()), "/human", null, null));
        buttons.acknowledge(q.getId());
    }

    /** 👍/👎 put on or taken off a bot answer; other emoji are not votes. */
    private void onReaction(String eventId, MessageReactionUpdated r) {
        if (r.getUser() == null || r.getChat() == null) {
            return; // anonymous (on behalf of a chat): no one to record the vote for
        }
        Set<Vote> before = votes(r.getOldReaction());
        Set<Vote> after = votes(r.getNewReaction());
        var target = TelegramMessages.ref(r.getChat().getId(), r.getMessageId());
        var key = TelegramMessages.key(r.getChat().getId());
        var from = TelegramMessages.participant(r.getUser());
        List<ReactionEvent> events = new ArrayList<>();
        for (Vote v : before) {
            if (!after.contains(v)) {
                events.add(new ReactionEvent(id(eventId, events.size()), key, from, target, v, false));
            }
        }
        for (Vote v : after) {
            if (!before.contains(v)) {
                events.add(new ReactionEvent(id(eventId, events.size()), key, from, target, v, true));
            }
        }
        events.forEach(conversations::receive);
    }

    /** One update may change two votes (👍 replaced by 👎): each change gets its own event id. */
    private static String id(String updateId, int index) {
        return index == 0 ? updateId : updateId + "#" + index;
    }

    private static Set<Vote> votes(List<ReactionType> reactions) {
        Set<Vote> votes = EnumSet.noneOf(Vote.class);
        if (reactions != null) {
            for (ReactionType t : reactions) {
                if (t instanceof ReactionTypeEmoji e && e.getEmoji() != null) {
                    if (e.getEmoji().startsWith("👍")) {
                        votes.add(Vote.UP);
                    } else if (e.getEmoji().startsWith("👎")) {
                        votes.add(Vote.DOWN);
                    }
                }
            }
        }
        return votes;
    }
}
