package dev.autocaption.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.bot.FakeCaptioner;
import dev.autocaption.bot.SimulatedAccounts;
import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.bot.pipeline.PipelineEvent;
import dev.autocaption.bot.pipeline.PipelineRows;
import dev.autocaption.bot.pipeline.WatchedAccount;
import dev.autocaption.simulator.Fault;
import dev.autocaption.simulator.facebook.GraphPhotoSeed;
import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import dev.autocaption.config.Engine;
import dev.autocaption.config.FilterConfig;
import dev.autocaption.config.ReviewConfig;
import dev.autocaption.config.ReviewMode;
import dev.autocaption.config.WriteMode;
import dev.autocaption.inference.Detection;
import dev.autocaption.store.AccountStatus;
import dev.autocaption.store.CaptionGeneration;
import dev.autocaption.store.Decision;
import dev.autocaption.store.DetectedObject;
import dev.autocaption.store.HistoryEntry;
import dev.autocaption.store.HistoryQuery;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.PostSelection;
import dev.autocaption.store.RunStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineEndToEndTest {
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

    private String flickrPhoto(int width, String description) {
        FlickrPhotoSeed seed = FlickrPhotoSeed.of("photo " + width, UPLOADED.plusSeconds(width)).withSize(width, 300);
        return h.flickr().addPhoto(description == null ? seed : seed.withDescription(description));
    }

    @Test
    void newPhotosArePostedOnceWithTheWriteTemplateAndMarker() {
        h.captioner.say(401, "A dog running on a beach.", 0.9).say(402, "Two cats on a sofa.", 0.8);
        String dog = flickrPhoto(401, null);
        String cats = flickrPhoto(402, null);
        WatchedAccount account = h.watch(h.sims.flickrAccount(ReviewMode.HYBRID, WriteMode.FILL_EMPTY));

        CycleResult first = h.run(account);
        CycleResult second = h.run(account);

        assertThat(first.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(first.counts().posted()).isEqualTo(2);
        assertThat(second.counts().posted()).isZero();
        assertThat(h.flickr().photo(dog).description()).isEqualTo("A dog running on a beach. (auto-generated)");
        assertThat(h.flickr().photo(cats).description()).isEqualTo("Two cats on a sofa. (auto-generated)");
        assertThat(h.flickr().photo(dog).tags()).contains("autocaption:status=captioned");
        assertThat(h.flickr().requests("flickr.photos.setMeta")).hasSize(2);
        assertThat(h.state(SimulatedAccounts.FLICKR_ID, dog)).isEqualTo(PhotoState.POSTED);
        assertThat(h.captioner.batches()).isEqualTo(1);
    }

    @Test
    void photosOfSeveralBatchesReachTheCaptionerAWindowOfFourBatchesPerCall() {
        for (int width = 401; width < 419; width++) {
            flickrPhoto(width, null);
        }
        WatchedAccount account = h.watch(h.sims.flickrAccount(ReviewMode.HYBRID, WriteMode.FILL_EMPTY));

        CycleResult run = h.run(account);

        assertThat(run.counts().posted()).isEqualTo(18);
        assertThat(h.captioner.batches()).isEqualTo(2);
        assertThat(h.captioner.images()).isEqualTo(18);
    }

    @Test
    void detectorCaptionIsPostedWithTheEngineModelAndDetectionsOfItsCaptioning() {
        Detection cat = new Detection("cat", 0.91, 10, 20, 300, 200);
        Detection cup = new Detection("cup", 0.35, 5, 5, 20, 30);
        h.captioner.asDetector().see(401, "May be an image of a cat.", 0.91, cat, cup);
        String photo = flickrPhoto(401, null);
        WatchedAccount account = h.watch(h.sims.flickrAccount(ReviewMode.HYBRID, WriteMode.FILL_EMPTY));

        h.run(account);

        long id = h.photo(SimulatedAccounts.FLICKR_ID, photo).id();
        CaptionGeneration generation = h.database.inTransaction(tx -> tx.captions().latestGeneration(id))
                .orElseThrow();
        HistoryEntry entry = h.database.inTransaction(tx -> tx.history().find(HistoryQuery.all())).get(0);
        assertThat(h.flickr().photo(photo).description()).isEqualTo("May be an image of a cat. (auto-generated)");
        assertThat(generation.engine()).isEqualTo(Engine.DETECTOR);
        assertThat(generation.modelId()).isEqualTo(FakeCaptioner.MODEL_ID);
        assertThat(generation.detections()).containsExactly(new DetectedObject("cat", 0.91, 10, 20, 300, 200),
                new DetectedObject("cup", 0.35, 5, 5, 20, 30));
        assertThat(entry.state()).isEqualTo(PhotoState.POSTED);
        assertThat(entry.engine()).isEqualTo(Engine.DETECTOR);
        assertThat(entry.detections()).isEqualTo(generation.detections());
    }

    @Test
    void humanTextIsNeverOverwritten() {
        h.captioner.say(401, "A dog running on a beach.", 0.9);
        String described = flickrPhoto(401, "Rex at Brighton, summer 2025");
        String later = flickrPhoto(402, null);
        WatchedAccount account = h.watch(h.sims.flickrAccount(ReviewMode.REVIEW, WriteMode.FILL_EMPTY));
        h.run(account);
        h.personWrites(later, "My own words");
        h.approve(SimulatedAccounts.FLICKR_ID + "/" + later + ": approve");

        h.run(account);

        assertThat(h.flickr().photo(described).description()).isEqualTo("Rex at Brighton, summer 2025");
        assertThat(h.flickr().photo(later).description()).isEqualTo("My own words");
        assertThat(h.photo(SimulatedAccounts.FLICKR_ID, described).reason()).isEqualTo("human text");
        assertThat(h.photo(SimulatedAccounts.FLICKR_ID, later).state()).isEqualTo(PhotoState.SKIPPED);
        assertThat(h.photo(SimulatedAccounts.FLICKR_ID, later).reason()).isEqualTo("human text");
        assertThat(h.flickr().requests("flickr.photos.setMeta")).hasSize(1);
    }

    @Test
    void lowScoresAreDropped() {
        h.captioner.say(401, "A blurry thing on a table.", 0.1);
        String blurry = flickrPhoto(401, null);
        WatchedAccount account = h.watch(h.sims.flickrAccount(ReviewMode.HYBRID, WriteMode.FILL_EMPTY));

        CycleResult result = h.run(account);

        assertThat(result.counts().dropped()).isEqualTo(1);
        assertThat(h.photo(SimulatedAccounts.FLICKR_ID, blurry).reason()).isEqualTo("score 0.10 < drop-below 0.30");
        assertThat(h.flickr().photo(blurry).description()).isEmpty();
    }

    @Test
    void middleBandIsQueuedAndPostedOnlyAfterAnApprovalsFileDecision() throws Exception {
        h.captioner.say(401, "A man riding a horse.", 0.45).say(402, "A bowl of fruit on a table.", 0.5);
        String horse = flickrPhoto(401, null);
        String fruit = flickrPhoto(402, null);
        WatchedAccount account = h.watch(h.sims.flickrAccount(ReviewMode.HYBRID, WriteMode.FILL_EMPTY));
        h.run(account);
        h.run(account);
        assertThat(h.state(SimulatedAccounts.FLICKR_ID, horse)).isEqualTo(PhotoState.QUEUED);
        assertThat(h.flickr().requests("flickr.photos.setMeta")).isEmpty();

        Files.writeString(h.sims.approvalsFile(), "decisions:\n  flickr-main/" + horse + ": 2\n  flickr-main/"
                + fruit + ": \"Apples and pears in a bowl.\"\n  flickr-main/999: approve\n  other/1: reject\n");
        h.run(account);
        h.run(account);

        assertThat(h.flickr().photo(horse).description()).isEqualTo("A picture of something. (auto-generated)");
        assertThat(h.flickr().photo(fruit).description()).isEqualTo("Apples and pears in a bowl.");
        assertThat(h.flickr().requests("flickr.photos.setMeta")).hasSize(2);
        assertThat(h.events(PipelineEvent.Kind.APPROVALS)).extracting(PipelineEvent::detail).contains(
                "waiting: flickr-main/999: no such photo has been seen on flickr-main (yet)",
                "ignored: other/1: no account other in the config");
        assertThat(h.database.inTransaction(tx -> tx.decisions().latest(h.photo(SimulatedAccounts.FLICKR_ID, horse)
                .id())).orElseThrow().source().code()).isEqualTo("config");
    }

    @Test
    void decisionOnAnAlreadyPostedPhotoIsReportedAndIgnored() throws Exception {
        h.captioner.say(401, "A dog running on a beach.", 0.9);
        String dog = flickrPhoto(401, null);
        WatchedAccount account = h.watch(h.sims.flickrAccount(ReviewMode.HYBRID, WriteMode.FILL_EMPTY));
        h.run(account);

        Files.writeString(h.sims.approvalsFile(), "decisions:\n  flickr-main/" + dog + ": reject\n  bad key: 1\n");
        h.run(account);
        h.run(account);

        assertThat(h.events(PipelineEvent.Kind.APPROVALS)).extracting(PipelineEvent::detail).containsExactly(
                "problem: " + h.sims.approvalsFile() + ": decisions.bad key: expected a key <account id>/<photo id>",
                "ignored: flickr-main/" + dog + ": already posted; decision ignored");
        assertThat(h.state(SimulatedAccounts.FLICKR_ID, dog)).isEqualTo(PhotoState.POSTED);
    }

    @Test
    void revokedTokenPausesOnlyThatAccount() {
        h.captioner.say(401, "A dog running on a beach.", 0.9).say(501, "A red car on a street.", 0.9);
        flickrPhoto(401, null);
        String fbPhoto = h.sims.graph.addPhoto(GraphPhotoSeed.of(UPLOADED).withSize(501, 300));
        WatchedAccount flickr = h.watch(h.sims.flickrAccount(ReviewMode.HYBRID, WriteMode.FILL_EMPTY));
        WatchedAccount page = h.watch(h.sims.pageAccount(ReviewMode.HYBRID));
        h.flickr().revoke(TestAccounts.FLICKR_TOKEN);

        CycleResult flickrResult = h.run(flickr);
        CycleResult pageResult = h.run(page);
        CycleResult again = h.run(flickr);

        assertThat(flickrResult.status()).isEqualTo(RunStatus.FAILED);
        assertThat(h.database.inTransaction(tx -> tx.accounts().find(SimulatedAccounts.FLICKR_ID)).orElseThrow()
                .status()).isEqualTo(AccountStatus.PAUSED);
        assertThat(again.notRun()).isTrue();
        assertThat(again.message()).startsWith("paused: ");
        assertThat(pageResult.counts().posted()).isEqualTo(1);
        assertThat(h.sims.graph.photo(fbPhoto).storyMessage()).isEqualTo("A red car on a street. (auto-generated)");
    }

    @Test
    void rateLimitStormBacksOffAndRecovers() {
        h.captioner.say(401, "A dog running on a beach.", 0.9);
        String dog = flickrPhoto(401, null);
        WatchedAccount account = h.watch(h.sims.flickrAccount(ReviewMode.HYBRID, WriteMode.FILL_EMPTY));
        h.flickr().faults().times("flickr.photos.search", 2, new Fault.HttpStatus(429, "120"));

        CycleResult limited = h.run(account);
        CycleResult resting = h.run(account);
        h.sims.clock.advance(Duration.ofMinutes(3));
        CycleResult stillLimited = h.run(account);
        h.sims.clock.advance(Duration.ofMinutes(5));
        CycleResult recovered = h.run(account);

        assertThat(limited.status()).isEqualTo(RunStatus.FAILED);
        assertThat(limited.message()).startsWith("backing off 1 min");
        assertThat(resting.notRun()).isTrue();
        assertThat(stillLimited.message()).startsWith("backing off 2 min");
        assertThat(recovered.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(h.flickr().photo(dog).description()).isEqualTo("A dog running on a beach. (auto-generated)");
        assertThat(h.database.inTransaction(tx -> tx.accounts().find(SimulatedAccounts.FLICKR_ID)).orElseThrow()
                .status()).isEqualTo(AccountStatus.OK);
    }

    @Test
    void serverErrorsOnWriteAreRetriedLaterAndPostOnce() {
        h.captioner.say(401, "A dog running on a beach.", 0.9);
        String dog = flickrPhoto(401, null);
        WatchedAccount account = h.watch(h.sims.flickrAccount(ReviewMode.HYBRID, WriteMode.FILL_EMPTY));
        h.flickr().faults().times("flickr.photos.setMeta", 3, new Fault.HttpStatus(503, null));

        for (int i = 0; i < 6; i++) {
            h.run(account);
            h.sims.clock.advance(Duration.ofMinutes(20));
        }

        assertThat(h.flickr().photo(dog).description()).isEqualTo("A dog running on a beach. (auto-generated)");
        assertThat(h.state(SimulatedAccounts.FLICKR_ID, dog)).isEqualTo(PhotoState.POSTED);
        assertThat(h.database.inTransaction(tx -> tx.posts().forPhoto(h.photo(SimulatedAccounts.FLICKR_ID, dog)
                .id())).get(0).attempts()).isEqualTo(4);
    }

    @Test
    void rollbackRestoresExactlyAndIsIdempotent() {
        h.captioner.say(401, "A dog running on a beach.", 0.9).say(402, "Two cats on a sofa.", 0.9)
                .say(501, "A red car on a street.", 0.9);
        String dog = flickrPhoto(401, null);
        String cats = flickrPhoto(402, "Our cats");
        String car = h.sims.graph.addPhoto(GraphPhotoSeed.of(UPLOADED).withSize(501, 300));
        WatchedAccount flickr = h.watch(h.sims.flickrAccount(ReviewMode.HYBRID, WriteMode.APPEND));
        WatchedAccount page = h.watch(h.sims.pageAccount(ReviewMode.HYBRID));
        h.run(flickr);
        h.run(page);
        assertThat(h.flickr().photo(cats).description()).isEqualTo("Our cats\n\nTwo cats on a sofa. (auto-generated)");

        var undone = h.rollback().run(PostSelection.all(), false);
        var again = h.rollback().run(PostSelection.all(), false);

        assertThat(undone).hasSize(3).allMatch(item -> item.problem() == null);
        assertThat(again).isEmpty();
        assertThat(h.flickr().photo(dog).description()).isEmpty();
        assertThat(h.flickr().photo(cats).description()).isEqualTo("Our cats");
        assertThat(h.flickr().photo(dog).tags()).noneMatch(tag -> tag.startsWith("autocaption"));
        assertThat(h.sims.graph.photo(car).storyMessage()).isEmpty();
        assertThat(h.state(SimulatedAccounts.FLICKR_ID, dog)).isEqualTo(PhotoState.ROLLED_BACK);
    }

    @Test
    void crashBetweenRemoteWriteAndCommitIsReconciledNotWrittenAgain() throws Exception {
        h.captioner.say(401, "A dog running on a beach.", 0.9);
        String dog = flickrPhoto(401, null);
        WatchedAccount account = h.watch(h.sims.flickrAccount(ReviewMode.REVIEW, WriteMode.FILL_EMPTY));
        h.run(account);
        h.approveNow(SimulatedAccounts.FLICKR_ID, dog);
        h.crashAfterRemoteWrite(account, dog);

        h.run(account);

        assertThat(h.flickr().requests("flickr.photos.setMeta")).hasSize(1);
        assertThat(h.state(SimulatedAccounts.FLICKR_ID, dog)).isEqualTo(PhotoState.POSTED);
        assertThat(h.events(PipelineEvent.Kind.RECONCILED)).hasSize(1);
        h.rollback().run(PostSelection.all(), false);
        assertThat(h.flickr().photo(dog).description()).isEmpty();
        assertThat(h.flickr().photo(dog).tags()).noneMatch(tag -> tag.startsWith("autocaption"));
    }

    @Test
    void imageThatAlwaysArrivesTruncatedIsGivenUpAfterFiveAttemptsWithoutHoldingTheAccount() {
        String broken = flickrPhoto(401, null);
        WatchedAccount account = h.watch(h.sims.flickrAccount(ReviewMode.HYBRID, WriteMode.FILL_EMPTY));
        h.flickr().faults().always(dev.autocaption.simulator.flickr.FlickrSimulator.IMAGE,
                new Fault.Truncate(10));

        for (int i = 0; i < 6; i++) {
            h.run(account);
            h.sims.clock.advance(Duration.ofHours(3));
        }

        assertThat(h.state(SimulatedAccounts.FLICKR_ID, broken)).isEqualTo(PhotoState.FAILED);
        assertThat(h.photo(SimulatedAccounts.FLICKR_ID, broken).reason()).startsWith("after 5 attempts: download: ");
        assertThat(h.database.inTransaction(tx -> tx.accounts().find(SimulatedAccounts.FLICKR_ID)).orElseThrow()
                .status()).isEqualTo(AccountStatus.OK);
    }

    @Test
    void dryRunWritesNothingAndSaysWhatItWouldWrite() {
        h.captioner.say(401, "A dog running on a beach.", 0.9);
        String dog = flickrPhoto(401, null);
        WatchedAccount account = h.watch(h.sims.flickrAccount(ReviewMode.HYBRID, WriteMode.FILL_EMPTY));

        h.cycle(true).run(account);

        assertThat(h.flickr().requests("flickr.photos.setMeta")).isEmpty();
        assertThat(h.flickr().requests("flickr.photos.addTags")).isEmpty();
        assertThat(h.events(PipelineEvent.Kind.WOULD_POST)).extracting(PipelineEvent::detail)
                .containsExactly("would write \"A dog running on a beach. (auto-generated)\"");
        assertThat(h.state(SimulatedAccounts.FLICKR_ID, dog)).isEqualTo(PhotoState.APPROVED);
    }

    @Test
    void accountWithItsOwnApprovalsFileTakesOnlyItsOwnKeysFromIt() throws Exception {
        h.captioner.say(401, "A dog running on a beach.", 0.9).say(501, "A red car on a street.", 0.9);
        String dog = flickrPhoto(401, null);
        String car = h.sims.graph.addPhoto(GraphPhotoSeed.of(UPLOADED).withSize(501, 300));
        Path shopFile = dir.resolve("shop-approvals.yaml");
        var pageConfig = h.sims.pageAccount(ReviewMode.REVIEW);
        WatchedAccount flickr = h.watch(h.sims.flickrAccount(ReviewMode.REVIEW, WriteMode.FILL_EMPTY));
        WatchedAccount page = h.watch(SimulatedAccounts.with(pageConfig, pageConfig.filter(),
                new ReviewConfig(ReviewMode.REVIEW, shopFile)));
        h.run(flickr);
        h.run(page);
        Files.writeString(shopFile, "decisions:\n  fb-shop/" + car + ": approve\n  flickr-main/" + dog + ": approve\n");
        h.approve("fb-shop/" + car + ": reject");

        h.run(flickr);
        h.run(page);
        h.run(page);

        assertThat(h.sims.graph.photo(car).storyMessage()).isEqualTo("A red car on a street. (auto-generated)");
        long carId = h.photo(SimulatedAccounts.PAGE_ID, car).id();
        List<Decision> decisions = h.database.inTransaction(tx -> tx.decisions()
                .forPhoto(carId));
        assertThat(decisions).hasSize(1);
        assertThat(h.state(SimulatedAccounts.FLICKR_ID, dog)).isEqualTo(PhotoState.QUEUED);
        assertThat(h.events(PipelineEvent.Kind.APPROVALS)).extracting(PipelineEvent::detail).containsExactly(
                "ignored: fb-shop/" + car + " in " + h.sims.approvalsFile() + ": account fb-shop reads its "
                        + "decisions from " + shopFile,
                "fb-shop/" + car + ": approved candidate 1 \"A red car on a street.\"",
                "ignored: flickr-main/" + dog + " in " + shopFile + ": account flickr-main reads its decisions "
                        + "from " + h.sims.approvalsFile());
    }

    @Test
    void hedgedMiddleBandIsPostedAndRecordedAsWrittenInAutoMode() {
        h.captioner.say(401, "A man riding a horse.", 0.45);
        String horse = flickrPhoto(401, null);
        var config = h.sims.flickrAccount(ReviewMode.AUTO, WriteMode.FILL_EMPTY);
        WatchedAccount account = h.watch(SimulatedAccounts.with(config, new FilterConfig(0.6, 0.3, 3, List.of(),
                true), config.review()));

        CycleResult result = h.run(account);

        assertThat(result.counts().posted()).isEqualTo(1);
        assertThat(h.flickr().photo(horse).description()).isEqualTo("May show a man riding a horse. (auto-generated)");
        long photoId = h.photo(SimulatedAccounts.FLICKR_ID, horse).id();
        var post = h.database.inTransaction(tx -> tx.posts().forPhoto(photoId)).get(0);
        assertThat(post.request().text()).isEqualTo("May show a man riding a horse. (auto-generated)");
        java.util.Optional<String> recorded = h.database.inTransaction(tx -> PipelineRows.captionText(tx, post.id()));
        assertThat(recorded).contains("May show a man riding a horse.");
        h.rollback().run(PostSelection.all(), false);
        assertThat(h.flickr().photo(horse).description()).isEmpty();
    }

    @Test
    void commentModeCrashBetweenCommentAndCommitAdoptsTheCommentOnRestart() throws Exception {
        h.captioner.say(501, "A red car on a street.", 0.9);
        h.sims.graph.rejectDuplicateComments(false);
        String car = h.sims.graph.addPhoto(GraphPhotoSeed.of(UPLOADED).withSize(501, 300));
        WatchedAccount page = h.watch(h.sims.pageAccount(ReviewMode.REVIEW, WriteMode.COMMENT));
        h.run(page);
        h.approveNow(SimulatedAccounts.PAGE_ID, car);
        h.crashAfterRemoteWrite(page, car);

        h.run(page);

        assertThat(h.sims.graph.photo(car).comments()).containsExactly("A red car on a street. (auto-generated)");
        assertThat(h.sims.graph.requests("comment.create")).hasSize(1);
        assertThat(h.state(SimulatedAccounts.PAGE_ID, car)).isEqualTo(PhotoState.POSTED);
        assertThat(h.events(PipelineEvent.Kind.RECONCILED)).hasSize(1);
        h.rollback().run(PostSelection.all(), false);
        assertThat(h.sims.graph.photo(car).comments()).isEmpty();
    }
}
