package dev.autocaption.bot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code config}, {@code db}, {@code models}, {@code auth}): run on its
 * own it prints its subcommands and exits with {@link ExitCode#USAGE}.
 */
@Command(mixinStandardHelpOptions = true)
final class GroupCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** A group whose help shows {@code description}; add its subcommands to the result. */
    static CommandLine of(String description) {
        CommandLine group = new CommandLine(new GroupCommand());
        group.getCommandSpec().usageMessage().description(description);
        return group;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
