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
    private final Sealer sealer;

    SealedChannelSecrets(JdbcClient jdbc, Sealer sealer) {
        this.jdbc = jdbc;
        this.sealer = sealer;
    }

    @Override
    public boolean available() {
        return sealer.available();
    }

    @Override
    public void put(Channel channel, String name, String value) throws Unavailable {
        byte[] sealed = sealer.seal(label(channel, name), value);
        jdbc.sql("""
                insert into channel_secret (channel, name, sealed) values (:channel, :name, :sealed)
                on conflict (channel, name) do update set sealed = excluded.sealed, updated_at = now()""")
                .param("channel", channel.name()).param("name", name)
                .param("sealed", sealed).update();
    }

    @Override
    public Optional<String> get(Channel channel, String name) {
        Optional<byte[]> sealed = jdbc.sql("select sealed from channel_secret where channel = :channel and name = :name")
                .param("channel", channel.name()).param("name", name).query(byte[].class).optional();
        return sealed.flatMap(bytes -> sealer.open(label(channel, name), bytes));
    }

    /** Forgets the channel's secrets: it was disconnected, and a sign-in's refresh token must not outlive it. */
    void forget(Channel channel) {
        jdbc.sql("delete from channel_secret where channel = :channel").param("channel", channel.name()).update();
    }

    private static String label(Channel channel, String name) {
        return channel.name() + "/" + name;
    }
}
