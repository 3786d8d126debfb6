package dev.autocaption.inference.showandtell;

import java.util.List;

/**
 * What {@link InceptionV3} needs from whoever interprets it: the graph builder (real ops) or the shape walker
 * (names and shapes only). Scopes are relative to {@code InceptionV3/}.
 *
 * @param <X> the interpreter's feature-map type
 */
public interface EncoderLayers<X> {
    /** A conv + batch-norm + ReLU unit with variables under {@code scope}. */
    X conv(X input, String scope, int kernelHeight, int kernelWidth, int depth, int stride, Padding padding);

    /** 3×3 max pooling. */
    X maxPool(X input, String scope, int stride, Padding padding);

    /** 3×3 stride-1 SAME average pooling that divides by the valid (unpadded) count, as TF's AvgPool does. */
    X avgPool(X input, String scope);

    /** Channel concatenation, in the given order. */
    X concat(String scope, List<X> parts);

    /** TensorFlow's padding modes. */
    enum Padding { SAME, VALID }
}
