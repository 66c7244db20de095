package org.answerdesk.conversation.store;

import org.answerdesk.conversation.Suggestion;
import java.util.ArrayList;
import java.util.List;

/** Stores related questions in one text column: a line each, {@code entryId TAB score TAB question}. */
public final class SuggestionCodec {

    private SuggestionCodec() {
    }

    static String encode(List<Suggestion> suggestions) {
        StringBuilder out = new StringBuilder();
        for (Suggestion s : suggestions) {
            String question = s.question().replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
            out.append(s.entryId()).append('\t').append(s.score()).append('\t').append(question).append('\n');
        }
        return out.toString();
    }

    public static List<Suggestion> decode(String stored) {
        List<Suggestion> out = new ArrayList<>();
        if (stored == null) {
            return out;
        }
        for (String line : stored.split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                out.add(new Suggestion(Long.parseLong(parts[0]), parts[2], Double.parseDouble(parts[1])));
            }
        }
        return out;
    }
}
