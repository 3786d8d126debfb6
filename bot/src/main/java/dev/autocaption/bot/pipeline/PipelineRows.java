package dev.autocaption.bot.pipeline;

import dev.autocaption.bot.connector.WriteAction;
import dev.autocaption.bot.connector.WriteReceipt;
import dev.autocaption.store.Transaction;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The daemon's own columns and tables from migration V2, which the store's repositories do not cover: the raw
 * caption of an outbox entry, a Facebook photo's Page post id, write receipts and the recent captions of an
 * account. Runs inside the caller's transaction.
 */
public final class PipelineRows {
    /** Receipt kind of the caption write. */
    public static final String WRITE = "write";
    /** Receipt kind of the processed marker. */
    public static final String MARK = "mark";

    private PipelineRows() {
    }

    static void setCaptionText(Transaction tx, long postId, String caption) throws SQLException {
        update(tx, "UPDATE posts SET caption_text = ? WHERE id = ?", caption, postId);
    }

    /** The caption (before the write template) an outbox entry writes. */
    public static Optional<String> captionText(Transaction tx, long postId) throws SQLException {
        return single(tx, "SELECT caption_text FROM posts WHERE id = ?", postId);
    }

    static void setRemotePostId(Transaction tx, long photoId, String remotePostId) throws SQLException {
        update(tx, "UPDATE photos SET remote_post_id = ? WHERE id = ?", remotePostId, photoId);
    }

    static Optional<String> remotePostId(Transaction tx, long photoId) throws SQLException {
        return single(tx, "SELECT remote_post_id FROM photos WHERE id = ?", photoId);
    }

    static void saveReceipt(Transaction tx, long postId, String kind, WriteReceipt receipt) throws SQLException {
        try (PreparedStatement statement = tx.connection().prepareStatement("INSERT INTO write_receipts (post_id,"
                + " kind, action, previous_text, written_text, remote_refs, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            statement.setLong(1, postId);
            statement.setString(2, kind);
            statement.setString(3, receipt.action().name());
            statement.setString(4, receipt.previousText());
            statement.setString(5, receipt.writtenText());
            statement.setString(6, String.join("\n", receipt.remoteRefs()));
            statement.setTimestamp(7, Timestamp.from(tx.clock().instant()));
            statement.executeUpdate();
        }
    }

    /** The receipts of one outbox entry (the write first, then the marker), for rollback. */
    public static List<WriteReceipt> receipts(Transaction tx, long postId, String account, String remoteId)
            throws SQLException {
        List<WriteReceipt> receipts = new ArrayList<>();
        try (PreparedStatement statement = tx.connection().prepareStatement("SELECT action, previous_text,"
                + " written_text, remote_refs FROM write_receipts WHERE post_id = ? ORDER BY id")) {
            statement.setLong(1, postId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    String refs = row.getString("remote_refs");
                    receipts.add(new WriteReceipt(account, remoteId, WriteAction.valueOf(row.getString("action")),
                            row.getString("previous_text"), row.getString("written_text"),
                            refs == null || refs.isEmpty() ? List.of() : Arrays.asList(refs.split("\n"))));
                }
            }
        }
        return receipts;
    }

    /** The best captions of the account's most recently captioned photos, newest first (the repetition rule). */
    static List<String> recentCaptions(Transaction tx, String accountId, long exceptPhotoId, int limit)
            throws SQLException {
        List<String> texts = new ArrayList<>();
        try (PreparedStatement statement = tx.connection().prepareStatement("SELECT c.caption_text FROM"
                + " caption_candidates c JOIN photos p ON p.id = c.photo_id WHERE p.account_id = ?"
                + " AND c.candidate_rank = 1 AND p.id <> ? ORDER BY c.id DESC FETCH FIRST ? ROWS ONLY")) {
            statement.setString(1, accountId);
            statement.setLong(2, exceptPhotoId);
            statement.setInt(3, limit);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    texts.add(row.getString(1));
                }
            }
        }
        return texts;
    }

    private static void update(Transaction tx, String sql, String value, long id) throws SQLException {
        try (PreparedStatement statement = tx.connection().prepareStatement(sql)) {
            statement.setString(1, value);
            statement.setLong(2, id);
            if (statement.executeUpdate() != 1) {
                throw new IllegalArgumentException("no row with id " + id + " for: " + sql);
            }
        }
    }

    private static Optional<String> single(Transaction tx, String sql, long id) throws SQLException {
        try (PreparedStatement statement = tx.connection().prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
            }
        }
    }
}
