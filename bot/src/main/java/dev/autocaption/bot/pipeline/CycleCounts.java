package dev.autocaption.bot.pipeline;

import dev.autocaption.store.RunCounts;
import java.util.concurrent.atomic.AtomicIntegerArray;

/** Counts what one cycle did, for its run row. Thread-safe. */
public final class CycleCounts {
    private static final int DISCOVERED = 0;
    private static final int CAPTIONED = 1;
    private static final int QUEUED = 2;
    private static final int DROPPED = 3;
    private static final int POSTED = 4;
    private static final int SKIPPED = 5;
    private static final int FAILED = 6;

    private final AtomicIntegerArray counts = new AtomicIntegerArray(7);

    void discovered() {
        counts.incrementAndGet(DISCOVERED);
    }

    void captioned() {
        counts.incrementAndGet(CAPTIONED);
    }

    void queued() {
        counts.incrementAndGet(QUEUED);
    }

    void dropped() {
        counts.incrementAndGet(DROPPED);
    }

    void posted() {
        counts.incrementAndGet(POSTED);
    }

    void skipped() {
        counts.incrementAndGet(SKIPPED);
    }

    void failed() {
        counts.incrementAndGet(FAILED);
    }

    /** The counts so far. */
    public RunCounts snapshot() {
        return new RunCounts(counts.get(DISCOVERED), counts.get(CAPTIONED), counts.get(QUEUED), counts.get(DROPPED),
                counts.get(POSTED), counts.get(SKIPPED), counts.get(FAILED));
    }
}
