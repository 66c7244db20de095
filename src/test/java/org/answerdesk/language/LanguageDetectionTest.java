package org.answerdesk.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectionTest {

    private static final Locale DE = Locale.forLanguageTag("de");
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale FR = Locale.forLanguageTag("fr");

    private static final LanguageDetection DE_EN = new LanguageDetection(Languages.of("de", "en"));
    private static final LanguageDetection ALL = new LanguageDetection(Languages.of("en", "de", "es", "fr", "it", "pt", "nl"));

    @ParameterizedTest
    @ValueSource(strings = {"ok", "OK!", "thanks", "merci", "👍", "🙏🙏", "#48213", "A-48213-B", "asdfgh", "?", "", "   ",
            "https://shop.example/orders/48213", "max@example.com", "thank you", "ok merci"})
    void aShortOrWordlessMessageNeverSwitchesALanguageSet(String message) {
        assertThat(DE_EN.next(DE, message, "en")).isEqualTo(DE);
        assertThat(ALL.next(FR, message, null)).isEqualTo(FR);
        assertThat(ALL.next(EN, message, "de")).isEqualTo(EN);
    }

    @Test
    void theHintDecidesAFirstMessageTooShortToTell() {
        assertThat(DE_EN.next(null, "ok", "de-AT")).isEqualTo(DE);
        assertThat(DE_EN.next(null, "ok", "en_US")).isEqualTo(EN);
        assertThat(ALL.next(null, "Hallo", "nl")).isEqualTo(Locale.forLanguageTag("nl"));
        // a hint the shop does not serve, or none: the default
        assertThat(DE_EN.next(null, "ok", "fr-FR")).isEqualTo(DE);
        assertThat(new LanguageDetection(Languages.of("en", "de")).next(null, "👍", null)).isEqualTo(EN);
    }

    @Test
    void aClearFirstMessageWinsOverTheHint() {
        assertThat(DE_EN.next(null, "Wo ist meine Bestellung? Sie ist seit Montag unterwegs", "en")).isEqualTo(DE);
    }

    @Test
    void aGermanSentenceInAGermanAndEnglishShopIsGerman() {
        assertThat(DE_EN.next(EN, "Ich habe meine Bestellung noch nicht bekommen", null)).isEqualTo(DE);
        assertThat(DE_EN.next(null, "Kann ich mit PayPal bezahlen?", null)).isEqualTo(DE);
    }

    @Test
    void aClearMessageInAnotherServedLanguageSwitches() {
        assertThat(ALL.next(EN, "Bonjour, où est ma commande ?", null)).isEqualTo(FR);
        assertThat(ALL.next(FR, "Where is my order? It has been a week", null)).isEqualTo(EN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Привет, где мой заказ? Уже неделя прошла", "أين طلبي؟ لقد مر أسبوع", "我的订单在哪里？已经一周了",
            "Merhaba, siparişim nerede? Bir hafta oldu", "こんにちは、注文はどこですか"})
    void anotherScriptOrAnUnservedLanguageIsNeverAnErrorAndKeepsTheLanguage(String message) {
        assertThat(DE_EN.next(null, message, null)).isEqualTo(DE);
        assertThat(DE_EN.next(EN, message, null)).isEqualTo(EN);
        assertThat(new LanguageDetection(Languages.of("fr", "de")).next(null, message, null)).isIn(FR, DE);
    }

    @Test
    void aMixedLanguageMessageIsOneOfTheServedLanguages() {
        assertThat(DE_EN.next(null, "Hello, ich habe eine question about meine Bestellung please", null)).isIn(DE, EN);
        assertThat(ALL.next(EN, "Hola, je voudrais a refund por favor danke", "it")).isIn(ALL.languages().served());
    }

    @Test
    void aShopOfOneLanguageDetectsNothing() {
        var english = new LanguageDetection(Languages.of("en"));
        assertThat(english.next(null, "Wo ist meine Bestellung? Sie ist seit Montag unterwegs", "de")).isEqualTo(EN);
        assertThat(english.next(null, null, null)).isEqualTo(EN);
    }

    @Test
    void nullsAreNeverAnError() {
        assertThat(ALL.next(null, null, null)).isEqualTo(EN);
        assertThat(ALL.next(Locale.forLanguageTag("sv"), "ok", null)).isEqualTo(EN);
    }

    /**
     * Accuracy on the development set, per shop and language, above the lowest measured when the rules were fixed
     * (docs/language.md) minus a margin of 5 points, and at most 3 wrong detections in any language (2 measured).
     */
    @Test
    void accuracyOnShortMessagesStaysAboveTheMeasuredFloor() {
        var samples = DevSet.read(DevSet.DEVELOPMENT);
        assertThat(samples).hasSizeGreaterThanOrEqualTo(7 * 30);
        for (Languages shop : DevSet.shops()) {
            double floor = 0.917 - 0.05; // the lowest measured: German in {de,en} and in all 7, 33 of 36
            DevSet.score(samples, shop).values().forEach(score -> {
                assertThat(score.total()).as(shop + " " + score.language()).isGreaterThanOrEqualTo(30);
                assertThat(score.accuracy()).as(shop + " " + score.language()).isGreaterThanOrEqualTo(floor);
                assertThat(score.wrong()).as(shop + " " + score.language() + " wrong").isLessThanOrEqualTo(3);
            });
        }
    }

    /**
     * {@link LanguageDetection#opening} is {@code next(null, m, hint)} and whether {@code next(that, m, hint)} keeps
     * it, for every message of the development set (seven languages, short and long), in every measured shop, with
     * no hint, a served one and one the shop does not serve, and for the edge cases: nothing to detect, other scripts.
     */
    @Test
    void theOpeningReadingIsTheTwoNextReadingsInOne() {
        var texts = new java.util.ArrayList<>(DevSet.read(DevSet.DEVELOPMENT).stream().map(DevSet.Sample::text).toList());
        texts.addAll(java.util.List.of("", "ok", "👍", "asdfgh", "Привет, где мой заказ? Уже неделя прошла",
                "Merhaba, siparişim nerede? Bir hafta oldu", "https://shop.example/orders/48213 kaputt",
                "Wo ist meine Bestellung", "where is my order", "Bonjour, où est ma commande ?"));
        for (Languages shop : DevSet.shops()) {
            var detection = new LanguageDetection(shop);
            for (String hint : new String[] {null, "de", "en-GB", "fr", "tr"}) {
                for (String text : texts) {
                    Locale first = detection.next(null, text, hint);
                    assertThat(detection.opening(text, hint)).as(shop + " " + hint + " " + text)
                            .isEqualTo(new LanguageDetection.Opening(first, detection.next(first, text, hint).equals(first)));
                }
            }
        }
        assertThat(new LanguageDetection(Languages.of("en")).opening("Wo ist meine Bestellung?", "de"))
                .isEqualTo(new LanguageDetection.Opening(Locale.ENGLISH, true));
    }

    /** Words of Latin script count as such whatever their accents; a message mostly in another script has none. */
    @Test
    void wordsAreReadWithTheirScript() {
        assertThat(LanguageDetection.words("Größe ändern, ça coûte combien?", 2)).isEqualTo("größe ändern ça coûte combien");
        assertThat(LanguageDetection.words("Привет, где мой заказ? order", 2)).isNull();
        assertThat(LanguageDetection.words("order Привет", 2)).isNull();
        assertThat(LanguageDetection.words("my order Привет", 2)).isEqualTo("my order привет");
    }
}
