package org.answerdesk.channel.setup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.answerdesk.channel.ChannelSecrets;
import org.answerdesk.channel.SignInRecords;
import org.answerdesk.conversation.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link SignInRecords} in {@code channel_sign_in}: each value sealed by {@link SecretBox} and bound to its row,
 * whose id is a SHA-256 of the channel and the key (the table never holds a state or an outcome's id either).
 */
@Repository
class SealedSignInRecords implements SignInRecords {

    /** The most records a channel keeps. */
    static final int MAX = 256;

    private final JdbcClient jdbc;
    private final Sealer sealer;

    SealedSignInRecords(JdbcClient jdbc, Sealer sealer) {
        this.jdbc = jdbc;
        this.sealer = sealer;
    }

    @Override
    public boolean available() {
        return sealer.available();
    }

    @Override
    public void keep(Channel channel, String key, String value, Instant expires) throws ChannelSecrets.Unavailable {
        String id = id(channel, key);
        byte[] sealed = sealer.seal(label(id), value);
        jdbc.sql("delete from channel_sign_in where expires_at < now()").update();
        jdbc.sql("""
                insert into channel_sign_in (id, channel, sealed, expires_at) values (:id, :channel, :sealed, :expires)
                on conflict (id) do update set sealed = excluded.sealed, expires_at = excluded.expires_at""")
                .param("id", id).param("channel", channel.name()).param("sealed", sealed)
                .param("expires", Timestamp.from(expires)).update();
        // an admin who starts many keeps the newest: the table stays small whatever a stolen session does
        jdbc.sql("""
                delete from channel_sign_in where channel = :channel and id not in (select id from channel_sign_in
                    where channel = :channel order by created_at desc, id limit :max)""")
                .param("channel", channel.name()).param("max", MAX).update();
    }

    @Override
    public Optional<Kept> read(Channel channel, String key) {
        return opened(jdbc.sql("select id, sealed, expires_at from channel_sign_in where id = :id"), channel, key);
    }

    @Override
    public Optional<Kept> take(Channel channel, String key) {
        // one statement: of two instances taking the same state, one gets the row
        return opened(jdbc.sql("delete from channel_sign_in where id = :id returning id, sealed, expires_at"),
                channel, key);
    }

    private Optional<Kept> opened(JdbcClient.StatementSpec query, Channel channel, String key) {
        if (!sealer.available() || key == null) {
            return Optional.empty();
        }
        record Row(String id, byte[] sealed, Instant expires) {
        }
        Optional<Row> row = query.param("id", id(channel, key)).query((rs, n) -> new Row(rs.getString(1),
                rs.getBytes(2), rs.getTimestamp(3).toInstant())).optional();
        return row.flatMap(r -> sealer.open(label(r.id()), r.sealed()).map(value -> new Kept(value, r.expires())));
    }

    private static String label(String id) {
        return "sign-in/" + id;
    }

    private static String id(Channel channel, String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((channel.name() + "/" + key).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
