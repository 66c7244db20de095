package org.answerdesk.attachment;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A kept file as an HTTP download: always an attachment with its checked type (never HTML), {@code nosniff} and a
 * sandboxing CSP, so that no browser renders or runs it in the origin that serves it.
 */
public final class FileDownload {

    private FileDownload() {
    }

    public static ResponseEntity<byte[]> of(StoredFile file) {
        MediaType type = Inspection.ACCEPTED.contains(file.mediaType()) ? MediaType.parseMediaType(file.mediaType())
                : MediaType.APPLICATION_OCTET_STREAM;
        if (FileTypes.TEXT.equals(file.mediaType())) {
            type = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
        }
        return ResponseEntity.ok()
            .contentType(type)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .header("Content-Security-Policy", "default-src 'none'; sandbox")
            .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
            .body(file.bytes());
    }
}
