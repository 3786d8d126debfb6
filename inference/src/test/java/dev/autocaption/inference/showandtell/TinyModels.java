package dev.autocaption.inference.showandtell;

import dev.autocaption.inference.checkpoint.CheckpointCheck;
import dev.autocaption.inference.checkpoint.CheckpointFormat;
import dev.autocaption.inference.checkpoint.CheckpointWriter;
import dev.autocaption.inference.checkpoint.LstmNaming;
import dev.autocaption.inference.checkpoint.TensorInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A scaled-down Show and Tell with the real variable names, and checkpoints of it written with TF's save ops. */
final class TinyModels {
    static final int START_ID = 1;
    static final int END_ID = 2;

    private TinyModels() {
    }

    /** Inception v3 at 75×75 with depths of 2–22, embedding 8, LSTM 6, 16 words. */
    static Architecture architecture() {
        return new Architecture(new EncoderSpec(EncoderSpec.INCEPTION_V3, 75, 87, 0.05, 2), 8, 6, 16);
    }

    /** Seeded values for every tensor, keyed by the TF ≥ 1.2 names; batch-norm variances positive. */
    static Map<String, float[]> values(Architecture architecture, long seed) {
        Random random = new Random(seed);
        Map<String, float[]> out = new LinkedHashMap<>();
        for (TensorInfo t : architecture.tensors()) {
            float[] v = new float[(int) t.elements()];
            for (int i = 0; i < v.length; i++) {
                v[i] = t.name().endsWith("moving_variance") ? 0.5f + random.nextFloat()
                        : (random.nextFloat() - 0.5f) * (t.name().startsWith("InceptionV3/") ? 1.0f : 0.8f);
            }
            out.put(t.name(), v);
        }
        out.get("logits/biases")[START_ID] = -10f;
        return out;
    }

    /** Writes {@code values} under {@code naming}'s LSTM keys, plus nothing else. */
    static void write(Path prefix, Architecture architecture, Map<String, float[]> values, LstmNaming naming,
            CheckpointFormat format) throws Exception {
        List<TensorInfo> infos = new ArrayList<>();
        Map<String, float[]> keyed = new LinkedHashMap<>();
        for (TensorInfo t : architecture.tensors()) {
            String key = CheckpointCheck.keyFor(t.name(), naming);
            infos.add(new TensorInfo(key, t.dtype(), t.shape()));
            keyed.put(key, values.get(t.name()));
        }
        CheckpointWriter.write(prefix, format, infos, keyed);
    }
}
