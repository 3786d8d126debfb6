package dev.autocaption.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.testing.MutableClock;
import dev.autocaption.config.StoreConfig;
import dev.autocaption.store.Database;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DaemonLockTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    final Database database = Database.open(new StoreConfig("jdbc:h2:mem:" + UUID.randomUUID()), clock);

    @AfterEach
    void close() {
        database.close();
    }

    private void holdAs(long pid, String host, Instant heartbeat) {
        database.useTransaction(tx -> {
            try (PreparedStatement statement = tx.connection().prepareStatement("INSERT INTO daemon_lock (name, owner,"
                    + " pid, host, acquired_at, heartbeat_at) VALUES ('daemon', 'other', ?, ?, ?, ?)")) {
                statement.setLong(1, pid);
                statement.setString(2, host);
                statement.setTimestamp(3, Timestamp.from(heartbeat));
                statement.setTimestamp(4, Timestamp.from(heartbeat));
                statement.executeUpdate();
            }
        });
    }

    @Test
    void secondAcquireIsRefusedWithTheHolder() throws Exception {
        try (DaemonLock first = DaemonLock.acquire(database)) {
            assertThatThrownBy(() -> DaemonLock.acquire(database)).isInstanceOf(DaemonLock.HeldException.class)
                    .hasMessageStartingWith("another autocaption daemon is already running on this store (pid "
                            + ProcessHandle.current().pid() + " on ");
        }
        DaemonLock.acquire(database).close();
    }

    @Test
    void lockOfAProcessThatDiedOnThisHostIsTakenOverAtOnce() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        holdAs(finished.pid(), DaemonLock.localHost(), clock.instant());

        try (DaemonLock lock = DaemonLock.acquire(database)) {
            assertThat(DaemonLock.holder(database).orElseThrow().pid()).isEqualTo(ProcessHandle.current().pid());
        }
    }

    @Test
    void lockOfAnotherHostIsTakenOverOnlyWhenItsHeartbeatIsStale() throws Exception {
        holdAs(42, "elsewhere", clock.instant());
        assertThatThrownBy(() -> DaemonLock.acquire(database)).isInstanceOf(DaemonLock.HeldException.class);

        clock.advance(DaemonLock.STALE_AFTER.plus(Duration.ofSeconds(1)));

        try (DaemonLock lock = DaemonLock.acquire(database)) {
            assertThat(DaemonLock.holder(database).orElseThrow().host()).isEqualTo(DaemonLock.localHost());
        }
    }

    @Test
    void heartbeatKeepsALiveHolderFresh() throws Exception {
        try (DaemonLock lock = DaemonLock.acquire(database)) {
            clock.advance(Duration.ofMinutes(5));
            lock.heartbeat();
            assertThat(DaemonLock.holder(database).orElseThrow().heartbeatAt()).isEqualTo(clock.instant());
        }
    }
}
