package org.answerdesk.channel.slack;

import org.answerdesk.language.TestTexts;
import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import org.answerdesk.conversation.ChoicePayload;
import org.answerdesk.conversation.Suggestion;
import org.junit.jupiter.api.Test;

class SlackClarifyTest {

    @Test
    void theTextThenOneActionsBlockWithUniqueActionIdsAndThePayloadsAsValues() {
        var blocks = SlackClarify.blocks("Did you mean one of these?", 12,
                List.of(new Suggestion(3, "How do I reset my password?", 0.5), new Suggestion(4, "x ".repeat(60), 0.4)), TestTexts.ENGLISH, Locale.ENGLISH);
        assertThat(blocks).hasSize(2);
        assertThat(((SectionBlock) blocks.get(0)).getText().getText()).isEqualTo("Did you mean one of these?");
        List<ButtonElement> buttons = ((ActionsBlock) blocks.get(1)).getElements().stream()
                .map(ButtonElement.class::cast).toList();
        assertThat(buttons).extracting(ButtonElement::getValue)
                .containsExactly("pick:12:3", "pick:12:4", "pick:12:else", SlackClarify.HUMAN);
        assertThat(buttons).extracting(ButtonElement::getActionId).doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith(SlackClarify.ACTION_PREFIX));
        assertThat(buttons).extracting(b -> b.getText().getText())
                .contains("How do I reset my password?", ChoicePayload.SOMETHING_ELSE_LABEL,
                        ChoicePayload.TALK_TO_PERSON_LABEL)
                .allMatch(label -> label.length() <= SlackClarify.LABEL_LENGTH);
    }
}
