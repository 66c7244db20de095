package org.answerdesk.channel.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.answerdesk.brand.Brand;
import org.answerdesk.conversation.ChoicePayload;
import org.answerdesk.conversation.OutboundMessage;
import org.answerdesk.conversation.Suggestion;
import org.answerdesk.feedback.Vote;
import org.answerdesk.language.Texts;
import org.answerdesk.richtext.RichText;
import org.answerdesk.satisfaction.SatisfactionService;

/**
 * Writes an answer as a reply in the customer's thread: In-Reply-To and the full References chain, a "Re: "
 * subject (never "Re: Re: "), {@code Auto-Submitted: auto-replied} (RFC 3834), its own Message-ID, and the two
 * signed feedback links at the end; a text part and an HTML part ({@link ReplyHtml}) with the answer's rich text.
 * The answers to a mail of several questions are one reply, each answer with its own links, in order. What the mail
 * adds to the answer (subject, links, headings) is in the conversation's language ({@code email.*} texts).
 */
final class ReplyComposer {

    private static final Pattern REPLY_PREFIX = Pattern.compile("^(re|aw|sv|antw|r)(\\[\\d+\\])?\\s*:.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Very long chains are shortened to the root and the latest ids, as RFC 5322 allows. */
    private static final int MAX_REFERENCES = 20;

    /** One likely answer of a clarify reply as the mail shows it; {@code answer} is null if the entry is gone. */
    record Offered(String question, String answer, String url) {
    }

    private final InternetAddress from;
    private final FeedbackLinks links;
    private final LongFunction<Optional<String>> answers;
    private final Texts texts;
    private final Supplier<Brand> brand;

    /** A composer that shows only the questions of a clarify reply's choices. */
    ReplyComposer(InternetAddress from, FeedbackLinks links, Texts texts) {
        this(from, links, id -> Optional.empty(), texts, () -> Brand.NONE);
    }

    /** @param answers the FAQ answer of an entry, by id: shown under each choice of a clarify reply */
    ReplyComposer(InternetAddress from, FeedbackLinks links, LongFunction<Optional<String>> answers, Texts texts) {
        this(from, links, answers, texts, () -> Brand.NONE);
    }

    /**
     * @param answers the FAQ answer of an entry, by id: shown under each choice of a clarify reply
     * @param brand   the shop's look: its name is the sender's name and heads the mail, with its logo and colour
     */
    ReplyComposer(InternetAddress from, FeedbackLinks links, LongFunction<Optional<String>> answers, Texts texts,
                  Supplier<Brand> brand) {
        this.brand = brand;
        this.from = from;
        this.links = links;
        this.answers = answers;
        this.texts = texts;
    }

    /** A reply Message-ID, stable for the stored reply (a retried delivery sends the same id). */
    String messageId(long replyId) {
        String address = from.getAddress();
        return "<answerdesk." + replyId + "." + links.messageTag(replyId) + address.substring(address.indexOf('@')) + ">";
    }

    MimeMessage compose(Session session, OutboundMessage out, MailHeaders origin, String to) throws MessagingException {
        String messageId = messageId(out.messageId());
        var mail = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        Brand look = brand.get();
        mail.setFrom(sender(look));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        // a stranger's subject is never echoed to a third party's address in the shop's name
        Locale language = out.language();
        mail.setSubject(origin != null && !origin.answersSender()
                ? texts.text("email.subject.stranger", language, Map.of("shop", shopName(look)))
                : subject(origin == null ? null : origin.subject(), texts.text("email.subject.reply", language)),
                "UTF-8");
        if (origin != null && origin.messageId() != null) {
            mail.setHeader("In-Reply-To", origin.messageId());
        }
        List<String> references = references(origin);
        if (!references.isEmpty()) {
            mail.setHeader("References", String.join(" ", references));
        }
        mail.setHeader("Auto-Submitted", "auto-replied");
        // asks Exchange not to send out-of-office notices back to the robot
        mail.setHeader("X-Auto-Response-Suppress", "All");
        var alternatives = new MimeMultipart("alternative"); // the last part is the one mail programs prefer
        var text = new MimeBodyPart();
        text.setText(look.name() == null ? body(out) : body(out) + "\n-- \n" + look.name() + "\n", "UTF-8");
        alternatives.addBodyPart(text);
        var html = new MimeBodyPart();
        html.setText(ReplyHtml.branded(out.further().isEmpty() ? html(out)
                : ReplyHtml.together(answers(out).stream().map(this::html).toList()), look), "UTF-8", "html");
        alternatives.addBodyPart(html);
        mail.setContent(alternatives);
        mail.saveChanges();
        return mail;
    }

    /** The reply's subject: "Re: " and the original, or {@code none} (in the conversation's language) for none. */
    static String subject(String original, String none) {
        if (original == null || original.isBlank()) {
            return none;
        }
        String s = original.strip();
        return REPLY_PREFIX.matcher(s).matches() ? s : "Re: " + s;
    }

    private String shopName(Brand look) {
        if (look.name() != null) {
            return look.name();
        }
        return from.getPersonal() != null && !from.getPersonal().isBlank() ? from.getPersonal() : from.getAddress();
    }

    /** The support address under the shop's name when one is set. */
    private InternetAddress sender(Brand look) throws MessagingException {
        if (look.name() == null) {
            return from;
        }
        try {
            return new InternetAddress(from.getAddress(), look.name(), "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8", e);
        }
    }

    /** The parent's chain plus the parent itself. */
    static List<String> references(MailHeaders origin) {
        List<String> chain = new ArrayList<>();
        if (origin == null) {
            return chain;
        }
        chain.addAll(origin.references());
        if (origin.messageId() != null && !chain.contains(origin.messageId())) {
            chain.add(origin.messageId());
        }
        if (chain.size() > MAX_REFERENCES) {
            List<String> shortened = new ArrayList<>(chain.subList(chain.size() - (MAX_REFERENCES - 1), chain.size()));
            shortened.add(0, chain.get(0));
            return shortened;
        }
        return chain;
    }

    private List<Offered> offered(OutboundMessage out) {
        return out.choices().stream().map(c -> new Offered(c.question(), answers.apply(c.entryId()).orElse(null),
                links.choiceUrl(ChoicePayload.entry(out.messageId(), c.entryId())))).toList();
    }

    private String html(OutboundMessage out) {
        Locale language = out.language();
        if (out.offersChoices()) {
            return ReplyHtml.renderChoices(out.text(), offered(out), texts.text("email.choices.answered", language),
                    texts.text("email.choices.none-answered", language));
        }
        if (out.asksForRating()) {
            return ReplyHtml.renderRating(out.text(), SatisfactionService.scores().stream()
                    .map(score -> links.ratingUrl(out.ratingRequestId(), score)).toList());
        }
        List<Suggestion> suggestions = out.suggestionsToList();
        return ReplyHtml.render(out.text(), suggestions.stream().map(Suggestion::question).toList(),
                links.url(out.messageId(), Vote.UP), links.url(out.messageId(), Vote.DOWN), texts, language);
    }

    /**
     * The text part: the answer without markup (links as "label (url)"), related questions, feedback links; for the
     * answers to a message of several questions, each in turn with its own links, the signature delimiter left out
     * (a mail program hides what follows it).
     */
    private String body(OutboundMessage out) {
        if (out.further().isEmpty()) {
            return body(out, "\n-- \n");
        }
        var text = new StringBuilder();
        answers(out).forEach(a -> text.append(text.length() == 0 ? "" : "\n").append(body(a, "\n")));
        return text.toString();
    }

    /** The message and the further answers sent with it, in order. */
    private static List<OutboundMessage> answers(OutboundMessage out) {
        List<OutboundMessage> all = new ArrayList<>(List.of(out));
        all.addAll(out.further());
        return all;
    }

    private String body(OutboundMessage out, String delimiter) {
        Locale language = out.language();
        var text = new StringBuilder(RichText.parse(out.text()).plain().strip()).append("\n");
        if (out.offersChoices()) {
            for (Offered o : offered(out)) {
                text.append("\n## ").append(o.question()).append("\n\n");
                if (o.answer() != null) {
                    text.append(RichText.parse(o.answer()).plain().strip()).append("\n\n");
                }
                text.append(texts.text("email.choices.answered", language)).append(": ").append(o.url()).append('\n');
            }
            return text.append(delimiter).append(texts.text("email.choices.none-answered", language)).append('\n')
                    .toString();
        }
        if (out.asksForRating()) {
            text.append('\n');
            SatisfactionService.scores().forEach(score -> text.append(score).append(": ")
                    .append(links.ratingUrl(out.ratingRequestId(), score)).append('\n'));
            return text.toString();
        }
        List<Suggestion> suggestions = out.suggestionsToList();
        if (!suggestions.isEmpty()) {
            text.append('\n').append(texts.text("email.related", language)).append('\n');
            suggestions.forEach(s -> text.append("- ").append(s.question()).append('\n'));
        }
        text.append(delimiter).append(texts.text("email.feedback.question", language)).append('\n')
            .append(texts.text("email.feedback.helpful", language)).append(": ")
            .append(links.url(out.messageId(), Vote.UP)).append('\n')
            .append(texts.text("email.feedback.not-helpful", language)).append(": ")
            .append(links.url(out.messageId(), Vote.DOWN)).append('\n');
        return text.toString();
    }
}
