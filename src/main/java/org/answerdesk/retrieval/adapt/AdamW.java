package org.answerdesk.retrieval.adapt;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;

/** AdamW (decoupled weight decay 0.01) on the trainable weights, with global gradient-norm clipping. */
final class AdamW {
    private static final float MAX_NORM = 1f;
    private final Map<String, NDArray> params;
    private final Map<String, NDArray[]> moments = new HashMap<>();
    private final double rate;

    AdamW(Map<String, NDArray> params, NDManager manager, double rate) {
        this.params = params;
        this.rate = rate;
        params.forEach((name, p) -> moments.put(name, new NDArray[] {manager.zeros(p.getShape()),
            manager.zeros(p.getShape())}));
    }

    /** One update, with the gradients clipped to a global norm of {@link #MAX_NORM}; returns their norm. */
    float step(int step, int steps) {
        double lr = Schedule.rate(rate, step, steps);
        double b1 = 0.9;
        double b2 = 0.999;
        double c1 = 1 - Math.pow(b1, step + 1);
        double c2 = 1 - Math.pow(b2, step + 1);
        // a scope per weight frees that weight's intermediate arrays at once: one scope around the whole update held
        // about eight weight-sized arrays per weight, 350 MB for MiniLM, the training process's peak
        Map<String, NDArray> grads = new LinkedHashMap<>();
        double squares = 0;
        for (Map.Entry<String, NDArray> e : params.entrySet()) {
            NDArray g = e.getValue().getGradient();
            grads.put(e.getKey(), g);
            try (NDScope scope = new NDScope()) {
                squares += g.square().sum().getFloat();
            }
        }
        float norm = (float) Math.sqrt(squares);
        if (!Float.isFinite(norm)) {
            return norm; // the caller stops: a non-finite gradient never reaches the weights
        }
        float clip = norm > MAX_NORM ? MAX_NORM / norm : 1f;
        grads.forEach((name, grad) -> {
            try (NDScope scope = new NDScope()) {
                NDArray p = params.get(name);
                NDArray g = grad.mul(clip);
                NDArray[] mv = moments.get(name);
                mv[0].muli(b1).addi(g.mul(1 - b1));
                mv[1].muli(b2).addi(g.square().mul(1 - b2));
                p.subi(mv[0].div(c1).div(mv[1].div(c2).sqrt().add(1e-8)).add(p.mul(0.01)).mul(lr));
                grad.subi(grad); // gradients add up across backward passes: zero them (finite here) for the next
            }
        });
        return norm;
    }
}
