package org.answerdesk.brand;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The shop's look by default ({@code answerdesk.brand.*}, e.g. {@code ANSWERDESK_BRAND_NAME}); what the owner sets on
 * the admin page wins, part by part, and clearing it there brings these back. A bad value stops the start with the
 * reason.
 *
 * @param name    the shop's name (chat heading, widget, emails, the bot's name); unset: "Customer support" and the
 *                bot calls itself answerdesk
 * @param color   the main colour of the chat page and the widget, a hex colour such as {@code #24477a}
 * @param logoUrl an https address of the shop's logo, shown beside the name
 */
@ConfigurationProperties("answerdesk.brand")
record BrandProperties(String name, String color, String logoUrl) {

    Brand brand() {
        try {
            return new Brand(name, color, logoUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("ANSWERDESK_BRAND_*: " + e.getMessage(), e);
        }
    }
}
