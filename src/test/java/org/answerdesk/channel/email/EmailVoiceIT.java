package org.answerdesk.channel.email;

import static org.answerdesk.Await.await;
import static org.answerdesk.channel.email.TestMailServer.deliver;
import static org.answerdesk.channel.email.TestMailServer.sentTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.answerdesk.transcription.FakeTranscriber;
import org.answerdesk.transcription.TestAudio;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * A mail with a voice recording attached (GreenMail, real OGG/Opus speech, the stand-in transcriber): its text and
 * what was said are one text, answered from the FAQ. Shares {@link EmailFilesIT}'s context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestMailServer.Settings.class)
class EmailVoiceIT {

    private static final String QUESTION = "How do I reset my password?";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMailWithARecordingIsAnsweredFromWhatWasSaid() throws Exception {
        String customer = "voice-" + UUID.randomUUID() + "@customer.example";
        String id = "<" + UUID.randomUUID() + "@customer.example>";
        byte[] audio = TestAudio.speech("Hello, I cannot log in, how do I reset my password?");
        FakeTranscriber.hears(audio, QUESTION);

        deliver(EmailFilesIT.mailWith(customer, id, "Sent from my phone",
                List.of(new EmailFilesIT.Part("recording.ogg", "audio/ogg", audio))));

        var answer = await(() -> sentTo(customer), l -> !l.isEmpty(), "the answer").get(0);
        assertThat(TestMailServer.body(answer)).contains("reset link");
        assertThat(FakeTranscriber.callsWith(audio)).hasSize(1);
        Map<String, Object> row = jdbc.sql("""
                select m.text, a.transcript, a.media_type from attachment a join inbox i on i.message_id = a.message_id
                join message m on m.id = a.message_id where i.channel = 'EMAIL' and i.event_id = :e""")
            .param("e", id).query().singleRow();
        // the phone's signature is set aside as a mail's clean-up does, so the subject is the mail's text
        assertThat(row).as("the mail's text and what was said, one text").containsEntry("text", "Help\n\n" + QUESTION)
            .containsEntry("transcript", QUESTION).containsEntry("media_type", "audio/ogg");
    }
}
