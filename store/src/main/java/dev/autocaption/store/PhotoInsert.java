package dev.autocaption.store;

import java.util.Objects;

/**
 * The result of {@link PhotoRepository#insertIfAbsent}.
 *
 * @param photo   the stored photo, new or as it already was
 * @param created true when this call inserted it
 */
public record PhotoInsert(Photo photo, boolean created) {
    public PhotoInsert {
        Objects.requireNonNull(photo, "photo");
    }
}
