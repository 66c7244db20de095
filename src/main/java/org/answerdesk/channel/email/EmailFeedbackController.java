package org.answerdesk.channel.email;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.feedback.Vote;
import org.answerdesk.richtext.Html;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "Helpful" / "Not helpful" links of an emailed answer. Opening a link ({@code GET}, or a scanner's
 * {@code HEAD}) changes nothing: it shows a page with both choices, each a button that posts to its signed link.
 * Only that {@code POST} stores the vote for the conversation's customer (the latest wins), so mail security
 * scanners that open every link do not vote. Works without JavaScript. A link that was altered or does not belong
 * to an emailed answer gets 400.
 */
@Controller
@ConditionalOnExpression(EmailConfiguration.ENABLED)
class EmailFeedbackController {

    private final FeedbackLinks links;
    private final ConversationService conversations;

    EmailFeedbackController(FeedbackLinks links, ConversationService conversations) {
        this.links = links;
        this.conversations = conversations;
    }

    @GetMapping(path = FeedbackLinks.PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> choices(@RequestParam(required = false) String m, @RequestParam(required = false) String v,
                                   @RequestParam(required = false) String sig) {
        var rating = verified(m, v, sig);
        if (rating.isEmpty()) {
            return invalid();
        }
        long replyId = rating.get().replyId();
        boolean up = rating.get().vote() == Vote.UP;
        String form = """
                <form method="post" action="%s"><button type="submit"%s>%s</button></form>
                """;
        String buttons = form.formatted(Html.escape(links.query(replyId, Vote.UP)), up ? " autofocus" : "", "Yes, helpful")
                + form.formatted(Html.escape(links.query(replyId, Vote.DOWN)), up ? "" : " autofocus", "No, not helpful");
        return page(HttpStatus.OK, "Was this answer helpful?",
                "<p>Please confirm your choice: your feedback helps us improve our answers.</p>" + buttons);
    }

    @PostMapping(path = FeedbackLinks.PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> vote(@RequestParam(required = false) String m, @RequestParam(required = false) String v,
                                @RequestParam(required = false) String sig) {
        var rating = verified(m, v, sig);
        if (rating.isEmpty()) {
            return invalid();
        }
        conversations.rate(rating.get().replyId(), rating.get().vote());
        return page(HttpStatus.OK, "Thank you", "<p>Thank you for your feedback! It helps us improve our answers.</p>");
    }

    private Optional<FeedbackLinks.Rating> verified(String m, String v, String sig) {
        return links.verify(m, v, sig).filter(r -> conversations.reply(r.replyId())
                .filter(x -> x.key().channel() == Channel.EMAIL).isPresent());
    }

    private static ResponseEntity<String> invalid() {
        return page(HttpStatus.BAD_REQUEST, "Link not valid",
                "<p>This feedback link is not valid. Please use the link in our mail exactly as it is.</p>");
    }

    static ResponseEntity<String> page(HttpStatus status, String title, String content) {
        String html = """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <meta name="robots" content="noindex"><title>%s</title>
                <link rel="stylesheet" href="/feedback.css">
                </head><body><h1>%s</h1>%s</body></html>
                """.formatted(title, title, content);
        return ResponseEntity.status(status).contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(html);
    }
}
