package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A need that ended, told as what happened (set 37's conversation 6: "we're moving on 2 January so she won't come
 * any more", "I sold my car, so the parking place I don't need any more"), where the message's own choices hold
 * neither the shop's cancelling entry nor anything about ending: the way the thing is ended leads the choices. The
 * named thing's own entry where its answer tells how it is ended ({@code told.ends}), else the shop's cancelling
 * entry in place of the last choice. Nothing is answered or claimed.
 */
class ToldEndingChoicesTest {

    private static final FaqMatch CANCELLING = new FaqMatch(81, "How do I end my membership?",
            "Tell us by e-mail 30 days ahead.", 0.9);
    private static final FaqMatch LESSONS = new FaqMatch(82, "What do the lessons cost?", "60 a month.", 0.9);
    private static final FaqMatch TRIAL = new FaqMatch(83, "Is there a trial lesson?", "Yes, one is free.", 0.9);
    private static final FaqMatch HOURS = new FaqMatch(84, "When are you open?", "Monday to Friday.", 0.9);

    /** Language | its first word for cancelling | a story whose last clause says the need ended. */
    private static final String ENDED = """
            es | cancelar   | mi hijo hace guitarra con ustedes desde marzo, nos mudamos a arequipa en febrero y ya no va a seguir
            pt | cancelar   | a minha mãe tem a assinatura do jornal há dez anos, foi viver para um lar e já ninguém vai ler o jornal lá em casa
            de | stornieren | mein mann trainiert seit januar bei euch, er hat jetzt eine stelle in hamburg und kommt nicht mehr
            it | annulla    | mia figlia fa danza da voi da ottobre, ci trasferiamo a torino a marzo e non verrà più
            nl | annuleren  | mijn dochter zit sinds september op zwemles bij jullie, we verhuizen in maart naar utrecht dus ze komt niet meer
            fr | annuler    | ma fille fait de la danse chez vous depuis octobre, on déménage à nantes en mars et elle ne viendra plus
            en | cancel     | my son has had piano lessons with you since spring, we are moving to leeds in march so he won't need them anymore
            """;

    private static Questions shop(String cancel, Locale lang) {
        FakeSearch search = new FakeSearch().unsure(Cleanup.forLookup(cancel, lang), CANCELLING, HOURS);
        for (String word : Lexicon.of(lang).orElseThrow().foldedWords("cancel.alone")) {
            search.unsure(Cleanup.forLookup(word, lang), CANCELLING, HOURS);
        }
        return new Questions(search, search, search);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = ENDED)
    void theCancellingEntryFarFromTheMessageLeadsInPlaceOfTheLastChoice(String language, String cancel,
                                                                        String message) {
        Locale lang = Locale.forLanguageTag(language);
        Action.Clarify shown = new Action.Clarify(List.of(LESSONS, TRIAL, HOURS), 0.3, null, null, false);
        assertThat(GoneChoices.decided(shown, message, lang, shop(cancel, lang))).as(message)
                .isInstanceOfSatisfying(Action.Clarify.class, c -> {
                    assertThat(c.choices()).containsExactly(CANCELLING, LESSONS, TRIAL);
                    assertThat(c.closest()).isEqualTo(CANCELLING.entryId());
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = ENDED)
    void aStoryWithoutItsEndKeepsItsChoices(String language, String cancel, String message) {
        Locale lang = Locale.forLanguageTag(language);
        Action.Clarify shown = new Action.Clarify(List.of(LESSONS, TRIAL, HOURS), 0.3, null, null, false);
        String begun = message.substring(0, message.indexOf(','));
        assertThat(GoneChoices.decided(shown, begun, lang, shop(cancel, lang))).as(begun).isSameAs(shown);
    }

    /** Language | its first word for cancelling | the parking entry's answer, with its ending | the story. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | annuler    | Le box coûte 120 par mois; le contrat est séparé et se résilie avec un mois de préavis. | j'ai revendu ma moto le mois dernier, donc le box au sous-sol je n'en ai plus besoin
            de | stornieren | Ein Stellplatz kostet 80 im Monat; Sie kündigen ihn per E-Mail zum Monatsende. | ich habe mein auto letzte woche verkauft, den stellplatz in der tiefgarage brauche ich also nicht mehr
            es | cancelar   | La cochera cuesta 90 al mes; se cancela por escrito con un mes de aviso. | vendí el auto la semana pasada, así que la cochera del edificio ya no la voy a usar
            it | annulla    | Il posto auto costa 70 al mese; la disdetta va fatta per iscritto con un mese di anticipo. | ho venduto la macchina la settimana scorsa, quindi il posto auto in garage non mi serve più
            nl | annuleren  | Een parkeerplek kost 75 per maand; je zegt hem op per mail, de opzegtermijn is een maand. | ik heb vorige week mijn auto verkocht, dus de parkeerplek in de kelder heb ik niet meer nodig
            pt | cancelar   | O lugar custa 60 por mês; rescinde-se por escrito com 30 dias de antecedência. | vendi o carro na semana passada, por isso o lugar na garagem já não vou usar
            en | cancel     | A space costs 70 a month; it can be cancelled online with a month's notice. | i sold my car last week, so the parking space in the basement i won't need anymore
            """)
    void theNamedThingsEntryThatTellsItsEndingLeadsOverTheShopsCancellation(String language, String cancel,
                                                                             String answer, String message) {
        Locale lang = Locale.forLanguageTag(language);
        FaqMatch moveOut = new FaqMatch(85, "How does moving out work?", "We meet 30 days before you leave.", 0.9);
        FaqMatch parking = new FaqMatch(86, "Can I rent a parking space?", answer, 0.9);
        Action.Clarify shown = new Action.Clarify(List.of(moveOut, parking, HOURS), 0.3, null, null, false);
        assertThat(GoneChoices.decided(shown, message, lang, shop(cancel, lang))).as(message)
                .isInstanceOfSatisfying(Action.Clarify.class,
                        c -> assertThat(c.choices()).containsExactly(parking, moveOut, HOURS));
    }

    @Test
    void aFaultIsNoEnding() {
        Locale lang = Locale.forLanguageTag("pt");
        Action.Clarify shown = new Action.Clarify(List.of(LESSONS, TRIAL, HOURS), 0.3, null, null, false);
        String fault = "comprei a box em maio, já ninguém consegue ver nada porque não funciona";
        assertThat(GoneChoices.decided(shown, fault, lang, shop("cancelar", lang))).isSameAs(shown);
    }
}
