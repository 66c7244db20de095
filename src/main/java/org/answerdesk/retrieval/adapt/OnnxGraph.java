package org.answerdesk.retrieval.adapt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.answerdesk.retrieval.adapt.OnnxWeights.Tensor;

/**
 * What {@link OnnxWeights} needs of an ONNX model's graph (ModelProto field 7, a GraphProto): its float initializers
 * stored as raw_data (by their ONNX names), its nodes, and its inputs' names. Read straight from the protobuf bytes;
 * every other field is skipped.
 *
 * @param initializers the float weights, in the file's order
 * @param nodes        the graph's nodes, in the file's order
 * @param inputs       the graph's input names, in the file's order
 */
record OnnxGraph(Map<String, Tensor> initializers, List<Node> nodes, Set<String> inputs) {

    /** One node: its operator and the names of its inputs and outputs. */
    record Node(String op, List<String> inputs, List<String> outputs) {
    }

    static OnnxGraph read(byte[] file) {
        OnnxGraph graph = new OnnxGraph(new LinkedHashMap<>(), new ArrayList<>(), new LinkedHashSet<>());
        ProtobufReader model = new ProtobufReader(file, 0, file.length);
        while (model.more()) {
            int tag = model.tag();
            if (tag >>> 3 == 7 && (tag & 7) == 2) {
                int len = model.varint32();
                graph.readGraph(new ProtobufReader(file, model.pos, model.pos + len));
                model.pos += len;
            } else {
                model.skip(tag);
            }
        }
        return graph;
    }

    /** GraphProto: node (field 1), initializer (5), input (11). */
    private void readGraph(ProtobufReader g) {
        while (g.more()) {
            int tag = g.tag();
            int field = tag >>> 3;
            if ((field == 1 || field == 5 || field == 11) && (tag & 7) == 2) {
                int len = g.varint32();
                ProtobufReader sub = new ProtobufReader(g.bytes, g.pos, g.pos + len);
                if (field == 1) {
                    nodes.add(readNode(sub));
                } else if (field == 11) {
                    inputName(sub).ifPresent(inputs::add);
                } else {
                    Tensor t = readTensor(sub);
                    if (t != null) {
                        initializers.put(t.onnxName(), t);
                    }
                }
                g.pos += len;
            } else {
                g.skip(tag);
            }
        }
    }

    /** A graph input's name (ValueInfoProto field 1). */
    private static Optional<String> inputName(ProtobufReader v) {
        while (v.more()) {
            int tag = v.tag();
            if (tag >>> 3 == 1 && (tag & 7) == 2) {
                return Optional.of(v.string());
            }
            v.skip(tag);
        }
        return Optional.empty();
    }

    /** NodeProto: input (field 1), output (2), op_type (4). */
    private static Node readNode(ProtobufReader n) {
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        String op = "";
        while (n.more()) {
            int tag = n.tag();
            int field = tag >>> 3;
            if ((tag & 7) == 2 && (field == 1 || field == 2 || field == 4)) {
                String s = n.string();
                if (field == 1) {
                    inputs.add(s);
                } else if (field == 2) {
                    outputs.add(s);
                } else {
                    op = s;
                }
            } else {
                n.skip(tag);
            }
        }
        return new Node(op, List.copyOf(inputs), List.copyOf(outputs));
    }

    /** TensorProto: dims (field 1, packed or not), data_type (2), name (8), raw_data (9). */
    private static Tensor readTensor(ProtobufReader t) {
        List<Long> dims = new ArrayList<>();
        int type = 0;
        String name = null;
        int offset = -1;
        int length = 0;
        while (t.more()) {
            int tag = t.tag();
            int field = tag >>> 3;
            if (field == 1 && (tag & 7) == 0) {
                dims.add(t.varint());
            } else if (field == 1 && (tag & 7) == 2) {
                int end = t.varint32() + t.pos;
                while (t.pos < end) {
                    dims.add(t.varint());
                }
            } else if (field == 2 && (tag & 7) == 0) {
                type = (int) t.varint();
            } else if (field == 8 && (tag & 7) == 2) {
                name = t.string();
            } else if (field == 9 && (tag & 7) == 2) {
                length = t.varint32();
                offset = t.pos;
                t.pos += length;
            } else {
                t.skip(tag);
            }
        }
        if (type != 1 || name == null || offset < 0) {
            return null; // only float tensors stored as raw_data are weights to train
        }
        return new Tensor(name, dims.stream().mapToLong(Long::longValue).toArray(), offset, length);
    }
}
