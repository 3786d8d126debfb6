package dev.autocaption.store;

import dev.autocaption.config.StoreConfig;
import dev.autocaption.testing.MutableClock;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test a fresh {@code jdbc:h2:mem:<uuid>} store, opened (and so migrated with the production scripts)
 * through {@link Database#open}, with a {@link MutableClock}. Tests take {@code Database} and {@code MutableClock}
 * parameters.
 */
final class StoreExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StoreExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        MutableClock clock = new MutableClock(StoreFixtures.START);
        Database database = Database.open(new StoreConfig("jdbc:h2:mem:" + UUID.randomUUID()), clock);
        context.getStore(NAMESPACE).put(MutableClock.class, clock);
        context.getStore(NAMESPACE).put(Database.class, database);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        context.getStore(NAMESPACE).get(Database.class, Database.class).close();
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
