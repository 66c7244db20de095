package org.answerdesk.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The web clients write no text of their own: every word a customer reads comes from the bundles in the visitor's
 * language ({@code GET /api/chat/texts}), so none of the page's English texts is a string in their code, and the
 * chat page and the widget run the one client module.
 */
class WebClientTextsTest {

    private static final Path STATIC = Path.of("src/main/resources/static");
    private static final List<String> CLIENTS = List.of("client.js", "chat.js", "widget.js");

    @Test
    void noClientCarriesAnEnglishTextOfTheBundle() throws IOException {
        Properties english = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/texts/messages.properties"))) {
            english.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> words = english.stringPropertyNames().stream()
                .filter(k -> k.startsWith("web.") || k.startsWith("widget.") || k.startsWith("choices."))
                .map(english::getProperty).toList();
        assertThat(words).hasSizeGreaterThan(20);
        for (String file : CLIENTS) {
            String code = Files.readString(STATIC.resolve(file));
            for (String text : words) {
                assertThat(code).as(file + " writes a bundle's text itself").doesNotContain("'" + text + "'")
                        .doesNotContain("\"" + text + "\"");
            }
        }
    }

    @Test
    void thePageAndTheWidgetRunTheOneClient() throws IOException {
        String page = Files.readString(STATIC.resolve("index.html"));
        assertThat(page.indexOf("<script src=\"/client.js\"></script>")).isPositive()
                .isLessThan(page.indexOf("<script src=\"/chat.js\"></script>"));
        assertThat(Files.readString(STATIC.resolve("widget.js"))).contains("base + '/client.js'")
                .doesNotContain("function addReply").doesNotContain("/api/chat/files");
        assertThat(Files.readString(STATIC.resolve("chat.js"))).doesNotContain("function addReply")
                .doesNotContain("/api/chat/files");
    }
}
