package dev.autocaption.bot;

import dev.autocaption.bot.connector.ConnectorRuntime;
import dev.autocaption.bot.connector.Connectors;
import dev.autocaption.bot.connector.PhotoSource;
import dev.autocaption.bot.connector.Platform;
import dev.autocaption.bot.connector.Platforms;
import dev.autocaption.bot.pipeline.PipelineListener;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.BotConfig;
import dev.autocaption.config.ConfigLoader;
import dev.autocaption.config.ConfigPrinter;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.store.Database;
import dev.autocaption.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one builder of what a command needs from one {@link BotConfig}: the store, the connectors (one
 * {@link Connectors} with its shared call budgets, so every account of a command draws on the same budget), the
 * captioner when a command captions, and the daemon itself ({@link Bot}). Nothing is built before it is asked for;
 * the caller closes the store and the captioner it was given. The CLI builds nothing else itself.
 *
 * <p>Thread-safe.
 */
public final class Toolkit {
    private final BotConfig config;
    private final Clock clock;
    private final Engines engines;
    private final ConnectorRuntime runtime;
    private final Map<String, PhotoSource> sources = new HashMap<>();
    private Connectors connectors;

    private Toolkit(BotConfig config, Clock clock, Engines engines, ConnectorRuntime runtime) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.engines = Objects.requireNonNull(engines, "engines");
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    /**
     * @param runtime the connectors' time, waiting and timeouts; image downloads are further bounded by
     *                {@code retry.photo-timeout}
     */
    public static Toolkit of(BotConfig config, Clock clock, Engines engines, ConnectorRuntime runtime) {
        return new Toolkit(config, clock, engines, runtime);
    }

    /** Every platform we support (the one list is {@link Platforms}). */
    public static List<Platform> platforms() {
        return Platforms.standard();
    }

    /**
     * The config loader, told the account types we have connectors for.
     *
     * @param environment      the environment variables (usually {@code System.getenv()})
     * @param workingDirectory what relative paths resolve against
     */
    public static ConfigLoader configLoader(Map<String, String> environment, Path workingDirectory) {
        return new ConfigLoader(environment, workingDirectory, Platforms.specs());
    }

    /** {@code autocaption config check}'s text: every key of every account, credentials masked. */
    public static String printed(BotConfig config) {
        return ConfigPrinter.toYaml(config, Platforms.specs());
    }

    public BotConfig config() {
        return config;
    }

    /** Every platform we support, with its published call budgets; built once, on first use. */
    public synchronized Connectors connectors() {
        if (connectors == null) {
            connectors = Connectors.standard(runtime.withImageDeadline(config.retry().photoTimeout()));
        }
        return connectors;
    }

    /** The source of a configured account, built once per account; null when the config has no such account. */
    public synchronized PhotoSource source(String accountId) {
        AccountConfig account = config.account(accountId);
        return account == null ? null : sources.computeIfAbsent(accountId, id -> connectors().create(account));
    }

    /**
     * The embedded H2 file the store would be opened from when it does not exist yet; null when it exists or the
     * store is not an embedded file. Commands that must not create a store refuse to run then.
     */
    public Path missingStoreFile() {
        Path file = config.store().h2DataFile();
        return file != null && !Files.exists(file) ? file : null;
    }

    /**
     * Opens (and migrates) the store, creating it when it does not exist; the caller closes it.
     *
     * @throws StoreException when it cannot be opened or migrated
     */
    public Database openStore() {
        return Database.open(config.store(), clock);
    }

    /**
     * Loads the configured model; the caller closes it.
     *
     * @throws CaptioningException when the model cannot be loaded
     */
    public ImageCaptioner loadCaptioner() throws CaptioningException {
        return engines.load(config.model());
    }

    /**
     * Opens the daemon on the configured store, model and accounts; the caller closes it.
     *
     * @see Bot#open
     */
    public Bot openDaemon(PipelineListener listener, boolean dryRun)
            throws DaemonLock.HeldException, CaptioningException {
        return Bot.open(config, clock, engines, connectors(), listener, dryRun);
    }
}
