package org.answerdesk.brand;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shop's look as customers see it; each part null when not set.
 *
 * @param name    the shop's name: the chat's heading, the bot's name where the platform gives it none, the emails'
 *                sender name and heading (at most 60 characters, no markup or control characters)
 * @param color   the main colour of the chat page and the widget, {@code #rrggbb} (or {@code #rgb})
 * @param logoUrl an https address of the logo shown beside the name (no quotes, spaces or markup)
 */
public record Brand(String name, String color, String logoUrl) {

    public static final Brand NONE = new Brand(null, null, null);
    static final int MAX_NAME = 60;
    static final int MAX_URL = 500;
    private static final Pattern COLOR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    /** Markup, quotes and control or bidi characters: nothing a page or a mail could read as more than text. */
    private static final Pattern UNSAFE = Pattern.compile("[<>\"'`\\\\{}\\p{Cc}\\p{Cf}]");

    /** Checks every part set; the message names the setting and why. */
    public Brand {
        name = blank(name) ? null : name.strip();
        color = blank(color) ? null : color.strip().toLowerCase(Locale.ROOT);
        logoUrl = blank(logoUrl) ? null : logoUrl.strip();
        if (name != null && (name.length() > MAX_NAME || UNSAFE.matcher(name).find())) {
            throw new IllegalArgumentException("name must be at most " + MAX_NAME
                    + " characters of plain text (no < > \" ' ` \\ { } or control characters)");
        }
        if (color != null && !COLOR.matcher(color).matches()) {
            throw new IllegalArgumentException("color must be a hex colour such as #24477a");
        }
        if (logoUrl != null && !httpsAddress(logoUrl)) {
            throw new IllegalArgumentException("logo_url must be an https:// address of at most " + MAX_URL
                    + " characters, with no quotes, spaces or markup");
        }
    }

    /** This look with the parts {@code defaults} sets where this one sets none. */
    public Brand over(Brand defaults) {
        return new Brand(name != null ? name : defaults.name, color != null ? color : defaults.color,
                logoUrl != null ? logoUrl : defaults.logoUrl);
    }

    private static boolean httpsAddress(String url) {
        if (url.length() > MAX_URL || UNSAFE.matcher(url).find() || url.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getRawUserInfo() == null;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
