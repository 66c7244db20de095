/**
 * Storage of the conversation core: conversations, inbound messages (the inbox and the database function
 * {@code store_inbound}), replies and their delivery state, the quarantine of what could not be read, per-sender counts.
 * Internal to the conversation module: other modules reach it through {@link org.answerdesk.conversation.ConversationService}
 * and {@link org.answerdesk.conversation.ConversationDesk}.
 */
package org.answerdesk.conversation.store;
