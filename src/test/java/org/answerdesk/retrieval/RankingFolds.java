package org.answerdesk.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@link RankingHarness}'s report: per setting and language, the covered questions' right entry first and among the
 * top 3, answered right, and the off-topic questions answered; per set for the first setting; and, per family of
 * settings (the name before its first '-', with the first setting, the baseline, in every family), what
 * leave-one-set-out chooses: for each set held out, the family's setting with the most right-first plus top-3 on the
 * other sets (in the same language, or over all languages), scored on the held-out set.
 */
final class RankingFolds {

    private RankingFolds() {
    }

    /** Counts of one group of outcomes: covered, first, top 3, answered right, answered wrong; off-topic, answered. */
    record Tally(int covered, int first, int top3, int right, int wrong, int off, int offAnswered, int offChoices,
                 int served) {
        static Tally of(List<RankingHarness.Outcome> os) {
            int covered = 0, first = 0, top3 = 0, right = 0, wrong = 0, off = 0, offAnswered = 0, offChoices = 0;
            int served = 0;
            for (RankingHarness.Outcome o : os) {
                if (o.offTopic()) {
                    off++;
                    offAnswered += o.answered() ? 1 : 0;
                    offChoices += o.offered() ? 1 : 0;
                } else {
                    covered++;
                    first += o.rank() == 0 ? 1 : 0;
                    top3 += o.rank() >= 0 && o.rank() < 3 ? 1 : 0;
                    right += o.answeredRight() ? 1 : 0;
                    wrong += o.answered() && !o.answeredRight() ? 1 : 0;
                    served += o.answeredRight() || !o.answered() && o.offered() ? 1 : 0;
                }
            }
            return new Tally(covered, first, top3, right, wrong, off, offAnswered, offChoices, served);
        }

        Tally plus(Tally t) {
            return new Tally(covered + t.covered, first + t.first, top3 + t.top3, right + t.right, wrong + t.wrong,
                    off + t.off, offAnswered + t.offAnswered, offChoices + t.offChoices, served + t.served);
        }

        int merit() {
            return first + top3;
        }

        /** Whether none of off-topic answered, off-topic shown choices and wrong answers is above {@code base}'s. */
        boolean within(Tally base) {
            return offAnswered <= base.offAnswered && offChoices <= base.offChoices && wrong <= base.wrong;
        }

        String cells() {
            return String.format(Locale.ROOT, "%d | %.1f | %.1f | %d / %d, %d self-served | %d, %d shown choices / %d",
                    covered, pct(first), pct(top3), right, wrong, served, offAnswered, offChoices, off);
        }

        private double pct(int n) {
            return covered == 0 ? 0 : 100.0 * n / covered;
        }
    }

    static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0);

    static String report(List<String> settings, List<RankingHarness.Outcome> out) {
        Set<String> languages = new LinkedHashSet<>(List.of("de", "fr", "it", "es", "nl", "pt", "en"));
        Set<String> folds = new LinkedHashSet<>();
        out.forEach(o -> folds.add(o.fold()));
        StringBuilder b = new StringBuilder();
        b.append("## Every setting, all sets\n\n| setting | language | covered | first % | top 3 % | answered right / wrong"
                + " | off-topic answered |\n|---|---|---|---|---|---|---|\n");
        for (String s : settings) {
            for (String l : languages) {
                b.append("| ").append(s).append(" | ").append(l).append(" | ")
                        .append(tally(out, o -> o.setting().equals(s) && o.language().equals(l)).cells()).append(" |\n");
            }
        }
        b.append("\n## ").append(settings.get(0)).append(" per set\n\n| set | language | covered | first % | top 3 % |"
                + " answered right / wrong | off-topic answered |\n|---|---|---|---|---|---|---|\n");
        for (String f : folds) {
            for (String l : languages) {
                Tally t = tally(out, o -> o.setting().equals(settings.get(0)) && o.fold().equals(f) && o.language().equals(l));
                if (t.covered() + t.off() > 0) {
                    b.append("| ").append(f).append(" | ").append(l).append(" | ").append(t.cells()).append(" |\n");
                }
            }
        }
        Map<String, List<String>> families = new LinkedHashMap<>();
        for (String s : settings.subList(1, settings.size())) {
            families.computeIfAbsent(s.split("-")[0], k -> new ArrayList<>(List.of(settings.get(0)))).add(s);
        }
        for (Map.Entry<String, List<String>> family : families.entrySet()) {
            for (int criterion = 0; criterion < 3; criterion++) {
                boolean perLanguage = criterion == 1;
                boolean guarded = criterion == 2;
                b.append("\n## Held out: ").append(family.getKey()).append(guarded
                        ? ", chosen over all languages, guarded (off-topic answered, off-topic shown choices and wrong"
                        + " answers each no higher than the baseline's on the other sets)"
                        : perLanguage ? ", chosen per language" : ", chosen over all languages").append(" (").append(String.join(", ", family.getValue()))
                        .append(")\n\n| language | baseline: covered, first %, top 3 %, right / wrong, off answered |"
                                + " chosen, held out | Δ first | Δ top 3 | choices |\n|---|---|---|---|---|---|\n");
                for (String l : languages) {
                    Tally base = ZERO;
                    Tally chosen = ZERO;
                    Map<String, Integer> picks = new LinkedHashMap<>();
                    for (String f : folds) {
                        String pick = family.getValue().get(0);
                        int best = Integer.MIN_VALUE;
                        Tally baseOthers = tally(out, o -> o.setting().equals(family.getValue().get(0))
                                && !o.fold().equals(f) && !o.language().equals("en"));
                        for (String s : family.getValue()) {
                            Tally others = tally(out, o -> o.setting().equals(s) && !o.fold().equals(f)
                                    && (perLanguage ? o.language().equals(l) : !o.language().equals("en")));
                            int merit = others.merit();
                            if (guarded && !others.within(baseOthers)) {
                                continue;
                            }
                            if (merit > best) {
                                best = merit;
                                pick = s;
                            }
                        }
                        String p = pick;
                        Tally held = tally(out, o -> o.setting().equals(p) && o.fold().equals(f) && o.language().equals(l));
                        if (held.covered() + held.off() > 0) {
                            picks.merge(p, 1, Integer::sum);
                        }
                        chosen = chosen.plus(held);
                        base = base.plus(tally(out, o -> o.setting().equals(family.getValue().get(0))
                                && o.fold().equals(f) && o.language().equals(l)));
                    }
                    b.append(String.format(Locale.ROOT, "| %s | %s | %s | %+d | %+d | %s |\n", l, base.cells(),
                            chosen.cells(), chosen.first() - base.first(), chosen.top3() - base.top3(), picks));
                }
            }
        }
        return b.toString();
    }

    private static Tally tally(List<RankingHarness.Outcome> out, Predicate<RankingHarness.Outcome> which) {
        return Tally.of(out.stream().filter(which).toList());
    }
}
