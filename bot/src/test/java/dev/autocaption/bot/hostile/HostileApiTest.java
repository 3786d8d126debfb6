package dev.autocaption.bot.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.bot.FakeCaptioner;
import dev.autocaption.bot.SimulatedAccounts;
import dev.autocaption.bot.pipeline.WatchedAccount;
import dev.autocaption.config.ReviewMode;
import dev.autocaption.config.WriteMode;
import dev.autocaption.store.Account;
import dev.autocaption.store.AccountStatus;
import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Hostile API answers and data through the real connectors and pipeline, one input after the other on a
 * long-lived Flickr account and Page, as a daemon would meet them: each input's cycle must not crash and must
 * record what happened (the run, the account's back-off or pause, the photos' states); then the input passes (its
 * faults are used up, a paused account is resumed as a restart does) and later cycles must finish every photo whose
 * trouble was transient, write nothing that must not be written, and lose nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileApiTest {
    /** Cycles an input gets, three hours apart, to pass (the longest storm fails seven in a row). */
    private static final int MAX_CYCLES = 12;

    private final Tally tally = new Tally("api");
    private final Ledger ledger = new Ledger();
    private final List<String> crashes = new ArrayList<>();
    private final List<String> unrecorded = new ArrayList<>();
    private final List<String> stuck = new ArrayList<>();
    private HostileWorld world;
    private List<String> problems;

    @BeforeAll
    void storm() throws Exception {
        world = new HostileWorld(Files.createTempDirectory("hostile-api"), new FakeCaptioner());
        WatchedAccount flickr = world.watch(world.sims.flickrAccount(ReviewMode.HYBRID, WriteMode.FILL_EMPTY));
        WatchedAccount page = world.watch(world.sims.pageAccount(ReviewMode.HYBRID));
        int width = 400;
        for (HostileApi.Case input : HostileApi.all(Tally.scale())) {
            tally.input(input.family());
            world.sims.clock.advance(java.time.Duration.ofMinutes(2));
            ApiScene scene = new ApiScene(world, input.flickr(), ledger, input.family(), input.name(), width);
            input.setup().accept(scene);
            width = scene.nextWidth();
            pass(input, input.flickr() ? flickr : page);
        }
        problems = ledger.audit(world, tally);
        problems.forEach(problem -> System.out.println("hostile api: " + problem));
        crashes.forEach(crash -> System.out.println("hostile api crash: " + crash));
        unrecorded.forEach(line -> System.out.println("hostile api unrecorded: " + line));
        stuck.forEach(line -> System.out.println("hostile api stuck: " + line));
    }

    private void pass(HostileApi.Case input, WatchedAccount account) {
        long runsBefore = runs(account.id());
        cycle(input, account, false);
        if (runs(account.id()) == runsBefore) {
            unrecorded.add(input.name() + ": its cycle left no run");
        }
        for (int i = 0; i < MAX_CYCLES && !settled(account.id()); i++) {
            cycle(input, account, true);
        }
        if (!settled(account.id())) {
            stuck.add(input.name() + ": account " + account(account.id()).status() + " ("
                    + account(account.id()).statusReason() + ") or photos in flight after " + MAX_CYCLES + " cycles");
        }
        world.sims.flickr.faults().clear();
        world.sims.graph.faults().clear();
    }

    private void cycle(HostileApi.Case input, WatchedAccount account, boolean later) {
        if (later) {
            world.resume(account.id());
            world.sims.clock.advance(ApiScene.later());
        }
        Optional<Throwable> crash = world.run(account);
        crash.ifPresent(e -> {
            tally.crash();
            crashes.add(input.name() + ": " + e);
        });
    }

    private boolean settled(String accountId) {
        if (account(accountId).status() != AccountStatus.OK) {
            return false;
        }
        return world.database.inTransaction(tx -> tx.photos().countByState(accountId)).keySet().stream()
                .noneMatch(state -> state == PhotoState.DISCOVERED || state == PhotoState.CAPTIONED
                        || state == PhotoState.APPROVED || state == PhotoState.POSTING);
    }

    private Account account(String accountId) {
        return world.database.inTransaction(tx -> tx.accounts().find(accountId)).orElseThrow();
    }

    private long runs(String accountId) {
        return world.database.inTransaction(tx -> tx.runs().recent(accountId, 100_000)).size();
    }

    @AfterAll
    void report() {
        tally.report();
        world.close();
    }

    @Test
    void theStormThrowsAtLeastTwoHundredDistinctApiInputs() {
        assertThat(tally.inputs()).isGreaterThanOrEqualTo(200);
    }

    @Test
    void noInputCrashesACycle() {
        assertThat(crashes).isEmpty();
    }

    @Test
    void everyInputsCycleIsRecordedAsARun() {
        assertThat(unrecorded).isEmpty();
    }

    @Test
    void noInputHoldsAnAccountOnceItHasPassed() {
        assertThat(stuck).isEmpty();
    }

    @Test
    void everyPhotoEndsWhereItsInputMayEndWithNoWrongWriteAndNothingLost() {
        assertThat(problems).isEmpty();
    }

    @Test
    void aPhotoWithAPersonsTextIsNeverWritten() {
        List<Photo> withText = ledger.entries().stream().map(e -> world.photo(e.accountId(), e.remoteId()))
                .flatMap(Optional::stream).filter(p -> p.humanText() != null && !p.humanText().isBlank()).toList();

        assertThat(withText).isNotEmpty().allSatisfy(photo -> assertThat(photo.state()).isNotEqualTo(PhotoState.POSTED));
        assertThat(withText).allSatisfy(photo -> assertThat(photo.accountId().equals(SimulatedAccounts.FLICKR_ID)
                ? world.flickrWrites(photo.remoteId()) : world.graphWrites(photo.remoteId())).isZero());
    }
}
