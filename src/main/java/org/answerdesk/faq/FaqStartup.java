package org.answerdesk.faq;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * At start: loads the sample FAQ into a database that never had one, then embeds what is missing and builds the
 * in-memory index from the stored vectors. It runs in the first lifecycle phase, before the web server and every
 * channel's intake start, so no message is taken before the pipeline can answer it from the FAQ (mail that piled
 * up during a restart would otherwise all be handed off).
 */
@Component
class FaqStartup implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FaqStartup.class);

    private final FaqService service;
    private final FaqProperties properties;
    private final ResourceLoader resources;

    FaqStartup(FaqService service, FaqProperties properties, ResourceLoader resources) {
        this.service = service;
        this.properties = properties;
        this.resources = resources;
    }

    private volatile boolean running;

    @Override
    public void start() {
        load();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE; // first: the intakes and the web server (later phases) need the index
    }

    private void load() {
        if (properties.sample().isBlank()) {
            service.refresh();
            return;
        }
        // once only, by one of the instances starting together: an operator who deletes the sample entries does
        // not get them back on the next start
        int loaded = service.loadSampleOnce(this::readSample);
        if (loaded > 0) {
            log.info("Loaded {} sample FAQ entries from {}", loaded, properties.sample());
        }
    }

    private List<FaqDraft> readSample() {
        var resource = resources.getResource(properties.sample());
        try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return FaqImporter.csv(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the sample FAQ " + properties.sample(), e);
        }
    }
}
