package dev.autocaption.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Runs: one row per daemon cycle (or rollback, recaption, ... batch), started and finished here and logged as
 * events. Obtain it from {@link Transaction#runs()}.
 */
public final class RunRepository {
    private static final Pattern KIND = Pattern.compile("[a-z][a-z-]*");
    private static final String COLUMNS = "id, account_id, kind, status, started_at, finished_at, discovered,"
            + " captioned, queued, dropped, posted, skipped, failed, message";

    private final Connection connection;
    private final Clock clock;

    RunRepository(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /**
     * Starts a run now, in {@link RunStatus#RUNNING}.
     *
     * @param accountId the account it works on (must be stored); null for a run over several accounts
     * @param kind      lower-case, e.g. {@code cycle}, {@code rollback}
     */
    public Run start(String accountId, String kind) throws SQLException {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("kind must match [a-z][a-z-]*, was " + kind);
        }
        Instant now = clock.instant();
        long id;
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO runs (account_id, kind, status,"
                + " started_at) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, accountId);
            statement.setString(2, kind);
            statement.setString(3, RunStatus.RUNNING.code());
            SqlValues.setInstant(statement, 4, now);
            id = SqlValues.insertReturningId(statement);
        }
        new EventRepository(connection, clock).append(accountId, null, id, EventKind.RUN, kind + " run " + id
                + " started");
        return new Run(id, accountId, kind, RunStatus.RUNNING, now, null, RunCounts.NONE, null);
    }

    /**
     * Finishes a running run now.
     *
     * @param status  how it ended; not {@link RunStatus#RUNNING}
     * @param message a summary or the error; may be null
     * @throws IllegalStateException when the run is not running
     */
    public Run finish(long runId, RunStatus status, RunCounts counts, String message) throws SQLException {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
        if (status == RunStatus.RUNNING) {
            throw new IllegalArgumentException("a run cannot finish as running, run " + runId);
        }
        try (PreparedStatement statement = connection.prepareStatement("UPDATE runs SET status = ?, finished_at = ?,"
                + " discovered = ?, captioned = ?, queued = ?, dropped = ?, posted = ?, skipped = ?, failed = ?,"
                + " message = ? WHERE id = ? AND status = ?")) {
            statement.setString(1, status.code());
            SqlValues.setInstant(statement, 2, clock.instant());
            bindCounts(statement, 3, counts);
            statement.setString(10, SqlValues.clip(message));
            statement.setLong(11, runId);
            statement.setString(12, RunStatus.RUNNING.code());
            if (statement.executeUpdate() == 0) {
                throw notRunning(runId);
            }
        }
        Run run = find(runId).orElseThrow();
        new EventRepository(connection, clock).append(run.accountId(), null, runId, EventKind.RUN, run.kind()
                + " run " + runId + " " + status.code() + ": " + counts + (message == null ? "" : ", " + message));
        return run;
    }

    /**
     * Marks every run still {@link RunStatus#RUNNING} as {@link RunStatus#ABANDONED}: call once at daemon start,
     * after taking the daemon lock, when no run of ours can be in progress.
     *
     * @return how many runs were abandoned
     */
    public int abandonRunning() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE runs SET status = ?, finished_at = ?,"
                + " message = 'the process stopped during this run' WHERE status = ?")) {
            statement.setString(1, RunStatus.ABANDONED.code());
            SqlValues.setInstant(statement, 2, clock.instant());
            statement.setString(3, RunStatus.RUNNING.code());
            return statement.executeUpdate();
        }
    }

    /** One run by id. */
    public Optional<Run> find(long runId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM runs WHERE id = ?")) {
            statement.setLong(1, runId);
            return read(statement).stream().findFirst();
        }
    }

    /**
     * The newest runs, newest first.
     *
     * @param accountId only this account's; null for all
     */
    public List<Run> recent(String accountId, int limit) throws SQLException {
        Checks.atLeast(limit, 1, "limit");
        String where = accountId == null ? "" : " WHERE account_id = ?";
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM runs" + where + " ORDER BY id DESC FETCH FIRST ? ROWS ONLY")) {
            int index = 1;
            if (accountId != null) {
                statement.setString(index++, accountId);
            }
            statement.setInt(index, limit);
            return read(statement);
        }
    }

    private RuntimeException notRunning(long runId) throws SQLException {
        return find(runId)
                .<RuntimeException>map(run -> new IllegalStateException("run " + runId + " cannot finish: it is "
                        + run.status().code() + " since " + run.finishedAt()))
                .orElseGet(() -> new IllegalArgumentException("unknown run id " + runId));
    }

    private static void bindCounts(PreparedStatement statement, int first, RunCounts counts) throws SQLException {
        int[] values = {counts.discovered(), counts.captioned(), counts.queued(), counts.dropped(), counts.posted(),
                counts.skipped(), counts.failed()};
        for (int i = 0; i < values.length; i++) {
            statement.setInt(first + i, values[i]);
        }
    }

    private static List<Run> read(PreparedStatement statement) throws SQLException {
        List<Run> runs = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                RunCounts counts = new RunCounts(row.getInt("discovered"), row.getInt("captioned"),
                        row.getInt("queued"), row.getInt("dropped"), row.getInt("posted"), row.getInt("skipped"),
                        row.getInt("failed"));
                runs.add(new Run(row.getLong("id"), row.getString("account_id"), row.getString("kind"),
                        SqlValues.decode(RunStatus.values(), row.getString("status"), "runs.status"),
                        SqlValues.instant(row, "started_at"), SqlValues.instant(row, "finished_at"), counts,
                        row.getString("message")));
            }
        }
        return runs;
    }
}
