package org.answerdesk.retrieval;

import java.util.Random;

/**
 * A multinomial logistic regression over a phrasing's sentence vector and its hashed words, trained in process
 * with plain SGD on the FAQ's own phrasings (one class per entry). Retrained whenever the index is rebuilt.
 */
final class SoftmaxHead {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SoftmaxHead.class);

    /**
     * The most weights (floats) a head may have: 512 MB, about 4,000 entries with the lexical table (a 100,000-entry
     * FAQ would need 13 GB, and overflowed an array's int size). A larger FAQ is ranked by cosine alone.
     */
    static final long MAX_WEIGHTS = 1L << 27;

    /**
     * @param epochs       passes over the phrasings
     * @param learningRate initial step, decayed linearly to zero
     * @param l2           weight decay
     * @param vectorScale  the unit sentence vector is multiplied by this before the linear layer
     * @param lexicalValue value of each present word / word-pair bucket (0 turns the lexical part off)
     */
    record Options(int epochs, double learningRate, double l2, double vectorScale, double lexicalValue) {
        /** No training and no lexical table: every class equally likely. */
        static final Options UNTRAINED = new Options(0, 0.02, 1e-5, 10, 0);

        /** Tuned on the BANKING77 dev split: about 60,000 SGD steps, at least 2 and at most 30 epochs. */
        static Options forSize(int phrasings) {
            int epochs = phrasings == 0 ? 0 : Math.max(2, Math.min(30, (int) Math.ceil(60_000.0 / phrasings)));
            return new Options(epochs, 0.02, 1e-5, 10, 0.3);
        }
    }

    private final int classes;
    private final int dims;
    private final float[] dense;   // classes x dims
    private final float[] lexical; // BUCKETS x classes
    private final float[] bias;
    private final Options options;

    private SoftmaxHead(int classes, int dims, Options options) {
        boolean untrained = options.epochs() == 0;
        this.classes = classes;
        this.dims = untrained ? 0 : dims; // all zero weights: the vector adds nothing to the (uniform) logits
        this.options = options;
        this.dense = new float[Math.toIntExact((long) classes * this.dims)];
        this.lexical = options.lexicalValue() > 0 && !untrained
                ? new float[Math.toIntExact((long) LexicalFeatures.BUCKETS * classes)] : new float[0];
        this.bias = new float[classes];
    }

    /** How many weights the head trained with {@code options} over {@code classes} entries has. */
    static long weights(int classes, int dims, Options options) {
        return (long) classes * dims + (options.lexicalValue() > 0 ? (long) LexicalFeatures.BUCKETS * classes : 0);
    }

    /**
     * Whether a head over this many entries and phrasings stays within {@code maxWeights}; if not, says so in a
     * warning (the index then ranks by cosine, {@link FaqIndex.Builder#untrained}).
     */
    static boolean fits(int classes, int dims, int phrasings, long maxWeights) {
        long needed = weights(classes, dims, Options.forSize(phrasings));
        if (needed <= maxWeights) {
            return true;
        }
        log.warn("The FAQ has {} entries: too many to train the answer head ({} MB of weights, at most {} MB); "
                + "it is ranked by the closest phrasing's cosine alone", classes, needed * Float.BYTES >> 20,
                maxWeights * Float.BYTES >> 20);
        return false;
    }

    static SoftmaxHead train(float[][] vectors, int[][] words, int[] labels, int classes, Options options, long seed) {
        SoftmaxHead head = new SoftmaxHead(classes, vectors.length == 0 ? 0 : vectors[0].length, options);
        if (classes < 2) {
            return head; // all zero: one entry gets probability 1
        }
        int n = vectors.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        double[] p = new double[classes];
        long steps = (long) options.epochs() * n;
        long step = 0;
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            shuffle(order, random);
            for (int k = 0; k < n; k++, step++) {
                int i = order[k];
                double lr = options.learningRate() * (1 - (double) step / steps);
                head.probabilities(vectors[i], words[i], p);
                p[labels[i]] -= 1; // gradient of the cross-entropy w.r.t. the logits
                head.update(vectors[i], words[i], p, lr);
            }
        }
        return head;
    }

    private void update(float[] v, int[] w, double[] grad, double lr) {
        float decay = (float) (1 - lr * options.l2());
        float s = (float) options.vectorScale();
        float lv = (float) options.lexicalValue();
        for (int c = 0; c < classes; c++) {
            float g = (float) (lr * grad[c]);
            int row = c * dims;
            for (int d = 0; d < dims; d++) {
                dense[row + d] = dense[row + d] * decay - g * s * v[d];
            }
            bias[c] -= g;
            if (lv > 0) {
                for (int b : w) {
                    lexical[b * classes + c] -= g * lv;
                }
            }
        }
    }

    /** Fills {@code out} with the class probabilities for one text. */
    void probabilities(float[] v, int[] w, double[] out) {
        logits(v, w, out);
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            max = Math.max(max, out[c]);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            out[c] = Math.exp(out[c] - max);
            sum += out[c];
        }
        for (int c = 0; c < classes; c++) {
            out[c] /= sum;
        }
    }

    void logits(float[] v, int[] w, double[] out) {
        float s = (float) options.vectorScale();
        float lv = (float) options.lexicalValue();
        for (int c = 0; c < classes; c++) {
            int row = c * dims;
            float sum = 0;
            for (int d = 0; d < dims; d++) {
                sum += dense[row + d] * v[d];
            }
            double z = sum * s + bias[c];
            if (lv > 0) {
                for (int b : w) {
                    z += lexical[b * classes + c] * lv;
                }
            }
            out[c] = z;
        }
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
