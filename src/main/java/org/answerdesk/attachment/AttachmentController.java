package org.answerdesk.attachment;

import java.io.IOException;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers' files for staff, under the admin token: a conversation's list, and each file as a {@link FileDownload}.
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
    void download(@PathVariable long id, HttpServletResponse response) throws IOException {
        FileDownload.write(attachments.stream(id).orElseThrow(() -> new NoSuchElementException("no file " + id)),
                response);
    }
}
