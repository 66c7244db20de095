package org.answerdesk.conversation.answering;

import java.util.List;

import org.answerdesk.conversation.Suggestion;

/** Questions offered to pick from, written into a reply's own text as a numbered list. */
final class ChoiceList {

    private ChoiceList() {
    }

    /** The prompt, then the questions numbered one a line; the prompt alone when there are none. */
    static String numbered(String prompt, List<Suggestion> questions) {
        StringBuilder text = new StringBuilder(prompt);
        for (int i = 0; i < questions.size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(questions.get(i).question());
        }
        return text.toString();
    }
}
