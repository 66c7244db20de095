package org.answerdesk.attachment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A kept file as an HTTP download: always an attachment with its checked type (never HTML), {@code nosniff} and a
 * sandboxing CSP, so that no browser renders or runs it in the origin that serves it.
 */
public final class FileDownload {

    /** How much of a file a download reads from the database at a time (and so holds in memory). */
    static final int CHUNK = 256 * 1024;

    private FileDownload() {
    }

    /** A kept file's name, checked type and size in bytes. */
    public record Head(long id, String name, String mediaType, long size) {
    }

    /** Reads up to {@code length} bytes of file {@code id} from {@code from}; null when the file is gone. */
    @FunctionalInterface
    interface Chunks {
        byte[] read(long id, long from, int length);
    }

    /** A kept file to be written out a chunk at a time ({@link #write}). */
    public record Streamed(Head head, Chunks chunks) {
    }

    public static ResponseEntity<byte[]> of(StoredFile file) {
        return ResponseEntity.ok()
            .headers(headers(file.name(), file.mediaType()))
            .body(file.bytes());
    }

    /**
     * Writes the file to the response with its length, a chunk at a time: one chunk is in memory, whatever the
     * file's size. A file erased midway ends the response short of its {@code Content-Length}, so the client sees
     * a failed download, never a shorter file taken for whole.
     */
    public static void write(Streamed file, HttpServletResponse response) throws IOException {
        Head head = file.head();
        headers(head.name(), head.mediaType()).forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        response.setContentLengthLong(head.size());
        OutputStream out = response.getOutputStream();
        for (long from = 0; from < head.size(); ) {
            byte[] chunk = file.chunks().read(head.id(), from, (int) Math.min(CHUNK, head.size() - from));
            if (chunk == null || chunk.length == 0) {
                throw new IOException("file " + head.id() + " is gone after " + from + " of " + head.size() + " bytes");
            }
            out.write(chunk);
            from += chunk.length;
        }
        out.flush();
    }

    private static HttpHeaders headers(String name, String mediaType) {
        MediaType type = Inspection.ACCEPTED.contains(mediaType) ? MediaType.parseMediaType(mediaType)
                : MediaType.APPLICATION_OCTET_STREAM;
        if (FileTypes.TEXT.equals(mediaType)) {
            type = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.set(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
        headers.set(HttpHeaders.CACHE_CONTROL, "private, no-store");
        return headers;
    }
}
