package org.answerdesk.channel.telegram;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The bot's own Telegram user ({@code getMe}), fetched once it is first needed and then kept. */
@Component
@Conditional(TelegramConditions.Enabled.class)
class BotIdentity {

    private static final Logger log = LoggerFactory.getLogger(BotIdentity.class);

    private final TelegramClient telegram;
    private volatile User me;

    BotIdentity(TelegramClient telegram) {
        this.telegram = telegram;
    }

    /** The bot's user, or empty while the Bot API cannot be reached (asked again next time). */
    Optional<User> user() {
        if (me == null) {
            synchronized (this) {
                if (me == null) {
                    try {
                        me = telegram.execute(new GetMe());
                        log.info("Telegram bot @{} (id {})", me.getUserName(), me.getId());
                    } catch (TelegramApiException e) {
                        log.warn("Could not ask Telegram who the bot is: {}", e.getMessage());
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
