package org.answerdesk.channel.email;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationDesk;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.feedback.Vote;
import org.answerdesk.language.Texts;
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
 * to an emailed answer gets 400. The pages are in the language of the answer's conversation (a link that names
 * none, in the shop's default).
 */
@Controller
@ConditionalOnExpression(EmailConfiguration.ENABLED)
class EmailFeedbackController {

    private final FeedbackLinks links;
    private final ConversationService conversations;
    private final ConversationDesk desk;
    private final Texts texts;

    EmailFeedbackController(FeedbackLinks links, ConversationService conversations, ConversationDesk desk,
                            Texts texts) {
        this.links = links;
        this.conversations = conversations;
        this.desk = desk;
        this.texts = texts;
    }

    @GetMapping(path = FeedbackLinks.PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> choices(@RequestParam(required = false) String m, @RequestParam(required = false) String v,
                                   @RequestParam(required = false) String sig) {
        var rating = verified(m, v, sig);
        if (rating.isEmpty()) {
            return invalid();
        }
        Locale language = language(rating.get());
        long replyId = rating.get().replyId();
        boolean up = rating.get().vote() == Vote.UP;
        String form = """
                <form method="post" action="%s"><button type="submit"%s>%s</button></form>
                """;
        String buttons = form.formatted(Html.escape(links.query(replyId, Vote.UP)), up ? " autofocus" : "",
                Html.escape(texts.text("email.page.feedback.yes", language)))
                + form.formatted(Html.escape(links.query(replyId, Vote.DOWN)), up ? "" : " autofocus",
                Html.escape(texts.text("email.page.feedback.no", language)));
        return page(HttpStatus.OK, texts.text("email.feedback.question", language), language,
                paragraph(texts.text("email.page.feedback.confirm", language)) + buttons);
    }

    @PostMapping(path = FeedbackLinks.PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> vote(@RequestParam(required = false) String m, @RequestParam(required = false) String v,
                                @RequestParam(required = false) String sig) {
        var rating = verified(m, v, sig);
        if (rating.isEmpty()) {
            return invalid();
        }
        conversations.rate(rating.get().replyId(), rating.get().vote());
        Locale language = language(rating.get());
        return page(HttpStatus.OK, texts.text("email.page.thanks-title", language), language,
                paragraph(texts.text("email.page.feedback.thanks", language)));
    }

    private Locale language(FeedbackLinks.Rating rating) {
        return conversations.reply(rating.replyId()).map(r -> desk.language(r.conversationId()))
                .orElseGet(desk::defaultLanguage);
    }

    private Optional<FeedbackLinks.Rating> verified(String m, String v, String sig) {
        return links.verify(m, v, sig).filter(r -> conversations.reply(r.replyId())
                .filter(x -> x.key().channel() == Channel.EMAIL).isPresent());
    }

    /** A link that names no emailed answer: nothing tells the conversation, so the shop's default language. */
    private ResponseEntity<String> invalid() {
        Locale language = desk.defaultLanguage();
        return page(HttpStatus.BAD_REQUEST, texts.text("email.page.invalid-title", language), language,
                paragraph(texts.text("email.page.feedback.invalid", language)));
    }

    /** A text as a paragraph, escaped. */
    static String paragraph(String text) {
        return "<p>" + Html.escape(text) + "</p>";
    }

    /**
     * A page of the links' answers in {@code language} (its {@code lang}); the title is escaped, the content is
     * HTML.
     */
    static ResponseEntity<String> page(HttpStatus status, String title, Locale language, String content) {
        String html = """
                <!doctype html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <meta name="robots" content="noindex"><title>%s</title>
                <link rel="stylesheet" href="/feedback.css">
                </head><body><h1>%s</h1>%s</body></html>
                """.formatted(language.toLanguageTag(), Html.escape(title), Html.escape(title), content);
        return ResponseEntity.status(status).contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(html);
    }
}
