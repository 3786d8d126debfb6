package dev.autocaption.store;

/** How a run (one daemon cycle, rollback or other batch) ended. Stored in lower case. */
public enum RunStatus {
    /** Still going, or the process died during it (see {@link RunRepository#abandonRunning()}). */
    RUNNING,
    /** Finished; individual photos may still have failed (see the counts). */
    SUCCEEDED,
    /** Stopped by an error that affected the whole run, e.g. the account API was down. */
    FAILED,
    /** Found still running after a restart: the process died during it. */
    ABANDONED;

    /** The lower-case spelling used in the database and the CLI. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
