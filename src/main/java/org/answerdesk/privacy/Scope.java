package org.answerdesk.privacy;

/**
 * The rows a deletion covers: the participants (customers) it is about, the conversations that are wholly theirs
 * or wholly past the retention, and every message to go (those conversations' messages, the participants' messages
 * elsewhere and the replies to them).
 */
record Scope(Long[] participants, Long[] conversations, Long[] messages) {

    boolean isEmpty() {
        return participants.length == 0 && conversations.length == 0 && messages.length == 0;
    }
}
