package org.answerdesk.channel.email;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.answerdesk.conversation.ChoicePayload;
import org.answerdesk.feedback.Vote;
import org.answerdesk.satisfaction.RatingPayload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Helpful" / "Not helpful" links under an emailed answer: {@code /feedback/email?m=<reply id>&v=up|down&sig=}
 * where sig is an HMAC-SHA256 over reply id and vote, so a link cannot be altered to rate another answer. Opening
 * a link shows the choice; posting to it votes ({@link EmailFeedbackController}).
 */
final class FeedbackLinks {

    static final String PATH = "/feedback/email";
    private static final Logger log = LoggerFactory.getLogger(FeedbackLinks.class);

    /** A verified link: which reply, which vote. */
    record Rating(long replyId, Vote vote) {
    }

    /**
     * Where the satisfaction links of a rating request point: {@code ?r=<request id>&s=<score>&sig=}, sig over the
     * {@link RatingPayload} of request and score.
     */
    static final String RATING_PATH = "/feedback/email/rating";

    /**
     * Where the "This answered my question" links of a clarify reply point: {@code ?p=<choice payload>&sig=}, sig
     * over the {@link ChoicePayload} itself (which names the reply and the entry).
     */
    static final String CHOICE_PATH = "/feedback/email/choice";

    private final SecretKeySpec key;
    private final String baseUrl;

    FeedbackLinks(String secret, String baseUrl) {
        byte[] bytes;
        if (secret == null || secret.isBlank()) {
            log.warn("ANSWERDESK_FEEDBACK_SECRET is not set: feedback links in mail stop working after a restart");
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        } else {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String url(long replyId, Vote vote) {
        return baseUrl + PATH + query(replyId, vote);
    }

    /** The signed query of a link ({@code ?m=...}): the choice page's forms post to it, relative to the page. */
    String query(long replyId, Vote vote) {
        String v = name(vote);
        return "?m=" + replyId + "&v=" + v + "&sig=" + sign("feedback:" + replyId + ":" + v);
    }

    /** The rating a link stands for, if it is one of ours and unaltered. */
    Optional<Rating> verify(String m, String v, String sig) {
        if (m == null || v == null || sig == null || !m.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        Vote vote = switch (v) {
            case "up" -> Vote.UP;
            case "down" -> Vote.DOWN;
            default -> null;
        };
        byte[] expected = sign("feedback:" + m + ":" + v).getBytes(StandardCharsets.US_ASCII);
        if (vote == null || !MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(new Rating(Long.parseLong(m), vote));
    }

    String ratingUrl(long requestId, int score) {
        return baseUrl + RATING_PATH + ratingQuery(requestId, score);
    }

    String ratingQuery(long requestId, int score) {
        return "?r=" + requestId + "&s=" + score + "&sig=" + sign(RatingPayload.encode(requestId, score));
    }

    /** The score a satisfaction link stands for, if it is one of ours and unaltered. */
    Optional<RatingPayload> verifyRating(String r, String s, String sig) {
        if (r == null || s == null || sig == null || !r.matches("\\d{1,18}") || !s.matches("\\d")) {
            return Optional.empty();
        }
        var payload = new RatingPayload(Long.parseLong(r), Integer.parseInt(s));
        byte[] expected = sign(payload.encode()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(payload);
    }

    String choiceUrl(String payload) {
        return baseUrl + CHOICE_PATH + choiceQuery(payload);
    }

    String choiceQuery(String payload) {
        return "?p=" + URLEncoder.encode(payload, StandardCharsets.UTF_8) + "&sig=" + sign(payload);
    }

    /** The press a choice link stands for, if it is one of ours and unaltered. */
    Optional<ChoicePayload.Pick> verifyChoice(String p, String sig) {
        var pick = ChoicePayload.decode(p);
        if (pick.isEmpty() || sig == null) {
            return Optional.empty();
        }
        byte[] expected = sign(p).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.US_ASCII)) ? pick : Optional.empty();
    }

    /** A short tag for the reply's own Message-ID: stable for the reply, unique to this installation. */
    String messageTag(long replyId) {
        return sign("message-id:" + replyId).substring(0, 12);
    }

    private String sign(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(Vote vote) {
        return vote == Vote.UP ? "up" : "down";
    }
}
