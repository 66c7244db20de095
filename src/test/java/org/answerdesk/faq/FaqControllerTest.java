package org.answerdesk.faq;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The FAQ admin API's input checks, without an app: behind the admin token (the app's own security chain), a draft
 * {@link FaqDraft} refuses is a 400 with its reason and the catalogue is never asked. The rules themselves are
 * {@link FaqDraftTest}'s.
 */
@WebMvcTest(FaqController.class)
@Import({AdminSecuritySlice.class, EntryLanguages.class, FaqControllerTest.GermanAndEnglish.class})
class FaqControllerTest {

    /** A shop of German and English. */
    static class GermanAndEnglish {
        @org.springframework.context.annotation.Bean
        org.answerdesk.language.Languages languages() {
            return org.answerdesk.language.Languages.of("de", "en");
        }

        @org.springframework.context.annotation.Bean
        org.answerdesk.language.Texts texts() {
            return org.answerdesk.language.TestTexts.of("de", "en");
        }
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    FaqService faq;

    @AfterEach
    void theCatalogueWasNotAsked() {
        verifyNoInteractions(faq);
    }

    @Test
    void withoutTheAdminTokenNothingIsRead() throws Exception {
        mvc.perform(json(post("/api/faq"), "{\"question\": \"Q?\", \"answer\": \"A.\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.error").value("missing or wrong admin token"));
        mvc.perform(json(post("/api/faq"), "{\"question\": \"Q?\", \"answer\": \"A.\"}")
                        .header("Authorization", "Bearer not-the-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("missing or wrong admin token"));
    }

    @Test
    void aDraftWithoutAQuestionOrAnswerIsRefused() throws Exception {
        refused(admin(json(post("/api/faq"), "{\"question\": \"No answer?\"}")), "answer must not be empty");
        refused(admin(json(post("/api/faq"), "{\"answer\": \"No question.\"}")), "question must not be empty");
        refused(admin(json(put("/api/faq/7"), "{\"question\": \" \", \"answer\": \"A.\"}")),
                "question must not be empty");
    }

    @Test
    void aNulOrControlCharacterIsRefusedWithItsFieldAndPosition() throws Exception {
        refused(admin(json(post("/api/faq"), "{\"question\": \"Do you ship to Iceland?\\u0000\", \"answer\": \"Yes.\"}")),
                "question contains the control character U+0000 at position 24");
        refused(admin(json(post("/api/faq"), "{\"question\": \"Do you ship?\", \"answer\": \"Yes.\", "
                + "\"phrasings\": [\"ship\\u0000 to iceland\"]}")), "a phrasing contains the control character U+0000 at position 5");
        refused(admin(json(put("/api/faq/7"), "{\"question\": \"Do you ship?\", \"answer\": \"Yes\\u001b[2J\"}")),
                "answer contains the control character U+001B at position 4");
    }

    @Test
    void aBodyThatIsNotADraftIsRefused() throws Exception {
        refused(admin(json(post("/api/faq"), "{\"question\": ")), "malformed JSON request body");
        refused(admin(json(post("/api/faq"), "{\"question\": \"Q?\", \"answer\": \"A.\", \"keywords\": \"one\"}")),
                "malformed JSON request body");
    }

    @Test
    void anIdThatIsNotANumberIsRefused() throws Exception {
        refused(admin(get("/api/faq/not-a-number")), "invalid value for id");
    }

    @Test
    void anImportWithoutEntriesOrWithAControlCharacterIsRefused() throws Exception {
        refused(admin(post("/api/faq/import").contentType("text/markdown").content("Just some notes.\n")),
                "no FAQ entries found in the upload");
        refused(admin(post("/api/faq/import").contentType("text/csv")
                        .content("question,answer\nDo you ship to Iceland?,Yes\u0000 in five days.\n")),
                "CSV row 2: answer contains the control character U+0000 at position 4");
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header(HttpApi.ADMIN[0], HttpApi.ADMIN[1]));
    }

    private static void refused(ResultActions response, String reason) throws Exception {
        response.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.error").value(reason));
    }

    @Test
    void aLanguageTheShopDoesNotServeIsRefusedWithTheLanguagesItServes() throws Exception {
        String reason = "language \"fr\" is not one the shop serves (de, en; ANSWERDESK_LANGUAGES)";
        refused(admin(json(post("/api/faq"), "{\"question\": \"Où ?\", \"answer\": \"Ici.\", \"language\": \"fr\"}")),
                reason);
        refused(admin(json(put("/api/faq/7"), "{\"question\": \"Où ?\", \"answer\": \"Ici.\", \"language\": \"fr\"}")),
                reason);
        refused(admin(post("/api/faq/import?language=fr").contentType("text/csv").content("question,answer\nq,a\n")),
                reason);
        refused(admin(post("/api/faq/import").contentType("text/csv")
                .content("question,answer,language\nWo?,Hier.,de\nOù ?,Ici.,fr\n")), "CSV row 3: " + reason);
    }

    @Test
    void theFormOffersTheServedLanguagesNamedInTheOwnersLanguage() throws Exception {
        admin(get("/api/faq/languages?lang=de-DE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.served[0].code").value("de"))
                .andExpect(jsonPath("$.served[0].name").value("Deutsch"))
                .andExpect(jsonPath("$.served[1].name").value("Englisch"))
                .andExpect(jsonPath("$.label").value("Sprache"))
                .andExpect(jsonPath("$.default_label").value("Standard des Shops (Deutsch)"));
        admin(get("/api/faq/languages?lang=fr"))
                .andExpect(jsonPath("$.label").value("Sprache")); // a language the shop does not serve: its default
    }
}
