package org.answerdesk.channel.telegram;

import org.answerdesk.language.TestTexts;
import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.answerdesk.conversation.ChoicePayload;
import org.answerdesk.conversation.Suggestion;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

class TelegramClarifyTest {

    @Test
    void aButtonPerChoiceThenSomethingElseThenAPerson() {
        var keyboard = TelegramClarify.keyboard(77, List.of(new Suggestion(3, "How do I reset my password?", 0.5),
                new Suggestion(9, "Why can I not log in to my account even though my password is right and my email is confirmed?", 0.4)), TestTexts.ENGLISH, Locale.ENGLISH);
        List<InlineKeyboardButton> buttons = keyboard.getKeyboard().stream().map(row -> {
            assertThat(row).hasSize(1);
            return row.get(0);
        }).toList();
        assertThat(buttons).extracting(InlineKeyboardButton::getCallbackData)
                .containsExactly("pick:77:3", "pick:77:9", "pick:77:else", "human");
        assertThat(buttons.get(0).getText()).isEqualTo("How do I reset my password?");
        assertThat(buttons.get(1).getText()).endsWith("…").hasSizeLessThanOrEqualTo(TelegramClarify.LABEL_LENGTH);
        assertThat(buttons.get(2).getText()).isEqualTo(ChoicePayload.SOMETHING_ELSE_LABEL);
        assertThat(buttons.get(3).getText()).contains(ChoicePayload.TALK_TO_PERSON_LABEL);
        buttons.forEach(b -> assertThat(b.getCallbackData().getBytes()).hasSizeLessThanOrEqualTo(64));
    }
}
