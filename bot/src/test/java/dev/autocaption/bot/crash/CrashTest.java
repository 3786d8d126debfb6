package dev.autocaption.bot.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.simulator.Fault;
import dev.autocaption.simulator.RecordedRequest;
import dev.autocaption.simulator.SimImages;
import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import dev.autocaption.simulator.flickr.FlickrSimulator;
import dev.autocaption.config.StoreConfig;
import dev.autocaption.store.Database;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.Post;
import dev.autocaption.store.PostState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon as a child process against a simulator in this JVM, SIGKILLed at random moments and restarted; at the
 * end every eligible photo carries its caption from exactly one write, no photo with a person's text or a broken
 * image (cut off mid-download, or not an image at all) was written, every photo is accounted for, and nothing is
 * stuck. Kills (default 20),
 * photos (50) and seed come from system properties {@code crash.kills}, {@code crash.photos}, {@code crash.seed}
 * so {@code scripts/crash-test.sh} can run a longer variant.
 */
class CrashTest {
    private static final int KILLS = Integer.getInteger("crash.kills", 20);
    private static final int PHOTOS = Integer.getInteger("crash.photos", 50);
    private static final long SEED = Long.getLong("crash.seed", System.nanoTime());
    private static final Duration SLOW_CALL = Duration.ofMillis(25);

    @TempDir
    Path dir;

    @Test
    void killedDaemonWritesEveryEligiblePhotoExactlyOnceAndLeavesNothingStuck() throws Exception {
        Random random = new Random(SEED);
        try (FlickrSimulator sim = FlickrSimulator.start(TestAccounts.FLICKR_KEY, TestAccounts.FLICKR_SECRET,
                Clock.systemUTC())) {
            sim.grant(TestAccounts.FLICKR_TOKEN, TestAccounts.FLICKR_TOKEN_SECRET, "write");
            for (String operation : List.of("flickr.photos.setMeta", "flickr.photos.addTags")) {
                sim.faults().always(operation, new Fault.SlowReply(SLOW_CALL));
            }
            sim.faults().always("flickr.photos.getInfo", new Fault.Delay(SLOW_CALL));
            List<String> eligible = new ArrayList<>();
            List<String> human = new ArrayList<>();
            List<String> broken = new ArrayList<>();
            seed(sim, eligible, human, broken);
            String store = "jdbc:h2:file:" + dir.resolve("db/autocaption");
            int killedWhileRunning = 0;
            for (int kill = 0; kill < KILLS; kill++) {
                Process daemon = start(store, sim);
                if (awaitReady(daemon, new StringBuffer()) && !daemon.waitFor(random.nextInt(700), TimeUnit.MILLISECONDS)) {
                    killedWhileRunning++;
                }
                daemon.destroyForcibly().waitFor();
            }
            Process last = start(store, sim);
            StringBuffer output = new StringBuffer();
            awaitReady(last, output);
            boolean finished = last.waitFor(120, TimeUnit.SECONDS);
            last.destroyForcibly().waitFor();
            assertThat(finished).as("final daemon run finishes").isTrue();
            assertThat(last.exitValue()).as(output.toString()).isZero();

            Map<String, Long> writes = sim.requests("flickr.photos.setMeta").stream()
                    .collect(Collectors.groupingBy(r -> r.param("photo_id"), Collectors.counting()));
            long writtenTwice = writes.values().stream().filter(count -> count > 1).count();
            System.out.printf("crash test: seed %d, %d kills (%d while the daemon was working), %d photos "
                    + "(%d eligible, %d with a person's text, %d broken), %d writes, %d photos written twice, "
                    + "%d posts reconciled from the remote state after a kill between write and commit%n",
                    SEED, KILLS, killedWhileRunning, PHOTOS, eligible.size(), human.size(), broken.size(),
                    writes.values().stream().mapToLong(Long::longValue).sum(), writtenTwice, reconciled(store));
            for (String id : eligible) {
                assertThat(writes.get(id)).as("writes of photo " + id + " (seed " + SEED + ")").isEqualTo(1L);
                assertThat(sim.photo(id).description()).endsWith("(auto-generated)");
            }
            for (String id : human) {
                assertThat(writes).doesNotContainKey(id);
                assertThat(sim.photo(id).description()).isEqualTo("Written by a person.");
            }
            for (String id : broken) {
                assertThat(writes).doesNotContainKey(id);
                assertThat(sim.photo(id).description()).isEmpty();
            }
            assertNothingStuck(store, eligible.size(), human.size() + broken.size());
            assertThat(killedWhileRunning).isGreaterThanOrEqualTo(KILLS / 2);
        }
    }

    /** One photo in ten has a person's text; one in ten a broken image (cut off after 200 bytes, or not an image). */
    private static void seed(FlickrSimulator sim, List<String> eligible, List<String> human, List<String> broken) {
        Instant base = Instant.parse("2025-12-01T00:00:00Z");
        for (int i = 0; i < PHOTOS; i++) {
            FlickrPhotoSeed seed = FlickrPhotoSeed.of("photo " + i, base.plusSeconds(60L * i)).withSize(400 + i, 300);
            if (i % 10 == 9) {
                human.add(sim.addPhoto(seed.withDescription("Written by a person.")));
            } else if (i % 10 == 4) {
                byte[] image = i % 20 == 4 ? Arrays.copyOf(SimImages.jpeg(400 + i, 300, i), 200)
                        : "<html><body>not an image</body></html>".getBytes(StandardCharsets.UTF_8);
                broken.add(sim.addPhoto(seed.withImage(image)));
            } else {
                eligible.add(sim.addPhoto(seed));
            }
        }
    }

    private static long reconciled(String store) {
        try (Database database = Database.open(new StoreConfig(store))) {
            return database.inTransaction(tx -> tx.photos().inState(null, PhotoState.POSTED, 100_000)).stream()
                    .filter(photo -> "reconciled from the remote state".equals(photo.reason())).count();
        }
    }

    private static void assertNothingStuck(String store, int eligible, int left) {
        try (Database database = Database.open(new StoreConfig(store))) {
            Map<PhotoState, Integer> counts = database.inTransaction(tx -> tx.photos().countByState(null));
            assertThat(counts).containsOnlyKeys(PhotoState.POSTED, PhotoState.SKIPPED, PhotoState.FAILED);
            assertThat(counts.get(PhotoState.POSTED)).isEqualTo(eligible);
            assertThat(counts.getOrDefault(PhotoState.SKIPPED, 0) + counts.getOrDefault(PhotoState.FAILED, 0))
                    .as("every photo accounted for").isEqualTo(left);
            List<Post> claimed = database.inTransaction(tx -> tx.posts().inState(PostState.CLAIMED));
            List<Post> pending = database.inTransaction(tx -> tx.posts().inState(PostState.PENDING));
            assertThat(claimed).isEmpty();
            assertThat(pending).isEmpty();
        }
    }

    private Process start(String store, FlickrSimulator sim) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), CrashDaemonMain.class.getName(), store,
                sim.baseUri().toString(), dir.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
    }

    /** Reads the child's output until it says it is ready (or ends); the rest is drained in the background. */
    private static boolean awaitReady(Process daemon, StringBuffer output) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(daemon.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            output.append(line).append('\n');
            if (line.equals("ready")) {
                Thread drain = new Thread(() -> out.lines().forEach(next -> output.append(next).append('\n')));
                drain.setDaemon(true);
                drain.start();
                return true;
            }
        }
        return false;
    }
}
