package org.answerdesk.channel.email;

import org.answerdesk.language.TestTexts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;

import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.OutboundMessage;
import org.answerdesk.conversation.ReplySource;
import org.answerdesk.conversation.Suggestion;
import org.junit.jupiter.api.Test;

class ReplyComposerTest {

    private final ReplyComposer composer = new ReplyComposer(address("Support <support@answerdesk.test>"),
            new FeedbackLinks("k", "http://localhost:8080"), TestTexts.ENGLISH);

    private static InternetAddress address(String s) {
        try {
            return new InternetAddress(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void subjectsGetOneReplyPrefix() {
        assertThat(ReplyComposer.subject("Password reset", "Re: your message")).isEqualTo("Re: Password reset");
        assertThat(ReplyComposer.subject("Re: Password reset", "Re: your message")).isEqualTo("Re: Password reset");
        assertThat(ReplyComposer.subject("RE: Re: Password reset", "Re: your message")).isEqualTo("RE: Re: Password reset");
        assertThat(ReplyComposer.subject("AW: Rückerstattung", "Re: your message")).isEqualTo("AW: Rückerstattung");
        assertThat(ReplyComposer.subject("Regarding my order", "Re: your message")).isEqualTo("Re: Regarding my order");
        assertThat(ReplyComposer.subject(null, "Re: your message")).isEqualTo("Re: your message");
    }

    @Test
    void aReplyToSomeoneElseThanTheSenderDoesNotEchoTheSubject() throws Exception {
        var origin = new MailHeaders("<c@x>", List.of(), "Visit evil.example", "victim@x", List.of(), "sender@x");
        var out = new OutboundMessage(42, 1, new ConversationKey(Channel.EMAIL, "<c@x>"), "Use the reset link.",
                ReplySource.FAQ, 0.9, List.of(), false, false, null, null, 1, 0);
        var mail = composer.compose(Session.getInstance(new Properties()), out, origin, "victim@x");
        assertThat(mail.getSubject()).isEqualTo("Your message to Support");
        var toSender = new MailHeaders("<c@x>", List.of(), "Visit evil.example", "Sender@X", List.of(), "sender@x");
        assertThat(composer.compose(Session.getInstance(new Properties()), out, toSender, "sender@x").getSubject())
                .isEqualTo("Re: Visit evil.example");
    }

    @Test
    void aGermanConversationsReplyIsWrittenAroundTheAnswerInGerman() throws Exception {
        var german = new ReplyComposer(address("Support <support@answerdesk.test>"),
                new FeedbackLinks("k", "http://localhost:8080"), TestTexts.of("en", "de"));
        var out = new OutboundMessage(43, 1, new ConversationKey(Channel.EMAIL, "<d@x>"), "Nutzen Sie den Link.",
                ReplySource.LLM, 0.4, List.of(new Suggestion(3, "How do I change my email?", 0.5)), true, false, null,
                null, 1, 0, null, List.of(), false, List.of(), java.util.Locale.GERMAN);
        var stranger = new MailHeaders("<c@x>", List.of(), "Visit evil.example", "victim@x", List.of(), "sender@x");
        var mail = german.compose(Session.getInstance(new Properties()), out, stranger, "victim@x");
        assertThat(mail.getSubject()).isEqualTo("Ihre Nachricht an Support");
        assertThat(german.compose(Session.getInstance(new Properties()), out, null, "victim@x").getSubject())
                .isEqualTo("Re: Ihre Nachricht");
        assertThat(TestMailServer.body(mail)).contains("Weitere Fragen, die Sie uns stellen können:\n- How do I change")
                .contains("War diese Antwort hilfreich?\nHilfreich: http").contains("Nicht hilfreich: http")
                .doesNotContain("Helpful");
        assertThat(TestMailServer.part(mail, "text/html")).contains("<p>Weitere Fragen, die Sie uns stellen können:</p>")
                .contains(">Nicht hilfreich</a>");
    }

    @Test
    void referencesAreTheParentsChainPlusTheParent() {
        var origin = new MailHeaders("<c@x>", List.of("<a@x>", "<b@x>"), "s", "ann@x", List.of());
        assertThat(ReplyComposer.references(origin)).containsExactly("<a@x>", "<b@x>", "<c@x>");
        var long_ = new MailHeaders("<z@x>", IntStream.range(0, 30).mapToObj(i -> "<" + i + "@x>").toList(), "s",
                "ann@x", List.of());
        var shortened = ReplyComposer.references(long_);
        assertThat(shortened).hasSize(20).startsWith("<0@x>").endsWith("<29@x>", "<z@x>");
    }

    @Test
    void theReplyIsThreadedAutoSubmittedAndCarriesBothLinks() throws Exception {
        var origin = new MailHeaders("<c@x>", List.of("<a@x>"), "Password reset", "ann@customer.example", List.of());
        var out = new OutboundMessage(41, 1, new ConversationKey(Channel.EMAIL, "<a@x>"), "Use the reset link.",
                ReplySource.LLM, 0.4, List.of(new Suggestion(3, "How do I change my email?", 0.5)), true, false, null,
                null, 1, 0);
        var mail = composer.compose(Session.getInstance(new Properties()), out, origin, "ann@customer.example");
        assertThat(mail.getHeader("Message-ID", null)).isEqualTo(composer.messageId(41))
                .matches("<answerdesk\\.41\\.[\\w-]{12}@answerdesk\\.test>");
        assertThat(mail.getHeader("In-Reply-To", null)).isEqualTo("<c@x>");
        assertThat(mail.getHeader("References", null)).isEqualTo("<a@x> <c@x>");
        assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(mail.getSubject()).isEqualTo("Re: Password reset");
        String body = TestMailServer.body(mail);
        assertThat(body).startsWith("Use the reset link.").contains("- How do I change my email?")
                .contains("Helpful: http://localhost:8080/feedback/email?m=41&v=up&sig=")
                .contains("Not helpful: http://localhost:8080/feedback/email?m=41&v=down&sig=");
        mail.saveChanges(); // as Transport.send does: the stable Message-ID must survive it
        var bytes = new ByteArrayOutputStream();
        mail.writeTo(bytes);
        assertThat(bytes.toString()).contains("Message-ID: " + composer.messageId(41));
    }

    @Test
    void aClarifyReplyShowsEachLikelyAnswerUnderItsQuestionWithASignedLinkInBothParts() throws Exception {
        var composer = new ReplyComposer(address("Support <support@answerdesk.test>"),
                new FeedbackLinks("k", "http://localhost:8080"),
                id -> id == 3 ? java.util.Optional.of("Use the **reset** link.") : java.util.Optional.empty(),
                TestTexts.ENGLISH);
        var out = new OutboundMessage(41, 1, new ConversationKey(Channel.EMAIL, "<a@x>"), "Which of these did you mean?",
                ReplySource.SYSTEM, 0.4, List.of(), false, true, null, null, 1, 0, null,
                List.of(new Suggestion(3, "How do I reset my password?", 0.5),
                        new Suggestion(5, "How do I change my <email>?", 0.4)));
        var mail = composer.compose(Session.getInstance(new Properties()), out, null, "ann@customer.example");
        String text = TestMailServer.body(mail);
        String link3 = new FeedbackLinks("k", "http://localhost:8080").choiceUrl("pick:41:3");
        String link5 = new FeedbackLinks("k", "http://localhost:8080").choiceUrl("pick:41:5");
        assertThat(text).startsWith("Which of these did you mean?")
                .contains("## How do I reset my password?\n\nUse the reset link.\n\nThis answered my question: " + link3)
                .contains("## How do I change my <email>?\n\nThis answered my question: " + link5)
                .contains("If none of these answers your question, there is nothing to do: a person from our team will follow up on your mail.").doesNotContain("Helpful:");
        String html = TestMailServer.part(mail, "text/html");
        assertThat(html).contains("<h3>How do I reset my password?</h3>").contains("<strong>reset</strong>")
                .contains("<h3>How do I change my &lt;email&gt;?</h3>")
                .contains("<a href=\"" + link3.replace("&", "&amp;") + "\">This answered my question</a>")
                .contains("<a href=\"" + link5.replace("&", "&amp;") + "\">");
    }

    @Test
    void theAnswersToSeveralQuestionsAreOneMailEachAnswerWithItsOwnLinks() throws Exception {
        var key = new ConversationKey(Channel.EMAIL, "<a@x>");
        var first = new OutboundMessage(51, 1, key, "We ship to the **EU**.", ReplySource.FAQ, 0.9, List.of(), false,
                false, null, null, 1, 0);
        var second = new OutboundMessage(52, 1, key, "Express costs €12.95.", ReplySource.FAQ, 0.9, List.of(), false,
                false, null, null, 1, 0);
        var mail = composer.compose(Session.getInstance(new Properties()), first.withFurther(List.of(second)), null,
                "ann@customer.example");
        assertThat(mail.getHeader("Message-ID", null)).isEqualTo(composer.messageId(51));
        String text = TestMailServer.body(mail);
        assertThat(text).containsSubsequence("We ship to the EU.", "m=51&v=up", "m=51&v=down", "Express costs €12.95.",
                "m=52&v=up", "m=52&v=down").doesNotContain("\n-- \n");
        String html = TestMailServer.part(mail, "text/html");
        assertThat(html).startsWith("<!doctype html>").containsSubsequence("<strong>EU</strong>", "m=51&amp;v=up",
                "Express costs €12.95.", "m=52&amp;v=up").endsWith("</body></html>\n");
        assertThat(html.split("<html>", -1)).as("one document").hasSize(2);
    }

    /** A reply of the bot's own that numbers its questions in its text ("pick one of these") lists them once. */
    @Test
    void questionsTheTextListsAreNotListedAgain() throws Exception {
        var out = new OutboundMessage(44, 1, new ConversationKey(Channel.EMAIL, "<e@x>"),
                "Ask in your own words, or pick one of these.\n1. Where is my parcel?\n2. Can I pay later?",
                ReplySource.SYSTEM, 0, List.of(new Suggestion(5, "Where is my parcel?", 0),
                        new Suggestion(6, "Can I pay later?", 0), new Suggestion(7, "Do you gift wrap?", 0)), true,
                false, null, null, 1, 0);
        String body = TestMailServer.body(composer.compose(Session.getInstance(new Properties()), out, null, "a@x"));
        assertThat(body.split("Where is my parcel\\?", -1)).as(body).hasSize(2);
        assertThat(body).contains("Related questions you can ask us:\n- Do you gift wrap?")
                .doesNotContain("- Can I pay later?");
    }

    /** An answer whose words happen to hold a related question still lists that question under it. */
    @Test
    void aQuestionTheAnswerOnlyMentionsIsStillListed() throws Exception {
        var out = new OutboundMessage(45, 1, new ConversationKey(Channel.EMAIL, "<f@x>"),
                "If you wonder \"Do you gift wrap?\": yes, for 3 euros.", ReplySource.FAQ, 0.9,
                List.of(new Suggestion(7, "Do you gift wrap?", 0)), true, false, null, null, 1, 0);
        String body = TestMailServer.body(composer.compose(Session.getInstance(new Properties()), out, null, "a@x"));
        assertThat(body).contains("Related questions you can ask us:\n- Do you gift wrap?");
    }
}
