/**
 * The core's work on stored messages: intake of platform events (dedup, votes, quarantine), claims on due messages
 * with a lease ({@code FOR UPDATE SKIP LOCKED}), the answer workers that take them, and giving up on a message that
 * keeps failing. Internal to the conversation module.
 */
package org.answerdesk.conversation.work;
