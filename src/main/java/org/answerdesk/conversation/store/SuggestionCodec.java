package org.answerdesk.conversation.store;

import org.answerdesk.conversation.Suggestion;
import org.answerdesk.retrieval.FaqMatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/** Stores related questions in one text column: a line each, {@code entryId TAB score TAB question}. */
public final class SuggestionCodec {

    private SuggestionCodec() {
    }

    static String encode(List<Suggestion> suggestions) {
        StringBuilder out = new StringBuilder();
        for (Suggestion s : suggestions) {
            String question = flat(s.question());
            out.append(s.entryId()).append('\t').append(s.score()).append('\t').append(question).append('\n');
        }
        return out.toString();
    }

    /**
     * The suggestions as {@link #decode} reads back what {@link #encode} wrote of them ({@code decode(encode(s))}),
     * without writing and parsing the text: the same entries and scores, each question on one line.
     */
    static List<Suggestion> asStored(List<Suggestion> suggestions) {
        List<Suggestion> out = new ArrayList<>(suggestions.size());
        for (Suggestion s : suggestions) {
            String question = flat(s.question());
            // a double's shortest decimal is read back as the same double, NaN and infinities included
            out.add(question.equals(s.question()) ? s : new Suggestion(s.entryId(), question, s.score()));
        }
        return out;
    }

    private static String flat(String question) {
        return question.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
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

    /**
     * The choices a reply offered, as {@link #decode} reads them, each with its entry's answer now among
     * {@code answers} (of the entries {@code ids}, in the same order): null when the entry is gone.
     */
    static List<FaqMatch> offered(String stored, Long[] ids, String[] answers) {
        Map<Long, String> answerOf = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            answerOf.put(ids[i], answers[i]);
        }
        return decode(stored).stream()
            .map(s -> new FaqMatch(s.entryId(), s.question(), answerOf.get(s.entryId()), s.score())).toList();
    }
}
