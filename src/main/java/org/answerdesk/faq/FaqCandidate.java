package org.answerdesk.faq;

import java.util.List;

/**
 * A group of near-duplicate customer questions that agents answered, proposed as one new FAQ entry.
 *
 * @param id        the group's id (that of its first candidate); approve or reject by it
 * @param questions every customer question in the group, first asked first
 * @param answer    the agent answer proposed: the one pinned at the desk, else the latest in the group
 * @param pinned    whether staff pinned an answer of the group at the desk (a recommendation, not a publication)
 * @param origin    null for agents' answers at the desk; else where the draft came from, e.g. "knowledge source 3"
 * @param phrasings a draft's other ways to ask, which become phrasings of the entry with the group's questions
 * @param sourceUrl the passage a draft was written from (null for agents' answers)
 */
public record FaqCandidate(long id, List<String> questions, String answer, String agent, int size, boolean pinned,
                           String origin, List<String> phrasings, String sourceUrl) {
}
