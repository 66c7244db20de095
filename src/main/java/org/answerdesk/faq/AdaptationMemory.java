package org.answerdesk.faq;

import org.answerdesk.retrieval.BaseModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this machine has the memory to adapt a model to the FAQ beside the bot (the training runs in a process
 * of its own, but on the same machine).
 */
final class AdaptationMemory {

    private static final Logger log = LoggerFactory.getLogger(AdaptationMemory.class);
    /**
     * Training MiniLM takes 1.5 GB (200 phrasings) to 3-4.5 GB (770; eval's peak) beside the running bot,
     * outside the Java heap: on a smaller machine the kernel would kill the bot mid-way, so there it keeps the
     * configured model.
     */
    static final long MIN_MACHINE_MEMORY = 4L << 30;
    /**
     * An operator's model may be deeper and wider: BGE-small (12 layers) peaked at 4.8 GB resident adapting to a
     * 770-phrasing FAQ in {@code eval}, against 2.5 GB for MiniLM.
     */
    static final long MIN_MACHINE_MEMORY_CUSTOM = 8L << 30;

    /** False, with one warning, when this machine is too small to adapt {@code base} beside the bot. */
    boolean enough(BaseModel base) {
        return enough(machineMemory(), memoryNeeded(base));
    }

    private boolean warnedMemory;

    /** The machine memory adapting this model needs beside the bot. */
    static long memoryNeeded(BaseModel base) {
        return base.isShipped() ? MIN_MACHINE_MEMORY : MIN_MACHINE_MEMORY_CUSTOM;
    }

    /**
     * False, with one warning, on a machine too small to train beside the bot (see {@link #MIN_MACHINE_MEMORY},
     * {@link #MIN_MACHINE_MEMORY_CUSTOM}).
     */
    boolean enough(long machineBytes, long needed) {
        if (machineBytes <= 0 || machineBytes >= needed) {
            return true;
        }
        if (!warnedMemory) {
            warnedMemory = true;
            log.warn("Not adapting the model to the FAQ: this machine has {} MB of memory, adapting needs {} MB beside "
                    + "the bot; the configured model answers (ANSWERDESK_FAQ_ADAPT=false silences this)",
                    machineBytes >> 20, needed >> 20);
        }
        return false;
    }

    private static long machineMemory() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getTotalMemorySize() : -1;
    }

}
