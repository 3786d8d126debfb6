package dev.autocaption.bot.cli;

/**
 * A command could not do its job for a reason the user can act on. The message is printed as is (no stack trace)
 * and the process exits with {@link #exitCode()}.
 */
public final class CommandFailure extends RuntimeException {
    private final int exitCode;

    public CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CommandFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** One of the {@link ExitCode} constants. */
    public int exitCode() {
        return exitCode;
    }
}
