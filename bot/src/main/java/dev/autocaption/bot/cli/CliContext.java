package dev.autocaption.bot.cli;

import dev.autocaption.bot.Engines;
import dev.autocaption.bot.Toolkit;
import dev.autocaption.bot.connector.ConnectorRuntime;
import dev.autocaption.config.BotConfig;
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
 * @param engines          the caption engines this build has (commands that caption load the configured one)
 * @param runtime          time, waiting and timeouts for the connectors
 */
public record CliContext(
        PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDirectory, Clock clock,
        Engines engines, ConnectorRuntime runtime) {

    public CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(engines, "engines");
        Objects.requireNonNull(runtime, "runtime");
        environment = Map.copyOf(environment);
    }

    /** The standard engines and the production connector runtime. */
    public CliContext(PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDirectory,
                      Clock clock) {
        this(out, err, environment, workingDirectory, clock, Engines.standard(), ConnectorRuntime.system());
    }

    /** The one builder of the store, connectors, captioner and daemon for this configuration. */
    public Toolkit tools(BotConfig config) {
        return Toolkit.of(config, clock, engines, runtime);
    }
}
