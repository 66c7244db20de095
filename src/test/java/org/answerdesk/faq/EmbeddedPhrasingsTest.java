package org.answerdesk.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class EmbeddedPhrasingsTest {

    /** Asked texts, one list per call; each text's vector is its length. */
    private final List<List<String>> asked = new ArrayList<>();

    private List<float[]> embed(List<String> texts) {
        asked.add(List.copyOf(texts));
        return texts.stream().map(t -> new float[] {t.length()}).toList();
    }

    @Test
    void aSecondAppOfTheJvmEmbedsOnlyWhatTheFirstDidNot() {
        String model = "model-" + System.nanoTime();
        List<float[]> first = EmbeddedPhrasings.vectors(model, List.of("where is my parcel", "refund"), this::embed);
        List<float[]> again = EmbeddedPhrasings.vectors(model, List.of("refund", "new words", "where is my parcel"),
                this::embed);

        assertThat(asked).containsExactly(List.of("where is my parcel", "refund"), List.of("new words"));
        assertThat(again.get(0)).isSameAs(first.get(1));
        assertThat(again.get(1)).containsExactly(9f);
        assertThat(again.get(2)).isSameAs(first.get(0));
    }

    @Test
    void anotherModelsVectorsAreNeverServed() {
        String model = "model-" + System.nanoTime();
        EmbeddedPhrasings.vectors(model, List.of("track my order"), this::embed);
        EmbeddedPhrasings.vectors(model + "-adapted", List.of("track my order"), this::embed);

        assertThat(asked).containsExactly(List.of("track my order"), List.of("track my order"));
    }

    @Test
    void nothingMissingAsksTheModelNothing() {
        String model = "model-" + System.nanoTime();
        EmbeddedPhrasings.vectors(model, List.of("a", "b"), this::embed);
        asked.clear();

        assertThat(EmbeddedPhrasings.vectors(model, List.of("b", "a"), this::embed)).hasSize(2);
        assertThat(asked).isEmpty();
    }
}
