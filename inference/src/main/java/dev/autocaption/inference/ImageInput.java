package dev.autocaption.inference;

import java.util.Objects;

/**
 * One image to caption: the encoded bytes as they came from disk or the network, and an id the caller uses to
 * match results (a file name, a photo id).
 *
 * <p>The byte array is not copied; callers must not change it while a caption call runs.
 */
public record ImageInput(String id, byte[] bytes) {
    public ImageInput {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public String toString() {
        return "ImageInput[id=" + id + ", bytes=" + bytes.length + "]";
    }
}
