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
 * <p>Concurrent use: for an embedded H2 file URL the store adds {@code AUTO_SERVER=TRUE} when the JVM runs with
 * {@code -Dh2.bindAddress=127.0.0.1} (the launcher's setting), so a CLI command can open the file while the daemon
 * holds it (the first process serves it on 127.0.0.1 only). Without that option nothing listens, and the file is
 * used by one process at a time.
 *
 * <p>Security of an embedded store: its directory and files are owner-only (0700 / 0600), and it is opened with a
 * generated user and password kept beside it ({@code <name>.login}), never with H2's empty default, unless the URL
 * names its own.
 *
 * <p>Backup and restore: {@link dev.autocaption.store.Database#backup(java.nio.file.Path)} writes a consistent SQL
 * script (H2 {@code SCRIPT}) while the daemon keeps running, and never overwrites an existing file unless asked.
 * To restore, stop the daemon, then either call
 * {@link dev.autocaption.store.Database#restore(java.nio.file.Path, dev.autocaption.config.StoreConfig)} with a URL
 * of a new (empty) database, or run
 * {@code java -cp h2-2.3.232.jar org.h2.tools.RunScript -url jdbc:h2:file:./data/restored -script backup.sql},
 * and point {@code store.url} at the result. Opening it migrates it if the backup is older than the code.
 *
 * <p>Each captioning of a photo is a generation ({@link dev.autocaption.store.CaptionGeneration}: engine, model and
 * what a detector saw) with its ranked {@link dev.autocaption.store.StoredCaption} candidates, possibly none;
 * {@link dev.autocaption.store.CaptionRepository} writes both in the caller's transaction.
 *
 * <p>Photo states and the legal moves between them are in {@link dev.autocaption.store.PhotoState}; every move is
 * also written to the event log, which is the photo's transition history.
 */
package dev.autocaption.store;
