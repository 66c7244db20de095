package org.answerdesk.channel.email;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Opens a "Helpful" / "Not helpful" link from an emailed answer: the vote is stored for the conversation's customer
 * (the latest click wins) and a small thank-you page is shown. A link that was altered or does not belong to an
 * emailed answer gets 400.
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
    ResponseEntity<String> vote(@RequestParam(required = false) String m, @RequestParam(required = false) String v,
                                @RequestParam(required = false) String sig) {
        var rating = links.verify(m, v, sig)
                .filter(r -> conversations.reply(r.replyId()).filter(x -> x.key().channel() == Channel.EMAIL).isPresent());
        if (rating.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, "Link not valid",
                    "This feedback link is not valid. Please use the link in our mail exactly as it is.");
        }
        conversations.rate(rating.get().replyId(), rating.get().vote());
        return page(HttpStatus.OK, "Thank you", "Thank you for your feedback! It helps us improve our answers.");
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String text) {
        String html = """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>%s</title>
                <style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#222}</style>
                </head><body><h1>%s</h1><p>%s</p></body></html>
                """.formatted(title, title, text);
        return ResponseEntity.status(status).contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .body(html);
    }
}
