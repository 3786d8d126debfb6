package dev.autocaption.bot.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.bot.FakeCaptioner;
import dev.autocaption.bot.SimulatedAccounts;
import dev.autocaption.bot.pipeline.WatchedAccount;
import dev.autocaption.simulator.FaultScript;
import dev.autocaption.simulator.facebook.GraphPhotoSeed;
import dev.autocaption.simulator.facebook.GraphSimulator;
import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import dev.autocaption.simulator.flickr.FlickrSimulator;
import dev.autocaption.config.ReviewMode;
import dev.autocaption.config.WriteMode;
import dev.autocaption.store.AccountStatus;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Image URLs that answer anything but the image, one photo each, on a Flickr account and a Page: while the faults
 * last each photo waits for its own retry or fails, and neither account is held; once they stop, a later cycle
 * posts every photo whose failure was transient, exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileImageUrlsTest {
    private static final Instant UPLOADED = Instant.parse("2025-12-31T10:00:00Z");

    private final Tally tally = new Tally("image-urls");
    private final Ledger during = new Ledger();
    private final Ledger after = new Ledger();
    private final List<String> crashes = new ArrayList<>();
    private HostileWorld world;
    private List<String> duringProblems;
    private List<String> afterProblems;
    private AccountStatus flickrStatus;
    private AccountStatus pageStatus;

    @BeforeAll
    void storm() throws Exception {
        world = new HostileWorld(Files.createTempDirectory("hostile-urls"), new FakeCaptioner());
        List<HostileImageUrls.Case> cases = HostileImageUrls.all(Tally.scale());
        for (int i = 0; i < cases.size(); i++) {
            seed(cases.get(i), i);
        }
        WatchedAccount flickr = world.watch(world.sims.flickrAccount(ReviewMode.HYBRID, WriteMode.FILL_EMPTY));
        WatchedAccount page = world.watch(world.sims.pageAccount(ReviewMode.HYBRID));
        run(flickr, world.run(flickr));
        run(page, world.run(page));
        flickrStatus = status(SimulatedAccounts.FLICKR_ID);
        pageStatus = status(SimulatedAccounts.PAGE_ID);
        duringProblems = during.audit(world, tally);
        world.sims.flickr.faults().clear();
        world.sims.graph.faults().clear();
        run(flickr, world.runLater(flickr, Duration.ofMinutes(2)));
        run(page, world.run(page));
        afterProblems = after.audit(world, tally);
        duringProblems.forEach(problem -> System.out.println("hostile image urls, during: " + problem));
        afterProblems.forEach(problem -> System.out.println("hostile image urls, after: " + problem));
    }

    private void seed(HostileImageUrls.Case input, int index) {
        tally.input(input.family());
        Instant uploaded = UPLOADED.plusSeconds(index);
        int width = 400 + index;
        String id;
        String account;
        if (index % 2 == 0) {
            id = world.sims.flickr.addPhoto(FlickrPhotoSeed.of("photo " + index, uploaded).withSize(width, 300));
            world.sims.flickr.faults().always(FaultScript.subject(FlickrSimulator.IMAGE, id), input.fault());
            account = SimulatedAccounts.FLICKR_ID;
        } else {
            id = world.sims.graph.addPhoto(GraphPhotoSeed.of(uploaded).withSize(width, 300));
            world.sims.graph.faults().always(FaultScript.subject(GraphSimulator.IMAGE, id), input.fault());
            account = SimulatedAccounts.PAGE_ID;
        }
        during.add(input.family(), input.name(), account, id, index % 2 == 0, input.during());
        after.add(input.family(), input.name(), account, id, index % 2 == 0, input.after());
    }

    private void run(WatchedAccount account, java.util.Optional<Throwable> crash) {
        crash.ifPresent(e -> {
            tally.crash();
            crashes.add(account.id() + ": " + e);
        });
    }

    private AccountStatus status(String accountId) {
        return world.database.inTransaction(tx -> tx.accounts().find(accountId)).orElseThrow().status();
    }

    @AfterAll
    void report() {
        tally.report();
        world.close();
    }

    @Test
    void theStormThrowsAtLeastSixtyDistinctImageUrlBehaviours() {
        assertThat(tally.inputs()).isGreaterThanOrEqualTo(60);
        assertThat(during.entries()).extracting(Ledger.Entry::input).doesNotHaveDuplicates();
    }

    @Test
    void noCycleCrashes() {
        assertThat(crashes).isEmpty();
    }

    @Test
    void whileTheFaultsLastEachPhotoWaitsForItsOwnRetryOrFailsWithoutAWrite() {
        assertThat(duringProblems).isEmpty();
    }

    @Test
    void aFailingImageUrlHoldsNeitherAccount() {
        assertThat(flickrStatus).isEqualTo(AccountStatus.OK);
        assertThat(pageStatus).isEqualTo(AccountStatus.OK);
    }

    @Test
    void onceTheFaultsStopALaterCyclePostsEveryTransientFailureExactlyOnce() {
        assertThat(afterProblems).isEmpty();
    }
}
