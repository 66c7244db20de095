package org.answerdesk.retrieval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.answerdesk.retrieval.adapt.EncoderTraining;

/**
 * What a training process is given, as one file: where the model to start from and its tokenizer are, its pooling,
 * the training options, the FAQ's examples and the off-topic questions to train away from. Strings are written as their UTF-8 length and bytes (no 64 KB limit
 * as with {@code writeUTF}). Written by the bot, read by the training process ({@link TrainingCommand}).
 */
public record TrainingJob(BaseModel.Source model, BaseModel.Source tokenizer, EncoderTraining.Pooling pooling,
                   EncoderTraining.Options options, List<EncoderTraining.Example> examples, List<String> offTopic) {

    private static final int FORMAT = 2;

    /** A job without off-topic questions. */
    public TrainingJob(BaseModel.Source model, BaseModel.Source tokenizer, EncoderTraining.Pooling pooling,
                       EncoderTraining.Options options, List<EncoderTraining.Example> examples) {
        this(model, tokenizer, pooling, options, examples, List.of());
    }

    void write(Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(FORMAT);
            text(out, model.location());
            text(out, tokenizer.location());
            text(out, pooling.name());
            out.writeInt(options.pairsPerPhrasing());
            out.writeInt(options.epochs());
            out.writeInt(options.maxPairs());
            out.writeInt(options.batchSize());
            out.writeDouble(options.learningRate());
            out.writeBoolean(options.hardNegatives());
            out.writeInt(options.offTopicNegatives());
            out.writeLong(options.seed());
            out.writeLong(options.maxTime().toMillis());
            out.writeInt(examples.size());
            for (EncoderTraining.Example e : examples) {
                out.writeLong(e.entryId());
                texts(out, e.phrasings());
                texts(out, e.rejectedQuestions());
            }
            texts(out, offTopic);
        }
    }

    static TrainingJob read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IOException("training job " + file + " has format " + format + ", expected " + FORMAT);
            }
            BaseModel.Source model = new BaseModel.Source(text(in));
            BaseModel.Source tokenizer = new BaseModel.Source(text(in));
            EncoderTraining.Pooling pooling = EncoderTraining.Pooling.valueOf(text(in));
            EncoderTraining.Options options = new EncoderTraining.Options(in.readInt(), in.readInt(), in.readInt(),
                    in.readInt(), in.readDouble(), in.readBoolean(), in.readInt(), in.readLong(),
                    Duration.ofMillis(in.readLong()));
            int count = in.readInt();
            List<EncoderTraining.Example> examples = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                examples.add(new EncoderTraining.Example(in.readLong(), texts(in), texts(in)));
            }
            return new TrainingJob(model, tokenizer, pooling, options, examples, texts(in));
        }
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static void texts(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            text(out, s);
        }
    }

    private static String text(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(text(in));
        }
        return out;
    }
}
