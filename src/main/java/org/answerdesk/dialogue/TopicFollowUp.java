package org.answerdesk.dialogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.answerdesk.retrieval.FaqMatch;
import org.answerdesk.retrieval.Retrieval;

/**
 * A short follow-up to an answer that leans on its topic ("c'est combien", "how long does it take", "e per un
 * cane?", "what about the fee?") is read with the question answered, even when its own few words look confident
 * alone: on their own, "c'est combien" finds the rental price list, "e per un cane?" the emergency visit. The cue
 * ({@link #leansOnTopic}): at most {@link #WORDS} words, at most one word of its own beyond the question before and the
 * words that ask how much, how long, when ("topic.ask" in a lexicon; English's below), and it continues ("and ...") or
 * asks one of those or has no word of its own. "do you ship to canada" names two things of its own: a new question.
 */
final class TopicFollowUp {

    /** The longest follow-up (in words, cleaned) read this way. */
    static final int WORDS = 6;
    /**
     * Words that ask for an amount, a time or a price of what was just talked about, or point back at it
     * ({@code topic.ask} in each language's lexicon).
     */
    private static final Map<String, Set<String>> ASK_BY_LANGUAGE = askByLanguage();

    private final Questions questions;
    private final ActIndex acts;
    private final ReadWithPrevious previous;
    private final WiderFollowUp wider;

    TopicFollowUp(Questions questions, ActIndex acts, ReadWithPrevious previous) {
        this.questions = questions;
        this.acts = acts;
        this.previous = previous;
        this.wider = new WiderFollowUp(questions);
    }

    /** The words that ask how much, how long, when in {@code language}. */
    static Set<String> asks(Locale language) {
        return ASK_BY_LANGUAGE.getOrDefault(Lexicon.code(language), Set.of());
    }

    /**
     * Whether {@code lookup} (a cleaned message) after {@code before} (the cleaned question answered) leans on the
     * topic rather than asking something new.
     */
    static boolean leansOnTopic(String question, String lookup, String before, Locale language) {
        String[] words = Noise.words(lookup).strip().split("\\s+");
        if (lookup.isBlank() || words.length > WORDS) {
            return false;
        }
        Set<String> ask = ASK_BY_LANGUAGE.getOrDefault(Lexicon.code(language), Set.of());
        Set<String> own = FollowUps.changed(lookup, before, language);
        own.removeAll(ask);
        boolean asks = java.util.Arrays.stream(Noise.words(Lexicon.fold(lookup.toLowerCase(Locale.ROOT))).split(" "))
                .anyMatch(ask::contains);
        return own.size() <= 1 && (own.isEmpty() || asks || Parts.continues(question, language));
    }

    /**
     * Whether a message goes on from the question before with a word of its own ("n faster?", "and cheaper?"): a
     * question of the topic, never small talk ("and you?" has no word of its own).
     */
    static boolean goesOn(String question, String lookup, String before, Locale language) {
        return Parts.continues(question, language) && !FollowUps.own(lookup, before, language).isEmpty();
    }

    /**
     * The decision on a follow-up that leans on the topic of the answer just given; empty when the message is no such
     * follow-up, or when neither it nor its reading with the question answered is confident (the policy reads it as
     * before). Read with the question answered, it is answered by the entry just given or by the entry that reading
     * finds when the follow-up names it or its own words find it too; when the readings disagree, the customer is
     * asked: choices from both, else the offer of a person. It is never answered from its own words alone when they
     * point away from the topic.
     */
    Optional<Action> read(Turn turn, String question, Retrieval retrieved) {
        Optional<LastReply> answered = turn.answered().filter(r -> r.entryId() != null && r.question() != null);
        Locale lang = turn.lang();
        if (answered.isEmpty() || Parts.of(question, lang).size() > 1 || Cleanup.onlyDetails(question, lang)) {
            return Optional.empty();
        }
        String lookup = Cleanup.forLookup(question, lang);
        String before = Cleanup.forLookup(Acts.read(answered.get().question(), lang).question(), lang);
        ActIndex.Verdict verdict = acts.in(lang).verdict(question);
        FollowUpReadings readings = new FollowUpReadings(questions, lookup, before, lang, retrieved);
        if (verdict.act().isPresent() && !(verdict.act().get() == Act.CHITCHAT && FollowUpCue.asks(question, lang)
                && (FollowUpCue.pointsBack(question, lang)
                || goesOn(question, lookup, before, lang) && readings.alone().clarify()))) {
            // small talk; but "how long is that good for" asks of the topic, never of the bot, and so does "n faster?"
            // where entries are near ("and what's your name?" is near none)
            return Optional.empty();
        }
        Optional<Action> decided = decide(turn, question, lookup, before, answered.get(), readings);
        long given = answered.get().entryId();
        if (readings.alone().far() && decided.filter(a -> a instanceof Action.FaqAnswer f
                && f.entry().entryId() != given).isPresent()) {
            // far from the FAQ on its own words ("fate anche tiro con l'arco?"): no other entry that shares one of
            // them, the policy reads it as before (far: not covered)
            return Optional.empty();
        }
        return decided;
    }

    private Optional<Action> decide(Turn turn, String question, String lookup, String before, LastReply answered,
                                    FollowUpReadings readings) {
        Locale lang = turn.lang();
        Optional<Action> detail = detail(question, lookup, before, answered, readings, lang);
        if (detail.isPresent()) {
            return detail;
        }
        if (!leansOnTopic(question, lookup, before, lang)) {
            return wider.read(turn, question, lookup, before, answered, readings);
        }
        if (questions.llmEnabled()) {
            // the model makes it stand alone with the question before (StandaloneFollowUp), once per message
            Optional<Action> rewritten = previous.followUp(turn, question, null);
            if (rewritten.isPresent()) {
                return rewritten;
            }
        }
        Retrieval alone = readings.alone();
        long given = answered.entryId();
        Retrieval together = readings.together();
        Optional<FaqMatch> aloneBest = alone.confident() ? alone.best() : Optional.empty();
        Set<String> changed = FollowUps.changed(lookup, before, lang);
        if (together.confident() && together.best().isPresent()) {
            FaqMatch top = together.best().get();
            if (top.entryId() == given && !FollowUps.names(top, changed)) {
                // "und in die Schweiz?": the topic's entry that names the place; else ask, or read it as before
                Optional<FaqMatch> named = questions.offerable(together.matches()).stream()
                        .filter(m -> FollowUps.namesAThing(m, changed)).findFirst()
                        .or(() -> aloneBest.filter(a -> FollowUps.namesAThing(a, changed)));
                if (named.isPresent()) {
                    return Optional.of(new Action.FaqAnswer(named.get(), together.confidence(), List.of(), null,
                            false));
                }
                // a word of its own that another entry names and the topic's does not ("et le wifi c'est
                // gratuit ?" after the beach): that entry
                Set<String> own = new java.util.HashSet<>(changed);
                own.removeAll(asks(lang));
                if (aloneBest.isPresent() && !own.isEmpty() && FollowUps.names(aloneBest.get(), own)
                        && own.stream().noneMatch(w -> FollowUps.names(top, Set.of(w)))) {
                    return Optional.of(new Action.FaqAnswer(aloneBest.get(), alone.confidence(), List.of(), null,
                            false));
                }
                // a word no entry knows ("and to mars?") is asked about as before; one whose own reading points
                // to another topic ("e per un cane?" alone: the emergency visit) is read with the topic
                // one that points back at it ("how long is that good for") asks of the topic, never of the bot; one
                // with no word of its own ("wie viel kostet das", "c'est combien") only asks of the entry given
                return aloneBest.isEmpty() && !own.isEmpty() && !FollowUpCue.pointsBack(question, lang)
                        ? Optional.empty()
                        : Optional.of(new Action.FaqAnswer(top, together.confidence(), List.of(), null, false));
            }
            Optional<FaqMatch> onEntry = changed.isEmpty() && top.entryId() != given
                    ? withEntry(together, given, lookup, lang) : Optional.empty();
            if (onEntry.isPresent()) {
                // nothing of its own ("how much is that"): read with the entry given, it is that entry
                return Optional.of(new Action.FaqAnswer(onEntry.get(), together.confidence(), List.of(), null, false));
            }
            if (top.entryId() == given || FollowUps.names(top, changed)
                    || aloneBest.filter(a -> a.entryId() == top.entryId()).isPresent()) {
                return Optional.of(new Action.FaqAnswer(top, together.confidence(), List.of(), null, false));
            }
        } else if (aloneBest.isEmpty()) {
            // only words that ask how much, how long ("quanto dura", "kostet der was"): of the entry given, never a
            // list of other things; a word of its own no reading places is decided as before
            Set<String> own = new java.util.HashSet<>(changed);
            own.removeAll(asks(lang));
            return own.isEmpty() ? Optional.of(ofTheEntry(together, answered, lookup, lang)) : Optional.empty();
        }
        if (aloneBest.isPresent() && (aloneBest.get().entryId() == given || together.matches().stream().limit(3)
                .anyMatch(m -> m.entryId() == aloneBest.get().entryId()))) {
            return Optional.of(new Action.FaqAnswer(aloneBest.get(), alone.confidence(), List.of(), null, false));
        }
        return Optional.of(ask(together, aloneBest));
    }

    /**
     * The entry given, where the follow-up read with that entry's question is confident of it: "how much is that"
     * after the gift-wrapping answer, whose reading with the customer's words may find the shipping prices.
     */
    private Optional<FaqMatch> withEntry(Retrieval together, long given, String lookup, Locale lang) {
        return together.matches().stream().filter(m -> m.entryId() == given && !m.question().isBlank()).findFirst()
                .flatMap(entry -> {
                    Retrieval read = questions.retrieve(Cleanup.forLookup(entry.question(), lang) + " " + lookup, lang);
                    return read.confident() ? read.best().filter(b -> b.entryId() == given) : Optional.empty();
                });
    }

    /**
     * A follow-up of a few words that asks a detail or an exception of the topic: the entry that states its own words
     * ({@link FollowUpDetail}) when that is the entry given or one the reading with the question answered finds, and
     * not the entry its own words find anyway (which the policy answers as before).
     */
    private Optional<Action> detail(String question, String lookup, String before, LastReply given,
                                    FollowUpReadings readings, Locale lang) {
        Set<String> own = FollowUps.own(lookup, before, lang);
        own.removeIf(w -> w.length() < 3); // "t" of "don't" is no word
        if (own.isEmpty() || Noise.words(lookup).strip().split("\\s+").length > FollowUpCue.LONGEST) {
            return Optional.empty();
        }
        Retrieval alone = readings.alone();
        Retrieval together = readings.together();
        Optional<FaqMatch> aloneBest = alone.confident() ? alone.best() : Optional.empty();
        FaqMatch entry = givenEntry(together, given);
        List<FaqMatch> topic = questions.offerable(together.matches()).stream().limit(3).toList();
        // the entry given again only to a question, or for a thing it names ("Hessen"): said of it without asking
        // ("the tracking hasn't updated in 5 days", "checked spam already"), it did not help
        boolean asked = FollowUpCue.asks(question, lang) || own.stream().anyMatch(w -> FollowUps.namesAThing(entry,
                Set.of(w)));
        // said of the topic without asking ("its been a week" after the double charge, which the reading with the
        // question is confident of), one word of several that another entry happens to state moves nowhere (a capital
        // is no name here: German writes "Tage")
        boolean report = !asked && own.size() > 1 && together.confident()
                && together.best().filter(b -> b.entryId() == given.entryId()).isPresent();
        return FollowUpDetail.stating(own, entry, topic, aloneBest)
                .filter(m -> aloneBest.filter(a -> a.entryId() == m.entryId()).isEmpty())
                .filter(m -> m.entryId() != given.entryId() || asked)
                .filter(m -> m.entryId() == given.entryId() || !report
                        || FollowUps.stated(m.question() + " " + m.answer(), own) > 1)
                .map(m -> new Action.FaqAnswer(m, Math.max(together.confidence(), alone.confidence()), List.of(),
                        null, false));
    }

    /**
     * A follow-up that only asks how much, how long, when, neither reading confident: the entry given where the
     * follow-up read with that entry's own question is confident of it; else choices, the entry given first.
     */
    private Action ofTheEntry(Retrieval together, LastReply given, String lookup, Locale lang) {
        FaqMatch entry = givenEntry(together, given);
        if (!entry.question().isBlank()) {
            Retrieval read = questions.retrieve(Cleanup.forLookup(entry.question(), lang) + " " + lookup, lang);
            if (read.confident() && read.best().filter(b -> b.entryId() == entry.entryId()).isPresent()) {
                return new Action.FaqAnswer(read.best().get(), read.confidence(), List.of(), null, false);
            }
        }
        List<FaqMatch> choices = new ArrayList<>(questions.offerable(List.of(entry)));
        questions.offerable(together.choices().isEmpty() ? together.matches() : together.choices()).stream()
                .filter(m -> m.entryId() != entry.entryId()).limit(3 - choices.size()).forEach(choices::add);
        return choices.isEmpty() ? new Action.OfferPerson(Action.OfferPerson.Why.UNSURE)
                : new Action.Clarify(choices, together.confidence(), choices.get(0).entryId(), null, false);
    }

    /** The entry given as the reading with the question answered scored it, else as the FAQ holds it. */
    private FaqMatch givenEntry(Retrieval together, LastReply given) {
        return together.matches().stream().filter(m -> m.entryId() == given.entryId()).findFirst()
                .orElseGet(() -> questions.entry(given.entryId(), given.text()));
    }

    /** The readings disagree: choices from both, the topic's first, else the offer of a person. */
    private Action ask(Retrieval together, Optional<FaqMatch> aloneBest) {
        List<FaqMatch> choices = new ArrayList<>();
        for (FaqMatch m : questions.offerable(together.confident() ? together.matches() : together.choices())) {
            if (choices.size() < 2 && choices.stream().noneMatch(c -> c.entryId() == m.entryId())) {
                choices.add(m);
            }
        }
        aloneBest.filter(a -> choices.stream().noneMatch(c -> c.entryId() == a.entryId()))
                .filter(a -> !questions.offerable(List.of(a)).isEmpty()).ifPresent(choices::add);
        return choices.isEmpty() ? new Action.OfferPerson()
                : new Action.Clarify(choices, together.confidence(), choices.get(0).entryId(), null, false);
    }

    private static Map<String, Set<String>> askByLanguage() {
        Map<String, Set<String>> ask = new HashMap<>();
        Lexicon.shipped().forEach((language, lexicon) -> ask.put(language, Set.copyOf(List.of(Lexicon.fold(
                lexicon.words("topic.ask").toLowerCase(Locale.ROOT)).split("\\s+")))));
        return Map.copyOf(ask);
    }
}
