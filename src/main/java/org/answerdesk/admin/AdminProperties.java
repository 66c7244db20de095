package org.answerdesk.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param token the bearer token for the admin API ({@code ANSWERDESK_ADMIN_TOKEN}); with none set, the admin API
 *              is switched off
 */
@ConfigurationProperties("answerdesk.admin")
public record AdminProperties(String token) {

    public boolean enabled() {
        return token != null && !token.isBlank();
    }
}
