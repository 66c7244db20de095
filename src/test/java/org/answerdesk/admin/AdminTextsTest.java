package org.answerdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.answerdesk.language.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/** The admin page's bundles: whole in every shipped language, and every text the pages name exists. */
class AdminTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+}");
    private static final Path PAGES = Path.of("src/main/resources/admin");

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static AdminTexts texts(String setting, String... shop) {
        return new AdminTexts(new AdminProperties("t", 5, Duration.ofMinutes(15), Duration.ofHours(12), setting),
                Languages.of(shop));
    }

    @Test
    void everyShippedLanguageHasEveryKeyWithTheSamePlaceholdersTranslated() {
        Properties english = AdminTexts.load("en");
        assertThat(english.stringPropertyNames()).hasSizeGreaterThan(150);
        for (String tag : Languages.SHIPPED_TAGS) {
            Properties bundle = AdminTexts.load(tag);
            assertThat(bundle.stringPropertyNames()).as("keys of " + tag).isEqualTo(english.stringPropertyNames());
            long same = 0;
            for (String key : english.stringPropertyNames()) {
                assertThat(bundle.getProperty(key)).as(tag + " " + key).isNotBlank();
                assertThat(placeholders(bundle.getProperty(key))).as("placeholders of " + tag + " " + key)
                        .isEqualTo(placeholders(english.getProperty(key)));
                same += english.getProperty(key).equals(bundle.getProperty(key)) ? 1 : 0;
            }
            if (!tag.equals("en")) {
                // "OK", "4–5", "{n} min" are the same everywhere; French shares "Question", "Source", "Pages" and more
                assertThat(same).as("texts of " + tag + " left as in English").isLessThanOrEqualTo(16);
            }
        }
    }

    /** A marker of the pages or a literal key of the script that no bundle has would show as its key. */
    @Test
    void everyTextThePagesAndTheScriptNameExists() throws IOException {
        Set<String> keys = AdminTexts.load("en").stringPropertyNames();
        Set<String> named = new TreeSet<>();
        for (String page : new String[] {"admin.html", "login.html"}) {
            Matcher m = Pattern.compile("\\{\\{([a-zA-Z0-9._-]+)}}")
                    .matcher(Files.readString(PAGES.resolve(page), StandardCharsets.UTF_8));
            while (m.find()) {
                named.add(m.group(1));
            }
        }
        named.removeAll(Set.of("lang", "texts-json", "languages-json", "error"));
        Matcher m = Pattern.compile("\\bt\\('([a-zA-Z0-9._-]+)'")
                .matcher(Files.readString(PAGES.resolve("assets/admin.js"), StandardCharsets.UTF_8)
                        + Files.readString(PAGES.resolve("assets/settings.js"), StandardCharsets.UTF_8));
        while (m.find()) {
            // a key ending in a dot is a prefix completed at run time (outcome., nav., channel.)
            if (!m.group(1).endsWith(".")) {
                named.add(m.group(1));
            }
        }
        assertThat(named).hasSizeGreaterThan(100);
        assertThat(keys).containsAll(named);
        for (String prefix : new String[] {"outcome.", "nav.", "knowledge.status.", "held.review."}) {
            assertThat(keys).as(prefix).anyMatch(k -> k.startsWith(prefix));
        }
        for (String outcome : new String[] {"FAQ", "KNOWLEDGE", "LLM", "SMALL_TALK", "PERSON", "UNANSWERED"}) {
            assertThat(keys).contains("outcome." + outcome);
        }
    }

    @Test
    void thePageIsRenderedInTheLanguageWithItsTextsEscapedAndTheBundleAsJson() throws IOException {
        AdminTexts texts = texts("de", "en");
        String page = texts.render(Files.readString(PAGES.resolve("admin.html")), texts.language(null), null);
        assertThat(page).contains("<html lang=\"de\">", ">Einstellungen</a>", ">Abmelden</button>")
                .doesNotContain("{{");
        String marker = "name=\"admin-texts\" content=\"";
        String attribute = page.substring(page.indexOf(marker) + marker.length());
        String json = HtmlUtils.htmlUnescape(attribute.substring(0, attribute.indexOf('"')));
        assertThat(JsonMapper.builder().build().readTree(json).get("nav.settings").asString()).isEqualTo("Einstellungen");
        assertThat(texts.render("<p>{{error}}</p><i a=\"{{texts-json}}\">", Locale.ENGLISH, "<b>&\"x\"</b>"))
                .startsWith("<p>&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;</p><i a=\"{&quot;approve&quot;:")
                .doesNotContain("{\"");
        assertThatThrownBy(() -> texts.render("{{no.such.text}}", Locale.ENGLISH, null))
                .hasMessageContaining("no.such.text");
    }

    /** The page's choice of language lists the shipped languages by the names their files give, in their order. */
    @Test
    void thePageListsTheShippedLanguagesFromTheirFiles() {
        String json = HtmlUtils.htmlUnescape(texts("", "en").render("{{languages-json}}", Locale.ENGLISH, null));
        assertThat(JsonMapper.builder().build().readTree(json).toString()).isEqualTo("[[\"en\",\"English\"],"
                + "[\"de\",\"Deutsch\"],[\"es\",\"Español\"],[\"fr\",\"Français\"],[\"it\",\"Italiano\"],"
                + "[\"pt\",\"Português\"],[\"nl\",\"Nederlands\"]]");
    }

    @Test
    void theLanguageIsTheBrowsersChoiceThenTheSettingThenTheShopsDefault() {
        assertThat(texts("", "es", "en").language(null)).isEqualTo(Locale.forLanguageTag("es"));
        assertThat(texts("fr", "es", "en").language(null)).isEqualTo(Locale.FRENCH);
        assertThat(texts("fr", "es").language("de-AT")).isEqualTo(Locale.GERMAN);
        // an owner's language need not be one the shop serves to its customers; an unknown one is the setting's
        assertThat(texts("", "en").language("nl")).isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(texts("it", "en").language("tlh")).isEqualTo(Locale.ITALIAN);
        assertThat(texts("", "en").text("login.throttled", Locale.GERMAN, Map.of("minutes", 3)))
                .isEqualTo("Zu viele fehlgeschlagene Anmeldungen von Ihrer Adresse: versuchen Sie es in 3 Min. erneut.");
    }

    @Test
    void anAdminLanguageWithoutTextsIsRefusedAtStartWithTheShippedOnes() {
        assertThatThrownBy(() -> texts("klingon", "en"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ANSWERDESK_ADMIN_LANGUAGE").hasMessageContaining("en, de, es, fr, it, pt, nl");
        assertThat(texts(" DE ", "en").language(null)).isEqualTo(Locale.GERMAN);
    }
}
