package dev.autocaption.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The cluster's own bookkeeping: the per-account lease an instance holds while it runs the account's cycle (in
 * place of the single-daemon lock) and the instances with their roles and last check-in. Quartz keeps its own
 * scheduler state; these rows are what {@code autocaption status} shows.
 */
public final class ClusterRepository {
    private final Connection connection;
    private final Clock clock;

    ClusterRepository(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** An account's lease: who holds (or last held) it and until when. */
    public record Lease(String accountId, String owner, Instant acquiredAt, Instant expiresAt) {
        /** True while the lease has not expired. */
        public boolean heldAt(Instant now) {
            return expiresAt.isAfter(now);
        }
    }

    /** A cluster instance as it last checked in. */
    public record Instance(String id, String roles, String host, long pid, Instant startedAt, Instant checkedInAt) {
    }

    /**
     * Takes or renews the account's lease for {@code length}: granted when nobody holds it, this owner already
     * does, or the holder's lease expired. The row is locked for the check, so two instances never both win.
     *
     * @return empty when granted, else the live lease of another instance
     */
    public Optional<Lease> acquireLease(String accountId, String owner, Duration length) throws SQLException {
        Objects.requireNonNull(owner, "owner");
        Instant now = clock.instant();
        Optional<Lease> current = lease(accountId, true);
        if (current.isPresent() && current.get().heldAt(now) && !current.get().owner().equals(owner)) {
            return current;
        }
        boolean renewing = current.isPresent() && current.get().owner().equals(owner) && current.get().heldAt(now);
        String sql = current.isPresent()
                ? "UPDATE account_leases SET owner = ?, acquired_at = ?, expires_at = ? WHERE account_id = ?"
                : "INSERT INTO account_leases (owner, acquired_at, expires_at, account_id) VALUES (?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, owner);
            SqlValues.setInstant(statement, 2, renewing ? current.get().acquiredAt() : now);
            SqlValues.setInstant(statement, 3, now.plus(length));
            statement.setString(4, accountId);
            statement.executeUpdate();
        }
        return Optional.empty();
    }

    /** Extends every live lease of this owner by {@code length} from now (its cycles are still running). */
    public int renewLeases(String owner, Duration length) throws SQLException {
        Instant now = clock.instant();
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE account_leases SET expires_at = ? WHERE owner = ? AND expires_at > ?")) {
            SqlValues.setInstant(statement, 1, now.plus(length));
            statement.setString(2, owner);
            SqlValues.setInstant(statement, 3, now);
            return statement.executeUpdate();
        }
    }

    /** Ends this owner's lease of the account now (the row stays: it names who ran the account last). */
    public void releaseLease(String accountId, String owner) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE account_leases SET expires_at = ? WHERE account_id = ? AND owner = ?")) {
            SqlValues.setInstant(statement, 1, clock.instant());
            statement.setString(2, accountId);
            statement.setString(3, owner);
            statement.executeUpdate();
        }
    }

    /** Every account's lease row, by account id. */
    public List<Lease> leases() throws SQLException {
        List<Lease> leases = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT account_id, owner, acquired_at,"
                + " expires_at FROM account_leases ORDER BY account_id");
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                leases.add(lease(row));
            }
        }
        return leases;
    }

    /** Records this instance's check-in (inserting its row the first time). */
    public void checkIn(String instanceId, String roles, String host, long pid) throws SQLException {
        Instant now = clock.instant();
        try (PreparedStatement update = connection.prepareStatement("UPDATE cluster_instances SET roles = ?,"
                + " host = ?, pid = ?, checked_in_at = ? WHERE instance_id = ?")) {
            update.setString(1, roles);
            update.setString(2, host);
            update.setLong(3, pid);
            SqlValues.setInstant(update, 4, now);
            update.setString(5, instanceId);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cluster_instances (instance_id,"
                + " roles, host, pid, started_at, checked_in_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, instanceId);
            insert.setString(2, roles);
            insert.setString(3, host);
            insert.setLong(4, pid);
            SqlValues.setInstant(insert, 5, now);
            SqlValues.setInstant(insert, 6, now);
            insert.executeUpdate();
        }
    }

    /** Removes this instance's row (it stopped cleanly). */
    public void leave(String instanceId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM cluster_instances WHERE instance_id = ?")) {
            statement.setString(1, instanceId);
            statement.executeUpdate();
        }
    }

    /** Every instance that checked in, newest check-in first. */
    public List<Instance> instances() throws SQLException {
        List<Instance> instances = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT instance_id, roles, host, pid,"
                + " started_at, checked_in_at FROM cluster_instances ORDER BY checked_in_at DESC, instance_id");
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                instances.add(new Instance(row.getString(1), row.getString(2), row.getString(3), row.getLong(4),
                        SqlValues.instant(row, "started_at"), SqlValues.instant(row, "checked_in_at")));
            }
        }
        return instances;
    }

    private Optional<Lease> lease(String accountId, boolean forUpdate) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT account_id, owner, acquired_at,"
                + " expires_at FROM account_leases WHERE account_id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            statement.setString(1, accountId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(lease(row)) : Optional.empty();
            }
        }
    }

    private static Lease lease(ResultSet row) throws SQLException {
        return new Lease(row.getString(1), row.getString(2), SqlValues.instant(row, "acquired_at"),
                SqlValues.instant(row, "expires_at"));
    }
}
