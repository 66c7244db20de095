package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A long message (over {@link PersonRequest#PIECE} characters) that tells a story and then asks for a person is read
 * as a request, wherever the request stands, though its repeated sentences are read once; the same story without
 * the request is not one; the reading of a long message is kept like a short one's and forgotten with it.
 */
class PersonRequestLongTest {

    /** Per language: a sentence of the story (repeated), a request for a person, and a question for the shop. */
    private static final Map<Locale, String[]> STORIES = new LinkedHashMap<>();

    static {
        STORIES.put(Locale.ENGLISH, new String[] {"The blue kettle I ordered last month arrived with a cracked lid. ",
                "Can I talk to a person?", "When will the new lid be shipped?"});
        STORIES.put(Locale.GERMAN, new String[] {"Der Wasserkocher kam letzte Woche mit einem gesprungenen Deckel an. ",
                "Ich möchte mit einem Mitarbeiter sprechen.", "Wann wird der neue Deckel verschickt?"});
        STORIES.put(Locale.ITALIAN, new String[] {"Il bollitore che ho ordinato è arrivato con il coperchio rotto. ",
                "Vorrei parlare con un operatore.", "Quando spedite il coperchio nuovo?"});
        STORIES.put(Locale.forLanguageTag("es"), new String[] {"La tetera que pedí llegó con la tapa rota otra vez. ",
                "Quiero hablar con una persona.", "Cuándo envían la tapa nueva?"});
        STORIES.put(Locale.forLanguageTag("nl"), new String[] {"De waterkoker die ik bestelde kwam aan met een kapot deksel. ",
                "Ik wil een medewerker spreken.", "Wanneer sturen jullie het nieuwe deksel?"});
    }

    @Test
    void aLongStoryThatAsksForAPersonIsARequestWhereverTheRequestStands() {
        STORIES.forEach((language, parts) -> {
            String story = parts[0].repeat(12);
            assertThat(story.length()).isGreaterThan(PersonRequest.PIECE);
            assertThat(PersonRequest.asksForPerson(story + parts[1], language)).as("at the end: " + parts[1]).isTrue();
            assertThat(PersonRequest.asksForPerson(parts[1] + " " + story, language)).as("first: " + parts[1]).isTrue();
            assertThat(PersonRequest.asksForPerson(story + parts[1] + " " + story, language)).as("between: " + parts[1])
                    .isTrue();
            assertThat(PersonRequest.asksForPerson(story + parts[2], language)).as(parts[2]).isFalse();
        });
    }

    @Test
    void aLongMessagesReadingIsKeptAndForgotten() {
        RecentTexts.forget();
        assertThat(PersonRequest.longReadingsKept()).isZero();
        STORIES.forEach((language, parts) -> {
            String story = parts[0].repeat(12);
            assertThat(PersonRequest.asksForPerson(story + parts[1], language)).isTrue();
            assertThat(PersonRequest.asksForPerson(story + parts[2], language)).isFalse();
            assertThat(PersonRequest.asksForPerson(story + parts[1], language)).as("again").isTrue();
            assertThat(PersonRequest.asksForPerson(story + parts[2], language)).as("again").isFalse();
        });
        assertThat(PersonRequest.longReadingsKept()).isEqualTo(2L * STORIES.size());
        assertThat(PersonRequest.readingsKept()).as("the short texts' room").isZero();
        RecentTexts.forget();
        assertThat(PersonRequest.longReadingsKept()).isZero();
    }
}
