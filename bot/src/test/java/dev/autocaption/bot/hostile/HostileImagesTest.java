package dev.autocaption.bot.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.bot.SimulatedAccounts;
import dev.autocaption.bot.pipeline.WatchedAccount;
import dev.autocaption.simulator.facebook.GraphPhotoSeed;
import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import dev.autocaption.config.ModelConfig;
import dev.autocaption.config.ReviewMode;
import dev.autocaption.config.WriteMode;
import dev.autocaption.inference.showandtell.ShowAndTellLoader;
import dev.autocaption.inference.showandtell.TensorFlowCaptioner;
import dev.autocaption.store.PhotoState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Hostile images through the real daemon: the simulators serve them as photos of a Flickr account and a Page, the
 * real connectors download them, the real TensorFlow captioner with the bundled demo model decodes them, and the
 * store records what became of each. The storm runs once; each test checks one property of its outcome.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileImagesTest {
    /** Tests run in the module directory; the model lives at the repository root. */
    private static final Path DEMO = Path.of("..", "models", "demo").toAbsolutePath().normalize();
    private static final Instant UPLOADED = Instant.parse("2025-12-31T10:00:00Z");

    private final Tally tally = new Tally("images");
    private final Ledger ledger = new Ledger();
    private final List<String> crashes = new ArrayList<>();
    private TensorFlowCaptioner captioner;
    private HostileWorld world;
    private Path dir;
    private List<String> problems;

    @BeforeAll
    void storm() throws Exception {
        captioner = ShowAndTellLoader.load(ModelConfig.defaults().withPath(DEMO, null));
        dir = Files.createTempDirectory("hostile-images");
        world = new HostileWorld(dir, captioner);
        List<HostileImages.Case> cases = HostileImages.all(Tally.scale());
        for (int i = 0; i < cases.size(); i++) {
            seed(cases.get(i), i);
        }
        WatchedAccount flickr = world.watch(world.sims.flickrAccount(ReviewMode.HYBRID, WriteMode.FILL_EMPTY));
        WatchedAccount page = world.watch(world.sims.pageAccount(ReviewMode.HYBRID));
        for (int cycle = 0; cycle < 8; cycle++) {
            run(flickr, cycle);
            run(page, cycle);
            world.sims.clock.advance(Duration.ofHours(13));
        }
        problems = ledger.audit(world, tally);
        problems.forEach(problem -> System.out.println("hostile images: " + problem));
    }

    private void seed(HostileImages.Case input, int index) {
        tally.input(input.family());
        Instant uploaded = UPLOADED.plusSeconds(index);
        if (index % 2 == 0) {
            String id = world.sims.flickr.addPhoto(FlickrPhotoSeed.of("photo " + index, uploaded).withSize(96, 72)
                    .withImage(input.bytes()));
            ledger.add(input.family(), input.name(), SimulatedAccounts.FLICKR_ID, id, true, input.allowed());
        } else {
            String id = world.sims.graph.addPhoto(GraphPhotoSeed.of(uploaded).withSize(96, 72)
                    .withImage(input.bytes()));
            ledger.add(input.family(), input.name(), SimulatedAccounts.PAGE_ID, id, false, input.allowed());
        }
    }

    private void run(WatchedAccount account, int cycle) {
        world.run(account).ifPresent(crash -> {
            tally.crash();
            crashes.add(account.id() + " cycle " + cycle + ": " + crash);
            crash.printStackTrace();
        });
    }

    @AfterAll
    void report() throws Exception {
        tally.report();
        world.close();
        captioner.close();
    }

    @Test
    void theStormThrowsAtLeastTwoHundredDistinctImages() {
        assertThat(tally.inputs()).isGreaterThanOrEqualTo(200);
        assertThat(ledger.entries()).extracting(Ledger.Entry::input).doesNotHaveDuplicates();
    }

    @Test
    void noCycleCrashes() {
        assertThat(crashes).isEmpty();
    }

    @Test
    void everyImageEndsWhereItsKindMayEndWithItsReasonInTheHistoryAndNoWrongWrite() {
        assertThat(problems).isEmpty();
    }

    @Test
    void aBadImageHoldsNeitherAccount() {
        Map<PhotoState, Integer> flickr = world.database.inTransaction(tx -> tx.photos()
                .countByState(SimulatedAccounts.FLICKR_ID));
        Map<PhotoState, Integer> page = world.database.inTransaction(tx -> tx.photos()
                .countByState(SimulatedAccounts.PAGE_ID));

        assertThat(flickr).doesNotContainKeys(PhotoState.DISCOVERED, PhotoState.CAPTIONED, PhotoState.APPROVED,
                PhotoState.POSTING);
        assertThat(page).doesNotContainKeys(PhotoState.DISCOVERED, PhotoState.CAPTIONED, PhotoState.APPROVED,
                PhotoState.POSTING);
        assertThat(world.database.inTransaction(tx -> tx.accounts().find(SimulatedAccounts.FLICKR_ID))
                .orElseThrow().status().name()).isEqualTo("OK");
    }

    @Test
    void aHugeHeaderIsRefusedFromTheHeaderAlone() {
        List<String> reasons = ledger.entries().stream().filter(e -> e.family().equals("huge-header"))
                .map(e -> world.photo(e.accountId(), e.remoteId()).orElseThrow().reason()).toList();

        assertThat(reasons).isNotEmpty().allSatisfy(reason -> assertThat(reason).contains("exceeds the limit of"));
    }
}
