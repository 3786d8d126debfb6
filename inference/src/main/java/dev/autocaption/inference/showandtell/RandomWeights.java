package dev.autocaption.inference.showandtell;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.random.RandomUniform;
import org.tensorflow.op.random.TruncatedNormal;
import org.tensorflow.types.TFloat32;

/**
 * Random weights of the real shapes, for benchmarks: He-scaled truncated-normal conv kernels and identity batch norm
 * (so activations stay finite through 94 layers), uniform ±0.08 (im2txt's initializer scale) for the embeddings and
 * LSTM, zero logit biases except a strongly negative one for the start word, as a trained model has.
 */
final class RandomWeights implements RestorableVariables.Initializer {
    private static final float SCALE = 0.08f;
    private static final float START_BIAS = -10f;

    private final long seed;
    private final int startId;
    private long counter;

    RandomWeights(long seed, int startId) {
        this.seed = seed;
        this.startId = startId;
    }

    @Override
    public Operand<TFloat32> initialValue(Ops tf, String name, Shape shape) {
        long seed2 = ++counter;
        if (name.endsWith("/moving_variance")) {
            return tf.fill(tf.constant(shape.asArray()), tf.constant(1f));
        }
        if (name.endsWith("/moving_mean") || name.endsWith("/beta")) {
            return tf.fill(tf.constant(shape.asArray()), tf.constant(0f));
        }
        if (name.equals("logits/biases")) {
            float[] biases = new float[(int) shape.get(0)];
            biases[startId] = START_BIAS;
            return tf.constant(biases);
        }
        if (name.startsWith("InceptionV3/")) {
            float std = (float) Math.sqrt(2.0 / (shape.get(0) * shape.get(1) * shape.get(2)));
            return tf.math.mul(tf.random.truncatedNormal(tf.constant(shape.asArray()), TFloat32.class,
                    TruncatedNormal.seed(seed), TruncatedNormal.seed2(seed2)), tf.constant(std));
        }
        Operand<TFloat32> unit = tf.random.randomUniform(tf.constant(shape.asArray()), TFloat32.class,
                RandomUniform.seed(seed), RandomUniform.seed2(seed2));
        return tf.math.mul(tf.math.sub(unit, tf.constant(0.5f)), tf.constant(2 * SCALE));
    }
}
