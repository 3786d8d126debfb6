package dev.autocaption.store;

import dev.autocaption.testing.TestPlatforms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.testing.MutableClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@StoreTest
class PollCursorRepositoryTest {
    private Database database;
    private MutableClock clock;

    @BeforeEach
    void account(Database store, MutableClock storeClock) {
        database = store;
        clock = storeClock;
        database.useTransaction(tx -> tx.accounts().upsert("flickr-main", TestPlatforms.FLICKR));
    }

    @Test
    void cursorIsEmptyBeforeTheFirstPoll() {
        Optional<SavedCursor> cursor = database.inTransaction(tx -> tx.pollCursors().find("flickr-main"));

        assertThat(cursor).isEmpty();
    }

    @Test
    void saveInsertsThenReplaces() {
        database.useTransaction(tx -> tx.pollCursors().save("flickr-main", "1700000000"));
        clock.advance(Duration.ofMinutes(10));
        database.useTransaction(tx -> tx.pollCursors().save("flickr-main", "1700000600"));

        Optional<SavedCursor> cursor = database.inTransaction(tx -> tx.pollCursors().find("flickr-main"));

        assertThat(cursor).contains(new SavedCursor("flickr-main", "1700000600", clock.instant()));
    }
}
