package dev.autocaption.store;

import dev.autocaption.testing.TestPlatforms;
import static dev.autocaption.store.StoreFixtures.FLICKR;
import static dev.autocaption.store.StoreFixtures.MODEL;
import static dev.autocaption.store.StoreFixtures.PAGE;
import static dev.autocaption.store.StoreFixtures.DETECTOR;
import static dev.autocaption.store.StoreFixtures.candidate;
import static dev.autocaption.store.StoreFixtures.cat;
import static dev.autocaption.store.StoreFixtures.detectorCandidate;
import static dev.autocaption.store.StoreFixtures.dog;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.config.Engine;
import dev.autocaption.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@StoreTest
class HistoryRepositoryTest {
    private Database database;
    private MutableClock clock;

    @BeforeEach
    void store(Database store, MutableClock storeClock) {
        database = store;
        clock = storeClock;
    }

    @Test
    void emptyStoreHasNoHistory() {
        assertThat(history(HistoryQuery.all())).isEmpty();
    }

    @Test
    void entryShowsBestCaptionDecisionSourceModelAndWrite() {
        database.useTransaction(StoreFixtures::accounts);
        long id = posted(FLICKR, "1", "A dog on a beach");

        HistoryEntry entry = history(HistoryQuery.all()).get(0);

        assertThat(entry.photoId()).isEqualTo(id);
        assertThat(entry.key()).isEqualTo("flickr-main/1");
        assertThat(entry.state()).isEqualTo(PhotoState.POSTED);
        assertThat(entry.captionText()).isEqualTo("A dog on a beach");
        assertThat(entry.score()).isEqualTo(0.8);
        assertThat(entry.decisionSource()).isEqualTo(DecisionSource.CONFIG);
        assertThat(entry.modelId()).isEqualTo(MODEL);
        assertThat(entry.engine()).isEqualTo(Engine.SHOW_AND_TELL);
        assertThat(entry.detections()).isEmpty();
        assertThat(entry.postedText()).isEqualTo("a dog on a beach");
        assertThat(entry.postedAt()).isEqualTo(clock.instant());
        assertThat(entry.updatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aRolledBackPostIsNoLongerThePhotosCaptionWhenAPersonsTextTookItsPlace() {
        database.useTransaction(StoreFixtures::accounts);
        long id = posted(FLICKR, "1", "A dog on a beach");
        database.useTransaction(tx -> {
            tx.posts().markRolledBack(tx.posts().forPhoto(id).get(0).id());
            tx.photos().transition(id, PhotoState.POSTED, PhotoState.ROLLED_BACK, "rolled back");
            tx.photos().transition(id, PhotoState.ROLLED_BACK, PhotoState.CAPTIONED, "recaptioned");
            tx.photos().transition(id, PhotoState.CAPTIONED, PhotoState.QUEUED, null);
            tx.photos().transition(id, PhotoState.QUEUED, PhotoState.APPROVED, null);
            tx.photos().transition(id, PhotoState.APPROVED, PhotoState.POSTING, null);
            tx.photos().transition(id, PhotoState.POSTING, PhotoState.SKIPPED, "human text");
        });

        HistoryEntry entry = history(HistoryQuery.all()).get(0);

        assertThat(entry.state()).isEqualTo(PhotoState.SKIPPED);
        assertThat(entry.postedText()).isNull();
        assertThat(entry.postedAt()).isNull();
        assertThat(entry.runId()).isNull();
        assertThat(entry.accountType()).isEqualTo(TestPlatforms.FLICKR);
    }

    @Test
    void photoNeverCaptionedHasNoCaptionScoreOrDecision() {
        database.useTransaction(tx -> {
            StoreFixtures.accounts(tx);
            StoreFixtures.photo(tx, FLICKR, "1");
        });

        HistoryEntry entry = history(HistoryQuery.all()).get(0);

        assertThat(entry.captionText()).isNull();
        assertThat(entry.score()).isNull();
        assertThat(entry.decisionSource()).isNull();
        assertThat(entry.postedAt()).isNull();
        assertThat(entry.engine()).isNull();
        assertThat(entry.modelId()).isNull();
        assertThat(entry.detections()).isEmpty();
    }

    @Test
    void entryShowsTheDetectorEngineModelAndDetections() {
        database.useTransaction(tx -> {
            StoreFixtures.accounts(tx);
            long id = StoreFixtures.photo(tx, FLICKR, "1").id();
            tx.captions().saveCandidates(id, List.of(detectorCandidate("May be an image of a cat.", 0.58)),
                    List.of(cat(), dog()));
            tx.photos().transition(id, PhotoState.DISCOVERED, PhotoState.CAPTIONED, null);
            tx.photos().transition(id, PhotoState.CAPTIONED, PhotoState.QUEUED, null);
        });

        HistoryEntry entry = history(HistoryQuery.all()).get(0);

        assertThat(entry.captionText()).isEqualTo("May be an image of a cat.");
        assertThat(entry.engine()).isEqualTo(Engine.DETECTOR);
        assertThat(entry.modelId()).isEqualTo(DETECTOR);
        assertThat(entry.detections()).containsExactly(cat(), dog());
    }

    @Test
    void nothingRecognisedEntryHasNoCaptionButTheEngineModelAndWhatItSaw() {
        database.useTransaction(tx -> {
            StoreFixtures.accounts(tx);
            long id = StoreFixtures.photo(tx, FLICKR, "1").id();
            tx.captions().saveUncaptioned(id, Engine.DETECTOR, DETECTOR, List.of(dog()));
            tx.photos().transition(id, PhotoState.DISCOVERED, PhotoState.CAPTIONED, null);
            tx.photos().transition(id, PhotoState.CAPTIONED, PhotoState.DROPPED, "nothing recognised");
        });

        HistoryEntry entry = history(HistoryQuery.all()).get(0);

        assertThat(entry.state()).isEqualTo(PhotoState.DROPPED);
        assertThat(entry.reason()).isEqualTo("nothing recognised");
        assertThat(entry.captionText()).isNull();
        assertThat(entry.score()).isNull();
        assertThat(entry.engine()).isEqualTo(Engine.DETECTOR);
        assertThat(entry.modelId()).isEqualTo(DETECTOR);
        assertThat(entry.detections()).containsExactly(dog());
    }

    @Test
    void entryShowsOnlyTheNewestCaptioningsDetections() {
        database.useTransaction(tx -> {
            StoreFixtures.accounts(tx);
            long id = StoreFixtures.photo(tx, FLICKR, "1").id();
            tx.captions().saveCandidates(id, List.of(detectorCandidate("May be an image of a cat.", 0.58)),
                    List.of(cat()));
            tx.captions().saveCandidates(id, List.of(candidate(1, "a dog on a beach", 0.7)));
            StoreFixtures.photo(tx, FLICKR, "2");
        });

        List<HistoryEntry> entries = history(HistoryQuery.all());

        assertThat(entries).extracting(HistoryEntry::captionText).containsExactly(null, "a dog on a beach");
        assertThat(entries).extracting(HistoryEntry::engine).containsExactly(null, Engine.SHOW_AND_TELL);
        assertThat(entries).allSatisfy(entry -> assertThat(entry.detections()).isEmpty());
    }

    @Test
    void accountFilterKeepsOneAccount() {
        sample();

        assertThat(keys(HistoryQuery.all().withAccount(PAGE))).containsExactly("page-news/3");
    }

    @Test
    void stateFilterKeepsTheGivenStates() {
        sample();

        assertThat(keys(HistoryQuery.all().withStates(Set.of(PhotoState.POSTED, PhotoState.QUEUED))))
                .containsExactly("page-news/3", "flickr-main/1");
    }

    @Test
    void periodFilterUsesTheLastTransitionTime() {
        Instant[] times = sample();

        assertThat(keys(HistoryQuery.all().withPeriod(times[1], null))).containsExactly("page-news/3", "flickr-main/2");
        assertThat(keys(HistoryQuery.all().withPeriod(null, times[1]))).containsExactly("flickr-main/1");
        assertThat(keys(HistoryQuery.all().withPeriod(times[1], times[2]))).containsExactly("flickr-main/2");
    }

    @Test
    void textFilterMatchesTheBestCaptionIgnoringCase() {
        sample();

        assertThat(keys(HistoryQuery.all().withText("DOG"))).containsExactly("flickr-main/1");
    }

    @Test
    void textFilterMatchesThePersonsOwnText() {
        sample();

        assertThat(keys(HistoryQuery.all().withText("grandma's"))).containsExactly("flickr-main/2");
    }

    @Test
    void textFilterTreatsLikeWildcardsLiterally() {
        sample();

        assertThat(keys(HistoryQuery.all().withText("%"))).isEmpty();
        assertThat(keys(HistoryQuery.all().withText("_"))).isEmpty();
    }

    @Test
    void limitKeepsTheNewest() {
        sample();

        assertThat(keys(HistoryQuery.all().withLimit(2))).containsExactly("page-news/3", "flickr-main/2");
    }

    /** Three photos changed at three times: posted dog, skipped with human text, queued cat. */
    private Instant[] sample() {
        database.useTransaction(StoreFixtures::accounts);
        Instant first = clock.instant();
        posted(FLICKR, "1", "A dog on a beach");
        clock.advance(Duration.ofHours(1));
        Instant second = clock.instant();
        database.useTransaction(tx -> {
            DiscoveredPhoto human = new DiscoveredPhoto(FLICKR, "2", null, null, null, "At Grandma's house",
                    List.of());
            long id = tx.photos().insertIfAbsent(human).photo().id();
            tx.photos().transition(id, PhotoState.DISCOVERED, PhotoState.SKIPPED, "human text present");
        });
        clock.advance(Duration.ofHours(1));
        Instant third = clock.instant();
        database.useTransaction(tx -> {
            long id = StoreFixtures.photo(tx, PAGE, "3").id();
            tx.captions().saveCandidates(id, List.of(candidate(1, "a cat on a sofa", 0.5)));
            tx.photos().transition(id, PhotoState.DISCOVERED, PhotoState.CAPTIONED, null);
            tx.photos().transition(id, PhotoState.CAPTIONED, PhotoState.QUEUED, null);
        });
        return new Instant[] {first, second, third};
    }

    private long posted(String account, String remoteId, String caption) {
        return database.inTransaction(tx -> {
            long id = StoreFixtures.photo(tx, account, remoteId).id();
            tx.captions().saveCandidates(id, List.of(candidate(1, caption, 0.8), candidate(2, "a beach", 0.3)));
            tx.photos().transition(id, PhotoState.DISCOVERED, PhotoState.CAPTIONED, null);
            tx.photos().transition(id, PhotoState.CAPTIONED, PhotoState.QUEUED, null);
            tx.decisions().record(id, DecisionAction.APPROVE, DecisionSource.CONFIG, null, null);
            tx.photos().transition(id, PhotoState.QUEUED, PhotoState.APPROVED, null);
            long post = tx.posts().enqueue(StoreFixtures.post(account + "/" + remoteId, id, null)).post().id();
            tx.photos().transition(id, PhotoState.APPROVED, PhotoState.POSTING, null);
            tx.posts().claim(post);
            tx.posts().markDone(post, List.of());
            tx.photos().transition(id, PhotoState.POSTING, PhotoState.POSTED, null);
            return id;
        });
    }

    private List<HistoryEntry> history(HistoryQuery query) {
        return database.inTransaction(tx -> tx.history().find(query));
    }

    private List<String> keys(HistoryQuery query) {
        return history(query).stream().map(HistoryEntry::key).toList();
    }
}
