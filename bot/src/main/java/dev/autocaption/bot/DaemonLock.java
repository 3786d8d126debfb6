package dev.autocaption.bot;

import dev.autocaption.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The row in {@code daemon_lock} that keeps a second daemon off the same store. Taken at start, refreshed by a
 * heartbeat, deleted on exit. A row left by a dead process is taken over: at once when its process is gone from
 * this host, else once its heartbeat is older than the stale limit. Thread-safe.
 */
public final class DaemonLock implements AutoCloseable {
    /** The heartbeat period the daemon uses. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(10);
    /** A heartbeat older than this means the holder died. */
    public static final Duration STALE_AFTER = Duration.ofSeconds(45);
    private static final String NAME = "daemon";
    private static final Logger LOG = LoggerFactory.getLogger(DaemonLock.class);

    /** Who holds the lock. */
    public record Holder(String owner, long pid, String host, Instant acquiredAt, Instant heartbeatAt) {
        /** True when the holder is certainly gone: its process is not alive here, or its heartbeat is stale. */
        public boolean dead(Instant now) {
            boolean here = host.equals(localHost());
            return (here && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true))
                    || heartbeatAt.plus(STALE_AFTER).isBefore(now);
        }

        /** "pid 1234 on host, heartbeat 3 s ago". */
        public String describe(Instant now) {
            return "pid " + pid + " on " + host + ", started " + acquiredAt + ", last heartbeat "
                    + Duration.between(heartbeatAt, now).toSeconds() + " s ago";
        }
    }

    /** Another daemon holds the lock. */
    public static final class HeldException extends Exception {
        private final Holder holder;

        HeldException(Holder holder, Instant now) {
            super("another autocaption daemon is already running on this store (" + holder.describe(now)
                    + "); stop it first, or wait " + STALE_AFTER.toSeconds() + " s if it died");
            this.holder = holder;
        }

        public Holder holder() {
            return holder;
        }
    }

    private final Database database;
    private final String owner;

    private DaemonLock(Database database, String owner) {
        this.database = database;
        this.owner = owner;
    }

    /** Takes the lock, or takes it over from a dead holder. */
    public static DaemonLock acquire(Database database) throws HeldException {
        Objects.requireNonNull(database, "database");
        String owner = UUID.randomUUID().toString();
        Optional<Holder> refused = database.inTransaction(tx -> {
            Optional<Holder> current = holder(tx.connection());
            Instant now = tx.clock().instant();
            if (current.isPresent() && !current.get().dead(now)) {
                return current;
            }
            current.ifPresent(dead -> LOG.warn("taking over the daemon lock from a process that stopped without "
                    + "releasing it ({})", dead.describe(now)));
            write(tx.connection(), current.isPresent(), owner, now);
            return Optional.<Holder>empty();
        });
        if (refused.isPresent()) {
            throw new HeldException(refused.get(), database.clock().instant());
        }
        return new DaemonLock(database, owner);
    }

    /** Who holds the lock now, if anyone. */
    public static Optional<Holder> holder(Database database) {
        return database.inTransaction(tx -> holder(tx.connection()));
    }

    /** Refreshes the heartbeat. */
    public void heartbeat() {
        database.useTransaction(tx -> {
            try (PreparedStatement statement = tx.connection().prepareStatement(
                    "UPDATE daemon_lock SET heartbeat_at = ? WHERE name = ? AND owner = ?")) {
                statement.setTimestamp(1, Timestamp.from(tx.clock().instant()));
                statement.setString(2, NAME);
                statement.setString(3, owner);
                if (statement.executeUpdate() == 0) {
                    LOG.error("the daemon lock was taken over by another process; this daemon keeps running but "
                            + "two daemons now share the store");
                }
            }
        });
    }

    /** Releases the lock (only if this process still holds it). Idempotent. */
    @Override
    public void close() {
        database.useTransaction(tx -> {
            try (PreparedStatement statement = tx.connection().prepareStatement(
                    "DELETE FROM daemon_lock WHERE name = ? AND owner = ?")) {
                statement.setString(1, NAME);
                statement.setString(2, owner);
                statement.executeUpdate();
            }
        });
    }

    private static void write(java.sql.Connection connection, boolean replace, String owner, Instant now)
            throws SQLException {
        String sql = replace
                ? "UPDATE daemon_lock SET owner = ?, pid = ?, host = ?, acquired_at = ?, heartbeat_at = ? WHERE name = ?"
                : "INSERT INTO daemon_lock (owner, pid, host, acquired_at, heartbeat_at, name) VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, owner);
            statement.setLong(2, ProcessHandle.current().pid());
            statement.setString(3, localHost());
            statement.setTimestamp(4, Timestamp.from(now));
            statement.setTimestamp(5, Timestamp.from(now));
            statement.setString(6, NAME);
            statement.executeUpdate();
        } catch (SQLException raced) {
            // SQLSTATE 23505 (unique violation) on H2 and PostgreSQL alike; PostgreSQL's driver has no subclass for it.
            if (!"23505".equals(raced.getSQLState())) {
                throw raced;
            }
            throw new IllegalStateException("another daemon took the lock at the same moment; try again", raced);
        }
    }

    private static Optional<Holder> holder(java.sql.Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT owner, pid, host, acquired_at,"
                + " heartbeat_at FROM daemon_lock WHERE name = ?")) {
            statement.setString(1, NAME);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Holder(row.getString(1), row.getLong(2), row.getString(3),
                        row.getTimestamp(4).toInstant(), row.getTimestamp(5).toInstant()));
            }
        }
    }

    static String localHost() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }
}
