package dev.autocaption.store;

import dev.autocaption.testing.TestPlatforms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@StoreTest
class AccountRepositoryTest {
    private Database database;
    private MutableClock clock;

    @BeforeEach
    void store(Database store, MutableClock storeClock) {
        database = store;
        clock = storeClock;
    }

    @Test
    void upsertInsertsOnceAndKeepsTheFirstCreationTime() {
        Account first = database.inTransaction(tx -> tx.accounts().upsert("flickr-main", TestPlatforms.FLICKR));
        clock.advance(Duration.ofDays(1));
        Account again = database.inTransaction(tx -> tx.accounts().upsert("flickr-main", TestPlatforms.FLICKR));

        assertThat(again).isEqualTo(first);
        assertThat(again.createdAt()).isEqualTo(StoreFixtures.START);
        assertThat(again.status()).isEqualTo(AccountStatus.OK);
    }

    @Test
    void upsertWithAnotherTypeIsRejected() {
        database.useTransaction(tx -> tx.accounts().upsert("main", TestPlatforms.FLICKR));

        assertThatThrownBy(() -> database.useTransaction(tx -> tx.accounts().upsert("main", TestPlatforms.FACEBOOK_PAGE)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("account main is stored as flickr but the config says facebook-page;"
                        + " give the new account another id");
    }

    @Test
    void pauseBackOffAndResumeChangeTheStatusAndLogIt() {
        database.useTransaction(tx -> tx.accounts().upsert("page-news", TestPlatforms.FACEBOOK_PAGE));
        Instant until = StoreFixtures.START.plus(Duration.ofMinutes(15));

        Account paused = database.inTransaction(tx -> tx.accounts().pause("page-news", "token revoked"));
        Account backingOff = database.inTransaction(tx -> tx.accounts().backOff("page-news", until, "HTTP 429"));
        Account resumed = database.inTransaction(tx -> tx.accounts().resume("page-news"));

        assertThat(paused.status()).isEqualTo(AccountStatus.PAUSED);
        assertThat(paused.statusReason()).isEqualTo("token revoked");
        assertThat(backingOff.backoffUntil()).isEqualTo(until);
        assertThat(resumed.status()).isEqualTo(AccountStatus.OK);
        assertThat(resumed.statusReason()).isNull();
        List<Event> events = database.inTransaction(tx -> tx.events().recent("page-news", 10));
        assertThat(events).extracting(Event::message).containsExactly("account ok",
                "account backoff: HTTP 429 until " + until, "account paused: token revoked");
    }

    @Test
    void recordPollSetsTheLastPollTime() {
        database.useTransaction(tx -> tx.accounts().upsert("flickr-main", TestPlatforms.FLICKR));
        clock.advance(Duration.ofMinutes(3));

        Account polled = database.inTransaction(tx -> tx.accounts().recordPoll("flickr-main"));

        assertThat(polled.lastPollAt()).isEqualTo(clock.instant());
    }

    @Test
    void changingAnUnknownAccountListsTheKnownOnes() {
        database.useTransaction(tx -> tx.accounts().upsert("flickr-main", TestPlatforms.FLICKR));

        assertThatThrownBy(() -> database.useTransaction(tx -> tx.accounts().pause("nope", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown account nope; the store knows [flickr-main]");
    }
}
