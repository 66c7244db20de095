package org.answerdesk.handoff;

/** Published after the transaction that stored a desk post committed; a dispatcher delivers it. */
public record DeskPostStored(long postId) {
}
