package dev.autocaption.store;

import static dev.autocaption.store.StoreFixtures.FLICKR;
import static dev.autocaption.store.StoreFixtures.PAGE;
import static dev.autocaption.store.StoreFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.autocaption.testing.MutableClock;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@StoreTest
class PostRepositoryTest {
    private Database database;
    private MutableClock clock;
    private long flickrPhoto;
    private long pagePhoto;

    @BeforeEach
    void photos(Database store, MutableClock storeClock) {
        database = store;
        clock = storeClock;
        database.useTransaction(StoreFixtures::accounts);
        flickrPhoto = database.inTransaction(tx -> StoreFixtures.photo(tx, FLICKR, "1").id());
        pagePhoto = database.inTransaction(tx -> StoreFixtures.photo(tx, PAGE, "2").id());
    }

    @Test
    void enqueueAddsAPendingEntryDueNow() {
        PostEnqueue enqueue = database.inTransaction(tx -> tx.posts().enqueue(post("k1", flickrPhoto, null)));

        assertThat(enqueue.created()).isTrue();
        assertThat(enqueue.post().state()).isEqualTo(PostState.PENDING);
        assertThat(enqueue.post().attempts()).isZero();
        assertThat(enqueue.post().nextAttemptAt()).isEqualTo(StoreFixtures.START);
        assertThat(enqueue.post().request()).isEqualTo(post("k1", flickrPhoto, null));
    }

    @Test
    void enqueueTwiceWithTheSameKeyKeepsOneEntry() {
        Post first = database.inTransaction(tx -> tx.posts().enqueue(post("k1", flickrPhoto, null))).post();

        PostEnqueue again = database.inTransaction(tx -> tx.posts().enqueue(post("k1", flickrPhoto, null)));
        List<Post> all = database.inTransaction(tx -> tx.posts().forPhoto(flickrPhoto));

        assertThat(again.created()).isFalse();
        assertThat(again.post()).isEqualTo(first);
        assertThat(all).hasSize(1);
    }

    @Test
    void sameKeyForAnotherPhotoIsRejected() {
        database.useTransaction(tx -> tx.posts().enqueue(post("k1", flickrPhoto, null)));

        assertThatThrownBy(() -> database.useTransaction(tx -> tx.posts().enqueue(post("k1", pagePhoto, null))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("idempotency key k1 is already used by post 1 for photo id " + flickrPhoto
                        + ", not photo id " + pagePhoto);
    }

    @Test
    void schemaEnforcesUniqueIdempotencyKeys() {
        database.useTransaction(tx -> tx.posts().enqueue(post("k1", flickrPhoto, null)));

        Throwable refused = catchThrowable(() -> database.useTransaction(tx -> {
            try (PreparedStatement copy = tx.connection().prepareStatement("INSERT INTO posts (idempotency_key,"
                    + " photo_id, write_mode, written_text, state, next_attempt_at, created_at, updated_at)"
                    + " SELECT idempotency_key, photo_id, write_mode, written_text, state, next_attempt_at,"
                    + " created_at, updated_at FROM posts")) {
                copy.executeUpdate();
            }
        }));

        assertThat(refused).isInstanceOf(StoreException.class).message()
                .containsIgnoringCase("posts_idempotency_key_uq");
        assertThat(refused.getCause()).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).as("SQLSTATE unique_violation").isEqualTo("23505"));
    }

    @Test
    void claimNextTakesTheOldestDueEntryAndCountsAnAttempt() {
        database.useTransaction(tx -> {
            tx.posts().enqueue(post("k1", flickrPhoto, null));
            clock.advance(Duration.ofSeconds(1));
            tx.posts().enqueue(post("k2", pagePhoto, null));
        });

        Optional<Post> first = database.inTransaction(tx -> tx.posts().claimNext(null));
        Optional<Post> second = database.inTransaction(tx -> tx.posts().claimNext(null));
        Optional<Post> none = database.inTransaction(tx -> tx.posts().claimNext(null));

        assertThat(first).map(Post::idempotencyKey).contains("k1");
        assertThat(first).map(Post::state).contains(PostState.CLAIMED);
        assertThat(first).map(Post::attempts).contains(1);
        assertThat(second).map(Post::idempotencyKey).contains("k2");
        assertThat(none).isEmpty();
    }

    @Test
    void claimNextOnlyTakesTheGivenAccount() {
        database.useTransaction(tx -> tx.posts().enqueue(post("k1", flickrPhoto, null)));

        Optional<Post> page = database.inTransaction(tx -> tx.posts().claimNext(PAGE));
        Optional<Post> flickr = database.inTransaction(tx -> tx.posts().claimNext(FLICKR));

        assertThat(page).isEmpty();
        assertThat(flickr).isPresent();
    }

    @Test
    void retryReturnsTheEntryToPendingUntilItIsDue() {
        long id = database.inTransaction(tx -> tx.posts().enqueue(post("k1", flickrPhoto, null))).post().id();
        database.useTransaction(tx -> tx.posts().claim(id));
        database.useTransaction(tx -> tx.posts().markRetry(id, "HTTP 503", clock.instant().plusSeconds(60)));

        Optional<Post> early = database.inTransaction(tx -> tx.posts().claimNext(null));
        clock.advance(Duration.ofSeconds(60));
        Optional<Post> due = database.inTransaction(tx -> tx.posts().claimNext(null));

        assertThat(early).isEmpty();
        assertThat(due).map(Post::attempts).contains(2);
        assertThat(due).map(Post::lastError).contains("HTTP 503");
    }

    @Test
    void doneEntryKeepsPreviousTextAndCreatedRemoteIds() {
        long id = database.inTransaction(tx -> tx.posts().enqueue(post("k1", pagePhoto, null))).post().id();
        database.useTransaction(tx -> {
            tx.posts().claim(id);
            tx.posts().recordPreviousText(id, "old message");
        });
        clock.advance(Duration.ofSeconds(2));

        Post done = database.inTransaction(tx -> tx.posts().markDone(id, List.of("2_998877")));

        assertThat(done.state()).isEqualTo(PostState.DONE);
        assertThat(done.previousText()).isEqualTo("old message");
        assertThat(done.createdRemoteIds()).containsExactly("2_998877");
        assertThat(done.postedAt()).isEqualTo(clock.instant());
    }

    @Test
    void markingDoneAnEntryThatIsNotClaimedFailsWithItsState() {
        long id = database.inTransaction(tx -> tx.posts().enqueue(post("k1", flickrPhoto, null))).post().id();

        assertThatThrownBy(() -> database.useTransaction(tx -> tx.posts().markDone(id, List.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot mark done post " + id + " (key k1, photo id " + flickrPhoto
                        + "): it is pending, expected claimed");
    }

    @Test
    void failedEntryIsNotClaimedAgain() {
        long id = database.inTransaction(tx -> tx.posts().enqueue(post("k1", flickrPhoto, null))).post().id();
        database.useTransaction(tx -> tx.posts().claim(id));

        Post failed = database.inTransaction(tx -> tx.posts().markFailed(id, "permission missing: write"));
        Optional<Post> next = database.inTransaction(tx -> tx.posts().claimNext(null));

        assertThat(failed.state()).isEqualTo(PostState.FAILED);
        assertThat(failed.lastError()).isEqualTo("permission missing: write");
        assertThat(next).isEmpty();
    }

    @Test
    void aWithdrawnEntryIsNeverClaimed() {
        long id = database.inTransaction(tx -> tx.posts().enqueue(post("k1", flickrPhoto, null))).post().id();

        Post withdrawn = database.inTransaction(tx -> tx.posts().withdraw(id, "rejected (cli)"));
        Optional<Post> next = database.inTransaction(tx -> tx.posts().claimNext(null));

        assertThat(withdrawn.state()).isEqualTo(PostState.WITHDRAWN);
        assertThat(next).isEmpty();
        List<Event> events = database.inTransaction(tx -> tx.events().forPhoto(flickrPhoto));
        assertThat(events).extracting(Event::message)
                .contains("post " + id + " withdrawn: rejected (cli)");
    }

    @Test
    void writtenAfterCountsTheAccountsWritesAfterTheInstantRolledBackOrNot() {
        long first = database.inTransaction(tx -> tx.posts().enqueue(post("k1", flickrPhoto, null))).post().id();
        database.useTransaction(tx -> tx.posts().markDone(tx.posts().claim(first).id(), List.of()));
        database.useTransaction(tx -> tx.posts().markRolledBack(first));
        clock.advance(Duration.ofHours(1));
        long second = database.inTransaction(tx -> tx.posts().enqueue(post("k2", flickrPhoto, null))).post().id();
        database.useTransaction(tx -> tx.posts().markDone(tx.posts().claim(second).id(), List.of()));

        List<Post> all = database.inTransaction(tx -> tx.posts().writtenAfter(FLICKR, StoreFixtures.START.minusSeconds(1)));
        List<Post> later = database.inTransaction(tx -> tx.posts().writtenAfter(FLICKR, StoreFixtures.START));
        List<Post> page = database.inTransaction(tx -> tx.posts().writtenAfter(PAGE, StoreFixtures.START.minusSeconds(1)));

        assertThat(all).extracting(Post::id).containsExactly(first, second);
        assertThat(later).extracting(Post::id).containsExactly(second);
        assertThat(page).isEmpty();
    }

    @Test
    void aClaimedEntryCannotBeWithdrawn() {
        long id = database.inTransaction(tx -> tx.posts().enqueue(post("k1", flickrPhoto, null))).post().id();
        database.useTransaction(tx -> tx.posts().claim(id));

        assertThatThrownBy(() -> database.useTransaction(tx -> tx.posts().withdraw(id, "rejected (cli)")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot withdraw post " + id + " (key k1, photo id " + flickrPhoto
                        + "): it is claimed, expected pending");
    }

    @Test
    void claimedEntriesAreFoundForReconciliationAfterACrash() {
        long id = database.inTransaction(tx -> tx.posts().enqueue(post("k1", flickrPhoto, null))).post().id();
        database.useTransaction(tx -> tx.posts().claim(id));

        List<Post> claimed = database.inTransaction(tx -> tx.posts().inState(PostState.CLAIMED));

        assertThat(claimed).extracting(Post::id).containsExactly(id);
    }

    @Test
    void findPostedSelectsByRunModelAccountAndPhoto() {
        long runId = database.inTransaction(tx -> tx.runs().start(FLICKR, "cycle")).id();
        long flickrPost = posted(post("k1", flickrPhoto, runId));
        long pagePost = posted(new NewPost("k2", pagePhoto, null, null, null, "other-model", 0.9,
                dev.autocaption.config.WriteMode.COMMENT, "a cat"));

        assertThat(posted(PostSelection.ofRun(runId))).containsExactly(flickrPost);
        assertThat(posted(PostSelection.ofModel("other-model"))).containsExactly(pagePost);
        assertThat(posted(PostSelection.ofAccount(PAGE, null))).containsExactly(pagePost);
        assertThat(posted(PostSelection.ofAccount(PAGE, clock.instant().plusSeconds(1)))).isEmpty();
        assertThat(posted(PostSelection.ofPhoto(flickrPhoto))).containsExactly(flickrPost);
        assertThat(posted(PostSelection.all())).containsExactly(flickrPost, pagePost);
    }

    @Test
    void rolledBackEntriesLeaveThePostedSelection() {
        long id = posted(post("k1", flickrPhoto, null));

        Post rolledBack = database.inTransaction(tx -> tx.posts().markRolledBack(id));

        assertThat(rolledBack.rolledBackAt()).isEqualTo(clock.instant());
        assertThat(posted(PostSelection.all())).isEmpty();
    }

    private long posted(NewPost request) {
        return database.inTransaction(tx -> {
            long id = tx.posts().enqueue(request).post().id();
            tx.posts().claim(id);
            return tx.posts().markDone(id, List.of()).id();
        });
    }

    private List<Long> posted(PostSelection selection) {
        return database.inTransaction(tx -> tx.posts().findPosted(selection).stream().map(Post::id).toList());
    }

    @Test
    void releaseReturnsAClaimedEntryWithoutCountingTheAttempt() {
        database.useTransaction(tx -> tx.posts().enqueue(post("k1", flickrPhoto, null)));
        Post claimed = database.inTransaction(tx -> tx.posts().claimNext(null)).orElseThrow();

        Post released = database.inTransaction(tx -> tx.posts().release(claimed.id(), "token revoked",
                clock.instant()));

        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(released.state()).isEqualTo(PostState.PENDING);
        assertThat(released.attempts()).isZero();
    }

    @Test
    void requeuePutsAFailedEntryBackDueNowWithItsKeyAndText() {
        database.useTransaction(tx -> tx.posts().enqueue(post("k1", flickrPhoto, null)));
        Post claimed = database.inTransaction(tx -> tx.posts().claimNext(null)).orElseThrow();
        database.useTransaction(tx -> tx.posts().markFailed(claimed.id(), "photo not found"));
        clock.advance(java.time.Duration.ofHours(1));

        Post requeued = database.inTransaction(tx -> tx.posts().requeue(claimed.id()));
        Optional<Post> due = database.inTransaction(tx -> tx.posts().claimNext(null));

        assertThat(requeued.state()).isEqualTo(PostState.PENDING);
        assertThat(requeued.attempts()).isZero();
        assertThat(due).map(Post::idempotencyKey).contains("k1");
        assertThat(due.get().request().text()).isEqualTo(claimed.request().text());
    }
}
