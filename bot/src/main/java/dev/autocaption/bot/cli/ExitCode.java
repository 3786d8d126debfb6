package dev.autocaption.bot.cli;

/**
 * Every exit code the {@code autocaption} command returns, defined once. Scripts and the systemd unit rely on
 * these numbers; append new ones, never renumber.
 */
public final class ExitCode {
    /** Everything worked. */
    public static final int OK = 0;
    /** The command ran but some items failed (an image that could not be captioned, a post that failed). */
    public static final int PARTIAL_FAILURE = 1;
    /** Bad command line: unknown option, missing argument. */
    public static final int USAGE = 2;
    /** The configuration file has problems. */
    public static final int CONFIG = 3;
    /** The database could not be opened, migrated or backed up. */
    public static final int STORE = 4;
    /** The model could not be loaded or is incompatible. */
    public static final int MODEL = 5;
    /** Another daemon already runs on this store. */
    public static final int ALREADY_RUNNING = 6;
    /** An input file was missing or unreadable. */
    public static final int INPUT = 7;
    /** An unexpected internal error: a bug, please report it. */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }
}
