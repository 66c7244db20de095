package org.answerdesk.language;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The texts the owner changed on the admin page, in {@code owner_text}. Held in memory and read again every 3 seconds
 * in the background, so {@link Texts} never waits for the database on a reply and every instance follows a change
 * within that time (this one at once).
 */
class StoredTexts {

    private final JdbcClient jdbc;
    /** "language:key" to text; null before the first read. */
    private volatile Map<String, String> texts;

    StoredTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The owner's text of a key in a language (its tag, {@code "de"}), or null. */
    String get(String language, String key) {
        Map<String, String> known = texts;
        if (known == null) { // before the first refresh
            refresh();
            if (texts == null) {
                texts = Map.of(); // the database is away: the shipped texts until the next refresh, not a query a text
            }
            known = texts;
        }
        return known.get(language + ":" + key);
    }

    void put(String language, String key, String text) {
        jdbc.sql("""
                insert into owner_text (language, key, text) values (:language, :key, :text)
                on conflict (language, key) do update set text = excluded.text, updated_at = now()""")
            .param("language", language).param("key", key).param("text", text).update();
        refresh();
    }

    boolean remove(String language, String key) {
        boolean removed = jdbc.sql("delete from owner_text where language = :language and key = :key")
            .param("language", language).param("key", key).update() > 0;
        refresh();
        return removed;
    }

    @Scheduled(initialDelay = 0, fixedDelay = 3, timeUnit = TimeUnit.SECONDS)
    void refresh() {
        try {
            texts = jdbc.sql("select language, key, text from owner_text")
                .query((rs, n) -> Map.entry(rs.getString(1) + ":" + rs.getString(2), rs.getString(3))).list()
                .stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        } catch (DataAccessException e) {
            // the database is away: the texts known stay
        }
    }
}
