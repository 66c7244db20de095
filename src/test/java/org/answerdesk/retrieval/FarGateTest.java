package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The far gate's three kinds of evidence (issue 61 item 4), each on its own. */
class FarGateTest {

    static final FarGate ITALIAN_BNB = FarGate.of(List.of("C'è il parcheggio?",
            "Sì, abbiamo un parcheggio privato gratuito davanti alla casa.", "parcheggio;auto", "Dove lascio la macchina?",
            "A che ora sono il check-in e il check-out?", "Il check-in è dalle 15:00 alle 20:00."), "it");

    /** A ranking whose best entry has {@code share} of the head's probability and its closest phrasing at 0.5. */
    static FaqIndex.Ranking ranking(double share) {
        return new FaqIndex.Ranking(List.of(new FaqMatch(1, "q", "a", 0.5), new FaqMatch(2, "q2", "a2", 0.4)), 0.05,
                3, 0.6, List.of(share, 1 - share));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Chi ha vinto lo scudetto l'anno scorso?",
        "Mi consigliate un buon dentista in zona?"})
    void aQuestionOfWordsTheShopNeverUsesNearerTheBackgroundIsFar(String question) {
        assertThat(ITALIAN_BNB.far(ranking(0.2), 0.65, question)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // mostly the shop's words
        "c'è un parcheggio per la macchina?",
        "a che ora è il check-out?",
        // a single word of its own
        "parcheggio gratuito per il camper?"})
    void aQuestionMostlyInTheShopsWordsIsNotFar(String question) {
        assertThat(ITALIAN_BNB.far(ranking(0.2), 0.65, question)).isFalse();
    }

    @Test
    void theHeadsShareAndTheMarginMustHoldToo() {
        String question = "Chi ha vinto lo scudetto l'anno scorso?";

        assertThat(ITALIAN_BNB.far(ranking(0.5), 0.65, question)).as("the head sure of its entry").isFalse();
        assertThat(ITALIAN_BNB.far(ranking(0.2), 0.55, question)).as("the background not clearly nearer").isFalse();
        assertThat(ITALIAN_BNB.far(ranking(0.2), Double.NEGATIVE_INFINITY, question)).as("no background").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fate anche massaggi rilassanti?",
        "ciao, organizzate degustazioni di vino?"})
    void askingForAServiceTheShopNeverNamesIsFarThoughTheBackgroundIsNotNearer(String question) {
        assertThat(ITALIAN_BNB.far(ranking(0.5), 0.3, question)).isTrue();
    }

    @Test
    void aServiceQuestionNeedsTheAskingFormANewLongWordAndAnUnsureHead() {
        assertThat(ITALIAN_BNB.far(ranking(0.5), 0.3, "avete un parcheggio per la macchina?"))
                .as("the shop's own words").isFalse();
        assertThat(ITALIAN_BNB.far(ranking(0.5), 0.3, "massaggi rilassanti in camera?"))
                .as("no asking form").isFalse();
        assertThat(ITALIAN_BNB.far(ranking(0.5), 0.3, "fate anche il bis?"))
                .as("no long new word").isFalse();
        assertThat(ITALIAN_BNB.far(ranking(0.95), 0.3, "fate anche massaggi rilassanti?"))
                .as("the head sure of its entry").isFalse();
    }

    /**
     * A neighbouring service the head gives its best entry 0.7-0.9 of its probability to: the shop's trade is near
     * (a B&B asked for a boat trip, a dinner), the head picks its nearest entry with a fair share, the customer still
     * asks for something the shop never names. Below 0.9 the harness's folds agree (docs/retrieval.md, "Not offered,
     * unrelated: the far gate measured leave-one-set-out"); 0.7 before.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|organizzate anche escursioni in barca sul lago?",
        "en|do you also do airport transfers from the station?",
        "de|vermietet ihr auch Kanus für den Nachmittag?",
        "fr|vous louez aussi des trottinettes électriques ?",
        "es|¿alquilan también bicicletas tándem?",
        "nl|verhuren jullie ook elektrische steps?",
        "pt|vocês alugam bicicletas elétricas para o passeio?"})
    void aServiceTheHeadIsFairlySureOfAnotherEntryForIsStillFar(String language, String question) {
        FarGate gate = FarGate.of(List.of("C'è il parcheggio?", "Sì, gratuito."), language);

        assertThat(gate.far(ranking(0.8), 0.3, question)).isTrue();
        assertThat(gate.far(ranking(0.95), 0.3, question)).as("the head sure of its entry").isFalse();
    }

    @Test
    void withoutTheShopsWordsTheShareAndTheMarginDecide() {
        assertThat(FarGate.WITHOUT_WORDS.far(ranking(0.2), 0.65, "parcheggio?")).isTrue();
    }

    /**
     * A question of what the shop has at all, the customer's own long words around it ("q teneis??" after a plan for
     * the summer, set 12 es 1.1): no neighbouring service, the FAQ's choices stand. Asked whether the shop does a
     * thing in the same words, it is still one.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|vorrei imparare a nuotare quest'estate a settembre, cosa avete?|vorrei imparare a nuotare quest'estate a settembre, fate lezioni?",
        "es|vengo de dusseldorf y quiero aprender tenis, que teneis?|vengo de dusseldorf y quiero aprender tenis, teneis clases?",
        "en|moving to manchester and looking for allotments, what do you have?|moving to manchester and looking for allotments, do you sell them?",
        "de|ich komme aus innsbruck und suche kletterkurse, was habt ihr?|ich komme aus innsbruck und suche kletterkurse, macht ihr die auch?",
        "fr|je déménage à strasbourg et cherche des cours, qu'est-ce que vous avez ?|je déménage à strasbourg et cherche des cours, vous faites ça ?",
        "pt|vou pra florianopolis e quero aprender surfe, o que vocês tem?|vou pra florianopolis e quero aprender surfe, vcs fazem aula?",
        "nl|ik verhuis naar groningen en zoek zwemlessen, wat hebben jullie?|ik verhuis naar groningen en zoek zwemlessen, doen jullie dat ook?"})
    void aQuestionOfWhatTheShopHasIsNoUnnamedService(String language, String what, String service) {
        FarGate gate = FarGate.of(List.of("C'è il parcheggio?", "Sì, gratuito."), language);
        assertThat(gate.far(ranking(0.5), 0.3, what)).as(what).isFalse();
        assertThat(gate.far(ranking(0.5), 0.3, service)).as(service).isTrue();
    }

    /**
     * "Do you know if / whom …", the shop's words mostly absent: far though the head is sure of an entry and the
     * background no nearer (docs/retrieval.md, "notcovered7"); the same form in the shop's words is not.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|sai mica se stasera gioca la Juve?|sai se il parcheggio è gratuito?",
        "en|you know any decent tattoo studio round here?|do you know if the parking is free?",
        "de|wisst ihr, ob die Seilbahn morgen fährt?|wisst ihr, ob der Parkplatz gratis ist?",
        "fr|tu connais un bon garagiste dans le quartier ?|vous savez si le parking est gratuit ?",
        "es|¿conocen alguna peluquería buena por el centro?|¿saben si el parking es gratis?",
        "nl|weten jullie wie de koers gewonnen heeft?|weten jullie of de parking gratis is?",
        "pt|sabe onde fica o consulado da Itália?|sabe se o estacionamento é grátis?"})
    void aQuestionOfTheWorldAskedDoYouKnowIsFar(String language, String world, String shop) {
        FarGate gate = FarGate.of(List.of("C'è il parcheggio? parking Parkplatz estacionamento", "gratuito gratis free grátis",
                "parking gratuit Parkplatz gratis"), language);

        assertThat(gate.worldQuestion(world)).as(world).isTrue();
        assertThat(gate.worldQuestion(shop)).as(shop).isFalse();
    }
}
