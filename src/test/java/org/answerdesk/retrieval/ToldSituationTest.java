package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * A booking called off in the customer's own words, or its money asked back, ranks the shop's cancellation entry
 * first, ahead of the entry of the booked thing the customer named (issue 61, issue 62 item 1). English has no
 * concept lexicon and no lexical score, so it is not reached (docs/retrieval.md, "cancel16").
 */
class ToldSituationTest {

    /** One shop: the booked thing's entry, the cancellation entry, and what customers write. */
    private record Shop(String language, String thing, String cancel, String cannotCome, String moneyBack) {
    }

    /** Per line: language | the thing's entry | the cancellation entry | cannot come | money back. */
    private static final List<Shop> SHOPS = """
            de | Was ist beim Kochkurs dabei? | Wie kann ich eine Buchung stornieren? \
            | für den kochkurs am freitag hab ich zwei plätze, aber mein sohn ist krank, das schaffen wir nicht \
            | bekomme ich das geld dann zurück?
            fr | Que comprend l'atelier poterie ? | Comment annuler une inscription ? \
            | j'ai inscrit ma fille à l'atelier poterie de mercredi mais elle a la grippe, elle peut pas venir \
            | et on peut récupérer l'argent ?
            it | Com'è il corso di ceramica? | Posso disdire l'iscrizione? \
            | sono iscritto al corso di ceramica di sabato ma mi hanno cambiato il turno, non ce la faccio \
            | ma i soldi me li ridate?
            nl | Wat zit er in het wellnessarrangement? | Kan ik mijn boeking annuleren? \
            | we hebben zondag het wellnessarrangement geboekt maar de oppas is ziek, wij komen niet \
            | krijg ik dan mijn geld terug?
            es | ¿Qué incluye el taller de cocina? | ¿Puedo anular mi plaza? \
            | me apunté al taller de cocina del jueves pero me han cambiado el turno, no puedo venir \
            | ¿y el dinero me lo devuelven?
            pt | O que inclui a aula de surf? | Posso desmarcar a minha vaga? \
            | marquei a aula de surf de sábado mas torci o pé, não vou poder ir \
            | e o dinheiro, recebo de volta?
            """.lines().map(line -> line.split("\\s*\\|\\s*"))
            .map(f -> new Shop(f[0], f[1], f[2], f[3], f[4])).toList();

    /** The thing's entry (id 1) closest by meaning, two more, the cancellation entry (id 4) {@code cancelCosine}. */
    private static FaqIndex.Ranking rank(Shop shop, String question, double cancelCosine) {
        return rank(shop, question, cancelCosine, "A1");
    }

    private static FaqIndex.Ranking rank(Shop shop, String question, double cancelCosine, String thingAnswer) {
        double[] cosine = {1, 0.8, 0.75, cancelCosine, 0.1};
        String[] text = {shop.thing(), "Q2", "Q3", shop.cancel(), "Q5"};
        List<FaqEntry> entries = new ArrayList<>();
        List<FaqIndex.Phrasing> phrasings = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            long id = i + 1;
            float c = (float) cosine[i];
            String answer = id == 1 ? thingAnswer : "A" + id;
            entries.add(new FaqEntry(id, text[i], answer, "", List.of(), List.of(text[i])));
            phrasings.add(new FaqIndex.Phrasing(id, text[i], new float[] {c, (float) Math.sqrt(1 - c * c), 0, 0}));
        }
        return FaqIndex.over(4, entries, phrasings).language(shop.language()).build()
                .rank(question, new float[] {1, 0, 0, 0}, 5, Set.of(), 3);
    }

    @Test
    void sayingYouCannotComeToTheBookedThingRanksTheCancellationEntryFirst() {
        SoftAssertions.assertSoftly(soft -> SHOPS.forEach(shop -> soft.assertThat(
                rank(shop, shop.cannotCome(), 0.85).matches().get(0).entryId())
                .as(shop.language() + ": " + shop.cannotCome()).isEqualTo(4)));
    }

    @Test
    void askingTheMoneyBackRanksTheCancellationEntryFirst() {
        SoftAssertions.assertSoftly(soft -> SHOPS.forEach(shop -> soft.assertThat(
                rank(shop, shop.moneyBack(), 0.85).matches().get(0).entryId())
                .as(shop.language() + ": " + shop.moneyBack()).isEqualTo(4)));
    }

    @Test
    void aCancellationEntryFarFromTheQuestionIsNotBroughtFirstNorOneAskedAboutTheThing() {
        for (Shop shop : SHOPS) {
            assertThat(rank(shop, shop.cannotCome(), 0.2).matches().get(0).entryId()).as(shop.language())
                    .isNotEqualTo(4);
            assertThat(rank(shop, shop.thing(), 0.85).matches().get(0).entryId()).as(shop.language()).isEqualTo(1);
        }
    }

    @Test
    void aFirstEntryWhoseAnswerTellsHowToCallItOffStaysFirst() {
        for (Shop shop : SHOPS) {
            assertThat(rank(shop, shop.cannotCome(), 0.85, shop.cancel()).matches().get(0).entryId())
                    .as(shop.language()).isEqualTo(1);
        }
    }
}
