package org.answerdesk.faq;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.SideLane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * A customer's words never become the shop's words by themselves: a candidate from an agent's answer is published
 * only by the owner's approval (question and answer editable), a pin at the desk only recommends it, and an entry
 * still worded by a customer (published by a pin before) is never offered to other customers as a suggestion or a
 * starter question until its owner edits it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SideLane.OWN_CONTEXT)
// Side lane: a context of its own, out of the main lane's default one (its longest group; docs/benchmarks.md, "ci43")
@SideLane
class CustomerWordsIT {

    static final String HOSTILE =
            "Do you sell replacement saddles for tandem bicycles? For faster help call +1-555-0100 or visit evil.example";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FaqCandidateService candidates;
    @Autowired
    FaqService faq;
    @Autowired
    StarterQuestions starters;
    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @Test
    void aPinnedCandidateIsPublishedOnlyAsTheOwnerEditedIt() {
        String session = "words-" + UUID.randomUUID();
        JsonNode first = api.post("/api/chat", json("session_id", session, "message", HOSTILE)).json();
        if (first.get("choices").size() > 0) { // offered the closest entries: none of them fits
            first = api.post("/api/chat", json("session_id", session, "choice", first.get("something_else").asString()))
                    .json();
        } else if (!first.get("needs_human").asBoolean()) { // offered a person: the yes takes it
            first = api.post("/api/chat", json("session_id", session, "message", "yes")).json();
        }
        assertThat(first.get("needs_human").asBoolean()).isTrue();
        long conversation = first.get("conversation_id").asLong();
        long ticket = 0;
        for (JsonNode t : api.get("/api/tickets", HttpApi.ADMIN).json()) {
            if (t.get("conversation_id").asLong() == conversation) {
                ticket = t.get("id").asLong();
            }
        }
        assertThat(api.post("/api/tickets/" + ticket + "/reply",
                json("text", "Yes: tandem saddles are in the spare-parts shop.", "agent", "Ann"), HttpApi.ADMIN)
                .status()).isEqualTo(200);
        long group = candidateGroup(HOSTILE);
        long entries = faq.list().size();

        // what the Slack desk does on a 📌 under that reply (the reply's desk place is set as Slack would)
        jdbc.sql("update faq_candidate set desk_ref = 'C0DESK:1.000042' where group_id = :g").param("g", group).update();
        assertThat(candidates.pinAtDesk("C0DESK:1.000042", "U0STAFF")).contains(group);
        assertThat(faq.list()).as("a pin publishes nothing").hasSize((int) entries);
        assertThat(faq.list()).noneMatch(e -> e.question().contains("evil.example"));
        JsonNode listed = pendingGroup(group);
        assertThat(listed.get("pinned").asBoolean()).isTrue();
        assertThat(api.get("/api/faq/candidates", HttpApi.ADMIN).json().get(0).get("id").asLong())
                .as("a pinned group comes first in the owner's review").isEqualTo(group);

        var approved = api.post("/api/faq/candidates/" + group + "/approve",
                json("question", "Do you sell saddles for tandem bicycles?",
                        "answer", "Yes: tandem saddles are in the spare-parts shop, from 25 EUR."), HttpApi.ADMIN);
        try {
            assertThat(approved.status()).isEqualTo(200);
            assertThat(approved.json().get("question").asString())
                    .isEqualTo("Do you sell saddles for tandem bicycles?");
            assertThat(approved.json().get("answer").asString()).contains("from 25 EUR");
            long id = approved.json().get("id").asLong();
            assertThat(faq.ownerWorded(id)).isTrue();
        } finally {
            // the next test and the shared context's other classes ask about tandem saddles too
            if (approved.status() == 200) {
                api.delete("/api/faq/" + approved.json().get("id").asLong(), HttpApi.ADMIN);
            }
        }
    }

    @Test
    void anEntryStillInACustomersWordsIsNeverOfferedToOthersUntilTheOwnerEditsIt() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long owners = api.addFaqEntry(json("question", "How do I adjust the height of a tandem bicycle saddle?",
                "answer", "Loosen the seat-post clamp, slide the saddle to the height you want, tighten again."),
                HttpApi.ADMIN).json().get("id").asLong();
        // a number with "call" would be a callback asked for (a person), so the number is given for WhatsApp
        String customersWords = "Do you sell tandem bicycle saddles? WhatsApp +1-555-0100 or visit evil.example " + tag;
        long pinned = api.addFaqEntry(json("question", customersWords,
                "answer", "Yes: tandem saddles are in the spare-parts shop."), HttpApi.ADMIN).json().get("id").asLong();
        try {
            // as the V27 migration marks an entry that an earlier pin published with the customer's question verbatim
            jdbc.sql("update faq_entry set origin = 'CUSTOMER' where id = :id").param("id", pinned).update();
            faq.refresh();

            // the shared context's other tests answered other entries too: ask it more often than any of those
            Long mostAnsweredOther = jdbc.sql("""
                    select count(*) from message where direction = 'OUT' and source = 'FAQ' and faq_entry_id <> :id
                    group by faq_entry_id order by count(*) desc limit 1
                    """).param("id", pinned).query(Long.class).optional().orElse(0L);
            // (once more: the owner's entry below is answered once when its suggestions are read, and wins a tie)
            for (long i = 0; i <= mostAnsweredOther + 1; i++) {
                assertThat(ask(customersWords).get("source").asString()).isEqualTo("FAQ");
            }
            long answered = jdbc.sql("select count(*) from message where direction = 'OUT' and faq_entry_id = :id")
                    .param("id", pinned).query(Long.class).single();
            assertThat(answered).as("precondition: the customer-worded entry is the most answered")
                    .isGreaterThan(mostAnsweredOther);
            assertThat(starterIds()).doesNotContain(pinned);
            assertThat(suggestedIds("How do I adjust the height of a tandem bicycle saddle?")).doesNotContain(pinned);

            // the owner reviews it: an edit makes it the owner's, and it is offered from then on
            assertThat(api.put("/api/faq/" + pinned, json("question", "Do you sell saddles for tandem bicycles? " + tag,
                    "answer", "Yes: tandem saddles are in the spare-parts shop."), HttpApi.ADMIN).status()).isEqualTo(200);
            assertThat(starterIds().get(0)).isEqualTo(pinned);
            assertThat(suggestedIds("How do I adjust the height of a tandem bicycle saddle?")).contains(pinned);
            assertThat(owners).isPositive();
        } finally {
            api.delete("/api/faq/" + pinned, HttpApi.ADMIN);
            api.delete("/api/faq/" + owners, HttpApi.ADMIN);
        }
    }

    private JsonNode ask(String question) {
        return api.post("/api/chat", json("session_id", "words-" + UUID.randomUUID(), "message", question)).json();
    }

    private List<Long> suggestedIds(String question) {
        JsonNode reply = ask(question);
        assertThat(reply.get("suggestions").size()).as("some related entries are offered").isPositive();
        List<Long> ids = new ArrayList<>();
        reply.get("suggestions").forEach(s -> ids.add(s.get("entry_id").asLong()));
        return ids;
    }

    private List<Long> starterIds() {
        List<Long> ids = new ArrayList<>();
        api.get("/api/chat/greeting").json().get("questions").forEach(q -> ids.add(q.get("entry_id").asLong()));
        assertThat(ids).isNotEmpty();
        return ids;
    }

    private long candidateGroup(String question) {
        return jdbc.sql("select group_id from faq_candidate where question = :q and status = 'PENDING'")
                .param("q", question).query(Long.class).single();
    }

    private JsonNode pendingGroup(long group) {
        for (JsonNode c : api.get("/api/faq/candidates", HttpApi.ADMIN).json()) {
            if (c.get("id").asLong() == group) {
                assertThat(c.get("questions").toString()).contains("evil.example");
                return c;
            }
        }
        throw new AssertionError("candidate group " + group + " is not pending");
    }
}
