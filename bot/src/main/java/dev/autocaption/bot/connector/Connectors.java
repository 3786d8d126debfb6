package dev.autocaption.bot.connector;

import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.AccountType;
import dev.autocaption.config.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds each account's {@link PhotoSource} from the registered {@link Platform}s (account type → how to build
 * its source and where a photo's page is); {@link #standard} registers {@link Platforms#standard()}. Also owns the
 * call budgets shared by accounts with the same API key. Thread-safe.
 */
public final class Connectors {

    /** Builds a source for one account. */
    @FunctionalInterface
    public interface Factory {
        PhotoSource create(AccountConfig account, ConnectorRuntime runtime, Connectors connectors);
    }

    private final ConnectorRuntime runtime;
    private final int flickrCallsPerHour;
    private final Map<AccountType, Factory> factories = new LinkedHashMap<>();
    private final Map<AccountType, Function<String, URI>> pages = new HashMap<>();
    private final Map<Secret, CallBudget> budgets = new HashMap<>();
    private final Map<Class<?>, Object> provided = new HashMap<>();

    private Connectors(ConnectorRuntime runtime, int flickrCallsPerHour) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        if (flickrCallsPerHour < 1) {
            throw new IllegalArgumentException("flickrCallsPerHour must be at least 1, was " + flickrCallsPerHour);
        }
        this.flickrCallsPerHour = flickrCallsPerHour;
    }

    /** Every platform we support, with Flickr's published budget of 3,600 calls per hour per API key. */
    public static Connectors standard(ConnectorRuntime runtime) {
        return standard(runtime, 3600);
    }

    /** Every platform we support, with {@code flickrCallsPerHour} calls per hour per Flickr API key. */
    public static Connectors standard(ConnectorRuntime runtime, int flickrCallsPerHour) {
        Connectors connectors = new Connectors(runtime, flickrCallsPerHour);
        Platforms.standard().forEach(connectors::register);
        return connectors;
    }

    /** An empty list, for tests that register their own. */
    public static Connectors empty(ConnectorRuntime runtime) {
        return new Connectors(runtime, 3600);
    }

    /** Registers a platform's source and photo pages. */
    public Connectors register(Platform platform) {
        return register(platform.type(), platform.factory(), platform.page());
    }

    public Connectors register(AccountType type, Factory factory) {
        factories.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(factory, "factory"));
        return this;
    }

    /** Registers a platform with the address of a photo's page on it (remote id → URL). */
    public Connectors register(AccountType type, Factory factory, Function<String, URI> page) {
        pages.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(page, "page"));
        return register(type, factory);
    }

    /** The photo's page on its platform; null for a platform registered without one. */
    public URI pageUrl(AccountType type, String remoteId) {
        Function<String, URI> page = pages.get(type);
        return page == null ? null : page.apply(remoteId);
    }

    /** Builds the source for an account; an unknown type is an error that lists the known ones. */
    public PhotoSource create(AccountConfig account) {
        Factory factory = factories.get(account.type());
        if (factory == null) {
            String known = factories.keySet().stream().map(AccountType::configName).collect(Collectors.joining(", "));
            throw new IllegalArgumentException("no connector for account " + account.id() + " of type "
                    + account.type().configName() + "; known types: " + known);
        }
        return factory.create(account, runtime, this);
    }

    /**
     * Hands sources something the composition root owns, by the type a connector package declares for it (e.g.
     * the file index, {@code files.FileIndexes}, kept in the store, which connectors cannot see). Sources built
     * afterwards find it through {@link #provided}; a platform that finds nothing falls back to its own default.
     */
    public synchronized <T> Connectors provide(Class<T> type, T service) {
        provided.put(Objects.requireNonNull(type, "type"), type.cast(Objects.requireNonNull(service, "service")));
        return this;
    }

    /** What {@link #provide} handed in for this type, if anything. */
    public synchronized <T> Optional<T> provided(Class<T> type) {
        return Optional.ofNullable(provided.get(type)).map(type::cast);
    }

    /**
     * The budget shared by every account calling with this API key; {@code perHour} calls, refilled continuously.
     */
    public synchronized CallBudget budgetFor(Secret apiKey) {
        return budgets.computeIfAbsent(Objects.requireNonNull(apiKey, "apiKey"),
                key -> new CallBudget(flickrCallsPerHour, Duration.ofHours(1), runtime.clock()));
    }
}
