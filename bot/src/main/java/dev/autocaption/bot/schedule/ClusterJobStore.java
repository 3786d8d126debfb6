package dev.autocaption.bot.schedule;

import dev.autocaption.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Quartz's clustered JDBC job store on our own store ({@code cluster.enabled}): {@code JobStoreTX} with
 * {@code PostgreSQLDelegate}, its connections from the store's pool through a Quartz {@link ConnectionProvider}
 * (so Quartz opens no pool of its own), its tables made by our migration V6. Every instance uses the same
 * scheduler name, so they share the jobs; each has its own instance id and checks in at the configured interval.
 */
public final class ClusterJobStore {
    /** Quartz's {@code SCHED_NAME} of every instance of one cluster. */
    public static final String SCHEDULER_NAME = "autocaption-cluster";
    private static final String DATA_SOURCE = "autocaption-store";

    private ClusterJobStore() {
    }

    /** Registers the store's pool with Quartz and returns the job store's properties. */
    public static Properties properties(Database database, ClusterMember member) {
        // Quartz keeps its data sources in one map per JVM: the name is this instance's, so a test running two
        // instances in one JVM does not hand one's pool to the other
        String dataSource = DATA_SOURCE + "-" + member.id();
        DBConnectionManager.getInstance().addConnectionProvider(dataSource, new StorePool(database));
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        properties.setProperty("org.quartz.scheduler.instanceId", member.id());
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        properties.setProperty("org.quartz.jobStore.driverDelegateClass",
                "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        properties.setProperty("org.quartz.jobStore.dataSource", dataSource);
        properties.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval",
                Long.toString(member.checkInInterval().toMillis()));
        properties.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        return properties;
    }

    /** The store's own pool, as Quartz asks for connections; the pool is closed with the store, not by Quartz. */
    private record StorePool(Database database) implements ConnectionProvider {
        @Override
        public Connection getConnection() throws SQLException {
            return database.dataSource().getConnection();
        }

        @Override
        public void shutdown() {
            // Database.close() closes the pool
        }

        @Override
        public void initialize() {
            // the pool is open already
        }
    }
}
