package dev.autocaption.inference.showandtell;

import java.util.Arrays;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.nn.FusedBatchNorm;
import org.tensorflow.types.TFloat32;

/**
 * Interprets {@link InceptionV3} as TensorFlow ops, NHWC float32. A conv unit is {@code Conv2D} (no bias) →
 * inference batch norm with the moving statistics, beta and no gamma, epsilon 0.001 ({@code FusedBatchNormV3} with
 * a ones scale) → {@code Relu}, exactly as Slim's arg scope builds it.
 */
public final class GraphLayers implements EncoderLayers<Operand<TFloat32>> {
    static final float BATCH_NORM_EPSILON = 0.001f;

    private final Ops tf;
    private final VariableFactory variables;
    private final BatchStatistics training;

    public GraphLayers(Ops tf, VariableFactory variables) {
        this(tf, variables, null);
    }

    /**
     * For training: with a non-null {@code training}, batch norm normalises with the batch's own statistics (the
     * moving-statistics variables are still created, so names match, but not read) and hands each unit's batch
     * mean and variance to {@code training}, which estimates the moving statistics to save.
     */
    public GraphLayers(Ops tf, VariableFactory variables, BatchStatistics training) {
        this.tf = tf;
        this.variables = variables;
        this.training = training;
    }

    /** Receives each conv unit's batch statistics in training mode. */
    @FunctionalInterface
    public interface BatchStatistics {
        void observed(String scope, Operand<TFloat32> mean, Operand<TFloat32> variance);
    }

    @Override
    public Operand<TFloat32> conv(Operand<TFloat32> input, String scope, int kh, int kw, int depth, int stride,
            Padding padding) {
        String s = ShapeLayers.SCOPE + scope;
        long inDepth = input.shape().get(3);
        Operand<TFloat32> weights = variables.variable(s + "/weights", Shape.of(kh, kw, inDepth, depth));
        Operand<TFloat32> beta = variables.variable(s + "/BatchNorm/beta", Shape.of(depth));
        Operand<TFloat32> mean = variables.variable(s + "/BatchNorm/moving_mean", Shape.of(depth));
        Operand<TFloat32> variance = variables.variable(s + "/BatchNorm/moving_variance", Shape.of(depth));
        Operand<TFloat32> conv = tf.nn.conv2d(input, weights, List.of(1L, (long) stride, (long) stride, 1L),
                padding.name());
        float[] ones = new float[depth];
        Arrays.fill(ones, 1f);
        if (training != null) {
            Operand<TFloat32> empty = tf.constant(new float[0]);
            FusedBatchNorm<TFloat32, TFloat32> norm = tf.nn.fusedBatchNorm(conv, tf.constant(ones), beta, empty,
                    empty, FusedBatchNorm.epsilon(BATCH_NORM_EPSILON), FusedBatchNorm.isTraining(true));
            training.observed(s, norm.batchMean(), norm.batchVariance());
            return tf.nn.relu(norm.y());
        }
        Operand<TFloat32> normalized = tf.nn.fusedBatchNorm(conv, tf.constant(ones), beta, mean, variance,
                FusedBatchNorm.epsilon(BATCH_NORM_EPSILON), FusedBatchNorm.isTraining(false)).y();
        return tf.nn.relu(normalized);
    }

    @Override
    public Operand<TFloat32> maxPool(Operand<TFloat32> input, String scope, int stride, Padding padding) {
        return tf.nn.maxPool(input, tf.constant(new int[] {1, 3, 3, 1}), tf.constant(new int[] {1, stride, stride, 1}),
                padding.name());
    }

    @Override
    public Operand<TFloat32> avgPool(Operand<TFloat32> input, String scope) {
        return tf.nn.avgPool(input, List.of(1L, 3L, 3L, 1L), List.of(1L, 1L, 1L, 1L), "SAME");
    }

    @Override
    public Operand<TFloat32> concat(String scope, List<Operand<TFloat32>> parts) {
        return tf.concat(parts, tf.constant(3));
    }

    /** im2txt's head: average pool over the whole map (VALID), flatten to {@code [N, channels]}. */
    public Operand<TFloat32> globalAveragePool(Operand<TFloat32> input) {
        long h = input.shape().get(1);
        long w = input.shape().get(2);
        Operand<TFloat32> pooled = tf.nn.avgPool(input, List.of(1L, h, w, 1L), List.of(1L, 1L, 1L, 1L), "VALID");
        return tf.reshape(pooled, tf.constant(new long[] {-1, input.shape().get(3)}));
    }
}
