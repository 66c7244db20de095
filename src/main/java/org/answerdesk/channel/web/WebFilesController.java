package org.answerdesk.channel.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.answerdesk.attachment.AttachmentInfo;
import org.answerdesk.attachment.Attachments;
import org.answerdesk.attachment.IncomingFile;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.conversation.Participant;
import org.answerdesk.conversation.SpokenMessages;
import org.answerdesk.dialogue.Intent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * A file sent in the web chat ({@code POST /api/chat/files}, multipart: {@code session_id}, {@code file}, optional
 * {@code message} as its caption and {@code idempotency_key}). The file is checked before anything is stored: one
 * that cannot be kept is refused with 413, 415 or 422, or 507 when it would take the conversation, the client
 * or everyone's files over their storage limit, with the reason. Otherwise it is stored with its message in the
 * session's conversation and the reply comes as from {@code POST /api/chat}. Storage is charged to the client's
 * address, so opening sessions does not buy more room; the body limit and the chat's rate limit apply. A recording
 * (the page's microphone: WebM/Opus from Chromium, OGG/Opus from Firefox) or any audio file, when a transcriber is
 * configured, is answered as a Telegram voice note is: accepted at once (202, {@code transcribing} true, no reply),
 * heard by the answer workers, never on the request thread, and its answer fetched by the page as a later reply
 * ({@code GET /api/chat/{session}/messages}).
 */
@RestController
class WebFilesController {

    /**
     * The reply to the file's message, and the file as kept; {@code transcribing} when the file is a recording being
     * heard: the reply comes later.
     */
    record UploadResponse(WebChatController.ChatResponse reply, AttachmentInfo file, boolean transcribing) {
    }

    private final ConversationService conversations;
    private final Attachments attachments;
    private final ObjectProvider<SpokenMessages> spoken;

    WebFilesController(ConversationService conversations, Attachments attachments,
                       ObjectProvider<SpokenMessages> spoken) {
        this.conversations = conversations;
        this.attachments = attachments;
        this.spoken = spoken;
    }

    @PostMapping(path = "/api/chat/files", consumes = "multipart/form-data")
    ResponseEntity<UploadResponse> upload(@RequestParam("session_id") String sessionId,
                                          @RequestParam("file") MultipartFile file,
                                          @RequestParam(name = "message", required = false) String caption,
                                          @RequestParam(name = "idempotency_key", required = false) String key,
                                          HttpServletRequest request) throws IOException {
        String session = WebInput.session(sessionId);
        byte[] bytes = file.getBytes();
        var conversation = new ConversationKey(Channel.WEB, session);
        String client = "web:" + request.getRemoteAddr();
        var refusal = attachments.refusal(bytes, file.getOriginalFilename(), conversation, client);
        if (refusal.isPresent()) {
            throw new ResponseStatusException(HttpStatus.valueOf(refusal.get().status()), refusal.get().reason());
        }
        String eventId = key == null ? UUID.randomUUID().toString()
                : WebInput.eventId(session, "file:" + WebInput.idempotencyKey(key));
        var customer = new Participant(Channel.WEB, session, null, null);
        String text = WebInput.clean(caption);
        // the bytes' type, not the browser's word: a recording is heard whatever type the page declared for it
        String type = attachments.typeOf(bytes);
        attachments.expectToCollectNow(IncomingFile.inHand(Channel.WEB, eventId, 0, client, "upload",
                file.getOriginalFilename(), type, bytes));
        var event = text.isBlank()
                ? InboundMessage.of(Intent.NOT_TEXT, eventId, conversation, customer, "[file]", null, null)
                : new InboundMessage(eventId, conversation, customer, text);
        if (type != null && type.startsWith("audio/") && spoken.getIfAvailable() != null) {
            return heardLater(event, conversation);
        }
        var reply = conversations.handle(event);
        if (reply.isPresent() && !reply.get().key().equals(conversation)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "this idempotency_key was used before");
        }
        AttachmentInfo kept = attachments.collectNow(Channel.WEB, eventId).stream().findFirst().orElse(null);
        var late = attachments.refusalOf(kept, conversation);
        if (late.isPresent()) {
            // uploads at once past the conversation's room: the one that found it full says so, as the checks would
            throw new ResponseStatusException(HttpStatus.valueOf(late.get().status()), late.get().reason());
        }
        var body = new UploadResponse(reply.map(WebChatController.ChatResponse::of).orElse(null), kept, false);
        return reply.isPresent() ? ResponseEntity.ok(body) : ResponseEntity.accepted().body(body);
    }

    /**
     * A recording: stored with its file for the answer workers, which hear it (a transcriber may take tens of
     * seconds, and only a few calls run at once), so this thread is free at once whatever the transcriber does.
     */
    private ResponseEntity<UploadResponse> heardLater(InboundMessage event, ConversationKey conversation) {
        var kept = new AttachmentInfo[1];
        conversations.accept(event, () -> kept[0] = attachments.collectNow(Channel.WEB, event.eventId()).stream()
                .findFirst().orElse(null));
        var late = attachments.refusalOf(kept[0], conversation);
        if (late.isPresent()) {
            // the message is answered all the same ("please type"): this response says why the file was not kept
            throw new ResponseStatusException(HttpStatus.valueOf(late.get().status()), late.get().reason());
        }
        return ResponseEntity.accepted().body(new UploadResponse(null, kept[0], true));
    }
}
