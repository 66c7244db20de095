package org.answerdesk.channel.slack;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** When the Slack channel's beans exist: only with a non-blank bot token (plus a signing secret for HTTP mode, an app token for Socket Mode). */
final class SlackConditions {

    private SlackConditions() {
    }

    /** A bot token is set. */
    static class Enabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return set(context, "answerdesk.slack.bot-token");
        }
    }

    /** No bot token in the environment: Slack can only be connected from the admin page. */
    static class Disabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !set(context, "answerdesk.slack.bot-token");
        }
    }

    /** A bot token and a signing secret are set: Events API requests are taken over HTTP. */
    static class HttpMode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return set(context, "answerdesk.slack.bot-token") && set(context, "answerdesk.slack.signing-secret");
        }
    }

    /** A bot token and an app-level token are set: events come over Socket Mode. */
    static class SocketMode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return set(context, "answerdesk.slack.bot-token") && set(context, "answerdesk.slack.app-token");
        }
    }

    /** A bot token and a handoff channel are set: the agents' desk is on. */
    static class HandoffDesk implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return set(context, "answerdesk.slack.bot-token") && set(context, "answerdesk.slack.handoff-channel");
        }
    }

    private static boolean set(ConditionContext context, String property) {
        String value = context.getEnvironment().getProperty(property);
        return value != null && !value.isBlank();
    }
}
