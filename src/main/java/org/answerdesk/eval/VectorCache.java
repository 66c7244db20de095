package org.answerdesk.eval;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.answerdesk.retrieval.Embedder;

/**
 * Embeds texts in batches, optionally remembering every vector in a file per model ({@code --embedding-cache DIR})
 * so that repeated evaluations of large data sets skip the model. The vectors are the embedder's own, unchanged.
 */
final class VectorCache {

    private static final int BATCH = 256;

    private final Embedder embedder;
    private final Path file;
    private final Map<String, float[]> known = new HashMap<>();

    VectorCache(Embedder embedder, Path dir) throws IOException {
        this.embedder = embedder;
        this.file = dir == null ? null : dir.resolve(embedder.modelName() + ".vec");
        if (file != null && Files.exists(file)) {
            load();
        }
    }

    List<float[]> vectors(List<String> texts) throws IOException {
        List<String> missing = new ArrayList<>(new LinkedHashSet<>(texts.stream().filter(t -> !known.containsKey(t)).toList()));
        embedder.embedInBatches(missing, BATCH, (from, vs) -> {
            List<String> batch = missing.subList(from, from + vs.size());
            for (int i = 0; i < batch.size(); i++) {
                known.put(batch.get(i), vs.get(i));
            }
            append(batch);
        });
        return texts.stream().map(known::get).toList();
    }

    private void load() throws IOException {
        // locked: another evaluation may be appending to the same file (replays run two at a time)
        try (var channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             var lock = channel.lock()) {
            var in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            long whole = 0;
            while (true) {
                try {
                    int len = in.readInt();
                    byte[] utf8 = in.readNBytes(len);
                    float[] v = new float[in.readInt()];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = in.readFloat();
                    }
                    known.put(new String(utf8, StandardCharsets.UTF_8), v);
                    whole += 8L + len + 4L * v.length;
                } catch (EOFException end) {
                    // a record cut short (a process killed while appending) is dropped, so later records stay readable
                    channel.truncate(whole);
                    return;
                }
            }
        }
    }

    private void append(List<String> texts) throws IOException {
        if (file == null) {
            return;
        }
        Files.createDirectories(file.getParent());
        var bytes = new java.io.ByteArrayOutputStream();
        var out = new DataOutputStream(bytes);
        for (String t : texts) {
            byte[] utf8 = t.getBytes(StandardCharsets.UTF_8);
            float[] v = known.get(t);
            out.writeInt(utf8.length);
            out.write(utf8);
            out.writeInt(v.length);
            for (float x : v) {
                out.writeFloat(x);
            }
        }
        // an exclusive lock: two evaluations appending at once would interleave their records
        try (var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND); var lock = channel.lock()) {
            var buffer = ByteBuffer.wrap(bytes.toByteArray());
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }
}
