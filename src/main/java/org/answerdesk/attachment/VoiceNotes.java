package org.answerdesk.attachment;

import java.time.Duration;
import java.util.Optional;

import org.answerdesk.conversation.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The audio a customer sent with a message (a Telegram voice note or audio, a WhatsApp audio), for the transcriber:
 * taken in on the caller's thread if it is still due (waiting for a collection that is under way elsewhere), and its
 * transcript kept with it once, so that audio heard (or given up on) never goes to the transcription server again.
 */
@Service
public class VoiceNotes {

    /**
     * How long {@link #of} waits between looks at a file another collection is taking in: at first briefly (the
     * background collection of a small voice note is done in milliseconds), then up to this.
     */
    private static final long LOOK_AGAIN_MAX_MS = 100;

    /**
     * A message's audio: kept ({@code bytes} set), or refused by the attachment checks ({@code refused} set); with
     * the transcription outcome and transcript if it was heard before.
     */
    public record Audio(long attachmentId, String mediaType, byte[] bytes, String refused, String transcription,
                        String transcript) {
    }

    private final JdbcClient jdbc;
    private final DueFiles due;

    VoiceNotes(JdbcClient jdbc, DueFiles due) {
        this.jdbc = jdbc;
        this.due = due;
    }

    /**
     * The audio of a message that {@link #carriesAudio carries some}, once taken in; empty when it is still not taken
     * in after {@code wait} (its download is failing and will be tried again: the customer is asked to type
     * meanwhile).
     */
    public Optional<Audio> of(long messageId, Duration wait) throws InterruptedException {
        var event = jdbc.sql("select channel, event_id from inbox where message_id = :m").param("m", messageId)
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
        if (event.isEmpty()) {
            return Optional.empty();
        }
        Channel channel = Channel.valueOf(event.get()[0]);
        long until = System.nanoTime() + wait.toNanos();
        long pause = 2;
        while (true) {
            due.collectNow(channel, event.get()[1]);
            var audio = kept(messageId);
            if (audio.isPresent() || System.nanoTime() > until) {
                return audio;
            }
            Thread.sleep(pause); // being collected by another thread or instance
            pause = Math.min(pause * 2, LOOK_AGAIN_MAX_MS);
        }
    }

    /** Keeps what the transcriber made of the audio, unless an outcome is kept already (the first one stays). */
    public boolean transcribed(long attachmentId, String outcome, String transcript) {
        return jdbc.sql("""
                update attachment set transcription = :o, transcript = :t
                where id = :id and transcription is null""")
            .param("o", outcome).param("t", transcript).param("id", attachmentId).update() == 1;
    }

    /** Whether the message came with audio (announced as a voice note or audio, or kept as audio). */
    public boolean carriesAudio(long messageId) {
        return jdbc.sql("""
                select exists (select 1 from attachment_due d join inbox i
                                 on i.channel = d.channel and i.event_id = d.event_id
                               where i.message_id = :m
                                 and (d.kind in ('voice', 'audio') or d.declared_type like 'audio/%'))
                    or exists (select 1 from attachment where message_id = :m and media_type like 'audio/%')""")
            .param("m", messageId).query(Boolean.class).single();
    }

    private Optional<Audio> kept(long messageId) {
        return jdbc.sql("""
                select id, media_type, content, refused, transcription, transcript from attachment
                where message_id = :m and (media_type like 'audio/%' or refused is not null)
                order by ordinal limit 1""")
            .param("m", messageId)
            .query((rs, n) -> new Audio(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getString(4),
                    rs.getString(5), rs.getString(6)))
            .optional();
    }
}
