package org.answerdesk.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.answerdesk.feedback.Vote;
import org.answerdesk.satisfaction.RatingPayload;
import org.junit.jupiter.api.Test;

class FeedbackLinksTest {

    private final FeedbackLinks links = new FeedbackLinks("s3cret", "https://help.example.com/");

    private static Map<String, String> query(String url) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1]));
    }

    @Test
    void aLinkVerifiesToItsReplyAndVote() {
        String url = links.url(42, Vote.DOWN);
        assertThat(url).startsWith("https://help.example.com/feedback/email?m=42&v=down&sig=");
        var q = query(url);
        assertThat(links.verify(q.get("m"), q.get("v"), q.get("sig"))).contains(new FeedbackLinks.Rating(42, Vote.DOWN));
    }

    @Test
    void aScoreLinkVerifiesOnlyAsSignedAndNeverAsAThumbsLink() {
        String url = links.ratingUrl(7, 4);
        assertThat(url).startsWith("https://help.example.com/feedback/email/rating?r=7&s=4&sig=");
        var q = query(url);
        assertThat(links.verifyRating(q.get("r"), q.get("s"), q.get("sig"))).contains(new RatingPayload(7, 4));
        assertThat(links.verifyRating(q.get("r"), "5", q.get("sig"))).isEmpty();
        assertThat(links.verifyRating("8", q.get("s"), q.get("sig"))).isEmpty();
        assertThat(links.verifyRating(q.get("r"), q.get("s"), null)).isEmpty();
        assertThat(links.verifyRating(q.get("r"), "44", q.get("sig"))).isEmpty();
        // the signatures of the two kinds of link differ, so one cannot stand for the other
        assertThat(links.verify(q.get("r"), "up", q.get("sig"))).isEmpty();
    }

    @Test
    void alteredLinksDoNotVerify() {
        var q = query(links.url(42, Vote.DOWN));
        assertThat(links.verify("43", q.get("v"), q.get("sig"))).isEmpty();
        assertThat(links.verify(q.get("m"), "up", q.get("sig"))).isEmpty();
        assertThat(links.verify(q.get("m"), q.get("v"), q.get("sig") + "x")).isEmpty();
        assertThat(links.verify(q.get("m"), q.get("v"), null)).isEmpty();
        assertThat(links.verify("4e2", "down", q.get("sig"))).isEmpty();
        assertThat(new FeedbackLinks("another secret", "http://x").verify(q.get("m"), q.get("v"), q.get("sig")))
                .isEmpty();
    }

    @Test
    void messageTagsAreStablePerReplyAndDifferBetweenReplies() {
        assertThat(links.messageTag(7)).isEqualTo(links.messageTag(7)).hasSize(12).isNotEqualTo(links.messageTag(8));
    }

    @Test
    void aChoiceLinkVerifiesToItsPayloadAndRefusesAnyOtherPayloadUnderItsSignature() {
        String url = links.choiceUrl("pick:42:7");
        assertThat(url).startsWith("https://help.example.com/feedback/email/choice?p=pick%3A42%3A7&sig=");
        String sig = query(url).get("sig");
        var pick = links.verifyChoice("pick:42:7", sig);
        assertThat(pick).isPresent();
        assertThat(pick.get().replyId()).isEqualTo(42);
        assertThat(pick.get().entryId()).hasValue(7);
        assertThat(links.verifyChoice("pick:42:8", sig)).isEmpty();
        assertThat(links.verifyChoice("pick:43:7", sig)).isEmpty();
        assertThat(links.verifyChoice("pick:42:7", null)).isEmpty();
        assertThat(links.verifyChoice("feedback:42:up", sig)).isEmpty();
        assertThat(new FeedbackLinks("other", "https://help.example.com").verifyChoice("pick:42:7", sig)).isEmpty();
    }
}
