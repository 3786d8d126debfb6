package dev.autocaption.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.autocaption.config.StoreConfig;

/**
 * The connection pool (HikariCP) in front of a server database such as PostgreSQL, where each new connection costs
 * a network round trip and a login. At most {@code store.pool-size} connections; the login is
 * {@code store.user}/{@code store.password} when set, else what the URL says. HikariCP masks the password when it
 * logs its configuration, and {@link #toString()} shows only the masked URL.
 */
final class ServerPool {
    /** The pool's name in HikariCP's log lines and metrics. */
    static final String NAME = "autocaption-store";

    private ServerPool() {
    }

    /**
     * Opens the pool and its first connection, so a wrong URL, host or login fails here, at startup.
     *
     * @throws StoreException when the database cannot be reached or refuses the login
     */
    static HikariDataSource open(JdbcUrl url, StoreConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName(NAME);
        hikari.setJdbcUrl(url.value());
        if (config.user() != null) {
            hikari.setUsername(config.user());
        }
        if (config.password() != null) {
            hikari.setPassword(config.password().reveal());
        }
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setMinimumIdle(Math.min(2, config.poolSize()));
        try {
            return new HikariDataSource(hikari);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new StoreException("opening " + url + " failed: " + cause.getMessage(), e);
        }
    }
}
