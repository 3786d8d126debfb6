package dev.autocaption.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that opens a new driver connection per call. No pool: an embedded H2 connection costs
 * microseconds once the database is open (the {@link Database} keeps one connection open for that reason).
 *
 * <p>With a {@link StoreLogin}, every connection uses its user and password; without one (null), the URL's own
 * login, or H2's empty default for an in-memory store. {@link #toString()} shows neither.
 */
final class UrlDataSource implements DataSource {
    private final JdbcUrl url;
    private final StoreLogin login;
    private volatile int loginTimeoutSeconds;

    UrlDataSource(JdbcUrl url, StoreLogin login) {
        this.url = url;
        this.login = login;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (login == null) {
            return DriverManager.getConnection(url.value());
        }
        return DriverManager.getConnection(url.value(), login.user(),
                login.password() == null ? "" : login.password().reveal());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return DriverManager.getConnection(url.value(), username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Driver logging goes through the driver's own configuration, not through this writer.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("UrlDataSource does not use java.util.logging");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("UrlDataSource is not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return "UrlDataSource[" + url.masked() + "]";
    }
}
