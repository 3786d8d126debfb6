package dev.autocaption.bot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What every command needs from the outside world, passed in once by {@code Main} so that tests can run commands
 * in-process with their own output streams, environment and clock.
 *
 * @param out              normal output (tables, CSV, JSON)
 * @param err              diagnostics for the person at the terminal
 * @param environment      the process environment (for {@code AUTOCAPTION_CONFIG} and {@code ${VAR}} substitution)
 * @param workingDirectory where relative paths resolve
 * @param clock            the time source
 */
public record CliContext(
        PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDirectory, Clock clock) {

    public CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(clock, "clock");
        environment = Map.copyOf(environment);
    }
}
