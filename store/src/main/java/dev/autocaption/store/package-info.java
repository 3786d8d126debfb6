/**
 * The store: an H2 database (an embedded file by default) that records the whole life of every photo.
 *
 * <p>{@link dev.autocaption.store.Database} opens the store and migrates it with Flyway (scripts in
 * {@code db/migration}, append-only). All reads and writes go through
 * {@link dev.autocaption.store.Database#inTransaction}: the {@link dev.autocaption.store.Transaction} it hands out
 * gives repositories bound to one JDBC connection, so every state change commits or rolls back as a unit.
 * Repositories use plain JDBC and portable SQL; times come from the {@link java.time.Clock} given to
 * {@code Database.open}.
 *
 * <p>Photo states and the legal moves between them are in {@link dev.autocaption.store.PhotoState}; every move is
 * also written to the event log, which is the photo's transition history.
 */
package dev.autocaption.store;
