package org.answerdesk.channel.telegram;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.answerdesk.channel.telegram.TelegramMessages.Command;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.MessageRef;
import org.answerdesk.feedback.Vote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Answers stored messages off the receiving thread, so that updates are acknowledged at once. If the app stops
 * before an answer is made, the message stays unanswered in the database and the recovery sweep answers it.
 * At most {@code answerdesk.telegram.queue-capacity} answers wait for a worker: the intake asks {@link #room()}
 * before it takes more updates, and each update gives at most one task, so nothing is turned away here.
 */
@Component
@Conditional(TelegramConditions.Enabled.class)
class TelegramAnswers implements DisposableBean {

    /** How a stored message is answered. */
    enum Kind {
        QUESTION, START, HELP, RESET, NOT_TEXT, TOO_LONG;

        static Kind of(Command command) {
            if (command == null || command == Command.HUMAN) {
                return QUESTION;
            }
            return switch (command) {
                case START -> START;
                case RESET -> RESET;
                default -> HELP;
            };
        }
    }

    private static final Logger log = LoggerFactory.getLogger(TelegramAnswers.class);

    private final ConversationService conversations;
    private final TelegramClient telegram;
    private final BotIdentity bot;
    private final BlockingQueue<Runnable> queue;
    private final ThreadPoolExecutor workers;
    private final Object roomMade = new Object();

    TelegramAnswers(ConversationService conversations, TelegramClient telegram, BotIdentity bot,
                    TelegramProperties properties) {
        this.conversations = conversations;
        this.telegram = telegram;
        this.bot = bot;
        var count = new AtomicInteger();
        this.queue = new ArrayBlockingQueue<>(properties.queueCapacity());
        this.workers = new ThreadPoolExecutor(properties.workers(), properties.workers(), 0, TimeUnit.SECONDS, queue,
                r -> new Thread(r, "telegram-answer-" + count.incrementAndGet())) {
            @Override
            protected void beforeExecute(Thread t, Runnable r) {
                synchronized (roomMade) {
                    roomMade.notifyAll(); // the task left the queue
                }
            }
        };
    }

    /** How many more answers may be queued now. */
    int room() {
        return queue.remainingCapacity();
    }

    /** Waits until an answer may be queued, for at most {@code max}; true if there is room. */
    boolean awaitRoom(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        synchronized (roomMade) {
            while (room() == 0) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                roomMade.wait(left);
            }
        }
        return true;
    }

    /** Answers the stored message soon; the answer is delivered by the reply dispatcher. */
    void answer(long inboundId, ConversationKey key, Kind kind) {
        run("answer message " + inboundId, () -> {
            switch (kind) {
                case QUESTION -> {
                    typing(key);
                    conversations.respond(inboundId);
                }
                case START -> conversations.respondWith(inboundId, "Hi! I'm " + bot.name() + ", the support bot. "
                        + "Ask me a question in your own words and I'll answer from our help center; if I can't, "
                        + "a person from our team will follow up here. Rate my answers with 👍 or 👎.\n\n" + HELP);
                case HELP -> conversations.respondWith(inboundId, HELP);
                case RESET -> {
                    conversations.reset(key);
                    conversations.respondWith(inboundId, "Done: I've started a fresh conversation. What can I help "
                            + "you with?");
                }
                case NOT_TEXT -> conversations.respondWith(inboundId, "Sorry, I can only read text messages. "
                        + "Please type your question and I'll do my best to help.");
                case TOO_LONG -> conversations.respondWith(inboundId, conversations.tooLongNotice());
            }
        });
    }

    private static final String HELP = "Just type your question, for example \"How do I reset my password?\".\n"
            + "/human asks for a person from our team\n/reset starts a fresh conversation\n/help shows this message";

    /** "Talk to a person" pressed: the button is answered and, when it was stored as new, the request answered. */
    void askedForPerson(String callbackId, Long inboundId) {
        run("answer button " + callbackId, () -> {
            telegram.execute(new AnswerCallbackQuery(callbackId));
            if (inboundId != null) {
                conversations.respond(inboundId);
            }
        });
    }

    /**
     * Answers a button press (Telegram shows the text briefly) and, in private chats, marks the chosen button.
     */
    void acknowledgeButton(String callbackId, String text, MessageRef votedOn, Vote vote) {
        run("answer button " + callbackId, () -> {
            var answer = new AnswerCallbackQuery(callbackId);
            answer.setText(text);
            telegram.execute(answer);
            if (votedOn != null) {
                String[] ref = votedOn.externalMessageId().split(":");
                telegram.execute(EditMessageReplyMarkup.builder().chatId(ref[0]).messageId(Integer.valueOf(ref[1]))
                        .replyMarkup(TelegramFormat.feedbackKeyboard(vote)).build());
            }
        });
    }

    private void typing(ConversationKey key) {
        var target = TelegramMessages.target(key);
        try {
            telegram.execute(SendChatAction.builder().chatId(target.chatId()).messageThreadId(target.topicId())
                    .action("typing").build());
        } catch (TelegramApiException e) {
            log.debug("Typing indicator not shown in {}: {}", key.externalId(), e.getMessage());
        }
    }

    private interface Task {
        void run() throws TelegramApiException;
    }

    private void run(String what, Task task) {
        try {
            workers.execute(() -> {
                try {
                    task.run();
                } catch (TelegramApiException | RuntimeException e) {
                    log.warn("Could not {}: {}", what, e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            // a stored message is answered by the recovery sweep; only a button's spinner is lost
            log.info("{} is left to the recovery sweep: {}", what, workers.isShutdown() ? "shutting down"
                    : "the answer queue is full");
        }
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
