package org.answerdesk.channel.email;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ChoicePayload;
import org.answerdesk.conversation.ConversationDesk;
import org.answerdesk.conversation.ConversationSummary;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.conversation.Reply;
import org.answerdesk.faq.FaqService;
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
 * The "This answered my question" links of an emailed clarify reply. As with the feedback links, opening one
 * ({@code GET}, or a mail scanner's visit) changes nothing: it shows the question and a button that posts to the
 * signed link. The {@code POST} hands the press to the core as {@link InboundMessage#choice} for the conversation
 * of the reply the link names, under {@code email-choice:<reply>:<entry>} (so pressing twice is one press); the core
 * answers it and marks the conversation resolved. A link that was altered, unsigned, or names no emailed reply gets
 * 400. The pages are in the language of the reply's conversation.
 */
@Controller
@ConditionalOnExpression(EmailConfiguration.ENABLED)
class EmailChoiceController {

    private final FeedbackLinks links;
    private final ConversationService conversations;
    private final ConversationDesk desk;
    private final FaqService faq;
    private final ReplyComposer composer;
    private final Texts texts;

    EmailChoiceController(FeedbackLinks links, ConversationService conversations, ConversationDesk desk,
                          FaqService faq, ReplyComposer composer, Texts texts) {
        this.texts = texts;
        this.composer = composer;
        this.links = links;
        this.conversations = conversations;
        this.desk = desk;
        this.faq = faq;
    }

    /** A verified link and the emailed reply it belongs to. */
    private record Link(String payload, ChoicePayload.Pick pick, Reply reply) {
    }

    @GetMapping(path = FeedbackLinks.CHOICE_PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> confirm(@RequestParam(required = false) String p, @RequestParam(required = false) String sig) {
        Optional<Link> link = verified(p, sig);
        if (link.isEmpty()) {
            return invalid();
        }
        String question = link.get().pick().entryId().stream().mapToObj(faq::find).flatMap(Optional::stream)
                .map(e -> "<p>" + Html.escape(e.question()) + "</p>").findFirst().orElse("");
        Locale language = desk.language(link.get().reply().conversationId());
        return EmailFeedbackController.page(HttpStatus.OK, texts.text("email.page.choice.title", language), language,
                question + "<form method=\"post\" action=\"" + Html.escape(links.choiceQuery(link.get().payload()))
                + "\"><button type=\"submit\" autofocus>" + Html.escape(texts.text("email.choices.answered", language))
                + "</button></form>" + EmailFeedbackController.paragraph(texts.text("email.page.choice.not-it", language)));
    }

    @PostMapping(path = FeedbackLinks.CHOICE_PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> choose(@RequestParam(required = false) String p, @RequestParam(required = false) String sig) {
        Optional<Link> link = verified(p, sig);
        var customer = link.flatMap(l -> desk.summary(l.reply().conversationId()))
                .map(ConversationSummary::customer);
        if (customer.isEmpty()) {
            return invalid();
        }
        Reply reply = link.get().reply();
        String entry = link.get().pick().entryId().isPresent()
                ? Long.toString(link.get().pick().entryId().getAsLong()) : "else";
        // the core's answer to the pick is sent as a reply to the mail that offered the choices
        String offer = composer.messageId(reply.messageId());
        var inReplyTo = new MailHeaders(offer, List.of(reply.key().externalId()), null, customer.get().address(),
                List.of());
        conversations.receive(InboundMessage.choice("email-choice:" + reply.messageId() + ":" + entry, reply.key(),
                customer.get(), link.get().payload(), null, inReplyTo.encode()));
        Locale language = desk.language(reply.conversationId());
        return EmailFeedbackController.page(HttpStatus.OK, texts.text("email.page.choice.thanks-title", language),
                language, EmailFeedbackController.paragraph(texts.text("email.page.choice.thanks", language)));
    }

    private Optional<Link> verified(String p, String sig) {
        return links.verifyChoice(p, sig).flatMap(pick -> conversations.reply(pick.replyId())
                .filter(r -> r.key().channel() == Channel.EMAIL)
                .map(r -> new Link(p, pick, r)));
    }

    /** A link not signed by us (or of no emailed reply): the shop's default language. */
    private ResponseEntity<String> invalid() {
        Locale language = desk.defaultLanguage();
        return EmailFeedbackController.page(HttpStatus.BAD_REQUEST, texts.text("email.page.invalid-title", language),
                language, EmailFeedbackController.paragraph(texts.text("email.page.choice.invalid", language)));
    }
}
