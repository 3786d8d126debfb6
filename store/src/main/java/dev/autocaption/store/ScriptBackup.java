package dev.autocaption.store;

import dev.autocaption.config.PrivateFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Backup and restore through H2's {@code SCRIPT} / {@code RUNSCRIPT}: a plain SQL file, readable, and loadable by
 * newer H2 versions (unlike a copy of the {@code .mv.db} file).
 *
 * <p>A backup holds the store's schema and rows, not its logins: H2's {@code CREATE USER} lines (with password
 * hashes) are left out, and the file is owner-only (0600) from its creation. A restored store keeps the login of the
 * target; users that an older backup brings along are dropped after the script has run.
 */
final class ScriptBackup {
    private static final String CREATE_USER = "CREATE USER ";

    private final JdbcUrl url;
    private final DataSource dataSource;

    ScriptBackup(JdbcUrl url, DataSource dataSource) {
        this.url = url;
        this.dataSource = dataSource;
    }

    /**
     * Reads the script in one serializable (snapshot) transaction, writes it next to the target and moves it into
     * place, so a failed backup never leaves a half-written file under the requested name.
     */
    void write(Path file, boolean overwrite) {
        requireH2(url, "backup");
        Path target = file.toAbsolutePath();
        if (!overwrite && Files.exists(target)) {
            throw new StoreException("backup file " + target + " already exists; choose a new name or allow overwrite");
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            writeScript(partial);
            if (overwrite) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(partial, target);
            }
        } catch (SQLException | IOException e) {
            deleteQuietly(partial, e);
            throw new StoreException("backup of " + url + " to " + target + " failed: " + e.getMessage(), e);
        }
    }

    static void restore(Path backup, JdbcUrl url, DataSource dataSource) {
        requireH2(url, "restore");
        Path source = backup.toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            throw new StoreException("backup file " + source + " does not exist or is not a file");
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            int tables = countTables(statement);
            if (tables > 0) {
                throw new StoreException("restore target " + url + " is not empty: it holds " + tables
                        + " tables; restore into a new database");
            }
            statement.execute("RUNSCRIPT FROM '" + source.toString().replace("'", "''") + "' CHARSET 'UTF-8'");
            dropOtherUsers(statement);
        } catch (SQLException e) {
            throw new StoreException("restoring " + source + " into " + url + " failed: " + e.getMessage(), e);
        }
    }

    /** Writes the script to {@code partial}, created owner-only before anything is written to it. */
    private void writeScript(Path partial) throws SQLException, IOException {
        Files.deleteIfExists(partial);
        PrivateFiles.createFile(partial);
        try (Connection connection = dataSource.getConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SCRIPT");
                 BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8,
                         StandardOpenOption.TRUNCATE_EXISTING)) {
                while (rows.next()) {
                    String line = rows.getString(1);
                    if (!line.startsWith(CREATE_USER)) {
                        out.write(line);
                        out.write('\n');
                    }
                }
            } finally {
                connection.rollback();
            }
        }
    }

    private static void dropOtherUsers(Statement statement) throws SQLException {
        List<String> others = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(
                "SELECT USER_NAME FROM INFORMATION_SCHEMA.USERS WHERE USER_NAME <> CURRENT_USER")) {
            while (rows.next()) {
                others.add(rows.getString(1));
            }
        }
        for (String user : others) {
            statement.execute("DROP USER \"" + user.replace("\"", "\"\"") + "\"");
        }
    }

    private static int countTables(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void requireH2(JdbcUrl url, String operation) {
        if (!url.isH2()) {
            throw new StoreException(operation + " is supported for H2 stores only (it uses H2's SCRIPT), url is "
                    + url.masked() + "; use the database's own backup tool");
        }
    }

    private static void deleteQuietly(Path partial, Exception failure) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
