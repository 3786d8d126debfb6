package dev.autocaption.workshop.coco;

/**
 * A COCO captions file or its image folder is not what a data set needs: malformed JSON, a missing or mistyped
 * field, a duplicate image id, an annotation for an unknown image, or image files that are not there. The message
 * names the file, the place in it (line and column, or the array index) and what was found.
 */
public final class CocoFormatException extends Exception {
    public CocoFormatException(String message) {
        super(message);
    }

    public CocoFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
