package org.answerdesk.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Few-shot cross-validation folds over HWU64 (a home assistant's requests, a second domain beside BANKING77).
 * Usage: {@code split-hwu HWU64_TRAIN.csv BANKING77_TRAIN.csv OUT_DIR}. HWU64's train.csv is dealt into
 * {@value Splits#FOLDS} stratified folds (seed 42); fold k's FAQ is {@value #SHOTS} phrasings per intent drawn from
 * the other folds ({@code hwu-cv<k>-faq-5shot.csv}), its queries ({@code hwu-cv<k>-queries.csv}) are fold k plus a
 * fifth of {@value #OUT_OF_SCOPE} BANKING77 questions, which no home assistant intent answers.
 */
final class HwuSplits {

    static final int SHOTS = 5;
    static final int OUT_OF_SCOPE = 2500;

    private HwuSplits() {
    }

    static void run(Path hwuTrain, Path bankingTrain, Path out) throws IOException {
        Files.createDirectories(out);
        List<LabeledText> hwu = LabeledCsv.read(hwuTrain);
        List<LabeledText> banking = new ArrayList<>(LabeledCsv.read(bankingTrain));
        Collections.shuffle(banking, new Random(Splits.SEED));
        List<LabeledText> oos = banking.subList(0, Math.min(OUT_OF_SCOPE, banking.size())).stream()
                .map(r -> new LabeledText(r.text(), "")).toList();
        List<List<LabeledText>> folds = Splits.folds(hwu, Splits.FOLDS, new Random(Splits.SEED));
        for (int k = 0; k < Splits.FOLDS; k++) {
            List<LabeledText> faq = new ArrayList<>();
            for (int other = 0; other < Splits.FOLDS; other++) {
                if (other != k) {
                    faq.addAll(folds.get(other));
                }
            }
            List<LabeledText> queries = new ArrayList<>(folds.get(k));
            queries.addAll(oos.subList(oos.size() * k / Splits.FOLDS, oos.size() * (k + 1) / Splits.FOLDS));
            Splits.write(out.resolve("hwu-cv" + k + "-faq-5shot.csv"), Splits.shots(faq, SHOTS, new Random(Splits.SEED + k)));
            Splits.write(out.resolve("hwu-cv" + k + "-queries.csv"), queries);
        }
        System.out.printf("wrote %d HWU64 folds to %s (%d rows, %d out-of-scope)%n", Splits.FOLDS, out, hwu.size(),
                oos.size());
    }
}
