package org.answerdesk.channel.email;

import java.util.Locale;
import java.util.Optional;

import org.answerdesk.conversation.Channel;
import org.answerdesk.language.Texts;
import org.answerdesk.richtext.Html;
import org.answerdesk.satisfaction.Rating;
import org.answerdesk.satisfaction.RatingPayload;
import org.answerdesk.satisfaction.SatisfactionService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The score links of an emailed satisfaction request. As with the thumbs links ({@link EmailFeedbackController}),
 * opening a link ({@code GET}) changes nothing: it shows the five scores, the opened one focused, each a button
 * posting to its signed link; only the {@code POST} stores the score. An altered or unsigned link gets 400, a
 * request that expired 410. The pages are in the language of the request's conversation.
 */
@Controller
@ConditionalOnExpression(EmailConfiguration.ENABLED)
class EmailRatingController {

    private final FeedbackLinks links;
    private final SatisfactionService satisfaction;
    private final Texts texts;

    EmailRatingController(FeedbackLinks links, SatisfactionService satisfaction, Texts texts) {
        this.links = links;
        this.satisfaction = satisfaction;
        this.texts = texts;
    }

    @GetMapping(path = FeedbackLinks.RATING_PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> choices(@RequestParam(required = false) String r, @RequestParam(required = false) String s,
                                   @RequestParam(required = false) String sig) {
        Optional<RatingPayload> link = verified(r, s, sig);
        if (link.isEmpty()) {
            return invalid();
        }
        Locale language = satisfaction.language(link.get().requestId());
        StringBuilder buttons = new StringBuilder();
        for (int score : SatisfactionService.scores()) {
            buttons.append("<form method=\"post\" action=\"")
                    .append(Html.escape(links.ratingQuery(link.get().requestId(), score))).append("\">")
                    .append("<button type=\"submit\"").append(score == link.get().score() ? " autofocus" : "").append('>')
                    .append(score).append("</button></form>\n");
        }
        return EmailFeedbackController.page(HttpStatus.OK, texts.text("email.page.rating.title", language), language,
                EmailFeedbackController.paragraph(texts.text("email.page.rating.confirm", language)) + buttons);
    }

    @PostMapping(path = FeedbackLinks.RATING_PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> rate(@RequestParam(required = false) String r, @RequestParam(required = false) String s,
                                @RequestParam(required = false) String sig) {
        Optional<RatingPayload> link = verified(r, s, sig);
        if (link.isEmpty()) {
            return invalid();
        }
        var outcome = satisfaction.rate(Rating.signed(Channel.EMAIL, link.get().requestId(), link.get().score()));
        Locale language = satisfaction.language(link.get().requestId());
        return switch (outcome) {
            case RECORDED, REPEATED -> EmailFeedbackController.page(HttpStatus.OK,
                    texts.text("email.page.thanks-title", language), language,
                    EmailFeedbackController.paragraph(satisfaction.thanks(language)));
            case EXPIRED -> EmailFeedbackController.page(HttpStatus.GONE,
                    texts.text("email.page.rating.closed-title", language), language,
                    EmailFeedbackController.paragraph(texts.text("email.page.rating.expired", language)));
            case UNKNOWN -> invalid();
        };
    }

    private Optional<RatingPayload> verified(String r, String s, String sig) {
        return links.verifyRating(r, s, sig).filter(l -> SatisfactionService.isScore(l.score()));
    }

    /** A link not signed by us (or of no request): the shop's default language. */
    private ResponseEntity<String> invalid() {
        Locale language = satisfaction.defaultLanguage();
        return EmailFeedbackController.page(HttpStatus.BAD_REQUEST, texts.text("email.page.invalid-title", language),
                language, EmailFeedbackController.paragraph(texts.text("email.page.rating.invalid", language)));
    }
}
