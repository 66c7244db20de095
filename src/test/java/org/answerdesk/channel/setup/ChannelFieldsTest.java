package org.answerdesk.channel.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.answerdesk.channel.ChannelHealth;
import org.answerdesk.channel.ChannelSetup;
import org.answerdesk.conversation.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

/** How a {@code PUT /api/channels/{channel}} body becomes a channel's settings: required, optional, choices. */
class ChannelFieldsTest {

    private static final ChannelSetup MAILBOX = new ChannelSetup() {
        @Override
        public Channel channel() {
            return Channel.EMAIL;
        }

        @Override
        public List<Field> fields() {
            return List.of(Field.text("imap_host"), Field.secret("imap_password"), Field.text("imap_port").optional(),
                    Field.choice("smtp_security", "STARTTLS", "SSL", "NONE"));
        }

        @Override
        public boolean inEnvironment() {
            return false;
        }

        @Override
        public String check(Map<String, String> settings) {
            return "";
        }

        @Override
        public void start(Map<String, String> settings) {
        }

        @Override
        public void stop() {
        }

        @Override
        public Optional<ChannelHealth> health() {
            return Optional.empty();
        }
    };

    private static Map<String, String> values(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return ChannelsController.values(MAILBOX, body);
    }

    private static String refusal(Object... pairs) {
        try {
            values(pairs);
            throw new AssertionError();
        } catch (ResponseStatusException e) {
            assertThat(e.getStatusCode().value()).isEqualTo(400);
            return e.getReason();
        }
    }

    @Test
    void optionalFieldsMayBeLeftOutOrBlankAndNumbersComeAsText() {
        assertThat(values("imap_host", " imap.shop.example ", "imap_password", "p", "imap_port", 993,
                "smtp_security", "ssl")).containsExactly(Map.entry("imap_host", "imap.shop.example"),
                Map.entry("imap_password", "p"), Map.entry("imap_port", "993"), Map.entry("smtp_security", "SSL"));
        assertThat(values("imap_host", "h", "imap_password", "p", "imap_port", " ")).containsOnlyKeys("imap_host",
                "imap_password");
    }

    @Test
    void aMissingRequiredFieldAnUnknownOneOrAValueOutsideTheChoicesIsRefused() {
        assertThat(refusal("imap_host", "h")).isEqualTo("imap_password is required (a non-empty string)");
        assertThat(refusal("imap_host", "h", "imap_password", "p", "host", "x")).startsWith("unknown field host");
        assertThat(refusal("imap_host", "h", "imap_password", "p", "smtp_security", "TLS1.0"))
                .isEqualTo("smtp_security must be one of STARTTLS, SSL, NONE");
        assertThat(refusal("imap_host", List.of("h"), "imap_password", "p")).isEqualTo("imap_host must be a string");
    }
}
