package dev.autocaption.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Folder accounts' file index ({@code folder_file_index}): what content a file had at a given size and modification
 * time, so a restart does not hash a whole library again. Rows are hints: writing one in its own transaction,
 * before the poll that found the file is committed, is safe, because whether a photo is new is decided by
 * {@link #discoveredRemoteIds} (the committed photos), not by the index. Obtain it from
 * {@link Transaction#fileIndex()}.
 */
public final class FileIndexRepository {
    private final Connection connection;
    private final Clock clock;

    FileIndexRepository(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** Every row of the account, in no particular order. */
    public List<IndexedFileRow> all(String accountId) throws SQLException {
        List<IndexedFileRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT path, size_bytes, modified_millis, "
                + "sha256, remote_id FROM folder_file_index WHERE account_id = ?")) {
            statement.setString(1, accountId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(new IndexedFileRow(accountId, row.getString("path"), row.getLong("size_bytes"),
                            row.getLong("modified_millis"), row.getString("sha256").trim(),
                            row.getString("remote_id")));
                }
            }
        }
        return rows;
    }

    /** Adds or replaces the row of {@code row.path()}. */
    public void put(IndexedFileRow row) throws SQLException {
        String key = pathKey(row.path());
        // UPDATE, then INSERT when there was nothing to update: portable, unlike MERGE / ON CONFLICT.
        try (PreparedStatement update = connection.prepareStatement("UPDATE folder_file_index SET path = ?, "
                + "size_bytes = ?, modified_millis = ?, sha256 = ?, remote_id = ?, indexed_at = ? "
                + "WHERE account_id = ? AND path_key = ?")) {
            bindValues(update, row);
            update.setString(7, row.accountId());
            update.setString(8, key);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO folder_file_index (path, "
                + "size_bytes, modified_millis, sha256, remote_id, indexed_at, account_id, path_key) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindValues(insert, row);
            insert.setString(7, row.accountId());
            insert.setString(8, key);
            insert.executeUpdate();
        }
    }

    /** The remote ids of the account's stored photos: the photos a committed poll discovered. */
    public Set<String> discoveredRemoteIds(String accountId) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT remote_id FROM photos WHERE account_id = ?")) {
            statement.setString(1, accountId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getString(1));
                }
            }
        }
        return ids;
    }

    private void bindValues(PreparedStatement statement, IndexedFileRow row) throws SQLException {
        statement.setString(1, row.path());
        statement.setLong(2, row.size());
        statement.setLong(3, row.modifiedMillis());
        statement.setString(4, row.sha256());
        statement.setString(5, row.remoteId());
        SqlValues.setInstant(statement, 6, clock.instant());
    }

    private static String pathKey(String path) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
