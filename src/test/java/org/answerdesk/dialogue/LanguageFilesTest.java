package org.answerdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The check that a language's file is complete (docs/language.md, "Add a language"): every file in
 * {@code src/main/resources/dialogue/lang} is a shipped language, has the keys every language needs, and uses no key
 * the recognisers do not read (a misspelt key would be silently ignored).
 */
class LanguageFilesTest {

    private static final Path FILES = Path.of("src/main/resources/dialogue/lang");

    /**
     * What every language needs: what the code needs of it (its name, its analyzer, whether it has compounds, its
     * WhatsApp code, its place in the list), its acts in closed forms, a request for a person, its wrapping, its
     * follow-ups.
     */
    private static final List<Set<String>> REQUIRED = Stream.of("language.name", "language.analyzer",
            "language.compounds", "language.whatsapp", "language.order", "closed.greeting", "closed.thanks", "closed.bye",
            "closed.yes", "closed.no", "phrase.bot", "phrase.not_helped", "person.ask|person.ask.written",
            "person.yes|person.yes.written", "person.when", "person.present", "wrap.greeting", "wrap.closing",
            "and", "continues", "lead", "asks", "topic.back", "topic.ask", "announce", "objection", "act.filler",
            "callback.unit")
            .map(k -> Set.of(k.split("\\|"))).toList();

    /** Every key a recogniser reads (dialogue/README.md, "Languages"). */
    private static final Set<String> KNOWN = Set.of("accents", "details", "act.filler", "announce", "objection", "and",
            "and.parts", "continues", "lead", "asks", "topic.back", "topic.ask", "person.ask", "person.yes",
            "person.ask.written", "person.yes.written", "person.yes-first.written", "person.who", "person.reach", "person.talk",
            "person.want", "person.someone", "person.me", "pushback.asked", "pushback.need", "pushback.know",
            "pushback.concession", "pushback.dear", "pushback.demand", "pushback.demand.me", "bot.only",
            "person.present.only", "person.present.one",
            "person.real", "person.when", "person.when.who", "person.answer", "person.answer.phrase",
            "person.present", "wrap.greeting", "wrap.addressee", "wrap.bare", "wrap.pleasantry", "wrap.intro",
            "wrap.named", "wrap.closing", "wrap.client", "detail.label", "detail.month", "detail.filler",
            "detail.context", "person.do", "person.for_me", "person.for_us", "person.visit", "person.pass", "person.pass.me", "person.guy", "person.wait", "object.verbs", "object.leading",
            "object.said", "object.boundary", "asks.inside", "cancel.alone", "wait.ok", "wait.words", "wait.anyone", "pushback", "pushback.again", "pushback.but",
            "pushback.after", "bot.machine", "bot.human", "bot.or", "bot.you", "bot.talk", "bot.with", "bot.not", "bot.diminutive", "bot.there", "bot.real", "bot.behind", "person.hours", "offer.go", "offer.ok", "act.not", "world.topic", "world.played", "world.ask", "world.when", "world.self",
            "polite.core", "polite.when", "polite.date", "polite.day", "act.lead", "ack.noproblem", "person.call", "person.callback", "language.name",
            "language.analyzer", "language.compounds", "language.whatsapp", "language.order", "language.lexical-score",
            "answer.opening", "service.question", "service.what", "service.know", "service.you", "service.world", "service.may", "service.also", "service.split", "closing.thanks", "closing.bye", "closing.not",
            "closing.bye.beside", "closing.bye.lead", "closing.thanks.beside", "closing.thanks.lead", "closing.thanks.not", "wait.long", "wait.filler", "wait.when", "wait.lasts", "person.self", "person.whom", "person.about", "person.from", "person.place", "vague.words", "vague.lead", "vague.announce", "vague.filler", "vague.matter", "greeting.talk", "facet.time.asks", "facet.time.states", "facet.time.words",
            "facet.age.asks", "facet.age.states", "facet.age.words", "facet.included.asks", "facet.included.states",
            "facet.included.words", "facet.price.asks", "facet.price.states", "facet.price.words", "parts.opens",
            "facet.place.asks", "facet.place.states", "facet.place.words", "facet.hours.asks", "facet.hours.states",
            "facet.hours.words", "vague.about", "vague.ask", "callback.currency", "callback.order", "callback.hour", "callback.unit", "callback.when", "callback.not", "callback.day", "and.asked", "parts.or", "or",
            "complaint.aside", "asks.last", "when.calendar", "person.in_person", "person.at", "person.people", "mood.reproach", "complaint.recourse",
            "bot.this", "wait.time", "told.arranged", "told.turn", "told.gone", "told.fault", "told.money", "told.ends",
            "ack.bare", "ack.with", "bot.one", "bot.answers", "bot.may", "asks.if", "bot.service", "bot.automatic", "bot.who",
            "person.reach.stem", "person.endings", "person.reach.stem.not", "person.one_of", "person.put", "person.put.to",
            "person.demand", "person.urgent", "person.near.not", "person.more",
            "person.own", "person.own.with", "person.own.det");

    @Test
    void theShippedLanguagesAreTheFilesThatExist() throws IOException {
        assertThat(languages()).containsExactlyInAnyOrderElementsOf(Lexicon.SHIPPED);
    }

    @Test
    void everyLanguageFileIsCompleteAndUsesOnlyKeysThatAreRead() throws IOException {
        for (String language : languages()) {
            Lexicon lexicon = Lexicon.of(language).orElseThrow();
            Set<String> keys = keys(language);
            for (Set<String> required : REQUIRED) {
                assertThat(keys).as("%s.tsv has one of %s", language, required).containsAnyElementsOf(required);
            }
            assertThat(lexicon.words("language.compounds")).as("%s.tsv: language.compounds", language)
                    .isIn("yes", "no");
            for (String key : keys) {
                assertThat(KNOWN.contains(key) || key.startsWith("closed.") || key.startsWith("phrase."))
                        .as("%s.tsv: %s is read by no recogniser", language, key).isTrue();
                assertThat(lexicon.lines(key)).as("%s.tsv: %s", language, key).allMatch(l -> !l.isBlank());
            }
        }
    }

    /**
     * Ordinary words that begin like, or are, a word of thanks or goodbye (docs/dialogue.md, "bye55"): a name ("tara"),
     * "then" ("luego"), "said" ("falou"), "evening" ("soirée", "serata"), "let's see" ("vediamo"), "sorry"
     * ("tschuldigung"), "thanks to" ("dankzij"), a sweet ("brigadeiro"), "funny" ("gracioso"), "pretty" ("grazioso"),
     * "fat" ("grasso"), "until" ("até", "tot"), "day" ("dag"), "soon" ("presto", "bientôt"); and (docs/dialogue.md,
     * "thanks56") "appreciate" ("i'd appreciate a refund"), "valeu" ("valeu a pena": it was worth it), "dank" ("dank
     * der Verspätung": owing to); and ("acts57") "ta" ("talk ta me": to). None may be a thanks ({@code closing.thanks}) or a goodbye ({@code closing.bye},
     * {@code closed.bye}) unless it is marked as one only in a phrase ({@code closing.thanks.beside},
     * {@code closing.bye.beside}).
     */
    private static final List<String> ORDINARY = List.of("en tara", "en byelaw", "de tschuldigung", "es luego",
            "es vemos", "es gracioso", "es graciosa", "fr soiree", "fr revoir", "it serata", "it vediamo",
            "it grazioso", "it grasso", "nl dankzij", "nl oant", "pt falou", "pt brigadeiro", "pt ate", "nl tot", "nl dag", "it presto",
            "fr bientot", "en appreciate", "pt valeu", "de dank", "en ta");

    /** The shortest fixed part of a stem of thanks or goodbye: "ty*" took "typed", "types", "tyre". */
    private static final int STEM_LETTERS = 3;

    @Test
    void noClosingWordIsAnOrdinaryWordStandingAlone() {
        for (String entry : ORDINARY) {
            String language = entry.substring(0, 2);
            String word = entry.substring(3);
            Lexicon lexicon = Lexicon.of(language).orElseThrow();
            boolean thanks = Spellings.listed(lexicon.foldedWords("closing.thanks"), word);
            assertThat(!thanks || Spellings.listed(lexicon.foldedWords("closing.thanks.beside"), word))
                    .as("%s.tsv: closing.thanks takes %s standing alone", language, word).isTrue();
            // the readers take the closed goodbyes' words alone too (ClosingClauses, UnknownWordsAct)
            boolean bye = Spellings.listed(lexicon.foldedWords("closing.bye"), word)
                    || lexicon.foldedWords("closed.bye").contains(word);
            assertThat(!bye || Spellings.listed(lexicon.foldedWords("closing.bye.beside"), word))
                    .as("%s.tsv: closing.bye takes %s standing alone", language, word).isTrue();
        }
    }

    /** A word marked as one of thanks only in a phrase is a word of thanks: a mark on no such word reads nothing. */
    @Test
    void everyWordOfThanksOnlyInAPhraseIsAWordOfThanks() throws IOException {
        for (String language : languages()) {
            Lexicon lexicon = Lexicon.of(language).orElseThrow();
            for (String word : lexicon.foldedWords("closing.thanks.beside")) {
                assertThat(Spellings.listed(lexicon.foldedWords("closing.thanks"), word.replace("*", "")))
                        .as("%s.tsv: closing.thanks.beside %s is no word of closing.thanks", language, word).isTrue();
            }
        }
    }

    @Test
    void everyStemOfThanksOrGoodbyeHasThreeFixedLetters() throws IOException {
        for (String language : languages()) {
            Lexicon lexicon = Lexicon.of(language).orElseThrow();
            for (String key : List.of("closing.thanks", "closing.bye", "closing.bye.beside", "closing.thanks.beside")) {
                assertThat(lexicon.foldedWords(key)).as("%s.tsv: %s", language, key)
                        .allMatch(w -> !w.endsWith("*") || w.length() - 1 >= STEM_LETTERS);
            }
        }
    }

    private static List<String> languages() throws IOException {
        try (Stream<Path> files = Files.list(FILES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("[a-z]{2,3}\\.tsv"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }

    private static Set<String> keys(String language) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String line : Files.readAllLines(FILES.resolve(language + ".tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                keys.add(line.substring(0, line.indexOf('\t')).strip());
            }
        }
        return keys;
    }
}
