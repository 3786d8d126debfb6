package dev.autocaption.bot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code autocaption auth}: the group; prints its subcommands. */
@Command(name = "auth", mixinStandardHelpOptions = true,
        description = "Authorise autocaption with Flickr or check a Facebook Page token.")
final class AuthCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
