package org.answerdesk.channel.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.ReactionAddedEvent;
import com.slack.api.model.event.ReactionRemovedEvent;
import java.util.List;

import org.answerdesk.attachment.Attachments;
import org.answerdesk.attachment.IncomingFile;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationDesk;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.conversation.Participant;
import org.answerdesk.conversation.ReactionEvent;
import org.answerdesk.conversation.Receipt;
import org.answerdesk.conversation.StorableText;
import org.answerdesk.dialogue.Intent;
import org.answerdesk.feedback.Vote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps Slack events to the conversation model, for both HTTP and Socket Mode (Bolt routes both here). Each event
 * is stored ({@link ConversationService#receive}, deduplicated by Slack's event_id) before it is acknowledged;
 * the core's workers answer it afterwards, so the acknowledgement stays within Slack's 3 seconds and no answer
 * (no LLM call) runs on Bolt's thread.
 *
 * <p>Answered: mentions in channels (in the mention's thread), direct messages, and follow-ups in a thread the
 * bot takes part in. Ignored: the bot's own and other bots' messages; edits and deletions have a subtype Bolt
 * routes elsewhere, so they never reach these handlers.
 */
class SlackInbound {

    private static final Logger log = LoggerFactory.getLogger(SlackInbound.class);

    private final ConversationService conversations;
    private final ConversationDesk conversationDesk;
    private final SlackHandoffDesk desk;
    private final SlackEventGuard guard;
    private SlackDeskFiles deskFiles;
    private Attachments attachments;

    /** @param desk the agents' desk, or null when there is no handoff channel */
    SlackInbound(ConversationService conversations, ConversationDesk conversationDesk, SlackHandoffDesk desk,
                SlackEventGuard guard) {
        this.guard = guard;
        this.conversations = conversations;
        this.conversationDesk = conversationDesk;
        this.desk = desk;
    }

    /** Keeps the files customers share (null: a customer's files are not taken in). */
    SlackInbound withCustomerFiles(Attachments attachments) {
        this.attachments = attachments;
        return this;
    }

    /** Takes the files staff upload in desk threads too (null: none). */
    SlackInbound withDeskFiles(SlackDeskFiles files) {
        this.deskFiles = files;
        return this;
    }

    void registerOn(App app) {
        app.event(MessageFileShareEvent.class, (p, ctx) -> guard.run(p, ctx, () -> onFileShare(p, ctx)));
        app.event(AppMentionEvent.class, (p, ctx) -> guard.run(p, ctx, () -> onMention(p, ctx)));
        app.event(MessageEvent.class, (p, ctx) -> guard.run(p, ctx, () -> onMessage(p, ctx)));
        app.event(ReactionAddedEvent.class, (p, ctx) -> guard.run(p, ctx, () -> {
            var item = p.getEvent().getItem();
            return onReaction(p, ctx, p.getEvent().getReaction(), p.getEvent().getUser(), p.getEvent().getItemUser(),
                    item == null ? null : item.getType(), item == null ? null : item.getChannel(),
                    item == null ? null : item.getTs(), true);
        }));
        app.event(ReactionRemovedEvent.class, (p, ctx) -> guard.run(p, ctx, () -> {
            var item = p.getEvent().getItem();
            return onReaction(p, ctx, p.getEvent().getReaction(), p.getEvent().getUser(), p.getEvent().getItemUser(),
                    item == null ? null : item.getType(), item == null ? null : item.getChannel(),
                    item == null ? null : item.getTs(), false);
        }));
    }

    private Response onMention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent e = payload.getEvent();
        // a DM arrives as a message.im event too; it is answered from there
        requireChannel(e.getChannel());
        if (fromBot(e.getBotId(), e.getUser(), ctx) || e.getChannel().startsWith("D")) {
            return ctx.ack();
        }
        String root = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
        accept(payload, ctx, new SlackThread(payload.getTeamId(), e.getChannel(), root), e.getUser(), e.getText(),
                e.getTs());
        return ctx.ack();
    }

    private Response onMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent e = payload.getEvent();
        requireChannel(e.getChannel());
        if (fromBot(e.getBotId(), e.getUser(), ctx)) {
            return ctx.ack();
        }
        boolean threaded = e.getThreadTs() != null && !e.getThreadTs().equals(e.getTs());
        if (desk != null && desk.isDesk(e.getChannel())) {
            // the agents' desk: staff replies in handoff threads; nothing there is a customer question
            if (threaded && payload.getEventId() != null) {
                String eventId = payload.getEventId();
                deskAction(() -> desk.onStaffMessage(eventId, e.getThreadTs(), e.getUser(), e.getText(), e.getTs()));
            }
            return ctx.ack();
        }
        SlackThread thread = new SlackThread(payload.getTeamId(), e.getChannel(), threaded ? e.getThreadTs() : null);
        if ("im".equals(e.getChannelType())) {
            accept(payload, ctx, thread, e.getUser(), e.getText(), e.getTs());
        } else if (threaded && !SlackText.mentions(e.getText(), ctx.getBotUserId())
                && conversationDesk.hasLiveConversation(thread.key())) {
            // a follow-up in a thread the bot answered; a follow-up that mentions the bot comes as app_mention
            accept(payload, ctx, thread, e.getUser(), e.getText(), e.getTs());
        }
        return ctx.ack();
    }

    /**
     * A message with files: in a desk thread, from staff, its text is a reply and its files go to the customer. From
     * a customer, where a message of theirs would be answered (a direct message, a thread the bot answers), the
     * files are kept with the message ({@link SlackFiles}) and its text is the question; without text the bot says
     * it received them. The bot's own uploads are ignored.
     */
    private Response onFileShare(EventsApiPayload<MessageFileShareEvent> payload, EventContext ctx) {
        MessageFileShareEvent e = payload.getEvent();
        requireChannel(e.getChannel());
        if (e.getUser() == null || e.getUser().equals(ctx.getBotUserId()) || payload.getEventId() == null) {
            return ctx.ack();
        }
        boolean threaded = e.getThreadTs() != null && !e.getThreadTs().equals(e.getTs());
        if (desk != null && desk.isDesk(e.getChannel())) {
            if (threaded && deskFiles != null) {
                String eventId = payload.getEventId();
                String caption = SlackDeskFiles.caption(e.getText(), e.getFiles());
                if (caption == null) {
                    deskAction(() -> desk.onStaffMessage(eventId, e.getThreadTs(), e.getUser(), e.getText(),
                            e.getTs()));
                }
                deskAction(() -> deskFiles.onFiles(e.getThreadTs(), e.getUser(), e.getFiles(), caption, e.getTs()));
            }
            return ctx.ack();
        }
        SlackThread thread = new SlackThread(payload.getTeamId(), e.getChannel(), threaded ? e.getThreadTs() : null);
        if (attachments != null && ("im".equals(e.getChannelType()) || threaded
                && !SlackText.mentions(e.getText(), ctx.getBotUserId())
                && conversationDesk.hasLiveConversation(thread.key()))) {
            List<IncomingFile> files = SlackFiles.of(payload.getEventId(), e.getUser(), e.getFiles());
            files.forEach(attachments::expect); // before the message: a crash in between leaves them due
            String typed = StorableText.clean(e.getText());
            String question = typed == null ? "" : SlackText.question(typed, ctx.getBotUserId());
            MessageRef ref = new MessageRef(Channel.SLACK, thread.channel() + ":" + e.getTs());
            conversations.receive(question.isBlank()
                    ? InboundMessage.of(Intent.NOT_TEXT, payload.getEventId(), thread.key(), participant(e.getUser()),
                            "[file]", ref, null)
                    : InboundMessage.question(payload.getEventId(), thread.key(), participant(e.getUser()), question,
                            ref, null));
            if (!files.isEmpty()) {
                attachments.collect(Channel.SLACK, payload.getEventId());
            }
        }
        return ctx.ack();
    }

    private Response onReaction(EventsApiPayload<?> payload, EventContext ctx, String reaction, String user,
                                String itemUser, String itemType, String channel, String ts, boolean added) {
        if (desk != null && desk.isDesk(channel) && ts != null && user != null && payload.getEventId() != null
                && !user.equals(ctx.getBotUserId())) {
            String eventId = payload.getEventId();
            deskAction(() -> desk.onReaction(eventId, ts, user, reaction, added));
            return ctx.ack();
        }
        Vote vote = SlackText.vote(reaction);
        boolean onBotMessage = itemUser == null || itemUser.equals(ctx.getBotUserId());
        if (vote == null || !onBotMessage || !"message".equals(itemType) || channel == null || ts == null
                || user == null || payload.getEventId() == null) {
            return ctx.ack();
        }
        var thread = new SlackThread(payload.getTeamId(), channel, ts);
        conversations.receive(new ReactionEvent(payload.getEventId(), thread.key(), participant(user),
                new MessageRef(Channel.SLACK, channel + ":" + ts), vote, added));
        return ctx.ack();
    }

    private void accept(EventsApiPayload<?> payload, EventContext ctx, SlackThread thread, String user, String text,
                        String ts) {
        String typed = StorableText.clean(text); // as stored: without NUL and control characters
        if (typed == null || typed.isBlank()) {
            throw new IllegalArgumentException("a message whose text is empty once control characters are removed");
        }
        String question = SlackText.question(typed, ctx.getBotUserId());
        if (payload.getEventId() == null || user == null || question.isEmpty()) {
            log.debug("Slack event {} has no question to answer; ignored", payload.getEventId());
            return;
        }
        Receipt receipt = conversations.receive(InboundMessage.question(payload.getEventId(), thread.key(),
                participant(user), question, new MessageRef(Channel.SLACK, thread.channel() + ":" + ts), null));
        log.debug("Slack event {} (retry {}) stored: {}", payload.getEventId(), ctx.getRetryNum(), receipt.status());
    }

    /**
     * A staff action at the desk, before the ack: no LLM is asked, and a redelivery is recognised by its event id
     * (a slow action makes Slack retry, which changes nothing).
     */
    private static void deskAction(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException ex) {
            log.warn("Handoff desk action failed: {}", ex.toString());
        }
    }

    /** A message event always names its channel; one without is malformed (and quarantined). */
    private static void requireChannel(String channel) {
        if (channel == null || channel.isBlank()) {
            throw new IllegalArgumentException("a message event without channel");
        }
    }

    private static boolean fromBot(String botId, String user, EventContext ctx) {
        return botId != null || user == null || user.equals(ctx.getBotUserId());
    }

    private static Participant participant(String user) {
        return new Participant(Channel.SLACK, user, null, null);
    }
}
