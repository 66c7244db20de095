package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.flow;
import static org.answerdesk.dialogue.DialogueFlow.lookup;
import static org.assertj.core.api.Assertions.assertThat;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short follow-up of a reply that answered two questions belongs to the entry whose answer states what it asks (set
 * 23 nl 1.2 "en in het weekend?" after the day ticket's price and the bathrobe got the bathrobe as if sure; fr 1.2 "et
 * en juin ?" after the pitch price and the electricity got choices led by the electricity). Each case in the seven
 * shipped languages, with sentences written for this test: the reading with the whole message before is sure of the
 * other entry, the follow-up's own words of neither.
 */
class TwoAnswerFollowUpTest {

    private static final FaqMatch RESERVE = new FaqMatch(405, "Do I have to book?", "Online, any time.", 0.5);

    /**
     * A day or month asked after two answers: the entry whose answer names days or months (the prices), never the
     * other one.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how much is a pass for the pool? | can I borrow goggles there? | and on saturdays? | 9 € from Monday to Friday, 11 € on Saturday and Sunday. | Goggles can be borrowed at the desk for 2 €.
            de | was kostet der Eintritt ins Bad? | kann man dort Handtücher leihen? | und am Wochenende? | 9 € von Montag bis Freitag, 11 € am Samstag und Sonntag. | Handtücher leihen Sie an der Kasse für 2 €.
            es | cuánto vale la entrada a la piscina? | se pueden alquilar toallas? | y los domingos? | 9 € de lunes a viernes, 11 € sábados y domingos. | Las toallas se alquilan en recepción por 2 €.
            fr | combien coûte l'entrée à la piscine ? | on peut louer des serviettes ? | et le samedi ? | 9 € du lundi au vendredi, 11 € le samedi et le dimanche. | Les serviettes se louent à l'accueil pour 2 €.
            it | quanto costa l'ingresso in piscina? | si possono noleggiare gli asciugamani? | e la domenica? | 9 € dal lunedì al venerdì, 11 € sabato e domenica. | Gli asciugamani si noleggiano alla cassa a 2 €.
            nl | wat kost een kaartje voor het zwembad? | kan ik daar een handdoek huren? | en op zondag? | 9 € van maandag tot vrijdag, 11 € op zaterdag en zondag. | Handdoeken huur je aan de kassa voor 2 €.
            pt | quanto custa a entrada na piscina? | dá pra alugar toalha? | e no fim de semana? | 9 € de segunda a sexta, 11 € sábado e domingo. | As toalhas são alugadas na recepção por 2 €.
            en | what's the price of a pitch for a tent? | is there wifi on the pitches? | and in september? | 20 € a night, 30 € in July and August. | Wi-Fi is free everywhere on the site.
            de | was kostet ein Stellplatz fürs Zelt? | gibt es WLAN am Platz? | und im September? | 20 € pro Nacht, im Juli und August 30 €. | Das WLAN ist überall auf dem Platz kostenlos.
            es | cuánto cuesta una parcela para tienda? | hay wifi en las parcelas? | y en septiembre? | 20 € la noche, 30 € en julio y agosto. | El wifi es gratis en todo el camping.
            fr | c'est combien une place pour une tente ? | il y a du wifi sur les places ? | et en septembre ? | 20 € la nuit, 30 € en juillet et août. | Le wifi est gratuit partout sur le terrain.
            it | quanto costa una piazzola per la tenda? | c'è il wifi nelle piazzole? | e a settembre? | 20 € a notte, 30 € a luglio e agosto. | Il wifi è gratuito in tutto il campeggio.
            nl | wat kost een plek voor een tent? | is er wifi op de plekken? | en in september? | 20 € per nacht, 30 € in juli en augustus. | Wifi is overal op het terrein gratis.
            pt | quanto custa um lugar para barraca? | tem wifi nos lugares? | e em setembro? | 20 € por noite, 30 € em julho e agosto. | O wifi é grátis em todo o parque.
            """)
    void aDayOrMonthAskedAfterTwoAnswersGoesToTheEntryThatNamesOne(String language, String price, String other,
                                                                    String followUp, String priceAnswer,
                                                                    String otherAnswer) {
        FaqMatch entry = new FaqMatch(401, "What does it cost?", priceAnswer, 0.8);
        FaqMatch second = new FaqMatch(402, "Can I have it there?", otherAnswer, 0.8);
        Action next = reply(language, price, other, followUp, entry, second);
        assertThat(first(next)).as(followUp + " -> " + next).isEqualTo(entry.entryId());
    }

    /**
     * A guard (passes before this class too): the follow-up's own words are the other entry's ("and the goggles on
     * saturdays?"): the decision for that entry stands.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how much is a pass for the pool? | can I borrow goggles there? | and the goggles on saturdays? | 9 € from Monday to Friday, 11 € on Saturday and Sunday. | Goggles can be borrowed at the desk for 2 €.
            fr | combien coûte l'entrée à la piscine ? | on peut louer des serviettes ? | et les serviettes le samedi ? | 9 € du lundi au vendredi, 11 € le samedi et le dimanche. | Les serviettes se louent à l'accueil pour 2 €.
            nl | wat kost een kaartje voor het zwembad? | kan ik daar een handdoek huren? | en een handdoek op zondag? | 9 € van maandag tot vrijdag, 11 € op zaterdag en zondag. | Handdoeken huur je aan de kassa voor 2 €.
            """)
    void theOtherEntrysOwnWordsKeepItsAnswer(String language, String price, String rent, String followUp,
                                            String priceAnswer, String rentAnswer) {
        FaqMatch entry = new FaqMatch(401, "What does a ticket cost?", priceAnswer, 0.8);
        FaqMatch other = new FaqMatch(402, "Can I rent things?", rentAnswer, 0.8);
        Action next = reply(language, price, rent, followUp, entry, other);
        assertThat(first(next)).as(followUp + " -> " + next).isEqualTo(other.entryId());
    }

    /**
     * Two questions in one message, each answered; then the follow-up, whose reading with the whole message is sure of
     * the second entry and whose own words find another entry.
     */
    private static Action reply(String language, String one, String two, String followUp, FaqMatch first,
                                FaqMatch second) {
        String message = one + " " + two;
        String own = lookup(language, followUp);
        FakeSearch search = new FakeSearch().confident(lookup(language, one), first, RESERVE)
                .confident(lookup(language, two), second, RESERVE)
                .confident(lookup(language, message), second, first)
                .unsure(own, RESERVE)
                .confident(lookup(language, message) + " " + own, second, first, RESERVE)
                .confident(first.question() + " " + own, first, second);
        DialogueFlow flow = flow(search, language);
        Decision opening = flow.says(message);
        assertThat(opening.actions()).as(message + " -> " + opening.actions()).hasSize(2);
        return flow.says(followUp).main();
    }

    private static long first(Action action) {
        return action instanceof Action.FaqAnswer a ? a.entry().entryId()
                : action instanceof Action.Clarify c ? c.choices().get(0).entryId() : -1;
    }
}
