package dev.autocaption.inference.detector.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.ByteString;
import java.util.Base64;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.TensorProto;
import org.tensorflow.proto.TensorShapeProto;

/** Node attributes as the TF.js converter writes them (protobuf JSON of {@code AttrValue}) back into protobuf. */
final class TfjsAttrs {
    private TfjsAttrs() {
    }

    static AttrValue attr(String node, JsonNode v) throws GraphConversionException {
        AttrValue.Builder b = AttrValue.newBuilder();
        if (v.has("s")) {
            b.setS(bytes(v.get("s")));
        } else if (v.has("i")) {
            b.setI(Long.parseLong(v.get("i").asText()));
        } else if (v.has("f")) {
            b.setF(parseFloat(v.get("f")));
        } else if (v.has("b")) {
            b.setB(v.get("b").asBoolean());
        } else if (v.has("type")) {
            b.setType(DataType.valueOf(v.get("type").asText()));
        } else if (v.has("shape")) {
            b.setShape(shape(v.get("shape")));
        } else if (v.has("tensor")) {
            b.setTensor(tensor(v.get("tensor")));
        } else if (v.has("list")) {
            b.setList(list(node, v.get("list")));
        } else if (v.isEmpty()) {
            b.setList(AttrValue.ListValue.getDefaultInstance());
        } else {
            throw new GraphConversionException("node " + node + ": unsupported attribute encoding " + v);
        }
        return b.build();
    }

    private static AttrValue.ListValue list(String node, JsonNode l) throws GraphConversionException {
        if (l.has("func")) {
            throw new GraphConversionException("node " + node + ": list(func) attributes are not supported");
        }
        AttrValue.ListValue.Builder lb = AttrValue.ListValue.newBuilder();
        l.path("s").forEach(x -> lb.addS(bytes(x)));
        l.path("i").forEach(x -> lb.addI(Long.parseLong(x.asText())));
        l.path("f").forEach(x -> lb.addF(parseFloat(x)));
        l.path("b").forEach(x -> lb.addB(x.asBoolean()));
        l.path("type").forEach(x -> lb.addType(DataType.valueOf(x.asText())));
        l.path("shape").forEach(x -> lb.addShape(shape(x)));
        for (JsonNode x : l.path("tensor")) {
            lb.addTensor(tensor(x));
        }
        return lb.build();
    }

    static float parseFloat(JsonNode x) {
        if (x.isNumber()) {
            return x.floatValue();
        }
        return switch (x.asText()) {
            case "NaN" -> Float.NaN;
            case "Infinity" -> Float.POSITIVE_INFINITY;
            case "-Infinity" -> Float.NEGATIVE_INFINITY;
            default -> Float.parseFloat(x.asText());
        };
    }

    static TensorShapeProto shape(JsonNode s) {
        TensorShapeProto.Builder b = TensorShapeProto.newBuilder();
        if (s.path("unknownRank").asBoolean(false)) {
            b.setUnknownRank(true);
        }
        s.path("dim").forEach(d -> b.addDim(TensorShapeProto.Dim.newBuilder()
                .setSize(Long.parseLong(d.path("size").asText("0")))));
        return b.build();
    }

    static TensorShapeProto shape(long[] dims) {
        TensorShapeProto.Builder b = TensorShapeProto.newBuilder();
        for (long d : dims) {
            b.addDim(TensorShapeProto.Dim.newBuilder().setSize(d));
        }
        return b.build();
    }

    /** An inline tensor, with only the fields TF.js writes for small constants. */
    static TensorProto tensor(JsonNode t) {
        TensorProto.Builder b = TensorProto.newBuilder()
                .setDtype(DataType.valueOf(t.path("dtype").asText("DT_FLOAT")));
        if (t.has("tensorShape")) {
            b.setTensorShape(shape(t.get("tensorShape")));
        }
        if (t.has("tensorContent")) {
            b.setTensorContent(bytes(t.get("tensorContent")));
        }
        t.path("floatVal").forEach(x -> b.addFloatVal(parseFloat(x)));
        t.path("intVal").forEach(x -> b.addIntVal(x.asInt()));
        t.path("int64Val").forEach(x -> b.addInt64Val(Long.parseLong(x.asText())));
        t.path("boolVal").forEach(x -> b.addBoolVal(x.asBoolean()));
        t.path("stringVal").forEach(x -> b.addStringVal(bytes(x)));
        return b.build();
    }

    private static ByteString bytes(JsonNode base64) {
        return ByteString.copyFrom(Base64.getDecoder().decode(base64.asText()));
    }
}
