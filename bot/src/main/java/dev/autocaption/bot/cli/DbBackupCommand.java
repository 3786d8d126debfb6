package dev.autocaption.bot.cli;

import dev.autocaption.config.BotConfig;
import dev.autocaption.store.Database;
import dev.autocaption.store.StoreException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code autocaption db backup FILE}: a consistent copy of the store, safe while the daemon runs. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a consistent copy of the store to FILE (an SQL script), safe while the daemon runs.",
            "Restore it with 'autocaption db restore FILE' into a new, empty store."})
final class DbBackupCommand implements Callable<Integer> {
    private final CliContext context;
    private final GlobalOptions globals;

    @Parameters(paramLabel = "FILE", description = "Where to write the backup.")
    private Path file;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    private boolean force;

    DbBackupCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        BotConfig config = ConfigSupport.load(context, globals).config();
        Path target = context.workingDirectory().resolve(file);
        try (Database database = StoreSupport.open(context.tools(config))) {
            database.backup(target, force);
        } catch (StoreException e) {
            throw new CommandFailure(ExitCode.STORE, "backup to " + target + " failed: " + e.getMessage(), e);
        }
        context.out().println("backed up " + config.store().maskedUrl() + " to " + target);
        context.out().flush();
        return ExitCode.OK;
    }
}
