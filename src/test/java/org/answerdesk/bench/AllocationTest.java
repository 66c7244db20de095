package org.answerdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

class AllocationTest {

    @Test
    void onlyTomcatsRequestThreadsCount() {
        assertThat(Allocation.requestThread("http-nio-auto-1-exec-3")).isTrue();
        assertThat(Allocation.requestThread("http-nio-8080-exec-10")).isTrue();
        assertThat(Allocation.requestThread("http-nio-auto-1-Poller")).isFalse();
        assertThat(Allocation.requestThread("main")).isFalse();
    }

    @Test
    void countsWhatARequestThreadAllocates() throws Exception {
        var allocation = Allocation.start();
        List<byte[]> kept = new ArrayList<>();
        var allocated = new CountDownLatch(1);
        var read = new CountDownLatch(1);
        Thread thread = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                kept.add(new byte[10_000]);
            }
            allocated.countDown();
            try {
                read.await(); // still alive when its bytes are read
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "http-nio-auto-9-exec-1");
        thread.start();
        allocated.await();
        long bytes = allocation.bytes();
        read.countDown();
        thread.join();
        assertThat(kept).hasSize(100);
        assertThat(bytes).isGreaterThanOrEqualTo(1_000_000L);
    }
}
