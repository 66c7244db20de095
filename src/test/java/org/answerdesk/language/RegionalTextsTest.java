package org.answerdesk.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A language served with its region ({@code ANSWERDESK_LANGUAGES=pt-PT}): the conversation's language stays the
 * language, and the texts take the region's wording, the owner's regional file first, then the shipped one, then the
 * language's bundle.
 */
class RegionalTextsTest {

    private static final Locale PT = Locale.forLanguageTag("pt");
    private static final Locale DE = Locale.GERMAN;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+}");
    /** A region's shipped files, {@code messages_<language>_<REGION>.properties}, as the build has them. */
    private static final Pattern REGION_FILE = Pattern.compile("messages_([a-z]{2,3})_([A-Z]{2}|[0-9]{3})\\.properties");

    private static LanguageProperties properties(String... tags) {
        return new LanguageProperties(List.of(tags), "");
    }

    @Test
    void aRegionTagIsAcceptedAndTheLanguageStaysTheLanguage() {
        assertThat(properties("pt-PT", "en").locales())
                .containsExactly(Locale.forLanguageTag("pt-PT"), Locale.ENGLISH);
        assertThat(properties("es-419").locales()).containsExactly(Locale.forLanguageTag("es-419"));
        assertThat(properties("pt_pt").locales()).as("underscore and any case").containsExactly(
                Locale.forLanguageTag("pt-PT"));
        assertThat(properties("de", "de-CH").locales()).as("one language, its region kept, its first place")
                .containsExactly(Locale.forLanguageTag("de-CH"));
        assertThat(properties("fr-CA", "en", "fr").locales())
                .containsExactly(Locale.forLanguageTag("fr-CA"), Locale.ENGLISH);

        var languages = new Languages(properties("pt-PT", "de-AT", "en").locales());
        assertThat(languages.served()).as("what detection, lexicons and FAQ entries go by")
                .containsExactly(PT, DE, Locale.ENGLISH);
        assertThat(languages.defaultLanguage()).isEqualTo(PT);
        assertThat(languages.match("pt-BR")).contains(PT);
        assertThat(languages.regional(PT)).isEqualTo(Locale.forLanguageTag("pt-PT"));
        assertThat(languages.regional(DE)).isEqualTo(Locale.forLanguageTag("de-AT"));
        assertThat(languages.regional(Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
        assertThat(languages.regional(Locale.ITALIAN)).as("an unserved language reads as the default")
                .isEqualTo(Locale.forLanguageTag("pt-PT"));
    }

    @Test
    void anUnknownLanguageIsStillRejectedWithItsReasonAndSoIsAMalformedTagOrTwoRegions() {
        assertThatThrownBy(() -> properties("pt-PT", "sv-SE")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[sv-SE]").hasMessageContaining("no texts for")
                .hasMessageContaining("en, de, es, fr, it, pt, nl").hasMessageContaining("pt-PT");
        assertThatThrownBy(() -> properties("pt-")).hasMessageContaining("[pt-]");
        assertThatThrownBy(() -> properties("p!t")).hasMessageContaining("[p!t]");
        assertThatThrownBy(() -> properties("pt-PT", "pt-BR")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two regions").hasMessageContaining("pt-PT").hasMessageContaining("pt-BR");
        assertThatThrownBy(() -> Languages.of("pt-PT", "pt-BR")).hasMessageContaining("two regions");
    }

    /**
     * Owner's regional file, then the owner's language file, the environment and the admin page, then the shipped
     * regional file, then the language's bundle.
     */
    @Test
    void aTextResolvesThroughTheOwnersRegionalFileThenTheShippedRegionalFileThenTheLanguage(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("messages_pt_PT.properties"),
                "conversation.acts.bye=Adeus do ficheiro regional\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("messages_pt.properties"), "conversation.acts.bye=Tchau do arquivo\n"
                + "conversation.clarify=Do ficheiro da língua\n", StandardCharsets.UTF_8);
        Map<String, String> stored = Map.of("pt:conversation.not-caught", "Do administrador");
        var texts = new Texts(Languages.of("pt-PT", "en"), name -> null, dir, (l, k) -> stored.get(l + ":" + k));

        assertThat(texts.text("conversation.acts.bye", PT)).isEqualTo("Adeus do ficheiro regional");
        assertThat(texts.origin("conversation.acts.bye", PT)).isEqualTo(Texts.Origin.FILE);
        assertThat(texts.text("conversation.clarify", PT)).as("the owner's language file over the shipped region")
                .isEqualTo("Do ficheiro da língua");
        assertThat(texts.text("conversation.not-caught", PT)).as("the admin page over the shipped region")
                .isEqualTo("Do administrador");
        assertThat(texts.text("conversation.waiting-choices", PT)).as("the shipped region")
                .isEqualTo("Entretanto, uma destas respostas pode ajudar:");
        assertThat(texts.origin("conversation.waiting-choices", PT)).isEqualTo(Texts.Origin.SHIPPED);
        assertThat(texts.shipped("conversation.waiting-choices", PT)).startsWith("Entretanto");
        assertThat(texts.text("choices.talk-to-person", PT)).as("a key the region does not word otherwise")
                .isEqualTo(bundle("pt").getProperty("choices.talk-to-person"));
        assertThat(texts.text("conversation.waiting-choices", Locale.forLanguageTag("pt-BR")))
                .as("the conversation's language is pt, whatever a platform's tag says").startsWith("Entretanto");

        var brazil = new Texts(Languages.of("pt-BR", "en"), name -> null, dir);
        assertThat(brazil.text("conversation.acts.bye", PT)).as("another region's file is not read")
                .isEqualTo("Tchau do arquivo");
        assertThat(brazil.text("conversation.waiting-choices", PT)).startsWith("Enquanto isso");
        var plain = new Texts(Languages.of("pt"), name -> null, null);
        assertThat(plain.text("conversation.waiting-choices", PT)).startsWith("Enquanto isso");
    }

    /**
     * A shop of a Spanish-speaking country of the Americas reads Latin America's wording ("entendí mal", not Spain's
     * "lo he entendido mal"), whichever country it names; Spain, Spanish without a region and another language's
     * region keep their own.
     */
    @Test
    void aCountryOfTheAmericasReadsLatinAmericasSpanish() {
        Locale es = Locale.forLanguageTag("es");
        String spain = bundle("es").getProperty("conversation.not-caught");
        for (String tag : List.of("es-MX", "es-AR", "es-CL", "es-419", "es-US")) {
            var texts = new Texts(Languages.of(tag), name -> null, null);
            assertThat(texts.text("conversation.not-caught", es)).as(tag).isEqualTo("Disculpe, no le entendí. "
                    + "¿Podría decirlo con otras palabras?");
            assertThat(texts.text("choices.talk-to-person", es)).as(tag + ": a key worded alike everywhere")
                    .isEqualTo(bundle("es").getProperty("choices.talk-to-person"));
        }
        for (String tag : List.of("es", "es-ES", "es-GQ")) {
            assertThat(new Texts(Languages.of(tag), name -> null, null).text("conversation.not-caught", es))
                    .as(tag).isEqualTo(spain);
        }
        assertThat(TextBundles.shippedRegionFiles(Locale.forLanguageTag("pt-BR")))
                .containsExactly("messages_pt_BR.properties");
    }

    /** The default language's region words the fallback too: a key no other bundle has reads as the default's. */
    @Test
    void theDefaultLanguagesRegionWordsItsFallback() {
        var texts = new Texts(Languages.of("de-CH", "pt-PT"), name -> null, null);
        assertThat(texts.text("widget.close", DE)).isEqualTo("Support-Chat schliessen");
        assertThat(texts.text("widget.close", Locale.FRENCH)).isEqualTo("Support-Chat schliessen");
        assertThat(texts.text("conversation.help", DE)).contains("«Wie setze ich mein Passwort zurück?»");
    }

    @Test
    void everyShippedRegionalFileOverlaysItsLanguageWithKnownKeysTheSamePlaceholdersAndNewWording()
            throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.list(Path.of("target/classes/" + Texts.SHIPPED))) {
            files = all.filter(f -> f.getFileName().toString().matches("messages_.*_.*\\.properties")).sorted()
                    .toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString())
                .contains("messages_pt_PT.properties", "messages_de_CH.properties", "messages_en_GB.properties",
                        "messages_fr_CA.properties", "messages_es_419.properties", "messages_nl_BE.properties");
        for (Path file : files) {
            Matcher name = REGION_FILE.matcher(file.getFileName().toString());
            assertThat(name.matches()).as(file.getFileName() + " is messages_<language>_<REGION>.properties").isTrue();
            assertThat(Languages.SHIPPED_TAGS).as(file.getFileName() + "'s language").contains(name.group(1));
            Properties language = bundle(name.group(1));
            Properties region = Texts.load(Files.newInputStream(file), file.toString());
            assertThat(region.stringPropertyNames()).as(file.getFileName() + " has keys").isNotEmpty();
            assertThat(language.stringPropertyNames()).as("no stray key in " + file.getFileName())
                    .containsAll(region.stringPropertyNames());
            for (String key : region.stringPropertyNames()) {
                String text = region.getProperty(key);
                assertThat(text).as(file.getFileName() + " " + key).isNotBlank()
                        .isNotEqualTo(language.getProperty(key));
                assertThat(placeholders(text)).as("placeholders of " + file.getFileName() + " " + key)
                        .isEqualTo(placeholders(language.getProperty(key)));
            }
        }
    }

    /**
     * What a reader of the region notices: no Brazilian wording left for Portugal, no Eszett or German quotes for
     * Switzerland, no "center" for Britain, no "e-mail" for a Quebec customer.
     */
    @Test
    void everyTextOfARegionReadsAsTheRegionWrites() {
        var portugal = new Texts(Languages.of("pt-PT"), name -> null, null);
        Pattern brazilian = Pattern.compile("(?iU)\\b(equipe|você|arquivos?|baixar|ruim|celular|ônibus|contato"
                + "|registro|seus pedidos|central de ajuda|que bom|ter certeza|tenho certeza|nos ajuda"
                + "|(pode|vou|posso) (me|te) \\w+)\\b|\\w+ndo…");
        Pattern swissFree = Pattern.compile("[ß„“]");
        var switzerland = new Texts(Languages.of("de-CH"), name -> null, null);
        for (String key : portugal.keys()) {
            if (key.startsWith("admin.") || key.startsWith("slack.") || key.startsWith("handoff.reason.")
                    || key.startsWith("alert.") || key.startsWith("email.oauth.")) {
                continue; // the owner's and staff's words, written for Portugal already
            }
            assertThat(brazilian.matcher(portugal.text(key, PT)).find()).as("pt-PT " + key + ": "
                    + portugal.text(key, PT)).isFalse();
        }
        var britain = new Texts(Languages.of("en-GB"), name -> null, null);
        var quebec = new Texts(Languages.of("fr-CA"), name -> null, null);
        for (String key : switzerland.keys()) {
            assertThat(swissFree.matcher(switzerland.text(key, DE)).find()).as("de-CH " + key).isFalse();
            assertThat(britain.text(key, Locale.ENGLISH)).as("en-GB " + key).doesNotContain("center");
            if (!key.startsWith("admin.") && !key.startsWith("email.oauth.") && !key.startsWith("alert.")) {
                assertThat(quebec.text(key, Locale.FRENCH)).as("fr-CA " + key).doesNotContain("e-mail");
            }
        }
    }

    /**
     * Every text a customer reads addresses them in one register, the one the shops of the language or region write
     * in: "Sie", "vous", "usted", "Lei", "você" (Brazil), the third person without pronoun (Portugal), "je" (the
     * Netherlands) and "u" with "Dag!" (Flanders). The words of the other register must not appear.
     */
    @Test
    void everyTextACustomerReadsAddressesThemInTheRegistersOwnForm() {
        Map<String, String> otherRegister = Map.ofEntries(
                Map.entry("de", "du|dich|dir|dein\\w*|euch|euer|eure"),
                Map.entry("fr", "tu|toi|ton|ta|tes|t['’]"),
                Map.entry("es", "tú|tu|tus|te|ti|contigo|puedes|quieres|necesitas|vosotros|os|vuestr[oa]s?"),
                Map.entry("it", "tu|ti|te|tuo|tua|tuoi|tue|puoi|vuoi|hai"),
                Map.entry("pt", "tu|te|ti|teu|tua|teus|tuas|podes|queres|contigo"),
                Map.entry("pt-PT", "você|vocês|tu|te|ti|teu|tua|teus|tuas|podes|queres|contigo"),
                Map.entry("nl", "u|uw|uzelf|alstublieft"),
                Map.entry("nl-BE", "je|jij|jou|jouw|jezelf|alsjeblieft|hoi|top"));
        List<String> tags = List.of("de", "de-CH", "de-AT", "fr", "fr-BE", "fr-CH", "fr-CA", "es", "es-ES", "es-419",
                "es-MX", "it", "it-CH", "pt", "pt-BR", "pt-PT", "nl", "nl-BE");
        var softly = new SoftAssertions();
        for (String tag : tags) {
            String register = otherRegister.containsKey(tag) ? tag : tag.substring(0, 2);
            Pattern other = Pattern.compile("(?iU)\\b(" + otherRegister.get(register) + ")\\b");
            Locale language = Locale.forLanguageTag(tag.substring(0, 2));
            var texts = new Texts(Languages.of(tag), name -> null, null);
            for (String key : texts.keys()) {
                if (ownerOrStaff(key)) {
                    continue;
                }
                String text = texts.text(key, language);
                softly.assertThat(other.matcher(text).find()).as(tag + " " + key + ": " + text).isFalse();
            }
        }
        softly.assertAll();
    }

    /** A Flemish shop greets with "Dag!" and says "u"; a shop of the Netherlands keeps "Hoi!" and "je". */
    @Test
    void aFlemishShopGreetsWithDagAndSaysU() {
        Locale nl = Locale.forLanguageTag("nl");
        var flanders = new Texts(Languages.of("nl-BE", "en"), name -> null, null);
        assertThat(flanders.text("conversation.acts.greeting", nl)).isEqualTo("Dag! Waarmee kan ik u vandaag helpen?");
        assertThat(flanders.text("conversation.clarify", nl)).isEqualTo(
                "Ik weet niet zeker of ik u goed begrijp. Bedoelde u een van deze?");
        assertThat(flanders.text("conversation.human-offer-not-found", nl)).contains("Kunt u", "als u wilt");
        assertThat(flanders.text("choices.talk-to-person", nl)).as("a text with no address is the language's")
                .isEqualTo(bundle("nl").getProperty("choices.talk-to-person"));
        assertThat(flanders.text("admin.channels.intro", nl)).as("the owner's page is not the customer's")
                .isEqualTo(bundle("nl").getProperty("admin.channels.intro"));
        var netherlands = new Texts(Languages.of("nl-NL"), name -> null, null);
        assertThat(netherlands.text("conversation.acts.greeting", nl)).startsWith("Hoi!").contains(" je ");
    }

    /** The owner's and staff's words (the admin page, Slack, alerts, handoff reasons), not the customer's. */
    private static boolean ownerOrStaff(String key) {
        return key.startsWith("admin.") || key.startsWith("slack.") || key.startsWith("handoff.reason.")
                || key.startsWith("alert.") || key.startsWith("email.oauth.");
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The shipped bundle of a language as the build has it. */
    private static Properties bundle(String tag) {
        return Texts.load(Texts.class.getClassLoader().getResourceAsStream(Texts.SHIPPED + Texts.fileName(tag)), tag);
    }
}
