package org.answerdesk.transcription;

import org.answerdesk.attachment.AttachmentProperties;
import org.answerdesk.attachment.VoiceNotes;
import org.answerdesk.conversation.ConversationProperties;
import org.answerdesk.conversation.SpokenMessages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.MeterRegistry;

/** The transcriber, only with a base URL: unset, no {@link SpokenMessages} exists and voice notes stay files. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TranscriptionProperties.class)
class TranscriptionConfiguration {

    @Bean
    @ConditionalOnExpression("!'${answerdesk.transcription.base-url:}'.isBlank()")
    SpokenMessages transcriptions(VoiceNotes voices, TranscriptionProperties properties,
                                  AttachmentProperties attachments, ConversationProperties conversations,
                                  MeterRegistry meters) {
        // the download, the wait for a free call and the call itself all run under the answer's lease
        var worst = attachments.downloadTimeout().plus(properties.timeout().multipliedBy(2));
        if (worst.compareTo(conversations.answerLease()) >= 0) {
            throw new IllegalStateException("answerdesk.transcription.timeout (" + properties.timeout()
                    + ") is too long: twice it plus the attachment download time-out (" + attachments.downloadTimeout()
                    + ") must stay inside answerdesk.conversation.answer-lease (" + conversations.answerLease() + ")");
        }
        if (properties.attempts() > conversations.maxAnswerAttempts()) {
            throw new IllegalStateException("answerdesk.transcription.attempts (" + properties.attempts() + ") must "
                    + "not exceed answerdesk.conversation.max-answer-attempts (" + conversations.maxAnswerAttempts()
                    + "): each attempt is a claim on the message");
        }
        return new Transcriptions(voices, new TranscriptionServer(properties), properties, attachments, meters);
    }
}
