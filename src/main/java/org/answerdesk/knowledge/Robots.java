package org.answerdesk.knowledge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of a site's robots.txt for this crawler: the group naming its user agent, else the {@code *} group;
 * the longest matching {@code Allow}/{@code Disallow} prefix decides ({@code *} and {@code $} are read as in
 * RFC 9309), and {@code Crawl-delay} is kept.
 */
record Robots(List<Rule> rules, Optional<Duration> crawlDelay) {

    record Rule(boolean allow, String pattern) {
    }

    static final Robots ALLOW_ALL = new Robots(List.of(), Optional.empty());

    static Robots parse(String text, String userAgent) {
        String agent = userAgent.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> anyone = new ArrayList<>();
        Duration myDelay = null;
        Duration anyDelay = null;
        List<String> groupAgents = new ArrayList<>();
        boolean inRules = false;
        boolean foundMine = false;
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) {
                    groupAgents.clear();
                    inRules = false;
                }
                groupAgents.add(value.toLowerCase(Locale.ROOT));
                continue;
            }
            boolean forMe = groupAgents.stream().anyMatch(a -> !a.equals("*") && agent.contains(a));
            boolean forAnyone = groupAgents.contains("*");
            foundMine |= forMe;
            if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                if (value.isEmpty()) {
                    continue;
                }
                Rule rule = new Rule(key.equals("allow"), value);
                if (forMe) {
                    mine.add(rule);
                } else if (forAnyone) {
                    anyone.add(rule);
                }
            } else if (key.equals("crawl-delay")) {
                inRules = true;
                try {
                    Duration d = Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
                    if (forMe) {
                        myDelay = d;
                    } else if (forAnyone) {
                        anyDelay = d;
                    }
                } catch (NumberFormatException ignored) {
                    // a malformed delay is no delay
                }
            }
        }
        return foundMine ? new Robots(mine, Optional.ofNullable(myDelay))
                : new Robots(anyone, Optional.ofNullable(anyDelay));
    }

    /** Whether the path (with its query) may be read. */
    boolean allows(String path) {
        Rule best = null;
        for (Rule r : rules) {
            if (matches(r.pattern, path) && (best == null || r.pattern.length() > best.pattern.length()
                    || (r.pattern.length() == best.pattern.length() && r.allow))) {
                best = r;
            }
        }
        return best == null || best.allow;
    }

    private static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        String regex = java.util.Arrays.stream(p.split("\\*", -1)).map(java.util.regex.Pattern::quote)
                .reduce((a, b) -> a + ".*" + b).orElse("");
        return path.matches(regex + (anchored ? "" : ".*"));
    }
}
