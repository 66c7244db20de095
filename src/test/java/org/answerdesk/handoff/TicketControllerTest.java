package org.answerdesk.handoff;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.answerdesk.HttpApi;
import org.answerdesk.admin.AdminSecuritySlice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An agent's reply over the ticket API, without an app: behind the admin token, text PostgreSQL cannot store (a NUL)
 * is a 400 with the field and position, and no reply is sent.
 */
@WebMvcTest(TicketController.class)
@Import(AdminSecuritySlice.class)
class TicketControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    HandoffService handoffs;
    @MockitoBean
    TicketFiles files;

    /** Not "no interactions": the service's own start-up listener runs on the mock too. */
    @AfterEach
    void noReplyWasSent() {
        verify(handoffs, never()).reply(anyLong(), any(), any());
    }

    @Test
    void aNulInTheReplyOrTheAgentsNameIsRefusedWithItsPosition() throws Exception {
        refused(reply("{\"text\": \"Yes\\u0000, engraving costs 10 EUR.\", \"agent\": \"Ann\"}"),
                "text contains the control character U+0000 at position 4");
        refused(reply("{\"text\": \"Yes, engraving costs 10 EUR.\", \"agent\": \"A\\u0000nn\"}"),
                "agent contains the control character U+0000 at position 2");
    }

    @Test
    void aReplyThatIsNotJsonOrHasABadTicketIdIsRefused() throws Exception {
        refused(reply("{\"text\": "), "malformed JSON request body");
        refused(mvc.perform(post("/api/tickets/abc/reply").header(HttpApi.ADMIN[0], HttpApi.ADMIN[1])
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Yes.\"}")), "invalid value for id");
    }

    @Test
    void withoutTheAdminTokenNoReplyIsRead() throws Exception {
        mvc.perform(post("/api/tickets/1/reply").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Yes\\u0000\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("missing or wrong admin token"));
    }

    private ResultActions reply(String body) throws Exception {
        return mvc.perform(post("/api/tickets/1/reply").header(HttpApi.ADMIN[0], HttpApi.ADMIN[1])
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static void refused(ResultActions response, String reason) throws Exception {
        response.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.error").value(reason));
    }
}
