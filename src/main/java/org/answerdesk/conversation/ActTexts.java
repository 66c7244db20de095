package org.answerdesk.conversation;

/**
 * What the bot says to small talk and meta requests ({@code answerdesk.conversation.acts.*}); none of these opens a
 * ticket. {@code {bot}} is the bot's name on the channel. Each overrides, in the shop's default language, the
 * bundle's text of the same name ({@code conversation.acts.*}, e.g. {@code conversation.acts.not-helped-choices}); unset,
 * the bundle's text is said.
 *
 * @param greeting         the reply to a greeting, sent with the most asked questions as chips or buttons
 * @param welcome          the reply to a thanks or ok right after an answer (a confirmed resolution); a goodbye there,
 *                         or a thanks that ends with one, gets the bundle key {@code conversation.acts.welcome-bye}
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
        String greeting,
        String welcome,
        String thanks,
        String bye,
        String yes,
        String no,
        String bot,
        String capabilities,
        String chitchat,
        String notHelpedChoices) {
}
