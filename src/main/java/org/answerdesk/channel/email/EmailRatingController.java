package org.answerdesk.channel.email;

import java.util.Optional;

import org.answerdesk.conversation.Channel;
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
 * request that expired 410.
 */
@Controller
@ConditionalOnExpression(EmailConfiguration.ENABLED)
class EmailRatingController {

    private final FeedbackLinks links;
    private final SatisfactionService satisfaction;

    EmailRatingController(FeedbackLinks links, SatisfactionService satisfaction) {
        this.links = links;
        this.satisfaction = satisfaction;
    }

    @GetMapping(path = FeedbackLinks.RATING_PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> choices(@RequestParam(required = false) String r, @RequestParam(required = false) String s,
                                   @RequestParam(required = false) String sig) {
        Optional<RatingPayload> link = verified(r, s, sig);
        if (link.isEmpty()) {
            return invalid();
        }
        StringBuilder buttons = new StringBuilder();
        for (int score : SatisfactionService.scores()) {
            buttons.append("<form method=\"post\" action=\"")
                    .append(Html.escape(links.ratingQuery(link.get().requestId(), score))).append("\">")
                    .append("<button type=\"submit\"").append(score == link.get().score() ? " autofocus" : "").append('>')
                    .append(score).append("</button></form>\n");
        }
        return EmailFeedbackController.page(HttpStatus.OK, "How did we do?",
                "<p>Please confirm your rating, from 1 (poor) to 5 (excellent):</p>" + buttons);
    }

    @PostMapping(path = FeedbackLinks.RATING_PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> rate(@RequestParam(required = false) String r, @RequestParam(required = false) String s,
                                @RequestParam(required = false) String sig) {
        Optional<RatingPayload> link = verified(r, s, sig);
        if (link.isEmpty()) {
            return invalid();
        }
        return switch (satisfaction.rate(Rating.signed(Channel.EMAIL, link.get().requestId(), link.get().score()))) {
            case RECORDED, REPEATED -> EmailFeedbackController.page(HttpStatus.OK, "Thank you",
                    "<p>" + Html.escape(satisfaction.thanks()) + "</p>");
            case EXPIRED -> EmailFeedbackController.page(HttpStatus.GONE, "Rating closed",
                    "<p>This rating request has expired. If you need anything else, just reply to our mail.</p>");
            case UNKNOWN -> invalid();
        };
    }

    private Optional<RatingPayload> verified(String r, String s, String sig) {
        return links.verifyRating(r, s, sig).filter(l -> SatisfactionService.isScore(l.score()));
    }

    private static ResponseEntity<String> invalid() {
        return EmailFeedbackController.page(HttpStatus.BAD_REQUEST, "Link not valid",
                "<p>This rating link is not valid. Please use the link in our mail exactly as it is.</p>");
    }
}
