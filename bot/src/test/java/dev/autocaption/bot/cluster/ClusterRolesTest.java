package dev.autocaption.bot.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.bot.Bot;
import dev.autocaption.bot.Engines;
import dev.autocaption.bot.FakeCaptioner;
import dev.autocaption.bot.connector.ConnectorRuntime;
import dev.autocaption.bot.connector.Connectors;
import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.bot.pipeline.PipelineEvent;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.ClusterRole;
import dev.autocaption.config.Engine;
import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import dev.autocaption.simulator.flickr.FlickrSimulator;
import dev.autocaption.store.ClusterRepository;
import dev.autocaption.store.Database;
import dev.autocaption.store.PhotoState;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two cluster instances in one JVM on one PostgreSQL: one with roles [poll, post] (Quartz's clustered job store
 * runs the account's job there) and a captioner with roles [caption] (no Quartz jobs; it claims the discovered
 * photos). Every photo is captioned by the captioner only, written once by the poller, and nothing stays claimed.
 */
class ClusterRolesTest {
    private static final int PHOTOS = 12;
    private static final String ACCOUNT = "flickr-main";

    @TempDir
    Path dir;
    private String schema;
    private String store;

    @BeforeEach
    void store() {
        schema = ClusterWorld.uniqueName();
        store = ClusterWorld.newStore(schema);
    }

    @AfterEach
    void drop() {
        if (schema != null && store != null) {
            ClusterWorld.dropStore(schema);
        }
    }

    @Test
    void aCaptionOnlyInstanceCaptionsForAPollingInstanceAndEveryPhotoIsWrittenOnce() throws Exception {
        try (FlickrSimulator sim = FlickrSimulator.start(TestAccounts.FLICKR_KEY, TestAccounts.FLICKR_SECRET,
                Clock.systemUTC())) {
            sim.grant(TestAccounts.FLICKR_TOKEN, TestAccounts.FLICKR_TOKEN_SECRET, "write");
            Instant base = Instant.parse("2025-12-01T00:00:00Z");
            for (int i = 0; i < PHOTOS; i++) {
                sim.addPhoto(FlickrPhotoSeed.of("photo " + i, base.plusSeconds(60L * i)).withSize(400 + i, 300));
            }
            List<AccountConfig> accounts = List.of(ClusterWorld.flickr(ACCOUNT, sim.baseUri(), dir));
            List<PipelineEvent> pollerEvents = new CopyOnWriteArrayList<>();
            List<PipelineEvent> captionerEvents = new CopyOnWriteArrayList<>();
            try (Bot poller = open("poller", EnumSet.of(ClusterRole.POLL, ClusterRole.POST), accounts,
                    pollerEvents::add);
                 Bot captioner = open("gpu", EnumSet.of(ClusterRole.CAPTION), accounts, captionerEvents::add)) {
                poller.start();
                captioner.start();
                Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
                while (posted(poller.database()) < PHOTOS && Instant.now().isBefore(deadline)) {
                    poller.runSoon(ACCOUNT);
                    Thread.sleep(1000);
                }
                List<ClusterRepository.Instance> instances = poller.database().inTransaction(tx ->
                        tx.cluster().instances());
                assertThat(instances).extracting(ClusterRepository.Instance::id, ClusterRepository.Instance::roles)
                        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("poller", "poll,post"),
                                org.assertj.core.groups.Tuple.tuple("gpu", "caption"));
                assertThat(recoverableJobs(poller.database())).containsExactly("poll-" + ACCOUNT);
                List<ClusterRepository.Lease> leases = poller.database().inTransaction(tx -> tx.cluster().leases());
                assertThat(leases).singleElement()
                        .extracting(ClusterRepository.Lease::owner).isEqualTo("poller");
                assertThat(unreleasedClaims(poller.database())).isZero();
            }

            Map<String, Long> writes = sim.requests("flickr.photos.setMeta").stream()
                    .collect(Collectors.groupingBy(r -> r.param("photo_id"), Collectors.counting()));
            assertThat(writes).hasSize(PHOTOS).allSatisfy((photo, count) -> assertThat(count).isEqualTo(1L));
            assertThat(kinds(captionerEvents, PipelineEvent.Kind.CAPTIONED)).isEqualTo(PHOTOS);
            assertThat(kinds(pollerEvents, PipelineEvent.Kind.CAPTIONED)).as("the poller has no caption role")
                    .isZero();
            assertThat(kinds(pollerEvents, PipelineEvent.Kind.POSTED)).isEqualTo(PHOTOS);
            assertThat(kinds(captionerEvents, PipelineEvent.Kind.POSTED)).as("the captioner has no post role")
                    .isZero();
        }
    }

    private Bot open(String id, EnumSet<ClusterRole> roles, List<AccountConfig> accounts,
                     dev.autocaption.bot.pipeline.PipelineListener listener) throws Exception {
        Engines engines = Engines.standard().register(Engine.SHOW_AND_TELL, model -> new FakeCaptioner());
        return Bot.open(ClusterWorld.instance(store, id, roles, accounts, dir), Clock.systemUTC(), engines,
                Connectors.standard(ConnectorRuntime.system(), 3600), listener, false);
    }

    private static int posted(Database database) {
        return database.inTransaction(tx -> tx.photos().countByState(null)).getOrDefault(PhotoState.POSTED, 0);
    }

    private static long kinds(List<PipelineEvent> events, PipelineEvent.Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).count();
    }

    private static List<String> recoverableJobs(Database database) {
        return database.inTransaction(tx -> {
            List<String> jobs = new java.util.ArrayList<>();
            try (PreparedStatement statement = tx.connection().prepareStatement(
                    "SELECT job_name FROM qrtz_job_details WHERE requests_recovery");
                 ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    jobs.add(row.getString(1));
                }
            }
            return jobs;
        });
    }

    private static long unreleasedClaims(Database database) {
        return database.inTransaction(tx -> {
            try (PreparedStatement statement = tx.connection().prepareStatement("SELECT (SELECT COUNT(*) FROM photos"
                    + " WHERE claimed_by IS NOT NULL) + (SELECT COUNT(*) FROM posts WHERE claimed_by IS NOT NULL)");
                 ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}
