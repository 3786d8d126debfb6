package dev.autocaption.inference.detector.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.types.TFloat32;

/**
 * A tiny TF.js graph with NanoDet's two hazards: an int64 shape constant stored as an int32 weight and feeding a
 * Reshape whose Tshape is int64, and float16 weights.
 */
class TfjsGraphConverterTest {
    private static final String MODEL = """
            {"format": "graph-model", "generatedBy": "test",
             "modelTopology": {"node": [
               {"name": "x", "op": "Placeholder", "attr": {"dtype": {"type": "DT_FLOAT"},
                 "shape": {"shape": {"dim": [{"size": "1"}, {"size": "4"}]}}}},
               {"name": "shape", "op": "Const", "attr": {"dtype": {"type": "DT_INT64"}, "value": {"tensor":
                 {"dtype": "DT_INT64", "tensorShape": {"dim": [{"size": "2"}]}}}}},
               {"name": "w", "op": "Const", "attr": {"dtype": {"type": "DT_FLOAT"}, "value": {"tensor":
                 {"dtype": "DT_FLOAT", "tensorShape": {"dim": [{"size": "2"}, {"size": "2"}]}}}}},
               {"name": "r", "op": "Reshape", "input": ["x", "shape"],
                 "attr": {"T": {"type": "DT_FLOAT"}, "Tshape": {"type": "DT_INT64"}}},
               {"name": "out", "op": "AddV2", "input": ["r", "w"], "attr": {"T": {"type": "DT_FLOAT"}}}]},
             "weightsManifest": [{"paths": ["tiny.bin"], "weights": [
               {"name": "shape", "shape": [2], "dtype": "int32"},
               {"name": "w", "shape": [2, 2], "dtype": "float32",
                "quantization": {"dtype": "float16", "original_dtype": "float32"}}]}]}
            """;

    @TempDir
    Path dir;
    Path json;

    @BeforeEach
    void writeModel() throws IOException {
        json = dir.resolve("tiny.json");
        Files.writeString(json, MODEL);
        ByteBuffer bin = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        bin.putInt(2).putInt(2);
        bin.putShort((short) 0x3800).putShort((short) 0xBE00).putShort((short) 0x4000).putShort((short) 0x0001);
        Files.write(dir.resolve("tiny.bin"), bin.array());
    }

    @Test
    void widenedInt64ConstantsAndFloat16WeightsImportAndRun() throws Exception {
        TfjsGraphConverter.Conversion conversion = new TfjsGraphConverter().convert(json);

        assertThat(conversion.rewrites()).containsEntry("int32 weight widened to int64 Const", 1);
        assertThat(run(conversion.graph())).containsExactly(1.5f, 0.5f, 5f, 4f + 0x1p-24f);
    }

    @Test
    void aShardWithBytesTheManifestDoesNotDescribeIsRefused() throws IOException {
        Files.write(dir.resolve("tiny.bin"), new byte[] {0}, StandardOpenOption.APPEND);

        assertThatThrownBy(() -> new TfjsGraphConverter().convert(json))
                .isInstanceOf(GraphConversionException.class)
                .hasMessage("weights group 0 [\"tiny.bin\"]: the manifest describes 16 bytes, the shards hold 17");
    }

    @Test
    void aFileThatIsNotAGraphModelIsRefused() throws IOException {
        Files.writeString(json, "{\"format\": \"layers-model\"}");

        assertThatThrownBy(() -> new TfjsGraphConverter().convert(json))
                .hasMessage(json + ": not a TF.js graph model, format is 'layers-model'");
    }

    @Test
    void cacheConvertsOnceAndRebuildsADamagedEntry() throws Exception {
        Path cacheDir = dir.resolve("cache");
        ConvertedGraphCache cache = new ConvertedGraphCache(cacheDir, new TfjsGraphConverter());
        List<String> hashes = List.of("a".repeat(64), "b".repeat(64));
        cache.load(json, "tiny", hashes);
        Path file = cacheDir.resolve("tiny-" + ConvertedGraphCache.key(hashes).substring(0, 16) + ".pb");
        Files.delete(dir.resolve("tiny.bin"));

        assertThat(run(cache.load(json, "tiny", hashes))).containsExactly(1.5f, 0.5f, 5f, 4f + 0x1p-24f);
        Files.write(file, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> cache.load(json, "tiny", hashes)).hasMessageStartingWith("cannot read weight shard");
    }

    private static float[] run(GraphDef def) {
        float[] out = new float[4];
        try (Graph g = new Graph()) {
            g.importGraphDef(def);
            try (Session s = new Session(g);
                 TFloat32 x = TFloat32.tensorOf(Shape.of(1, 4), DataBuffers.of(new float[] {1, 2, 3, 4}));
                 Result r = s.runner().feed("x", x).fetch("out").run()) {
                ((TFloat32) r.get(0)).copyTo(DataBuffers.of(out, false, false));
            }
        }
        return out;
    }
}
