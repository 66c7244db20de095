package org.answerdesk.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class OwnerTextRulesTest {

    private final Texts texts = TestTexts.of("en", "fr");

    private String shipped(String key, String tag) {
        return texts.shipped(key, Locale.forLanguageTag(tag));
    }

    @Test
    void aTextKeepingTheShippedPlaceholdersIsTakenStripped() {
        assertThat(OwnerTextRules.check("hours.away", "  We're out; back {next}. ", shipped("hours.away", "en")))
                .isEqualTo("We're out; back {next}.");
        assertThat(OwnerTextRules.check("greeting", "Bonjour !", shipped("greeting", "fr"))).isEqualTo("Bonjour !");
    }

    @Test
    void aMissingPlaceholderIsRefusedWithWhatItHolds() {
        assertThatThrownBy(() -> OwnerTextRules.check("hours.away", "We're out.", shipped("hours.away", "fr")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text must keep {next}: hours.away puts the next opening time there");
    }

    /** The callback text is the owner's too, and it must still name the number the customer gave. */
    @Test
    void theCallbackTextKeepsTheNumber() {
        String key = "conversation.human-requested-callback";
        assertThat(OwnerTextRules.EDITABLE).contains(key);
        assertThat(OwnerTextRules.check(key, "We'll ring you on {phone}.", shipped(key, "en")))
                .isEqualTo("We'll ring you on {phone}.");
        assertThatThrownBy(() -> OwnerTextRules.check(key, "We'll ring you.", shipped(key, "fr")))
                .hasMessage("text must keep {phone}: " + key + " puts the number the customer gave to be called back on"
                        + " there");
    }

    @Test
    void anUnknownPlaceholderIsRefusedSinceTheCustomerWouldReadItAsWritten() {
        assertThatThrownBy(() -> OwnerTextRules.check("greeting", "Hi {name}!", shipped("greeting", "en")))
                .hasMessage("text has {name}, which greeting does not fill (it takes no placeholders)");
        assertThatThrownBy(() -> OwnerTextRules.check("hours.away", "Back {next}, {shop}", shipped("hours.away", "en")))
                .hasMessage("text has {shop}, which hours.away does not fill (it takes {next})");
    }

    @Test
    void blankAndOverlongTextsAreRefused() {
        assertThatThrownBy(() -> OwnerTextRules.check("greeting", "  ", shipped("greeting", "en")))
                .hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> OwnerTextRules.check("greeting", null, shipped("greeting", "en")))
                .hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> OwnerTextRules.check("greeting", "x".repeat(2001), shipped("greeting", "en")))
                .hasMessageContaining("at most 2000 characters");
    }

    /** Every text the page offers exists in every shipped bundle, with the same placeholders as English. */
    @Test
    void everyEditableTextIsShippedInEveryLanguageWithTheSamePlaceholders() {
        var all = TestTexts.of(Languages.SHIPPED_TAGS.toArray(String[]::new));
        for (String key : OwnerTextRules.EDITABLE) {
            var english = OwnerTextRules.placeholders(all.shipped(key, Locale.ENGLISH));
            for (String tag : Languages.SHIPPED_TAGS) {
                assertThat(OwnerTextRules.placeholders(all.shipped(key, Locale.forLanguageTag(tag))))
                        .as(tag + " " + key).isEqualTo(english);
            }
        }
    }
}
