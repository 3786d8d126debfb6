package dev.autocaption.bot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every subcommand accepts (declared once on the root command and inherited). Picocli writes the values
 * into this one instance wherever on the command line they appear.
 */
public final class GlobalOptions {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Configuration file. Default: the file named by AUTOCAPTION_CONFIG, else autocaption.yaml "
                    + "in the current directory, else built-in defaults.")
    private Path config;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log more detail (repeat for trace: -vv).")
    private boolean[] verbose = new boolean[0];

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Log warnings and errors only.")
    private boolean quiet;

    @Option(names = "--log-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Also write the log to this file.")
    private Path logFile;

    /** The {@code --config} path, or null when not given. */
    public Path config() {
        return config;
    }

    /** How many times {@code -v} was given. */
    public int verbosity() {
        return verbose.length;
    }

    public boolean quiet() {
        return quiet;
    }

    /** The {@code --log-file} path, or null. */
    public Path logFile() {
        return logFile;
    }
}
