package dev.autocaption.config;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Several daemons on one PostgreSQL store ({@code cluster:} section). With {@code enabled}, Quartz keeps the
 * accounts' jobs in its clustered JDBC job store on the same database: each account's job fires on exactly one
 * instance, and the jobs of an instance that stopped checking in are recovered by the others. In place of the
 * single-daemon lock each instance holds a lease per account while it runs that account's cycle, and photos to
 * caption and posts to write are claimed row by row, so that any instance with the role may do them.
 *
 * @param enabled         run as one instance of a cluster; false (the default): one daemon per store
 * @param checkInInterval how often an instance checks in; an instance silent for about this long (plus Quartz's
 *                        7.5 s grace) is taken for dead and its jobs recovered; also the length of an account lease
 *                        and of a claim; 1s..10m
 * @param instanceId      this instance's name in the cluster; null: {@code host-pid}
 * @param roles           what this instance does; never empty
 */
public record ClusterConfig(boolean enabled, Duration checkInInterval, String instanceId, Set<ClusterRole> roles) {
    /** The check-in interval unless {@code cluster.check-in-interval} says otherwise. */
    public static final Duration DEFAULT_CHECK_IN_INTERVAL = Duration.ofSeconds(15);
    /** The shortest check-in interval. */
    public static final Duration MIN_CHECK_IN_INTERVAL = Duration.ofSeconds(1);
    /** The longest check-in interval. */
    public static final Duration MAX_CHECK_IN_INTERVAL = Duration.ofMinutes(10);

    public ClusterConfig {
        Objects.requireNonNull(checkInInterval, "checkInInterval");
        Objects.requireNonNull(roles, "roles");
        if (checkInInterval.compareTo(MIN_CHECK_IN_INTERVAL) < 0 || checkInInterval.compareTo(MAX_CHECK_IN_INTERVAL) > 0) {
            throw new IllegalArgumentException("checkInInterval must be in [1s, 10m], was " + checkInInterval);
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("roles must name at least one of poll, caption, post");
        }
        if (instanceId != null && (instanceId.isBlank() || instanceId.length() > 100)) {
            throw new IllegalArgumentException("instanceId must be 1..100 characters, was '" + instanceId + "'");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    public ClusterConfig(boolean enabled, Duration checkInInterval) {
        this(enabled, checkInInterval, null, EnumSet.allOf(ClusterRole.class));
    }

    /** Not clustered; a check-in interval of 15 s, the host-pid id and every role if it were. */
    public static ClusterConfig defaults() {
        return new ClusterConfig(false, DEFAULT_CHECK_IN_INTERVAL);
    }

    /** True when this instance has the role (a single daemon has every role). */
    public boolean has(ClusterRole role) {
        return !enabled || roles.contains(role);
    }

    /** {@code cluster.instance-id}, else {@code host-pid} of this process. */
    public String resolvedInstanceId() {
        if (instanceId != null) {
            return instanceId;
        }
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
