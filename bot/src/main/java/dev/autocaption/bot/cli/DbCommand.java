package dev.autocaption.bot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code autocaption db}: the group; prints its subcommands. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Manage the store: migrate, show the schema, back up and restore.")
final class DbCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
