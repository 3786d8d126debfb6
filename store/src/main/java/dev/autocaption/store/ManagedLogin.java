package dev.autocaption.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generated login of an embedded H2 file store whose URL names none:
 * <ul>
 *   <li>a new store: a login is generated (SecureRandom), written to the {@link LoginFile}, and H2 makes its user the
 *       store's administrator when it creates the database;</li>
 *   <li>a store with a login file: that login, for every process (daemon, CLI, backup, restore);</li>
 *   <li>a store made before logins existed (H2's empty user and password): opened once with the empty login, the
 *       login file is written <em>first</em>, then the user is renamed and given the password. A crash between the
 *       two leaves a file the store does not know yet; the next open finds the store still taking the empty login
 *       and finishes the change.</li>
 * </ul>
 * A store that is open in another process which still uses the empty login (a daemon of an earlier version serving
 * it) is used with the empty login and left unchanged; it gets its password when it is next opened by itself.
 */
final class ManagedLogin {
    private static final Logger LOG = LoggerFactory.getLogger(ManagedLogin.class);

    private final JdbcUrl url;
    private final StoreFiles files;
    private final LoginFile file;

    ManagedLogin(JdbcUrl url, StoreFiles files) {
        this.url = url;
        this.files = files;
        this.file = files.login();
    }

    StoreConnection connect() throws SQLException {
        Optional<StoreLogin> saved = file.read();
        if (saved.isPresent()) {
            return withSaved(saved.get());
        }
        StoreLogin fresh = StoreLogin.generate(new SecureRandom());
        if (!files.exist()) {
            file.write(fresh);
            return StoreConnection.of(url, fresh);
        }
        return adopt(fresh, false);
    }

    private StoreConnection withSaved(StoreLogin saved) throws SQLException {
        try {
            return StoreConnection.of(url, saved);
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw e;
            }
            return adopt(saved, true);
        }
    }

    private StoreConnection adopt(StoreLogin login, boolean saved) throws SQLException {
        Connection legacy = connectWithEmptyLogin(saved);
        try {
            if (servedByAnotherProcess(legacy)) {
                LOG.warn("the store {} is served by another process that still opens it with H2's empty password;"
                        + " it gets a generated password when it is next opened on its own", url);
                return new StoreConnection(url, new UrlDataSource(url, null), legacy);
            }
            if (!saved) {
                file.write(login);
            }
            giveLogin(legacy, login);
            LOG.info("the store {} had H2's empty password; it now has a generated one, kept in {} (owner-only)", url,
                    file.path());
            return new StoreConnection(url, new UrlDataSource(url, login), legacy);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(legacy, e);
            throw e;
        }
    }

    private Connection connectWithEmptyLogin(boolean saved) throws SQLException {
        try {
            return DriverManager.getConnection(url.value());
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw e;
            }
            String problem = saved ? "rejects the login in " + file.path() + ", which belongs to another store"
                    : "has a password, but there is no login file " + file.path();
            throw new StoreException("the store " + url + " " + problem + ": restore that file from a backup of the"
                    + " data directory, or give the store's USER and PASSWORD in store.url", e);
        }
    }

    private static boolean servedByAnotherProcess(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT CLIENT_ADDR FROM INFORMATION_SCHEMA.SESSIONS"
                     + " WHERE SESSION_ID = SESSION_ID()")) {
            return rows.next() && rows.getString(1) != null;
        }
    }

    private static void giveLogin(Connection connection, StoreLogin login) throws SQLException {
        String user = quoted(login.user().toUpperCase(Locale.ROOT));
        try (Statement statement = connection.createStatement()) {
            String current;
            try (ResultSet rows = statement.executeQuery("SELECT CURRENT_USER")) {
                rows.next();
                current = rows.getString(1);
            }
            if (!quoted(current).equals(user)) {
                statement.execute("ALTER USER " + quoted(current) + " RENAME TO " + user);
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("ALTER USER " + user + " SET PASSWORD ?")) {
            statement.setString(1, login.password().reveal());
            statement.execute();
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
