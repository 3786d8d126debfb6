package dev.autocaption.inference.checkpoint;

/** How a checkpoint is stored on disk. */
public enum CheckpointFormat {
    /** {@code PREFIX.index} plus {@code PREFIX.data-NNNNN-of-NNNNN} shards (TF ≥ 0.12 default). */
    V2,
    /** One file at {@code PREFIX} (older TensorFlow, e.g. the community {@code model.ckpt-3000000}). */
    V1
}
