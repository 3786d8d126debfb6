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

/**
 * The post outbox. An entry is enqueued once per idempotency key, claimed by one worker (pending → claimed, which
 * counts an attempt), then marked done, retried later or failed; a done entry can be rolled back. Each change is
 * also written to the event log. Claims are conditional updates, so two processes never claim the same entry.
 * Obtain it from {@link Transaction#posts()}.
 *
 * <p>Crash safety: record the remote field's current text with {@link #recordPreviousText} (and commit) before
 * writing it; entries left {@link PostState#CLAIMED} after a crash are found with {@link #inState} and reconciled
 * from the remote state rather than written again.
 */
public final class PostRepository {
    private final Connection connection;
    private final Clock clock;

    PostRepository(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /**
     * Adds an entry, due now, unless its idempotency key is already in the outbox: then the existing entry is
     * returned with {@code created == false} and nothing changes.
     *
     * @throws IllegalStateException when the key is already used for another photo
     */
    public PostEnqueue enqueue(NewPost post) throws SQLException {
        Objects.requireNonNull(post, "post");
        Optional<Post> existing = findByKey(post.idempotencyKey());
        if (existing.isPresent()) {
            return new PostEnqueue(sameKeyCheck(existing.get(), post), false);
        }
        Instant now = clock.instant();
        String sql = "INSERT INTO posts (idempotency_key, photo_id, run_id, caption_id, decision_id, model_id, score,"
                + " write_mode, written_text, state, attempts, next_attempt_at, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)";
        long id;
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, post.idempotencyKey());
            statement.setLong(2, post.photoId());
            SqlValues.setLong(statement, 3, post.runId());
            SqlValues.setLong(statement, 4, post.captionId());
            SqlValues.setLong(statement, 5, post.decisionId());
            statement.setString(6, post.modelId());
            SqlValues.setDouble(statement, 7, post.score());
            statement.setString(8, post.writeMode().configName());
            statement.setString(9, post.text());
            statement.setString(10, PostState.PENDING.code());
            for (int index = 11; index <= 13; index++) {
                SqlValues.setInstant(statement, index, now);
            }
            id = SqlValues.insertReturningId(statement);
        }
        Post stored = require(id);
        logEvent(stored, "enqueued " + post.idempotencyKey());
        return new PostEnqueue(stored, true);
    }

    /**
     * Claims the oldest due pending entry (next attempt at or before now) and counts an attempt.
     *
     * @param accountId only entries for this account's photos; null for any
     * @return the claimed entry, or empty when nothing is due
     */
    public Optional<Post> claimNext(String accountId) throws SQLException {
        for (long candidate : dueIds(accountId)) {
            Optional<Post> claimed = tryClaim(candidate);
            if (claimed.isPresent()) {
                return claimed;
            }
        }
        return Optional.empty();
    }

    /**
     * Claims one pending entry now, due or not (e.g. a person asked to post it at once).
     *
     * @throws IllegalStateException when it is not pending
     */
    public Post claim(long postId) throws SQLException {
        return tryClaim(postId).orElseThrow(() -> wrongState(postId, "claim", PostState.PENDING));
    }

    /** Stores what the remote field held just before our write; the entry must be claimed. */
    public Post recordPreviousText(long postId, String previousText) throws SQLException {
        return change(postId, "record previous text of", PostState.CLAIMED, PostState.CLAIMED,
                ", previous_text = ?", (statement, index) -> {
                    statement.setString(index, previousText);
                    return index + 1;
                }, null);
    }

    /**
     * Marks a claimed entry written.
     *
     * @param createdRemoteIds ids of what the write created remotely (e.g. a comment id), for rollback
     */
    public Post markDone(long postId, List<String> createdRemoteIds) throws SQLException {
        List<String> ids = Checks.lineList(createdRemoteIds, "createdRemoteIds");
        return change(postId, "mark done", PostState.CLAIMED, PostState.DONE,
                ", posted_at = ?, created_remote_ids = ?, last_error = NULL", (statement, index) -> {
                    SqlValues.setInstant(statement, index, clock.instant());
                    statement.setString(index + 1, SqlValues.joinLines(ids));
                    return index + 2;
                }, "done" + (ids.isEmpty() ? "" : ", created " + ids));
    }

    /** Returns a claimed entry to pending, due again at {@code nextAttemptAt}, remembering the error. */
    public Post markRetry(long postId, String error, Instant nextAttemptAt) throws SQLException {
        return backToPending(postId, "schedule a retry of", "", error, nextAttemptAt,
                "retry at " + nextAttemptAt + ": " + error);
    }

    /**
     * Returns a claimed entry to pending without counting the attempt, due again at {@code nextAttemptAt}: the
     * failure was the account's (its token, the API's rate limit), not this entry's.
     */
    public Post release(long postId, String error, Instant nextAttemptAt) throws SQLException {
        return backToPending(postId, "release", ", attempts = attempts - 1", error, nextAttemptAt,
                "released (not counted), due at " + nextAttemptAt + ": " + error);
    }

    private Post backToPending(long postId, String operation, String attempts, String error, Instant nextAttemptAt,
                               String eventMessage) throws SQLException {
        Checks.notBlank(error, "error");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        return change(postId, operation, PostState.CLAIMED, PostState.PENDING,
                attempts + ", last_error = ?, next_attempt_at = ?", (statement, index) -> {
                    statement.setString(index, SqlValues.clip(error));
                    SqlValues.setInstant(statement, index + 1, nextAttemptAt);
                    return index + 2;
                }, eventMessage);
    }

    /**
     * Puts a failed entry back in line: pending, due now, its attempts reset (a person asked, {@code autocaption
     * retry}). Same idempotency key, same text, so it still posts at most once.
     */
    public Post requeue(long postId) throws SQLException {
        return change(postId, "requeue", PostState.FAILED, PostState.PENDING,
                ", attempts = 0, next_attempt_at = ?", (statement, index) -> {
                    SqlValues.setInstant(statement, index, clock.instant());
                    return index + 1;
                }, "requeued by a person");
    }

    /** Gives up on a claimed entry. */
    public Post markFailed(long postId, String error) throws SQLException {
        Checks.notBlank(error, "error");
        return change(postId, "mark failed", PostState.CLAIMED, PostState.FAILED, ", last_error = ?",
                (statement, index) -> {
                    statement.setString(index, SqlValues.clip(error));
                    return index + 1;
                }, "failed: " + error);
    }

    /** Marks a done entry undone on the remote side. */
    public Post markRolledBack(long postId) throws SQLException {
        return change(postId, "roll back", PostState.DONE, PostState.ROLLED_BACK, ", rolled_back_at = ?",
                (statement, index) -> {
                    SqlValues.setInstant(statement, index, clock.instant());
                    return index + 1;
                }, "rolled back");
    }

    /**
     * Withdraws a pending entry before it is written, because a person rejected the photo or decided anew; the
     * reason goes to the event log. Fails when the entry is no longer pending (a worker has claimed it).
     */
    public Post withdraw(long postId, String reason) throws SQLException {
        Checks.notBlank(reason, "reason");
        return change(postId, "withdraw", PostState.PENDING, PostState.WITHDRAWN, "", (statement, index) -> index,
                "withdrawn: " + reason);
    }

    /** One entry by id. */
    public Optional<Post> find(long postId) throws SQLException {
        return select(" WHERE id = ?", List.of(postId)).stream().findFirst();
    }

    /** The entry with this idempotency key. */
    public Optional<Post> findByKey(String idempotencyKey) throws SQLException {
        return select(" WHERE idempotency_key = ?", List.of(idempotencyKey)).stream().findFirst();
    }

    /** Every entry in one state, oldest first (after a crash: the claimed ones to reconcile). */
    public List<Post> inState(PostState state) throws SQLException {
        return select(" WHERE state = ? ORDER BY id", List.of(state.code()));
    }

    /** Every entry for one photo, oldest first. */
    public List<Post> forPhoto(long photoId) throws SQLException {
        return select(" WHERE photo_id = ? ORDER BY id", List.of(photoId));
    }

    /**
     * The account's entries written after {@code after}, oldest write first, rolled back or not: what counts
     * against a daily cap on writes.
     */
    public List<Post> writtenAfter(String accountId, Instant after) throws SQLException {
        return select(" WHERE posted_at > ? AND photo_id IN (SELECT id FROM photos WHERE account_id = ?)"
                + " ORDER BY posted_at, id", List.of(after, accountId));
    }

    /** The account's entries waiting to be written, oldest first. */
    public List<Post> pendingOf(String accountId) throws SQLException {
        return select(" WHERE state = ? AND photo_id IN (SELECT id FROM photos WHERE account_id = ?) ORDER BY id",
                List.of(PostState.PENDING.code(), accountId));
    }

    /** Written ({@link PostState#DONE}) entries matching the selection, oldest first: what a rollback would undo. */
    public List<Post> findPosted(PostSelection selection) throws SQLException {
        Objects.requireNonNull(selection, "selection");
        StringBuilder where = new StringBuilder(" WHERE state = ?");
        List<Object> values = new ArrayList<>(List.of(PostState.DONE.code()));
        addFilter(where, values, "run_id = ?", selection.runId());
        addFilter(where, values, "model_id = ?", selection.modelId());
        addFilter(where, values, "photo_id IN (SELECT id FROM photos WHERE account_id = ?)", selection.accountId());
        addFilter(where, values, "photo_id = ?", selection.photoId());
        addFilter(where, values, "posted_at >= ?", selection.since());
        return select(where.append(" ORDER BY posted_at, id").toString(), values);
    }

    private static void addFilter(StringBuilder where, List<Object> values, String condition, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            values.add(value);
        }
    }

    private Post sameKeyCheck(Post existing, NewPost requested) {
        if (existing.photoId() != requested.photoId()) {
            throw new IllegalStateException("idempotency key " + requested.idempotencyKey() + " is already used by post "
                    + existing.id() + " for photo id " + existing.photoId() + ", not photo id " + requested.photoId());
        }
        return existing;
    }

    private List<Long> dueIds(String accountId) throws SQLException {
        String account = accountId == null ? "" : " AND photo_id IN (SELECT id FROM photos WHERE account_id = ?)";
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM posts WHERE state = ?"
                + " AND next_attempt_at <= ?" + account + " ORDER BY next_attempt_at, id FETCH FIRST 10 ROWS ONLY")) {
            statement.setString(1, PostState.PENDING.code());
            SqlValues.setInstant(statement, 2, clock.instant());
            if (accountId != null) {
                statement.setString(3, accountId);
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
        }
        return ids;
    }

    private Optional<Post> tryClaim(long postId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE posts SET state = ?,"
                + " attempts = attempts + 1, updated_at = ? WHERE id = ? AND state = ?")) {
            statement.setString(1, PostState.CLAIMED.code());
            SqlValues.setInstant(statement, 2, clock.instant());
            statement.setLong(3, postId);
            statement.setString(4, PostState.PENDING.code());
            if (statement.executeUpdate() == 0) {
                return Optional.empty();
            }
        }
        Post claimed = require(postId);
        logEvent(claimed, "claimed, attempt " + claimed.attempts());
        return Optional.of(claimed);
    }

    /** Binds the extra SET parameters of {@link #change} from {@code index}; returns the next free index. */
    @FunctionalInterface
    private interface Binder {
        int bind(PreparedStatement statement, int index) throws SQLException;
    }

    private Post change(long postId, String operation, PostState from, PostState to, String set, Binder binder,
                        String eventMessage) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE posts SET state = ?, updated_at = ?"
                + set + " WHERE id = ? AND state = ?")) {
            statement.setString(1, to.code());
            SqlValues.setInstant(statement, 2, clock.instant());
            int index = binder.bind(statement, 3);
            statement.setLong(index, postId);
            statement.setString(index + 1, from.code());
            if (statement.executeUpdate() == 0) {
                throw wrongState(postId, operation, from);
            }
        }
        Post changed = require(postId);
        if (eventMessage != null) {
            logEvent(changed, eventMessage);
        }
        return changed;
    }

    private RuntimeException wrongState(long postId, String operation, PostState expected) {
        try {
            Optional<Post> post = find(postId);
            if (post.isEmpty()) {
                return new IllegalArgumentException("cannot " + operation + " post " + postId + ": no such post");
            }
            return new IllegalStateException("cannot " + operation + " post " + postId + " (key "
                    + post.get().idempotencyKey() + ", photo id " + post.get().photoId() + "): it is "
                    + post.get().state().code() + ", expected " + expected.code());
        } catch (SQLException e) {
            return new StoreException("cannot " + operation + " post " + postId + ", and reading it failed", e);
        }
    }

    private void logEvent(Post post, String message) throws SQLException {
        String accountId = new PhotoRepository(connection, clock).find(post.photoId()).map(Photo::accountId)
                .orElse(null);
        new EventRepository(connection, clock).append(accountId, post.photoId(), post.request().runId(),
                EventKind.POST, "post " + post.id() + " " + message);
    }

    private Post require(long postId) throws SQLException {
        return find(postId).orElseThrow(() -> new IllegalArgumentException("unknown post id " + postId));
    }

    private List<Post> select(String where, List<?> values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + PostRows.COLUMNS + " FROM posts" + where)) {
            for (int i = 0; i < values.size(); i++) {
                SqlValues.bind(statement, i + 1, values.get(i));
            }
            List<Post> posts = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    posts.add(PostRows.read(row));
                }
            }
            return posts;
        }
    }
}
