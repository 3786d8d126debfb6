package dev.autocaption.inference.checkpoint;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The three spellings of the im2txt LSTM kernel and bias found in published checkpoints. The tensor contents are the
 * same in all three; only the keys differ, so restore maps whichever is present onto the same variables.
 */
public enum LstmNaming {
    /** TF ≤ 0.12: the family-A community checkpoints (psycharo, the 3M V1 file). */
    TF_0_12("lstm/BasicLSTMCell/Linear/Matrix", "lstm/BasicLSTMCell/Linear/Bias"),
    /** TF 1.0–1.1: the KranthiGV checkpoints. */
    TF_1_0("lstm/basic_lstm_cell/weights", "lstm/basic_lstm_cell/biases"),
    /** TF ≥ 1.2 (and checkpoints this project writes). */
    TF_1_2("lstm/basic_lstm_cell/kernel", "lstm/basic_lstm_cell/bias");

    private final String kernel;
    private final String bias;

    LstmNaming(String kernel, String bias) {
        this.kernel = kernel;
        this.bias = bias;
    }

    public String kernel() {
        return kernel;
    }

    public String bias() {
        return bias;
    }

    /** The family whose kernel key is among {@code names}, if any (the first match in declaration order). */
    public static Optional<LstmNaming> detect(Set<String> names) {
        return Arrays.stream(values()).filter(n -> names.contains(n.kernel)).findFirst();
    }

    /** Every LSTM key any family uses. */
    public static boolean isLstmKey(String name) {
        return Arrays.stream(values()).anyMatch(n -> n.kernel.equals(name) || n.bias.equals(name));
    }
}
