package org.answerdesk.faq;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.answerdesk.faq.adapt.EncoderAdapter;

/**
 * MiniLM adapted to one FAQ: trained on its phrasings ({@link EncoderAdapter}) and stored as an ONNX model with
 * its tokenizer in a directory named by the FAQ's fingerprint, so the same FAQ never trains twice.
 *
 * @param dir         where {@code model.onnx} and {@code tokenizer.json} are
 * @param fingerprint a hash of what it was trained on (phrasings per entry, rejected questions, training options)
 */
public record AdaptedModel(Path dir, String fingerprint, boolean trained) {

    /** Part of the fingerprint: raise it when training changes, so stored models are trained again. */
    private static final String TRAINER_VERSION = "4";
    /** An entry with this many phrasings or more has its last one held out of training, for calibration. */
    static final int HOLD_OUT_FROM = 3;
    static final String MODEL = "model.onnx";
    static final String TOKENIZER = "tokenizer.json";
    private static final String SHIPPED_MODEL = "/all-minilm-l6-v2.onnx";
    private static final String SHIPPED_TOKENIZER = "/all-minilm-l6-v2-tokenizer.json";

    /**
     * The model stored for this FAQ under {@code root}, trained now if it is not there yet.
     *
     * @param rejected per entry, questions whose askers rejected its answer (pushed away from it)
     * @param options  how to train (all but the time limit are part of the fingerprint; training stops after the
     *                 time limit and the model is stored with the steps done by then)
     */
    public static AdaptedModel trainOrLoad(Path root, List<FaqEntry> entries, Map<Long, List<String>> rejected,
                                           EncoderAdapter.Options options) throws IOException {
        String fingerprint = fingerprint(entries, rejected, options);
        Path dir = root.resolve(fingerprint);
        AdaptedModel stored = new AdaptedModel(dir, fingerprint, false);
        if (stored.complete()) {
            return stored;
        }
        List<EncoderAdapter.Example> examples = entries.stream().map(e -> new EncoderAdapter.Example(e.id(),
                trainingPhrasings(e), rejected.getOrDefault(e.id(), List.of()))).toList();
        Path tmp = Files.createTempDirectory(Files.createDirectories(root), fingerprint + "."); // fails before training
        byte[] model;
        try (InputStream shipped = resource(SHIPPED_MODEL); InputStream tokenizer = resource(SHIPPED_TOKENIZER)) {
            model = EncoderAdapter.adapt(shipped.readAllBytes(), tokenizer, examples, options);
        }
        Files.write(tmp.resolve(MODEL), model);
        try (InputStream tokenizer = resource(SHIPPED_TOKENIZER)) {
            Files.copy(tokenizer, tmp.resolve(TOKENIZER));
        }
        if (!stored.complete()) {
            Files.move(tmp, dir, java.nio.file.StandardCopyOption.ATOMIC_MOVE); // whole or absent after a crash
        }
        return new AdaptedModel(dir, fingerprint, true);
    }

    /**
     * The phrasings trained on: all but the last of an entry with at least {@value #HOLD_OUT_FROM} (that one is held
     * out to calibrate the confidence, {@link #calibration}; it stays in the index for retrieval).
     */
    static List<String> trainingPhrasings(FaqEntry e) {
        List<String> all = e.phrasings();
        return all.size() >= HOLD_OUT_FROM ? all.subList(0, all.size() - 1) : all;
    }

    /**
     * The phrasings held out of training (see {@link #trainingPhrasings}): under the adapted model they come to their
     * entry as a customer's question does, so the index fits its answer decision on them
     * ({@link FaqIndex#adapted}).
     */
    public static java.util.function.Predicate<FaqIndex.Phrasing> unseen(List<FaqEntry> entries) {
        java.util.Set<String> heldOut = new java.util.HashSet<>();
        for (FaqEntry e : entries) {
            if (e.phrasings().size() >= HOLD_OUT_FROM) {
                heldOut.add(e.id() + "\n" + e.phrasings().get(e.phrasings().size() - 1));
            }
        }
        return p -> heldOut.contains(p.entryId() + "\n" + p.text());
    }

    boolean complete() {
        return Files.isRegularFile(dir.resolve(MODEL)) && Files.isRegularFile(dir.resolve(TOKENIZER));
    }

    /** Loads the stored model (a second or two); its vectors are named by the fingerprint. */
    public Embedder embedder() {
        return Embedder.onnx(dir.resolve(MODEL), dir.resolve(TOKENIZER), modelName(fingerprint));
    }

    static String modelName(String fingerprint) {
        return "all-minilm-l6-v2-adapted-" + fingerprint;
    }

    static String fingerprint(List<FaqEntry> entries, Map<Long, List<String>> rejected,
                              EncoderAdapter.Options options) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((TRAINER_VERSION + options.trained()).getBytes(StandardCharsets.UTF_8));
            Map<Long, FaqEntry> sorted = new TreeMap<>();
            entries.forEach(e -> sorted.put(e.id(), e));
            for (FaqEntry e : sorted.values()) {
                sha.update(("\u0001" + e.id()).getBytes(StandardCharsets.UTF_8));
                for (String p : e.phrasings()) {
                    sha.update(("\u0002" + p).getBytes(StandardCharsets.UTF_8));
                }
                for (String q : rejected.getOrDefault(e.id(), List.of())) {
                    sha.update(("\u0003" + q).getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = AdaptedModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the shipped MiniLM model " + name + " is not on the class path");
        }
        return in;
    }
}
