package dev.autocaption.config;

/**
 * The number format of the Show and Tell encoder ({@code model.precision}). The LSTM step, the logits and the beam
 * search always run in fp32.
 */
public enum Precision {
    /**
     * fp32 on a GPU and on a CPU without AVX-512 BF16 or AMX; on a CPU with them, whichever of fp32 and bf16 was
     * faster when both were timed on this machine (once per CPU, TensorFlow version and model; the decision and
     * its figures are kept in the data directory).
     */
    AUTO("auto"),
    /** Plain 32-bit floats everywhere. */
    FP32("fp32"),
    /**
     * The encoder's convolutions and matrix products in bfloat16 (TensorFlow's oneDNN auto mixed precision rewrite);
     * refused at load when TensorFlow leaves the encoder in fp32 on this machine.
     */
    BF16("bf16");

    private final String configName;

    Precision(String configName) {
        this.configName = configName;
    }

    /** The spelling used in the YAML file and on the command line. */
    public String configName() {
        return configName;
    }

    /** The precision spelled {@code name}, or null when there is none. */
    public static Precision named(String name) {
        for (Precision p : values()) {
            if (p.configName.equals(name)) {
                return p;
            }
        }
        return null;
    }
}
