package dev.autocaption.store;

import java.util.Objects;

/**
 * A photo could not move to a new state: it was not in the state the caller expected (another process moved it
 * first), or the move is not allowed from that state. The transaction that tried it is rolled back.
 */
public final class StateTransitionException extends RuntimeException {
    private final String photoKey;
    private final PhotoState expected;
    private final PhotoState actual;
    private final PhotoState target;

    StateTransitionException(String photoKey, PhotoState expected, PhotoState actual, PhotoState target,
                             String message) {
        super(message);
        this.photoKey = Objects.requireNonNull(photoKey, "photoKey");
        this.expected = Objects.requireNonNull(expected, "expected");
        this.actual = Objects.requireNonNull(actual, "actual");
        this.target = Objects.requireNonNull(target, "target");
    }

    /** {@code <account>/<remote id>} of the photo. */
    public String photoKey() {
        return photoKey;
    }

    /** The state the caller expected the photo to be in. */
    public PhotoState expected() {
        return expected;
    }

    /** The state the photo was actually in. */
    public PhotoState actual() {
        return actual;
    }

    /** The state the caller asked for. */
    public PhotoState target() {
        return target;
    }
}
