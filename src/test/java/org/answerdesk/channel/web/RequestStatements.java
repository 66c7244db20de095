package org.answerdesk.channel.web;

import java.util.List;
import java.util.function.Supplier;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The SQL statements one web chat request ran on its own thread, in order, read from {@link JdbcTemplate}'s debug
 * log: how the statement-count tests see what a message costs the database.
 */
record RequestStatements(JsonNode reply, List<String> sql) {

    static RequestStatements of(Supplier<JsonNode> request) {
        Logger jdbc = (Logger) LoggerFactory.getLogger(JdbcTemplate.class);
        Level level = jdbc.getLevel();
        var logged = new ListAppender<ILoggingEvent>();
        logged.start();
        jdbc.addAppender(logged);
        jdbc.setLevel(Level.DEBUG);
        JsonNode reply;
        try {
            reply = request.get();
        } finally {
            jdbc.setLevel(level);
            jdbc.detachAppender(logged);
        }
        List<ILoggingEvent> events = List.copyOf(logged.list);
        // the request's thread is the one that stored the message; background work runs on threads of its own
        String thread = events.stream().filter(e -> e.getFormattedMessage().contains("store_inbound"))
                .map(ILoggingEvent::getThreadName).findFirst().orElseThrow();
        // one line per statement names its SQL ("Executing prepared SQL statement [...]"); a query logs a line
        // without it besides
        return new RequestStatements(reply, events.stream().filter(e -> e.getThreadName().equals(thread))
                .map(ILoggingEvent::getFormattedMessage).filter(m -> m.startsWith("Executing") && m.contains(" ["))
                .toList());
    }
}
