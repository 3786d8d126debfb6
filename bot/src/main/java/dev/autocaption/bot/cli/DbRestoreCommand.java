package dev.autocaption.bot.cli;

import dev.autocaption.config.BotConfig;
import dev.autocaption.store.Database;
import dev.autocaption.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code autocaption db restore FILE}: loads a backup into the configured store, which must be empty. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Load a backup written by 'db backup' into the configured store, which must be new and empty",
            "(point store.url at a new file, or move the old one away first)."})
final class DbRestoreCommand implements Callable<Integer> {
    private final CliContext context;
    private final GlobalOptions globals;

    @Parameters(paramLabel = "FILE", description = "The backup file.")
    private Path file;

    DbRestoreCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        BotConfig config = ConfigSupport.load(context, globals).config();
        Path source = context.workingDirectory().resolve(file);
        if (!Files.isRegularFile(source)) {
            throw new CommandFailure(ExitCode.INPUT, "no backup file at " + source);
        }
        try {
            Database.restore(source, config.store());
        } catch (StoreException e) {
            throw new CommandFailure(ExitCode.STORE, "restore from " + source + " into " + config.store().maskedUrl()
                    + " failed: " + e.getMessage(), e);
        }
        try (Database database = StoreSupport.create(context.tools(config))) {
            context.out().println("restored " + source + " into " + config.store().maskedUrl() + ", schema version "
                    + database.schemaVersion().orElse("none"));
        }
        context.out().flush();
        return ExitCode.OK;
    }
}
