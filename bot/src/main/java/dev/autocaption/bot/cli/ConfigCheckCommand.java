package dev.autocaption.bot.cli;

import dev.autocaption.bot.Toolkit;
import dev.autocaption.config.LoadedConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code autocaption config check}: loads and validates the configuration, prints every problem (exit
 * {@link ExitCode#CONFIG}) or the resolved configuration with secrets masked (exit {@link ExitCode#OK}).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate the configuration and print it resolved (defaults filled in, ${ENV} substituted,",
            "secrets masked). Exits non-zero when there is any problem, listing all of them."})
final class ConfigCheckCommand implements Callable<Integer> {
    private final CliContext context;
    private final GlobalOptions globals;

    ConfigCheckCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        LoadedConfig loaded = ConfigSupport.load(context, globals);
        context.out().println("# " + loaded.describeSource() + ": OK, " + loaded.config().accounts().size()
                + " account(s)");
        context.out().print(Toolkit.printed(loaded.config()));
        context.out().flush();
        return ExitCode.OK;
    }
}
