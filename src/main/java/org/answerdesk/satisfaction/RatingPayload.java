package org.answerdesk.satisfaction;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A score for a rating request as the channels carry it in a button or a signed link: {@code csat:<request id>:<score>}
 * (Telegram callback data, Slack action ids, the data an email rating link signs). Encoded and read here only, so
 * every channel writes the same payload; whether the score counts is {@link SatisfactionService#rate}'s to decide
 * (a decoded score may be outside {@link SatisfactionService#scores}).
 */
public record RatingPayload(long requestId, int score) {

    private static final String PREFIX = "csat:";

    /** What a payload looks like: the request id and the score as groups 1 and 2. */
    public static final Pattern PATTERN = Pattern.compile("csat:(\\d{1,18}):(\\d)");

    /** The payload of this score for this request. */
    public static String encode(long requestId, int score) {
        return forRequest(requestId) + ":" + score;
    }

    /** The part naming the request alone, e.g. for the group of its score buttons. */
    public static String forRequest(long requestId) {
        return PREFIX + requestId;
    }

    /** The request and score a payload names, or empty when it is not a rating payload. */
    public static Optional<RatingPayload> decode(String payload) {
        Matcher m = payload == null ? null : PATTERN.matcher(payload);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new RatingPayload(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2))));
    }

    public String encode() {
        return encode(requestId, score);
    }
}
