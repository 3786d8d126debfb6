package dev.autocaption.bot.cli;

import dev.autocaption.config.BotConfig;
import dev.autocaption.store.Database;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.SchemaMigration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code autocaption db info}: where the store is, its migrations, and how many photos are in each state. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Show the store's location, its schema migrations and how many photos are in each state.")
final class DbInfoCommand implements Callable<Integer> {
    private final CliContext context;
    private final GlobalOptions globals;

    DbInfoCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        BotConfig config = ConfigSupport.load(context, globals).config();
        try (Database database = StoreSupport.open(context.tools(config))) {
            context.out().println("store: " + config.store().maskedUrl());
            context.out().println("schema version: " + database.schemaVersion().orElse("none"));
            context.out().println();
            TextTable migrations = new TextTable("VERSION", "DESCRIPTION", "STATE", "INSTALLED");
            for (SchemaMigration migration : database.info()) {
                migrations.add(migration.version(), migration.description(), migration.state(),
                        migration.installedOn());
            }
            migrations.print(context.out());
            context.out().println();
            printPhotoCounts(database);
        }
        return ExitCode.OK;
    }

    private void printPhotoCounts(Database database) {
        Map<PhotoState, Integer> counts = database.inTransaction(tx -> tx.photos().countByState(null));
        TextTable table = new TextTable("STATE", "PHOTOS");
        long total = 0;
        for (PhotoState state : PhotoState.values()) {
            long count = counts.getOrDefault(state, 0);
            total += count;
            table.add(state.code(), count);
        }
        table.add("total", total);
        table.print(context.out());
    }
}
