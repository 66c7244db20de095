/**
 * Answering one claimed message: gathers the state the dialogue policy needs ({@link org.answerdesk.dialogue.DialoguePolicy}
 * decides), renders the decided actions with the owner's texts into reply drafts, resolves button presses, and commits
 * the drafts with the message's new state in one transaction ({@link org.answerdesk.conversation.answering.DraftCommitter}).
 * Internal to the conversation module; it decides nothing itself.
 */
package org.answerdesk.conversation.answering;
