package dev.autocaption.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.autocaption.testing.TestPlatforms;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@StoreTest
class FileIndexRepositoryTest {
    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);
    private Database database;

    @BeforeEach
    void account(Database store) {
        database = store;
        database.useTransaction(tx -> {
            tx.accounts().upsert("photos", TestPlatforms.FOLDER);
            tx.accounts().upsert("other", TestPlatforms.FOLDER);
        });
    }

    @Test
    void anAccountWithoutRowsHasAnEmptyIndex() {
        assertThat(rows("photos")).isEmpty();
    }

    @Test
    void putInsertsThenReplacesTheRowOfAPath() {
        IndexedFileRow first = new IndexedFileRow("photos", "2026/dog.jpg", 100, 1_000, SHA_A, "aaaa");
        IndexedFileRow changed = new IndexedFileRow("photos", "2026/dog.jpg", 120, 2_000, SHA_B, "aaaa");

        database.useTransaction(tx -> tx.fileIndex().put(first));
        database.useTransaction(tx -> tx.fileIndex().put(changed));

        assertThat(rows("photos")).containsExactly(changed);
    }

    @Test
    void rowsBelongToTheirAccount() {
        IndexedFileRow mine = new IndexedFileRow("photos", "a.jpg", 1, 1, SHA_A, "aaaa");
        IndexedFileRow theirs = new IndexedFileRow("other", "a.jpg", 2, 2, SHA_B, "bbbb");

        database.useTransaction(tx -> {
            tx.fileIndex().put(mine);
            tx.fileIndex().put(theirs);
        });

        assertThat(rows("photos")).containsExactly(mine);
        assertThat(rows("other")).containsExactly(theirs);
    }

    @Test
    void longAndUnicodePathsAreKeptExactly() {
        String path = "Fotos/Überraschung/" + "sehr-lang/".repeat(300) + "Bild 1.jpg";
        IndexedFileRow row = new IndexedFileRow("photos", path, 1, 1, SHA_A, "aaaa");

        database.useTransaction(tx -> tx.fileIndex().put(row));

        assertThat(rows("photos")).containsExactly(row);
    }

    @Test
    void discoveredRemoteIdsAreTheAccountsStoredPhotos() {
        database.useTransaction(tx -> {
            StoreFixtures.photo(tx, "photos", "aaaa");
            StoreFixtures.photo(tx, "other", "bbbb");
        });

        assertThat(discovered("photos"))
                .containsExactly("aaaa");
    }

    @Test
    void aRowWithABadHashOrAnOverlongPathIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IndexedFileRow("photos", "a.jpg", 1, 1, "xyz",
                "aaaa")).withMessage("sha256 must be 64 lowercase hex digits, was xyz");
        assertThatIllegalArgumentException().isThrownBy(() -> new IndexedFileRow("photos", "a".repeat(4001), 1, 1,
                SHA_A, "aaaa")).withMessage("path must be at most 4000 characters, was 4001");
    }

    private List<IndexedFileRow> rows(String accountId) {
        return database.inTransaction(tx -> tx.fileIndex().all(accountId));
    }

    private Set<String> discovered(String accountId) {
        return database.inTransaction(tx -> tx.fileIndex().discoveredRemoteIds(accountId));
    }
}
