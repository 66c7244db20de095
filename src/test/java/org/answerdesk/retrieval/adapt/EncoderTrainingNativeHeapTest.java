package org.answerdesk.retrieval.adapt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * What a training step leaves in the C heap: blocks freed below one still in use stay resident under glibc until
 * {@link NativeHeap#trim()} gives them back (without it, an 87-step training peaked 0.6 GB above a 12-step one).
 */
class EncoderTrainingNativeHeapTest {

    private static final long MB = 1L << 20;

    @Test
    void freedBlocksBelowALiveOneLeaveResidentMemoryOnlyAfterATrim() throws IOException {
        assumeTrue(Files.exists(Path.of("/proc/self/status")), "Linux only");
        assertThat(NativeHeap.trim()).as("malloc_trim found (glibc)").isTrue();
        long before = residentBytes();
        // a freed block of 16 MB (mapped apart) raises glibc's threshold: the 1 MB blocks then come from its heap,
        // like a step's tensors after the first steps
        Native.free(Native.malloc(16 * MB));
        List<Long> blocks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long block = Native.malloc(MB);
            new Pointer(block).setMemory(0, MB, (byte) 1); // resident
            blocks.add(block);
        }
        long last = blocks.remove(blocks.size() - 1); // still in use above the others: the heap cannot shrink
        blocks.forEach(Native::free);
        try {
            NativeHeap.trim();
            assertThat(residentBytes() - before).as("resident growth after freeing 199 MB and trimming")
                    .isLessThan(60 * MB);
        } finally {
            Native.free(last);
        }
    }

    private static long residentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS");
    }
}
