package org.answerdesk.attachment;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationKey;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files and the due downloads in PostgreSQL (tables {@code attachment}, {@code attachment_due}). */
@Repository
class AttachmentStore {

    /** A file waiting to be taken in, as claimed. */
    record Due(long id, Channel channel, String eventId, int ordinal, String client, String kind, String name,
               Long declaredSize, String remoteRef, byte[] content, int attempts, OffsetDateTime createdAt) {
    }

    /** The stored message a file belongs to. */
    record Owner(long messageId, long conversationId) {
    }

    private static final RowMapper<Due> DUE = (rs, n) -> new Due(rs.getLong("id"),
            Channel.valueOf(rs.getString("channel")), rs.getString("event_id"), rs.getInt("ordinal"),
            rs.getString("client"), rs.getString("kind"), rs.getString("name"),
            rs.getObject("declared_size", Long.class), rs.getString("remote_ref"), rs.getBytes("content"),
            rs.getInt("attempts"), rs.getObject("created_at", OffsetDateTime.class));

    private static final RowMapper<AttachmentInfo> INFO = (rs, n) -> new AttachmentInfo(rs.getLong("id"),
            rs.getLong("message_id"), rs.getLong("conversation_id"), rs.getString("name"),
            rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("refused"),
            rs.getObject("created_at", OffsetDateTime.class), rs.getString("transcript"));

    private final JdbcClient jdbc;

    AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a file announced with a message; a redelivery announces it again and changes nothing. */
    void addDue(IncomingFile f) {
        addDue(f, Duration.ZERO);
    }

    /**
     * As {@link #addDue(IncomingFile)}, left to the sweep only after {@code sweepAfter}: a file the caller collects
     * itself ({@link #claim} by its event takes a file never claimed at once), so that the sweep does not take it
     * in the moment between (the web upload's answer would then not know its file's outcome).
     */
    void addDue(IncomingFile f, Duration sweepAfter) {
        jdbc.sql("""
                insert into attachment_due (channel, event_id, ordinal, client, kind, name, declared_type,
                                            declared_size, remote_ref, content, next_at)
                values (:ch, :e, :o, :cl, :k, :n, :t, :s, :r, :b, now() + cast(:after as interval))
                on conflict do nothing""")
            .param("after", sweepAfter.toMillis() + " milliseconds").param("ch", f.channel().name()).param("e", f.eventId()).param("o", f.ordinal())
            .param("cl", f.client()).param("k", f.kind()).param("n", f.name()).param("t", f.declaredType())
            .param("s", f.declaredSize()).param("r", f.remoteRef()).param("b", f.content()).update();
    }

    /**
     * Claims due files (all due ones, those of one channel, or those of one event of a channel) for {@code lease}:
     * another instance leaves them until then, and takes them over if this one stops before it is done.
     */
    List<Due> claim(Channel channel, String eventId, int limit, Duration lease) {
        return jdbc.sql("""
                update attachment_due d set next_at = now() + cast(:lease as interval), attempts = d.attempts + 1
                where d.id in (select id from attachment_due
                               where (next_at <= now() or (cast(:e as text) is not null and attempts = 0))
                                 and (cast(:ch as text) is null or channel = cast(:ch as text))
                                 and (cast(:e as text) is null or event_id = cast(:e as text))
                               order by next_at limit :n for update skip locked)
                returning d.*""")
            .param("lease", lease.toMillis() + " milliseconds").param("ch", channel == null ? null : channel.name())
            .param("e", eventId).param("n", limit).query(DUE).list();
    }

    /** The channels that have files due now. */
    List<Channel> channelsDue() {
        return jdbc.sql("select distinct channel from attachment_due where next_at <= now()")
            .query((rs, n) -> Channel.valueOf(rs.getString(1))).list();
    }

    /** Whether a message's file of this ordinal is stored already (kept or refused). */
    boolean stored(Owner owner, int ordinal) {
        return jdbc.sql("select exists (select 1 from attachment where message_id = :m and ordinal = :o)")
            .param("m", owner.messageId()).param("o", ordinal).query(Boolean.class).single();
    }

    Optional<Owner> owner(Channel channel, String eventId) {
        return jdbc.sql("""
                select m.id, m.conversation_id from inbox i join message m on m.id = i.message_id
                where i.channel = :ch and i.event_id = :e""")
            .param("ch", channel.name()).param("e", eventId)
            .query((rs, n) -> new Owner(rs.getLong(1), rs.getLong(2))).optional();
    }

    /**
     * Whether the delivery will never be stored as a message: quarantined (refused for good) or taken in as nothing
     * to answer (an inbox row without a message, which the store writes with its message in one transaction).
     */
    boolean refusedEvent(Channel channel, String eventId) {
        return jdbc.sql("""
                select exists (select 1 from quarantine q where q.channel = :ch and q.event_id = :e)
                    or exists (select 1 from inbox i where i.channel = :ch and i.event_id = :e and i.message_id is null)""")
            .param("ch", channel.name()).param("e", eventId).query(Boolean.class).single();
    }

    void retryLater(long dueId, Duration wait, String error) {
        jdbc.sql("""
                update attachment_due set next_at = now() + cast(:w as interval), last_error = :err where id = :id""")
            .param("w", wait.toMillis() + " milliseconds").param("err", error).param("id", dueId).update();
    }

    void dropDue(long dueId) {
        jdbc.sql("delete from attachment_due where id = :id").param("id", dueId).update();
    }

    /**
     * Bytes kept now: in the conversation, by the client, in all. Call {@link #lockUsage} first in the same
     * transaction when a file is stored on the strength of it.
     */
    Usage usage(long conversationId, String client) {
        return jdbc.sql("""
                select coalesce(sum(size_bytes) filter (where conversation_id = :c), 0),
                       coalesce(sum(size_bytes) filter (where client = :cl), 0), coalesce(sum(size_bytes), 0)
                from attachment where content is not null""")
            .param("c", conversationId).param("cl", client == null ? "" : client)
            .query((rs, n) -> new Usage(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    /**
     * As {@link #usage}, for the conversation a key's next message goes to (its latest; none yet: nothing), before
     * anything is stored.
     */
    Usage usage(ConversationKey key, String client) {
        long latest = jdbc.sql("select coalesce(max(id), -1) from conversation where channel = :ch and external_key = :k")
            .param("ch", key.channel().name()).param("k", key.externalId()).query(Long.class).single();
        return usage(latest, client);
    }

    /**
     * Takes the storage lock until the caller's transaction ends: files are stored one at a time, each checked
     * against the usage the one before it left, so that files stored at once cannot pass a limit together.
     */
    void lockUsage() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('answerdesk.attachment.usage'))").query((rs, n) -> 0).list();
    }

    /** A file stored: its id, and whether this call stored it (not a collection of it before this one). */
    record Stored(long id, boolean first) {
    }

    /**
     * Stores a file kept or refused and forgets it as due (in the caller's transaction). A file stored already
     * (two collections of it at once) stays as it was: {@link Stored#first} is false.
     */
    Stored keep(Due due, Owner owner, String name, String mediaType, long size, String sha256, byte[] content,
                String refused) {
        Stored stored = jdbc.sql("""
                insert into attachment (message_id, conversation_id, ordinal, client, name, media_type, size_bytes,
                                        sha256, content, refused)
                values (:m, :c, :o, :cl, :n, :t, :s, :h, :b, :r)
                on conflict (message_id, ordinal) do update set name = attachment.name
                returning id, xmax = 0 as first""")
            .param("m", owner.messageId()).param("c", owner.conversationId()).param("o", due.ordinal())
            .param("cl", due.client() == null ? "" : due.client()).param("n", name).param("t", mediaType)
            .param("s", size).param("h", sha256).param("b", content).param("r", refused)
            .query((rs, n) -> new Stored(rs.getLong("id"), rs.getBoolean("first"))).single();
        dropDue(due.id());
        return stored;
    }

    List<AttachmentInfo> ofConversation(long conversationId) {
        return jdbc.sql("""
                select id, message_id, conversation_id, name, media_type, size_bytes, refused, created_at,
                       transcript
                from attachment where conversation_id = :c order by message_id, ordinal""")
            .param("c", conversationId).query(INFO).list();
    }

    /** The latest files of every conversation, newest first. */
    List<AttachmentInfo> latest(int limit) {
        return jdbc.sql("""
                select id, message_id, conversation_id, name, media_type, size_bytes, refused, created_at,
                       transcript
                from attachment order by id desc limit :n""")
            .param("n", limit).query(INFO).list();
    }

    /** The files of the message stored under a delivery id. */
    List<AttachmentInfo> ofEvent(Channel channel, String eventId) {
        return jdbc.sql("""
                select a.id, a.message_id, a.conversation_id, a.name, a.media_type, a.size_bytes, a.refused,
                       a.created_at, a.transcript
                from attachment a join inbox i on i.message_id = a.message_id
                where i.channel = :ch and i.event_id = :e order by a.ordinal""")
            .param("ch", channel.name()).param("e", eventId).query(INFO).list();
    }

    Optional<StoredFile> content(long id) {
        return jdbc.sql("select name, media_type, content from attachment where id = :id and content is not null")
            .param("id", id).query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
            .optional();
    }

    Optional<String> transcript(long id) {
        return jdbc.sql("select transcript from attachment where id = :id and transcript is not null")
            .param("id", id).query(String.class).optional();
    }

    /** A staff's file, stored with the outbound message it is sent with (in the caller's transaction). */
    long keepOutbound(long messageId, long conversationId, String client, String name, String mediaType,
                      String sha256, byte[] content) {
        return jdbc.sql("""
                insert into attachment (message_id, conversation_id, ordinal, client, name, media_type, size_bytes,
                                        sha256, content)
                values (:m, :c, 0, :cl, :n, :t, :s, :h, :b) returning id""")
            .param("m", messageId).param("c", conversationId).param("cl", client).param("n", name)
            .param("t", mediaType).param("s", content.length).param("h", sha256).param("b", content)
            .query(Long.class).single();
    }

    /** The file sent with an outbound message, if it has one. */
    Optional<StoredFile> contentOfOutbound(long messageId) {
        return jdbc.sql("""
                select a.name, a.media_type, a.content from attachment a join message m on m.id = a.message_id
                where a.message_id = :m and m.direction = 'OUT' and a.content is not null
                order by a.ordinal limit 1""")
            .param("m", messageId).query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
            .optional();
    }

    /** The files of these messages (kept ones), by message. */
    List<AttachmentInfo> ofMessages(java.util.Collection<Long> messageIds) {
        if (messageIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, message_id, conversation_id, name, media_type, size_bytes, refused, created_at,
                       transcript
                from attachment where message_id in (:ids) and content is not null order by message_id, ordinal""")
            .param("ids", messageIds).query(INFO).list();
    }

    /** A kept file's name, type and size, if it belongs to a conversation under the key; its bytes are not read. */
    Optional<FileDownload.Head> headFor(long id, ConversationKey key) {
        return jdbc.sql("""
                select a.id, a.name, a.media_type, octet_length(a.content) from attachment a
                join conversation c on c.id = a.conversation_id
                where a.id = :id and c.channel = :ch and c.external_key = :k and a.content is not null""")
            .param("id", id).param("ch", key.channel().name()).param("k", key.externalId())
            .query((rs, n) -> new FileDownload.Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
            .optional();
    }

    /** A kept file's name, type and size; its bytes are not read. */
    Optional<FileDownload.Head> head(long id) {
        return jdbc.sql("""
                select id, name, media_type, octet_length(content) from attachment
                where id = :id and content is not null""")
            .param("id", id)
            .query((rs, n) -> new FileDownload.Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
            .optional();
    }

    /**
     * Up to {@code length} bytes of a kept file from {@code from} (0-based); PostgreSQL reads only the slice of an
     * uncompressed value (kept files are mostly compressed formats, which it stores as they are). Null when the file
     * is gone (erased meanwhile).
     */
    byte[] chunk(long id, long from, int length) {
        return jdbc.sql("select substring(content from :f for :l) from attachment where id = :id and content is not null")
            .param("f", Math.toIntExact(from + 1)).param("l", length).param("id", id)
            .query(byte[].class).optional().orElse(null);
    }

    /** A kept file, if it belongs to a conversation under the key (one web chat session's, for example). */
    Optional<StoredFile> contentFor(long id, ConversationKey key) {
        return jdbc.sql("""
                select a.name, a.media_type, a.content from attachment a join conversation c on c.id = a.conversation_id
                where a.id = :id and c.channel = :ch and c.external_key = :k and a.content is not null""")
            .param("id", id).param("ch", key.channel().name()).param("k", key.externalId())
            .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }
}
