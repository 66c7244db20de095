package org.answerdesk.channel;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.answerdesk.conversation.Channel;

/**
 * A channel that can be connected at run time, from the admin page: one bean per platform, present whether or not
 * the channel is configured. The environment wins: a channel whose credentials are set there ({@link
 * #inEnvironment}) runs as configured at start and cannot be changed here. Settings are the channel's fields by
 * their JSON names ({@code bot_token}); they hold secrets and are never logged.
 */
public interface ChannelSetup {

    Channel channel();

    /** The settings a {@link #start} takes, by JSON name, in the order a form shows them. */
    List<Field> fields();

    /** The channel's credentials are set in the environment: it runs from there and is read-only here. */
    boolean inEnvironment();

    /**
     * Checks settings live against the platform (Telegram's {@code getMe}); {@code settings} empty: the running
     * configuration's (the environment's).
     *
     * @return what the platform says the account is (the bot's name), for the owner to see
     * @throws CheckFailed when the platform refuses the settings or cannot be reached
     */
    String check(Map<String, String> settings) throws CheckFailed;

    /** Starts the channel with these settings, replacing the instance started here before, if any. */
    void start(Map<String, String> settings);

    /** Stops the instance started here, if any; the environment's is left alone. */
    void stop();

    /** The health of the running instance (the environment's or the one started here); empty when none runs. */
    Optional<ChannelHealth> health();

    /**
     * One setting of a channel's form.
     *
     * @param name     its JSON name ({@code bot_token})
     * @param required a {@code PUT} without it is refused
     * @param secret   a password or token: a form hides it as it is typed
     * @param choices  the only values it takes (empty: free text)
     */
    record Field(String name, boolean required, boolean secret, List<String> choices) {

        public Field {
            choices = List.copyOf(choices);
        }

        /** A required secret (a token, a password). */
        public static Field secret(String name) {
            return new Field(name, true, true, List.of());
        }

        /** A required setting that is no secret (a host, a user name). */
        public static Field text(String name) {
            return new Field(name, true, false, List.of());
        }

        /** A setting that may be left out (its default applies). */
        public Field optional() {
            return new Field(name, false, secret, choices);
        }

        /** A setting with the only values it takes. */
        public static Field choice(String name, String... values) {
            return new Field(name, false, false, List.of(values));
        }
    }

    /** Why a live check failed: {@code unreachable} (the platform's server did not answer) or a refusal. */
    final class CheckFailed extends Exception {

        private final boolean unreachable;

        public CheckFailed(String reason, boolean unreachable) {
            super(reason);
            this.unreachable = unreachable;
        }

        public boolean unreachable() {
            return unreachable;
        }
    }
}
