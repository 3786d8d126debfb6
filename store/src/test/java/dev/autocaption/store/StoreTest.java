package dev.autocaption.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs every test of the class once per {@link StoreBackend}: on a fresh in-memory H2 store, and on a fresh schema of
 * the PostgreSQL that {@value StoreBackend#PG_URL_VARIABLE} names. Tests take {@code Database} and
 * {@code MutableClock} parameters (see {@link StoreExtension}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ClassTemplate
@ExtendWith(StoreBackends.class)
@interface StoreTest {
}
