package dev.autocaption.inference.detector.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.TensorProto;

/**
 * Converts a TF.js graph model ({@code model.json} plus {@code *.bin} shards) into a TensorFlow {@link GraphDef}.
 * <ul>
 *   <li>weights become Const nodes; float16 and uint8/uint16 quantised weights are dequantised;</li>
 *   <li>int64 constants, which TF.js can only store as int32 weights, are widened back to int64 when their Const
 *       node declares {@code DT_INT64} (without this, ONNX-derived graphs such as NanoDet fail to import at
 *       {@code SparseToDense});</li>
 *   <li>the TF.js-only op {@code FusedDepthwiseConv2dNative} is split into {@code DepthwiseConv2dNative} +
 *       {@code BiasAdd} (+ activation), and {@code _FusedConv2D} gets the {@code TArgs} attribute newer TF requires.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class TfjsGraphConverter {
    /** Part of the cache key of converted graphs: change it whenever the output of the converter changes. */
    public static final String VERSION = "tfjs-graphdef-1";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The converted graph and what was rewritten.
     *
     * @param graph    the GraphDef, ready for {@code Graph.importGraphDef}
     * @param rewrites description → count, e.g. {@code int32 weight widened to int64 Const=26}
     */
    public record Conversion(GraphDef graph, Map<String, Integer> rewrites) {
        public Conversion {
            rewrites = Map.copyOf(rewrites);
        }
    }

    /** @throws GraphConversionException when the model is not a TF.js graph model or uses what we cannot convert */
    public Conversion convert(Path modelJson) throws GraphConversionException {
        JsonNode root = readJson(modelJson);
        if (!"graph-model".equals(root.path("format").asText())) {
            throw new GraphConversionException(modelJson + ": not a TF.js graph model, format is '"
                    + root.path("format").asText() + "'");
        }
        Map<String, TensorProto> weights = TfjsWeights.read(root.get("weightsManifest"), modelJson.getParent());
        JsonNode topology = root.get("modelTopology");
        if (topology.path("library").has("function")) {
            throw new GraphConversionException(modelJson + ": graphs with a function library are not supported");
        }
        Map<String, Integer> rewrites = new TreeMap<>();
        Set<String> used = new HashSet<>();
        GraphDef.Builder graph = GraphDef.newBuilder();
        for (JsonNode n : topology.get("node")) {
            NodeDef.Builder node = node(n);
            if (node.getOp().equals("Const")) {
                bindWeight(node, weights, used, rewrites);
            }
            addRewritten(graph, node, rewrites);
        }
        if (used.size() != weights.size()) {
            Set<String> unused = new TreeSet<>(weights.keySet());
            unused.removeAll(used);
            throw new GraphConversionException(modelJson + ": weights without a Const node: " + unused);
        }
        return new Conversion(graph.build(), rewrites);
    }

    private static JsonNode readJson(Path modelJson) throws GraphConversionException {
        try {
            return JSON.readTree(modelJson.toFile());
        } catch (IOException e) {
            throw new GraphConversionException("cannot read " + modelJson + ": " + e.getMessage(), e);
        }
    }

    private static NodeDef.Builder node(JsonNode n) throws GraphConversionException {
        NodeDef.Builder nb = NodeDef.newBuilder().setName(n.get("name").asText()).setOp(n.get("op").asText());
        if (n.has("device")) {
            nb.setDevice(n.get("device").asText());
        }
        n.path("input").forEach(in -> nb.addInput(in.asText()));
        for (Map.Entry<String, JsonNode> e : n.path("attr").properties()) {
            nb.putAttr(e.getKey(), TfjsAttrs.attr(nb.getName(), e.getValue()));
        }
        return nb;
    }

    private static void bindWeight(NodeDef.Builder node, Map<String, TensorProto> weights, Set<String> used,
                                   Map<String, Integer> rewrites) throws GraphConversionException {
        TensorProto t = weights.get(node.getName());
        if (t == null) {
            if (!node.getAttrMap().containsKey("value")) {
                throw new GraphConversionException("Const " + node.getName() + " has neither a weight nor a value");
            }
            return;
        }
        used.add(node.getName());
        AttrValue declared = node.getAttrMap().get("dtype");
        if (declared != null && declared.getType() == DataType.DT_INT64 && t.getDtype() == DataType.DT_INT32) {
            t = widenToInt64(t);
            count(rewrites, "int32 weight widened to int64 Const");
        }
        node.putAttr("value", AttrValue.newBuilder().setTensor(t).build());
        node.putAttr("dtype", AttrValue.newBuilder().setType(t.getDtype()).build());
    }

    static TensorProto widenToInt64(TensorProto t) {
        ByteBuffer in = t.getTensorContent().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer out = ByteBuffer.allocate(in.remaining() * 2).order(ByteOrder.LITTLE_ENDIAN);
        while (in.remaining() >= 4) {
            out.putLong(in.getInt());
        }
        out.flip();
        return t.toBuilder().setDtype(DataType.DT_INT64).setTensorContent(ByteString.copyFrom(out)).build();
    }

    private static void addRewritten(GraphDef.Builder graph, NodeDef.Builder node, Map<String, Integer> rewrites)
            throws GraphConversionException {
        switch (node.getOp()) {
            case "FusedDepthwiseConv2dNative" -> FusedOps.split(graph, node.build(), "DepthwiseConv2dNative",
                    rewrites);
            case "_FusedConv2D" -> {
                if (!node.getAttrMap().containsKey("TArgs")) {
                    int args = (int) node.getAttrMap().get("num_args").getI();
                    AttrValue.ListValue.Builder types = AttrValue.ListValue.newBuilder();
                    for (int i = 0; i < args; i++) {
                        types.addType(node.getAttrMap().get("T").getType());
                    }
                    node.putAttr("TArgs", AttrValue.newBuilder().setList(types).build());
                    count(rewrites, "_FusedConv2D given TArgs");
                }
                graph.addNode(node);
            }
            default -> graph.addNode(node);
        }
    }

    static void count(Map<String, Integer> rewrites, String what) {
        rewrites.merge(what, 1, Integer::sum);
    }

    /** A node's inputs split into data inputs and control ({@code ^name}) inputs, each in their order. */
    static List<List<String>> dataAndControl(NodeDef n) {
        List<String> data = new ArrayList<>();
        List<String> control = new ArrayList<>();
        n.getInputList().forEach(in -> (in.startsWith("^") ? control : data).add(in));
        return List.of(data, control);
    }
}
