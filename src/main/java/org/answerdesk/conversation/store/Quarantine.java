package org.answerdesk.conversation.store;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.Reply;
import org.answerdesk.conversation.StorableText;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deliveries no retry can take in, kept with their reason (table {@code quarantine}), counted in
 * {@code answerdesk.quarantined} per channel and logged once: a redelivery of the same event id is neither stored
 * nor counted again. The ids of the customer who sent it, read from the payload, are kept with it ({@code senders})
 * so that an erasure finds it by an exact id; null when the payload could not be read.
 */
@Repository
public class Quarantine {

    private static final Logger log = LoggerFactory.getLogger(Quarantine.class);
    private static final int MAX_ID = 500;
    private static final int MAX_EXCERPT = 2000;

    /** A Slack event's {@code toString()} (the SDK's), as the Slack adapter quarantines an event it read. */
    private static final Pattern SLACK_USER = Pattern.compile("[(,]\\s*user=([A-Za-z0-9]+)[,)]");
    private static final Pattern MAIL_SENDER = Pattern.compile("(?im)^(?:from|reply-to):(.*)$");
    private static final Pattern MAIL_ADDRESS = Pattern.compile("(?<![^\\s<>()\\[\\],;:\"@])[^\\s<>()\\[\\],;:\"@]++@[^\\s<>()\\[\\],;:\"@]+");

    private final JdbcClient jdbc;
    private final MeterRegistry meters;
    private final JsonMapper json;

    Quarantine(JdbcClient jdbc, MeterRegistry meters, JsonMapper json) {
        this.jdbc = jdbc;
        this.meters = meters;
        this.json = json;
        for (Channel channel : Channel.values()) {
            meters.counter("answerdesk.quarantined", "channel", channel.name()); // visible at 0 from the start
        }
    }

    /** @return false when this event was quarantined before */
    public boolean add(Channel channel, String eventId, String reason, String excerpt) {
        String id = cut(StorableText.clean(eventId == null || eventId.isBlank() ? "(none)" : eventId), MAX_ID);
        String why = cut(StorableText.clean(reason), MAX_EXCERPT);
        String payload = StorableText.clean(excerpt);
        boolean added = jdbc.sql("""
                insert into quarantine (channel, event_id, reason, excerpt, senders) values (:c, :e, :r, :x, :s)
                on conflict (channel, event_id) do nothing
                """)
            .param("c", channel.name()).param("e", id).param("r", why)
            .param("x", cut(payload, MAX_EXCERPT)).param("s", senders(channel, payload)).update() == 1;
        if (added) {
            meters.counter("answerdesk.quarantined", "channel", channel.name()).increment();
            log.warn("{} delivery {} quarantined: {}", channel, id, why);
        }
        return added;
    }

    public long count(Channel channel) {
        return jdbc.sql("select count(*) from quarantine where channel = :c").param("c", channel.name())
            .query(Long.class).single();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /**
     * The sender's ids in the payload the way the channel's adapter reads them (lowercased), or null when there are
     * none to read: a payload cut short or unreadable is then found by its ids as whole tokens.
     */
    private String[] senders(Channel channel, String excerpt) {
        if (excerpt == null || excerpt.isBlank()) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        if (channel == Channel.EMAIL) {
            mailSenders(excerpt, ids);
        } else {
            JsonNode payload = readJson(excerpt);
            switch (channel) {
                case TELEGRAM -> payload.properties().forEach(update -> {
                    add(ids, update.getValue().path("from").path("id"));
                    add(ids, update.getValue().path("user").path("id"));
                });
                case SLACK -> {
                    add(ids, payload.path("event").path("user"));
                    add(ids, payload.path("user"));
                    Matcher m = SLACK_USER.matcher(excerpt);
                    if (m.find()) {
                        ids.add(m.group(1).toLowerCase(Locale.ROOT));
                    }
                }
                case WHATSAPP -> {
                    add(ids, payload.path("from"));
                    add(ids, payload.path("recipient_id"));
                }
                case WEB -> add(ids, payload.path("session_id"));
                default -> throw new IllegalStateException(channel.name());
            }
        }
        return ids.isEmpty() ? null : ids.toArray(String[]::new);
    }

    private JsonNode readJson(String excerpt) {
        try {
            return json.readTree(excerpt);
        } catch (JacksonException e) {
            return json.missingNode(); // not JSON, or cut short
        }
    }

    private static void add(Set<String> ids, JsonNode id) {
        if (id.isString() || id.isIntegralNumber()) {
            ids.add(id.asString().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The addresses in the {@code From} and {@code Reply-To} headers of a mail's source; none when one is garbled
     * (unbalanced angle brackets), as the mail adapter could not read it either. By hand: only the email adapter
     * may use the mail library.
     */
    private static void mailSenders(String source, Set<String> ids) {
        String head = source.split("\\r?\\n\\r?\\n", 2)[0].replaceAll("\\r?\\n[ \\t]+", " "); // unfolded
        Matcher header = MAIL_SENDER.matcher(head);
        while (header.find()) {
            String value = header.group(1).replaceAll("\"[^\"]*\"", ""); // display names may hold anything
            if (value.chars().filter(ch -> ch == '<').count() != value.chars().filter(ch -> ch == '>').count()) {
                ids.clear();
                return;
            }
            Matcher address = MAIL_ADDRESS.matcher(value);
            while (address.find()) {
                ids.add(address.group().toLowerCase(Locale.ROOT));
            }
        }
    }
}
