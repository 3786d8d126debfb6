package dev.autocaption.workshop.scenes;

/** How large the subject group is drawn relative to its kind's nominal size. */
public enum Size {
    SMALL(0.72), MEDIUM(0.95), LARGE(1.18);

    private final double scale;

    Size(double scale) {
        this.scale = scale;
    }

    /** The factor applied to the kind's nominal width and height (before the layout shrinks to fit). */
    public double scale() {
        return scale;
    }
}
