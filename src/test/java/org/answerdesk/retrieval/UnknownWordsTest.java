package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the FAQ does not cover whatever its nearest entry's score (issue 61 item 4, issue 62 item 2): an offer of
 * something the shop's text has not one word of, asked alone or read with the question before it, and a question of
 * the world's results and events in none of the shop's words; not answered, no choices. An offer or a result that
 * names one of the shop's words stays the shop's. A florist of four entries per language, the questions written for
 * this test; the head sure of its entry (0.98), the background far: only these rules take the answer away.
 */
class UnknownWordsTest {

    private static final String FLORISTS = """
            en | How much is a bridal bouquet? A bridal bouquet costs 60. | Do you deliver flowers? We deliver flowers in town every afternoon. | When are you open? Tuesday to Sunday from 8 to 19. | Do you sell pot plants? We sell orchids, ferns and small palms in pots. | do you guys also fix bikes? | do you also deliver flowers on sundays? | When are you open? and do you also print photos? | did the rangers lose again last night? | my flowers were delivered yesterday and they are wilted already
            de | Was kostet ein Brautstrauß? Ein Brautstrauß kostet 60 Euro. | Liefert ihr Blumen? Wir liefern Blumen jeden Nachmittag in der Stadt. | Wann habt ihr geöffnet? Dienstag bis Sonntag von 8 bis 19 Uhr. | Verkauft ihr Topfpflanzen? Wir verkaufen Orchideen, Farne und kleine Palmen im Topf. | verkauft ihr auch Brillen und Sonnenbrillen? | liefert ihr auch Blumen am Sonntag? | Wann habt ihr geöffnet? und schleift ihr auch Messer? | hat der HSV gestern wieder verloren? | die Blumen sind gestern geliefert worden und schon verwelkt
            fr | Combien coûte un bouquet de mariée ? Un bouquet de mariée coûte 60 euros. | Livrez-vous des fleurs ? Nous livrons des fleurs en ville chaque après-midi. | Quand êtes-vous ouverts ? Du mardi au dimanche de 8 h à 19 h. | Vendez-vous des plantes en pot ? Nous vendons des orchidées, des fougères et de petits palmiers en pot. | vous réparez aussi les trottinettes ? | vous livrez aussi des fleurs le dimanche ? | Quand êtes-vous ouverts ? et vous vendez aussi des bougies parfumées ? | le losc a perdu hier soir ? | les fleurs livrées hier sont déjà fanées
            it | Quanto costa un bouquet da sposa? Un bouquet da sposa costa 60 euro. | Consegnate fiori? Consegniamo fiori in città ogni pomeriggio. | Quando siete aperti? Dal martedì alla domenica dalle 8 alle 19. | Vendete piante in vaso? Vendiamo orchidee, felci e piccole palme in vaso. | fate anche le pizze da asporto? | consegnate anche i fiori la domenica? | Quando siete aperti? e vendete anche il vino sfuso? | chi ha vinto il derby ieri sera? | i fiori consegnati ieri sono già appassiti
            es | ¿Cuánto cuesta un ramo de novia? Un ramo de novia cuesta 60 euros. | ¿Reparten flores? Repartimos flores por la ciudad cada tarde. | ¿Cuándo abren? De martes a domingo de 8 a 19. | ¿Venden plantas en maceta? Vendemos orquídeas, helechos y palmeras pequeñas en maceta. | ustedes me pueden arreglar la cafetera? | ustedes me pueden mandar flores el domingo? | ¿Cuándo abren? y vendéis también velas aromáticas? | ¿quién ganó el clásico anoche? | las flores que me repartieron ayer ya están mustias
            nl | Wat kost een bruidsboeket? Een bruidsboeket kost 60 euro. | Bezorgen jullie bloemen? We bezorgen elke middag bloemen in de stad. | Wanneer zijn jullie open? Dinsdag tot zondag van 8 tot 19 uur. | Verkopen jullie kamerplanten? We verkopen orchideeën, varens en kleine palmen in een pot. | verkopen jullie ook fietsbanden? | verkopen jullie ook orchideeën in een grote pot? | Wanneer zijn jullie open? en repareren jullie ook horloges? | heeft Feyenoord gisteren verloren? | de bloemen die gisteren bezorgd zijn hangen al slap
            pt | Quanto custa um ramo de noiva? Um ramo de noiva custa 60 euros. | Entregam flores? Entregamos flores na cidade todas as tardes. | Quando estão abertos? De terça a domingo das 8h às 19h. | Vendem plantas em vaso? Vendemos orquídeas, fetos e pequenas palmeiras em vaso. | vocês também vendem bilhetes de autocarro? | vocês também vendem orquídeas brancas? | Quando estão abertos? e consertam bicicletas também? | o Sporting perdeu ontem? | as flores entregues ontem já estão murchas
            """;


    @ParameterizedTest(name = "{0}: {5}")
    @CsvSource(delimiter = '|', textBlock = FLORISTS)
    void anOfferOfSomethingTheShopHasNoWordOfIsNotCovered(String language, String bouquet, String delivery,
                                                          String hours, String plants, String offer,
                                                          String sharedOffer, String followUp, String world,
                                                          String sharedWorld) {
        OffTopic offTopic = FourEntryShop.gate(language, bouquet, delivery, hours, plants);

        FaqIndex.Ranking judged = FourEntryShop.sure(offTopic, offer);

        assertThat(judged.confidence()).as(offer).isZero();
        assertThat(judged.inTopK()).as(offer).isZero();
        assertThat(judged.far()).as(offer).isTrue();
    }

    @ParameterizedTest(name = "{0}: {6}")
    @CsvSource(delimiter = '|', textBlock = FLORISTS)
    void anOfferThatNamesOneOfTheShopsWordsStaysTheShops(String language, String bouquet, String delivery,
                                                         String hours, String plants, String offer,
                                                         String sharedOffer, String followUp, String world,
                                                         String sharedWorld) {
        FaqIndex.Ranking judged = FourEntryShop.sure(FourEntryShop.gate(language, bouquet, delivery, hours, plants), sharedOffer);

        assertThat(judged.confidence()).as(sharedOffer).isGreaterThan(0.5);
        assertThat(judged.far()).as(sharedOffer).isFalse();
    }

    @ParameterizedTest(name = "{0}: {7}")
    @CsvSource(delimiter = '|', textBlock = FLORISTS)
    void anOfferReadWithThePreviousQuestionIsJudgedOnItsOwnWords(String language, String bouquet, String delivery,
                                                                 String hours, String plants, String offer,
                                                                 String sharedOffer, String followUp, String world,
                                                                 String sharedWorld) {
        // the previous question's words are the shop's; the offer after it has none of them
        FaqIndex.Ranking judged = FourEntryShop.sure(FourEntryShop.gate(language, bouquet, delivery, hours, plants), followUp);

        assertThat(judged.confidence()).as(followUp).isZero();
        assertThat(judged.far()).as(followUp).isTrue();
    }

    @ParameterizedTest(name = "{0}: {8}")
    @CsvSource(delimiter = '|', textBlock = FLORISTS)
    void theWorldsResultsInNoneOfTheShopsWordsAreNotCovered(String language, String bouquet, String delivery,
                                                           String hours, String plants, String offer,
                                                           String sharedOffer, String followUp, String world,
                                                           String sharedWorld) {
        OffTopic offTopic = FourEntryShop.gate(language, bouquet, delivery, hours, plants);

        FaqIndex.Ranking judged = FourEntryShop.sure(offTopic, world);

        assertThat(judged.confidence()).as(world).isZero();
        assertThat(judged.far()).as(world).isTrue();
        // "yesterday" in a complaint about the shop's own flowers: the shop's
        assertThat(FourEntryShop.sure(offTopic, sharedWorld).confidence()).as(sharedWorld).isGreaterThan(0.5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | you know the score of the bruins game?
            de | weißte wann der FC am Samstag anpfeift?
            fr | vous savez le résultat du tournoi de tennis ?
            it | sapete il risultato del torneo di tennis?
            es | ¿sabe a qué horas empieza el concierto del estadio?
            nl | weet je de uitslag van het tennistoernooi?
            pt | sabes o resultado do torneio de ténis?
            """)
    void doYouKnowInAColloquialFormIsTheWorldsQuestion(String language, String question) {
        FarGate gate = FarGate.of(Map.of(1L, List.of("Flowers, bouquets, plants, delivery, opening hours")),
                language);

        assertThat(gate.worldQuestion(question)).as(question).isTrue();
    }
}
