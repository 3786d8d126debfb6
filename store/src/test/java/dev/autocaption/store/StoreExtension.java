package dev.autocaption.store;

import dev.autocaption.testing.MutableClock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test a fresh store of its {@link StoreBackend}, opened (and so migrated with the production scripts)
 * through {@link Database#open}, with a {@link MutableClock}. Tests take {@code Database} and {@code MutableClock}
 * parameters. Registered by {@link StoreTest} (once per backend), or directly with {@code @ExtendWith} for H2 only.
 */
final class StoreExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StoreExtension.class);

    private final StoreBackend backend;

    /** On H2, for {@code @ExtendWith(StoreExtension.class)}. */
    StoreExtension() {
        this(StoreBackend.H2);
    }

    StoreExtension(StoreBackend backend) {
        this.backend = backend;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        String name = StoreBackend.uniqueName();
        MutableClock clock = new MutableClock(StoreFixtures.START);
        Database database = Database.open(backend.create(name), clock);
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        store.put(String.class, name);
        store.put(MutableClock.class, clock);
        store.put(Database.class, database);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        Database database = store.get(Database.class, Database.class);
        if (database == null) {
            return;
        }
        database.close();
        backend.discard(store.get(String.class, String.class));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Database.class || type == MutableClock.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(parameter.getParameter().getType());
    }
}
