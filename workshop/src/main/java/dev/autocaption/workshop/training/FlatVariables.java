package dev.autocaption.workshop.training;

import dev.autocaption.inference.showandtell.VariableFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.op.random.RandomUniform;
import org.tensorflow.op.random.TruncatedNormal;
import org.tensorflow.types.TFloat32;

/**
 * The trainer's {@link VariableFactory}: every trainable tensor is a variable with a flat name ({@code /} → {@code
 * __}, because TF Java's optimizers derive slot names from the variable name and reject {@code /}), read through
 * {@code tf.identity} (some gradients crash on a raw ref output), and remembered under its im2txt name for saving.
 *
 * <p>Batch-norm moving statistics are not variables: the encoder trains with batch statistics, and the moving
 * statistics are estimated over several batches at each checkpoint and fed to the save op through the placeholders
 * this factory creates for them ({@link #statistics()}).
 *
 * <p>Initial values: conv weights truncated normal with He scaling ({@code sqrt(2 / fan-in)}); betas and biases 0;
 * everything else uniform in ±0.08 as im2txt does. All random ops are seeded from {@code seed} and the variable's
 * position, so a run is reproducible. Not thread-safe; used while one graph is built.
 */
final class FlatVariables implements VariableFactory {
    static final float UNIFORM_SCALE = 0.08f;

    private final Ops tf;
    private final long seed;
    private final Map<String, Variable<TFloat32>> trainable = new LinkedHashMap<>();
    private final Map<String, Operand<TFloat32>> saved = new LinkedHashMap<>();
    private final Map<String, Placeholder<TFloat32>> statistics = new LinkedHashMap<>();

    FlatVariables(Ops tf, long seed) {
        this.tf = tf;
        this.seed = seed;
    }

    /** The flat op name for an im2txt name. */
    static String flatName(String name) {
        return name.replace("/", "__");
    }

    @Override
    public Operand<TFloat32> variable(String name, Shape shape) {
        if (saved.containsKey(name)) {
            throw new IllegalStateException("variable " + name + " created twice");
        }
        Operand<TFloat32> read;
        if (name.endsWith("/BatchNorm/moving_mean") || name.endsWith("/BatchNorm/moving_variance")) {
            Placeholder<TFloat32> fed = tf.withName(flatName(name)).placeholder(TFloat32.class,
                    Placeholder.shape(shape));
            statistics.put(name, fed);
            read = fed;
        } else {
            Variable<TFloat32> v = tf.withName(flatName(name)).variable(initialValue(name, shape));
            trainable.put(name, v);
            read = tf.identity(v);
        }
        saved.put(name, read);
        return read;
    }

    /** im2txt name → the operand whose value is saved under it, in creation order. */
    Map<String, Operand<TFloat32>> savedTensors() {
        return saved;
    }

    /** im2txt name → the placeholder a batch-norm moving statistic is fed through when saving. */
    Map<String, Placeholder<TFloat32>> statistics() {
        return statistics;
    }

    /** im2txt name → the trainable variable (batch-norm statistics are not among them). */
    Map<String, Variable<TFloat32>> trainable() {
        return trainable;
    }

    private Operand<TFloat32> initialValue(String name, Shape shape) {
        long opSeed = seed * 1_000_003L + saved.size();
        Operand<org.tensorflow.types.TInt64> dims = tf.constant(shape.asArray());
        if (name.endsWith("/beta") || name.endsWith("biases") || name.endsWith("/bias")) {
            return tf.zeros(dims, TFloat32.class);
        }
        if (shape.numDimensions() == 4) {
            long fanIn = shape.size(0) * shape.size(1) * shape.size(2);
            return tf.math.mul(tf.random.truncatedNormal(dims, TFloat32.class, TruncatedNormal.seed(seed),
                    TruncatedNormal.seed2(opSeed)), tf.constant((float) Math.sqrt(2.0 / fanIn)));
        }
        Operand<TFloat32> unit = tf.random.randomUniform(dims, TFloat32.class, RandomUniform.seed(seed),
                RandomUniform.seed2(opSeed));
        return tf.math.mul(tf.math.sub(unit, tf.constant(0.5f)), tf.constant(2 * UNIFORM_SCALE));
    }

    /** Names in creation order, for messages. */
    List<String> names() {
        return new ArrayList<>(saved.keySet());
    }
}
