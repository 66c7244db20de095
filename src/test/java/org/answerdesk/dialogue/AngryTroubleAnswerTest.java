package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.main;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An angry story whose closest entry is the shop's word on that kind of trouble (issue 61 item 7, push52): the apology,
 * that entry's answer with the other choices beside it, and a person; never a pick asked of an upset customer. Where
 * the closest entry is of another kind (prices, opening hours), or the trouble entry is only behind it, the apology's
 * choices stay: the FAQ is not sure enough of what the story is about to answer it.
 */
class AngryTroubleAnswerTest {

    /** language | angry story | closest entry (names the trouble) | the next entry */
    private static final String STORIES = """
            en | this is a disgrace!! the vase came in three pieces and the box was soaked, i paid 80 for it | What if my order arrives damaged? | How much does shipping cost?
            de | eine frechheit!! der schrank kam mit einer riesigen delle an und keiner meldet sich, 400 euro bezahlt | Was tun, wenn die Lieferung beschädigt ist? | Was kostet die Lieferung?
            fr | c'est honteux !! le colis est arrivé éventré, la lampe est en miettes et personne ne répond | Que faire si ma commande arrive abîmée ? | Combien coûte la livraison ?
            it | una vergogna!! la torta è arrivata schiacciata e nessuno mi risponde, 45 euro buttati | Cosa succede se l'ordine arriva rovinato? | Quanto costa la consegna?
            es | es indignante!! la silla llegó con una pata rota y nadie me contesta, pagué 120 | ¿Qué pasa si el pedido llega dañado? | ¿Cuánto cuesta el envío?
            nl | Echt schandalig!! de taart kwam helemaal geplet aan en niemand belt terug, 35 euro betaald | Wat als mijn bestelling beschadigd aankomt? | Wat kost de verzending?
            pt | UM ABSURDO!!! a cadeira chegou com o pé quebrado e ninguém me responde, paguei 300 | O que acontece se a encomenda chegar danificada? | Quanto custa o envio?
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = STORIES)
    void theTroubleEntryClosestToTheStoryIsAnswered(String language, String story, String troubleEntry,
                                                   String otherEntry) {
        FaqMatch trouble = new FaqMatch(1, troubleEntry, "Send us a photo within 48 hours.", 0.5);
        FaqMatch other = new FaqMatch(2, otherEntry, "…", 0.45);
        Decision d = in(language, new FakeSearch().unsureOtherwise(trouble, other)).says(story);

        assertThat(d.angry()).isTrue();
        var offer = main(d, Action.OfferPerson.class);
        assertThat(offer.apologising()).isTrue();
        assertThat(offer.answer()).as(story).isNotNull();
        assertThat(offer.answer().entry()).isEqualTo(trouble);
        assertThat(offer.answer().related()).as("the other choice beside it").containsExactly(other);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = STORIES)
    void anotherKindOfEntryClosestKeepsTheChoices(String language, String story, String troubleEntry,
                                                  String otherEntry) {
        // the price entry closest: the trouble entry is moved to the front of the choices, and not answered
        FaqMatch trouble = new FaqMatch(1, troubleEntry, "…", 0.45);
        FaqMatch other = new FaqMatch(2, otherEntry, "…", 0.5);
        Decision d = in(language, new FakeSearch().unsureOtherwise(other, trouble)).says(story);

        var offer = main(d, Action.OfferPerson.class);
        assertThat(offer.apologising()).isTrue();
        assertThat(offer.answer()).as(story).isNull();
        assertThat(offer.choices()).containsExactly(trouble, other);
    }

    private static DialogueFlow in(String language, FakeSearch search) {
        return new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(Locale.forLanguageTag(language)));
    }
}
