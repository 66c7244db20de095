package org.answerdesk.channel.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.Suggestion;
import org.answerdesk.feedback.Vote;
import org.junit.jupiter.api.Test;

class SlackTextTest {

    @Test
    void escapesSlacksControlCharacters() {
        assertThat(SlackText.escape("<!channel> & <@U1> <https://x|y>"))
                .isEqualTo("&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;https://x|y&gt;");
    }

    @Test
    void listsEscapedRelatedQuestionsUnderTheAnswerAndKeepsBold() {
        String text = SlackText.reply("It takes **5 days**.", List.of(new Suggestion(1, "Refunds <fast>?", 0.6),
                new Suggestion(2, "Returns & exchanges", 0.5)), "Related questions:");

        assertThat(text).isEqualTo("It takes *5 days*.\n\n*Related questions:*\n• Refunds &lt;fast&gt;?"
                + "\n• Returns &amp; exchanges");
        assertThat(SlackText.reply("Plain.", List.of(), "Related questions:")).isEqualTo("Plain.");
    }

    @Test
    void theQuestionIsTheTextWithoutTheBotsMentionAndSlackEscapes() {
        assertThat(SlackText.question("<@U0BOT>  is 5 &lt; 6 &amp;&amp; ok?", "U0BOT")).isEqualTo("is 5 < 6 && ok?");
        assertThat(SlackText.question("hey <@U0BOT|answerdesk> refunds? cc <@U0OTHER>", "U0BOT"))
                .isEqualTo("hey refunds? cc <@U0OTHER>");
        assertThat(SlackText.question(null, "U0BOT")).isEmpty();
        assertThat(SlackText.mentions("thanks <@U0BOT>", "U0BOT")).isTrue();
        assertThat(SlackText.mentions("thanks", "U0BOT")).isFalse();
    }

    @Test
    void thumbsReactionsInAnySkinToneAreVotesOthersAreNot() {
        assertThat(SlackText.vote("+1")).isEqualTo(Vote.UP);
        assertThat(SlackText.vote("thumbsup")).isEqualTo(Vote.UP);
        assertThat(SlackText.vote("+1::skin-tone-3")).isEqualTo(Vote.UP);
        assertThat(SlackText.vote("-1")).isEqualTo(Vote.DOWN);
        assertThat(SlackText.vote("thumbsdown::skin-tone-6")).isEqualTo(Vote.DOWN);
        assertThat(SlackText.vote("heart")).isNull();
        assertThat(SlackText.vote("thumbsup_all")).isNull();
        assertThat(SlackText.vote(null)).isNull();
    }

    @Test
    void aThreadIsItsConversationKeyAndBack() {
        var thread = new SlackThread("T1", "C1", "1718000000.000100");
        assertThat(thread.key()).isEqualTo(new ConversationKey(Channel.SLACK, "T1:C1:1718000000.000100"));
        assertThat(SlackThread.of(thread.key())).isEqualTo(thread);
        assertThat(SlackThread.of(new ConversationKey(Channel.SLACK, "T1:D1"))).isEqualTo(new SlackThread("T1", "D1", null));
        assertThatThrownBy(() -> SlackThread.of(new ConversationKey(Channel.WEB, "T1:C1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void propertiesNeverShowTheirSecrets() {
        var properties = new SlackProperties("xoxb-secret", "sign-secret", "xapp-secret", "http://localhost:1/api", null);

        assertThat(properties.toString()).doesNotContain("xoxb-secret", "sign-secret", "xapp-secret");
        assertThat(properties.apiUrl()).isEqualTo("http://localhost:1/api/");
        assertThat(properties.socketMode()).isTrue();
        assertThat(new SlackProperties(" ", null, "", null, " ").botToken()).isNull();
    }
}
