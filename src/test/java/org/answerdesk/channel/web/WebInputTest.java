package org.answerdesk.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The web client's input rules, without HTTP: session ids, idempotency keys, choices. */
class WebInputTest {

    @Test
    void aSessionIdIsRequired() {
        assertThatIllegalArgumentException().isThrownBy(() -> WebInput.session(null))
                .withMessage("session_id is required");
        assertThatIllegalArgumentException().isThrownBy(() -> WebInput.session(""))
                .withMessage("session_id is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"short12", "abc/def/ghi", "<script>x</script>", "sess.ion:with?query", "a%2Fb%2Fc%2Fd",
            "hostile-\u0000-session", "hostile-\n-session", "emoji-\uD83D\uDE00-session", "with space in it", "        "})
    void aSessionIdAPathSegmentCannotCarryAsIsIsRefusedWithTheRule(String session) {
        assertThatIllegalArgumentException().isThrownBy(() -> WebInput.session(session))
                .withMessage("session_id must be 8 to 128 letters, digits, '-' or '_', e.g. a random UUID");
    }

    @Test
    void aSessionIdIs8To128Characters() {
        assertThat(WebInput.session("a".repeat(8))).isEqualTo("a".repeat(8));
        assertThat(WebInput.session("A_z-9".repeat(25) + "abc")).hasSize(128);
        assertThat(WebInput.session("web-0f8fad5b-d9cb-469f-a165-70867728950e"))
                .isEqualTo("web-0f8fad5b-d9cb-469f-a165-70867728950e");
        assertThatIllegalArgumentException().isThrownBy(() -> WebInput.session("a".repeat(129)))
                .withMessageContaining("session_id must be 8 to 128");
    }

    @Test
    void anIdempotencyKeyIsOneTo200CharactersWithoutControlCharacters() {
        assertThat(WebInput.idempotencyKey("k".repeat(200))).hasSize(200);
        assertThat(WebInput.idempotencyKey("retry #1 \u00e9")).isEqualTo("retry #1 \u00e9");
        assertThatIllegalArgumentException().isThrownBy(() -> WebInput.idempotencyKey(" "))
                .withMessage("idempotency_key must not be empty when given");
        assertThatIllegalArgumentException().isThrownBy(() -> WebInput.idempotencyKey("k".repeat(201)))
                .withMessage("idempotency_key is longer than 200 characters");
        for (String bad : new String[] {"k\u0000", "k\n2", "\u0007k", "k\u007f", "k\u0085"}) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> WebInput.idempotencyKey(bad))
                    .withMessage("idempotency_key must not contain control characters");
        }
    }

    @Test
    void aKeyIsScopedToItsSessionUnambiguously() {
        assertThat(WebInput.eventId("session-a", "1:x")).isNotEqualTo(WebInput.eventId("session-a:1", "x"));
    }

    @Test
    void aChoiceIsAnOfferedPayloadAndComesWithoutAMessage() {
        assertThat(WebInput.choice("pick:12:34", null)).isEqualTo("pick:12:34");
        assertThat(WebInput.choice(" pick:12:else \n", "")).isEqualTo("pick:12:else");
        assertThatIllegalArgumentException().isThrownBy(() -> WebInput.choice("pick:12:34", "hi"))
                .withMessage("send either message or choice, not both");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "pick:1:2:3", "pick:a:b", "pick:1:", "pick::2", "PICK:1:2", "pick:1:something",
            "pick:1234567890123456789:1", "pick:-1:2", "csat:1:5", "pick:1:2\u0000"})
    void aMalformedChoiceIsRefusedWithAnExample(String payload) {
        assertThatIllegalArgumentException().isThrownBy(() -> WebInput.choice(payload, null))
                .withMessage("choice must be the payload of a choice the chat offered, e.g. pick:123:45 or helped:123, "
                        + "or \"human\"");
    }

    @Test
    void messageTextIsCleanedAsTheConversationStoresIt() {
        assertThat(WebInput.clean(null)).isEmpty();
        assertThat(WebInput.clean("How do I reset my password?\u0000")).isEqualTo("How do I reset my password?");
    }
}
