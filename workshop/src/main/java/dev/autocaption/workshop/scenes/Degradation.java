package dev.autocaption.workshop.scenes;

/**
 * What was done to a clean drawing to make it look photographed.
 *
 * @param blurPasses   0 to 2 passes of a 3x3 box blur
 * @param noiseSigma   standard deviation of the per-channel Gaussian noise, in 8-bit levels, 0 to 12
 * @param jpegQuality  the JPEG writer's quality, 0.3 to 0.95
 */
public record Degradation(int blurPasses, double noiseSigma, float jpegQuality) {
    public Degradation {
        if (blurPasses < 0 || blurPasses > 2) {
            throw new IllegalArgumentException("blurPasses must be 0..2, was " + blurPasses);
        }
        if (noiseSigma < 0 || noiseSigma > 12) {
            throw new IllegalArgumentException("noiseSigma must be 0..12, was " + noiseSigma);
        }
        if (jpegQuality < 0.3f || jpegQuality > 0.95f) {
            throw new IllegalArgumentException("jpegQuality must be 0.3..0.95, was " + jpegQuality);
        }
    }
}
