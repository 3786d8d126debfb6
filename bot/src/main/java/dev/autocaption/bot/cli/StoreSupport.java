package dev.autocaption.bot.cli;

import dev.autocaption.bot.Toolkit;
import dev.autocaption.config.BotConfig;
import dev.autocaption.store.Database;
import dev.autocaption.store.StoreException;
import java.nio.file.Path;

/**
 * Opens the configured store through the {@link Toolkit} the way every command does, turning failures into a {@link CommandFailure}. Only
 * {@code run}, {@code demo}, {@code db migrate} and {@code db restore} may create a store; every other command
 * refuses an embedded H2 store that does not exist yet, instead of creating an empty one beside the real one.
 */
final class StoreSupport {
    private StoreSupport() {
    }

    /**
     * Opens (and migrates) a store that must exist already; the caller closes it.
     *
     * @throws CommandFailure ({@link ExitCode#STORE}) when the configured embedded H2 file does not exist
     */
    static Database open(Toolkit tools) {
        BotConfig config = tools.config();
        Path file = tools.missingStoreFile();
        if (file != null) {
            throw new CommandFailure(ExitCode.STORE, "no store at " + file + " (store.url " + config.store().url()
                    + "); 'autocaption run' or 'autocaption db migrate' creates it. Relative store paths resolve "
                    + "against the config file's directory.");
        }
        return create(tools);
    }

    /** Opens (and migrates) the store, creating it when it does not exist; the caller closes it. */
    static Database create(Toolkit tools) {
        try {
            return tools.openStore();
        } catch (StoreException e) {
            throw new CommandFailure(ExitCode.STORE, "cannot open the store " + tools.config().store().maskedUrl()
                    + ": "
                    + e.getMessage(), e);
        }
    }
}
