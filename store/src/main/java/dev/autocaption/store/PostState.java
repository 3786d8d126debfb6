package dev.autocaption.store;

/**
 * Where an outbox entry is: pending → claimed → done; a claimed entry may go back to pending for a retry or end
 * failed; done → rolled_back; a pending entry a person takes back (reject, or a new decision) → withdrawn.
 * Stored in lower case.
 */
public enum PostState {
    /** Waiting for its {@code next_attempt_at}. */
    PENDING,
    /** Taken by a worker, which is writing it now; after a crash, reconcile from the remote state. */
    CLAIMED,
    /** Written to the remote account. */
    DONE,
    /** Given up; {@code last_error} says why. */
    FAILED,
    /** The write was undone. */
    ROLLED_BACK,
    /** Taken back before it was written (the person rejected the photo or decided anew); never written. */
    WITHDRAWN;

    /** The lower-case spelling used in the database and the CLI. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
