package dev.autocaption.bot.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.simulator.Fault;
import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import dev.autocaption.simulator.flickr.FlickrSimulator;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.PostState;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three daemon processes in cluster mode on one PostgreSQL and six Flickr simulators (300 photos over 6 accounts,
 * arriving while they run); an instance is SIGKILLed twice while it holds an account with work left (the newest
 * one, i.e. the third and then its restart, unless Quartz keeps work away from it for 20 s: then another one that
 * holds work), and a replacement is started under a new id once the survivors took its accounts over. At the end every photo was captioned once and written
 * once, nothing is lost or left queued. Skipped without {@value ClusterWorld#PG_URL_VARIABLE} (failed under
 * {@code CI=true}). Instances, kills, photos, the simulated write latency and how fast photos arrive (0: all before
 * the start) come from the system properties {@code cluster.instances}, {@code cluster.kills},
 * {@code cluster.photos}, {@code cluster.write-ms} and {@code cluster.arrive-ms}, so {@code scripts/cluster-bench.sh}
 * measures photos/s and takeover times with the same run (docs/scale-out.md).
 */
class ClusterKillTest {
    private static final int INSTANCES = Integer.getInteger("cluster.instances", 3);
    private static final int KILLS = Integer.getInteger("cluster.kills", 2);
    private static final int ACCOUNTS = 6;
    private static final int PER_ACCOUNT = Integer.getInteger("cluster.photos", 300) / ACCOUNTS;
    private static final Duration WRITE = Duration.ofMillis(Integer.getInteger("cluster.write-ms", 250));
    private static final Duration ARRIVE = Duration.ofMillis(Integer.getInteger("cluster.arrive-ms", 150));
    private static final Duration DEADLINE = Duration.ofSeconds(150);
    private static final Instant BASE = Instant.parse("2025-12-01T00:00:00Z");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)  // the instances' logs stay when the test fails
    Path dir;
    private String schema;
    private String store;
    private final List<FlickrSimulator> sims = new ArrayList<>();
    private final List<ClusterProcess> processes = new ArrayList<>();
    private final List<ClusterProcess> live = new ArrayList<>();
    private final ScheduledExecutorService arrivals = Executors.newSingleThreadScheduledExecutor();

    @BeforeEach
    void world() {
        schema = ClusterWorld.uniqueName();
        store = ClusterWorld.newStore(schema);
        for (int a = 0; a < ACCOUNTS; a++) {
            FlickrSimulator sim = FlickrSimulator.start(TestAccounts.FLICKR_KEY, TestAccounts.FLICKR_SECRET,
                    Clock.systemUTC());
            sims.add(sim);
            sim.grant(TestAccounts.FLICKR_TOKEN, TestAccounts.FLICKR_TOKEN_SECRET, "write");
            sim.faults().always("flickr.photos.setMeta", new Fault.SlowReply(WRITE));
        }
        if (ARRIVE.isZero()) {
            for (int n = 0; n < PER_ACCOUNT * ACCOUNTS; n++) {
                arrive(n);
            }
        }
    }

    /** Photo {@code n} of the run: round robin over the accounts, each account's in order of upload. */
    private void arrive(int n) {
        int i = n / ACCOUNTS;
        sims.get(n % ACCOUNTS).addPhoto(FlickrPhotoSeed.of("photo " + n, BASE.plusSeconds(60L * i))
                .withSize(400 + i, 300));
    }

    @AfterEach
    void end() throws Exception {
        arrivals.shutdownNow();
        for (ClusterProcess process : processes) {
            process.kill();
        }
        sims.forEach(FlickrSimulator::close);
        if (store != null) {
            ClusterWorld.dropStore(schema);
        }
    }

    @Test
    void threeInstancesKilledTwiceCaptionAndWriteEveryPhotoOnceAndTheSurvivorsTakeOver() throws Exception {
        for (int i = 0; i < INSTANCES; i++) {  // all at once, so that each gets accounts to work on
            processes.add(ClusterProcess.start(store, "instance-" + (char) ('a' + i), dir, sims));
        }
        live.addAll(processes);
        for (ClusterProcess process : processes) {
            assertThat(process.awaitReady(Duration.ofSeconds(60))).as(process.id() + " starts\n" + process.tail())
                    .isTrue();
        }
        Instant started = Instant.now();
        if (!ARRIVE.isZero()) {
            AtomicInteger next = new AtomicInteger();
            arrivals.scheduleAtFixedRate(() -> {
                int n = next.getAndIncrement();
                if (n < PER_ACCOUNT * ACCOUNTS) {
                    arrive(n);
                }
            }, 0, ARRIVE.toMillis(), TimeUnit.MILLISECONDS);
        }
        List<String> takeovers = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(store)) {
            for (int kill = 0; kill < KILLS; kill++) {
                ClusterProcess newest = live.get(live.size() - 1);
                ClusterProcess victim = newest;
                Map<String, Instant> held = awaitHoldingWork(db, newest.id(), Duration.ofSeconds(20));
                // Quartz's clustered store may keep a restarted instance's triggers away while the others are
                // busy; then another instance holding work is the one killed, which tests the same takeover
                for (int i = live.size() - 2; held.isEmpty() && i >= 0; i--) {
                    victim = live.get(i);
                    held = awaitHoldingWork(db, victim.id(), Duration.ofSeconds(20));
                }
                assertThat(held).as("some live instance holds an account with work left (logs in " + dir + ")\n"
                        + newest.tail()).isNotEmpty();
                victim.kill();
                live.remove(victim);
                Instant killed = Instant.now();
                Map<String, String> takenBy = awaitTakeover(db, victim.id(), held.keySet());
                Duration took = Duration.between(killed, Instant.now());
                assertThat(takenBy).as("accounts of killed " + victim.id() + " taken over within the deadline")
                        .containsOnlyKeys(held.keySet());
                assertThat(takenBy.values()).as("who took them over").isSubsetOf(live.stream()
                        .map(ClusterProcess::id).toList());
                start("instance-" + (char) ('a' + INSTANCES - 1) + "-" + (kill + 2));
                takeovers.add(String.format("%s held %s, taken over by %s in %.1f s", victim.id(), held.keySet(),
                        takenBy.values(), took.toMillis() / 1000.0));
            }
            awaitAllPosted(db);
            Duration run = Duration.between(started, Instant.now());
            System.out.printf("cluster test: %d instances, %d kills, %d photos over %d accounts, %d ms per write:"
                    + " all written in %.1f s (%.1f photos/s); %s%n", INSTANCES, KILLS, PER_ACCOUNT * ACCOUNTS,
                    ACCOUNTS, WRITE.toMillis(), run.toMillis() / 1000.0,
                    PER_ACCOUNT * ACCOUNTS * 1000.0 / run.toMillis(), takeovers);
            assertEveryPhotoDoneOnce(db);
        }
        for (ClusterProcess process : live) {
            assertThat(process.stop(Duration.ofSeconds(30))).as(process.id() + " stops cleanly\n"
                    + process.tail()).isZero();
        }
        assertCaptionedOnce();
    }

    private void start(String id) throws Exception {
        ClusterProcess process = ClusterProcess.start(store, id, dir, sims);
        processes.add(process);
        live.add(process);
        assertThat(process.awaitReady(Duration.ofSeconds(60))).as(id + " starts\n" + process.tail()).isTrue();
    }

    /** Waits until the instance holds a live lease on an account not yet fully written; its accounts then. */
    private static Map<String, Instant> awaitHoldingWork(Connection db, String owner, Duration patience)
            throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            Map<String, Instant> held = new HashMap<>();
            try (PreparedStatement statement = db.prepareStatement("SELECT l.account_id, l.acquired_at"
                    + " FROM account_leases l WHERE l.owner = ? AND l.expires_at > CURRENT_TIMESTAMP AND (SELECT"
                    + " COUNT(*) FROM photos p WHERE p.account_id = l.account_id AND p.state = ?) < ?")) {
                statement.setString(1, owner);
                statement.setString(2, PhotoState.POSTED.code());
                statement.setInt(3, PER_ACCOUNT);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        held.put(row.getString(1), row.getTimestamp(2).toInstant());
                    }
                }
            }
            if (!held.isEmpty()) {
                return held;
            }
            Thread.sleep(20);
        }
        return Map.of();
    }

    /** Waits until another instance took each account's lease; who took each. */
    private static Map<String, String> awaitTakeover(Connection db, String dead, java.util.Set<String> accounts)
            throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Map<String, String> takenBy = new HashMap<>();
        while (takenBy.size() < accounts.size() && Instant.now().isBefore(deadline)) {
            try (PreparedStatement statement = db.prepareStatement(
                    "SELECT account_id, owner FROM account_leases WHERE owner <> ?");
                 ResultSet row = bind(statement, dead).executeQuery()) {
                while (row.next()) {
                    if (accounts.contains(row.getString(1))) {
                        takenBy.putIfAbsent(row.getString(1), row.getString(2));
                    }
                }
            }
            Thread.sleep(50);
        }
        return takenBy;
    }

    private static void awaitAllPosted(Connection db) throws Exception {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (count(db, "SELECT COUNT(*) FROM photos WHERE state = ?", PhotoState.POSTED.code())
                < (long) PER_ACCOUNT * ACCOUNTS && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
    }

    private void assertEveryPhotoDoneOnce(Connection db) throws SQLException {
        for (FlickrSimulator sim : sims) {
            Map<String, Long> writes = sim.requests("flickr.photos.setMeta").stream()
                    .collect(Collectors.groupingBy(r -> r.param("photo_id"), Collectors.counting()));
            assertThat(writes).as("photos written at " + sim.baseUri() + ", and how often").hasSize(PER_ACCOUNT)
                    .allSatisfy((photo, count) -> assertThat(count).as("writes of photo " + photo).isEqualTo(1L));
            writes.keySet().forEach(id -> assertThat(sim.photo(id).description()).endsWith("(auto-generated)"));
        }
        Map<String, Long> states = new HashMap<>();
        try (PreparedStatement statement = db.prepareStatement("SELECT state, COUNT(*) FROM photos GROUP BY state");
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                states.put(row.getString(1), row.getLong(2));
            }
        }
        assertThat(states).as("photos by state").containsExactly(Map.entry(PhotoState.POSTED.code(),
                (long) PER_ACCOUNT * ACCOUNTS));
        assertThat(count(db, "SELECT COUNT(*) FROM posts WHERE state <> ?", PostState.DONE.code()))
                .as("entries not posted").isZero();
        assertThat(count(db, "SELECT COUNT(*) FROM (SELECT photo_id FROM caption_candidates GROUP BY photo_id"
                + " HAVING COUNT(DISTINCT generation) > 1) twice", null)).as("photos captioned twice").isZero();
    }

    /** No photo has a captioned event from two processes (or two from one). */
    private void assertCaptionedOnce() {
        Map<String, Long> captioned = processes.stream().flatMap(p -> p.lines().stream())
                .filter(line -> line.startsWith("captioned "))
                .collect(Collectors.groupingBy(line -> line.substring(12, line.indexOf(": ")).strip(),
                        Collectors.counting()));
        assertThat(captioned).as("captioned events by photo").isNotEmpty()
                .allSatisfy((photo, count) -> assertThat(count).as("captionings of " + photo).isEqualTo(1L));
    }

    private static long count(Connection db, String sql, String value) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql);
             ResultSet row = bind(statement, value).executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static PreparedStatement bind(PreparedStatement statement, String value) throws SQLException {
        if (value != null) {
            statement.setString(1, value);
        }
        return statement;
    }
}
