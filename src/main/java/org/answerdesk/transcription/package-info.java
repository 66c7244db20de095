/**
 * Voice notes answered: with {@code answerdesk.transcription.base-url} set, the audio of a message without text
 * (a Telegram voice note or audio, a WhatsApp audio) is sent to an OpenAI-compatible speech-to-text server
 * ({@code POST {base}/audio/transcriptions}) and what it heard becomes the message's text
 * ({@link org.answerdesk.conversation.SpokenMessages}). Audio over this module's limits, and any failure of the
 * server, leave the voice note kept for the person and the customer asked to type. Unset, nothing here runs.
 */
@ApplicationModule(displayName = "Transcription", allowedDependencies = {"attachment", "conversation"})
package org.answerdesk.transcription;

import org.springframework.modulith.ApplicationModule;
