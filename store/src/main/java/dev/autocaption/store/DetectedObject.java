package dev.autocaption.store;

/**
 * One object a detector engine saw in a photo, as stored with the captioning that saw it.
 *
 * @param label  the detector's class name, e.g. {@code cat}, {@code dining table}; single line
 * @param score  the detector's confidence in [0, 1]
 * @param x      the box's left edge, in pixels of the original image
 * @param y      the box's top edge
 * @param width  the box's width, at least 0
 * @param height the box's height, at least 0
 */
public record DetectedObject(String label, double score, double x, double y, double width, double height) {
    public DetectedObject {
        Checks.notBlank(label, "label");
        if (label.contains("\n") || label.contains("\r")) {
            throw new IllegalArgumentException("label must be a single line, was " + label);
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score + " for " + label);
        }
        if (!Double.isFinite(x) || !Double.isFinite(y) || !(width >= 0) || !(height >= 0)
                || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("box must be finite with non-negative size, was x=" + x + " y=" + y
                    + " width=" + width + " height=" + height + " for " + label);
        }
    }
}
