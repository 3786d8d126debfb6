package dev.autocaption.inference.image;

/** One image could not be decoded; the message names the input and says what was seen. */
public final class ImageDecodingException extends Exception {
    public ImageDecodingException(String message) {
        super(message);
    }

    public ImageDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
