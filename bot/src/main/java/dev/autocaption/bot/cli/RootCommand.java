package dev.autocaption.bot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code autocaption}: without a subcommand it prints the list of commands. */
@Command(name = "autocaption", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Captions new photos on Flickr and Facebook Pages with Show and Tell (im2txt) in TensorFlow "
                + "Java, filters low-confidence captions, and writes the good ones back, exactly once.",
        footer = {"", "Run 'autocaption COMMAND --help' for a command's options."})
public final class RootCommand implements Callable<Integer> {
    @Mixin
    private GlobalOptions globals;

    @Spec
    private CommandSpec spec;

    RootCommand(GlobalOptions globals) {
        this.globals = globals;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
