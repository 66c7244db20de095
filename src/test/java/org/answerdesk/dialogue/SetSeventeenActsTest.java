package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Set 17's acts missed (issue 61 items 6-8, issue 62 item 3; docs/dialogue.md, "acts9"), in new sentences in every
 * shipped language: a person asked for with "one of you" or "someone real", a callback with a number in any form of
 * calling, "person or machine?" in regional spellings, a goodbye of known words the closed forms do not read whole,
 * and anger said by doubled exclamation marks.
 */
class SetSeventeenActsTest {

    private static DialogueFlow afterAnAnswer(String language, FakeSearch search) {
        Locale lang = Locale.forLanguageTag(language);
        search.confident(Cleanup.forLookup("where is my order?", lang), FakeSearch.ORDER);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        assertThat(flow.says("where is my order?").main()).isInstanceOf(Action.FaqAnswer.class);
        return flow;
    }

    /**
     * Talking "with one of you", or with someone real whatever the noun after it: a request for a person, whatever the
     * verb, and a person word in a regional spelling ("mönsch") counts.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | let me chat with a real employee, now
            en | can i chat with one of youse please
            de | i möcht jetzt mit eme richtige mönsch schwätze
            de | i wett mit eme vo eich telefoniere
            fr | chu tanné, j'veux jaser avec un de vous autres
            it | voglio chiacchierare con uno di voi, subito
            es | quiero charlar con uno de ustedes ya mismo
            nl | mag ik efkes babbelen met ene van ulder?
            pt | quero trocar uma ideia com um de vocês, pode ser?
            """)
    void aPersonAskedForWithOneOfYouOrSomeoneReal(String language, String text) {
        assertThat(PersonRequest.asksForPerson(text, Locale.forLanguageTag(language))).as(text).isTrue();
        DialogueFlow flow = afterAnAnswer(language, new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD,
                FakeSearch.SHIPPING));
        assertThat(flow.says(text).main().handsOver()).as(text).isTrue();
    }

    /** A phone number and a word of calling in a form the lists do not have (a particle or prefix in front). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | could you phone me back on 07700 900123 after lunch
            de | tüend Si mi bitte zrugglüte, 076 555 12 12
            fr | vous pouvez me retéléphoner? 06 12 34 56 78
            it | mi potete ritelefonare? 347 123 4567
            es | me pueden rellamar? 612 34 56 78
            nl | kunnen jullie mij even nabellen? 0470 12 34 56
            pt | podem-me religar? 912 345 678
            """)
    void aCallbackWithANumberInAnyFormOfCalling(String language, String text) {
        DialogueFlow flow = afterAnAnswer(language, new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD,
                FakeSearch.SHIPPING));
        Decision d = flow.says(text);
        assertThat(d.main().handsOver()).as(text + " -> " + d.main()).isTrue();
    }

    /** "Person or machine?" with a person or machine word in a regional spelling: the bot's answer, no handover. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | u a person or a computor?
            de | isch das e mänsch oder e roboter?
            fr | est-ce une personne ou une machene ?
            it | si umanu o machina?
            es | eres humanu o una máquina?
            nl | ben jij een mens of een computor?
            pt | vc é humanu ou robo?
            """)
    void personOrMachineInARegionalSpellingIsTheBotQuestion(String language, String text) {
        FakeSearch search = new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH)
                .withLanguage(Locale.forLanguageTag(language)));
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.ActReply.class);
        assertThat(((Action.ActReply) d.main()).act()).isEqualTo(Act.BOT);
        assertThat(flow.state().handedOver()).isFalse();
    }

    /**
     * After an answer, a goodbye made only of words the act lexicons know is the goodbye, never choices; a word that
     * greets and leaves ("salut", "adieu") at its end leaves. On main only French fails (its "tout").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | ok then, see ya real soon, bye
            de | also denn, bis ganz bald, tschüss
            fr | bon, à tout bientôt, salut
            fr | merci, à tout de suite, adieu
            it | allora a prestissimo, ciao
            es | bueno, hasta muy pronto, chao
            nl | oké, tot heel gauw, doei
            pt | pronto, até muito breve, adeus
            """)
    void aGoodbyeOfKnownWordsIsTheGoodbye(String language, String text) {
        DialogueFlow flow = afterAnAnswer(language, new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD,
                FakeSearch.SHIPPING));
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.ActReply.class);
    }

    /** A goodbye alone as the first message greets: several regions say hello and goodbye with one word. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | bye
            de | servus
            fr | adieu
            it | ciao
            es | chao
            nl | salu
            pt | tchau
            """)
    void aGoodbyeAsTheFirstMessageGreets(String language, String text) {
        DialogueFlow flow = new DialogueFlow(new FakeSearch(), DialogueState.fresh(Locale.ENGLISH)
                .withLanguage(Locale.forLanguageTag(language)));
        Decision d = flow.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.ActReply.class);
        assertThat(((Action.ActReply) d.main()).act()).as(text).isEqualTo(Act.GREETING);
    }

    /**
     * Doubled exclamation marks with a question: anger. Covered confidently: the apology, the answer and the offer of
     * a person in one reply; unsure: the apology, the choices and the offer.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | been waiting at the door for half an hour!! where is the driver??
            de | scho wieder isch nüt cho!! wo blibt mis paket??
            fr | ça fait deux semaines!! il est où mon colis??
            it | aspetto da due settimane!! dov'è finito il pacco??
            es | llevo dos semanas esperando!! dónde está mi pedido??
            nl | al twee weken wachten!! waar blijft mijn pakket??
            pt | já lá vão duas semanas!! onde está a minha encomenda??
            """)
    void angerByExclamationGetsTheApologyWithTheAnswerOrTheChoices(String language, String text) {
        Locale lang = Locale.forLanguageTag(language);
        DialogueFlow sure = new DialogueFlow(new FakeSearch().confidentOtherwise(FakeSearch.ORDER),
                DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        Decision d = sure.says(text);
        assertThat(d.main()).as(text + " -> " + d.main()).isInstanceOf(Action.OfferPerson.class);
        Action.OfferPerson offer = (Action.OfferPerson) d.main();
        assertThat(offer.why()).isEqualTo(Action.OfferPerson.Why.UPSET);
        assertThat(offer.answer()).as(text).isNotNull();
        DialogueFlow unsure = new DialogueFlow(new FakeSearch().unsureOtherwise(FakeSearch.ORDER, FakeSearch.SHIPPING),
                DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        Decision u = unsure.says(text);
        assertThat(u.main()).as(text + " -> " + u.main()).isInstanceOf(Action.OfferPerson.class);
        assertThat(((Action.OfferPerson) u.main()).choices()).as(text).isNotEmpty();
    }

    /**
     * After the apology and the offer, a calm question the FAQ finds off its topic gets its own reply (not a
     * complaint handed over).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | been waiting at the door for half an hour!! where is the driver?? | btw is the road over the pass open today?
            de | scho wieder isch nüt cho!! wo blibt mis paket??              | weisch du, wenn dr 12er bus vom bahnhof fahrt?
            fr | ça fait deux semaines!! il est où mon colis??                | sinon vous savez si la route du col est ouverte?
            it | aspetto da due settimane!! dov'è finito il pacco??           | già che ci sei, sai se la strada del passo è aperta?
            es | llevo dos semanas esperando!! dónde está mi pedido??         | oye, ¿sabes a qué hora pasa el camión al centro?
            nl | al twee weken wachten!! waar blijft mijn pakket??            | weet u toevallig hoe laat de bus naar het station gaat?
            pt | já lá vão duas semanas!! onde está a minha encomenda??       | já agora, sabe se o comboio para Sintra está a circular?
            """)
    void aCalmQuestionAfterTheAngryOfferIsAsked(String language, String angry, String question) {
        Locale lang = Locale.forLanguageTag(language);
        FakeSearch search = new FakeSearch().unsureOtherwise(FakeSearch.PASSWORD, FakeSearch.SHIPPING)
                .offTopic(Cleanup.forLookup(Acts.read(question, lang).question(), lang), FakeSearch.SHIPPING)
                .offTopic(Cleanup.forLookup(question, lang), FakeSearch.SHIPPING);
        DialogueFlow flow = new DialogueFlow(search, DialogueState.fresh(Locale.ENGLISH).withLanguage(lang));
        Decision first = flow.says(angry);
        assertThat(first.main()).as(angry + " -> " + first.main()).isInstanceOf(Action.OfferPerson.class);
        Decision d = flow.says(question);
        assertThat(d.main().handsOver()).as(question + " -> " + d.main()).isFalse();
    }

    /**
     * The reply that shows an angry customer choices opens with the apology and closes with the offer of a person
     * (the renderer joins these texts): each is in every shipped language's bundle.
     */
    @ParameterizedTest
    @CsvSource({"en", "de", "fr", "it", "es", "nl", "pt"})
    void theApologyWithChoicesIsInEveryLanguage(String language) throws Exception {
        String file = "/texts/messages" + (language.equals("en") ? "" : "_" + language) + ".properties";
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream(file)) {
            texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : new String[] {"conversation.anger-sorry", "conversation.anger-choices",
                "conversation.anger-offer-after-choices", "conversation.anger-offer-after-answer"}) {
            assertThat(texts.getProperty(key)).as(language + " " + key).isNotBlank();
        }
    }

    /** Eager exclamation marks, and "with" and "real" about things: no anger, no request for a person. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | thanks a lot!! you're the best
            en | perfect, exactly what I needed!!
            en | can I pay with one of your gift cards?
            en | I want to talk about a real problem with my order
            de | wow, das ging schnell!!
            de | kann ich mit einer echten kreditkarte zahlen?
            fr | super, merci beaucoup!!
            it | fantastico, grazie mille!!
            es | genial, muchas gracias!!
            nl | top, heel erg bedankt!!
            pt | perfeito, muito obrigado!!
            en | just love these mugs!! do you ship to canada?
            de | die tassen sind so schön!! liefert ihr auch nach österreich?
            fr | trop beaux vos bols!! vous livrez en belgique?
            it | bellissime queste tazze!! spedite anche in svizzera?
            es | me encantan sus tazas!! envían a chile?
            nl | wat een mooie mokken!! leveren jullie ook in belgië?
            pt | adorei as canecas!! enviam para o brasil?
            """)
    void eagerOrAboutThingsIsNeitherAngerNorARequest(String language, String text) {
        Locale lang = Locale.forLanguageTag(language);
        assertThat(Mood.angry(text, lang)).as(text).isFalse();
        assertThat(PersonRequest.asksForPerson(text, lang)).as(text).isFalse();
    }
}
