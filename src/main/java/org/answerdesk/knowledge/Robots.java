package org.answerdesk.knowledge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of a site's robots.txt for this crawler: the group naming its user agent, else the {@code *} group;
 * the longest matching {@code Allow}/{@code Disallow} prefix decides ({@code *} and {@code $} are read as in
 * RFC 9309, matched without backtracking), and {@code Crawl-delay} is kept, at most
 * {@link #MAX_CRAWL_DELAY}.
 */
record Robots(List<Rule> rules, Optional<Duration> crawlDelay) {

    record Rule(boolean allow, String pattern) {
    }

    static final Robots ALLOW_ALL = new Robots(List.of(), Optional.empty());
    /** A longer delay asked for is read as this one: a site cannot hold the sync for ever. */
    static final Duration MAX_CRAWL_DELAY = Duration.ofMinutes(1);

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
                    double seconds = Double.parseDouble(value);
                    Duration d = seconds >= 0 && seconds < MAX_CRAWL_DELAY.toSeconds()
                            ? Duration.ofMillis((long) (seconds * 1000)) : seconds > 0 ? MAX_CRAWL_DELAY : Duration.ZERO;
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

    /**
     * Whether the path starts with the pattern, {@code *} standing for any characters and a final {@code $} for
     * the end of the path. Each {@code *}-free piece is matched at its first place after the previous one: taking
     * the first place never loses a match, so no backtracking is needed.
     */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String[] pieces = (anchored ? pattern.substring(0, pattern.length() - 1) : pattern).split("\\*", -1);
        if (!path.startsWith(pieces[0])) {
            return false;
        }
        int at = pieces[0].length();
        int last = pieces.length - 1;
        for (int i = 1; i < last; i++) {
            int found = path.indexOf(pieces[i], at);
            if (found < 0) {
                return false;
            }
            at = found + pieces[i].length();
        }
        if (last == 0) {
            return !anchored || at == path.length();
        }
        // the last piece: anchored, it must end the path; else anywhere after the others
        return anchored ? path.length() - pieces[last].length() >= at && path.endsWith(pieces[last])
                : path.indexOf(pieces[last], at) >= 0;
    }
}
