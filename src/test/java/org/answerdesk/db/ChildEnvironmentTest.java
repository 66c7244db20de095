package org.answerdesk.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ChildEnvironmentTest {

    @Test
    void keepsOnlyWhatPostgresNeedsToFindToolsAndPickALocaleAndTimeZone() {
        Map<String, String> app = Map.of("PATH", "/usr/bin:/bin", "LANG", "en_US.UTF-8", "LC_ALL", "C.UTF-8",
                "TZ", "Europe/Paris", "ANSWERDESK_ADMIN_TOKEN", "admin-secret", "TELEGRAM_BOT_TOKEN", "bot-secret",
                "PGPASSWORD", "pg-secret", "HOME", "/home/bot", "LD_PRELOAD", "/tmp/evil.so", "LC_", "odd");

        assertThat(ChildEnvironment.of(app)).containsOnlyKeys("PATH", "LANG", "LC_ALL", "TZ")
                .containsEntry("LANG", "en_US.UTF-8");
    }

    @Test
    void aProcessBuilderLosesEverythingElseItWouldInherit() {
        ProcessBuilder builder = new ProcessBuilder("true");
        builder.environment().put("ANSWERDESK_FEEDBACK_SECRET", "feedback-secret");

        assertThat(ChildEnvironment.applyTo(builder).environment().keySet())
                .allMatch(name -> name.equals("PATH") || name.equals("LANG") || name.equals("TZ")
                        || name.startsWith("LC_"));
    }
}
