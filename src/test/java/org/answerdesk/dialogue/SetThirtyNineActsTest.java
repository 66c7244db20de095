package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.answerdesk.retrieval.FaqMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sets 38 and 39's requests for a person missed (issue 62 item 3): asked in a language the shop ships no file for, a
 * real one asked for after a word of passing or sending, someone of the shop let to look at it. New sentences of each
 * class, on an FAQ that is unsure of everything.
 */
class SetThirtyNineActsTest {

    private static final FaqMatch PAYMENT = new FaqMatch(82, "How can I pay?", "Cash or card.", 0.8);

    private static DialogueFlow flow(String language) {
        return new DialogueFlow(new FakeSearch().unsureOtherwise(PAYMENT),
                DialogueState.fresh(Locale.forLanguageTag(language)));
    }

    /** A person asked for in a language no file is shipped for, in a conversation of a shipped one: handed over. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | nie rozumiem tego, chce porozmawiac z konsultantem prosze
            de | xin loi, cho em gap nhan vien duoc khong
            fr | ni hao, wo xiang zhao ren gong ke fu
            es | anlamadim, musteri temsilcisiyle konusmak istiyorum
            it | ne ponimayu, soedinite menya s operatorom pozhaluysta
            nl | maaf saya tidak mengerti, mau bicara dengan petugas
            pt | nu inteleg nimic, vreau sa vorbesc cu un operator
            en | jag förstår inte, kan jag prata med en människa
            de | mujhe kisi insaan se baat karni hai
            """)
    void aPersonAskedInAnUnshippedLanguageIsHandedOver(String language, String message) {
        Action main = flow(language).says(message).main();
        assertThat(main.handsOver()).as(message + " -> " + main).isTrue();
    }

    /** A real one asked for after a word of passing or sending, with or without where they work: handed over. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | this is going nowhere, put me through to a real one
            de | schick mir nen echten von der firma, bitte
            es | ya, mandame con alguien de la oficina porfa
            fr | laisse tomber, passe-moi une vraie du magasin
            it | basta, passatemi uno vero del negozio
            nl | laat maar, geef me een echte van de zaak
            pt | olha, passa pra um de verdade da loja
            """)
    void aRealOneAfterAWordOfPassingIsHandedOver(String language, String message) {
        Action main = flow(language).says(message).main();
        assertThat(main.handsOver()).as(message + " -> " + main).isTrue();
    }

    /** Someone of the shop let to look at the customer's case: handed over. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | honestly, let someone from your office have a look, that's quicker
            de | ach, lass mal jemand von der buchhaltung drüberschauen
            es | mejor deja que alguien de la oficina lo revise
            fr | bon, faites regarder quelqu'un du service, ce sera plus simple
            nl | laat even iemand van de administratie meekijken, graag
            pt | deixa alguém da loja dar uma olhada nisso
            """)
    void someoneLetToLookIsHandedOver(String language, String message) {
        Action main = flow(language).says(message).main();
        assertThat(main.handsOver()).as(message + " -> " + main).isTrue();
    }

    /** The same words about something else, or a shipped language's question: no person. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | can you send me to the page with the real ones, not the copies?
            de | lass mal, ich schau selbst nach
            es | mandame el enlace con la factura
            fr | passe-moi le lien du vrai catalogue
            nl | laat maar, ik kijk zelf wel
            pt | manda o link do produto de verdade
            it | noi vogliamo parlare del prezzo
            en | is the rice cooker made in china or in japan?
            """)
    void theSameWordsOfSomethingElseAskForNoOne(String language, String message) {
        Action main = flow(language).says(message).main();
        assertThat(main.handsOver()).as(message + " -> " + main).isFalse();
    }

    /** Someone wanted for a group, with the questions about it: the service booked, no handover. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | we are four beginners and want someone just for us for a morning, what does that cost?
            de | wir möchten jemand nur für uns drei, einen halben tag, was kostet das und wie buche ich?
            fr | on voudrait quelqu'un juste pour nous deux tout l'après-midi, c'est combien ?
            it | vorrei qualcuno solo per noi per due ore, quanto costa e come si prenota?
            es | quisiera alguien para nosotros solos toda la mañana, cuanto sale?
            nl | wij zijn met vijf en ik wil iemand voor ons groepje een hele dag, wat kost dat?
            pt | queria alguém só para nós numa tarde, quanto custa?
            """)
    void someoneForTheGroupIsNoRequest(String language, String message) {
        Action main = flow(language).says(message).main();
        assertThat(main.handsOver()).as(message + " -> " + main).isFalse();
    }

    /** Someone wanted for the customer alone, to talk to: still a request. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | je veux quelqu'un du service client maintenant
            it | voglio qualcuno del negozio, subito
            de | ich will jemanden vom kundendienst sprechen
            """)
    void someoneToTalkToStaysARequest(String language, String message) {
        Action main = flow(language).says(message).main();
        assertThat(main.handsOver()).as(message + " -> " + main).isTrue();
    }
}
