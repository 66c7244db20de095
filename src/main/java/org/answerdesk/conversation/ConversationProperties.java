package org.answerdesk.conversation;

import org.answerdesk.dialogue.Intent;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The pipeline's settings ({@code answerdesk.conversation.*}).
 *
 * @param maxMessageLength longest accepted message, in characters; a longer one is stored as a placeholder and
 *                         answered with {@code tooLongMessage}
 * @param handoffMessage   what the bot says when neither the FAQ nor the LLM can answer, in the shop's default
 *                         language (unset: the bundle's {@code conversation.handoff})
 * @param humanRequestedMessage what the bot says when the customer asks for a person ({@code /human}, the button,
 *                         "talk to a human") (unset: the bundle's {@code conversation.human-requested})
 * @param humanOfferMessage     what the bot says after a thumbs-down on one of its answers (unset: the bundle's {@code conversation.human-offer})
 * @param answerLease      how long an answer may take before another worker (on any instance) may take the same
 *                         message over
 * @param workers          threads of the core's answer pool, on each instance; every channel's messages are stored
 *                         due and answered there (never on a platform's intake thread, so a slow LLM never holds up
 *                         Telegram, Slack or the mailbox); 0 takes messages in without answering them here
 * @param pollInterval     how often an idle worker looks for due messages it was not woken for (stored by another
 *                         instance, left by a worker that died)
 * @param startMessage     the answer to {@code /start} (Telegram), sent with the most asked FAQ questions as buttons
 *                         that ask them ({@link Intent#START}); {@code {bot}} is the bot's name on the channel (unset: the bundle's {@code conversation.start})
 * @param helpMessage      the answer to {@code /help}, an unknown command, or a bare mention of the bot
 *                         ({@link Intent#HELP}) (unset: the bundle's {@code conversation.help})
 * @param resetMessage     the answer to {@code /reset}, after the live conversation is closed ({@link Intent#RESET}) (unset: the bundle's {@code conversation.reset})
 * @param notTextMessage   the answer to a photo, sticker, voice message and the like ({@link Intent#NOT_TEXT}) (unset: the bundle's {@code conversation.not-text})
 * @param tooLongMessage   the answer to a chat message longer than {@code maxMessageLength} ({@link Intent#TOO_LONG};
 *                         the web API answers 400 instead, mail is cut at the limit); {@code {max}} is the limit (unset: the bundle's {@code conversation.too-long})
 * @param maxAnswerAttempts how many times a worker may claim one message to answer it (at least 1). A failure
 *                         retrying can cure (the database is overloaded, a connection broke) is tried again after
 *                         {@code answerLease}; once this many attempts failed, or at once for a failure retrying
 *                         cannot cure (the embedder refused the text, a value the database will never take), the
 *                         bot gives the message up: the customer gets {@code handoffMessage}, a person takes over,
 *                         and the message is quarantined ({@code answerdesk.quarantined}, its id logged). So no
 *                         single message holds the answer queue, across restarts too.
 * @param clarifyMessage   what the bot says when it is not sure which FAQ entry the customer means and offers the
 *                         closest ones as choices; the questions follow, numbered, so a channel without buttons
 *                         still reads well (unset: the bundle's {@code conversation.clarify})
 * @param acts             what the bot says to small talk and meta requests (unset: the bundle's
 *                         {@code conversation.acts.*})
 * @param contextWindow    how long after the bot's last reply a message is still read with it ("thanks" confirms
 *                         that answer, "that's not it" offers the next-best entries, "say that again" repeats it)
 * @param acknowledgeWindow while the conversation waits for a person, a message the bot cannot answer gets "the team
 *                         has your message": on a chat every time, the shorter text within this time of the last;
 *                         by email, and once a person wrote, at most once in this time (a burst gets one)
 * @param askIfHelped      after a direct answer, offer "That helped" and "Something else" as quick replies where the
 *                         channel shows them (web chips, Telegram inline buttons, WhatsApp reply buttons, Slack
 *                         buttons; not in mail); off by default: a thanks or an ok counts
 *                         the same, and a question after every answer is noise for most customers
 * @param actsFile         a file of extra act phrasings ({@code label<TAB>text} lines, as the shipped
 *                         {@code dialogue/acts.tsv}), for example in another language; empty for none
 */
@ConfigurationProperties("answerdesk.conversation")
public record ConversationProperties(
        @DefaultValue("4000") int maxMessageLength,
        String handoffMessage,
        String humanRequestedMessage,
        String humanOfferMessage,
        @DefaultValue("2m") Duration answerLease,
        @DefaultValue("4") int workers,
        @DefaultValue("2s") Duration pollInterval,
        String startMessage,
        String helpMessage,
        String resetMessage,
        String notTextMessage,
        String tooLongMessage,
        @DefaultValue("5") int maxAnswerAttempts,
        String clarifyMessage,
        @DefaultValue @NestedConfigurationProperty ActTexts acts,
        @DefaultValue("30m") Duration contextWindow,
        @DefaultValue("10m") Duration acknowledgeWindow,
        @DefaultValue("false") boolean askIfHelped,
        @DefaultValue("") String actsFile) {

    public ConversationProperties {
        if (workers < 0 || answerLease.isNegative() || answerLease.isZero() || pollInterval.isNegative() || pollInterval.isZero()
                || maxAnswerAttempts < 1) {
            throw new IllegalArgumentException("answerdesk.conversation.workers must be 0 or more, answer-lease and "
                    + "poll-interval positive, max-answer-attempts 1 or more");
        }
    }
}
