package org.answerdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void removesNulAndControlCharactersButKeepsLineBreaksAndTabs() {
        assertThat(StorableText.clean("a\u0000b\u0007c\u001Bd\u007Fe\u0085f")).isEqualTo("abcdef");
        assertThat(StorableText.clean("line 1\r\nline 2\tend")).isEqualTo("line 1\r\nline 2\tend");
    }

    @Test
    void replacesUnpairedSurrogatesAndKeepsPairedOnes() {
        assertThat(StorableText.clean("ok \uD83D\uDC4D")).isEqualTo("ok \uD83D\uDC4D");
        assertThat(StorableText.clean("cut \uD83D")).isEqualTo("cut \uFFFD");
        assertThat(StorableText.clean("\uDC4D first")).isEqualTo("\uFFFD first");
    }

    @Test
    void invalidUtf8DecodedByJavaIsStorableAsIs() {
        String decoded = new String(new byte[] {'h', 'i', (byte) 0xC3, (byte) 0x28, (byte) 0xFF}, StandardCharsets.UTF_8);
        assertThat(StorableText.clean(decoded)).isEqualTo("hi\uFFFD(\uFFFD");
    }

    @Test
    void cleanTextIsReturnedAsTheSameInstanceAndNullStaysNull() {
        String text = "Où est mon colis ? 📦";
        assertThat(StorableText.clean(text)).isSameAs(text);
        assertThat(StorableText.clean(null)).isNull();
    }

    @Test
    void theConversationModelCleansEveryStringItIsGiven() {
        var key = new ConversationKey(Channel.WEB, "s\u00001");
        var from = new Participant(Channel.WEB, "u\u00001", "Ann\u0000", "a\u0000@b.c");
        var message = InboundMessage.question("e\u00001", key, from, "hi\u0000 there", new MessageRef(Channel.WEB, "m\u0000"),
                "{\"raw\":\"\u0000\"}");
        assertThat(key.externalId()).isEqualTo("s1");
        assertThat(from.externalUserId()).isEqualTo("u1");
        assertThat(from.displayName()).isEqualTo("Ann");
        assertThat(from.address()).isEqualTo("a@b.c");
        assertThat(message.eventId()).isEqualTo("e1");
        assertThat(message.text()).isEqualTo("hi there");
        assertThat(message.ref().externalMessageId()).isEqualTo("m");
        assertThat(message.raw()).isEqualTo("{\"raw\":\"\"}");
    }

    @Test
    void anIdMadeOnlyOfControlCharactersIsRefusedLikeABlankOne() {
        assertThatThrownBy(() -> new ConversationKey(Channel.WEB, "\u0000\u0001"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
