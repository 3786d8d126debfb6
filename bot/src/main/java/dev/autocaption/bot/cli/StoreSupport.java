package dev.autocaption.bot.cli;

import dev.autocaption.config.BotConfig;
import dev.autocaption.store.Database;
import dev.autocaption.store.StoreException;
import java.time.Clock;

/** Opens the configured store the way every command does, turning failures into a {@link CommandFailure}. */
final class StoreSupport {
    private StoreSupport() {
    }

    /** Opens (and migrates) the store; the caller closes it. */
    static Database open(BotConfig config, Clock clock) {
        try {
            return Database.open(config.store(), clock);
        } catch (StoreException e) {
            throw new CommandFailure(ExitCode.STORE, "cannot open the store " + config.store().maskedUrl() + ": "
                    + e.getMessage(), e);
        }
    }
}
