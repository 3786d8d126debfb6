package dev.autocaption.store;

import dev.autocaption.testing.TestPlatforms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@StoreTest
class RunRepositoryTest {
    private Database database;
    private MutableClock clock;

    @BeforeEach
    void account(Database store, MutableClock storeClock) {
        database = store;
        clock = storeClock;
        database.useTransaction(tx -> tx.accounts().upsert("flickr-main", TestPlatforms.FLICKR));
    }

    @Test
    void startThenFinishRecordsTimesCountsAndStatus() {
        Run started = database.inTransaction(tx -> tx.runs().start("flickr-main", "cycle"));
        clock.advance(Duration.ofSeconds(42));
        RunCounts counts = new RunCounts(5, 4, 1, 1, 2, 1, 0);

        Run finished = database.inTransaction(
                tx -> tx.runs().finish(started.id(), RunStatus.SUCCEEDED, counts, "5 new photos"));

        assertThat(started.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(finished.startedAt()).isEqualTo(StoreFixtures.START);
        assertThat(finished.finishedAt()).isEqualTo(clock.instant());
        assertThat(finished.counts()).isEqualTo(counts);
        assertThat(finished.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(finished.message()).isEqualTo("5 new photos");
    }

    @Test
    void finishingTwiceIsRejected() {
        long id = database.inTransaction(tx -> tx.runs().start("flickr-main", "cycle")).id();
        database.useTransaction(tx -> tx.runs().finish(id, RunStatus.FAILED, RunCounts.NONE, "API down"));

        assertThatThrownBy(() -> database.useTransaction(
                tx -> tx.runs().finish(id, RunStatus.SUCCEEDED, RunCounts.NONE, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("run " + id + " cannot finish: it is failed since " + StoreFixtures.START);
    }

    @Test
    void abandonRunningMarksRunsLeftByACrash() {
        long crashed = database.inTransaction(tx -> tx.runs().start("flickr-main", "cycle")).id();

        int abandoned = database.inTransaction(tx -> tx.runs().abandonRunning());
        Optional<Run> run = database.inTransaction(tx -> tx.runs().find(crashed));

        assertThat(abandoned).isEqualTo(1);
        assertThat(run).map(Run::status).contains(RunStatus.ABANDONED);
    }

    @Test
    void recentListsNewestFirst() {
        database.useTransaction(tx -> {
            tx.runs().start("flickr-main", "cycle");
            tx.runs().start(null, "rollback");
        });

        List<Run> all = database.inTransaction(tx -> tx.runs().recent(null, 10));
        List<Run> flickr = database.inTransaction(tx -> tx.runs().recent("flickr-main", 10));

        assertThat(all).extracting(Run::kind).containsExactly("rollback", "cycle");
        assertThat(flickr).extracting(Run::kind).containsExactly("cycle");
    }

    @Test
    void kindMustBeLowerCaseWords() {
        assertThatThrownBy(() -> database.useTransaction(tx -> tx.runs().start(null, "Cycle 1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kind must match [a-z][a-z-]*, was Cycle 1");
    }
}
