package dev.autocaption.store;

import dev.autocaption.config.AccountType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Accounts, their status (ok, paused, backing off) and poll times. Status changes are also written to the event
 * log. Obtain it from {@link Transaction#accounts()}.
 */
public final class AccountRepository {
    private static final String COLUMNS =
            "id, type, status, status_reason, backoff_until, last_poll_at, created_at";

    private final Connection connection;
    private final Clock clock;

    AccountRepository(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /**
     * Makes sure the account from the config is stored: inserts it (status ok, created now) or returns it as it is.
     *
     * @throws IllegalStateException when the id is stored with another type: its photos belong to that platform
     */
    public Account upsert(String id, AccountType type) throws SQLException {
        Checks.notBlank(id, "id");
        Objects.requireNonNull(type, "type");
        Optional<Account> existing = find(id);
        if (existing.isPresent()) {
            if (!existing.get().type().equals(type)) {
                throw new IllegalStateException("account " + id + " is stored as " + existing.get().type()
                        .configName() + " but the config says " + type.configName()
                        + "; give the new account another id");
            }
            return existing.get();
        }
        Instant now = clock.instant();
        String sql = "INSERT INTO accounts (id, type, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            statement.setString(2, type.configName());
            statement.setString(3, AccountStatus.OK.code());
            SqlValues.setInstant(statement, 4, now);
            SqlValues.setInstant(statement, 5, now);
            statement.executeUpdate();
        }
        return new Account(id, type, AccountStatus.OK, null, null, null, now);
    }

    /** The account with this id, if stored. */
    public Optional<Account> find(String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM accounts WHERE id = ?")) {
            statement.setString(1, id);
            List<Account> found = read(statement);
            return found.stream().findFirst();
        }
    }

    /** Every stored account, by id. */
    public List<Account> list() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM accounts ORDER BY id")) {
            return read(statement);
        }
    }

    /** Stops work on the account until {@link #resume}; e.g. the token was revoked. */
    public Account pause(String id, String reason) throws SQLException {
        return setStatus(id, AccountStatus.PAUSED, Checks.notBlank(reason, "reason"), null);
    }

    /** Rests the account until {@code until}; e.g. after rate limits. */
    public Account backOff(String id, Instant until, String reason) throws SQLException {
        Objects.requireNonNull(until, "until");
        return setStatus(id, AccountStatus.BACKOFF, Checks.notBlank(reason, "reason"), until);
    }

    /** Back to normal work. */
    public Account resume(String id) throws SQLException {
        return setStatus(id, AccountStatus.OK, null, null);
    }

    /** Records that the account was polled now. */
    public Account recordPoll(String id) throws SQLException {
        Instant now = clock.instant();
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE accounts SET last_poll_at = ?, updated_at = ? WHERE id = ?")) {
            SqlValues.setInstant(statement, 1, now);
            SqlValues.setInstant(statement, 2, now);
            statement.setString(3, id);
            requireUpdated(statement, id);
        }
        return require(id);
    }

    private Account setStatus(String id, AccountStatus status, String reason, Instant until) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE accounts SET status = ?,"
                + " status_reason = ?, backoff_until = ?, updated_at = ? WHERE id = ?")) {
            statement.setString(1, status.code());
            statement.setString(2, SqlValues.clip(reason));
            SqlValues.setInstant(statement, 3, until);
            SqlValues.setInstant(statement, 4, clock.instant());
            statement.setString(5, id);
            requireUpdated(statement, id);
        }
        String message = "account " + status.code() + (reason == null ? "" : ": " + reason)
                + (until == null ? "" : " until " + until);
        new EventRepository(connection, clock).append(id, null, null, EventKind.ACCOUNT, message);
        return require(id);
    }

    private void requireUpdated(PreparedStatement statement, String id) throws SQLException {
        if (statement.executeUpdate() == 0) {
            List<String> known = list().stream().map(Account::id).toList();
            throw new IllegalArgumentException("unknown account " + id + "; the store knows " + known);
        }
    }

    private Account require(String id) throws SQLException {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown account " + id));
    }

    private static List<Account> read(PreparedStatement statement) throws SQLException {
        List<Account> accounts = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                accounts.add(new Account(row.getString("id"),
                        SqlValues.accountType(row.getString("type"),
                                "accounts.type"),
                        SqlValues.decode(AccountStatus.values(), row.getString("status"), "accounts.status"),
                        row.getString("status_reason"), SqlValues.instant(row, "backoff_until"),
                        SqlValues.instant(row, "last_poll_at"), SqlValues.instant(row, "created_at")));
            }
        }
        return accounts;
    }
}
