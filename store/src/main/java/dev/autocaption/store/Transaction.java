package dev.autocaption.store;

import java.sql.Connection;
import java.time.Clock;

/**
 * One open transaction, handed to the work given to {@link Database#inTransaction}. Its repositories share the
 * transaction's connection, so everything they do commits or rolls back together.
 *
 * <p>Valid only during that call and on that thread; not thread-safe. Do not commit, roll back or close the
 * connection yourself.
 */
public final class Transaction {
    private final Connection connection;
    private final Clock clock;

    Transaction(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** Accounts and their status. */
    public AccountRepository accounts() {
        return new AccountRepository(connection, clock);
    }

    /** Photos and their states. */
    public PhotoRepository photos() {
        return new PhotoRepository(connection, clock);
    }

    /** Caption candidates. */
    public CaptionRepository captions() {
        return new CaptionRepository(connection, clock);
    }

    /** Decisions people made. */
    public DecisionRepository decisions() {
        return new DecisionRepository(connection, clock);
    }

    /** The post outbox. */
    public PostRepository posts() {
        return new PostRepository(connection, clock);
    }

    /** Work claimed by cluster instances (photos to caption, posts to write). */
    public ClaimRepository claims() {
        return new ClaimRepository(connection, clock);
    }

    /** Cluster leases and instances. */
    public ClusterRepository cluster() {
        return new ClusterRepository(connection, clock);
    }

    /** Poll cursors. */
    public PollCursorRepository pollCursors() {
        return new PollCursorRepository(connection, clock);
    }

    /** Folder accounts' file index. */
    public FileIndexRepository fileIndex() {
        return new FileIndexRepository(connection, clock);
    }

    /** Runs. */
    public RunRepository runs() {
        return new RunRepository(connection, clock);
    }

    /** The event log. */
    public EventRepository events() {
        return new EventRepository(connection, clock);
    }

    /** The history view. */
    public HistoryRepository history() {
        return new HistoryRepository(connection);
    }

    /** The transaction's connection, for queries the repositories do not cover. */
    public Connection connection() {
        return connection;
    }

    /** The clock the repositories use. */
    public Clock clock() {
        return clock;
    }
}
