package dev.autocaption.store;

import static dev.autocaption.store.StoreFixtures.FLICKR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The per-account lease of cluster mode and the instances' check-ins. */
@StoreTest
class ClusterRepositoryTest {
    private static final Duration LEASE = Duration.ofSeconds(45);

    private Database database;
    private MutableClock clock;

    @BeforeEach
    void accounts(Database store, MutableClock storeClock) {
        database = store;
        clock = storeClock;
        database.useTransaction(StoreFixtures::accounts);
    }

    @Test
    void aLiveLeaseRefusesAnotherInstanceAndAnExpiredOneIsTakenOver() {
        assertThat(lease("a")).isEmpty();
        Optional<ClusterRepository.Lease> refused = lease("b");
        assertThat(refused).get().extracting(ClusterRepository.Lease::owner).isEqualTo("a");

        clock.advance(LEASE.plusSeconds(1));

        assertThat(lease("b")).isEmpty();
        assertThat(leases(tx -> tx.cluster().leases())).singleElement()
                .extracting(ClusterRepository.Lease::owner).isEqualTo("b");
    }

    @Test
    void theHolderRenewsItsLeaseAndAReleasedLeaseIsFreeAtOnce() {
        lease("a");
        clock.advance(Duration.ofSeconds(40));
        assertThat(count(tx -> tx.cluster().renewLeases("a", LEASE))).isEqualTo(1);
        clock.advance(Duration.ofSeconds(40));
        assertThat(lease("b")).as("renewed 40 s ago for 45 s").isPresent();

        database.useTransaction(tx -> tx.cluster().releaseLease(FLICKR, "a"));

        assertThat(lease("b")).isEmpty();
    }

    @Test
    void instancesCheckInAndLeave() {
        database.useTransaction(tx -> tx.cluster().checkIn("host-1", "poll,post", "host", 11));
        clock.advance(Duration.ofSeconds(5));
        database.useTransaction(tx -> tx.cluster().checkIn("gpu", "caption", "gpu-host", 12));
        database.useTransaction(tx -> tx.cluster().checkIn("host-1", "poll,post", "host", 11));

        assertThat(instances(tx -> tx.cluster().instances())).extracting(
                ClusterRepository.Instance::id, ClusterRepository.Instance::roles).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("host-1", "poll,post"),
                org.assertj.core.groups.Tuple.tuple("gpu", "caption"));
        ClusterRepository.Instance first = database.inTransaction(tx -> tx.cluster().instances()).stream()
                .filter(i -> i.id().equals("host-1")).findFirst().orElseThrow();
        assertThat(first.checkedInAt()).isAfter(first.startedAt());

        database.useTransaction(tx -> tx.cluster().leave("host-1"));

        assertThat(instances(tx -> tx.cluster().instances())).extracting(ClusterRepository.Instance::id)
                .containsExactly("gpu");
    }

    private Optional<ClusterRepository.Lease> lease(String owner) {
        return database.inTransaction(tx -> tx.cluster().acquireLease(FLICKR, owner, LEASE));
    }

    private List<ClusterRepository.Lease> leases(TransactionWork<List<ClusterRepository.Lease>> work) {
        return database.inTransaction(work);
    }

    private int count(TransactionWork<Integer> work) {
        return database.inTransaction(work);
    }

    private List<ClusterRepository.Instance> instances(TransactionWork<List<ClusterRepository.Instance>> work) {
        return database.inTransaction(work);
    }
}
