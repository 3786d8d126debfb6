package dev.autocaption.inference.detector.graph;

/** A TF.js graph model could not be converted: the message names the file, node or weight and what was found. */
public final class GraphConversionException extends Exception {
    public GraphConversionException(String message) {
        super(message);
    }

    public GraphConversionException(String message, Throwable cause) {
        super(message, cause);
    }
}
