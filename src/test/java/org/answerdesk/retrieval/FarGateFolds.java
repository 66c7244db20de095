package org.answerdesk.retrieval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Leave-one-out over groups of sets for {@link FarGateRules}: per left-out group, the candidate the other sets choose
 * (every other set within the bound, then the most off-topic questions caught, then the fewest in-scope questions
 * caught, then the earlier candidate: the shipped gate first), and what it does on the left-out group.
 */
final class FarGateFolds {

    private FarGateFolds() {
    }

    static String leaveOneOut(String name, int maxLost, int maxTotal, String servicesOnly, List<String> shops, UnaryOperator<String> groupOf,
                              List<FarGateRules.Candidate> candidates, FarGateRules.Score[][] scores,
                              Map<String, List<FarGateHarness.Asked>> byShop, Map<String, FarGateHarness.Words> words) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int s = 0; s < shops.size(); s++) {
            groups.computeIfAbsent(groupOf.apply(shops.get(s)), g -> new ArrayList<>()).add(s);
        }
        Map<String, Integer> chosen = new TreeMap<>();
        int caught = 0, lost = 0, inCaught = 0, worstLoss = 0;
        String worst = "";
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            int best = 0;
            long bestCaught = -1, bestIn = Long.MAX_VALUE;
            for (int c = 0; c < candidates.size(); c++) {
                FarGateRules.Candidate k = candidates.get(c);
                if (servicesOnly.equals("service") && (k.named() != null || k.know() != null)
                        || servicesOnly.equals("know") && (k.named() != null || k.service() != null)) {
                    continue;
                }
                long sumCaught = 0, sumIn = 0, sumLost = 0;
                boolean within = true;
                for (int s = 0; s < shops.size() && within; s++) {
                    if (g.getValue().contains(s)) {
                        continue;
                    }
                    sumLost += scores[c][s].lost();
                    within = (scores[c][s].lossPoints() <= FarGateRules.BOUND || scores[c][s].lost() <= maxLost)
                            && sumLost <= maxTotal;
                    sumCaught += scores[c][s].caught();
                    sumIn += scores[c][s].lost() + scores[c][s].inCaught();
                }
                if (within && (sumCaught > bestCaught || sumCaught == bestCaught && sumIn < bestIn)) {
                    best = c;
                    bestCaught = sumCaught;
                    bestIn = sumIn;
                }
            }
            FarGateRules.Candidate c = candidates.get(best);
            chosen.merge(c.toString(), 1, Integer::sum);
            for (int s : g.getValue()) {
                FarGateRules.Score held = scores[best][s];
                caught += held.caught() - scores[0][s].caught();
                lost += held.lost();
                inCaught += held.inCaught();
                if (held.lost() > worstLoss) {
                    worstLoss = held.lost();
                    worst = shops.get(s) + String.format(Locale.ROOT, " (%.1f points)", held.lossPoints());
                }
                for (FarGateHarness.Asked q : byShop.getOrDefault(shops.get(s), List.of())) {
                    if (c.catches(q, words.get(shops.get(s)))) {
                        changes.add(String.format("| %s | %s | %s |", shops.get(s), q.offTopic() ? "caught"
                                : q.offeredRight() ? "LOST" : "in scope, choices lacked it", q.text().replace("|", "/")));
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder("### Leave one out by " + name
                + (servicesOnly.equals("service") ? ", the \"do you …?\" rule's variants only"
                : servicesOnly.equals("know") ? ", the \"do you know …?\" rule's variants only" : ", all candidates") + ", each other set losing at most "
                + FarGateRules.BOUND + " points" + (maxLost > 0 ? " or " + maxLost + " question" : "")
                + (maxTotal < Integer.MAX_VALUE ? ", all of them at most " + maxTotal + " questions" : "") + ": "
                + groups.size() + " folds\n\n");
        out.append(String.format(Locale.ROOT, "Held out, against the shipped gate: %+d not-covered questions kept off "
                + "choices, %d in-scope questions lost (their entry was among the choices), %d in-scope questions "
                + "caught whose choices lacked their entry; most lost in one set: %d %s%n%n", caught, lost, inCaught,
                worstLoss, worst));
        out.append("| chosen by | folds |\n|---|---|\n");
        chosen.forEach((k, v) -> out.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        out.append("\n| held-out set | what the chosen rule did | question |\n|---|---|---|\n");
        changes.forEach(l -> out.append(l).append('\n'));
        return out.append('\n').toString();
    }
}
