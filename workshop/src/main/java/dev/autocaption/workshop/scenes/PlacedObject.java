package dev.autocaption.workshop.scenes;

import java.util.Objects;

/**
 * Where one drawn object ended up, in pixels of the output image (bounding box of its nominal shape; a kite's
 * string is not part of it).
 */
public record PlacedObject(ObjectKind kind, Role role, int x, int y, int width, int height) {
    /** Why the object is in the picture. */
    public enum Role { SUBJECT, COMPANION, DECORATION }

    public PlacedObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException(kind + " box must be positive, was " + width + "x" + height);
        }
    }

    /** The y just below the object: where it stands. */
    public int bottom() {
        return y + height;
    }

    public int centreX() {
        return x + width / 2;
    }
}
