package org.answerdesk.brand;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The shop's look ({@code answerdesk.brand.*}, e.g. {@code ANSWERDESK_BRAND_NAME}); a part set here wins over what the
 * owner sets on the admin page, where it is shown read-only; a part left unset here can be set there. A bad value
 * stops the start with the reason.
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
