package org.answerdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.answerdesk.retrieval.FaqEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvInputTest {

    @TempDir
    Path dir;

    @Test
    void labelledRowsWithTheSameLabelFormOneEntry() throws IOException {
        Path f = write("faq.csv", "text,category\nwhere is my card,card_arrival\n\"card, not here\",card_arrival\n"
                + "top up failed,top_up_failed\n");
        FaqFile faq = FaqFile.read(f);
        assertThat(faq.entries()).extracting(FaqEntry::question).containsExactly("card_arrival", "top_up_failed");
        assertThat(faq.entries().get(0).phrasings()).containsExactly("where is my card", "card, not here");
        assertThat(faq.phrasingCount()).isEqualTo(3);
    }

    @Test
    void theImportFormatIsAnFaqToo() throws IOException {
        FaqFile faq = FaqFile.read(Path.of("db/sample-faq.csv"));
        assertThat(faq.entries()).hasSizeGreaterThanOrEqualTo(35);
        FaqEntry first = faq.entries().get(0);
        assertThat(first.question()).isEqualTo("How do I place an order?");
        assertThat(first.phrasings()).contains("How do I place an order?", "where is the checkout");
    }

    @Test
    void theImportFormatsLanguageColumnIsTheEntrysLanguageNotAPhrasing() throws IOException {
        FaqFile faq = FaqFile.read(write("two.csv", "question,answer,language,category,keywords,phrasing\n"
                + "Wo ist meine Bestellung?,Im Konto.,DE,orders,,Sendungsverfolgung\nWhere is my order?,In your account.,,,,\n"));
        assertThat(faq.entries()).extracting(FaqEntry::language).containsExactly("de", null);
        assertThat(faq.entries().get(0).phrasings()).containsExactly("Wo ist meine Bestellung?", "Sendungsverfolgung");
        assertThat(faq.entries().get(0).category()).isEqualTo("orders");
    }

    @Test
    void emptyOosAndNoneMarkOutOfScopeQueries() throws IOException {
        List<LabeledText> q = LabeledCsv.read(write("q.csv", "text,label\na,x\nb,\nc,OOS\nd,none\n"));
        assertThat(q).extracting(LabeledText::outOfScope).containsExactly(false, true, true, true);
    }

    @Test
    void columnsAreFoundByName() throws IOException {
        List<LabeledText> q = LabeledCsv.read(write("b.csv", "flags,instruction,category,intent\nB,cancel it,ORDER,"
                + "cancel_order\n"));
        assertThat(q).containsExactly(new LabeledText("cancel it", "cancel_order"));
    }

    @Test
    void aLanguageColumnIsReadByItsNameAndEachQueryLookedUpInItsLanguage() throws IOException {
        List<LabeledText> q = LabeledCsv.read(write("l.csv", "text,label,language\n"
                + "Guten Tag! Wo ist meine Bestellung? Mit freundlichen Grüßen,Wo ist meine Bestellung?,de\n"
                + "Hi! Where is my order? Kind regards,Where is my order?,\n"));
        assertThat(q).extracting(LabeledText::language).containsExactly("de", "en");
        assertThat(BotReading.asLookedUp(q)).extracting(LabeledText::text).containsExactly(
                "Wo ist meine Bestellung?", "Where is my order?");
        assertThat(LabeledCsv.read(write("p.csv", "text,label,phrasing\nhallo,x,de\n")).get(0).language())
                .as("a third column of another name is no language").isEqualTo("en");
        List<Outcome> outcomes = List.of(new Outcome(true, 1, 0.9, 0.9, true), new Outcome(true, 0, 0.05, 0.05, false));
        var byLanguage = EvalCommand.byLanguage(q, outcomes, 0.55, 0.25);
        assertThat(byLanguage).containsOnlyKeys("de", "en");
        assertThat(byLanguage.get("de").selfServiceRate()).isGreaterThan(byLanguage.get("en").selfServiceRate());
    }

    @Test
    void anFaqPhrasingNeedsALabel() throws IOException {
        Path f = write("bad.csv", "text,label\nhello,\n");
        assertThatThrownBy(() -> FaqFile.read(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without a label");
    }

    @Test
    void splitsAreStratifiedAndDisjoint() {
        List<LabeledText> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(new LabeledText("t" + i, i % 2 == 0 ? "a" : "b"));
        }
        var parts = Splits.stratified(rows, new java.util.Random(Splits.SEED));
        assertThat(parts).extracting(List::size).containsExactly(68, 16, 16);
        assertThat(parts.get(1).stream().filter(t -> t.label().equals("a")).count()).isEqualTo(8);
        assertThat(parts.get(0)).doesNotContainAnyElementsOf(parts.get(2));
        assertThat(Splits.shots(parts.get(0), 10, new java.util.Random(1))).hasSize(20);
    }

    @Test
    void optionsNeedBothFiles() {
        assertThatThrownBy(() -> EvalCommand.Options.parse(List.of("--faq", "x.csv")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--queries");
        var o = EvalCommand.Options.parse(List.of("--faq", "f", "--queries", "q", "--json", "--threshold", "0.1"));
        assertThat(o.json()).isTrue();
        assertThat(o.threshold()).isEqualTo(0.1);
        assertThat(o.targetPrecision()).isEqualTo(0.95);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
