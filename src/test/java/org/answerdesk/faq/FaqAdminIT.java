package org.answerdesk.faq;

import static org.answerdesk.HttpApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.answerdesk.HttpApi;
import org.answerdesk.SideLane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** FAQ administration over HTTP: the admin token, CRUD, import, and changes answerable at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = SideLane.OWN_CONTEXT)
// Side lane: a context of its own, out of the main lane's default one (its longest group; docs/benchmarks.md, "ci43")
@SideLane
class FaqAdminIT {


    @LocalServerPort
    int port;
    @Autowired
    FaqRepository repository;
    @Autowired
    FaqVersion version;
    @Autowired
    TransactionTemplate tx;
    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @Test
    void refusesWithoutTheAdminToken() {
        assertThat(api.get("/api/faq").status()).isEqualTo(401);
        assertThat(api.get("/api/faq", "Authorization", "Bearer wrong").status()).isEqualTo(401);
        assertThat(api.get("/api/faq", HttpApi.ADMIN).status()).isEqualTo(200);
        assertThat(api.get("/api/faq", HttpApi.ADMIN).json().size()).isGreaterThanOrEqualTo(35);
    }

    @Test
    void aNewEntryIsAnsweredAtOnceAndDeletingItRemovesIt() {
        String body = """
                {"question": "Do you offer gift wrapping for birthday presents?",
                 "answer": "Yes: tick 'gift wrap' at checkout; it costs 3 EUR per parcel.",
                 "category": "orders", "keywords": ["gift wrap"],
                 "phrasings": ["Can you wrap my order as a present?", "is giftwrapping available"]}
                """;
        var created = api.post("/api/faq", body, HttpApi.ADMIN);
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        try {
            assertThat(created.json().get("phrasings").size()).isEqualTo(3);
            api.awaitFaqIndexed(); // the add answers before its index is built

            var answer = chat("Could you wrap the parcel as a present for me?");
            assertThat(answer.get("source").asString()).isEqualTo("FAQ");
            assertThat(answer.get("reply").asString()).contains("gift wrap");

            assertThat(api.delete("/api/faq/" + id, HttpApi.ADMIN).status()).isEqualTo(204);
            assertThat(api.get("/api/faq/" + id, HttpApi.ADMIN).status()).isEqualTo(404);
            // the sample FAQ has its own gift-options entry, which may answer now; the deleted answer must not
            assertThat(chat("Could you wrap the parcel as a present for me?").get("reply").asString())
                    .doesNotContain("3 EUR per parcel");
        } finally {
            api.delete("/api/faq/" + id, HttpApi.ADMIN); // the shared context's other classes ask about presents
        }
    }

    /**
     * Item 17 of issue 53: an add is answered before the index is rebuilt (2 s on the request thread before), and ten
     * adds in a row coalesce into one or two rebuilds, not ten; each entry is answered once the rebuild lands.
     */
    @Test
    void addsInARowAreStoredAtOnceAndIndexedInOneOrTwoRebuilds() {
        long rebuildsBefore = api.get("/api/faq/index", HttpApi.ADMIN).json().get("rebuilds").asLong();
        java.util.List<Long> ids = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                var added = api.post("/api/faq", json("question", QUESTIONS[i][0], "answer", QUESTIONS[i][1]),
                        HttpApi.ADMIN);
                assertThat(added.status()).as(added.body()).isEqualTo(201);
                ids.add(added.json().get("id").asLong());
            }
            long version = api.get("/api/faq/index", HttpApi.ADMIN).json().get("version").asLong();
            var indexed = org.answerdesk.Await.await(() -> api.get("/api/faq/index", HttpApi.ADMIN).json(),
                    s -> s.get("indexed_version").asLong() >= version, "the index built from version " + version);
            long rebuilds = indexed.get("rebuilds").asLong() - rebuildsBefore;
            // one or two for the ten adds (ten before: one each); one more allowed for a change another class made meanwhile
            assertThat(rebuilds).as("rebuilds for ten adds").isBetween(1L, 3L);
            assertThat(chat(QUESTIONS[0][0]).get("reply").asString()).isEqualTo(QUESTIONS[0][1]);
            assertThat(chat(QUESTIONS[9][0]).get("reply").asString()).isEqualTo(QUESTIONS[9][1]);
        } finally {
            // one change for the ten: ten DELETEs would rebuild the index ten times (1-2 s each)
            tx.executeWithoutResult(t -> {
                ids.forEach(repository::delete);
                version.bump();
            });
            api.awaitFaqIndexed(); // the shared context's other classes ask the FAQ
        }
    }

    private static final String[][] QUESTIONS = {
        {"Do you rent out snowshoes for hiking?", "Snowshoes rent for 12 EUR a day, poles included."},
        {"Can I rent a tandem bicycle for the weekend?", "Tandems rent for 45 EUR from Friday to Monday."},
        {"Can I order a custom jigsaw puzzle of my photo?", "Upload the photo on the puzzle page; 1,000 pieces."},
        {"Is there a student discount on telescopes?", "Students save 10% on telescopes with a valid card."},
        {"Can you repair a cracked violin bridge?", "Our luthier fits a new bridge within a week."},
        {"Do you stock left-handed scissors?", "Left-handed scissors are in the stationery aisle."},
        {"Can I book a pottery workshop for children?", "Kids' pottery runs Saturdays at 10, ages 6 to 12."},
        {"Do you sell seeds for chili peppers?", "We carry habanero, jalapeno and bird's eye seeds."},
        {"Is the aquarium heater safe for turtles?", "Use the guarded heater model AH-50 for turtles."},
        {"Do you sell replacement strings for ukuleles?", "Yes: nylon ukulele strings are 6 EUR a set."}};

    @Test
    void anUpdatedEntryAnswersWithItsNewTextAtOnce() {
        String question = "Do you sell replacement gaskets for espresso machines?";
        long id = api.post("/api/faq", json("question", question, "answer", "Yes: gasket kits cost 9 EUR."),
                HttpApi.ADMIN).json().get("id").asLong();
        String changed = """
                {"question": "%s", "answer": "Yes: gasket kits cost 12 EUR and ship within two days.",
                 "phrasings": ["spare seal for my espresso maker"]}
                """.formatted(question);
        try {
            var updated = api.put("/api/faq/" + id, changed, HttpApi.ADMIN);
            assertThat(updated.status()).isEqualTo(200);
            assertThat(updated.json().get("phrasings").size()).isEqualTo(2);
            assertThat(chat(question).get("reply").asString()).contains("12 EUR").doesNotContain("9 EUR");
            assertThat(api.put("/api/faq/999999999", changed, HttpApi.ADMIN).status()).isEqualTo(404);
        } finally {
            api.delete("/api/faq/" + id, HttpApi.ADMIN);
        }
    }

    @Test
    void importsCsvAndMarkdown() {
        String csv = """
                question,answer,category,keywords,phrasings
                "Do you sell replacement lids for the Kettle 300?","Yes, order part KL-300 from the spare parts page.",parts,kettle;lid,"kettle lid broken|spare lid for kettle"
                """;
        var imported = api.postAs("/api/faq/import", "text/csv", csv, HttpApi.ADMIN);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(1);
        assertThat(chat("the lid of my kettle 300 broke, can I buy a new one?").get("reply").asString())
                .contains("KL-300");

        String markdown = """
                # Care
                ## How do I clean the cast-iron skillet?
                ? cleaning cast iron pan
                ? my skillet is rusty
                Keywords: skillet; cast iron
                Rinse with hot water, dry at once and rub in a drop of oil. No dishwasher.
                """;
        var md = api.postAs("/api/faq/import", "text/markdown", markdown, HttpApi.ADMIN);
        assertThat(md.json().get("imported").asInt()).isEqualTo(1);
        assertThat(chat("what's the right way to wash a cast iron skillet").get("reply").asString())
                .contains("No dishwasher");
    }

    @Test
    void rejectsBadEntries() {
        assertThat(api.post("/api/faq", json("question", "No answer?"), HttpApi.ADMIN).status()).isEqualTo(400);
        assertThat(api.postAs("/api/faq/import", "text/csv", "foo,bar\n1,2\n", HttpApi.ADMIN).status()).isEqualTo(400);
        assertThat(api.get("/api/faq/not-a-number", HttpApi.ADMIN).status()).isEqualTo(400);
    }

    private tools.jackson.databind.JsonNode chat(String message) {
        return api.post("/api/chat", json("session_id", "admin-" + UUID.randomUUID(), "message", message)).json();
    }
}
