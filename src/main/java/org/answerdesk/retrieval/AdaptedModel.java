package org.answerdesk.retrieval;

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

import org.answerdesk.retrieval.adapt.EncoderTraining;

/**
 * A model (MiniLM, or the operator's {@link BaseModel}) adapted to one FAQ: trained on its phrasings
 * ({@link EncoderTraining}) and stored as an ONNX model with its tokenizer in a directory named by the FAQ's
 * fingerprint, so the same FAQ never trains twice.
 *
 * @param dir         where {@code model.onnx} and {@code tokenizer.json} are
 * @param fingerprint a hash of what it was trained on (base model, phrasings per entry, rejected questions,
 *                    training options)
 * @param base        the model it was trained from
 */
public record AdaptedModel(Path dir, String fingerprint, boolean trained, BaseModel base) {

    /** Part of the fingerprint: raise it when training changes, so stored models are trained again. */
    private static final String TRAINER_VERSION = "4";
    /** An entry with this many phrasings or more has its last one held out of training, for calibration. */
    static final int HOLD_OUT_FROM = 3;
    static final String MODEL = "model.onnx";
    static final String TOKENIZER = "tokenizer.json";

    /**
     * The model stored for this FAQ under {@code root}, trained from {@code base} now if it is not there yet.
     *
     * @param rejected per entry, questions whose askers rejected its answer (pushed away from it)
     * @param options  how to train (all but the time limit are part of the fingerprint; training stops after the
     *                 time limit and the model is stored with the steps done by then)
     */
    public static AdaptedModel trainOrLoad(Path root, BaseModel base, List<FaqEntry> entries,
                                           Map<Long, List<String>> rejected, EncoderTraining.Options options)
            throws IOException {
        return trainOrLoad(root, base, entries, rejected, List.of(), options, AdaptedModel::trainHere);
    }

    /** As {@link #trainOrLoad(Path, BaseModel, List, Map, EncoderTraining.Options)}, trained by {@code trainer}. */
    public static AdaptedModel trainOrLoad(Path root, BaseModel base, List<FaqEntry> entries,
                                           Map<Long, List<String>> rejected, EncoderTraining.Options options,
                                           Trainer trainer) throws IOException {
        return trainOrLoad(root, base, entries, rejected, List.of(), options, trainer);
    }

    /**
     * As {@link #trainOrLoad(Path, BaseModel, List, Map, EncoderTraining.Options, Trainer)}, trained away from
     * {@code notOurs} (the owner's questions the shop does not answer) and the shipped background's index half
     * ({@link OffTopic#shippedForIndex()}; the other half stays held out for the serve check) when
     * {@link EncoderTraining.Options#offTopicNegatives()} is above 0.
     */
    public static AdaptedModel trainOrLoad(Path root, BaseModel base, List<FaqEntry> entries,
                                           Map<Long, List<String>> rejected, List<String> notOurs,
                                           EncoderTraining.Options options, Trainer trainer) throws IOException {
        List<String> offTopic = offTopicNegatives(notOurs, options);
        String fingerprint = fingerprint(base, entries, rejected, notOurs, options);
        var stored = stored(root, fingerprint, base);
        if (stored.isPresent()) {
            return stored.get();
        }
        List<EncoderTraining.Example> examples = entries.stream().map(e -> new EncoderTraining.Example(e.id(),
                trainingPhrasings(e), rejected.getOrDefault(e.id(), List.of()))).toList();
        TrainingJob job = new TrainingJob(base.model(), base.tokenizer(), base.pooling(), options, examples,
                offTopic);
        // fails before training when it cannot write
        Path dir = new AdaptedModelStore(root).write(fingerprint, tmp -> trainer.train(job, tmp));
        return new AdaptedModel(dir, fingerprint, true, base);
    }

    /** Trains a model into a directory: in this process, or in one of its own ({@link TrainingProcess}). */
    @FunctionalInterface
    public interface Trainer {
        /** Writes the trained {@code model.onnx} and {@code tokenizer.json} into {@code dir}. */
        void train(TrainingJob job, Path dir) throws IOException;
    }

    /** Trains {@code job} in this process and writes the model's files into {@code dir}. */
    static void trainHere(TrainingJob job, Path dir) throws IOException {
        byte[] model;
        try (InputStream tokenizer = job.tokenizer().open()) {
            model = EncoderTraining.adapt(job.model().readAll(), tokenizer, job.pooling(), job.examples(),
                    job.offTopic(), job.options());
        }
        Files.write(dir.resolve(MODEL), model);
        try (InputStream tokenizer = job.tokenizer().open()) {
            Files.copy(tokenizer, dir.resolve(TOKENIZER));
        }
    }

    /** The model stored under {@code root} for this fingerprint, if it is there whole. */
    public static java.util.Optional<AdaptedModel> stored(Path root, String fingerprint, BaseModel base) {
        AdaptedModel stored = new AdaptedModel(root.resolve(fingerprint), fingerprint, false, base);
        return stored.complete() ? java.util.Optional.of(stored) : java.util.Optional.empty();
    }

    /**
     * Stores a model trained elsewhere (another instance's, from the database) under {@code root}: {@code writer}
     * writes its files, whole or not at all ({@link AdaptedModelStore#write}).
     */
    public static AdaptedModel received(Path root, String fingerprint, BaseModel base,
                                        AdaptedModelStore.Writer writer) throws IOException {
        Path dir = new AdaptedModelStore(root).write(fingerprint, tmp -> {
            writer.write(tmp);
            if (!AdaptedModelStore.complete(tmp)) {
                throw new IOException("the received model " + fingerprint + " lacks " + MODEL + " or " + TOKENIZER);
            }
        });
        return new AdaptedModel(dir, fingerprint, false, base);
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
     * ({@link FaqIndex.Builder#adapted}).
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
        return AdaptedModelStore.complete(dir);
    }

    /** Loads the stored model (a second or two); its vectors are named by the fingerprint. */
    public Embedder embedder() {
        return Embedder.onnx(dir.resolve(MODEL), dir.resolve(TOKENIZER),
                dev.langchain4j.model.embedding.onnx.PoolingMode.valueOf(base.pooling().name()),
                base.adaptedName(fingerprint));
    }

    /**
     * A hash of what a model adapted to these entries is trained on (base model, phrasings per entry, rejected
     * questions, training options): the name it is stored under, here and in the database.
     */
    public static String fingerprint(BaseModel base, List<FaqEntry> entries, Map<Long, List<String>> rejected,
                              EncoderTraining.Options options) {
        return fingerprint(base, entries, rejected, List.of(), options);
    }

    /** The off-topic questions a training with {@code options} pushes away: none when it uses none. */
    static List<String> offTopicNegatives(List<String> notOurs, EncoderTraining.Options options) {
        if (options.offTopicNegatives() == 0) {
            return List.of();
        }
        List<String> all = new java.util.ArrayList<>(Backgrounds.shippedForIndex());
        all.addAll(notOurs);
        return List.copyOf(all);
    }

    /** As {@link #fingerprint(BaseModel, List, Map, EncoderTraining.Options)}, with the owner's "not ours" questions. */
    public static String fingerprint(BaseModel base, List<FaqEntry> entries, Map<Long, List<String>> rejected,
                                     List<String> notOurs, EncoderTraining.Options options) {
        List<String> offTopic = offTopicNegatives(notOurs, options);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((TRAINER_VERSION + options.trained()).getBytes(StandardCharsets.UTF_8));
            if (!base.isShipped()) { // models stored before custom models could be adapted keep their fingerprint
                sha.update(("\u0004" + base.name() + "/" + base.pooling()).getBytes(StandardCharsets.UTF_8));
            }
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
            for (String q : offTopic) {
                sha.update(("\u0005" + q).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
