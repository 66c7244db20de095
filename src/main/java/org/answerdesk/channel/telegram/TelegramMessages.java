package org.answerdesk.channel.telegram;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.Participant;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Maps Telegram's identities to the conversation model and back: a chat (plus forum topic) is a
 * {@link ConversationKey} {@code chatId[:topicId]}, a message is a {@link MessageRef} {@code chatId:messageId}.
 */
final class TelegramMessages {

    /** Where a message goes: a chat, and a forum topic in it or null. */
    record ChatTarget(long chatId, Integer topicId) {
        boolean group() {
            return chatId < 0; // groups and supergroups have negative ids, private chats the user's (positive) id
        }
    }

    enum Command {
        START, HELP, RESET, UNKNOWN,
        /** /human: the customer asks for a person; the pipeline recognises the text and hands over. */
        HUMAN,
        /** A command addressed to another bot ({@code /start@other_bot}). */
        FOREIGN
    }

    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?(?:\\s.*)?$",
            Pattern.DOTALL);

    private TelegramMessages() {
    }

    static ConversationKey key(Message m) {
        boolean topic = m.isTopicMessage() && m.getMessageThreadId() != null;
        return new ConversationKey(Channel.TELEGRAM, m.getChatId() + (topic ? ":" + m.getMessageThreadId() : ""));
    }

    static ConversationKey key(long chatId) {
        return new ConversationKey(Channel.TELEGRAM, Long.toString(chatId));
    }

    static ChatTarget target(ConversationKey key) {
        String[] parts = key.externalId().split(":", 2);
        return new ChatTarget(Long.parseLong(parts[0]), parts.length == 2 ? Integer.valueOf(parts[1]) : null);
    }

    static MessageRef ref(long chatId, int messageId) {
        return new MessageRef(Channel.TELEGRAM, chatId + ":" + messageId);
    }

    /** The message id part of a {@code chatId:messageId} ref, or null. */
    static Integer messageId(MessageRef ref) {
        if (ref == null || ref.externalMessageId() == null) {
            return null;
        }
        String id = ref.externalMessageId();
        int colon = id.lastIndexOf(':');
        try {
            return colon < 0 ? null : Integer.valueOf(id.substring(colon + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Participant participant(User u) {
        String name = u.getFirstName() == null ? "" : u.getFirstName();
        if (u.getLastName() != null && !u.getLastName().isBlank()) {
            name = name + " " + u.getLastName();
        }
        if (name.isBlank()) {
            name = u.getUserName();
        }
        return new Participant(Channel.TELEGRAM, Long.toString(u.getId()), name, null, u.getLanguageCode());
    }

    /** The bot command the text starts with, or null for ordinary text. */
    static Command command(String text, String botUsername) {
        var m = COMMAND.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        if (m.group(2) != null && (botUsername == null || !m.group(2).equalsIgnoreCase(botUsername))) {
            return Command.FOREIGN;
        }
        return switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "start" -> Command.START;
            case "help" -> Command.HELP;
            case "reset" -> Command.RESET;
            case "human", "agent" -> Command.HUMAN;
            default -> Command.UNKNOWN;
        };
    }

    /** Whether a group message is meant for the bot: it mentions the bot or replies to one of its messages. */
    static boolean addressesBot(Message m, User bot) {
        if (bot == null) {
            return false;
        }
        Message replied = m.getReplyToMessage();
        if (replied != null && replied.getFrom() != null && bot.getId().equals(replied.getFrom().getId())) {
            return true;
        }
        // a photo's or file's caption carries its mentions as a text does
        String text = m.hasText() ? m.getText() : m.getCaption();
        List<MessageEntity> entities = m.hasText() ? m.getEntities() : m.getCaptionEntities();
        if (entities == null || text == null) {
            return false;
        }
        for (MessageEntity e : entities) {
            if ("text_mention".equals(e.getType()) && e.getUser() != null && bot.getId().equals(e.getUser().getId())) {
                return true;
            }
            if ("mention".equals(e.getType()) && bot.getUserName() != null && mentionText(text, e)
                    .equalsIgnoreCase("@" + bot.getUserName())) {
                return true;
            }
        }
        return false;
    }

    /** The text without the bot's @username. */
    static String withoutMention(String text, String botUsername) {
        if (botUsername == null) {
            return text.strip();
        }
        return text.replaceAll("(?i)@" + Pattern.quote(botUsername) + "\\b", " ").replaceAll("[ \\t]+", " ").strip();
    }

    /** What kind of non-text message this is ("photo", "voice message", ...), or null for text and service messages. */
    static String mediaKind(Message m) {
        if (m.hasPhoto()) {
            return "photo";
        } else if (m.hasSticker()) {
            return "sticker";
        } else if (m.hasVoice()) {
            return "voice message";
        } else if (m.hasVideoNote()) {
            return "video message";
        } else if (m.hasVideo() || m.hasAnimation()) {
            return "video";
        } else if (m.hasDocument()) {
            return "document";
        } else if (m.hasAudio()) {
            return "audio";
        } else if (m.hasLocation() || m.hasContact() || m.hasPoll() || m.hasDice()) {
            return "attachment";
        }
        return null;
    }

    private static String mentionText(String text, MessageEntity e) {
        int start = e.getOffset() == null ? 0 : e.getOffset();
        int end = start + (e.getLength() == null ? 0 : e.getLength());
        return start >= 0 && end <= text.length() ? text.substring(start, end) : "";
    }
}
