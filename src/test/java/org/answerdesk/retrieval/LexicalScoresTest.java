package org.answerdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class LexicalScoresTest {

    @Test
    void eachLanguageStemsDropsItsStopWordsAndFoldsAccents() {
        assertThat(LexicalAnalysis.forLanguage("de").apply("Wie funktioniert die Rücksendung?"))
                .containsExactly("funktioniert", "rucksendung");
        assertThat(LexicalAnalysis.forLanguage("de").apply("Ruecksendung")).isEqualTo(
                LexicalAnalysis.forLanguage("de").apply("Rücksendung"));
        // customers leave the accents out: the same terms, and "cuánto" / "cuanto" both stemmed alike
        assertThat(LexicalAnalysis.forLanguage("es").apply("cuanto cobrais por el envio"))
                .contains("cuant", "envi").doesNotContain("el", "por");
        assertThat(LexicalAnalysis.forLanguage("es").apply("¿Cuánto cuesta el envío?"))
                .containsExactly("cuant", "cuest", "envi");
        // elision: "l'inscription" is "inscription"
        assertThat(LexicalAnalysis.forLanguage("fr").apply("l'inscription")).isEqualTo(
                LexicalAnalysis.forLanguage("fr").apply("inscription"));
        assertThat(LexicalAnalysis.forLanguage("de-AT").apply("Pakete")).isEqualTo(
                LexicalAnalysis.forLanguage("de").apply("Paket"));
        assertThat(LexicalAnalysis.forLanguage("en").apply("the refunds")).containsExactly("refund");
        assertThat(LexicalAnalysis.forLanguage("xx").apply("Ça Va")).containsExactly("ca", "va");
        for (String tag : List.of("it", "pt", "nl")) {
            assertThat(LexicalAnalysis.forLanguage(tag).apply("PayPal")).containsExactly("paypal");
        }
    }

    @Test
    void anEntrySharingMoreOfTheQuestionsRareWordsScoresHigher() {
        LexicalScores scores = LexicalScores.over(List.of(
                List.of("Wie kann ich etwas zurückschicken?", "Rücksendung anmelden"),
                List.of("Wann bekomme ich mein Geld zurück?", "Erstattung dauert zu lange"),
                List.of("Was kostet der Versand?", "Wie lange dauert der Versand?")), LexicalAnalysis.forLanguage("de"),
                2);
        double[] s = scores.scores("wie funktioniert die rücksendung");
        assertThat(s[0]).isGreaterThan(0);
        assertThat(s[1]).isZero();
        assertThat(s[2]).isZero();
        // "dauert" is in two entries: it weighs less than "Versand" of one
        double[] d = scores.scores("dauert es");
        double[] v = scores.scores("versand");
        assertThat(d[1]).isGreaterThan(0).isLessThan(v[2]);
        assertThat(scores.scores("Wetter morgen")).isNull();
    }

    @Test
    void fusingRaisesTheProbabilityOfTheEntryThatSharesWordsAndLeavesAQuestionOfNoSharedWordAlone() {
        LexicalScores scores = LexicalScores.over(List.of(List.of("Rücksendung anmelden"), List.of("Passwort vergessen"),
                List.of("Gutschein einlösen")), LexicalAnalysis.forLanguage("de"), 3);
        double[] p = {0.5, 0.3, 0.2};
        scores.fuse("Passwort weg", p);
        assertThat(p[1]).isGreaterThan(0.5);
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
        double[] untouched = {0.5, 0.3, 0.2};
        scores.fuse("Wie wird das Wetter morgen?", untouched);
        assertThat(untouched).containsExactly(0.5, 0.3, 0.2);
        double[] none = {0.5, 0.3, 0.2};
        LexicalScores.NONE.fuse("Passwort", none);
        assertThat(none).containsExactly(0.5, 0.3, 0.2);
    }

    @Test
    void anIndexInGermanRanksTheEntryWhoseWordsTheQuestionSharesAfterStemmingAndFolding() {
        float[] same = {1, 0, 0, 0};
        List<FaqEntry> entries = List.of(
                new FaqEntry(1, "Passwort vergessen", "a", "", List.of(), List.of("Passwort vergessen")),
                new FaqEntry(2, "Rücksendung anmelden", "b", "", List.of(), List.of("Rücksendung anmelden")));
        List<FaqIndex.Phrasing> phrasings = List.of(new FaqIndex.Phrasing(1, "Passwort vergessen", same),
                new FaqIndex.Phrasing(2, "Rücksendung anmelden", same));
        String question = "wie gehen Ruecksendungen";
        FaqIndex german = FaqIndex.over(4, entries, phrasings).language("de").build();
        FaqIndex english = FaqIndex.over(4, entries, phrasings).build();
        assertThat(german.rank(question, same, 2).matches().get(0).entryId()).isEqualTo(2);
        // English keeps today's scoring: the same vectors and no shared surface word tie, the lower id first
        assertThat(english.rank(question, same, 2).matches().get(0).entryId()).isEqualTo(1);
        assertThat(german.rank(question, same, 2).confidence())
                .isGreaterThan(english.rank(question, same, 2).confidence());
    }

    /** The shop's own words, from what it gives: the keywords an owner filled in and the answers (issue 62). */
    @Test
    void anEntrysKeywordsAndTheWordsOfItsAnswerCountForItsLexicalScore() {
        float[] same = {1, 0, 0, 0};
        List<FaqEntry> entries = List.of(
                new FaqEntry(1, "Wie lange dauert eine Reparatur?", "Meist am selben Tag.", "", List.of(),
                        List.of("Wie lange dauert eine Reparatur?")),
                new FaqEntry(2, "Was kostet eine Inspektion?", "Die Inspektion kostet 59 €.", "",
                        List.of("Schlauch", "Fahrradcheck"), List.of("Was kostet eine Inspektion?")),
                new FaqEntry(3, "Kann ich in Raten zahlen?", "Ja, ab 300 € über die Santander Bank.", "",
                        List.of(), List.of("Kann ich in Raten zahlen?")));
        List<FaqIndex.Phrasing> phrasings = List.of(new FaqIndex.Phrasing(1, entries.get(0).question(), same),
                new FaqIndex.Phrasing(2, entries.get(1).question(), same),
                new FaqIndex.Phrasing(3, entries.get(2).question(), same));
        FaqIndex german = FaqIndex.over(4, entries, phrasings).language("de").build();
        // the same vectors everywhere: without the answer's word, the lower id would win
        assertThat(german.rank("geht santander", same, 3).matches().get(0).entryId()).isEqualTo(3);
        LexicalScores scores = FaqIndexBuild.lexical(phrasings, new int[] {0, 1, 2}, entries.toArray(FaqEntry[]::new),
                "de", FaqIndexBuild.NEAR_SHARE);
        assertThat(scores.scores("schlauch platt")).containsExactly(0, 1, 0);
    }

    /**
     * Issue 62: a customer's word the owner put only in an entry's keywords column (not in its question, phrasings or
     * answer) ranks that entry first, in every shipped language with a lexical score.
     */
    @Test
    void aQuestionSharingWordsOnlyWithAnEntrysKeywordsRanksItFirst() {
        float[] same = {1, 0, 0, 0};
        record Shop(String language, String keyword, String question) {
        }
        for (Shop shop : List.of(new Shop("de", "Sterilisation", "was kostet die sterilisation"),
                new Shop("es", "esterilización", "cuánto cuesta la esterilización"),
                new Shop("fr", "crevaison", "vous réparez une crevaison ?"),
                new Shop("it", "sterilizzazione", "quanto costa la sterilizzazione"),
                new Shop("pt", "portabilidade", "como funciona a portabilidade"),
                new Shop("nl", "inschrijving", "hoe werkt de inschrijving"))) {
            // the same vectors everywhere, so only the keyword can tell the entries apart: whichever has it wins
            for (long owner : new long[] {1, 3}) {
                List<FaqEntry> entries = new java.util.ArrayList<>();
                List<FaqIndex.Phrasing> phrasings = new java.util.ArrayList<>();
                for (long id = 1; id <= 3; id++) {
                    entries.add(new FaqEntry(id, "Q" + id, "A" + id, "",
                            id == owner ? List.of(shop.keyword()) : List.of(), List.of("Q" + id)));
                    phrasings.add(new FaqIndex.Phrasing(id, "Q" + id, same));
                }
                FaqIndex index = FaqIndex.over(4, entries, phrasings).language(shop.language()).build();
                assertThat(index.rank(shop.question(), same, 3).matches().get(0).entryId())
                        .as(shop.language()).isEqualTo(owner);
            }
        }
    }

    @Test
    void aWordOfTheAnswerCountsLessThanTheSameWordInThePhrasingsAndAWordTheAnswersShareIsLessRare() {
        LexicalScores scores = LexicalScores.over(List.of(List.of("Rücksendung anmelden"), List.of("Passwort vergessen"),
                        List.of("Gutschein einlösen"), List.of("Versand dauert")), LexicalAnalysis.forLanguage("de"), 3)
                .withAnswers(List.of("Rücksendung im Konto anmelden.", "Im Konto ein neues Passwort setzen.",
                        "Den Gutschein an der Kasse einlösen.", "Der Versand dauert zwei Tage."), 0.5);
        double[] s = scores.scores("Passwort im Konto");
        // "Konto" is in two answers only: each of them gets part of a word, "Passwort" (a phrasing's) more
        assertThat(s[1]).isGreaterThan(s[0]);
        assertThat(s[0]).isGreaterThan(0).isCloseTo(s[1] - scores.scores("Passwort")[1],
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s[2]).isZero();
        // "Gutschein" is in one entry's phrasing and answer alone; "Versand" too: both as rare as a word of one entry
        assertThat(scores.scores("Gutschein")[2]).isCloseTo(scores.scores("Versand")[3],
                org.assertj.core.data.Offset.offset(1e-9));
        LexicalScores plain = LexicalScores.over(List.of(List.of("Rücksendung Konto"), List.of("Passwort"),
                List.of("Gutschein")), LexicalAnalysis.forLanguage("de"), 3);
        LexicalScores spread = plain.withAnswers(List.of("", "Im Konto.", "Im Konto."), 0.5);
        // "Konto" of one entry's phrasing weighs less when the other entries' answers use it too
        assertThat(spread.scores("Konto")[0]).isLessThan(plain.scores("Konto")[0]);
    }

    /**
     * Issue 62, item 1: a customer's typed or dialect form of a word only one entry has (a typo, a compound's part, a
     * dialect's ending) ranks that entry first, in every shipped language with a lexical score; the same vectors
     * everywhere, so without the near word the lower id would win.
     */
    @Test
    void aQuestionWordNearAWordOnlyOneEntryHasRanksItFirst() {
        float[] same = {1, 0, 0, 0};
        record Shop(String language, String phrasing, String question) {
        }
        for (Shop shop : List.of(new Shop("de", "Gibt es ein Dienstrad-Leasing?", "geht dienstradl"),
                new Shop("es", "¿Hacéis presupuestos sin compromiso?", "quiero un presupusto"),
                new Shop("fr", "Proposez-vous la livraison à domicile ?", "c'est possible la livraizon ?"),
                new Shop("it", "Fate la manutenzione delle caldaie?", "serve la manutenzone"),
                new Shop("pt", "Aceitam pagamento com cartão?", "como é o pagamneto"),
                new Shop("nl", "Plaatsen jullie ook zonnepanelen?", "hoeveel kosten panelen"))) {
            for (long owner : new long[] {1, 3}) {
                List<FaqEntry> entries = new java.util.ArrayList<>();
                List<FaqIndex.Phrasing> phrasings = new java.util.ArrayList<>();
                for (long id = 1; id <= 3; id++) {
                    String text = id == owner ? shop.phrasing() : "Q" + id;
                    entries.add(new FaqEntry(id, text, "A" + id, "", List.of(), List.of(text)));
                    phrasings.add(new FaqIndex.Phrasing(id, text, same));
                }
                FaqIndex index = FaqIndex.over(4, entries, phrasings).language(shop.language()).build();
                assertThat(index.rank(shop.question(), same, 3).matches().get(0).entryId())
                        .as(shop.language() + ": " + shop.question()).isEqualTo(owner);
            }
        }
    }

    @Test
    void aNearWordCountsLessThanTheWordItselfAndOnlyWhereNoEntryHasTheQuestionsWord() {
        List<String> answers = List.of("a", "b", "c");
        LexicalScores scores = LexicalScores.inLanguage(List.of(List.of("Wann ist die Werkstatt geöffnet?"),
                        List.of("Macht ihr eine Inspektion?"), List.of("Gibt es ein Dienstrad-Leasing?")), "de",
                FaqIndexBuild.LEXICAL_WEIGHT, FaqIndexBuild.CONCEPT_SHARE)
                .withAnswers(answers, FaqIndexBuild.ANSWER_SHARE).withNearWords(FaqIndexBuild.NEAR_SHARE);
        double[] near = scores.scores("dienstradl");
        double[] exact = scores.scores("dienstrad");
        assertThat(near[2]).isPositive().isLessThan(exact[2]);
        assertThat(near[0]).isZero();
        assertThat(near[1]).isZero();
        // "inspektionen" is the entry's own word once stemmed: counted as shared, not near
        assertThat(scores.scores("inspektionen")[1]).isEqualTo(scores.scores("inspektion")[1]);
        // short words are never near: "rad" is not "dienstrad"'s part
        assertThat(scores.scores("rad")).isNull();
    }

    /**
     * Issue 61, item 4 (off-topic questions shown choices at most 10%): a near word orders the entries but decides
     * nothing. A question whose only link to an entry is a near word gets that entry first, and its confidence, its
     * choices' estimate and the best entry's share are those of the index without near words: near words lift a
     * near-trade off-topic question as readily as a customer's typo, so they may not turn a "not covered" into
     * choices or choices into an answer.
     */
    @Test
    void aNearWordOrdersTheEntriesButRaisesNeitherTheConfidenceNorTheChoices() {
        float[] same = {1, 0, 0, 0};
        record Shop(String language, String phrasing, String question) {
        }
        for (Shop shop : List.of(
                new Shop("de", "Gibt es ein Dienstrad-Leasing?", "geht dienstradl"),
                new Shop("es", "¿Hacéis presupuestos sin compromiso?", "quiero un presupusto"),
                new Shop("fr", "Proposez-vous la livraison à domicile ?", "c'est possible la livraizon ?"),
                new Shop("it", "Fate la manutenzione delle caldaie?", "serve la manutenzone"),
                new Shop("pt", "Aceitam pagamento com cartão?", "como é o pagamneto"),
                new Shop("nl", "Plaatsen jullie ook zonnepanelen?", "hoeveel kosten panelen"))) {
            for (long owner : new long[] {1, 3}) {
                List<FaqEntry> entries = new java.util.ArrayList<>();
                List<FaqIndex.Phrasing> phrasings = new java.util.ArrayList<>();
                for (long id = 1; id <= 3; id++) {
                    String text = id == owner ? shop.phrasing() : "Q" + id;
                    entries.add(new FaqEntry(id, text, "A" + id, "", List.of(), List.of(text)));
                    phrasings.add(new FaqIndex.Phrasing(id, text, same));
                }
                FaqIndex.Ranking near = FaqIndex.over(4, entries, phrasings).language(shop.language()).build()
                        .rank(shop.question(), same, 3, java.util.Set.of(), 3);
                FaqIndex.Ranking without = FaqIndex.over(4, entries, phrasings).language(shop.language())
                        .nearWords(0).build().rank(shop.question(), same, 3, java.util.Set.of(), 3);
                String as = shop.language() + ": " + shop.question();
                assertThat(near.matches().get(0).entryId()).as(as).isEqualTo(owner);
                org.assertj.core.data.Offset<Double> exactly = org.assertj.core.data.Offset.offset(1e-12);
                assertThat(near.confidence()).as(as).isCloseTo(without.confidence(), exactly);
                assertThat(near.inTopK()).as(as).isCloseTo(without.inTopK(), exactly);
                assertThat(near.shares().get(0)).as(as).isCloseTo(without.shares().get(0), exactly);
            }
        }
    }

    /**
     * Issue 62, item 1 (set 17: a cancellation told as what happened, "me regresan lo que dejé de adelanto?"): money
     * paid ahead is one concept in every language with a lexical score, whatever the shop calls it, so a customer's
     * word for it ranks the entry that names it in its own word first; the same vectors everywhere, so without the
     * concept the lower id would win.
     */
    @Test
    void theCustomersWordForMoneyPaidAheadRanksTheEntryThatNamesItInItsOwnWordFirst() {
        float[] same = {1, 0, 0, 0};
        record Shop(String language, String phrasing, String question) {
        }
        for (Shop shop : List.of(new Shop("de", "Bekomme ich die Anzahlung zurück?", "is dr vorschuss jetz futsch"),
                new Shop("es", "¿Me devuelven el anticipo?", "y la seña q les deje la pierdo?"),
                new Shop("fr", "L'acompte est-il remboursé ?", "on perd les arrhes alors ?"),
                new Shop("it", "Mi ridate l'acconto?", "la caparra la perdo?"),
                new Shop("pt", "Devolvem o sinal?", "perco o que adiantei?"),
                new Shop("nl", "Krijg ik mijn aanbetaling terug?", "ben ik mn voorschot kwijt?"))) {
            for (long owner : new long[] {1, 3}) {
                List<FaqEntry> entries = new java.util.ArrayList<>();
                List<FaqIndex.Phrasing> phrasings = new java.util.ArrayList<>();
                for (long id = 1; id <= 3; id++) {
                    String text = id == owner ? shop.phrasing() : "Q" + id;
                    entries.add(new FaqEntry(id, text, "A" + id, "", List.of(), List.of(text)));
                    phrasings.add(new FaqIndex.Phrasing(id, text, same));
                }
                FaqIndex index = FaqIndex.over(4, entries, phrasings).language(shop.language()).build();
                assertThat(index.rank(shop.question(), same, 3).matches().get(0).entryId())
                        .as(shop.language() + ": " + shop.question()).isEqualTo(owner);
            }
        }
    }

    /**
     * Issue 62, item 1 (set 17: "ya no voy a poder llevar la camioneta el sabado", "on viendra pas chercher le matériel
     * demain"): a customer who says they can't come is cancelling though no word of theirs names it. The phrase
     * brings the cancellation entry first in every language with a lexical score, and, like a near word, decides
     * nothing: the confidence, the choices' estimate and the best share are those of the index without it.
     */
    @Test
    void sayingYouCantComeOrdersTheCancellationEntryFirstAndDecidesNothing() {
        float[] same = {1, 0, 0, 0};
        record Shop(String language, String phrasing, String question) {
        }
        for (Shop shop : List.of(new Shop("de", "Kann ich absagen?", "wir können am donnerstag doch nicht, sorry"),
                new Shop("es", "¿Puedo cancelar?", "al final ya no vamos a poder ir el jueves"),
                new Shop("fr", "Puis-je annuler ?", "finalement on viendra pas jeudi, désolé"),
                new Shop("it", "Posso disdire?", "alla fine giovedì non riusciamo a venire"),
                new Shop("pt", "Posso cancelar?", "afinal já não vamos poder ir na quinta"),
                new Shop("nl", "Kan ik annuleren?", "we kunnen donderdag toch niet, helaas"))) {
            for (long owner : new long[] {1, 3}) {
                List<FaqEntry> entries = new java.util.ArrayList<>();
                List<FaqIndex.Phrasing> phrasings = new java.util.ArrayList<>();
                for (long id = 1; id <= 3; id++) {
                    String text = id == owner ? shop.phrasing() : "Q" + id;
                    entries.add(new FaqEntry(id, text, "A" + id, "", List.of(), List.of(text)));
                    phrasings.add(new FaqIndex.Phrasing(id, text, same));
                }
                FaqIndex.Ranking phrase = FaqIndex.over(4, entries, phrasings).language(shop.language()).build()
                        .rank(shop.question(), same, 3, java.util.Set.of(), 3);
                FaqIndex.Ranking without = FaqIndex.over(4, entries, phrasings).language(shop.language())
                        .nearWords(0).build().rank(shop.question(), same, 3, java.util.Set.of(), 3);
                String as = shop.language() + ": " + shop.question();
                assertThat(phrase.matches().get(0).entryId()).as(as).isEqualTo(owner);
                org.assertj.core.data.Offset<Double> exactly = org.assertj.core.data.Offset.offset(1e-12);
                assertThat(phrase.confidence()).as(as).isCloseTo(without.confidence(), exactly);
                assertThat(phrase.inTopK()).as(as).isCloseTo(without.inTopK(), exactly);
                assertThat(phrase.shares().get(0)).as(as).isCloseTo(without.shares().get(0), exactly);
            }
        }
    }
}
