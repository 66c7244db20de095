package org.answerdesk.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.answerdesk.admin.AdminSecuritySlice;
import org.answerdesk.conversation.Channel;
import org.answerdesk.conversation.ConversationDesk;
import org.answerdesk.conversation.ConversationKey;
import org.answerdesk.conversation.ConversationService;
import org.answerdesk.conversation.InboundEvent;
import org.answerdesk.conversation.InboundMessage;
import org.answerdesk.faq.StarterQuestions;
import org.answerdesk.satisfaction.SatisfactionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The web chat's HTTP input checks, without an app: bad input is a 400 with the reason as JSON (snake_case fields,
 * the app's error handler and security in front), and the conversation core is never asked. The rules themselves are
 * {@link WebInputTest}'s; the message length is the core's (whole-app: {@code WebInputRulesIT}).
 */
@WebMvcTest(WebChatController.class)
@Import({AdminSecuritySlice.class, WebChatControllerTest.RealTexts.class})
class WebChatControllerTest {

    /** The shipped bundles, as the app has them: texts are read, not mocked. */
    @org.springframework.boot.test.context.TestConfiguration
    static class RealTexts {
        @org.springframework.context.annotation.Bean
        org.answerdesk.language.Texts texts() {
            return org.answerdesk.language.TestTexts.of("en");
        }
    }

    static final String SESSION = "web-0f8fad5b-d9cb-469f-a165-70867728950e";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ConversationService conversations;
    @MockitoBean
    ConversationDesk desk;
    @MockitoBean
    StarterQuestions starters;
    @MockitoBean
    SatisfactionService satisfaction;
    @MockitoBean
    SentFiles files;

    boolean coreMayBeAsked;

    @AfterEach
    void theCoreWasNotAskedAboutRefusedInput() {
        if (!coreMayBeAsked) {
            verifyNoInteractions(conversations, desk, satisfaction);
        }
    }

    @Test
    void aChatWithoutASessionIdIsRefused() throws Exception {
        refused(postJson("/api/chat", "{\"message\": \"How do I reset my password?\"}"), "session_id is required");
        // camelCase is not the API's naming: the session id is then missing too
        refused(postJson("/api/chat", "{\"sessionId\": \"" + SESSION + "\", \"message\": \"Hi there\"}"),
                "session_id is required");
    }

    @Test
    void aSessionIdThePathRoutesCannotCarryIsRefusedByEveryRoute() throws Exception {
        String rule = "session_id must be 8 to 128 letters, digits, '-' or '_', e.g. a random UUID";
        for (String session : new String[] {"abc/def/ghi", "<script>x</script>", "sess.ion:with?query", "short"}) {
            refused(postJson("/api/chat", "{\"session_id\": \"" + session + "\", \"message\": \"Hi there\"}"), rule);
            refused(postJson("/api/reset", "{\"session_id\": \"" + session + "\"}"), rule);
            refused(postJson("/api/feedback", "{\"session_id\": \"" + session + "\", \"message_id\": 1, \"vote\": \"up\"}"),
                    rule);
            refused(postJson("/api/chat/rating", "{\"session_id\": \"" + session + "\", \"request_id\": 1, \"score\": 5}"),
                    rule);
        }
        refused(mvc.perform(get("/api/chat/short/messages")), rule);
        refused(mvc.perform(get("/api/chat/short/history")), rule);
        refused(postJson("/api/chat", "{\"session_id\": \"hostile-\\u0000-session\", \"message\": \"Hi there\"}"), rule);
    }

    @Test
    void aMalformedChoiceIsRefusedWithAnExampleOfAGoodOne() throws Exception {
        refused(postJson("/api/chat", "{\"session_id\": \"" + SESSION + "\", \"choice\": \"pick:1:2:3\"}"),
                "choice must be the payload of a choice the chat offered, e.g. pick:123:45 or helped:123, or \"human\"");
        refused(postJson("/api/chat", "{\"session_id\": \"" + SESSION + "\", \"choice\": \"\"}"),
                "choice must be the payload of a choice the chat offered, e.g. pick:123:45 or helped:123, or \"human\"");
    }

    @Test
    void aMessageAndAChoiceTogetherAreRefused() throws Exception {
        refused(postJson("/api/chat", "{\"session_id\": \"" + SESSION + "\", \"choice\": \"pick:12:34\", "
                + "\"message\": \"hi\"}"), "send either message or choice, not both");
    }

    @Test
    void aBadIdempotencyKeyIsRefused() throws Exception {
        refused(postJson("/api/chat", "{\"session_id\": \"" + SESSION + "\", \"message\": \"Hi there\", "
                + "\"idempotency_key\": \"k\\u0000\"}"), "idempotency_key must not contain control characters");
        refused(postJson("/api/chat", "{\"session_id\": \"" + SESSION + "\", \"message\": \"Hi there\", "
                + "\"idempotency_key\": \"" + "k".repeat(201) + "\"}"), "idempotency_key is longer than 200 characters");
    }

    @Test
    void aBodyThatIsNotAChatRequestIsRefused() throws Exception {
        for (String body : new String[] {"", "hello there", "[]", "{\"session_id\": \"" + SESSION + "\", \"message\": "}) {
            refused(postJson("/api/chat", body), "malformed JSON request body");
        }
        mvc.perform(post("/api/chat").contentType(MediaType.TEXT_PLAIN).content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.status").value(415))
                .andExpect(jsonPath("$.error").value(startsWith("Content-Type 'text/plain")));
    }

    @Test
    void theCoresRefusalOfAMessageIsA400WithItsReason() throws Exception {
        coreMayBeAsked = true;
        given(conversations.answers(any())).willThrow(
                new IllegalArgumentException("message is 4001 characters long; the limit is 4000"));
        refused(postJson("/api/chat", "{\"session_id\": \"" + SESSION + "\", \"message\": \"Hi there\"}"),
                "message is 4001 characters long; the limit is 4000");
    }

    @Test
    void aGoodMessageReachesTheCoreCleanedAndKeyedByItsSession() throws Exception {
        coreMayBeAsked = true;
        var key = new ConversationKey(Channel.WEB, SESSION);
        given(conversations.answers(any())).willReturn(List.of());
        given(desk.waitingForPerson(key)).willReturn(true);
        postJson("/api/chat", "{\"session_id\": \"" + SESSION + "\", \"message\": \"How do I reset my password?\\u0000\", "
                + "\"idempotency_key\": \"k-1\"}")
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.needs_human").value(true))
                .andExpect(jsonPath("$.reply").doesNotExist());
        var sent = ArgumentCaptor.forClass(InboundEvent.class);
        verify(conversations).answers(sent.capture());
        var message = (InboundMessage) sent.getValue();
        assertThat(message.key()).isEqualTo(key);
        assertThat(message.text()).isEqualTo("How do I reset my password?");
        assertThat(message.eventId()).isEqualTo(WebInput.eventId(SESSION, "k-1"));
    }

    @Test
    void feedbackNeedsAMessageIdAndAnUpOrDownVote() throws Exception {
        refused(postJson("/api/feedback", "{\"session_id\": \"" + SESSION + "\", \"vote\": \"up\"}"),
                "message_id is required");
        refused(postJson("/api/feedback", "{\"session_id\": \"" + SESSION + "\", \"message_id\": 1, \"vote\": \"up\\u0000\"}"),
                "vote must be \"up\" or \"down\"");
        refused(postJson("/api/feedback", "{\"session_id\": \"" + SESSION + "\", \"message_id\": \"abc\", \"vote\": \"up\"}"),
                "malformed JSON request body");
    }

    @Test
    void aRatingNeedsARequestAndAScoreOfOneToFive() throws Exception {
        for (String score : new String[] {"0", "6", "null"}) {
            refused(postJson("/api/chat/rating", "{\"session_id\": \"" + SESSION + "\", \"request_id\": 1, \"score\": "
                    + score + "}"), "request_id and a score from 1 to 5 are required");
        }
        refused(postJson("/api/chat/rating", "{\"session_id\": \"" + SESSION + "\", \"score\": 5}"),
                "request_id and a score from 1 to 5 are required");
    }

    @Test
    void aPollAfterAWordIsRefused() throws Exception {
        refused(mvc.perform(get("/api/chat/" + SESSION + "/messages").param("after", "abc")),
                "invalid value for after");
    }

    private ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static void refused(ResultActions response, String reason) throws Exception {
        response.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.error").value(reason));
    }
}
