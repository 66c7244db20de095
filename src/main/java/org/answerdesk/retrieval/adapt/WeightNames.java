package org.answerdesk.retrieval.adapt;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.answerdesk.retrieval.adapt.OnnxGraph.Node;
import org.answerdesk.retrieval.adapt.OnnxWeights.Tensor;

/**
 * The Hugging Face names of an ONNX graph's weights. Exporters leave the weights of MatMul nodes unnamed
 * ("onnx::MatMul_123"); each is given the name of the bias that the Add node after it adds ("...query.bias" →
 * "...query.weight"). Every initializer also keeps its ONNX name.
 */
final class WeightNames {

    private WeightNames() {
    }

    /** The graph's float weights under their ONNX names, and each MatMul weight under the name of its bias. */
    static Map<String, Tensor> of(OnnxGraph graph) {
        Map<String, Tensor> initializers = graph.initializers();
        Map<String, String> biasOfOutput = new HashMap<>();
        for (Node node : graph.nodes()) {
            if (node.op().equals("Add")) {
                List<String> in = node.inputs();
                for (int i = 0; i < in.size(); i++) {
                    if (initializers.containsKey(in.get(i))) {
                        for (int j = 0; j < in.size(); j++) {
                            if (j != i) {
                                biasOfOutput.put(in.get(j), in.get(i));
                            }
                        }
                    }
                }
            }
        }
        Map<String, Tensor> named = new LinkedHashMap<>();
        for (Tensor t : initializers.values()) {
            named.put(t.onnxName(), t);
        }
        for (Node node : graph.nodes()) {
            if (node.op().equals("MatMul")) {
                String bias = biasOfOutput.get(node.outputs().get(0));
                for (String input : node.inputs()) {
                    if (initializers.containsKey(input) && bias != null && bias.endsWith(".bias")) {
                        named.put(bias.substring(0, bias.length() - ".bias".length()) + ".weight",
                                initializers.get(input));
                    }
                }
            }
        }
        return named;
    }
}
