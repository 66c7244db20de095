package org.answerdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * Apps started at the same time in one JVM (a side-lane class's apps beside the main lane's test contexts) each
 * reset and configure the one Logback context; without {@link LoggingStarts} one could parse its log pattern just
 * after the other cleared the registered converters and fail to start ("no conversion class registered for [clr]").
 * Once set up, logging stays set up for the JVM's other apps when one closes ({@link LoggingOnce}).
 */
class LoggingStartsTest {

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    @Test
    void appsStartedTogetherAllStart() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> starts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                starts.add(pool.submit(() -> {
                    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Empty.class)
                            .web(WebApplicationType.NONE).run("--spring.main.banner-mode=off")) {
                        assertThat(app.isActive()).isTrue();
                    }
                    return null;
                }));
            }
            for (Future<?> start : starts) {
                start.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAppThatClosesLeavesLoggingSetUpForTheOthers() {
        start().close();
        Logger logger = (Logger) LoggerFactory.getLogger(LoggingStartsTest.class.getName() + ".kept");
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        logger.addAppender(seen);
        try {
            start().close();
            logger.info("logged after another app started and closed");
            assertThat(seen.list).as("the appender added before that app's start").extracting(ILoggingEvent::getMessage)
                    .containsExactly("logged after another app started and closed");
        } finally {
            logger.detachAppender(seen);
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE).run("--spring.main.banner-mode=off");
    }
}
