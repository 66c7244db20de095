package org.answerdesk.channel.whatsapp;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The WhatsApp channel through Meta's Cloud API ({@code answerdesk.whatsapp.*}, e.g.
 * {@code ANSWERDESK_WHATSAPP_ACCESS_TOKEN}). The channel exists only when an access token is set; then the phone
 * number id, the app secret and the verify token are required too.
 *
 * @param accessToken      the system user's access token with {@code whatsapp_business_messaging}; never logged
 * @param phoneNumberId    the id of the business phone number (not the number itself) replies are sent from;
 *                         deliveries for other numbers of the same app are skipped
 * @param appSecret        the Meta app's secret: every webhook delivery must carry its HMAC-SHA256 in
 *                         {@code X-Hub-Signature-256}; never logged
 * @param verifyToken      the token typed into the dashboard's webhook form, checked in the {@code GET} handshake;
 *                         never logged
 * @param apiUrl           the Graph API base with its version, {@code scheme://host[:port]/vNN.N} (a fake one in
 *                         tests)
 * @param template         the approved message template a reply is sent as when the customer's 24-hour service
 *                         window has closed (an agent answering late); its body must have one parameter, which
 *                         gets the reply's text. Unset: such a reply is not sent and the desk is told why
 * @param templateLanguage the template's language code for conversations in the shop's default language; a
 *                         conversation in another of the shop's languages gets the template in its own (Meta's code:
 *                         de, es, fr, it, nl, pt_BR, en; in the shop's region where Meta has one, e.g. pt_PT
 *                         for pt-PT), so the template must be approved in each
 * @param maxSuggestions   related questions listed under a non-confident answer
 * @param queueCapacity    WhatsApp messages stored and not answered yet (on every instance); while that many wait,
 *                         the webhook answers 429 and Meta delivers again later
 */
@ConfigurationProperties("answerdesk.whatsapp")
record WhatsAppProperties(
        String accessToken,
        String phoneNumberId,
        String appSecret,
        String verifyToken,
        @DefaultValue("https://graph.facebook.com/v21.0") String apiUrl,
        String template,
        @DefaultValue("en") String templateLanguage,
        @DefaultValue("3") int maxSuggestions,
        @DefaultValue("1000") int queueCapacity) {

    WhatsAppProperties {
        if (accessToken != null && !accessToken.isBlank()) {
            require(phoneNumberId, "phone-number-id");
            require(appSecret, "app-secret");
            require(verifyToken, "verify-token");
            if (!phoneNumberId.strip().matches("\\d{1,30}")) {
                throw new IllegalArgumentException("answerdesk.whatsapp.phone-number-id must be the number's numeric id");
            }
            URI uri = URI.create(apiUrl.strip());
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("answerdesk.whatsapp.api-url must look like https://host/v21.0, not "
                        + apiUrl);
            }
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("answerdesk.whatsapp.queue-capacity must be at least 1");
        }
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("answerdesk.whatsapp." + name
                    + " must be set when answerdesk.whatsapp.access-token is");
        }
    }

    /** {@code POST} here sends a message or marks one read. */
    URI messagesUri() {
        return URI.create(apiUrl.strip().replaceAll("/+$", "") + "/" + phoneNumberId.strip() + "/messages");
    }

    /** Where media is uploaded before a message sends it. */
    URI mediaUri() {
        return URI.create(apiUrl.strip().replaceAll("/+$", "") + "/" + phoneNumberId.strip() + "/media");
    }

    boolean hasTemplate() {
        return template != null && !template.isBlank();
    }

    @Override
    public String toString() {
        return "WhatsAppProperties[accessToken=" + masked(accessToken) + ", phoneNumberId=" + phoneNumberId
                + ", appSecret=" + masked(appSecret) + ", verifyToken=" + masked(verifyToken) + ", apiUrl=" + apiUrl
                + ", template=" + template + ", templateLanguage=" + templateLanguage
                + ", maxSuggestions=" + maxSuggestions + ", queueCapacity=" + queueCapacity + "]";
    }

    private static String masked(String secret) {
        return secret == null ? "null" : "***";
    }
}
