package dev.autocaption.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One migration as Flyway sees it, for {@code autocaption db info}.
 *
 * @param version     e.g. {@code "1"}
 * @param description e.g. {@code "photo lifecycle"}
 * @param state       Flyway's state name, e.g. {@code "Success"} or {@code "Pending"}
 * @param installedOn when it was applied; null while pending
 */
public record SchemaMigration(String version, String description, String state, Instant installedOn) {
    public SchemaMigration {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(state, "state");
    }
}
