package dev.autocaption.workshop.training;

import dev.autocaption.workshop.evaluation.EvaluationReport;
import java.util.Locale;
import java.util.Objects;

/**
 * How far a precision's captions stray from fp32's on one data set ({@link PrecisionAgreement}).
 *
 * @param precision      the precision compared with fp32
 * @param images         images captioned by both
 * @param sameTopCaption images whose best caption is word for word the same
 * @param fp32           fp32's metrics against the references
 * @param other          the other precision's
 * @param scoreDelta99   99th percentile of |score difference| of the best captions
 * @param maxScoreDelta  the largest of them
 * @param withinDelta    images whose score moved by at most {@link #MAX_SCORE_DELTA}
 * @param fp32Seconds    time fp32 spent captioning
 * @param otherSeconds   time the other precision spent, on the same images, alternating chunk by chunk
 */
public record AgreementReport(String precision, int images, int sameTopCaption, EvaluationReport fp32,
        EvaluationReport other, double scoreDelta99, double maxScoreDelta, int withinDelta, double fp32Seconds,
        double otherSeconds) {
    /** Issue 17's bar: the same top caption for at least this share of images, ... */
    public static final double MIN_SAME_TOP_CAPTION = 0.95;
    /** ... corpus BLEU-4 moved by at most this, ... */
    public static final double MAX_BLEU4_DELTA = 0.005;
    /** ... and 99 % of the scores moved by at most this. */
    public static final double MAX_SCORE_DELTA = 0.01;

    public AgreementReport {
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(fp32, "fp32");
        Objects.requireNonNull(other, "other");
    }

    public double sameShare() {
        return sameTopCaption / (double) images;
    }

    public double bleu4Delta() {
        return other.bleu().bleu(4) - fp32.bleu().bleu(4);
    }

    /** Whether the other precision meets all three bars. */
    public boolean agrees() {
        return sameShare() >= MIN_SAME_TOP_CAPTION && Math.abs(bleu4Delta()) <= MAX_BLEU4_DELTA
                && withinDelta >= Math.ceil(0.99 * images);
    }

    public String format() {
        return String.format(Locale.ROOT, "%s against fp32 on %d images%n"
                + "top caption identical  %.1f %% (%d of %d)%n"
                + "corpus BLEU-4          fp32 %.4f, %s %.4f (delta %+.4f)%n"
                + "best-caption score     |delta| at the 99th percentile %.4f, largest %.4f; within %.2f: %.1f %%%n"
                + "time                   fp32 %.1f s, %s %.1f s (%.2fx), chunk by chunk on the same images%n"
                + "verdict                %s (needs >= %.0f %% identical, |BLEU-4 delta| <= %.3f, 99 %% of scores "
                + "within %.2f)%n", precision, images, 100 * sameShare(), sameTopCaption, images,
                fp32.bleu().bleu(4), precision, other.bleu().bleu(4), bleu4Delta(), scoreDelta99, maxScoreDelta,
                MAX_SCORE_DELTA, 100.0 * withinDelta / images, fp32Seconds, precision, otherSeconds,
                fp32Seconds / otherSeconds, agrees() ? "agrees" : "does NOT agree", 100 * MIN_SAME_TOP_CAPTION,
                MAX_BLEU4_DELTA, MAX_SCORE_DELTA);
    }
}
