package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The act classes the round-7 act probes and the fourth judged set missed (issues 61 and 62), in new sentences of
 * every shipped language and its regions: a thanks with "that's all I needed" or a compliment around it, a question
 * about the bot that offers two answers, a goodbye in regional words, a person named by their role or reached by
 * phone, "that doesn't help" with words around it, a greeting that announces a question. Questions that share their
 * words stay questions.
 */
class ActClassesOtherWordsTest {

    /** As {@link RegionalWordingTest#reading}: a person, the act alone, or a question. */
    static String reading(String text, Locale language) {
        return RegionalWordingTest.reading(text, language);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | vielen Dank, genau das wollte ich wissen             | thanks
            de | danke dir, mehr brauchte ich nicht                   | thanks
            es | gracias, justo lo que buscaba                        | thanks
            es | mil gracias, eso era lo que quería saber             | thanks
            fr | merci, c'est exactement ce que je voulais savoir     | thanks
            fr | super merci, c'est tout ce que je voulais            | thanks
            it | grazie, era esattamente quello che volevo sapere     | thanks
            it | ok grazie, mi serviva solo questo                    | thanks
            pt | obrigada, era mesmo isso que eu precisava            | thanks
            pt | ok obrigado, é tudo o que precisava de saber         | thanks
            nl | dank je, dat is precies wat ik zocht                 | thanks
            nl | merci, dat was alles wat ik wilde weten              | thanks
            de | danke, sehr nett                                     | thanks
            de | vielen Dank, total hilfreich                         | thanks
            es | gracias, muy claro                                   | thanks
            es | mil gracias, súper amable                            | thanks
            fr | merci, très gentil                                   | thanks
            fr | merci beaucoup, c'est très clair                     | thanks
            it | grazie, chiarissimo                                  | thanks
            it | grazie, molto gentile                                | thanks
            pt | obrigado, muito claro                                | thanks
            pt | obrigada, muito simpático                            | thanks
            nl | bedankt, heel duidelijk                              | thanks
            nl | dank je, super vriendelijk                           | thanks
            en | thanks, very clear                                   | thanks
            en | thank you, that's very kind of you                   | thanks
            en | thanks, is it clear when the parcel arrives?         | question
            de | danke, wie lange habt ihr heute offen?               | question
            fr | merci, et c'est gentil de livrer le samedi ?         | question
            nl | bedankt, is de winkel zaterdag open?                 | question
            """)
    void aThanksWithWhatClosesOrPraisesIsAThanks(String language, String text, String expected) {
        assertThat(reading(text, Locale.forLanguageTag(language))).as(language + ": " + text).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | ist das ein Mensch oder ein Programm?                       | bot
            de | schreibt da ein echter Mensch oder ist das automatisch?     | bot
            es | ¿eres una persona o una máquina?                            | bot
            es | ¿me contesta una persona de verdad o es automático?         | bot
            fr | vous êtes un humain ou une machine ?                        | bot
            fr | c'est un programme qui me répond ?                          | bot
            it | è una persona vera che risponde o è automatico?             | bot
            it | sei un umano o un programma?                                | bot
            pt | estou a falar com alguém a sério ou é automático?           | bot
            pt | é uma pessoa real que responde?                             | bot
            nl | is dit een mens of een programma?                           | bot
            nl | antwoordt hier een echte persoon of is het automatisch?     | bot
            de | ich will mit einem echten Menschen sprechen                 | person
            es | quiero hablar con una persona de verdad                     | person
            fr | je veux parler à un humain                                  | person
            pt | quero falar com uma pessoa a sério                          | person
            nl | ik wil een echte mens spreken                               | person
            """)
    void aQuestionAboutTheBotWithTwoAnswersIsAboutTheBot(String language, String text, String expected) {
        assertThat(reading(text, Locale.forLanguageTag(language))).as(language + ": " + text).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | órale, nos vemos                          | bye
            es | va, hasta luego                           | bye
            es | chao, que te vaya bien                    | bye
            it | ok ci vediamo, buona giornata             | bye
            it | allora ci sentiamo, ciao                  | bye
            nl | ajuu, tot kijk                            | bye
            nl | salu, tot later                           | bye
            de | tschau zäme                               | bye
            de | servus, bis dann                          | bye
            fr | allez, à la revoyure                      | bye
            fr | tcho, bonne soirée                        | bye
            pt | xau, fica bem                             | bye
            pt | até amanhã, obrigada                      | bye
            it | ci vediamo sabato per il ritiro?          | question
            es | ¿nos vemos en la tienda a las cinco?      | question
            """)
    void aRegionalGoodbyeIsAGoodbye(String language, String text, String expected) {
        assertThat(reading(text, Locale.forLanguageTag(language))).as(language + ": " + text).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | könnte ich kurz mit dem Schneider reden?           | person
            de | kann ich den Meister ans Telefon bekommen?         | person
            es | ¿puedo hablar con el mecánico?                     | person
            es | pásame con alguien de la tienda                    | person
            fr | je peux parler avec le technicien ?                | person
            fr | pouvez-vous me passer la vendeuse ?                | person
            it | vorrei parlare con il meccanico                    | person
            it | mi passate la segreteria per favore?               | person
            pt | posso falar com o mecânico?                        | person
            pt | pode pedir à professora para me telefonar?         | person
            nl | kan ik de technieker aan de lijn krijgen?          | person
            nl | mag ik even met de kapper zelf praten?             | person
            de | kann ich mit Karte zahlen?                         | question
            es | ¿puedo pagar con tarjeta?                          | question
            fr | je peux payer avec la carte ?                      | question
            it | posso pagare con il bancomat?                      | question
            pt | posso pagar com o cartão?                          | question
            nl | kan ik met de kaart betalen?                       | question
            es | ¿me pueden poner una tarjeta con el regalo?        | question
            es | ¿me pueden pasar con alguien de ventas?            | person
            de | kann ich mit dem Handy telefonieren?               | question
            nl | kan ik met de gsm bellen naar het buitenland?      | question
            pt | como me ligar à rede wifi da loja?                 | question
            fr | je voudrais parler de ma commande                  | question
            """)
    void aPersonNamedByTheirRoleOrReachedByPhoneIsARequestForAPerson(String language, String text, String expected) {
        assertThat(reading(text, Locale.forLanguageTag(language))).as(language + ": " + text).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | that doesn't help me at all, honestly          | not_helped
            de | das bringt mich jetzt echt nicht weiter        | not_helped
            de | damit komme ich leider nicht weiter            | not_helped
            es | eso no me aclara nada                          | not_helped
            es | no me sirvió para nada, la verdad              | not_helped
            fr | ça ne m'avance pas du tout, franchement        | not_helped
            fr | ça m'aide pas vraiment                         | not_helped
            it | non mi aiuta per niente, davvero               | not_helped
            it | non mi è stato utile, sinceramente             | not_helped
            pt | isso não me adiantou nada                      | not_helped
            pt | não me ajudou mesmo nada                       | not_helped
            nl | daar ben ik niets mee                          | not_helped
            nl | dat helpt me echt niet verder                  | not_helped
            nl | daar heb ik eerlijk gezegd niks aan            | not_helped
            """)
    void thatDidNotHelpWithWordsAroundIt(String language, String text, String expected) {
        assertThat(reading(text, Locale.forLanguageTag(language))).as(language + ": " + text).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            nl | hallo, ik zit met een vraag                | greeting
            nl | dag, ik had een vraagje                    | greeting
            de | Grüezi, ich hätte eine Frage               | greeting
            es | buenas, una consultita                     | greeting
            fr | bonjour, j'aurais une question             | greeting
            it | salve, avrei una domandina                 | greeting
            pt | olá, tinha uma questão                     | greeting
            """)
    void aGreetingThatOnlyAnnouncesAQuestionIsAGreeting(String language, String text, String expected) {
        assertThat(reading(text, Locale.forLanguageTag(language))).as(language + ": " + text).isEqualTo(expected);
    }

    /** The same classes inside a greeting or a sign-off (issue 61, item 6), in the regions' words. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pt | boas, estou a falar com alguém a sério ou é um robô? | bot
            pt | olá boa tarde, obrigado, era mesmo isso que eu precisava | thanks
            de | Grüezi, sind Sie ein Mensch oder ein Programm? | bot
            de | servus, danke, total hilfreich, pfiat di | thanks
            es | hola buenas, ¿me contesta una persona de verdad o es automático? | bot
            es | buenas, gracias, justo lo que buscaba, hasta luego | thanks
            fr | bonjour, vous êtes un humain ou une machine ? | bot
            fr | merci, c'est exactement ce que je voulais savoir, bonne journée | thanks
            it | ciao, sei un umano o un programma? | bot
            it | buonasera, grazie, chiarissimo | thanks
            nl | dag, is dit een mens of een programma? | bot
            nl | hallo, bedankt, dat is precies wat ik zocht, salu | thanks
            en | hi there, is this a real person or a bot? | bot
            """)
    void theClassesInsideAGreetingOrASignOff(String language, String text, String expected) {
        assertThat(reading(text, Locale.forLanguageTag(language))).as(language + ": " + text).isEqualTo(expected);
    }
}
