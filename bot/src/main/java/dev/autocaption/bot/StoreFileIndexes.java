package dev.autocaption.bot;

import dev.autocaption.bot.connector.files.FileIndex;
import dev.autocaption.bot.connector.files.FileIndexes;
import dev.autocaption.bot.connector.files.IndexedFile;
import dev.autocaption.bot.connector.files.MemoryFileIndex;
import dev.autocaption.store.Database;
import dev.autocaption.store.IndexedFileRow;
import dev.autocaption.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folder accounts' file index kept in the store ({@code folder_file_index}), so a restarted daemon does not hash a
 * whole library again. Each account's rows are loaded once into a {@link MemoryFileIndex}; new entries are saved
 * in one transaction per poll ({@link FileIndex#flush}), apart from the poll's own transaction, which is safe
 * because a row only says what content a file had: whether a photo is new is decided by the photos the store
 * holds, reloaded at the start of every poll. The index is a hint, so a store failure here is logged and the poll
 * goes on from memory (hashing what it cannot look up).
 */
public final class StoreFileIndexes implements FileIndexes {
    private static final Logger LOG = LoggerFactory.getLogger(StoreFileIndexes.class);

    private final Database database;

    public StoreFileIndexes(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public FileIndex open(String accountId) {
        return new StoredIndex(accountId);
    }

    /** One account's index; used from one poll or write at a time, like every {@link FileIndex}. */
    private final class StoredIndex implements FileIndex {
        private final String accountId;
        private final MemoryFileIndex cache = new MemoryFileIndex();
        private final List<IndexedFile> unsaved = new ArrayList<>();
        private boolean loaded;

        StoredIndex(String accountId) {
            this.accountId = accountId;
        }

        @Override
        public synchronized void startPoll() {
            load();
            try {
                Set<String> discovered = database.inTransaction(tx -> tx.fileIndex().discoveredRemoteIds(accountId));
                cache.replaceDiscovered(discovered);
            } catch (StoreException e) {
                LOG.warn("account {}: the photos could not be read from the store ({}); this poll works from "
                        + "memory", accountId, e.getMessage());
            }
        }

        /** Loads the account's rows once, before the first look-up (a write or undo may come before any poll). */
        private void load() {
            if (loaded) {
                return;
            }
            try {
                List<IndexedFileRow> rows = database.inTransaction(tx -> tx.fileIndex().all(accountId));
                rows.forEach(row -> cache.put(new IndexedFile(row.path(), row.size(), row.modifiedMillis(),
                        row.sha256(), row.remoteId())));
                loaded = true;
            } catch (StoreException e) {
                LOG.warn("account {}: the file index could not be read from the store ({}); files are hashed "
                        + "again", accountId, e.getMessage());
            }
        }

        @Override
        public synchronized Optional<IndexedFile> byPath(String path) {
            load();
            return cache.byPath(path);
        }

        @Override
        public synchronized Optional<IndexedFile> bySha256(String sha256) {
            load();
            return cache.bySha256(sha256);
        }

        @Override
        public synchronized Optional<IndexedFile> byRemoteId(String remoteId) {
            load();
            return cache.byRemoteId(remoteId);
        }

        @Override
        public synchronized void put(IndexedFile file) {
            cache.put(file);
            if (file.path().length() <= IndexedFileRow.MAX_PATH) {
                unsaved.add(file);
            }
        }

        @Override
        public synchronized boolean discovered(String remoteId) {
            return cache.discovered(remoteId);
        }

        @Override
        public synchronized void reported(String remoteId) {
            cache.reported(remoteId);
        }

        @Override
        public synchronized void flush() {
            if (unsaved.isEmpty()) {
                return;
            }
            List<IndexedFile> batch = List.copyOf(unsaved);
            try {
                database.useTransaction(tx -> {
                    for (IndexedFile file : batch) {
                        tx.fileIndex().put(new IndexedFileRow(accountId, file.path(), file.size(), file.modified(),
                                file.sha256(), file.remoteId()));
                    }
                });
                unsaved.clear();
            } catch (StoreException e) {
                LOG.warn("account {}: {} file index entries could not be saved ({}); they are kept in memory and "
                        + "saved with the next poll", accountId, batch.size(), e.getMessage());
            }
        }
    }
}
