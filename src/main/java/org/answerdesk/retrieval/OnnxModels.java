package org.answerdesk.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Semaphore;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.output.Response;

/**
 * Loads a MiniLM model that ships in a langchain4j jar with ONNX Runtime session options suited to a server,
 * where many requests embed at once: langchain4j's own models use the defaults, which give every run a pool of
 * one thread per core that spins while it waits for work, so concurrent requests fight over the cores.
 */
final class OnnxModels {

    /**
     * The shipped models loaded so far, by resource name: each is read-only once loaded, so a JVM that asks for one
     * several times (the eval commands, which load their model per run; the benchmarks; a restart in place) reads its
     * 90 MB and builds its session once. Package-private for the tests, whose apps share one model per JVM.
     */
    static final java.util.Map<String, EmbeddingModel> SHIPPED = new java.util.concurrent.ConcurrentHashMap<>();

    private OnnxModels() {
    }

    /** The shipped model {@code name} ({@link #load(String)}), loaded once per JVM. */
    static EmbeddingModel shipped(String name) {
        return SHIPPED.computeIfAbsent(name, OnnxModels::load);
    }

    /**
     * @param name the model's resource name in its jar, e.g. {@code all-minilm-l6-v2} (with
     *             {@code <name>.onnx} and {@code <name>-tokenizer.json} beside it)
     */
    static EmbeddingModel load(String name) {
        try (InputStream model = resource(name + ".onnx"); InputStream tokenizer = resource(name + "-tokenizer.json")) {
            return load(model, tokenizer, PoolingMode.MEAN, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A BERT-style model stored on disk (e.g. adapted to the FAQ), with the same server options. */
    static EmbeddingModel load(java.nio.file.Path model, java.nio.file.Path tokenizer, PoolingMode pooling) {
        try (InputStream t = java.nio.file.Files.newInputStream(tokenizer)) {
            return load(model.toString(), null, t, pooling, model.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddingModel load(InputStream model, InputStream tokenizer, PoolingMode pooling, String name)
            throws IOException {
        return load(null, model, tokenizer, pooling, name);
    }

    /**
     * From a file, ONNX Runtime reads the model itself: the copy in a direct buffer that a stream needs (~90 MB for
     * MiniLM) stayed with the bot until a garbage collection ran its cleaner, and an adaptation's swap-in made one.
     */
    private static EmbeddingModel load(String file, InputStream model, InputStream tokenizer, PoolingMode pooling,
                                       String name) throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = serverOptions()) {
            OrtSession session;
            if (file != null) {
                session = environment.createSession(file, options);
            } else {
                ByteBuffer bytes = modelBytes(model);
                try {
                    session = environment.createSession(bytes, options); // ONNX Runtime copies the model
                } finally {
                    free(bytes);
                }
            }
            var encoder = new OnnxBertBiEncoder(environment, session, tokenizer, pooling);
            return new GatedModel(encoder, session, cores);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the ONNX model " + name, e);
        }
    }

    /**
     * A run may use every core, but the pool's threads sleep instead of spinning while they wait for work: with
     * spinning, concurrent requests (and everything else on the machine) lose their cores to idle threads. On the
     * shared 2-core machine this cut the 1-thread p50 from 126 to 25 ms and raised 4-thread throughput from 19.6 to
     * 29.5 embeddings/s (one thread per run without spinning: 79 ms, 24.3/s). No arena, whose blocks would stay
     * with the process after a burst of concurrent runs.
     */
    static OrtSession.SessionOptions serverOptions() throws OrtException {
        var options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(Math.min(4, Runtime.getRuntime().availableProcessors()));
        options.setInterOpNumThreads(1);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        options.addConfigEntry("session.inter_op.allow_spinning", "0");
        options.setCPUArenaAllocator(false);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        return options;
    }

    /**
     * The model read into native memory, not the heap: the heap would keep its ~90 MB of pages after it is freed.
     * The caller frees it ({@link #free}) once ONNX Runtime has its copy.
     */
    private static ByteBuffer modelBytes(InputStream in) throws IOException {
        {
            byte[] chunk = new byte[1 << 20];
            ByteBuffer buffer = ByteBuffer.allocateDirect(Math.max(in.available(), 1 << 20));
            for (int n; (n = in.read(chunk)) > 0; ) {
                if (buffer.remaining() < n) {
                    ByteBuffer bigger = ByteBuffer.allocateDirect(Math.max(buffer.capacity() * 2, buffer.position() + n));
                    buffer.flip();
                    bigger.put(buffer);
                    free(buffer);
                    buffer = bigger;
                }
                buffer.put(chunk, 0, n);
            }
            return buffer.flip();
        }
    }

    /**
     * Frees a direct buffer now instead of at a later garbage collection: a model's copy, and the smaller ones a
     * jar entry's stream (whose size is not known) grew through, are 255 MB for MiniLM, and their small objects
     * reach the old generation, which G1 collects rarely (the bot held them for hours). No-op where the JDK does
     * not allow it.
     */
    static void free(ByteBuffer direct) {
        try {
            var field = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
            field.setAccessible(true);
            Object unsafe = field.get(null);
            unsafe.getClass().getMethod("invokeCleaner", ByteBuffer.class).invoke(unsafe, direct);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // left to the garbage collector
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = OnnxModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("model resource " + name + " is not on the classpath");
        }
        return in;
    }

    /**
     * At most one run per core at once: more would only share the cores and keep more buffers alive (a burst of
     * 300 requests otherwise runs 200 models at once, one per web server thread).
     */
    private static final class GatedModel extends AbstractInProcessEmbeddingModel implements AutoCloseable {

        private final OnnxBertBiEncoder encoder;
        private final OrtSession session;
        private final int concurrentRuns;
        private final Semaphore runs;
        private volatile boolean closed;

        GatedModel(OnnxBertBiEncoder encoder, OrtSession session, int concurrentRuns) {
            super(null);
            this.encoder = encoder;
            this.session = session;
            this.concurrentRuns = concurrentRuns;
            this.runs = new Semaphore(concurrentRuns, true); // first come, first served: no request starves
        }

        /** Frees the session's native memory once the runs in flight have ended; later runs fail. */
        @Override
        public void close() throws OrtException {
            closed = true;
            runs.acquireUninterruptibly(concurrentRuns);
            try {
                session.close();
            } finally {
                runs.release(concurrentRuns);
            }
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }

        /**
         * Texts run one at a time, each taking one of the per-core turns (a run still uses every core it may): a
         * batch handed to langchain4j's own thread pool could leave runs going after the caller was interrupted,
         * and {@link #close()} must know that nothing runs on the session it frees.
         */
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            List<Embedding> out = new java.util.ArrayList<>(segments.size());
            for (TextSegment segment : segments) {
                runs.acquireUninterruptibly();
                try {
                    if (closed) {
                        throw new IllegalStateException("this model was replaced and closed");
                    }
                    out.add(super.embedAll(List.of(segment)).content().get(0));
                } finally {
                    runs.release();
                }
            }
            return Response.from(out);
        }
    }
}
