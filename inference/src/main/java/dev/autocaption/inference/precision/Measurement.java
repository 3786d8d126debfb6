package dev.autocaption.inference.precision;

import java.util.Locale;

/**
 * Both precisions timed side by side on the same images, and how far bf16's captions strayed from fp32's.
 *
 * @param images               images each precision encoded while timed
 * @param fp32ImagesPerSecond  the encoder in fp32
 * @param bf16ImagesPerSecond  the encoder in bf16
 * @param sameTopCaption       share of the images whose best caption was the same word for word, in [0, 1]
 * @param scoreDelta99         the 99th percentile of |bf16 score − fp32 score| of the best captions
 * @param bf16Convolutions     encoder convolutions TensorFlow ran in bfloat16 (0: the rewrite did not happen)
 */
public record Measurement(int images, double fp32ImagesPerSecond, double bf16ImagesPerSecond, double sameTopCaption,
        double scoreDelta99, int bf16Convolutions) {
    /** bf16 must keep at least this share of top captions (issue 17's agreement bar). */
    public static final double MIN_SAME_TOP_CAPTION = 0.95;
    /** ... and move 99 % of the scores by at most this. */
    public static final double MAX_SCORE_DELTA_99 = 0.01;
    /** bf16 must be this much faster to be worth its rounding; less is within this machine's noise. */
    public static final double MIN_SPEED_UP = 1.10;

    public Measurement {
        if (images < 1) {
            throw new IllegalArgumentException("images must be at least 1, was " + images);
        }
    }

    public double speedUp() {
        return bf16ImagesPerSecond / fp32ImagesPerSecond;
    }

    /** Whether bf16's captions are close enough to fp32's to be used. */
    public boolean agrees() {
        return sameTopCaption >= MIN_SAME_TOP_CAPTION && scoreDelta99 <= MAX_SCORE_DELTA_99;
    }

    /** e.g. {@code bf16 31.0 vs fp32 16.5 images/s (1.88x), top caption the same for 100 % of 24 images, ...}. */
    public String describe() {
        return String.format(Locale.ROOT, "bf16 %.1f vs fp32 %.1f images/s (%.2fx), top caption the same for %.0f %% "
                + "of %d images, score delta %.4f at the 99th percentile", bf16ImagesPerSecond, fp32ImagesPerSecond,
                speedUp(), 100 * sameTopCaption, images, scoreDelta99);
    }
}
