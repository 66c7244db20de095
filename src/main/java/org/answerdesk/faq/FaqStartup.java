package org.answerdesk.faq;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * At start: loads the sample FAQ into a database that never had one, then embeds what is missing and builds the
 * in-memory index from the stored vectors.
 */
@Component
@Order(0)
class FaqStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FaqStartup.class);
    static final String SAMPLE_LOADED = "faq.sample_loaded";

    private final FaqRepository repository;
    private final FaqService service;
    private final FaqProperties properties;
    private final ResourceLoader resources;

    FaqStartup(FaqRepository repository, FaqService service, FaqProperties properties, ResourceLoader resources) {
        this.repository = repository;
        this.service = service;
        this.properties = properties;
        this.resources = resources;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        // once only: an operator who deletes the sample entries does not get them back on the next start
        if (repository.setting(SAMPLE_LOADED).isEmpty() && repository.count() == 0 && !properties.sample().isBlank()) {
            var resource = resources.getResource(properties.sample());
            try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                int n = service.importAll(FaqImporter.csv(in));
                log.info("Loaded {} sample FAQ entries from {}", n, properties.sample());
            }
            repository.putSetting(SAMPLE_LOADED, "true"); // the import has refreshed the index already
        } else {
            service.refresh();
        }
    }
}
