/**
 * The answer decision: what the bot does with one message, as a pure function of the conversation's state and the
 * message ({@link org.answerdesk.dialogue.DialoguePolicy}), like a Rasa policy over its tracker. It reads retrieval
 * through small interfaces ({@link org.answerdesk.dialogue.FaqLookup}, {@link org.answerdesk.dialogue.PassageLookup},
 * {@link org.answerdesk.dialogue.LanguageModel}) and returns {@link org.answerdesk.dialogue.Action}s; the
 * conversation core stores, claims and delivers them. No Spring, JDBC or HTTP here: its tests are scripted
 * conversations that run in milliseconds.
 */
@ApplicationModule(displayName = "Dialogue policy", allowedDependencies = {"retrieval", "llm", "language"})
package org.answerdesk.dialogue;

import org.springframework.modulith.ApplicationModule;
