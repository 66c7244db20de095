package org.answerdesk.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The late-reply template's language follows the conversation's. */
class LateRepliesTest {

    private static final Locale ENGLISH = Locale.ENGLISH;

    @Test
    void theDefaultLanguageKeepsTheConfiguredCodeAndAnotherServedOneGetsMetasCode() {
        assertThat(LateReplies.templateLanguage(ENGLISH, ENGLISH, "en_US")).isEqualTo("en_US");
        assertThat(LateReplies.templateLanguage(null, ENGLISH, "en_US")).as("no language known").isEqualTo("en_US");
        assertThat(LateReplies.templateLanguage(Locale.GERMAN, ENGLISH, "en_US")).isEqualTo("de");
        assertThat(LateReplies.templateLanguage(Locale.forLanguageTag("pt"), ENGLISH, "en")).isEqualTo("pt_BR");
        assertThat(LateReplies.templateLanguage(Locale.GERMAN, Locale.GERMAN, "de_DE")).isEqualTo("de_DE");
    }

    @Test
    void aShopsRegionChoosesMetasRegionalCodeWhereMetaHasOne() {
        assertThat(LateReplies.templateLanguage(Locale.forLanguageTag("pt-PT"), ENGLISH, "en")).isEqualTo("pt_PT");
        assertThat(LateReplies.templateLanguage(Locale.forLanguageTag("es-MX"), ENGLISH, "en")).isEqualTo("es_MX");
        assertThat(LateReplies.templateLanguage(Locale.forLanguageTag("de-CH"), ENGLISH, "en")).as("no Swiss code")
                .isEqualTo("de");
    }

    @Test
    void metasCodeIsTheOneTheLanguagesFileGives() {
        // qaa, a made-up language of the test resources (dialogue/lang/qaa.tsv: language.whatsapp eo)
        assertThat(LateReplies.templateLanguage(Locale.forLanguageTag("qaa"), ENGLISH, "en")).isEqualTo("eo");
        assertThat(LateReplies.templateLanguage(Locale.forLanguageTag("qab"), ENGLISH, "en")).as("no file")
                .isEqualTo("en");
    }
}
