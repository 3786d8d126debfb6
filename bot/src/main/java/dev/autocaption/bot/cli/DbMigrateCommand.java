package dev.autocaption.bot.cli;

import dev.autocaption.config.BotConfig;
import dev.autocaption.store.Database;
import dev.autocaption.store.MigrationResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code autocaption db migrate}: brings the store's schema up to date (every command also does it on open). */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Create the store or bring its schema up to date.",
            "Every command does this when it opens the store; this one only reports it."})
final class DbMigrateCommand implements Callable<Integer> {
    private final CliContext context;
    private final GlobalOptions globals;

    DbMigrateCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        BotConfig config = ConfigSupport.load(context, globals).config();
        try (Database database = StoreSupport.create(context.tools(config))) {
            MigrationResult result = database.openingMigration();
            context.out().println(config.store().maskedUrl() + ": " + (result.applied() == 0 ? "already up to date"
                    : "applied " + result.applied() + " migration(s)") + ", schema version "
                    + result.schemaVersion());
            context.out().flush();
        }
        return ExitCode.OK;
    }
}
