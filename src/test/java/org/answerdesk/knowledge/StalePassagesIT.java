package org.answerdesk.knowledge;

import static org.answerdesk.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.WaitLane;
import org.answerdesk.retrieval.Embedder;
import org.answerdesk.retrieval.Passage;
import org.answerdesk.retrieval.PassageVectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A passage stored with another model's vectors (the operator changed the model) was left out of search until its
 * page changed: the sync thread embeds it again with the current model, and it is searched, though its source is
 * not due for a sync. Looking for them is served by the index on the model (V41).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = WaitLane.OWN_CONTEXT)
// Wait lane: a context of its own, out of the main lane's default one (its longest group; docs/benchmarks.md, "ci43")
@WaitLane
class StalePassagesIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Embedder embedder;
    @Autowired
    KnowledgeSearch search;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aPassageWithAnotherModelsVectorsIsEmbeddedAgainAndSearched() {
        long source = jdbc.sql("""
                        insert into knowledge_source (kind, file_name, status, sync_requested, last_sync)
                        values ('FILE', 'kayaks.md', 'OK', null, now()) returning id""").query(Long.class).single();
        try {
            long page = jdbc.sql("insert into knowledge_page (source_id, url, title) values (:s, 'upload:kayaks.md', "
                    + "'Kayak rental') returning id").param("s", source).query(Long.class).single();
            String text = "Kayaks are rented by the hour from the boathouse on the north shore of the lake.";
            long passage = jdbc.sql("""
                            insert into knowledge_passage (page_id, position, title, headings, url, text, embedding,
                                                           embedding_model)
                            values (:p, 0, 'Kayak rental', 'Prices', 'https://shop.example/kayaks#prices', :x, :e, :m)
                            returning id""")
                    .param("p", page).param("x", text).param("e", new byte[embedder.dimensions() * 4])
                    .param("m", "an-older-model").query(Long.class).single();
            String current = embedder.modelName();

            await(() -> jdbc.sql("select embedding_model from knowledge_passage where id = :id").param("id", passage)
                    .query(String.class).single(), current::equals, "the passage embedded again");
            int texts = PassageVectors.texts(new Passage(passage, "Kayak rental", "Prices", "", text)).size();
            assertThat(jdbc.sql("select octet_length(embedding) from knowledge_passage where id = :id")
                    .param("id", passage).query(Integer.class).single()).isEqualTo(texts * embedder.dimensions() * 4);
            await(() -> search.search("Where can I rent a kayak?").best().map(Passage::id).orElse(-1L),
                    id -> id == passage, "the passage searched");
        } finally {
            jdbc.sql("delete from knowledge_source where id = :id").param("id", source).update();
            jdbc.sql("update knowledge_version set version = version + 1").update();
        }
    }

    /** Every sync tick asks for stale passages: the index answers, not a read of every passage. */
    @Test
    void theQueryForStalePassagesIsServedByTheModelIndex() {
        String plan = tx.execute(s -> {
            // a table this small is read whole whatever its indexes: what counts is that the index can serve it. With
            // no statistics the planner walks the primary key (id order) and filters; with plain index scans off too,
            // only a bitmap scan of an index serving the predicate is left enabled ("<>" gets a disabled plan)
            jdbc.sql("set local enable_seqscan = off").update();
            jdbc.sql("set local enable_indexscan = off").update();
            return String.join("\n", jdbc.sql("explain " + StalePassages.STALE_SQL)
                    .param("m", embedder.modelName()).param("n", 64).query(String.class).list());
        });
        assertThat(plan).contains("knowledge_passage_model");
    }
}
