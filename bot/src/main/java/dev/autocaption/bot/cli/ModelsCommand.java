package dev.autocaption.bot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code autocaption models}: the group; prints its subcommands. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List the models autocaption knows and install the ones that can be fetched.")
final class ModelsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
