package dev.autocaption.inference.checkpoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Operation;
import org.tensorflow.Output;
import org.tensorflow.Session;
import org.tensorflow.ndarray.NdArrays;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.DataType;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TString;

/**
 * Writes float tensors under free-form checkpoint keys with TensorFlow's own save ops: {@code SaveV2} for the V2
 * format, or the legacy {@code Save} op for a V1 single file (what TF ≤ 0.11 wrote). Used by tests and by tools that
 * produce models in this project's layout.
 */
public final class CheckpointWriter {
    private CheckpointWriter() {
    }

    /**
     * Writes {@code tensors} (key → values; shapes from {@code infos}) to {@code prefix} in {@code format}.
     *
     * @throws CheckpointException when TensorFlow cannot write the files
     */
    public static void write(Path prefix, CheckpointFormat format, List<TensorInfo> infos,
            Map<String, float[]> values) throws CheckpointException {
        try (Graph g = new Graph(); Session s = new Session(g)) {
            Files.createDirectories(prefix.toAbsolutePath().getParent());
            Ops tf = Ops.create(g);
            List<Operand<?>> data = new ArrayList<>();
            for (TensorInfo info : infos) {
                float[] v = values.get(info.name());
                if (v == null || v.length != info.elements()) {
                    throw new IllegalArgumentException(info.name() + ": expected " + info.elements()
                            + " values, got " + (v == null ? "none" : v.length));
                }
                data.add(tf.constant(Shape.of(info.dims()), DataBuffers.of(v, true, false)));
            }
            String[] names = infos.stream().map(TensorInfo::name).toArray(String[]::new);
            Operation save = format == CheckpointFormat.V2 ? saveV2(tf, prefix, names, data)
                    : saveV1(g, tf, prefix, names, data);
            s.runner().addTarget(save).run().close();
        } catch (java.io.IOException | RuntimeException e) {
            throw new CheckpointException("cannot write " + format + " checkpoint " + prefix + ": " + e.getMessage(),
                    e);
        }
    }

    private static Operation saveV2(Ops tf, Path prefix, String[] names, List<Operand<?>> data) {
        String[] slices = new String[names.length];
        java.util.Arrays.fill(slices, "");
        return tf.train.save(tf.constant(prefix.toString()), strings(tf, names), strings(tf, slices), data).op();
    }

    private static Operation saveV1(Graph g, Ops tf, Path prefix, String[] names, List<Operand<?>> data) {
        Output<?>[] inputs = data.stream().map(Operand::asOutput).toArray(Output<?>[]::new);
        DataType[] types = new DataType[inputs.length];
        java.util.Arrays.fill(types, DataType.DT_FLOAT);
        return g.opBuilder("Save", "save_v1", g.baseScope())
                .addInput(tf.constant(prefix.toString()).asOutput())
                .addInput(strings(tf, names).asOutput())
                .addInputList(inputs)
                .setAttr("T", types)
                .build();
    }

    private static Operand<TString> strings(Ops tf, String[] values) {
        return tf.constant(NdArrays.vectorOfObjects(values));
    }

}
