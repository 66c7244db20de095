package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.answerdesk.language.Languages;
import org.answerdesk.retrieval.FaqEntry;
import org.junit.jupiter.api.Test;

/** The FAQ exported as an import file reads back as the same entries, each in its language. */
class FaqExportTest {

    private final List<FaqEntry> faq = List.of(
            new FaqEntry(1, "Wo ist meine Bestellung?", "Unter \"Mein Konto\", Bestellungen.\nOder per Mail, bitte.",
                    "orders", List.of("Bestellung", "Status"), List.of("Wo ist meine Bestellung?",
                    "Sendungsverfolgung", "Paket, wo bist du?"), "de"),
            new FaqEntry(2, "Where is my order?", "In your account.", null, List.of(), List.of("Where is my order?"),
                    null));

    @Test
    void anExportedFaqReadsBackAsTheSameEntriesInTheirLanguages() throws IOException {
        String csv = FaqExport.csv(faq);
        List<FaqDraft> back = FaqImporter.csv(new StringReader(csv),
                new EntryLanguages(Languages.of("en", "de")).forImport(null));

        assertThat(back).extracting(FaqDraft::language).containsExactly("de", null);
        assertThat(back.get(0).answer()).isEqualTo(faq.get(0).answer());
        assertThat(back.get(0).category()).isEqualTo("orders");
        assertThat(back.get(0).keywords()).containsExactly("Bestellung", "Status");
        assertThat(back.get(0).allPhrasings()).containsExactlyElementsOf(faq.get(0).phrasings());
        assertThat(ImportPlan.of(faq, back).changesNothing()).as("importing the export again").isTrue();
    }
}
