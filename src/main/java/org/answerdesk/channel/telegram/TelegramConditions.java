package org.answerdesk.channel.telegram;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** When the Telegram channel and its two ways of receiving updates exist. */
final class TelegramConditions {

    private TelegramConditions() {
    }

    private static boolean set(ConditionContext context, String property) {
        String value = context.getEnvironment().getProperty(property);
        return value != null && !value.isBlank();
    }

    /** A bot token is configured. */
    static final class Enabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return set(context, "answerdesk.telegram.bot-token");
        }
    }

    /** No bot token in the environment: Telegram can only be connected from the admin page. */
    static final class Disabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !set(context, "answerdesk.telegram.bot-token");
        }
    }

    /** A bot token and no webhook URL: long polling. */
    static final class Polling implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return set(context, "answerdesk.telegram.bot-token") && !set(context, "answerdesk.telegram.webhook-url");
        }
    }

    /** A bot token and a webhook URL. */
    static final class Webhook implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return set(context, "answerdesk.telegram.bot-token") && set(context, "answerdesk.telegram.webhook-url");
        }
    }
}
