package dev.autocaption.workshop.scenes;

import java.util.Objects;

/**
 * One or more objects of the same kind, colour and size, drawn together.
 *
 * @param kind   a ground or sky kind, never a decoration
 * @param colour one of {@code kind.colours()}; for people the colour of their clothes
 * @param count  1 to {@code kind.maxCount()}
 * @param size   how large the group is drawn
 */
public record SceneGroup(ObjectKind kind, ObjectColour colour, int count, Size size) {
    public SceneGroup {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(size, "size");
        if (kind.placement() == ObjectKind.Placement.DECORATION) {
            throw new IllegalArgumentException("a group cannot be of decoration kind " + kind);
        }
        if (!kind.colours().contains(colour)) {
            throw new IllegalArgumentException(kind + " comes in " + kind.colours() + ", not " + colour);
        }
        if (count < 1 || count > kind.maxCount()) {
            throw new IllegalArgumentException(kind + " count must be 1.." + kind.maxCount() + ", was " + count);
        }
    }
}
