package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.answerdesk.language.Languages;
import org.junit.jupiter.api.Test;

class FaqImporterTest {

    /** The entry languages of a German and English shop. */
    private static final EntryLanguages DE_EN = new EntryLanguages(Languages.of("de", "en"));

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

    @Test
    void aColumnHeadedLanguageIsTheEntrysLanguageWhereverItIs() throws IOException {
        var drafts = FaqImporter.csv(new StringReader("""
                question,answer,Language,category,keywords,phrasing
                Wo ist meine Bestellung?,Im Kundenkonto.,de,orders,,Sendungsverfolgung
                Where is my order?,In your account.,EN,orders,,track my parcel
                Do you ship abroad?,Yes.,,shipping
                """), DE_EN.forImport(null));
        assertThat(drafts).extracting(FaqDraft::language).containsExactly("de", "en", null);
        // the other columns read as if the language column were not there
        assertThat(drafts.get(0).category()).isEqualTo("orders");
        assertThat(drafts.get(0).allPhrasings()).containsExactly("Wo ist meine Bestellung?", "Sendungsverfolgung");

        var atTheEnd = FaqImporter.csv(new StringReader("""
                question,answer,category,keywords,phrasing,language
                Wo ist meine Bestellung?,Im Kundenkonto.,orders,,Sendungsverfolgung,de-AT
                """), DE_EN.forImport(null));
        assertThat(atTheEnd.get(0).language()).isEqualTo("de");
        assertThat(atTheEnd.get(0).allPhrasings()).containsExactly("Wo ist meine Bestellung?", "Sendungsverfolgung");
    }

    @Test
    void todaysExtraColumnsStayPhrasingsWhateverTheyHold() throws IOException {
        // a phrasing column is known by its header, not its cells: "de" here is a phrasing
        var drafts = FaqImporter.csv(new StringReader("""
                question,answer,category,keywords,languages,phrasing
                Do you speak German?,Yes.,,,de,Deutsch?
                """), DE_EN.forImport(null));
        assertThat(drafts.get(0).language()).isNull();
        assertThat(drafts.get(0).allPhrasings()).containsExactly("Do you speak German?", "de", "Deutsch?");
    }

    @Test
    void theImportsLanguageIsTheLanguageOfRowsThatNameNone() throws IOException {
        var drafts = FaqImporter.csv(new StringReader("""
                question,answer,language
                Wo ist meine Bestellung?,Im Kundenkonto.,
                Where is my order?,In your account.,en
                """), DE_EN.forImport("de"));
        assertThat(drafts).extracting(FaqDraft::language).containsExactly("de", "en");
        var markdown = FaqImporter.markdown("""
                ## Wo ist meine Bestellung?
                Im Kundenkonto.
                ## Where is my order?
                Language: en
                In your account.
                """, DE_EN.forImport("DE"));
        assertThat(markdown).extracting(FaqDraft::language).containsExactly("de", "en");
        assertThat(markdown.get(1).answer()).isEqualTo("In your account.");
    }

    @Test
    void aLanguageTheShopDoesNotServeIsRefusedWithTheRowAndTheServedLanguages() {
        assertThatThrownBy(() -> FaqImporter.csv(new StringReader("""
                question,answer,language
                Wo ist meine Bestellung?,Im Kundenkonto.,de
                Où est ma commande ?,Dans votre compte.,fr
                """), DE_EN.forImport(null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CSV row 3: language \"fr\" is not one the shop serves (de, en; ANSWERDESK_LANGUAGES)");
        assertThatThrownBy(() -> FaqImporter.markdown("## Où est ma commande ?\nLanguage: french\nDans votre compte.\n",
                DE_EN.forImport(null)))
                .hasMessage("entry \"Où est ma commande ?\": language \"french\" is not one the shop serves "
                        + "(de, en; ANSWERDESK_LANGUAGES)");
        assertThatThrownBy(() -> DE_EN.forImport("fr"))
                .hasMessage("language \"fr\" is not one the shop serves (de, en; ANSWERDESK_LANGUAGES)");
        assertThatThrownBy(() -> FaqImporter.csv(new StringReader("question,answer,language,Language\nq,a,de,en\n"),
                DE_EN.forImport(null))).hasMessageContaining("more than one language column");
    }
}
