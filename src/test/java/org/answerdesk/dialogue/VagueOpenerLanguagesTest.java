package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A first message that only announces that the customer has something to ask ("boa noite, preciso de uma
 * informação"), or names a topic without asking anything of it ("hola, quería checar lo de la boda"), which the FAQ
 * meets with one confident entry: never that entry as if sure, but a question back or choices (issue 61, set 48's es
 * 3.1, pt 2.1, pt 3.1; new sentences in the seven languages and their regional wordings, not the set's). A real
 * question about a named topic keeps its answer.
 */
class VagueOpenerLanguagesTest {

    private static final FaqMatch PRICE = new FaqMatch(8, "What does a booking cost?", "From 40 EUR.", 0.7);
    private static final FaqMatch DEPOSIT = new FaqMatch(9, "Is there a deposit?", "Yes, 20 %.", 0.6);

    private static FakeSearch faq(String found) {
        return new FakeSearch().confidentOtherwise(new FaqMatch(7, found, "The answer.", 0.8), PRICE, DEPOSIT);
    }

    private static Decision first(String language, String text, String found) {
        Locale lang = Locale.forLanguageTag(language);
        return new DialogueFlow(faq(found), DialogueState.fresh(Locale.ENGLISH).withLanguage(lang)).says(text);
    }

    /** Whether the web chat's one step (before the conversation is read) answers the message. */
    private static boolean answeredInOneStep(String language, String text, String found) {
        FakeSearch search = faq(found);
        return new DialoguePolicy(search, search, search, search.acts).prepare(text, Locale.forLanguageTag(language))
                .answer().isPresent();
    }

    /**
     * Openers that announce a question, or a topic and nothing about it, answered by the FAQ with an entry that
     * shares the topic's word where there is one: a question back or choices, never the entry alone.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en    | hi there i need some info                               | What are your opening hours?
            en    | quick one                                               | What are your opening hours?
            en    | morning, just wanted to check something                 | What are your opening hours?
            en    | hey so it's about my order                              | Where is my order?
            en-GB | hiya, it's regarding the do for my brother's wedding    | Can you cater a wedding?
            en    | hello i was wondering about something                   | What are your opening hours?
            en-AU | g'day, need a bit of help                               | What are your opening hours?
            en    | good afternoon, i'm enquiring about the party           | Do you host parties?
            en    | hello, so about the delivery                            | When does the delivery come?
            en    | hi it's to do with my invoice                           | Can I get an invoice?
            en    | evening, could i get some information                   | What are your opening hours?
            en    | hi can you help me with something                       | What are your opening hours?
            en    | hey it's about the water at my house                    | Do you deliver water?
            de    | hallo ich bräuchte mal eine info                        | Wann habt ihr offen?
            de    | guten tag, ich wollte nur kurz was abklären             | Wann habt ihr offen?
            de    | moin, es geht um meine bestellung                       | Wo ist meine Bestellung?
            de    | hallo zusammen, es handelt sich um die lieferung        | Wann kommt die Lieferung?
            de    | tag, geht um die rechnung                               | Bekomme ich eine Rechnung?
            de    | hallo ich hab da ein anliegen                           | Wann habt ihr offen?
            de    | guten abend, ich hätte gern eine auskunft               | Wann habt ihr offen?
            de    | hi, ich wollte mich mal erkundigen                      | Wann habt ihr offen?
            de-AT | servus, wegen der hochzeit von meiner schwester         | Macht ihr auch Hochzeiten?
            de-AT | grüß gott, i hätt a frag                                | Wann habt ihr offen?
            de-CH | grüezi, ich hett e frog                                 | Wann habt ihr offen?
            de-CH | grüezi mitenand, es gaht um mini bstellig              | Wo ist meine Bestellung?
            de    | hallo, ich melde mich wegen dem wasser bei uns zuhause  | Liefert ihr Wasser?
            fr    | bonsoir, j'aurais besoin d'un renseignement             | Quels sont vos horaires ?
            fr    | bonjour, je voulais vérifier quelque chose              | Quels sont vos horaires ?
            fr    | allô, c'est au sujet de ma commande                     | Où est ma commande ?
            fr    | bonjour c'est pour le mariage de ma soeur               | Faites-vous les mariages ?
            fr    | salut, je me demandais un truc                          | Quels sont vos horaires ?
            fr    | bonjour, je viens pour une information                  | Quels sont vos horaires ?
            fr-BE | bonjour, c'est par rapport à la livraison               | Quand arrive la livraison ?
            fr-CH | bonjour, c'est concernant la facture                    | Puis-je avoir une facture ?
            fr-CA | allo, j'ai une tite question                            | Quels sont vos horaires ?
            fr-CA | bonjour, c'est rapport à l'eau chez nous                | Livrez-vous de l'eau ?
            fr    | bonjour, je voudrais savoir une chose                   | Quels sont vos horaires ?
            fr-CI | bonjour, je vous écris pour une préoccupation           | Quels sont vos horaires ?
            fr    | bonjour, pouvez-vous m'aider                            | Quels sont vos horaires ?
            it    | salve, mi servirebbe un'informazione                    | Quali sono gli orari?
            it    | ciao, domanda veloce                                    | Quali sono gli orari?
            it    | buonasera, è per il mio ordine                          | Dov'è il mio ordine?
            it    | ciao, volevo verificare una cosa                        | Quali sono gli orari?
            it    | salve, riguardo al matrimonio di mia sorella            | Fate anche matrimoni?
            it    | ciao, ho bisogno di un'info                             | Quali sono gli orari?
            it    | salve, scrivo per la consegna                           | Quando arriva la consegna?
            it    | buongiorno, è per via della fattura                     | Fate fattura?
            it    | ciao, una curiosità                                     | Quali sono gli orari?
            it    | buonasera, si tratta della prenotazione                 | Come prenoto?
            it    | buongiorno, vi contatto per l'acqua di casa             | Consegnate acqua?
            it    | salve, mi potete aiutare                                | Quali sono gli orari?
            es    | hola, tengo una pregunta                                | ¿Cuál es el horario?
            es    | buenas tardes, necesito información                     | ¿Cuál es el horario?
            es    | hola, es sobre mi pedido                                | ¿Dónde está mi pedido?
            es    | buenas, quería consultarles algo                        | ¿Cuál es el horario?
            es    | hola, es que quería saber una cosa                      | ¿Cuál es el horario?
            es-MX | qué onda, quería checar algo del cumple de mi hijo      | ¿Hacen fiestas de cumpleaños?
            es-MX | hola, ocupo información                                 | ¿Cuál es el horario?
            es-MX | buen día, oiga es por lo del agua de la casa            | ¿Reparten agua?
            es-AR | hola che, una consulta por el envío                     | ¿Cuánto tarda el envío?
            es-CO | quiubo, es acerca de la reserva                         | ¿Cómo hago una reserva?
            es    | buenas, es respecto a la factura                        | ¿Dan factura?
            es    | hola, vengo a preguntar por la entrega                  | ¿Cuándo llega la entrega?
            es-CL | hola, necesito saber algo                               | ¿Cuál es el horario?
            es    | hola, me pueden ayudar                                  | ¿Cuál es el horario?
            pt    | bom dia, tenho uma dúvida                               | Qual é o horário?
            pt    | olá, preciso de ajuda                                   | Qual é o horário?
            pt    | boa tarde, queria uma informação                        | Qual é o horário?
            pt-BR | oi, é sobre o meu pedido                                | Onde está o meu pedido?
            pt    | boa noite, é por causa da encomenda                     | Onde está a minha encomenda?
            pt-BR | olá, gostaria de saber uma coisa                        | Qual é o horário?
            pt-BR | oi gente, uma pergunta rápida                           | Qual é o horário?
            pt    | bom dia, venho por causa da fatura                      | Passam fatura?
            pt    | olá, é referente à entrega                              | Quando chega a entrega?
            pt-BR | oi, queria tirar uma dúvida                             | Qual é o horário?
            pt-PT | boa tarde, estou a contactar por causa da reserva       | Como faço uma reserva?
            pt-AO | boa tarde mano, preciso de saber uma coisa              | Qual é o horário?
            pt    | bom dia, é relativamente ao casamento da minha irmã     | Fazem casamentos?
            pt-BR | olá, queria verificar uma coisa                         | Qual é o horário?
            pt-AO | boa noite, é por causa da luz lá de casa                | Fornecem geradores?
            nl    | hallo ik heb een vraag                                  | Wat zijn de openingsuren?
            nl    | hoi, snelle vraag                                       | Wat zijn de openingsuren?
            nl    | goedemiddag, ik zou graag wat informatie willen         | Wat zijn de openingsuren?
            nl    | hey, het gaat over mijn bestelling                      | Waar is mijn bestelling?
            nl-BE | dag, ik wou iets navragen                               | Wat zijn de openingsuren?
            nl-BE | goeiemorgen, het is in verband met de levering          | Wanneer komt de levering?
            nl    | hallo, ik wilde even iets checken                       | Wat zijn de openingsuren?
            nl    | hoi, ik heb info nodig                                  | Wat zijn de openingsuren?
            nl    | dag, het gaat om de bruiloft van mijn zus               | Doen jullie bruiloften?
            nl-SR | fawaka, ik wil iets vragen                              | Wat zijn de openingsuren?
            nl    | hallo, betreft de factuur                               | Krijg ik een factuur?
            nl    | goedenavond, even een vraagje                           | Wat zijn de openingsuren?
            nl-SR | goedemiddag, het is vanwege het water bij ons thuis     | Leveren jullie water?
            nl    | hallo, kunnen jullie mij helpen                         | Wat zijn de openingsuren?
            """)
    void anOpenerThatAsksNothingGetsNoEntryAsIfSure(String language, String text, String found) {
        Decision d = first(language, text, found);
        assertThat(d.main()).as(text + " -> " + d.main()).isNotInstanceOf(Action.FaqAnswer.class)
                .isNotInstanceOf(Action.Handoff.class).isNotInstanceOf(Action.OfferPerson.class);
        assertThat(answeredInOneStep(language, text, found)).as(text + ": answered in one step").isFalse();
    }

    /** A question about a named topic, or a message that says what it wants of it, keeps its answer. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en    | how much is the wedding package                         | How much is the wedding package?
            en    | do you deliver water on sundays                         | Do you deliver water on Sundays?
            en    | hi, can i change the delivery address                   | Can I change the delivery address?
            en    | i want to cancel my order                               | How do I cancel my order?
            de    | was kostet das hochzeitspaket                           | Was kostet das Hochzeitspaket?
            de    | liefert ihr wasser auch am sonntag                      | Liefert ihr Wasser am Sonntag?
            de-AT | servus, kann ich die lieferadresse ändern               | Kann ich die Lieferadresse ändern?
            de-CH | grüezi, ich möchte meine bestellung stornieren          | Wie storniere ich meine Bestellung?
            fr    | combien coûte le forfait mariage                        | Combien coûte le forfait mariage ?
            fr    | vous livrez l'eau le dimanche                           | Livrez-vous l'eau le dimanche ?
            fr-BE | bonjour, je voudrais annuler ma commande                | Comment annuler ma commande ?
            fr-CA | allo, je peux changer l'adresse de livraison            | Puis-je changer l'adresse de livraison ?
            it    | quanto costa il pacchetto matrimonio                    | Quanto costa il pacchetto matrimonio?
            it    | consegnate l'acqua anche la domenica                    | Consegnate l'acqua la domenica?
            it    | ciao, vorrei disdire il mio ordine                      | Come disdico un ordine?
            it    | buongiorno, posso cambiare l'indirizzo di consegna      | Posso cambiare l'indirizzo di consegna?
            es    | cuánto cuesta el paquete de boda                        | ¿Cuánto cuesta el paquete de boda?
            es-MX | reparten agua los domingos                              | ¿Reparten agua los domingos?
            es    | hola, quiero cancelar mi pedido                         | ¿Cómo cancelo mi pedido?
            es-AR | che, puedo cambiar la dirección de entrega              | ¿Puedo cambiar la dirección de entrega?
            pt    | quanto custa o pacote de casamento                      | Quanto custa o pacote de casamento?
            pt-AO | vocês entregam água ao domingo                          | Entregam água ao domingo?
            pt-BR | oi, quero cancelar meu pedido                           | Como cancelo meu pedido?
            pt-PT | bom dia, posso alterar a morada de entrega              | Posso alterar a morada de entrega?
            nl    | wat kost het trouwpakket                                | Wat kost het trouwpakket?
            nl-BE | leveren jullie water op zondag                          | Leveren jullie water op zondag?
            nl    | hallo, ik wil mijn bestelling annuleren                 | Hoe annuleer ik mijn bestelling?
            nl-SR | kan ik het bezorgadres wijzigen                         | Kan ik het bezorgadres wijzigen?
            """)
    void aQuestionAboutANamedTopicIsAnswered(String language, String text, String found) {
        Decision d = first(language, text, found);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.FaqAnswer.class);
    }
}
