package dev.autocaption.inference.showandtell;

import dev.autocaption.inference.checkpoint.LstmNaming;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * TensorFlow's {@code BasicLSTMCell} as im2txt uses it: {@code z = [x, h] · kernel + bias}, split into i, j, f, o;
 * {@code c' = c·σ(f + 1) + σ(i)·tanh(j)}, {@code h' = tanh(c')·σ(o)}. The forget bias 1.0 is added here, not stored.
 * One instance shares its kernel and bias across every step it builds.
 */
public final class LstmCell {
    static final float FORGET_BIAS = 1.0f;

    private final Ops tf;
    private final Operand<TFloat32> kernel;
    private final Operand<TFloat32> bias;

    /** The cell's state: c first, then h, as in {@code LSTMStateTuple}. */
    public record State(Operand<TFloat32> c, Operand<TFloat32> h) {
    }

    public LstmCell(Ops tf, VariableFactory variables, int inputSize, int units) {
        this.tf = tf;
        this.kernel = variables.variable(LstmNaming.TF_1_2.kernel(), Shape.of(inputSize + units, 4L * units));
        this.bias = variables.variable(LstmNaming.TF_1_2.bias(), Shape.of(4L * units));
    }

    /** One step on input {@code x} {@code [N, inputSize]} from {@code state}. */
    public State step(Operand<TFloat32> x, State state) {
        Operand<TFloat32> z = tf.nn.biasAdd(tf.linalg.matMul(tf.concat(List.of(x, state.h()), tf.constant(1)),
                kernel), bias);
        List<Output<TFloat32>> gates = tf.split(tf.constant(1), z, 4L).output();
        Operand<TFloat32> i = tf.math.sigmoid(gates.get(0));
        Operand<TFloat32> j = tf.math.tanh(gates.get(1));
        Operand<TFloat32> f = tf.math.sigmoid(tf.math.add(gates.get(2), tf.constant(FORGET_BIAS)));
        Operand<TFloat32> o = tf.math.sigmoid(gates.get(3));
        Operand<TFloat32> c = tf.math.add(tf.math.mul(state.c(), f), tf.math.mul(i, j));
        return new State(c, tf.math.mul(tf.math.tanh(c), o));
    }
}
