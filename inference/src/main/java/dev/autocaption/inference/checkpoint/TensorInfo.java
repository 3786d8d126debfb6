package dev.autocaption.inference.checkpoint;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One tensor listed in a checkpoint (or one the model needs).
 *
 * @param name  the checkpoint key, e.g. {@code InceptionV3/Conv2d_1a_3x3/weights}
 * @param dtype TensorFlow's dtype name without the {@code DT_} prefix, e.g. {@code FLOAT}, {@code INT32}
 * @param shape dimension sizes; empty for a scalar
 */
public record TensorInfo(String name, String dtype, List<Long> shape) {
    public static final String FLOAT = "FLOAT";

    public TensorInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dtype, "dtype");
        shape = List.copyOf(shape);
    }

    /** A float32 tensor with the given dimensions. */
    public static TensorInfo ofFloat(String name, long... dims) {
        return new TensorInfo(name, FLOAT, java.util.Arrays.stream(dims).boxed().toList());
    }

    /** Number of elements (1 for a scalar). */
    public long elements() {
        return shape.stream().mapToLong(Long::longValue).reduce(1L, (a, b) -> a * b);
    }

    public long[] dims() {
        return shape.stream().mapToLong(Long::longValue).toArray();
    }

    /** The shape as {@code [1024,2048]}. */
    public String shapeText() {
        return shape.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }
}
