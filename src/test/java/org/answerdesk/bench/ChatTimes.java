package org.answerdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.answerdesk.HttpApi;

/** A customer chatting while a benchmark loads the app: the time of each answer, four sample-FAQ questions in turn. */
final class ChatTimes {

    private static final List<String> QUESTIONS = List.of("How do I reset my password?", "Do you ship to Canada?",
            "How do I get an invoice with VAT?", "My item arrived damaged. What should I do?");

    private ChatTimes() {
    }

    /** The nanoseconds each of {@code n} questions took to be answered, in one session; a refusal ends the run. */
    static List<Long> of(HttpApi api, int n) {
        List<Long> times = new ArrayList<>();
        String session = "chat-" + UUID.randomUUID();
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            var r = api.post("/api/chat", HttpApi.json("session_id", session, "message",
                    QUESTIONS.get(i % QUESTIONS.size())));
            if (r.status() != 200) {
                throw new IllegalStateException("chat answered " + r.status() + ": " + r.body());
            }
            times.add(System.nanoTime() - t);
        }
        return times;
    }
}
