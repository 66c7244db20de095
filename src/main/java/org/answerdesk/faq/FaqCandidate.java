package org.answerdesk.faq;

import java.util.List;

/**
 * A group of near-duplicate customer questions that agents answered, proposed as one new FAQ entry.
 *
 * @param id        the group's id (that of its first candidate); approve or reject by it
 * @param questions every customer question in the group, first asked first
 * @param answer    the latest agent answer in the group
 */
public record FaqCandidate(long id, List<String> questions, String answer, String agent, int size) {
}
