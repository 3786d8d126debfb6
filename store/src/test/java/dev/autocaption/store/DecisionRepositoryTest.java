package dev.autocaption.store;

import static dev.autocaption.store.StoreFixtures.FLICKR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@StoreTest
class DecisionRepositoryTest {
    private Database database;
    private MutableClock clock;
    private long photoId;

    @BeforeEach
    void photo(Database store, MutableClock storeClock) {
        database = store;
        clock = storeClock;
        photoId = database.inTransaction(tx -> {
            StoreFixtures.accounts(tx);
            return StoreFixtures.photo(tx, FLICKR, "123").id();
        });
    }

    @Test
    void recordStoresTheDecisionAndLogsIt() {
        Decision decision = database.inTransaction(
                tx -> tx.decisions().record(photoId, DecisionAction.APPROVE, DecisionSource.CONFIG, null, 2));

        assertThat(decision.candidateRank()).isEqualTo(2);
        assertThat(decision.decidedAt()).isEqualTo(StoreFixtures.START);
        List<Event> events = database.inTransaction(tx -> tx.events().forPhoto(photoId));
        assertThat(events).last().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(EventKind.DECISION);
            assertThat(event.message()).isEqualTo("approve from config, candidate 2");
        });
    }

    @Test
    void latestIsTheNewestDecision() {
        database.useTransaction(tx -> tx.decisions().record(photoId, DecisionAction.REJECT, DecisionSource.CLI, null,
                null));
        clock.advance(Duration.ofMinutes(1));
        database.useTransaction(tx -> tx.decisions().record(photoId, DecisionAction.EDIT, DecisionSource.WEB,
                "Rex at the beach", null));

        Optional<Decision> latest = database.inTransaction(tx -> tx.decisions().latest(photoId));
        List<Decision> all = database.inTransaction(tx -> tx.decisions().forPhoto(photoId));

        assertThat(latest).map(Decision::editedText).contains("Rex at the beach");
        assertThat(all).extracting(Decision::action).containsExactly(DecisionAction.REJECT, DecisionAction.EDIT);
    }

    @Test
    void editWithoutTextIsRejected() {
        assertThatThrownBy(() -> database.useTransaction(
                tx -> tx.decisions().record(photoId, DecisionAction.EDIT, DecisionSource.CLI, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("editedText is required for an edit decision, was null");
    }

    @Test
    void decisionOnAnUnknownPhotoIsRejected() {
        assertThatThrownBy(() -> database.useTransaction(
                tx -> tx.decisions().record(404, DecisionAction.REJECT, DecisionSource.CLI, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown photo id 404");
    }
}
