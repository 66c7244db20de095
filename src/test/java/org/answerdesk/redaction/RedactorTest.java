package org.answerdesk.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor payments = Redactor.payments();

    @Test
    void masksLuhnValidCardNumbersWrittenAnyWay() {
        assertThat(payments.mask("my card is 4111 1111 1111 1111, thanks")).isEqualTo("my card is [card], thanks");
        assertThat(payments.mask("4111-1111-1111-1111")).isEqualTo("[card]");
        assertThat(payments.mask("amex 378282246310005.")).isEqualTo("amex [card].");
    }

    @Test
    void keepsNumbersThatFailTheLuhnCheck() {
        assertThat(payments.mask("order 4111 1111 1111 1112 arrived")).isEqualTo("order 4111 1111 1111 1112 arrived");
        assertThat(payments.mask("tracking 123456789")).isEqualTo("tracking 123456789");
    }

    @Test
    void masksValidIbansWithOrWithoutSpacesAndStopsAtTheNextWord() {
        assertThat(payments.mask("pay to DE89 3704 0044 0532 0130 00 please")).isEqualTo("pay to [iban] please");
        assertThat(payments.mask("GB82WEST12345698765432")).isEqualTo("[iban]");
        assertThat(payments.mask("iban: gb82 west 1234 5698 7654 32")).isEqualTo("iban: [iban]");
    }

    @Test
    void keepsIbansWithAWrongCheck() {
        assertThat(payments.mask("GB82WEST12345698765433")).isEqualTo("GB82WEST12345698765433");
    }

    @Test
    void masksEmailsAndPhonesOnlyWhenAsked() {
        String text = "write to ann@example.org or call +49 30 1234 5678";
        assertThat(payments.mask(text)).isEqualTo(text);
        assertThat(Redactor.of(true, false).mask(text)).isEqualTo("write to [email] or call +49 30 1234 5678");
        assertThat(Redactor.of(true, true).mask(text)).isEqualTo("write to [email] or call [phone]");
    }

    @Test
    void leavesShortNumbersAndNullAlone() {
        assertThat(Redactor.of(true, true).mask("room 101, 3 nights at 120 EUR")).isEqualTo("room 101, 3 nights at 120 EUR");
        assertThat(payments.mask(null)).isNull();
    }
}
