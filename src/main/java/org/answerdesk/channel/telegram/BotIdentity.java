package org.answerdesk.channel.telegram;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The bot's own Telegram user ({@code getMe}), fetched once it is first needed and then kept. While the Bot API
 * cannot be reached it is asked again at most every {@link #RETRY_AFTER}, not once per incoming message.
 */
@Component
@Conditional(TelegramConditions.Enabled.class)
class BotIdentity {

    private static final Logger log = LoggerFactory.getLogger(BotIdentity.class);

    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final TelegramClient telegram;
    private volatile User me;
    private final Duration retryAfter;
    private long nextAttemptNanos = System.nanoTime();

    @Autowired
    BotIdentity(TelegramClient telegram) {
        this(telegram, RETRY_AFTER);
    }

    BotIdentity(TelegramClient telegram, Duration retryAfter) {
        this.telegram = telegram;
        this.retryAfter = retryAfter;
    }

    /** The bot's user, or empty while the Bot API cannot be reached. */
    Optional<User> user() {
        if (me == null) {
            synchronized (this) {
                if (me == null && System.nanoTime() - nextAttemptNanos >= 0) {
                    try {
                        me = telegram.execute(new GetMe());
                        log.info("Telegram bot @{} (id {})", me.getUserName(), me.getId());
                    } catch (TelegramApiException e) {
                        nextAttemptNanos = System.nanoTime() + retryAfter.toNanos();
                        log.warn("Could not ask Telegram who the bot is (asking again in {}): {}", retryAfter,
                                e.getMessage());
                    }
                }
            }
        }
        return Optional.ofNullable(me);
    }

    String username() {
        return user().map(User::getUserName).orElse(null);
    }

    String name() {
        return user().map(User::getFirstName).orElse("the support bot");
    }
}
