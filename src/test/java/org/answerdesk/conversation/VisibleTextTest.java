package org.answerdesk.conversation;

import org.answerdesk.dialogue.Intent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What counts as a message with text: the invisible kinds the real MiniLM embedder has nothing to embed in are
 * not text ({@link StorableText#hasVisibleText} false), and short texts it embeds are.
 */
class VisibleTextTest {

    private static final List<String> INVISIBLE = List.of("", "   \t\n", "\u200b\u200d", "\u200b\u200c\u200d",
            "\u2060", "\ufeff", "\u202e\u202d\u202a\u202c\u2066\u2069\u200e\u200f", "\u00ad",
            "\udb40\udc41\udb40\udc7f", // tag characters U+E0041, U+E007F
            "\ufe0f\ufe0e", "\u0301\u0301", "\u00a0\u3000\u2028", "\ufffd", "\u034f\u180e");
    private static final List<String> VISIBLE = List.of("?", "hi", "👍", "日本", "e\u0301", "\u200bhelp\u200b",
            "مرحبا", "1", "\u202eevil.example");

    private static EmbeddingModel embedder;

    @BeforeAll
    static void loadTheModel() {
        embedder = new AllMiniLmL6V2EmbeddingModel();
    }

    @Test
    void invisibleOnlyTextIsNotTextAndTheEmbedderRefusesIt() {
        for (String text : INVISIBLE) {
            String stored = StorableText.clean(text);
            assertThat(StorableText.hasVisibleText(stored)).as(codes(text)).isFalse();
            if (!stored.isBlank()) {
                assertThatThrownBy(() -> embedder.embed(stored)).as(codes(text)).isInstanceOf(RuntimeException.class);
            }
        }
        assertThat(StorableText.hasVisibleText(null)).isFalse();
    }

    @Test
    void textWithAnythingVisibleIsTextAndTheEmbedderEmbedsIt() {
        for (String text : VISIBLE) {
            assertThat(StorableText.hasVisibleText(text)).as(codes(text)).isTrue();
            assertThat(embedder.embed(text).content().vector()).as(codes(text)).isNotEmpty();
        }
    }

    @Test
    void theCoreStoresInvisibleOnlyTextAsNotText() {
        var key = new ConversationKey(Channel.TELEGRAM, "1");
        var message = InboundMessage.question("e1", key, new Participant(Channel.TELEGRAM, "1", null, null),
                "\u200b\u200d", null, "{}");
        var notText = message.asNotText();
        assertThat(notText.intent()).isEqualTo(Intent.NOT_TEXT);
        assertThat(notText.text()).isEqualTo(InboundMessage.NO_VISIBLE_TEXT);
        assertThat(StorableText.hasVisibleText(notText.text())).isTrue();
        assertThat(notText.eventId()).isEqualTo("e1");
        assertThat(notText.raw()).isEqualTo("{}");
    }

    private static String codes(String text) {
        return text.codePoints().mapToObj(Integer::toHexString).toList().toString();
    }
}
