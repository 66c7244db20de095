package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The choices of a question asked beside an answered one are headed by the words that ask it, not by a greeting or
 * the story told before them in the same part: the customer sees which question the choices are for.
 */
class AskingClauseQuoteTest {

    private static final Action.Clarify CHOICES = new Action.Clarify(
            List.of(entry(1, "Which countries do you ship to?"), entry(2, "How long does delivery take?")), 0.3, 1L,
            null, false);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | hiya, my aunt turns sixty in may and lives in vienna. do you deliver that far  | do you deliver that far
            de | servus, meine tante wird im mai sechzig und wohnt in wien. könnt ihr so weit liefern | könnt ihr so weit liefern
            fr | coucou, ma tante fête ses soixante ans en mai à vienne, vous livrez jusque là-bas | vous livrez jusque là-bas
            es | hola, mi tía cumple sesenta en mayo y vive en viena, ustedes envían hasta allá | ustedes envían hasta allá
            it | ciao, mia zia compie sessant'anni a maggio e vive a vienna. spedite fin lì      | spedite fin lì
            pt | olá, a minha tia faz sessenta anos em maio e vive em viena, vocês enviam para lá | vocês enviam para lá
            """)
    void theChoicesAreHeadedByTheClauseThatAsks(String language, String part, String asking) {
        Action about = UnsureParts.about(CHOICES, part, Locale.forLanguageTag(language));
        assertThat(((Action.Clarify) about).about()).as(part).isEqualTo(asking);
    }

    /** A clause before the last asks by its "?" too: the quote runs from it to the end. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | hiya, do you ship to vienna? my aunt lives there      | do you ship to vienna? my aunt lives there
            de | hallo, liefert ihr nach wien? meine tante wohnt dort | liefert ihr nach wien? meine tante wohnt dort
            """)
    void aClauseThatAsksByItsMarkLeadsTheQuote(String language, String part, String asking) {
        Action about = UnsureParts.about(CHOICES, part, Locale.forLanguageTag(language));
        assertThat(((Action.Clarify) about).about()).as(part).isEqualTo(asking);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how long does it take to vienna
            de | wie lange braucht es bis wien
            nl | hoe lang duurt het naar wenen
            """)
    void aPartThatIsOneQuestionIsQuotedWhole(String language, String part) {
        Action about = UnsureParts.about(CHOICES, part, Locale.forLanguageTag(language));
        assertThat(((Action.Clarify) about).about()).as(part).isEqualTo(part);
    }
}
