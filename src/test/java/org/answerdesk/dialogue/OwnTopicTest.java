package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A message split by its words ({@link LooseJoin}): a part is answered as if sure only on a topic of its own, and a
 * part that only tells is the case of the part answered beside it.
 */
class OwnTopicTest {

    private static final FaqMatch PERSONAL = entry(71, "Which items can't be returned?");
    private static final FaqMatch GIFT = entry(72, "Can I add a gift message?");
    private static final FaqMatch ADDRESS = entry(73, "How can I change my delivery address?");
    private static final FaqMatch EXCHANGE = entry(74, "Can I swap an item for another size or colour?");
    private static final FaqMatch RETURN = entry(75, "How do I send an item back?");
    private static final FaqMatch CAMP = entry(81, "What does the summer camp cost?");
    private static final FaqMatch HOURS = entry(82, "When are you open?");
    private static final FaqMatch DOGS = entry(83, "May I bring my dog?");

    private static final String STORIES = """
            en | i had my dad's name carved on a wooden spoon for his birthday and i wrote it wrong myself, can i post it back to you and have a new one made | post back wrong new one made
            de | ich hab den namen von meinem papa auf einen holzlöffel gravieren lassen und ich hab ihn selbst falsch geschrieben, kann ich ihn euch schicken und einen neuen bekommen | falsch schicken neuen bekommen
            fr | j'ai fait graver le prénom de mon père sur une cuillère en bois et je l'ai mal écrit moi-même, je peux vous la renvoyer et en avoir une nouvelle | renvoyer mal écrit nouvelle
            es | mandé grabar el nombre de mi papá en una cuchara de madera y lo escribí mal yo mismo, puedo mandársela y que me hagan una nueva | mandar escribí mal hagan nueva
            it | ho fatto incidere il nome di mio papà su un cucchiaio di legno e l'ho scritto male io, posso rimandarvelo e averne uno nuovo | rimandarvelo scritto male averne nuovo
            """;

    /**
     * The FAQ is sure of neither half; the story's second half names the exchange by its words (the entry's own
     * phrasing), which the whole story does not lead with: one question, the whole message's choices, no exchange
     * promised. Before, the half was answered with the exchange on its words alone.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = STORIES)
    void aStorysFragmentIsNotAnsweredOnAnEntryThatIsNotItsOwn(String language, String message, String phrasing) {
        Decision d = story(language, message, phrasing, List.of(GIFT, PERSONAL, EXCHANGE));
        assertThat(d.actions()).noneMatch(a -> a instanceof Action.FaqAnswer f && f.entry().equals(EXCHANGE));
        assertThat(((Action.Clarify) d.main()).choices().get(0)).isEqualTo(GIFT);
    }

    /** Counter-row: where the whole message leads with the half's entry, the half is answered. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = STORIES)
    void aFragmentWhoseEntryTheWholeLeadsWithIsAnswered(String language, String message, String phrasing) {
        Decision d = story(language, message, phrasing, List.of(EXCHANGE, GIFT, PERSONAL));
        assertThat(d.actions()).anyMatch(a -> a instanceof Action.FaqAnswer f && f.entry().equals(EXCHANGE));
    }

    private static Decision story(String language, String message, String phrasing, List<FaqMatch> whole) {
        Locale lang = Locale.forLanguageTag(language);
        List<List<String>> splits = LooseJoin.splits(message, lang);
        assertThat(splits).isNotEmpty();
        FakeSearch search = new FakeSearch();
        search.unsure(Cleanup.forLookup(message, lang), whole.get(0), whole.subList(1, whole.size())
                .toArray(FaqMatch[]::new));
        for (List<String> halves : splits) {
            search.unsure(Cleanup.forLookup(halves.get(0), lang), GIFT, PERSONAL);
            search.unsure(Cleanup.forLookup(halves.get(1), lang), EXCHANGE, RETURN, ADDRESS);
        }
        search.worded(EXCHANGE, phrasing);
        return new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang)).says(message);
    }
}
