package org.answerdesk.channel.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChoicePayload;
import org.answerdesk.dialogue.Intent;
import org.answerdesk.conversation.ConversationDesk;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.conversation.Participant;
import org.answerdesk.conversation.Reply;
import org.answerdesk.feedback.Vote;
import org.answerdesk.language.Texts;
import org.answerdesk.satisfaction.Rating;
import org.answerdesk.satisfaction.SatisfactionService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The WEB channel's HTTP API: chat, feedback and reset. Field names are snake_case. The session id is the
 * customer's secret: every call names it, and a call only ever sees or changes that session's conversation.
 */
@RestController
class WebChatController {

    /** A message ({@code message}) or a press on an offered choice ({@code choice}: its payload), not both. */
    record ChatRequest(String sessionId, String message, String idempotencyKey, String choice, String language) {
    }

    record SuggestionView(String question, double score, long entryId) {
    }

    /** An offered choice: a chip labelled {@code question} whose press posts {@code payload} as {@code choice}. */
    record ChoiceView(long entryId, String question, String payload) {
    }

    /**
     * A "did that help" quick reply under a direct answer: a chip labelled {@code label} (in the conversation's
     * language) whose press posts {@code payload} as {@code choice}.
     */
    record QuickReply(String label, String payload) {
    }

    /** A satisfaction request: the chips to show, each posting its score to {@code POST /api/chat/rating}. */
    record RatingView(long requestId, List<Integer> scores) {
    }

    /**
     * A reply: {@code reply} is the text as stored (Markdown subset), {@code rich} the same parsed for display;
     * {@code rating} is set when the message asks for a satisfaction rating.
     */
    record ChatResponse(String reply, String source, double confidence, List<SuggestionView> suggestions,
                        Long conversationId, Long messageId, boolean needsHuman, List<WebRich.Block> rich,
                        RatingView rating, List<ChoiceView> choices, String somethingElse, List<QuickReply> didItHelp,
                        List<ChatResponse> more, SentFiles.Link file) {

        /** Whether "did that help" is asked under this reply: a direct answer. */
        boolean direct() {
            return choices.isEmpty() && !needsHuman && messageId != null
                    && org.answerdesk.conversation.ReplySource.ANSWERED.contains(source);
        }

        /** With "That helped" and "Something else" under it, labelled by {@code label} (a text's key to its words). */
        ChatResponse withDidItHelp(java.util.function.UnaryOperator<String> label) {
            return !direct() ? this : new ChatResponse(reply, source, confidence, suggestions, conversationId,
                    messageId, needsHuman, rich, rating, choices, somethingElse, List.of(
                            new QuickReply(label.apply("choices.helped"), ChoicePayload.helped(messageId)),
                            new QuickReply(label.apply("choices.something-else"), ChoicePayload.notHelped(messageId))),
                    more, file);
        }

        /**
         * With the further replies to the same message ({@code more}, each a reply of its own for a client that shows
         * them one by one). {@code reply} then holds every reply's text in order, a blank line apart, and the choices
         * and {@code needs_human} of the last one: a client that reads one text and one set of choices sees all the
         * bot said (the answer after "I'm a bot", the second question's answer), not the first part alone.
         */
        ChatResponse withMore(List<ChatResponse> further) {
            if (further.isEmpty()) {
                return this;
            }
            ChatResponse last = further.get(further.size() - 1);
            String all = reply + further.stream().map(r -> "\n\n" + r.reply()).collect(Collectors.joining());
            boolean own = !choices.isEmpty();
            return new ChatResponse(all, source, confidence, suggestions, conversationId, messageId,
                    needsHuman || further.stream().anyMatch(ChatResponse::needsHuman), rich, rating,
                    own ? choices : last.choices(), own ? somethingElse : last.somethingElse(), didItHelp, further,
                    file);
        }

        /** With the link to the file staff sent with this message (null: none). */
        ChatResponse withFile(SentFiles.Link link) {
            return link == null ? this : new ChatResponse(reply, source, confidence, suggestions, conversationId,
                    messageId, needsHuman, rich, rating, choices, somethingElse, didItHelp, more, link);
        }

        static ChatResponse of(Reply reply) {
            return new ChatResponse(reply.text(), reply.source().name(), reply.confidence(),
                    reply.suggestions().stream().map(s -> new SuggestionView(s.question(), s.score(), s.entryId())).toList(),
                    reply.conversationId(), reply.messageId(), reply.needsHuman(), WebRich.of(reply.text()),
                    reply.ratingRequestId() == null ? null
                            : new RatingView(reply.ratingRequestId(), SatisfactionService.scores()),
                    reply.choices().stream().map(c -> new ChoiceView(c.entryId(), c.question(),
                            ChoicePayload.entry(reply.messageId(), c.entryId()))).toList(),
                    reply.offersChoices() ? ChoicePayload.somethingElse(reply.messageId()) : null, List.of(),
                    List.of(), null);
        }

        /** No reply: the bot stays silent while a person has the conversation. */
        static ChatResponse waiting() {
            return new ChatResponse(null, null, 0, List.of(), null, null, true, List.of(), null, List.of(), null,
                    List.of(), List.of(), null);
        }
    }

    record RatingRequest(String sessionId, Long requestId, Integer score) {
    }

    record FeedbackRequest(String sessionId, Long messageId, String vote) {
    }

    record ResetRequest(String sessionId) {
    }

    /** One line of the history: the customer's text, or a reply as {@code POST /api/chat} gives it. */
    record HistoryLine(String customer, ChatResponse reply) {
    }

    /** How many earlier messages a reopened chat shows. */
    static final int HISTORY_LINES = 100;

    private final ConversationService conversations;
    private final ConversationDesk desk;
    private final SatisfactionService satisfaction;
    private final SentFiles files;
    private final Texts texts;

    WebChatController(ConversationService conversations, ConversationDesk desk,
                      SatisfactionService satisfaction, SentFiles files, Texts texts) {
        this.files = files;
        this.texts = texts;
        this.conversations = conversations;
        this.desk = desk;
        this.satisfaction = satisfaction;
    }

    /**
     * The session's live conversation so far, oldest first, for a page that was reloaded: the customer's messages
     * and the replies (as {@code POST /api/chat} returns them). Empty for a session with no conversation.
     */
    @GetMapping("/api/chat/{sessionId}/history")
    List<HistoryLine> history(@PathVariable String sessionId) {
        List<Reply> replies = desk.repliesAfter(new ConversationKey(Channel.WEB, WebInput.session(sessionId)), 0);
        if (replies.isEmpty()) {
            return List.of();
        }
        Map<Long, Reply> byId = new java.util.HashMap<>();
        replies.forEach(r -> byId.put(r.messageId(), r));
        Map<Long, SentFiles.Link> links = files.links(sessionId, replies);
        return desk.transcript(replies.get(0).conversationId(), HISTORY_LINES).stream()
                .filter(line -> line.fromCustomer() || byId.containsKey(line.messageId()))
                .map(line -> line.fromCustomer() ? new HistoryLine(line.text(), null)
                        : new HistoryLine(null, ChatResponse.of(byId.get(line.messageId()))
                                .withFile(links.get(line.messageId()))))
                .toList();
    }

    /**
     * Answers a message, or a press on a choice the bot offered ({@code choice}; pressed again, the first answer).
     * While a person has the conversation the bot stays silent: 202 with {@code reply} null and {@code needs_human}
     * true; the agent's answer comes through {@code GET /api/chat/{session}/messages}. A choice that is not open
     * (answered before under another press, not offered in this chat) is 409.
     */
    @PostMapping(path = "/api/chat", consumes = "application/json")
    ResponseEntity<ChatResponse> chat(@RequestBody ChatRequest request) {
        String session = WebInput.session(request.sessionId());
        var key = new ConversationKey(Channel.WEB, session);
        var customer = new Participant(Channel.WEB, session, null, null, request.language());
        InboundMessage event;
        if (request.choice() != null && ChoicePayload.PERSON.equals(WebInput.choice(request.choice(),
                request.message()))) {
            event = InboundMessage.of(Intent.HUMAN, UUID.randomUUID().toString(), key, customer,
                    ChoicePayload.TALK_TO_PERSON_LABEL, null, null);
        } else if (request.choice() != null && ChoicePayload.verdict(request.choice().strip()).isPresent()) {
            // "That helped" / "Something else": read by the core as the acts the English words name, whatever
            // language the chip showed; one press per answer counts, as on the other channels
            var verdict = ChoicePayload.verdict(WebInput.choice(request.choice(), request.message())).orElseThrow();
            event = InboundMessage.question(WebInput.verdictEventId(session, verdict.replyId()), key, customer,
                    verdict.label(), null, null);
        } else if (request.choice() != null) {
            String payload = WebInput.choice(request.choice(), request.message());
            event = InboundMessage.choice(WebInput.choiceEventId(session, payload), key, customer, payload, null, null);
        } else {
            String eventId = request.idempotencyKey() == null ? UUID.randomUUID().toString()
                    : WebInput.eventId(session, WebInput.idempotencyKey(request.idempotencyKey()));
            event = new InboundMessage(eventId, key, customer, WebInput.clean(request.message()));
        }
        var replies = conversations.answers(event);
        if (!replies.isEmpty()) {
            if (!replies.get(0).key().equals(key)) { // never another session's answer, whatever the inbox holds
                throw new ResponseStatusException(HttpStatus.CONFLICT, "this idempotency_key was used before");
            }
            java.util.function.UnaryOperator<ChatResponse> ask = didItHelp(replies.get(0).conversationId());
            return ResponseEntity.ok(ask.apply(ChatResponse.of(replies.get(0))).withMore(
                    replies.subList(1, replies.size()).stream().map(r -> ask.apply(ChatResponse.of(r))).toList()));
        }
        if (desk.waitingForPerson(key)) {
            return ResponseEntity.accepted().body(ChatResponse.waiting());
        }
        if (request.choice() != null) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "this choice is not open: it was answered before or was not offered in this chat");
        }
        throw new ResponseStatusException(HttpStatus.CONFLICT,
                "a request with this idempotency_key is still being answered; retry shortly");
    }

    /** Adds "did that help" under direct answers when the owner switched it on, in the conversation's language. */
    private java.util.function.UnaryOperator<ChatResponse> didItHelp(long conversationId) {
        if (!conversations.asksIfHelped()) {
            return r -> r;
        }
        java.util.Locale language = desk.language(conversationId);
        return r -> r.withDidItHelp(key -> texts.text(key, language));
    }

    /** Messages for the session's conversation after the given message id: agent replies, notices. */
    @GetMapping("/api/chat/{sessionId}/messages")
    List<ChatResponse> messages(@PathVariable String sessionId, @RequestParam(defaultValue = "0") long after) {
        List<Reply> replies = desk.repliesAfter(new ConversationKey(Channel.WEB, WebInput.session(sessionId)), after);
        Map<Long, SentFiles.Link> links = files.links(sessionId, replies);
        return replies.stream().map(r -> ChatResponse.of(r).withFile(links.get(r.messageId()))).toList();
    }

    /** Rates an answer of the session's own conversation; any other message id is 404, as an unknown one. */
    @PostMapping(path = "/api/feedback", consumes = "application/json")
    Map<String, Object> feedback(@RequestBody FeedbackRequest request) {
        String session = WebInput.session(request.sessionId());
        if (request.messageId() == null) {
            throw new IllegalArgumentException("message_id is required");
        }
        Vote vote = switch (request.vote() == null ? "" : request.vote()) {
            case "up" -> Vote.UP;
            case "down" -> Vote.DOWN;
            default -> throw new IllegalArgumentException("vote must be \"up\" or \"down\"");
        };
        conversations.rate(new ConversationKey(Channel.WEB, session), request.messageId(), vote);
        return Map.of("message_id", request.messageId(), "vote", request.vote());
    }

    /**
     * A score for a satisfaction request of the session's own conversation (the latest wins). A request of another
     * session is 404 like an unknown one; an expired one is 410.
     */
    @PostMapping(path = "/api/chat/rating", consumes = "application/json")
    Map<String, Object> rating(@RequestBody RatingRequest request) {
        String session = WebInput.session(request.sessionId());
        if (request.requestId() == null || request.score() == null || !SatisfactionService.isScore(request.score())) {
            throw new IllegalArgumentException("request_id and a score from " + SatisfactionService.MIN_SCORE + " to "
                    + SatisfactionService.MAX_SCORE + " are required");
        }
        var key = new ConversationKey(Channel.WEB, session);
        var outcome = satisfaction.rate(Rating.inSession(key, request.requestId(), request.score()));
        return switch (outcome) {
            case RECORDED, REPEATED -> Map.of("request_id", request.requestId(), "score", request.score(),
                    "thanks", satisfaction.thanks(desk.language(key)));
            case EXPIRED -> throw new ResponseStatusException(HttpStatus.GONE, "this rating request has expired");
            case UNKNOWN -> throw new java.util.NoSuchElementException("no rating request " + request.requestId()
                    + " in this conversation");
        };
    }

    @PostMapping(path = "/api/reset", consumes = "application/json")
    Map<String, Object> reset(@RequestBody ResetRequest request) {
        String session = WebInput.session(request.sessionId());
        boolean closed = conversations.reset(new ConversationKey(Channel.WEB, session));
        return Map.of("session_id", session, "reset", closed);
    }
}
