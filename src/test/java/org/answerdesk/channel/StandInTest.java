package org.answerdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.answerdesk.alert.AlertMail;
import org.answerdesk.attachment.MediaFetcher;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.DeliveryException;
import org.answerdesk.handoff.DeskPost;
import org.junit.jupiter.api.Test;

class StandInTest {

    private final AtomicReference<Object> running = new AtomicReference<>();

    @SuppressWarnings("unchecked")
    private <T> Optional<T> running() {
        return Optional.ofNullable((T) running.get());
    }

    @Test
    void whileTheChannelIsNotRunningEachRoleFailsAsItsContractSaysAPassingFailureDoes() {
        MediaFetcher files = StandIn.of(MediaFetcher.class, Channel.TELEGRAM, this::running);
        DeskAdapter desk = StandIn.of(DeskAdapter.class, Channel.SLACK, this::running);
        AlertMail mail = StandIn.of(AlertMail.class, Channel.EMAIL, this::running);

        assertThat(files.channel()).isEqualTo(Channel.TELEGRAM);
        assertThatThrownBy(() -> files.fetch("file-1", 10)).isInstanceOf(IOException.class)
                .hasMessageContaining("telegram is not connected");
        assertThat(desk.enabled()).isFalse();
        assertThatThrownBy(() -> desk.post(null)).isInstanceOfSatisfying(DeliveryException.class,
                e -> assertThat(e.permanent()).isFalse());
        assertThatThrownBy(() -> mail.send("a", "to@example.com", null, "s", "t"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void whileItRunsEveryCallGoesToTheRunningBeanAndItsOwnFailuresPassThrough() throws Exception {
        MediaFetcher files = StandIn.of(MediaFetcher.class, Channel.WHATSAPP, this::running);
        DeskAdapter desk = StandIn.of(DeskAdapter.class, Channel.SLACK, this::running);
        running.set(new MediaFetcher() {
            @Override
            public Channel channel() {
                return Channel.WHATSAPP;
            }

            @Override
            public byte[] fetch(String remoteRef, long maxBytes) throws IOException {
                if (remoteRef.equals("huge")) {
                    throw new MediaFetcher.TooLarge(maxBytes);
                }
                return remoteRef.getBytes();
            }
        });
        assertThat(files.fetch("abc", 10)).containsExactly('a', 'b', 'c');
        assertThatThrownBy(() -> files.fetch("huge", 10)).isInstanceOf(MediaFetcher.TooLarge.class);

        running.set((DeskAdapter) (DeskPost post) -> "C1:1.5");
        assertThat(desk.enabled()).isTrue();
        assertThat(desk.post(null)).isEqualTo("C1:1.5");
        assertThat(desk.toString()).contains("SLACK");
    }
}
