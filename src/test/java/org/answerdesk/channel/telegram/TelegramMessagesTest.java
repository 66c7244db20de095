package org.answerdesk.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.answerdesk.channel.telegram.TelegramMessages.Command;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;

/** Mapping recorded updates from {@code channels/telegram/fixtures} to the conversation model. */
class TelegramMessagesTest {

    private static final User BOT = new User(7000000001L, "Answerdesk", true);

    static {
        BOT.setUserName("answerdesk_test_bot");
    }

    private static Update fixture(String name) throws Exception {
        return TelegramJson.update(Files.readString(Path.of("channels/telegram/fixtures", name)));
    }

    @Test
    void aPrivateChatIsKeyedByChatAndAMessageByChatAndMessageId() throws Exception {
        var m = fixture("private-text.json").getMessage();
        assertThat(TelegramMessages.key(m).externalId()).isEqualTo("5550001");
        assertThat(TelegramMessages.ref(m.getChatId(), m.getMessageId()).externalMessageId()).isEqualTo("5550001:41");
        var p = TelegramMessages.participant(m.getFrom());
        assertThat(p.externalUserId()).isEqualTo("5550001");
        assertThat(p.displayName()).isEqualTo("Ana Lima");
    }

    @Test
    void aForumTopicGetsItsOwnKeyAndRepliesGoBackToIt() throws Exception {
        var m = fixture("forum-topic-reply.json").getMessage();
        var key = TelegramMessages.key(m);
        assertThat(key.externalId()).isEqualTo("-1002233445566:77");
        var target = TelegramMessages.target(key);
        assertThat(target.chatId()).isEqualTo(-1002233445566L);
        assertThat(target.topicId()).isEqualTo(77);
        assertThat(target.group()).isTrue();
    }

    @Test
    void groupMessagesAreForTheBotOnlyWhenTheyMentionOrReplyToIt() throws Exception {
        assertThat(TelegramMessages.addressesBot(fixture("group-mention.json").getMessage(), BOT)).isTrue();
        assertThat(TelegramMessages.addressesBot(fixture("forum-topic-reply.json").getMessage(), BOT)).isTrue();
        assertThat(TelegramMessages.addressesBot(fixture("group-chatter.json").getMessage(), BOT)).isFalse();
        assertThat(TelegramMessages.withoutMention("@AnswerDesk_Test_Bot do you ship to Canada?", "answerdesk_test_bot"))
                .isEqualTo("do you ship to Canada?");
    }

    @Test
    void commandsAreRecognisedWithOrWithoutTheBotsName() {
        assertThat(TelegramMessages.command("/start", "answerdesk_test_bot")).isEqualTo(Command.START);
        assertThat(TelegramMessages.command("/help@answerdesk_test_bot", "answerdesk_test_bot")).isEqualTo(Command.HELP);
        assertThat(TelegramMessages.command("/reset please", "answerdesk_test_bot")).isEqualTo(Command.RESET);
        assertThat(TelegramMessages.command("/start@other_bot", "answerdesk_test_bot")).isEqualTo(Command.FOREIGN);
        assertThat(TelegramMessages.command("/weather", "answerdesk_test_bot")).isEqualTo(Command.UNKNOWN);
        assertThat(TelegramMessages.command("How do I use /reset?", "answerdesk_test_bot")).isNull();
    }

    @Test
    void mediaMessagesAreNamedAndTextIsNot() throws Exception {
        assertThat(TelegramMessages.mediaKind(fixture("private-photo.json").getMessage())).isEqualTo("photo");
        assertThat(TelegramMessages.mediaKind(fixture("private-sticker.json").getMessage())).isEqualTo("sticker");
        assertThat(TelegramMessages.mediaKind(fixture("private-text.json").getMessage())).isNull();
    }

    @Test
    void reactionsAndButtonsAreReadFromTheirRecordedShape() throws Exception {
        var reaction = fixture("reaction-thumbs-up.json").getMessageReaction();
        assertThat(reaction.getNewReaction()).hasSize(1);
        var button = fixture("callback-vote.json").getCallbackQuery();
        assertThat(button.getMessage().getMessageId()).isEqualTo(1001);
        assertThat(button.getData()).isEqualTo("fb:down");
    }

    @Test
    void anUpdateTheLibraryCannotReadKeepsOnlyItsIdAndGarbageIsRefused() {
        Update bare = TelegramJson.update("{\"update_id\": 12, \"message\": [1, 2]}");
        assertThat(bare.getUpdateId()).isEqualTo(12);
        assertThat(bare.hasMessage()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TelegramJson.update("not json"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TelegramJson.update("{\"message\": {}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("update_id");
    }
}
