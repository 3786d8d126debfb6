package dev.autocaption.inference;

/**
 * The captioning engine failed as a whole: the model could not be loaded, or TensorFlow failed during a run.
 * Failures of single images are reported in {@link CaptionResult#error()} instead.
 */
public final class CaptioningException extends Exception {
    public CaptioningException(String message) {
        super(message);
    }

    public CaptioningException(String message, Throwable cause) {
        super(message, cause);
    }
}
