package dev.autocaption.inference.detector;

import java.util.Objects;

/**
 * One object the detector found, with its box in pixels of the original image (after EXIF orientation).
 *
 * @param label  a COCO class name, e.g. {@code person}, {@code dining table}
 * @param score  the class confidence in [0, 1]
 * @param x      left edge
 * @param y      top edge
 * @param width  at least 0
 * @param height at least 0
 */
public record Detection(String label, double score, double x, double y, double width, double height) {
    public Detection {
        Objects.requireNonNull(label, "label");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score + " for " + label);
        }
        if (!Double.isFinite(x) || !Double.isFinite(y) || !(width >= 0) || !(height >= 0)
                || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("box must be finite with non-negative size, was x=" + x + " y=" + y
                    + " width=" + width + " height=" + height + " for " + label);
        }
    }

    /** Builds a detection from corners; a corner pair in the wrong order gives an empty box. */
    public static Detection ofCorners(String label, double score, double x1, double y1, double x2, double y2) {
        return new Detection(label, score, x1, y1, Math.max(0, x2 - x1), Math.max(0, y2 - y1));
    }

    public double area() {
        return width * height;
    }

    /** Intersection over union with another box; 0 when both are empty. */
    public double iou(Detection other) {
        double iw = Math.min(x + width, other.x + other.width) - Math.max(x, other.x);
        double ih = Math.min(y + height, other.y + other.height) - Math.max(y, other.y);
        if (iw <= 0 || ih <= 0) {
            return 0;
        }
        double inter = iw * ih;
        return inter / (area() + other.area() - inter);
    }
}
