package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The time of day a customer who wants a call back prefers, as written, with the day named just before it; none
 * where the message names a duration, an amount or only a day, and never the phone number's digits. Sentences
 * written for this test.
 */
class CallbackTimeTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | please ring me back on 0161 496 0999 after 6 if you can       | after 6
            en | call me on 07700 900123 tomorrow morning                       | tomorrow morning
            de | ruft mich unter 0171 234 5678 an, gern zwischen 12 und 14 Uhr  | zwischen 12 und 14 Uhr
            de | bitte Rückruf unter 040 123 456 78, aber erst nach fünf        | nach fünf
            es | llámenme al 611 222 333 a las 8 de la noche                   | a las 8 de la noche
            fr | rappelez-moi au 07 11 22 33 44 en fin de journée               | en fin de journée
            fr | rappelez moi au 06 44 55 66 77 vers 14h30                      | vers 14h30
            it | richiamatemi al 340 111 2222 nel pomeriggio                    | nel pomeriggio
            nl | kunnen jullie me terugbellen op 06 5566 7788 na achten         | na achten
            nl | bel me op 010 123 4567 om 9 uur                                | om 9 uur
            pt | liguem-me para o 917 222 333 depois das 19h                    | depois das 19h
            nl | bel me terug op 06 4455 6677 om 17u                           | om 17u
            en | ring me back on 0161 496 0777 by 5 pm                          | by 5 pm
            es | llámenme al 611 444 555 el martes por la tarde                | martes por la tarde
            pt | liguem-me para o 912 345 678 amanhã, depois das 15h           | amanhã, depois das 15h
            de | bitte Rückruf unter 0171 999 8888, am Freitag nach 16 Uhr     | Freitag nach 16 Uhr
            en | call me on 07700 900555 on thursday, any time after 2          | thursday, any time after 2
            nl | bel me op 06 1122 3344 morgen na achten                       | morgen na achten
            fr | rappelez-moi au 06 12 34 56 78 demain en fin de journée       | demain en fin de journée
            it | richiamatemi al 347 123 4567 domani nel pomeriggio            | domani nel pomeriggio
            en | I ordered on monday. call me on 07700 900777 after 5            | after 5
            en | saturday my sister said you were helpful so call me on 07700 900888 after 5 | after 5
            es | que me llamen al 622 100 200 de 4 a 6, antes estoy en el taller | de 4 a 6
            es | llámeme al 633 700 800 de diez a doce, que luego salgo          | de diez a doce
            pt | me liga no (11) 98888-1234 das 2 às 4, de manhã não posso      | das 2 às 4
            fr | rappelez-moi au 06 22 33 44 55 de 9h à 11h, après je travaille  | de 9h à 11h
            de | Rückruf bitte unter 0171 555 6666 von 13 bis 15 Uhr            | von 13 bis 15 Uhr
            nl | bel me terug op 06 3344 5566 van 10 tot 12, daarna ben ik weg   | van 10 tot 12
            """)
    void thePreferredTimeAsWritten(String language, String message, String time) {
        Locale lang = Locale.forLanguageTag(language);
        Optional<String> phone = CallbackNumber.in(message, lang);
        assertThat(phone).as("the number").isPresent();

        assertThat(CallbackTime.in(message, phone, lang)).as(message).contains(time);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | call me back on 07700 900461, it's been 3 days
            en | ring me on 0161 496 0000 about order 12 from 2 weeks ago
            de | ruft mich bitte zurück, 0176 111 2222, seit 2 Wochen warte ich
            es | llámenme al 622 333 444, pagué hace 3 días
            fr | rappelez-moi au 06 10 20 30 40, j'attends depuis 2 semaines
            it | richiamatemi al 348 765 4321, aspetto da 5 giorni
            nl | bel me terug op 06 9988 7766, ik wacht al 2 weken
            pt | liguem-me para o 934 567 890, estou à espera há 10 dias
            es | llámenme al 644 555 666, el pedido tarda de 3 a 5 días
            nl | bel me op 06 7788 9900, het duurt van 2 tot 3 weken
            en | call me back on 07700 900999 tomorrow please
            es | llámenme el lunes al 622 111 999
            """)
    void noTimeOfDay(String language, String message) {
        Locale lang = Locale.forLanguageTag(language);
        Optional<String> phone = CallbackNumber.in(message, lang);

        assertThat(CallbackTime.in(message, phone, lang)).as(message).isEmpty();
    }
}
