package org.answerdesk.feedback;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Stores thumbs-up/down on bot answers: one row per (reply, participant), the latest vote wins, and taking a
 * reaction back removes the vote it stood for.
 */
@Service
public class FeedbackService {

    private final JdbcClient jdbc;
    private final MeterRegistry meters;
    private final ApplicationEventPublisher events;

    FeedbackService(JdbcClient jdbc, MeterRegistry meters, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.meters = meters;
        this.events = events;
    }

    /** Records or changes the participant's vote on a reply, and publishes {@link VoteCast}. */
    public void vote(long replyId, long participantId, Vote vote) {
        jdbc.sql("""
                insert into feedback (message_id, participant_id, vote) values (:m, :p, :v)
                on conflict (message_id, participant_id)
                do update set vote = excluded.vote, updated_at = now()
                """)
            .param("m", replyId).param("p", participantId).param("v", vote.value())
            .update();
        meters.counter("answerdesk.feedback", "vote", vote.name()).increment();
        events.publishEvent(new VoteCast(replyId, participantId, vote));
    }

    /** Removes the participant's vote if it is the one being taken back; a different current vote stays. */
    public void retract(long replyId, long participantId, Vote vote) {
        jdbc.sql("delete from feedback where message_id = :m and participant_id = :p and vote = :v")
            .param("m", replyId).param("p", participantId).param("v", vote.value())
            .update();
    }
}
