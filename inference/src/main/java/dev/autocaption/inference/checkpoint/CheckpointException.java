package dev.autocaption.inference.checkpoint;

/** A checkpoint could not be found, read or parsed; the message names the path and what was seen. */
public final class CheckpointException extends Exception {
    public CheckpointException(String message) {
        super(message);
    }

    public CheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
