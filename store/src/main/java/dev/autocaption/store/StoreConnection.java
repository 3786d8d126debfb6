package dev.autocaption.store;

import com.zaxxer.hikari.HikariDataSource;
import dev.autocaption.config.StoreConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a store is reached: the URL actually used ({@code AUTO_SERVER} added only where H2 serves on loopback), the
 * login (for an embedded H2 file store, the generated one of {@link ManagedLogin}, unless {@code store.user} or the
 * URL names one; otherwise what the config or the URL says) and the first connection, made after the store's
 * directory exists owner-only and followed by setting its files owner-only. The caller owns the first connection
 * ({@link Database} keeps it open; restore closes it).
 *
 * <p>A PostgreSQL store is reached through a {@link ServerPool}; there is no first connection to keep (the pool
 * keeps its own), and {@link #close()} closes the pool.
 */
final class StoreConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreConnection.class);

    private final JdbcUrl url;
    private final DataSource dataSource;
    private final Connection first;
    private final HikariDataSource pool;

    StoreConnection(JdbcUrl url, DataSource dataSource, Connection first) {
        this(url, dataSource, first, null);
    }

    private StoreConnection(JdbcUrl url, DataSource dataSource, Connection first, HikariDataSource pool) {
        this.url = url;
        this.dataSource = dataSource;
        this.first = first;
        this.pool = pool;
    }

    /**
     * Opens the configured store.
     *
     * @throws StoreException when it cannot be reached, its files cannot be made owner-only, or another process holds
     *                        it without sharing it
     */
    static StoreConnection open(StoreConfig config, H2BindAddress bindAddress) {
        JdbcUrl configured = new JdbcUrl(config.url());
        if (config.isPostgreSql()) {
            HikariDataSource pool = ServerPool.open(configured, config);
            return new StoreConnection(configured, pool, null, pool);
        }
        JdbcUrl url = configured.shared(bindAddress);
        if (url.servesOtherProcesses() && !bindAddress.isLoopback()) {
            LOG.warn("store.url {} sets AUTO_SERVER itself while H2 binds to {}: other machines can reach the store's"
                    + " port; start Java with -D{}={} to keep it on this machine", url, bindAddress,
                    H2BindAddress.PROPERTY, H2BindAddress.LOOPBACK);
        }
        Optional<StoreFiles> files = StoreFiles.of(url);
        files.ifPresent(StoreFiles::prepareDirectory);
        StoreConnection connection = connect(url, configuredLogin(config), files, bindAddress);
        try {
            files.ifPresent(StoreFiles::restrict);
        } catch (StoreException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** A connection with the given login; null uses what the URL says (or H2's empty default). */
    static StoreConnection of(JdbcUrl url, StoreLogin login) throws SQLException {
        UrlDataSource dataSource = new UrlDataSource(url, login);
        return new StoreConnection(url, dataSource, dataSource.getConnection());
    }

    JdbcUrl url() {
        return url;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** The connection that keeps an H2 store open; empty for a pooled server store. */
    Optional<Connection> first() {
        return Optional.ofNullable(first);
    }

    /** True for a server database behind a {@link ServerPool}. */
    boolean pooled() {
        return pool != null;
    }

    @Override
    public void close() {
        try {
            if (first != null) {
                first.close();
            }
        } catch (SQLException e) {
            throw new StoreException("closing " + url + " failed: " + e.getMessage(), e);
        } finally {
            if (pool != null) {
                pool.close();
            }
        }
    }

    /** The login {@code store.user}/{@code store.password} name; null when the config names none. */
    private static StoreLogin configuredLogin(StoreConfig config) {
        if (config.user() == null) {
            return null;
        }
        return new StoreLogin(config.user(), config.password());
    }

    private static StoreConnection connect(JdbcUrl url, StoreLogin configured, Optional<StoreFiles> files,
                                           H2BindAddress bindAddress) {
        try {
            if (configured != null) {
                return of(url, configured);
            }
            return files.isPresent() && !url.namesLogin() ? new ManagedLogin(url, files.get()).connect() : of(url, null);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new StoreException("the store " + url + " is open in another process that does not share it"
                        + " (H2 shares a store only between JVMs started with -D" + H2BindAddress.PROPERTY + "="
                        + H2BindAddress.LOOPBACK + "; this one binds to " + bindAddress + "): stop that process, or"
                        + " start both with that option, as the autocaption launcher does", e);
            }
            throw new StoreException("opening " + url + " failed: " + e.getMessage(), e);
        }
    }
}
