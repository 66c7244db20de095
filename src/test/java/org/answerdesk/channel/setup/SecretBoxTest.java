package org.answerdesk.channel.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final String TOKEN = "123456789:AAH-a-bot-token-of-the-shop";
    private final SecretBox box = new SecretBox("a passphrase of the operator's");

    @Test
    void sealedValuesOpenUnderTheSameKeyAndNeverHoldThePlainText() throws Exception {
        byte[] sealed = box.seal("TELEGRAM", TOKEN);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(TOKEN).doesNotContain("AAH");
        assertThat(box.open("TELEGRAM", sealed)).isEqualTo(TOKEN);
        // a fresh salt and nonce each time: the same secret never seals to the same bytes
        assertThat(box.seal("TELEGRAM", TOKEN)).isNotEqualTo(sealed);
    }

    @Test
    void anotherKeyOrAnotherChannelCannotOpenIt() {
        byte[] sealed = box.seal("TELEGRAM", TOKEN);
        assertThatThrownBy(() -> new SecretBox("the key changed since then").open("TELEGRAM", sealed))
                .isInstanceOf(SecretBox.WrongKey.class).hasMessage("cannot decrypt: the secret key changed");
        assertThatThrownBy(() -> box.open("SLACK", sealed)).isInstanceOf(SecretBox.WrongKey.class);
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThatThrownBy(() -> box.open("TELEGRAM", tampered)).isInstanceOf(SecretBox.WrongKey.class);
        assertThatThrownBy(() -> box.open("TELEGRAM", new byte[3])).isInstanceOf(SecretBox.WrongKey.class);
    }

    @Test
    void aShortKeyIsRefusedAtStartAndNeverShown() {
        assertThatThrownBy(() -> new SecretProperties("short")).hasMessageContaining("at least 16");
        assertThat(new SecretProperties("   ").key()).isNull();
        assertThat(new SecretProperties("a long enough secret key").toString()).doesNotContain("long enough");
    }
}
