package org.answerdesk.attachment;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers' files for staff, under the admin token: a conversation's list, and each file as a download. A file is
 * only ever served as an attachment with its checked type (never HTML) and {@code nosniff}, so no browser renders
 * or runs it in the admin page's origin.
 */
@RestController
@RequestMapping("/api/attachments")
class AttachmentController {

    private final Attachments attachments;

    AttachmentController(Attachments attachments) {
        this.attachments = attachments;
    }

    /** A conversation's files; without {@code conversation}, the latest 50 of every conversation. */
    @GetMapping
    List<AttachmentInfo> files(@RequestParam(required = false) Long conversation) {
        return conversation == null ? attachments.latest(50) : attachments.ofConversation(conversation);
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        var file = attachments.content(id).orElseThrow(() -> new NoSuchElementException("no file " + id));
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
