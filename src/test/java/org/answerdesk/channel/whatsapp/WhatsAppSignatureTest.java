package org.answerdesk.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class WhatsAppSignatureTest {

    private static final byte[] BODY = "{\"object\":\"whatsapp_business_account\"}".getBytes(StandardCharsets.UTF_8);
    /** openssl dgst -sha256 -hmac app-secret-123 over the same bytes. */
    private static final String EXPECTED = "sha256=dbc74863d4cd49044ec08695c8e2eb2b18119ff8d1e681226a93be56fc391aac";

    @Test
    void theSignatureIsTheHexHmacOfTheRawBody() {
        assertThat(WhatsAppSignature.sign("app-secret-123", BODY)).isEqualTo(EXPECTED);
        assertThat(WhatsAppSignature.valid("app-secret-123", BODY, EXPECTED)).isTrue();
        assertThat(WhatsAppSignature.valid("app-secret-123", BODY, EXPECTED.toUpperCase().replace("SHA256", "sha256")))
                .isTrue();
    }

    @Test
    void aWrongSecretBodyOrHeaderIsRefused() {
        assertThat(WhatsAppSignature.valid("other", BODY, EXPECTED)).isFalse();
        assertThat(WhatsAppSignature.valid("app-secret-123", "{}".getBytes(StandardCharsets.UTF_8), EXPECTED)).isFalse();
        assertThat(WhatsAppSignature.valid("app-secret-123", BODY, EXPECTED.substring(7))).isFalse();
        assertThat(WhatsAppSignature.valid("app-secret-123", BODY, null)).isFalse();
        assertThat(WhatsAppSignature.valid("app-secret-123", BODY, "sha256=")).isFalse();
    }
}
