package dev.autocaption.store;

import static dev.autocaption.store.StoreFixtures.FLICKR;
import static dev.autocaption.store.StoreFixtures.PAGE;
import static dev.autocaption.store.StoreFixtures.photo;
import static dev.autocaption.store.StoreFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.autocaption.testing.MutableClock;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cluster claims: photos to caption and outbox entries to write, taken with {@code FOR UPDATE SKIP LOCKED} and a
 * claim lease. Two open transactions (two instances) claim disjoint rows; an expired claim is taken again.
 */
@StoreTest
class ClaimRepositoryTest {
    private static final Duration LEASE = Duration.ofSeconds(30);

    private Database database;
    private MutableClock clock;

    @BeforeEach
    void photos(Database store, MutableClock storeClock) {
        database = store;
        clock = storeClock;
        database.useTransaction(tx -> {
            StoreFixtures.accounts(tx);
            for (int i = 1; i <= 6; i++) {
                photo(tx, FLICKR, "p" + i);
            }
            photo(tx, PAGE, "other-account");
        });
    }

    @Test
    void twoInstancesClaimingAtOnceTakeDisjointPhotos() throws Exception {
        assumeFalse(database.url().startsWith("jdbc:h2:"),
                "cluster mode (and so SKIP LOCKED between instances) is PostgreSQL only");
        try (Connection first = database.dataSource().getConnection();
             Connection second = database.dataSource().getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            List<Photo> a = new Transaction(first, clock).claims().claimPhotosToCaption("a", FLICKR, LEASE, 4);
            List<Photo> b = new Transaction(second, clock).claims().claimPhotosToCaption("b", FLICKR, LEASE, 4);
            first.commit();
            second.commit();

            Set<Long> ids = new HashSet<>();
            a.forEach(p -> ids.add(p.id()));
            b.forEach(p -> ids.add(p.id()));
            assertThat(a).hasSize(4);
            assertThat(b).hasSize(2);
            assertThat(ids).hasSize(6);
            assertThat(b).allMatch(p -> p.accountId().equals(FLICKR));
        }
        assertThat(photos(tx -> tx.claims().claimPhotosToCaption("c", FLICKR, LEASE, 10)))
                .as("every photo is held until its claim expires").isEmpty();
    }

    @Test
    void anExpiredPhotoClaimIsTakenOverAndARenewedOneIsNot() {
        List<Photo> held = database.inTransaction(tx -> tx.claims().claimPhotosToCaption("dead", FLICKR, LEASE, 3));
        List<Photo> kept = database.inTransaction(tx -> tx.claims().claimPhotosToCaption("alive", FLICKR, LEASE, 3));
        clock.advance(Duration.ofSeconds(20));
        database.useTransaction(tx -> tx.claims().renewPhotos("alive", kept.stream().map(Photo::id).toList(), LEASE));
        clock.advance(Duration.ofSeconds(15));

        List<Photo> taken = database.inTransaction(tx -> tx.claims().claimPhotosToCaption("survivor", FLICKR, LEASE,
                10));

        assertThat(taken).extracting(Photo::id).containsExactlyInAnyOrderElementsOf(
                held.stream().map(Photo::id).toList());
        assertThat(claim(tx -> tx.claims().claimOf("photos", taken.get(0).id())))
                .get().extracting(ClaimRepository.Claim::owner).isEqualTo("survivor");
    }

    @Test
    void aReleasedPhotoIsFreeAtOnceButOnlyItsOwnerReleasesIt() {
        List<Photo> held = database.inTransaction(tx -> tx.claims().claimPhotosToCaption("a", FLICKR, LEASE, 6));
        List<Long> ids = held.stream().map(Photo::id).toList();
        database.useTransaction(tx -> tx.claims().releasePhotos("b", ids));
        assertThat(photos(tx -> tx.claims().claimPhotosToCaption("b", FLICKR, LEASE, 6))).isEmpty();

        database.useTransaction(tx -> tx.claims().releasePhotos("a", ids));

        assertThat(photos(tx -> tx.claims().claimPhotosToCaption("b", FLICKR, LEASE, 6))).hasSize(6);
    }

    @Test
    void twoInstancesClaimingPostsAtOnceTakeDifferentEntries() throws Exception {
        assumeFalse(database.url().startsWith("jdbc:h2:"),
                "cluster mode (and so SKIP LOCKED between instances) is PostgreSQL only");
        database.useTransaction(tx -> {
            tx.posts().enqueue(post("k1", photo(tx, FLICKR, "p1").id(), null));
            tx.posts().enqueue(post("k2", photo(tx, FLICKR, "p2").id(), null));
        });
        try (Connection first = database.dataSource().getConnection();
             Connection second = database.dataSource().getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            Optional<Post> a = new Transaction(first, clock).claims().claimPostToWrite("a", FLICKR, LEASE);
            Optional<Post> b = new Transaction(second, clock).claims().claimPostToWrite("b", FLICKR, LEASE);
            first.commit();
            second.commit();

            assertThat(a).get().extracting(Post::state).isEqualTo(PostState.CLAIMED);
            assertThat(b).get().extracting(Post::state).isEqualTo(PostState.CLAIMED);
            assertThat(a.get().id()).isNotEqualTo(b.get().id());
        }
        assertThat(claimedPost(tx -> tx.claims().claimPostToWrite("c", FLICKR, LEASE))).isEmpty();
        assertThat(claimedPost(tx -> tx.claims().claimPostToWrite("c", PAGE, LEASE))).isEmpty();
    }

    @Test
    void aClaimedEntryIsTakenOverOnlyOnceItsClaimExpired() {
        long postId = database.inTransaction(tx -> tx.posts().enqueue(post("k1", photo(tx, FLICKR, "p1").id(), null))
                .post().id());
        database.inTransaction(tx -> tx.claims().claimPostToWrite("dead", FLICKR, LEASE)).orElseThrow();

        assertThat(posts(tx -> tx.claims().takeOverAbandonedPosts("survivor", FLICKR, LEASE)))
                .as("the claim is still live").isEmpty();
        clock.advance(LEASE.plusSeconds(1));
        List<Post> taken = database.inTransaction(tx -> tx.claims().takeOverAbandonedPosts("survivor", FLICKR,
                LEASE));

        assertThat(taken).extracting(Post::id).containsExactly(postId);
        assertThat(taken.get(0).state()).isEqualTo(PostState.CLAIMED);
        assertThat(claim(tx -> tx.claims().claimOf("posts", postId))).get()
                .extracting(ClaimRepository.Claim::owner).isEqualTo("survivor");
        assertThat(posts(tx -> tx.claims().takeOverAbandonedPosts("third", FLICKR, LEASE)))
                .as("the survivor's claim is live now").isEmpty();
    }

    private List<Photo> photos(TransactionWork<List<Photo>> work) {
        return database.inTransaction(work);
    }

    private List<Post> posts(TransactionWork<List<Post>> work) {
        return database.inTransaction(work);
    }

    private Optional<Post> claimedPost(TransactionWork<Optional<Post>> work) {
        return database.inTransaction(work);
    }

    private Optional<ClaimRepository.Claim> claim(TransactionWork<Optional<ClaimRepository.Claim>> work) {
        return database.inTransaction(work);
    }
}
