package dev.autocaption.store;

import static dev.autocaption.store.StoreFixtures.FLICKR;
import static dev.autocaption.store.StoreFixtures.discovered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances that discover the same photo at once on one PostgreSQL: the second insert waits for the first
 * transaction's row, fails on the unique key, and must still find the photo and go on in the same transaction
 * (PostgreSQL refuses every statement after a failed one unless it was behind a savepoint). H2 does not make the
 * second insert wait for an uncommitted row, so the race is exercised on PostgreSQL only.
 */
@StoreTest
class PhotoInsertRaceTest {
    private Database database;

    @BeforeEach
    void accounts(Database store) {
        database = store;
        database.useTransaction(StoreFixtures::accounts);
    }

    @Test
    void anInsertThatLosesTheRaceReturnsTheWinnersPhotoAndKeepsItsTransactionUsable() throws Exception {
        assumeFalse(database.url().startsWith("jdbc:h2:"), "H2 does not make an insert wait for an uncommitted key");
        try (Connection winner = database.dataSource().getConnection()) {
            winner.setAutoCommit(false);
            Photo won = new Transaction(winner, database.clock()).photos().insertIfAbsent(discovered(FLICKR, "9"))
                    .photo();

            CompletableFuture<PhotoInsert> loser = CompletableFuture.supplyAsync(() -> database.inTransaction(tx -> {
                PhotoInsert insert = tx.photos().insertIfAbsent(discovered(FLICKR, "9"));
                tx.photos().insertIfAbsent(discovered(FLICKR, "10"));
                return insert;
            }));
            awaitOneBlockedSession();
            winner.commit();

            PhotoInsert lost = loser.get(30, TimeUnit.SECONDS);
            assertThat(lost.created()).isFalse();
            assertThat(lost.photo().id()).isEqualTo(won.id());
        }
        Optional<Photo> afterTheRace = database.inTransaction(tx -> tx.photos().find(FLICKR, "10"));
        assertThat(afterTheRace).isPresent();
    }

    /** Waits until a session of this store waits for a lock another one holds: the loser's insert. */
    private void awaitOneBlockedSession() throws SQLException {
        String sql = "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                + " AND datname = current_database()";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        try (Connection observer = database.dataSource().getConnection();
             PreparedStatement statement = observer.prepareStatement(sql)) {
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    if (row.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.onSpinWait();
            }
        }
        throw new AssertionError("no session waited for the winner's lock within 30 s");
    }
}
