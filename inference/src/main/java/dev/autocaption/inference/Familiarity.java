package dev.autocaption.inference;

/**
 * How much an image looks like the images a model was trained on, measured on the encoder's features before any
 * word is generated. A model that carries statistics of its training domain multiplies every caption's score by
 * {@link #value()}, so a caption of an image unlike anything the model has seen (noise, a scanned page, a real
 * photograph for a model of drawn scenes) scores low however fluent the sentence is.
 *
 * @param value    in (0, 1]: 1 inside the calibrated range of the training domain, falling smoothly beyond it
 * @param distance the Mahalanobis distance of the image's features from the training domain's mean (≥ 0)
 */
public record Familiarity(double value, double distance) {
    public Familiarity {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException("familiarity must be in (0, 1], was " + value);
        }
        if (!(distance >= 0) || Double.isInfinite(distance)) {
            throw new IllegalArgumentException("distance must be a finite number >= 0, was " + distance);
        }
    }

    /** What a caption score multiplied by this familiarity was before: {@code score / value}, at most 1. */
    public double unguarded(double score) {
        return Math.min(1.0, score / value);
    }
}
