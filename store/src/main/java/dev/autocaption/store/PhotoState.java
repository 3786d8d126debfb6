package dev.autocaption.store;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a photo is in its life, and the moves the store allows between states. The happy path is
 * discovered → captioned → queued | approved → posting → posted; a rejected or low-scoring caption ends in
 * {@link #DROPPED}; any step can end in {@link #FAILED} or {@link #SKIPPED} with a reason.
 *
 * <p>{@link PhotoRepository#transition} enforces both this graph and the state the caller expects the photo to be
 * in; the daemon's own policy (what to do next) lives in the bot.
 */
public enum PhotoState {
    /** Seen on the remote account, nothing done yet. */
    DISCOVERED,
    /** Caption candidates are stored; the filter has not decided yet. */
    CAPTIONED,
    /** Not posted: the score was too low, or a person rejected the caption. */
    DROPPED,
    /** Waiting for a person's decision. */
    QUEUED,
    /** Approved (automatically or by a person); an outbox entry will post it. */
    APPROVED,
    /** The outbox entry is being written to the remote account. */
    POSTING,
    /** The caption is on the remote account. */
    POSTED,
    /** Gave up after an error; the reason says which. */
    FAILED,
    /** Deliberately left alone: bad image, human text present, permission missing, opt-out tag, ... */
    SKIPPED,
    /** Our write was undone on the remote account. */
    ROLLED_BACK;

    /** The states this one may move to. */
    public Set<PhotoState> next() {
        return Collections.unmodifiableSet(switch (this) {
            case DISCOVERED -> EnumSet.of(CAPTIONED, SKIPPED, FAILED);
            case CAPTIONED -> EnumSet.of(DROPPED, QUEUED, APPROVED, SKIPPED, FAILED);
            case DROPPED -> EnumSet.of(APPROVED, CAPTIONED);
            case QUEUED -> EnumSet.of(APPROVED, DROPPED, SKIPPED, FAILED, CAPTIONED);
            case APPROVED -> EnumSet.of(POSTING, QUEUED, DROPPED, SKIPPED, FAILED, CAPTIONED);
            case POSTING -> EnumSet.of(POSTED, APPROVED, SKIPPED, FAILED);
            case POSTED -> EnumSet.of(ROLLED_BACK);
            case FAILED -> EnumSet.of(DISCOVERED, CAPTIONED, APPROVED);
            case SKIPPED, ROLLED_BACK -> EnumSet.of(DISCOVERED, CAPTIONED);
        });
    }

    /** True when the store allows moving from this state to {@code to}. */
    public boolean canMoveTo(PhotoState to) {
        return next().contains(to);
    }

    /** Failed and skipped photos must say why. */
    public boolean requiresReason() {
        return this == FAILED || this == SKIPPED;
    }

    /**
     * Parses the lower-case spelling, as the CLI and the database write it.
     *
     * @throws IllegalArgumentException naming the value and the states that exist
     */
    public static PhotoState fromCode(String code) {
        for (PhotoState state : values()) {
            if (state.code().equals(code)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown photo state " + code + ", expected one of "
                + java.util.Arrays.stream(values()).map(PhotoState::code).toList());
    }

    /** The lower-case spelling used in the database, the CLI and the history. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
