package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * {@code ANSWERDESK_FAQ_SAMPLE} as a bare file path, resolved by the resource loader the running app has (a web
 * application context). It took the path for a servlet context resource: "Could not open ServletContext resource".
 */
class SampleFaqLocationTest {

    private final GenericWebApplicationContext webApp = new GenericWebApplicationContext(new MockServletContext());

    @TempDir
    Path dir;

    @Test
    void aBareFilePathIsReadAsAFile() throws IOException {
        Path csv = Files.writeString(dir.resolve("faq.csv"), "question,answer\nWhere is my parcel?,On its way.\n");
        assertThat(read(csv.toString())).contains("Where is my parcel?");
        assertThat(read("file:" + csv)).contains("Where is my parcel?");
    }

    @Test
    void theClasspathDefaultStillResolves() throws IOException {
        assertThat(read("classpath:db/sample-faq.csv")).startsWith("question");
    }

    private String read(String location) throws IOException {
        try (var in = FaqStartup.sampleResource(webApp, location).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
