package org.answerdesk;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A WireMock extension (stubs opt in with {@code withTransformers("held")}) that counts each call as it arrives
 * and answers it only once the test releases it: a slow server whose slowness the test controls, with no fixed
 * delays to guess.
 */
public final class HeldResponses implements ResponseDefinitionTransformerV2 {

    private final AtomicInteger arrived = new AtomicInteger();
    private volatile CountDownLatch release = new CountDownLatch(1);

    /** Calls that have arrived so far (held or answered). */
    public int arrived() {
        return arrived.get();
    }

    /** Answers every held call, and every later one at once. */
    public void release() {
        release.countDown();
    }

    /**
     * A new round for the next class of a context that shares this stand-in: nothing arrived, answers held again.
     * Only once the last round was released (or nothing arrived yet), so that no call waits on the new one.
     */
    public void holdAgain() {
        if (release.getCount() != 0 && arrived.get() != 0) {
            throw new IllegalStateException("the last round is still held");
        }
        arrived.set(0);
        release = new CountDownLatch(1);
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        CountDownLatch round = release;
        arrived.incrementAndGet();
        try {
            round.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return event.getResponseDefinition();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return "held";
    }
}
