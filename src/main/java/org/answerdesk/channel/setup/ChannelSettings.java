package org.answerdesk.channel.setup;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.answerdesk.conversation.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings of the channels connected from the admin page, in {@code channel_setting}: a JSON object of the
 * channel's fields, sealed by {@link SecretBox} (the table never holds them in the clear), and a revision that
 * grows with every change.
 */
@Repository
class ChannelSettings {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ChannelSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A channel's stored row. */
    record Stored(Channel channel, byte[] sealed, long revision) {

        /**
         * What tells one stored value from another: the revision, and the sealed bytes (fresh for every save), since
         * a restore can bring back revisions the sequence hands out again.
         */
        String version() {
            try {
                return revision + ":" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sealed));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    List<Stored> all() {
        return jdbc.sql("select channel, sealed, revision from channel_setting")
                .query((rs, n) -> new Stored(Channel.valueOf(rs.getString(1)), rs.getBytes(2), rs.getLong(3)))
                .list();
    }

    Optional<Stored> of(Channel channel) {
        return all().stream().filter(s -> s.channel() == channel).findFirst();
    }

    /** Stores the channel's settings, sealed; the new row's {@link Stored#version}. */
    String save(Channel channel, SecretBox box, Map<String, String> settings) {
        byte[] sealed = box.seal(channel.name(), JSON.writeValueAsString(settings));
        long revision = jdbc.sql("""
                insert into channel_setting (channel, sealed, revision) values (:channel, :sealed,
                    nextval('channel_setting_revision'))
                on conflict (channel) do update set sealed = excluded.sealed, revision = excluded.revision,
                    updated_at = now()
                returning revision""")
                .param("channel", channel.name()).param("sealed", sealed).query(Long.class).single();
        return new Stored(channel, sealed, revision).version();
    }

    boolean delete(Channel channel) {
        return jdbc.sql("delete from channel_setting where channel = :channel").param("channel", channel.name())
                .update() > 0;
    }

    static Map<String, String> open(Stored stored, SecretBox box) throws SecretBox.WrongKey {
        return JSON.readValue(box.open(stored.channel().name(), stored.sealed()),
                new TypeReference<LinkedHashMap<String, String>>() { });
    }
}
