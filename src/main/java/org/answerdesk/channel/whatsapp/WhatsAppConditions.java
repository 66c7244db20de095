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

    /** No access token in the environment: WhatsApp can only be connected from the admin page. */
    static final class Disabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new Enabled().matches(context, metadata);
        }
    }
}
