package dev.autocaption.store;

import static dev.autocaption.store.StoreFixtures.FLICKR;
import static dev.autocaption.store.StoreFixtures.candidate;
import static dev.autocaption.store.StoreFixtures.cat;
import static dev.autocaption.store.StoreFixtures.detectorCandidate;
import static dev.autocaption.store.StoreFixtures.dog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.config.Engine;
import dev.autocaption.testing.MutableClock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@StoreTest
class CaptionRepositoryTest {
    private Database database;
    private long photoId;

    @BeforeEach
    void photo(Database store) {
        database = store;
        photoId = database.inTransaction(tx -> {
            StoreFixtures.accounts(tx);
            return StoreFixtures.photo(tx, FLICKR, "123").id();
        });
    }

    @Test
    void saveCandidatesStoresEveryFieldByRank() {
        CaptionCandidate second = candidate(2, "a dog on the sand", 0.4);
        CaptionCandidate first = candidate(1, "a dog on a beach", 0.7);

        List<StoredCaption> saved = database.inTransaction(tx -> tx.captions().saveCandidates(photoId, List.of(second, first)));
        List<StoredCaption> latest = database.inTransaction(tx -> tx.captions().latest(photoId));

        assertThat(saved).extracting(StoredCaption::candidate).containsExactly(first, second);
        assertThat(latest).isEqualTo(saved);
        assertThat(latest.get(0).generation()).isEqualTo(1);
        assertThat(latest.get(0).candidate().tokens()).containsExactly("a", "dog", "on", "a", "beach");
        assertThat(latest.get(0).candidate().engine()).isEqualTo(Engine.SHOW_AND_TELL);
        assertThat(latest.get(0).createdAt()).isEqualTo(StoreFixtures.START);
    }

    @Test
    void recaptioningAddsAGenerationAndBestFollowsTheNewest() {
        database.useTransaction(tx -> tx.captions().saveCandidates(photoId, List.of(candidate(1, "a cat", 0.9))));
        database.useTransaction(tx -> tx.captions().saveCandidates(photoId, List.of(candidate(1, "a dog", 0.5))));

        Optional<StoredCaption> best = database.inTransaction(tx -> tx.captions().best(photoId));
        List<StoredCaption> all = database.inTransaction(tx -> tx.captions().forPhoto(photoId));

        assertThat(best).map(StoredCaption::text).contains("a dog");
        assertThat(best).map(StoredCaption::generation).contains(2);
        assertThat(all).extracting(StoredCaption::text).containsExactly("a cat", "a dog");
    }

    @Test
    void bestIsEmptyBeforeCaptioning() {
        Optional<StoredCaption> best = database.inTransaction(tx -> tx.captions().best(photoId));

        assertThat(best).isEmpty();
    }

    @Test
    void ranksWithGapsAreRejected() {
        List<CaptionCandidate> gap = List.of(candidate(1, "a dog", 0.5), candidate(3, "a cat", 0.4));

        assertThatThrownBy(() -> database.useTransaction(tx -> tx.captions().saveCandidates(photoId, gap)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("photo id " + photoId + ": candidate ranks must be 1..2 without gaps or repeats, were [1, 3]");
    }

    @Test
    void candidateOutsideProbabilityRangeIsRejected() {
        assertThatThrownBy(() -> new CaptionCandidate(1, "a dog", List.of("a", "dog"), -0.1, 1.5, 0.5, "m",
                Engine.SHOW_AND_TELL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("probability must be in [0, 1], was 1.5");
    }

    @Test
    void findReturnsOneCandidateById() {
        StoredCaption saved = database.inTransaction(
                tx -> tx.captions().saveCandidates(photoId, List.of(candidate(1, "a dog", 0.5)))).get(0);

        Optional<StoredCaption> found = database.inTransaction(tx -> tx.captions().find(saved.id()));

        assertThat(found).contains(saved);
    }

    @Test
    void detectionsRoundTripWithTheGenerationInTheirOrder() {
        List<StoredCaption> saved = database.inTransaction(tx -> tx.captions().saveCandidates(photoId,
                List.of(detectorCandidate("May be an image of a cat.", 0.58)), List.of(cat(), dog())));

        Optional<CaptionGeneration> generation = database.inTransaction(tx -> tx.captions().latestGeneration(photoId));

        assertThat(generation).hasValueSatisfying(g -> {
            assertThat(g.generation()).isEqualTo(saved.get(0).generation());
            assertThat(g.engine()).isEqualTo(Engine.DETECTOR);
            assertThat(g.modelId()).isEqualTo(StoreFixtures.DETECTOR);
            assertThat(g.detections()).containsExactly(cat(), dog());
            assertThat(g.createdAt()).isEqualTo(StoreFixtures.START);
        });
    }

    @Test
    void candidatesWithoutDetectionsStoreAGenerationWithNone() {
        database.useTransaction(tx -> tx.captions().saveCandidates(photoId, List.of(candidate(1, "a dog", 0.5))));

        Optional<CaptionGeneration> generation = database.inTransaction(tx -> tx.captions().latestGeneration(photoId));

        assertThat(generation).hasValueSatisfying(g -> {
            assertThat(g.engine()).isEqualTo(Engine.SHOW_AND_TELL);
            assertThat(g.modelId()).isEqualTo(StoreFixtures.MODEL);
            assertThat(g.detections()).isEmpty();
        });
    }

    @Test
    void uncaptionedGenerationKeepsWhatTheDetectorSawAndLeavesNoCandidates() {
        database.useTransaction(tx -> tx.captions().saveCandidates(photoId, List.of(candidate(1, "a dog", 0.5))));

        CaptionGeneration stored = database.inTransaction(tx -> tx.captions().saveUncaptioned(photoId,
                Engine.DETECTOR, StoreFixtures.DETECTOR, List.of(dog())));
        List<CaptionGeneration> all = database.inTransaction(tx -> tx.captions().generations(photoId));

        assertThat(stored.generation()).isEqualTo(2);
        assertThat(all).extracting(CaptionGeneration::generation).containsExactly(1, 2);
        assertThat(all.get(1)).isEqualTo(stored);
        List<StoredCaption> latest = database.inTransaction(tx -> tx.captions().latest(photoId));
        assertThat(all.get(1).detections()).containsExactly(dog());
        assertThat(latest).isEmpty();
    }

    @Test
    void captioningAfterAnUncaptionedOneIsTheNextGeneration() {
        database.useTransaction(tx -> tx.captions().saveUncaptioned(photoId, Engine.DETECTOR, StoreFixtures.DETECTOR,
                List.of()));

        List<StoredCaption> saved = database.inTransaction(tx -> tx.captions().saveCandidates(photoId,
                List.of(detectorCandidate("May be an image of a cat.", 0.58)), List.of(cat())));

        List<StoredCaption> latest = database.inTransaction(tx -> tx.captions().latest(photoId));
        assertThat(saved.get(0).generation()).isEqualTo(2);
        assertThat(latest).isEqualTo(saved);
    }

    @Test
    void generationsAreEmptyBeforeCaptioning() {
        Optional<CaptionGeneration> latest = database.inTransaction(tx -> tx.captions().latestGeneration(photoId));
        List<CaptionGeneration> all = database.inTransaction(tx -> tx.captions().generations(photoId));

        assertThat(latest).isEmpty();
        assertThat(all).isEmpty();
    }

    @Test
    void candidatesFromTwoModelsInOneCaptioningAreRejected() {
        List<CaptionCandidate> mixed = List.of(candidate(1, "a dog", 0.5), new CaptionCandidate(2, "a cat",
                List.of("a", "cat"), -1, 0.3, 0.4, "other-model", Engine.SHOW_AND_TELL));

        assertThatThrownBy(() -> database.useTransaction(tx -> tx.captions().saveCandidates(photoId, mixed)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("photo id " + photoId + ": the candidates of one captioning must come from one engine and"
                        + " model, were [show-and-tell/im2txt-demo-1, show-and-tell/other-model]");
    }

    @Test
    void detectionWithNegativeSizeIsRejected() {
        assertThatThrownBy(() -> new DetectedObject("cat", 0.5, 1, 2, -3, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("box must be finite with non-negative size, was x=1.0 y=2.0 width=-3.0 height=4.0 for cat");
    }
}
