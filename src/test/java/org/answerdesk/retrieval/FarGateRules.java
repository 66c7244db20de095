package org.answerdesk.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The candidate rules {@link FarGateHarness} scores: the gate as shipped, widened by a looser "do you …?" rule
 * ({@link Service}: a shorter new word, the shop's words without its answers, another share) and/or a rule for a
 * named thing no entry mentions, asked in any form ({@link Named}). A question a rule catches that the shipped gate
 * does not is no longer offered choices: an off-topic one is caught (the honest "I can't answer that here" and a
 * person), an in-scope one whose choices held its entry is lost. Chosen leave-one-set-out ({@link FarGateFolds}): on
 * all sets but one, the most off-topic questions caught with no set losing more than {@value #BOUND} points of in-scope
 * self-service (or, in the looser bounds, one question a set and a few in all); the left-out set's figures are the
 * measurement.
 */
final class FarGateRules {

    static final double BOUND = 2.0;

    record Service(int length, boolean withoutAnswers, double share, boolean outsideForm) {
    }

    record Named(int length, int count, double share, double margin) {
    }

    /** "Do you know if …", "can you recommend someone …": a question of the world, its words not the shop's. */
    record Know(int count, double fraction, double share, boolean confident) {
    }

    record Candidate(Service service, Named named, Know know) {
        Candidate(Service service, Named named) {
            this(service, named, null);
        }


        boolean catches(FarGateHarness.Asked q, FarGateHarness.Words w) {
            if (q.far() && !q.confident() || q.confident() && (know == null || !know.confident())) {
                return false;
            }
            Set<String> own = service != null && service.withoutAnswers() ? w.withoutAnswers() : w.all();
            boolean asked = service != null && q.serviceForm() && !q.whatForm() && q.share() < service.share()
                    && (service.outsideForm() ? q.termsOutsideForm() : q.terms()).stream()
                    .anyMatch(t -> t.length() >= service.length() && !own.contains(t));
            boolean named = this.named != null && q.share() < this.named.share() && q.margin() < this.named.margin()
                    && q.terms().stream().distinct().filter(t -> t.length() >= this.named.length()
                    && !w.all().contains(t)).count() >= this.named.count();
            boolean world = know != null && q.knowForm() && q.share() < know.share()
                    && (know.confident() || !q.confident()) && novel(q, w) >= know.count() && novel(q, w) >= know.fraction() * q.termsOutsideKnow().stream().distinct().count();
            return asked || named || world;
        }

        private static long novel(FarGateHarness.Asked q, FarGateHarness.Words w) {
            return q.termsOutsideKnow().stream().distinct().filter(t -> !w.all().contains(t)).count();
        }

        @Override
        public String toString() {
            return (service == null ? "-" : String.format(Locale.ROOT, "service(%d,%s,%.2f%s)", service.length(),
                    service.withoutAnswers() ? "no-answers" : "all", service.share(),
                    service.outsideForm() ? ",outside-form" : ""))
                    + " " + (named == null ? "-" : String.format(Locale.ROOT, "named(%d,%d,%.1f,%.2f)", named.length(),
                    named.count(), named.share(), named.margin()))
                    + (know == null ? "" : String.format(Locale.ROOT, " know(%d,%.2f,%.2f%s)", know.count(),
                    know.fraction(), know.share(), know.confident() ? ",answered too" : ""));
        }
    }

    /** A candidate's figures on one set. */
    record Score(int caught, int lost, int inCaught, int inServed, int in, int off) {
        double lossPoints() {
            return in == 0 ? 0 : 100.0 * lost / in;
        }
    }

    private FarGateRules() {
    }

    static List<Candidate> candidates() {
        List<Service> services = new ArrayList<>();
        services.add(null);
        for (int length : new int[] {4, 5, 6, 7}) {
            for (boolean withoutAnswers : new boolean[] {false, true}) {
                for (double share : new double[] {0.5, 0.7, 0.8, 0.9, 0.95, 1.01}) {
                    services.add(new Service(length, withoutAnswers, share, false));
                    services.add(new Service(length, withoutAnswers, share, true));
                }
            }
        }
        List<Named> named = new ArrayList<>();
        named.add(null);
        for (int length : new int[] {5, 6, 7, 8, 9}) {
            for (int count : new int[] {1, 2}) {
                for (double share : new double[] {0.3, 0.5, 0.7}) {
                    for (double margin : new double[] {-0.1, 0, 0.1, 1}) {
                        named.add(new Named(length, count, share, margin));
                    }
                }
            }
        }
        List<Candidate> all = new ArrayList<>();
        for (Named n : named) {
            for (Service s : services) {
                all.add(new Candidate(s, n));
            }
        }
        for (int count : new int[] {0, 1, 2, 3}) {
            for (double fraction : new double[] {0, 0.34, 0.5, 0.75}) {
                for (double share : new double[] {0.5, 0.7, 0.9, 1.01}) {
                    for (boolean confident : new boolean[] {false, true}) {
                        for (Service s : services) {
                            all.add(new Candidate(s, null, new Know(count, fraction, share, confident)));
                        }
                    }
                }
            }
        }
        return all;
    }

    static Score score(Candidate c, List<FarGateHarness.Asked> asked, FarGateHarness.Words w) {
        int caught = 0, lost = 0, inCaught = 0, served = 0, in = 0, off = 0;
        for (FarGateHarness.Asked q : asked) {
            boolean extra = c.catches(q, w);
            if (q.offTopic()) {
                off++;
                caught += !q.confident() && q.far() || extra ? 1 : 0;
            } else {
                in++;
                served += q.answeredRight() || q.offeredRight() ? 1 : 0;
                lost += extra && (q.offeredRight() || q.answeredRight()) ? 1 : 0;
                inCaught += extra && !q.offeredRight() && !q.answeredRight() ? 1 : 0;
            }
        }
        return new Score(caught, lost, inCaught, served, in, off);
    }

    static String report(List<String> shops, List<FarGateHarness.Asked> asked, Map<String, FarGateHarness.Words> words) {
        Map<String, List<FarGateHarness.Asked>> byShop = asked.stream()
                .collect(Collectors.groupingBy(FarGateHarness.Asked::shop, LinkedHashMap::new, Collectors.toList()));
        List<Candidate> candidates = candidates();
        Score[][] scores = new Score[candidates.size()][shops.size()];
        for (int c = 0; c < candidates.size(); c++) {
            for (int s = 0; s < shops.size(); s++) {
                scores[c][s] = score(candidates.get(c), byShop.getOrDefault(shops.get(s), List.of()),
                        words.get(shops.get(s)));
            }
        }
        StringBuilder out = new StringBuilder();
        Score base = total(scores[0]);
        out.append(String.format(Locale.ROOT, "%d sets, %d in-scope questions (%d self-served: answered or offered "
                + "their entry), %d not covered/not offered (%d kept off choices by the shipped gate)%n%n",
                shops.size(), base.in(), base.inServed(), base.off(), base.caught()));
        out.append(frontier(candidates, scores));
        for (String servicesOnly : new String[] {"service", "know", "all"}) {
            for (int[] bound : new int[][] {{0, Integer.MAX_VALUE}, {1, 2}, {1, 5}}) {
                out.append(FarGateFolds.leaveOneOut("shop-language", bound[0], bound[1], servicesOnly, shops, s -> s,
                        candidates, scores, byShop, words));
                out.append(FarGateFolds.leaveOneOut("conversation set (set8..set14 each, eval shops each)", bound[0],
                        bound[1], servicesOnly, shops, s -> s.startsWith("set") ? s.substring(0, s.indexOf('/')) : s,
                        candidates, scores, byShop, words));
            }
        }
        return out.toString();
    }

    /** Over all sets: the candidates that catch the most for each number of in-scope questions lost (up to 10). */
    private static String frontier(List<Candidate> candidates, Score[][] scores) {
        StringBuilder out = new StringBuilder("### All sets at once (not held out): the most caught per in-scope loss\n\n"
                + "| in-scope lost | sets over the bound | not covered kept off choices | in-scope caught, choices lacked it | candidate |\n|---|---|---|---|---|\n");
        for (int loss = 0; loss <= 10; loss++) {
            int best = -1;
            Score bestTotal = null;
            for (int c = 0; c < candidates.size(); c++) {
                Score t = total(scores[c]);
                if (t.lost() == loss && (bestTotal == null || t.caught() > bestTotal.caught())) {
                    best = c;
                    bestTotal = t;
                }
            }
            if (best >= 0) {
                long over = java.util.Arrays.stream(scores[best]).filter(s -> s.lossPoints() > BOUND).count();
                out.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %s |%n", loss, over, bestTotal.caught(),
                        bestTotal.inCaught(), candidates.get(best)));
            }
        }
        return out.append('\n').toString();
    }

    static Score total(Score[] perShop) {
        int caught = 0, lost = 0, inCaught = 0, served = 0, in = 0, off = 0;
        for (Score s : perShop) {
            caught += s.caught();
            lost += s.lost();
            inCaught += s.inCaught();
            served += s.inServed();
            in += s.in();
            off += s.off();
        }
        return new Score(caught, lost, inCaught, served, in, off);
    }
}
