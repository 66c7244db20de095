package org.answerdesk.conversation;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the bot says to small talk and meta requests ({@code answerdesk.conversation.acts.*}); none of these opens a
 * ticket. {@code {bot}} is the bot's name on the channel.
 *
 * @param greeting         the reply to a greeting, sent with the most asked questions as chips or buttons
 * @param welcome          the reply to a thanks, ok or bye right after an answer (a confirmed resolution)
 * @param thanks           the reply to a thanks or ok anywhere else
 * @param bye              the reply to a goodbye anywhere else
 * @param yes              the reply to a yes when the bot asked nothing
 * @param no               the reply to a no when the bot asked nothing, to a declined offer of a person, and to
 *                         "never mind" or "cancel that"
 * @param bot              the honest answer to "are you a bot?", with how to reach a person
 * @param capabilities     the reply to "what can you do?" or "help", sent with the most asked questions
 * @param chitchat         the reply to jokes, questions about the bot, the weather and other talk that needs no one
 * @param notHelpedChoices what the bot says before the next-best entries, when its answer did not help
 */
public record ActTexts(
        @DefaultValue("Hi! How can I help you today?") String greeting,
        @DefaultValue("You're welcome! Glad that helped. Anything else, just ask.") String welcome,
        @DefaultValue("You're welcome! Is there anything I can help you with?") String thanks,
        @DefaultValue("Goodbye, and have a nice day!") String bye,
        @DefaultValue("Great! What can I help you with?") String yes,
        @DefaultValue("Alright. If there's anything else, just ask.") String no,
        @DefaultValue("I'm {bot}, an automated assistant. I answer from our help center; for a person from our "
                + "team, say \"talk to a person\".") String bot,
        @DefaultValue("I can answer questions about our shop and your orders. Ask in your own words, or pick one of "
                + "these. For a person from our team, say \"talk to a person\".") String capabilities,
        @DefaultValue("I'm just the support bot, so I'll stick to what I know: questions about our shop and your "
                + "orders. Ask me one, or say \"talk to a person\" to reach our team.") String chitchat,
        @DefaultValue("Sorry about that. Did you mean one of these?") String notHelpedChoices) {
}
