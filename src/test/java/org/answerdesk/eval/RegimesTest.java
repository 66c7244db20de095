package org.answerdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.answerdesk.retrieval.FaqEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegimesTest {

    @TempDir
    Path data;

    @BeforeEach
    void writeData() throws IOException {
        Files.createDirectories(data.resolve("banking77"));
        Files.createDirectories(data.resolve("hwu64"));
        Files.createDirectories(data.resolve("bitext"));
        Splits.write(data.resolve("banking77/train.csv"), rows("bank", 14, 30));
        Splits.write(data.resolve("hwu64/train.csv"), rows("home", 14, 30));
        StringBuilder bitext = new StringBuilder("instruction,category,intent\n");
        for (int i = 0; i < 50; i++) {
            bitext.append("where is my parcel ").append(i).append(",DELIVERY,delivery_period\n");
        }
        Files.writeString(data.resolve("bitext/Bitext_Sample_Customer_Support_Training_Dataset_v1_2023-08.csv"), bitext);
    }

    @Test
    void theMultiDomainRegimeHoldsOutAnIntentInSevenAsInDomainOutOfScopeQuestions() throws IOException {
        Regimes.Regime r = new Regimes(data, null, null, 5).build("multi-5shot");

        assertThat(r.folds()).hasSize(5);
        Set<String> everHeldOut = new HashSet<>();
        for (Regimes.Fold f : r.folds()) {
            Set<String> entries = new HashSet<>(f.faq().entries().stream().map(FaqEntry::question).toList());
            Set<String> phrasings = new HashSet<>();
            f.faq().entries().forEach(e -> phrasings.addAll(e.phrasings()));
            assertThat(f.faq().entries()).allSatisfy(e -> assertThat(e.phrasings()).hasSize(5));
            assertThat(entries).hasSize(28 - 4); // 28 intents, every seventh held out
            assertThat(entries).anyMatch(e -> e.startsWith("home: ")).anyMatch(e -> e.startsWith("bank: "));
            List<LabeledText> outOfScope = f.queries().stream().filter(LabeledText::outOfScope).toList();
            assertThat(outOfScope).isNotEmpty();
            for (LabeledText q : f.queries()) {
                assertThat(phrasings).doesNotContain(q.text()); // never asked what the FAQ was built from
                if (!q.outOfScope()) {
                    assertThat(entries).contains(q.label());
                }
            }
            // the out-of-scope questions are about intents of the same domains that this FAQ lacks
            for (LabeledText q : outOfScope) {
                String intent = q.text().substring(q.text().indexOf(" about ") + 7);
                assertThat(entries).doesNotContain("home: " + intent, "bank: " + intent);
                everHeldOut.add(intent);
            }
        }
        assertThat(everHeldOut).hasSize(4 * 5); // a different seventh in every fold
    }

    @Test
    void theBankingRegimesAskEveryQuestionOnceAgainstAnFaqWithoutIt() throws IOException {
        Regimes regimes = new Regimes(data, null, null, 5);
        for (String name : List.of("b77-10shot", "b77-full", "hwu-5shot")) {
            Regimes.Regime r = regimes.build(name);
            List<String> asked = new ArrayList<>();
            for (Regimes.Fold f : r.folds()) {
                Set<String> phrasings = new HashSet<>();
                f.faq().entries().forEach(e -> phrasings.addAll(e.phrasings()));
                f.queries().stream().filter(q -> !q.outOfScope()).forEach(q -> {
                    assertThat(phrasings).doesNotContain(q.text());
                    asked.add(q.text());
                });
                assertThat(f.queries()).anyMatch(LabeledText::outOfScope);
            }
            assertThat(asked).as(name).hasSize(14 * 30).doesNotHaveDuplicates();
        }
    }

    @Test
    void aSmallShopFaqIsBitextsIntentsWithTheRestAsTheNeighbourAndTheBanksAndHomesQuestionsFar() throws IOException {
        StringBuilder bitext = new StringBuilder("instruction,category,intent\n");
        for (int intent = 0; intent < 20; intent++) {
            for (int i = 0; i < 20; i++) {
                bitext.append("shop question ").append(i).append(" about shop").append(intent).append(",ORDER,shop")
                        .append(intent).append('\n');
            }
        }
        Files.writeString(data.resolve("bitext/Bitext_Sample_Customer_Support_Training_Dataset_v1_2023-08.csv"), bitext);

        Regimes.Regime r = new Regimes(data, null, null, 2).build("bitext-18-short");

        assertThat(r.folds()).hasSize(2);
        Regimes.Fold f = r.folds().get(0);
        assertThat(f.faq().entries()).hasSize(18).allMatch(e -> e.question().startsWith("shop"));
        assertThat(f.queries().stream().filter(LabeledText::near)).hasSize(2 * SmallFaqs.NEAR_PER_INTENT)
                .allMatch(q -> q.text().startsWith("shop "));
        List<LabeledText> far = f.queries().stream().filter(q -> q.outOfScope() && !q.near()).toList();
        assertThat(far).anyMatch(q -> q.text().startsWith("bank ")).anyMatch(q -> q.text().startsWith("home "))
                .noneMatch(q -> q.text().startsWith("shop "));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new Regimes(data, null, null, 1)
                .build("b77-18-short"))).as("a bank of 14 intents has no FAQ of 18 and a neighbour")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("14 intents");
    }

    private static List<LabeledText> rows(String domain, int intents, int each) {
        List<LabeledText> out = new ArrayList<>();
        for (int i = 0; i < intents; i++) {
            for (int j = 0; j < each; j++) {
                out.add(new LabeledText(domain + " question " + j + " about " + domain + i, domain + i));
            }
        }
        return out;
    }
}
