package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class FaqImporterTest {

    @Test
    void csvTakesExtraColumnsAndPipesAsPhrasings() throws IOException {
        var drafts = FaqImporter.csv(new StringReader("""
                question,answer,category,keywords,phrasings,more
                Where is my order?,"Check the tracking link, it updates hourly.",orders,tracking; status,"order status|where's my stuff",track parcel
                """));
        assertThat(drafts).hasSize(1);
        FaqDraft d = drafts.get(0);
        assertThat(d.answer()).isEqualTo("Check the tracking link, it updates hourly.");
        assertThat(d.keywords()).containsExactly("tracking", "status");
        assertThat(d.allPhrasings()).containsExactly("Where is my order?", "order status", "where's my stuff",
                "track parcel");
    }

    @Test
    void csvNamesTheBadRow() {
        assertThatThrownBy(() -> FaqImporter.csv(new StringReader("question,answer\nok?,fine\nmissing answer?,\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 3");
        assertThatThrownBy(() -> FaqImporter.csv(new StringReader("text,label\na,b\n")))
                .hasMessageContaining("question,answer");
    }

    @Test
    void markdownReadsCategoriesPhrasingsKeywordsAndMultiLineAnswers() throws IOException {
        var drafts = FaqImporter.markdown("""
                # Shipping
                ## How long does delivery take?
                ? when will my parcel arrive
                Keywords: delivery; time
                Two to four working days.

                Express is next day.
                ## Do you ship abroad?
                Yes, to the EU, the UK and the US.
                # Payments
                ## Can I pay by invoice?
                Only business customers.
                """);
        assertThat(drafts).extracting(FaqDraft::question).containsExactly("How long does delivery take?",
                "Do you ship abroad?", "Can I pay by invoice?");
        assertThat(drafts.get(0).answer()).isEqualTo("Two to four working days.\n\nExpress is next day.");
        assertThat(drafts.get(0).phrasings()).containsExactly("when will my parcel arrive");
        assertThat(drafts.get(0).keywords()).isEqualTo(List.of("delivery", "time"));
        assertThat(drafts).extracting(FaqDraft::category).containsExactly("Shipping", "Shipping", "Payments");
    }
}
