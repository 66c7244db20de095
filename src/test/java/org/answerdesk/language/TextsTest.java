package org.answerdesk.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TextsTest {

    private static final Locale DE = Locale.forLanguageTag("de");
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale FR = Locale.forLanguageTag("fr");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+}");

    private static Properties shipped(String tag) {
        return Texts.load(Texts.class.getClassLoader().getResourceAsStream(Texts.SHIPPED + Texts.fileName(tag)), tag);
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void everyShippedLanguageHasEveryKeyWithTheSamePlaceholdersAndNoBlankText() {
        Properties english = shipped("en");
        assertThat(english.stringPropertyNames()).hasSizeGreaterThan(80);
        for (String tag : Languages.SHIPPED_TAGS) {
            Properties bundle = shipped(tag);
            assertThat(bundle.stringPropertyNames()).as("keys of " + tag).isEqualTo(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(bundle.getProperty(key)).as(tag + " " + key).isNotBlank();
                assertThat(placeholders(bundle.getProperty(key))).as("placeholders of " + tag + " " + key)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }

    @Test
    void translatedTextsAreTranslated() {
        Properties english = shipped("en");
        for (String tag : Languages.SHIPPED_TAGS.subList(1, Languages.SHIPPED_TAGS.size())) {
            Properties bundle = shipped(tag);
            long same = english.stringPropertyNames().stream()
                    .filter(k -> english.getProperty(k).equals(bundle.getProperty(k))).count();
            // a few labels are the same word in several languages ("Conversation", the date pattern)
            assertThat(same).as("texts of " + tag + " left in English").isLessThanOrEqualTo(3);
        }
    }

    /**
     * Every legacy setting still exists, and none carries a default text: the bundles are the one place a text is
     * written, the setting only overrides it.
     */
    @Test
    void everyLegacySettingExistsAndTheBundleAloneHoldsItsText() throws IOException {
        Map<String, JsonNode> settings = new HashMap<>();
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(
                Path.of("target/classes/META-INF/spring-configuration-metadata.json")));
        root.path("properties").forEach(p -> settings.put(p.path("name").asString(), p));
        Properties english = shipped("en");
        assertThat(LegacySettings.PROPERTIES).hasSize(28);
        LegacySettings.PROPERTIES.forEach((key, property) -> {
            assertThat(settings).as("a setting named " + property).containsKey(property);
            assertThat(settings.get(property).path("defaultValue").isMissingNode()).as(property + " has no default")
                    .isTrue();
            assertThat(english.getProperty(key)).as(key).isNotBlank();
        });
    }

    @Test
    void ownerDirectoryOverridesOneGermanTextAndLeavesTheRest(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("messages_de.properties"),
                "conversation.acts.greeting=Moin! Was kann ich für dich tun?\n", StandardCharsets.UTF_8);
        var texts = new Texts(Languages.of("de", "en"), name -> null, dir);
        assertThat(texts.text("conversation.acts.greeting", DE)).isEqualTo("Moin! Was kann ich für dich tun?");
        assertThat(texts.text("conversation.acts.bye", DE)).isEqualTo("Auf Wiedersehen und einen schönen Tag!");
        assertThat(texts.text("conversation.acts.greeting", EN)).isEqualTo("Hi! How can I help you today?");
    }

    /**
     * The admin page's texts come after the server's configuration (bundle files, then legacy settings) and before
     * the shipped bundle, per language; a reset (no stored text) brings the shipped one back.
     */
    @Test
    void theAdminPagesTextsComeAfterTheServersConfigurationAndBeforeTheShippedBundle(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("messages_de.properties"), "greeting=Moin aus der Datei\n", StandardCharsets.UTF_8);
        Map<String, String> stored = new java.util.HashMap<>(Map.of(
                "de:greeting", "Hallo vom Admin", "de:handoff.closing", "Erledigt, sagt der Admin",
                "en:conversation.handoff", "The admin's handoff", "en:handoff.closing", "The admin's closing"));
        Map<String, String> settings = Map.of("answerdesk.conversation.handoff-message", "The environment's handoff");
        var texts = new Texts(Languages.of("en", "de"), settings::get, dir, (l, k) -> stored.get(l + ":" + k));

        assertThat(texts.text("greeting", DE)).isEqualTo("Moin aus der Datei");
        assertThat(texts.origin("greeting", DE)).isEqualTo(Texts.Origin.FILE);
        assertThat(texts.text("conversation.handoff", EN)).isEqualTo("The environment's handoff");
        assertThat(texts.origin("conversation.handoff", EN)).isEqualTo(Texts.Origin.ENVIRONMENT);
        assertThat(texts.text("handoff.closing", DE)).isEqualTo("Erledigt, sagt der Admin");
        assertThat(texts.text("handoff.closing", EN)).isEqualTo("The admin's closing");
        assertThat(texts.origin("handoff.closing", EN)).isEqualTo(Texts.Origin.ADMIN);
        assertThat(texts.origin("greeting", EN)).isEqualTo(Texts.Origin.SHIPPED);
        assertThat(texts.shipped("handoff.closing", DE)).startsWith("Unser Team hat dieses Gespräch");

        stored.remove("de:handoff.closing");
        assertThat(texts.text("handoff.closing", DE)).isEqualTo(texts.shipped("handoff.closing", DE));
        assertThat(texts.origin("handoff.closing", DE)).isEqualTo(Texts.Origin.SHIPPED);
    }

    @Test
    void ownerDirectoryMessagesPropertiesCountsForTheDefaultLanguage(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("messages.properties"), "choices.something-else=Anything else\n");
        var texts = new Texts(Languages.of("en", "de"), name -> null, dir);
        assertThat(texts.text("choices.something-else", EN)).isEqualTo("Anything else");
        assertThat(texts.text("choices.something-else", DE)).isEqualTo("Etwas anderes");
    }

    @Test
    void aMissingDirectoryFailsTheStart(@TempDir Path dir) {
        assertThatThrownBy(() -> new Texts(Languages.of("en"), name -> null, dir.resolve("nope")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a directory");
    }

    /** Today's environment variable, as Spring maps it, overrides the default language's text and no other. */
    @Test
    void aSetLegacySettingOverridesTheDefaultLanguageOnly() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-env", Map.of(
                "ANSWERDESK_CONVERSATION_HANDOFF_MESSAGE", "Unser Team meldet sich.",
                "ANSWERDESK_CONVERSATION_ACTS_GREETING", "  ")));
        ConfigurationPropertySources.attach(environment);
        var texts = new Texts(Languages.of("de", "en"), environment::getProperty, null);
        assertThat(texts.text("conversation.handoff", DE)).isEqualTo("Unser Team meldet sich.");
        assertThat(texts.text("conversation.handoff", EN)).startsWith("Thanks for your message.");
        // blank counts as unset
        assertThat(texts.text("conversation.acts.greeting", DE)).isEqualTo("Hallo! Wie kann ich Ihnen heute helfen?");
    }

    @Test
    void anUnservedLanguageGetsTheDefaultLanguagesText() {
        var texts = new Texts(Languages.of("de", "en"), name -> null, null);
        assertThat(texts.text("choices.talk-to-person", FR)).isEqualTo("Mit einem Menschen sprechen");
        assertThat(texts.text("choices.talk-to-person", null)).isEqualTo("Mit einem Menschen sprechen");
        assertThat(texts.text("choices.talk-to-person", Locale.forLanguageTag("en-US"))).isEqualTo("Talk to a person");
    }

    @Test
    void placeholdersAreFilledByName() {
        var texts = new Texts(Languages.of("fr", "en"), name -> null, null);
        assertThat(texts.text("attachment.too-large", FR, Map.of("name", "photo.jpg", "limit", "10 MB")))
                .isEqualTo("Désolé, je n'ai pas pu garder votre fichier « photo.jpg » : les fichiers ne doivent pas "
                        + "dépasser 10 MB. Pourriez-vous en envoyer un plus petit, ou décrire ce dont vous avez besoin ?");
        assertThat(texts.text("conversation.too-long", EN, Map.of("max", 4000))).contains("fewer than 4000 characters")
                .doesNotContain("Merci");
    }

    @Test
    void placeholdersAreFilledInOnePassSoAValueIsNeverExpanded() {
        var texts = new Texts(Languages.of("en"), name -> null, null);
        var values = new java.util.LinkedHashMap<String, Object>();
        values.put("customer", "{message} {url} $1 \\");
        values.put("message", "Where is my order?");
        values.put("url", "https://desk.example/t/1");
        values.put("shop", "Shop");

        String body = texts.text("alert.mail.body", EN, values);

        assertThat(body).contains("Customer: {message} {url} $1 \\\n").contains("First message: Where is my order?")
                .contains("{ticket}").as("an unknown placeholder stays as written");
        assertThat(body.split("desk.example", -1)).hasSize(2);
    }

    @Test
    void anUnknownKeyIsAProgrammingError() {
        var texts = new Texts(Languages.of("en"), name -> null, null);
        assertThatThrownBy(() -> texts.text("conversation.nope", EN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("conversation.nope");
    }

    @Test
    void languagesMatchPlatformHints() {
        var languages = Languages.of("de", "en", "pt");
        assertThat(languages.match("de-AT")).contains(DE);
        assertThat(languages.match("pt-BR")).contains(Locale.forLanguageTag("pt"));
        assertThat(languages.match("en_US")).contains(EN);
        assertThat(languages.match("FR")).isEmpty();
        assertThat(languages.match("")).isEmpty();
        assertThat(languages.resolve(null)).isEqualTo(DE);
        assertThat(languages.resolve("es-MX")).isEqualTo(DE);
        assertThat(languages.serve(Locale.forLanguageTag("nl"))).isEqualTo(DE);
    }

    @Test
    void settingsNameOnlyShippedLanguages() {
        assertThat(new LanguageProperties(java.util.List.of(" DE", "en"), "").locales()).containsExactly(DE, EN);
        assertThat(new LanguageProperties(java.util.List.of("de", "de"), "").locales()).containsExactly(DE);
        assertThatThrownBy(() -> new LanguageProperties(java.util.List.of("de", "sv"), ""))
                .hasMessageContaining("[sv]").hasMessageContaining("en, de, es, fr, it, pt, nl");
        // a region is the texts' wording only (RegionalTextsTest); the language must still be shipped
        assertThatThrownBy(() -> new LanguageProperties(java.util.List.of("sv-SE"), "")).hasMessageContaining("sv-SE");
        assertThatThrownBy(() -> new LanguageProperties(java.util.List.of(), "")).hasMessageContaining("at least one");
    }
}
