package dev.autocaption.inference.detector;

import java.util.ArrayList;
import java.util.List;

/**
 * NanoDet v0.x (GFL head) output decoding. For each level with stride s ∈ {8, 16, 32} and each cell
 * {@code i = row·W + col}: the centre prior is {@code ((col + 0.5)·s, (row + 0.5)·s)}; each side (left, top, right,
 * bottom) is the expectation of a softmax over 11 bins times s; the box is the centre minus/plus those distances,
 * clipped to the input square. Class scores come out of the graph already through a sigmoid.
 */
final class GflDecoder {
    static final int[] STRIDES = {8, 16, 32};
    static final int CLASSES = 80;
    static final int BINS = 11;

    private GflDecoder() {
    }

    /**
     * @param scores   per level, {@code cells × 80} sigmoid scores, row-major
     * @param boxes    per level, {@code cells × 44} bin logits ({@code l0..l10, t0..t10, r0..r10, b0..b10})
     * @param size     the input side (416)
     * @param minScore (cell, class) pairs scoring above this become candidates
     * @return candidates in input pixels, in no particular order
     */
    static List<Detection> decode(float[][] scores, float[][] boxes, int size, double minScore) {
        List<Detection> out = new ArrayList<>();
        for (int level = 0; level < STRIDES.length; level++) {
            int stride = STRIDES[level];
            int width = size / stride;
            float[] cls = scores[level];
            for (int cell = 0; cell < width * width; cell++) {
                if (best(cls, cell) > minScore) {
                    addCell(out, cls, boxes[level], cell, stride, width, size, minScore);
                }
            }
        }
        return out;
    }

    private static void addCell(List<Detection> out, float[] cls, float[] reg, int cell, int stride, int width,
                                int size, double minScore) {
        double cx = (cell % width + 0.5) * stride;
        double cy = (cell / width + 0.5) * stride;
        int base = cell * 4 * BINS;
        double x1 = clip(cx - distance(reg, base, stride), size);
        double y1 = clip(cy - distance(reg, base + BINS, stride), size);
        double x2 = clip(cx + distance(reg, base + 2 * BINS, stride), size);
        double y2 = clip(cy + distance(reg, base + 3 * BINS, stride), size);
        for (int c = 0; c < CLASSES; c++) {
            float score = cls[cell * CLASSES + c];
            if (score > minScore) {
                out.add(Detection.ofCorners(CocoLabels.NAMES.get(c), Math.min(1, score), x1, y1, x2, y2));
            }
        }
    }

    /** {@code stride · Σ j·softmax(logits)_j} over the 11 bins starting at {@code offset}. */
    static double distance(float[] logits, int offset, int stride) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < BINS; j++) {
            max = Math.max(max, logits[offset + j]);
        }
        double sum = 0;
        double weighted = 0;
        for (int j = 0; j < BINS; j++) {
            double p = Math.exp(logits[offset + j] - max);
            sum += p;
            weighted += j * p;
        }
        return stride * weighted / sum;
    }

    private static float best(float[] cls, int cell) {
        float best = 0;
        for (int c = 0; c < CLASSES; c++) {
            best = Math.max(best, cls[cell * CLASSES + c]);
        }
        return best;
    }

    private static double clip(double v, int size) {
        return Math.max(0, Math.min(size, v));
    }
}
