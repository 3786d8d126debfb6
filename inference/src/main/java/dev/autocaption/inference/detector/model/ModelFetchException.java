package dev.autocaption.inference.detector.model;

/**
 * A model could not be fetched, verified or found. The message says what was seen, what was expected and what the
 * user can do (install npm, go online, place the files by hand).
 */
public final class ModelFetchException extends Exception {
    public ModelFetchException(String message) {
        super(message);
    }

    public ModelFetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
