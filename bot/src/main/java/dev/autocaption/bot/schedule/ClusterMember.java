package dev.autocaption.bot.schedule;

import dev.autocaption.bot.pipeline.ClusterClaims;
import dev.autocaption.bot.pipeline.WorkClaims;
import dev.autocaption.config.ClusterConfig;
import dev.autocaption.config.ClusterRole;
import dev.autocaption.store.ClusterRepository;
import dev.autocaption.store.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * This process as one instance of a cluster ({@code cluster.enabled}): its id, its roles, its claims on work and
 * the per-account lease it holds while it runs an account's cycle (in place of the single-daemon lock). Leases and
 * claims last {@link #LEASE_CHECK_INS} check-in intervals and are renewed at every check-in while in use, so those
 * of an instance that died are free again at most that long after its last check-in.
 */
public final class ClusterMember {
    /** A lease or claim lasts this many check-in intervals. */
    public static final int LEASE_CHECK_INS = 3;

    private final String id;
    private final ClusterConfig config;
    private final Duration lease;
    private final ClusterClaims claims;

    public ClusterMember(ClusterConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        if (!config.enabled()) {
            throw new IllegalArgumentException("cluster.enabled is false: a single daemon is no cluster member");
        }
        this.id = config.resolvedInstanceId();
        this.lease = config.checkInInterval().multipliedBy(LEASE_CHECK_INS);
        this.claims = new ClusterClaims(id, lease);
    }

    /** This instance's id ({@code cluster.instance-id}, else host-pid). */
    public String id() {
        return id;
    }

    /** How often this instance checks in. */
    public Duration checkInInterval() {
        return config.checkInInterval();
    }

    /** True when this instance has the role. */
    public boolean has(ClusterRole role) {
        return config.roles().contains(role);
    }

    /** The roles as stored and shown: {@code poll,caption,post}. */
    public String roles() {
        return EnumSet.copyOf(config.roles()).stream().map(ClusterRole::configName).collect(Collectors.joining(","));
    }

    public Set<ClusterRole> roleSet() {
        return config.roles();
    }

    /** Photos and entries claimed row by row. */
    public WorkClaims claims() {
        return claims;
    }

    /**
     * Takes the account's lease for this cycle.
     *
     * @return empty when taken, else why not (another live instance holds it)
     */
    public Optional<String> acquireLease(Database database, String accountId) {
        Optional<ClusterRepository.Lease> held = database.inTransaction(tx -> tx.cluster().acquireLease(accountId,
                id, lease));
        Instant now = database.clock().instant();
        return held.map(other -> "its lease is held by instance " + other.owner() + " for another "
                + Duration.between(now, other.expiresAt()).toSeconds() + " s");
    }

    /** Ends this instance's lease of the account (its cycle ended). */
    public void releaseLease(Database database, String accountId) {
        database.useTransaction(tx -> tx.cluster().releaseLease(accountId, id));
    }

    /** Checks in and renews the leases of the cycles running now. */
    public void checkIn(Database database) {
        ProcessHandle self = ProcessHandle.current();
        database.useTransaction(tx -> {
            tx.cluster().checkIn(id, roles(), host(), self.pid());
            tx.cluster().renewLeases(id, lease);
        });
    }

    /** Removes this instance from the cluster's list (a clean stop). */
    public void leave(Database database) {
        database.useTransaction(tx -> tx.cluster().leave(id));
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }
}
