package dev.autocaption.store;

import dev.autocaption.config.StoreConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The open store. {@link #open(StoreConfig)} connects and migrates, so every command works on a new or an old
 * database file; {@link #inTransaction} runs work in one transaction.
 *
 * <p>For an embedded H2 file URL:
 * <ul>
 *   <li>Sharing: {@code AUTO_SERVER=TRUE} is added, unless the URL sets it, only when this JVM's H2 binds to
 *       loopback ({@code -Dh2.bindAddress=127.0.0.1}, as the launcher starts Java; see {@link H2BindAddress}). The
 *       first process to open the file then serves it on 127.0.0.1, and a second one (a CLI command beside the
 *       daemon) connects through it transparently. Otherwise the file is opened exclusively and nothing listens;
 *       a second process gets a {@link StoreException} saying how to share.</li>
 *   <li>Files: the directory is created owner-only (0700) before H2 creates anything in it, and the store's files
 *       are set to 0600 after each open ({@link StoreFiles}).</li>
 *   <li>Login: unless the URL names {@code USER}/{@code PASSWORD} or the config names {@code store.user}, a user
 *       and password generated at first start and kept in {@code <name>.login} beside the data file (0600) replace
 *       H2's empty default; stores made before that get theirs at their next open ({@link ManagedLogin}).</li>
 * </ul>
 * In-memory and H2 server URLs are used as given. While open, an H2 database keeps one connection open, which keeps
 * an in-memory database alive and an embedded one warm.
 *
 * <p>A PostgreSQL URL ({@code jdbc:postgresql://host/db}) is reached through a HikariCP pool
 * ({@code store.pool-size}, login {@code store.user}/{@code store.password} or the URL's). The same migrations run
 * on both databases; Flyway's own lock keeps two instances that start together from migrating twice.
 *
 * <p>Thread-safe: each transaction takes its own connection. The caller owns the instance and must
 * {@link #close()} it; {@code Bot} closes it last.
 */
public final class Database implements AutoCloseable {
    /** Migrations every database runs: portable SQL. */
    private static final String MIGRATIONS = "classpath:db/migration";
    /**
     * Beside them, on PostgreSQL only, Quartz's job store tables as Quartz ships them (cluster mode needs
     * PostgreSQL, so an H2 store never gets them).
     */
    private static final String POSTGRESQL_MIGRATIONS = "classpath:db/vendor/postgresql";

    private final JdbcUrl url;
    private final DataSource dataSource;
    private final Clock clock;
    private final Flyway flyway;
    private final StoreConnection connection;
    private final MigrationResult openingMigration;
    private volatile boolean closed;

    private Database(StoreConnection connection, Clock clock) {
        this.url = connection.url();
        this.clock = clock;
        this.dataSource = connection.dataSource();
        this.connection = connection;
        this.flyway = Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations(url.isH2() ? new String[] {MIGRATIONS} : new String[] {MIGRATIONS, POSTGRESQL_MIGRATIONS})
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
        this.openingMigration = migrateOrClose();
    }

    /** Opens the store with the system clock (UTC) and migrates it. */
    public static Database open(StoreConfig config) {
        return open(config, Clock.systemUTC());
    }

    /**
     * Opens the store and migrates it to the newest schema.
     *
     * @param config where the store is
     * @param clock  the source of every time the repositories write
     * @throws StoreException when the database cannot be reached or a migration fails
     */
    public static Database open(StoreConfig config, Clock clock) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(clock, "clock");
        return new Database(StoreConnection.open(config, H2BindAddress.ofThisJvm()), clock);
    }

    /** The URL actually used (with {@code AUTO_SERVER} where it was added), passwords masked. */
    public String url() {
        return url.masked();
    }

    /** The clock the repositories use. */
    public Clock clock() {
        return clock;
    }

    /** Connections to this store, one new connection per call; the caller closes each one. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** What {@link #open} applied: the migrations it ran and the version it left. */
    public MigrationResult openingMigration() {
        return openingMigration;
    }

    /**
     * Applies pending migrations; 0 applied when the schema is current (as it is right after {@link #open}, unless
     * another process changed it).
     *
     * @throws StoreException when a migration fails
     */
    public MigrationResult migrate() {
        ensureOpen();
        try {
            MigrateResult result = flyway.migrate();
            if (result.migrationsExecuted > 0 && url.isH2File()) {
                checkpoint();
            }
            return new MigrationResult(result.migrationsExecuted, schemaVersion().orElse("0"));
        } catch (FlywayException e) {
            throw new StoreException("migrating " + url + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the migrated schema to the H2 file now: H2 persists committed changes a little later, and a process
     * killed in that window after an {@code ALTER TABLE} (which H2 does by copying the table) left a file that
     * could no longer be opened ("Table PHOTOS_COPY_… not found", seen in CrashTest).
     */
    private void checkpoint() {
        try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new StoreException("writing the migrated schema of " + url + " to disk failed: " + e.getMessage(),
                    e);
        }
    }

    /** Every migration known to the code or recorded in the database, oldest first. */
    public List<SchemaMigration> info() {
        ensureOpen();
        try {
            return Arrays.stream(flyway.info().all()).map(Database::toSchemaMigration).toList();
        } catch (FlywayException e) {
            throw new StoreException("reading migration info of " + url + " failed: " + e.getMessage(), e);
        }
    }

    /** The version of the newest applied migration; empty for a database that was never migrated. */
    public Optional<String> schemaVersion() {
        ensureOpen();
        try {
            MigrationInfo current = flyway.info().current();
            return current == null || current.getVersion() == null
                    ? Optional.empty() : Optional.of(current.getVersion().getVersion());
        } catch (FlywayException e) {
            throw new StoreException("reading the schema version of " + url + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} in one transaction: commits when it returns, rolls back when it throws.
     *
     * @throws StoreException wrapping any {@link SQLException}; runtime exceptions from the work pass unchanged
     */
    public <T> T inTransaction(TransactionWork<T> work) {
        Objects.requireNonNull(work, "work");
        ensureOpen();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(new Transaction(connection, clock));
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("transaction on " + url + " failed: " + e.getMessage(), e);
        }
    }

    /** Like {@link #inTransaction(TransactionWork)} for work that returns nothing. */
    public void useTransaction(TransactionAction action) {
        Objects.requireNonNull(action, "action");
        inTransaction(tx -> {
            action.run(tx);
            return null;
        });
    }

    /**
     * Writes a consistent copy of the whole store (schema, migration history and rows) to a new file, while other
     * connections and processes keep working. Refuses to replace an existing file.
     *
     * @see #backup(Path, boolean) for the file format and how to restore it
     */
    public void backup(Path file) {
        backup(file, false);
    }

    /**
     * Writes a consistent copy of the whole store to {@code file}: an H2 SQL script (H2's {@code SCRIPT}), read in
     * one snapshot transaction, owner-only (0600) and without the store's logins. Restore it with
     * {@link #restore(Path, StoreConfig)} into a new database (which keeps its own login), or with
     * H2's own tool: {@code java -cp h2.jar org.h2.tools.RunScript -url jdbc:h2:file:./data/restored -script FILE}.
     *
     * @param overwrite replace {@code file} if it exists; when false an existing file is an error
     * @throws StoreException when the store is not H2, the file exists (and overwrite is false) or writing fails
     */
    public void backup(Path file, boolean overwrite) {
        Objects.requireNonNull(file, "file");
        ensureOpen();
        new ScriptBackup(url, dataSource).write(file, overwrite);
    }

    /**
     * Loads a backup written by {@link #backup(Path, boolean)} into an empty database. Open the result with
     * {@link #open(StoreConfig)} afterwards; it is migrated further if the backup is older than the code.
     *
     * @throws StoreException when the target is not H2, already holds tables, or the script fails
     */
    public static void restore(Path backup, StoreConfig target) {
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(target, "target");
        try (StoreConnection connection = StoreConnection.open(target, H2BindAddress.ofThisJvm())) {
            ScriptBackup.restore(backup, connection.url(), connection.dataSource());
        }
    }

    /**
     * Closes the connection that keeps an H2 store open, or the pool of a PostgreSQL one; other processes keep their
     * own. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        connection.close();
    }

    @Override
    public String toString() {
        return "Database[" + url + (closed ? ", closed]" : "]");
    }

    private MigrationResult migrateOrClose() {
        try {
            return migrate();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("database " + url + " is closed");
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static SchemaMigration toSchemaMigration(MigrationInfo info) {
        return new SchemaMigration(
                info.getVersion() == null ? "" : info.getVersion().getVersion(),
                info.getDescription(),
                info.getState().getDisplayName(),
                info.getInstalledOn() == null ? null : info.getInstalledOn().toInstant());
    }
}
