package org.answerdesk.conversation.work;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ReplySource;
import org.answerdesk.conversation.answering.ReplyDraft;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * The answer meters: {@code answerdesk.replies} (by channel and source) and {@code answerdesk.reply.latency}, with
 * {@code answerdesk.replies.clarified} for FAQ answers given after a pick, and {@code answerdesk.choices.refused}
 * (by reason) for presses that got no answer.
 */
@Component
public class ReplyMeters {

    private final MeterRegistry meters;
    // looked up once each: a registry lookup per answer builds ids and tags, and costs more than the increment
    private final AtomicReferenceArray<Counter> replyCounters =
            new AtomicReferenceArray<>(Channel.values().length * ReplySource.values().length);
    private final AtomicReferenceArray<Timer> latencyTimers = new AtomicReferenceArray<>(ReplySource.values().length);

    ReplyMeters(MeterRegistry meters) {
        this.meters = meters;
    }

    public void count(Channel channel, ReplyDraft answer, int latencyMs) {
        ReplySource source = answer.source();
        int slot = channel.ordinal() * ReplySource.values().length + source.ordinal();
        Counter counter = replyCounters.get(slot);
        if (counter == null) { // the registry gives the same meter to every thread that asks
            counter = meters.counter("answerdesk.replies", "channel", channel.name(), "source", source.name());
            replyCounters.set(slot, counter);
        }
        Timer timer = latencyTimers.get(source.ordinal());
        if (timer == null) {
            timer = meters.timer("answerdesk.reply.latency", "source", source.name());
            latencyTimers.set(source.ordinal(), timer);
        }
        counter.increment();
        timer.record(Duration.ofMillis(latencyMs));
        if (answer.clarified()) {
            meters.counter("answerdesk.replies.clarified", "channel", channel.name()).increment();
        }
    }

    public void refused(Channel channel, String reason) {
        meters.counter("answerdesk.choices.refused", "channel", channel.name(), "reason", reason).increment();
    }

    public void takenOver() {
        meters.counter("answerdesk.answers.taken.over").increment();
    }
}
