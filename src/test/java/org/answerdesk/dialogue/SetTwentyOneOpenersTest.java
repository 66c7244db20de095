package org.answerdesk.dialogue;

import static org.answerdesk.dialogue.DialogueFlow.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 21's openers, complaints and push-backs (issues 61, 62; es 2.1, nl 2.1, pt 3.1, it 5.1, it 4.2, nl 5.2): a
 * first message whose words single out no entry gets choices or the invitation to ask, never one entry as if sure; a
 * complaint of several clauses gets first the entry its situation's clause is answered with; a push-back carrying a
 * new question is looked up without the push-back; a calm aside after the offer of a person is no handover. New
 * sentences in the seven languages, not set 21's.
 */
class SetTwentyOneOpenersTest {

    private static DialogueFlow flow(FakeSearch search, String language) {
        return new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(Locale.forLanguageTag(language)));
    }

    /**
     * A first message that announces a question about the shop's general subject, answered confidently by an entry
     * that word does not single out (the next entries name it as much): choices or the invitation, not the entry.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | hey there, got a question re the apartment | Is there parking at the apartment? | How much is the apartment per night? | Can I bring my dog?
            de | moin, hätte da mal ne frage mit der wohnung | Gibt es einen Parkplatz bei der Wohnung? | Was kostet die Wohnung pro Nacht? | Darf mein Hund mit?
            fr | coucou, petite question niveau appartement | Y a-t-il un parking à l'appartement ? | Combien coûte l'appartement par nuit ? | Puis-je venir avec mon chien ?
            it | salve, una domanda per la casa | C'è un parcheggio vicino alla casa? | Quanto costa la casa a notte? | Posso portare il cane?
            es | hola, tengo una consulta con lo del piso | ¿Hay aparcamiento en el piso? | ¿Cuánto cuesta el piso por noche? | ¿Puedo llevar a mi perro?
            nl | hallo, klein vraagje ivm de woning | Is er een parkeerplaats bij de woning? | Wat kost de woning per nacht? | Mag mijn hond mee?
            pt | boas, tinha uma dúvida com a casa | Há estacionamento na casa? | Quanto custa a casa por noite? | Posso levar o meu cão?
            """)
    void anOpenerOnTheShopsSubjectGetsNoOneEntry(String language, String text, String first, String second,
                                                String third) {
        FakeSearch search = new FakeSearch().confidentOtherwise(entry(11, first), entry(12, second), entry(13, third));
        DialogueFlow flow = flow(search, language);
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isNotInstanceOf(Action.FaqAnswer.class);
        assertThat(flow.state().personOffered()).isFalse();
        assertThat(prepared(search, language, text)).as("answered before the conversation is read").isFalse();
    }

    /**
     * "How much?" as the first message, with nothing to price: the entries that price something, as choices, never
     * the one the embedding happened to put first.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en    | how much is it?    | Can I print here?           | How much does a day pass cost?    | How much does a fixed desk cost?
            en-GB | what's the price?  | Can I print here?           | What is the price of a day pass?  | What is the price of a fixed desk?
            de    | was kostet das?    | Kann ich hier drucken?      | Was kostet ein Tagespass?         | Was kostet ein fester Platz?
            fr    | c'est combien ?    | Puis-je imprimer ici ?      | Combien coûte un pass journée ?   | Combien coûte un bureau fixe ?
            it    | quanto viene?      | Posso stampare qui?         | Quanto viene un ingresso giornaliero? | Quanto viene una scrivania fissa?
            es    | ¿cuánto sale?      | ¿Puedo imprimir aquí?       | ¿Cuánto sale el pase de un día?   | ¿Cuánto sale un puesto fijo?
            nl    | wat kost dat?      | Kan ik hier printen?        | Wat kost een dagpas?              | Wat kost een vaste werkplek?
            pt-BR | qual é o preço?    | Posso imprimir aqui?        | Qual é o preço do passe diário?   | Qual é o preço de uma mesa fixa?
            """)
    void howMuchWithNothingToPriceGetsChoices(String language, String text, String first, String second,
                                              String third) {
        FakeSearch search = new FakeSearch().confidentOtherwise(entry(21, first), entry(22, second), entry(23, third));
        Decision d = flow(search, language).says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.Clarify.class);
        assertThat(((Action.Clarify) d.main()).choices()).extracting(FaqMatch::entryId).contains(22L, 23L);
        assertThat(prepared(search, language, text)).isFalse();
    }

    /** A short question that names what it asks, an opener whose topic one entry names, and a paraphrase stand. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | how much is a day pass?
            en | a question about the day pass
            en | can my labrador come?
            de | was kostet ein tagespass?
            fr | combien coûte un pass journée ?
            it | quanto viene un ingresso giornaliero?
            es | ¿cuánto sale el pase de un día?
            nl | wat kost een dagpas?
            pt | qual é o preço do passe diário?
            """)
    void aQuestionThatNamesItsEntryIsAnswered(String language, String text) {
        FaqMatch named = entry(31, switch (language) {
            case "de" -> "Was kostet ein Tagespass?";
            case "fr" -> "Combien coûte un pass journée ?";
            case "it" -> "Quanto viene un ingresso giornaliero?";
            case "es" -> "¿Cuánto sale el pase de un día?";
            case "nl" -> "Wat kost een dagpas?";
            case "pt" -> "Qual é o preço do passe diário?";
            default -> text.contains("labrador") ? "Can I bring my dog?" : "How much does a day pass cost?";
        });
        FakeSearch search = new FakeSearch().confidentOtherwise(named, entry(32, "How much is a fixed desk?"),
                entry(33, "Can I print here?"));
        Decision d = flow(search, language).says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.FaqAnswer.class);
    }

    /**
     * A first message that tells what happened before the word that joins a topic ("charged twice for my order") is
     * a question of its own, not an opener: answered, in one step too, though the next entries name that topic as much.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | i was charged twice for my order                      | I was charged twice for my order. What should I do? | How do I cancel my order? | Where is my order?
            de | mir wurde zweimal abgebucht wegen der bestellung      | Mir wurde zweimal abgebucht. Was tun?               | Wie storniere ich meine Bestellung? | Wo ist meine Bestellung?
            fr | on m'a débité deux fois pour ma commande              | On m'a débité deux fois, que faire ?                | Comment annuler ma commande ? | Où est ma commande ?
            it | mi avete addebitato due volte per l'ordine            | Mi avete addebitato due volte, cosa faccio?         | Come annullo l'ordine? | Dov'è il mio ordine?
            es | me habéis cobrado dos veces para el pedido            | Me cobraron dos veces, ¿qué hago?                   | ¿Cómo cancelo el pedido? | ¿Dónde está mi pedido?
            nl | er is twee keer afgeschreven voor mijn bestelling     | Er is twee keer afgeschreven, wat nu?               | Hoe annuleer ik mijn bestelling? | Waar is mijn bestelling?
            pt | cobraram duas vezes para a minha encomenda            | Cobraram-me duas vezes, o que faço?                 | Como cancelo a encomenda? | Onde está a minha encomenda?
            """)
    void aMessageThatTellsMoreThanItsTopicIsAnswered(String language, String text, String first, String second,
                                                     String third) {
        FakeSearch search = new FakeSearch().confidentOtherwise(entry(51, first), entry(52, second), entry(53, third));
        Decision d = flow(search, language).says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.FaqAnswer.class);
        assertThat(prepared(search, language, text)).as("answered in one step").isTrue();
    }

    private static boolean prepared(FakeSearch search, String language, String text) {
        return new DialoguePolicy(search, search, search, search.acts).prepare(text, Locale.forLanguageTag(language))
                .answer().isPresent();
    }

    /**
     * A complaint told in clauses, unsure as a whole: the entry the clause that tells the situation is answered with
     * comes first (angry: among the apology's choices; calm: among "did you mean").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | the app won't let me book any class, i pay 40 a month for this!!! unbelievable | the app won't let me book any class
            en | the app won't let me book any class, i pay 40 a month for this | the app won't let me book any class
            de | die app lässt mich keinen kurs buchen, ich zahle 40 euro im monat dafür!!! unfassbar | die app lässt mich keinen kurs buchen
            fr | l'appli ne me laisse plus réserver aucun cours, je paie 40 euros par mois pour ça | l'appli ne me laisse plus réserver aucun cours
            it | l'app non mi lascia prenotare nessun corso, pago 40 euro al mese per questo!!! assurdo | l'app non mi lascia prenotare nessun corso
            es | la app no me deja reservar ninguna clase, pago 40 euros al mes por esto | la app no me deja reservar ninguna clase
            nl | de app laat me geen les boeken, ik betaal 40 euro per maand hiervoor!!! belachelijk | de app laat me geen les boeken
            pt | a app não me deixa marcar nenhuma aula, pago 40 euros por mês por isto | a app não me deixa marcar nenhuma aula
            """)
    void aComplaintsSituationLeadsItsChoices(String language, String text, String situation) {
        Locale lang = Locale.forLanguageTag(language);
        FaqMatch booking = entry(42, "Booking blocked");
        FakeSearch search = new FakeSearch().unsureOtherwise(entry(41, "Classes"), booking, entry(43, "Payment"))
                .confident(Cleanup.forLookup(Mood.withoutAnger(situation, lang), lang), booking);
        Decision d = flow(search, language).says(text);
        var choices = d.main() instanceof Action.Clarify c ? c.choices()
                : d.main() instanceof Action.OfferPerson o ? o.choices() : java.util.List.<FaqMatch>of();
        assertThat(choices).as(text + " -> " + d.main()).isNotEmpty();
        assertThat(choices.get(0).entryId()).as(text + " -> " + d.main()).isEqualTo(42L);
    }

    /**
     * After an answer, a push-back carrying a new question the FAQ is unsure of alone: never the entry the whole
     * message found; sorry, what is missing, a person. Where the question alone is answered, its own entry.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | that's not what i asked, can i pay by paypal | can i pay by paypal
            de | das habe ich nicht gefragt, kann ich mit paypal zahlen | kann ich mit paypal zahlen
            fr | ce n'est pas ma question, je peux payer par paypal ? | je peux payer par paypal
            it | non era la mia domanda, posso pagare con paypal | posso pagare con paypal
            es | no te pregunté eso, puedo pagar con paypal | puedo pagar con paypal
            nl | dat vroeg ik niet, kan ik met paypal betalen | kan ik met paypal betalen
            pt | não foi isso que perguntei, posso pagar com paypal | posso pagar com paypal
            en | i didn't ask about that, i want to know if my wife can come too | i want to know if my wife can come too
            de | danach hab ich nicht gefragt, ich will wissen ob meine frau mitkommen kann | ich will wissen ob meine frau mitkommen kann
            it | non intendevo quello, vorrei sapere se posso venire con mia moglie | vorrei sapere se posso venire con mia moglie
            es | no pregunté eso, quiero saber si puedo ir con mi mujer | quiero saber si puedo ir con mi mujer
            nl | dat heb ik niet gevraagd, ik wil weten of mijn vrouw mee mag | ik wil weten of mijn vrouw mee mag
            pt | não perguntei isso, quero saber se posso ir com a minha mulher | quero saber se posso ir com a minha mulher
            """)
    void aPushBackWithANewQuestionIsLookedUpWithoutIt(String language, String text, String question) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch unsure = new FakeSearch().confidentOtherwise(FakeSearch.SHIPPING, FakeSearch.PASSWORD)
                .confident(Cleanup.forLookup("where is my order?", lang), FakeSearch.ORDER)
                .unsure(Cleanup.forLookup(question, lang), FakeSearch.SHIPPING, FakeSearch.PASSWORD);
        DialogueFlow flow = flow(unsure, language);
        assertThat(flow.says("where is my order?").main()).isInstanceOf(Action.FaqAnswer.class);
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isNotInstanceOf(Action.FaqAnswer.class);
        FaqMatch paying = entry(51, "How can I pay?");
        FakeSearch sure = new FakeSearch().confidentOtherwise(FakeSearch.SHIPPING, FakeSearch.PASSWORD)
                .confident(Cleanup.forLookup("where is my order?", lang), FakeSearch.ORDER)
                .confident(Cleanup.forLookup(question, lang), paying);
        DialogueFlow answered = flow(sure, language);
        answered.says("where is my order?");
        Decision own = answered.says(text);
        assertThat(own.main()).as(text + " -> " + own.main()).isInstanceOf(Action.FaqAnswer.class);
        assertThat(((Action.FaqAnswer) own.main()).entry().entryId()).isEqualTo(51L);
    }

    /**
     * After the offer of a person to an angry customer, a calm aside the FAQ finds nothing for, or is far from: its
     * reply, no handover.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | MY PARCEL NEVER CAME AND NOBODY ANSWERS | btw you happen to know if the lakers won
            de | MEIN PAKET IST NIE ANGEKOMMEN UND KEINER ANTWORTET | übrigens weißt du ob bayern gewonnen hat
            fr | MON COLIS N'EST JAMAIS ARRIVÉ ET PERSONNE NE RÉPOND | au fait tu sais si le psg a gagné
            it | IL MIO PACCO NON È MAI ARRIVATO E NESSUNO RISPONDE | a proposito sai se la juve ha vinto
            es | MI PAQUETE NUNCA LLEGÓ Y NADIE CONTESTA | oye sabes si ganó el betis anoche
            nl | MIJN PAKKET IS NOOIT AANGEKOMEN EN NIEMAND REAGEERT | trouwens weet jij of feyenoord gewonnen heeft
            pt | A MINHA ENCOMENDA NUNCA CHEGOU E NINGUÉM RESPONDE | já agora sabes se o benfica ganhou
            """)
    void aCalmAsideAfterAnUpsetOfferIsNoHandover(String language, String angry, String aside) {
        Locale lang = Locale.forLanguageTag(language);
        for (FakeSearch search : new FakeSearch[] {new FakeSearch(),
                new FakeSearch().offTopic(Cleanup.forLookup(aside, lang), FakeSearch.SHIPPING)}) {
            DialogueFlow flow = flow(search, language);
            Decision first = flow.says(angry);
            assertThat(flow.state().personOffered()).as(angry + " -> " + first.main()).isTrue();
            Decision d = flow.says(aside);
            assertThat(flow.state().handedOver()).as(aside + " -> " + d.main()).isFalse();
        }
    }
}
