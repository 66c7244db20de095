package org.answerdesk.channel.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.answerdesk.attachment.AttachmentInfo;
import org.answerdesk.attachment.Attachments;
import org.answerdesk.attachment.FileDownload;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.Reply;
import org.answerdesk.conversation.ReplySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Files staff send in the web chat: the session's replies carry a link ({@code file} in a reply), and
 * {@code GET /api/chat/{session}/files/{id}} serves a file only to the session whose conversation it belongs to
 * (any other session gets 404, as for an unknown file), always as a download, never inline.
 */
@RestController
class SentFiles {

    /** A file sent with a reply, as the chat shows it. */
    record Link(String name, String mediaType, long sizeBytes, String url) {
    }

    private final Attachments attachments;

    SentFiles(Attachments attachments) {
        this.attachments = attachments;
    }

    /** The links of the staff's files among these replies of the session, by message id. */
    Map<Long, Link> links(String sessionId, List<Reply> replies) {
        List<Long> ids = replies.stream().filter(r -> r.source() == ReplySource.AGENT).map(Reply::messageId).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        String session = URLEncoder.encode(WebInput.session(sessionId), StandardCharsets.UTF_8);
        return attachments.ofMessages(ids).stream().collect(Collectors.toMap(AttachmentInfo::messageId,
                f -> new Link(f.name(), f.mediaType(), f.sizeBytes(), "/api/chat/" + session + "/files/" + f.id()),
                (first, second) -> first));
    }

    /** Streamed from the database a chunk at a time: a download holds one chunk in memory, not the file. */
    @GetMapping("/api/chat/{sessionId}/files/{id}")
    void download(@PathVariable String sessionId, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        var key = new ConversationKey(Channel.WEB, WebInput.session(sessionId));
        FileDownload.write(attachments.streamFor(id, key)
                .orElseThrow(() -> new NoSuchElementException("no file " + id + " in this chat")), response);
    }
}
