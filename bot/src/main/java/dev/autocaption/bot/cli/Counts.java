package dev.autocaption.bot.cli;

import dev.autocaption.store.RunCounts;

/** Run counts as a short sentence. */
final class Counts {
    private Counts() {
    }

    static String describe(RunCounts counts) {
        return counts.discovered() + " discovered, " + counts.captioned() + " captioned, " + counts.posted()
                + " posted, " + counts.queued() + " queued, " + counts.dropped() + " dropped, " + counts.skipped()
                + " skipped, " + counts.failed() + " failed";
    }
}
