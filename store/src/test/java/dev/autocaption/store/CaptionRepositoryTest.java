package dev.autocaption.store;

import static dev.autocaption.store.StoreFixtures.FLICKR;
import static dev.autocaption.store.StoreFixtures.candidate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.config.Engine;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(StoreExtension.class)
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

        List<Caption> saved = database.inTransaction(tx -> tx.captions().saveCandidates(photoId, List.of(second, first)));
        List<Caption> latest = database.inTransaction(tx -> tx.captions().latest(photoId));

        assertThat(saved).extracting(Caption::candidate).containsExactly(first, second);
        assertThat(latest).isEqualTo(saved);
        assertThat(latest.get(0).generation()).isEqualTo(1);
        assertThat(latest.get(0).candidate().tokens()).containsExactly("a", "dog", "on", "a", "beach");
        assertThat(latest.get(0).candidate().engine()).isEqualTo(Engine.SHOW_AND_TELL);
        assertThat(latest.get(0).createdAt()).isEqualTo(MutableClock.START);
    }

    @Test
    void recaptioningAddsAGenerationAndBestFollowsTheNewest() {
        database.useTransaction(tx -> tx.captions().saveCandidates(photoId, List.of(candidate(1, "a cat", 0.9))));
        database.useTransaction(tx -> tx.captions().saveCandidates(photoId, List.of(candidate(1, "a dog", 0.5))));

        Optional<Caption> best = database.inTransaction(tx -> tx.captions().best(photoId));
        List<Caption> all = database.inTransaction(tx -> tx.captions().forPhoto(photoId));

        assertThat(best).map(Caption::text).contains("a dog");
        assertThat(best).map(Caption::generation).contains(2);
        assertThat(all).extracting(Caption::text).containsExactly("a cat", "a dog");
    }

    @Test
    void bestIsEmptyBeforeCaptioning() {
        Optional<Caption> best = database.inTransaction(tx -> tx.captions().best(photoId));

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
        Caption saved = database.inTransaction(
                tx -> tx.captions().saveCandidates(photoId, List.of(candidate(1, "a dog", 0.5)))).get(0);

        Optional<Caption> found = database.inTransaction(tx -> tx.captions().find(saved.id()));

        assertThat(found).contains(saved);
    }
}
