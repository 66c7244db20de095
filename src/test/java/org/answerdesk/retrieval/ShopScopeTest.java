package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the shop covers, judged both ways (issue 61 item 4, issue 62 item 2): a question of where to find something
 * good near by is the world's, not the shop's; a "do you …?" in a form of the language the file did not know yet
 * (a dialect's verb, any verb of "vous", "vocês …") asks for a service; a message that speaks to the shop is about the
 * shop however few of its words it uses; and a "do you …?" whose words the entry it would be given does not share is
 * not answered with that entry, sure or not. A bakery of four entries per language, the questions written for this
 * test.
 */
class ShopScopeTest {

    private static final String BAKERIES = """
            en | How much is a birthday cake? A birthday cake for ten people costs 35. | Do you deliver bread? We deliver fresh bread in town every morning. | When are you open? Monday to Saturday from 7 to 18. | Where can I park? There is free parking behind the bakery. | where can i get a good curry around here? | where can i park nearby? | could someone come and install my dishwasher? | your driver neednt come thursday, were shut for holidays | did the lions win on thursday night? | do you also do wedding photography?
            de | Was kostet eine Geburtstagstorte? Eine Geburtstagstorte für zehn Personen kostet 35 Euro. | Liefert ihr Brot? Wir liefern frisches Brot jeden Morgen in der Stadt. | Wann habt ihr geöffnet? Montag bis Samstag von 7 bis 18 Uhr. | Wo kann ich parken? Hinter der Bäckerei gibt es kostenlose Parkplätze. | wo krieg ich in der gegend an guten döner? | wo kann ich in der nähe parken? | koennts ihr mir die schublade reparieren? | euer fahrer braucht am donnerstag ned kommen, mir san im urlaub | hat der fc gestern gewonnen? | macht ihr auch hochzeitsfotos und videos?
            fr | Combien coûte un gâteau d'anniversaire ? Un gâteau d'anniversaire pour dix personnes coûte 35 euros. | Livrez-vous du pain ? Nous livrons du pain frais en ville chaque matin. | Quand êtes-vous ouverts ? Du lundi au samedi de 7 h à 18 h. | Où puis-je me garer ? Il y a un parking gratuit derrière la boulangerie. | où est-ce qu'on mange un bon couscous dans le coin ? | où se garer dans le coin ? | vous affûtez les couteaux de cuisine ? | votre livreur peut oublier jeudi, on part en vacances | le stade a gagné hier soir ? | vous faites aussi des photos de mariage ?
            it | Quanto costa una torta di compleanno? Una torta di compleanno per dieci persone costa 35 euro. | Consegnate il pane? Consegniamo pane fresco in città ogni mattina. | Quando siete aperti? Dal lunedì al sabato dalle 7 alle 18. | Dove posso parcheggiare? C'è un parcheggio gratuito dietro il forno. | dove si mangia un buon sushi qui vicino? | dove posso parcheggiare qui vicino? | me mettite pure na lavastoviglie? | o fattorino vuosto giovedì nun adda venì, stammo in ferie | ha vinto la juve ieri sera? | fate anche fotografie per matrimoni?
            es | ¿Cuánto cuesta una tarta de cumpleaños? Una tarta de cumpleaños para diez personas cuesta 35 euros. | ¿Repartís pan? Repartimos pan fresco por el pueblo cada mañana. | ¿Cuándo abrís? De lunes a sábado de 7 a 18. | ¿Dónde puedo aparcar? Hay aparcamiento gratis detrás del horno. | donde se come un buen cocido por aqui? | donde puedo aparcar por aqui? | y lavavajillas instalai? | vuestro repartidor no venga el jueves, nos vamos de vacaciones | ganó el betis anoche? | ¿hacen también fotografías de comuniones?
            nl | Wat kost een verjaardagstaart? Een verjaardagstaart voor tien personen kost 35 euro. | Leveren jullie brood? We leveren elke ochtend vers brood in de stad. | Wanneer zijn jullie open? Maandag tot zaterdag van 7 tot 18 uur. | Waar kan ik parkeren? Er is gratis parking achter de bakkerij. | waar eet ik een goede pizza in de buurt? | waar kan ik parkeren in de buurt? | kunnen we bij jullie een kinderfeestje organiseren? | uwe chauffeur moet donderdag nie passeren, we zijn op vakantie | heeft club gisteren gewonnen? | doen jullie ook trouwfotografie en video?
            pt | Quanto custa um bolo de aniversário? Um bolo de aniversário para dez pessoas custa 35 euros. | Entregam pão? Entregamos pão fresco na cidade todas as manhãs. | Quando estão abertos? De segunda a sábado das 7h às 18h. | Onde posso estacionar? Há estacionamento grátis atrás da padaria. | onde se come uma boa feijoada aqui perto? | onde posso estacionar aqui perto? | vcs também montam prateleiras e estantes? | o vosso estafeta nao precisa vir quinta, vamos de ferias | o benfica ganhou ontem? | vocês fazem também fotografias de casamento?
            """;

    private static FarGate bakery(String language, String cake, String bread, String hours, String parking) {
        return FarGate.of(Map.of(1L, List.of(cake), 2L, List.of(bread), 3L, List.of(hours), 4L, List.of(parking)),
                language);
    }

    /** The first two entries ranked, the head giving the first {@code share}, {@code confidence} as given. */
    private static FaqIndex.Ranking ranking(double share, double confidence) {
        return new FaqIndex.Ranking(List.of(new FaqMatch(1, "q1", "a1", 0.5), new FaqMatch(2, "q2", "a2", 0.45)),
                confidence, 3, 0.6, List.of(share, 1 - share));
    }

    @ParameterizedTest(name = "{0}: {5}")
    @CsvSource(delimiter = '|', textBlock = BAKERIES)
    void whereToFindSomethingGoodNearByIsTheWorldsQuestion(String language, String cake, String bread, String hours,
                                                         String parking, String nearBy, String parkNearBy,
                                                         String service, String toTheShop, String world,
                                                         String unshared) {
        FarGate gate = bakery(language, cake, bread, hours, parking);

        assertThat(gate.worldQuestion(nearBy)).as(nearBy).isTrue();
        // the shop's own word once the form's words are out: it is the shop's
        assertThat(gate.worldQuestion(parkNearBy)).as(parkNearBy).isFalse();
    }

    @ParameterizedTest(name = "{0}: {7}")
    @CsvSource(delimiter = '|', textBlock = BAKERIES)
    void aServiceAskedInAFormOfTheLanguageIsWeighedAsOne(String language, String cake, String bread, String hours,
                                                        String parking, String nearBy, String parkNearBy,
                                                        String service, String toTheShop, String world,
                                                        String unshared) {
        // the head fairly sure (0.5), the background not nearer: only the service rules can make it far
        assertThat(bakery(language, cake, bread, hours, parking).far(ranking(0.5, 0.05), 0.3, service)).isTrue();
    }

    @ParameterizedTest(name = "{0}: {8}")
    @CsvSource(delimiter = '|', textBlock = BAKERIES)
    void aMessageToTheShopIsAboutTheShopInAnyWords(String language, String cake, String bread, String hours,
                                                  String parking, String nearBy, String parkNearBy, String service,
                                                  String toTheShop, String world, String unshared) {
        FarGate gate = bakery(language, cake, bread, hours, parking);

        // the head unsure (0.2), the background clearly nearer (0.65 > 0.5), most words new: the first rule holds
        assertThat(gate.far(ranking(0.2, 0.05), 0.65, toTheShop)).as(toTheShop).isFalse();
        assertThat(gate.far(ranking(0.2, 0.05), 0.65, world)).as(world).isTrue();
    }

    @ParameterizedTest(name = "{0}: {10}")
    @CsvSource(delimiter = '|', textBlock = BAKERIES)
    void aServiceTheSureEntryDoesNotShareIsNotAnswered(String language, String cake, String bread, String hours,
                                                      String parking, String nearBy, String parkNearBy,
                                                      String service, String toTheShop, String world,
                                                      String unshared) {
        OffTopic offTopic = new OffTopic(List.of(new float[] {0, 1}), List.of())
                .withGate(bakery(language, cake, bread, hours, parking));

        FaqIndex.Ranking judged = offTopic.judge(ranking(0.85, 0.9), new float[] {1, 0}, unshared);

        assertThat(judged.confidence()).as(unshared).isZero();
        assertThat(judged.far()).isTrue();
        // nor at 0.95: none of its words is the shop's (UnknownWords); a question the entry shares keeps it
        assertThat(offTopic.judge(ranking(0.95, 0.9), new float[] {1, 0}, unshared).confidence()).isZero();
        FaqIndex.Ranking shared = offTopic.judge(ranking(0.85, 0.9), new float[] {1, 0}, cake.split("\\?")[0] + "?");
        assertThat(shared.confidence()).isGreaterThan(0.5);
    }
}
