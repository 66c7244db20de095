package org.answerdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.WaitLane;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A detail matters when the shop's own pages name it: the sample FAQ's delivery entry names the EU, the UK and the
 * US; a page of the shop's names Svalbard. Asked about Svalbard, the customer gets the page, cited; asked about
 * the UK, the FAQ's entry.
 */
// Wait lane: a context of its own, out of the main lane's default one (its longest group; docs/benchmarks.md, "ci43")
@WaitLane
class NamedPassageIT extends KnowledgeSourcesFixture {

    @Test
    void aPageNamingThePlaceAnswersInsteadOfTheGenericDeliveryEntry() {
        long id = upload("far.md", "text/markdown", "# Delivery to far places\n\n## Svalbard\n\nDelivery to "
                + "Svalbard takes nine to twelve days: parcels go by ship from Tromsø twice a week.\n\n"
                + "## Greenland\n\nDelivery to Greenland takes two to three weeks by air freight.",
                "https://shop.example/far");
        assertThat(read(id).get("status").asString()).isEqualTo("OK");

        JsonNode far = chat("How long does shipping to Svalbard take?");
        assertThat(far.get("source").asString()).isEqualTo("KNOWLEDGE");
        assertThat(far.get("reply").asString()).contains("Svalbard").contains("https://shop.example/far");

        JsonNode near = chat("How long does delivery take to the UK?");
        assertThat(near.get("source").asString()).isEqualTo("FAQ");
    }
}
