package dev.autocaption.bot.approval;

import dev.autocaption.bot.connector.flickr.FlickrPlatform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.autocaption.bot.SimulatedAccounts;
import dev.autocaption.config.Engine;
import dev.autocaption.config.ReviewMode;
import dev.autocaption.config.StoreConfig;
import dev.autocaption.config.WriteMode;
import dev.autocaption.store.CaptionCandidate;
import dev.autocaption.store.Database;
import dev.autocaption.store.Decision;
import dev.autocaption.store.DecisionSource;
import dev.autocaption.store.DiscoveredPhoto;
import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import dev.autocaption.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeenStateTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    @TempDir
    Path dir;
    Database database;
    ApprovalWorkflow workflow;
    Photo photo;

    @BeforeEach
    void queueAPhoto() {
        database = Database.open(new StoreConfig("jdbc:h2:mem:" + UUID.randomUUID()), clock);
        try (SimulatedAccounts sims = new SimulatedAccounts(dir)) {
            var account = sims.flickrAccount(ReviewMode.HYBRID, WriteMode.FILL_EMPTY);
            workflow = new ApprovalWorkflow(database, id -> id.equals(account.id()) ? account : null);
        }
        photo = database.inTransaction(tx -> {
            tx.accounts().upsert("flickr-main", FlickrPlatform.TYPE);
            Photo p = tx.photos().insertIfAbsent(new DiscoveredPhoto("flickr-main", "101", "http://x/1.jpg",
                    clock.instant(), "Beach", null, List.of())).photo();
            tx.captions().saveCandidates(p.id(), List.of(new CaptionCandidate(1, "A dog on a beach.",
                    List.of("a", "dog", "on", "a", "beach"), -2.0, 0.135, 0.55, "demo-1", Engine.SHOW_AND_TELL)));
            tx.photos().transition(p.id(), PhotoState.DISCOVERED, PhotoState.CAPTIONED, null);
            return tx.photos().transition(p.id(), PhotoState.CAPTIONED, PhotoState.QUEUED, "band");
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aDecisionOnThePhotoAsSeenIsApplied() {
        SeenState seen = seen();

        ApprovalWorkflow.Outcome outcome = workflow.apply(Approval.approve("flickr-main", "101", 1),
                DecisionSource.WEB, seen);

        assertThat(outcome.result()).isEqualTo(ApprovalWorkflow.Result.APPLIED);
    }

    @Test
    void aDecisionAfterAnotherOneMeanwhileIsRefusedAndRecordsNothing() {
        SeenState seen = seen();
        clock.advance(Duration.ofSeconds(5));
        workflow.apply(Approval.approve("flickr-main", "101", 1), DecisionSource.CONFIG);

        ApprovalWorkflow.Outcome outcome = workflow.apply(Approval.reject("flickr-main", "101"), DecisionSource.WEB,
                seen);

        assertThat(outcome.result()).isEqualTo(ApprovalWorkflow.Result.REFUSED);
        assertThat(outcome.message()).isEqualTo("flickr-main/101: changed since the page showed it: now approved "
                + "(approved (config)); last decision: approve from config at 2026-01-01T00:00:05Z; your decision "
                + "was not applied (reload to see the photo as it is now)");
        List<Decision> decisions = database.inTransaction(tx -> tx.decisions()
                .forPhoto(photo.id()));
        assertThat(decisions).hasSize(1);
    }

    @Test
    void aRejectionOfADroppedPhotoCountsAsAChangeThoughTheStateStays() {
        workflow.apply(Approval.reject("flickr-main", "101"), DecisionSource.CLI);
        SeenState seen = seen();
        workflow.apply(Approval.reject("flickr-main", "101"), DecisionSource.CLI);

        assertThat(workflow.apply(Approval.approve("flickr-main", "101", 1), DecisionSource.WEB, seen).result())
                .isEqualTo(ApprovalWorkflow.Result.REFUSED);
    }

    @Test
    void theTokenReadsBack() {
        SeenState seen = seen();

        assertThat(SeenState.parse(seen.token())).isEqualTo(seen);
        assertThat(seen.token()).isEqualTo("queued.1767225600000.0");
    }

    @Test
    void aTokenThatIsNoneIsRefusedNamingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> SeenState.parse("queued.yesterday"))
                .withMessage("not a seen-state token (state.millis.decision): queued.yesterday");
    }

    private SeenState seen() {
        return database.inTransaction(tx -> SeenState.of(tx, tx.photos().find(photo.id()).orElseThrow()));
    }
}
