/**
 * The conversation model every channel maps to, the one channel contract ({@link org.answerdesk.conversation.ChannelAdapter}), and the core that decides when and how a message is answered: the inbox, the answer workers, the outbox.
 */
@ApplicationModule(displayName = "Conversation core", allowedDependencies = {"dialogue", "faq", "feedback", "hours", "knowledge", "llm", "redaction", "retrieval"})
package org.answerdesk.conversation;

import org.springframework.modulith.ApplicationModule;
