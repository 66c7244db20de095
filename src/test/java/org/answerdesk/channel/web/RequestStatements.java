package org.answerdesk.channel.web;

import java.util.List;
import java.util.function.Supplier;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.StatementCreatorUtils;
import tools.jackson.databind.JsonNode;

/**
 * The SQL statements one web chat request ran on its own thread, in order, read from {@link JdbcTemplate}'s debug
 * log: how the statement-count tests see what a message costs the database.
 */
record RequestStatements(JsonNode reply, List<String> sql) {

    /**
     * The statements of the request {@code request} makes for the conversation {@code session}. Every app of the test
     * JVM logs to the same loggers, and another lane's app may store a message meanwhile: the request's thread is the
     * one that bound {@code session} to a statement (the parameter values, logged at trace).
     */
    static RequestStatements of(String session, Supplier<JsonNode> request) {
        Logger jdbc = (Logger) LoggerFactory.getLogger(JdbcTemplate.class);
        Logger values = (Logger) LoggerFactory.getLogger(StatementCreatorUtils.class);
        Level level = jdbc.getLevel();
        Level valuesLevel = values.getLevel();
        var logged = new ListAppender<ILoggingEvent>();
        logged.start();
        jdbc.addAppender(logged);
        values.addAppender(logged);
        jdbc.setLevel(Level.DEBUG);
        values.setLevel(Level.TRACE);
        JsonNode reply;
        try {
            reply = request.get();
        } finally {
            jdbc.setLevel(level);
            values.setLevel(valuesLevel);
            jdbc.detachAppender(logged);
            values.detachAppender(logged);
        }
        List<ILoggingEvent> events = List.copyOf(logged.list);
        String thread = events.stream().filter(e -> e.getLoggerName().equals(StatementCreatorUtils.class.getName())
                        && e.getFormattedMessage().contains(session))
                .map(ILoggingEvent::getThreadName).findFirst().orElseThrow();
        // one line per statement names its SQL ("Executing prepared SQL statement [...]"); a query logs a line
        // without it besides
        return new RequestStatements(reply, events.stream().filter(e -> e.getThreadName().equals(thread))
                .filter(e -> e.getLoggerName().equals(JdbcTemplate.class.getName()))
                .map(ILoggingEvent::getFormattedMessage).filter(m -> m.startsWith("Executing") && m.contains(" ["))
                .toList());
    }
}
