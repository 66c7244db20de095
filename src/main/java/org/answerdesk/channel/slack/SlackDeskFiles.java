package org.answerdesk.channel.slack;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.slack.api.model.File;
import org.answerdesk.attachment.AttachmentProperties;
import org.answerdesk.attachment.StaffFiles;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.DeliveryException;
import org.answerdesk.handoff.HandoffService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Files staff upload in a desk thread, sent to the thread's customer: each is downloaded from its
 * {@code url_private} with the bot token (only from Slack's own hosts), off Bolt's thread so the event is
 * acknowledged in time, and handed to {@link StaffFiles} (the checks of any file, then the outbox). Each Slack file
 * is taken once; the message's text goes with the first as its caption. A file that cannot be fetched or is refused
 * is not sent (its caption is, as a reply): the thread says why, and it is logged and counted in
 * {@code answerdesk.slack.desk.files}.
 */
class SlackDeskFiles implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackDeskFiles.class);

    private final String channel;
    private final SlackDownloads downloads;
    private final long maxBytes;
    private final HandoffService handoffs;
    private final StaffFiles files;
    private final ConversationService conversations;
    private final SlackPoster poster;
    private final MeterRegistry meters;
    private final StaffWords words;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "slack-desk-files");
        t.setDaemon(true);
        return t;
    });

    SlackDeskFiles(SlackProperties properties, AttachmentProperties attachments, HandoffService handoffs,
                   StaffFiles files, ConversationService conversations, SlackPoster poster, MeterRegistry meters,
                   StaffWords words) {
        this.words = words;
        this.channel = properties.handoffChannel();
        this.downloads = new SlackDownloads(properties, Duration.ofSeconds(60));
        this.maxBytes = attachments.maxFileSize().toBytes();
        this.handoffs = handoffs;
        this.files = files;
        this.conversations = conversations;
        this.poster = poster;
        this.meters = meters;
    }

    /**
     * The text of a staff message with files that goes with its first file as the caption, or null when it goes
     * as a reply of its own (none, the {@code resolve} command, longer than a caption may be).
     */
    static String caption(String text, List<File> shared) {
        String plain = text == null ? "" : SlackText.unescape(text).strip();
        boolean fits = !plain.isEmpty() && !plain.equalsIgnoreCase("resolve") && plain.length() <= StaffFiles.MAX_CAPTION;
        return fits && shared != null && !shared.isEmpty() ? plain : null;
    }

    /**
     * The files of a staff message {@code ts} in the desk thread {@code threadTs}, sent in the background, once
     * each; the first one carries {@code caption} (see {@link #caption}), if any.
     */
    void onFiles(String threadTs, String user, List<File> shared, String caption, String ts) {
        var handoff = handoffs.handoffAtDesk(channel + ":" + threadTs);
        if (handoff.isEmpty() || shared == null) {
            return;
        }
        String pending = caption;
        for (File file : shared) {
            if (file.getId() != null && conversations.firstDelivery(Channel.SLACK, "desk-file:" + file.getId())) {
                String with = pending;
                worker.execute(() -> send(handoff.get(), threadTs, user, file, with, channel + ":" + ts));
                pending = null;
            }
        }
    }

    private void send(long handoffId, String threadTs, String user, File file, String caption, String deskRef) {
        String name = file.getName() == null ? file.getTitle() : file.getName();
        String who = user == null ? "agent" : user;
        boolean sent = false;
        try {
            byte[] bytes = downloads.download(file, maxBytes);
            long conversation = handoffs.ticket(handoffId).orElseThrow().conversationId();
            var message = files.send(conversation, who, name, bytes, caption);
            sent = true;
            count("sent");
            if (caption != null) {
                handoffs.answeredWith(handoffId, message.reply(), who, deskRef);
            }
        } catch (StaffFiles.Refused e) {
            tell(threadTs, name, e.getMessage(), "refused");
        } catch (SlackDownloads.TooLarge e) {
            tell(threadTs, name, words.text("file-too-large", Map.of("max", maxBytes, "size", e.getMessage())),
                    "refused");
        } catch (IOException | RuntimeException e) {
            tell(threadTs, name, words.text("file-not-fetched", Map.of("error", String.valueOf(e.getMessage()))),
                    "failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!sent && caption != null) {
            // the file is not sent: what staff wrote with it still reaches the customer
            handoffs.reply(handoffId, caption, who, deskRef);
        }
    }

    private void tell(String threadTs, String name, String why, String outcome) {
        log.warn("Desk file {} not sent to the customer: {}", name, why);
        count(outcome);
        try {
            poster.post(channel, threadTs, words.text("file-not-sent", Map.of("file", SlackText.escape(name),
                    "reason", SlackText.escape(why))));
        } catch (DeliveryException e) {
            log.warn("The desk thread {} was not told: {}", threadTs, e.getMessage());
        }
    }

    private void count(String outcome) {
        meters.counter("answerdesk.slack.desk.files", "outcome", outcome).increment();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
