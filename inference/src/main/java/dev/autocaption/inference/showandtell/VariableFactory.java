package dev.autocaption.inference.showandtell;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.types.TFloat32;

/**
 * Creates the model's variables for the graph builders ({@link ShowAndTellGraph}, {@link GraphLayers},
 * {@link LstmCell}). Names are im2txt checkpoint keys with the LSTM in TF ≥ 1.2 spelling
 * ({@code lstm/basic_lstm_cell/kernel}); shapes come from the {@link Architecture}.
 *
 * <p>Inference uses {@link RestorableVariables} (named exactly like the checkpoint, restored by name). A trainer
 * supplies its own factory, e.g. flat-named trainable variables read through {@code tf.identity} (TF Java's
 * optimizers reject {@code /} in variable names, and some gradients crash on raw ref outputs), and maps them back to
 * these names when it saves.
 */
@FunctionalInterface
public interface VariableFactory {
    /**
     * Returns an operand reading the variable {@code name} of {@code shape}. Builders may ask for one name several
     * times (an unrolled LSTM asks for the embedding at every step); the factory must return the same variable.
     */
    Operand<TFloat32> variable(String name, Shape shape);
}
