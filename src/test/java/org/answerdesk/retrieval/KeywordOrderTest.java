package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Issue 62, item 1 and issue 61 (set 18: the right entry missing from the choices or not first): a word the owner
 * named as one of an entry's keywords points at that entry more surely than the same word in passing in another
 * entry's phrasing, and, like a near word, orders the entries without deciding anything.
 */
class KeywordOrderTest {

    private static final float[] SAME = {1, 0, 0, 0};

    /** A shop: the entry whose keyword the question uses, that keyword, another entry's phrasing using it too, the question. */
    private record Shop(String language, String owner, String keyword, String other, String question) {
    }

    private static final List<Shop> SHOPS = List.of(
            new Shop("de", "Wie lange dauert die Reparatur?", "Ersatzteil", "Verkauft ihr jedes Ersatzteil einzeln?",
                    "und wenn ein ersatzteil fehlt?"),
            new Shop("es", "¿Cuánto tarda la reparación?", "repuesto", "¿Vendéis algún repuesto suelto?",
                    "y si falta un repuesto?"),
            new Shop("fr", "Combien de temps dure la réparation ?", "pièce détachée",
                    "Vendez-vous une pièce seule ?", "et s'il manque une pièce ?"),
            new Shop("it", "Quanto dura la riparazione?", "ricambio", "Vendete un ricambio sfuso?",
                    "e se manca il ricambio?"),
            new Shop("pt", "Quanto tempo demora o conserto?", "peça", "Vendem alguma peça avulsa?",
                    "e se faltar a peça?"),
            new Shop("nl", "Hoe lang duurt een herstelling?", "onderdeel", "Verkopen jullie een los onderdeel?",
                    "en als er een onderdeel ontbreekt?"));

    @Test
    void aQuestionWordThatIsOneEntrysKeywordRanksItAboveAnEntryWhosePhrasingUsesItInPassing() {
        SoftAssertions softly = new SoftAssertions(); // every language's outcome, not the first's only
        for (Shop shop : SHOPS) {
            for (long owner : new long[] {1, 3}) {
                FaqIndex index = index(shop, owner).language(shop.language()).build();
                softly.assertThat(index.rank(shop.question(), SAME, 3).matches().get(0).entryId())
                        .as(shop.language() + ", the keyword's entry " + owner + ": " + shop.question())
                        .isEqualTo(owner);
            }
        }
        softly.assertAll();
    }

    @Test
    void theKeywordOrdersTheEntriesButRaisesNeitherTheConfidenceNorTheChoices() {
        Offset<Double> exactly = Offset.offset(1e-12);
        for (Shop shop : SHOPS) {
            for (long owner : new long[] {1, 3}) {
                FaqIndex.Ranking with = index(shop, owner).language(shop.language()).build()
                        .rank(shop.question(), SAME, 3, Set.of(), 3);
                FaqIndex.Ranking without = index(shop, owner).language(shop.language()).nearWords(0).build()
                        .rank(shop.question(), SAME, 3, Set.of(), 3);
                String as = shop.language() + ": " + shop.question();
                assertThat(with.confidence()).as(as).isCloseTo(without.confidence(), exactly);
                assertThat(with.inTopK()).as(as).isCloseTo(without.inTopK(), exactly);
                assertThat(with.shares().get(0)).as(as).isCloseTo(without.shares().get(0), exactly);
            }
        }
    }

    /** Three entries: the keyword's owner, the one whose phrasing uses the word (1 or 3, whichever the owner is not), a third. */
    private static FaqIndex.Builder index(Shop shop, long owner) {
        long other = owner == 1 ? 3 : 1;
        List<FaqEntry> entries = new ArrayList<>();
        List<FaqIndex.Phrasing> phrasings = new ArrayList<>();
        for (long id = 1; id <= 3; id++) {
            String text = id == owner ? shop.owner() : id == other ? shop.other() : "Q" + id;
            List<String> keywords = id == owner ? List.of(shop.keyword()) : List.of();
            entries.add(new FaqEntry(id, text, "A" + id, "", keywords, List.of(text)));
            phrasings.add(new FaqIndex.Phrasing(id, text, SAME));
        }
        return FaqIndex.over(4, entries, phrasings);
    }
}
