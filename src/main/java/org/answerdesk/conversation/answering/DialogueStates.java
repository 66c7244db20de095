package org.answerdesk.conversation.answering;

import java.time.Instant;
import java.util.Locale;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChannelAdapters;
import org.answerdesk.conversation.ConversationStatus;
import org.answerdesk.conversation.work.ClaimedInbound;
import org.answerdesk.conversation.store.ConversationStore;
import org.answerdesk.dialogue.DialogueState;
import org.answerdesk.dialogue.Intent;
import org.answerdesk.language.LanguageDetection;
import org.answerdesk.language.Languages;
import org.springframework.stereotype.Component;

/**
 * The one state the {@link org.answerdesk.dialogue.DialoguePolicy} reads about a claimed message, from the one query
 * that read its situation. The conversation's language moves on with the message (a clear question in another served
 * language switches it; a lone "ok" never does), and in a shop of several languages the new one is recorded here.
 */
@Component
class DialogueStates {

    private final ConversationStore store;
    private final ChannelAdapters adapters;
    private final Greetings greetings;
    private final AwayNotices away;
    private final Languages languages;
    private final LanguageDetection detection;

    DialogueStates(ConversationStore store, ChannelAdapters adapters, Greetings greetings, AwayNotices away,
                   Languages languages, LanguageDetection detection) {
        this.store = store;
        this.adapters = adapters;
        this.greetings = greetings;
        this.away = away;
        this.languages = languages;
        this.detection = detection;
    }

    DialogueState of(ConversationStore.Situation situation, ClaimedInbound inbound) {
        var conversation = situation.conversation();
        Locale known = situation.language() == null ? null : Locale.forLanguageTag(situation.language());
        Locale language = inbound.intent() == Intent.QUESTION ? detection.next(known, inbound.text(), situation.languageHint())
                : known != null ? known : languages.defaultLanguage();
        if (languages.several() && !language.equals(known)) {
            store.setLanguage(conversation.id(), language.toLanguageTag()); // a one-language shop needs no record
        }
        return new DialogueState(conversation.status() == ConversationStatus.NEEDS_HUMAN,
                conversation.personJoined(), conversation.humanOfferedRecently(),
                adapters.opensTicketWithChoices(conversation.key().channel()),
                greetings.dueBeforeFirstAnswer(conversation.key(), situation.replied()),
                away.at(Instant.now(), language), situation.history(), situation.lastReply(), language,
                situation.acknowledged(), situation.angryBefore(), conversation.key().channel() != Channel.EMAIL);
    }
}
