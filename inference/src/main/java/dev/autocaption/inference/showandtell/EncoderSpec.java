package dev.autocaption.inference.showandtell;

import java.util.Objects;

/**
 * The image encoder of an architecture. Today one kind exists, TF-Slim's Inception v3 base (to {@code Mixed_7c}),
 * which scales the way Slim does: every layer depth is {@code max(int(depth * depthMultiplier), minDepth)}, and the
 * input may be smaller than 299 (75 is the smallest size the stride-2 layers allow).
 *
 * @param kind            {@value #INCEPTION_V3}
 * @param inputSize       the square crop the encoder sees (im2txt: 299)
 * @param resizeSize      images are first resized to this square, then centre-cropped to {@code inputSize}
 *                        (im2txt: 346)
 * @param depthMultiplier Slim's depth multiplier (im2txt: 1.0)
 * @param minDepth        Slim's minimum depth (im2txt: 16)
 */
public record EncoderSpec(String kind, int inputSize, int resizeSize, double depthMultiplier, int minDepth) {
    public static final String INCEPTION_V3 = "inception_v3";
    /** The smallest input Inception v3's VALID stride-2 layers accept. */
    public static final int MIN_INPUT_SIZE = 75;

    public EncoderSpec {
        Objects.requireNonNull(kind, "kind");
        if (!kind.equals(INCEPTION_V3)) {
            throw new IllegalArgumentException("encoder kind must be " + INCEPTION_V3 + ", was " + kind);
        }
        if (inputSize < MIN_INPUT_SIZE || inputSize > 2048) {
            throw new IllegalArgumentException("encoder inputSize must be in [75, 2048], was " + inputSize);
        }
        if (resizeSize < inputSize || resizeSize > 4096) {
            throw new IllegalArgumentException("encoder resizeSize must be in [inputSize=" + inputSize
                    + ", 4096], was " + resizeSize);
        }
        if (!(depthMultiplier > 0 && depthMultiplier <= 4)) {
            throw new IllegalArgumentException("encoder depthMultiplier must be in (0, 4], was " + depthMultiplier);
        }
        if (minDepth < 1 || minDepth > 1024) {
            throw new IllegalArgumentException("encoder minDepth must be in [1, 1024], was " + minDepth);
        }
    }

    /** The encoder of the published im2txt model: full Inception v3, 346 → 299. */
    public static EncoderSpec im2txt() {
        return new EncoderSpec(INCEPTION_V3, 299, 346, 1.0, 16);
    }

    /** A layer's depth after scaling. */
    public int depth(int nominal) {
        return Math.max((int) (nominal * depthMultiplier), minDepth);
    }

    /** Offset of the centre crop on both axes ({@code (346 - 299) / 2 = 23} for im2txt). */
    public int cropOffset() {
        return (resizeSize - inputSize) / 2;
    }
}
