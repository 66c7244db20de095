package org.answerdesk.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A request body as it arrives, before any request thread sees it: in memory while the bodies in flight together
 * stay within a shared budget, the rest in a temporary file. A thousand slow bodies then cost memory for what they
 * sent, within the budget, and nothing more; an upload of 20 MB goes to disk past the budget, as Tomcat's own
 * multipart parsing did.
 */
final class BodyBuffer implements AutoCloseable {

    /** Bytes of bodies in flight held in memory, by every buffer of one filter. */
    static final class Budget {
        private final AtomicLong left;

        Budget(long bytes) {
            this.left = new AtomicLong(bytes);
        }

        boolean take(long bytes) {
            return left.getAndUpdate(n -> n >= bytes ? n - bytes : n) >= bytes;
        }

        void give(long bytes) {
            left.addAndGet(bytes);
        }

        long left() {
            return left.get();
        }
    }

    private static final int CHUNK = 8192;

    private final Budget budget;
    private final Path directory;
    private final java.util.List<byte[]> chunks = new java.util.ArrayList<>();
    private int lastChunkUsed = CHUNK;
    private long inMemory;
    private long size;
    private Path file;
    private OutputStream fileOut;
    private boolean closed;

    BodyBuffer(Budget budget, Path directory) {
        this.budget = budget;
        this.directory = directory;
    }

    synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        if (fileOut == null) {
            while (length > 0) {
                if (lastChunkUsed == CHUNK) {
                    if (!budget.take(CHUNK)) {
                        break; // the shared memory is taken: the rest of this body goes to disk
                    }
                    chunks.add(new byte[CHUNK]);
                    inMemory += CHUNK;
                    lastChunkUsed = 0;
                }
                int n = Math.min(length, CHUNK - lastChunkUsed);
                System.arraycopy(bytes, offset, chunks.get(chunks.size() - 1), lastChunkUsed, n);
                lastChunkUsed += n;
                offset += n;
                length -= n;
                size += n;
            }
            if (length == 0) {
                return;
            }
            file = Files.createTempFile(directory, "body-", ".tmp");
            fileOut = Files.newOutputStream(file);
        }
        fileOut.write(bytes, offset, length);
        size += length;
    }

    synchronized long size() {
        return size;
    }

    /** The body from its first byte; the buffer is written no more. */
    synchronized InputStream read() throws IOException {
        if (fileOut != null) {
            fileOut.close();
        }
        InputStream memory = new SequenceInputStream(java.util.Collections.enumeration(chunks.stream()
                .map(chunk -> (InputStream) new ByteArrayInputStream(chunk, 0,
                        chunk == chunks.get(chunks.size() - 1) ? lastChunkUsed : CHUNK)).toList()));
        return file == null ? memory : new SequenceInputStream(memory, Files.newInputStream(file));
    }

    /** Gives the memory back and deletes the file; idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        chunks.clear();
        budget.give(inMemory);
        inMemory = 0;
        try {
            if (fileOut != null) {
                fileOut.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file left behind is removed with the temporary directory
        }
    }
}
