package org.answerdesk.retrieval.adapt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;

/**
 * Gives the C heap's free memory back to the system ({@code malloc_trim(0)} of glibc, through JNA). PyTorch allocates
 * a step's tensors (about 1.3 GB for a batch of 32 pairs padded to 70 tokens) with the C library's malloc and frees
 * them at the end of the step, but glibc keeps the freed memory: a large block freed raises its threshold for
 * mapping blocks apart, so later ones come from its heap, which gives memory back only from its top, and the
 * tensors of the next steps, of other shapes, fragment it. Resident memory then climbed from step to step with no
 * array alive (README "Adapting the model to your FAQ"). Where there is no glibc (musl, macOS) this does nothing.
 */
public final class NativeHeap {

    private static final Logger log = LoggerFactory.getLogger(NativeHeap.class);
    private static final Function MALLOC_TRIM = lookup();

    private NativeHeap() {
    }

    private static Function lookup() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return null;
        }
        try {
            return NativeLibrary.getInstance("c").getFunction("malloc_trim");
        } catch (UnsatisfiedLinkError | RuntimeException e) { // not glibc, or no JNA native for this platform
            log.debug("no malloc_trim: {}", e.toString());
            return null;
        }
    }

    /**
     * Returns the free memory of every glibc arena to the system; false where that is not available. The bot calls
     * it too, after an adaptation's swap-in: the adapted model's load and the embedding of every phrasing and
     * background question with it leave freed blocks in the arenas of the threads that ran them.
     */
    public static boolean trim() {
        if (MALLOC_TRIM == null) {
            return false;
        }
        MALLOC_TRIM.invokeInt(new Object[] {0L});
        return true;
    }
}
