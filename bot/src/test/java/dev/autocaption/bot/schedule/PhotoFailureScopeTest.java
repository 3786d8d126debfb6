package dev.autocaption.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.bot.SimulatedAccounts;
import dev.autocaption.bot.pipeline.PipelineEvent;
import dev.autocaption.bot.pipeline.Requeue;
import dev.autocaption.bot.pipeline.WatchedAccount;
import dev.autocaption.simulator.Fault;
import dev.autocaption.simulator.SimImages;
import dev.autocaption.simulator.facebook.GraphPhotoSeed;
import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import dev.autocaption.simulator.flickr.FlickrSimulator;
import dev.autocaption.config.ReviewMode;
import dev.autocaption.config.WriteMode;
import dev.autocaption.store.AccountStatus;
import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.RunStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure of one photo stays on that photo; only failures of the account hold the account. */
class PhotoFailureScopeTest {
    private static final Instant UPLOADED = Instant.parse("2025-12-31T10:00:00Z");

    @TempDir
    Path dir;
    PipelineHarness h;

    @BeforeEach
    void start() {
        h = new PipelineHarness(dir);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private static byte[] cutOff(int width) {
        return Arrays.copyOf(SimImages.jpeg(width, 300, width), 200);
    }

    private String flickrPhoto(int width) {
        return h.flickr().addPhoto(FlickrPhotoSeed.of("photo " + width, UPLOADED.plusSeconds(width))
                .withSize(width, 300));
    }

    private String flickrPhoto(int width, byte[] image) {
        return h.flickr().addPhoto(FlickrPhotoSeed.of("photo " + width, UPLOADED.plusSeconds(width))
                .withSize(width, 300).withImage(image));
    }

    private WatchedAccount flickr() {
        return h.watch(h.sims.flickrAccount(ReviewMode.HYBRID, WriteMode.FILL_EMPTY));
    }

    private Map<PhotoState, Integer> states(String accountId) {
        return h.database.inTransaction(tx -> tx.photos().countByState(accountId));
    }

    private AccountStatus accountStatus(String accountId) {
        return h.database.inTransaction(tx -> tx.accounts().find(accountId)).orElseThrow().status();
    }

    @Test
    void aCutOffImageInEachOfTwoAccountsHoldsNeitherAccount() {
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            int width = 400 + i;
            if (i == 7) {
                broken.add(flickrPhoto(width, cutOff(width)));
                broken.add(h.sims.graph.addPhoto(GraphPhotoSeed.of(UPLOADED.plusSeconds(i)).withSize(600 + i, 300)
                        .withImage(cutOff(600 + i))));
            } else {
                flickrPhoto(width);
                h.sims.graph.addPhoto(GraphPhotoSeed.of(UPLOADED.plusSeconds(i)).withSize(600 + i, 300));
            }
        }
        WatchedAccount flickr = flickr();
        WatchedAccount page = h.watch(h.sims.pageAccount(ReviewMode.HYBRID));

        CycleResult flickrRun = h.run(flickr);
        CycleResult pageRun = h.run(page);

        assertThat(flickrRun.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(pageRun.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(states(SimulatedAccounts.FLICKR_ID)).containsExactlyInAnyOrderEntriesOf(Map.of(
                PhotoState.POSTED, 14, PhotoState.DISCOVERED, 1));
        assertThat(states(SimulatedAccounts.PAGE_ID)).containsExactlyInAnyOrderEntriesOf(Map.of(
                PhotoState.POSTED, 14, PhotoState.DISCOVERED, 1));
        assertThat(accountStatus(SimulatedAccounts.FLICKR_ID)).isEqualTo(AccountStatus.OK);
        assertThat(accountStatus(SimulatedAccounts.PAGE_ID)).isEqualTo(AccountStatus.OK);
        Photo waiting = h.photo(SimulatedAccounts.FLICKR_ID, broken.get(0));
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.nextAttemptAt()).isEqualTo(h.sims.clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(waiting.reason()).startsWith("download: ").contains("truncated JPEG (200 bytes");
    }

    @Test
    void aCutOffImageInALaterWindowStaysOnItsPhotoWhileEveryWindowIsCaptioned() {
        String broken = null;
        for (int width = 400; width < 420; width++) {
            String id = width == 418 ? flickrPhoto(width, cutOff(width)) : flickrPhoto(width);
            broken = width == 418 ? id : broken;
        }
        WatchedAccount account = flickr();

        CycleResult run = h.run(account);

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(h.captioner.batches()).isEqualTo(2);
        assertThat(states(SimulatedAccounts.FLICKR_ID)).containsExactlyInAnyOrderEntriesOf(Map.of(
                PhotoState.POSTED, 19, PhotoState.DISCOVERED, 1));
        assertThat(h.photo(SimulatedAccounts.FLICKR_ID, broken).reason()).startsWith("download: ")
                .contains("truncated JPEG (200 bytes");
    }

    @Test
    void aPhotoWaitingForItsRetryTimeIsNotDownloadedBeforeIt() {
        flickrPhoto(401, cutOff(401));
        WatchedAccount account = flickr();
        h.run(account);
        int downloads = h.flickr().requests(FlickrSimulator.IMAGE).size();

        h.sims.clock.advance(Duration.ofSeconds(59));
        h.run(account);

        assertThat(h.flickr().requests(FlickrSimulator.IMAGE)).hasSize(downloads);
    }

    @Test
    void aPhotoFailingEveryAttemptEndsFailedAfterFiveAttemptsWithTheLastReason() {
        String broken = flickrPhoto(401, cutOff(401));
        WatchedAccount account = flickr();
        List<Duration> waits = new ArrayList<>();

        for (int attempt = 1; attempt <= 5; attempt++) {
            h.run(account);
            Photo photo = h.photo(SimulatedAccounts.FLICKR_ID, broken);
            if (photo.nextAttemptAt() != null) {
                waits.add(Duration.between(h.sims.clock.instant(), photo.nextAttemptAt()));
                h.sims.clock.advance(waits.get(waits.size() - 1));
            }
        }

        Photo failed = h.photo(SimulatedAccounts.FLICKR_ID, broken);
        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2));
        assertThat(failed.state()).isEqualTo(PhotoState.FAILED);
        assertThat(failed.reason()).startsWith("after 5 attempts: download: ").contains("truncated JPEG");
        assertThat(failed.attempts()).isEqualTo(4);
        assertThat(accountStatus(SimulatedAccounts.FLICKR_ID)).isEqualTo(AccountStatus.OK);
    }

    @Test
    void aTransientImageFailureThatClearsIsCaptionedOnItsNextTry() {
        String photo = flickrPhoto(401);
        WatchedAccount account = flickr();
        h.flickr().faults().once(FlickrSimulator.IMAGE, new Fault.HttpStatus(503, null));

        h.run(account);
        PhotoState afterFailure = h.state(SimulatedAccounts.FLICKR_ID, photo);
        h.sims.clock.advance(Duration.ofMinutes(1));
        h.run(account);

        assertThat(afterFailure).isEqualTo(PhotoState.DISCOVERED);
        assertThat(h.state(SimulatedAccounts.FLICKR_ID, photo)).isEqualTo(PhotoState.POSTED);
        assertThat(h.photo(SimulatedAccounts.FLICKR_ID, photo).attempts()).isZero();
    }

    @Test
    void anImageTheHostDoesNotHaveFailsThePhotoAtOnceAndTheOthersGoOn() {
        String missing = flickrPhoto(401);
        String fine = flickrPhoto(402);
        WatchedAccount account = flickr();
        h.flickr().faults().once(FlickrSimulator.IMAGE, new Fault.HttpStatus(404, null));

        CycleResult run = h.run(account);

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.counts().failed()).isEqualTo(1);
        assertThat(h.state(SimulatedAccounts.FLICKR_ID, missing)).isEqualTo(PhotoState.FAILED);
        assertThat(h.photo(SimulatedAccounts.FLICKR_ID, missing).reason()).startsWith("download: ")
                .contains("HTTP 404");
        assertThat(h.state(SimulatedAccounts.FLICKR_ID, fine)).isEqualTo(PhotoState.POSTED);
    }

    @Test
    void aWriteRefusedForOnePhotoFailsThatPhotoAndTheOthersArePosted() {
        String first = flickrPhoto(401);
        String second = flickrPhoto(402);
        WatchedAccount account = flickr();
        h.flickr().faults().once("flickr.photos.setMeta", new Fault.FlickrError(1, "Photo not found"));

        CycleResult run = h.run(account);

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(List.of(h.state(SimulatedAccounts.FLICKR_ID, first), h.state(SimulatedAccounts.FLICKR_ID,
                second))).containsExactlyInAnyOrder(PhotoState.FAILED, PhotoState.POSTED);
        assertThat(accountStatus(SimulatedAccounts.FLICKR_ID)).isEqualTo(AccountStatus.OK);
    }

    @Test
    void theApisOwnServerErrorOnAWriteBacksTheAccountOff() {
        flickrPhoto(401);
        WatchedAccount account = flickr();
        h.flickr().faults().once("flickr.photos.setMeta", new Fault.HttpStatus(503, null));

        CycleResult run = h.run(account);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(accountStatus(SimulatedAccounts.FLICKR_ID)).isEqualTo(AccountStatus.BACKOFF);
    }

    @Test
    void aRevokedTokenDuringWritesPausesTheAccountWithoutCountingAnAttempt() {
        String photo = flickrPhoto(401);
        WatchedAccount account = flickr();
        h.flickr().faults().once("flickr.photos.setMeta", new Fault.FlickrError(98, "Invalid auth token"));

        h.run(account);

        long id = h.photo(SimulatedAccounts.FLICKR_ID, photo).id();
        assertThat(accountStatus(SimulatedAccounts.FLICKR_ID)).isEqualTo(AccountStatus.PAUSED);
        assertThat(h.state(SimulatedAccounts.FLICKR_ID, photo)).isEqualTo(PhotoState.APPROVED);
        assertThat(h.database.inTransaction(tx -> tx.posts().forPhoto(id)).get(0).attempts()).isZero();
    }

    @Test
    void runOnceRunsAnAccountThatIsBackingOffAndSaysSo() {
        String photo = flickrPhoto(401);
        WatchedAccount account = flickr();
        h.flickr().faults().once("flickr.photos.search", new Fault.HttpStatus(429, "600"));
        h.run(account);

        CycleResult scheduled = h.run(account);
        CycleResult asked = h.cycle(false).run(account, true);

        assertThat(scheduled.notRun()).isTrue();
        assertThat(asked.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(h.state(SimulatedAccounts.FLICKR_ID, photo)).isEqualTo(PhotoState.POSTED);
        assertThat(h.events(PipelineEvent.Kind.ACCOUNT)).extracting(PipelineEvent::detail)
                .anyMatch(line -> line.startsWith("was backing off until ") && line.endsWith("running it because "
                        + "you asked"));
    }

    @Test
    void retryPutsAPhotoThatFailedToDownloadBackInLine() {
        String photo = flickrPhoto(401);
        WatchedAccount account = flickr();
        h.flickr().faults().once(FlickrSimulator.IMAGE, new Fault.HttpStatus(410, null));
        h.run(account);

        List<Requeue.Outcome> outcomes = new Requeue(h.database).failed(null);
        h.run(account);

        assertThat(outcomes).extracting(Requeue.Outcome::requeued).containsExactly(true);
        assertThat(h.state(SimulatedAccounts.FLICKR_ID, photo)).isEqualTo(PhotoState.POSTED);
    }

    @Test
    void retryOfAPhotoWhoseWriteFailedWritesItOnce() {
        String photo = flickrPhoto(401);
        WatchedAccount account = flickr();
        h.flickr().faults().once("flickr.photos.setMeta", new Fault.FlickrError(1, "Photo not found"));
        h.run(account);

        Requeue.Outcome outcome = new Requeue(h.database).photo(SimulatedAccounts.FLICKR_ID, photo);
        h.run(account);
        h.run(account);

        assertThat(outcome.message()).contains("approved again");
        assertThat(h.state(SimulatedAccounts.FLICKR_ID, photo)).isEqualTo(PhotoState.POSTED);
        assertThat(h.flickr().requests("flickr.photos.setMeta")).hasSize(2);
        assertThat(h.flickr().photo(photo).description()).isEqualTo("A photo of object number 401. (auto-generated)");
    }

    @Test
    void retryRefusesAPhotoThatDidNotFail() {
        String photo = flickrPhoto(401);
        WatchedAccount account = flickr();
        h.run(account);

        Requeue.Outcome outcome = new Requeue(h.database).photo(SimulatedAccounts.FLICKR_ID, photo);

        assertThat(outcome.requeued()).isFalse();
        assertThat(outcome.message()).isEqualTo(SimulatedAccounts.FLICKR_ID + "/" + photo + " is posted; only failed "
                + "photos and photos skipped as a bad image can be retried");
    }

    @Test
    void anImageTheEngineCannotTakeStaysOnItsPhotoWhileTheRestOfItsBatchIsCaptioned() {
        h.captioner.crashOn(402);
        String poison = flickrPhoto(402);
        List<String> fine = List.of(flickrPhoto(401), flickrPhoto(403));
        WatchedAccount account = flickr();

        CycleResult run = h.run(account);

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(fine).allMatch(id -> h.state(SimulatedAccounts.FLICKR_ID, id) == PhotoState.POSTED);
        Photo waiting = h.photo(SimulatedAccounts.FLICKR_ID, poison);
        assertThat(waiting.state()).isEqualTo(PhotoState.DISCOVERED);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.reason()).startsWith("captioning: session.run failed on a batch of 1 images");
    }

    @Test
    void anEngineThatFailsEveryImageFailsTheRunAndLeavesThePhotosAsTheyWere() {
        h.captioner.crashOn(401).crashOn(402);
        String first = flickrPhoto(401);
        String second = flickrPhoto(402);
        WatchedAccount account = flickr();

        CycleResult run = h.run(account);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.message()).startsWith("captioner failed: ");
        assertThat(List.of(h.photo(SimulatedAccounts.FLICKR_ID, first), h.photo(SimulatedAccounts.FLICKR_ID,
                second))).allMatch(photo -> photo.state() == PhotoState.DISCOVERED && photo.attempts() == 0);
    }

    @Test
    void anImageTheDecoderCannotReadIsSkippedNamingThePhotoNotItsRowId() {
        String html = flickrPhoto(401, "<html>not an image</html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        WatchedAccount account = flickr();

        h.run(account);

        Photo skipped = h.photo(SimulatedAccounts.FLICKR_ID, html);
        assertThat(skipped.state()).isEqualTo(PhotoState.SKIPPED);
        assertThat(skipped.reason()).startsWith("bad image: image " + SimulatedAccounts.FLICKR_ID + "/" + html + ": ");
    }
}
