package org.answerdesk.channel.whatsapp;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** When the WhatsApp channel exists. */
final class WhatsAppConditions {

    private WhatsAppConditions() {
    }

    /** An access token is configured. */
    static final class Enabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String token = context.getEnvironment().getProperty("answerdesk.whatsapp.access-token");
            return token != null && !token.isBlank();
        }
    }
}
