package org.answerdesk.channel.setup;

import java.util.Optional;

import org.answerdesk.channel.ChannelSecrets;
import org.answerdesk.conversation.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link ChannelSecrets} in {@code channel_secret}, each value sealed by {@link SecretBox} under its channel/name. */
@Repository
class SealedChannelSecrets implements ChannelSecrets {

    private final JdbcClient jdbc;
    private final SecretBox box;

    SealedChannelSecrets(JdbcClient jdbc, SecretProperties secret) {
        this.jdbc = jdbc;
        this.box = secret.key() == null ? null : new SecretBox(secret.key());
    }

    @Override
    public boolean available() {
        return box != null;
    }

    @Override
    public void put(Channel channel, String name, String value) throws Unavailable {
        if (box == null) {
            throw new Unavailable();
        }
        jdbc.sql("""
                insert into channel_secret (channel, name, sealed) values (:channel, :name, :sealed)
                on conflict (channel, name) do update set sealed = excluded.sealed, updated_at = now()""")
                .param("channel", channel.name()).param("name", name)
                .param("sealed", box.seal(label(channel, name), value)).update();
    }

    @Override
    public Optional<String> get(Channel channel, String name) {
        if (box == null) {
            return Optional.empty();
        }
        Optional<byte[]> sealed = jdbc.sql("select sealed from channel_secret where channel = :channel and name = :name")
                .param("channel", channel.name()).param("name", name).query(byte[].class).optional();
        try {
            return sealed.isEmpty() ? Optional.empty() : Optional.of(box.open(label(channel, name), sealed.get()));
        } catch (SecretBox.WrongKey e) {
            return Optional.empty();
        }
    }

    /** Forgets the channel's secrets: it was disconnected, and a sign-in's refresh token must not outlive it. */
    void forget(Channel channel) {
        jdbc.sql("delete from channel_secret where channel = :channel").param("channel", channel.name()).update();
    }

    private static String label(Channel channel, String name) {
        return channel.name() + "/" + name;
    }
}
