package org.answerdesk.privacy;

import java.time.Duration;

import org.answerdesk.audit.Audit;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records a change of {@code ANSWERDESK_RETENTION} in the audit trail: the setting lives in the environment, so the
 * change is noticed at the first start that has the new value (on whichever instance starts first), compared with
 * the value last recorded in {@code app_setting}.
 */
@Component
class RetentionSetting {

    static final String KEY = "privacy.retention";
    private static final String KEEP_ALL = "unset (keep everything)";

    private final JdbcClient jdbc;
    private final Audit audit;
    private final PrivacyProperties properties;

    RetentionSetting(JdbcClient jdbc, Audit audit, PrivacyProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        record(properties.retention());
    }

    /** Records {@code retention} when it differs from the value recorded last; true when it did. */
    boolean record(Duration retention) {
        String now = retention == null ? KEEP_ALL : retention.toString();
        String before = jdbc.sql("select value from app_setting where key = :key").param("key", KEY)
            .query(String.class).optional().orElse(null);
        // changed only when the row was inserted or its value differs: instances starting together record it once
        int changed = jdbc.sql("""
                insert into app_setting (key, value) values (:key, :value)
                on conflict (key) do update set value = excluded.value where app_setting.value <> excluded.value""")
            .param("key", KEY).param("value", now).update();
        if (changed == 0) {
            return false;
        }
        audit.system("RETENTION_SETTING", (before == null ? "" : "from " + before + " ") + "to " + now);
        return true;
    }
}
