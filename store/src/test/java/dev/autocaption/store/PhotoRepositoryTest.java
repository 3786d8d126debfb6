package dev.autocaption.store;

import static dev.autocaption.store.StoreFixtures.FLICKR;
import static dev.autocaption.store.StoreFixtures.PAGE;
import static dev.autocaption.store.StoreFixtures.discovered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@StoreTest
class PhotoRepositoryTest {
    private Database database;
    private MutableClock clock;

    @BeforeEach
    void accounts(Database store, MutableClock storeClock) {
        database = store;
        clock = storeClock;
        database.useTransaction(StoreFixtures::accounts);
    }

    @Test
    void insertIfAbsentStoresANewPhotoAsDiscovered() {
        PhotoInsert insert = database.inTransaction(tx -> tx.photos().insertIfAbsent(discovered(FLICKR, "123")));

        assertThat(insert.created()).isTrue();
        Photo photo = insert.photo();
        assertThat(photo.key()).isEqualTo("flickr-main/123");
        assertThat(photo.state()).isEqualTo(PhotoState.DISCOVERED);
        assertThat(photo.tags()).containsExactly("holiday", "beach");
        assertThat(photo.imageUrl()).isEqualTo("https://live.example/123.jpg");
        assertThat(photo.discoveredAt()).isEqualTo(StoreFixtures.START);
    }

    @Test
    void insertIfAbsentTwiceKeepsTheFirstPhoto() {
        Photo first = database.inTransaction(tx -> tx.photos().insertIfAbsent(discovered(FLICKR, "123"))).photo();
        clock.advance(Duration.ofMinutes(5));
        DiscoveredPhoto changed = new DiscoveredPhoto(FLICKR, "123", null, null, "renamed", "text", List.of());

        PhotoInsert again = database.inTransaction(tx -> tx.photos().insertIfAbsent(changed));

        assertThat(again.created()).isFalse();
        assertThat(again.photo()).isEqualTo(first);
    }

    @Test
    void sameRemoteIdOnAnotherAccountIsAnotherPhoto() {
        PhotoInsert page = database.inTransaction(tx -> {
            tx.photos().insertIfAbsent(discovered(FLICKR, "123"));
            return tx.photos().insertIfAbsent(discovered(PAGE, "123"));
        });

        assertThat(page.created()).isTrue();
        assertThat(page.photo().accountId()).isEqualTo(PAGE);
    }

    @Test
    void findByAccountAndRemoteId() {
        Photo stored = database.inTransaction(tx -> StoreFixtures.photo(tx, FLICKR, "123"));

        Optional<Photo> found = database.inTransaction(tx -> tx.photos().find(FLICKR, "123"));
        Optional<Photo> missing = database.inTransaction(tx -> tx.photos().find(PAGE, "123"));

        assertThat(found).contains(stored);
        assertThat(missing).isEmpty();
    }

    @Test
    void legalTransitionsMoveThePhotoAndRecordHistory() {
        long id = database.inTransaction(tx -> StoreFixtures.photo(tx, FLICKR, "123")).id();
        PhotoState[] path = {PhotoState.DISCOVERED, PhotoState.CAPTIONED, PhotoState.QUEUED, PhotoState.APPROVED,
                PhotoState.POSTING, PhotoState.POSTED};

        for (int i = 1; i < path.length; i++) {
            clock.advance(Duration.ofSeconds(1));
            PhotoState from = path[i - 1];
            PhotoState to = path[i];
            Photo moved = database.inTransaction(tx -> tx.photos().transition(id, from, to, null));
            assertThat(moved.state()).isEqualTo(to);
            assertThat(moved.stateChangedAt()).isEqualTo(clock.instant());
        }

        List<Event> history = database.inTransaction(tx -> tx.events().transitions(id));
        assertThat(history).extracting(Event::toState).containsExactly(path);
        assertThat(history).extracting(Event::fromState)
                .containsExactly(null, PhotoState.DISCOVERED, PhotoState.CAPTIONED, PhotoState.QUEUED,
                        PhotoState.APPROVED, PhotoState.POSTING);
    }

    @Test
    void transitionFromAnUnexpectedStateFailsNamingPhotoFromAndTo() {
        long id = database.inTransaction(tx -> StoreFixtures.photo(tx, FLICKR, "123")).id();

        assertThatThrownBy(() -> database.useTransaction(
                tx -> tx.photos().transition(id, PhotoState.QUEUED, PhotoState.APPROVED, null)))
                .isInstanceOfSatisfying(StateTransitionException.class, e -> {
                    assertThat(e).hasMessage("photo flickr-main/123 (id " + id
                            + "): cannot move from queued to approved: it is discovered");
                    assertThat(e.photoKey()).isEqualTo("flickr-main/123");
                    assertThat(e.actual()).isEqualTo(PhotoState.DISCOVERED);
                });
        Photo unchanged = database.inTransaction(tx -> tx.photos().find(id)).orElseThrow();
        assertThat(unchanged.state()).isEqualTo(PhotoState.DISCOVERED);
    }

    @Test
    void transitionTheGraphForbidsFailsListingTheAllowedMoves() {
        long id = database.inTransaction(tx -> StoreFixtures.photo(tx, FLICKR, "123")).id();

        assertThatThrownBy(() -> database.useTransaction(
                tx -> tx.photos().transition(id, PhotoState.DISCOVERED, PhotoState.POSTED, null)))
                .isInstanceOf(StateTransitionException.class)
                .hasMessage("photo flickr-main/123 (id " + id + "): moving from discovered to posted is not allowed;"
                        + " from discovered it may move to [captioned, failed, skipped]");
    }

    @Test
    void failedTransitionRollsBackEverythingInItsTransaction() {
        long id = database.inTransaction(tx -> StoreFixtures.photo(tx, FLICKR, "123")).id();

        assertThatThrownBy(() -> database.useTransaction(tx -> {
            tx.photos().transition(id, PhotoState.DISCOVERED, PhotoState.CAPTIONED, null);
            tx.photos().transition(id, PhotoState.CAPTIONED, PhotoState.POSTED, null);
        })).isInstanceOf(StateTransitionException.class);

        Photo unchanged = database.inTransaction(tx -> tx.photos().find(id)).orElseThrow();
        List<Event> history = database.inTransaction(tx -> tx.events().transitions(id));
        assertThat(unchanged.state()).isEqualTo(PhotoState.DISCOVERED);
        assertThat(history).hasSize(1);
    }

    @Test
    void skippingStoresTheReasonOnThePhotoAndInTheHistory() {
        long id = database.inTransaction(tx -> StoreFixtures.photo(tx, FLICKR, "123")).id();

        Photo skipped = database.inTransaction(
                tx -> tx.photos().transition(id, PhotoState.DISCOVERED, PhotoState.SKIPPED, "human text present"));

        assertThat(skipped.reason()).isEqualTo("human text present");
        List<Event> history = database.inTransaction(tx -> tx.events().transitions(id));
        assertThat(history.get(1).message()).isEqualTo("human text present");
    }

    @Test
    void failingOrSkippingWithoutReasonIsRejected() {
        long id = database.inTransaction(tx -> StoreFixtures.photo(tx, FLICKR, "123")).id();

        assertThatThrownBy(() -> database.useTransaction(
                tx -> tx.photos().transition(id, PhotoState.DISCOVERED, PhotoState.FAILED, " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("moving photo id " + id + " to failed needs a reason, was  ");
    }

    @Test
    void transitionOfAnUnknownPhotoFails() {
        assertThatThrownBy(() -> database.useTransaction(
                tx -> tx.photos().transition(999, PhotoState.DISCOVERED, PhotoState.CAPTIONED, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown photo id 999");
    }

    @Test
    void inStateListsTheLongestWaitingFirst() {
        database.useTransaction(tx -> {
            StoreFixtures.photo(tx, FLICKR, "1");
            clock.advance(Duration.ofSeconds(1));
            StoreFixtures.photo(tx, FLICKR, "2");
            StoreFixtures.photo(tx, PAGE, "3");
        });

        List<Photo> flickr = database.inTransaction(tx -> tx.photos().inState(FLICKR, PhotoState.DISCOVERED, 10));
        List<Photo> all = database.inTransaction(tx -> tx.photos().inState(null, PhotoState.DISCOVERED, 2));

        assertThat(flickr).extracting(Photo::remoteId).containsExactly("1", "2");
        assertThat(all).extracting(Photo::remoteId).containsExactly("1", "2");
    }

    @Test
    void countByStateCountsPerAccount() {
        database.useTransaction(tx -> {
            long id = StoreFixtures.photo(tx, FLICKR, "1").id();
            StoreFixtures.photo(tx, FLICKR, "2");
            StoreFixtures.photo(tx, PAGE, "3");
            tx.photos().transition(id, PhotoState.DISCOVERED, PhotoState.CAPTIONED, null);
        });

        Map<PhotoState, Integer> flickr = database.inTransaction(tx -> tx.photos().countByState(FLICKR));

        assertThat(flickr).containsExactly(Map.entry(PhotoState.DISCOVERED, 1), Map.entry(PhotoState.CAPTIONED, 1));
    }

    @Test
    void recordHumanTextKeepsWhatThePersonWrote() {
        long id = database.inTransaction(tx -> StoreFixtures.photo(tx, FLICKR, "123")).id();

        Photo updated = database.inTransaction(tx -> tx.photos().recordHumanText(id, "Our dog, Rex"));

        assertThat(updated.humanText()).isEqualTo("Our dog, Rex");
    }

    @Test
    void retryLaterCountsTheAttemptKeepsTheStateAndHidesThePhotoFromDueUntilItsTime() {
        Photo photo = database.inTransaction(tx -> tx.photos().insertIfAbsent(discovered(FLICKR, "123"))).photo();

        Photo waiting = database.inTransaction(tx -> tx.photos().retryLater(photo.id(), PhotoState.DISCOVERED,
                "download: timed out", StoreFixtures.START.plus(Duration.ofMinutes(5)), null));
        List<Photo> dueNow = database.inTransaction(tx -> tx.photos().due(FLICKR, PhotoState.DISCOVERED,
                clock.instant(), 10));
        clock.advance(Duration.ofMinutes(5));
        List<Photo> dueLater = database.inTransaction(tx -> tx.photos().due(FLICKR, PhotoState.DISCOVERED,
                clock.instant(), 10));

        assertThat(waiting.state()).isEqualTo(PhotoState.DISCOVERED);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.reason()).isEqualTo("download: timed out");
        assertThat(dueNow).isEmpty();
        assertThat(dueLater).extracting(Photo::id).containsExactly(photo.id());
        List<Event> events = database.inTransaction(tx -> tx.events().forPhoto(photo.id()));
        assertThat(events).extracting(Event::message)
                .contains("attempt 1 failed, next try at 2026-03-01T10:05:00Z: download: timed out");
    }

    @Test
    void movingOnClearsTheRetryButFailingKeepsTheAttempts() {
        Photo photo = database.inTransaction(tx -> tx.photos().insertIfAbsent(discovered(FLICKR, "123"))).photo();
        database.useTransaction(tx -> {
            tx.photos().retryLater(photo.id(), PhotoState.DISCOVERED, "cut off", clock.instant(), null);
            tx.photos().retryLater(photo.id(), PhotoState.DISCOVERED, "cut off", clock.instant(), null);
        });

        Photo failed = database.inTransaction(tx -> tx.photos().transition(photo.id(), PhotoState.DISCOVERED,
                PhotoState.FAILED, "after 3 attempts: cut off"));
        Photo again = database.inTransaction(tx -> tx.photos().transition(photo.id(), PhotoState.FAILED,
                PhotoState.DISCOVERED, "retry requested"));

        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(again.attempts()).isZero();
    }

    @Test
    void retryLaterOfAPhotoInAnotherStateIsRefused() {
        Photo photo = database.inTransaction(tx -> tx.photos().insertIfAbsent(discovered(FLICKR, "123"))).photo();

        assertThatThrownBy(() -> database.useTransaction(tx -> tx.photos().retryLater(photo.id(),
                PhotoState.CAPTIONED, "x", clock.instant(), null)))
                .hasMessageContaining("flickr-main/123: cannot record a retry of captioned: it is discovered");
    }
}
