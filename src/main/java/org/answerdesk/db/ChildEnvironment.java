package org.answerdesk.db;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The environment of every process the embedded database runs (initdb, pg_ctl, the postmaster and its backends,
 * the watchdog): only what they need to find system tools and pick a locale and time zone. The app's own
 * environment holds its secrets (admin token, bot tokens, mail password); a child that inherited it would show
 * them in {@code /proc/<pid>/environ} and hand them to whatever binary runs there.
 */
final class ChildEnvironment {

    private ChildEnvironment() {
    }

    /** The allowed variables of {@code environment}: PATH, LANG, LC_*, TZ (and SystemRoot, which Windows needs). */
    static Map<String, String> of(Map<String, String> environment) {
        Map<String, String> allowed = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (allowed(name)) {
                allowed.put(name, value);
            }
        });
        return allowed;
    }

    /** Replaces what the builder would inherit from the app with the allowed part of it. */
    static ProcessBuilder applyTo(ProcessBuilder builder) {
        Map<String, String> environment = builder.environment();
        Map<String, String> allowed = of(environment);
        environment.clear();
        environment.putAll(allowed);
        return builder;
    }

    private static boolean allowed(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.equals("PATH") || upper.equals("SYSTEMROOT") || name.equals("LANG") || name.equals("TZ")
                || name.startsWith("LC_") && name.length() > 3;
    }
}
