package dev.autocaption.inference.detector.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.ByteString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.TensorProto;

/**
 * Reads a TF.js weights manifest and its shards into float32/int32/bool tensors: the manifest order is the byte order,
 * the shards of one group are concatenated, float16 and uint8/uint16 (affine) weights are dequantised. Every byte is
 * accounted for: the manifest must describe exactly the bytes the shards hold.
 */
final class TfjsWeights {
    private TfjsWeights() {
    }

    static Map<String, TensorProto> read(JsonNode manifest, Path dir) throws GraphConversionException {
        Map<String, TensorProto> out = new HashMap<>();
        int index = 0;
        for (JsonNode group : manifest) {
            ByteBuffer buf = shards(group, dir);
            long expected = 0;
            for (JsonNode w : group.get("weights")) {
                expected += storedBytes(w);
            }
            if (expected != buf.remaining()) {
                throw new GraphConversionException("weights group " + index + " " + group.get("paths")
                        + ": the manifest describes " + expected + " bytes, the shards hold " + buf.remaining());
            }
            for (JsonNode w : group.get("weights")) {
                out.put(w.get("name").asText(), weight(w, buf));
            }
            index++;
        }
        return out;
    }

    private static ByteBuffer shards(JsonNode group, Path dir) throws GraphConversionException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (JsonNode p : group.get("paths")) {
            Path shard = dir.resolve(p.asText());
            try {
                all.write(Files.readAllBytes(shard));
            } catch (IOException e) {
                throw new GraphConversionException("cannot read weight shard " + shard + ": " + e, e);
            }
        }
        return ByteBuffer.wrap(all.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Bytes one manifest entry occupies in the shards. */
    static long storedBytes(JsonNode w) throws GraphConversionException {
        long n = count(w);
        JsonNode q = w.get("quantization");
        String stored = q != null && !q.isNull() ? q.get("dtype").asText() : w.get("dtype").asText();
        return switch (stored) {
            case "float32", "int32" -> 4 * n;
            case "float16", "uint16" -> 2 * n;
            case "uint8", "bool" -> n;
            default -> throw new GraphConversionException("weight " + w.get("name").asText()
                    + ": unsupported stored dtype " + stored);
        };
    }

    private static TensorProto weight(JsonNode w, ByteBuffer buf) throws GraphConversionException {
        String name = w.get("name").asText();
        if (w.has("group") || w.has("kind")) {
            throw new GraphConversionException("weight " + name + ": string/grouped weights are not supported");
        }
        long n = count(w);
        DataType dt = switch (w.get("dtype").asText()) {
            case "float32" -> DataType.DT_FLOAT;
            case "int32" -> DataType.DT_INT32;
            case "bool" -> DataType.DT_BOOL;
            default -> throw new GraphConversionException("weight " + name + ": unsupported dtype "
                    + w.get("dtype").asText());
        };
        ByteBuffer content = values(w, dt, n, buf);
        content.flip();
        return TensorProto.newBuilder().setDtype(dt).setTensorShape(TfjsAttrs.shape(dims(w)))
                .setTensorContent(ByteString.copyFrom(content)).build();
    }

    private static ByteBuffer values(JsonNode w, DataType dt, long n, ByteBuffer buf) throws GraphConversionException {
        JsonNode q = w.get("quantization");
        if (dt == DataType.DT_BOOL) {
            ByteBuffer content = ByteBuffer.allocate((int) n);
            for (long i = 0; i < n; i++) {
                content.put(buf.get());
            }
            return content;
        }
        ByteBuffer content = ByteBuffer.allocate((int) (n * 4)).order(ByteOrder.LITTLE_ENDIAN);
        if (q == null || q.isNull()) {
            for (long i = 0; i < n; i++) {
                content.putInt(buf.getInt());
            }
            return content;
        }
        String qd = q.get("dtype").asText();
        if (qd.equals("float16")) {
            for (long i = 0; i < n; i++) {
                put(content, dt, halfToFloat(buf.getShort()));
            }
            return content;
        }
        if (!q.has("scale")) {
            throw new GraphConversionException("weight " + w.get("name").asText() + ": " + qd
                    + " quantisation without scale");
        }
        float scale = (float) q.get("scale").asDouble();
        float min = (float) q.get("min").asDouble();
        for (long i = 0; i < n; i++) {
            int v = qd.equals("uint8") ? buf.get() & 0xff : buf.getShort() & 0xffff;
            put(content, dt, v * scale + min);
        }
        return content;
    }

    private static long[] dims(JsonNode w) {
        JsonNode shape = w.get("shape");
        long[] dims = new long[shape.size()];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = shape.get(i).asLong();
        }
        return dims;
    }

    private static long count(JsonNode w) {
        long n = 1;
        for (long d : dims(w)) {
            n *= d;
        }
        return n;
    }

    private static void put(ByteBuffer b, DataType dt, float v) {
        if (dt == DataType.DT_FLOAT) {
            b.putFloat(v);
        } else {
            b.putInt(Math.round(v));
        }
    }

    /** IEEE 754 binary16 → binary32 ({@code Float.float16ToFloat} only exists from Java 20). */
    static float halfToFloat(short h) {
        int bits = h & 0xffff;
        int sign = (bits & 0x8000) << 16;
        int exp = (bits >>> 10) & 0x1f;
        int mant = bits & 0x3ff;
        if (exp == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mant << 13));
        }
        if (exp == 0) {
            float f = mant * 0x1p-24f;
            return sign != 0 ? -f : f;
        }
        return Float.intBitsToFloat(sign | ((exp - 15 + 127) << 23) | (mant << 13));
    }
}
