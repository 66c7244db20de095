/**
 * The conversation model every channel maps to, the one channel contract
 * ({@link org.answerdesk.conversation.ChannelAdapter}) and the core's services: this package is the module's API.
 * Inside: {@code store} (conversations, inbox, replies), {@code work} (intake, claims, the answer workers) and
 * {@code answering} (carrying out the dialogue policy's decision for one message); the decision itself is
 * {@code org.answerdesk.dialogue}'s.
 */
@ApplicationModule(displayName = "Conversation core", allowedDependencies = {"brand", "dialogue", "faq", "feedback", "hours", "knowledge", "language", "llm", "redaction", "retrieval"})
package org.answerdesk.conversation;

import org.springframework.modulith.ApplicationModule;
